/**
 * `npm run bench`'s table of issue 16's targets: before the benches, a file for their figures
 * (`targets.ts` appends to it); after them, the table (`src/build/target-table.ts`) with the machine's
 * load. A vitest global setup of the node project that does nothing when tests, not benches, run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { formatTargetTable, type TargetFigure } from "../../src/build/target-table.js";

export default function setup(project: TestProject): (() => void) | undefined {
  if (project.vitest.mode !== "benchmark") return undefined;
  const folder = mkdtempSync(join(tmpdir(), "eksize-bench-"));
  const file = join(folder, "figures.jsonl");
  writeFileSync(file, "");
  project.provide("targetFigures", file);
  const loadAtStart = loadavg()[0]!;
  return () => {
    const figures = readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as TargetFigure);
    rmSync(folder, { recursive: true, force: true });
    if (figures.length === 0) return;
    const machine = { loadAtStart, loadAtEnd: loadavg()[0]!, cpus: availableParallelism(), node: process.version };
    console.log(`\n${formatTargetTable(figures, machine)}`);
  };
}
