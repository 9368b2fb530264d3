/**
 * The planner's summary band and node-fill picture, on the default scenario in us-east-1 (fixed test
 * prices): 4 × m6a.xlarge (1 Spot) and 2 × c6a.xlarge Spot, 36 pods (2 on Fargate), $686.40 a month;
 * web-frontend at 30 replicas takes "general" to 6 nodes and the month to $880.05.
 */
import { act, screen, within } from "@testing-library/react";
import { defaultScenario } from "eksize";
import { describe, expect, test } from "vitest";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { fieldByLabel, renderPlanner } from "./helpers.js";

function figure(testId: string): string {
  return screen.getByTestId(testId).textContent;
}

describe("the summary band", () => {
  test("shows the plan's answer, and no change before the first edit", () => {
    renderPlanner();
    expect(figure("summary-total")).toBe("$686.40");
    expect(figure("summary-nodes")).toBe("general: 4 × m6a.xlarge · batch-spot: 2 × c6a.xlarge");
    expect(figure("summary-pods")).toBe("36 (2 on Fargate)");
    // CPU 19,380m of 23,520m allocatable requested (see test/present/plan-summary.test.ts); memory 62,484 of
    // 72,030 MiB: general 4 × 428 + 13,440 + 13,312 + 14,080 + 10,892, batch-spot 2 × 428 + 6,144 + 2,048,
    // over 4 × 14,633 + 2 × 6,749.
    expect(figure("summary-utilisation")).toBe("CPU 82% · memory 87%");
    expect(figure("summary-per-pod")).toBe("$19.07/month");
    // 3 of 6 nodes.
    expect(figure("summary-spot")).toBe("50%");
    expect(figure("summary-unschedulable")).toBe("0");
    expect(screen.getByTestId("summary-change").textContent).toBe("");
  });

  test("an edit shows its effect (3 → 30 replicas: +2 nodes, +$193.65/month, +27 pods); editing back shows the opposite", async () => {
    const { user } = renderPlanner();
    const replicas = fieldByLabel("Replicas, web-frontend");
    await user.clear(replicas);
    // "" is invalid (the plan stays), "3" then "30": the change is the last plan's against the one before.
    await user.type(replicas, "30");
    expect(figure("summary-total")).toBe("$880.05");
    expect(figure("summary-nodes")).toBe("general: 6 × m6a.xlarge · batch-spot: 2 × c6a.xlarge");
    // From 3 replicas to 30: 27 more pods.
    expect(screen.getByTestId("summary-change").textContent).toBe("Last edit: +2 nodes, +$193.65/month, +27 pods");

    await user.clear(replicas);
    await user.type(replicas, "6");
    expect(figure("summary-total")).toBe("$686.40");
    expect(screen.getByTestId("summary-change").textContent).toBe("Last edit: −2 nodes, −$193.65/month, −24 pods");
  });

  test("a scenario loaded whole (a link, a saved scenario, the autosave) is not an edit: no change shows", async () => {
    const { user } = renderPlanner();
    await user.clear(fieldByLabel("Replicas, web-frontend"));
    await user.type(fieldByLabel("Replicas, web-frontend"), "30");
    expect(screen.getByTestId("summary-change").textContent).toBe("Last edit: +2 nodes, +$193.65/month, +27 pods");
    act(() => {
      usePlannerStore.getState().loadScenario(defaultScenario, null);
    });
    expect(figure("summary-total")).toBe("$686.40");
    expect(screen.getByTestId("summary-change").textContent).toBe("");
    // The next edit is compared with the loaded scenario's plan.
    await user.clear(fieldByLabel("Replicas, web-frontend"));
    await user.type(fieldByLabel("Replicas, web-frontend"), "7");
    expect(screen.getByTestId("summary-change").textContent).toBe("Last edit: +1 pod");
  });

  test("a figure links to its detail: the total focuses the bill", async () => {
    const { user } = renderPlanner();
    await user.click(screen.getByRole("link", { name: "$686.40" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: /^Monthly cost as configured/ }));
  });

  test("Korean: labels and the change in Korean", async () => {
    const { user } = renderPlanner();
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    expect(await screen.findByText("월 합계")).toBeTruthy();
    expect(figure("summary-nodes")).toBe("general: m6a.xlarge 4대 · batch-spot: c6a.xlarge 2대");
    expect(figure("summary-pods")).toBe("36개 (Fargate 2개)");
  });
});

describe("the node-fill picture", () => {
  test("general's first node: CPU, memory and pod slots with their figures", () => {
    renderPlanner();
    const picture = screen.getByRole("figure", { name: "How the pods fill the nodes: general" });
    const [first] = within(picture).getAllByText(/nodes? like this$/);
    expect(first?.textContent).toBe("1 node like this");
    const cpu = within(picture).getAllByRole("img", { name: /^CPU: / })[0];
    expect(cpu?.getAttribute("aria-label")).toBe(
      "CPU: Reserved (kubelet, eviction): 80m, DaemonSets: 355m, Workload pods: 3,550m, Free: 15m",
    );
    const memory = within(picture).getAllByRole("img", { name: /^Memory: / })[0];
    expect(memory?.getAttribute("aria-label")).toBe(
      "Memory: Kernel and VM: 758 MiB, Reserved (kubelet, eviction): 993 MiB, DaemonSets: 428 MiB, Workload pods: 13,440 MiB, Free: 765 MiB",
    );
    expect(
      within(picture)
        .getAllByText(/ used, /)
        .map((element) => element.textContent)
        .slice(0, 3),
    ).toEqual([
      "3,985m of 4,000m used, 15m free",
      "15,619 MiB of 16,384 MiB used, 765 MiB free",
      "15 of 58 used, 43 free",
    ]);
    // A segment's width is its share of the capacity: 3,550m of 4,000m.
    const workloads = cpu?.querySelector<HTMLElement>(".fill-workloads");
    expect(workloads?.style.width).toBe("88.75%");
  });
});
