/**
 * Share links: the planner's last valid scenario lives in the URL hash as `s=<token>` (`#s=…` on the
 * planner, `#/explorer?s=…` and so on elsewhere: address.ts), the token made by the core's
 * `encodeScenario` (versioned and compressed) with the data snapshot date.
 *
 * On start, and when a link is pasted into the same tab (site-address.ts calls {@link followShareLink}),
 * the hash is read with `decodeScenario`, which never throws: a valid link becomes the planner's
 * scenario; a broken one leaves the user's scenario as it is and puts its issues in the store for a
 * banner. Back and Forward to a page already seen keep the scenario: its entry takes the current token.
 *
 * Each change of the last valid scenario is written back, debounced, with `history.replaceState`,
 * so typing adds no history entries. Nothing is written when a link is opened (the address bar keeps
 * the link as it was made, with its data date) nor while a broken link's banner shows until the user
 * changes the scenario: the broken link stays in the address bar to be looked at. Copy link writes at once.
 */
import { decodeScenario, encodeScenario, MAX_LINK_LENGTH } from "eksize";
import { dataDate } from "eksize/data";
import { addressHash, paramValue, readAddress, withParam, type Address } from "./address.js";
import { writeHash } from "./address-bar.js";
import { usePlannerStore } from "./planner-store.js";
import { replaceScenario } from "./scenario-library.js";
import { useSiteStore } from "./site-store.js";

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

/** The address of a hash; a hash that is not one (an in-page target) counts as the page on screen's, with nothing in it. */
function addressOf(hash: string): Address {
  return readAddress(hash) ?? { page: useSiteStore.getState().page, params: [] };
}

/** The value of the `s=` parameter of a hash (`#s=1.x&lang=ko`, `#/network?s=1.x`), or null when it has none. */
export function tokenInHash(hash: string): string | null {
  return paramValue(addressOf(hash).params, "s");
}

/** The hash with its `s=` parameter set to `token`, its page and other parameters kept in place. */
export function hashWithToken(hash: string, token: string): string {
  const address = addressOf(hash);
  return addressHash({ ...address, params: withParam(address.params, "s", token) });
}

/** The hash without its `s=` parameter, its page and other parameters kept in place ("" on the planner when none is left). */
export function hashWithoutToken(hash: string): string {
  const address = addressOf(hash);
  return addressHash({ ...address, params: withParam(address.params, "s", null) });
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
  const { hash } = window.location;
  writeHash(fits ? hashWithToken(hash, token) : hashWithoutToken(hash), "replace");
  return { fits, length: token.length };
}

/**
 * The token a page's address should carry when the user moves to it: the one in the address bar
 * (written after the last edit, or the link as opened), else the scenario's now. Null when the
 * scenario is too large for a link. A pending write is done first, so the page left keeps it too.
 */
export function shareTokenForAddress(): string | null {
  if (timer !== undefined || lastToken === null) writeShareLinkNow();
  return lastToken;
}

/**
 * Follows a move of the address: a link opened in the tab (`link`) opens its token unless it is the
 * one already open; a return to a page already seen (`return`, Back or Forward) keeps the scenario
 * and puts its token in the entry.
 */
export function followShareLink(how: "link" | "return"): void {
  const token = tokenInHash(window.location.hash);
  if (how === "link") {
    if (token !== null && token !== lastToken) open(token);
    return;
  }
  if (timer !== undefined) writeShareLinkNow();
  else if (token !== lastToken) {
    const { hash } = window.location;
    writeHash(lastToken === null ? hashWithoutToken(hash) : hashWithToken(hash, lastToken), "replace");
  }
}

/**
 * Starts the share link: opens the link in the hash and writes valid edits back (site-address.ts
 * follows the moves of the address). Returns the function that stops it (for an effect's cleanup).
 */
export function startShareLink(): () => void {
  const initial = tokenInHash(window.location.hash);
  if (initial !== null) open(initial);

  const unsubscribe = usePlannerStore.subscribe((state, previous) => {
    if (loading || state.scenario === previous.scenario) return;
    clearTimeout(timer);
    timer = setTimeout(writeShareLinkNow, WRITE_DELAY_MS);
  });

  return () => {
    unsubscribe();
    clearTimeout(timer);
    timer = undefined;
    lastToken = null;
  };
}
