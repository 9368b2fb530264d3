import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import {
  bodyRows,
  cell,
  describedBy,
  filterByName,
  renderExplorer,
  renderedNames,
  renderSiteOnExplorer,
  rowOf,
  visibleText,
} from "./helpers.js";

describe("instance table", () => {
  test("it opens on every instance type, sorted by name, with the count", async () => {
    await renderExplorer();
    expect(screen.getByRole("status").textContent).toBe("1,420 of 1,420 instance types");
    const table = screen.getByRole("table", { name: "Instance types" });
    expect(table.getAttribute("aria-rowcount")).toBe("1421");
    // Virtualised: only the rows in view (800 px / 30 px) plus the overscan are in the DOM.
    expect(bodyRows().length).toBeGreaterThan(20);
    expect(bodyRows().length).toBeLessThan(60);
    // Names in reading order: family, then size from small to large.
    expect(renderedNames().slice(0, 7)).toEqual([
      "a1.medium",
      "a1.large",
      "a1.xlarge",
      "a1.2xlarge",
      "a1.4xlarge",
      "a1.metal",
      "bmn-sf1.metal",
    ]);
  });

  test("m5.large shows max pods 29, allocatable 1,930m and 6,959 MiB, and its us-east-1 prices", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    const row = rowOf("m5.large");
    expect(cell(row, "vcpu").textContent).toBe("2");
    expect(cell(row, "memory").textContent).toBe("8 GiB");
    expect(cell(row, "architecture").textContent).toBe("amd64");
    expect(cell(row, "maxPods").textContent).toBe("29");
    expect(cell(row, "allocatableCpu").textContent).toBe("1,930m");
    expect(cell(row, "allocatableMemory").textContent).toBe("6,959 MiB");
    expect(cell(row, "onDemandHour").textContent).toBe("$0.096");
    expect(cell(row, "onDemandMonth").textContent).toBe("$70.08");
    expect(cell(row, "spotSavings").textContent).toBe("54.5%Advisor 66%");
    expect(cell(row, "spotInterruption").textContent).toBe("15-20%");
    // $70.08 per month ÷ 29 pod slots.
    expect(cell(row, "costPerPod").textContent).toBe("$2.42");
  });

  test("turning on prefix delegation makes m5.large 110 and its pod slot cheaper", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    await user.click(screen.getByRole("checkbox", { name: "Prefix delegation" }));
    const row = rowOf("m5.large");
    expect(cell(row, "maxPods").textContent).toBe("110");
    expect(cell(row, "costPerPod").textContent).toBe("$0.64");
    // EKS AMIs keep reserving memory for the ENI-limited 29 pods, so allocatable memory is unchanged.
    expect(cell(row, "allocatableMemory").textContent).toBe("6,959 MiB");
  });

  test("t2.medium stays at 17 with prefix delegation, because it is a Xen type", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "t2.medium");
    await user.click(screen.getByRole("checkbox", { name: "Prefix delegation" }));
    expect(cell(rowOf("t2.medium"), "maxPods").textContent).toBe("17");
    await user.click(screen.getByRole("button", { name: "t2.medium" }));
    expect(
      screen.getByText(
        "Prefix delegation is on but was not applied: t2.medium is not a Nitro type, and the VPC CNI delegates prefixes only on Nitro.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("3 ENIs × (6 − 1) + 2 = 17")).toBeTruthy();
  });

  test("m5.metal stays at 250 with prefix delegation, and the breakdown says why bare metal is left out", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.metal");
    await user.click(screen.getByRole("checkbox", { name: "Prefix delegation" }));
    expect(cell(rowOf("m5.metal"), "maxPods").textContent).toBe("250");
    await user.click(screen.getByRole("button", { name: "m5.metal" }));
    expect(
      screen.getByText(
        "max-pods-calculator.sh ignores prefix delegation on m5.metal: EC2 reports no hypervisor for bare metal, although VPC CNI 1.11 or later delegates prefixes there.",
      ),
    ).toBeTruthy();
  });

  test("the profile decides max pods and the cost per pod slot: m5.4xlarge has 110, 234 and 234", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.4xlarge");
    const profile = screen.getByLabelText("Reservation profile");
    const seen: string[][] = [];
    for (const choice of ["amazon-linux", "bottlerocket", "karpenter"]) {
      await user.selectOptions(profile, choice);
      const row = rowOf("m5.4xlarge");
      seen.push([choice, cell(row, "maxPods").textContent, cell(row, "costPerPod").textContent]);
    }
    // $560.64 per month ÷ 110 or ÷ 234 pod slots.
    expect(seen).toEqual([
      ["amazon-linux", "110", "$5.10"],
      ["bottlerocket", "234", "$2.40"],
      ["karpenter", "234", "$2.40"],
    ]);
  });

  test("prefix delegation gives m5.large 110 pods on Amazon Linux only; Bottlerocket and Karpenter keep 29", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    await user.click(screen.getByRole("checkbox", { name: "Prefix delegation" }));
    expect(cell(rowOf("m5.large"), "maxPods").textContent).toBe("110");
    for (const choice of ["bottlerocket", "karpenter"]) {
      await user.selectOptions(screen.getByLabelText("Reservation profile"), choice);
      expect(cell(rowOf("m5.large"), "maxPods").textContent, choice).toBe("29");
      expect(cell(rowOf("m5.large"), "costPerPod").textContent, choice).toBe("$2.42");
    }
  });

  test("custom networking takes one ENI off m5.large: 20 pods", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    await user.click(screen.getByRole("checkbox", { name: "Custom networking" }));
    expect(cell(rowOf("m5.large"), "maxPods").textContent).toBe("20");
  });

  test("filtering by name narrows the rows and the count", async () => {
    const { user } = await renderExplorer();
    // Typed key by key, as a user types it (filterByName pastes).
    const name = screen.getByLabelText("Name");
    await user.type(name, "m5.");
    expect(screen.getByRole("status").textContent).toBe("9 of 1,420 instance types");
    expect(renderedNames()).toEqual([
      "m5.large",
      "m5.xlarge",
      "m5.2xlarge",
      "m5.4xlarge",
      "m5.8xlarge",
      "m5.12xlarge",
      "m5.16xlarge",
      "m5.24xlarge",
      "m5.metal",
    ]);
    await user.clear(name);
    await user.type(name, "m5.large, t2.medium");
    expect(renderedNames()).toEqual(["m5.large", "t2.medium"]);
    expect(screen.getByRole("status").textContent).toBe("2 of 1,420 instance types");
  });

  test("filtering by family, architecture and memory narrows the rows", async () => {
    const { user } = await renderExplorer();
    await user.type(screen.getByRole("combobox", { name: "Family" }), "m6g");
    expect(screen.getByRole("status").textContent).toBe("9 of 1,420 instance types");
    await user.selectOptions(screen.getByLabelText("Architecture"), "amd64");
    expect(screen.getByRole("status").textContent).toBe("0 of 1,420 instance types");
    expect(screen.getByText("No instance type matches these filters.")).toBeTruthy();
    await user.selectOptions(screen.getByLabelText("Architecture"), "arm64");
    await user.type(screen.getByLabelText("Minimum memory (GiB)"), "16");
    await user.type(screen.getByLabelText("Maximum memory (GiB)"), "32");
    expect(renderedNames()).toEqual(["m6g.xlarge", "m6g.2xlarge"]);
  });

  test("an invalid vCPU range shows a precise message, keeps the typed text and the last valid filter", async () => {
    const { user } = await renderExplorer();
    const min = screen.getByLabelText("Minimum vCPU");
    const max = screen.getByLabelText("Maximum vCPU");

    await user.type(min, "8");
    expect(screen.getByRole("status").textContent).toBe("1,045 of 1,420 instance types");

    await user.type(max, "4");
    expect(screen.getByText("vCPU: the minimum (8) is greater than the maximum (4).")).toBeTruthy();
    expect(screen.getByText("The table still uses the last valid range.")).toBeTruthy();
    expect(max.getAttribute("aria-invalid")).toBe("true");
    expect((max as HTMLInputElement).value).toBe("4");
    expect(screen.getByRole("status").textContent).toBe("1,045 of 1,420 instance types");

    await user.clear(max);
    await user.clear(min);
    await user.type(min, "abc");
    expect(screen.getByText("Minimum vCPU: “abc” is not a number.")).toBeTruthy();
    expect((min as HTMLInputElement).value).toBe("abc");
    expect(min.getAttribute("aria-describedby")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("1,420 of 1,420 instance types");

    await user.clear(min);
    await user.type(min, "-2");
    expect(screen.getByText("Minimum vCPU: -2 is negative; enter 0 or more.")).toBeTruthy();
    await user.clear(min);
    await user.type(min, "2.5");
    expect(screen.getByText("Minimum vCPU: “2.5” is not a whole number.")).toBeTruthy();

    await user.clear(min);
    expect(min.getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText("The table still uses the last valid range.")).toBeNull();
  });

  test("sorting by max pods puts a 250-pod type first, and unknown values last", async () => {
    const { user } = await renderExplorer();
    const header = screen.getByRole("columnheader", { name: /Max pods/ });
    expect(header.getAttribute("aria-sort")).toBe("none");
    await user.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("descending");
    expect(screen.getByRole("columnheader", { name: /Instance type/ }).getAttribute("aria-sort")).toBe("none");
    const first = bodyRows()[0]!;
    expect(cell(first, "name").textContent).toBe("c5.18xlarge");
    expect(cell(first, "maxPods").textContent).toBe("250");

    await user.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    // Ascending: the smallest known value first; the unknowns stay at the end either way.
    expect(cell(bodyRows()[0]!, "maxPods").textContent).toBe("4");
  });

  test("without the ceiling, sorting by max pods puts the 1,514-pod types first", async () => {
    const { user } = await renderExplorer();
    await user.click(screen.getByRole("checkbox", { name: "No 110/250 ceiling" }));
    await user.click(within(screen.getByRole("columnheader", { name: /Max pods/ })).getByRole("button"));
    const first = bodyRows()[0]!;
    expect(cell(first, "name").textContent).toBe("c8a.48xlarge");
    expect(cell(first, "maxPods").textContent).toBe("1,514");
  });

  test("a type with unknown vCPU and memory shows unknown, never 0, with the reason", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "c7i.32xlarge");
    const row = rowOf("c7i.32xlarge");
    for (const column of ["vcpu", "memory", "architecture", "maxPods", "allocatableCpu", "allocatableMemory"]) {
      expect(visibleText(cell(row, column)), column).toBe("unknown");
    }
    expect(cell(row, "vcpu").querySelector(".unknown")?.getAttribute("title")).toBe(
      "No source reports the vCPU count of c7i.32xlarge",
    );
    expect(visibleText(cell(row, "costPerPod"))).toBe("unknown");
    expect(row.textContent).not.toMatch(/(^|[^\d.,])0([^\d.,]|$)/);
  });

  test("the reason a value is unknown is in the text that screen readers read, not only in a tooltip", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "c7i.32xlarge");
    const row = rowOf("c7i.32xlarge");
    expect(cell(row, "vcpu").textContent).toBe("unknown (No source reports the vCPU count of c7i.32xlarge)");
    expect(cell(row, "maxPods").textContent).toBe("unknown (No source reports the vCPU count of c7i.32xlarge)");
    expect(within(cell(row, "vcpu")).getByText("(No source reports the vCPU count of c7i.32xlarge)").className).toBe(
      "visually-hidden",
    );
  });

  test("a type the region does not sell shows its prices as unknown", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "c5a.metal");
    const row = rowOf("c5a.metal");
    expect(visibleText(cell(row, "onDemandHour"))).toBe("unknown");
    expect(cell(row, "onDemandHour").textContent).toBe(
      "unknown (No price known for c5a.metal in US East (N. Virginia), us-east-1)",
    );
  });

  test("changing the region changes the prices", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    await user.selectOptions(screen.getByLabelText("Region"), "ap-northeast-2");
    // The region's prices load as their own chunk.
    await waitFor(() => {
      expect(cell(rowOf("m5.large"), "onDemandHour").textContent).toBe("$0.118");
    });
    expect(
      screen.getByText(
        "On-demand prices as of 2026-05 · Spot prices as of 2026-05 · Spot savings and interruptions as of 2025-06-28 · Instance data as of 2021-10-20 to 2026-08-11",
      ),
    ).toBeTruthy();
  });

  test("the bill's Spot saving comes first; a negative Advisor saving says, labelled, that Spot costs more", async () => {
    const { user } = await renderExplorer();
    await user.selectOptions(screen.getByLabelText("Region"), "ca-central-1");
    await waitFor(() => {
      expect(screen.queryByText("Loading the prices of Canada (Central), ca-central-1…")).toBeNull();
    });
    await filterByName(user, "p5.48xlarge");
    expect(cell(rowOf("p5.48xlarge"), "spotSavings").textContent).toBe("79.1%Advisor: costs 62% more");
    await user.click(screen.getByRole("button", { name: "p5.48xlarge" }));
    const panel = screen.getByRole("complementary", { name: "How p5.48xlarge is sized" });
    expect(
      within(panel).getByText(
        "Spot Instance Advisor: Spot costs about 62% more than on-demand · interruptions <5% per month",
      ),
    ).toBeTruthy();
    expect(
      within(panel).getByText("Spot saving 79.1% against on-demand, at the Spot price the bill uses"),
    ).toBeTruthy();
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    expect(cell(rowOf("p5.48xlarge"), "spotSavings").textContent).toBe("79.1%Advisor: 62% 더 비쌈");
    expect(
      within(panel).getByText("Spot Instance Advisor: 스팟이 온디맨드보다 약 62% 더 비쌈 · 월간 중단 빈도 <5%"),
    ).toBeTruthy();
  });

  test("the Auto Mode fee column is in the column picker, hidden until shown; an estimate says so", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large t3.micro c7g.xlarge");
    expect(screen.queryByRole("columnheader", { name: /Auto Mode/ })).toBeNull();
    await user.click(screen.getByText("Columns"));
    await user.click(screen.getByRole("checkbox", { name: "Auto Mode $/hour" }));
    const header = screen.getByRole("columnheader", { name: /Auto Mode \$\/hour/ });
    expect(within(header).getByRole("button").getAttribute("title")).toBe(
      "EKS Auto Mode's fee per instance-hour, on top of the EC2 price; an estimate is 12% of on-demand",
    );
    // 12% of $0.096 and of $0.145, in us-east-1 (the tests' fixed prices).
    expect(cell(rowOf("m5.large"), "autoModeFee").textContent).toBe("$0.0115estimate");
    expect(within(cell(rowOf("m5.large"), "autoModeFee")).getByText("estimate").className).toBe("value-note");
    expect(cell(rowOf("c7g.xlarge"), "autoModeFee").textContent).toBe("$0.0174estimate");
    // Auto Mode never launches micro sizes: no fee, with the reason.
    expect(visibleText(cell(rowOf("t3.micro"), "autoModeFee"))).toBe("none");
    expect(cell(rowOf("t3.micro"), "autoModeFee").textContent).toBe(
      "none (EKS Auto Mode does not launch t3.micro in US East (N. Virginia), us-east-1)",
    );
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    expect(screen.getByRole("columnheader", { name: /Auto Mode 시간당 요금\(달러\)/ })).toBeTruthy();
    expect(cell(rowOf("m5.large"), "autoModeFee").textContent).toBe("$0.0115추정치");
  });

  test("the page dates each source of its figures: Spot prices and the Spot Instance Advisor apart", async () => {
    await renderExplorer();
    expect(
      screen.getByText(
        "On-demand prices as of 2026-05 to 2026-07-20 · Spot prices as of 2026-05 · Spot savings and interruptions as of 2025-06-28 · Instance data as of 2021-10-20 to 2026-08-11",
      ),
    ).toBeTruthy();
    const freshness = screen.getByRole("region", { name: "How old this data is" });
    expect(within(freshness).getByText("VPC CNI instance networking limits")).toBeTruthy();
    expect(within(freshness).getAllByText(/^as of 2026-08-11/).length).toBe(2);
  });
});

describe("breakdown", () => {
  test("selecting m5.large shows its formulas and the allocatable table", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    await user.click(screen.getByRole("button", { name: "m5.large" }));
    const panel = screen.getByRole("complementary", { name: "How m5.large is sized" });
    expect(within(panel).getByText("2 vCPU · 8 GiB · amd64 · Nitro")).toBeTruthy();
    expect(within(panel).getByText("3 ENIs × (10 − 1) + 2 = 29")).toBeTruthy();
    expect(within(panel).getByText("2,000m − 70m kube-reserved = 1,930m")).toBeTruthy();
    expect(
      within(panel).getByText(
        "8,192 MiB − 559 MiB kernel and VM (the kubelet sees 7,633 MiB: MemTotal measured on a real node) − 574 MiB kube-reserved (11 × 29 + 255) − 100 MiB eviction = 6,959 MiB",
      ),
    ).toBeTruthy();
    const table = within(panel).getByRole("table", { name: "Capacity, reservations and allocatable of m5.large" });
    const kernelRow = within(table).getByRole("rowheader", { name: "Kernel and VM" }).closest("tr")!;
    expect(within(kernelRow).getAllByRole("cell")[1]?.textContent).toBe("559 MiB");
    const allocatableRow = within(table).getByRole("rowheader", { name: "Allocatable" }).closest("tr")!;
    expect(
      within(allocatableRow)
        .getAllByRole("cell")
        .map((td) => td.textContent),
    ).toEqual(["1,930m", "6,959 MiB", "17,408 MiB"]);
    expect(within(panel).getByText("On-demand: $0.096/hour · $70.08/month")).toBeTruthy();
    expect(within(panel).getByText("$2.42 per pod slot per month ($70.08 ÷ 29 pods)")).toBeTruthy();
    expect(within(panel).getByRole("heading", { name: "Max pods: 29" })).toBeTruthy();
    expect(rowOf("m5.large").className).toBe("selected");
    expect(screen.getByRole("button", { name: "m5.large" }).getAttribute("aria-current")).toBe("true");
  });

  test("the chart loads lazily after a selection", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    expect(document.querySelector(".chart-frame")).toBeNull();
    await user.click(screen.getByRole("button", { name: "m5.large" }));
    await waitFor(() => {
      expect(document.querySelector(".chart-frame")).not.toBeNull();
    });
    expect(screen.getByText("Where the capacity of m5.large goes")).toBeTruthy();
  });

  test("a type is selected from the keyboard, and the breakdown closes", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    screen.getByRole("button", { name: "m5.large" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "How m5.large is sized" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Close the breakdown" }));
    expect(screen.queryByRole("heading", { name: "How m5.large is sized" })).toBeNull();
  });

  test("the prefix-delegation formula shows the ceiling that caps it", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    await user.click(screen.getByRole("checkbox", { name: "Prefix delegation" }));
    await user.click(screen.getByRole("button", { name: "m5.large" }));
    expect(screen.getByText("3 ENIs × (10 − 1) × 16 + 2 = 434")).toBeTruthy();
    expect(
      screen.getByText("Capped at 110, AWS's recommended maximum for types with 30 vCPUs or fewer: max pods = 110"),
    ).toBeTruthy();
  });

  test("the Karpenter profile shows its own 7.5% estimate of the kernel and VM", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    await user.selectOptions(screen.getByLabelText("Reservation profile"), "karpenter");
    await user.click(screen.getByRole("button", { name: "m5.large" }));
    expect(
      screen.getByText(
        "8,192 MiB − 615 MiB kernel and VM (7.5%, rounded up) − 574 MiB kube-reserved (11 × 29 + 255) − 100 MiB eviction = 6,903 MiB",
      ),
    ).toBeTruthy();
    expect(cell(rowOf("m5.large"), "allocatableMemory").textContent).toBe("6,903 MiB");
  });

  test("under Karpenter with prefix delegation, m5.large's headline, formula and cost all say 29", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.large");
    await user.click(screen.getByRole("checkbox", { name: "Prefix delegation" }));
    await user.selectOptions(screen.getByLabelText("Reservation profile"), "karpenter");
    await user.click(screen.getByRole("button", { name: "m5.large" }));
    const panel = screen.getByRole("complementary", { name: "How m5.large is sized" });
    expect(within(panel).getByRole("heading", { name: "Max pods: 29" })).toBeTruthy();
    expect(within(panel).getByText("3 ENIs × (10 − 1) + 2 = 29")).toBeTruthy();
    expect(within(panel).getByText("Karpenter applies no 110/250 ceiling: max pods = 29")).toBeTruthy();
    expect(
      within(panel).getByText(
        "Karpenter ignores prefix delegation for max pods unless max pods is set (kubelet maxPods in the EC2NodeClass).",
      ),
    ).toBeTruthy();
    expect(within(panel).getByText("$2.42 per pod slot per month ($70.08 ÷ 29 pods)")).toBeTruthy();
    expect(panel.textContent).not.toMatch(/Max pods: 110|max pods = 110|÷ 110 pods/);
  });

  test("under Bottlerocket, m5.4xlarge's breakdown shows the ENI table's 234 pods", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "m5.4xlarge");
    await user.selectOptions(screen.getByLabelText("Reservation profile"), "bottlerocket");
    await user.click(screen.getByRole("button", { name: "m5.4xlarge" }));
    const panel = screen.getByRole("complementary", { name: "How m5.4xlarge is sized" });
    expect(within(panel).getByRole("heading", { name: "Max pods: 234" })).toBeTruthy();
    expect(within(panel).getByText("8 ENIs × (30 − 1) + 2 = 234")).toBeTruthy();
    expect(within(panel).getByText("Bottlerocket applies no 110/250 ceiling: max pods = 234")).toBeTruthy();
    expect(within(panel).getByText("$2.40 per pod slot per month ($560.64 ÷ 234 pods)")).toBeTruthy();
  });

  test("without a selection the breakdown panel is labelled as the breakdown", async () => {
    await renderExplorer();
    expect(screen.getByRole("complementary", { name: "Sizing breakdown" }).textContent).toBe(
      "Select a type by its name to see how its max pods and allocatable are worked out.",
    );
  });

  test("a type without vCPU data explains why its breakdown is unknown", async () => {
    const { user } = await renderExplorer();
    await filterByName(user, "c7i.32xlarge");
    await user.click(screen.getByRole("button", { name: "c7i.32xlarge" }));
    expect(screen.getByText("unknown vCPU · unknown · unknown · Nitro")).toBeTruthy();
    expect(screen.getByText("Max pods is unknown: No source reports the vCPU count of c7i.32xlarge.")).toBeTruthy();
    expect(screen.getByText("Allocatable is unknown: No source reports the vCPU count of c7i.32xlarge.")).toBeTruthy();
  });
});

describe("descriptions", () => {
  test("the name and family filters describe what they accept to screen readers", async () => {
    await renderExplorer();
    expect(describedBy(screen.getByLabelText("Name"))).toBe("Part of a name; several separated by spaces or commas");
    expect(describedBy(screen.getByRole("combobox", { name: "Family" }))).toBe(
      "Exact families, separated by spaces or commas",
    );
  });

  test("each column's sort button is described by what the column holds", async () => {
    await renderExplorer();
    const sortButton = (name: RegExp) => within(screen.getByRole("columnheader", { name })).getByRole("button");
    expect(describedBy(sortButton(/Max pods/))).toBe(
      "Max pods the kubelet gets under the chosen profile and VPC CNI mode",
    );
    expect(describedBy(sortButton(/Spot saving/))).toBe(
      "Spot saving over on-demand at the Spot price the bill uses; below it, the Spot Instance Advisor's own figure where it differs",
    );
    expect(describedBy(sortButton(/\$\/month/))).toBe("On-demand price per month (730 hours)");
  });

  test("body rows are as tall as the virtualiser assumes", async () => {
    await renderExplorer();
    expect(bodyRows()[0]?.style.height).toBe("30px");
  });
});

describe("language", () => {
  test("switching to Korean changes the labels, the html lang, and is remembered", async () => {
    // The html lang and the document title are the site's: the whole site.
    const { user } = await renderSiteOnExplorer();
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    expect(screen.getByLabelText("이름")).toBeTruthy();
    expect(screen.getByLabelText("리전")).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: /최대 파드/ })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("인스턴스 유형 1,420개 중 1,420개");
    expect(document.documentElement.lang).toBe("ko-KR");
    expect(document.title).toBe("eksize: EKS 인스턴스 탐색기");
    expect(localStorage.getItem("eksize.locale")).toBe("ko");

    await user.type(screen.getByLabelText("이름"), "c7i.32xlarge");
    expect(visibleText(cell(rowOf("c7i.32xlarge"), "vcpu"))).toBe("알 수 없음");
    await user.type(screen.getByLabelText("최소 vCPU"), "x");
    expect(screen.getByText("최소 vCPU: “x”은(는) 숫자가 아닙니다.")).toBeTruthy();
  });

  test("the data age reads in Korean too, source by source", async () => {
    const { user } = await renderExplorer();
    await user.selectOptions(screen.getByLabelText("Language"), "ko");
    expect(
      screen.getByText(
        "온디맨드 가격 2026-05 ~ 2026-07-20 기준 · 스팟 가격 2026-05 기준 · 스팟 절감률과 중단 빈도 2025-06-28 기준 · 인스턴스 데이터 2021-10-20 ~ 2026-08-11 기준",
      ),
    ).toBeTruthy();
  });
});
