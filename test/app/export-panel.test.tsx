/**
 * The planner's export panel: a file opens in a preview with Copy and Download, and follows the plan
 * while open; the cluster name is used exactly as typed or the file is refused with the reason; the
 * notes of a file are shown in the page's language.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { ExportPanel } from "../../src/app/features/planner/ExportPanel.js";
import { usePricedScenario } from "../../src/app/features/planner/use-priced-scenario.js";
import { renderFeature } from "./helpers.js";

function PlannedExports(): ReactNode {
  const { priced, catalog } = usePricedScenario();
  return <ExportPanel priced={priced} catalog={catalog} />;
}

/** The files the page downloaded: name and text. */
let downloads: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  downloads = [];
  let last: Blob | null = null;
  // jsdom has no blob URLs and no downloads: keep what the page would save.
  vi.stubGlobal(
    "URL",
    class extends URL {
      static override createObjectURL(blob: Blob): string {
        last = blob;
        return "blob:export";
      }
      static override revokeObjectURL(): void {}
    },
  );
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    if (last !== null) downloads.push({ name: this.download, blob: last });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test("uses the cluster name as typed, or refuses the file with the reason", async () => {
  const { user } = renderFeature(<PlannedExports />);
  const field = screen.getByLabelText("EKS cluster name");
  // Empty: the name made from the scenario's name, shown.
  expect(field.getAttribute("placeholder")).toBe("online-shop-production");
  expect(screen.getByText(/Empty: online-shop-production$/)).toBeTruthy();

  await user.type(field, "My Cluster");
  await user.click(screen.getByRole("button", { name: "eksctl ClusterConfig (YAML)" }));
  const alert = await screen.findByRole("alert");
  expect(within(alert).getByText("This file cannot be made:")).toBeTruthy();
  expect(
    within(alert).getByText(
      "The cluster name “My Cluster” cannot be used (it has characters other than letters, digits and hyphens): EKS and eksctl take letters, digits and hyphens, a letter or digit first, at most 100 characters",
    ),
  ).toBeTruthy();
  expect(downloads).toEqual([]);

  // The preview follows the name as it is typed.
  await user.clear(field);
  await user.type(field, "Shop-1");
  const preview = await screen.findByLabelText("Preview of Shop-1.eksctl.yaml");
  expect(preview.textContent).toContain("\n  name: Shop-1\n");
  expect(screen.queryByRole("alert")).toBeNull();
  expect(downloads).toEqual([]);
  await user.click(screen.getByRole("button", { name: "Download" }));
  expect(downloads.map((download) => download.name)).toEqual(["Shop-1.eksctl.yaml"]);
  expect(await downloads[0]!.blob.text()).toBe(preview.textContent);
});

test("Copy puts the previewed file on the clipboard, or says how to copy it when the browser refuses", async () => {
  const { user } = renderFeature(<PlannedExports />);
  await user.click(screen.getByRole("button", { name: "Plan and costs (CSV)" }));
  const preview = await screen.findByLabelText("Preview of online-shop-production.plan.csv");
  // The CSV's header row (RFC 4180 line ends).
  expect(preview.textContent.split("\r\n")[0]).toMatch(/^section,name,node_group,/);
  const writeText = vi.spyOn(navigator.clipboard, "writeText");
  await user.click(screen.getByRole("button", { name: "Copy" }));
  expect(writeText).toHaveBeenCalledWith(preview.textContent);
  expect(screen.getByRole("status").textContent).toBe("Copied to the clipboard.");

  writeText.mockRejectedValueOnce(new DOMException("denied", "NotAllowedError"));
  await user.click(screen.getByRole("button", { name: "Copy" }));
  expect(screen.getByRole("status").textContent).toBe(
    "The browser refused the clipboard: select the text and copy it, or download the file.",
  );

  await user.click(screen.getByRole("button", { name: "Close" }));
  expect(screen.queryByLabelText(/^Preview of/)).toBeNull();
});

test("shows a file's notes in the page's language, and writes them in English in the file", async () => {
  const { user } = renderFeature(<PlannedExports />);
  await user.click(screen.getByRole("button", { name: "Karpenter NodePools (YAML)" }));
  const preview = await screen.findByLabelText("Preview of online-shop-production.karpenter.yaml");
  const status = screen.getByText("Before you apply online-shop-production.karpenter.yaml:")
    .parentElement as HTMLElement;
  const english =
    "The scenario’s autoscaler is not Karpenter, so its eksctl file installs no Karpenter: create the node role eksctl-KarpenterNodeRole-online-shop-production and tag the subnets and security groups karpenter.sh/discovery yourself, or choose Karpenter";
  expect(within(status).getByText(english)).toBeTruthy();
  expect(preview.textContent).toContain(`\n# ${english}\n`);

  await user.selectOptions(screen.getByRole("combobox", { name: /language|언어/i }), "ko");
  await waitFor(() => {
    expect(
      within(status).getByText(
        "시나리오의 오토스케일러가 Karpenter가 아니므로 eksctl 파일은 Karpenter를 설치하지 않습니다. 노드 역할 eksctl-KarpenterNodeRole-online-shop-production을(를) 만들고 서브넷과 보안 그룹에 karpenter.sh/discovery 태그를 직접 붙이거나 Karpenter를 선택하세요",
      ),
    ).toBeTruthy();
  });
});

test("opens the EKS Auto Mode file: NodePools and NodeClasses, with what to do about the node role", async () => {
  const { user } = renderFeature(<PlannedExports />);
  await user.click(screen.getByRole("button", { name: "EKS Auto Mode NodePools (YAML)" }));
  const preview = await screen.findByLabelText("Preview of online-shop-production.auto-mode.yaml");
  expect(preview.textContent).toContain("\nkind: NodeClass\n");
  expect(preview.textContent).toContain("\n        kind: NodeClass\n        name: general\n");
  const status = screen.getByText("Before you apply online-shop-production.auto-mode.yaml:")
    .parentElement as HTMLElement;
  // The default scenario runs on the Cluster Autoscaler: its eksctl file does not enable Auto Mode.
  expect(
    within(status).getByText(
      "The scenario’s autoscaler is not EKS Auto Mode, so its eksctl file does not enable Auto Mode and nothing runs these NodePools: choose EKS Auto Mode",
    ),
  ).toBeTruthy();
  expect(within(status).getByText(/^The NodeClasses name the node role AmazonEKSAutoNodeRole, /)).toBeTruthy();
});
