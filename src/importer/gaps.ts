/**
 * `npm run data:gaps [-- --data data] [--region us-east-1]`
 *
 * Counts the dataset's gaps: instance types whose vCPUs or memory are unknown (`null`), and types
 * without an on-demand price in a region (no row, or a `null` price), each with its names. A gap
 * here is a figure none of the upstream files the importer reads (`data/upstream`) has; to fill one,
 * copy a newer upstream file that has it into `data/upstream` (with its provenance in `sources.ts`)
 * and run `npm run data:import`.
 */
import { parseArgs } from "node:util";
import type { InstanceType } from "../core/catalog/instance-type.js";
import { readDataFolder } from "./refresh/current-dataset.js";

/** The gaps of a dataset folder, in the order `data:gaps` prints them. */
interface DatasetGaps {
  readonly vcpuUnknown: readonly string[];
  readonly memoryUnknown: readonly string[];
  /** Types of the dataset without an on-demand price in the region. */
  readonly onDemandUnknown: readonly string[];
}

/** The gaps of the dataset in `folder`, for `region`'s on-demand prices. */
function datasetGaps(folder: string, region: string): DatasetGaps {
  const dataset = readDataFolder(folder);
  const prices = dataset.regions.find((pricing) => pricing.region === region);
  if (prices === undefined) throw new Error(`the dataset in ${folder} has no region ${region}`);
  const names = (unknown: (type: InstanceType) => boolean) =>
    dataset.instanceTypes.filter(unknown).map((type) => type.name);
  return {
    vcpuUnknown: names((type) => type.vcpu === null),
    memoryUnknown: names((type) => type.memoryMiB === null),
    onDemandUnknown: names((type) => (prices.instances[type.name]?.onDemandUsdPerHour ?? null) === null),
  };
}

function main(): void {
  const { values } = parseArgs({
    options: { data: { type: "string", default: "data" }, region: { type: "string", default: "us-east-1" } },
  });
  const gaps = datasetGaps(values.data, values.region);
  const line = (label: string, names: readonly string[]) => `${label}: ${String(names.length)}\n  ${names.join(" ")}`;
  console.log(
    [
      line("vCPUs unknown", gaps.vcpuUnknown),
      line("memory unknown", gaps.memoryUnknown),
      line(`no on-demand price in ${values.region}`, gaps.onDemandUnknown),
    ].join("\n"),
  );
}

try {
  main();
} catch (error) {
  console.error(`data:gaps: ${(error as Error).message}`);
  process.exitCode = 1;
}
