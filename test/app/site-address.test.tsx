/**
 * Pages with addresses: moving between pages adds history entries whose addresses carry the scenario;
 * Back and Forward move between them and keep the scenario; links made before pages had addresses
 * still open the planner; the explorer's view round-trips through its address, bad values in it are
 * left out with a notice; the explorer's region is the planner's.
 *
 * The default scenario's token (data date 2026-09-20) is the one every address carries here.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { decodeScenario, defaultScenario, encodeScenario } from "eksize";
import { describe, expect, test, vi } from "vitest";
import linksV1 from "../core/fixtures/links-v1.txt?raw";
import { useAddressStore } from "../../src/app/store/address-bar.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { useSiteStore } from "../../src/app/store/site-store.js";
import { fieldByLabel, findInstanceTable, renderedNames, renderSite, rowOf, cell } from "./helpers.js";

const TOKEN = encodeScenario(defaultScenario, { dataDate: "2026-09-20" });
/** The network page's zones table, once it is on screen. */
const NETWORK_TABLE = "Addresses per availability zone and subnet role";

/** A page's link in the site's navigation. */
function pageLink(name: string): HTMLElement {
  return within(screen.getByRole("navigation", { name: "Pages" })).getByRole("link", { name });
}

/** The page marked current in the navigation. */
function currentPage(): string | null {
  const nav = screen.getByRole("navigation", { name: "Pages" });
  return nav.querySelector('[aria-current="page"]')?.textContent ?? null;
}

/** Puts an address in the URL without a history entry, as a page opened on it. */
function openOn(hash: string): void {
  window.history.replaceState(null, "", `${window.location.pathname}${hash}`);
}

/** The region the scenario in the address holds. */
function regionInAddress(): string | null {
  const decoded = decodeScenario(window.location.hash);
  return decoded.ok ? decoded.scenario.region : null;
}

/** The column headers of the instance table, left to right. */
function headers(): string[] {
  const table = screen.getByRole("table", { name: "Instance types" });
  return within(table)
    .getAllByRole("columnheader")
    .map((header) => header.textContent.replace(/[▲▼↕]/g, ""));
}

describe("pages with addresses", () => {
  test("each move adds a history entry with the page's address and the scenario; Back and Forward move between them", async () => {
    const pushState = vi.spyOn(window.history, "pushState");
    const { user } = renderSite();
    const entries = window.history.length;

    await user.click(pageLink("Instance explorer"));
    await findInstanceTable();
    expect(window.location.hash).toBe(`#/explorer?s=${TOKEN}&region=us-east-1`);
    expect(currentPage()).toBe("Instance explorer");
    expect(document.title).toBe("eksize: EKS instance explorer");

    await user.click(pageLink("Network"));
    expect(await screen.findByRole("table", { name: NETWORK_TABLE })).toBeTruthy();
    expect(window.location.hash).toBe(`#/network?s=${TOKEN}`);
    expect(window.history.length).toBe(entries + 2);
    expect(pushState).toHaveBeenCalledTimes(2);
    // Every page's link carries the scenario now that it is in the address.
    expect(pageLink("Planner").getAttribute("href")).toBe(`/#s=${TOKEN}`);

    window.history.back();
    await waitFor(() => {
      expect(currentPage()).toBe("Instance explorer");
    });
    expect(window.location.hash).toBe(`#/explorer?s=${TOKEN}&region=us-east-1`);
    await findInstanceTable();

    window.history.back();
    await waitFor(() => {
      expect(currentPage()).toBe("Planner");
    });
    expect(window.location.hash).toBe(`#s=${TOKEN}`);
    expect(document.title).toBe("eksize: EKS capacity and cost planner");

    window.history.forward();
    await waitFor(() => {
      expect(currentPage()).toBe("Instance explorer");
    });
    expect(window.location.hash).toBe(`#/explorer?s=${TOKEN}&region=us-east-1`);
    expect(pushState).toHaveBeenCalledTimes(2);
  });

  test("a link made before pages had addresses opens the planner with its scenario, its address kept", () => {
    const first = linksV1.split("\n").find((line) => line.startsWith("1."));
    if (first === undefined) throw new Error("no link in links-v1.txt");
    const decoded = decodeScenario(first);
    if (!decoded.ok) throw new Error("the first link of links-v1.txt does not open");
    openOn(`#s=${first}&lang=ko`);
    renderSite();
    expect(currentPage()).toBe("Planner");
    expect(usePlannerStore.getState().scenario).toEqual(decoded.scenario);
    expect(window.location.hash).toBe(`#s=${first}&lang=ko`);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a hash that is not an address (a skip link's target) leaves the page on screen", async () => {
    openOn(`#s=${TOKEN}`);
    renderSite("network");
    expect(await screen.findByRole("table", { name: NETWORK_TABLE })).toBeTruthy();
    window.location.hash = "#network-results";
    await waitFor(() => {
      expect(useAddressStore.getState().hash).toBe("#network-results");
    });
    expect(useSiteStore.getState().page).toBe("network");
    expect(currentPage()).toBe("Network");
  });
});

describe("the explorer's address", () => {
  test("opening it restores the table exactly: filters, sort, columns, CNI mode, profile and region", async () => {
    openOn(
      `#/explorer?s=${TOKEN}&region=ap-northeast-2&name=m5.,m6i.&arch=amd64&vcpu=2-4&memory=-16` +
        "&profile=bottlerocket&prefix-delegation=1&sort=-onDemandHour&columns=vcpu,maxPods,onDemandHour",
    );
    const { user } = renderSite("explorer");
    await findInstanceTable();
    await waitFor(() => {
      expect(cell(rowOf("m5.xlarge"), "onDemandHour").textContent).toBe("$0.236");
    });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(headers()).toEqual(["Instance type", "vCPU", "Max pods", "$/hour"]);
    // Most expensive first; m5 and m6i cost the same there, and a tie keeps the name order.
    expect(renderedNames()).toEqual(["m5.xlarge", "m6i.xlarge", "m5.large", "m6i.large"]);
    expect(renderedNames().map((name) => cell(rowOf(name), "onDemandHour").textContent)).toEqual([
      "$0.236",
      "$0.236",
      "$0.118",
      "$0.118",
    ]);
    expect(cell(rowOf("m5.large"), "maxPods").textContent).toBe("29");
    expect(fieldByLabel("Name").value).toBe("m5.,m6i.");
    expect(fieldByLabel("Architecture").value).toBe("amd64");
    expect(fieldByLabel("Minimum vCPU").value).toBe("2");
    expect(fieldByLabel("Maximum vCPU").value).toBe("4");
    expect(fieldByLabel("Minimum memory (GiB)").value).toBe("");
    expect(fieldByLabel("Maximum memory (GiB)").value).toBe("16");
    expect(fieldByLabel("Reservation profile").value).toBe("bottlerocket");
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Prefix delegation" }).checked).toBe(true);
    expect(screen.getByRole("columnheader", { name: /\$\/hour/ }).getAttribute("aria-sort")).toBe("descending");
    // The address's region is the site's: the planner's scenario has it too.
    expect(fieldByLabel("Region").value).toBe("ap-northeast-2");
    expect(usePlannerStore.getState().draft.cluster.region).toBe("ap-northeast-2");

    // A change writes the address back, without a history entry.
    const pushState = vi.spyOn(window.history, "pushState");
    await user.click(screen.getByText("Columns"));
    await user.click(screen.getByRole("checkbox", { name: "Max pods" }));
    expect(headers()).toEqual(["Instance type", "vCPU", "$/hour"]);
    await waitFor(() => {
      expect(window.location.hash).toMatch(/&columns=vcpu,onDemandHour$/);
    });
    expect(window.location.hash.replace(/^#\/explorer\?s=[\w.-]+&/, "")).toBe(
      "region=ap-northeast-2&name=m5.,m6i.&arch=amd64&vcpu=2-4&memory=-16&profile=bottlerocket" +
        "&prefix-delegation=1&sort=-onDemandHour&columns=vcpu,onDemandHour",
    );
    expect(regionInAddress()).toBe("ap-northeast-2");
    expect(pushState).not.toHaveBeenCalled();
  });

  test("bad values are left out with a notice naming each setting, in Korean too; the rest applies", async () => {
    const address =
      "#/explorer?arch=sparc&vcpu=abc&sort=-maxPods&columns=vcpu,bogus&zoom=2&type=m5.huge&region=mars-east-1&name=c7g.16";
    openOn(address);
    const { user } = renderSite("explorer");
    await findInstanceTable();
    const notice = screen.getByRole("alert");
    expect(within(notice).getByText(/^Part of this page's URL could not be used/)).toBeTruthy();
    expect(
      within(notice)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Architecture: “sparc” cannot be used here",
      "vCPU: “abc” is not a range such as 2-8",
      "Columns: “bogus” cannot be used here",
      "“zoom” is not a setting of this page",
      "Instance type: “m5.huge” cannot be used here",
      "Region: “mars-east-1” cannot be used here",
    ]);
    expect(headers()).toEqual(["Instance type", "vCPU"]);
    expect(renderedNames()).toEqual(["c7g.16xlarge", "hpc7g.16xlarge"]);
    expect(screen.getByRole("columnheader", { name: /Instance type/ }).getAttribute("aria-sort")).toBe("none");
    expect(fieldByLabel("Region").value).toBe("us-east-1");
    // The address stays as it was opened until the user changes something.
    expect(window.location.hash).toBe(address);

    await user.selectOptions(fieldByLabel("Language"), "ko");
    expect(within(screen.getByRole("alert")).getAllByRole("listitem")[3]?.textContent).toBe(
      "“zoom”은(는) 이 페이지의 설정이 아닙니다",
    );
    await user.click(within(screen.getByRole("alert")).getByRole("button", { name: "닫기" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a broken scenario in an explorer address says so on the explorer; its view still applies", async () => {
    openOn("#/explorer?s=1.broken&name=m5.large");
    renderSite("explorer");
    await findInstanceTable();
    const banner = screen.getByRole("alert");
    expect(banner.textContent).toContain("This link could not be opened. Your own scenario was kept.");
    expect(
      within(banner)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["The link is damaged: it may have been cut short or changed"]);
    expect(renderedNames()).toEqual(["m5.large"]);
    expect(usePlannerStore.getState().scenario).toEqual(defaultScenario);
  });

  test("the region chosen in the explorer is the planner's; Back keeps it, with the currency", async () => {
    const { user } = renderSite();
    await user.click(pageLink("Instance explorer"));
    await findInstanceTable();
    await user.selectOptions(fieldByLabel("Region"), "eu-west-1");
    await user.selectOptions(fieldByLabel("Currency"), "KRW");
    expect(usePlannerStore.getState().draft.cluster.region).toBe("eu-west-1");
    await waitFor(() => {
      expect(regionInAddress()).toBe("eu-west-1");
    });
    expect(window.location.hash).toMatch(/^#\/explorer\?s=[\w.-]+&region=eu-west-1$/);

    window.history.back();
    await waitFor(() => {
      expect(currentPage()).toBe("Planner");
    });
    expect(fieldByLabel("Region").value).toBe("eu-west-1");
    expect(fieldByLabel("Currency").value).toBe("KRW");
    // The planner's entry took the scenario as it is now, not as it was when the planner was left.
    expect(regionInAddress()).toBe("eu-west-1");
    expect(window.location.hash).toMatch(/^#s=[\w.-]+$/);
  });

  test("an address pasted into the tab opens its page with its view", async () => {
    renderSite();
    window.location.hash = "#/explorer?name=m5.large&uncapped=1";
    await findInstanceTable();
    expect(currentPage()).toBe("Instance explorer");
    expect(renderedNames()).toEqual(["m5.large"]);
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "No 110/250 ceiling" }).checked).toBe(true);
  });
});
