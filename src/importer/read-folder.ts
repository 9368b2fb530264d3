import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImporterInputs, UpstreamTexts } from "./build-dataset.js";
import { EBS_VOLUME_PRICES_FILE, UPSTREAM_FILES } from "./sources.js";

/** The text of one file of `folder`; names the file when it is absent. */
function readUpstreamFile(folder: string, fileName: string): string {
  try {
    return readFileSync(join(folder, fileName), "utf8");
  } catch {
    throw new Error(`missing upstream file: ${join(folder, fileName)}`);
  }
}

/** Reads every upstream file from `folder`; names the missing one when a file is absent. */
export function readUpstreamFolder(folder: string): UpstreamTexts {
  return Object.fromEntries(
    Object.entries(UPSTREAM_FILES).map(([key, fileName]) => [key, readUpstreamFile(folder, fileName)]),
  ) as UpstreamTexts;
}

/** Everything the importer reads from `folder` (normally `data/upstream`): the upstream files and the transcribed rates. */
export function readImporterInputs(folder: string): ImporterInputs {
  return { ...readUpstreamFolder(folder), ebsVolumePrices: readUpstreamFile(folder, EBS_VOLUME_PRICES_FILE) };
}
