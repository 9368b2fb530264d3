import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of AWS's public data files the dataset is built from and checked against:
 * `$EKSIZE_UPSTREAM`, else `../shared/data/upstream` beside the repository.
 */
export const upstreamFolder = resolve(
  process.env.EKSIZE_UPSTREAM ?? join(dirname(fileURLToPath(import.meta.url)), "../../../shared/data/upstream"),
);

if (!existsSync(upstreamFolder)) {
  throw new Error(`upstream data not found at ${upstreamFolder}; set EKSIZE_UPSTREAM to the folder of AWS data files`);
}

/** The text of one upstream file. */
export function readUpstream(fileName: string): string {
  return readFileSync(join(upstreamFolder, fileName), "utf8");
}

/** `eni-max-pods.txt` as a map, parsed here independently of the importer. */
export function upstreamEniMaxPods(): Map<string, number> {
  const lines = readUpstream("eni-max-pods.txt")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
  return new Map(
    lines.map((line) => {
      const [name, pods] = line.trim().split(/\s+/);
      return [name ?? "", Number(pods)];
    }),
  );
}
