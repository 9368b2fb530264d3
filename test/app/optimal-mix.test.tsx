/**
 * The planner's optimal mix panel with a fake search in place of the worker (the worker and HiGHS run
 * in Chromium: test/e2e/optimal-mix.spec.ts): the words of each case, Apply and Undo as edits of the
 * planner's scenario, an edit while the search runs, and a search that fails. The figures are the
 * fake results' own.
 */
import { act, screen, within } from "@testing-library/react";
import { defaultScenario, type NodeGroupMix, type Scenario } from "eksize";
import { describe, expect, test } from "vitest";
import { OptimalMixPanel } from "../../src/app/features/planner/OptimalMixPanel.js";
import type { MixOutcome, MixSearch } from "../../src/app/features/planner/start-mix-search.js";
import { usePricedScenario } from "../../src/app/features/planner/use-priced-scenario.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { renderFeature } from "./helpers.js";

/** A search that answers when the test says, remembering what it was asked. */
function fakeSearch(): { search: MixSearch; asked: Scenario[]; answer: (outcome: MixOutcome) => Promise<void> } {
  const asked: Scenario[] = [];
  const pending: ((outcome: MixOutcome) => void)[] = [];
  return {
    asked,
    search: (scenario) => {
      asked.push(scenario);
      return new Promise((resolve) => pending.push(resolve));
    },
    answer: async (outcome) => {
      await act(async () => {
        pending.shift()?.(outcome);
        await Promise.resolve();
      });
    },
  };
}

function Panel({ search }: { search: MixSearch }) {
  const { scenario, catalog } = usePricedScenario();
  return <OptimalMixPanel scenario={scenario} catalog={catalog} search={search} />;
}

/** The default scenario with "general" split in two groups of one type each (what a split-group change holds). */
const split: Scenario = {
  ...defaultScenario,
  nodeGroups: [
    { ...defaultScenario.nodeGroups[0]!, name: "general-m6a-xlarge", instanceTypes: ["m6a.xlarge"] },
    { ...defaultScenario.nodeGroups[0]!, name: "general-c6a-xlarge", instanceTypes: ["c6a.xlarge"], minNodes: 0 },
    defaultScenario.nodeGroups[1]!,
  ],
};

const general: NodeGroupMix = {
  kind: "mix",
  nodeGroup: "general",
  plan: { usdPerHour: 0.864, nodes: 5 },
  mix: {
    usdPerHour: 0.5184,
    nodes: 3,
    byType: [
      { instanceType: "m6a.xlarge", onDemandNodes: 2, spotNodes: 0 },
      { instanceType: "c6a.xlarge", onDemandNodes: 0, spotNodes: 1 },
    ],
  },
  boundUsdPerHour: 0.5,
  proven: false,
  cutShort: true,
  change: {
    kind: "split-group",
    nodeGroups: ["general-m6a-xlarge", "general-c6a-xlarge"],
    instanceTypes: ["m6a.xlarge", "c6a.xlarge"],
    scenario: split,
    usdPerMonthSaved: 212.4,
    nodesSaved: 2,
  },
};

const batch: NodeGroupMix = {
  kind: "mix",
  nodeGroup: "batch-spot",
  plan: { usdPerHour: 0.13252, nodes: 2 },
  mix: { usdPerHour: 0.13252, nodes: 2, byType: [{ instanceType: "c6a.xlarge", onDemandNodes: 0, spotNodes: 2 }] },
  boundUsdPerHour: 0.132519,
  proven: true,
  cutShort: false,
  change: null,
};

describe("the optimal mix panel", () => {
  test("searches on a click, says each group's mix, saving and bound, and applies the change as an edit, with Undo", async () => {
    const fake = fakeSearch();
    const { user } = renderFeature(<Panel search={fake.search} />);
    expect(screen.getByRole("heading", { name: "Cheapest mix of instance types" })).toBeTruthy();
    expect(fake.asked).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Find the cheapest mix" }));
    expect(fake.asked).toEqual([usePlannerStore.getState().scenario]);
    expect(screen.getByRole("status").textContent).toBe("Searching… up to 2 seconds a node group.");
    expect(screen.getByRole("button", { name: "Find the cheapest mix" }).getAttribute("aria-disabled")).toBe("true");

    await fake.answer({ kind: "result", mixes: [general, batch] });
    expect(screen.getByRole("status").textContent).toBe("");
    const generalResult = screen.getByRole("region", { name: "general" });
    expect(within(generalResult).getByText("Optimal mix: −$212.40/month, 2 fewer nodes")).toBeTruthy();
    expect(
      within(generalResult).getByText(
        "Splitting general into general-m6a-xlarge and general-c6a-xlarge, one instance type each, saves $212.40 a month, re-planned.",
      ),
    ).toBeTruthy();
    expect(
      within(generalResult).getByText(
        "The cheapest mix found, 2 × m6a.xlarge, 1 × c6a.xlarge (Spot), costs $378.43 a month: $252.29 less than the plan, on 3 nodes instead of 5. The search stopped at its 2-second limit, so a cheaper mix may exist.",
      ),
    ).toBeTruthy();
    // 0.864 and 0.5 an hour: $630.72 and $365.00 a month, 72.8% apart (rounded up).
    expect(
      within(generalResult).getByText(
        "general: its nodes cost $630.72 a month; no nodes of its instance types that hold its pods cost less than $365.00, so the plan is at most 72.8% above the cheapest possible.",
      ),
    ).toBeTruthy();
    // A managed node group: no launch to compare.
    expect(within(generalResult).queryByText(/launch/)).toBeNull();

    const batchResult = screen.getByRole("region", { name: "batch-spot" });
    // No cheaper mix: nothing to say of changes.
    expect(within(batchResult).queryByText(/^No change/)).toBeNull();
    // Within 0.05% of the bound: the cheapest possible.
    expect(
      within(batchResult).getByText(
        "batch-spot: its nodes cost $96.74 a month, and no nodes of its instance types that hold its pods cost less: the plan is the cheapest possible.",
      ),
    ).toBeTruthy();
    expect(
      within(batchResult).getByText("No mix of its instance types found costs less than the plan's own nodes."),
    ).toBeTruthy();
    expect(within(batchResult).queryByRole("button")).toBeNull();

    const before = usePlannerStore.getState().scenario;
    await user.click(screen.getByRole("button", { name: "Apply the optimal mix to general" }));
    expect(usePlannerStore.getState().scenario).toBe(split);
    expect(usePlannerStore.getState().draft.nodeGroups.map((group) => group.name)).toEqual([
      "general-m6a-xlarge",
      "general-c6a-xlarge",
      "batch-spot",
    ]);
    // An edit, not a scenario loaded: the summary band shows what it changed.
    expect(usePlannerStore.getState().loads).toBe(0);
    expect(screen.getByText("Applied to general: the plan and the bill above are the new scenario's.")).toBeTruthy();
    // The focus moves from the Apply button, gone, to Undo, and back.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Undo" }));
    expect(screen.queryByRole("region", { name: "general" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(usePlannerStore.getState().scenario).toBe(before);
    // The search of the scenario restored is still good.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Apply the optimal mix to general" }));
    expect(fake.asked).toHaveLength(1);
  });

  test("compares a Karpenter NodePool's launch with the mix, and says a limit of its types", async () => {
    const karpenter: Scenario = {
      ...defaultScenario,
      cluster: { ...defaultScenario.cluster, autoscaler: "karpenter" },
    };
    usePlannerStore.getState().loadScenario(karpenter, null);
    const limited: Scenario = {
      ...karpenter,
      nodeGroups: [
        { ...karpenter.nodeGroups[0]!, instanceTypes: ["m6a.xlarge", "c6a.xlarge"] },
        karpenter.nodeGroups[1]!,
      ],
    };
    const fake = fakeSearch();
    const { user } = renderFeature(<Panel search={fake.search} />);
    await user.click(screen.getByRole("button", { name: "Find the cheapest mix" }));
    await fake.answer({
      kind: "result",
      mixes: [
        {
          ...general,
          cutShort: false,
          change: {
            kind: "limit-types",
            nodeGroups: ["general"],
            instanceTypes: ["m6a.xlarge", "c6a.xlarge"],
            scenario: limited,
            usdPerMonthSaved: 30,
            nodesSaved: 0,
          },
        } as const,
        batch,
      ],
    });
    const generalResult = screen.getByRole("region", { name: "general" });
    expect(within(generalResult).getByText("Optimal mix: −$30.00/month, the same number of nodes")).toBeTruthy();
    expect(
      within(generalResult).getByText("Limiting general to m6a.xlarge, c6a.xlarge saves $30.00 a month, re-planned."),
    ).toBeTruthy();
    // $630.72 against $378.43: 66.7% above (rounded up).
    expect(
      within(generalResult).getByText(
        "The cheapest mix found, 2 × m6a.xlarge, 1 × c6a.xlarge (Spot), costs $378.43 a month: $252.29 less than the plan, on 3 nodes instead of 5. Karpenter's launch is 66.7% above it.",
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/2-second limit/)).toBeNull();
  });

  test("says why a group has no mix", async () => {
    const fake = fakeSearch();
    const { user } = renderFeature(<Panel search={fake.search} />);
    await user.click(screen.getByRole("button", { name: "Find the cheapest mix" }));
    await fake.answer({
      kind: "result",
      mixes: [
        { kind: "none", nodeGroup: "general", reason: "pods-pending" },
        { kind: "none", nodeGroup: "batch-spot", reason: "no-price" },
        { kind: "none", nodeGroup: "other", reason: "unsolved" },
        { ...general, nodeGroup: "no-change", change: null },
      ],
    });
    // A cheaper mix, but no change of the scenario that eksize's plan turns into a saving.
    expect(
      within(screen.getByRole("region", { name: "no-change" })).getByText(
        "No change of this group's instance types, nor a split of it, makes eksize's plan cheaper.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText("general: no bound, as the plan leaves pods pending at the group's node limit."),
    ).toBeTruthy();
    expect(
      screen.getByText("batch-spot: no bound, as an instance type of the group has no price in the region."),
    ).toBeTruthy();
    expect(screen.getByText("other: no bound, as the solver stopped at its limits.")).toBeTruthy();
  });

  test("an edit while the search runs searches the edited scenario; the earlier answer is dropped", async () => {
    const fake = fakeSearch();
    const { user } = renderFeature(<Panel search={fake.search} />);
    await user.click(screen.getByRole("button", { name: "Find the cheapest mix" }));
    act(() => {
      usePlannerStore.getState().rename("Edited");
    });
    expect(fake.asked.map((scenario) => scenario.name)).toEqual(["Online shop, production", "Edited"]);
    await fake.answer({ kind: "result", mixes: [general] });
    expect(screen.queryByRole("region", { name: "general" })).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Searching… up to 2 seconds a node group.");
    await fake.answer({ kind: "result", mixes: [batch] });
    expect(screen.getByRole("region", { name: "batch-spot" })).toBeTruthy();

    // An edit after the search hides its results: the button offers a new one.
    act(() => {
      usePlannerStore.getState().rename("Edited again");
    });
    expect(screen.queryByRole("region", { name: "batch-spot" })).toBeNull();
    expect(fake.asked).toHaveLength(2);
  });

  test("says precisely why a search failed, keeps the plan, and can try again", async () => {
    const fake = fakeSearch();
    const { user } = renderFeature(<Panel search={fake.search} />);
    const scenario = usePlannerStore.getState().scenario;
    await user.click(screen.getByRole("button", { name: "Find the cheapest mix" }));
    await fake.answer({
      kind: "failed",
      stage: "solver",
      message: "WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module",
    });
    expect(screen.getByRole("alert").textContent).toBe(
      "The solver could not start: WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module. The browser refused its WebAssembly (a Content-Security-Policy without 'wasm-unsafe-eval') or ran out of memory. The plan above is unchanged.",
    );
    expect(usePlannerStore.getState().scenario).toBe(scenario);

    await user.click(screen.getByRole("button", { name: "Find the cheapest mix" }));
    await fake.answer({ kind: "failed", stage: "search", message: "Out of memory" });
    expect(screen.getByRole("alert").textContent).toBe(
      "The search stopped: Out of memory. The plan above is unchanged.",
    );

    await user.click(screen.getByRole("button", { name: "Find the cheapest mix" }));
    await fake.answer({ kind: "failed", stage: "load", message: "the worker's script did not load" });
    expect(screen.getByRole("alert").textContent).toBe(
      "The search's code did not load (offline, or the site was updated meanwhile): reload the page and try again. The plan above is unchanged.",
    );
  });

  test("speaks Korean", async () => {
    const fake = fakeSearch();
    const { user } = renderFeature(<Panel search={fake.search} />);
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    await user.click(await screen.findByRole("button", { name: "가장 저렴한 조합 찾기" }));
    expect(screen.getByRole("status").textContent).toBe("찾는 중… 노드 그룹마다 최대 2초 걸립니다.");
    await fake.answer({ kind: "result", mixes: [general] });
    const generalResult = screen.getByRole("region", { name: "general" });
    expect(within(generalResult).getByText("최적 조합: 월 $212.40 절감, 노드 2대 감소")).toBeTruthy();
    expect(
      within(generalResult).getByText(
        "general을(를) 인스턴스 유형이 하나씩인 general-m6a-xlarge, general-c6a-xlarge(으)로 나누면 다시 계획했을 때 월 $212.40을 절약합니다.",
      ),
    ).toBeTruthy();
    expect(
      within(generalResult).getByText(
        "찾은 가장 싼 조합은 m6a.xlarge 2대, c6a.xlarge 1대(스팟)이며 월 $378.43입니다. 계획보다 $252.29 적고, 노드는 5대 대신 3대입니다. 탐색이 2초 제한에서 멈췄으므로 더 싼 조합이 있을 수 있습니다.",
      ),
    ).toBeTruthy();
    expect(within(generalResult).getByRole("button", { name: "general에 최적 조합 적용" })).toBeTruthy();
  });
});
