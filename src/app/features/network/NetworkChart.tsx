/**
 * The addresses of each availability zone at the planned size, stacked: used by pods, warm (held by
 * the nodes' pools, unused), other (ENI primaries, Fargate pods, load balancers, the control plane)
 * and, when the zone's subnets are given, still free. Loaded with `React.lazy` so Recharts stays out
 * of the first bundle. Its text alternative (`aria-label`) lists every value.
 */
import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";
import { zoneName, type ZoneSplit } from "./zone-split.js";

const PARTS = ["pods", "warm", "other", "free"] as const;

const COLORS: Readonly<Record<(typeof PARTS)[number], string>> = {
  pods: "#3b7dd8",
  warm: "#e0822f",
  other: "#8c96a3",
  free: "#2e9e5b",
};

/** The chart of addresses per zone. */
export default function NetworkChart({ splits }: { readonly splits: readonly ZoneSplit[] }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const anyFree = splits.some((split) => split.free !== null);
  const parts = PARTS.filter((part) => part !== "free" || anyFree);
  const data = splits.map((split) => ({
    name: zoneName(t, split.zone, split.availabilityZone),
    pods: split.pods,
    warm: split.warm,
    other: split.other,
    free: split.free === null ? null : Math.max(0, split.free),
  }));
  const label = t("network.chart.label", {
    summary: splits
      .map((split) => {
        const values = t("network.chart.zone", {
          zone: zoneName(t, split.zone, split.availabilityZone),
          pods: format.integer(split.pods),
          warm: format.integer(split.warm),
          other: format.integer(split.other),
        });
        return split.free === null
          ? values
          : `${values}, ${t("network.chart.free", { free: format.integer(split.free) })}`;
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
          margin={{ top: 8, right: 12, bottom: 4, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" fontSize={11} interval={0} />
          <YAxis fontSize={11} width={56} tickFormatter={(value: number) => format.integer(value)} />
          <Tooltip formatter={(value) => (typeof value === "number" ? format.integer(value) : String(value))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {parts.map((part) => (
            <Bar
              key={part}
              dataKey={part}
              name={t(part === "free" ? "network.chart.free.legend" : `network.chart.${part}`)}
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
