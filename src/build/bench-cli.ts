/**
 * How fast the built command line answers: runs `node dist/lib/cli.js max-pods --instance-type m5.large`
 * and a bare `node -e 0` `runs` times each, interleaved so that both see the same load, and prints their
 * median wall times (ms), the difference (the part eksize controls) and the 150 ms target of issue 16.
 *
 *   npm run build:lib && npm run bench:cli [-- runs]
 *
 * Figures depend on the machine and its load: quote them with `uptime`'s load average. It reports and
 * never fails on a slow run.
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";

const runs = Number(process.argv[2] ?? 15);
/** Issue 16's target for the whole process, in ms. */
const TARGET_MS = 150;

const commands = {
  "eksize max-pods --instance-type m5.large": ["dist/lib/cli.js", "max-pods", "--instance-type", "m5.large"],
  "node -e 0": ["-e", "0"],
} as const;

/** One run's wall time in ms; throws when the command fails, so that a broken build is not timed. */
function wallMs(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${result.stderr}`);
  return elapsed;
}

/** The median of some numbers. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const times = new Map<string, number[]>(Object.keys(commands).map((name) => [name, []]));
for (const [, args] of Object.entries(commands)) wallMs(args); // warm the file cache
for (let run = 0; run < runs; run++) {
  for (const [name, args] of Object.entries(commands)) times.get(name)!.push(wallMs(args));
}

const [cli, bare] = [...times.values()].map(median) as [number, number];
const format = (ms: number): string => `${ms.toFixed(0).padStart(5)} ms`;
console.log(`${runs} runs each, load average ${loadavg()[0]!.toFixed(2)} on ${process.version}`);
for (const [name, values] of times) {
  console.log(`${name.padEnd(42)} median ${format(median(values))}  (min ${format(Math.min(...values))})`);
}
console.log(`${"difference (eksize's own start-up)".padEnd(42)} median ${format(cli - bare)}`);
console.log(
  `target: ${TARGET_MS} ms for the whole process: ${cli <= TARGET_MS ? "met" : `missed by ${(cli - TARGET_MS).toFixed(0)} ms`} on this run`,
);
