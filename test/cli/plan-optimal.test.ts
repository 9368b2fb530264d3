/**
 * `eksize plan --optimal`: each node group's plan beside a proven lower bound on its cost, the
 * cheapest mix of its types found and the change that saves money. The
 * default scenario's Spot group "batch-spot" holds 4 pods of 1 vCPU on 2 nodes of 4 vCPU (3 pods to a
 * node), the cheapest of its types on Spot: its plan is the cheapest possible. Its group "general"
 * packs on 4 m6a.xlarge (3 on-demand, 1 Spot), $442.73 a month, at most 3.1% above its bound. Without the optional
 * `highs` package the flag exits 2 and names the install command (test/package/package.test.ts).
 */
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const SCENARIO = "test/cli/fixtures/online-shop.eksize.json";
const MAX_NODES = "test/cli/fixtures/max-nodes.eksize.json";
/** 16 CPU-heavy api pods and 8 memory-heavy cache pods on a managed node group of c6i.xlarge or r6i.xlarge. */
const API_CACHE = "test/cli/fixtures/api-cache.eksize.json";

interface BoundRow {
  nodeGroup: string;
  reason: string | null;
  planUsdPerMonth: number | null;
  boundUsdPerMonth: number | null;
  percentAboveBound: number | null;
  mix: {
    usdPerMonth: number;
    nodes: number;
    byType: { instanceType: string; onDemandNodes: number; spotNodes: number }[];
  } | null;
  proven: boolean;
  cutShort: boolean;
  change: {
    kind: string;
    nodeGroups: string[];
    instanceTypes: string[];
    usdPerMonthSaved: number;
    nodesSaved: number;
  } | null;
  text: string;
}

describe("eksize plan --optimal", () => {
  test("a sentence per node group under Cheapest possible", async () => {
    const { code, stdout, stderr } = await cli("plan", SCENARIO, "--optimal");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("\nCheapest possible\n");
    expect(stdout).toContain(
      "  general: its nodes cost $442.73 a month; no nodes of its instance types that hold its pods cost less than $429.43, so the plan is at most 3.1% above the cheapest possible.\n",
    );
    expect(stdout).toContain("\n    No mix of its instance types found costs less than the plan's own nodes.\n");
    expect(stdout).toContain(
      "  batch-spot: its nodes cost $96.74 a month, and no nodes of its instance types that hold its pods cost less: the plan is the cheapest possible.\n",
    );
  });

  test("the cheapest mix, proven, and the split of a managed node group that saves money once re-planned", async () => {
    const { code, stdout } = await cli("plan", API_CACHE, "--optimal");
    expect(code).toBe(0);
    expect(stdout.slice(stdout.indexOf("Cheapest possible"))).toBe(
      [
        "Cheapest possible",
        "  general: its nodes cost $1,839.60 a month; no nodes of its instance types that hold its pods cost less than $1,480.44, so the plan is at most 24.3% above the cheapest possible.",
        "    The cheapest mix found, 6 × c6i.xlarge, 4 × r6i.xlarge, costs $1,480.44 a month: $359.16 less than the plan, on as many nodes. No mix costs less: it is the cheapest possible.",
        "    Splitting general into general-c6i-xlarge and general-r6i-xlarge, one instance type each, saves $107.76 a month, re-planned.",
        "",
      ].join("\n"),
    );
    const { stdout: json } = await cli("plan", API_CACHE, "--optimal", "--json");
    const [general] = (JSON.parse(json) as { bounds: BoundRow[] }).bounds;
    expect(general).toMatchObject({
      planUsdPerMonth: 1839.6,
      boundUsdPerMonth: 1480.44,
      mix: {
        usdPerMonth: 1480.44,
        nodes: 10,
        byType: [
          { instanceType: "c6i.xlarge", onDemandNodes: 6, spotNodes: 0 },
          { instanceType: "r6i.xlarge", onDemandNodes: 4, spotNodes: 0 },
        ],
      },
      proven: true,
      cutShort: false,
      change: {
        kind: "split-group",
        nodeGroups: ["general-c6i-xlarge", "general-r6i-xlarge"],
        instanceTypes: ["c6i.xlarge", "r6i.xlarge"],
        usdPerMonthSaved: 107.76,
        nodesSaved: -2,
      },
    });
  });

  test("--json: the bounds in USD a month, below each plan, and the gap rounded up", async () => {
    const { code, stdout } = await cli("plan", SCENARIO, "--optimal", "--json");
    expect(code).toBe(0);
    const bounds = (JSON.parse(stdout) as { bounds: BoundRow[] }).bounds;
    expect(bounds.map((row) => row.nodeGroup)).toEqual(["general", "batch-spot"]);
    const [general, batch] = bounds as [BoundRow, BoundRow];
    expect(general).toMatchObject({
      reason: null,
      planUsdPerMonth: 442.73,
      boundUsdPerMonth: 429.43,
      percentAboveBound: 3.1, // (442.73 − 429.43) / 429.43 = 3.097%, rounded up
    });
    expect(batch).toMatchObject({
      reason: null,
      planUsdPerMonth: 96.74,
      boundUsdPerMonth: 96.74,
      percentAboveBound: 0,
    });
  });

  test("no bound for a group whose plan leaves pods pending at its node limit", async () => {
    const { code, stdout } = await cli("plan", MAX_NODES, "--optimal", "--json");
    expect(code).toBe(1);
    const bounds = (JSON.parse(stdout) as { bounds: BoundRow[] }).bounds;
    expect(bounds.find((row) => row.nodeGroup === "general")).toMatchObject({
      reason: "pods-pending",
      planUsdPerMonth: null,
      text: "general: no bound, as the plan leaves pods pending at the group's node limit.",
    });
  });

  test("the help names the flag and the solver it needs", async () => {
    const { stdout } = await cli("plan", "--help");
    expect(stdout).toContain(
      "--optimal         also prove how far each node group's plan is from the cheapest possible",
    );
    expect(stdout).toContain("the cheapest mix of those types found (exact on small groups, else a search of");
    expect(stdout).toContain("npm install highs@1.15.3");
  });
});
