/**
 * The comparison of strategies (`compareStrategies`): a sortable TanStack table, the total, nodes and
 * unschedulable pods first and then every cost line (each cell's formula in its tooltip and in the
 * expandable list under the table), the strategy column in view while the table scrolls sideways; the
 * cheapest instance types (`rankInstanceTypes`, {@link RankingTable}) with "Use this type" on each and
 * on the cheapest-type strategy; and the charts (a lazily loaded chunk, like the explorer's). The
 * planner loads this file as a chunk of its own ({@link ComparisonSection}), after the total is on screen.
 */
import {
  createColumnHelper,
  createSortedRowModel,
  functionalUpdate,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from "@tanstack/react-table";
import { type Catalog, type CostLineKey, type InstanceTypeChoice, type Scenario, type Strategy } from "eksize";
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from "react";
import type { Formatters } from "../../../present/format.js";
import { useT, type Translate } from "../../i18n/index.js";
import { ChartErrorBoundary } from "../../components/ChartErrorBoundary.js";
import { TableScroll } from "../../components/TableScroll.js";
import { explainCostLines, explainNodes, explainTotal, money } from "../../../present/plan/explain.js";
import { linesShown } from "../../../present/plan/bill.js";
import { strategyName } from "../../../present/plan/words.js";
import { useFormatters } from "../../use-formatters.js";
import { RankingTable } from "./RankingTable.js";
import { ComparisonLoading } from "./loading-places.js";
import { useComparison, type ComparisonData } from "./use-comparison.js";
import { UseTypeButton } from "./UseTypeButton.js";

// Recharts loads in its own chunk, after the page is on screen.
const PlannerCharts = lazy(() => import("./PlannerCharts.js"));

/** A table row: a strategy with its explanations, made once per strategy list and language. */
interface StrategyRow {
  readonly strategy: Strategy;
  readonly name: string;
  readonly lines: Record<CostLineKey, string>;
  readonly total: string;
  readonly nodes: string;
}

const strategyFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
});

const helper = createColumnHelper<typeof strategyFeatures, StrategyRow>();

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

function createColumns(
  t: Translate,
  format: Formatters,
  onUse: (choice: InstanceTypeChoice) => void,
  lines: readonly CostLineKey[],
) {
  const traced = (value: string, explanation: string) => (
    <span className="traced-cell" title={explanation}>
      {value}
    </span>
  );
  return helper.columns([
    helper.accessor("name", {
      id: "strategy",
      header: t("planner.compare.strategy"),
      enableSorting: false,
      cell: ({ row }) => {
        const ranked = row.original.strategy.ranked;
        return (
          <>
            <strong>{row.original.name}</strong>
            {ranked !== null && (
              <>
                {" "}
                <UseTypeButton choice={ranked} onUse={onUse} />
              </>
            )}
          </>
        );
      },
    }),
    helper.accessor((row) => row.strategy.cost.totalUsdPerMonth ?? undefined, {
      id: "total",
      header: t("planner.compare.total"),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: false,
      cell: ({ row }) => traced(money(t, format, row.original.strategy.cost.totalUsdPerMonth), row.original.total),
    }),
    helper.accessor("nodes", {
      id: "nodes",
      header: t("planner.compare.nodes"),
      enableSorting: false,
      cell: ({ row }) => traced(nodesValue(t, format, row.original.strategy), row.original.nodes),
    }),
    helper.accessor((row) => row.strategy.plan.unschedulable.length, {
      id: "unschedulable",
      header: t("planner.plan.unschedulable"),
      enableSorting: false,
      cell: ({ row }) => unschedulableValue(t, format, row.original.strategy),
    }),
    ...lines.map((line) =>
      helper.accessor((row) => row.strategy.cost.lines[line].usdPerMonth ?? undefined, {
        id: line,
        header: t(`line.${line}`),
        sortFn: "basic",
        sortUndefined: "last",
        sortDescFirst: false,
        cell: ({ row }) =>
          traced(money(t, format, row.original.strategy.cost.lines[line].usdPerMonth), row.original.lines[line]),
      }),
    ),
  ]);
}

/** A strategy's nodes in words: the total, and each node group's share when there are several. */
function nodesValue(t: Translate, format: Formatters, strategy: Strategy): string {
  const groups = strategy.plan.nodeGroups;
  const total = format.integer(groups.reduce((sum, group) => sum + group.nodes, 0));
  if (groups.length < 2) return t("network.effect.nodes", { nodes: total });
  const shares = groups.map((group) =>
    t("planner.compare.groupNodes", { nodes: format.integer(group.nodes), group: group.name }),
  );
  return t("planner.compare.nodesValue", { nodes: total, groups: shares.join(", ") });
}

/** A strategy's unschedulable pods in words: the total and whose they are ("5 pods: 3 of web, 2 of api"). */
function unschedulableValue(t: Translate, format: Formatters, strategy: Strategy): string {
  const entries = strategy.plan.unschedulable;
  if (entries.length === 0) return format.integer(0);
  const total = format.integer(entries.reduce((sum, entry) => sum + entry.pods, 0));
  const whose =
    entries.length === 1
      ? entries.map((entry) => entry.workload)
      : entries.map((entry) =>
          t("planner.compare.workloadPods", { pods: format.integer(entry.pods), workload: entry.workload }),
        );
  return t("planner.compare.podsValue", { pods: total, workloads: whose.join(", ") });
}

/** The strategies table. */
function StrategyTable({
  rows,
  onUse,
}: {
  rows: readonly StrategyRow[];
  onUse: (choice: InstanceTypeChoice) => void;
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  const [sorting, setSorting] = useState<SortingState>([]);
  const lineKey = linesShown(rows.map((row) => row.strategy.cost)).join(",");
  const columns = useMemo(
    () => createColumns(t, format, onUse, lineKey.split(",") as CostLineKey[]),
    [t, format, onUse, lineKey],
  );
  const state = useMemo(() => ({ sorting }), [sorting]);
  const table = useTable({
    features: strategyFeatures,
    columns,
    data: rows,
    state,
    getRowId: (row) => row.strategy.id,
    enableSortingRemoval: false,
    enableMultiSort: false,
    onSortingChange: (updater) => {
      setSorting((old) => functionalUpdate(updater, old));
    },
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <TableScroll labelledBy="strategies-caption">
      <table className="data-table strategies sticky-first">
        <caption id="strategies-caption">
          <span>{t("planner.compare.caption")}</span>
        </caption>
        <thead>
          <tr>
            {headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const canSort = header.column.getCanSort();
              return (
                <th key={header.id} scope="col" aria-sort={canSort ? (sorted ? ARIA_SORT[sorted] : "none") : undefined}>
                  {canSort ? (
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      <span>
                        <table.FlexRender header={header} />
                      </span>
                      <span className={sorted ? "sort-icon active" : "sort-icon"} aria-hidden="true">
                        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                      </span>
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-strategy={row.id}>
              {row.getAllCells().map((cell) =>
                cell.column.id === "strategy" ? (
                  <th key={cell.id} scope="row" data-column={cell.column.id}>
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id} data-column={cell.column.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The comparison of the scenario (`useComparison`, with the whole catalogue), "Comparing…" until it is
 * worked out: the same words as while this chunk loads, so the place never changes before the tables.
 */
export function ComparisonSection({ scenario, catalog }: { scenario: Scenario; catalog: Catalog }): ReactNode {
  const comparison = useComparison(scenario, catalog);
  return comparison === null ? <ComparisonLoading /> : <Comparison {...comparison} />;
}

/** The comparison section. */
export function Comparison({ strategies, ranking, nodeGroup, nodeGroups, chooseNodeGroup }: ComparisonData): ReactNode {
  const t = useT();
  const format = useFormatters();
  // What the last "Use this type" did, said where the tables change (and to screen readers).
  const [used, setUsed] = useState<(InstanceTypeChoice & { readonly total: number }) | null>(null);
  const onUse = useCallback(
    (choice: InstanceTypeChoice) => {
      const entry = ranking.find(
        (candidate) => candidate.nodeGroup === choice.nodeGroup && candidate.instanceType === choice.instanceType,
      );
      setUsed(entry === undefined ? null : { ...choice, total: entry.monthlyCost });
    },
    [ranking],
  );
  const rows = useMemo((): StrategyRow[] => {
    return strategies.map((strategy) => ({
      strategy,
      name: strategyName(t, strategy),
      lines: explainCostLines(t, format, strategy),
      total: explainTotal(t, format, strategy),
      nodes: strategy.plan.nodeGroups
        .map((group) => `${group.name}: ${explainNodes(t, format, group, strategy.scenario)}`)
        .join(" | "),
    }));
  }, [strategies, t, format]);

  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h3 id="comparison-heading">{t("planner.compare.heading")}</h3>
      <StrategyTable rows={rows} onUse={onUse} />
      <details className="formulas-list">
        <summary>{t("planner.compare.formulas")}</summary>
        {rows.map((row) => (
          <div key={row.strategy.id} className="strategy-formulas">
            <h4>{row.name}</h4>
            <ul>
              {linesShown([row.strategy.cost]).map((line) => (
                <li key={line}>
                  <strong>{t(`line.${line}`)}:</strong> {row.lines[line]}
                </li>
              ))}
              <li>
                <strong>{t("planner.compare.nodes")}:</strong> {row.nodes}
              </li>
              <li>
                <strong>{t("planner.compare.total")}:</strong> {row.total}
              </li>
            </ul>
          </div>
        ))}
      </details>
      <p role="status" className="use-status">
        {used !== null && strategies[0]?.cost.totalUsdPerMonth === used.total
          ? t("planner.ranking.used", {
              nodeGroup: used.nodeGroup,
              instanceType: used.instanceType,
              total: money(t, format, used.total),
            })
          : ""}
      </p>
      <RankingTable
        ranking={ranking}
        nodeGroup={nodeGroup}
        nodeGroups={nodeGroups}
        onNodeGroup={chooseNodeGroup}
        onUse={onUse}
      />
      <ChartErrorBoundary fallback={<p className="chart-failed">{t("planner.charts.failed")}</p>}>
        <Suspense fallback={<p className="chart-loading">{t("breakdown.loadingChart")}</p>}>
          <PlannerCharts
            strategies={strategies}
            names={rows.map((row) => row.name)}
            ranking={ranking}
            nodeGroup={nodeGroup}
          />
        </Suspense>
      </ChartErrorBoundary>
    </section>
  );
}
