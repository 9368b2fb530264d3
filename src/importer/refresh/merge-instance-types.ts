import type { InstanceType } from "../../core/catalog/instance-type.js";
import { compareNames, familyAndSize } from "../build-dataset.js";
import { ec2InstanceFacts, type Ec2FactField } from "../ec2-instance-facts.js";
import type { Ec2InstanceTypeInfo } from "../upstream.js";

/** The merged instance types, and the new types left out because EC2 did not give their network limits. */
export interface MergedInstanceTypes {
  /** Every current type and every type EC2 described, sorted by name. */
  readonly instanceTypes: InstanceType[];
  /** New types without ENI or IPv4 limits, which the dataset cannot hold (sorted). */
  readonly incomplete: string[];
}

/**
 * The current instance types with EC2's answers taken over them, by name:
 * - a type EC2 did not describe stays as it is;
 * - a described type takes every fact DescribeInstanceTypes gives ({@link ec2InstanceFacts}); where
 *   the record is silent the current value stays, else `null`;
 * - `trunking`, `branchEnis`, `publishedMaxPods` and `measuredMemoryCapacityMiB` are not in the API (they come from the VPC CNI's
 *   and Karpenter's files): they stay from the current record, and are `null` (unknown) for a new type.
 */
export function mergeInstanceTypes(
  current: readonly InstanceType[],
  described: ReadonlyMap<string, Ec2InstanceTypeInfo>,
): MergedInstanceTypes {
  const byName = new Map(current.map((type) => [type.name, type]));
  const names = [...new Set([...byName.keys(), ...described.keys()])].sort(compareNames);
  const instanceTypes: InstanceType[] = [];
  const incomplete: string[] = [];
  for (const name of names) {
    const kept = byName.get(name);
    const info = described.get(name);
    const merged = info === undefined ? kept : withFacts(name, info, kept);
    if (merged === undefined) incomplete.push(name);
    else instanceTypes.push(merged);
  }
  return { instanceTypes, incomplete };
}

function withFacts(name: string, info: Ec2InstanceTypeInfo, kept: InstanceType | undefined): InstanceType | undefined {
  const facts = ec2InstanceFacts(info);
  // `null` in the facts is an answer ("none"); only `undefined` (silent) falls back to the current value.
  const fact = <K extends Ec2FactField>(field: K): InstanceType[K] | null =>
    facts[field] === undefined ? (kept?.[field] ?? null) : facts[field];
  const bareMetal = fact("bareMetal");
  const defaultCardEnis = fact("defaultCardEnis");
  const ipv4PerEni = fact("ipv4PerEni");
  const networkCardEnis = fact("networkCardEnis");
  if (bareMetal === null || defaultCardEnis === null || ipv4PerEni === null || networkCardEnis === null) {
    return undefined;
  }
  // The fields in the importer's order, so that an unchanged record is written byte for byte as it was.
  return {
    ...familyAndSize(name),
    vcpu: fact("vcpu"),
    memoryMiB: fact("memoryMiB"),
    architecture: fact("architecture"),
    cpuManufacturer: fact("cpuManufacturer"),
    hypervisor: fact("hypervisor"),
    bareMetal,
    defaultCardEnis,
    ipv4PerEni,
    networkCardEnis,
    trunking: kept?.trunking ?? null,
    branchEnis: kept?.branchEnis ?? null,
    gpuCount: fact("gpuCount"),
    gpuModel: fact("gpuModel"),
    gpuMemoryMiB: fact("gpuMemoryMiB"),
    acceleratorCount: fact("acceleratorCount"),
    acceleratorModel: fact("acceleratorModel"),
    networkBandwidthMbps: fact("networkBandwidthMbps"),
    localNvmeGB: fact("localNvmeGB"),
    publishedMaxPods: kept?.publishedMaxPods ?? null,
    measuredMemoryCapacityMiB: kept?.measuredMemoryCapacityMiB ?? null,
  };
}
