import { adviseSubnets, planCluster } from "eksize";
import { lazy, Suspense, useMemo, type ReactNode } from "react";
import { ChartErrorBoundary } from "../../components/ChartErrorBoundary.js";
import { scenarioNames } from "../../components/issue-place.js";
import { PricesStatus } from "../../components/PricesStatus.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";
import { useCatalog } from "../../store/region-pricing-store.js";
import { useFormatters } from "../../use-formatters.js";
import { NetworkAdvice } from "./NetworkAdvice.js";
import { NodeGroupsTable } from "./NodeGroupsTable.js";
import { effectText, withoutEffectReason } from "../../components/setting-effects.js";
import { zoneSplits } from "./zone-split.js";
import { ZonesTable } from "./ZonesTable.js";

const NetworkChart = lazy(() => import("./NetworkChart.js"));

/** The results for the last valid scenario. */
export function NetworkResults({ headroomPercent }: { headroomPercent: number }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const scenario = usePlannerStore((state) => state.scenario);
  const { catalog, status } = useCatalog(scenario.region);
  const advice = useMemo(() => {
    const plan = planCluster(scenario, catalog);
    return adviseSubnets(scenario, plan, catalog, { headroomPercent });
  }, [scenario, catalog, headroomPercent]);
  const splits = useMemo(() => zoneSplits(advice), [advice]);
  if (status !== "ready") return <PricesStatus region={scenario.region} status={status} />;
  return (
    <>
      <ZonesTable advice={advice} />
      <NetworkAdvice advice={advice} names={scenarioNames(scenario)} />
      <section className="panel" aria-labelledby="effects-heading">
        <h3 id="effects-heading">{t("network.effects.heading")}</h3>
        <ul data-testid="effects">
          {advice.effects.map((effect, index) => (
            <li key={index}>
              {effectText(t, format, effect)}
              {"unchanged" in effect && effect.unchanged.length > 0 && (
                <>
                  {"; "}
                  {t("network.effect.unchanged")}
                  <ul>
                    {effect.unchanged.map((item) => (
                      <li key={item.nodeGroup}>
                        {t("network.effect.unchangedGroup", {
                          group: item.nodeGroup,
                          reason: withoutEffectReason(t, format, item),
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <ChartErrorBoundary fallback={<p className="chart-failed">{t("network.chart.failed")}</p>}>
        <Suspense fallback={<p className="chart-loading">{t("breakdown.loadingChart")}</p>}>
          <NetworkChart splits={splits} />
        </Suspense>
      </ChartErrorBoundary>
      <NodeGroupsTable advice={advice} />
    </>
  );
}
