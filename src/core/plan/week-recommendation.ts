import type { Catalog } from "../catalog/catalog.js";
import {
  instanceSavingsPlanCommitments,
  savingsPlanCommitment,
  type SavingsPlanCommitment,
} from "../cost/savings-plan.js";
import type { SavingsPlanType } from "../cost/savings-plan-types.js";
import { HOURS_PER_WEEK } from "../scenario/load-profile.js";
import type { Scenario } from "../scenario/scenario.js";
import { planWeek, type WeekOptions, type WeekPlan } from "./week-plan.js";

/** The Savings Plan a week's on-demand spend calls for, and what it saves a month ({@link weekCommitment}). */
export interface WeekCommitment {
  readonly type: SavingsPlanType;
  /**
   * A Compute Savings Plan: `savingsPlanCommitment` of the week's 168 hours of on-demand spend (nodes
   * and Fargate); EC2 Instance Savings Plans: their total (`instanceSavingsPlanCommitments`).
   */
  readonly commitment: SavingsPlanCommitment;
  /** EC2 Instance Savings Plans: each instance family's; null for a Compute Savings Plan. */
  readonly families: Readonly<Record<string, SavingsPlanCommitment>> | null;
  /** Its saving over the week scaled to the month (hoursPerMonth / 168), after the enterprise discount, USD. */
  readonly savingUsdPerMonth: number;
}

/**
 * The Savings Plan commitment that makes a planned week's on-demand spend cheapest at
 * `discountPercent`, and its saving as a month of the scenario (the week's hours scaled to
 * `hoursPerMonth`, less its enterprise discount, as `planWeek` scales the bill):
 * - `compute`: one commitment on each hour's `onDemandUsd` (on-demand nodes and Fargate);
 * - `ec2-instance`: one commitment per instance family on its `onDemandUsdByFamily`, Fargate on demand.
 *
 * @param type default the scenario's `cluster.discounts.savingsPlanType`.
 * @returns null when an hour's on-demand spend is unknown.
 * @throws {EksizeError} `invalid-option` for a bad discount (as `savingsPlanCommitment`).
 */
export function weekCommitment(
  scenario: Scenario,
  week: WeekPlan,
  discountPercent: number,
  type: SavingsPlanType = scenario.cluster.discounts.savingsPlanType,
): WeekCommitment | null {
  const spend: number[] = [];
  const byFamily: Readonly<Record<string, number>>[] = [];
  for (const hour of week.hours) {
    if (hour.onDemandUsd === null || hour.onDemandUsdByFamily === null) return null;
    spend.push(hour.onDemandUsd);
    byFamily.push(hour.onDemandUsdByFamily);
  }
  const plans =
    type === "compute"
      ? { total: savingsPlanCommitment(spend, discountPercent), families: null }
      : instanceSavingsPlanCommitments(
          byFamily,
          // What the families leave: Fargate, which no EC2 Instance Savings Plan covers.
          spend.map((total, hour) =>
            Math.max(0, total - Object.values(byFamily[hour]!).reduce((sum, usd) => sum + usd, 0)),
          ),
          discountPercent,
        );
  const commitment = plans.total;
  const afterEnterprise = 1 - scenario.cluster.discounts.enterpriseDiscountPercent / 100;
  return {
    type,
    commitment,
    families: plans.families,
    savingUsdPerMonth: ((commitment.savingUsd * scenario.hoursPerMonth) / HOURS_PER_WEEK) * afterEnterprise,
  };
}

/** What a week calls for: a commitment for the baseline and Spot above it ({@link recommendWeek}). */
export interface WeekRecommendation {
  /** Each node group's baseline: the fewest nodes it runs in any hour, kept on demand. */
  readonly onDemandBase: Readonly<Record<string, number>>;
  /** The Savings Plan for the baseline's on-demand spend (and Fargate's), at the discount given. */
  readonly commitment: SavingsPlanCommitment;
  /** The week with every node group on demand and no commitment, USD a month. */
  readonly allOnDemandUsdPerMonth: number;
  /** The same with the commitment that suits it best (no Spot), USD a month. */
  readonly committedUsdPerMonth: number;
  /** The baseline on demand under the commitment and every node above it on Spot, USD a month. */
  readonly recommendedUsdPerMonth: number;
}

/**
 * The mix a week's load calls for: each node group keeps on demand the fewest nodes it runs in any
 * hour of the week (its baseline, `mixed` capacity with that on-demand base and 100% Spot above it),
 * a Savings Plan at `discountPercent` covers the on-demand spend that suits it best
 * (`savingsPlanCommitment` on the week's hourly on-demand spend: the baseline's nodes and Fargate),
 * and the peaks run on Spot (a 2-minute interruption notice: for the capacity that comes and goes
 * anyway). Priced against every node group on demand without a commitment, and with the commitment
 * alone. The scenario's own compute savings are set aside (the commitment is what they stood for);
 * its enterprise discount applies to all three.
 *
 * @param discountPercent the Savings Plan's discount off on-demand rates, % (0 ≤ d < 100).
 * @returns null when a bill is unknown (a type without a Spot price, or a line without a rate).
 * @throws {EksizeError} `invalid-option` for a bad discount (as `savingsPlanCommitment`) or delay (as `planWeek`).
 */
export function recommendWeek(
  scenario: Scenario,
  catalog: Catalog,
  discountPercent: number,
  options: WeekOptions = {},
): WeekRecommendation | null {
  const base: Scenario = {
    ...scenario,
    cluster: {
      ...scenario.cluster,
      discounts: { ...scenario.cluster.discounts, computeSavingsPercent: 0 },
    },
  };
  const allOnDemand = planWeek(
    { ...base, nodeGroups: base.nodeGroups.map((group) => ({ ...group, capacity: { type: "on-demand" as const } })) },
    catalog,
    options,
  );
  const onDemandBase = Object.fromEntries(
    base.nodeGroups.map((group) => [
      group.name,
      Math.min(...allOnDemand.hours.map((hour) => hour.nodes[group.name] ?? 0)),
    ]),
  );
  const recommended = planWeek(
    {
      ...base,
      nodeGroups: base.nodeGroups.map((group) => ({
        ...group,
        capacity: { type: "mixed" as const, onDemandBase: onDemandBase[group.name]!, spotPercentAboveBase: 100 },
      })),
    },
    catalog,
    options,
  );
  const alone = weekCommitment(scenario, allOnDemand, discountPercent);
  const forBase = weekCommitment(scenario, recommended, discountPercent);
  if (
    allOnDemand.totalUsdPerMonth === null ||
    recommended.totalUsdPerMonth === null ||
    alone === null ||
    forBase === null
  ) {
    return null;
  }
  return {
    onDemandBase,
    commitment: forBase.commitment,
    allOnDemandUsdPerMonth: allOnDemand.totalUsdPerMonth,
    committedUsdPerMonth: allOnDemand.totalUsdPerMonth - alone.savingUsdPerMonth,
    recommendedUsdPerMonth: recommended.totalUsdPerMonth - forBase.savingUsdPerMonth,
  };
}
