/**
 * The week hour by hour in words, for the planner's week panel and `eksize plan --week` alike: its own
 * messages (`week-en.ts`, added to the English catalog when this module loads, with the week's chunks
 * and the command) and the sentences that say what the week costs, what to commit and what to run on
 * Spot.
 */
import type { Scenario, WeekCommitment, WeekPlan, WeekRecommendation } from "eksize";
import type { Formatters } from "../format.js";
import { weekEn } from "../i18n/week-en.js";
import { addMessages, type Translate } from "../i18n/translate.js";

// The week's English words load with the week's code, not with the first script.
addMessages("en", weekEn);

/** The days' short names' keys, Monday first, as the week's hours run. */
export const WEEKDAY_KEYS = [
  "week.day.0",
  "week.day.1",
  "week.day.2",
  "week.day.3",
  "week.day.4",
  "week.day.5",
  "week.day.6",
] as const;

/** The sentences of a planned week; null where the figure behind one is unknown or not asked for. */
export interface WeekSentences {
  /** How nodes follow the load: the scale-down delay and whose it is, or "stay at the peak". */
  readonly delay: string;
  /** The month with autoscaling against provisioned for the peak, and the saving. */
  readonly total: string | null;
  /** Node-hours of each node group over the week. */
  readonly nodeHours: string | null;
  /** The commitment at the discount given, or why none pays. */
  readonly commitment: string | null;
  /** EC2 Instance Savings Plans: each family's commitment. */
  readonly families: string | null;
  /** The advice: commit to the baseline, Spot above it, against all on demand. */
  readonly recommendation: string | null;
}

/** A share (0 to 1) as a percent to a tenth: "91.3%", "72%". */
export function sharePercent(format: Formatters, share: number): string {
  return format.percent(Math.round(share * 1000) / 10);
}

/** A ratio less 1 as a signed percent to a tenth: "−30.2%", "+4%". */
function signedPercent(format: Formatters, ratio: number): string {
  return `${ratio <= 0 ? "−" : "+"}${sharePercent(format, Math.abs(ratio))}`;
}

/** The node groups' baselines kept on demand, those of no node left out: "general: 4 nodes, batch: 1 node". */
function baseWords(t: Translate, bases: Readonly<Record<string, number>>): string {
  const kept = Object.entries(bases).filter(([, nodes]) => nodes > 0);
  if (kept.length === 0) return t("week.bases.none");
  return kept.map(([name, nodes]) => `${name}: ${t("week.nodes", { nodes })}`).join(", ");
}

/**
 * The recommended mix against all on demand, a ratio less 1 (−0.302: 30.2% cheaper); 0 when all on
 * demand costs nothing.
 */
export function recommendationChange(advice: WeekRecommendation): number {
  return advice.allOnDemandUsdPerMonth === 0 ? 0 : advice.recommendedUsdPerMonth / advice.allOnDemandUsdPerMonth - 1;
}

/**
 * The week's sentences: how the nodes follow the load (`planWeek`'s delay), the month against the
 * peak, the node-hours, the commitment (`weekCommitment` at `discountPercent`) and the advice
 * (`recommendWeek`).
 */
export function weekSentences(
  t: Translate,
  format: Formatters,
  scenario: Scenario,
  week: WeekPlan,
  forWeek: WeekCommitment | null,
  discountPercent: number | null,
  advice: WeekRecommendation | null,
): WeekSentences {
  const { scaleDownDelayMinutes: delay } = week;
  const plan = t(`week.plan.${forWeek?.type ?? scenario.cluster.discounts.savingsPlanType}`);
  const { totalUsdPerMonth: total, peakUsdPerMonth: peak } = week;
  const groups = Object.entries(week.nodeHours).map(([name, hours]) => `${name} ${format.decimal(hours, 1)}`);
  const commitment = forWeek?.commitment ?? null;
  const discount = discountPercent === null ? "" : format.percent(discountPercent);
  const breakEven = commitment === null ? "" : sharePercent(format, commitment.breakEven);
  const families = Object.entries(forWeek?.families ?? {})
    .filter(([, family]) => family.commitmentUsdPerHour > 0)
    .map(([name, family]) => `${name} ${format.moneyPrecise(family.commitmentUsdPerHour)}`);
  return {
    delay:
      delay === null
        ? t("week.delay-none")
        : t("week.delay", { minutes: delay, autoscaler: t(`planner.autoscaler.${scenario.cluster.autoscaler}`) }),
    total:
      total === null || peak === null
        ? null
        : t("week.total", {
            total: format.money(total),
            peak: format.money(peak),
            saving: format.money(peak - total),
            percent: sharePercent(format, peak === 0 ? 0 : (peak - total) / peak),
          }),
    nodeHours: groups.length === 0 ? null : t("week.node-hours", { groups: groups.join(", ") }),
    commitment:
      commitment === null || forWeek === null
        ? null
        : commitment.commitmentUsdPerHour === 0
          ? t("week.no-commitment", { plan, discount, breakEven })
          : t("week.commitment", {
              plan,
              discount,
              commitment: format.moneyPrecise(commitment.commitmentUsdPerHour),
              covered: format.moneyPrecise(commitment.coveredUsdPerHour),
              coverage: sharePercent(format, commitment.coverage),
              utilisation: sharePercent(format, commitment.utilisation),
              saving: format.money(forWeek.savingUsdPerMonth),
              breakEven,
            }),
    families: families.length === 0 ? null : t("week.families", { families: families.join(", ") }),
    recommendation:
      advice === null
        ? null
        : t("week.recommendation", {
            plan,
            commitment: format.moneyPrecise(advice.commitment.commitmentUsdPerHour),
            bases: baseWords(t, advice.onDemandBase),
            recommended: format.money(advice.recommendedUsdPerMonth),
            percent: signedPercent(format, recommendationChange(advice)),
            allOnDemand: format.money(advice.allOnDemandUsdPerMonth),
            committed: format.money(advice.committedUsdPerMonth),
          }),
  };
}
