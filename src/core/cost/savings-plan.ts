import { fail } from "../errors.js";

/** The Savings Plan commitment that costs least for an hourly on-demand spend ({@link savingsPlanCommitment}). */
export interface SavingsPlanCommitment {
  /** The commitment, USD an hour: paid every hour, used or not. 0 when no commitment pays. */
  readonly commitmentUsdPerHour: number;
  /**
   * The on-demand spend it covers in each hour, USD an hour: commitment / (1 − discount). Spend above
   * it is billed on demand; an hour below it leaves part of the commitment unused.
   */
  readonly coveredUsdPerHour: number;
  /** Share of the on-demand spend the commitment covers, 0 to 1: Σ min(spend, covered) / Σ spend. */
  readonly coverage: number;
  /** Share of the commitment used, 0 to 1: Σ min(spend, covered) / (hours × covered); 0 without one. */
  readonly utilisation: number;
  /** Share of the hours whose spend reaches the covered level, 0 to 1 (at least 1 − discount when committed). */
  readonly hoursCovered: number;
  /**
   * The break-even: a level of spend pays to commit to when it is reached in at least this share of
   * the hours, 1 − discount (an hour at the level saves discount × level; an hour without it wastes
   * (1 − discount) × level).
   */
  readonly breakEven: number;
  /** The spend over all the hours without a commitment, USD. */
  readonly onDemandUsd: number;
  /** The spend over all the hours with the commitment, USD: hours × commitment + the spend above the covered level. */
  readonly committedUsd: number;
  /** onDemandUsd − committedUsd, USD: above 0, or 0 with no commitment (committing nothing is one of the choices). */
  readonly savingUsd: number;
}

/**
 * The Savings Plan commitment (Compute or EC2 Instance) that makes an hourly on-demand spend cheapest,
 * for a plan that takes `discountPercent` off the on-demand rates it covers.
 *
 * A commitment of c USD an hour covers on-demand spend up to L = c / (1 − d) in every hour, and is
 * paid whether used or not, so the hours cost Σ_h [c + max(0, s_h − L)]. Raising L by one dollar
 * costs (1 − d) in every hour and saves one dollar in each hour whose spend is above L: the cost falls
 * while more than a (1 − d) share of the hours spend above L. The cheapest L is therefore the highest
 * level the spend reaches in at least ⌈(1 − d) × hours⌉ hours (the d-quantile of the curve), and c =
 * L × (1 − d); on a tie (an exact count) both ends cost the same and the higher is taken. When that
 * saves nothing (a discount of 0, or a curve whose every level ties with committing nothing) there is
 * no commitment. Source: the AWS Savings Plans user
 * guide (an hourly commitment in USD, applied to eligible usage at the plan's rates, billed whether
 * used or not; Compute Savings Plans also apply to Fargate and Lambda, never to Spot).
 *
 * @param hourlyOnDemandUsd the spend a Savings Plan could cover in each hour, USD (on-demand EC2, and
 *   for a Compute Savings Plan Fargate; never Spot or the control plane): numbers ≥ 0, at least one.
 * @param discountPercent the plan's discount off on-demand rates, % (0 ≤ d < 100).
 * @throws {EksizeError} `invalid-option` for an empty curve, a negative or non-finite spend, or a
 *   discount outside 0 ≤ d < 100.
 * @example
 * // 50 office hours at $10 and 118 other hours at $2, a 28% discount: commit to the $2 baseline
 * savingsPlanCommitment([...Array(50).fill(10), ...Array(118).fill(2)], 28)
 * // { commitmentUsdPerHour: 1.44, coveredUsdPerHour: 2, coverage: 0.4565…, utilisation: 1,
 * //   onDemandUsd: 736, committedUsd: 641.92, savingUsd: 94.08, breakEven: 0.72, ... }
 */
export function savingsPlanCommitment(
  hourlyOnDemandUsd: readonly number[],
  discountPercent: number,
): SavingsPlanCommitment {
  if (hourlyOnDemandUsd.length === 0) {
    fail("invalid-option", { option: "hourlyOnDemandUsd", value: hourlyOnDemandUsd, expected: "at least one hour" });
  }
  checkSpend(hourlyOnDemandUsd, "hourlyOnDemandUsd");
  if (!(Number.isFinite(discountPercent) && discountPercent >= 0 && discountPercent < 100)) {
    fail("invalid-option", { option: "discountPercent", value: discountPercent, expected: "a number ≥ 0 and < 100" });
  }
  const paid = 1 - discountPercent / 100;
  const descending = [...hourlyOnDemandUsd].sort((a, b) => b - a);
  // The k-th highest spend is reached in at least k hours; committing to it pays once k ≥ (1 − d) × hours.
  const reachedIn = Math.max(1, Math.ceil(paid * hourlyOnDemandUsd.length - 1e-9));
  const best = committedTo(hourlyOnDemandUsd, descending[reachedIn - 1]!, paid);
  // No gain (a discount of 0, or a tie with committing nothing): no commitment.
  return best.savingUsd > 1e-9 * best.onDemandUsd ? best : committedTo(hourlyOnDemandUsd, 0, paid);
}

/** Throws `invalid-option` at the first hour of `hourly` whose spend is negative or not finite. */
function checkSpend(hourly: readonly number[], option: string): void {
  hourly.forEach((spend, hour) => {
    if (!(Number.isFinite(spend) && spend >= 0)) {
      fail("invalid-option", { option: `${option}[${hour}]`, value: spend, expected: "a number ≥ 0" });
    }
  });
}

/** The hours' figures with a commitment that covers `covered` USD of on-demand spend an hour, `paid` = 1 − discount. */
function committedTo(hourlyOnDemandUsd: readonly number[], covered: number, paid: number): SavingsPlanCommitment {
  const hours = hourlyOnDemandUsd.length;
  let onDemandUsd = 0;
  let coveredUsd = 0;
  let hoursAtLevel = 0;
  for (const spend of hourlyOnDemandUsd) {
    onDemandUsd += spend;
    coveredUsd += Math.min(spend, covered);
    if (spend >= covered) hoursAtLevel += 1;
  }
  const commitmentUsdPerHour = covered * paid;
  const committedUsd = hours * commitmentUsdPerHour + (onDemandUsd - coveredUsd);
  return {
    commitmentUsdPerHour,
    coveredUsdPerHour: covered,
    coverage: onDemandUsd === 0 ? 0 : coveredUsd / onDemandUsd,
    utilisation: covered === 0 ? 0 : coveredUsd / (hours * covered),
    hoursCovered: covered === 0 ? 0 : hoursAtLevel / hours,
    breakEven: paid,
    onDemandUsd,
    committedUsd,
    savingUsd: onDemandUsd - committedUsd,
  };
}

/** EC2 Instance Savings Plans, one per instance family ({@link instanceSavingsPlanCommitments}). */
export interface FamilyCommitments {
  /** The plans together: commitments and covered levels added up, shares over all the spend given. */
  readonly total: SavingsPlanCommitment;
  /** Each family's plan (`savingsPlanCommitment` of its own spend), by family. */
  readonly families: Readonly<Record<string, SavingsPlanCommitment>>;
}

/**
 * The EC2 Instance Savings Plans that make an hourly on-demand spend cheapest: such a plan covers one
 * instance family in one region (any size), so each family's spend gets its own commitment
 * (`savingsPlanCommitment` of that family's hours); the spend no such plan covers (Fargate) stays on
 * demand. The total adds the families' commitments, covered levels and savings; its coverage is over
 * all the spend, its utilisation over the families' commitments together, and its `hoursCovered` the
 * share of hours in which every committed family reaches its level. Source: the AWS Savings Plans
 * user guide (EC2 Instance Savings Plans: one family in a region, up to 72% off; never Fargate or Spot).
 *
 * @param hourlyByFamily each hour's on-demand EC2 spend by instance family, USD (a family missing from
 *   an hour spent nothing in it).
 * @param hourlyOtherUsd each hour's on-demand spend no EC2 Instance Savings Plan covers, USD (as many hours).
 * @param discountPercent the plans' discount off on-demand rates, % (0 ≤ d < 100).
 * @throws {EksizeError} `invalid-option` as {@link savingsPlanCommitment}, and when the two lists differ in length.
 * @example
 * // m5 runs $2 every hour; c5 $3 in 50 hours of 168 and nothing else; Fargate $1 every hour, 40% off:
 * // m5 is committed ($1.20 an hour), c5 is not (50 hours < 60% of 168), Fargate stays on demand.
 * instanceSavingsPlanCommitments(hours.map((h) => ({ m5: 2, c5: h < 50 ? 3 : 0 })), Array(168).fill(1), 40).total.commitmentUsdPerHour // 1.2
 */
export function instanceSavingsPlanCommitments(
  hourlyByFamily: readonly Readonly<Record<string, number>>[],
  hourlyOtherUsd: readonly number[],
  discountPercent: number,
): FamilyCommitments {
  if (hourlyOtherUsd.length !== hourlyByFamily.length) {
    fail("invalid-option", {
      option: "hourlyOtherUsd",
      value: hourlyOtherUsd.length,
      expected: `${hourlyByFamily.length} hours, as many as hourlyByFamily`,
    });
  }
  const hours = hourlyByFamily.length;
  const names = [...new Set(hourlyByFamily.flatMap((hour) => Object.keys(hour)))].sort();
  const curves = Object.fromEntries(names.map((family) => [family, hourlyByFamily.map((hour) => hour[family] ?? 0)]));
  const families = Object.fromEntries(
    names.map((family) => [family, savingsPlanCommitment(curves[family]!, discountPercent)]),
  );
  checkSpend(hourlyOtherUsd, "hourlyOtherUsd");
  const otherUsd = hourlyOtherUsd.reduce((total, spend) => total + spend, 0);
  const plans = Object.values(families);
  const sum = (pick: (plan: SavingsPlanCommitment) => number) => plans.reduce((total, plan) => total + pick(plan), 0);
  const onDemandUsd = sum((plan) => plan.onDemandUsd) + otherUsd;
  const coveredSpend = sum((plan) => plan.coverage * plan.onDemandUsd);
  const coveredUsdPerHour = sum((plan) => plan.coveredUsdPerHour);
  const savingUsd = sum((plan) => plan.savingUsd);
  const committed = names.filter((family) => families[family]!.coveredUsdPerHour > 0);
  const hoursAtLevel = Array.from({ length: hours }, (_, hour) => hour).filter((hour) =>
    committed.every((family) => curves[family]![hour]! >= families[family]!.coveredUsdPerHour),
  ).length;
  return {
    families,
    total: {
      commitmentUsdPerHour: sum((plan) => plan.commitmentUsdPerHour),
      coveredUsdPerHour,
      coverage: onDemandUsd === 0 ? 0 : coveredSpend / onDemandUsd,
      utilisation: coveredUsdPerHour === 0 ? 0 : coveredSpend / (hours * coveredUsdPerHour),
      hoursCovered: committed.length === 0 ? 0 : hoursAtLevel / hours,
      breakEven: 1 - discountPercent / 100,
      onDemandUsd,
      committedUsd: onDemandUsd - savingUsd,
      savingUsd,
    },
  };
}
