/**
 * The week's charts: the nodes each hour by node group and capacity type (stacked), and the cost each
 * hour beside the on-demand spend a Savings Plan can cover, with the level the commitment covers. Each
 * figure's text alternative is its `aria-label` (each series' lowest and highest); the panel's figures
 * and sentences say the rest.
 */
import type { SavingsPlanCommitment, Scenario, WeekPlan } from "eksize";
import type { ReactNode } from "react";
import {
  Area,
  AreaChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { WEEKDAY_KEYS } from "../../../present/plan/week.js";
import { yTitle } from "../../components/chart-axes.js";
import { useT, type Translate } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";

/** A colour per node group (in order, repeating), readable on light and dark backgrounds. */
const GROUP_COLORS = ["#3b7dd8", "#e0822f", "#8a63d2", "#c94f7c", "#2aa3a3", "#6b7480"] as const;
/** The same hues lighter, for each group's Spot nodes (dashed besides), so the legend tells them apart. */
const SPOT_COLORS = ["#8db6ec", "#f2bb8a", "#bba6e6", "#e6a3bd", "#86d0d0", "#aab2bc"] as const;
const REST_COLOR = "#8c96a3";
const ON_DEMAND_COLOR = "#b5179e";
const COVERED_COLOR = "#2e9e5b";

/** The X axis of both charts: the week's hours, a tick at each day's midnight named by its day. */
function hourAxis(t: Translate) {
  return {
    dataKey: "hour",
    type: "number" as const,
    domain: [0, 168] as [number, number],
    ticks: WEEKDAY_KEYS.map((_, day) => day * 24),
    tickFormatter: (hour: number) => (hour >= 168 ? "" : t(WEEKDAY_KEYS[Math.floor(hour / 24)]!)),
    fontSize: 11,
  };
}

/** An hour of the week in words: "Mon 09:00". */
function hourName(t: Translate, hour: number): string {
  return t("week.hour", { day: t(WEEKDAY_KEYS[Math.floor(hour / 24)]!), clock: String(hour % 24).padStart(2, "0") });
}

/** The lowest and highest of a series. */
function range(values: readonly number[]): { low: number; high: number } {
  return { low: Math.min(...values), high: Math.max(...values) };
}

/** The nodes and cost charts of a planned week. */
export function WeekCharts({
  scenario,
  week,
  commitment,
}: {
  readonly scenario: Scenario;
  readonly week: WeekPlan;
  /** The commitment at the scenario's discount; null without one. */
  readonly commitment: SavingsPlanCommitment | null;
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  const groups = scenario.nodeGroups.map((group) => group.name);
  const series = groups.flatMap((group, index) => [
    {
      key: `${group}|on-demand`,
      group,
      capacity: "on-demand" as const,
      color: GROUP_COLORS[index % GROUP_COLORS.length]!,
    },
    { key: `${group}|spot`, group, capacity: "spot" as const, color: SPOT_COLORS[index % SPOT_COLORS.length]! },
  ]);
  const nodesAt = (hour: WeekPlan["hours"][number], group: string, capacity: "on-demand" | "spot") => {
    const spot = hour.spotNodeHours[group] ?? 0;
    return capacity === "spot" ? spot : (hour.nodeHours[group] ?? 0) - spot;
  };
  // Spot series that never run a node stay out of the chart and its legend.
  const shown = series.filter((entry) => week.hours.some((hour) => nodesAt(hour, entry.group, entry.capacity) > 1e-9));
  // A step chart: each hour's value holds until the next; the week's last hour is repeated at 168 to close it.
  const hours = [...week.hours, week.hours[week.hours.length - 1]!];
  const nodeData = hours.map((hour, index) => ({
    hour: index,
    ...Object.fromEntries(shown.map((entry) => [entry.key, nodesAt(hour, entry.group, entry.capacity)])),
  }));
  // The cost each hour stacked as the nodes are: each group's on-demand and Spot nodes, then the rest.
  const costAt = (hour: WeekPlan["hours"][number], entry: (typeof series)[number]): number | null => {
    const usd = hour.nodeGroupUsd[entry.group];
    return usd === undefined ? 0 : entry.capacity === "spot" ? usd.spot : usd.onDemand;
  };
  const costSeries = series.filter((entry) => week.hours.some((hour) => (costAt(hour, entry) ?? 0) > 1e-9));
  const costData = hours.map((hour, index) => ({
    hour: index,
    ...Object.fromEntries(costSeries.map((entry) => [entry.key, costAt(hour, entry)])),
    rest: hour.otherUsd,
    onDemandUsd: hour.onDemandUsd,
  }));
  const seriesName = (entry: (typeof series)[number]) =>
    t(entry.capacity === "spot" ? "week.series.spot" : "week.series.onDemand", { group: entry.group });
  /** A node group's on-demand or Spot series, stacked: Spot in its lighter tint and dashed. */
  const groupArea = (entry: (typeof series)[number], stackId: string) => (
    <Area
      key={entry.key}
      dataKey={entry.key}
      name={seriesName(entry)}
      type="stepAfter"
      stackId={stackId}
      stroke={entry.color}
      fill={entry.color}
      fillOpacity={entry.capacity === "spot" ? 0.5 : 0.6}
      strokeDasharray={entry.capacity === "spot" ? "4 2" : undefined}
      isAnimationActive={false}
    />
  );

  const nodesLabel = t("week.chart.nodesLabel", {
    summary: shown
      .map((entry) => {
        const { low, high } = range(week.hours.map((hour) => nodesAt(hour, entry.group, entry.capacity)));
        return t("week.chart.nodesGroup", {
          group: entry.group,
          capacity: t(`week.capacity.${entry.capacity}`),
          low: format.decimal(low, 1),
          high: format.decimal(high, 1),
        });
      })
      .join("; "),
  });
  const known = (values: readonly (number | null)[]) => values.filter((value): value is number => value !== null);
  const cost = range(known(week.hours.map((hour) => hour.usd)));
  const onDemand = range(known(week.hours.map((hour) => hour.onDemandUsd)));
  const covered = commitment !== null && commitment.coveredUsdPerHour > 0 ? commitment.coveredUsdPerHour : null;
  const costLabel =
    t("week.chart.costLabel", {
      low: format.moneyPrecise(cost.low),
      high: format.moneyPrecise(cost.high),
      onDemandLow: format.moneyPrecise(onDemand.low),
      onDemandHigh: format.moneyPrecise(onDemand.high),
    }) + (covered === null ? "" : t("week.chart.coveredLabel", { covered: format.moneyPrecise(covered) }));
  const tooltipHour = (hour: unknown) => (typeof hour === "number" && hour < 168 ? hourName(t, hour) : "");
  const perHour = yTitle(t("week.axis.perHour", { currency: t(`currency.unit.${format.currency}`) }));

  return (
    <div className="week-charts">
      <figure className="chart">
        <figcaption>{t("week.chart.nodesCaption")}</figcaption>
        <div className="chart-frame week-chart" role="img" aria-label={nodesLabel} data-testid="week-nodes-chart">
          <AreaChart
            data={nodeData}
            responsive
            accessibilityLayer={false}
            style={{ width: "100%", height: 220 }}
            margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis {...hourAxis(t)} />
            <YAxis fontSize={11} width={52} allowDecimals={false} label={yTitle(t("week.axis.nodes"))} />
            <Tooltip
              labelFormatter={tooltipHour}
              formatter={(value) => format.decimal(typeof value === "number" ? value : Number(value), 1)}
            />
            <Legend wrapperStyle={{ fontSize: 12, paddingTop: 6 }} />
            {shown.map((entry) => groupArea(entry, "nodes"))}
          </AreaChart>
        </div>
      </figure>
      <figure className="chart">
        <figcaption>{t("week.chart.costCaption")}</figcaption>
        <div className="chart-frame week-chart" role="img" aria-label={costLabel} data-testid="week-cost-chart">
          <ComposedChart
            data={costData}
            responsive
            accessibilityLayer={false}
            style={{ width: "100%", height: 220 }}
            margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis {...hourAxis(t)} />
            <YAxis
              fontSize={11}
              width={format.currency === "KRW" ? 72 : 60}
              tickFormatter={(usd: number) => format.moneyPrecise(usd)}
              label={perHour}
            />
            <Tooltip
              labelFormatter={tooltipHour}
              formatter={(value) => (typeof value === "number" ? format.moneyPrecise(value) : "—")}
            />
            <Legend wrapperStyle={{ fontSize: 12, paddingTop: 6 }} />
            {costSeries.map((entry) => groupArea(entry, "cost"))}
            <Area
              dataKey="rest"
              name={t("week.series.rest")}
              type="stepAfter"
              stackId="cost"
              stroke={REST_COLOR}
              fill={REST_COLOR}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
            <Line
              dataKey="onDemandUsd"
              name={t("week.series.onDemandSpend")}
              type="stepAfter"
              stroke={ON_DEMAND_COLOR}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            {covered !== null && (
              <ReferenceLine
                y={covered}
                stroke={COVERED_COLOR}
                strokeWidth={2}
                strokeDasharray="6 3"
                label={{
                  value: t("week.series.covered"),
                  position: "insideTopLeft",
                  fontSize: 11,
                  fill: COVERED_COLOR,
                }}
              />
            )}
          </ComposedChart>
        </div>
      </figure>
    </div>
  );
}
