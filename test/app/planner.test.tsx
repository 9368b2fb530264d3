/**
 * The planner page: it opens on the default scenario, its editors validate as the user types, the
 * plan and the comparison follow valid edits and keep the last valid plan otherwise.
 *
 * The literal figures were worked out by hand from the library's output for `defaultScenario` in
 * us-east-1: "general" packs onto 4 × m6a.xlarge (2 on-demand base + 50% Spot of the other 2: 3
 * on-demand, 1 Spot), "batch-spot" onto 2 × c6a.xlarge Spot, the
 * month totals $686.40; with web-frontend at 30 replicas "general" needs 6 nodes (4 on-demand, 2 Spot)
 * and the month is $880.05. The cheapest type for "general" is m6g.xlarge: the month with it is
 * $631.87 (worked out in test/core/rank.test.ts).
 */
import { screen, waitFor, within } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { defaultScenario } from "eksize";
import { PlannerPage } from "../../src/app/features/planner/PlannerPage.js";
import { NodeGroupsEditor } from "../../src/app/features/planner/NodeGroupsEditor.js";
import { WorkloadsEditor } from "../../src/app/features/planner/WorkloadsEditor.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import {
  describedBy,
  fieldByLabel,
  PlanResults,
  queryFieldByLabel,
  renderFeature,
  renderPlanner,
  renderSite,
} from "./helpers.js";

/** The "Nodes" figure of a node group's plan card. */
function nodesOf(group: string): string {
  const card = screen.getByRole("article", { name: new RegExp(`^${group}:`) });
  const summary = [...card.querySelectorAll("summary")].find(
    (candidate) => candidate.querySelector(".traced-label")?.textContent === "Nodes",
  );
  return summary?.querySelector(".figure")?.textContent ?? "";
}

/** The month's total of the scenario as configured. */
function total(): string {
  return screen.getByTestId("total").textContent;
}

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string): Promise<void> {
  await user.clear(input);
  await user.type(input, text);
}

/** Strategy ids of the comparison table's rows, top to bottom. */
function strategyOrder(): string[] {
  const table = screen.getByRole("table", { name: /^Monthly cost by strategy/ });
  return [...table.querySelectorAll("tbody tr")].map((row) => row.getAttribute("data-strategy") ?? "");
}

describe("planner", () => {
  test("the site opens on the planner with the default scenario and its plan", async () => {
    renderSite();
    expect(screen.getByRole("link", { name: "Planner" }).getAttribute("aria-current")).toBe("page");
    expect(document.title).toBe("eksize: EKS capacity and cost planner");
    expect(fieldByLabel("Replicas, web-frontend").value).toBe("6");
    expect(screen.getByRole("heading", { name: "general: m6a.xlarge" })).toBeTruthy();
    expect(nodesOf("general")).toBe("4 (3 on-demand, 1 Spot)");
    expect(nodesOf("batch-spot")).toBe("2 (0 on-demand, 2 Spot)");
    expect(total()).toBe("$686.40");
    expect(screen.getByTestId("unschedulable-count").textContent).toBe("0");
    expect(screen.getByText("email-worker: 2 pods of 0.25 vCPU and 1 GB")).toBeTruthy();
    // No notice while the scenario is valid.
    expect(screen.queryByText("Showing the last valid plan.")).toBeNull();
    // The cost chart's text alternative names every strategy's month.
    const chart = await screen.findByTestId("cost-chart");
    expect(chart.getAttribute("aria-label")).toContain("As configured: $686.40");
    // The ranking chart's text alternative names each type with its nodes and the month's bill.
    const rankingChart = screen.getByTestId("ranking-chart");
    expect(rankingChart.getAttribute("aria-label")).toMatch(
      /^Cheapest instance types: m6g\.xlarge, 4 nodes, \$631\.87 a month; m7g\.xlarge, 4 nodes, \$666\.33 a month; /,
    );
  });

  test("each cost line and node count explains its formula", () => {
    renderFeature(<PlanResults />);
    const bill = within(screen.getByRole("region", { name: /^Monthly cost as configured/ }));
    const onDemand = bill.getByText("general: 3 × m6a.xlarge × $0.1728/h × 730 h = $378.43");
    expect(onDemand.closest("details")?.querySelector("summary")?.textContent).toBe("On-demand $378.43");
    expect(bill.getByText("1 cluster × $0.10/h (standard support) × 730 h = $73.00")).toBeTruthy();
    const plan = within(screen.getByRole("region", { name: "Plan" }));
    expect(
      plan.getByText("The first 2 on-demand, then 50% of the rest on Spot: 3 on-demand, 1 Spot.", { exact: false }),
    ).toBeTruthy();
  });

  test("the bill adds up as shown: the enterprise discount is a row, the Savings Plan is stated, borrowed rates named", async () => {
    const discounted = {
      ...defaultScenario,
      region: "eu-west-1",
      cluster: {
        ...defaultScenario.cluster,
        discounts: {
          computeSavingsPercent: 20,
          enterpriseDiscountPercent: 5,
          savingsPlanType: "compute" as const,
          savingsPlanDiscountPercent: 0,
        },
      },
    };
    usePlannerStore.getState().loadScenario(discounted, null);
    renderFeature(<PlanResults />);
    const bill = screen.getByRole("region", { name: /^Monthly cost as configured/ });
    const rows = () => [...bill.querySelectorAll(".cost-lines summary")].map((summary) => summary.textContent);
    // eu-west-1's prices load on demand: until they come, the lines priced from them are unknown.
    await waitFor(() => {
      expect(rows()[0]).toBe("On-demand $337.44");
    });
    expect(rows()).toEqual([
      "On-demand $337.44",
      "Spot $213.11",
      "Fargate $17.01",
      "Control plane $73.00",
      "Load balancers (us-east-1 rates) $43.07",
      "Root volumes (us-east-1 rates) $9.60",
      "Enterprise discount (5%) -$34.66",
      "Total $658.57",
    ]);
    expect(
      within(bill).getByText(
        "The Savings Plan or Reserved Instance discount (20%) is already taken off the on-demand and Fargate lines: $88.61 a month.",
      ),
    ).toBeTruthy();
    expect(bill.textContent).toContain("5% of the six lines' $693.23 = $34.6614");
  });

  test("editing a workload's replicas changes the node count, the total and the chart", async () => {
    // The chart is the comparison's: the whole planner page.
    const { user } = renderFeature(<PlannerPage />);
    await screen.findByTestId("cost-chart");
    await retype(user, fieldByLabel("Replicas, web-frontend"), "30");
    expect(nodesOf("general")).toBe("6 (4 on-demand, 2 Spot)");
    expect(total()).toBe("$880.05");
    await waitFor(() => {
      expect(screen.getByTestId("cost-chart").getAttribute("aria-label")).toContain("As configured: $880.05");
    });
  });

  test.each([
    ["-1", "Must be at least 0"],
    ["abc", "Enter a number"],
  ])("typing %s marks the field with “%s” and keeps the previous plan", async (typed, message) => {
    const { user } = renderPlanner();
    const replicas = fieldByLabel("Replicas, web-frontend");
    await retype(user, replicas, typed);
    expect(replicas.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(replicas)).toBe(message);
    expect(screen.getByText("Showing the last valid plan.")).toBeTruthy();
    expect(nodesOf("general")).toBe("4 (3 on-demand, 1 Spot)");
    expect(total()).toBe("$686.40");

    // Fixing the value clears the mark and the notice.
    await retype(user, replicas, "30");
    expect(replicas.getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText("Showing the last valid plan.")).toBeNull();
    expect(total()).toBe("$880.05");
  });

  test("a fraction of a replica is marked, and the plan stays at the last valid count (2)", async () => {
    const { user } = renderPlanner();
    const replicas = fieldByLabel("Replicas, web-frontend");
    await retype(user, replicas, "2.5");
    expect(describedBy(replicas)).toBe("Enter a whole number");
    // "2" was valid on the way to "2.5": 4 nodes, the on-demand base of 2 and 1 of the other 2.
    expect(nodesOf("general")).toBe("4 (3 on-demand, 1 Spot)");
  });

  test("an unknown instance type is marked with suggestions, and a suggestion fixes it", async () => {
    const { user } = renderPlanner(<NodeGroupsEditor />);
    const type = fieldByLabel("Instance type 1 of general");
    await retype(user, type, "m6i.xlarg");
    expect(type.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(type)).toMatch(/^m6i\.xlarg is not in the dataset\. Did you mean m6i\.xlarge/);
    expect(screen.getByText("Showing the last valid plan.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Use m6i.xlarge" }));
    expect(fieldByLabel("Instance type 1 of general").value).toBe("m6i.xlarge");
    expect(fieldByLabel("Instance type 1 of general").getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText("Showing the last valid plan.")).toBeNull();
  });

  test("a maximum below the minimum is explained on the max nodes field", async () => {
    const { user } = renderFeature(<NodeGroupsEditor />);
    const max = screen.getAllByLabelText("Max nodes")[0]!;
    await retype(user, max, "1");
    expect(max.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(max)).toBe("Must be at least 2");
  });

  test("a group at its max nodes says how many pods stay pending, and lists them as unschedulable", async () => {
    const { user } = renderFeature(
      <>
        <NodeGroupsEditor />
        <PlanResults />
      </>,
    );
    expect(screen.getByTestId("unschedulable-count").textContent).toBe("0");
    await retype(user, screen.getAllByLabelText("Max nodes")[0]!, "3");
    await waitFor(() => {
      expect(nodesOf("general")).toBe("3 (3 on-demand, 0 Spot)");
    });
    const card = screen.getByRole("article", { name: /^general:/ });
    expect(within(card).getByText("At its maximum of 3 nodes: 14 pods do not fit and stay pending.")).toBeTruthy();
    expect(screen.getByTestId("unschedulable-count").textContent).toBe("14");
  });

  test("a scenario without aws-node and kube-proxy gets them counted, and the plan says so", () => {
    usePlannerStore.getState().loadScenario({ ...defaultScenario, daemonSets: [] }, null);
    renderFeature(<PlanResults />);
    expect(
      screen.getByText(
        "Counted on every node although the scenario does not list them: aws-node (50m CPU), kube-proxy (100m CPU). Every EKS node runs them (they are the +2 of max pods); add them as DaemonSets to set other requests.",
      ),
    ).toBeTruthy();
  });

  test("workloads can be added and removed", async () => {
    const { user } = renderPlanner();
    await user.click(screen.getByRole("button", { name: "Add a workload" }));
    const added = fieldByLabel("Replicas, workload");
    expect(added.value).toBe("1");
    await user.click(screen.getByRole("button", { name: "Remove workload workload" }));
    expect(queryFieldByLabel("Replicas, workload")).toBeNull();

    // Removing the only Fargate workload empties the Fargate line.
    await user.click(screen.getByRole("button", { name: "Remove workload email-worker" }));
    expect(queryFieldByLabel("Replicas, email-worker")).toBeNull();
    expect(screen.getByText("No workload runs on Fargate.")).toBeTruthy();
    const bill = within(screen.getByRole("region", { name: /^Monthly cost as configured/ }));
    // Zero in the display currency, as the line's own total shows it.
    expect(bill.getByText("No pods on Fargate: $0.00")).toBeTruthy();
  });

  test("a duplicate workload name is marked on the field", async () => {
    const { user } = renderFeature(<WorkloadsEditor />);
    const name = fieldByLabel("Name, 2");
    await retype(user, name, "web-frontend");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(name)).toBe("The name web-frontend is used more than once");
  });

  test("a workload's accelerator kind is picked in its row, and the plan says which device its pods lack", async () => {
    const { user } = renderPlanner();
    await retype(user, fieldByLabel("Accelerators, prometheus"), "1");
    await user.selectOptions(fieldByLabel("Accelerator kind, prometheus"), "aws.amazon.com/neuron");
    expect(usePlannerStore.getState().scenario.workloads.find((w) => w.name === "prometheus")).toMatchObject({
      gpus: 1,
      accelerator: "aws.amazon.com/neuron",
    });
    expect(
      screen.getByText(
        "prometheus: 2 pods. A pod needs 1 × AWS Neuron device (Inferentia or Trainium) (aws.amazon.com/neuron), more than a node of any of the group's types has.",
      ),
    ).toBeTruthy();
  });

  test("the comparison lists the four strategies, total, nodes and unschedulable pods first, and sorts by total", async () => {
    const { user } = renderFeature(<PlannerPage />);
    const table = screen.getByRole("table", { name: /^Monthly cost by strategy/ });
    const names = [...table.querySelectorAll("tbody th strong")].map((cell) => cell.textContent);
    expect(names).toEqual([
      "As configured",
      "All on-demand",
      "Fargate where possible",
      "Cheapest type for general (m6g.xlarge)",
    ]);
    expect(strategyOrder()).toEqual(["as-configured", "on-demand", "fargate", "cheapest-type"]);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .slice(0, 4)
        .map((header) => header.textContent),
    ).toEqual(["Strategy", "Total / month↕", "Nodes", "Unschedulable pods"]);
    const cheapestRow = table.querySelector('tr[data-strategy="cheapest-type"]')!;
    expect(cheapestRow.querySelector('[data-column="total"]')?.textContent).toBe("$631.87");
    expect(cheapestRow.querySelector('[data-column="nodes"]')?.textContent).toBe(
      "6 nodes: 4 in general, 2 in batch-spot",
    );

    const totalHeader = within(table).getByRole("columnheader", { name: /Total \/ month/ });
    await user.click(within(totalHeader).getByRole("button"));
    expect(totalHeader.getAttribute("aria-sort")).toBe("ascending");
    // $631.87, $686.40, $874.89, $1,105.53
    expect(strategyOrder()).toEqual(["cheapest-type", "as-configured", "on-demand", "fargate"]);
    await user.click(within(totalHeader).getByRole("button"));
    expect(totalHeader.getAttribute("aria-sort")).toBe("descending");
    expect(strategyOrder()).toEqual(["fargate", "on-demand", "as-configured", "cheapest-type"]);
    const fargateRow = table.querySelector('tr[data-strategy="fargate"]')!;
    expect(fargateRow.querySelector('[data-column="total"]')?.textContent).toBe("$1,105.53");
    expect(fargateRow.querySelector('[data-column="total"] span')?.getAttribute("title")).toMatch(
      /^The sum of the six lines = \$1,105\.53$/,
    );
  });

  test("the ranking lists the ten cheapest types for general, m6g.xlarge first, the cheapest-type strategy's", () => {
    renderFeature(<PlannerPage />);
    const ranking = screen.getByRole("table", { name: /cheapest instance types for general/ });
    const rows = within(ranking).getAllByRole("rowheader");
    expect(rows.map((row) => row.textContent)).toEqual([
      "m6g.xlarge",
      "m7g.xlarge",
      "m8g.xlarge",
      "m5a.xlarge",
      "m6a.xlarge",
      "m6g.2xlarge",
      "m5.xlarge",
      "m7g.2xlarge",
      "m7i-flex.xlarge",
      "m6gd.xlarge",
    ]);
    const first = ranking.querySelector('tr[data-instance-type="m6g.xlarge"]')!;
    expect(first.querySelector('[data-column="total"]')?.textContent).toBe("$631.87");
    expect(first.querySelector('[data-column="nodes"]')?.textContent).toBe("4");
    expect(
      screen.getByText(
        /^Each bill is the month's with general on that type alone.* T-family \(burstable\) types are left out/,
      ),
    ).toBeTruthy();
  });

  test("Use this type puts general on the ranked type, and the plan's total becomes the ranked figure", async () => {
    const { user } = renderFeature(
      <>
        <NodeGroupsEditor />
        <PlannerPage />
      </>,
    );
    expect(total()).toBe("$686.40");
    const ranked = screen.getByRole("table", { name: /cheapest instance types for general/ });
    await user.click(within(ranked).getByRole("button", { name: "Use this type: m6g.xlarge for general" }));
    // One click, a normal edit: the group's field, the scenario and the plan follow.
    expect(fieldByLabel("Instance type 1 of general").value).toBe("m6g.xlarge");
    expect(queryFieldByLabel("Instance type 2 of general")).toBeNull();
    expect(usePlannerStore.getState().scenario.nodeGroups[0]!.instanceTypes).toEqual(["m6g.xlarge"]);
    expect(screen.getByRole("heading", { name: "general: m6g.xlarge" })).toBeTruthy();
    expect(total()).toBe("$631.87");
    // The comparison follows: as configured is now what the cheapest type was.
    expect((await screen.findByText("general now uses m6g.xlarge: $631.87 a month.")).getAttribute("role")).toBe(
      "status",
    );
    const table = screen.getByRole("table", { name: /^Monthly cost by strategy/ });
    expect(table.querySelector('tr[data-strategy="as-configured"] [data-column="total"]')?.textContent).toBe("$631.87");
    const ranking = screen.getByRole("table", { name: /cheapest instance types for general/ });
    expect(within(ranking).getByText("In use")).toBeTruthy();
    // Editing the type back undoes it.
    await retype(user, fieldByLabel("Instance type 1 of general"), "m6a.xlarge");
    expect(total()).toBe("$686.40");
  });

  test("the ranking is for the node group chosen; the cheapest-type strategy follows it, and its button uses it", async () => {
    const { user } = renderFeature(<PlannerPage />);
    await user.selectOptions(fieldByLabel("Rank types for node group"), "batch-spot");
    const ranking = await screen.findByRole("table", { name: /cheapest instance types for batch-spot/ });
    // c6gd.2xlarge on Spot: 1 node holds the 4 jobs of 1000m, $0.07974 × 730 + 20 GiB: $59.81 for batch-spot.
    const first = within(ranking).getAllByRole("row")[1]!;
    expect(within(first).getByRole("rowheader").textContent).toBe("c6gd.2xlarge");
    expect(first.textContent).toContain("$646.28");
    expect(first.textContent).toContain("$59.81");
    // One node for the group: marked, where general's types (4 nodes) are not.
    expect(first.querySelector('[data-column="nodes"]')?.textContent).toBe("single point of failure 1");
    const table = screen.getByRole("table", { name: /^Monthly cost by strategy/ });
    const cheapest = table.querySelector('tr[data-strategy="cheapest-type"]')!;
    expect(cheapest.querySelector("strong")?.textContent).toBe("Cheapest type for batch-spot (c6gd.2xlarge)");
    await user.click(
      within(cheapest as HTMLElement).getByRole("button", { name: "Use this type: c6gd.2xlarge for batch-spot" }),
    );
    expect(usePlannerStore.getState().scenario.nodeGroups.map((group) => group.instanceTypes)).toEqual([
      ["m6i.xlarge", "m5.xlarge", "m6a.xlarge"],
      ["c6gd.2xlarge"],
    ]);
    expect(total()).toBe("$646.28");
  });

  test("the page speaks Korean, errors included", async () => {
    // The navigation is the site's: the whole site.
    const { user } = renderSite();
    await user.selectOptions(fieldByLabel("Language"), "ko");
    expect(screen.getByRole("link", { name: "계획기" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("heading", { name: "워크로드" })).toBeTruthy();
    expect(screen.getByRole("rowheader", { name: "설정대로" })).toBeTruthy();
    const replicas = fieldByLabel("레플리카, web-frontend");
    await retype(user, replicas, "-1");
    expect(describedBy(replicas)).toBe("0 이상이어야 합니다");
    expect(screen.getByText("마지막으로 유효했던 계획을 보여 줍니다.")).toBeTruthy();
  });

  test("the results heading names the region as the region picker does, in English and in Korean", async () => {
    const { user } = renderFeature(<PlannerPage />);
    expect(screen.getByRole("heading", { level: 2, name: /^Plan and monthly cost in / }).textContent).toBe(
      "Plan and monthly cost in US East (N. Virginia), us-east-1",
    );
    await user.selectOptions(fieldByLabel("Region"), "ap-northeast-2");
    const heading = screen.getByRole("heading", { level: 2, name: /^Plan and monthly cost in / });
    expect(heading.textContent).toBe("Plan and monthly cost in Asia Pacific (Seoul), ap-northeast-2");
    // The code is kept on one line: a phone never breaks it at its hyphens.
    expect(heading.querySelector(".region-code")?.textContent).toBe("ap-northeast-2");
    await user.selectOptions(fieldByLabel("Language"), "ko");
    expect(await screen.findByRole("heading", { level: 2, name: /^계획과 월 비용: / })).toHaveProperty(
      "textContent",
      "계획과 월 비용: 아시아 태평양(서울), ap-northeast-2",
    );
  });

  test("the explorer is one click away", async () => {
    const { user } = renderSite();
    await user.click(screen.getByRole("link", { name: "Instance explorer" }));
    // The explorer's code loads on the first visit.
    expect(await screen.findByRole("table", { name: "Instance types" })).toBeTruthy();
    expect(queryFieldByLabel("Replicas, web-frontend")).toBeNull();
  });
});
