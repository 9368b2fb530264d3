import { describe, expect, it } from "vitest";
import {
  costCluster,
  defaultScenario,
  isBurstable,
  nodeGroupMonthlyCost,
  planCluster,
  rankedNodeGroup,
  rankInstanceTypes,
  withInstanceType,
  type InstanceTypeRanking,
  type RankOptions,
  type Scenario,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS } from "../support/scenario.js";

// rankInstanceTypes shares packings between types, plans the rest of the cluster once per set of the
// group's workloads and bills without sharing the bill out; these tests hold it to its definition:
// every priced type that is not burstable planned with planCluster and billed with costCluster, to the
// last bit of every figure.

/** The ranking as its documentation defines it, one planCluster and costCluster per type. */
function rankedOneByOne(input: Scenario, options: RankOptions = {}): InstanceTypeRanking[] {
  const nodeGroup = rankedNodeGroup(input, options.nodeGroup);
  const prices = catalog.regions[input.region]?.instances ?? {};
  const planned: (InstanceTypeRanking | null)[] = [];
  const unschedulable: number[] = [];
  for (const type of catalog.instanceTypes) {
    const price = prices[type.name];
    if (price === undefined || price.onDemandUsdPerHour === null || isBurstable(type.family)) continue;
    const variant = withInstanceType(input, { nodeGroup, instanceType: type.name });
    const plan = planCluster(variant, catalog);
    const group = plan.nodeGroups.find((candidate) => candidate.name === nodeGroup);
    if (group === undefined || group.nodes === 0) continue;
    const unschedulablePods = plan.unschedulable.reduce((sum, entry) => sum + entry.pods, 0);
    unschedulable.push(unschedulablePods);
    const cost = costCluster(variant, plan, catalog);
    const groupCost = cost.nodeGroups.find((entry) => entry.name === nodeGroup);
    const groupMonthly = groupCost === undefined ? null : nodeGroupMonthlyCost(groupCost);
    planned.push(
      cost.totalUsdPerMonth === null || groupMonthly === null
        ? null
        : {
            nodeGroup,
            instanceType: type.name,
            nodes: group.nodes,
            onDemandNodes: group.onDemandNodes,
            spotNodes: group.spotNodes,
            unschedulablePods,
            monthlyCost: cost.totalUsdPerMonth,
            nodeGroupMonthlyCost: groupMonthly,
            spotInterruption: price.spotInterruption,
            utilisation: group.utilisation,
            bindingResource: group.bindingResource,
            singleNode: group.nodes === 1 && group.fills.some((fill) => Object.keys(fill.pods).length > 0),
          },
    );
  }
  // The fewest unschedulable pods of any type with a node, its bill known or not.
  const fewest = Math.min(...unschedulable);
  return planned
    .filter((entry): entry is InstanceTypeRanking => entry !== null && entry.unschedulablePods === fewest)
    .sort((a, b) => a.monthlyCost - b.monthlyCost || a.nodes - b.nodes || (a.instanceType < b.instanceType ? -1 : 1));
}

const AGENT = { name: "agent", cpuMillicores: 200, memoryMiB: 300, hostNetwork: false };
const HARD_SPREAD = { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" } as const;

/** 12 workloads of 40 pods, 50m–4000m and 64–16384 MiB from a fixed seed, on a new node group. */
function manyWorkloads(): Scenario {
  let seed = 20261207;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return scenario({
    daemonSets: SYSTEM_DAEMONSETS,
    workloads: Array.from({ length: 12 }, (_, index) => ({
      name: `service-${index}`,
      replicas: 40,
      cpuMillicores: 50 + Math.floor(next() * 3950),
      memoryMiB: 64 + Math.floor(next() * 16320),
    })),
  });
}

/** Accelerators of three kinds, an arm64 workload, a per-node limit, a hard zone spread, and a group between 2 and 12 nodes. */
const accelerators = scenario({
  daemonSets: [...SYSTEM_DAEMONSETS, AGENT],
  workloads: [
    { name: "web", replicas: 40, cpuMillicores: 500, memoryMiB: 1024, maxPodsPerNode: 3 },
    { name: "train", replicas: 6, cpuMillicores: 4000, memoryMiB: 16384, gpus: 1 },
    { name: "infer", replicas: 5, cpuMillicores: 2000, memoryMiB: 8192, gpus: 1, zoneSpread: HARD_SPREAD },
    { name: "arm", replicas: 7, cpuMillicores: 1000, memoryMiB: 2048, architecture: "arm64" },
    {
      name: "neuron",
      replicas: 2,
      cpuMillicores: 1000,
      memoryMiB: 2048,
      gpus: 1,
      accelerator: "aws.amazon.com/neuron",
    },
  ],
  nodeGroups: [
    {
      name: "gpu",
      instanceTypes: ["g5.xlarge"],
      capacity: { type: "mixed", onDemandBase: 1, spotPercentAboveBase: 70 },
      minNodes: 2,
      maxNodes: 12,
      availabilityZones: 2,
    },
    { name: "other", instanceTypes: ["m6i.large"], capacity: { type: "spot" } },
  ],
});

/** Tiny and request-free pods under a max pods of 20 at 80 % target utilisation, Spot, at most 9 nodes. */
const maxPods = scenario({
  daemonSets: [...SYSTEM_DAEMONSETS, AGENT],
  workloads: [
    { name: "tiny", replicas: 90, cpuMillicores: 10, memoryMiB: 32 },
    { name: "paired", replicas: 30, cpuMillicores: 700, memoryMiB: 3000, maxPodsPerNode: 2 },
    { name: "free", replicas: 11, cpuMillicores: 0, memoryMiB: 0 },
  ],
  nodeGroups: [
    {
      name: "general",
      instanceTypes: ["m5.large"],
      maxPods: 20,
      capacity: { type: "spot" },
      targetUtilisationPercent: 80,
      maxNodes: 9,
    },
  ],
});

/** eu-west-1, prefix delegation, at least 3 nodes all Spot above no base, 50 GiB gp2 volumes, a workload on Fargate. */
const prefixDelegation = scenario({
  region: "eu-west-1",
  daemonSets: [...SYSTEM_DAEMONSETS, AGENT],
  workloads: [
    { name: "small", replicas: 300, cpuMillicores: 100, memoryMiB: 256 },
    { name: "large", replicas: 20, cpuMillicores: 1500, memoryMiB: 6000 },
  ],
  nodeGroups: [
    {
      name: "general",
      instanceTypes: ["m5.large"],
      network: { prefixDelegation: true, customNetworking: false },
      minNodes: 3,
      rootVolume: { sizeGiB: 50, type: "gp2" },
      capacity: { type: "mixed", onDemandBase: 0, spotPercentAboveBase: 100 },
    },
  ],
  fargateProfiles: [{ name: "serverless", workloads: ["large"] }],
});

const discounted: Scenario = {
  ...defaultScenario,
  cluster: {
    ...defaultScenario.cluster,
    discounts: {
      computeSavingsPercent: 17,
      enterpriseDiscountPercent: 6,
      savingsPlanType: "compute",
      savingsPlanDiscountPercent: 0,
    },
  },
};
const spread = manyWorkloads();
const spreadOverZones: Scenario = {
  ...spread,
  workloads: spread.workloads.map((workload) => ({ ...workload, zoneSpread: HARD_SPREAD })),
};

describe("rankInstanceTypes gives every type the figures of planCluster and costCluster", () => {
  const cases: [string, Scenario, RankOptions][] = [
    ["the default scenario's general group (a Spot mix beside a Spot group and Fargate)", defaultScenario, {}],
    [
      "the default scenario's batch-spot group (one node: a single point of failure)",
      defaultScenario,
      { nodeGroup: "batch-spot" },
    ],
    ["the default scenario with compute savings and an enterprise discount", discounted, {}],
    ["GPUs, Neuron devices, arm64, maxPodsPerNode and a hard zone spread", accelerators, {}],
    ["the other group of that scenario, which takes what the GPU group does not", accelerators, { nodeGroup: "other" }],
    ["max pods, target utilisation and maxNodes cutting the packing", maxPods, {}],
    ["prefix delegation in eu-west-1 with a minimum, gp2 volumes and Fargate", prefixDelegation, {}],
    ["12 workloads of 40 pods on a new group", spread, {}],
    ["the same, each spread over 3 zones", spreadOverZones, {}],
    [
      "Karpenter NodePools",
      { ...defaultScenario, cluster: { ...defaultScenario.cluster, autoscaler: "karpenter" } },
      {},
    ],
    ["EKS Auto Mode", { ...defaultScenario, cluster: { ...defaultScenario.cluster, autoscaler: "auto-mode" } }, {}],
  ];
  it.each(cases)("%s", (_name, input, options) => {
    const ranking = rankInstanceTypes(input, catalog, options);
    expect(ranking.length).toBeGreaterThan(0);
    expect(ranking).toEqual(rankedOneByOne(input, options));
  });

  it("covers what it claims: Spot mixes, a single node, pods no type can place", () => {
    const general = rankInstanceTypes(defaultScenario, catalog);
    expect(general.some((entry) => entry.spotNodes > 0 && entry.onDemandNodes > 0)).toBe(true);
    expect(rankInstanceTypes(defaultScenario, catalog, { nodeGroup: "batch-spot" })[0]!.singleNode).toBe(true);
    // With every type some GPU pods or the Neuron pods find no node: the fewest left out is not 0.
    expect(rankInstanceTypes(accelerators, catalog)[0]!.unschedulablePods).toBeGreaterThan(0);
  });
});
