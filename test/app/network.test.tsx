/**
 * The network page: the addresses of the default scenario per zone and node group, the advice and
 * the effects of setting changes; a bad CIDR shows the core's message and keeps the last valid
 * results; WARM_IP_TARGET changes the figures and the subnet fit; the network block reaches the share
 * link only once a network setting is edited.
 *
 * The default scenario (3 zones, secondary IPs, WARM_ENI_TARGET=1): zones 1 and 2 take 106 addresses
 * at the planned size and 226 during a rolling replacement, zone 3 45 and 165; with 25% headroom
 * zone 1 needs 283 (a /23). With WARM_IP_TARGET=5 zone 1 takes 61 and 123 and needs 154 (a /24).
 * Prefix delegation would change no node: CPU fills general's nodes first, memory batch-spot's.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { decodeScenario } from "eksize";
import { describe, expect, test } from "vitest";
import { NetworkPage } from "../../src/app/features/network/NetworkPage.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import { fieldByLabel, renderFeature, renderSite, type Rendered } from "./helpers.js";

const WARM_IP = "Warm IP addresses per node (WARM_IP_TARGET)";

/** Renders the network page alone, or in the whole site with `inSite`, and returns once its zones table is on screen. */
async function renderNetwork({ inSite = false } = {}): Promise<Rendered["user"]> {
  const { user } = inSite ? renderSite("network") : renderFeature(<NetworkPage />);
  await screen.findByTestId("zones-table");
  return user;
}

/** The text of a cell of a zone row (`zone-1-node`) or a node group row (`group-general`). */
function cellOf(row: string, column: string): string {
  const element = screen.getByTestId(row).querySelector(`[data-column="${column}"]`);
  if (element === null) throw new Error(`no ${column} cell in ${row}`);
  return element.textContent;
}

describe("the network page", () => {
  test("is in the navigation between the import and the explorer, and shows the default scenario's addresses", async () => {
    await renderNetwork({ inSite: true });
    const nav = screen.getByRole("navigation", { name: "Pages" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Planner", "Scenarios", "Import", "Network", "Instance explorer"]);
    expect(within(nav).getByRole("link", { name: "Network" }).getAttribute("aria-current")).toBe("page");
    expect(document.title).toBe("eksize: VPC addresses and subnets");

    expect([cellOf("zone-1-node", "planned"), cellOf("zone-1-node", "surge")]).toEqual(["106", "226"]);
    expect([cellOf("zone-2-node", "planned"), cellOf("zone-2-node", "surge")]).toEqual(["76", "196"]);
    expect([cellOf("zone-3-node", "planned"), cellOf("zone-3-node", "surge")]).toEqual(["45", "165"]);
    expect(cellOf("zone-1-node", "atMaxNodes")).toBe("unknown (no maximum size)");
    expect(cellOf("zone-1-node", "needed")).toBe("283 (for the rolling replacement)");
    expect(cellOf("zone-1-node", "proposed")).toBe("/23");
    expect(cellOf("zone-3-node", "proposed")).toBe("/24");
    expect(cellOf("zone-1-node", "fit")).toBe("No subnet given");
    expect([cellOf("group-general", "planned"), cellOf("group-general", "surge")]).toEqual(["120", "300"]);
    expect([cellOf("group-batch-spot", "planned"), cellOf("group-batch-spot", "surge")]).toEqual(["60", "240"]);

    const effects = within(screen.getByTestId("effects")).getAllByRole("listitem");
    expect(effects.map((item) => item.firstChild?.textContent)).toEqual([
      "WARM_IP_TARGET=5: 96 fewer addresses at the planned size, 276 fewer addresses during a rolling replacement",
      "prefix delegation on in every node group: 18 more addresses at the planned size, 54 more addresses during a rolling replacement",
      "general: CPU, not pod slots, limits these nodes (m6a.xlarge: 58 pods by IP addresses, 110 with prefixes; the busiest node runs 15)",
      "batch-spot: memory, not pod slots, limits these nodes (c6a.xlarge: 58 pods by IP addresses, 110 with prefixes; the busiest node runs 8)",
    ]);
    // Prefix delegation changes no node: each group says why, under the change.
    expect(effects[1]?.textContent).toMatch(/rolling replacement; the nodes stay as they are:general: CPU, /);
    screen.getByText("No problem found with the addresses or the subnets.");

    const chart = await screen.findByTestId("network-chart");
    expect(chart.getAttribute("aria-label")).toBe(
      "Addresses per zone: Zone 1: 27 used by pods, 57 warm, 22 other, 120 more at the largest demand; Zone 2: 12 used by pods, 44 warm, 20 other, 120 more at the largest demand; Zone 3: 7 used by pods, 21 warm, 17 other, 120 more at the largest demand",
    );
  });

  test("the headroom changes the needed size", async () => {
    const user = await renderNetwork();
    const headroom = fieldByLabel("Headroom above the largest demand");
    await user.clear(headroom);
    await user.type(headroom, "100");
    expect(cellOf("zone-1-node", "needed")).toBe("452 (for the rolling replacement)");
    screen.getByRole("columnheader", { name: "Needed with 100% headroom" });
  });

  test("a /24 that is tight, then fits with WARM_IP_TARGET=5; a bad CIDR keeps the last valid results", async () => {
    const user = await renderNetwork();
    await user.click(screen.getByRole("button", { name: "Add a subnet" }));
    await user.type(fieldByLabel("Availability zone, 1"), "us-east-1a");
    const cidr = fieldByLabel("CIDR, 1");
    await user.type(cidr, "10.0.1.5/24");
    expect(cidr.getAttribute("aria-invalid")).toBe("true");
    expect(
      screen.getAllByText("“10.0.1.5/24” is not the start of its block: did you mean 10.0.1.0/24?").length,
    ).toBeGreaterThan(0);
    screen.getByText("Showing the last valid plan.");
    // The last valid scenario (no subnets) stays.
    expect(cellOf("zone-1-node", "planned")).toBe("106");
    expect(cellOf("zone-1-node", "fit")).toBe("No subnet given");

    await user.clear(cidr);
    await user.type(cidr, "10.0.0.0/24");
    expect(cidr.getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByTestId("zone-1-node").querySelector("th")?.textContent).toBe("us-east-1a Nodes");
    expect([cellOf("zone-1-node", "usable"), cellOf("zone-1-node", "free")]).toEqual(["251", "251"]);
    expect([cellOf("zone-1-node", "fit"), cellOf("zone-2-node", "fit")]).toEqual(["Tight", "Missing"]);
    screen.getByText("Zone 2 has no node subnet; it needs 196 addresses");
    const chart = await screen.findByTestId("network-chart");
    expect(chart.getAttribute("aria-label")).toMatch(
      /^Addresses per zone: us-east-1a: 27 used by pods, 57 warm, 22 other, 120 more at the largest demand, 25 free: Tight; Zone 2: 12 used by pods, 44 warm, 20 other, 120 more at the largest demand, 196 more than the subnets hold: Missing; /,
    );

    const warmIp = fieldByLabel(WARM_IP);
    expect(warmIp.value).toBe("");
    await user.type(warmIp, "5");
    expect([cellOf("zone-1-node", "planned"), cellOf("zone-1-node", "surge")]).toEqual(["59", "119"]);
    expect(cellOf("zone-1-node", "needed")).toBe("149 (for the rolling replacement)");
    expect(cellOf("zone-1-node", "fit")).toBe("Fits");
    screen.getByText("Zone 2 has no node subnet; it needs 102 addresses");
  });

  test("a /24 per zone: the Fit column, the advice and the chart give one verdict per zone", async () => {
    const user = await renderNetwork();
    for (const [index, zone] of ["us-east-1a", "us-east-1b", "us-east-1c"].entries()) {
      await user.click(screen.getByRole("button", { name: "Add a subnet" }));
      await user.type(fieldByLabel(`Availability zone, ${index + 1}`), zone);
      await user.type(fieldByLabel(`CIDR, ${index + 1}`), `10.0.${index}.0/24`);
    }
    // 226 addresses in a rolling replacement fit in a /24's 251, but not 283 (25% headroom); 196 and 245,
    // 165 and 207 do.
    const fits = ["zone-1-node", "zone-2-node", "zone-3-node"].map((row) => [
      cellOf(row, "fit"),
      cellOf(row, "needed"),
      cellOf(row, "free"),
      screen.getByTestId(row).querySelector('[data-column="fit"]')?.className,
    ]);
    expect(fits).toEqual([
      ["Tight", "283 (for the rolling replacement)", "251", "text verdict tight"],
      ["Fits", "245 (for the rolling replacement)", "251", "text verdict fits"],
      ["Fits", "207 (for the rolling replacement)", "251", "text verdict fits"],
    ]);
    expect(screen.queryByText("No problem found with the addresses or the subnets.")).toBeNull();
    expect(
      within(screen.getByTestId("network-advice"))
        .getAllByRole("listitem")
        .map((item) => [item.className, item.textContent]),
    ).toEqual([
      [
        "finding warning",
        "Warning Zone us-east-1a, node subnet: the 226 addresses needed during a rolling replacement fit in the 251 free, but not with 25% headroom (283): choose a larger subnet to leave room to grow",
      ],
    ]);
    const chart = await screen.findByTestId("network-chart");
    expect(chart.getAttribute("aria-label")).toBe(
      "Addresses per zone: us-east-1a: 27 used by pods, 57 warm, 22 other, 120 more at the largest demand, 25 free: Tight; us-east-1b: 12 used by pods, 44 warm, 20 other, 120 more at the largest demand, 55 free: Fits; us-east-1c: 7 used by pods, 21 warm, 17 other, 120 more at the largest demand, 86 free: Fits",
    );

    // 100 addresses already used in us-east-1a: too small there, a problem rather than a warning.
    const used = fieldByLabel("Addresses already used, 1");
    await user.clear(used);
    await user.type(used, "100");
    expect(cellOf("zone-1-node", "fit")).toBe("Too small");
    expect(within(screen.getByTestId("network-advice")).getAllByRole("listitem")[0]?.textContent).toBe(
      "Problem Zone us-east-1a, node subnet: 226 addresses needed (during a rolling replacement), 151 free",
    );
    expect(chart.getAttribute("aria-label")).toMatch(
      /^Addresses per zone: us-east-1a: 27 used by pods, 57 warm, 22 other, 120 more at the largest demand, 75 more than the subnets hold: Too small; /,
    );
  });

  test("MINIMUM_IP_TARGET alone is refused in words at the CNI settings", async () => {
    const user = await renderNetwork();
    await user.type(fieldByLabel("Minimum IP addresses per node (MINIMUM_IP_TARGET)"), "10");
    const item = screen.getByText(/does not accept these settings together/);
    expect(item.textContent).toBe(
      "VPC CNI settings: The VPC CNI does not accept these settings together (MINIMUM_IP_TARGET needs WARM_IP_TARGET)",
    );
    expect(cellOf("zone-1-node", "planned")).toBe("106");
  });

  test("the network block reaches the share link only after a network setting is edited", async () => {
    // The share link is started by the site.
    const user = await renderNetwork({ inSite: true });
    expect(window.location.hash).toBe("#/network");
    // Another edit writes the link: the scenario still has no network block.
    usePlannerStore.getState().rename("edited");
    await waitFor(() => {
      expect(window.location.hash).toMatch(/^#\/network\?s=2\./);
    });
    const before = decodeScenario(window.location.hash);
    expect(before.ok && before.scenario.name).toBe("edited");
    expect(before.ok && "network" in before.scenario).toBe(false);

    const written = window.location.hash;
    await user.type(fieldByLabel(WARM_IP), "5");
    await waitFor(() => {
      expect(window.location.hash).not.toBe(written);
    });
    const after = decodeScenario(window.location.hash);
    expect(after.ok && after.scenario.network).toEqual({
      cni: { warmEniTarget: 1, warmIpTarget: 5, minimumIpTarget: null, warmPrefixTarget: 1, maxEni: null },
      securityGroupWorkloads: [],
      subnets: [],
    });
  });
});
