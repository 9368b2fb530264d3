/**
 * The advice on the last valid scenario: each finding of `adviseScenario` as a one-line callout with
 * its severity in words (never colour alone) and what was found, opening on why it matters; the
 * heading counts the findings by severity. Money follows the scenario's currency. The planner loads it
 * with `React.lazy`, so the advice's rules stay out of the first load.
 */
import {
  adviseScenario,
  type AdviceSeverity,
  type Catalog,
  type ClusterCost,
  type ClusterPlan,
  type Scenario,
} from "eksize";
import { useMemo, type ReactNode } from "react";
import { describeFinding } from "../../../present/i18n/describe-finding.js";
import { useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";

/** The severities in the order the heading counts them. */
const SEVERITIES: readonly AdviceSeverity[] = ["warning", "saving", "info"];

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
  const counts = SEVERITIES.map((severity) => ({
    severity,
    count: findings.filter((finding) => finding.severity === severity).length,
  })).filter(({ count }) => count > 0);
  return (
    <section className="advice" aria-labelledby="advice-heading">
      <div className="heading-with-counts">
        <h3 id="advice-heading">{t("advice.heading")}</h3>
        {counts.map(({ severity, count }) => (
          <span key={severity} className={`severity-count ${severity}`}>
            {t(`advice.severity.${severity}`)} {format.integer(count)}
          </span>
        ))}
      </div>
      {findings.length === 0 ? (
        <p className="muted">{t("advice.empty")}</p>
      ) : (
        <ul className="plain-list advice-list">
          {findings.map((finding, index) => {
            const { text, why } = describeFinding(t, finding, words);
            return (
              <li key={`${finding.code}-${finding.subject ?? ""}-${index}`} className={`finding ${finding.severity}`}>
                <details>
                  <summary>
                    <strong className="finding-severity">{t(`advice.severity.${finding.severity}`)}</strong>{" "}
                    <span className="finding-text">{text}</span>
                  </summary>
                  <p className="finding-why">{why}</p>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export default AdviceList;
