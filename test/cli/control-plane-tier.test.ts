/**
 * `eksize plan` with a control plane tier: the bill's line says it holds an estimate and shows its
 * formula, and `--json` carries the tier's term with its flag. The default scenario's figures
 * (test/cli/plan-link.test.ts): $686.40 a month with the Standard control plane's $73.
 */
import { defaultScenario, encodeScenario } from "eksize";
import { describe, expect, test } from "vitest";
import { cli } from "./run-cli.js";

const TIERED = encodeScenario({
  ...defaultScenario,
  cluster: { ...defaultScenario.cluster, controlPlaneTier: "tier-xl" },
});

describe("eksize plan with a control plane tier", () => {
  test("prints the control plane line as an estimate, with XL's $1.65/h over 730 h", async () => {
    const { code, stdout } = await cli("plan", TIERED);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Control plane \(estimate\)\s+1277\.5$/m);
    expect(stdout).toMatch(/^Total\s+1890\.9$/m);
    expect(stdout).toContain(
      "\nControl plane (estimate): 1 cluster × $0.10/h (standard support) × 730 h + XL tier $1.65/h (estimate) × 730 h = $1,277.50\n",
    );
    expect(stdout).toContain(
      "Note: The XL control plane tier costs $1,204.50 a month (estimate): give the peak API concurrency or pod scheduling rate to check it.",
    );
  });

  test("--json carries the tier's term, flagged as an estimate", async () => {
    const parsed = JSON.parse((await cli("plan", TIERED, "--json")).stdout) as {
      cost: { lines: { controlPlane: { terms: { controlPlaneTier: string | null; estimate: boolean }[] } } };
    };
    expect(parsed.cost.lines.controlPlane.terms.map((term) => [term.controlPlaneTier, term.estimate])).toEqual([
      [null, false],
      ["tier-xl", true],
    ]);
  });

  test("prints no formula line for a bill without estimates", async () => {
    expect((await cli("plan", encodeScenario(defaultScenario))).stdout).not.toContain("(estimate)");
  });
});
