/**
 * `eksize plan`, `eksize link` and `eksize instances` on fixture files and links. The default
 * scenario's figures are the planner's (test/app/planner.test.tsx): "general" 4 m6a.xlarge nodes,
 * "batch-spot" 2, $686.40 a month; the cheapest type for general is m6g.xlarge, $631.87
 * (test/core/rank.test.ts works it out).
 */
import { readFileSync } from "node:fs";
import { defaultScenario, encodeScenario, type Scenario } from "eksize";
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const SCENARIO = "test/cli/fixtures/online-shop.eksize.json";
const UNSCHEDULABLE = "test/cli/fixtures/unschedulable.eksize.json";
/** The first link of the released-links fixture: the default scenario of eksize 0.1.0. */
const LINK = readFileSync("test/core/fixtures/links-v1.txt", "utf8")
  .split("\n")
  .find((line) => line.startsWith("1."))!;

/**
 * The default scenario as released (eksize 0.1.0 and 0.2.0), which the fixture file and the links
 * hold: before its web front end and batch workers scaled over the week.
 */
const RELEASED_DEFAULT: Scenario = {
  ...defaultScenario,
  workloads: defaultScenario.workloads.map((workload) => ({ ...workload, autoscaling: null })),
};

describe("eksize plan", () => {
  test("a scenario file: the plan, the bill and the strategies, exit 0", async () => {
    const { code, stdout, stderr } = await cli("plan", SCENARIO);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Scenario: Online shop, production, us-east-1");
    expect(stdout).toMatch(/^general\s+m6a\.xlarge\s+4\s+3\s+1\s/m);
    expect(stdout).toMatch(/^Total\s+686\.4$/m);
    // The site's words: the Fargate pods, the unschedulable count, the bill lines.
    expect(stdout).toContain("\nFargate pods\n  email-worker: 2 pods of 0.25 vCPU and 1 GB\n");
    expect(stdout).toContain("\nUnschedulable pods: 0\n");
    expect(stdout).toMatch(/^On-demand\s+378\.43$/m);
    expect(stdout).toMatch(/^Control plane\s+73$/m);
    expect(stdout).toMatch(/^As configured\s+686\.4\s+4 \+ 2\s+0$/m);
    expect(stdout).toMatch(/^Cheapest type for general \(m6g\.xlarge\)\s+631\.87\s+4 \+ 2\s+0$/m);
  });

  test("--compare-modes: the same workloads on managed node groups, Karpenter, Auto Mode and Fargate only", async () => {
    const { code, stdout } = await cli("plan", SCENARIO, "--compare-modes");
    expect(code).toBe(0);
    expect(stdout).toContain("\nCompute modes compared\n");
    expect(stdout).toMatch(/^Managed node groups\s+686\.4\s+4 × m6a\.xlarge, 2 × c6a\.xlarge\s+0$/m);
    expect(stdout).toMatch(/^Karpenter\s+753\.56\s+1 × c5\.2xlarge, 1 × m6a\.4xlarge\s+0$/m);
    expect(stdout).toMatch(/^EKS Auto Mode\s+843\.89\s+1 × c5\.2xlarge, 1 × m6a\.4xlarge\s+0$/m);
    expect(stdout).toMatch(/^Fargate only\s+1036\.23\s+—\s+0$/m);
    expect(stdout).toContain(
      "Fargate only:\n  DaemonSets Fargate cannot run (an agent must be a sidecar in each pod): ",
    );
    const json = JSON.parse((await cli("plan", SCENARIO, "--compare-modes", "--json")).stdout) as {
      modes: { mode: string; totalUsdPerMonth: number; nodesByType: unknown[] }[];
    };
    expect(json.modes.map((mode) => [mode.mode, mode.totalUsdPerMonth])).toEqual([
      ["managed-node-groups", 686.4],
      ["karpenter", 753.56],
      ["auto-mode", 843.89],
      ["fargate", 1036.23],
    ]);
    expect(JSON.parse((await cli("plan", SCENARIO, "--json")).stdout)).not.toHaveProperty("modes");
  });

  test("a share link gives the same plan as the file", async () => {
    expect(await cli("plan", LINK)).toEqual(await cli("plan", SCENARIO));
    expect((await cli("plan", `https://eksize.example/#s=${LINK}`)).code).toBe(0);
  });

  test("--json parses and carries the figures", async () => {
    const { code, stdout } = await cli("plan", SCENARIO, "--json");
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      scenario: unknown;
      cost: { totalUsdPerMonth: number };
      plan: { nodeGroups: { name: string; nodes: number }[] };
      strategies: { strategy: string; totalUsdPerMonth: number }[];
    };
    expect(parsed.scenario).toEqual(RELEASED_DEFAULT);
    expect(parsed.cost.totalUsdPerMonth.toFixed(2)).toBe("686.40");
    expect(parsed.plan.nodeGroups.map((group) => [group.name, group.nodes])).toEqual([
      ["general", 4],
      ["batch-spot", 2],
    ]);
    expect(parsed.strategies.map((strategy) => strategy.strategy)).toEqual([
      "as-configured",
      "on-demand",
      "fargate",
      "cheapest-type",
    ]);
  });

  test("the cheapest types for a node group, as the site ranks them; --group picks the group", async () => {
    const { stdout } = await cli("plan", SCENARIO);
    const ranking = stdout.slice(stdout.indexOf("The 10 cheapest instance types for general"));
    expect(ranking.split("\n").slice(0, 5)).toEqual([
      "The 10 cheapest instance types for general",
      "Each bill is the month's with general on that type alone and the rest as configured. T-family (burstable) types are left out: they run at full CPU only while they have CPU credits, so their price understates their cost.",
      "INSTANCE TYPE    NODES  UNSCHEDULABLE PODS  USD/MONTH  GENERAL USD/MONTH  ON-DEMAND  SPOT",
      "m6g.xlarge           4                   0     631.87              394.6          3     1",
      "m7g.xlarge           4                   0     666.33             429.06          3     1",
    ]);

    const batch = await cli("plan", SCENARIO, "--group", "batch-spot", "--json");
    const parsed = JSON.parse(batch.stdout) as {
      strategies: {
        strategy: string;
        nodeGroup: string | null;
        instanceType: string | null;
        totalUsdPerMonth: number;
      }[];
      ranking: {
        nodeGroup: string;
        instanceType: string;
        nodes: number;
        spotNodes: number;
        totalUsdPerMonth: number;
      }[];
    };
    expect(parsed.ranking).toHaveLength(10);
    // c6gd.2xlarge, Spot: one node holds the 4 jobs of 1000m, at $0.07974 instead of 2 c6a.xlarge at $0.06626.
    expect(parsed.ranking[0]).toMatchObject({
      nodeGroup: "batch-spot",
      instanceType: "c6gd.2xlarge",
      nodes: 1,
      spotNodes: 1,
    });
    expect(parsed.strategies.at(-1)).toMatchObject({
      strategy: "cheapest-type",
      nodeGroup: "batch-spot",
      instanceType: "c6gd.2xlarge",
      totalUsdPerMonth: parsed.ranking[0]!.totalUsdPerMonth,
    });
    expect(await cli("plan", SCENARIO, "--group", "gpu")).toMatchObject({ code: 2, stdout: "" });
    expect((await cli("plan", SCENARIO, "--group", "gpu")).stderr).toContain(
      "--group: no node group named gpu; the scenario has general, batch-spot",
    );
  });

  test("pods that cannot be scheduled: listed, and exit 1 for CI", async () => {
    const { code, stdout, stderr } = await cli("plan", UNSCHEDULABLE);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "\nUnschedulable pods: 2\n  trainer: 2 pods. A pod needs more CPU than an empty node of any of the group's types offers.\n",
    );
    expect(stderr).toBe("eksize: 2 pods cannot be scheduled\n");
  });

  test("a group at its maxNodes: billed at the limit, the pods beyond it listed, exit 1", async () => {
    const { code, stdout, stderr } = await cli("plan", "test/cli/fixtures/max-nodes.eksize.json");
    expect(code).toBe(1);
    expect(stdout).toMatch(/^general\s+m6i\.xlarge\s+3\s+3\s+0\s/m);
    expect(stdout).toContain(
      "  web-frontend: 6 pods. Its node group is at its maximum of 3 nodes: the nodes these pods need are never launched.\n",
    );
    expect(stderr).toBe("eksize: 14 pods cannot be scheduled\n");
  });

  test("a group whose pods must spread prints its nodes per zone; pods a per-node limit keeps out say why", async () => {
    const spread = (group: Partial<Scenario["nodeGroups"][number]>) =>
      encodeScenario({
        ...defaultScenario,
        workloads: defaultScenario.workloads.map((workload) =>
          workload.name === "web-frontend"
            ? { ...workload, maxPodsPerNode: 1, zoneSpread: { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" } }
            : workload,
        ),
        nodeGroups: defaultScenario.nodeGroups.map((each, index) => (index === 0 ? { ...each, ...group } : each)),
      });
    const { code, stdout } = await cli("plan", spread({}));
    expect(code).toBe(0);
    expect(stdout).toContain("\ngeneral, nodes per zone: Zone 1: 2, Zone 2: 2, Zone 3: 2\n");
    expect((await cli("plan", spread({ maxNodes: 3 }))).stdout).toContain(
      "  web-frontend: 3 pods. At most 1 per node, and its node group has at most 3 nodes.\n",
    );
  });

  test("the bill adds up: lines, the enterprise discount and the total, rates from us-east-1 said", async () => {
    const { code, stdout } = await cli("plan", "test/cli/fixtures/discounts-eu-west-1.eksize.json");
    expect(code).toBe(0);
    const bill = stdout.slice(stdout.indexOf("Monthly cost (USD)"), stdout.indexOf("\nAdvice"));
    const rows = [...bill.matchAll(/^(.+?)\s+(-?[\d.]+)$/gm)].map((match) => [match[1]!, Number(match[2])] as const);
    expect(rows).toEqual([
      ["On-demand", 337.44],
      ["Spot", 213.11],
      ["Fargate", 17.01],
      ["Control plane", 73],
      ["Load balancers (us-east-1 rates)", 43.07],
      ["Root volumes (us-east-1 rates)", 9.6],
      ["Enterprise discount (5%)", -34.66],
      ["Total", 658.57],
    ]);
    const cents = rows.slice(0, -1).reduce((sum, [, usd]) => sum + Math.round(usd * 100), 0);
    expect(cents).toBe(65857);
    expect(bill).toContain(
      "The Savings Plan or Reserved Instance discount (20%) is already taken off the on-demand and Fargate lines: $88.61 a month.",
    );
  });

  test("bad input: exit 2 with what is wrong", async () => {
    expect(await cli("plan", "missing.json")).toEqual({
      code: 2,
      stdout: "",
      stderr: "eksize plan: no such file: missing.json\nRun eksize plan --help for its options.\n",
    });
    const broken = await cli("plan", LINK.slice(0, 40));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("The link is damaged: it may have been cut short or changed");
    expect((await cli("plan")).stderr).toContain("give one scenario: a JSON file or a share link");
  });
});

describe("eksize link", () => {
  test("encode then decode gives the file's scenario back; --base-url makes a whole link", async () => {
    const token = await cli("link", "encode", SCENARIO);
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^2\.[\w-]+\n$/);
    const decoded = await cli("link", "decode", token.stdout.trim());
    expect(decoded.code).toBe(0);
    expect(JSON.parse(decoded.stdout)).toEqual(RELEASED_DEFAULT);
    const link = await cli("link", "encode", SCENARIO, "--base-url", "https://eksize.example/");
    expect(link.stdout).toBe(`https://eksize.example/#s=${token.stdout}`);
  });

  test("decode reads links of every format: the default scenario in format 1 and in format 2", async () => {
    const format2 = readFileSync("test/core/fixtures/links-v2.txt", "utf8")
      .split("\n")
      .find((line) => line.startsWith("2."))!;
    for (const link of [LINK, format2]) {
      const decoded = await cli("link", "decode", link);
      expect(decoded.code).toBe(0);
      expect(JSON.parse(decoded.stdout)).toEqual(RELEASED_DEFAULT);
    }
  });

  test("a broken link or a bad action exits 2", async () => {
    expect(await cli("link", "decode", "1.broken")).toMatchObject({ code: 2, stdout: "" });
    expect((await cli("link", "decode", "1.broken")).stderr).toContain("The link is damaged");
    expect((await cli("link", "share", SCENARIO)).code).toBe(2);
  });
});

describe("eksize instances", () => {
  test("filters, sorts and prints JSON that parses", async () => {
    const { code, stdout } = await cli(
      "instances",
      "--family",
      "m7g",
      "--min-vcpu",
      "2",
      "--max-memory",
      "16",
      "--sort",
      "price",
      "--json",
    );
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { instanceType: string; maxPods: number; onDemandUsdPerHour: number }[];
    expect(rows.map((row) => row.instanceType)).toEqual(["m7g.large", "m7g.xlarge"]);
    expect(rows.map((row) => row.maxPods)).toEqual([29, 58]);
  });

  test("eksize instances TYPE shows EKS Auto Mode's fee, marked (estimate); a type Auto Mode does not launch has none", async () => {
    const { code, stdout } = await cli("instances", "m5.large", "t3.micro", "c7g.x*");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/USD\/POD\/MONTH {2}AUTO MODE USD\/HOUR$/);
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/).slice(-1)[0])).toEqual([
      "0.0174 (estimate)",
      "0.01152 (estimate)",
      "-",
    ]);
    expect(lines.slice(1).map((line) => line.split(" ")[0])).toEqual(["c7g.xlarge", "m5.large", "t3.micro"]);
  });

  test("in JSON and CSV the fee and its estimate flag are columns of their own", async () => {
    const rows = JSON.parse((await cli("instances", "m5.large", "t3.micro", "--json")).stdout) as Record<
      string,
      unknown
    >[];
    expect(rows.map((row) => [row.instanceType, row.autoModeUsdPerHour, row.autoModeFeeEstimate])).toEqual([
      ["m5.large", 0.01152, true],
      ["t3.micro", null, null],
    ]);
    const csv = (await cli("instances", "m5.large", "--csv")).stdout.split("\r\n");
    expect(csv[0]).toMatch(/,AUTO MODE USD\/HOUR,AUTO MODE FEE ESTIMATE$/);
    expect(csv[1]).toMatch(/,0\.01152,true$/);
  });

  test("an unknown TYPE exits 2 and names the nearest types", async () => {
    expect(await cli("instances", "m5.lage")).toMatchObject({ code: 2, stdout: "" });
    expect((await cli("instances", "m5.lage")).stderr).toContain(
      "m5.lage is not in the dataset. Did you mean m5.large",
    );
  });

  test("a region without prices, a bad profile or a bad number exits 2", async () => {
    expect((await cli("instances", "--region", "us-east-9")).stderr).toContain(
      'eksize has no prices for region "us-east-9". Did you mean',
    );
    expect((await cli("instances", "--profile", "ubuntu")).stderr).toContain(
      '--profile must be one of amazon-linux, bottlerocket, karpenter, got "ubuntu"',
    );
    expect(await cli("instances", "--min-vcpu", "two")).toMatchObject({ code: 2, stdout: "" });
  });
});
