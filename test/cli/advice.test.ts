/**
 * `eksize advice`, and the advice section of `eksize plan`, on the default scenario's fixture and on
 * share links made in the test. The extended-support saving is (0.60 − 0.10) × 730 = $365 a month.
 */
import { defaultScenario, encodeScenario, validateScenario, type Scenario } from "eksize";
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const SCENARIO = "test/cli/fixtures/online-shop.eksize.json";

/** The default scenario's findings, one line each as printed: severity, then text. */
const DEFAULT_FINDINGS = [
  "  Warning: general buys Spot from too few interchangeable instance types: 3 (m6i.xlarge, m5.xlarge, m6a.xlarge), where AWS advises at least 10.",
  "  Warning: batch-spot buys Spot from too few interchangeable instance types: 4 (c6i.xlarge, c5.xlarge, c6a.xlarge, c5a.xlarge), where AWS advises at least 10.",
  "  Warning: cert-manager runs a single replica on general, which has Spot nodes.",
  "  Warning: grafana runs a single replica on general, which has Spot nodes.",
  "  Note: EC2 can reclaim Spot nodes (here 3) with a 2-minute notice: give web-frontend, api-gateway, orders-api, payments-api, catalog-api, search-api, coredns, redis, prometheus, batch-jobs PodDisruptionBudgets so that a drain keeps some of their pods running.",
  "  Warning: The cluster's NLBs (1) use target type instance: traffic enters through a NodePort on every node.",
  "  Warning: DaemonSets do not run on Fargate: ebs-csi-node, fluent-bit, node-exporter will not serve email-worker.",
];

/** A share token of the default scenario with other cluster settings. */
function link(cluster: Partial<Scenario["cluster"]>): string {
  return encodeScenario({ ...defaultScenario, cluster: { ...defaultScenario.cluster, ...cluster } });
}

interface JsonFinding {
  code: string;
  severity: string;
  subject: string | null;
  params: Record<string, unknown>;
  text: string;
  why: string;
}

describe("eksize advice", () => {
  test("prints each finding's severity and text on a line, its reason indented below, and exits 0", async () => {
    const { code, stdout, stderr } = await cli("advice", SCENARIO);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Advice");
    expect(lines.filter((line) => /^ {2}\S/.test(line))).toEqual(DEFAULT_FINDINGS);
    expect(lines.filter((line) => line.startsWith("      "))).toHaveLength(DEFAULT_FINDINGS.length);
    expect(lines[2]).toBe(
      "      Each instance type in each Availability Zone is its own Spot capacity pool: with few pools EC2 more often has no capacity to give, and reclaims nodes together. Cluster Autoscaler sizes a mixed-instances group by its first type, so add types with the same vCPUs, memory, architecture and GPUs (other families and generations of the same size), with the price-capacity-optimized allocation strategy.",
    );
  });

  test("--json gives code, severity, subject, params, text and why; a link works like a file", async () => {
    const { code, stdout } = await cli(
      "advice",
      link({ supportTier: "extended", kubernetesVersion: "1.29" }),
      "--json",
    );
    expect(code).toBe(0);
    const findings = JSON.parse(stdout) as JsonFinding[];
    expect(findings.map((finding) => [finding.code, finding.subject])).toEqual([
      ["advice-spot-few-types", "general"],
      ["advice-spot-few-types", "batch-spot"],
      ["advice-spot-single-replica", "cert-manager"],
      ["advice-spot-single-replica", "grafana"],
      ["advice-spot-interruption", null],
      ["advice-nlb-target-type", null],
      ["advice-fargate-daemonsets", null],
      ["advice-extended-support", null],
    ]);
    const extended = findings.at(-1)!;
    expect(extended.severity).toBe("saving");
    expect(extended.params.kubernetesVersion).toBe("1.29");
    expect(extended.params.extraUsdPerMonth).toBeCloseTo(365, 9);
    expect(extended.text).toBe(
      "Kubernetes 1.29 is in extended support from 2025-03-23 to 2026-03-23: the control plane costs $365.00 a month more than in standard support.",
    );
    expect(await cli("advice", encodeScenario(defaultScenario))).toEqual(await cli("advice", SCENARIO));
  });

  test("a scenario without findings says so", async () => {
    const quiet = encodeScenario({
      ...defaultScenario,
      workloads: defaultScenario.workloads.filter((workload) => workload.replicas > 1),
      nodeGroups: defaultScenario.nodeGroups.map((group) => ({ ...group, capacity: { type: "on-demand" } })),
      fargateProfiles: [],
      cluster: { ...defaultScenario.cluster, loadBalancers: { ...defaultScenario.cluster.loadBalancers, nlbs: 0 } },
    });
    expect(await cli("advice", quiet)).toEqual({
      code: 0,
      stdout: "Advice\n  No findings: nothing in this scenario calls for advice.\n",
      stderr: "",
    });
  });

  test("help, and bad input exits 2", async () => {
    expect((await cli("advice", "--help")).stdout).toContain("Usage: eksize advice SCENARIO.json|LINK [--json]");
    expect((await cli("--help")).stdout).toContain("  advice      only the advice on a scenario file or share link");
    expect(await cli("advice")).toMatchObject({ code: 2, stdout: "" });
    expect((await cli("advice", "missing.json")).stderr).toBe(
      "eksize advice: no such file: missing.json\nRun eksize advice --help for its options.\n",
    );
  });
});

/** A share link of 20 pods of 50m and 64 MiB with aws-node and kube-proxy on one node group. */
function tinyPods(group: Record<string, unknown>, replicas = 20): string {
  const result = validateScenario({
    version: 1,
    region: "us-east-1",
    workloads: [{ name: "tiny", replicas, cpuMillicores: 50, memoryMiB: 64 }],
    daemonSets: [
      { name: "aws-node", cpuMillicores: 25, memoryMiB: 0, hostNetwork: true },
      { name: "kube-proxy", cpuMillicores: 100, memoryMiB: 0, hostNetwork: true },
    ],
    nodeGroups: [{ name: "small", ...group }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return encodeScenario(result.value);
}

describe("eksize advice on pod slots", () => {
  // Bottlerocket keeps t3.medium at its ENI limit, 17 pods (15 free): 2 nodes at $0.0416/h plus 20 GiB
  // of gp3 at $0.08 = 2 × $31.968. With prefix delegation and maxPods 110: 1 node, $31.968 less.
  test("on Bottlerocket, the saving says the kubelet's maxPods must be set too", async () => {
    const { code, stdout } = await cli("advice", tinyPods({ instanceTypes: ["t3.medium"], profile: "bottlerocket" }));
    expect(code).toBe(0);
    expect(stdout.split("\n")[1]).toBe(
      "  Saving: small runs out of pod slots before CPU or memory: 2 × t3.medium at 17 pods each ($63.94 a month). With prefix delegation and the kubelet's maxPods set to match, nodes take 110 pods each and the group needs 1 ($31.97 a month, $31.97 less).",
    );
  });

  // 10 pods fit one m5.large; minNodes keeps 3, which pod slots do not decide.
  test("nothing when minNodes sets the node count", async () => {
    expect((await cli("advice", tinyPods({ instanceTypes: ["m5.large"], minNodes: 3 }, 10))).stdout).toBe(
      "Advice\n  No findings: nothing in this scenario calls for advice.\n",
    );
  });
});

describe("eksize plan with advice", () => {
  test("prints the advice after the bill and before the strategies", async () => {
    const { code, stdout } = await cli("plan", SCENARIO);
    expect(code).toBe(0);
    const bill = stdout.indexOf("Monthly cost (USD)");
    const advice = stdout.indexOf("\nAdvice\n");
    const strategies = stdout.indexOf("\nStrategies compared\n");
    expect(bill).toBeGreaterThan(0);
    expect(advice).toBeGreaterThan(bill);
    expect(strategies).toBeGreaterThan(advice);
    expect(stdout.slice(advice + 1, strategies)).toBe((await cli("advice", SCENARIO)).stdout);
  });

  test("--json carries the same advice as eksize advice --json", async () => {
    const plan = JSON.parse((await cli("plan", SCENARIO, "--json")).stdout) as { advice: JsonFinding[] };
    expect(plan.advice).toEqual(JSON.parse((await cli("advice", SCENARIO, "--json")).stdout));
    expect(plan.advice[5]).toMatchObject({
      code: "advice-nlb-target-type",
      severity: "warning",
      subject: null,
      params: { nlbs: 1, fargateWorkloads: ["email-worker"] },
    });
  });
});
