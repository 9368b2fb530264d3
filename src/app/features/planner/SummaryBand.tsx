/**
 * The answer in view: a band that stays at the top of the planner while the user edits, with the
 * month's total, the nodes of each group, the pods, how full the nodes are, the cost per pod, the
 * Spot share, the pods that fit nowhere and what the last edit changed. Each figure links to its
 * detail in the plan or the bill.
 */
import { useMemo, useState, type ReactNode } from "react";
import { money, type Priced } from "../../../present/plan/explain.js";
import {
  describeSummaryChange,
  summarisePlan,
  summaryChange,
  wholePercent,
  type PlanSummary,
  type SummaryChange,
} from "../../../present/plan/summary.js";
import { JumpLink } from "../../components/JumpLink.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";
import { useFormatters } from "../../use-formatters.js";

/** The band's figures and what the last edit changed (null until an edit, and after a scenario is loaded). */
export interface SummaryWithChange {
  readonly summary: PlanSummary;
  readonly change: SummaryChange | null;
}

/**
 * The summary of the plan on screen and the change from the one before it. Null while there is no plan
 * (prices loading); the last summary is kept meanwhile, so the first plan in a new region's prices is
 * compared with the last one in the old. A scenario loaded whole (`loadScenario`) starts afresh.
 */
export function useSummaryWithChange(priced: Priced | null): SummaryWithChange | null {
  const format = useFormatters();
  const loads = usePlannerStore((state) => state.loads);
  const summary = useMemo(() => (priced === null ? null : summarisePlan(priced)), [priced]);
  const [seen, setSeen] = useState<(SummaryWithChange & { readonly loads: number }) | null>(null);
  if (summary === null) return null;
  if (seen?.summary === summary) return seen;
  // Compared while rendering, so the change shows with the figures it explains.
  const change = seen === null || seen.loads !== loads ? null : summaryChange(seen.summary, summary, format);
  const next = { summary, change, loads };
  setSeen(next);
  return next;
}

/** One figure of the band: its label and value, linking to the detail. */
function Figure({
  label,
  target,
  tone,
  secondary = false,
  testId,
  children,
}: {
  readonly label: string;
  readonly target: string;
  readonly tone?: "problem";
  /** A figure a phone leaves out of the band (the plan below gives it). */
  readonly secondary?: boolean;
  readonly testId: string;
  readonly children: ReactNode;
}): ReactNode {
  const className = ["summary-figure", tone === "problem" ? "problem" : "", secondary ? "secondary" : ""]
    .filter((name) => name !== "")
    .join(" ");
  return (
    <div className={className}>
      <dt>{label}</dt>
      <dd>
        <JumpLink target={target}>
          <span data-testid={testId}>{children}</span>
        </JumpLink>
      </dd>
    </div>
  );
}

/** The planner's summary band (figures from {@link useSummaryWithChange}). */
export function SummaryBand({ summary, change }: SummaryWithChange): ReactNode {
  const t = useT();
  const format = useFormatters();
  const pct = (share: number): string => format.percent(wholePercent(share));
  return (
    <section className="summary-band" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        {t("summary.heading")}
      </h2>
      <dl className="summary-figures">
        <Figure label={t("summary.total")} target="cost-heading" testId="summary-total">
          <span className="summary-total">{money(t, format, summary.totalUsdPerMonth)}</span>
        </Figure>
        <Figure label={t("summary.nodes")} target="plan-heading" testId="summary-nodes">
          {summary.groups.length === 0
            ? t("summary.noNodes")
            : summary.groups
                .map((group) =>
                  group.instanceType === null
                    ? t("summary.groupNoType", { name: group.name })
                    : t("summary.groupNodes", {
                        name: group.name,
                        nodes: format.integer(group.nodes),
                        instanceType: group.instanceType,
                      }),
                )
                .join(" · ")}
        </Figure>
        <Figure label={t("summary.pods")} target="plan-heading" testId="summary-pods">
          {summary.fargatePods > 0
            ? t("summary.podsFargate", {
                pods: format.integer(summary.pods),
                fargate: format.integer(summary.fargatePods),
              })
            : format.integer(summary.pods)}
        </Figure>
        <Figure label={t("summary.utilisation")} target="plan-heading" secondary testId="summary-utilisation">
          {summary.utilisation === null
            ? "—"
            : t("summary.utilisationValue", {
                cpu: pct(summary.utilisation.cpu),
                memory: pct(summary.utilisation.memory),
              })}
        </Figure>
        <Figure label={t("summary.perPod")} target="cost-heading" secondary testId="summary-per-pod">
          {summary.usdPerPodMonth === null
            ? "—"
            : t("summary.perPodValue", { cost: format.money(summary.usdPerPodMonth) })}
        </Figure>
        <Figure label={t("summary.spot")} target="plan-heading" secondary testId="summary-spot">
          {summary.spotShare === null ? "—" : pct(summary.spotShare)}
        </Figure>
        <Figure
          label={t("summary.unschedulable")}
          target="unschedulable-heading"
          testId="summary-unschedulable"
          {...(summary.unschedulablePods > 0 ? { tone: "problem" as const } : {})}
        >
          {format.integer(summary.unschedulablePods)}
        </Figure>
      </dl>
      {/* Announced politely: a screen reader user hears what each edit did without leaving the field. */}
      <p className="summary-change" aria-live="polite" data-testid="summary-change">
        {change !== null && (
          <>
            <span className="summary-change-label">{t("summary.lastEdit")}: </span>
            {describeSummaryChange(t, format, change)}
          </>
        )}
      </p>
    </section>
  );
}
