/**
 * Share links in the planner: a link in the hash opens its scenario; a tampered, truncated or
 * too-new link shows what is wrong and keeps the default plan; valid edits are written back to the
 * hash with replaceState; a link made with older data says so; Copy link copies the address.
 *
 * The default scenario's figures are those of planner.test.tsx: "general" 4 nodes, $686.40; with
 * web-frontend (workload 0) at 30 replicas, 6 nodes and $880.05. The newest `asOf` of the bundled
 * sources is 2026-09-20.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { decodeScenario, defaultScenario, encodeScenario, type Scenario } from "eksize";
import { dataDate, newestDataDate } from "eksize/data";
import type { ReactNode } from "react";
import { afterEach, describe, expect, onTestFinished, test, vi } from "vitest";
import { CopyLinkButton } from "../../src/app/features/planner/ShareLink.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import {
  hashWithToken,
  hashWithoutToken,
  isOlderData,
  startShareLink,
  tokenInHash,
  WRITE_DELAY_MS,
} from "../../src/app/store/share-link.js";
import { startSiteAddress } from "../../src/app/store/site-address.js";
import { manyWorkloadsScenario } from "../support/scenario.js";
import { fieldByLabel, renderFeature, renderPlanner, type Rendered } from "./helpers.js";

/** The default scenario with web-frontend's replicas changed. */
function withReplicas(replicas: number): Scenario {
  return {
    ...defaultScenario,
    workloads: defaultScenario.workloads.map((workload, index) => (index === 0 ? { ...workload, replicas } : workload)),
  };
}

/** Puts a hash in the address without a history entry or a hashchange, as a page opened on it. */
function openOn(hash: string): void {
  window.history.replaceState(null, "", `${window.location.pathname}${hash}`);
}

function nodesOf(group: string): string {
  const card = screen.getByRole("article", { name: new RegExp(`^${group}:`) });
  const summary = [...card.querySelectorAll("summary")].find(
    (candidate) => candidate.querySelector(".traced-label")?.textContent === "Nodes",
  );
  return summary?.querySelector(".figure")?.textContent ?? "";
}

function total(): string {
  return screen.getByTestId("total").textContent;
}

function replicasField(): HTMLInputElement {
  return fieldByLabel("Replicas, web-frontend");
}

/**
 * Opens the planner as the site does: the share link started (it reads the hash, then writes valid
 * edits back), then the planner's share link parts, workloads and plan (see `renderPlanner`), or only
 * `feature` when given.
 */
function openPlanner(feature?: ReactNode): Rendered {
  onTestFinished(startShareLink());
  return feature === undefined ? renderPlanner() : renderFeature(feature);
}

/**
 * Waits past the share link's write delay, for a test that checks that nothing was written: a write
 * scheduled before the wait has happened by its end however slow the machine (timers fire in order).
 */
function pastTheWriteDelay(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, WRITE_DELAY_MS * 2));
}

/** The banner's issues, as shown. */
function bannerIssues(): string[] {
  const banner = screen.getByRole("alert");
  return within(banner)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("share link helpers", () => {
  test("the data date is the newest valid asOf, a longer date cut to its first 10 characters", () => {
    expect(newestDataDate(["2026-05", "2026-08-11", "2026", "2025-12-31T10:00:00Z"])).toBe("2026-08-11");
    expect(newestDataDate(["2026-09-30T00:00Z", "2026-09"])).toBe("2026-09-30");
    expect(newestDataDate(["2026", "soon"])).toBeNull();
    // The dataset's own: data/sources.json's newest asOf (the ELB rates, transcribed 2026-09-20).
    expect(dataDate).toBe("2026-09-20");
  });

  test("a link's data is older only when it is older at the coarser precision", () => {
    expect(isOlderData("2025-06", "2026-08-11")).toBe(true);
    expect(isOlderData("2026-08", "2026-08-11")).toBe(false);
    expect(isOlderData("2026-08-10", "2026-08-11")).toBe(true);
    expect(isOlderData("2026-09-20", "2026-09-20")).toBe(false);
  });

  test("the token is read from and written to the s parameter, other parameters kept", () => {
    expect(tokenInHash("#s=1.abc&lang=ko")).toBe("1.abc");
    expect(tokenInHash("#lang=ko&s=")).toBe("");
    expect(tokenInHash("#planner-results")).toBeNull();
    expect(tokenInHash("#/network?s=1.abc")).toBe("1.abc");
    expect(tokenInHash("#/explorer?region=eu-west-1")).toBeNull();
    expect(hashWithToken("#/explorer?region=eu-west-1&s=1.old", "1.new")).toBe("#/explorer?region=eu-west-1&s=1.new");
    expect(hashWithToken("#/network", "1.new")).toBe("#/network?s=1.new");
    expect(hashWithoutToken("#/network?s=1.old")).toBe("#/network");
    expect(hashWithToken("#lang=ko&s=1.old", "1.new")).toBe("#lang=ko&s=1.new");
    expect(hashWithToken("#lang=ko", "1.new")).toBe("#s=1.new&lang=ko");
    expect(hashWithToken("", "1.new")).toBe("#s=1.new");
    expect(hashWithoutToken("#lang=ko&s=1.old")).toBe("#lang=ko");
    expect(hashWithoutToken("#s=1.old")).toBe("");
    expect(hashWithoutToken("")).toBe("");
  });
});

describe("share links in the planner", () => {
  test("opening with a valid link loads its scenario", () => {
    openOn(`#s=${encodeScenario(withReplicas(30), { dataDate: "2026-09-20" })}`);
    openPlanner();
    expect(replicasField().value).toBe("30");
    expect(nodesOf("general")).toBe("6 (4 on-demand, 2 Spot)");
    expect(total()).toBe("$880.05");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("note")).toBeNull();
  });

  test("a link pasted into the same tab (a hashchange) loads its scenario", async () => {
    openPlanner();
    onTestFinished(startSiteAddress());
    expect(total()).toBe("$686.40");
    window.location.hash = `#s=${encodeScenario(withReplicas(30))}`;
    await waitFor(() => {
      expect(total()).toBe("$880.05");
    });
    expect(replicasField().value).toBe("30");
  });

  test("a tampered link shows the banner with the damage and keeps the default plan", () => {
    const token = encodeScenario(withReplicas(30));
    const middle = Math.floor(token.length / 2);
    const tampered = `${token.slice(0, middle)}${token[middle] === "A" ? "B" : "A"}${token.slice(middle + 1)}`;
    openOn(`#s=${tampered}`);
    openPlanner();
    expect(screen.getByRole("alert").textContent).toContain(
      "This link could not be opened. Your own scenario was kept.",
    );
    expect(bannerIssues()).toEqual(["The link is damaged: it may have been cut short or changed"]);
    expect(replicasField().value).toBe("6");
    expect(total()).toBe("$686.40");
  });

  test("a truncated link shows the banner and keeps the default plan", () => {
    const token = encodeScenario(withReplicas(30));
    openOn(`#s=${token.slice(0, token.length - 8)}`);
    openPlanner();
    expect(bannerIssues()).toEqual(["The link is damaged: it may have been cut short or changed"]);
    expect(nodesOf("general")).toBe("4 (3 on-demand, 1 Spot)");
    expect(total()).toBe("$686.40");
  });

  test("a link of a newer format shows the banner and keeps the default plan", () => {
    const token = encodeScenario(withReplicas(30));
    openOn(`#s=3.${token.slice(2)}`);
    openPlanner();
    expect(bannerIssues()).toEqual(["This link was made by a newer eksize (link format 3; this one reads up to 2)"]);
    expect(total()).toBe("$686.40");
  });

  test("a link with a bad value names its field and value, in Korean too", async () => {
    openOn(`#s=${encodeScenario(withReplicas(-1))}`);
    const { user } = openPlanner();
    expect(bannerIssues()).toEqual(["Replicas of workload 1: -1 is less than the minimum, 0"]);
    expect(replicasField().value).toBe("6");
    await user.selectOptions(fieldByLabel("Language"), "ko");
    expect(screen.getByRole("alert").textContent).toContain(
      "이 링크를 열 수 없습니다. 사용자의 시나리오는 그대로 유지했습니다.",
    );
    expect(bannerIssues()).toEqual(["워크로드 1의 레플리카: -1은(는) 최솟값 0보다 작습니다"]);
  });

  test("the broken link stays in the address bar until the user edits, and the banner can be dismissed", async () => {
    openOn("#s=1.broken");
    const { user } = openPlanner();
    expect(bannerIssues()).toEqual(["The link is damaged: it may have been cut short or changed"]);
    await pastTheWriteDelay();
    expect(window.location.hash).toBe("#s=1.broken");

    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(window.location.hash).toBe("#s=1.broken");

    await user.clear(replicasField());
    await user.type(replicasField(), "30");
    // The link is rewritten after a pause in typing: on a slow machine once after "3", then after "30".
    await waitFor(() => {
      const decoded = decodeScenario(window.location.hash);
      expect(decoded.ok && decoded.scenario.workloads[0]?.replicas).toBe(30);
    });
  });

  test("editing writes the hash with replaceState, and the hash decodes to the edited scenario", async () => {
    const replaceState = vi.spyOn(window.history, "replaceState");
    const pushState = vi.spyOn(window.history, "pushState");
    const { user } = openPlanner();
    const entries = window.history.length;
    expect(window.location.hash).toBe("");

    await user.clear(replicasField());
    await user.type(replicasField(), "30");
    await waitFor(() => {
      expect(window.location.hash).toMatch(/^#s=2\./);
    });
    expect(replaceState).toHaveBeenCalled();
    expect(pushState).not.toHaveBeenCalled();
    expect(window.history.length).toBe(entries);
    const decoded = decodeScenario(window.location.hash.slice(3));
    expect(decoded).toEqual({ ok: true, scenario: withReplicas(30), dataDate: "2026-09-20" });
    expect(total()).toBe("$880.05");
  });

  test("an invalid edit does not change the hash: it keeps the last valid scenario", async () => {
    const { user } = openPlanner();
    await user.clear(replicasField());
    await user.type(replicasField(), "30");
    // The hash of 30 replicas, not of the "3" typed on the way (its write may still be pending).
    await waitFor(() => {
      const decoded = decodeScenario(tokenInHash(window.location.hash) ?? "");
      expect(decoded.ok && decoded.scenario.workloads[0]?.replicas).toBe(30);
    });
    const written = window.location.hash;
    await user.clear(replicasField());
    await user.type(replicasField(), "-1");
    await pastTheWriteDelay();
    expect(window.location.hash).toBe(written);
  });

  test("other hash parameters are kept when the hash is written", async () => {
    openOn("#lang=ko");
    const { user } = openPlanner();
    await user.clear(replicasField());
    await user.type(replicasField(), "30");
    await waitFor(() => {
      expect(window.location.hash).toMatch(/^#s=2\.[\w-]+&lang=ko$/);
    });
  });

  test("a link made with older data says so", () => {
    openOn(`#s=${encodeScenario(withReplicas(30), { dataDate: "2025-06" })}`);
    openPlanner();
    expect(screen.getByRole("note").textContent).toBe(
      "This link was made with data from 2025-06; prices shown are from 2026-09-20.",
    );
    expect(total()).toBe("$880.05");
  });

  test("Copy link puts the page's address with the scenario on the clipboard", async () => {
    openOn(`#s=${encodeScenario(withReplicas(30), { dataDate: "2025-06" })}`);
    const { user } = openPlanner(<CopyLinkButton />);
    // After user-event's setup, which puts a clipboard stub of its own on the navigator.
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(await screen.findByText("Link copied")).toBeTruthy();
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]?.[0] ?? "";
    expect(copied).toBe(window.location.href);
    expect(decodeScenario(copied)).toEqual({ ok: true, scenario: withReplicas(30), dataDate: "2026-09-20" });
  });

  test("a scenario too large for a link is not put in the address: Copy link says so and how to share it", async () => {
    openOn(`#s=${encodeScenario(withReplicas(30))}&lang=en`);
    const large = manyWorkloadsScenario(5000);
    usePlannerStore.getState().loadScenario(large, null);
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    // The button alone: the planner's editors for 5,000 workloads are not what this test is about.
    render(<CopyLinkButton />);
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    const length = encodeScenario(large, { dataDate: "2026-09-20" }).length;
    expect(screen.getByRole("status").textContent).toBe(
      `This scenario is too large for a link (${length.toLocaleString("en-US")} characters; a link holds 100,000). ` +
        "It is kept in this browser; to share it, export it as a file on the Scenarios page.",
    );
    expect(writeText).not.toHaveBeenCalled();
    // The old link is gone from the address, the other parameters stay.
    expect(window.location.hash).toBe("#lang=en");
  });

  test("without a clipboard, Copy link shows the link in a selected read-only field", async () => {
    const { user } = openPlanner(<CopyLinkButton />);
    // After user-event's setup, which puts a clipboard stub of its own on the navigator.
    const writeText = vi.fn(() => Promise.reject(new Error("denied")));
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    const field = await screen.findByLabelText<HTMLInputElement>("Copy this link:");
    expect(field.readOnly).toBe(true);
    expect(field.value).toBe(window.location.href);
    expect(field.value).toMatch(/#s=2\./);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    expect(screen.queryByText("Link copied")).toBeNull();
  });
});
