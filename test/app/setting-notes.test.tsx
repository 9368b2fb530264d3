/**
 * A node group setting that changes nothing in the plan says why beside its check box: in the
 * default scenario CPU fills general's m6a.xlarge nodes first (15 pods on the busiest, of 58 slots),
 * so neither prefix delegation (110 slots) nor custom networking (44) changes its 4 nodes.
 */
import { screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { NodeGroupsEditor } from "../../src/app/features/planner/NodeGroupsEditor.js";
import { renderFeature } from "./helpers.js";

const PREFIX_NOTE =
  "Prefix delegation changes nothing in this plan: CPU, not pod slots, limits these nodes (m6a.xlarge: 58 pods by IP addresses, 110 with prefixes; the busiest node runs 15).";

describe("notes beside a node group's VPC CNI settings", () => {
  test("prefix delegation and custom networking on in general say why the plan stays; off, nothing is said", async () => {
    const { user } = renderFeature(<NodeGroupsEditor />);
    const general = screen.getByRole("group", { name: "general" });
    const notes = within(general).getByRole("status");
    expect(notes.textContent).toBe("");

    await user.click(within(general).getByRole("checkbox", { name: "Prefix delegation" }));
    expect(notes.textContent).toBe(PREFIX_NOTE);
    await user.click(within(general).getByRole("checkbox", { name: "Custom networking" }));
    // Both on: custom networking leaves 44 slots by IP addresses; with prefixes 110 either way.
    expect([...notes.querySelectorAll("p")].map((note) => note.textContent)).toEqual([
      "Prefix delegation changes nothing in this plan: CPU, not pod slots, limits these nodes (m6a.xlarge: 44 pods by IP addresses, 110 with prefixes; the busiest node runs 15).",
      "Custom networking changes nothing in this plan: the nodes keep the same max pods (m6a.xlarge: 110 pods, 110 with custom networking; the busiest node runs 15).",
    ]);
    await user.click(within(general).getByRole("checkbox", { name: "Prefix delegation" }));
    expect(notes.textContent).toBe(
      "Custom networking changes nothing in this plan: CPU, not pod slots, limits these nodes (m6a.xlarge: 58 pods, 44 with custom networking; the busiest node runs 15).",
    );
    // The other group says nothing: its settings are off.
    expect(within(screen.getByRole("group", { name: "batch-spot" })).getByRole("status").textContent).toBe("");

    await user.click(within(general).getByRole("checkbox", { name: "Custom networking" }));
    await user.click(within(general).getByRole("checkbox", { name: "Prefix delegation" }));
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    expect(await within(general).findByText(/^접두사 위임: 이 계획은 바뀌지 않습니다/)).toHaveProperty(
      "textContent",
      "접두사 위임: 이 계획은 바뀌지 않습니다. 병목 리소스가 파드 슬롯이 아니라 CPU입니다 (m6a.xlarge: IP 주소로 파드 58개, 접두사로 110개. 가장 바쁜 노드의 파드 15개).",
    );

    await user.click(within(general).getByRole("checkbox", { name: "접두사 위임" }));
    expect(notes.textContent).toBe("");
  });
});
