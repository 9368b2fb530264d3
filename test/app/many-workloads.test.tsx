/**
 * The planner with an imported cluster's many workloads: above 100 the workloads table shows 100
 * rows and a search finds the others; an edit in a found row changes that workload; a workload
 * added past the rows shown is found for the user.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { manyWorkloadsScenario } from "../support/scenario.js";
import { renderPlanner } from "./helpers.js";

function workloadRows(): HTMLElement[] {
  // The section and the scrolling box inside it are both named "Workloads": the box holds the table.
  const table = within(screen.getAllByRole("region", { name: "Workloads" }).at(-1)!).getByRole("table");
  return within(within(table).getAllByRole("rowgroup")[1]!).getAllByRole("row");
}

describe("the workloads table with many workloads", () => {
  test("shows 100 rows, finds the others by name, and edits the one found", async () => {
    const large = manyWorkloadsScenario(150);
    usePlannerStore.getState().loadScenario(large, null);
    const { user } = renderPlanner();
    await screen.findByTestId("total");

    expect(workloadRows()).toHaveLength(100);
    expect(screen.getByText(/shown of/).textContent).toBe(
      "100 shown of 150 matching (150 workloads); type part of a name to find the others.",
    );

    const target = large.workloads[120]!;
    fireEvent.change(screen.getByRole("searchbox", { name: "Find workloads by name" }), {
      target: { value: target.name.split("/")[1]!.toUpperCase() },
    });
    const [row] = workloadRows();
    expect(workloadRows()).toHaveLength(1);
    expect(within(row!).getAllByRole("textbox")[0]).toHaveProperty("value", target.name);
    // The row keeps its place in the scenario: the edit reaches workload 121, not the first.
    fireEvent.change(within(row!).getByLabelText(`Replicas, ${target.name}`), { target: { value: "77" } });
    expect(usePlannerStore.getState().scenario.workloads[120]?.replicas).toBe(77);
    expect(usePlannerStore.getState().scenario.workloads[0]?.replicas).toBe(large.workloads[0]?.replicas);

    await user.click(screen.getByRole("button", { name: "Add a workload" }));
    const added = usePlannerStore.getState().draft.workloads.at(-1)!;
    expect(screen.getByRole("searchbox", { name: "Find workloads by name" })).toHaveProperty("value", added.name);
    expect(workloadRows().map((found) => (within(found).getAllByRole("textbox")[0] as HTMLInputElement).value)).toEqual(
      [added.name],
    );
  });

  test("a small scenario has no search and every row", async () => {
    renderPlanner();
    await screen.findByTestId("total");
    expect(screen.queryByRole("searchbox", { name: "Find workloads by name" })).toBeNull();
    expect(workloadRows()).toHaveLength(13);
  });
});
