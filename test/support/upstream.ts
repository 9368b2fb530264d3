import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { UPSTREAM_FOLDER } from "../../src/importer/sources.js";

/** `data/upstream`: the AWS data files the dataset is built from and checked against, kept in the repository. */
export const upstreamFolder = resolve(import.meta.dirname, "../..", UPSTREAM_FOLDER);

/** The file names of {@link upstreamFolder}, sorted. */
export function upstreamFileNames(): string[] {
  return readdirSync(upstreamFolder).sort();
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
