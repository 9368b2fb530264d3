/**
 * The user's own scenarios: autosave and restore, a link or another scenario never replacing
 * unsaved work without keeping it, saving by name, duplicate, delete with Undo, JSON export and
 * import (validated like a link), storage the browser refuses, and scenario A against B.
 */
import { deflateSync } from "node:zlib";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  decodeScenario,
  defaultScenario,
  encodeScenario,
  parseScenarioJson,
  scenarioJsonText,
  type Scenario,
} from "eksize";
import { afterEach, describe, expect, test, vi } from "vitest";
import { LocalWorkNotices } from "../../src/app/features/planner/LocalWorkNotices.js";
import { ScenariosPage } from "../../src/app/features/scenarios/ScenariosPage.js";
import { usePlannerStore } from "../../src/app/store/planner-store.js";
import {
  autosaveNow,
  CURRENT_KEY,
  deleteSaved,
  duplicateSaved,
  importScenarioFile,
  readSaved,
  replaceScenario,
  SAVED_KEY,
  saveCurrent,
  scenarioFileName,
  startLocalScenario,
  undoLibraryChange,
  useLibraryStore,
} from "../../src/app/store/scenario-library.js";
import { startShareLink } from "../../src/app/store/share-link.js";
import { manyWorkloadsScenario } from "../support/scenario.js";
import { fieldByLabel } from "./helpers.js";

/** The default scenario with web-frontend's replicas changed. */
function withReplicas(replicas: number, name = defaultScenario.name): Scenario {
  return {
    ...defaultScenario,
    name,
    workloads: defaultScenario.workloads.map((workload, index) => (index === 0 ? { ...workload, replicas } : workload)),
  };
}

/** web-frontend's replicas in a stored token; null when the token does not decode. */
function replicasIn(token: string | null | undefined): number | null {
  const decoded = decodeScenario(token ?? "");
  return decoded.ok ? (decoded.scenario.workloads[0]?.replicas ?? null) : null;
}

function currentReplicas(): number | undefined {
  return usePlannerStore.getState().scenario.workloads[0]?.replicas;
}

/** Edits web-frontend's replicas through the planner store, as the editor does. */
function editReplicas(replicas: number): void {
  usePlannerStore.getState().updateWorkload("w0", { replicas: String(replicas) });
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("autosave", () => {
  test("a valid edit is saved after a short delay and comes back on the next visit", () => {
    vi.useFakeTimers();
    stops.push(startLocalScenario());
    editReplicas(9);
    expect(localStorage.getItem(CURRENT_KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    const stored = localStorage.getItem(CURRENT_KEY)!;
    expect(replicasIn(stored)).toBe(9);

    // A new visit: the store starts on the default, then restores.
    for (const stop of stops.splice(0)) stop();
    usePlannerStore.getState().loadScenario(defaultScenario, null);
    stops.push(startLocalScenario());
    expect(currentReplicas()).toBe(9);
  });

  test("a scenario too large for a link is stored and comes back all the same", () => {
    const large = manyWorkloadsScenario(5000);
    stops.push(startLocalScenario());
    usePlannerStore.getState().loadScenario(large, null);
    autosaveNow();
    expect(localStorage.getItem(CURRENT_KEY)!.length).toBeGreaterThan(100_000);

    for (const stop of stops.splice(0)) stop();
    usePlannerStore.getState().loadScenario(defaultScenario, null);
    stops.push(startLocalScenario());
    expect(usePlannerStore.getState().scenario).toEqual(large);
    expect(useLibraryStore.getState().restoreIssues).toEqual([]);
  });

  test("a scenario kept by an earlier eksize (a format-1 token) comes back, and is kept in format 2 after an edit", () => {
    // Format 1: zlib (RFC 1950) of the JSON payload, base64url (src/core/scenario/share.ts).
    const format1 = `1.${deflateSync(JSON.stringify({ s: withReplicas(12) })).toString("base64url")}`;
    localStorage.setItem(CURRENT_KEY, format1);
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify([{ id: "a", name: "Kept in 0.2.0", savedAt: "2026-11-28T00:00:00Z", token: format1 }]),
    );
    vi.useFakeTimers();
    stops.push(startLocalScenario());
    expect(currentReplicas()).toBe(12);
    expect(useLibraryStore.getState().restoreIssues).toEqual([]);
    expect(replicasIn(readSaved()[0]?.token)).toBe(12);

    editReplicas(13);
    vi.advanceTimersByTime(300);
    expect(localStorage.getItem(CURRENT_KEY)).toMatch(/^2\./);
    expect(replicasIn(localStorage.getItem(CURRENT_KEY))).toBe(13);
  });

  test("closing the tab writes a pending edit at once", () => {
    vi.useFakeTimers();
    stops.push(startLocalScenario());
    editReplicas(11);
    window.dispatchEvent(new Event("pagehide"));
    expect(replicasIn(localStorage.getItem(CURRENT_KEY))).toBe(11);
  });

  test("an unreadable stored scenario is reported, and the default opens", () => {
    localStorage.setItem(CURRENT_KEY, "1.not-a-token");
    stops.push(startLocalScenario());
    expect(usePlannerStore.getState().scenario).toEqual(defaultScenario);
    expect(useLibraryStore.getState().restoreIssues.map((issue) => issue.code)).toEqual(["link-corrupt"]);
    render(<LocalWorkNotices />);
    expect(screen.getByRole("alert").textContent).toBe(
      "The scenario of your last visit could not be restored:The link is damaged: it may have been cut short or changed",
    );
  });

  test("storage the browser refuses is said once, and the planner keeps working", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("quota", "QuotaExceededError");
    });
    editReplicas(7);
    autosaveNow();
    expect(useLibraryStore.getState().storageRefused).toBe(true);
    expect(currentReplicas()).toBe(7);
    render(<LocalWorkNotices />);
    expect(screen.getByRole("alert").textContent).toContain("your work lasts only while this page is open");
  });

  test("a damaged saved list is read as far as it is well formed, never thrown on", () => {
    localStorage.setItem(SAVED_KEY, "{not json");
    expect(readSaved()).toEqual([]);
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify([{ id: "a", name: "ok", savedAt: "2026-11-28T00:00:00Z", token: "1.x" }, { id: 3 }, null]),
    );
    expect(readSaved().map((entry) => entry.name)).toEqual(["ok"]);
  });
});

describe("nothing is lost when another scenario replaces the current one", () => {
  test("opening a link over local work keeps both: the link opens, the previous one is one click away", async () => {
    const user = userEvent.setup();
    usePlannerStore.getState().loadScenario(withReplicas(12, "My cluster"), null);
    window.history.replaceState(null, "", `#s=${encodeScenario(withReplicas(40, "Shared"))}`);
    stops.push(startShareLink());
    expect(currentReplicas()).toBe(40);

    const { saved, kept } = useLibraryStore.getState();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: "My cluster", keptBecause: "link" });
    expect(kept?.id).toBe(saved[0]?.id);

    render(<LocalWorkNotices />);
    const notice = screen.getByRole("status");
    expect(notice.textContent).toContain(
      "Your previous scenario, “My cluster”, was saved in this browser before this one opened.",
    );
    await user.click(within(notice).getByRole("button", { name: "Back to “My cluster”" }));
    expect(currentReplicas()).toBe(12);
    // Going back kept the link's scenario in turn.
    expect(useLibraryStore.getState().saved.map((entry) => [entry.name, entry.keptBecause])).toEqual([
      ["My cluster", "link"],
      ["Shared", "open"],
    ]);
    expect(screen.getByRole("button", { name: "Back to “Shared”" })).toBeTruthy();
  });

  test("the untouched example is not kept, nor a scenario already saved", () => {
    replaceScenario(withReplicas(3), null, "link");
    expect(useLibraryStore.getState().saved).toEqual([]);
    expect(useLibraryStore.getState().kept).toBeNull();

    const entry = saveCurrent("Mine");
    replaceScenario(withReplicas(20), null, "link");
    expect(useLibraryStore.getState().saved).toEqual([entry]);
    expect(useLibraryStore.getState().kept).toEqual(entry);
  });

  test("opening the same scenario as the current one keeps nothing", () => {
    usePlannerStore.getState().loadScenario(withReplicas(12), null);
    replaceScenario(withReplicas(12), "2026-09-20", "link");
    expect(useLibraryStore.getState().saved).toEqual([]);
  });
});

describe("saved scenarios", () => {
  test("save by name, save again over the name with Undo, duplicate, delete with Undo", () => {
    editReplicas(5);
    const first = saveCurrent("Plan A");
    expect(usePlannerStore.getState().scenario.name).toBe("Plan A");
    editReplicas(8);
    saveCurrent("Plan A");
    expect(useLibraryStore.getState().saved).toHaveLength(1);
    expect(replicasIn(useLibraryStore.getState().saved[0]?.token)).toBe(8);
    undoLibraryChange();
    expect(useLibraryStore.getState().saved).toEqual([first]);

    duplicateSaved(first.id);
    duplicateSaved(first.id);
    expect(useLibraryStore.getState().saved.map((entry) => entry.name)).toEqual(["Plan A", "Plan A (2)", "Plan A (3)"]);
    deleteSaved(first.id);
    expect(useLibraryStore.getState().saved.map((entry) => entry.name)).toEqual(["Plan A (2)", "Plan A (3)"]);
    undoLibraryChange();
    expect(useLibraryStore.getState().saved.map((entry) => entry.name)).toEqual(["Plan A", "Plan A (2)", "Plan A (3)"]);
    // Stored, so another visit sees them.
    expect(readSaved()).toEqual(useLibraryStore.getState().saved);
  });

  test("the page lists saved scenarios, opens one, and names stay text (no markup runs)", async () => {
    const user = userEvent.setup();
    usePlannerStore.getState().loadScenario(withReplicas(4, "<img src=x onerror=alert(1)>"), null);
    saveCurrent("<img src=x onerror=alert(1)>");
    editReplicas(30);
    const { container } = render(<ScenariosPage />);
    const table = screen.getByRole("table", { name: "Saved in this browser" });
    expect(within(table).getByRole("rowheader").textContent).toBe("<img src=x onerror=alert(1)>");
    expect(container.querySelector("img")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Open <img src=x onerror=alert(1)>" }));
    expect(currentReplicas()).toBe(4);
  });
});

describe("JSON files", () => {
  test("an export reads back as the same scenario, under a file name made from its name", () => {
    const scenario = withReplicas(6, "Online shop, production");
    const parsed = parseScenarioJson(scenarioJsonText(scenario));
    expect(parsed).toEqual({ ok: true, scenario });
    expect(scenarioFileName(scenario)).toBe("online-shop-production.eksize.json");
    expect(scenarioFileName({ ...scenario, name: "  " })).toBe("scenario.eksize.json");
    expect(scenarioFileName({ ...scenario, name: "서울 운영" })).toBe("서울-운영.eksize.json");
  });

  test("an import is saved and opened; a bad file changes nothing and says exactly what is wrong", () => {
    usePlannerStore.getState().loadScenario(withReplicas(12, "Mine"), null);
    expect(
      importScenarioFile(parseScenarioJson('{"version": 1,\n  "name": }'), "broken.json").map((issue) => issue.params),
    ).toEqual([{ position: 25, line: 2, column: 11, found: "}" }]);
    expect(
      importScenarioFile(parseScenarioJson(JSON.stringify({ ...withReplicas(3), region: 5 })), "bad.json").map(
        (issue) => issue.path,
      ),
    ).toEqual(["region"]);
    expect(currentReplicas()).toBe(12);
    expect(useLibraryStore.getState().saved).toEqual([]);

    expect(
      importScenarioFile(parseScenarioJson(scenarioJsonText(withReplicas(2, ""))), "team-plan.eksize.json"),
    ).toEqual([]);
    expect(currentReplicas()).toBe(2);
    expect(useLibraryStore.getState().saved.map((entry) => [entry.name, entry.keptBecause])).toEqual([
      ["team-plan", undefined],
      ["Mine", "import"],
    ]);
  });

  test("the page shows an import's problems and keeps the user's scenario", async () => {
    const user = userEvent.setup();
    render(<ScenariosPage />);
    const file = new File(['{"version": 1, "workloads": [{"name": "web", "replicas": -1}]}'], "plan.json", {
      type: "application/json",
    });
    await user.upload(fieldByLabel("Import a scenario (JSON)"), file);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This file could not be imported.");
    expect(
      within(alert)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Region: Required",
      "Replicas of workload 1: -1 is less than the minimum, 0",
      "CPU request of workload 1: Required",
      "Memory request of workload 1: Required",
    ]);
    expect(usePlannerStore.getState().scenario).toEqual(defaultScenario);
  });
});

describe("scenario A against scenario B", () => {
  test("the inputs that differ and the figures side by side, differences marked", async () => {
    const user = userEvent.setup();
    usePlannerStore.getState().loadScenario(withReplicas(30, "Bigger"), null);
    saveCurrent("Bigger");
    usePlannerStore.getState().loadScenario(defaultScenario, null);
    render(<ScenariosPage />);
    await user.selectOptions(fieldByLabel("Scenario A"), "current");
    await user.selectOptions(fieldByLabel("Scenario B"), "Bigger");

    const inputs = screen.getByRole("table", { name: "2 inputs differ" });
    expect(
      within(inputs)
        .getAllByRole("row")
        .slice(1)
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    ).toEqual([
      ["name changed", "Online shop, production", "Bigger"],
      ["workloads › web-frontend › replicas changed", "6", "30"],
    ]);

    const figures = screen.getByRole("table", { name: "The two plans side by side (money per month)" });
    const row = (label: string) => within(figures).getByRole("rowheader", { name: label }).closest("tr")!;
    expect([...row("Nodes").children].map((cell) => cell.textContent)).toEqual(["Nodes", "6", "8", "+2"]);
    expect(row("Nodes").className).toBe("differs");
    expect(row("Control plane").className).toBe("");
    expect(row("Control plane").lastElementChild?.textContent).toBe("same");
  });
});
