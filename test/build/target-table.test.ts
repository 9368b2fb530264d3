import { describe, expect, it } from "vitest";
import { formatTargetTable, type TargetFigure } from "../../src/build/target-table.js";

const machine = { loadAtStart: 1.5, loadAtEnd: 2.25, cpus: 2, node: "v20.20.2" };

const figures: TargetFigure[] = [
  { name: "share link", value: 374, unit: "characters", atMost: 500, note: "format 2" },
  { name: "mean ratio", value: 1.02758, unit: "", digits: 4, atMost: 1.02 },
  { name: "eksize max-pods", value: null, unit: "ms", atMost: 150, note: "dist/lib is not built: npm run build:lib" },
  { name: "ranking (median)", value: 1234.56, unit: "ms", digits: 1, atMost: 20, note: "10 runs" },
];

describe("the table of targets npm run bench ends with", () => {
  it("puts the result first, figures and targets in their units, rows by name, counts and load above", () => {
    expect(formatTargetTable(figures, machine).split("\n")).toEqual([
      "=".repeat(118),
      "ISSUE 16 TARGETS: 1 met, 2 missed, 1 skipped (a miss is reported, not a failure)",
      "load average 1.50 at the start, 2.25 at the end (1 minute, 2 CPUs), Node v20.20.2",
      "=".repeat(118),
      "RESULT                 FIGURE                   MEASURED             TARGET   NOTE",
      "SKIPPED                eksize max-pods                 -           ≤ 150 ms   dist/lib is not built: npm run build:lib",
      "MISSED by 0.0076       mean ratio                 1.0276           ≤ 1.0200",
      "MISSED by 1,214.6 ms   ranking (median)       1,234.6 ms          ≤ 20.0 ms   10 runs",
      "MET                    share link         374 characters   ≤ 500 characters   format 2",
      "=".repeat(118),
      "",
    ]);
  });

  it("meets a target the figure equals", () => {
    const table = formatTargetTable([{ name: "link", value: 500, unit: "characters", atMost: 500 }], machine);
    expect(table).toContain("1 met, 0 missed, 0 skipped");
    expect(table.split("\n")[5]).toBe("MET      link     500 characters   ≤ 500 characters");
  });
});
