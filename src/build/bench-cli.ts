/**
 * How fast the built command line answers: runs `node dist/lib/cli.js max-pods --instance-type m5.large`
 * and a bare `node -e 0` `runs` times each, interleaved so that both see the same load, and prints their
 * median wall times (ms), the difference (the part eksize controls) and the 150 ms target of issue 16.
 * `npm run bench` prints the same figure in its table of issue 16's targets.
 *
 *   npm run build:lib && npm run bench:cli [-- runs]
 *
 * Figures depend on the machine and its load: quote them with `uptime`'s load average. It reports and
 * never fails on a slow run.
 */
import { loadavg } from "node:os";
import { builtCliProblem, CLI_TARGET_MS, MAX_PODS_COMMAND, measureCliWallTimes } from "./cli-wall-time.js";
import { median } from "./median.js";

const runs = Number(process.argv[2] ?? 15);
const root = process.cwd();
const problem = builtCliProblem(root);
if (problem !== null) throw new Error(`${problem}: run npm run build:lib first`);

const times = measureCliWallTimes(root, runs);
const cli = median(times.maxPods);
const bare = median(times.bare);
const format = (ms: number): string => `${ms.toFixed(0).padStart(5)} ms`;
console.log(`${runs} runs each, load average ${loadavg()[0]!.toFixed(2)} on ${process.version}`);
for (const [name, values] of [
  [MAX_PODS_COMMAND, times.maxPods],
  ["node -e 0", times.bare],
] as const) {
  console.log(`${name.padEnd(42)} median ${format(median(values))}  (min ${format(Math.min(...values))})`);
}
console.log(`${"difference (eksize's own start-up)".padEnd(42)} median ${format(cli - bare)}`);
console.log(
  `target: ${CLI_TARGET_MS} ms for the whole process: ${cli <= CLI_TARGET_MS ? "met" : `missed by ${(cli - CLI_TARGET_MS).toFixed(0)} ms`} on this run`,
);
