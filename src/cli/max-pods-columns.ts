/**
 * The columns of an instance type that `eksize max-pods` reads: what the max-pods formula reads
 * (`NetworkLimits`), with the family and size that put several types in reading order. The build
 * writes the CLI's max-pods dataset with only these columns (`tsdown.config.ts`), so the command never
 * parses the rest of the catalogue or the prices. This module has no runtime import, so that the
 * build's configuration can use it.
 */
import type { InstanceType } from "eksize";

/** The columns, in the order the built dataset writes them. */
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
 * The CLI's max-pods dataset as an ES module: `export const instanceTypes`, every type with only
 * {@link MAX_PODS_COLUMNS}, written as one `JSON.parse('…')` of a row per type (its values in that
 * order) turned back into objects: a third of the same data as objects (90 kB, not 250 kB), and V8
 * reads a JSON string much faster than the same data as JavaScript. The build puts it where
 * `max-pods-types.ts` imports the catalogue.
 */
export function maxPodsDatasetModule(types: readonly MaxPodsType[]): string {
  const rows = types.map((type) => MAX_PODS_COLUMNS.map((column) => type[column]));
  // Indexes, not destructuring: V8's interpreter destructures an array through its iterator, which for
  // 1,400 rows took 20 ms of the command's start-up against 2 ms.
  const fields = MAX_PODS_COLUMNS.map((column, index) => `${column}: row[${index}]`).join(", ");
  return `export const instanceTypes = ${jsonParseExpression(JSON.stringify(rows))}.map((row) => ({ ${fields} }));\n`;
}

/** `JSON.parse('…')` of a JSON text, quoted as a JavaScript string. */
export function jsonParseExpression(json: string): string {
  const quoted = json
    .replace(/\\/g, "\\\\")
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `JSON.parse('${quoted}')`;
}
