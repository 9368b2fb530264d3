/**
 * The advice on the last valid scenario: each finding of `adviseScenario` with its severity in words
 * (never colour alone), what was found and why it matters. Money follows the scenario's currency.
 */
import { adviseScenario, type Catalog, type ClusterCost, type ClusterPlan, type Scenario } from "eksize";
import { useMemo, type ReactNode } from "react";
import { describeFinding } from "../../../present/i18n/describe-finding.js";
import { useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";

/** The advice section of the planner's results. */
export function AdviceList({
  scenario,
  plan,
  cost,
  catalog,
}: {
  scenario: Scenario;
  plan: ClusterPlan;
  cost: ClusterCost;
  catalog: Catalog;
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  const findings = useMemo(() => adviseScenario(scenario, plan, cost, catalog), [scenario, plan, cost, catalog]);
  const words = { number: format.integer, money: format.money };
  return (
    <section className="advice" aria-labelledby="advice-heading">
      <h3 id="advice-heading">{t("advice.heading")}</h3>
      {findings.length === 0 ? (
        <p className="muted">{t("advice.empty")}</p>
      ) : (
        <ul className="plain-list advice-list">
          {findings.map((finding, index) => {
            const { text, why } = describeFinding(t, finding, words);
            return (
              <li key={`${finding.code}-${finding.subject ?? ""}-${index}`} className={`finding ${finding.severity}`}>
                <p>
                  <strong className="finding-severity">{t(`advice.severity.${finding.severity}`)}</strong> {text}
                </p>
                <p className="finding-why">{why}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
