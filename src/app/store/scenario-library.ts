/**
 * The user's own scenarios, kept in this browser: the current one (autosaved after every valid
 * edit, restored on the next visit) and the ones saved by name.
 *
 * Nothing the user made is lost: whenever another scenario replaces the current one (a shared link,
 * a saved or imported scenario, Reset) while the current one is neither the default nor already
 * saved, it is saved first, marked as kept, and the planner offers to go back to it in one click.
 *
 * Scenarios are stored as share tokens (`encodeScenario`): compact, and read back with
 * `decodeScenario`, which validates and migrates them like any link. Storage can be refused (some
 * privacy modes, a full quota): the site then works for the visit and says that it cannot keep work.
 */
import {
  decodeScenario,
  defaultScenario,
  encodeScenario,
  type CoreIssue,
  type ParsedScenario,
  type Scenario,
} from "eksize";
import { create } from "zustand";
import { readStorage, writeStorage } from "./browser-storage.js";
import { usePlannerStore } from "./planner-store.js";

/** localStorage key of the current scenario's token. */
export const CURRENT_KEY = "eksize.scenario.current";
/** localStorage key of the saved scenarios (a JSON array of {@link SavedScenario}). */
export const SAVED_KEY = "eksize.scenarios.saved";
/** How long the autosave waits after the last valid edit, in ms. */
export const AUTOSAVE_DELAY_MS = 300;

/** Why a scenario was saved without the user asking: it was about to be replaced. */
export type KeptBecause = "link" | "open" | "import" | "reset";

/** One saved scenario. */
export interface SavedScenario {
  /** Stable id (names can repeat between a kept copy and the user's own). */
  readonly id: string;
  readonly name: string;
  /** When it was saved, ISO 8601. */
  readonly savedAt: string;
  /** The scenario as a share token. */
  readonly token: string;
  /** Set when eksize saved it to keep it from being replaced. */
  readonly keptBecause?: KeptBecause;
}

/** The library's state. */
export interface LibraryState {
  readonly saved: readonly SavedScenario[];
  /** The saved scenario that the last replacement kept: the planner offers to go back to it. */
  readonly kept: SavedScenario | null;
  /** The list before the last save, deletion or import, for Undo; null when there is nothing to undo. */
  readonly undo: { readonly saved: readonly SavedScenario[]; readonly action: "save" | "delete" | "import" } | null;
  /** Whether the browser refused to store (work is then kept for this visit only). */
  readonly storageRefused: boolean;
  /** Why the scenario of the last visit could not be restored; empty when it was, or there was none. */
  readonly restoreIssues: readonly CoreIssue[];
}

/** The state the site opens with: what storage holds. A function, so tests can reset the store. */
export function initialLibraryData(): LibraryState {
  return { saved: readSaved(), kept: null, undo: null, storageRefused: false, restoreIssues: [] };
}

/** The library store (a React hook; `useLibraryStore.getState()` outside React). */
export const useLibraryStore = create<LibraryState>()(initialLibraryData);

function isSavedScenario(value: unknown): value is SavedScenario {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === "string" &&
    typeof entry.name === "string" &&
    typeof entry.savedAt === "string" &&
    typeof entry.token === "string" &&
    (entry.keptBecause === undefined || ["link", "open", "import", "reset"].includes(entry.keptBecause as string))
  );
}

/** The saved scenarios in storage; entries that are not well formed are skipped, never thrown on. */
export function readSaved(): SavedScenario[] {
  const text = readStorage(SAVED_KEY);
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isSavedScenario) : [];
  } catch {
    return [];
  }
}

function setSaved(saved: readonly SavedScenario[], undo: LibraryState["undo"]): void {
  const stored = writeStorage(SAVED_KEY, JSON.stringify(saved));
  useLibraryStore.setState((state) => ({
    saved,
    undo,
    storageRefused: !stored,
    kept: state.kept !== null && saved.some((entry) => entry.id === state.kept?.id) ? state.kept : null,
  }));
}

let idCounter = 0;
function newId(): string {
  idCounter += 1;
  return `${Date.now().toString(36)}-${idCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The longest token kept in storage, in characters. Larger than a link may be (a scenario imported
 * from a big cluster makes a token over 100,000 characters, which no link opens): storage is the
 * only place such a scenario lives between visits. Its JSON stays bounded by `MAX_PAYLOAD_BYTES`.
 */
const MAX_STORED_TOKEN_LENGTH = 2_000_000;

/** A stored token read back: validated and migrated like a link, with the storage's length bound. */
function decodeStored(token: string): ReturnType<typeof decodeScenario> {
  return decodeScenario(token, { maxLength: MAX_STORED_TOKEN_LENGTH });
}

/** A scenario's token without a data date: two scenarios are the same when their tokens are. */
export function scenarioToken(scenario: Scenario): string {
  return encodeScenario(scenario);
}

/** A name not yet among the saved ones: `base`, else `base (2)`, `base (3)`... */
function freshName(base: string, saved: readonly SavedScenario[]): string {
  const names = new Set(saved.map((entry) => entry.name));
  let name = base;
  for (let suffix = 2; names.has(name); suffix++) name = `${base} (${suffix})`;
  return name;
}

/**
 * Saves the current scenario under `name` (which also becomes the scenario's own name). A saved
 * scenario of the same name is replaced, with Undo. Returns the entry.
 */
export function saveCurrent(name: string): SavedScenario {
  usePlannerStore.getState().rename(name);
  // The last valid scenario under the new name (the draft may be invalid elsewhere, and then keeps it).
  const scenario = { ...usePlannerStore.getState().scenario, name };
  const { saved } = useLibraryStore.getState();
  const existing = saved.find((entry) => entry.name === name && entry.keptBecause === undefined);
  const entry: SavedScenario = {
    id: existing?.id ?? newId(),
    name,
    savedAt: new Date().toISOString(),
    token: scenarioToken(scenario),
  };
  // Replacing a saved scenario can be undone; adding one can be deleted.
  if (existing === undefined) setSaved([...saved, entry], null);
  else
    setSaved(
      saved.map((e) => (e === existing ? entry : e)),
      { saved, action: "save" },
    );
  return entry;
}

/** Adds a copy of a saved scenario, named `<name> (2)` or the next free number. */
export function duplicateSaved(id: string): void {
  const { saved } = useLibraryStore.getState();
  const original = saved.find((entry) => entry.id === id);
  if (original === undefined) return;
  // A copy is the user's own, not one eksize kept.
  const copy: SavedScenario = {
    id: newId(),
    name: freshName(original.name, saved),
    savedAt: new Date().toISOString(),
    token: original.token,
  };
  setSaved([...saved, copy], null);
}

/** Deletes a saved scenario (Undo brings it back). */
export function deleteSaved(id: string): void {
  const { saved } = useLibraryStore.getState();
  setSaved(
    saved.filter((entry) => entry.id !== id),
    { saved, action: "delete" },
  );
}

/** Undoes the last save over a name, deletion or import. */
export function undoLibraryChange(): void {
  const { undo } = useLibraryStore.getState();
  if (undo !== null) setSaved(undo.saved, null);
}

/**
 * Makes `scenario` the current one, first keeping the current one when it is the user's own work:
 * not the default and not the same as the incoming one. When an identical scenario is already saved,
 * that entry is what the planner offers to go back to; otherwise it is saved, marked as kept.
 */
export function replaceScenario(scenario: Scenario, dataDate: string | null, because: KeptBecause): void {
  const current = usePlannerStore.getState().scenario;
  const currentToken = scenarioToken(current);
  if (currentToken !== scenarioToken(scenario) && currentToken !== scenarioToken(defaultScenario)) {
    const { saved } = useLibraryStore.getState();
    let entry = saved.find((candidate) => candidate.token === currentToken);
    if (entry === undefined) {
      entry = {
        id: newId(),
        name: current.name,
        savedAt: new Date().toISOString(),
        token: currentToken,
        keptBecause: because,
      };
      setSaved([...saved, entry], null);
    }
    useLibraryStore.setState({ kept: entry });
  }
  usePlannerStore.getState().loadScenario(scenario, dataDate);
}

/** Opens a saved scenario as the current one; its issues when it cannot be read (then nothing changes). */
export function openSaved(id: string): readonly CoreIssue[] {
  const entry = useLibraryStore.getState().saved.find((candidate) => candidate.id === id);
  if (entry === undefined) return [];
  const decoded = decodeStored(entry.token);
  if (!decoded.ok) return decoded.issues;
  replaceScenario(decoded.scenario, null, "open");
  return [];
}

/** A saved scenario read back, or its issues. */
export function savedScenario(
  entry: SavedScenario,
): { ok: true; scenario: Scenario } | { ok: false; issues: readonly CoreIssue[] } {
  const decoded = decodeStored(entry.token);
  return decoded.ok ? { ok: true, scenario: decoded.scenario } : decoded;
}

/** Forgets the offer to go back to the kept scenario (it stays saved). */
export function dismissKept(): void {
  useLibraryStore.setState({ kept: null });
}

/**
 * Imports a scenario file read with `parseScenarioJson` (as "Export JSON" writes it; the scenarios
 * page reads it, keeping the JSON reader out of the first script), validated like a link: on success
 * it is saved (named after the scenario, else the file) and opened; otherwise nothing changes and
 * the issues say what is wrong.
 */
export function importScenarioFile(parsed: ParsedScenario, fileName: string): readonly CoreIssue[] {
  if (!parsed.ok) return parsed.issues;
  const { saved } = useLibraryStore.getState();
  const base = parsed.scenario.name.trim() || fileName.replace(/(\.eksize)?\.json$/i, "") || "scenario";
  const name = freshName(base, saved);
  const scenario = { ...parsed.scenario, name };
  const entry: SavedScenario = { id: newId(), name, savedAt: new Date().toISOString(), token: scenarioToken(scenario) };
  setSaved([...saved, entry], { saved, action: "import" });
  replaceScenario(scenario, null, "import");
  return [];
}

/** The file name of a scenario's export: its name in lower-case words, e.g. `online-shop-production.eksize.json`. */
export function scenarioFileName(scenario: Scenario): string {
  const slug = scenario.name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${slug || "scenario"}.eksize.json`;
}

let autosaveTimer: ReturnType<typeof setTimeout> | undefined;

/** Writes the current scenario to storage now. */
export function autosaveNow(): void {
  clearTimeout(autosaveTimer);
  autosaveTimer = undefined;
  const stored = writeStorage(CURRENT_KEY, scenarioToken(usePlannerStore.getState().scenario));
  if (useLibraryStore.getState().storageRefused === stored) useLibraryStore.setState({ storageRefused: !stored });
}

/**
 * Restores the scenario of the last visit, then autosaves every valid change (debounced, and at
 * once when the page is hidden or closed). Also follows saves made in other tabs. Returns the
 * function that stops it. Run it before the share link starts, so a link opens over restored work.
 */
export function startLocalScenario(): () => void {
  const stored = readStorage(CURRENT_KEY);
  if (stored !== null) {
    const decoded = decodeStored(stored);
    if (decoded.ok) usePlannerStore.getState().loadScenario(decoded.scenario, null);
    else useLibraryStore.setState({ restoreIssues: decoded.issues });
  }
  useLibraryStore.setState({ saved: readSaved() });

  const unsubscribe = usePlannerStore.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(autosaveNow, AUTOSAVE_DELAY_MS);
  });
  const onPageHide = (): void => {
    if (autosaveTimer !== undefined) autosaveNow();
  };
  const onStorage = (event: StorageEvent): void => {
    if (event.key === SAVED_KEY) useLibraryStore.setState({ saved: readSaved() });
  };
  window.addEventListener("pagehide", onPageHide);
  window.addEventListener("storage", onStorage);
  return () => {
    unsubscribe();
    window.removeEventListener("pagehide", onPageHide);
    window.removeEventListener("storage", onStorage);
    clearTimeout(autosaveTimer);
    autosaveTimer = undefined;
  };
}
