/**
 * The allocatable chart: one stacked bar per resource (CPU, memory), each split into allocatable,
 * kube-reserved, system-reserved, eviction and VM overhead as shares of the node's capacity.
 * Loaded with `React.lazy` so Recharts stays out of the first bundle. The chart is decorative for
 * assistive technology: the table next to it carries the same figures as text.
 */
import type { Allocatable } from "eksize";
import type { ReactNode } from "react";
import { Bar, BarChart, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useT, type PlainMessageKey } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";

/** The stacked segments, in order from the left, with their colours (readable on light and dark). */
const SEGMENTS: readonly { key: SegmentKey; label: PlainMessageKey; color: string }[] = [
  { key: "allocatable", label: "chart.allocatable", color: "#2e9e5b" },
  { key: "kubeReserved", label: "chart.kubeReserved", color: "#3b7dd8" },
  { key: "systemReserved", label: "chart.systemReserved", color: "#8a63d2" },
  { key: "eviction", label: "chart.eviction", color: "#e0822f" },
  { key: "vmOverhead", label: "chart.vmOverhead", color: "#8c96a3" },
];

type SegmentKey = "allocatable" | "kubeReserved" | "systemReserved" | "eviction" | "vmOverhead";

interface ChartDatum extends Record<SegmentKey, number> {
  readonly resource: string;
  readonly unit: "cpu" | "memory";
}

/** Props of {@link BreakdownChart}. */
export interface BreakdownChartProps {
  /** The `allocatable` result whose buckets are drawn. */
  readonly node: Allocatable;
}

/** The stacked allocatable chart of one node. */
export function BreakdownChart({ node }: BreakdownChartProps): ReactNode {
  const t = useT();
  const format = useFormatters();
  const data: ChartDatum[] = [
    {
      resource: t("chart.cpu"),
      unit: "cpu",
      allocatable: node.cpuMillicores,
      kubeReserved: node.kubeReserved.cpuMillicores,
      systemReserved: node.systemReserved.cpuMillicores,
      eviction: node.eviction.cpuMillicores,
      vmOverhead: node.vmOverhead.cpuMillicores,
    },
    {
      resource: t("chart.memory"),
      unit: "memory",
      allocatable: node.memoryMiB,
      kubeReserved: node.kubeReserved.memoryMiB,
      systemReserved: node.systemReserved.memoryMiB,
      eviction: node.eviction.memoryMiB,
      vmOverhead: node.vmOverhead.memoryMiB,
    },
  ];

  return (
    <div className="chart-frame" aria-hidden="true">
      <BarChart
        layout="vertical"
        data={data}
        stackOffset="expand"
        responsive
        accessibilityLayer={false}
        style={{ width: "100%", height: 170 }}
        margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
        barCategoryGap="22%"
      >
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(share: number) => format.percent(share * 100)}
          fontSize={11}
        />
        <YAxis type="category" dataKey="resource" width={64} fontSize={12} />
        <Tooltip
          formatter={(value, _name, item) => {
            const amount = typeof value === "number" ? value : Number(value);
            const unit = (item.payload as ChartDatum | undefined)?.unit;
            return unit === "cpu" ? format.millicores(amount) : format.mib(amount);
          }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {SEGMENTS.map((segment) => (
          <Bar
            key={segment.key}
            dataKey={segment.key}
            name={t(segment.label)}
            stackId="capacity"
            fill={segment.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}

export default BreakdownChart;
