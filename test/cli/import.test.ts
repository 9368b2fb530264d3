/**
 * `eksize import` on the kubectl fixtures of the core's import tests (test/core/fixtures/kube): 9
 * workloads and 2 DaemonSets from 15 live pods, 2 completed pods left out, 2 pods without requests.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeScenario, defaultScenario, parseScenarioJson, profileLevels } from "eksize";
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const KUBE = "test/core/fixtures/kube";
const PODS = `${KUBE}/pods.json`;
const RAW_PODS = `${KUBE}/raw/pods.json`;

describe("eksize import", () => {
  test("writes the scenario to stdout and what it found to stderr", async () => {
    const { code, stdout, stderr } = await cli(
      "import",
      PODS,
      "--workloads",
      `${KUBE}/workloads.json`,
      "--nodes",
      `${KUBE}/nodes.json`,
    );
    expect(code).toBe(0);
    const parsed = parseScenarioJson(stdout);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.name).toBe("Imported cluster");
    expect(parsed.scenario.workloads.map((workload) => [workload.name, workload.replicas])).toEqual([
      ["batch-import", 1],
      ["db", 3],
      ["debug", 1],
      ["gateway", 1],
      ["legacy", 1],
      ["sandboxed", 1],
      ["trainer", 1],
      ["shop/web", 3],
      ["staging/web", 1],
    ]);
    expect(parsed.scenario.nodeGroups).toEqual(defaultScenario.nodeGroups);
    expect(stderr.split("\n").slice(0, 5)).toEqual([
      "9 workloads and 2 DaemonSets from 15 running or pending pods.",
      "Left out: 2 completed pods and 0 pods of finished Jobs.",
      "2 pods without requests:",
      "  default/legacy-6f7c9d8b5-pz4wd (legacy): Missing: CPU, memory; Planned with: 100m, 128 MiB (the default)",
      "  kube-system/aws-node-b7xkz (aws-node): Missing: memory; Planned with: 50m, 128 MiB (the default)",
    ]);
    expect(stderr).toContain(
      "Today's nodes: 4 (2 × m5.large, 1 × m6g.xlarge, 1 × 8,000m, 32 GiB). Requested: 10,910m of 15,690m allocatable CPU (69.5%) and 26.84 GiB of 58.35 GiB memory (46%).\n",
    );
    expect(stderr).toContain("warning: web in shop is named shop/web here, to keep names unique and short\n");
  });

  test("keeps the region and node groups of --into, uses limits when asked, and prints a link with --link", async () => {
    const { code, stdout } = await cli(
      "import",
      PODS,
      "--into",
      "test/cli/fixtures/unschedulable.eksize.json",
      "--without-requests",
      "limits",
      "--name",
      "Moved cluster",
      "--link",
    );
    expect(code).toBe(0);
    const decoded = decodeScenario(stdout.trim());
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const encoded = await cli("link", "encode", "test/cli/fixtures/unschedulable.eksize.json");
    const into = parseScenarioJson((await cli("link", "decode", encoded.stdout.trim())).stdout);
    expect(into.ok && decoded.scenario.nodeGroups).toEqual(into.ok && into.scenario.nodeGroups);
    expect(decoded.scenario.name).toBe("Moved cluster");
    const legacy = decoded.scenario.workloads.find((workload) => workload.name === "legacy");
    expect([legacy?.cpuMillicores, legacy?.memoryMiB]).toEqual([500, 1024]);
  });

  test("--link is refused when the scenario is too large for a link; the JSON is still written without it", async () => {
    // 5,000 bare pods, each its own workload with its own requests: a token of over 100,000 characters.
    let seed = 11;
    const random = (): string => (seed = (seed * 48271) % 2147483647).toString(36);
    const pod = (index: number) => ({
      kind: "Pod",
      metadata: { name: `job-${random()}-${random()}`, namespace: `team-${random()}` },
      spec: {
        containers: [{ resources: { requests: { cpu: `${1 + (index % 997)}m`, memory: `${1 + (index % 4093)}Mi` } } }],
      },
      status: { phase: "Running" },
    });
    const file = join(mkdtempSync(join(tmpdir(), "eksize-import-")), "pods.json");
    writeFileSync(
      file,
      JSON.stringify({ kind: "List", items: Array.from({ length: 5000 }, (_, index) => pod(index)) }),
    );
    const refused = await cli("import", file, "--link");
    expect([refused.code, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr.split("\n")[0]).toMatch(
      /^eksize import: the scenario is too large for a link \(\d{6,} characters; a link holds 100000\): leave out --link to write it as JSON$/,
    );
    const written = await cli("import", file);
    expect(written.code).toBe(0);
    expect((JSON.parse(written.stdout) as { workloads: unknown[] }).workloads).toHaveLength(5000);
  });

  test("bad input exits 2 with the reason on stderr and nothing on stdout", async () => {
    const missing = await cli("import", `${KUBE}/none.json`);
    expect([missing.code, missing.stdout, missing.stderr.split("\n")[0]]).toEqual([
      2,
      "",
      "eksize import: no such file: test/core/fixtures/kube/none.json",
    ]);
    const wrongList = await cli("import", `${KUBE}/nodes.json`);
    expect([wrongList.code, wrongList.stdout]).toEqual([2, ""]);
    expect(wrongList.stderr.split("\n").slice(0, 2)).toEqual([
      "eksize import: nothing imported:",
      "  The pods text is a NodeList: it belongs in the nodes, not the pods",
    ]);
    const folder = await cli("import", `${KUBE}/raw`);
    expect([folder.code, folder.stdout, folder.stderr.split("\n")[0]]).toEqual([
      2,
      "",
      "eksize import: test/core/fixtures/kube/raw is a folder, not a file: give one of the JSON files in it",
    ]);
    const mode = await cli("import", PODS, "--without-requests", "guess");
    expect([mode.code, mode.stderr.split("\n")[0]]).toEqual([
      2,
      'eksize import: --without-requests must be default or limits, got "guess"',
    ]);
    const cpu = await cli("import", PODS, "--default-cpu", "0");
    expect([cpu.code, cpu.stderr.split("\n")[0]]).toEqual([
      2,
      'eksize import: --default-cpu must be a number above 0, got "0"',
    ]);
  });

  test("API lists: a NodeList given as the pods or a PodList as the nodes exits 2 and names the list", async () => {
    const nodesAsPods = await cli("import", `${KUBE}/raw/nodes.json`);
    expect([nodesAsPods.code, nodesAsPods.stdout, nodesAsPods.stderr.split("\n").slice(0, 2)]).toEqual([
      2,
      "",
      ["eksize import: nothing imported:", "  The pods text is a NodeList: it belongs in the nodes, not the pods"],
    ]);
    const podsAsNodes = await cli("import", RAW_PODS, "--nodes", `${KUBE}/raw/kubelet-pods.json`);
    expect([podsAsNodes.code, podsAsNodes.stderr.split("\n")[1]]).toEqual([
      2,
      "  The nodes text is a PodList: it belongs in the pods, not the nodes",
    ]);
    const file = join(mkdtempSync(join(tmpdir(), "eksize-import-")), "empty.json");
    writeFileSync(file, '{"kind":"PodList","apiVersion":"v1","metadata":{},"items":null}');
    expect((await cli("import", file)).stderr.split("\n")[1]).toBe(
      "  The pods text is a PodList whose items are null: it holds nothing to import",
    );
  });

  test("says what it left out and why, and what each pod without requests was planned with", async () => {
    const { code, stdout, stderr } = await cli("import", RAW_PODS, "--nodes", `${KUBE}/raw/nodes.json`);
    expect(code).toBe(0);
    const parsed = parseScenarioJson(stdout);
    expect(parsed.ok && parsed.scenario.workloads.map((w) => [w.name, w.gpus, w.accelerator])).toEqual([
      ["ide", 0, "nvidia.com/gpu"],
      ["legacy-rc", 0, "nvidia.com/gpu"],
      ["llm", 2, "aws.amazon.com/neuroncore"],
      ["queue", 0, "nvidia.com/gpu"],
      ["render", 1, "amd.com/gpu"],
    ]);
    const node = "ip-10-0-0-10.eu-west-1.compute.internal";
    expect(stderr.split("\n").slice(0, 14)).toEqual([
      "5 workloads and 1 DaemonSet from 10 running or pending pods.",
      "Left out: 0 completed pods and 0 pods of finished Jobs.",
      "4 pods without requests:",
      "  default/queue-5d7f9c6b8-h4n2s (queue): Missing: CPU, memory; Planned with: 100m, 128 MiB (the default)",
      "  kube-system/kube-proxy-8fj2k (kube-proxy): Missing: memory; Planned with: 100m, 128 MiB (the default)",
      "  kube-system/kube-proxy-q7x4m (kube-proxy): Missing: memory; Planned with: 100m, 128 MiB (the default)",
      "  kube-system/kube-proxy-z3w8n (kube-proxy): Missing: memory; Planned with: 100m, 128 MiB (the default)",
      "6 not planned, as EKS has no such pods:",
      "  kube-system/aws-cloud-controller-manager (DaemonSet, 1 pod): a DaemonSet that runs only on control-plane nodes",
      `  kube-system/etcd-${node} (Pod, 1 pod): a static pod of the control plane`,
      `  kube-system/kube-apiserver-${node} (Pod, 1 pod): a static pod of the control plane`,
      `  kube-system/kube-controller-manager-${node} (Pod, 1 pod): a static pod of the control plane`,
      `  kube-system/kube-scheduler-${node} (Pod, 1 pod): a static pod of the control plane`,
      `  kube-system/kube-vip-${node} (Pod, 1 pod): a static pod of the control plane`,
    ]);
  });

  test("--pdbs reads the PodDisruptionBudgets; the spread comes from the pods; what it cannot plan is a warning", async () => {
    const { code, stdout, stderr } = await cli(
      "import",
      `${KUBE}/spread/pods.json`,
      "--pdbs",
      `${KUBE}/spread/pdbs.json`,
    );
    expect(code).toBe(0);
    const parsed = parseScenarioJson(stdout);
    expect(
      parsed.ok &&
        parsed.scenario.workloads.map((w) => [
          w.name,
          w.zoneSpread?.maxSkew ?? null,
          w.maxPodsPerNode,
          w.disruptionBudget,
        ]),
    ).toEqual([
      ["api", null, null, { minAvailable: 1 }],
      ["kafka", 2, null, { maxUnavailable: 1 }],
      ["web", 1, 1, { minAvailable: "100%" }],
    ]);
    expect(stderr).toContain(
      "warning: api: a required podAntiAffinity rule on kubernetes.io/hostname counts other pods than its own, so the plan leaves it out\n",
    );
    expect(stderr).toContain(
      "warning: kafka: a required topologySpreadConstraints rule on kubernetes.io/hostname is not planned (only zone spread and one pod per node are): it may need more nodes\n",
    );
    expect(stderr).toContain(
      "warning: api: several PodDisruptionBudgets select its pods (api-a, api-b), so evictions, and drains of their nodes, fail; the first is kept\n",
    );
    expect(await cli("import", `${KUBE}/spread/pods.json`, "--pdbs", `${KUBE}/spread/missing.json`)).toMatchObject({
      code: 2,
      stdout: "",
    });
  });

  test("--hpas reads the HorizontalPodAutoscalers into each workload's autoscaling; those it leaves out are warnings", async () => {
    const { code, stdout, stderr } = await cli(
      "import",
      `${KUBE}/autoscaling/pods.json`,
      "--hpas",
      `${KUBE}/autoscaling/hpas.json`,
    );
    expect(code).toBe(0);
    const parsed = parseScenarioJson(stdout);
    expect(
      parsed.ok &&
        parsed.scenario.workloads
          .filter((w) => w.autoscaling !== null)
          .map((w) => {
            const { minReplicas, maxReplicas, profile } = w.autoscaling!;
            return [w.name, w.replicas, minReplicas, maxReplicas, profile.length, new Set(profileLevels(profile))];
          }),
    ).toEqual([
      ["queue", 2, 1, 10, 168, new Set([11])],
      ["web", 3, 2, 5, 168, new Set([33])],
    ]);
    expect(stderr).toContain(
      "warning: HorizontalPodAutoscaler api-reversed in shop is left out: its minReplicas (5) is above its maxReplicas (2)\n",
    );
    expect(stderr).toContain(
      "warning: HorizontalPodAutoscaler api-unbounded in shop is left out: its spec.maxReplicas is missing or not a value Kubernetes allows\n",
    );
    expect(stderr).toContain(
      "warning: HorizontalPodAutoscaler api-v2 in shop scales Deployment api-v2, which has no imported pods: it is left out\n",
    );
    const podsAsHpas = await cli("import", `${KUBE}/autoscaling/pods.json`, "--hpas", `${KUBE}/autoscaling/pods.json`);
    expect([podsAsHpas.code, podsAsHpas.stdout, podsAsHpas.stderr.split("\n").slice(0, 2)]).toEqual([
      2,
      "",
      ["eksize import: nothing imported:", "  The hpas text is a PodList: it belongs in the pods, not the hpas"],
    ]);
    expect((await cli("import", "--help")).stdout).toContain(
      "  --hpas FILE               the HorizontalPodAutoscalers list: each workload's minReplicas and\n",
    );
  });

  test("--workloads makes each CronJob with pods a batch window; schedules it cannot read or must approximate are warnings", async () => {
    const { code, stdout, stderr } = await cli(
      "import",
      `${KUBE}/autoscaling/pods.json`,
      "--workloads",
      `${KUBE}/autoscaling/workloads.json`,
    );
    expect(code).toBe(0);
    const parsed = parseScenarioJson(stdout);
    const report = parsed.ok ? parsed.scenario.workloads.find((w) => w.name === "report") : undefined;
    const levels = profileLevels(report!.autoscaling!.profile);
    expect([
      report?.replicas,
      report?.autoscaling?.maxReplicas,
      levels.flatMap((level, hour) => (level > 0 ? [hour] : [])),
    ]).toEqual([2, 2, [2, 3, 26, 27, 50, 51, 74, 75, 98, 99]]);
    expect(stderr).toContain(
      "warning: cleanup: “25” in its CronJob schedule “0 25 * * *” is not cron syntax eksize reads, so it keeps its replicas every hour\n",
    );
    expect(stderr).toContain(
      "warning: billing: its CronJob schedule “@monthly” names days of the month or months, so its week counts every day it can run on\n",
    );
    expect(stderr).toContain(
      "warning: CronJob nightly in batch ran no Job when the pods were listed: with no pods to size it from, it is left out\n",
    );
  });
});
