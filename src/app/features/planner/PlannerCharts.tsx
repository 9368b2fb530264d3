/**
 * The planner's charts, loaded with `React.lazy` so Recharts stays out of the first bundle: the
 * monthly cost of each strategy stacked by cost line, the utilisation of each node group of the
 * scenario as configured, and the monthly bill with each of the cheapest instance types for the
 * ranked node group. Each figure's text alternative is its `aria-label` (a summary of every
 * value); the strategies table and the plan carry the same figures as text.
 */
import { COST_LINES, type InstanceTypeRanking, type Strategy } from "eksize";
import { linesShown } from "../../../present/plan/bill.js";
import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { wrappedTick, xTitle, yTitle } from "../../components/chart-axes.js";
import { useT } from "../../i18n/index.js";
import { money } from "../../../present/plan/explain.js";
import { useFormatters } from "../../use-formatters.js";

/** A colour per cost line, readable on light and dark backgrounds. */
const LINE_COLORS: Readonly<Record<(typeof COST_LINES)[number], string>> = {
  onDemand: "#3b7dd8",
  spot: "#2e9e5b",
  autoMode: "#2aa3a3",
  fargate: "#8a63d2",
  controlPlane: "#e0822f",
  loadBalancers: "#c94f7c",
  rootVolumes: "#8c96a3",
};

const RESOURCE_COLORS = { cpu: "#3b7dd8", memory: "#2e9e5b", pods: "#e0822f" } as const;

/** Props of {@link PlannerCharts}. */
export interface PlannerChartsProps {
  readonly strategies: readonly Strategy[];
  /** Each strategy's display name, in the same order. */
  readonly names: readonly string[];
  /** The cheapest instance types for {@link nodeGroup}, cheapest first (`rankInstanceTypes`, already cut to the top). */
  readonly ranking: readonly InstanceTypeRanking[];
  /** The node group the ranking is for. */
  readonly nodeGroup: string;
}

/** The cost and utilisation charts. */
export function PlannerCharts({ strategies, names, ranking, nodeGroup }: PlannerChartsProps): ReactNode {
  const t = useT();
  const format = useFormatters();
  // The Y axis and tooltip of both cost charts: monthly cost in whole units of the display currency.
  const moneyAxis = {
    fontSize: 11,
    // Room for the ticks and the title: "₩1,500,000" needs 84 px, "$1,200" 64 (the bars get the rest).
    width: format.currency === "KRW" ? 84 : 64,
    allowDecimals: false,
    tickFormatter: (usd: number) => format.moneyWhole(usd),
    label: yTitle(t("chart.axis.monthlyCost", { currency: t(`currency.unit.${format.currency}`) })),
  };
  const moneyTooltip = (value: unknown): string => money(t, format, typeof value === "number" ? value : null);
  // Unknown lines stay out of the bars (null, not 0); the label says "unknown".
  const costData = strategies.map((strategy, index) => ({
    name: names[index] ?? strategy.id,
    ...Object.fromEntries(COST_LINES.map((line) => [line, strategy.cost.lines[line].usdPerMonth])),
  }));
  const costLabel = t("planner.charts.costLabel", {
    summary: strategies
      .map((strategy, index) => `${names[index] ?? strategy.id}: ${money(t, format, strategy.cost.totalUsdPerMonth)}`)
      .join("; "),
  });

  const configured = strategies[0]?.plan;
  const utilisationData = (configured?.nodeGroups ?? []).map((group) => ({
    name: group.name,
    cpu: group.utilisation.cpu * 100,
    memory: group.utilisation.memory * 100,
    pods: group.utilisation.pods * 100,
  }));
  const utilisationLabel = t("planner.charts.utilisationLabel", {
    summary: (configured?.nodeGroups ?? [])
      .map((group) =>
        t("planner.charts.utilisationGroup", {
          group: group.name,
          cpu: format.percent(group.utilisation.cpu * 100),
          memory: format.percent(group.utilisation.memory * 100),
          pods: format.percent(group.utilisation.pods * 100),
        }),
      )
      .join("; "),
  });

  const rankingData = ranking.map((entry) => ({ name: entry.instanceType, total: entry.monthlyCost }));
  const rankingLabel = t("planner.charts.rankingLabel", {
    summary: ranking
      .map((entry) =>
        t("planner.charts.rankingType", {
          instanceType: entry.instanceType,
          nodes: format.integer(entry.nodes),
          total: money(t, format, entry.monthlyCost),
        }),
      )
      .join("; "),
  });

  return (
    <div className="planner-charts">
      <figure className="chart">
        <figcaption id="cost-chart-caption">{t("planner.charts.costCaption")}</figcaption>
        <div className="chart-frame planner-chart" role="img" aria-label={costLabel} data-testid="cost-chart">
          <BarChart
            data={costData}
            responsive
            accessibilityLayer={false}
            style={{ width: "100%", height: 260 }}
            margin={{ top: 8, right: 12, bottom: 4, left: 12 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="name"
              interval={0}
              height={88}
              tick={wrappedTick(costData.length, 110)}
              label={xTitle(t("chart.axis.strategy"))}
            />
            <YAxis {...moneyAxis} />
            <Tooltip formatter={moneyTooltip} />
            <Legend wrapperStyle={{ fontSize: 12, paddingTop: 6 }} />
            {linesShown(strategies.map((strategy) => strategy.cost)).map((line) => (
              <Bar
                key={line}
                dataKey={line}
                name={t(`line.${line}`)}
                stackId="cost"
                fill={LINE_COLORS[line]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </div>
      </figure>
      <figure className="chart">
        <figcaption>{t("planner.charts.utilisationCaption")}</figcaption>
        {utilisationData.length === 0 ? (
          <p className="chart-empty">{t("chart.empty.groups")}</p>
        ) : (
          <div className="chart-frame planner-chart" role="img" aria-label={utilisationLabel}>
            <BarChart
              data={utilisationData}
              responsive
              accessibilityLayer={false}
              style={{ width: "100%", height: 220 }}
              margin={{ top: 8, right: 12, bottom: 4, left: 12 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="name"
                interval={0}
                height={48}
                tick={wrappedTick(utilisationData.length, 140)}
                label={xTitle(t("chart.axis.nodeGroup"))}
              />
              <YAxis
                fontSize={11}
                width={64}
                domain={[0, 100]}
                ticks={[0, 25, 50, 75, 100]}
                tickFormatter={(share: number) => format.percent(share)}
                label={yTitle(t("chart.axis.requested"))}
              />
              <Tooltip formatter={(value) => format.percent(typeof value === "number" ? value : Number(value))} />
              <Legend wrapperStyle={{ fontSize: 12, paddingTop: 6 }} />
              {(["cpu", "memory", "pods"] as const).map((resource) => (
                <Bar
                  key={resource}
                  dataKey={resource}
                  name={t(`resource.${resource}`)}
                  fill={RESOURCE_COLORS[resource]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </div>
        )}
      </figure>
      <figure className="chart">
        <figcaption>{t("planner.charts.rankingCaption", { nodeGroup })}</figcaption>
        {rankingData.length === 0 ? (
          <p className="chart-empty">{t("chart.empty.ranking")}</p>
        ) : (
          <div className="chart-frame planner-chart" role="img" aria-label={rankingLabel} data-testid="ranking-chart">
            <BarChart
              data={rankingData}
              responsive
              accessibilityLayer={false}
              style={{ width: "100%", height: 240 }}
              margin={{ top: 8, right: 12, bottom: 4, left: 12 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="name"
                fontSize={10}
                interval={0}
                angle={-35}
                textAnchor="end"
                height={84}
                label={xTitle(t("chart.axis.instanceType"))}
              />
              <YAxis {...moneyAxis} />
              <Tooltip formatter={moneyTooltip} />
              <Legend wrapperStyle={{ fontSize: 12, paddingTop: 6 }} />
              <Bar
                dataKey="total"
                name={t("planner.ranking.total")}
                fill={LINE_COLORS.onDemand}
                isAnimationActive={false}
              />
            </BarChart>
          </div>
        )}
      </figure>
    </div>
  );
}

export default PlannerCharts;
