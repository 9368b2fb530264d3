/**
 * A fixed set of packing problems for the heuristic's quality (`test/bench/packing-quality.bench.ts`):
 * mixed workloads on common instance types, made by a seeded generator, so every run measures the
 * same problems and the set never changes. Requests are log-uniform (many small pods, a few large):
 * 50m–4 vCPU and 64 MiB–16 GiB per pod, 1–40 workloads of 1–30 replicas each; each node offers its
 * allocatable (Amazon Linux, default VPC CNI) less the EKS DaemonSets and two common agents.
 */
import { allocatable, type NodeCapacity, type PodGroup } from "eksize";
import { getInstanceType } from "eksize/data";
import { seededRandom } from "../../src/core/optimal/seeded-random.js";

/** One packing problem: pods in groups, and the node they are packed onto. */
export interface PackingProblem {
  readonly seed: number;
  readonly instanceType: string;
  readonly node: NodeCapacity;
  readonly groups: readonly PodGroup[];
}

/** The instance types the problems use: general purpose, compute and memory optimised, Graviton, burstable. */
export const PACKING_INSTANCE_TYPES = [
  "t3.medium",
  "m5.large",
  "m5.xlarge",
  "m5.2xlarge",
  "m6i.4xlarge",
  "m5.8xlarge",
  "c5.xlarge",
  "c6i.2xlarge",
  "c5.4xlarge",
  "r5.large",
  "r6i.xlarge",
  "m6g.large",
] as const;

/** What every node's DaemonSets take: aws-node and kube-proxy (125m), plus a log and a metrics agent. */
const DAEMON_SETS = { cpuMillicores: 325, memoryMiB: 308, pods: 4 };

/** mulberry32, the core's seeded generator: the problems are the same on every machine. */
export { seededRandom };

/** Log-uniform between min and max, rounded to a multiple of step (at least min): many small values, a few large. */
export function logUniform(random: () => number, min: number, max: number, step: number): number {
  return Math.max(min, Math.round((min * Math.pow(max / min, random())) / step) * step);
}

/** The problem of one seed: its node type, and workloads whose pods each fit that node. */
export function packingProblem(seed: number): PackingProblem {
  const random = seededRandom(seed);
  const instanceType = PACKING_INSTANCE_TYPES[Math.floor(random() * PACKING_INSTANCE_TYPES.length)]!;
  const type = getInstanceType(instanceType);
  if (type === undefined) throw new Error(`no ${instanceType} in the dataset`);
  const allocated = allocatable(type);
  const node: NodeCapacity = {
    cpuMillicores: allocated.cpuMillicores - DAEMON_SETS.cpuMillicores,
    memoryMiB: allocated.memoryMiB - DAEMON_SETS.memoryMiB,
    pods: allocated.pods - DAEMON_SETS.pods,
  };
  const workloads = Math.round(logUniform(random, 1, 40, 1));
  const groups = Array.from({ length: workloads }, (_, index) => ({
    key: `w${String(index).padStart(2, "0")}`,
    count: Math.round(logUniform(random, 1, 30, 1)),
    cpuMillicores: Math.min(logUniform(random, 50, 4000, 10), Math.floor(node.cpuMillicores)),
    memoryMiB: Math.min(logUniform(random, 64, 16384, 64), Math.floor(node.memoryMiB)),
  }));
  return { seed, instanceType, node, groups };
}

/** The fixed set: seeds 1 to `count` (300 by default). */
export function packingProblems(count = 300): PackingProblem[] {
  return Array.from({ length: count }, (_, index) => packingProblem(index + 1));
}
