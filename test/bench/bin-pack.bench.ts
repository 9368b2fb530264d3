import { bench, describe } from "vitest";
import { allocatable, nodeLowerBound, packPods, type InstanceType, type NodeCapacity, type PodGroup } from "eksize";
import { instanceTypes } from "eksize/data";
import { logUniform, seededRandom } from "../support/packing-scenarios.js";

// `npm run bench`: first-fit decreasing for one realistic cluster (10,000 pods in 50 workloads) on
// every instance type whose allocatable is computable (Amazon Linux profile, default VPC CNI).

const GROUPS = 50;
const PODS = 10_000;

function workloads(seed: number): PodGroup[] {
  const random = seededRandom(seed);
  const weights = Array.from({ length: GROUPS }, () => 0.2 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / sum) * PODS));
  let left = PODS - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % GROUPS, left--) counts[i] = counts[i]! + 1;
  return counts.map((count, i) => ({
    key: `workload-${String(i).padStart(2, "0")}`,
    count,
    cpuMillicores: logUniform(random, 50, 4000, 10),
    memoryMiB: logUniform(random, 64, 16384, 64),
  }));
}

function capacity(type: InstanceType): NodeCapacity | null {
  try {
    const node = allocatable(type);
    return { cpuMillicores: node.cpuMillicores, memoryMiB: node.memoryMiB, pods: node.pods, gpus: type.gpuCount ?? 0 };
  } catch {
    return null; // vCPUs or memory unknown
  }
}

const groups = workloads(20_240_601);
const nodes = instanceTypes.map(capacity).filter((node): node is NodeCapacity => node !== null);

/** Total nodes against total lower bounds, for all types and for those where every pod fits. */
function quality(): string {
  const all = { types: 0, nodes: 0, bound: 0, patterns: 0, unplaced: 0 };
  const complete = { types: 0, nodes: 0, bound: 0 };
  for (const node of nodes) {
    const packing = packPods(groups, node);
    const bound = nodeLowerBound(groups, node);
    all.types += 1;
    all.nodes += packing.nodes;
    all.bound += bound;
    all.patterns += packing.patterns.length;
    all.unplaced += packing.unplaced.reduce((sum, u) => sum + u.count, 0);
    if (packing.unplaced.length > 0) continue;
    complete.types += 1;
    complete.nodes += packing.nodes;
    complete.bound += bound;
  }
  const over = (x: { nodes: number; bound: number }) => `+${(((x.nodes - x.bound) / x.bound) * 100).toFixed(2)}%`;
  return (
    `bin-pack: ${PODS} pods in ${GROUPS} groups on ${all.types} of ${instanceTypes.length} types: ` +
    `${all.nodes} nodes vs ${all.bound} lower bound (${over(all)}), ${all.patterns} patterns; ` +
    `the ${complete.types} types that fit every pod: ` +
    `${complete.nodes} nodes vs ${complete.bound} (${over(complete)}); ` +
    `${all.unplaced} pods too big for the other ${all.types - complete.types}`
  );
}

console.log(quality());

describe(`packPods on ${nodes.length} instance types`, () => {
  // Results go somewhere observable so the engine cannot drop the calls.
  const sink = { nodes: 0 };
  bench(`${PODS} pods in ${GROUPS} groups onto all ${nodes.length} node capacities`, () => {
    for (const node of nodes) sink.nodes += packPods(groups, node).nodes;
  });
  bench(`nodeLowerBound for the same ${nodes.length} node capacities`, () => {
    for (const node of nodes) sink.nodes += nodeLowerBound(groups, node);
  });
});
