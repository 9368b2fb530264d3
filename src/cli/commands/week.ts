/**
 * `eksize plan --week`: the scenario's week planned hour by hour (`planWeek`), against the cluster
 * provisioned for the peak, the Savings Plan commitment its on-demand spend calls for
 * (`weekCommitment`) and the advice (`recommendWeek`), as sentences for people or a record for `--json`.
 */
import { planWeek, recommendWeek, weekCommitment, type SavingsPlanType, type Scenario, type WeekPlan } from "eksize";
import { catalog } from "eksize/data";
import { recommendationChange, weekSentences } from "../../present/plan/week.js";
import { english, englishFormat } from "../messages.js";

const usd = (value: number | null): number | null => (value === null ? null : Number(value.toFixed(2)));
const share = (value: number): number => Number((value * 100).toFixed(1));

/** The week as `--json` gives it: USD rounded to the cent, shares in percent. */
export interface WeekRecord {
  readonly scaleDownDelayMinutes: number | null;
  readonly totalUsdPerMonth: number | null;
  readonly peakUsdPerMonth: number | null;
  readonly savingUsdPerMonth: number | null;
  /** The month's bill by line with autoscaling, and provisioned for the peak (before the enterprise discount). */
  readonly linesUsdPerMonth: Readonly<Record<string, { readonly week: number | null; readonly peak: number | null }>>;
  readonly nodeHoursPerWeek: Readonly<Record<string, number>>;
  /** The 168 hours, Monday 00:00 first: pods, nodes, node-hours, USD and on-demand USD. */
  readonly hours: WeekPlan["hours"];
  /** At the discount given; null without one. */
  readonly savingsPlan: {
    readonly type: SavingsPlanType;
    readonly discountPercent: number;
    readonly commitmentUsdPerHour: number;
    readonly coveredUsdPerHour: number;
    readonly coveragePercent: number;
    readonly utilisationPercent: number;
    readonly breakEvenPercent: number;
    readonly savingUsdPerMonth: number;
    /** EC2 Instance Savings Plans: each instance family's commitment, USD an hour; null for a Compute Savings Plan. */
    readonly familyCommitmentsUsdPerHour: Readonly<Record<string, number>> | null;
  } | null;
  /** The baseline on demand under a commitment and Spot above it (`recommendWeek`); null without a discount or a price. */
  readonly recommendation: {
    readonly onDemandBase: Readonly<Record<string, number>>;
    readonly commitmentUsdPerHour: number;
    readonly allOnDemandUsdPerMonth: number;
    readonly committedUsdPerMonth: number;
    readonly recommendedUsdPerMonth: number;
    readonly percentAgainstAllOnDemand: number;
  } | null;
  /** The section in English. */
  readonly text: string;
}

/**
 * The week of the scenario, and its commitment at `discountPercent` (a Savings Plan's discount off
 * on-demand rates; null: none asked).
 */
export function weekRecord(scenario: Scenario, discountPercent: number | null): WeekRecord {
  const week = planWeek(scenario, catalog);
  const format = englishFormat();
  const saving =
    week.totalUsdPerMonth === null || week.peakUsdPerMonth === null
      ? null
      : week.peakUsdPerMonth - week.totalUsdPerMonth;
  const forWeek = discountPercent === null ? null : weekCommitment(scenario, week, discountPercent);
  const commitment = forWeek?.commitment ?? null;
  const savingsPlan =
    forWeek === null || commitment === null || discountPercent === null
      ? null
      : {
          type: forWeek.type,
          discountPercent,
          commitmentUsdPerHour: Number(commitment.commitmentUsdPerHour.toFixed(4)),
          coveredUsdPerHour: Number(commitment.coveredUsdPerHour.toFixed(4)),
          coveragePercent: share(commitment.coverage),
          utilisationPercent: share(commitment.utilisation),
          breakEvenPercent: share(commitment.breakEven),
          savingUsdPerMonth: usd(forWeek.savingUsdPerMonth)!,
          familyCommitmentsUsdPerHour:
            forWeek.families === null
              ? null
              : Object.fromEntries(
                  Object.entries(forWeek.families).map(([family, plan]) => [
                    family,
                    Number(plan.commitmentUsdPerHour.toFixed(4)),
                  ]),
                ),
        };

  const advice = discountPercent === null ? null : recommendWeek(scenario, catalog, discountPercent);
  const recommendation =
    advice === null
      ? null
      : {
          onDemandBase: advice.onDemandBase,
          commitmentUsdPerHour: Number(advice.commitment.commitmentUsdPerHour.toFixed(4)),
          allOnDemandUsdPerMonth: usd(advice.allOnDemandUsdPerMonth)!,
          committedUsdPerMonth: usd(advice.committedUsdPerMonth)!,
          recommendedUsdPerMonth: usd(advice.recommendedUsdPerMonth)!,
          percentAgainstAllOnDemand: share(recommendationChange(advice)),
        };

  const sentences = weekSentences(english, format, scenario, week, forWeek, discountPercent, advice);
  const lines = [
    sentences.delay,
    sentences.total,
    sentences.nodeHours,
    sentences.commitment,
    sentences.families,
    sentences.recommendation,
  ].filter((line) => line !== null);
  return {
    scaleDownDelayMinutes: week.scaleDownDelayMinutes,
    totalUsdPerMonth: usd(week.totalUsdPerMonth),
    peakUsdPerMonth: usd(week.peakUsdPerMonth),
    savingUsdPerMonth: usd(saving),
    linesUsdPerMonth: Object.fromEntries(
      Object.entries(week.lines).map(([line, value]) => [
        line,
        { week: usd(value), peak: usd(week.peakLines[line as keyof typeof week.peakLines]) },
      ]),
    ),
    nodeHoursPerWeek: week.nodeHours,
    hours: week.hours,
    savingsPlan,
    recommendation,
    text: `${english("week.heading")}\n${lines.map((line) => `  ${line}\n`).join("")}`,
  };
}
