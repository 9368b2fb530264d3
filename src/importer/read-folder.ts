import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImporterInputs, UpstreamTexts } from "./build-dataset.js";
import { UPSTREAM_FILES } from "./sources.js";

/** Reads every upstream file from `folder`; names the missing one when a file is absent. */
export function readUpstreamFolder(folder: string): UpstreamTexts {
  return Object.fromEntries(
    Object.entries(UPSTREAM_FILES).map(([key, fileName]) => {
      try {
        return [key, readFileSync(join(folder, fileName), "utf8")];
      } catch {
        throw new Error(`missing upstream file: ${join(folder, fileName)}`);
      }
    }),
  ) as UpstreamTexts;
}

/** The upstream files of `folder` with the transcribed rates that ship in `src/importer/transcribed`. */
export function readImporterInputs(folder: string): ImporterInputs {
  const transcribed = new URL("./transcribed/ebs-volume-prices.json", import.meta.url);
  return { ...readUpstreamFolder(folder), ebsVolumePrices: readFileSync(transcribed, "utf8") };
}
