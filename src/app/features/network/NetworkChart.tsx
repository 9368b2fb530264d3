/**
 * The addresses of each availability zone at its largest demand, stacked: used by pods, warm (held by
 * the nodes' pools, unused), other (ENI primaries, Fargate pods, load balancers, the control plane),
 * what a rolling replacement or the maximum size adds, and, when the zone's subnets are given, the
 * part in the colour of the zone's verdict: free addresses in green (fits) or amber (tight), or the
 * addresses the subnets cannot hold in red (too small, missing). Loaded with `React.lazy` so Recharts
 * stays out of the first bundle. Its text alternative (`aria-label`) lists every value and verdict.
 */
import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { xTitle, yTitle } from "../../components/chart-axes.js";
import { useT, type PlainMessageKey } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";
import { DEMAND_PARTS, stackedDemand, VERDICT_WORDS, zoneName, type DemandPart, type ZoneSplit } from "./zone-split.js";

/** The verdict parts: free addresses that fit with the headroom, free ones short of it, addresses the subnets lack. */
const VERDICT_PARTS = ["free", "tight", "short"] as const;

type Part = DemandPart | (typeof VERDICT_PARTS)[number];

/** Demand in blues and greys; the verdict in the status colours (green, amber, red). */
const COLORS: Readonly<Record<Part, string>> = {
  pods: "#3b7dd8",
  warm: "#93bdf0",
  other: "#8c96a3",
  extra: "#b9a6dd",
  free: "#2e9e5b",
  tight: "#cc8b00",
  short: "#d64541",
};

const LEGEND: Readonly<Record<Part, PlainMessageKey>> = {
  pods: "network.chart.pods",
  warm: "network.chart.warm",
  other: "network.chart.other",
  extra: "network.chart.extra",
  free: "network.chart.free.legend",
  tight: "network.chart.tight.legend",
  short: "network.chart.short.legend",
};

/** The chart of addresses per zone. */
export default function NetworkChart({ splits }: { readonly splits: readonly ZoneSplit[] }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const data = splits.map((split) => ({
    name: zoneName(t, split.zone, split.availabilityZone),
    ...stackedDemand(split),
    free: split.verdict === "fits" ? split.free : 0,
    tight: split.verdict === "tight" ? split.free : 0,
    short: split.short,
  }));
  const parts = [...DEMAND_PARTS, ...VERDICT_PARTS].filter((part) => data.some((zone) => zone[part] > 0));
  const label = t("network.chart.label", {
    summary: splits
      .map((split) => {
        const values = t("network.chart.zone", {
          zone: zoneName(t, split.zone, split.availabilityZone),
          pods: format.integer(split.pods),
          warm: format.integer(split.warm),
          other: format.integer(split.other),
          extra: format.integer(split.extra),
        });
        if (split.verdict === null) return values;
        const verdict = t(VERDICT_WORDS[split.verdict]);
        return `${values}, ${
          split.short > 0
            ? t("network.chart.short", { short: format.integer(split.short), verdict })
            : t("network.chart.free", { free: format.integer(split.free), verdict })
        }`;
      })
      .join("; "),
  });
  return (
    <figure className="chart">
      <figcaption>{t("network.chart.caption")}</figcaption>
      <div className="chart-frame planner-chart" role="img" aria-label={label} data-testid="network-chart">
        <BarChart
          data={data}
          responsive
          accessibilityLayer={false}
          style={{ width: "100%", height: 260 }}
          margin={{ top: 8, right: 12, bottom: 4, left: 12 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" fontSize={11} interval={0} height={44} label={xTitle(t("chart.axis.zone"))} />
          <YAxis
            fontSize={11}
            width={72}
            allowDecimals={false}
            tickFormatter={(value: number) => format.integer(value)}
            label={yTitle(t("chart.axis.addresses"))}
          />
          <Tooltip formatter={(value) => (typeof value === "number" ? format.integer(value) : String(value))} />
          <Legend
            wrapperStyle={{ fontSize: 12, paddingTop: 6 }}
            itemSorter={(item) => parts.indexOf(item.dataKey as Part)}
          />
          {parts.map((part) => (
            <Bar
              key={part}
              dataKey={part}
              name={t(LEGEND[part])}
              stackId="addresses"
              fill={COLORS[part]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </div>
    </figure>
  );
}
