/**
 * The planner's advice list: the default scenario's findings in English and in Korean, each with its
 * severity in words, and a scenario loaded through the planner store in extended support showing the
 * saving, (0.60 − 0.10) × 730 = $365 a month (₩511,000 at 1,400 won per dollar).
 */
import { act, screen, within } from "@testing-library/react";
import { defaultScenario, validateScenario, type Scenario } from "eksize";
import { describe, expect, test } from "vitest";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { useSiteStore } from "../../src/app/store/site-store.js";
import { PlanResults, renderFeature } from "./helpers.js";

/** The advice section, found by its heading. */
function adviceSection(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

/** Each finding as it reads: severity and text (the callout's one line), and the reason it opens on. */
function findings(section: HTMLElement): string[] {
  return within(section)
    .getAllByRole("listitem")
    .map((item) => [...item.querySelectorAll("summary, p")].map((line) => line.textContent).join(" | "));
}

const extended: Scenario = {
  ...defaultScenario,
  cluster: { ...defaultScenario.cluster, supportTier: "extended", kubernetesVersion: "1.29" },
};

describe("advice", () => {
  test("the default scenario's findings, in English, with their severity and reason", () => {
    renderFeature(<PlanResults />);
    const items = findings(adviceSection("Advice"));
    expect(items).toHaveLength(7);
    expect(items[0]).toBe(
      "Warning general buys Spot from too few interchangeable instance types: 3 (m6i.xlarge, m5.xlarge, m6a.xlarge), where AWS advises at least 10. | " +
        "Each instance type in each Availability Zone is its own Spot capacity pool: with few pools EC2 more often has no capacity to give, and reclaims nodes together. Cluster Autoscaler sizes a mixed-instances group by its first type, so add types with the same vCPUs, memory, architecture and GPUs (other families and generations of the same size), with the price-capacity-optimized allocation strategy.",
    );
    expect(items[2]).toMatch(/^Warning cert-manager runs a single replica on general, which has Spot nodes\. \| /);
    expect(items[4]).toMatch(/^Note EC2 can reclaim Spot nodes \(here 3\) with a 2-minute notice: give web-frontend, /);
    expect(items[5]).toMatch(
      /^Warning The cluster's NLBs \(1\) use target type instance: .* \| Fargate pods \(email-worker\) /,
    );
    expect(items[6]).toMatch(
      /^Warning DaemonSets do not run on Fargate: ebs-csi-node, fluent-bit, node-exporter will not serve email-worker\./,
    );
  });

  test("each finding is a one-line callout that opens on its reason; the heading counts them by severity", async () => {
    const { user } = renderFeature(<PlanResults />);
    const section = adviceSection("Advice");
    // 6 warnings and 1 note (items 0 to 6 above).
    expect([...section.querySelectorAll(".severity-count")].map((badge) => badge.textContent)).toEqual([
      "Warning 6",
      "Note 1",
    ]);
    const [first] = within(section).getAllByRole("listitem");
    const details = first?.querySelector("details");
    expect(details?.open).toBe(false);
    await user.click(within(first as HTMLElement).getByText(/^general buys Spot from too few/));
    expect(details?.open).toBe(true);
  });

  test("the same findings in Korean", () => {
    useSiteStore.setState({ locale: "ko" });
    renderFeature(<PlanResults />);
    const items = findings(adviceSection("권장 사항"));
    expect(items).toHaveLength(7);
    expect(items[0]).toMatch(
      /^경고 general은\(는\) 서로 바꿔 쓸 수 있는 인스턴스 유형이 너무 적은 상태로 스팟을 씁니다: 3개\(m6i\.xlarge, m5\.xlarge, m6a\.xlarge\), AWS 권장은 10개 이상입니다\. \| /,
    );
    expect(items[4]).toMatch(/^참고 EC2는 스팟 노드\(여기서는 3대\)를 2분 전 통지로 회수할 수 있습니다\./);
  });

  test("a scenario in extended support shows what an upgrade saves, in the scenario's currency", () => {
    renderFeature(<PlanResults />);
    act(() => {
      usePlannerStore.getState().loadScenario(extended, null);
    });
    const section = adviceSection("Advice");
    expect(findings(section).at(-1)).toMatch(
      /^Saving Kubernetes 1\.29 is in extended support from 2025-03-23 to 2026-03-23: the control plane costs \$365\.00 a month more than in standard support\. \| /,
    );
    act(() => {
      usePlannerStore.getState().loadScenario({ ...extended, currency: "KRW" }, null);
    });
    expect(within(section).getByText(/the control plane costs ₩511,000 a month more/)).toBeTruthy();
  });

  // Karpenter keeps t3.medium at its ENI limit, 17 pods (15 free): 20 pods need 2 nodes, $63.936
  // ($0.0416/h and 20 GiB of gp3 at $0.08 each); with prefix delegation and maxPods 110, 1 node.
  // Korean writes dollars with the narrow symbol, $ (ko-glossary), not Intl's US$.
  test("pods bound by pod slots under Karpenter: the saving, with maxPods set to match, in Korean", () => {
    const checked = validateScenario({
      version: 1,
      region: "us-east-1",
      workloads: [{ name: "tiny", replicas: 20, cpuMillicores: 50, memoryMiB: 64 }],
      nodeGroups: [{ name: "small", instanceTypes: ["t3.medium"], profile: "karpenter" }],
      daemonSets: [
        { name: "aws-node", cpuMillicores: 25, memoryMiB: 0, hostNetwork: true },
        { name: "kube-proxy", cpuMillicores: 100, memoryMiB: 0, hostNetwork: true },
      ],
      cluster: { autoscaler: "karpenter" },
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    useSiteStore.setState({ locale: "ko" });
    renderFeature(<PlanResults />);
    act(() => {
      usePlannerStore.getState().loadScenario(checked.value, null);
    });
    expect(findings(adviceSection("권장 사항"))[0]).toMatch(
      /^절감 small은\(는\) CPU나 메모리보다 파드 슬롯이 먼저 찹니다: t3\.medium 2대, 노드당 파드 17개\(월 \$63\.94\)\. 접두사 위임을 켜고 kubelet의 maxPods도 그에 맞춰 설정하면 노드당 파드 110개로 1대면 됩니다\(월 \$31\.97, \$31\.97 절감\)\. \| /,
    );
  });

  test("a scenario without findings says so", () => {
    renderFeature(<PlanResults />);
    act(() => {
      usePlannerStore.getState().loadScenario(
        {
          ...defaultScenario,
          workloads: defaultScenario.workloads.filter((workload) => workload.replicas > 1),
          nodeGroups: defaultScenario.nodeGroups.map((group) => ({ ...group, capacity: { type: "on-demand" } })),
          fargateProfiles: [],
          cluster: { ...defaultScenario.cluster, loadBalancers: { ...defaultScenario.cluster.loadBalancers, nlbs: 0 } },
        },
        null,
      );
    });
    expect(
      within(adviceSection("Advice")).getByText("No findings: nothing in this scenario calls for advice."),
    ).toBeTruthy();
  });
});
