import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  costCluster,
  csvCell,
  csvRow,
  defaultScenario,
  eksctlClusterConfig,
  exportClusterName,
  autoModeManifests,
  karpenterManifests,
  planCluster,
  podsBeyondMaxNodes,
  planCsv,
  planReport,
  vpcCniEnvironment,
  type ClusterPlan,
  type ExportOptions,
  type Result,
  type Scenario,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS, WEB } from "../support/scenario.js";

function planned(input: Scenario) {
  const plan = planCluster(input, catalog);
  return { plan, cost: costCluster(input, plan, catalog) };
}

/** The value of a result that must be ok. */
function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The eksctl export of a scenario (its config and notes), planned when no plan is given. */
function eksctl(input: Scenario, plan: ClusterPlan = planCluster(input, catalog), options: ExportOptions = {}) {
  return ok(eksctlClusterConfig(input, plan, catalog, options));
}

/** The Karpenter export of a scenario (NodePools, EC2NodeClasses, notes), planned when no plan is given. */
function karpenter(input: Scenario, plan: ClusterPlan = planCluster(input, catalog), options: ExportOptions = {}) {
  return ok(karpenterManifests(input, plan, catalog, options));
}

/** Ten WEB pods on m5.large: four nodes (plan.test.ts), with one node group's settings. */
function webCluster(group: Record<string, unknown>, extra: Record<string, unknown> = {}): Scenario {
  return scenario({
    name: "Web",
    workloads: [WEB],
    daemonSets: SYSTEM_DAEMONSETS,
    nodeGroups: [{ name: "web", instanceTypes: ["m5.large"], ...group }],
    ...extra,
  });
}

describe("the default scenario's plan, as the exports carry it", () => {
  const { plan, cost } = planned(defaultScenario);

  it("plans general on 4 × m6a.xlarge (3 on-demand, 1 Spot) and batch-spot on 2 × c6a.xlarge, 58 pods each", () => {
    expect(
      plan.nodeGroups.map((group) => [
        group.name,
        group.instanceType,
        group.nodes,
        group.onDemandNodes,
        group.spotNodes,
        group.allocatable?.pods,
      ]),
    ).toEqual([
      ["general", "m6a.xlarge", 4, 3, 1, 58],
      ["batch-spot", "c6a.xlarge", 2, 0, 2, 58],
    ]);
    expect(plan.fargate).toEqual([{ workload: "email-worker", pods: 2, size: { vcpu: 0.25, memoryGB: 1 } }]);
    expect(plan.unschedulable).toEqual([]);
  });

  it("is an eksctl ClusterConfig with the mixed group split into on-demand and Spot managed node groups", () => {
    expect(eksctl(defaultScenario, plan).notes).toEqual([]);
    expect(eksctl(defaultScenario, plan).config).toEqual({
      apiVersion: "eksctl.io/v1alpha5",
      kind: "ClusterConfig",
      metadata: {
        name: "online-shop-production",
        region: "us-east-1",
        annotations: { "eksize.io/name": "Online shop, production" },
      },
      // Written out: eksctl will turn Auto Mode on by default, and then refuse managed node groups.
      autoModeConfig: { enabled: false },
      iam: { withOIDC: true },
      addons: [{ name: "vpc-cni" }],
      managedNodeGroups: [
        {
          name: "general-on-demand",
          amiFamily: "AmazonLinux2023",
          instanceTypes: ["m6i.xlarge", "m5.xlarge", "m6a.xlarge"],
          // Base 2 = minNodes 2; 3 on-demand planned. No maxNodes: the group's maximum is twice the
          // 4 planned, 8, split as the planner splits nodes: base 2, then 6 at 50% Spot = 5 + 3.
          // maxPodsPerNode on AL2023 too (eksctl v0.199.0+): 4 ENIs × 14 + 2 = 58 on all three types.
          desiredCapacity: 3,
          minSize: 2,
          maxSize: 5,
          volumeSize: 20,
          volumeType: "gp3",
          maxPodsPerNode: 58,
          labels: { "eksize.io/node-group": "general" },
          iam: { withAddonPolicies: { autoScaler: true } },
          propagateASGTags: true,
        },
        {
          name: "general-spot",
          amiFamily: "AmazonLinux2023",
          instanceTypes: ["m6i.xlarge", "m5.xlarge", "m6a.xlarge"],
          spot: true,
          desiredCapacity: 1,
          minSize: 0,
          maxSize: 3,
          volumeSize: 20,
          volumeType: "gp3",
          maxPodsPerNode: 58,
          labels: { "eksize.io/node-group": "general" },
          iam: { withAddonPolicies: { autoScaler: true } },
          propagateASGTags: true,
        },
        {
          name: "batch-spot",
          amiFamily: "AmazonLinux2023",
          instanceTypes: ["c6i.xlarge", "c5.xlarge", "c6a.xlarge", "c5a.xlarge"],
          spot: true,
          desiredCapacity: 2,
          minSize: 0,
          maxSize: 4,
          volumeSize: 20,
          volumeType: "gp3",
          maxPodsPerNode: 58,
          labels: { "eksize.io/node-group": "batch-spot" },
          iam: { withAddonPolicies: { autoScaler: true } },
          propagateASGTags: true,
        },
      ],
      fargateProfiles: [
        {
          name: "workers",
          selectors: [{ namespace: "default", labels: { "app.kubernetes.io/name": "email-worker" } }],
        },
      ],
    });
  });

  it("is one Karpenter NodePool and EC2NodeClass per node group", () => {
    const { nodePools, nodeClasses, notes } = karpenter(defaultScenario, plan);
    // The default scenario scales with the Cluster Autoscaler: nothing installs Karpenter for these.
    expect(notes).toEqual([
      { code: "export-karpenter-not-installed", params: { role: "eksctl-KarpenterNodeRole-online-shop-production" } },
    ]);
    expect(nodePools.map((pool) => pool.metadata.name)).toEqual(["general", "batch-spot"]);
    expect(nodePools[0]).toEqual({
      apiVersion: "karpenter.sh/v1",
      kind: "NodePool",
      metadata: { name: "general", annotations: { "eksize.io/name": "general" } },
      spec: {
        template: {
          metadata: { labels: { "eksize.io/node-group": "general" } },
          spec: {
            nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "general" },
            requirements: [
              {
                key: "node.kubernetes.io/instance-type",
                operator: "In",
                values: ["m6i.xlarge", "m5.xlarge", "m6a.xlarge"],
              },
              { key: "karpenter.sh/capacity-type", operator: "In", values: ["spot", "on-demand"] },
              { key: "kubernetes.io/arch", operator: "In", values: ["amd64"] },
            ],
          },
        },
        // No maxNodes: twice the 4 planned m6a.xlarge (4 vCPU, 16384 MiB).
        limits: { cpu: "32", memory: "131072Mi" },
        disruption: { consolidationPolicy: "WhenEmptyOrUnderutilized", consolidateAfter: "0s" },
      },
    });
    expect(nodePools[1]?.spec.template.spec.requirements[1]).toEqual({
      key: "karpenter.sh/capacity-type",
      operator: "In",
      values: ["spot"],
    });
    // Twice 2 × c6a.xlarge (4 vCPU, 8192 MiB).
    expect(nodePools[1]?.spec.limits).toEqual({ cpu: "16", memory: "32768Mi" });
    expect(nodeClasses[0]).toEqual({
      apiVersion: "karpenter.k8s.aws/v1",
      kind: "EC2NodeClass",
      metadata: { name: "general", annotations: { "eksize.io/name": "general" } },
      spec: {
        role: "eksctl-KarpenterNodeRole-online-shop-production",
        amiSelectorTerms: [{ alias: "al2023@latest" }],
        subnetSelectorTerms: [{ tags: { "karpenter.sh/discovery": "online-shop-production" } }],
        securityGroupSelectorTerms: [{ tags: { "karpenter.sh/discovery": "online-shop-production" } }],
        kubelet: { maxPods: 58 },
        blockDeviceMappings: [
          { deviceName: "/dev/xvda", ebs: { volumeSize: "20Gi", volumeType: "gp3", encrypted: true } },
        ],
      },
    });
    expect(nodeClasses.map((nodeClass) => nodeClass.metadata.name)).toEqual(["general", "batch-spot"]);
  });

  it("is a report of the plan and every bill line, USD a month to the cent", () => {
    const report = planReport(defaultScenario, plan, cost, { dataDate: "2026-09-20" });
    expect(report).toEqual({
      scenario: "Online shop, production",
      region: "us-east-1",
      hoursPerMonth: 730,
      dataDate: "2026-09-20",
      currency: "USD",
      nodeGroups: [
        {
          name: "general",
          instanceType: "m6a.xlarge",
          provisioning: "managed-node-group",
          instanceTypes: [{ instanceType: "m6a.xlarge", nodes: 4, onDemandNodes: 3, spotNodes: 1 }],
          nodes: 4,
          onDemandNodes: 3,
          spotNodes: 1,
          maxPods: 58,
          cpuUtilisationPercent: 93.6,
          memoryUtilisationPercent: 91.3,
          podsBeyondMaxNodes: 0,
          onDemandUsdPerMonth: 378.43,
          spotUsdPerMonth: 64.3,
          rootVolumesUsdPerMonth: 6.4,
          usdPerMonth: 449.13,
        },
        {
          name: "batch-spot",
          instanceType: "c6a.xlarge",
          provisioning: "managed-node-group",
          instanceTypes: [{ instanceType: "c6a.xlarge", nodes: 2, onDemandNodes: 0, spotNodes: 2 }],
          nodes: 2,
          onDemandNodes: 0,
          spotNodes: 2,
          maxPods: 58,
          cpuUtilisationPercent: 60.1,
          memoryUtilisationPercent: 67,
          podsBeyondMaxNodes: 0,
          onDemandUsdPerMonth: 0,
          spotUsdPerMonth: 96.74,
          rootVolumesUsdPerMonth: 3.2,
          usdPerMonth: 99.94,
        },
      ],
      fargate: [{ workload: "email-worker", pods: 2, vcpu: 0.25, memoryGB: 1, usdPerMonth: 21.26 }],
      unschedulable: [],
      bill: {
        lines: [
          { line: "on-demand", usdPerMonth: 378.43, rateRegion: null, estimate: false },
          { line: "spot", usdPerMonth: 161.04, rateRegion: null, estimate: false },
          { line: "auto-mode", usdPerMonth: 0, rateRegion: null, estimate: false },
          { line: "fargate", usdPerMonth: 21.26, rateRegion: null, estimate: false },
          { line: "control-plane", usdPerMonth: 73, rateRegion: null, estimate: false },
          { line: "load-balancers", usdPerMonth: 43.07, rateRegion: null, estimate: false },
          { line: "root-volumes", usdPerMonth: 9.6, rateRegion: null, estimate: false },
        ],
        computeSavingsUsdPerMonth: 0,
        enterpriseDiscountUsdPerMonth: 0,
        totalUsdPerMonth: 686.4,
      },
    });
    // The report rounds what costCluster computed.
    expect(cost.totalUsdPerMonth).toBeCloseTo(686.4049, 4);
    expect(cost.lines.onDemand.usdPerMonth).toBeCloseTo(378.432, 6);
  });

  it("writes the report as CSV: a header, then node groups, Fargate, bill lines and discounts, CRLF", () => {
    const csv = planCsv(planReport(defaultScenario, plan, cost));
    expect(csv.split("\r\n")).toEqual([
      "section,name,node_group,instance_type,nodes,on_demand_nodes,spot_nodes,max_pods,cpu_utilisation_percent,memory_utilisation_percent,pods,vcpu,memory_gb,reason,rate_region,on_demand_usd_per_month,spot_usd_per_month,root_volumes_usd_per_month,usd_per_month",
      "node-group,general,,m6a.xlarge,4,3,1,58,93.6,91.3,,,,,,378.43,64.3,6.4,449.13",
      "node-group,batch-spot,,c6a.xlarge,2,0,2,58,60.1,67,,,,,,0,96.74,3.2,99.94",
      "fargate,email-worker,,,,,,,,,2,0.25,1,,,,,,21.26",
      "bill,on-demand,,,,,,,,,,,,,,,,,378.43",
      "bill,spot,,,,,,,,,,,,,,,,,161.04",
      "bill,auto-mode,,,,,,,,,,,,,,,,,0",
      "bill,fargate,,,,,,,,,,,,,,,,,21.26",
      "bill,control-plane,,,,,,,,,,,,,,,,,73",
      "bill,load-balancers,,,,,,,,,,,,,,,,,43.07",
      "bill,root-volumes,,,,,,,,,,,,,,,,,9.6",
      "bill,total,,,,,,,,,,,,,,,,,686.4",
      "discount,compute-savings,,,,,,,,,,,,,,,,,0",
      "discount,enterprise-discount,,,,,,,,,,,,,,,,,0",
      "",
    ]);
  });
});

describe("an EKS Auto Mode cluster's files", () => {
  const onAutoMode = scenario({
    name: "Auto",
    workloads: [WEB],
    daemonSets: SYSTEM_DAEMONSETS,
    nodeGroups: [
      // t3.micro is too small for Auto Mode; "system" is the name of its own built-in NodePool.
      { name: "system", instanceTypes: ["m5.large", "t3.micro", "c5.large"], minValues: 2, maxNodes: 4 },
    ],
    cluster: { autoscaler: "auto-mode" },
  });

  it("enables Auto Mode in eksctl with its system NodePool, and no node groups nor VPC CNI add-on", () => {
    const { config, notes } = eksctl(onAutoMode);
    expect(config.autoModeConfig).toEqual({ enabled: true, nodePools: ["system"] });
    expect(config.managedNodeGroups).toEqual([]);
    expect(config.addons).toEqual([]);
    expect(config.karpenter).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it("is one NodePool and one NodeClass per node group, with the types Auto Mode launches", () => {
    const { nodePools, nodeClasses, notes } = ok(
      autoModeManifests(onAutoMode, planCluster(onAutoMode, catalog), catalog),
    );
    // The plan on Auto Mode never offers t3.micro (its own issue says why), so the file has no note of it.
    expect(notes).toEqual([
      { code: "export-auto-mode-node-role", params: { role: "AmazonEKSAutoNodeRole", cluster: "auto" } },
    ]);
    // "system" is Auto Mode's own NodePool: this one is system-2.
    expect(nodePools).toEqual([
      {
        apiVersion: "karpenter.sh/v1",
        kind: "NodePool",
        metadata: { name: "system-2", annotations: { "eksize.io/name": "system" } },
        spec: {
          template: {
            metadata: { labels: { "eksize.io/node-group": "system" } },
            spec: {
              nodeClassRef: { group: "eks.amazonaws.com", kind: "NodeClass", name: "system-2" },
              requirements: [
                {
                  key: "node.kubernetes.io/instance-type",
                  operator: "In",
                  values: ["m5.large", "c5.large"],
                  minValues: 2,
                },
                { key: "karpenter.sh/capacity-type", operator: "In", values: ["on-demand"] },
                { key: "kubernetes.io/arch", operator: "In", values: ["amd64"] },
              ],
              expireAfter: "336h",
            },
          },
          // maxNodes 4 × the larger type, m5.large (2 vCPU, 8192 MiB).
          limits: { cpu: "8", memory: "32768Mi", nodes: "4" },
          disruption: { consolidationPolicy: "WhenEmptyOrUnderutilized", consolidateAfter: "0s" },
        },
      },
    ]);
    expect(nodeClasses).toEqual([
      {
        apiVersion: "eks.amazonaws.com/v1",
        kind: "NodeClass",
        metadata: { name: "system-2", annotations: { "eksize.io/name": "system" } },
        spec: {
          role: "AmazonEKSAutoNodeRole",
          subnetSelectorTerms: [
            { tags: { "kubernetes.io/role/internal-elb": "1", "alpha.eksctl.io/cluster-name": "auto" } },
          ],
          securityGroupSelectorTerms: [{ tags: { "aws:eks:cluster-name": "auto" } }],
          ephemeralStorage: { size: "20Gi" },
        },
      },
    ]);
  });

  it("says when the scenario is not on Auto Mode, and leaves out a group without a type Auto Mode launches", () => {
    const elsewhere = { ...onAutoMode, cluster: { ...onAutoMode.cluster, autoscaler: "karpenter" as const } };
    const tiny = { ...elsewhere, nodeGroups: [{ ...elsewhere.nodeGroups[0]!, instanceTypes: ["t3.micro"] }] };
    const made = ok(autoModeManifests(tiny, planCluster(tiny, catalog), catalog));
    expect(made.nodePools).toEqual([]);
    expect(made.notes).toEqual([
      { code: "export-auto-mode-not-enabled", params: {} },
      { code: "export-auto-mode-node-role", params: { role: "AmazonEKSAutoNodeRole", cluster: "auto" } },
      { code: "export-auto-mode-types-left-out", params: { nodeGroup: "system", instanceTypes: ["t3.micro"] } },
    ]);
  });
});

describe("eksctlClusterConfig and karpenterManifests on small scenarios", () => {
  it("exports a Spot group as one Spot managed node group and a Spot-only NodePool limited by maxNodes", () => {
    const input = webCluster({ capacity: { type: "spot" }, maxNodes: 6 });
    const { plan } = planned(input);
    expect([plan.nodeGroups[0]?.nodes, plan.nodeGroups[0]?.spotNodes, plan.nodeGroups[0]?.allocatable?.pods]).toEqual([
      4, 4, 29,
    ]);
    expect(eksctl(input, plan).config.managedNodeGroups).toEqual([
      {
        name: "web",
        amiFamily: "AmazonLinux2023",
        instanceTypes: ["m5.large"],
        spot: true,
        desiredCapacity: 4,
        minSize: 0,
        maxSize: 6,
        volumeSize: 20,
        volumeType: "gp3",
        maxPodsPerNode: 29,
        labels: { "eksize.io/node-group": "web" },
        iam: { withAddonPolicies: { autoScaler: true } },
        propagateASGTags: true,
      },
    ]);
    const pool = karpenter(input, plan).nodePools[0];
    expect(pool?.spec.template.spec.requirements[1]?.values).toEqual(["spot"]);
    // maxNodes 6: 6 nodes, and 6 × m5.large (2 vCPU, 8192 MiB) for Karpenter before 1.11.
    expect(pool?.spec.limits).toEqual({ cpu: "12", memory: "49152Mi", nodes: "6" });
  });

  it("writes a NodePool's minValues (at most the types listed) and consolidation policy, and limits a mixed plan by each type's size", () => {
    const input = scenario({
      name: "Pool",
      workloads: [WEB, { name: "api", replicas: 7, cpuMillicores: 1500, memoryMiB: 3000 }],
      nodeGroups: [
        {
          name: "pool",
          instanceTypes: ["m5.large", "m5.xlarge", "m5.2xlarge", "c5.large"],
          minValues: 3,
          consolidationPolicy: "WhenEmpty",
        },
      ],
      cluster: { autoscaler: "karpenter" },
    });
    const plan = planCluster(input, catalog);
    // minValues 3 keeps each claim to what 3 types hold, so no node grows to an m5.2xlarge.
    const byType = plan.nodeGroups[0]!.byType.map((nodes) => [nodes.instanceType, nodes.nodes]);
    expect(byType).toEqual([
      ["c5.large", 4],
      ["m5.xlarge", 3],
    ]);
    const pool = karpenter(input, plan).nodePools[0]!;
    expect(pool.spec.template.spec.requirements[0]).toEqual({
      key: "node.kubernetes.io/instance-type",
      operator: "In",
      values: ["m5.large", "m5.xlarge", "m5.2xlarge", "c5.large"],
      minValues: 3,
    });
    expect(pool.spec.disruption).toEqual({ consolidationPolicy: "WhenEmpty", consolidateAfter: "0s" });
    // Twice 4 × c5.large (2 vCPU, 4096 MiB) and 3 × m5.xlarge (4 vCPU, 16384 MiB): 40 vCPU, 131072 MiB.
    expect(pool.spec.limits).toEqual({ cpu: "40", memory: "131072Mi" });
    const fewer = { ...input, nodeGroups: [{ ...input.nodeGroups[0]!, instanceTypes: ["m5.large", "c5.large"] }] };
    expect(karpenter(fewer).nodePools[0]!.spec.template.spec.requirements[0]!.minValues).toBe(2);
  });

  it("splits a mixed group's minimum and maximum as the plan splits nodes", () => {
    // 4 nodes: base 1, then 3 at 50% Spot with on-demand rounded up: 3 on-demand, 1 Spot.
    // minNodes 2 → 2 on-demand, 0 Spot; maxNodes 10 → 1 + ceil(4.5) = 6 on-demand, 4 Spot.
    const input = webCluster({
      capacity: { type: "mixed", onDemandBase: 1, spotPercentAboveBase: 50 },
      minNodes: 2,
      maxNodes: 10,
    });
    const { plan } = planned(input);
    expect([plan.nodeGroups[0]?.nodes, plan.nodeGroups[0]?.onDemandNodes, plan.nodeGroups[0]?.spotNodes]).toEqual([
      4, 3, 1,
    ]);
    const groups = eksctl(input, plan).config.managedNodeGroups;
    expect(
      groups.map((group) => [group.name, group.spot ?? false, group.desiredCapacity, group.minSize, group.maxSize]),
    ).toEqual([
      ["web-on-demand", false, 3, 2, 6],
      ["web-spot", true, 1, 0, 4],
    ]);
    expect(new Set(groups.map((group) => group.labels["eksize.io/node-group"]))).toEqual(new Set(["web"]));
    const pool = karpenter(input, plan).nodePools[0];
    expect(pool?.spec.template.spec.requirements[1]?.values).toEqual(["spot", "on-demand"]);
    expect(pool?.spec.limits).toEqual({ cpu: "20", memory: "81920Mi", nodes: "10" });
  });

  it("keeps the on-demand base as the on-demand minimum as far as the planned on-demand nodes reach", () => {
    // No pods: minNodes 0 plans 0 nodes, so the base 2 cannot be a minimum of 0 desired nodes.
    const empty = scenario({
      nodeGroups: [
        {
          name: "idle",
          instanceTypes: ["m5.large"],
          capacity: { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 100 },
        },
      ],
    });
    const groups = eksctl(empty).config.managedNodeGroups;
    expect(groups.map((group) => [group.name, group.desiredCapacity, group.minSize, group.maxSize])).toEqual([
      ["idle-on-demand", 0, 0, 1],
      ["idle-spot", 0, 0, 1],
    ]);
  });

  it("carries the user's maxNodes into both files, never the planned count", () => {
    // Ten WEB pods need 4 m5.large nodes; the user allows 2. maxSize is 2 and the desired nodes stay
    // within it; Karpenter's NodePool is limited to 2 nodes.
    const input = webCluster({ maxNodes: 2 });
    const { plan } = planned(input);
    expect(podsBeyondMaxNodes(plan, "web")).toBe(4);
    const group = eksctl(input, plan).config.managedNodeGroups[0];
    expect([group?.desiredCapacity, group?.minSize, group?.maxSize]).toEqual([2, 0, 2]);
    expect(karpenter(input, plan).nodePools[0]?.spec.limits).toEqual({ cpu: "4", memory: "16384Mi", nodes: "2" });
    // A mixed group's share of the limit: 3 nodes, base 2, 50% Spot above: 3 on-demand, 0 Spot. The
    // Spot managed node group would have a maximum of 0, which EKS refuses: it is left out.
    const mixed = webCluster({ maxNodes: 3, capacity: { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 } });
    const mixedExport = eksctl(mixed);
    expect(mixedExport.config.managedNodeGroups.map((managed) => [managed.name, managed.maxSize])).toEqual([
      ["web-on-demand", 3],
    ]);
    expect(mixedExport.notes).toContainEqual({
      code: "export-managed-node-group-left-out",
      params: { nodeGroup: "web", managedNodeGroup: "web-spot" },
    });
    // maxNodes 0: no managed node group at all, and a NodePool that launches nothing.
    const none = webCluster({ maxNodes: 0 });
    expect(eksctl(none).config.managedNodeGroups).toEqual([]);
    expect(eksctl(none).notes).toContainEqual({
      code: "export-managed-node-group-left-out",
      params: { nodeGroup: "web", managedNodeGroup: "web" },
    });
    expect(karpenter(none).nodePools[0]?.spec.limits).toEqual({ cpu: "0", memory: "0Mi", nodes: "0" });
  });

  it("splits the group's maximum, not each half's planned nodes, when the group has no maxNodes", () => {
    // 4 nodes, base 4: 4 on-demand, 0 Spot. The group's maximum is 2 × 4 = 8: base 4, then 4 at 50%
    // Spot = 2 + 2, so 6 on-demand and 2 Spot (each half doubled separately gave 8 and 1). The
    // on-demand minimum is the base, 4.
    const input = webCluster({ capacity: { type: "mixed", onDemandBase: 4, spotPercentAboveBase: 50 } });
    const { plan } = planned(input);
    expect([plan.nodeGroups[0]?.nodes, plan.nodeGroups[0]?.onDemandNodes, plan.nodeGroups[0]?.spotNodes]).toEqual([
      4, 4, 0,
    ]);
    const groups = eksctl(input, plan).config.managedNodeGroups;
    expect(groups.map((group) => [group.name, group.desiredCapacity, group.minSize, group.maxSize])).toEqual([
      ["web-on-demand", 4, 4, 6],
      ["web-spot", 0, 0, 2],
    ]);
  });

  it("configures one max pods for a group of mixed types: the smallest over its types", () => {
    // The plan sizes the group on t3.large (35 IP slots), but m5.large has 29.
    const input = webCluster({ instanceTypes: ["t3.large", "m5.large"] });
    const { plan } = planned(input);
    expect([plan.nodeGroups[0]?.instanceType, plan.nodeGroups[0]?.allocatable?.pods]).toEqual(["t3.large", 35]);
    expect(karpenter(input, plan).nodeClasses[0]?.spec.kubelet).toEqual({ maxPods: 29 });
    const config = eksctl(input, plan).config;
    expect(config.managedNodeGroups[0]?.instanceTypes).toEqual(["t3.large", "m5.large"]);
    expect(config.managedNodeGroups[0]?.maxPodsPerNode).toBe(29);
    // Bottlerocket (ENI table: t3.large 35, m5.large 29): the same one value for both.
    const bottlerocket = webCluster({ instanceTypes: ["t3.large", "m5.large"], profile: "bottlerocket" });
    const bottlerocketPlan = planCluster(bottlerocket, catalog);
    expect(bottlerocketPlan.nodeGroups[0]?.allocatable?.pods).toBe(35);
    expect(eksctl(bottlerocket, bottlerocketPlan).config.managedNodeGroups[0]?.maxPodsPerNode).toBe(29);
    expect(karpenter(bottlerocket, bottlerocketPlan).nodeClasses[0]?.spec.kubelet).toEqual({ maxPods: 29 });
  });

  it("sets maxPodsPerNode on AL2023 managed node groups, as eksctl does since v0.199.0", () => {
    // maxPods 20 on m5.large, where EKS's own default is 29: eksctl writes a nodeadm NodeConfig.
    const input = webCluster({
      maxPods: 20,
      capacity: { type: "mixed", onDemandBase: 1, spotPercentAboveBase: 50 },
    });
    const { plan } = planned(input);
    expect(plan.nodeGroups[0]?.allocatable?.pods).toBe(20);
    const config = eksctl(input, plan).config;
    expect(config.managedNodeGroups.map((group) => [group.name, group.amiFamily, group.maxPodsPerNode])).toEqual([
      ["web-on-demand", "AmazonLinux2023", 20],
      ["web-spot", "AmazonLinux2023", 20],
    ]);
    expect(config.metadata.annotations).toEqual({ "eksize.io/name": "Web" });
    expect(karpenter(input, plan).nodeClasses[0]?.spec.kubelet).toEqual({ maxPods: 20 });
    // On Bottlerocket eksctl sets it as settings.kubernetes.max-pods.
    const bottlerocket = webCluster({ maxPods: 20, profile: "bottlerocket" });
    expect(eksctl(bottlerocket).config.managedNodeGroups[0]?.maxPodsPerNode).toBe(20);
  });

  it("never sets more max pods than the VPC CNI can address: m5.xlarge with MAX_ENI 3, custom networking and pods' security groups gets 16", () => {
    const input = webCluster(
      { instanceTypes: ["m5.xlarge"], network: { customNetworking: true } },
      { network: { cni: { maxEni: 3 }, securityGroupWorkloads: ["web"] } },
    );
    const { plan } = planned(input);
    // The plan counts custom networking only: 3 ENIs × 14 + 2 = 44. MAX_ENI 3 and the trunk ENI leave
    // one ENI for pod addresses: 1 × 14 + 2 = 16 (max-pods-calculator.sh --cni-max-eni 2
    // --cni-custom-networking-enabled gives 16 as well).
    expect(plan.nodeGroups[0]?.allocatable?.pods).toBe(44);
    const note = {
      code: "export-max-pods-limited",
      params: { nodeGroup: "web", instanceType: "m5.xlarge", planned: 44, exported: 16 },
    };
    const exported = eksctl(input, plan);
    expect(exported.config.managedNodeGroups[0]?.maxPodsPerNode).toBe(16);
    expect(exported.notes).toEqual([note]);
    const manifests = karpenter(input, plan);
    expect(manifests.nodeClasses[0]?.spec.kubelet).toEqual({ maxPods: 16 });
    expect(manifests.notes).toContainEqual(note);
    // Without MAX_ENI the trunk still takes an ENI: 2 × 14 + 2 = 30.
    const noMaxEni = webCluster(
      { instanceTypes: ["m5.xlarge"], network: { customNetworking: true } },
      { network: { securityGroupWorkloads: ["web"] } },
    );
    expect(eksctl(noMaxEni).config.managedNodeGroups[0]?.maxPodsPerNode).toBe(30);
  });

  it("splits a node group of several EKS AMI types into one managed node group per AMI type", () => {
    // x86 m5.large, arm64 m6g.large, NVIDIA g5.xlarge, Neuron inf2.xlarge, arm64 NVIDIA g5g.xlarge.
    // The plan sizes the group on m6g.large (4 nodes): that part comes first and carries the plan.
    const input = webCluster({
      instanceTypes: ["m5.large", "m6g.large", "g5.xlarge", "inf2.xlarge", "g5g.xlarge"],
      maxNodes: 8,
    });
    const { plan } = planned(input);
    expect([plan.nodeGroups[0]?.instanceType, plan.nodeGroups[0]?.nodes]).toEqual(["m6g.large", 4]);
    const exported = eksctl(input, plan);
    expect(
      exported.config.managedNodeGroups.map((group) => [
        group.name,
        group.instanceTypes,
        group.desiredCapacity,
        group.minSize,
        group.maxSize,
        group.maxPodsPerNode,
      ]),
    ).toEqual([
      ["web-arm64", ["m6g.large"], 4, 0, 8, 29],
      ["web-x86", ["m5.large"], 0, 0, 8, 29],
      ["web-nvidia", ["g5.xlarge"], 0, 0, 8, 58],
      ["web-neuron", ["inf2.xlarge"], 0, 0, 8, 58],
      ["web-arm64-nvidia", ["g5g.xlarge"], 0, 0, 8, 58],
    ]);
    expect(exported.notes).toEqual([
      {
        code: "export-ami-types-split",
        params: {
          nodeGroup: "web",
          managedNodeGroups: ["web-arm64", "web-x86", "web-nvidia", "web-neuron", "web-arm64-nvidia"],
        },
      },
    ]);
    // One NodePool may mix them: the al2023@latest alias resolves an AMI per type.
    expect(karpenter(input, plan).nodePools.map((pool) => pool.spec.template.spec.requirements[0]?.values)).toEqual([
      ["m5.large", "m6g.large", "g5.xlarge", "inf2.xlarge", "g5g.xlarge"],
    ]);
  });

  it("lists at most 20 instance types in a managed node group, the planned one kept", () => {
    const big = ["m5.12xlarge", "m5.16xlarge", "m5.24xlarge", "m5.2xlarge", "m5.4xlarge", "m5.8xlarge", "m5.xlarge"];
    const more = ["m5a.12xlarge", "m5a.16xlarge", "m5a.24xlarge", "m5a.4xlarge", "m5a.8xlarge", "m5a.xlarge"];
    const most = ["m6i.12xlarge", "m6i.16xlarge", "m6i.24xlarge", "m6i.2xlarge", "m6i.32xlarge", "m6i.4xlarge"];
    const late = ["m6i.8xlarge", "m6i.xlarge", "m6i.large", "m5.large", "m5a.large", "m5a.2xlarge"];
    const input = webCluster({ instanceTypes: [...big, ...more, ...most, ...late] });
    const { plan } = planned(input);
    // 25 types; the plan takes the 25th, m5a.2xlarge (1 node).
    expect([plan.nodeGroups[0]?.options.length, plan.nodeGroups[0]?.instanceType]).toEqual([25, "m5a.2xlarge"]);
    const exported = eksctl(input, plan);
    // The first 19 in the group's order, then the planned type.
    expect(exported.config.managedNodeGroups[0]?.instanceTypes).toEqual([...big, ...more, ...most, "m5a.2xlarge"]);
    expect(exported.config.managedNodeGroups[0]?.instanceTypes).toHaveLength(20);
    expect(exported.notes).toEqual([
      {
        code: "export-instance-types-limited",
        params: {
          managedNodeGroup: "web",
          maximum: 20,
          left: ["m6i.8xlarge", "m6i.xlarge", "m6i.large", "m5.large", "m5a.large"],
        },
      },
    ]);
  });

  it("flags Fargate profiles past EKS's default quota of 10", () => {
    const names = Array.from({ length: 11 }, (_, index) => `w${index + 1}`);
    const input = scenario({
      workloads: names.map((name) => ({ name, replicas: 1, cpuMillicores: 250, memoryMiB: 512 })),
      fargateProfiles: names.map((name) => ({ name: `fp-${name}`, workloads: [name] })),
    });
    const exported = eksctl(input);
    expect(exported.config.fargateProfiles).toHaveLength(11);
    expect(exported.notes).toEqual([
      { code: "export-fargate-profiles-over-quota", params: { profiles: 11, quota: 10 } },
    ]);
    // Ten are within the quota.
    const ten = scenario({
      workloads: names.slice(0, 10).map((name) => ({ name, replicas: 1, cpuMillicores: 250, memoryMiB: 512 })),
      fargateProfiles: names.slice(0, 10).map((name) => ({ name: `fp-${name}`, workloads: [name] })),
    });
    expect(eksctl(ten).notes).toEqual([]);
  });

  it("lists only the instance types the planner could use, as the Karpenter NodePool does", () => {
    const input = webCluster({ instanceTypes: ["c5q.xlarge", "m5.large"] });
    const { plan } = planned(input);
    expect(plan.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown-instance-type", "nodeGroups.0.instanceTypes.0"],
    ]);
    expect(eksctl(input, plan).config.managedNodeGroups[0]?.instanceTypes).toEqual(["m5.large"]);
    expect(karpenter(input, plan).nodePools[0]?.spec.template.spec.requirements[0]?.values).toEqual(["m5.large"]);
  });

  it("turns prefix delegation and a custom WARM_IP_TARGET into VPC CNI configuration values", () => {
    const input = webCluster({ network: { prefixDelegation: true } }, { network: { cni: { warmIpTarget: 5 } } });
    const { plan } = planned(input);
    // Prefix delegation on m5.large: 3 × (9 × 16) + 2 = 434, EKS's recommendation caps it at 110.
    expect(plan.nodeGroups[0]?.allocatable?.pods).toBe(110);
    const config = eksctl(input, plan).config;
    expect(config.addons).toEqual([
      {
        name: "vpc-cni",
        configurationValues: '{"env":{"ENABLE_PREFIX_DELEGATION":"true","WARM_IP_TARGET":"5"}}',
        resolveConflicts: "overwrite",
      },
    ]);
    expect(config.managedNodeGroups[0]?.maxPodsPerNode).toBe(110);
    expect(karpenter(input, plan).nodeClasses[0]?.spec.kubelet).toEqual({ maxPods: 110 });
  });

  it("sets only the VPC CNI variables that differ from the defaults", () => {
    expect(vpcCniEnvironment(defaultScenario)).toEqual({});
    const input = webCluster(
      { network: { customNetworking: true } },
      {
        network: {
          cni: { warmEniTarget: 2, warmIpTarget: 3, minimumIpTarget: 10, warmPrefixTarget: 1, maxEni: 2 },
          securityGroupWorkloads: ["web"],
        },
      },
    );
    expect(vpcCniEnvironment(input)).toEqual({
      AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: "true",
      ENABLE_POD_ENI: "true",
      WARM_ENI_TARGET: "2",
      WARM_IP_TARGET: "3",
      MINIMUM_IP_TARGET: "10",
      MAX_ENI: "2",
    });
    // 0 IP targets mean unset, as in the VPC CNI.
    expect(vpcCniEnvironment(webCluster({}, { network: { cni: { warmIpTarget: 0, minimumIpTarget: 0 } } }))).toEqual(
      {},
    );
    expect(
      vpcCniEnvironment(
        webCluster({ network: { prefixDelegation: true } }, { network: { cni: { warmPrefixTarget: 2 } } }),
      ),
    ).toEqual({ ENABLE_PREFIX_DELEGATION: "true", WARM_PREFIX_TARGET: "2" });
  });

  it("exports a private cluster with its Kubernetes version, private node groups and the autoscaling endpoint", () => {
    const input = webCluster({}, { cluster: { privateCluster: true, kubernetesVersion: "1.33" } });
    const config = eksctl(input).config;
    expect(config.metadata).toEqual({
      name: "web",
      region: "us-east-1",
      version: "1.33",
      annotations: { "eksize.io/name": "Web" },
    });
    expect(config.privateCluster).toEqual({ enabled: true, additionalEndpointServices: ["autoscaling"] });
    expect(config.managedNodeGroups[0]?.privateNetworking).toBe(true);
    // Without the Cluster Autoscaler: no Auto Scaling endpoint, no autoscaler policy or ASG tags.
    const fixedConfig = eksctl(webCluster({}, { cluster: { privateCluster: true, autoscaler: "none" } })).config;
    expect(fixedConfig.privateCluster).toEqual({ enabled: true });
    expect(fixedConfig.metadata.version).toBeUndefined();
    expect(fixedConfig.managedNodeGroups[0]?.iam).toBeUndefined();
    expect(fixedConfig.managedNodeGroups[0]?.propagateASGTags).toBeUndefined();
    expect(eksctl(defaultScenario).config.privateCluster).toBeUndefined();
  });

  it("takes Kubernetes versions as EKS offers them on the data's date, and refuses the others with the list", () => {
    const at = (version: string, date: string) => {
      const input = webCluster({}, { cluster: { kubernetesVersion: version } });
      return eksctlClusterConfig(input, planCluster(input, catalog), catalog, { date });
    };
    // EKS release calendar: 1.30's extended support ended 2026-07-23; 1.36 was released 2026-06-02.
    const refused = {
      ok: false,
      issues: [
        {
          code: "kubernetes-version-unsupported",
          path: "cluster.kubernetesVersion",
          params: {
            version: "1.30",
            date: "2026-09-20",
            standard: ["1.36", "1.35", "1.34"],
            extended: ["1.33", "1.32", "1.31"],
          },
        },
      ],
    };
    expect(at("1.30", "2026-09-20")).toEqual(refused);
    expect(at("1.37", "2026-09-20").ok).toBe(false);
    expect(at("1.10", "2026-09-20").ok).toBe(false);
    expect(ok(at("1.31", "2026-09-20")).config.metadata.version).toBe("1.31");
    expect(ok(at("1.36", "2026-09-20")).config.metadata.version).toBe("1.36");
    // On 2026-07-01 1.30 was still in extended support.
    expect(ok(at("1.30", "2026-07-01")).config.metadata.version).toBe("1.30");
  });

  it("uses the cluster name as given or refuses it with the reason, never lower-casing it", () => {
    const input = webCluster({});
    expect(eksctl(input, undefined, { clusterName: "MyCluster" }).config.metadata.name).toBe("MyCluster");
    const refusal = (name: string, reason: string, maximum: number) => ({
      ok: false,
      issues: [{ code: "export-cluster-name-invalid", params: { name, reason, maximum } }],
    });
    const plan = planCluster(input, catalog);
    expect(eksctlClusterConfig(input, plan, catalog, { clusterName: "My Cluster" })).toEqual(
      refusal("My Cluster", "characters", 100),
    );
    // EKS allows _, eksctl does not (IsInvalidNameArg).
    expect(eksctlClusterConfig(input, plan, catalog, { clusterName: "prod_1" })).toEqual(
      refusal("prod_1", "characters", 100),
    );
    expect(eksctlClusterConfig(input, plan, catalog, { clusterName: "-prod" })).toEqual(
      refusal("-prod", "first-character", 100),
    );
    expect(eksctlClusterConfig(input, plan, catalog, { clusterName: "" })).toEqual(refusal("", "empty", 100));
    expect(eksctlClusterConfig(input, plan, catalog, { clusterName: "a".repeat(101) })).toEqual(
      refusal("a".repeat(101), "too-long", 100),
    );
    expect(eksctl(input, plan, { clusterName: "a".repeat(100) }).config.metadata.name).toHaveLength(100);
    // With Karpenter, eksctl-KarpenterNodeRole-<name> must fit IAM's 64 characters: 39 at most.
    expect(karpenterManifests(input, plan, catalog, { clusterName: "a".repeat(40) })).toEqual(
      refusal("a".repeat(40), "karpenter-role-too-long", 39),
    );
    expect(karpenter(input, plan, { clusterName: "A".repeat(39) }).nodeClasses[0]?.spec.role).toBe(
      `eksctl-KarpenterNodeRole-${"A".repeat(39)}`,
    );
    const withKarpenter = webCluster({}, { cluster: { autoscaler: "karpenter" } });
    expect(eksctlClusterConfig(withKarpenter, plan, catalog, { clusterName: "a".repeat(40) }).ok).toBe(false);
  });

  it("makes the eksctl file create what the Karpenter EC2NodeClasses select when Karpenter is the autoscaler", () => {
    const input = webCluster({ capacity: { type: "spot" } }, { cluster: { autoscaler: "karpenter" } });
    const { plan } = planned(input);
    const { config } = eksctl(input, plan, { clusterName: "Shop-1" });
    expect(config.metadata.tags).toEqual({ "karpenter.sh/discovery": "Shop-1" });
    expect(config.karpenter).toEqual({ version: "1.14.1", withSpotInterruptionQueue: true });
    expect(config.managedNodeGroups[0]?.iam).toBeUndefined();
    const manifests = karpenter(input, plan, { clusterName: "Shop-1" });
    // eksctl creates the role eksctl-KarpenterNodeRole-<cluster> and tags the private subnets and the
    // security groups with the discovery tag of metadata.tags.
    expect(manifests.nodeClasses[0]?.spec).toMatchObject({
      role: "eksctl-KarpenterNodeRole-Shop-1",
      subnetSelectorTerms: [{ tags: config.metadata.tags }],
      securityGroupSelectorTerms: [{ tags: config.metadata.tags }],
    });
    expect(manifests.notes).toEqual([]);
    // On-demand only: no Spot interruption queue. Without Karpenter: no karpenter block, no tags.
    expect(eksctl(webCluster({}, { cluster: { autoscaler: "karpenter" } })).config.karpenter).toEqual({
      version: "1.14.1",
    });
    expect(eksctl(webCluster({})).config).not.toHaveProperty("karpenter");
    expect(eksctl(webCluster({})).config.metadata).not.toHaveProperty("tags");
  });

  it("exports Bottlerocket as its AMI family, alias and data volume", () => {
    const input = webCluster(
      { profile: "bottlerocket", rootVolume: { sizeGiB: 50, type: "gp2" } },
      { cluster: { autoscaler: "karpenter" } },
    );
    const { plan } = planned(input);
    // Bottlerocket: the ENI table's 29 for m5.large.
    expect(plan.nodeGroups[0]?.allocatable?.pods).toBe(29);
    const group = eksctl(input, plan).config.managedNodeGroups[0];
    expect([group?.amiFamily, group?.volumeSize, group?.volumeType, group?.maxPodsPerNode, group?.iam]).toEqual([
      "Bottlerocket",
      50,
      "gp2",
      29,
      undefined,
    ]);
    expect(karpenter(input, plan).nodeClasses[0]?.spec).toEqual({
      role: "eksctl-KarpenterNodeRole-web",
      amiSelectorTerms: [{ alias: "bottlerocket@latest" }],
      subnetSelectorTerms: [{ tags: { "karpenter.sh/discovery": "web" } }],
      securityGroupSelectorTerms: [{ tags: { "karpenter.sh/discovery": "web" } }],
      kubelet: { maxPods: 29 },
      blockDeviceMappings: [
        { deviceName: "/dev/xvda", ebs: { volumeSize: "4Gi", volumeType: "gp3", encrypted: true } },
        { deviceName: "/dev/xvdb", ebs: { volumeSize: "50Gi", volumeType: "gp2", encrypted: true } },
      ],
    });
  });

  it("splits a Fargate profile of 7 workloads into profiles of at most 5 selectors", () => {
    const names = ["w1", "w2", "w3", "w4", "w5", "w6", "w7"];
    const input = scenario({
      name: "Jobs",
      workloads: names.map((name) => ({ name, replicas: 1, cpuMillicores: 250, memoryMiB: 512 })),
      fargateProfiles: [{ name: "batch", workloads: names }],
    });
    const { plan, cost } = planned(input);
    expect(plan.fargate.map((entry) => [entry.workload, entry.size])).toEqual(
      names.map((name) => [name, { vcpu: 0.25, memoryGB: 1 }]),
    );
    const config = eksctl(input, plan).config;
    expect(config.managedNodeGroups).toEqual([]);
    expect(config.fargateProfiles).toEqual([
      {
        name: "batch",
        selectors: names
          .slice(0, 5)
          .map((name) => ({ namespace: "default", labels: { "app.kubernetes.io/name": name } })),
      },
      {
        name: "batch-2",
        selectors: names.slice(5).map((name) => ({ namespace: "default", labels: { "app.kubernetes.io/name": name } })),
      },
    ]);
    expect(karpenter(input, plan)).toMatchObject({ nodePools: [], nodeClasses: [] });
    // 0.25 vCPU × $0.04048 + 1 GB × $0.004445 = $0.014565 an hour, × 730 h = $10.63245 a pod.
    expect(planReport(input, plan, cost).fargate[0]).toEqual({
      workload: "w1",
      pods: 1,
      vcpu: 0.25,
      memoryGB: 1,
      usdPerMonth: 10.63,
    });
  });

  it("leaves out Fargate workloads that Fargate cannot run, and node groups without a usable type", () => {
    const input = scenario({
      workloads: [
        { name: "privileged", replicas: 1, cpuMillicores: 100, memoryMiB: 128, privileged: true },
        { name: "pinned", replicas: 2, cpuMillicores: 100, memoryMiB: 128, nodeGroup: "typo" },
      ],
      nodeGroups: [{ name: "typo", instanceTypes: ["m5.nosuch"] }],
      fargateProfiles: [{ name: "fp", workloads: ["privileged"] }],
    });
    const { plan, cost } = planned(input);
    const config = eksctl(input, plan).config;
    expect(config.managedNodeGroups).toEqual([]);
    expect(config.fargateProfiles).toBeUndefined();
    expect(config.metadata).toEqual({ name: "eksize-cluster", region: "us-east-1" });
    expect(karpenter(input, plan)).toMatchObject({ nodePools: [], nodeClasses: [] });
    const report = planReport(input, plan, cost);
    expect(report.nodeGroups[0]).toMatchObject({ name: "typo", instanceType: null, nodes: 0, maxPods: null });
    expect(report.unschedulable).toEqual([
      { workload: "privileged", pods: 1, nodeGroup: null, reason: "fargate", detail: "privileged" },
      { workload: "pinned", pods: 2, nodeGroup: "typo", reason: "no-node-group", detail: null },
    ]);
  });

  it("makes names AWS and Kubernetes accept, keeping the originals in annotations", () => {
    const input = scenario({
      name: 'Tom\'s "prod", #1: 서울\nteam',
      workloads: [
        { name: '웹 "front", #1', replicas: 1, cpuMillicores: 250, memoryMiB: 512 },
        { name: "api", replicas: 2, cpuMillicores: 250, memoryMiB: 512 },
      ],
      nodeGroups: [
        { name: '일반: "A", #1', instanceTypes: ["m5.large"] },
        { name: "일반", instanceTypes: ["m5.large"] },
      ],
      fargateProfiles: [{ name: "eks-fargate", workloads: ['웹 "front", #1'] }],
    });
    const { plan } = planned(input);
    const config = eksctl(input, plan).config;
    expect(config.metadata.name).toBe("tom-s-prod-1-team");
    expect(config.metadata.annotations).toEqual({ "eksize.io/name": 'Tom\'s "prod", #1: 서울\nteam' });
    expect(config.managedNodeGroups.map((group) => [group.name, group.labels["eksize.io/node-group"]])).toEqual([
      ["a-1", "a-1"],
      ["node-group-2", "node-group-2"],
    ]);
    // EKS reserves the eks- prefix for Fargate profile names.
    expect(config.fargateProfiles).toEqual([
      {
        name: "fp-eks-fargate",
        selectors: [{ namespace: "default", labels: { "app.kubernetes.io/name": "front-1" } }],
      },
    ]);
    const { nodePools, nodeClasses } = karpenter(input, plan, { clusterName: "prod-1" });
    expect(nodePools.map((pool) => [pool.metadata.name, pool.metadata.annotations["eksize.io/name"]])).toEqual([
      ["a-1", '일반: "A", #1'],
      ["node-group-2", "일반"],
    ]);
    expect(nodeClasses[0]?.spec.role).toBe("eksctl-KarpenterNodeRole-prod-1");
  });

  it("never changes a given cluster name: any text is used exactly or refused (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: "binary" }), fc.boolean(), (name, karpenter) => {
        const result = exportClusterName(defaultScenario, name, { karpenter });
        if (result.ok) {
          expect(result.value).toBe(name);
          expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]*$/);
          expect(name.length).toBeLessThanOrEqual(karpenter ? 39 : 100);
        } else {
          expect(result.issues).toHaveLength(1);
          expect(result.issues[0]).toMatchObject({ code: "export-cluster-name-invalid", params: { name } });
        }
      }),
    );
  });

  it("makes a cluster name from the scenario's name when none is given: a slug that fits every export", () => {
    expect(exportClusterName(defaultScenario)).toEqual({ ok: true, value: "online-shop-production" });
    expect(exportClusterName(scenario({ name: "2024 Prod" }))).toEqual({ ok: true, value: "eksize-2024-prod" });
    expect(exportClusterName(scenario({ name: "서울" }))).toEqual({ ok: true, value: "eksize-cluster" });
    // 39 characters at most, so that eksctl-KarpenterNodeRole-<name> fits IAM's 64.
    expect(exportClusterName(scenario({ name: "x".repeat(60) }))).toEqual({ ok: true, value: "x".repeat(39) });
    expect(eksctl(defaultScenario, undefined, { clusterName: "shop" }).config.metadata.name).toBe("shop");
  });
});

describe("planReport with unknown prices and discounts", () => {
  it("keeps unknown figures as null", () => {
    // A region the catalogue has no prices for.
    const input = webCluster({}, { region: "xx-nowhere-1" });
    const { plan, cost } = planned(input);
    const report = planReport(input, plan, cost);
    expect(report.dataDate).toBeNull();
    expect(report.nodeGroups[0]).toMatchObject({ onDemandUsdPerMonth: null, usdPerMonth: null });
    expect(report.bill.totalUsdPerMonth).toBeNull();
    expect(planCsv(report).split("\r\n")[1]).toBe("node-group,web,,m5.large,4,4,0,29,71.2,36.8,,,,,,,0,6.4,");
  });

  it("reports the discounts the bill took off", () => {
    const input = webCluster(
      {},
      {
        cluster: {
          discounts: {
            computeSavingsPercent: 10,
            enterpriseDiscountPercent: 5,
            savingsPlanType: "compute",
            savingsPlanDiscountPercent: 0,
          },
        },
      },
    );
    const { plan, cost } = planned(input);
    const bill = planReport(input, plan, cost).bill;
    // 4 × m5.large at $0.096 × 730 h = $280.32 on demand; 10% savings = $28.032.
    expect(bill.computeSavingsUsdPerMonth).toBe(28.03);
    expect(bill.lines[0]).toEqual({ line: "on-demand", usdPerMonth: 252.29, rateRegion: null, estimate: false });
    // 252.288 + control plane 73 + root volumes 4 × 20 GB × $0.08 = 331.688; 5% off: 16.5844.
    expect(bill.enterpriseDiscountUsdPerMonth).toBe(16.58);
    expect(bill.totalUsdPerMonth).toBe(315.1);
  });
});

describe("csvCell and csvRow", () => {
  it("quote a field with a double quote, comma or line break, doubling the quotes (RFC 4180)", () => {
    expect(csvCell('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\r")).toBe('"cr\r"');
    expect(csvCell("서울 #1: a")).toBe("서울 #1: a");
    expect(csvCell(null)).toBe("");
    expect(csvCell(1.5)).toBe("1.5");
    expect(csvCell(false)).toBe("false");
    expect(csvRow(["a", 1, null, 'b"'])).toBe('a,1,,"b"""');
  });
});
