import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultNodeGroup,
  defaultScenario,
  diffScenarios,
  validateScenario,
  type DaemonSet,
  type FargateProfile,
  type NodeGroup,
  type Scenario,
  type ScenarioDifference,
  type Workload,
} from "eksize";

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────────

/** The default scenario with some fields replaced. */
function withFields(fields: Partial<Scenario>): Scenario {
  return { ...defaultScenario, ...fields };
}

/** The default scenario's workload of that name. */
function workloadNamed(name: string): Workload {
  return defaultScenario.workloads.find((workload) => workload.name === name)!;
}

/** The default scenario with the named workload changed. */
function withWorkload(name: string, change: Partial<Workload>): Scenario {
  return withFields({
    workloads: defaultScenario.workloads.map((workload) =>
      workload.name === name ? { ...workload, ...change } : workload,
    ),
  });
}

/** The default scenario with the named node group changed. */
function withNodeGroup(name: string, change: Partial<NodeGroup>): Scenario {
  return withFields({
    nodeGroups: defaultScenario.nodeGroups.map((group) => (group.name === name ? { ...group, ...change } : group)),
  });
}

const general = defaultScenario.nodeGroups[0]!;

// ── Literal expectations ──────────────────────────────────────────────────────────────────────────

describe("diffScenarios", () => {
  it("finds nothing between identical scenarios, or a scenario and its deep copy", () => {
    expect(diffScenarios(defaultScenario, defaultScenario)).toEqual([]);
    expect(diffScenarios(defaultScenario, structuredClone(defaultScenario))).toEqual([]);
  });

  it("a changed number: one difference at the field, with both values", () => {
    expect(diffScenarios(defaultScenario, withWorkload("web-frontend", { replicas: 8 }))).toEqual([
      { kind: "changed", path: ["workloads", "web-frontend", "replicas"], a: 6, b: 8 },
    ]);
    expect(diffScenarios(defaultScenario, withFields({ region: "eu-west-1" }))).toEqual([
      { kind: "changed", path: ["region"], a: "us-east-1", b: "eu-west-1" },
    ]);
  });

  it("reordering workloads, DaemonSets, node groups or Fargate profiles is no difference", () => {
    const a = withFields({ fargateProfiles: [...defaultScenario.fargateProfiles, { name: "spare", workloads: [] }] });
    const reordered = withFields({
      workloads: defaultScenario.workloads.toReversed(),
      daemonSets: defaultScenario.daemonSets.toReversed(),
      nodeGroups: defaultScenario.nodeGroups.toReversed(),
      fargateProfiles: a.fargateProfiles.toReversed(),
    });
    expect(diffScenarios(a, reordered)).toEqual([]);
  });

  it("a renamed workload is one removed and one added, in A's order then B's", () => {
    const renamed = { ...workloadNamed("grafana"), name: "grafana-v2" };
    const b = withFields({
      workloads: defaultScenario.workloads.map((workload) =>
        workload.name === "grafana"
          ? renamed
          : workload.name === "email-worker"
            ? { ...workload, replicas: 3 }
            : workload,
      ),
    });
    expect(diffScenarios(defaultScenario, b)).toEqual([
      { kind: "removed", path: ["workloads", "grafana"], a: workloadNamed("grafana"), b: undefined },
      { kind: "changed", path: ["workloads", "email-worker", "replicas"], a: 2, b: 3 },
      { kind: "added", path: ["workloads", "grafana-v2"], a: undefined, b: renamed },
    ]);
  });

  it("an added node group is one difference carrying the whole group; removing it is the mirror", () => {
    const gpu: NodeGroup = { ...defaultNodeGroup("gpu", ["g5.xlarge"]), maxNodes: 4 };
    const b = withFields({ nodeGroups: [...defaultScenario.nodeGroups, gpu] });
    expect(diffScenarios(defaultScenario, b)).toEqual([
      { kind: "added", path: ["nodeGroups", "gpu"], a: undefined, b: gpu },
    ]);
    expect(diffScenarios(b, defaultScenario)).toEqual([
      { kind: "removed", path: ["nodeGroups", "gpu"], a: gpu, b: undefined },
    ]);
  });

  it("instance types compare whole and in order: the order is a preference", () => {
    const reordered = ["m5.xlarge", "m6i.xlarge", "m6a.xlarge"];
    expect(diffScenarios(defaultScenario, withNodeGroup("general", { instanceTypes: reordered }))).toEqual([
      {
        kind: "changed",
        path: ["nodeGroups", "general", "instanceTypes"],
        a: ["m6i.xlarge", "m5.xlarge", "m6a.xlarge"],
        b: reordered,
      },
    ]);
  });

  it("a Fargate profile's workloads compare whole, in any order: the profile selects a set", () => {
    const a = withFields({ fargateProfiles: [{ name: "workers", workloads: ["email-worker", "batch-jobs"] }] });
    const reordered = withFields({ fargateProfiles: [{ name: "workers", workloads: ["batch-jobs", "email-worker"] }] });
    const fewer = withFields({ fargateProfiles: [{ name: "workers", workloads: ["email-worker"] }] });
    expect(diffScenarios(a, reordered)).toEqual([]);
    expect(diffScenarios(a, fewer)).toEqual([
      {
        kind: "changed",
        path: ["fargateProfiles", "workers", "workloads"],
        a: ["email-worker", "batch-jobs"],
        b: ["email-worker"],
      },
    ]);
    // A repeated name is not the same list.
    const repeated = withFields({
      fargateProfiles: [{ name: "workers", workloads: ["email-worker", "email-worker"] }],
    });
    expect(diffScenarios(fewer, repeated)).toHaveLength(1);
  });

  it("nested cluster settings recurse to their fields, in the Scenario type's order", () => {
    const b = withFields({
      cluster: {
        ...defaultScenario.cluster,
        supportTier: "extended",
        loadBalancers: { ...defaultScenario.cluster.loadBalancers, nlbs: 3 },
        discounts: {
          computeSavingsPercent: 20,
          enterpriseDiscountPercent: 0,
          savingsPlanType: "compute",
          savingsPlanDiscountPercent: 0,
        },
      },
      currency: "KRW",
    });
    expect(diffScenarios(defaultScenario, b)).toEqual([
      { kind: "changed", path: ["currency"], a: "USD", b: "KRW" },
      { kind: "changed", path: ["cluster", "supportTier"], a: "standard", b: "extended" },
      { kind: "changed", path: ["cluster", "loadBalancers", "nlbs"], a: 1, b: 3 },
      { kind: "changed", path: ["cluster", "discounts", "computeSavingsPercent"], a: 0, b: 20 },
    ]);
  });

  it("a node group's network and root volume recurse to their fields", () => {
    const b = withNodeGroup("batch-spot", {
      network: { prefixDelegation: true, customNetworking: false },
      rootVolume: { sizeGiB: 20, type: "gp2" },
      maxNodes: 10,
    });
    expect(diffScenarios(defaultScenario, b)).toEqual([
      { kind: "changed", path: ["nodeGroups", "batch-spot", "maxNodes"], a: null, b: 10 },
      { kind: "changed", path: ["nodeGroups", "batch-spot", "network", "prefixDelegation"], a: false, b: true },
      { kind: "changed", path: ["nodeGroups", "batch-spot", "rootVolume", "type"], a: "gp3", b: "gp2" },
    ]);
  });

  it("a mixed capacity's fields recurse; a changed capacity type is one difference with both objects", () => {
    const moreSpot = withNodeGroup("general", {
      capacity: { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 70 },
    });
    expect(diffScenarios(defaultScenario, moreSpot)).toEqual([
      { kind: "changed", path: ["nodeGroups", "general", "capacity", "spotPercentAboveBase"], a: 50, b: 70 },
    ]);
    expect(diffScenarios(defaultScenario, withNodeGroup("general", { capacity: { type: "spot" } }))).toEqual([
      {
        kind: "changed",
        path: ["nodeGroups", "general", "capacity"],
        a: { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 },
        b: { type: "spot" },
      },
    ]);
    expect(general.capacity.type).toBe("mixed");
  });

  it("DaemonSets and a workload's optional fields, several differences in field order", () => {
    const daemonSets: DaemonSet[] = defaultScenario.daemonSets.map((daemonSet) =>
      daemonSet.name === "fluent-bit" ? { ...daemonSet, memoryMiB: 256 } : daemonSet,
    );
    const b = withFields({
      ...withWorkload("redis", { nodeGroup: "general", architecture: "arm64", fargate: true }),
      daemonSets,
    });
    expect(diffScenarios(defaultScenario, b)).toEqual([
      { kind: "changed", path: ["workloads", "redis", "architecture"], a: null, b: "arm64" },
      { kind: "changed", path: ["workloads", "redis", "fargate"], a: false, b: true },
      { kind: "changed", path: ["workloads", "redis", "nodeGroup"], a: null, b: "general" },
      { kind: "changed", path: ["daemonSets", "fluent-bit", "memoryMiB"], a: 128, b: 256 },
    ]);
  });

  it("0 and -0 are the same amount", () => {
    const b = withFields({
      cluster: {
        ...defaultScenario.cluster,
        discounts: {
          computeSavingsPercent: -0,
          enterpriseDiscountPercent: 0,
          savingsPlanType: "compute",
          savingsPlanDiscountPercent: 0,
        },
      },
    });
    expect(diffScenarios(defaultScenario, b)).toEqual([]);
  });
});

// ── Properties: 6,000 generated pairs in all ──────────────────────────────────────────────────────

/** Small domains, so that two generated values are often equal and differences are few. */
const workloadArb = (name: string, groups: readonly string[]): fc.Arbitrary<Workload> =>
  fc.record({
    name: fc.constant(name),
    replicas: fc.integer({ min: 0, max: 3 }),
    cpuMillicores: fc.constantFrom(250, 500, 0.5),
    memoryMiB: fc.constantFrom(512, 1024),
    architecture: fc.constantFrom(null, "amd64" as const, "arm64" as const),
    gpus: fc.constantFrom(0, 1),
    accelerator: fc.constantFrom("nvidia.com/gpu" as const, "aws.amazon.com/neuron" as const),
    hostNetwork: fc.boolean(),
    privileged: fc.boolean(),
    fargate: fc.boolean(),
    nodeGroup: fc.constantFrom(null, ...groups),
    zoneSpread: fc.constantFrom(null, { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" as const }),
    maxPodsPerNode: fc.constantFrom(null, 1),
    disruptionBudget: fc.constantFrom(null, { maxUnavailable: 1 }),
    autoscaling: fc.constantFrom(null, { minReplicas: 1, maxReplicas: 4, profile: "office-hours" as const }),
  });

const daemonSetArb = (name: string): fc.Arbitrary<DaemonSet> =>
  fc.record({
    name: fc.constant(name),
    cpuMillicores: fc.constantFrom(25, 100),
    memoryMiB: fc.constantFrom(0, 128),
    hostNetwork: fc.boolean(),
  });

const nodeGroupArb = (name: string): fc.Arbitrary<NodeGroup> =>
  fc.record({
    name: fc.constant(name),
    instanceTypes: fc.shuffledSubarray(["m5.large", "m6i.large", "c5.large"], { minLength: 1 }),
    capacity: fc.constantFrom<NodeGroup["capacity"]>(
      { type: "on-demand" },
      { type: "spot" },
      { type: "mixed", onDemandBase: 1, spotPercentAboveBase: 50 },
      { type: "mixed", onDemandBase: 2, spotPercentAboveBase: 50 },
      { type: "mixed", onDemandBase: 1, spotPercentAboveBase: 75 },
    ),
    minNodes: fc.constantFrom(0, 2),
    maxNodes: fc.constantFrom(null, 10),
    availabilityZones: fc.constantFrom(2, 3),
    network: fc.record({ prefixDelegation: fc.boolean(), customNetworking: fc.boolean() }),
    maxPods: fc.constantFrom(null, 58),
    profile: fc.constantFrom("amazon-linux" as const, "bottlerocket" as const),
    amazonLinux: fc.constant("2023" as const),
    vmMemoryOverheadPercent: fc.constantFrom(null, 6),
    rootVolume: fc.record({ sizeGiB: fc.constantFrom(20, 50), type: fc.constantFrom("gp3" as const, "gp2" as const) }),
    targetUtilisationPercent: fc.constantFrom(100, 80),
    minValues: fc.constantFrom(null, 3),
    consolidationPolicy: fc.constantFrom("WhenEmptyOrUnderutilized" as const, "WhenEmpty" as const),
  });

const WORKLOADS = ["web", "api", "db", "cache"];
const GROUPS = ["general", "spot", "gpu"];

/** A valid scenario whose names come from small pools, so that two scenarios share many names. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    workloadNames: fc.shuffledSubarray(WORKLOADS),
    groupNames: fc.shuffledSubarray(GROUPS),
    daemonSetNames: fc.shuffledSubarray(["aws-node", "kube-proxy", "agent"]),
    profileNames: fc.shuffledSubarray(["workers", "apis"]),
  })
  .chain(({ workloadNames, groupNames, daemonSetNames, profileNames }) =>
    fc.record({
      version: fc.constant(1 as const),
      name: fc.constantFrom("", "Shop"),
      region: fc.constantFrom("us-east-1", "eu-west-1"),
      hoursPerMonth: fc.constantFrom(730, 720),
      currency: fc.constantFrom("USD" as const, "KRW" as const),
      krwPerUsd: fc.constantFrom(1400, 1385.5),
      workloads: fc.tuple(...workloadNames.map((name) => workloadArb(name, groupNames))),
      daemonSets: fc.tuple(...daemonSetNames.map(daemonSetArb)),
      nodeGroups: fc.tuple(...groupNames.map(nodeGroupArb)),
      fargateProfiles: fc.tuple(
        ...profileNames.map((name): fc.Arbitrary<FargateProfile> =>
          fc.record({ name: fc.constant(name), workloads: fc.shuffledSubarray(workloadNames) }),
        ),
      ),
      cluster: fc.record({
        supportTier: fc.constantFrom("standard" as const, "extended" as const),
        controlPlaneTier: fc.constantFrom("standard" as const, "tier-xl" as const),
        peakPodsPerSecond: fc.constantFrom(null, 150),
        peakApiSeats: fc.constant(null),
        kubernetesVersion: fc.constantFrom(null, "1.33"),
        privateCluster: fc.boolean(),
        autoscaler: fc.constantFrom("cluster-autoscaler" as const, "karpenter" as const),
        scaleDownDelayMinutes: fc.constantFrom(null, 30),
        loadBalancers: fc.record({
          ingresses: fc.constantFrom(0, 5),
          ingressesPerAlb: fc.constantFrom(1, 5),
          nlbs: fc.constantFrom(0, 1),
          nlbTargetType: fc.constantFrom("instance" as const, "ip" as const),
          capacityUnitsPerHour: fc.constantFrom(1, 2.5),
        }),
        discounts: fc.record({
          computeSavingsPercent: fc.constantFrom(0, 28),
          enterpriseDiscountPercent: fc.constantFrom(0, 5),
          savingsPlanType: fc.constantFrom("compute" as const, "ec2-instance" as const),
          savingsPlanDiscountPercent: fc.constantFrom(0, 28),
        }),
      }),
    }),
  );

const LISTS = ["workloads", "daemonSets", "nodeGroups", "fargateProfiles"] as const;

/** The same scenario with every named list, and every Fargate profile's workloads, in another order. */
const reorderedArb = (scenario: Scenario): fc.Arbitrary<Scenario> => {
  const permutation = <T>(items: readonly T[]) =>
    fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
  return fc
    .record({
      workloads: permutation(scenario.workloads),
      daemonSets: permutation(scenario.daemonSets),
      nodeGroups: permutation(scenario.nodeGroups),
      fargateProfiles: fc.tuple(
        ...scenario.fargateProfiles.map((profile) =>
          permutation(profile.workloads).map((workloads) => ({ ...profile, workloads })),
        ),
      ),
    })
    .chain((lists) => permutation(lists.fargateProfiles).map((fargateProfiles) => ({ ...lists, fargateProfiles })))
    .map((lists) => ({ ...scenario, ...lists }));
};

/**
 * B made of A and another scenario: each top-level field, and each named item, from either, so that
 * the pair differs in a few places or none; then reordered. Names stay unique within each list.
 */
const pairArb: fc.Arbitrary<readonly [Scenario, Scenario]> = fc
  .tuple(scenarioArb, scenarioArb, fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }))
  .chain(([a, other, picks]) => {
    let pick = 0;
    const fromOther = () => picks[pick++ % picks.length]!;
    const mixed: Record<string, unknown> = { ...a };
    for (const key of Object.keys(a) as (keyof Scenario)[]) {
      if ((LISTS as readonly string[]).includes(key)) {
        const list = key as (typeof LISTS)[number];
        const names = [...new Set([...a[list], ...other[list]].map((item) => item.name))];
        mixed[list] = names.flatMap((name) => {
          const source = fromOther() ? other : a;
          return (source[list] as readonly { name: string }[]).filter((item) => item.name === name);
        });
      } else if (fromOther() && fromOther()) {
        mixed[key] = other[key];
      }
    }
    return fc.tuple(fc.constant(a), reorderedArb(mixed as unknown as Scenario));
  });

/** Any pair: identical, reordered, mixed, or unrelated. */
const anyPairArb = fc.oneof(
  scenarioArb.map((a) => [a, a] as const),
  scenarioArb.chain((a) => fc.tuple(fc.constant(a), reorderedArb(a))),
  pairArb,
  fc.tuple(scenarioArb, scenarioArb),
);

/** A text that is equal for two scenarios exactly when they are deep-equal modulo named-list and Fargate-selection order. */
function canonical(scenario: Scenario): string {
  const byName = <T extends { readonly name: string }>(items: readonly T[]) =>
    items.toSorted((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  const sortedKeys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortedKeys)
      : typeof value === "object" && value !== null
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
          )
        : value;
  return JSON.stringify(
    sortedKeys({
      ...scenario,
      workloads: byName(scenario.workloads),
      daemonSets: byName(scenario.daemonSets),
      nodeGroups: byName(scenario.nodeGroups),
      fargateProfiles: byName(scenario.fargateProfiles).map((profile) => ({
        ...profile,
        workloads: profile.workloads.toSorted(),
      })),
    }),
  );
}

/** A's scenario with the differences applied: B's, modulo order, when the diff is complete and right. */
function apply(a: Scenario, differences: readonly ScenarioDifference[]): Scenario {
  const result = structuredClone(a) as unknown as Record<string, unknown>;
  const set = (target: Record<string, unknown>, path: readonly string[], difference: ScenarioDifference) => {
    const parents = path.slice(0, -1);
    let node = target;
    for (const key of parents) node = node[key] as Record<string, unknown>;
    const last = path.at(-1)!;
    if (difference.kind === "removed") Reflect.deleteProperty(node, last);
    else node[last] = structuredClone(difference.b);
  };
  for (const difference of differences) {
    const [head = "", name = "", ...rest] = difference.path;
    if (!(LISTS as readonly string[]).includes(head)) {
      set(result, difference.path, difference);
      continue;
    }
    const items = result[head] as Record<string, unknown>[];
    if (rest.length > 0)
      set(
        items.find((item) => item["name"] === name)!,
        rest,
        difference,
      );
    else if (difference.kind === "added") items.push(structuredClone(difference.b) as Record<string, unknown>);
    else if (difference.kind === "removed") result[head] = items.filter((item) => item["name"] !== name);
  }
  return result as unknown as Scenario;
}

const swapped = (difference: ScenarioDifference): ScenarioDifference =>
  difference.kind === "changed"
    ? { ...difference, a: difference.b, b: difference.a }
    : difference.kind === "added"
      ? { kind: "removed", path: difference.path, a: difference.b, b: undefined }
      : { kind: "added", path: difference.path, a: undefined, b: difference.a };

const byPath = (left: ScenarioDifference, right: ScenarioDifference) =>
  JSON.stringify(left.path) < JSON.stringify(right.path) ? -1 : 1;

describe("properties", () => {
  it("a scenario against itself, or a copy with its lists reordered, has no difference (1,000 scenarios)", () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((a) => fc.tuple(fc.constant(a), reorderedArb(a))),
        ([a, reordered]) => {
          expect(validateScenario(a)).toEqual({ ok: true, value: a });
          expect(diffScenarios(a, a)).toEqual([]);
          expect(diffScenarios(a, structuredClone(a))).toEqual([]);
          expect(diffScenarios(a, reordered)).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("B against A is A against B with sides swapped: same paths, added ↔ removed, a ↔ b (2,000 pairs)", () => {
    fc.assert(
      fc.property(anyPairArb, ([a, b]) => {
        const forward = diffScenarios(a, b);
        const backward = diffScenarios(b, a);
        expect(backward.map(swapped).toSorted(byPath)).toEqual(forward.toSorted(byPath));
        // Each path once, and never a difference inside an added or removed value.
        const paths = forward.map((difference) => JSON.stringify(difference.path));
        expect(new Set(paths).size).toBe(paths.length);
        for (const difference of forward) {
          for (const other of forward) {
            if (other !== difference && other.path.length > difference.path.length) {
              expect(other.path.slice(0, difference.path.length)).not.toEqual(difference.path);
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("no difference exactly when deep-equal modulo order; applying the differences to A gives B (2,000 pairs)", () => {
    fc.assert(
      fc.property(anyPairArb, ([a, b]) => {
        const differences = diffScenarios(a, b);
        expect(differences.length === 0).toBe(canonical(a) === canonical(b));
        expect(canonical(apply(a, differences))).toBe(canonical(b));
        expect(diffScenarios(a, b)).toEqual(differences);
      }),
      { numRuns: 2000 },
    );
  });

  it("the generated pairs exercise both sides of the equivalence (1,000 pairs)", () => {
    const samples = fc.sample(anyPairArb, { numRuns: 1000, seed: 42 });
    const empty = samples.filter(([a, b]) => diffScenarios(a, b).length === 0).length;
    expect(empty).toBeGreaterThan(200);
    expect(empty).toBeLessThan(800);
  });
});
