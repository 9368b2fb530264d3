/**
 * Node groups as Karpenter or EKS Auto Mode NodePools in the planner: the editor trades the minimum of
 * nodes for `minValues` and the consolidation policy (keeping what was typed in both), and the plan
 * shows the nodes by type, each pattern's type and what consolidation did. Figures: the default
 * scenario on Karpenter launches 3 m6a.xlarge and 2 m6i.xlarge for general, and consolidation has
 * nothing to remove.
 */
import { screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { ClusterEditor } from "../../src/app/features/planner/ClusterEditor.js";
import { NodeGroupsEditor } from "../../src/app/features/planner/NodeGroupsEditor.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { PlanResults, renderFeature } from "./helpers.js";

describe("a node group as a NodePool", () => {
  test("Karpenter's fields replace the minimum of nodes, and every value typed is kept", async () => {
    const { user } = renderFeature(
      <>
        <ClusterEditor />
        <NodeGroupsEditor />
      </>,
    );
    expect(screen.getAllByRole("textbox", { name: "Min nodes" })).toHaveLength(2);
    expect(screen.queryByRole("textbox", { name: "Min types per node (minValues)" })).toBeNull();

    await user.selectOptions(screen.getByRole("combobox", { name: "Node autoscaler" }), "karpenter");
    expect(screen.queryByRole("textbox", { name: "Min nodes" })).toBeNull();
    const [minValues] = screen.getAllByRole("textbox", { name: "Min types per node (minValues)" });
    expect(minValues!.getAttribute("placeholder")).toBe("none");
    await user.type(minValues!, "2");
    const [consolidation] = screen.getAllByRole("combobox", { name: "Consolidation" });
    expect(
      within(consolidation!)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["When empty or underused", "When empty"]);
    await user.selectOptions(consolidation!, "WhenEmpty");
    expect(usePlannerStore.getState().scenario.nodeGroups[0]).toMatchObject({
      minNodes: 2,
      minValues: 2,
      consolidationPolicy: "WhenEmpty",
    });

    // Back on the Cluster Autoscaler: the minimum shows again, and the NodePool settings stay in the scenario.
    await user.selectOptions(screen.getByRole("combobox", { name: "Node autoscaler" }), "cluster-autoscaler");
    expect(screen.getAllByRole<HTMLInputElement>("textbox", { name: "Min nodes" })[0]!.value).toBe("2");
    expect(usePlannerStore.getState().scenario.nodeGroups[0]).toMatchObject({ minValues: 2 });
  });

  test("a minValues outside 1–50 is refused with the reason, and the plan stays on the last valid scenario", async () => {
    const { user } = renderFeature(
      <>
        <ClusterEditor />
        <NodeGroupsEditor />
      </>,
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Node autoscaler" }), "auto-mode");
    const [minValues] = screen.getAllByRole("textbox", { name: "Min types per node (minValues)" });
    await user.type(minValues!, "0");
    expect(minValues!.getAttribute("aria-invalid")).toBe("true");
    const described = minValues!.getAttribute("aria-describedby")!.split(" ");
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain("Must be at least 1");
    expect(usePlannerStore.getState().scenario.nodeGroups[0]!.minValues).toBeNull();
  });

  test("the plan names the nodes by type, each pattern's type and what consolidation did, in English and Korean", async () => {
    const { user } = renderFeature(
      <>
        <ClusterEditor />
        <PlanResults />
      </>,
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Node autoscaler" }), "karpenter");
    const general = screen.getByRole("article", { name: /^general:/ });
    expect(within(general).getByRole("heading").textContent).toBe("general: 3 × m6a.xlarge, 2 × m6i.xlarge");
    expect(within(general).getByText("5 nodes launched, none to consolidate")).toBeTruthy();
    expect(within(general).getAllByText(/^1 node like this · m6[ai]\.xlarge$/)).toHaveLength(5);
    expect(
      within(general).getByText(
        /^Karpenter launches the group's pods largest first, .*: 3 × m6a\.xlarge, 2 × m6i\.xlarge\. /,
      ),
    ).toBeTruthy();
    const options = within(general).getByRole("table");
    expect(
      within(options)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Instance type", "Nodes", "On-demand $/hour, one node"]);
    expect(within(options).getByRole("rowheader", { name: "m6a.xlarge (launched)" })).toBeTruthy();
    expect(within(options).getByRole("rowheader", { name: "m5.xlarge" })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    expect(await screen.findByText("노드 5대 시작, 통합할 노드 없음")).toBeTruthy();
  });
});
