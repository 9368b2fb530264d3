/**
 * A node group's cost bound in words (`nodeGroupCostBound`): how far its plan stands above the
 * cheapest possible, for the site and the command line alike.
 */
import { monthlyCost, type NodeGroupCostBound } from "eksize";
import type { Formatters } from "../format.js";
import type { Translate } from "../i18n/translate.js";

/** A plan this little above its bound, as a share of it, counts as the cheapest possible (0.05%: solver tolerance and rounding, not money). */
const SAME_AS_BOUND = 0.0005;

/**
 * How far the plan stands above the bound, in percent, rounded up to a tenth (the plan is at most
 * that much above the cheapest possible); 0 when the two show as the same money or are within 0.05%.
 */
export function percentAboveBound(
  format: Formatters,
  bound: Extract<NodeGroupCostBound, { kind: "bound" }>,
  hoursPerMonth: number,
): number {
  return percentAbove(
    format,
    monthlyCost(bound.planUsdPerHour, hoursPerMonth),
    monthlyCost(bound.boundUsdPerHour, hoursPerMonth),
  );
}

/**
 * How far `amount` stands above `floor` (both USD a month), in percent rounded up to a tenth; 0 when
 * the two show as the same money or are within 0.05%.
 */
export function percentAbove(format: Formatters, amount: number, floor: number): number {
  if (format.moneyShown(amount) <= format.moneyShown(floor) || floor <= 0) return 0;
  const above = (amount - floor) / floor;
  // Up to a tenth of a percent; a share that is a whole tenth but for floating point (0.728000…01) stays it.
  return above <= SAME_AS_BOUND ? 0 : Math.ceil(above * 1000 - 1e-9) / 10;
}

/** One sentence on a node group's bound: the plan's monthly node cost, the bound, and the gap; or why there is none. */
export function boundSentence(
  t: Translate,
  format: Formatters,
  bound: NodeGroupCostBound,
  hoursPerMonth: number,
): string {
  const { nodeGroup } = bound;
  if (bound.kind === "none") return t(`bound.${bound.reason}`, { nodeGroup });
  const plan = format.money(monthlyCost(bound.planUsdPerHour, hoursPerMonth));
  const percent = percentAboveBound(format, bound, hoursPerMonth);
  if (percent === 0) return t("bound.cheapest", { nodeGroup, plan });
  return t("bound.above", {
    nodeGroup,
    plan,
    bound: format.money(monthlyCost(bound.boundUsdPerHour, hoursPerMonth)),
    percent: format.percent(percent),
  });
}
