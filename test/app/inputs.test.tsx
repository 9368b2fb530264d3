/**
 * The planner's inputs: CPU and memory in Kubernetes' units, the instance type combobox, regions by
 * name, what "Fargate-eligible" means, and issues that say where they are in words.
 *
 * Figures come from the tests' fixed prices (test/fixtures/prices.json) and the dataset:
 * m7i-flex.12xlarge costs $2.29824 an hour in us-east-1 (shown to four decimals, $2.2982) and has
 * 48 vCPUs, 192 GiB and, on the EKS AMI without prefix delegation, 8 ENIs × (30 − 1) + 2 = 234 max
 * pods (under the ceiling of 250 above 30 vCPUs); m6i.2xlarge costs $0.384 and has 8 vCPUs, 32 GiB
 * and 4 × (15 − 1) + 2 = 58 max pods, 110 with prefix delegation (the ceiling up to 30 vCPUs).
 */
import { screen, within } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { ValidityNotice } from "../../src/app/components/ValidityNotice.js";
import { IssueList } from "../../src/app/components/IssueList.js";
import { ClusterEditor } from "../../src/app/features/planner/ClusterEditor.js";
import { DaemonSetsEditor } from "../../src/app/features/planner/DaemonSetsEditor.js";
import { NodeGroupsEditor } from "../../src/app/features/planner/NodeGroupsEditor.js";
import { WorkloadsEditor } from "../../src/app/features/planner/WorkloadsEditor.js";
import { SubnetsEditor } from "../../src/app/features/network/SubnetsEditor.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { describedBy, fieldByLabel, renderFeature, renderPlanner } from "./helpers.js";

type User = ReturnType<typeof userEvent.setup>;

async function retype(user: User, input: HTMLElement, text: string): Promise<void> {
  await user.clear(input);
  await user.type(input, text);
}

const workload = (name: string) => {
  const found = usePlannerStore.getState().scenario.workloads.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no workload ${name}`);
  return found;
};

/** A dot path of the scenario as the core gives it (`network.subnets.0.availabilityZone`). */
const DOT_PATH = /\b(?:workloads|daemonSets|nodeGroups|fargateProfiles|network|cluster)\.[\w.]+|\.\d+\.[A-Za-z]/;

describe("CPU and memory in Kubernetes' units", () => {
  test("the fields show the scenario's requests as Kubernetes writes them, under headers without a unit", () => {
    renderPlanner();
    expect(fieldByLabel("CPU request, web-frontend").value).toBe("250m");
    expect(fieldByLabel("Memory request, web-frontend").value).toBe("512Mi");
    expect(fieldByLabel("CPU request, search-api").value).toBe("1");
    expect(fieldByLabel("Memory request, search-api").value).toBe("4Gi");
    const headers = screen.getAllByRole("columnheader").map((header) => header.textContent);
    expect(headers).toContain("CPU request");
    expect(headers).toContain("Memory request");
  });

  test("typing 1Gi sets 1024 MiB and shows 1Gi; a bare 2048 is MiB, shown 2Gi when the field is left", async () => {
    const { user } = renderPlanner();
    const memory = fieldByLabel("Memory request, web-frontend");
    await retype(user, memory, "1Gi");
    expect(workload("web-frontend").memoryMiB).toBe(1024);
    await user.tab();
    expect(memory.value).toBe("1Gi");
    await retype(user, memory, "2048");
    expect(workload("web-frontend").memoryMiB).toBe(2048);
    await user.tab();
    expect(memory.value).toBe("2Gi");
    await retype(user, memory, "1G");
    await user.tab();
    expect(workload("web-frontend").memoryMiB).toBe(954);
    expect(memory.value).toBe("954Mi");
  });

  test("0.5 CPU is 500 millicores, shown 500m when the field is left; 2 is two cores", async () => {
    const { user } = renderPlanner();
    const cpu = fieldByLabel("CPU request, web-frontend");
    await retype(user, cpu, "0.5");
    expect(workload("web-frontend").cpuMillicores).toBe(500);
    await user.tab();
    expect(cpu.value).toBe("500m");
    await retype(user, cpu, "2");
    await user.tab();
    expect(workload("web-frontend").cpuMillicores).toBe(2000);
    expect(cpu.value).toBe("2");
  });

  test("12x is refused with how to write it, stays as typed, and the scenario keeps its last valid value", async () => {
    const { user } = renderPlanner();
    const memory = fieldByLabel("Memory request, web-frontend");
    // Pasted: typed key by key, "12" would be a valid 12 MiB before the "x".
    await user.clear(memory);
    await user.paste("12x");
    await user.tab();
    expect(memory.value).toBe("12x");
    expect(memory.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(memory)).toBe("Enter memory like 512Mi, 1Gi or 1G");
    expect(workload("web-frontend").memoryMiB).toBe(512);
    const cpu = fieldByLabel("CPU request, web-frontend");
    await user.clear(cpu);
    await user.paste("12x");
    expect(describedBy(cpu)).toBe("Enter CPU like 500m, 0.5 or 2");
    expect(workload("web-frontend").cpuMillicores).toBe(250);
    const notice = screen.getByText("2 fields need fixing.").closest(".notice") as HTMLElement;
    expect(
      within(notice)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "CPU request of workload “web-frontend”: Enter CPU like 500m, 0.5 or 2",
      "Memory request of workload “web-frontend”: Enter memory like 512Mi, 1Gi or 1G",
    ]);
  });

  test("a bare CPU number of 20 or more is taken as cores, with a hint for millicores typed the old way", async () => {
    const { user } = renderPlanner();
    const cpu = fieldByLabel("CPU request, web-frontend");
    await retype(user, cpu, "250");
    expect(workload("web-frontend").cpuMillicores).toBe(250_000);
    expect(describedBy(cpu)).toBe("That is 250 CPUs; for millicores, write 250m");
    await retype(user, cpu, "250m");
    expect(describedBy(cpu)).toBe("");
  });

  test("DaemonSets take the same units", async () => {
    const { user } = renderFeature(<DaemonSetsEditor />);
    const memory = fieldByLabel("Memory request, fluent-bit");
    expect(memory.value).toBe("128Mi");
    await retype(user, memory, "0.25Gi");
    await user.tab();
    expect(usePlannerStore.getState().scenario.daemonSets.find((d) => d.name === "fluent-bit")?.memoryMiB).toBe(256);
    expect(memory.value).toBe("256Mi");
  });
});

describe("the instance type combobox", () => {
  const combobox = () => screen.getByRole("combobox", { name: "Instance type 1 of general" });

  test("typing lists the matching types with vCPUs, memory, price in the region and max pods; arrows and Enter take one", async () => {
    const { user } = renderFeature(<NodeGroupsEditor />);
    const input = combobox();
    expect(input.getAttribute("aria-expanded")).toBe("false");
    await retype(user, input, "m7i-flex.1");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    const list = screen.getByRole("listbox", { name: "Instance type 1 of general" });
    expect(
      within(list)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      "m7i-flex.12xlarge48 vCPU · 192 GiB · $2.2982/hour · max 234 pods",
      "m7i-flex.16xlarge64 vCPU · 256 GiB · $3.0643/hour · max 250 pods",
    ]);
    await user.keyboard("{ArrowDown}");
    const first = within(list).getAllByRole("option")[0]!;
    expect(input.getAttribute("aria-activedescendant")).toBe(first.id);
    expect(first.getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(input.getAttribute("aria-activedescendant")).toBe(first.id);
    await user.keyboard("{Enter}");
    expect(input).toHaveProperty("value", "m7i-flex.12xlarge");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(usePlannerStore.getState().scenario.nodeGroups[0]?.instanceTypes[0]).toBe("m7i-flex.12xlarge");
  });

  test("max pods follow the group's VPC CNI mode; Escape closes the list and keeps the text", async () => {
    const { user } = renderFeature(<NodeGroupsEditor />);
    await user.click(screen.getAllByRole("checkbox", { name: "Prefix delegation" })[0]!);
    const input = combobox();
    await retype(user, input, "m6i.2x");
    const list = screen.getByRole("listbox", { name: "Instance type 1 of general" });
    expect(within(list).getByRole("option").textContent).toBe(
      "m6i.2xlarge8 vCPU · 32 GiB · $0.384/hour · max 110 pods",
    );
    await user.keyboard("{Escape}");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input).toHaveProperty("value", "m6i.2x");
    await user.keyboard("{ArrowUp}");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    await user.click(within(list).getByRole("option"));
    expect(input).toHaveProperty("value", "m6i.2xlarge");
    expect(usePlannerStore.getState().scenario.nodeGroups[0]?.instanceTypes[0]).toBe("m6i.2xlarge");
  });

  test("an unknown type keeps its “did you mean”, and the input holds the longest name whole", async () => {
    const { user } = renderFeature(<NodeGroupsEditor />);
    const input = combobox();
    await retype(user, input, "m5.lage");
    await user.keyboard("{Escape}");
    expect(describedBy(input)).toMatch(/^m5\.lage is not in the dataset\. Did you mean m5\.large/);
    await user.click(screen.getByRole("button", { name: "Use m5.large" }));
    expect(input).toHaveProperty("value", "m5.large");
  });
});

describe("regions and Fargate in words", () => {
  test("regions are chosen by name and code, in English and Korean", async () => {
    const { user } = renderFeature(<ClusterEditor />);
    const region = screen.getByRole("combobox", { name: "Region" });
    expect(within(region).getByRole("option", { selected: true }).textContent).toBe("US East (N. Virginia), us-east-1");
    expect(within(region).getByRole("option", { name: "Asia Pacific (Seoul), ap-northeast-2" })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    const korean = await screen.findByRole("combobox", { name: "리전" });
    expect(within(korean).getByRole("option", { name: "아시아 태평양(서울), ap-northeast-2" })).toBeTruthy();
  });

  test("Fargate-eligible says it is about the “Fargate where possible” strategy; a new workload starts eligible", async () => {
    const { user } = renderFeature(<WorkloadsEditor />);
    const box = fieldByLabel("Fargate-eligible, web-frontend");
    expect(describedBy(box)).toContain(
      "the comparison’s “Fargate where possible” strategy may move the workload to Fargate",
    );
    await user.click(screen.getByRole("button", { name: "Add a workload" }));
    expect(fieldByLabel("Fargate-eligible, workload").checked).toBe(true);
  });
});

describe("issues say where they are in words", () => {
  test("an added subnet without a zone is “Availability zone of subnet 1”, never a dotted path", async () => {
    const { user } = renderFeature(
      <>
        <SubnetsEditor />
        <ValidityNotice />
      </>,
    );
    await user.click(screen.getByRole("button", { name: "Add a subnet" }));
    expect(screen.getByText("1 field needs fixing.")).toBeTruthy();
    const notice = screen.getByRole("status");
    expect(
      within(notice)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Availability zone of subnet 1: Required"]);
    expect(document.body.textContent).not.toMatch(DOT_PATH);
  });

  test("no error the planner shows holds a dotted path, in English or Korean", async () => {
    const { user } = renderFeature(
      <>
        <WorkloadsEditor />
        <NodeGroupsEditor />
        <SubnetsEditor />
        <ValidityNotice />
      </>,
    );
    await retype(user, fieldByLabel("Replicas, web-frontend"), "-1");
    await retype(user, fieldByLabel("CPU request, api-gateway"), "abc");
    await retype(user, screen.getByRole("combobox", { name: "Instance type 2 of general" }), "m5.lage");
    await user.keyboard("{Escape}");
    await user.click(screen.getByRole("button", { name: "Add a subnet" }));
    // The validity notice (the node groups' setting notes are a status too).
    const notice = () =>
      screen.getByText(/fields? needs? fixing|고쳐야 할 항목/).closest<HTMLElement>('[role="status"]')!;
    expect(
      within(notice())
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Replicas of workload “web-frontend”: Must be at least 0",
      "CPU request of workload “api-gateway”: Enter CPU like 500m, 0.5 or 2",
      "Availability zone of subnet 1: Required",
      "Instance type 2 of general: m5.lage is not in the dataset. Did you mean m5.large, m5.xlarge, m5a.large?",
    ]);
    expect(document.body.textContent).not.toMatch(DOT_PATH);
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    await screen.findByText("고쳐야 할 항목이 4개 있습니다.");
    expect(within(notice()).getAllByRole("listitem")[0]?.textContent).toBe(
      "워크로드 “web-frontend”의 레플리카: 0 이상이어야 합니다",
    );
    expect(document.body.textContent).not.toMatch(DOT_PATH);
  });

  test("a link's or file's issues name rows by number, and a kubectl document's issues keep a JSON path", () => {
    renderFeature(
      <IssueList
        issues={[
          {
            code: "scenario-out-of-range",
            path: "workloads.2.replicas",
            params: { bound: "min", limit: 0, received: "-2" },
          },
          { code: "scenario-missing-field", path: "nodeGroups.0.instanceTypes", params: {} },
          { code: "scenario-unknown-field", path: "hoursPerMonthh", params: {} },
          { code: "scenario-too-short", path: "name", params: { minimum: 1, received: "0" } },
          {
            code: "kube-quantity-invalid",
            path: "items.13.spec.overhead.cpu",
            params: { input: "pods", value: "250 m" },
          },
        ]}
      />,
    );
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Replicas of workload 3: -2 is less than the minimum, 0",
      "Instance types of node group 1: Required",
      "hoursPerMonthh: eksize does not know this field (a typo?)",
      "Scenario name: Too short: at least 1, got 0",
      "items[13].spec.overhead.cpu: In the pods text: “250 m” is not a Kubernetes quantity eksize can use",
    ]);
    expect(document.body.textContent).not.toMatch(DOT_PATH);
  });
});
