import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataSource, ServiceRates } from "../../core/catalog/catalog.js";
import type { InstanceType } from "../../core/catalog/instance-type.js";
import { regionPricingOf, type PriceFile } from "../../data/price-rows.js";
import type { Dataset } from "../build-dataset.js";
import { checkDataFiles } from "../schema.js";

/** The JSON files of a dataset folder, which the refresh reads back. */
const JSON_FILES = ["instance-types.json", "prices.json", "services.json", "sources.json"] as const;

/**
 * The dataset in `folder` (as `data:import` or an earlier refresh wrote it) back in memory, after the
 * same schema check the importer makes before writing. Its notes are not read: the writer makes them.
 *
 * @throws when a file is missing or the files break the schema.
 */
export function readDataFolder(folder: string): Dataset {
  const files: Record<string, string> = {};
  for (const name of JSON_FILES) {
    try {
      files[name] = readFileSync(join(folder, name), "utf8");
    } catch {
      throw new Error(`the current dataset has no ${join(folder, name)}`);
    }
  }
  const problems = checkDataFiles(files);
  if (problems.length > 0) {
    throw new Error(`the current dataset in ${folder} breaks its schema:\n${problems.join("\n")}`);
  }
  const parse = (name: (typeof JSON_FILES)[number]) => JSON.parse(files[name]!) as Record<string, unknown>;
  const prices = parse("prices.json") as unknown as PriceFile;
  return {
    instanceTypes: parse("instance-types.json").instanceTypes as InstanceType[],
    regions: Object.entries(prices.regions).map(([region, rows]) => regionPricingOf(region, rows)),
    // Everything but the version, in the file's order, so that writing it back changes nothing.
    services: Object.fromEntries(
      Object.entries(parse("services.json")).filter(([key]) => key !== "schemaVersion"),
    ) as unknown as ServiceRates,
    sources: parse("sources.json").sources as DataSource[],
  };
}
