/**
 * Scenario A against scenario B: the headline figures of both plans side by side with B − A, and
 * every input that differs (`diffScenarios`), differences marked in text as well as colour.
 */
import { COST_LINES, costCluster, diffScenarios, planCluster, type Scenario, type ScenarioDifference } from "eksize";
import { useMemo, type ReactNode } from "react";
import { PricesStatus } from "../../components/PricesStatus.js";
import { TableScroll } from "../../components/TableScroll.js";
import { type Formatters } from "../../../present/format.js";
import { useT, type Translate } from "../../i18n/index.js";
import { useCatalog } from "../../store/region-pricing-store.js";
import { money } from "../../../present/plan/explain.js";
import { useFormatters } from "../../use-formatters.js";

/** One headline figure of a plan: money (USD per month) or a count. */
interface Figure {
  readonly key: string;
  readonly label: string;
  readonly kind: "money" | "count";
  readonly a: number | null;
  readonly b: number | null;
}

type Summary = Record<string, number | null>;

/** The headline figures of a scenario's plan and bill. */
function summarise(scenario: Scenario, catalog: Parameters<typeof planCluster>[1]): Summary {
  const plan = planCluster(scenario, catalog);
  const cost = costCluster(scenario, plan, catalog);
  const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
  return {
    total: cost.totalUsdPerMonth,
    ...Object.fromEntries(COST_LINES.map((line) => [line, cost.lines[line].usdPerMonth])),
    nodes: sum(plan.nodeGroups.map((group) => group.nodes)),
    onDemandNodes: sum(plan.nodeGroups.map((group) => group.onDemandNodes)),
    spotNodes: sum(plan.nodeGroups.map((group) => group.spotNodes)),
    fargatePods: sum(plan.fargate.map((workload) => workload.pods)),
    unschedulablePods: sum(plan.unschedulable.map((entry) => entry.pods)),
  };
}

/** A value of a scenario field in words. */
function valueText(t: Translate, format: Formatters, value: unknown): string {
  if (value === null || value === undefined) return t("compare.none");
  if (typeof value === "boolean") return t(value ? "compare.yes" : "compare.no");
  if (typeof value === "number") return format.decimal(value, 4);
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((item) => valueText(t, format, item)).join(", ");
  return Object.entries(value)
    .map(([key, item]) => `${key}: ${valueText(t, format, item)}`)
    .join("; ");
}

function figureText(t: Translate, format: Formatters, figure: Figure, value: number | null): string {
  if (figure.kind === "money") return money(t, format, value);
  return value === null ? t("value.unknown") : format.integer(value);
}

function deltaText(t: Translate, format: Formatters, figure: Figure): string {
  if (figure.a === null || figure.b === null) return t("value.unknown");
  const delta = figure.b - figure.a;
  if (delta === 0) return t("compare.same");
  const sign = delta > 0 ? "+" : "−";
  return `${sign}${figureText(t, format, figure, Math.abs(delta))}`;
}

/** The differences of the inputs as a table. */
function DifferenceTable({ differences }: { differences: readonly ScenarioDifference[] }): ReactNode {
  const t = useT();
  const format = useFormatters();
  if (differences.length === 0) return <p>{t("compare.noInputDifferences")}</p>;
  return (
    <TableScroll labelledBy="compare-inputs-caption">
      <table className="data-table sticky-first compare-inputs">
        <caption id="compare-inputs-caption">
          <span>{t("compare.inputsCaption", { count: format.integer(differences.length) })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("compare.field")}</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((difference) => (
            <tr key={difference.path.join("\u0000")} className={`differs ${difference.kind}`}>
              <th scope="row">
                <code>{difference.path.join(" › ")}</code>{" "}
                <span className="difference-kind">{t(`compare.kind.${difference.kind}`)}</span>
              </th>
              <td>{difference.kind === "added" ? t("compare.absent") : valueText(t, format, difference.a)}</td>
              <td>{difference.kind === "removed" ? t("compare.absent") : valueText(t, format, difference.b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The plans of two scenarios side by side, and how their inputs differ. */
export function ScenarioComparison({ a, b }: { a: Scenario; b: Scenario }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const aPrices = useCatalog(a.region);
  const bPrices = useCatalog(b.region);
  const ready = aPrices.status === "ready" && bPrices.status === "ready";
  // Both hooks hand out a catalogue with every loaded region; the later one has at least as many.
  const catalog = bPrices.catalog;
  const differences = useMemo(() => diffScenarios(a, b), [a, b]);
  const figures = useMemo((): Figure[] | null => {
    if (!ready) return null;
    const left = summarise(a, catalog);
    const right = summarise(b, catalog);
    const labels: Record<string, string> = {
      total: t("planner.cost.total"),
      ...Object.fromEntries(COST_LINES.map((line) => [line, t(`line.${line}`)])),
      nodes: t("compare.nodes"),
      onDemandNodes: t("compare.onDemandNodes"),
      spotNodes: t("compare.spotNodes"),
      fargatePods: t("compare.fargatePods"),
      unschedulablePods: t("compare.unschedulablePods"),
    };
    return Object.keys(left).map((key) => ({
      key,
      label: labels[key] ?? key,
      kind: key === "total" || (COST_LINES as readonly string[]).includes(key) ? "money" : "count",
      a: left[key] ?? null,
      b: right[key] ?? null,
    }));
  }, [a, b, catalog, ready, t]);

  return (
    <div className="scenario-comparison">
      {!ready && (
        <>
          <PricesStatus region={a.region} status={aPrices.status} />
          <PricesStatus region={b.region} status={bPrices.status} />
        </>
      )}
      {figures !== null && (
        <TableScroll labelledBy="compare-figures-caption">
          <table className="data-table sticky-first compare-figures">
            <caption id="compare-figures-caption">
              <span>{t("compare.figuresCaption")}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("compare.figure")}</th>
                <th scope="col">A</th>
                <th scope="col">B</th>
                <th scope="col">{t("compare.delta")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((figure) => {
                const differs = figure.a !== figure.b;
                return (
                  <tr key={figure.key} className={differs ? "differs" : undefined}>
                    <th scope="row">{figure.label}</th>
                    <td>{figureText(t, format, figure, figure.a)}</td>
                    <td>{figureText(t, format, figure, figure.b)}</td>
                    <td>{deltaText(t, format, figure)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <DifferenceTable differences={differences} />
    </div>
  );
}
