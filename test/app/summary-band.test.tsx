/**
 * The planner's summary band and node-fill picture, on the default scenario in us-east-1 (fixed test
 * prices): 5 × m6a.xlarge (1 Spot) and 2 × c6a.xlarge Spot, 36 pods (2 on Fargate), $814.15 a month;
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
    expect(figure("summary-total")).toBe("$814.15");
    expect(figure("summary-nodes")).toBe("general: 5 × m6a.xlarge · batch-spot: 2 × c6a.xlarge");
    expect(figure("summary-pods")).toBe("36 (2 on Fargate)");
    // CPU 19,735m of 27,440m allocatable requested (see test/present/plan-summary.test.ts); memory 62,912 of
    // 86,663 MiB: general 5 × 428 + 2 × 14,150 + 14,080 + 7,296 + 2,048, batch-spot 2 × 428 + 6,144 + 2,048,
    // over 5 × 14,633 + 2 × 6,749.
    expect(figure("summary-utilisation")).toBe("CPU 72% · memory 73%");
    expect(figure("summary-per-pod")).toBe("$22.62/month");
    // 3 of 7 nodes.
    expect(figure("summary-spot")).toBe("43%");
    expect(figure("summary-unschedulable")).toBe("0");
    expect(screen.getByTestId("summary-change").textContent).toBe("");
  });

  test("an edit shows its effect (3 → 30 replicas: +1 node, +$65.90/month, +27 pods); editing back shows the opposite", async () => {
    const { user } = renderPlanner();
    const replicas = fieldByLabel("Replicas, web-frontend");
    await user.clear(replicas);
    // "" is invalid (the plan stays), "3" then "30": the change is the last plan's against the one before.
    await user.type(replicas, "30");
    expect(figure("summary-total")).toBe("$880.05");
    expect(figure("summary-nodes")).toBe("general: 6 × m6a.xlarge · batch-spot: 2 × c6a.xlarge");
    // From 3 replicas to 30: 27 more pods.
    expect(screen.getByTestId("summary-change").textContent).toBe("Last edit: +1 node, +$65.90/month, +27 pods");

    await user.clear(replicas);
    await user.type(replicas, "6");
    expect(figure("summary-total")).toBe("$814.15");
    expect(screen.getByTestId("summary-change").textContent).toBe("Last edit: −1 node, −$65.90/month, −24 pods");
  });

  test("a scenario loaded whole (a link, a saved scenario, the autosave) is not an edit: no change shows", async () => {
    const { user } = renderPlanner();
    await user.clear(fieldByLabel("Replicas, web-frontend"));
    await user.type(fieldByLabel("Replicas, web-frontend"), "30");
    expect(screen.getByTestId("summary-change").textContent).toBe("Last edit: +1 node, +$65.90/month, +27 pods");
    act(() => {
      usePlannerStore.getState().loadScenario(defaultScenario, null);
    });
    expect(figure("summary-total")).toBe("$814.15");
    expect(screen.getByTestId("summary-change").textContent).toBe("");
    // The next edit is compared with the loaded scenario's plan.
    await user.clear(fieldByLabel("Replicas, web-frontend"));
    await user.type(fieldByLabel("Replicas, web-frontend"), "7");
    expect(screen.getByTestId("summary-change").textContent).toBe("Last edit: +1 pod");
  });

  test("a figure links to its detail: the total focuses the bill", async () => {
    const { user } = renderPlanner();
    await user.click(screen.getByRole("link", { name: "$814.15" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: /^Monthly cost as configured/ }));
  });

  test("Korean: labels and the change in Korean", async () => {
    const { user } = renderPlanner();
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    expect(await screen.findByText("월 합계")).toBeTruthy();
    expect(figure("summary-nodes")).toBe("general: m6a.xlarge 5대 · batch-spot: c6a.xlarge 2대");
    expect(figure("summary-pods")).toBe("36개 (Fargate 2개)");
  });
});

describe("the node-fill picture", () => {
  test("general's first pattern: 2 nodes, CPU, memory and pod slots with their figures", () => {
    renderPlanner();
    const picture = screen.getByRole("figure", { name: "How the pods fill the nodes: general" });
    const [first] = within(picture).getAllByText(/nodes? like this$/);
    expect(first?.textContent).toBe("2 nodes like this");
    const cpu = within(picture).getAllByRole("img", { name: /^CPU: / })[0];
    expect(cpu?.getAttribute("aria-label")).toBe(
      "CPU: Reserved (kubelet, eviction): 80m, DaemonSets: 355m, Workload pods: 2,600m, Free: 965m",
    );
    const memory = within(picture).getAllByRole("img", { name: /^Memory: / })[0];
    expect(memory?.getAttribute("aria-label")).toBe(
      "Memory: Kernel and VM: 758 MiB, Reserved (kubelet, eviction): 993 MiB, DaemonSets: 428 MiB, Workload pods: 14,150 MiB, Free: 55 MiB",
    );
    expect(
      within(picture)
        .getAllByText(/ used, /)
        .map((element) => element.textContent)
        .slice(0, 3),
    ).toEqual([
      "3,035m of 4,000m used, 965m free",
      "16,329 MiB of 16,384 MiB used, 55 MiB free",
      "10 of 58 used, 48 free",
    ]);
    // A segment's width is its share of the capacity: 2,600m of 4,000m.
    const workloads = cpu?.querySelector<HTMLElement>(".fill-workloads");
    expect(workloads?.style.width).toBe("65%");
  });
});
