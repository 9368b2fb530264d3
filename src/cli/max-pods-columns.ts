/**
 * The columns of an instance type that `eksize max-pods` reads: what the max-pods formula reads
 * (`NetworkLimits`), with the family and size that put several types in reading order; and the text the
 * command reads them from. The build writes that text from the dataset (`tsdown.config.ts`), so the
 * command never parses the rest of the catalogue or the prices. This module has no runtime import, so
 * that the build's configuration can use it.
 */
import type { InstanceType } from "eksize";

/** The columns, in the order the dataset's text writes them. */
export const MAX_PODS_COLUMNS = [
  "name",
  "family",
  "size",
  "vcpu",
  "hypervisor",
  "bareMetal",
  "defaultCardEnis",
  "ipv4PerEni",
  "trunking",
  "branchEnis",
] as const satisfies readonly (keyof InstanceType)[];

/** An instance type with only {@link MAX_PODS_COLUMNS}; `maxPodsBreakdown` takes it as it is. */
export type MaxPodsType = Pick<InstanceType, (typeof MAX_PODS_COLUMNS)[number]>;

/**
 * The max-pods dataset as text: for each type, a newline and the JSON array of its
 * {@link MAX_PODS_COLUMNS} (`\n["m5.large","m5","large",2,"nitro",false,3,10,true,9]`), so that one
 * type is found by its name and read without reading the others (90 kB for every type).
 */
export function maxPodsDatasetText(types: readonly MaxPodsType[]): string {
  return types.map((type) => `\n${JSON.stringify(MAX_PODS_COLUMNS.map((column) => type[column]))}`).join("");
}

/** The module the build writes in place of `max-pods-dataset.ts`: the same export, its text written out. */
export function maxPodsDatasetModule(types: readonly MaxPodsType[]): string {
  return `export const MAX_PODS_DATASET = ${JSON.stringify(maxPodsDatasetText(types))};\n`;
}
