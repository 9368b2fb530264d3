/**
 * The compute modes compared in the planner: the default scenario on managed node groups ($686.40),
 * Karpenter NodePools over its node groups' families ($753.56: an m6a.4xlarge and a c5.2xlarge), the
 * same on EKS Auto Mode with its estimated fee ($843.89) and Fargate only ($1,036.23, without the
 * DaemonSets), as test/core/compare-modes.test.ts works them out on the fixed test prices.
 */
import { screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { ModesComparison } from "../../src/app/features/planner/ModesComparison.js";
import { usePricedScenario } from "../../src/app/features/planner/use-priced-scenario.js";
import { renderFeature } from "./helpers.js";

function Modes() {
  const { scenario, catalog } = usePricedScenario();
  return <ModesComparison scenario={scenario} catalog={catalog} />;
}

function row(mode: string): HTMLElement {
  return screen
    .getByRole("table", { name: /Monthly cost, nodes and what each way cannot run/ })
    .querySelector<HTMLElement>(`tr[data-mode="${mode}"]`)!;
}

function cellText(mode: string, column: string): string {
  return row(mode).querySelector(`[data-column="${column}"]`)?.textContent ?? "";
}

describe("the compute modes compared", () => {
  test("puts the same workloads on each way, with its nodes, fees and what it cannot run", async () => {
    renderFeature(<Modes />);
    await screen.findByRole("table", { name: /Monthly cost, nodes and what each way cannot run/ });
    expect(screen.getByRole("heading", { name: "Managed node groups, Karpenter, Auto Mode or Fargate?" })).toBeTruthy();
    expect(cellText("managed-node-groups", "total")).toBe("$686.40 cheapest");
    expect(cellText("managed-node-groups", "nodes")).toBe("4 × m6a.xlarge, 2 × c6a.xlarge");
    expect(cellText("karpenter", "total")).toBe("$753.56");
    expect(cellText("karpenter", "nodes")).toBe("1 × c5.2xlarge, 1 × m6a.4xlarge");
    expect(cellText("auto-mode", "total")).toMatch(/^\$843\.89/);
    expect(row("auto-mode").querySelector('[data-part="fee"]')?.textContent).toBe(
      "incl. $90.33 Auto Mode fee (estimate)",
    );
    expect(cellText("fargate", "nodes")).toBe("—");
    expect(cellText("managed-node-groups", "cannot-run")).toBe("Runs every pod");
    expect(cellText("fargate", "cannot-run")).toBe("5 DaemonSets");
    const fargate = screen.getByText("What Fargate only cannot run").closest("div")!;
    expect(within(fargate).getByText(/^DaemonSets Fargate cannot run/).textContent).toContain("fluent-bit");
  });

  test("speaks Korean", async () => {
    const { user } = renderFeature(<Modes />);
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    expect(
      await screen.findByRole("heading", { name: "관리형 노드 그룹, Karpenter, Auto Mode, Fargate 중 무엇을 쓸까요?" }),
    ).toBeTruthy();
    expect(await screen.findByText("가장 저렴")).toBeTruthy();
    expect(screen.getByText("EKS Auto Mode", { selector: "th" })).toBeTruthy();
  });
});
