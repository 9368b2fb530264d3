/**
 * How fast the built command line answers, for `npm run bench:cli` and `npm run bench`: the wall time of
 * a whole `node dist/lib/cli.js max-pods --instance-type m5.large` process against a bare `node -e 0`,
 * run alternately so that both see the same load.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

/** Issue 16's target for `eksize max-pods --instance-type m5.large`, the whole process, in ms. */
export const CLI_TARGET_MS = 150;

/** The command timed, as a user types it. */
export const MAX_PODS_COMMAND = "eksize max-pods --instance-type m5.large";

/** What the built library is made from: the built CLI is stale when any of it is newer. */
const SOURCES = ["src/cli", "src/core", "src/data", "src/present", "data/instance-types.json", "tsdown.config.ts"];

/** Wall times in ms of each run, in run order. */
export interface CliWallTimes {
  /** `node dist/lib/cli.js max-pods --instance-type m5.large`. */
  readonly maxPods: readonly number[];
  /** `node -e 0`: Node's own start-up, the floor no command line goes below. */
  readonly bare: readonly number[];
}

/**
 * Why the built command line in `root` cannot be timed (not built, or older than its sources: times of
 * an old build would mislead), or null when it can.
 */
export function builtCliProblem(root: string): string | null {
  const cli = join(root, "dist/lib/cli.js");
  let built: number;
  try {
    built = statSync(cli).mtimeMs;
  } catch {
    return "dist/lib is not built";
  }
  for (const source of SOURCES) {
    const path = join(root, source);
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: "utf8" }).map((file) => join(path, file))
      : [path];
    const newer = files.find((file) => statSync(file).mtimeMs > built);
    if (newer !== undefined) return `dist/lib is older than ${newer.slice(root.length + 1)}`;
  }
  return null;
}

/** One run's wall time in ms; throws when the command fails, so that a broken build is never timed. */
function wallMs(args: readonly string[], root: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${result.stderr}`);
  return elapsed;
}

/**
 * Times the built `eksize max-pods --instance-type m5.large` and `node -e 0` `runs` times each,
 * alternately, after one untimed run of each (the file cache). Needs `npm run build:lib` first.
 */
export function measureCliWallTimes(root: string, runs: number): CliWallTimes {
  const maxPodsArgs = ["dist/lib/cli.js", "max-pods", "--instance-type", "m5.large"];
  const bareArgs = ["-e", "0"];
  wallMs(maxPodsArgs, root);
  wallMs(bareArgs, root);
  const maxPods: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < runs; run++) {
    maxPods.push(wallMs(maxPodsArgs, root));
    bare.push(wallMs(bareArgs, root));
  }
  return { maxPods, bare };
}
