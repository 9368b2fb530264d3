/**
 * The cluster editor's control plane tier: each tier with its hourly price on top of the support
 * rate, "estimate" where the dataset's price is one, the chosen tier's limits under the select, the
 * bill's line and the advice that follow, in English and in Korean. Figures from the tests' fixed
 * catalogue: XL +$1.65/h (1,700 seats, 167 pods/s on 1.30+, 100 on 1.28–1.29, 16 GB etcd),
 * 8XL +$13.90/h with estimated limits (13,600 seats, 400 pods/s); the default scenario's control
 * plane $73 a month, so with XL $73 + $1,204.50 = $1,277.50.
 */
import { screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { ClusterEditor } from "../../src/app/features/planner/ClusterEditor.js";
import { NodeGroupsEditor } from "../../src/app/features/planner/NodeGroupsEditor.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { PlanResults, renderFeature } from "./helpers.js";

function tierSelect(name = "Control plane tier"): HTMLSelectElement {
  return screen.getByRole<HTMLSelectElement>("combobox", { name });
}

/** What the select says about the chosen tier (its accessible description, the words under it). */
function tierNote(select = tierSelect()): string {
  const ids = select.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" | ");
}

function controlPlaneLine(): HTMLElement {
  const bill = screen.getByRole("region", { name: /Monthly cost as configured/ });
  return within(bill)
    .getByText(/^Control plane/)
    .closest("details") as HTMLElement;
}

describe("the control plane tier in the cluster editor", () => {
  test("lists the five tiers with their hourly prices, estimates said, and Standard's limits under it", () => {
    renderFeature(<ClusterEditor />);
    const options = within(tierSelect())
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(options).toEqual([
      "Standard",
      "XL, +$1.65/h (estimate)",
      "2XL, +$3.40/h (estimate)",
      "4XL, +$6.90/h (estimate)",
      "8XL, +$13.90/h (estimate)",
    ]);
    expect(tierNote()).toBe("scales with the load, guarantees no rate, 8 GB etcd");
  });

  test("XL puts its rate on the bill as an estimate and says what it guarantees, by the Kubernetes version", async () => {
    const { user } = renderFeature(
      <>
        <ClusterEditor />
        <PlanResults />
      </>,
    );
    await user.selectOptions(tierSelect(), "tier-xl");
    expect(tierNote()).toBe("1,700 seats, 167 pods/s, 16 GB etcd");
    const line = controlPlaneLine();
    expect(within(line).getByText("Control plane (estimate)")).toBeTruthy();
    expect(line.querySelector(".figure")?.textContent).toBe("$1,277.50");
    expect(line.querySelector(".formula")?.textContent).toBe(
      "1 cluster × $0.10/h (standard support) × 730 h + XL tier $1.65/h (estimate) × 730 h = $1,277.50",
    );
    expect(screen.getByText(/^The XL control plane tier costs \$1,204\.50 a month \(estimate\)/)).toBeTruthy();

    await user.type(screen.getByRole("textbox", { name: "Kubernetes version" }), "1.29");
    expect(tierNote()).toBe("1,700 seats, 100 pods/s, 16 GB etcd");

    await user.selectOptions(tierSelect(), "tier-8xl");
    expect(tierNote()).toBe("13,600 seats, 100 pods/s (estimate)");
  });

  test("a peak the tier cannot hold is a warning naming the tier that can", async () => {
    const { user } = renderFeature(
      <>
        <ClusterEditor />
        <PlanResults />
      </>,
    );
    await user.selectOptions(tierSelect(), "tier-xl");
    await user.type(screen.getByRole("textbox", { name: "Peak API concurrency" }), "2000");
    expect(
      screen.getByText(
        "The control plane's XL tier guarantees 1,700 seats, 167 pods/s, short of the peak of 2,000 seats: 2XL is the smallest tier that holds it.",
      ),
    ).toBeTruthy();
  });

  test("a tier on Kubernetes 1.27 is refused at the tier, with the reason; bad peaks at their fields", async () => {
    const { user } = renderFeature(<ClusterEditor />);
    await user.selectOptions(tierSelect(), "tier-2xl");
    await user.type(screen.getByRole("textbox", { name: "Kubernetes version" }), "1.27");
    expect(tierSelect().getAttribute("aria-invalid")).toBe("true");
    expect(tierNote()).toBe(
      "The tier-2xl tier needs Kubernetes 1.28 or later; this cluster has 1.27 | 3,400 seats, 100 pods/s, 16 GB etcd",
    );
    const peak = screen.getByRole("textbox", { name: "Peak pod scheduling" });
    await user.type(peak, "-5");
    expect(peak.getAttribute("aria-invalid")).toBe("true");
    // The last valid scenario stays in use: 2XL, before the version and the peak were typed.
    expect(usePlannerStore.getState().scenario.cluster).toMatchObject({
      controlPlaneTier: "tier-2xl",
      kubernetesVersion: null,
      peakPodsPerSecond: null,
    });
  });

  test("speaks Korean: the hourly price, the estimate and the limits", async () => {
    const { user } = renderFeature(<ClusterEditor />);
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    const select = await screen.findByRole("combobox", { name: "컨트롤 플레인 티어" });
    await user.selectOptions(select, "tier-4xl");
    expect(within(select).getByRole("option", { name: "4XL, +$6.90/시간 (추정)" })).toBeTruthy();
    expect(tierNote(select as HTMLSelectElement)).toBe("6,800 seats, 초당 파드 400개, etcd 16GB");
  });
});

describe("Amazon Linux in the node group editor", () => {
  test("a group chooses AL2 and gets the end of AL2's finding; Bottlerocket takes the choice away", async () => {
    const { user } = renderFeature(
      <>
        <NodeGroupsEditor />
        <PlanResults />
      </>,
    );
    const [general] = screen.getAllByRole("combobox", { name: "Amazon Linux" });
    await user.selectOptions(general!, "2");
    expect(
      screen.getByText(
        "general runs Amazon Linux 2, whose EKS AMIs ended on 2025-11-26 (the last for Kubernetes 1.32): move it to AL2023 (the same plan) or Bottlerocket.",
      ),
    ).toBeTruthy();
    const [profile] = screen.getAllByRole("combobox", { name: "Reservation profile" });
    await user.selectOptions(profile!, "bottlerocket");
    expect(screen.getAllByRole("combobox", { name: "Amazon Linux" })).toHaveLength(1);
    expect(usePlannerStore.getState().scenario.nodeGroups[0]).toMatchObject({
      profile: "bottlerocket",
      amazonLinux: "2023",
    });
  });
});
