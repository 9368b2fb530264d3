import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CLUSTER_NETWORK,
  defaultScenario,
  importedScenario,
  importKubernetes,
  kubeCpuMillicores,
  kubeCpuQuantity,
  kubeMemoryMiB,
  kubeMemoryQuantity,
  type CoreIssue,
  type KubeImport,
  type Scenario,
  type Workload,
} from "eksize";
import { literalWorkload as workload } from "../support/scenario.js";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/kube/${name}`, import.meta.url), "utf8");
const pods = fixture("pods.json");
const workloadsList = fixture("workloads.json");
const nodes = fixture("nodes.json");

function issuesOf(result: ReturnType<typeof importKubernetes>): readonly CoreIssue[] {
  return result.ok ? [] : result.issues;
}

describe("importKubernetes on the fixture cluster", () => {
  it("builds workloads grouped by owner, with the scheduler's requests", () => {
    const result = importKubernetes({ pods });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.workloads).toEqual([
      workload("batch-import", 1, 2000, 4096),
      workload("db", 3, 1000, 2048, { architecture: "arm64" }),
      workload("debug", 1, 10, 16),
      workload("gateway", 1, 200, 256, { hostNetwork: true, privileged: true }),
      workload("legacy", 1, 100, 128),
      // 1 CPU and 1 GiB plus the kata RuntimeClass's overhead (250m, 120Mi).
      workload("sandboxed", 1, 1250, 1144),
      workload("trainer", 1, 4000, 16384, { architecture: "amd64", gpus: 1 }),
      // CPU: the migrate init container (500m) beside the proxy sidecar (100m) = 600m > 250 + 50 + 100.
      // Memory: the app (512) + log shipper (32) + sidecar (64) = 608 > 256 + 64.
      workload("shop/web", 2, 600, 608),
      workload("staging/web", 1, 100, 128),
    ]);
    expect(result.value.daemonSets).toEqual([
      { name: "aws-node", cpuMillicores: 50, memoryMiB: 128, hostNetwork: true },
      { name: "node-exporter", cpuMillicores: 50, memoryMiB: 80, hostNetwork: true },
    ]);
    expect(result.value.skipped).toEqual({ completed: 2, finishedJobs: 0 });
    // 9 workloads and 2 DaemonSets from the fixture's 17 pods less the 2 completed.
    expect(result.value.livePods).toBe(15);
    expect(result.value.podsWithoutRequests).toEqual([
      {
        namespace: "default",
        name: "legacy-6f7c9d8b5-pz4wd",
        owner: "legacy",
        missing: ["cpu", "memory"],
        assumed: "default",
        cpuMillicores: 100,
        memoryMiB: 128,
      },
      {
        namespace: "kube-system",
        name: "aws-node-b7xkz",
        owner: "aws-node",
        missing: ["memory"],
        assumed: "default",
        cpuMillicores: 50,
        memoryMiB: 128,
      },
    ]);
    expect(result.value.issues).toEqual([
      { code: "kube-name-changed", params: { name: "shop/web", namespace: "shop", original: "web" } },
      { code: "kube-name-changed", params: { name: "staging/web", namespace: "staging", original: "web" } },
      { code: "kube-requests-differ", params: { name: "node-exporter", variants: 2 } },
    ]);
    expect(result.value.nodes).toBeNull();
    expect(result.value.owners.find((o) => o.name === "shop/web")).toEqual({
      name: "shop/web",
      namespace: "shop",
      kind: "Deployment",
      ownerName: "web",
      pods: 2,
      replicasFrom: "pods",
    });
  });

  it("takes replicas from the workloads list and the limits when asked", () => {
    const result = importKubernetes(
      { pods, workloads: workloadsList },
      { withoutRequests: "limits", defaultCpuMillicores: 200, defaultMemoryMiB: 256 },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const byName = new Map(result.value.workloads.map((w) => [w.name, w]));
    expect(byName.get("shop/web")?.replicas).toBe(3);
    expect(byName.get("db")?.replicas).toBe(3);
    expect(byName.get("legacy")).toEqual(workload("legacy", 1, 500, 1024));
    expect(result.value.daemonSets[0]).toEqual({
      name: "aws-node",
      cpuMillicores: 50,
      memoryMiB: 256,
      hostNetwork: true,
    });
    expect(result.value.podsWithoutRequests.map((p) => p.assumed)).toEqual(["limits", "default"]);
    expect(result.value.owners.find((o) => o.name === "shop/web")?.replicasFrom).toBe("spec");
  });

  it("leaves out the live pods of a finished Job and groups Jobs under their CronJob", () => {
    const running = pods.replace('"phase": "Succeeded"', '"phase": "Running"');
    const alone = importKubernetes({ pods: running });
    const listed = importKubernetes({ pods: running, workloads: workloadsList });
    if (!alone.ok || !listed.ok) throw new Error("refused");
    expect(alone.value.workloads.map((w) => w.name)).toContain("report-28400000");
    expect(listed.value.skipped).toEqual({ completed: 1, finishedJobs: 1 });
    expect([alone.value.livePods, listed.value.livePods]).toEqual([16, 15]);
    expect(listed.value.workloads.map((w) => w.name)).not.toContain("report-28400000");
  });

  it("summarises the nodes, with the requests of the pods bound to them", () => {
    const result = importKubernetes({ pods, nodes });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.nodes).toEqual({
      count: 4,
      kinds: [
        { instanceType: "m5.large", count: 2, cpuMillicores: 2000, memoryMiB: 7749 },
        { instanceType: "m6g.xlarge", count: 1, cpuMillicores: 4000, memoryMiB: 15494 },
        { instanceType: null, count: 1, cpuMillicores: 8000, memoryMiB: 32768 },
      ],
      capacity: { cpuMillicores: 16000, memoryMiB: 63760 },
      allocatable: { cpuMillicores: 15690, memoryMiB: 59746 },
      requested: { cpuMillicores: 10910, memoryMiB: 27480 },
      utilisationPercent: { cpu: (100 * 10910) / 15690, memory: (100 * 27480) / 59746 },
    });
  });

  it("reads a single pod object", () => {
    const single = JSON.stringify((JSON.parse(pods) as { items: unknown[] }).items[3]);
    const result = importKubernetes({ pods: single });
    if (!result.ok) throw new Error("refused");
    expect(result.value.workloads).toEqual([workload("db", 1, 1000, 2048, { architecture: "arm64" })]);
  });
});

describe("importKubernetes refusals", () => {
  it("says where a cut text breaks", () => {
    expect(issuesOf(importKubernetes({ pods: '{"items": [' }))).toEqual([
      { code: "kube-json-syntax", params: { input: "pods", position: 11, line: 1, column: 12, found: null } },
    ]);
    expect(issuesOf(importKubernetes({ pods, nodes: '\uFEFF {\n "items": ]' }))).toEqual([
      { code: "kube-json-syntax", params: { input: "nodes", position: 13, line: 2, column: 11, found: "]" } },
    ]);
  });

  it("refuses empty texts, other JSON and other kinds", () => {
    expect(issuesOf(importKubernetes({ pods: "  " }))).toEqual([
      { code: "kube-json-empty", params: { input: "pods" } },
    ]);
    expect(issuesOf(importKubernetes({ pods: "[1]" }))).toEqual([
      { code: "kube-not-a-list", params: { input: "pods", found: "array" } },
    ]);
    expect(issuesOf(importKubernetes({ pods: '{"kind":"Service"}' }))).toEqual([
      { code: "kube-wrong-list", params: { input: "pods", found: "Service", belongsIn: null } },
    ]);
    expect(issuesOf(importKubernetes({ pods: '{"kind":"List","items":[{"kind":"Service"}]}' }))).toEqual([
      { code: "kube-wrong-list", params: { input: "pods", found: "ServiceList", belongsIn: null } },
    ]);
    // Among pods, an item of another kind is named where it is.
    const mixed = '{"kind":"List","items":[{"kind":"Pod","metadata":{"name":"a"}},{"kind":"Service"}]}';
    expect(issuesOf(importKubernetes({ pods: mixed }))).toEqual([
      { code: "kube-unexpected-kind", params: { input: "pods", expected: "Pod", found: "Service" }, path: "items.1" },
    ]);
  });

  it("refuses an unreadable quantity with its path, and imports nothing", () => {
    const broken = pods.replaceAll('"cpu": "250m"', '"cpu": "250 m"');
    expect(issuesOf(importKubernetes({ pods: broken }))).toEqual([
      {
        code: "kube-quantity-invalid",
        params: { input: "pods", value: "250 m" },
        path: "items.0.spec.containers.0.resources.requests.cpu",
      },
      {
        code: "kube-quantity-invalid",
        params: { input: "pods", value: "250 m" },
        path: "items.1.spec.containers.0.resources.requests.cpu",
      },
      { code: "kube-quantity-invalid", params: { input: "pods", value: "250 m" }, path: "items.13.spec.overhead.cpu" },
    ]);
  });

  it("refuses fields of the wrong type", () => {
    const text = '{"kind":"List","items":[{"kind":"Pod","metadata":{"name":"a"},"spec":{"containers":{}}}]}';
    expect(issuesOf(importKubernetes({ pods: text }))).toEqual([
      { code: "kube-field-invalid", params: { input: "pods", expected: "array" }, path: "items.0.spec.containers" },
    ]);
  });
});

describe("Kubernetes quantities", () => {
  it.each([
    ["250m", 250],
    ["1", 1000],
    ["0.5", 500],
    [".5", 500],
    ["2.", 2000],
    ["0.1", 100],
    ["1e3", 1_000_000],
    ["1E-3", 1],
    ["100u", 1],
    ["1500000n", 2],
    ["+2", 2000],
    ["1k", 1_000_000],
  ])("CPU %s is %i millicores", (text, expected) => {
    expect(kubeCpuMillicores(text)).toBe(expected);
  });

  it.each([
    ["512Mi", 512],
    ["1Gi", 1024],
    ["1G", 954],
    ["100Ki", 1],
    ["1048576", 1],
    ["1048577", 2],
    ["1.5Gi", 1536],
    ["1e9", 954],
    ["1Ti", 1_048_576],
    ["128M", 123],
  ])("memory %s is %i MiB", (text, expected) => {
    expect(kubeMemoryMiB(text)).toBe(expected);
  });

  it.each([
    ["1024", 1024],
    ["512", 512],
    ["1.5", 2],
    ["1e3", 1000],
    ["1E3", 1000],
    ["512Mi", 512],
    ["1Gi", 1024],
    ["1G", 954],
    ["1M", 1],
    ["1E", 953_674_316_407],
  ])("memory %s in a form whose bare numbers are MiB is %i MiB", (text, expected) => {
    expect(kubeMemoryMiB(text, "MiB")).toBe(expected);
  });

  it.each([
    [500, "500m"],
    [250, "250m"],
    [1000, "1"],
    [2000, "2"],
    [1500, "1500m"],
    [0, "0"],
    [1_000_000, "1000"],
  ])("%i millicores are written %s", (millicores, text) => {
    expect(kubeCpuQuantity(millicores)).toBe(text);
    expect(kubeCpuMillicores(text)).toBe(millicores);
  });

  it.each([
    [512, "512Mi"],
    [1024, "1Gi"],
    [1536, "1536Mi"],
    [4096, "4Gi"],
    [1_048_576, "1Ti"],
    [954, "954Mi"],
    [0, "0"],
  ])("%i MiB are written %s", (mib, text) => {
    expect(kubeMemoryQuantity(mib)).toBe(text);
    expect(kubeMemoryMiB(text, "MiB")).toBe(mib);
  });

  it.each(["", "-1", "1.5.0", "Gi", "1 Gi", "1gi", "1e", "1Kib", "1e999", "abc", "0x10"])(
    "%j is not a quantity",
    (text) => {
      expect(kubeCpuMillicores(text)).toBeNull();
      expect(kubeMemoryMiB(text)).toBeNull();
      expect(kubeMemoryMiB(text, "MiB")).toBeNull();
    },
  );
});

describe("importKubernetes never throws", () => {
  const check = (input: { pods: string; workloads?: string; nodes?: string }) => {
    const result = importKubernetes(input);
    if (!result.ok) {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) expect(typeof issue.code).toBe("string");
    }
  };
  it("for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        check({ pods: a, nodes: b });
      }),
      { numRuns: 2000 },
    );
  });
  it("for truncations of the fixtures", () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(pods, workloadsList, nodes), (cut, text) => {
        const short = text.slice(0, cut % text.length);
        check({ pods: short });
        check({ pods, workloads: short, nodes: short });
      }),
      { numRuns: 2000 },
    );
  });
  it("for random JSON, alone and spliced into a pod", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, at) => {
        check({ pods: JSON.stringify(value), workloads: JSON.stringify(value), nodes: JSON.stringify(value) });
        const items = (JSON.parse(pods) as { items: { spec: Record<string, unknown> }[] }).items;
        const pod = items[at % items.length]!;
        const keys = ["containers", "initContainers", "overhead", "nodeSelector", "affinity", "hostNetwork"];
        pod.spec[keys[at % keys.length]!] = value;
        check({ pods: JSON.stringify({ kind: "List", items }) });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("importedScenario", () => {
  const imported = importKubernetes({ pods, workloads: workloadsList });
  if (!imported.ok) throw new Error("the fixture imports");

  it("replaces the workloads and DaemonSets and keeps every other setting of the base", () => {
    const result = importedScenario(defaultScenario, imported.value, "From kubectl");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe("From kubectl");
    expect(result.value.workloads).toEqual(imported.value.workloads);
    expect(result.value.daemonSets).toEqual(imported.value.daemonSets);
    expect(result.value.nodeGroups).toEqual(defaultScenario.nodeGroups);
    expect(result.value.cluster).toEqual(defaultScenario.cluster);
    expect(result.value.region).toBe("us-east-1");
    // The default scenario's "workers" profile selected email-worker, which the cluster does not run.
    expect(result.value.fargateProfiles).toEqual([{ name: "workers", workloads: [] }]);
  });

  it("keeps Fargate profile entries and security-group workloads that the import has", () => {
    const base: Scenario = {
      ...defaultScenario,
      fargateProfiles: [{ name: "jobs", workloads: ["batch-import", "email-worker"] }],
      network: { ...DEFAULT_CLUSTER_NETWORK, securityGroupWorkloads: ["db", "checkout"] },
    };
    const result = importedScenario(base, imported.value, "x");
    expect(result.ok && result.value.fargateProfiles).toEqual([{ name: "jobs", workloads: ["batch-import"] }]);
    expect(result.ok && result.value.network?.securityGroupWorkloads).toEqual(["db"]);
  });

  it("gives a base without node groups the default scenario's general group", () => {
    const result = importedScenario({ ...defaultScenario, nodeGroups: [] }, imported.value, "x");
    expect(result.ok && result.value.nodeGroups.map((group) => group.name)).toEqual(["general"]);
  });

  it("reports what the scenario schema refuses, such as more than 5,000 workloads", () => {
    const many = Array.from({ length: 5001 }, (_, index) => ({ ...imported.value.workloads[0]!, name: `w${index}` }));
    const result = importedScenario(defaultScenario, { workloads: many, daemonSets: [] }, "x");
    expect(result.ok ? [] : result.issues).toEqual([
      { code: "scenario-too-long", path: "workloads", params: { maximum: 5000, received: "5001" } },
    ]);
  });
});

// ── API-style lists: `kubectl get --raw`, the kubelet's /pods (fixtures/kube/raw, see its README) ──

const raw = {
  pods: fixture("raw/pods.json"),
  nodes: fixture("raw/nodes.json"),
  kubeletPods: fixture("raw/kubelet-pods.json"),
};
const CONTROL_PLANE_NODE = "ip-10-0-0-10.eu-west-1.compute.internal";

/** A PodList of hand-written pods (items without kind, as the API writes them). */
function podList(...pods: { name: string; spec: Record<string, unknown>; owner?: [string, string] }[]): string {
  return JSON.stringify({
    kind: "PodList",
    apiVersion: "v1",
    items: pods.map(({ name, spec, owner }) => ({
      metadata: {
        name,
        namespace: "default",
        ...(owner && { ownerReferences: [{ kind: owner[0], name: owner[1], controller: true }] }),
      },
      spec,
      status: { phase: "Running" },
    })),
  });
}

function imported(text: string): KubeImport {
  const result = importKubernetes({ pods: text });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("importKubernetes on API lists whose items have no kind", () => {
  it("imports a PodList: pod-level resources, every accelerator, ReplicationControllers, requests of 0", () => {
    const result = importKubernetes({ pods: raw.pods, nodes: raw.nodes });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.workloads).toEqual([
      // spec.resources requests 1 CPU and 512Mi: it takes precedence over the containers' 500m and 128Mi.
      workload("ide", 1, 1000, 512),
      // A ReplicationController's two pods are one workload.
      workload("legacy-rc", 2, 250, 256),
      workload("llm", 2, 2000, 8192, { gpus: 2, accelerator: "aws.amazon.com/neuroncore" }),
      // cpu "0" and memory "0": sized like a pod without requests, by the defaults.
      workload("queue", 1, 100, 128),
      workload("render", 1, 1500, 6144, { gpus: 1, accelerator: "amd.com/gpu" }),
    ]);
    expect(result.value.owners.map((owner) => [owner.name, owner.kind, owner.pods])).toEqual([
      ["ide", "Deployment", 1],
      ["legacy-rc", "ReplicationController", 2],
      ["llm", "Deployment", 2],
      ["queue", "Deployment", 1],
      ["render", "StatefulSet", 1],
      ["kube-proxy", "DaemonSet", 3],
    ]);
    expect(result.value.podsWithoutRequests[0]).toEqual({
      namespace: "default",
      name: "queue-5d7f9c6b8-h4n2s",
      owner: "queue",
      missing: ["cpu", "memory"],
      assumed: "default",
      cpuMillicores: 100,
      memoryMiB: 128,
    });
  });

  it("leaves out the control plane's static pods and control-plane DaemonSets, with the reason", () => {
    const result = importKubernetes({ pods: raw.pods, nodes: raw.nodes });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const staticPod = (name: string) => ({
      namespace: "kube-system",
      kind: "Pod",
      name: `${name}-${CONTROL_PLANE_NODE}`,
      pods: 1,
      reason: "control-plane-static-pod",
    });
    expect(result.value.leftOut).toEqual([
      {
        namespace: "kube-system",
        kind: "DaemonSet",
        name: "aws-cloud-controller-manager",
        pods: 1,
        reason: "control-plane-daemonset",
      },
      staticPod("etcd"),
      staticPod("kube-apiserver"),
      staticPod("kube-controller-manager"),
      staticPod("kube-scheduler"),
      // kube-vip is no component of the control plane: its node's role label in the nodes list tells.
      staticPod("kube-vip"),
    ]);
    // 16 pods: 6 left out, 10 imported; kube-proxy runs on all three nodes.
    expect(result.value.livePods).toBe(10);
    expect(result.value.daemonSets).toEqual([
      { name: "kube-proxy", cpuMillicores: 100, memoryMiB: 128, hostNetwork: true },
    ]);
    // Without the nodes list, kube-vip's mirror pod is a bare pod like any other.
    expect(imported(raw.pods).workloads.map((w) => w.name)).toContain(`kube-vip-${CONTROL_PLANE_NODE}`);
  });

  it("takes a ReplicationController's replicas from an API ReplicationControllerList given as the workloads", () => {
    const controllers = JSON.stringify({
      kind: "ReplicationControllerList",
      apiVersion: "v1",
      metadata: { resourceVersion: "48412" },
      items: [
        {
          metadata: { name: "legacy-rc", namespace: "default" },
          spec: { replicas: 3, selector: { app: "legacy-rc" }, template: { spec: { containers: [] } } },
          status: { replicas: 2, readyReplicas: 2 },
        },
      ],
    });
    const result = importKubernetes({ pods: raw.pods, workloads: controllers });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.workloads.find((w) => w.name === "legacy-rc")?.replicas).toBe(3);
    expect(result.value.owners.find((o) => o.name === "legacy-rc")?.replicasFrom).toBe("spec");
  });

  it("reads the kubelet's /pods: static pods as the kubelet lists them (config.source file) are left out", () => {
    const result = imported(raw.kubeletPods);
    expect(result.leftOut.map((entry) => [entry.name, entry.reason])).toEqual([
      ["aws-cloud-controller-manager", "control-plane-daemonset"],
      [`etcd-${CONTROL_PLANE_NODE}`, "control-plane-static-pod"],
      [`kube-apiserver-${CONTROL_PLANE_NODE}`, "control-plane-static-pod"],
    ]);
    expect(result.daemonSets.map((daemonSet) => daemonSet.name)).toEqual(["kube-proxy"]);
    expect(result.workloads).toEqual([]);
  });

  it("reads a NodeList from kubectl get --raw /api/v1/nodes: m5.large nodes as EKS reports them", () => {
    const result = importKubernetes({ pods: raw.kubeletPods, nodes: raw.nodes });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    // capacity 7,824,344 Ki = 7,641 MiB (rounded up), allocatable 7,134,168 Ki = 6,967 MiB; 1930m.
    expect(result.value.nodes?.kinds).toEqual([
      { instanceType: "m5.large", count: 3, cpuMillicores: 2000, memoryMiB: 7641 },
    ]);
    expect(result.value.nodes?.allocatable).toEqual({ cpuMillicores: 5790, memoryMiB: 20901 });
  });

  it("refuses a list given as the wrong input, saying which list it is and where it belongs", () => {
    expect(issuesOf(importKubernetes({ pods: raw.nodes }))).toEqual([
      { code: "kube-wrong-list", params: { input: "pods", found: "NodeList", belongsIn: "nodes" } },
    ]);
    expect(issuesOf(importKubernetes({ pods: raw.pods, nodes: raw.kubeletPods }))).toEqual([
      { code: "kube-wrong-list", params: { input: "nodes", found: "PodList", belongsIn: "pods" } },
    ]);
    expect(issuesOf(importKubernetes({ pods: raw.pods, workloads: raw.kubeletPods }))).toEqual([
      { code: "kube-wrong-list", params: { input: "workloads", found: "PodList", belongsIn: "pods" } },
    ]);
    // The same items in kubectl's own List, without their kind: known by their shape.
    const items = (JSON.parse(raw.nodes) as { items: unknown[] }).items;
    expect(issuesOf(importKubernetes({ pods: JSON.stringify({ kind: "List", items }) }))).toEqual([
      { code: "kube-wrong-list", params: { input: "pods", found: "NodeList", belongsIn: "nodes" } },
    ]);
    // One node object given as the pods.
    expect(issuesOf(importKubernetes({ pods: JSON.stringify(items[0]) }))).toEqual([
      { code: "kube-wrong-list", params: { input: "pods", found: "Node", belongsIn: "nodes" } },
    ]);
  });

  it("says so when the text holds several lists one after another, as kubectl cluster-info dump writes them", () => {
    const dump = `${raw.nodes}${raw.kubeletPods}`;
    // raw/nodes.json is 308 lines, each ending with a newline: the PodList starts on line 309.
    expect(raw.nodes.split("\n").length).toBe(309);
    expect(issuesOf(importKubernetes({ pods: dump }))).toEqual([
      { code: "kube-json-several-documents", params: { input: "pods", line: 309 } },
    ]);
    // A stray brace after the list is a syntax error, not a second document.
    expect(issuesOf(importKubernetes({ pods: '{"kind":"List","items":[]}}' })).map((issue) => issue.code)).toEqual([
      "kube-json-syntax",
    ]);
  });

  it("says so when a list's items are null", () => {
    expect(
      issuesOf(importKubernetes({ pods: '{"kind":"PodList","apiVersion":"v1","metadata":{},"items":null}' })),
    ).toEqual([{ code: "kube-list-items-null", params: { input: "pods", list: "PodList" } }]);
    expect(issuesOf(importKubernetes({ pods, nodes: '{"kind":"List","items":null}' }))).toEqual([
      { code: "kube-list-items-null", params: { input: "nodes", list: "List" } },
    ]);
  });
});

describe("pod-level resources (spec.resources, KEP-2837)", () => {
  const app = { name: "app", resources: { requests: { cpu: "300m", memory: "256Mi" } } };
  const bare = { name: "helper" };

  it("a pod-level request takes precedence over the containers' sum, per resource", () => {
    const text = podList({ name: "p", spec: { resources: { requests: { cpu: "2" } }, containers: [app, bare] } });
    // CPU from the pod (2), memory from the containers (256Mi).
    expect(imported(text).workloads).toEqual([workload("p", 1, 2000, 256)]);
  });

  it("a pod-level limit without a request is the request when no container asks for the resource", () => {
    const text = podList({
      name: "p",
      spec: { resources: { limits: { cpu: "4", memory: "1Gi" } }, containers: [bare, bare] },
    });
    const result = imported(text);
    expect(result.workloads).toEqual([workload("p", 1, 4000, 1024)]);
    expect(result.podsWithoutRequests).toEqual([]);
  });

  it("a pod-level limit without a request leaves the containers' sum where a container asks", () => {
    const text = podList({
      name: "p",
      spec: { resources: { limits: { cpu: "4", memory: "1Gi" } }, containers: [app, bare] },
    });
    expect(imported(text).workloads).toEqual([workload("p", 1, 300, 256)]);
  });

  it("adds the pod overhead to pod-level requests, and reads pod-level quantities strictly", () => {
    const text = podList({
      name: "p",
      spec: {
        resources: { requests: { cpu: "1", memory: "1Gi" } },
        overhead: { cpu: "250m", memory: "120Mi" },
        containers: [bare],
      },
    });
    expect(imported(text).workloads).toEqual([workload("p", 1, 1250, 1144)]);
    const broken = podList({ name: "p", spec: { resources: { requests: { cpu: "1 core" } }, containers: [bare] } });
    expect(issuesOf(importKubernetes({ pods: broken }))).toEqual([
      {
        code: "kube-quantity-invalid",
        params: { input: "pods", value: "1 core" },
        path: "items.0.spec.resources.requests.cpu",
      },
    ]);
  });
});

describe("accelerators and requests of 0", () => {
  const limited = (resource: string, count: string) => ({
    name: "c",
    resources: { requests: { cpu: "1", memory: "1Gi" }, limits: { [resource]: count } },
  });

  it.each([
    ["nvidia.com/gpu", "1", 1],
    ["amd.com/gpu", "2", 2],
    ["aws.amazon.com/neuron", "1", 1],
    ["aws.amazon.com/neuroncore", "4", 4],
  ])("%s given only as a limit of %s is the request", (resource, count, gpus) => {
    const text = podList({ name: "p", spec: { containers: [limited(resource, count)] } });
    expect(imported(text).workloads).toEqual([
      workload("p", 1, 1000, 1024, { gpus, accelerator: resource as Workload["accelerator"] }),
    ]);
  });

  it("takes the first kind when a pod asks for several, and says so", () => {
    const text = podList({
      name: "p",
      spec: { containers: [limited("aws.amazon.com/neuroncore", "2"), limited("aws.amazon.com/neuron", "1")] },
    });
    const result = imported(text);
    expect(result.workloads).toEqual([workload("p", 1, 2000, 2048, { gpus: 1, accelerator: "aws.amazon.com/neuron" })]);
    expect(result.issues).toEqual([
      {
        code: "kube-several-accelerators",
        params: { name: "p", used: "aws.amazon.com/neuron", ignored: "aws.amazon.com/neuroncore" },
      },
    ]);
  });

  it("sizes a pod whose requests are 0 by the defaults, plus its overhead, and lists it with what it was given", () => {
    const text = podList({
      name: "p",
      spec: {
        containers: [{ name: "c", resources: { requests: { cpu: "0", memory: "0" } } }],
        overhead: { cpu: "250m", memory: "120Mi" },
      },
    });
    const result = importKubernetes({ pods: text }, { defaultCpuMillicores: 200, defaultMemoryMiB: 256 });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.workloads).toEqual([workload("p", 1, 450, 376)]);
    expect(result.value.podsWithoutRequests).toEqual([
      {
        namespace: "default",
        name: "p",
        owner: "p",
        missing: ["cpu", "memory"],
        assumed: "default",
        cpuMillicores: 450,
        memoryMiB: 376,
      },
    ]);
  });
});
