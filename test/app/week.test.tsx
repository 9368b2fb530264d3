/**
 * The planner's week: "Load over the week" (each workload's range and profile, drawn or pasted
 * levels, the delay and the Savings Plan) and "The week, hour by hour" (its figures, the commitment
 * and the advice). The default scenario's web front end scales 3–12 on office hours and its batch
 * workers 0–8 at night; test/core/week-plan.test.ts works the week out by hand.
 */
import { screen, within } from "@testing-library/react";
import { defaultScenario, planWeek, weekCommitment, type Catalog } from "eksize";
import { describe, expect, test } from "vitest";
import { levelsText, parseLevels } from "../../src/app/features/planner/LevelsEditor.js";
import { WeekEditor } from "../../src/app/features/planner/WeekEditor.js";
import { WeekPanel } from "../../src/app/features/planner/WeekPanel.js";
import { usePricedScenario } from "../../src/app/features/planner/use-priced-scenario.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { renderFeature } from "./helpers.js";

/** The catalogue the planner's hook priced the last render with (the test prices). */
let pricedWith: Catalog | null = null;

function Week() {
  const { scenario, catalog } = usePricedScenario();
  pricedWith = catalog;
  return (
    <>
      <WeekEditor />
      <WeekPanel scenario={scenario} catalog={catalog} />
    </>
  );
}

/** The figure of the week panel labelled `label`. */
function figure(label: string): string {
  const panel = screen.getByRole("region", { name: /The week, hour by hour|한 주, 시간별/ });
  const term = within(panel).getByText(label, { selector: "dt" });
  return term.nextElementSibling?.textContent ?? "";
}

describe("the week panel", () => {
  test("shows the month with autoscaling against the peak, and the commitment at sample discounts without a discount", () => {
    renderFeature(<Week />);
    const week = planWeek(defaultScenario, pricedWith!);
    // The week's figures are planWeek's, on the test prices.
    expect(figure("With autoscaling")).toBe(`$${week.totalUsdPerMonth!.toFixed(2)}/month`);
    expect(figure("Provisioned for the peak")).toBe(`$${week.peakUsdPerMonth!.toFixed(2)}/month`);
    expect(week.totalUsdPerMonth!).toBeLessThan(week.peakUsdPerMonth!);
    expect(screen.getByText(/^Nodes are added at once and removed 10 minutes after no pod needs them/)).toBeTruthy();
    // Without a discount: a row per sample discount, the commitment rising as the discount falls.
    const samples = screen.getByRole("table", { name: /^The commitment at a few discounts$/ });
    const rows = within(samples).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.querySelector("th")!.textContent)).toEqual(["20%", "30%", "40%", "50%"]);
    const at20 = weekCommitment(defaultScenario, week, 20)!;
    expect(rows[0]!.textContent).toContain(`$${at20.savingUsdPerMonth.toFixed(2)}/month`);
    expect(screen.queryByText(/^Advice:/)).toBeNull();
    expect(screen.getByRole("img", { name: /^Nodes over the week: general, on demand: / })).toBeTruthy();
  });

  test("sizes the commitment and gives the advice once a discount is typed, in Korean too", async () => {
    const { user } = renderFeature(<Week />);
    await user.type(screen.getByLabelText("Savings Plan discount"), "28");
    expect(
      await screen.findByText(
        /^Advice: commit \$[\d.]+ an hour \(Compute Savings Plan\) for the baseline \(general: \d+ nodes on demand\) and run the rest on Spot/,
      ),
    ).toBeTruthy();
    expect(figure("Coverage")).toMatch(/^\d+(\.\d)?%$/);
    expect(screen.queryByRole("table", { name: /^The commitment at a few discounts$/ })).toBeNull();
    await user.selectOptions(screen.getByLabelText("Savings Plan"), "ec2-instance");
    expect(await screen.findByText(/^By instance family: /)).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "ko");
    expect(await screen.findByRole("heading", { name: "한 주, 시간별" })).toBeTruthy();
    expect(
      screen.getByText(/^권장: 기준 용량\(general: 노드 \d+대, 온디맨드\)에 대해 EC2 Instance Savings Plans으로/),
    ).toBeTruthy();
  });

  test("says the week is flat when no workload scales", async () => {
    const { user } = renderFeature(<Week />);
    await user.click(screen.getByRole("checkbox", { name: "Scales, web-frontend" }));
    await user.click(screen.getByRole("checkbox", { name: "Scales, batch-jobs" }));
    expect(await screen.findByText(/^No workload scales, so every hour of the week is the same/)).toBeTruthy();
    expect(screen.queryByTestId("week-nodes-chart")).toBeNull();
  });
});

describe("the week editor", () => {
  test("turns scaling on from the workload's replicas, and says what is wrong with a range", async () => {
    const { user } = renderFeature(<Week />);
    await user.click(screen.getByRole("checkbox", { name: "Scales, orders-api" }));
    const min = screen.getByLabelText("Min pods, orders-api");
    expect((min as HTMLInputElement).value).toBe("4");
    expect(screen.getByLabelText<HTMLInputElement>("Max pods, orders-api").value).toBe("8");
    await user.clear(min);
    await user.type(min, "9");
    const max = screen.getByLabelText("Max pods, orders-api");
    expect(max.getAttribute("aria-invalid")).toBe("true");
    // The plan stands on the last valid scenario meanwhile.
    expect(usePlannerStore.getState().scenario.workloads[2]!.autoscaling).toEqual({
      minReplicas: 4,
      maxReplicas: 8,
      profile: "office-hours",
    });
  });

  test("a custom profile starts from its preset, and keeps its last valid levels while the text is wrong", async () => {
    const { user } = renderFeature(<Week />);
    await user.selectOptions(screen.getByLabelText("Load profile, web-frontend"), "custom");
    const box = screen.getByRole("textbox", { name: /^web-frontend: 168 hourly levels/ });
    // Office hours, a day to a line: Monday 09:00 is the tenth number.
    expect((box as HTMLTextAreaElement).value.split("\n")[0]!.split(" ").slice(8, 11)).toEqual(["20", "100", "100"]);
    await user.clear(box);
    await user.type(box, "50 50 50");
    expect(
      screen.getByText("3 numbers found: the week needs 168. The profile keeps its last valid levels."),
    ).toBeTruthy();
    expect(usePlannerStore.getState().scenario.workloads[0]!.autoscaling!.profile).toHaveLength(168);
    // A paste of 168 levels, the last out of range, then mended.
    await user.clear(box);
    await user.click(box);
    await user.paste(`${Array.from({ length: 167 }, () => 10).join(",")},120`);
    expect(
      screen.getByText("Level 168 is 120: each level is a % from 0 to 100. The profile keeps its last valid levels."),
    ).toBeTruthy();
    await user.clear(box);
    await user.click(box);
    await user.paste(Array.from({ length: 168 }, (_, hour) => (hour < 24 ? 100 : 10)).join("\n"));
    const profile = usePlannerStore.getState().scenario.workloads[0]!.autoscaling!.profile as number[];
    expect(profile.slice(22, 26)).toEqual([100, 100, 10, 10]);
  });
});

describe("levels as text", () => {
  test("reads numbers however they are separated, and names what is wrong", () => {
    const week = Array.from({ length: 168 }, (_, hour) => hour % 101);
    expect(parseLevels(levelsText(week))).toEqual({ ok: true, levels: week });
    expect(parseLevels(week.join(", "))).toEqual({ ok: true, levels: week });
    expect(parseLevels(week.join(";\t"))).toEqual({ ok: true, levels: week });
    expect(parseLevels("1 2 3")).toEqual({ ok: false, count: 3 });
    expect(parseLevels("")).toEqual({ ok: false, count: 0 });
    const bad = [...week.slice(0, 40).map(String), "lots", ...week.slice(41).map(String)].join(" ");
    expect(parseLevels(bad)).toEqual({ ok: false, hour: 41, value: "lots" });
    expect(levelsText(week).split("\n")).toHaveLength(7);
  });
});
