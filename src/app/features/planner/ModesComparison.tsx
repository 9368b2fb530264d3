/**
 * "Managed node groups, Karpenter, Auto Mode or Fargate?": the same workloads planned each way
 * (`compareModes`), side by side: the monthly bill (with Auto Mode's fee in it), the nodes by type, and what each
 * cannot run and why. It reads a deferred copy of the scenario (it plans the scenario four times, the
 * NodePools over every size of their families), and the planner loads it with `React.lazy`, out of
 * the first load.
 */
import { compareModes, unschedulablePodCount, type Catalog, type ModePlan, type Scenario } from "eksize";
import { useDeferredValue, useMemo, type ReactNode } from "react";
import { money } from "../../../present/plan/explain.js";
import { nodesByTypeText, unschedulableEntry } from "../../../present/plan/words.js";
import { TableScroll } from "../../components/TableScroll.js";
import { useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";

/** The compute modes compared, for the scenario; "comparing…" until the deferred copy exists. */
export function ModesComparison({ scenario, catalog }: { scenario: Scenario; catalog: Catalog }): ReactNode {
  const t = useT();
  const deferred = useDeferredValue<Scenario | null>(scenario, null);
  const modes = useMemo(() => (deferred === null ? null : compareModes(deferred, catalog)), [deferred, catalog]);
  return (
    <section className="modes" aria-labelledby="modes-heading">
      <h3 id="modes-heading">{t("modes.heading")}</h3>
      <p className="muted">{t("modes.note")}</p>
      {modes === null ? <p className="muted">{t("planner.comparing")}</p> : <ModesTable modes={modes} />}
    </section>
  );
}

function ModesTable({ modes }: { modes: readonly ModePlan[] }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const totals = modes.map((mode) => mode.cost.totalUsdPerMonth).filter((usd): usd is number => usd !== null);
  const cheapest = totals.length === 0 ? null : Math.min(...totals);
  const cannotRun = modes.map((mode) => ({
    mode,
    lines: [
      ...mode.plan.unschedulable.map((entry) => unschedulableEntry(t, format, entry)),
      ...(mode.daemonSetsNotRun.length === 0
        ? []
        : [t("mode.daemonsets-not-run", { names: mode.daemonSetsNotRun.join(", ") })]),
    ],
  }));
  return (
    <>
      <TableScroll labelledBy="modes-caption">
        <table className="data-table modes-table sticky-first">
          <caption id="modes-caption">
            <span>{t("modes.caption")}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("modes.mode")}</th>
              <th scope="col">{t("planner.compare.total")}</th>
              <th scope="col">{t("modes.cannotRun")}</th>
              <th scope="col">{t("modes.nodes")}</th>
            </tr>
          </thead>
          <tbody>
            {modes.map((mode) => {
              const fee = mode.cost.lines.autoMode;
              const pods = unschedulablePodCount(mode.plan);
              const daemonSets = mode.daemonSetsNotRun.length;
              const left = [
                ...(pods > 0 ? [t("modes.pods", { pods: format.integer(pods) })] : []),
                ...(daemonSets > 0 ? [t("modes.daemonSets", { daemonSets: format.integer(daemonSets) })] : []),
              ];
              return (
                <tr key={mode.mode} data-mode={mode.mode}>
                  <th scope="row">{t(`mode.${mode.mode}`)}</th>
                  <td data-column="total">
                    {money(t, format, mode.cost.totalUsdPerMonth)}
                    {mode.cost.totalUsdPerMonth !== null && mode.cost.totalUsdPerMonth === cheapest && (
                      <>
                        {" "}
                        <span className="badge badge-ok">{t("modes.cheapest")}</span>
                      </>
                    )}
                    {fee.terms.length > 0 && (
                      <div className="muted mode-fee" data-part="fee">
                        {t("modes.including", {
                          usd: money(t, format, fee.usdPerMonth),
                          estimate: fee.terms.some((term) => term.estimate) ? t("explain.estimate") : "",
                        })}
                      </div>
                    )}
                  </td>
                  <td data-column="cannot-run">{left.length === 0 ? t("modes.runsAll") : left.join(", ")}</td>
                  <td data-column="nodes">{nodesByTypeText(format, mode.nodesByType)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {cannotRun.some((entry) => entry.lines.length > 0) && (
        <dl className="modes-cannot-run">
          {cannotRun
            .filter((entry) => entry.lines.length > 0)
            .map(({ mode, lines }) => (
              <div key={mode.mode} data-mode={mode.mode}>
                <dt>{t("modes.cannotRunIn", { mode: t(`mode.${mode.mode}`) })}</dt>
                {lines.map((line) => (
                  <dd key={line}>{line}</dd>
                ))}
              </div>
            ))}
        </dl>
      )}
    </>
  );
}
