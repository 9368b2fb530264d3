import {
  allocatable,
  spotHourlyPrice,
  type BoundOption,
  type CapacityMix,
  type MixSettings,
  type PodGroup,
} from "eksize";
import { catalog, getInstanceType } from "eksize/data";
import { logUniform, seededRandom } from "./packing-scenarios.js";

/** One generated problem of a NodePool's size (issue 16): its pods, its 5 candidate types, its rules. */
export interface NodePoolProblem {
  /** "seed 16 on demand", "seed 16 mixed". */
  readonly name: string;
  readonly groups: PodGroup[];
  readonly options: BoundOption[];
  readonly settings: MixSettings;
}

/** The candidate types: m6i.large to 4xlarge and c6i.2xlarge. */
const TYPES = ["m6i.large", "m6i.xlarge", "m6i.2xlarge", "m6i.4xlarge", "c6i.2xlarge"];
/** Half Spot above an on-demand base of 2. */
const MIXED: CapacityMix = { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 };

/**
 * The problem of one seed, as the cost-bound and optimal-mix benches measure them: 200 workloads
 * (50m–2 vCPU log-uniform, 0.5–8 MiB per millicore, 1–10 replicas, 15% at most one per node) on the 5
 * types at us-east-1 prices, each node less 200m, 300 MiB and 3 pods of DaemonSets. On demand in one
 * zone; or `mixed`: split over 2 zones, half Spot above an on-demand base of 2, at least 2 nodes.
 */
export function nodePoolProblem(seed: number, mixed: boolean): NodePoolProblem {
  const random = seededRandom(seed);
  const groups: PodGroup[] = Array.from({ length: 200 }, (_, index) => {
    const cpuMillicores = logUniform(random, 50, 2000, 1);
    return {
      key: `w${index}`,
      count: 1 + Math.floor(random() * 10),
      cpuMillicores,
      memoryMiB: Math.round(cpuMillicores * logUniform(random, 0.5, 8, 0.01)),
      ...(random() < 0.15 ? { maxPerNode: 1 } : {}),
    };
  });
  const prices = catalog.regions["us-east-1"]!.instances;
  const options: BoundOption[] = TYPES.map((name) => {
    const node = allocatable(getInstanceType(name)!);
    return {
      name,
      capacity: { cpuMillicores: node.cpuMillicores - 200, memoryMiB: node.memoryMiB - 300, pods: node.pods - 3 },
      pods: groups,
      onDemandUsdPerHour: prices[name]!.onDemandUsdPerHour,
      spotUsdPerHour: spotHourlyPrice(prices[name]!),
    };
  });
  if (!mixed) return { name: `seed ${seed} on demand`, groups, options, settings: {} };
  const zones = [0, 1].map((zone) =>
    groups.map((group) => Math.floor(group.count / 2) + (zone < group.count % 2 ? 1 : 0)),
  );
  return { name: `seed ${seed} mixed`, groups, options, settings: { zones, minNodes: 2, capacity: MIXED } };
}
