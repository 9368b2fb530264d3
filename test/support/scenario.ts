import { defaultScenario, validateScenario, type Scenario, type Workload } from "eksize";

/** A scenario in us-east-1 from its essentials, completed by validateScenario (which fills every default). */
export function scenario(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 1, region: "us-east-1", ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** aws-node and kube-proxy: 125m and two pod slots on every node. */
export const SYSTEM_DAEMONSETS = [
  { name: "aws-node", cpuMillicores: 25, memoryMiB: 0, hostNetwork: true },
  { name: "kube-proxy", cpuMillicores: 100, memoryMiB: 0, hostNetwork: true },
];

/** Ten pods of 500m and 1 GiB: four m5.large nodes with the system DaemonSets (see plan.test.ts). */
export const WEB = { name: "web", replicas: 10, cpuMillicores: 500, memoryMiB: 1024 };

/**
 * The cluster of plan.test.ts (ten WEB pods on m5.large with the system DaemonSets: four nodes running
 * 3 / 3 / 3 / 1 pods) over 2 availability zones with at most 6 nodes: the address and subnet tests'
 * worked example. `extra` and `group` override scenario and node-group fields.
 */
export function twoZoneCluster(extra: Record<string, unknown> = {}, group: Record<string, unknown> = {}): Scenario {
  return scenario({
    workloads: [WEB],
    daemonSets: SYSTEM_DAEMONSETS,
    nodeGroups: [{ name: "general", instanceTypes: ["m5.large"], availabilityZones: 2, maxNodes: 6, ...group }],
    ...extra,
  });
}

/**
 * A workload written out in full, independent of the core's defaults (so a changed default is caught):
 * any architecture, no GPUs (nvidia.com/gpu, the default kind), no host network, not privileged, allowed on Fargate, on any node group, no spread, no per-node limit, no disruption budget.
 */
export function literalWorkload(
  name: string,
  replicas: number,
  cpuMillicores: number,
  memoryMiB: number,
  extra: Partial<Workload> = {},
): Workload {
  return {
    name,
    replicas,
    cpuMillicores,
    memoryMiB,
    architecture: null,
    gpus: 0,
    accelerator: "nvidia.com/gpu",
    hostNetwork: false,
    privileged: false,
    fargate: true,
    nodeGroup: null,
    zoneSpread: null,
    maxPodsPerNode: null,
    disruptionBudget: null,
    autoscaling: null,
    ...extra,
  };
}

/** Every code `validateScenario` may give (the scenario's own checks, its CIDRs and CNI settings). */
export const VALIDATION_CODES: readonly string[] = [
  "scenario-missing-field",
  "scenario-unknown-field",
  "scenario-wrong-type",
  "scenario-out-of-range",
  "scenario-not-whole-number",
  "scenario-not-allowed",
  "scenario-too-short",
  "scenario-too-long",
  "scenario-duplicate-name",
  "scenario-unknown-reference",
  "scenario-version-too-new",
  "cidr-syntax",
  "cidr-octet-out-of-range",
  "cidr-prefix-out-of-range",
  "cidr-host-bits-set",
  "subnet-overlap",
  "cni-settings-unsupported",
  "control-plane-tier-needs-version",
];

/**
 * The default scenario with `count` workloads of distinct names and requests (a fixed pseudo-random
 * sequence): what an import of a large cluster makes. 5,000 of them make a share token of over
 * 100,000 characters, more than a link may hold.
 */
export function manyWorkloadsScenario(count: number): Scenario {
  let seed = 7;
  const next = (limit: number): number => {
    seed = (seed * 48271) % 2147483647;
    return 1 + (seed % limit);
  };
  return scenario({
    ...defaultScenario,
    workloads: Array.from({ length: count }, (_, index) => ({
      name: `team-${next(400)}/service-${index}-${next(2 ** 30).toString(36)}`,
      replicas: next(12),
      cpuMillicores: next(4000),
      memoryMiB: next(8192),
    })),
    fargateProfiles: [],
  });
}
