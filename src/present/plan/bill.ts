/**
 * The bill as people read it, for the site and the command line alike: each line under a label that
 * says when its rates come from another region, then the enterprise discount, then the total, so
 * the rows shown add up to the total; and what the Savings Plan or RI discount took off the lines.
 */
import { COST_LINES, type ClusterCost, type CostLineKey } from "eksize";
import type { Formatters } from "../format.js";
import type { Translate } from "../i18n/translate.js";
import type { Priced } from "./explain.js";
import { estimateMark } from "./tier-words.js";

/** One row of the bill: a cost line, the enterprise discount (a negative amount) or the total. USD a month. */
export interface BillRow {
  readonly key: CostLineKey | "enterpriseDiscount" | "total";
  readonly label: string;
  /** USD a month, negative for a discount; null when unknown. */
  readonly usd: number | null;
}

/**
 * The cost lines a view shows for these bills, in `COST_LINES`' order: every line, except EKS Auto
 * Mode's fee when none of the bills has Auto Mode nodes (a row of zeros in every other cluster).
 */
export function linesShown(costs: readonly ClusterCost[]): CostLineKey[] {
  const autoMode = costs.some((cost) => cost.lines.autoMode.terms.length > 0);
  return COST_LINES.filter((line) => autoMode || line !== "autoMode");
}

/**
 * A cost line's label, with the region whose rates stood in, "Load balancers (us-east-1 rates)", and
 * " (estimate)" when a rate of its terms is one: "Control plane (estimate)".
 */
export function lineLabel(t: Translate, cost: ClusterCost, line: CostLineKey): string {
  const { rateRegion, terms } = cost.lines[line];
  const label = t(`line.${line}`);
  const named = rateRegion === null ? label : t("bill.lineWithRateRegion", { line: label, rateRegion });
  return (
    named +
    estimateMark(
      t,
      terms.some((term) => term.estimate),
    )
  );
}

/**
 * The rows of the bill in order: the lines (after the Savings Plan or RI discount; EKS Auto Mode's
 * fee only when the plan has Auto Mode nodes), the enterprise discount when there is one, and the total. The rows above the total add up to it as
 * shown: the discount is the shown total less the shown lines, so the cent (or won) that rounding
 * each figure can lose goes to it, never to the total.
 */
export function billRows(t: Translate, format: Formatters, { scenario, cost }: Priced): BillRow[] {
  const rows: BillRow[] = linesShown([cost]).map((line) => ({
    key: line,
    label: lineLabel(t, cost, line),
    usd: cost.lines[line].usdPerMonth,
  }));
  const discount = scenario.cluster.discounts.enterpriseDiscountPercent;
  if (discount > 0) {
    const total = cost.totalUsdPerMonth;
    const shownLines = rows.reduce((sum, row) => sum + format.moneyShown(row.usd ?? Number.NaN), 0);
    rows.push({
      key: "enterpriseDiscount",
      label: t("bill.enterpriseDiscount", { percent: format.percent(discount) }),
      usd: total === null ? null : format.moneyShown(total) - shownLines,
    });
  }
  rows.push({ key: "total", label: t("planner.cost.total"), usd: cost.totalUsdPerMonth });
  return rows;
}

/**
 * What the Savings Plan or RI discount took off the on-demand and Fargate lines (already out of
 * them); null without one.
 */
export function savingsNote(t: Translate, format: Formatters, { scenario, cost }: Priced): string | null {
  const percent = scenario.cluster.discounts.computeSavingsPercent;
  if (percent === 0 || cost.computeSavingsUsdPerMonth === null) return null;
  return t("bill.savingsIncluded", {
    percent: format.percent(percent),
    usd: format.money(cost.computeSavingsUsdPerMonth),
  });
}
