/**
 * `eksize import` on the kubectl fixtures of the core's import tests (test/core/fixtures/kube): 9
 * workloads and 2 DaemonSets from 15 live pods, 2 completed pods left out, 2 pods without requests.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeScenario, defaultScenario, parseScenarioJson } from "eksize";
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const KUBE = "test/core/fixtures/kube";
const PODS = `${KUBE}/pods.json`;

describe("eksize import", () => {
  test("writes the scenario to stdout and what it found to stderr", () => {
    const { code, stdout, stderr } = cli(
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
      "  default/legacy-6f7c9d8b5-pz4wd (legacy): Missing: CPU, memory; Assumed: the default",
      "  kube-system/aws-node-b7xkz (aws-node): Missing: memory; Assumed: the default",
    ]);
    expect(stderr).toContain(
      "Today's nodes: 4 (2 × m5.large, 1 × m6g.xlarge, 1 × 8,000m, 32 GiB). Requested: 10,910m of 15,690m allocatable CPU (69.5%) and 26.84 GiB of 58.35 GiB memory (46%).\n",
    );
    expect(stderr).toContain("warning: web in shop is named shop/web here, to keep names unique and short\n");
  });

  test("keeps the region and node groups of --into, uses limits when asked, and prints a link with --link", () => {
    const { code, stdout } = cli(
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
    const into = parseScenarioJson(
      cli("link", "decode", cli("link", "encode", "test/cli/fixtures/unschedulable.eksize.json").stdout.trim()).stdout,
    );
    expect(into.ok && decoded.scenario.nodeGroups).toEqual(into.ok && into.scenario.nodeGroups);
    expect(decoded.scenario.name).toBe("Moved cluster");
    const legacy = decoded.scenario.workloads.find((workload) => workload.name === "legacy");
    expect([legacy?.cpuMillicores, legacy?.memoryMiB]).toEqual([500, 1024]);
  });

  test("--link is refused when the scenario is too large for a link; the JSON is still written without it", () => {
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
    const refused = cli("import", file, "--link");
    expect([refused.code, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr.split("\n")[0]).toMatch(
      /^eksize import: the scenario is too large for a link \(\d{6,} characters; a link holds 100000\): leave out --link to write it as JSON$/,
    );
    const written = cli("import", file);
    expect(written.code).toBe(0);
    expect((JSON.parse(written.stdout) as { workloads: unknown[] }).workloads).toHaveLength(5000);
  });

  test("bad input exits 2 with the reason on stderr and nothing on stdout", () => {
    const missing = cli("import", `${KUBE}/none.json`);
    expect([missing.code, missing.stdout, missing.stderr.split("\n")[0]]).toEqual([
      2,
      "",
      "eksize import: no such file: test/core/fixtures/kube/none.json",
    ]);
    const wrongList = cli("import", `${KUBE}/nodes.json`);
    expect([wrongList.code, wrongList.stdout]).toEqual([2, ""]);
    expect(wrongList.stderr.split("\n").slice(0, 2)).toEqual([
      "eksize import: nothing imported:",
      "  The pods text is a NodeList: it belongs in the nodes, not the pods",
    ]);
    const mode = cli("import", PODS, "--without-requests", "guess");
    expect([mode.code, mode.stderr.split("\n")[0]]).toEqual([
      2,
      'eksize import: --without-requests must be default or limits, got "guess"',
    ]);
    const cpu = cli("import", PODS, "--default-cpu", "0");
    expect([cpu.code, cpu.stderr.split("\n")[0]]).toEqual([
      2,
      'eksize import: --default-cpu must be a number above 0, got "0"',
    ]);
  });
});
