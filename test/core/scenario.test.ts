import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultNodeGroup, defaultScenario, validateScenario, type Scenario } from "eksize";
import { getInstanceType, regions } from "eksize/data";

const minimal = {
  version: 1,
  region: "us-east-1",
  workloads: [{ name: "web", replicas: 3, cpuMillicores: 250, memoryMiB: 512 }],
  nodeGroups: [{ name: "general", instanceTypes: ["m5.large"] }],
};

function issuesOf(input: unknown) {
  const result = validateScenario(input);
  return result.ok ? [] : result.issues;
}

describe("validateScenario", () => {
  it("fills every omitted optional field with its default", () => {
    const result = validateScenario(minimal);
    expect(result).toEqual({
      ok: true,
      value: {
        version: 1,
        name: "",
        region: "us-east-1",
        hoursPerMonth: 730,
        currency: "USD",
        krwPerUsd: 1400,
        workloads: [
          {
            name: "web",
            replicas: 3,
            cpuMillicores: 250,
            memoryMiB: 512,
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
          },
        ],
        daemonSets: [],
        nodeGroups: [
          {
            name: "general",
            instanceTypes: ["m5.large"],
            capacity: { type: "on-demand" },
            minNodes: 0,
            maxNodes: null,
            availabilityZones: 3,
            network: { prefixDelegation: false, customNetworking: false },
            maxPods: null,
            profile: "amazon-linux",
            amazonLinux: "2023",
            vmMemoryOverheadPercent: null,
            rootVolume: { sizeGiB: 20, type: "gp3" },
            targetUtilisationPercent: 100,
            minValues: null,
            consolidationPolicy: "WhenEmptyOrUnderutilized",
          },
        ],
        fargateProfiles: [],
        cluster: {
          supportTier: "standard",
          controlPlaneTier: "standard",
          peakPodsPerSecond: null,
          peakApiSeats: null,
          kubernetesVersion: null,
          privateCluster: false,
          autoscaler: "cluster-autoscaler",
          scaleDownDelayMinutes: null,
          loadBalancers: {
            ingresses: 0,
            ingressesPerAlb: 1,
            nlbs: 0,
            nlbTargetType: "instance",
            capacityUnitsPerHour: 1,
          },
          discounts: {
            computeSavingsPercent: 0,
            enterpriseDiscountPercent: 0,
            savingsPlanType: "compute",
            savingsPlanDiscountPercent: 0,
          },
        },
      },
    });
  });

  it("fills a node group exactly as defaultNodeGroup builds one", () => {
    const result = validateScenario(minimal);
    expect(result.ok && result.value.nodeGroups[0]).toEqual(defaultNodeGroup("general", ["m5.large"]));
  });

  it("reports every bad value at once, with its path and a code", () => {
    const input = {
      ...minimal,
      hoursPerMonth: 800,
      workloads: [
        { name: "web", replicas: -1, cpuMillicores: "250m", memoryMiB: 512 },
        { name: "", replicas: 1.5, cpuMillicores: 100, memoryMiB: 64, gpu: 1 },
      ],
      nodeGroups: [{ name: "general", instanceTypes: [], capacity: { type: "reserved" } }],
    };
    expect(issuesOf(input)).toEqual([
      { code: "scenario-out-of-range", path: "hoursPerMonth", params: { bound: "max", limit: 744, received: "800" } },
      {
        code: "scenario-out-of-range",
        path: "workloads.0.replicas",
        params: { bound: "min", limit: 0, received: "-1" },
      },
      {
        code: "scenario-wrong-type",
        path: "workloads.0.cpuMillicores",
        params: { expected: "number", received: '"250m"' },
      },
      { code: "scenario-too-short", path: "workloads.1.name", params: { minimum: 1, received: "0" } },
      { code: "scenario-not-whole-number", path: "workloads.1.replicas", params: { received: "1.5" } },
      { code: "scenario-unknown-field", path: "workloads.1.gpu", params: {} },
      { code: "scenario-too-short", path: "nodeGroups.0.instanceTypes", params: { minimum: 1, received: "0" } },
      {
        code: "scenario-not-allowed",
        path: "nodeGroups.0.capacity.type",
        params: { allowed: '("on-demand" | "spot" | "mixed")', received: '"reserved"' },
      },
    ]);
  });

  it("checks a workload's spread: maxSkew and maxPodsPerNode from 1, a budget of one kind, percents to 100%", () => {
    const workload = (extra: Record<string, unknown>) =>
      validateScenario({
        version: 1,
        region: "us-east-1",
        workloads: [{ name: "web", replicas: 3, cpuMillicores: 250, memoryMiB: 512, ...extra }],
      });
    expect(workload({ zoneSpread: { maxSkew: 0, whenUnsatisfiable: "DoNotSchedule" }, maxPodsPerNode: 0 })).toEqual({
      ok: false,
      issues: [
        {
          code: "scenario-out-of-range",
          path: "workloads.0.zoneSpread.maxSkew",
          params: { bound: "min", limit: 1, received: "0" },
        },
        {
          code: "scenario-out-of-range",
          path: "workloads.0.maxPodsPerNode",
          params: { bound: "min", limit: 1, received: "0" },
        },
      ],
    });
    expect(workload({ disruptionBudget: { minAvailable: "150%" } })).toEqual({
      ok: false,
      issues: [
        {
          code: "scenario-not-allowed",
          path: "workloads.0.disruptionBudget.minAvailable",
          params: { allowed: "0%–100%", received: '"150%"' },
        },
      ],
    });
    expect(workload({ disruptionBudget: { minAvailable: 1, maxUnavailable: 1 } })).toEqual({
      ok: false,
      issues: [
        {
          code: "scenario-not-allowed",
          path: "workloads.0.disruptionBudget",
          params: { allowed: "minAvailable | maxUnavailable", received: "Object" },
        },
      ],
    });
    const valid = workload({
      zoneSpread: { maxSkew: 2, whenUnsatisfiable: "ScheduleAnyway" },
      maxPodsPerNode: 1,
      disruptionBudget: { maxUnavailable: "25%" },
    });
    expect(valid.ok && valid.value.workloads[0]).toMatchObject({
      zoneSpread: { maxSkew: 2, whenUnsatisfiable: "ScheduleAnyway" },
      maxPodsPerNode: 1,
      disruptionBudget: { maxUnavailable: "25%" },
    });
  });

  it("names a missing field and a region that is not a region code", () => {
    expect(issuesOf({ version: 1, region: "Seoul" })).toEqual([
      {
        code: "scenario-not-allowed",
        path: "region",
        params: { allowed: "/^[a-z]{2}(-gov)?-[a-z]+-\\d+$/", received: '"Seoul"' },
      },
    ]);
    expect(issuesOf({ version: 1 })).toEqual([{ code: "scenario-missing-field", path: "region", params: {} }]);
  });

  it("finds repeated names, references to nothing and a maximum below the minimum", () => {
    const input = {
      ...minimal,
      workloads: [
        { name: "web", replicas: 1, cpuMillicores: 100, memoryMiB: 64, nodeGroup: "gpu" },
        { name: "web", replicas: 1, cpuMillicores: 100, memoryMiB: 64 },
      ],
      nodeGroups: [{ name: "general", instanceTypes: ["m5.large"], minNodes: 3, maxNodes: 2 }],
      fargateProfiles: [{ name: "batch", workloads: ["jobs"] }],
    };
    expect(issuesOf(input)).toEqual([
      { code: "scenario-duplicate-name", path: "workloads.1.name", params: { name: "web" } },
      {
        code: "scenario-unknown-reference",
        path: "workloads.0.nodeGroup",
        params: { name: "gpu", refersTo: "node-group" },
      },
      {
        code: "scenario-unknown-reference",
        path: "fargateProfiles.0.workloads.0",
        params: { name: "jobs", refersTo: "workload" },
      },
      {
        code: "scenario-out-of-range",
        path: "nodeGroups.0.maxNodes",
        params: { bound: "min", limit: 3, received: "2" },
      },
    ]);
  });

  it("says when a scenario comes from a newer eksize", () => {
    expect(issuesOf({ ...minimal, version: 2 })).toEqual([
      { code: "scenario-version-too-new", path: "version", params: { version: 2, supported: 1 } },
    ]);
    expect(issuesOf({ ...minimal, version: 0 })[0]?.code).toBe("scenario-not-allowed");
  });

  it("rejects what is not a scenario at all, without throwing", () => {
    for (const input of [null, undefined, 42, "scenario", [], { version: "1" }]) {
      expect(validateScenario(input).ok).toBe(false);
    }
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateScenario(input);
        expect(typeof result.ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateScenario({ ...minimal, workloads: [{ ...minimal.workloads[0], replicas: value }] });
        if (!result.ok) expect(result.issues.every((issue) => issue.path?.startsWith("workloads.0"))).toBe(true);
      }),
    );
  });
});

describe("defaultScenario", () => {
  it("is a valid scenario, unchanged by validation", () => {
    expect(validateScenario(defaultScenario)).toEqual({ ok: true, value: defaultScenario });
  });

  it("names only instance types and a region the dataset knows", () => {
    const types = defaultScenario.nodeGroups.flatMap((group) => group.instanceTypes);
    expect(types.filter((name) => getInstanceType(name) === undefined)).toEqual([]);
    expect(regions).toContain(defaultScenario.region);
  });

  it("looks like a small company's cluster: a dozen workloads, system DaemonSets, Spot and Fargate", () => {
    const scenario: Scenario = defaultScenario;
    expect(scenario.workloads.length).toBe(13);
    expect(scenario.workloads.reduce((pods, workload) => pods + workload.replicas, 0)).toBe(36);
    expect(scenario.daemonSets.map((daemonSet) => daemonSet.name)).toContain("aws-node");
    expect(scenario.nodeGroups.map((group) => group.capacity.type)).toEqual(["mixed", "spot"]);
    expect(scenario.fargateProfiles[0]?.workloads).toEqual(["email-worker"]);
  });
});
