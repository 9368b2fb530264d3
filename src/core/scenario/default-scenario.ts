import { defaultNodeGroup, type Scenario } from "./scenario.js";

/**
 * The scenario the site opens with: a small online shop's production cluster in us-east-1. A web
 * front end and five services, background workers, Redis and monitoring on a managed node group
 * that mixes on-demand and Spot, batch workers on a Spot-only group, email workers on Fargate, the
 * usual system DaemonSets, and five Ingresses sharing one ALB. Requests are typical of such services.
 * The web front end scales with office hours (a HorizontalPodAutoscaler of 3–12 pods) and the batch
 * workers run at night (0–8 pods): the plan is of the replicas given, the week (`planWeek`) of those
 * ranges.
 */
export const defaultScenario: Scenario = {
  version: 1,
  name: "Online shop, production",
  region: "us-east-1",
  hoursPerMonth: 730,
  currency: "USD",
  krwPerUsd: 1400,
  workloads: [
    workload("web-frontend", 6, 250, 512, {
      autoscaling: { minReplicas: 3, maxReplicas: 12, profile: "office-hours" },
    }),
    workload("api-gateway", 3, 500, 1024),
    workload("orders-api", 4, 500, 1024),
    workload("payments-api", 3, 500, 768),
    workload("catalog-api", 3, 250, 512),
    workload("search-api", 2, 1000, 4096),
    workload("coredns", 2, 100, 70),
    workload("cert-manager", 1, 50, 128),
    workload("redis", 3, 500, 4096, { fargate: false }),
    workload("prometheus", 2, 1000, 8192, { fargate: false }),
    workload("grafana", 1, 250, 512),
    workload("batch-jobs", 4, 1000, 2048, {
      nodeGroup: "batch-spot",
      autoscaling: { minReplicas: 0, maxReplicas: 8, profile: "nightly-batch" },
    }),
    workload("email-worker", 2, 250, 512),
  ],
  daemonSets: [
    { name: "aws-node", cpuMillicores: 25, memoryMiB: 0, hostNetwork: true },
    { name: "kube-proxy", cpuMillicores: 100, memoryMiB: 0, hostNetwork: true },
    { name: "ebs-csi-node", cpuMillicores: 30, memoryMiB: 120, hostNetwork: false },
    { name: "fluent-bit", cpuMillicores: 100, memoryMiB: 128, hostNetwork: false },
    { name: "node-exporter", cpuMillicores: 100, memoryMiB: 180, hostNetwork: true },
  ],
  nodeGroups: [
    nodeGroup(
      "general",
      ["m6i.xlarge", "m5.xlarge", "m6a.xlarge"],
      { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 },
      2,
    ),
    nodeGroup("batch-spot", ["c6i.xlarge", "c5.xlarge", "c6a.xlarge", "c5a.xlarge"], { type: "spot" }, 0),
  ],
  fargateProfiles: [{ name: "workers", workloads: ["email-worker"] }],
  cluster: {
    supportTier: "standard",
    controlPlaneTier: "standard",
    peakPodsPerSecond: null,
    peakApiSeats: null,
    kubernetesVersion: null,
    privateCluster: false,
    autoscaler: "cluster-autoscaler",
    scaleDownDelayMinutes: null,
    loadBalancers: { ingresses: 5, ingressesPerAlb: 5, nlbs: 1, nlbTargetType: "instance", capacityUnitsPerHour: 1 },
    discounts: {
      computeSavingsPercent: 0,
      enterpriseDiscountPercent: 0,
      savingsPlanType: "compute",
      savingsPlanDiscountPercent: 0,
    },
  },
};

function workload(
  name: string,
  replicas: number,
  cpuMillicores: number,
  memoryMiB: number,
  extra: Partial<Pick<Scenario["workloads"][number], "fargate" | "nodeGroup" | "autoscaling">> = {},
): Scenario["workloads"][number] {
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
    fargate: extra.fargate ?? true,
    nodeGroup: extra.nodeGroup ?? null,
    zoneSpread: null,
    maxPodsPerNode: null,
    disruptionBudget: null,
    autoscaling: extra.autoscaling ?? null,
  };
}

function nodeGroup(
  name: string,
  instanceTypes: string[],
  capacity: Scenario["nodeGroups"][number]["capacity"],
  minNodes: number,
): Scenario["nodeGroups"][number] {
  return { ...defaultNodeGroup(name, instanceTypes), capacity, minNodes };
}
