/**
 * `eksize plan --optimal`: each node group's plan beside a proven lower bound on its cost. The
 * default scenario's Spot group "batch-spot" holds 4 pods of 1 vCPU on 2 nodes of 4 vCPU (3 pods to a
 * node), the cheapest of its types on Spot: its plan is the cheapest possible. Its group "general"
 * packs on 4 m6a.xlarge (3 on-demand, 1 Spot), $442.73 a month, at most 3.1% above its bound. Without the optional
 * `highs` package the flag exits 2 and names the install command (test/package/package.test.ts).
 */
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const SCENARIO = "test/cli/fixtures/online-shop.eksize.json";
const MAX_NODES = "test/cli/fixtures/max-nodes.eksize.json";

interface BoundRow {
  nodeGroup: string;
  reason: string | null;
  planUsdPerMonth: number | null;
  boundUsdPerMonth: number | null;
  percentAboveBound: number | null;
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
    expect(stdout).toContain(
      "  batch-spot: its nodes cost $96.74 a month, and no nodes of its instance types that hold its pods cost less: the plan is the cheapest possible.\n",
    );
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
    expect(stdout).toContain("npm install highs@1.15.3");
  });
});
