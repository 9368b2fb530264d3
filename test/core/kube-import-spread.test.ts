/**
 * The kubectl import's spread: `topologySpreadConstraints` and required `podAntiAffinity` into a
 * workload's `zoneSpread` and `maxPodsPerNode`, and PodDisruptionBudgets (`pdbs`) into its
 * `disruptionBudget`. The fixture (test/core/fixtures/kube/spread) has web (3 pods in shop: a required
 * zone spread, a preferred spread over nodes, anti-affinity on the hostname), kafka (3 pods in data:
 * maxSkew 2 over zones, a required spread over nodes) and api (2 pods in shop: anti-affinity against
 * web's pods, and against its own on the zone), and six budgets.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultScenario, importedScenario, importKubernetes, planCluster, type KubeImport } from "eksize";
import { catalog } from "eksize/data";

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/kube/spread/${name}`, import.meta.url), "utf8");
const pods = fixture("pods.json");
const pdbs = fixture("pdbs.json");

function imported(input: Parameters<typeof importKubernetes>[0]): KubeImport {
  const result = importKubernetes(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** A pod list of one Deployment's pods, each with `labels` and the spec fields in `spec`. */
function podList(pods: readonly { labels: Record<string, string>; spec?: Record<string, unknown> }[]): string {
  return JSON.stringify({
    kind: "List",
    items: pods.map(({ labels, spec }, index) => ({
      kind: "Pod",
      metadata: {
        name: `web-5d8f7c6b9-${"bcdfg"[index]}x2k4`,
        namespace: "shop",
        labels,
        ownerReferences: [{ kind: "ReplicaSet", name: "web-5d8f7c6b9", controller: true }],
      },
      spec: { containers: [{ resources: { requests: { cpu: "100m", memory: "128Mi" } } }], ...spec },
      status: { phase: "Running" },
    })),
  });
}

/** A budget list: each budget in shop unless it says otherwise. */
function budgetList(budgets: readonly Record<string, unknown>[]): string {
  return JSON.stringify({
    kind: "List",
    items: budgets.map(({ name, namespace = "shop", ...spec }) => ({
      kind: "PodDisruptionBudget",
      metadata: { name, namespace },
      spec,
    })),
  });
}

const hostnameAntiAffinity = (labelSelector: unknown, extra: Record<string, unknown> = {}) => ({
  affinity: {
    podAntiAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: [
        { topologyKey: "kubernetes.io/hostname", labelSelector, ...extra },
      ],
    },
  },
});

describe("importKubernetes reads how workloads spread", () => {
  it("reads the fixture's spread constraints, anti-affinity and budgets, and warns of what it cannot plan", () => {
    const found = imported({ pods, pdbs });
    expect(
      found.workloads.map(({ name, replicas, zoneSpread, maxPodsPerNode, disruptionBudget }) => ({
        name,
        replicas,
        zoneSpread,
        maxPodsPerNode,
        disruptionBudget,
      })),
    ).toEqual([
      // Two budgets select api's pods: the first by name is kept.
      { name: "api", replicas: 2, zoneSpread: null, maxPodsPerNode: null, disruptionBudget: { minAvailable: 1 } },
      {
        name: "kafka",
        replicas: 3,
        zoneSpread: { maxSkew: 2, whenUnsatisfiable: "DoNotSchedule" },
        maxPodsPerNode: null,
        disruptionBudget: { maxUnavailable: 1 },
      },
      {
        name: "web",
        replicas: 3,
        zoneSpread: { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" },
        maxPodsPerNode: 1,
        // The budget of the same name in staging selects no pod of shop's web.
        disruptionBudget: { minAvailable: "100%" },
      },
    ]);
    expect(found.issues).toEqual([
      {
        code: "kube-spread-other-pods",
        params: { name: "api", rule: "podAntiAffinity", topologyKey: "kubernetes.io/hostname" },
      },
      {
        code: "kube-spread-not-planned",
        params: { name: "api", rule: "podAntiAffinity", topologyKey: "topology.kubernetes.io/zone" },
      },
      { code: "kube-pdb-several", params: { name: "api", budgets: ["api-a", "api-b"] } },
      {
        code: "kube-spread-not-planned",
        params: { name: "kafka", rule: "topologySpreadConstraints", topologyKey: "kubernetes.io/hostname" },
      },
    ]);
  });

  it("leaves every workload unspread and without a budget when the pods have no rules and no budgets are given", () => {
    const found = imported({ pods: podList([{ labels: { app: "web" } }, { labels: { app: "web" } }]) });
    expect(found.workloads[0]).toMatchObject({ zoneSpread: null, maxPodsPerNode: null, disruptionBudget: null });
    expect(found.issues).toEqual([]);
  });

  it("matches selectors against the labels all of a workload's pods share", () => {
    const rule = hostnameAntiAffinity({ matchLabels: { app: "web", revision: "2" } });
    // One pod of the new revision and one of the old: "revision" is not the workload's, so the term counts other pods.
    const rolling = imported({
      pods: podList([
        { labels: { app: "web", revision: "2" }, spec: rule },
        { labels: { app: "web", revision: "1" }, spec: rule },
      ]),
    });
    expect(rolling.workloads[0]!.maxPodsPerNode).toBeNull();
    expect(rolling.issues.map((issue) => issue.code)).toEqual(["kube-spread-other-pods"]);
    const settled = imported({
      pods: podList([
        { labels: { app: "web", revision: "2" }, spec: rule },
        { labels: { app: "web", revision: "2" }, spec: rule },
      ]),
    });
    expect(settled.workloads[0]!.maxPodsPerNode).toBe(1);
  });

  it.each([
    ["In", { matchExpressions: [{ key: "app", operator: "In", values: ["web", "api"] }] }, 1],
    ["NotIn another value", { matchExpressions: [{ key: "app", operator: "NotIn", values: ["api"] }] }, 1],
    ["NotIn its value", { matchExpressions: [{ key: "app", operator: "NotIn", values: ["web"] }] }, null],
    ["Exists", { matchExpressions: [{ key: "app", operator: "Exists" }] }, 1],
    ["DoesNotExist", { matchExpressions: [{ key: "app", operator: "DoesNotExist" }] }, null],
    [
      "an operator Kubernetes does not have",
      { matchExpressions: [{ key: "app", operator: "Gt", values: ["1"] }] },
      null,
    ],
    ["{}, every pod", {}, 1],
    ["no selector, no pod", null, null],
  ] as const)("evaluates a selector with %s", (_label, selector, maxPodsPerNode) => {
    const found = imported({ pods: podList([{ labels: { app: "web" }, spec: hostnameAntiAffinity(selector) }]) });
    expect(found.workloads[0]!.maxPodsPerNode).toBe(maxPodsPerNode);
  });

  it("counts a term's own namespace only when it names none, names the pod's, or selects every namespace", () => {
    const maxPerNode = (extra: Record<string, unknown>) =>
      imported({
        pods: podList([{ labels: { app: "web" }, spec: hostnameAntiAffinity({ matchLabels: { app: "web" } }, extra) }]),
      }).workloads[0]!.maxPodsPerNode;
    expect(maxPerNode({})).toBe(1);
    expect(maxPerNode({ namespaces: ["shop", "staging"] })).toBe(1);
    expect(maxPerNode({ namespaceSelector: {} })).toBe(1);
    expect(maxPerNode({ namespaces: ["staging"] })).toBeNull();
    expect(maxPerNode({ namespaceSelector: { matchLabels: { team: "a" } } })).toBeNull();
  });

  it("prefers a required zone spread to a preferred one, and the smaller skew; a preferred rule alone is no warning", () => {
    const spread = (maxSkew: number, whenUnsatisfiable: string, topologyKey = "topology.kubernetes.io/zone") => ({
      maxSkew,
      topologyKey,
      whenUnsatisfiable,
      labelSelector: { matchLabels: { app: "web" } },
    });
    const found = imported({
      pods: podList([
        {
          labels: { app: "web" },
          spec: {
            topologySpreadConstraints: [
              spread(1, "ScheduleAnyway"),
              spread(3, "DoNotSchedule"),
              spread(2, "DoNotSchedule", "failure-domain.beta.kubernetes.io/zone"),
              spread(1, "ScheduleAnyway", "kubernetes.io/hostname"),
            ],
          },
        },
      ]),
    });
    expect(found.workloads[0]!.zoneSpread).toEqual({ maxSkew: 2, whenUnsatisfiable: "DoNotSchedule" });
    expect(found.issues).toEqual([]);
  });
});

describe("importKubernetes reads PodDisruptionBudgets", () => {
  const one = podList([{ labels: { app: "web" } }]);
  const budgetOf = (budgets: readonly Record<string, unknown>[]) =>
    imported({ pods: one, pdbs: budgetList(budgets) }).workloads[0]!.disruptionBudget;

  it("keeps a count or a percent as Kubernetes writes it", () => {
    expect(budgetOf([{ name: "a", selector: { matchLabels: { app: "web" } }, maxUnavailable: "25%" }])).toEqual({
      maxUnavailable: "25%",
    });
    expect(budgetOf([{ name: "a", selector: {}, minAvailable: 2 }])).toEqual({ minAvailable: 2 });
  });

  it("leaves out a budget Kubernetes would refuse or that selects nothing of the workload", () => {
    expect(budgetOf([{ name: "a", selector: { matchLabels: { app: "web" } }, minAvailable: "150%" }])).toBeNull();
    expect(
      budgetOf([{ name: "a", selector: { matchLabels: { app: "web" } }, minAvailable: 1, maxUnavailable: 1 }]),
    ).toBeNull();
    expect(budgetOf([{ name: "a", selector: { matchLabels: { app: "web" } } }])).toBeNull();
    expect(budgetOf([{ name: "a", maxUnavailable: 0 }])).toBeNull();
    expect(budgetOf([{ name: "a", namespace: "other", selector: {}, maxUnavailable: 0 }])).toBeNull();
  });

  it("refuses a budget list given as the pods, and pods given as the budgets, naming where each belongs", () => {
    expect(importKubernetes({ pods: pdbs })).toEqual({
      ok: false,
      issues: [
        { code: "kube-wrong-list", params: { input: "pods", found: "PodDisruptionBudgetList", belongsIn: "pdbs" } },
      ],
    });
    expect(importKubernetes({ pods, pdbs: pods })).toEqual({
      ok: false,
      issues: [{ code: "kube-wrong-list", params: { input: "pdbs", found: "PodList", belongsIn: "pods" } }],
    });
  });
});

describe("an imported spread in the plan", () => {
  it("plans web's 3 pods, one per node and spread over zones, on 3 nodes in 3 zones", () => {
    const found = imported({ pods, pdbs });
    const scenario = importedScenario(
      { ...defaultScenario, nodeGroups: [{ ...defaultScenario.nodeGroups[0]!, minNodes: 0 }], fargateProfiles: [] },
      { ...found, workloads: found.workloads.filter((workload) => workload.name === "web") },
      "web",
    );
    if (!scenario.ok) throw new Error(JSON.stringify(scenario.issues));
    expect(scenario.value.workloads[0]!.disruptionBudget).toEqual({ minAvailable: "100%" });
    const group = planCluster(scenario.value, catalog).nodeGroups[0]!;
    expect(group.fills).toEqual([
      { count: 1, instanceType: "m6a.xlarge", pods: { web: 1 }, zone: 0 },
      { count: 1, instanceType: "m6a.xlarge", pods: { web: 1 }, zone: 1 },
      { count: 1, instanceType: "m6a.xlarge", pods: { web: 1 }, zone: 2 },
    ]);
  });
});
