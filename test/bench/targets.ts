/**
 * Issue 16's figures for `npm run bench`: a bench file reports a figure against its target with one call,
 * and the run prints every figure in one table at its end (`targets-setup.ts`, `src/build/target-table.ts`).
 * A miss is printed, never a failure: benches do not fail on a slow machine.
 *
 *   reportTarget({ name: "share link of the default scenario", value: token.length, unit: "characters", atMost: 500 });
 *   benchTarget("every type", () => rankInstanceTypes(large, catalog), { figure: "rankInstanceTypes: every type", atMost: 20 });
 */
import { appendFileSync } from "node:fs";
import { bench, inject } from "vitest";
import { median } from "../../src/build/median.js";
import type { TargetFigure } from "../../src/build/target-table.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The file this run's figures are appended to, one JSON line each (`targets-setup.ts`). */
    targetFigures: string;
  }
}

/** Adds a figure to the table printed at the end of `npm run bench`. */
export function reportTarget(figure: TargetFigure): void {
  appendFileSync(inject("targetFigures"), `${JSON.stringify(figure)}\n`);
}

/**
 * A bench whose median run time (ms, over the runs vitest times, warm-up left out) goes into the table
 * as `target.figure`, against `target.atMost` ms.
 */
export function benchTarget(
  name: string,
  run: () => void,
  target: { readonly figure: string; readonly atMost: number },
): void {
  const times: number[] = [];
  bench(
    name,
    () => {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    },
    {
      // tinybench calls it after the warm-up and after the timed runs.
      teardown: (_task, mode) => {
        if (mode === "run") {
          reportTarget({
            name: `${target.figure} (median)`,
            value: median(times),
            unit: "ms",
            digits: 1,
            atMost: target.atMost,
            note: `${times.length} runs`,
          });
        }
        times.length = 0;
      },
    },
  );
}
