/**
 * The workloads editor's spread settings: a zone spread (none, required, preferred) with its max
 * skew, and at most so many pods per node, in English and Korean, and the plan that follows them.
 *
 * Figures from the library on the default scenario (us-east-1, the tests' prices): "general" needs
 * 4 × m6a.xlarge (3 on-demand, 1 Spot) and the month is $686.40; with web-frontend's 6 replicas at
 * most 1 per node it needs 6 (4 on-demand, 2 Spot) and the month is $880.05; with web-frontend spread
 * over the group's 3 zones (required) every workload of "general" is split over them, and the zones
 * get 2, 2 and 1 nodes.
 */
import { screen, within } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { defaultScenario } from "eksize";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { describedBy, fieldByLabel, queryFieldByLabel, renderPlanner } from "./helpers.js";

/** The "Nodes" figure of a node group's plan card. */
function nodesOf(group: string): string {
  const card = screen.getByRole("article", { name: new RegExp(`^${group}:`) });
  const summary = [...card.querySelectorAll("summary")].find(
    (candidate) => candidate.querySelector(".traced-label")?.textContent === "Nodes",
  );
  return summary?.querySelector(".figure")?.textContent ?? "";
}

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string): Promise<void> {
  await user.clear(input);
  await user.type(input, text);
}

describe("a workload's spread in the editor", () => {
  test("a required zone spread asks for its max skew and plans the group zone by zone", async () => {
    const { user } = renderPlanner();
    expect(queryFieldByLabel("Max skew, web-frontend")).toBeNull();
    await user.selectOptions(fieldByLabel("Zone spread, web-frontend"), "DoNotSchedule");
    expect(fieldByLabel("Max skew, web-frontend").value).toBe("1");
    expect(usePlannerStore.getState().scenario.workloads[0]!.zoneSpread).toEqual({
      maxSkew: 1,
      whenUnsatisfiable: "DoNotSchedule",
    });
    const card = within(screen.getByRole("article", { name: /^general:/ }));
    expect(card.getByText("Nodes per zone").nextElementSibling?.textContent).toBe("Zone 1: 2, Zone 2: 2, Zone 3: 1");
    const article = screen.getByRole("article", { name: /^general:/ });
    expect([...article.querySelectorAll(".fill-count")].map((line) => line.textContent)).toEqual([
      "Zone 1: 1 node like this",
      "Zone 1: 1 node like this",
      "Zone 2: 1 node like this",
      "Zone 2: 1 node like this",
      "Zone 3: 1 node like this",
    ]);
    expect(nodesOf("general")).toBe("5 (4 on-demand, 1 Spot)");
    // A preferred spread (ScheduleAnyway) plans as no spread: one pool of nodes.
    await user.selectOptions(fieldByLabel("Zone spread, web-frontend"), "ScheduleAnyway");
    expect(card.queryByText("Nodes per zone")).toBeNull();
  });

  test("a max skew below 1 is marked on its field, and the plan stays the last valid one", async () => {
    const { user } = renderPlanner();
    await user.selectOptions(fieldByLabel("Zone spread, web-frontend"), "DoNotSchedule");
    const skew = fieldByLabel("Max skew, web-frontend");
    await retype(user, skew, "0");
    expect(skew.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(skew)).toBe("Must be at least 1");
    expect(screen.getByText("Showing the last valid plan.")).toBeTruthy();
  });

  test("at most 1 per node puts each web-frontend pod on a node of its own: 6 nodes, and the month follows", async () => {
    const { user } = renderPlanner();
    const perNode = fieldByLabel("Max per node, web-frontend");
    expect(perNode.getAttribute("placeholder")).toBe("no limit");
    expect(nodesOf("general")).toBe("4 (3 on-demand, 1 Spot)");
    await retype(user, perNode, "1");
    expect(nodesOf("general")).toBe("6 (4 on-demand, 2 Spot)");
    expect(screen.getByTestId("total").textContent).toBe("$880.05");
    await retype(user, perNode, "0");
    expect(describedBy(perNode)).toBe("Must be at least 1");
    // Emptied, the field means no limit again.
    await user.clear(perNode);
    expect(nodesOf("general")).toBe("4 (3 on-demand, 1 Spot)");
    expect(usePlannerStore.getState().scenario.workloads[0]!.maxPodsPerNode).toBeNull();
  });

  test("an imported disruption budget, which the editor does not show, survives every edit", async () => {
    const budget = { maxUnavailable: "25%" } as const;
    usePlannerStore.getState().loadScenario(
      {
        ...defaultScenario,
        workloads: defaultScenario.workloads.map((workload, index) =>
          index === 0 ? { ...workload, disruptionBudget: budget } : workload,
        ),
      },
      null,
    );
    const { user } = renderPlanner();
    await retype(user, fieldByLabel("Replicas, web-frontend"), "8");
    expect(usePlannerStore.getState().scenario.workloads[0]).toMatchObject({ replicas: 8, disruptionBudget: budget });
  });

  test("an autoscaling range and load profile, which the editor does not show yet, survive every edit", async () => {
    const autoscaling = { minReplicas: 2, maxReplicas: 12, profile: "office-hours" } as const;
    usePlannerStore.getState().loadScenario(
      {
        ...defaultScenario,
        workloads: defaultScenario.workloads.map((workload, index) =>
          index === 0 ? { ...workload, autoscaling } : workload,
        ),
      },
      null,
    );
    const { user } = renderPlanner();
    await retype(user, fieldByLabel("Replicas, web-frontend"), "8");
    expect(usePlannerStore.getState().scenario.workloads[0]).toMatchObject({ replicas: 8, autoscaling });
  });

  test("speaks Korean: the columns, the choices and the nodes per zone", async () => {
    const { user } = renderPlanner();
    await user.selectOptions(fieldByLabel("Language"), "ko");
    const spread = await screen.findByRole("combobox", { name: "가용 영역 분배, web-frontend" });
    expect([...spread.querySelectorAll("option")].map((option) => option.textContent)).toEqual([
      "없음",
      "필수",
      "선호",
    ]);
    expect(screen.getByRole("columnheader", { name: "노드당 최대 파드" })).toBeTruthy();
    await user.selectOptions(spread, "DoNotSchedule");
    const card = within(screen.getByRole("article", { name: /^general:/ }));
    expect(card.getByText("가용 영역별 노드").nextElementSibling?.textContent).toBe(
      "가용 영역 1: 2, 가용 영역 2: 2, 가용 영역 3: 1",
    );
  });
});
