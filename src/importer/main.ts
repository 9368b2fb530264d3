/**
 * `npm run data:import [-- --from data/upstream] [--to data] [--as-of sourceId=YYYY-MM-DD ...]`
 *
 * Rebuilds the dataset in `data/` from the folder of AWS's public data files the project keeps,
 * `data/upstream` (the file names are listed in `sources.ts`); `--from` reads newer copies from
 * elsewhere. Deterministic: running it twice on the same folder changes nothing.
 */
import { parseArgs } from "node:util";
import { buildDataset } from "./build-dataset.js";
import { readImporterInputs } from "./read-folder.js";
import { SOURCE_DESCRIPTIONS, UPSTREAM_FOLDER, type SourceId } from "./sources.js";
import { serializeDataset } from "./write-dataset.js";
import { writeDataFolder } from "./write-folder.js";

function parseAsOf(values: string[]): Partial<Record<SourceId, string>> {
  const dates: Partial<Record<SourceId, string>> = {};
  for (const value of values) {
    const match = /^([A-Za-z0-9]+)=(\d{4}-\d{2}(?:-\d{2})?)$/.exec(value);
    if (!match?.[1] || !match[2] || !(match[1] in SOURCE_DESCRIPTIONS)) {
      throw new Error(`--as-of ${value}: expected <sourceId>=YYYY-MM[-DD] with a source id from sources.ts`);
    }
    dates[match[1] as SourceId] = match[2];
  }
  return dates;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      from: { type: "string", default: UPSTREAM_FOLDER },
      to: { type: "string", default: "data" },
      "as-of": { type: "string", multiple: true, default: [] },
    },
  });
  const files = serializeDataset(buildDataset(readImporterInputs(values.from), parseAsOf(values["as-of"])));
  writeDataFolder(values.to, files);
  console.log(`wrote ${Object.keys(files).join(", ")} to ${values.to}`);
}

try {
  main();
} catch (error) {
  console.error(`data:import: ${(error as Error).message}`);
  process.exitCode = 1;
}
