import type { CoreIssue, SubnetAdvice } from "eksize";
import type { ReactNode } from "react";
import { documentMessage } from "../../components/issue-messages.js";
import { issuePlace, type ItemNames } from "../../components/issue-place.js";
import { useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";

/**
 * The advice on the addresses and subnets: the problems (subnets too small or missing, pods without
 * an address, ...) and then the warnings (subnets that hold the demand but not the headroom), each
 * with its severity written out, as the zones table's verdicts and the chart's colours say it.
 */
export function NetworkAdvice({ advice, names }: { advice: SubnetAdvice; names: ItemNames }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const findings = [
    ...advice.issues.map((issue) => ({ issue, severity: "problem" as const })),
    ...advice.warnings.map((issue) => ({ issue, severity: "warning" as const })),
  ];
  const place = (issue: CoreIssue): string | null => issuePlace(t, issue, names);
  const item = (issue: CoreIssue, severity: "problem" | "warning", index: number) => (
    <li key={index} className={`finding ${severity}`}>
      <strong className="finding-severity">
        {t(severity === "problem" ? "network.advice.problem" : "advice.severity.warning")}
      </strong>{" "}
      {/* Where, in words ("Availability zone of subnet 1"), never a dotted path. */}
      {place(issue) !== null && <strong>{place(issue)}: </strong>}
      {documentMessage(t, format, issue)}
    </li>
  );
  return (
    <section className="panel" aria-labelledby="advice-heading">
      <h3 id="advice-heading">{t("network.advice.heading")}</h3>
      {findings.length === 0 ? (
        <p>{t("network.advice.none")}</p>
      ) : (
        <ul className="advice-list" data-testid="network-advice">
          {findings.map(({ issue, severity }, index) => item(issue, severity, index))}
        </ul>
      )}
    </section>
  );
}
