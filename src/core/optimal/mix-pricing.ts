import type { CapacityMix } from "../scenario/scenario.js";
import { splitCapacity } from "../plan/plan.js";
import type { BoundOption } from "./cost-lower-bound.js";

/**
 * What a node of the option costs more on demand than on Spot, USD per hour: −Infinity without a Spot
 * price (always on demand), +Infinity without an on-demand price (never on demand). The on-demand nodes
 * a mixed group must have go where it is smallest.
 */
export function onDemandPremium(option: BoundOption): number {
  if (option.spotUsdPerHour === null) return Number.NEGATIVE_INFINITY;
  return option.onDemandUsdPerHour === null
    ? Number.POSITIVE_INFINITY
    : option.onDemandUsdPerHour - option.spotUsdPerHour;
}

/**
 * The prices the search may rank options' nodes by, USD per hour, each a list over the options
 * (Infinity for an option the mix cannot buy): on demand, Spot, or for a mixed group (Spot share s
 * above the base) two: the blend (1 − s) × on demand + s × Spot, and a Lagrangian price that prices
 * the on-demand count row s·O − (1 − s)·S ≥ … at μ, the smallest on-demand premium over Spot of the
 * types: min(on demand − μ·s, Spot + μ·(1 − s)), each Spot node carrying its share of a cheap on-demand
 * node. A type without a Spot price is on demand; a mixed group needs an on-demand price.
 */
export function searchPrices(options: readonly BoundOption[], mix: CapacityMix): number[][] {
  const infinite = (price: number | null) => price ?? Number.POSITIVE_INFINITY;
  if (mix.type !== "mixed") {
    return [options.map((option) => infinite(mix.type === "spot" ? option.spotUsdPerHour : option.onDemandUsdPerHour))];
  }
  const share = mix.spotPercentAboveBase / 100;
  const premiums = options.flatMap((option) =>
    option.onDemandUsdPerHour !== null && option.spotUsdPerHour !== null
      ? [Math.max(0, option.onDemandUsdPerHour - option.spotUsdPerHour)]
      : [],
  );
  const premium = premiums.length === 0 ? 0 : Math.min(...premiums);
  const price = (blend: boolean) =>
    options.map(({ onDemandUsdPerHour: onDemand, spotUsdPerHour: spot }) => {
      if (onDemand === null) return Number.POSITIVE_INFINITY;
      if (spot === null) return blend ? onDemand : onDemand - premium * share;
      return blend
        ? (1 - share) * onDemand + share * spot
        : Math.min(onDemand - premium * share, spot + premium * (1 - share));
    });
  return [price(true), price(false)];
}

/**
 * What a set of nodes costs as the capacity mix buys them, USD per hour, from how many there are of
 * each option (over every zone): first the empty nodes of the cheapest option (by `prices`) that
 * `minNodes` adds; then all on demand, all Spot, or for a mixed group `splitCapacity`'s on-demand
 * count, taken from the nodes whose on-demand premium over Spot is smallest (a type without a Spot
 * price first, and any type cheaper on demand than on Spot): exactly as the mix is priced at the end.
 */
export function mixCost(
  options: readonly BoundOption[],
  mix: CapacityMix,
  prices: readonly number[],
  minNodes: number,
): (counts: readonly number[]) => number {
  const cheapest = prices.reduce((best, price, option) => (price < prices[best]! ? option : best), 0);
  const premium = options.map(onDemandPremium);
  const byPremium = options.map((_, option) => option).sort((a, b) => premium[a]! - premium[b]! || a - b);
  return (counts) => {
    let nodes = counts.reduce((sum, count) => sum + count, 0);
    const extra = Number.isFinite(prices[cheapest] ?? Number.POSITIVE_INFINITY) ? Math.max(0, minNodes - nodes) : 0;
    nodes += extra;
    const count = (option: number) => counts[option]! + (option === cheapest ? extra : 0);
    if (mix.type !== "mixed") {
      return options.reduce(
        (sum, option, index) =>
          count(index) === 0
            ? sum
            : sum +
              count(index) *
                ((mix.type === "spot" ? option.spotUsdPerHour : option.onDemandUsdPerHour) ?? Number.POSITIVE_INFINITY),
        0,
      );
    }
    let { onDemand } = splitCapacity({ capacity: mix }, nodes);
    let usdPerHour = 0;
    for (const option of byPremium) {
      const n = count(option);
      if (n === 0) continue;
      const { onDemandUsdPerHour, spotUsdPerHour } = options[option]!;
      const taken = premium[option]! < 0 ? n : Math.min(n, Math.max(0, onDemand));
      onDemand -= taken;
      if (taken > 0) usdPerHour += taken * (onDemandUsdPerHour ?? Number.POSITIVE_INFINITY);
      if (n > taken) usdPerHour += (n - taken) * (spotUsdPerHour ?? Number.POSITIVE_INFINITY);
    }
    return usdPerHour;
  };
}
