/**
 * adviseScenario on small scenarios with the real catalogue (or a copy missing a price). Figures worked out by hand from the
 * dataset (us-east-1, 730 hours): t3.medium $0.0416/h ($30.368 a month) plus a 20 GiB gp3 root volume
 * at $0.08/GB-month ($1.60); ALB $0.0225/h; the control plane $0.10/h standard, $0.60/h extended.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ADVICE_CODES,
  adviseScenario,
  costCluster,
  defaultScenario,
  planCluster,
  type AdviceCode,
  type Catalog,
  type Finding,
  type Scenario,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS, WEB } from "../support/scenario.js";

function advise(input: Scenario, from: Catalog = catalog): readonly Finding[] {
  const plan = planCluster(input, from);
  return adviseScenario(input, plan, costCluster(input, plan, from), from);
}

function only(input: Scenario, code: AdviceCode, from: Catalog = catalog): Finding[] {
  return advise(input, from).filter((finding) => finding.code === code);
}

/** The default scenario with cluster settings changed. */
function withCluster(cluster: Partial<Scenario["cluster"]>, base: Scenario = defaultScenario): Scenario {
  return { ...base, cluster: { ...base.cluster, ...cluster } };
}

function withLoadBalancers(loadBalancers: Partial<Scenario["cluster"]["loadBalancers"]>): Scenario {
  return withCluster({ loadBalancers: { ...defaultScenario.cluster.loadBalancers, ...loadBalancers } });
}

/** The real catalogue without us-east-1's on-demand price of `instanceType`. */
function withoutPrice(instanceType: string): Catalog {
  const region = catalog.regions["us-east-1"]!;
  const instances = Object.fromEntries(Object.entries(region.instances).filter(([name]) => name !== instanceType));
  return { ...catalog, regions: { ...catalog.regions, "us-east-1": { ...region, instances } } };
}

/** Twenty pods of 50m and 64 MiB: pod slots fill a t3.medium (17 max pods, 15 after the DaemonSets) first. */
const TINY = { name: "tiny", replicas: 20, cpuMillicores: 50, memoryMiB: 64 };

const PD_ON = { prefixDelegation: true, customNetworking: false };

describe("the default scenario", () => {
  it("gives the Spot, NLB and Fargate findings, in code order", () => {
    expect(advise(defaultScenario)).toEqual([
      {
        code: "advice-spot-few-types",
        severity: "warning",
        subject: "general",
        params: {
          count: 3,
          instanceTypes: ["m6i.xlarge", "m5.xlarge", "m6a.xlarge"],
          minimum: 10,
          consolidationMinimum: null,
        },
      },
      {
        code: "advice-spot-few-types",
        severity: "warning",
        subject: "batch-spot",
        params: {
          count: 4,
          instanceTypes: ["c6i.xlarge", "c5.xlarge", "c6a.xlarge", "c5a.xlarge"],
          minimum: 10,
          consolidationMinimum: null,
        },
      },
      {
        code: "advice-spot-single-replica",
        severity: "warning",
        subject: "cert-manager",
        params: { nodeGroup: "general" },
      },
      { code: "advice-spot-single-replica", severity: "warning", subject: "grafana", params: { nodeGroup: "general" } },
      {
        code: "advice-spot-interruption",
        severity: "info",
        subject: null,
        params: {
          spotNodes: 3,
          workloads: [
            "web-frontend",
            "api-gateway",
            "orders-api",
            "payments-api",
            "catalog-api",
            "search-api",
            "coredns",
            "redis",
            "prometheus",
            "batch-jobs",
          ],
          autoscaler: "cluster-autoscaler",
        },
      },
      {
        code: "advice-nlb-target-type",
        severity: "warning",
        subject: null,
        params: { nlbs: 1, fargateWorkloads: ["email-worker"] },
      },
      {
        code: "advice-fargate-daemonsets",
        severity: "warning",
        subject: null,
        params: { daemonSets: ["ebs-csi-node", "fluent-bit", "node-exporter"], fargateWorkloads: ["email-worker"] },
      },
    ]);
  });
});

describe("a node group on a single node", () => {
  const oneGroup = (group: Record<string, unknown>, replicas = 1) =>
    scenario({
      workloads: [{ ...WEB, replicas }],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "solo", instanceTypes: ["m5.large"], ...group }],
    });

  // One 500m pod fits one m5.large: the group plans 1 node, whatever its zones.
  it("warns that one node running pods is a single point of failure, with the group's zones and maximum", () => {
    expect(only(oneGroup({}), "advice-single-node")).toEqual([
      {
        code: "advice-single-node",
        severity: "warning",
        subject: "solo",
        params: { availabilityZones: 3, maxNodes: null },
      },
    ]);
    expect(only(oneGroup({ availabilityZones: 1, maxNodes: 1 }), "advice-single-node").map((f) => f.params)).toEqual([
      { availabilityZones: 1, maxNodes: 1 },
    ]);
  });

  it("says nothing for a group on 2 nodes or more, or one that runs no pod", () => {
    expect(planCluster(oneGroup({ minNodes: 2 }), catalog).nodeGroups[0]!.nodes).toBe(2);
    expect(only(oneGroup({ minNodes: 2 }), "advice-single-node")).toEqual([]);
    expect(only(oneGroup({}, 4), "advice-single-node")).toEqual([]);
    expect(only(oneGroup({ minNodes: 1 }, 0), "advice-single-node")).toEqual([]);
  });
});

describe("prefix delegation on types that cannot use it", () => {
  const oldTypes = (instanceTypes: string[], network = PD_ON) =>
    scenario({
      workloads: [WEB],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "old", instanceTypes, network }],
    });

  // m4.xlarge: 4 ENIs × 14 + 2 = 58. The cheapest Nitro 4 vCPU / 16 GiB amd64 non-burstable type in
  // us-east-1 is m5a.xlarge ($0.172/h, below m6a.xlarge's $0.1728); with prefix delegation 110.
  // t2.medium (burstable): t3a.medium ($0.0376/h), 17 → 110. m5.metal: no hypervisor reported
  // (bare metal), 250; m5a.24xlarge has its shape.
  it("names each such type, its max pods, and a Nitro type of the same size with prefix delegation", () => {
    expect(only(oldTypes(["m4.xlarge", "t2.medium", "m5.metal"]), "advice-prefix-delegation-unsupported")).toEqual([
      {
        code: "advice-prefix-delegation-unsupported",
        severity: "warning",
        subject: "old",
        params: {
          instanceType: "m4.xlarge",
          reason: "not-nitro",
          maxPods: 58,
          alternative: "m5a.xlarge",
          alternativeMaxPods: 110,
        },
      },
      {
        code: "advice-prefix-delegation-unsupported",
        severity: "warning",
        subject: "old",
        params: {
          instanceType: "t2.medium",
          reason: "not-nitro",
          maxPods: 17,
          alternative: "t3a.medium",
          alternativeMaxPods: 110,
        },
      },
      {
        code: "advice-prefix-delegation-unsupported",
        severity: "warning",
        subject: "old",
        params: {
          instanceType: "m5.metal",
          reason: "bare-metal",
          maxPods: 250,
          alternative: "m5a.24xlarge",
          alternativeMaxPods: 250,
        },
      },
    ]);
  });

  // Bottlerocket and Karpenter take max pods from the ENI table whatever the CNI does (m4.xlarge and
  // m5a.xlarge: 4 ENIs × 14 + 2 = 58); with the kubelet's maxPods set, prefix delegation gives
  // m5a.xlarge 4 × 14 × 16 + 2 = 898, capped at 110 (4 vCPUs).
  it.each(["bottlerocket", "karpenter"])(
    "gives the alternative's max pods with prefix delegation on %s too, not its ENI limit",
    (profile) => {
      const input = scenario({
        workloads: [WEB],
        daemonSets: SYSTEM_DAEMONSETS,
        nodeGroups: [{ name: "old", instanceTypes: ["m4.xlarge"], network: PD_ON, profile }],
      });
      expect(only(input, "advice-prefix-delegation-unsupported").map((finding) => finding.params)).toEqual([
        {
          instanceType: "m4.xlarge",
          reason: "not-nitro",
          maxPods: 58,
          alternative: "m5a.xlarge",
          alternativeMaxPods: 110,
        },
      ]);
    },
  );

  it("says when no Nitro type has the shape (m4.10xlarge: 40 vCPUs, 160 GiB)", () => {
    expect(only(oldTypes(["m4.10xlarge"]), "advice-prefix-delegation-unsupported")).toEqual([
      {
        code: "advice-prefix-delegation-unsupported",
        severity: "warning",
        subject: "old",
        params: {
          instanceType: "m4.10xlarge",
          reason: "not-nitro",
          maxPods: 234,
          alternative: null,
          alternativeMaxPods: null,
        },
      },
    ]);
  });

  it("says nothing with prefix delegation off, or on Nitro types", () => {
    expect(
      only(
        oldTypes(["m4.xlarge"], { prefixDelegation: false, customNetworking: false }),
        "advice-prefix-delegation-unsupported",
      ),
    ).toEqual([]);
    expect(only(oldTypes(["m5.large", "m6i.large"]), "advice-prefix-delegation-unsupported")).toEqual([]);
  });
});

describe("max pods binding before CPU or memory", () => {
  const small = (group: Record<string, unknown> = {}) =>
    scenario({
      workloads: [TINY],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "small", instanceTypes: ["t3.medium"], ...group }],
    });

  // 20 pods over 15 free slots: 2 nodes, 2 × (30.368 + 1.60) = $63.936. With prefix delegation a
  // t3.medium takes 110 pods (108 free), CPU 1805m ÷ 50m = 36 pods: 1 node, $31.968, saving $31.968.
  it("re-plans with prefix delegation and gives the nodes, the cost and the saving", () => {
    const [found, ...rest] = only(small(), "advice-max-pods-binding");
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      code: "advice-max-pods-binding",
      severity: "saving",
      subject: "small",
      params: {
        instanceType: "t3.medium",
        maxPods: 17,
        nodes: 2,
        prefixDelegation: "off",
        maxPodsWithPrefixDelegation: 110,
        nodesWithPrefixDelegation: 1,
      },
    });
    if (found?.code !== "advice-max-pods-binding" || found.params.prefixDelegation !== "off")
      throw new Error("no saving");
    expect(found.params.costUsdPerMonth).toBeCloseTo(63.936, 9);
    expect(found.params.costWithPrefixDelegationUsdPerMonth).toBeCloseTo(31.968, 9);
    expect(found.params.savingUsdPerMonth).toBeCloseTo(31.968, 9);
    expect(found.params.setsMaxPods).toBe(false);
  });

  // Bottlerocket and Karpenter keep the ENI limit (t3.medium: 3 ENIs × 5 + 2 = 17) with the CNI flag
  // alone, and so does a maxPods set by hand: the re-plan sets maxPods to 110 (3 × 5 × 16 + 2 = 242,
  // capped at 110 for 2 vCPUs). Then 108 free slots, and 1 node: $31.968 instead of $63.936.
  // (Bottlerocket reserves 11 × 110 + 255 = 1,465 MiB, leaving 2,531 MiB for 20 × 64 MiB.)
  it.each([
    ["Bottlerocket", { profile: "bottlerocket" }],
    ["Karpenter", { profile: "karpenter" }],
    ["a maxPods set by hand", { maxPods: 17 }],
  ])("with %s, re-plans with maxPods set to what prefix delegation allows", (_, group) => {
    const found = only(small(group), "advice-max-pods-binding");
    expect(found.map((finding) => [finding.severity, finding.params])).toEqual([
      [
        "saving",
        {
          instanceType: "t3.medium",
          maxPods: 17,
          nodes: 2,
          costUsdPerMonth: expect.closeTo(63.936, 9) as number,
          prefixDelegation: "off",
          maxPodsWithPrefixDelegation: 110,
          nodesWithPrefixDelegation: 1,
          costWithPrefixDelegationUsdPerMonth: expect.closeTo(31.968, 9) as number,
          savingUsdPerMonth: expect.closeTo(31.968, 9) as number,
          setsMaxPods: true,
        },
      ],
    ]);
  });

  // t3.micro: 2 ENIs × (2 − 1) × 16 + 2 = 34 with prefix delegation, the group's smallest, so maxPods
  // is 34 for both types. t3.medium then holds 32 of the 20 pods on 1 node ($31.968); t3.micro, with
  // 1,024 − (11 × 34 + 255) − 100 = 295 MiB, holds 4 pods: 5 nodes at $0.0104/h = $0.052/h > $0.0416/h.
  it("sets maxPods to the smallest prefix-delegation max pods over the group's types", () => {
    const found = only(
      small({ instanceTypes: ["t3.medium", "t3.micro"], profile: "bottlerocket" }),
      "advice-max-pods-binding",
    );
    expect(found.map((finding) => finding.params)).toEqual([
      expect.objectContaining({
        instanceType: "t3.medium",
        nodes: 2,
        prefixDelegation: "off",
        maxPodsWithPrefixDelegation: 34,
        nodesWithPrefixDelegation: 1,
        costWithPrefixDelegationUsdPerMonth: expect.closeTo(31.968, 9) as number,
        setsMaxPods: true,
      }),
    ]);
  });

  it("gives no cost or saving when a price is unknown, as a warning", () => {
    const found = only(small(), "advice-max-pods-binding", withoutPrice("t3.medium"));
    expect(found.map((finding) => [finding.severity, finding.params])).toEqual([
      [
        "warning",
        {
          instanceType: "t3.medium",
          maxPods: 17,
          nodes: 2,
          costUsdPerMonth: null,
          prefixDelegation: "off",
          maxPodsWithPrefixDelegation: 110,
          nodesWithPrefixDelegation: 1,
          costWithPrefixDelegationUsdPerMonth: null,
          savingUsdPerMonth: null,
          setsMaxPods: false,
        },
      ],
    ]);
  });

  // 10 pods fit one m5.large (27 free slots), but minNodes keeps 3: pods are the largest share of
  // the 3 nodes, yet pod slots do not set the count. Likewise one node that any pod needs.
  it("says nothing when the group's minimum sets its node count", () => {
    const tenOnThree = scenario({
      workloads: [{ ...TINY, replicas: 10 }],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "min", instanceTypes: ["m5.large"], minNodes: 3 }],
    });
    expect(planCluster(tenOnThree, catalog).nodeGroups[0]).toMatchObject({ nodes: 3, bindingResource: "pods" });
    expect(only(tenOnThree, "advice-max-pods-binding")).toEqual([]);
    // m4.xlarge (Xen) with prefix delegation on: 20 pods on 1 node of 58 slots.
    const one = small({ instanceTypes: ["m4.xlarge"], network: PD_ON });
    expect(planCluster(one, catalog).nodeGroups[0]).toMatchObject({ nodes: 1, bindingResource: "pods" });
    expect(only(one, "advice-max-pods-binding")).toEqual([]);
  });

  // 54 pods of 65m on m5.large: 27 free slots and 1,930 − 125 = 1,805m, so 27 pods a node by slots
  // (100%) and by CPU (1,755m, 97%): 2 nodes. With prefix delegation CPU still allows 27: 2 nodes.
  it("says nothing when prefix delegation would not reduce the nodes", () => {
    const input = scenario({
      workloads: [{ name: "cpu-bound", replicas: 54, cpuMillicores: 65, memoryMiB: 64 }],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "marginal", instanceTypes: ["m5.large"] }],
    });
    expect(planCluster(input, catalog).nodeGroups[0]).toMatchObject({ nodes: 2, bindingResource: "pods" });
    expect(only(input, "advice-max-pods-binding")).toEqual([]);
  });

  it("warns without a re-plan when prefix delegation is already on or a type cannot use it", () => {
    const on = only(small({ network: PD_ON, maxPods: 17 }), "advice-max-pods-binding");
    expect(on.map((finding) => [finding.severity, finding.params])).toEqual([
      [
        "warning",
        {
          instanceType: "t3.medium",
          maxPods: 17,
          nodes: 2,
          costUsdPerMonth: expect.closeTo(63.936, 9) as number,
          prefixDelegation: "on",
          maxPodsWithPrefixDelegation: null,
          nodesWithPrefixDelegation: null,
          costWithPrefixDelegationUsdPerMonth: null,
          savingUsdPerMonth: null,
          setsMaxPods: null,
        },
      ],
    ]);
    // t2.medium (Xen): 17 max pods, $0.0464/h.
    const xen = only(small({ instanceTypes: ["t2.medium"] }), "advice-max-pods-binding");
    expect(xen.map((finding) => [finding.severity, finding.params])).toEqual([
      [
        "warning",
        expect.objectContaining({ instanceType: "t2.medium", maxPods: 17, nodes: 2, prefixDelegation: "unsupported" }),
      ],
    ]);
  });

  it("says nothing when CPU or memory binds first", () => {
    expect(only(defaultScenario, "advice-max-pods-binding")).toEqual([]);
  });
});

describe("Spot", () => {
  const spotGroup = (instanceTypes: string[], workloads = [WEB]) =>
    scenario({
      workloads,
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "spot", instanceTypes, capacity: { type: "spot" } }],
    });

  it("counts only the types of the first type's shape for Cluster Autoscaler, every type for Karpenter", () => {
    const mixedSizes = spotGroup(["m5.xlarge", "m5.2xlarge", "m6i.xlarge"]);
    expect(only(mixedSizes, "advice-spot-few-types").map((finding) => finding.params)).toEqual([
      { count: 2, instanceTypes: ["m5.xlarge", "m6i.xlarge"], minimum: 10, consolidationMinimum: null },
    ]);
    expect(
      only(withCluster({ autoscaler: "karpenter" }, mixedSizes), "advice-spot-few-types").map((f) => f.params),
    ).toEqual([
      { count: 3, instanceTypes: ["m5.xlarge", "m5.2xlarge", "m6i.xlarge"], minimum: 10, consolidationMinimum: 15 },
    ]);
  });

  it("says nothing about types with 10 interchangeable ones, or for on-demand groups", () => {
    const ten = [
      "m5.xlarge",
      "m5a.xlarge",
      "m5ad.xlarge",
      "m5d.xlarge",
      "m5dn.xlarge",
      "m5n.xlarge",
      "m6a.xlarge",
      "m6i.xlarge",
      "m6id.xlarge",
      "m7i.xlarge",
    ];
    expect(only(spotGroup(ten), "advice-spot-few-types")).toEqual([]);
    const onDemand = scenario({ workloads: [WEB], nodeGroups: [{ name: "od", instanceTypes: ["m5.xlarge"] }] });
    expect(advise(onDemand)).toEqual([]);
  });

  it("flags a single replica on Spot, and words interruptions for Karpenter", () => {
    const single = { name: "solo", replicas: 1, cpuMillicores: 100, memoryMiB: 128 };
    const found = advise(withCluster({ autoscaler: "karpenter" }, spotGroup(["m5.large"], [WEB, single])));
    expect(found.filter((finding) => finding.code !== "advice-spot-few-types")).toEqual([
      { code: "advice-spot-single-replica", severity: "warning", subject: "solo", params: { nodeGroup: "spot" } },
      {
        code: "advice-spot-interruption",
        severity: "info",
        subject: null,
        params: { spotNodes: 4, workloads: ["web"], autoscaler: "karpenter" },
      },
    ]);
  });
});

describe("EKS Auto Mode's node expiry", () => {
  it("says once that nodes are replaced after 336 hours, naming the workloads on nodes without a budget", () => {
    const onAutoMode = withCluster(
      { autoscaler: "auto-mode" },
      {
        ...defaultScenario,
        workloads: defaultScenario.workloads.map((workload) =>
          workload.name === "web-frontend" ? { ...workload, disruptionBudget: { maxUnavailable: 1 } } : workload,
        ),
      },
    );
    const [found, ...more] = only(onAutoMode, "advice-auto-mode-node-expiry");
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: "info", subject: null, params: { expiryHours: 336, maximumDays: 21 } });
    // Every workload on nodes but web-frontend (it has a budget) and email-worker (on Fargate).
    expect(found!.params).toMatchObject({
      workloads: defaultScenario.workloads
        .map((workload) => workload.name)
        .filter((name) => name !== "web-frontend" && name !== "email-worker"),
    });
  });

  it("says nothing on another autoscaler, or without nodes", () => {
    expect(only(defaultScenario, "advice-auto-mode-node-expiry")).toEqual([]);
    const fargateOnly = scenario({
      workloads: [WEB],
      nodeGroups: [],
      fargateProfiles: [{ name: "all", workloads: ["web"] }],
      cluster: { autoscaler: "auto-mode" },
    });
    expect(only(fargateOnly, "advice-auto-mode-node-expiry")).toEqual([]);
  });
});

describe("a private cluster with Cluster Autoscaler", () => {
  it("names every instance type of the scenario once", () => {
    expect(only(withCluster({ privateCluster: true }), "advice-private-cluster-autoscaler")).toEqual([
      {
        code: "advice-private-cluster-autoscaler",
        severity: "warning",
        subject: null,
        params: {
          instanceTypes: [
            "m6i.xlarge",
            "m5.xlarge",
            "m6a.xlarge",
            "c6i.xlarge",
            "c5.xlarge",
            "c6a.xlarge",
            "c5a.xlarge",
          ],
        },
      },
    ]);
  });

  it("says nothing for a public cluster or with Karpenter", () => {
    expect(only(defaultScenario, "advice-private-cluster-autoscaler")).toEqual([]);
    expect(
      only(withCluster({ privateCluster: true, autoscaler: "karpenter" }), "advice-private-cluster-autoscaler"),
    ).toEqual([]);
  });
});

describe("load balancers", () => {
  // 45 Ingresses, one ALB each; 20 to an ALB: 3 ALBs. 42 × $0.0225 × 730 = $689.85.
  it("prices sharing ALBs through a group name", () => {
    const [found, ...rest] = only(withLoadBalancers({ ingresses: 45, ingressesPerAlb: 1 }), "advice-alb-group");
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      code: "advice-alb-group",
      severity: "saving",
      subject: null,
      params: { ingresses: 45, albs: 45, proposedAlbs: 3, proposedIngressesPerAlb: 20 },
    });
    expect(found?.code === "advice-alb-group" && found.params.savingUsdPerMonth).toBeCloseTo(689.85, 9);
  });

  it("uses the us-east-1 rate where the region has none, as the bill does", () => {
    const seoul = { ...withLoadBalancers({ ingresses: 3, ingressesPerAlb: 1 }), region: "ap-northeast-2" };
    const [found] = only(seoul, "advice-alb-group");
    // 3 ALBs → 1: 2 × 0.0225 × 730 = $32.85.
    expect(found?.code === "advice-alb-group" && found.params.savingUsdPerMonth).toBeCloseTo(32.85, 9);
  });

  it("gives no saving, as a note, when no ALB rate is known", () => {
    const noRates: Catalog = { ...catalog, services: { ...catalog.services, loadBalancers: {} } };
    expect(only(withLoadBalancers({ ingresses: 45, ingressesPerAlb: 1 }), "advice-alb-group", noRates)).toEqual([
      {
        code: "advice-alb-group",
        severity: "info",
        subject: null,
        params: { ingresses: 45, albs: 45, proposedAlbs: 3, proposedIngressesPerAlb: 20, savingUsdPerMonth: null },
      },
    ]);
  });

  it("says nothing when grouping would not need fewer ALBs", () => {
    expect(only(defaultScenario, "advice-alb-group")).toEqual([]);
    expect(only(withLoadBalancers({ ingresses: 40, ingressesPerAlb: 20 }), "advice-alb-group")).toEqual([]);
    // 25 Ingresses, 15 to an ALB: 2 ALBs, and 20 to an ALB still needs 2.
    expect(only(withLoadBalancers({ ingresses: 25, ingressesPerAlb: 15 }), "advice-alb-group")).toEqual([]);
  });

  it("warns about instance-target NLBs when Fargate runs pods, notes it otherwise, and is silent for ip", () => {
    const noFargate = { ...defaultScenario, fargateProfiles: [] };
    expect(only(noFargate, "advice-nlb-target-type")).toEqual([
      { code: "advice-nlb-target-type", severity: "info", subject: null, params: { nlbs: 1, fargateWorkloads: [] } },
    ]);
    expect(only(withLoadBalancers({ nlbTargetType: "ip" }), "advice-nlb-target-type")).toEqual([]);
    expect(only(withLoadBalancers({ nlbs: 0 }), "advice-nlb-target-type")).toEqual([]);
  });
});

describe("Fargate", () => {
  it("names the workloads a profile selects that Fargate cannot run, with the reason", () => {
    const input = scenario({
      workloads: [
        { name: "agent", replicas: 2, cpuMillicores: 100, memoryMiB: 128, privileged: true },
        { name: "trainer", replicas: 1, cpuMillicores: 1000, memoryMiB: 4096, gpus: 1 },
        { name: "edge", replicas: 2, cpuMillicores: 100, memoryMiB: 128, hostNetwork: true },
        { name: "api", replicas: 2, cpuMillicores: 250, memoryMiB: 512 },
      ],
      nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }],
      fargateProfiles: [
        { name: "system", workloads: ["agent", "api"] },
        { name: "ml", workloads: ["trainer", "edge"] },
      ],
    });
    expect(only(input, "advice-fargate-unsupported")).toEqual([
      {
        code: "advice-fargate-unsupported",
        severity: "warning",
        subject: "agent",
        params: { profile: "system", reason: "privileged" },
      },
      {
        code: "advice-fargate-unsupported",
        severity: "warning",
        subject: "trainer",
        params: { profile: "ml", reason: "gpu" },
      },
      {
        code: "advice-fargate-unsupported",
        severity: "warning",
        subject: "edge",
        params: { profile: "ml", reason: "host-network" },
      },
    ]);
  });

  it("lists no DaemonSets when Fargate runs no pods, or only aws-node and kube-proxy exist", () => {
    expect(only({ ...defaultScenario, fargateProfiles: [] }, "advice-fargate-daemonsets")).toEqual([]);
    expect(only({ ...defaultScenario, daemonSets: SYSTEM_DAEMONSETS }, "advice-fargate-daemonsets")).toEqual([]);
  });
});

describe("extended support", () => {
  // (0.60 − 0.10) × 730 = $365 a month.
  it("gives what an upgrade to a version in standard support saves, with the version when known", () => {
    const [found] = only(
      withCluster({ supportTier: "extended", kubernetesVersion: "1.29" }),
      "advice-extended-support",
    );
    expect(found).toMatchObject({ severity: "saving", subject: null, params: { kubernetesVersion: "1.29" } });
    expect(found?.code === "advice-extended-support" && found.params.extraUsdPerMonth).toBeCloseTo(365, 9);
    const [unknownVersion] = only(withCluster({ supportTier: "extended" }), "advice-extended-support");
    expect(unknownVersion?.params).toMatchObject({ kubernetesVersion: null });
  });

  it("says nothing in standard support", () => {
    expect(only(defaultScenario, "advice-extended-support")).toEqual([]);
  });
});

describe("properties", () => {
  const TYPES = [
    "m5.large",
    "m5.xlarge",
    "m6i.xlarge",
    "t3.medium",
    "t2.medium",
    "m4.xlarge",
    "c5.xlarge",
    "m6g.large",
    "g4dn.xlarge",
  ];
  const names = (prefix: string, max: number) =>
    fc.integer({ min: 0, max }).map((count) => Array.from({ length: count }, (_, i) => `${prefix}${i}`));
  const anyScenario = fc
    .record({ groups: names("group", 3), workloads: names("app", 5), daemonSets: names("ds", 3) })
    .chain(({ groups, workloads, daemonSets }) =>
      fc.record({
        workloads: fc.tuple(
          ...workloads.map((name) =>
            fc.record({
              name: fc.constant(name),
              replicas: fc.integer({ min: 0, max: 30 }),
              cpuMillicores: fc.integer({ min: 0, max: 4000 }),
              memoryMiB: fc.integer({ min: 0, max: 16000 }),
              gpus: fc.constantFrom(0, 0, 1),
              privileged: fc.boolean(),
              hostNetwork: fc.boolean(),
              architecture: fc.constantFrom(null, "amd64", "arm64"),
            }),
          ),
        ),
        daemonSets: fc.tuple(
          ...daemonSets.map((name) =>
            fc.record({
              name: fc.constant(name),
              cpuMillicores: fc.integer({ min: 0, max: 300 }),
              memoryMiB: fc.integer({ min: 0, max: 300 }),
              hostNetwork: fc.boolean(),
            }),
          ),
        ),
        nodeGroups: fc.tuple(
          ...groups.map((name) =>
            fc.record({
              name: fc.constant(name),
              instanceTypes: fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 4 }),
              capacity: fc.constantFrom(
                { type: "on-demand" },
                { type: "spot" },
                { type: "mixed", onDemandBase: 1, spotPercentAboveBase: 50 },
              ),
              network: fc.record({ prefixDelegation: fc.boolean(), customNetworking: fc.boolean() }),
              profile: fc.constantFrom("amazon-linux", "bottlerocket", "karpenter"),
            }),
          ),
        ),
        fargateProfiles: fc.constant(workloads.length > 0 ? [{ name: "fp", workloads: workloads.slice(0, 2) }] : []),
        region: fc.constantFrom("us-east-1", "ap-northeast-2", "us-gov-west-1"),
        cluster: fc.record({
          supportTier: fc.constantFrom("standard", "extended"),
          privateCluster: fc.boolean(),
          autoscaler: fc.constantFrom("cluster-autoscaler", "karpenter", "none"),
          loadBalancers: fc.record({
            ingresses: fc.integer({ min: 0, max: 200 }),
            ingressesPerAlb: fc.integer({ min: 1, max: 100 }),
            nlbs: fc.integer({ min: 0, max: 5 }),
            nlbTargetType: fc.constantFrom("instance", "ip"),
          }),
        }),
      }),
    )
    .map((input) => scenario(input));

  it("never throws; subjects name a node group or workload; findings come in code order", () => {
    fc.assert(
      fc.property(anyScenario, (input) => {
        const findings = advise(input);
        const subjects = new Set([...input.nodeGroups, ...input.workloads].map((entry) => entry.name));
        const order = findings.map((finding) => ADVICE_CODES.indexOf(finding.code));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        for (const finding of findings) {
          if (finding.subject !== null) expect(subjects.has(finding.subject)).toBe(true);
          for (const [name, value] of Object.entries(finding.params)) {
            if (name.endsWith("UsdPerMonth") && value !== null) expect(Number.isFinite(value)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
