/**
 * Share links: the planner's last valid scenario lives in the URL hash as `#s=<token>`, the token
 * made by the core's `encodeScenario` (versioned and compressed) with the data snapshot date.
 *
 * On start, and when a link is pasted into the same tab (`hashchange`), the hash is read with
 * `decodeScenario`, which never throws: a valid link becomes the planner's scenario; a broken one
 * leaves the user's scenario as it is and puts its issues in the store for a banner.
 *
 * Each change of the last valid scenario is written back, debounced, with `history.replaceState`,
 * so typing adds no history entries. Nothing is written when a link is opened (the address bar keeps
 * the link as it was made, with its data date) nor while a broken link's banner shows until the user
 * changes the scenario: the broken link stays in the address bar to be looked at. Copy link writes at once.
 */
import { decodeScenario, encodeScenario, MAX_LINK_LENGTH } from "eksize";
import { dataDate } from "eksize/data";
import { usePlannerStore } from "./planner-store.js";
import { replaceScenario } from "./scenario-library.js";

/** How long the hash waits after the last valid edit before it is written, in ms. */
export const WRITE_DELAY_MS = 150;

/**
 * Whether a link's data date is older than the current one, compared at the coarser of the two
 * precisions (`2026-08` is not older than `2026-08-11`).
 */
export function isOlderData(linkDate: string, currentDate: string): boolean {
  const length = Math.min(linkDate.length, currentDate.length);
  return linkDate.slice(0, length) < currentDate.slice(0, length);
}

/** The value of the `s=` parameter of a hash (`#s=1.x&lang=ko`), or null when it has none. */
export function tokenInHash(hash: string): string | null {
  const params = hash.replace(/^#/, "").split("&");
  const param = params.find((part) => part.startsWith("s="));
  return param === undefined ? null : param.slice(2);
}

/** The hash with its `s=` parameter set to `token`, other `name=value` parameters kept in place. */
export function hashWithToken(hash: string, token: string): string {
  const params = hash
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part.includes("="));
  const at = params.findIndex((part) => part.startsWith("s="));
  if (at === -1) params.unshift(`s=${token}`);
  else params[at] = `s=${token}`;
  return `#${params.join("&")}`;
}

/** The hash without its `s=` parameter, other `name=value` parameters kept in place ("" when none is left). */
export function hashWithoutToken(hash: string): string {
  const params = hash
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part.includes("=") && !part.startsWith("s="));
  return params.length === 0 ? "" : `#${params.join("&")}`;
}

/** The token last read from or written to the hash: a `hashchange` to it is not read again. */
let lastToken: string | null = null;
/** True while a scenario from a link is being loaded: that is not an edit to write back. */
let loading = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Opens a token: its scenario, or its issues for the banner. */
function open(token: string): void {
  lastToken = token;
  const result = decodeScenario(token);
  const store = usePlannerStore.getState();
  if (result.ok) {
    loading = true;
    try {
      // The user's own scenario is kept (saved) first when the link would replace it.
      replaceScenario(result.scenario, result.dataDate, "link");
    } finally {
      loading = false;
    }
  } else {
    store.showLinkIssues(result.issues);
  }
}

/**
 * Writes the last valid scenario to the hash now, replacing the history entry, and returns the
 * token's length. A token longer than a link may be (`MAX_LINK_LENGTH`: a scenario imported from a
 * big cluster) is not written: the hash then holds no scenario, rather than a link that would not
 * open; the scenario is kept by the autosave.
 */
export function writeShareLinkNow(): { readonly fits: boolean; readonly length: number } {
  clearTimeout(timer);
  timer = undefined;
  const { scenario } = usePlannerStore.getState();
  const token = encodeScenario(scenario, dataDate === null ? {} : { dataDate });
  const fits = token.length <= MAX_LINK_LENGTH;
  lastToken = fits ? token : null;
  const { pathname, search, hash } = window.location;
  const next = fits ? hashWithToken(hash, token) : hashWithoutToken(hash);
  window.history.replaceState(window.history.state, "", `${pathname}${search}${next}`);
  return { fits, length: token.length };
}

/**
 * Starts the share link: opens the link in the hash, writes valid edits back, and listens for
 * links pasted into the tab. Returns the function that stops it (for an effect's cleanup).
 */
export function startShareLink(): () => void {
  const initial = tokenInHash(window.location.hash);
  if (initial !== null) open(initial);

  const unsubscribe = usePlannerStore.subscribe((state, previous) => {
    if (loading || state.scenario === previous.scenario) return;
    clearTimeout(timer);
    timer = setTimeout(writeShareLinkNow, WRITE_DELAY_MS);
  });
  const onHashChange = (): void => {
    const token = tokenInHash(window.location.hash);
    if (token !== null && token !== lastToken) open(token);
  };
  window.addEventListener("hashchange", onHashChange);

  return () => {
    unsubscribe();
    window.removeEventListener("hashchange", onHashChange);
    clearTimeout(timer);
    timer = undefined;
    lastToken = null;
  };
}
