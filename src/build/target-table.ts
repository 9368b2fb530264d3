/**
 * Issue 16's figures against their targets, as `npm run bench` prints them at its end: one table with
 * the result first (MET, MISSED by how much, or SKIPPED and why), the figure, the target and a note,
 * under a line that counts each result and gives the machine's load. A miss is printed, never a failure.
 */

/** One measured figure and its target: the figure must be at most `atMost`. */
export interface TargetFigure {
  /** What was measured, as the table's figure column says it. */
  readonly name: string;
  /** The figure in `unit`; null when it was not measured (`note` then says why). */
  readonly value: number | null;
  /** The figure's unit, written after it ("ms", "characters"); "" for a ratio. */
  readonly unit: string;
  /** The target: the figure is met when at most this, in `unit`. */
  readonly atMost: number;
  /** Digits after the decimal point for the figure and the target (default 0). */
  readonly digits?: number;
  /** How it was measured, or why it was not. */
  readonly note?: string;
}

/** The machine the figures were measured on. */
export interface BenchMachine {
  /** 1-minute load averages when the run started and when it ended. */
  readonly loadAtStart: number;
  readonly loadAtEnd: number;
  /** Logical CPUs. */
  readonly cpus: number;
  /** `process.version`. */
  readonly node: string;
}

/** A figure or target in its unit. */
function amount(figure: TargetFigure, value: number): string {
  const number = value.toLocaleString("en-US", {
    minimumFractionDigits: figure.digits ?? 0,
    maximumFractionDigits: figure.digits ?? 0,
  });
  return figure.unit === "" ? number : `${number} ${figure.unit}`;
}

/** The result column: MET, MISSED by how much, or SKIPPED. */
function result(figure: TargetFigure): string {
  if (figure.value === null) return "SKIPPED";
  if (figure.value <= figure.atMost) return "MET";
  return `MISSED by ${amount(figure, figure.value - figure.atMost)}`;
}

/**
 * The table, rows in the order of `figures`' names, ending in a newline.
 *
 * @example formatTargetTable([{ name: "share link", value: 374, unit: "characters", atMost: 500 }], machine)
 * // "ISSUE 16 TARGETS: 1 met, 0 missed, 0 skipped …\n…MET  share link  374 characters  ≤ 500 characters…"
 */
export function formatTargetTable(figures: readonly TargetFigure[], machine: BenchMachine): string {
  const sorted = [...figures].sort((a, b) => a.name.localeCompare(b.name, "en"));
  const results = sorted.map(result);
  const count = (prefix: string): number => results.filter((text) => text.startsWith(prefix)).length;
  const rows = [
    ["RESULT", "FIGURE", "MEASURED", "TARGET", "NOTE"],
    ...sorted.map((figure, index) => [
      results[index]!,
      figure.name,
      figure.value === null ? "-" : amount(figure, figure.value),
      `≤ ${amount(figure, figure.atMost)}`,
      figure.note ?? "",
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) =>
        column === 2 || column === 3 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join("   ")
      .trimEnd(),
  );
  const rule = "=".repeat(Math.max(...lines.map((line) => line.length)));
  const heading =
    `ISSUE 16 TARGETS: ${count("MET")} met, ${count("MISSED")} missed, ${count("SKIPPED")} skipped ` +
    `(a miss is reported, not a failure)`;
  const load =
    `load average ${machine.loadAtStart.toFixed(2)} at the start, ${machine.loadAtEnd.toFixed(2)} at the end ` +
    `(1 minute, ${machine.cpus} CPUs), Node ${machine.node}`;
  return `${[rule, heading, load, rule, ...lines, rule].join("\n")}\n`;
}
