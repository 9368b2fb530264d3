/**
 * Pages with addresses: the page on screen follows the URL's hash (address.ts has the scheme).
 * Moving to another page adds a history entry (`pushState`) whose address carries the scenario
 * (share-link.ts) and the page's own parameters; edits replace the current entry. Back and Forward
 * move between pages and keep the scenario; an address pasted into the tab opens like a link.
 *
 * A page with parameters of its own (the explorer's view) connects here when its code loads
 * ({@link connectPage}): it gives its parameters for the address of a move to it, and applies those
 * of an address arrived at. An address arrived at before the page's code loaded waits for it.
 */
import { addressHash, readAddress, type AddressParam } from "./address.js";
import { isOwnEntry, markEntry, useAddressStore, writeHash } from "./address-bar.js";
import { followShareLink, shareTokenForAddress } from "./share-link.js";
import { useSiteStore, type Page } from "./site-store.js";

/**
 * How an address was arrived at: a link opened (the first load, or an address pasted into the tab),
 * a return to an entry the site made (Back, Forward), or a move by the page links (given to a page
 * only when its code loaded after the move, so its address lacked the page's parameters).
 */
export type Arrival = "link" | "return" | "move";

/** What a page with parameters of its own gives the site's address. */
export interface PageParams {
  /** The page's parameters as they are now (its view when it was left), for a move to it. */
  readonly current: () => readonly AddressParam[];
  /** Applies the parameters of an address arrived at. */
  readonly apply: (params: readonly AddressParam[], how: Arrival) => void;
  /** Writes a pending change of the parameters now, before the page is left. */
  readonly flush: () => void;
}

const connected = new Map<Page, PageParams>();
/** An address arrived at whose page had not connected yet. */
let waiting: { readonly page: Page; readonly params: readonly AddressParam[]; readonly how: Arrival } | null = null;
/** The URL last followed: a move fires both `popstate` and `hashchange`, and is followed once. */
let followed = "";

/**
 * Connects a page's parameters to the address (again is harmless), and applies those of an address
 * that arrived before the page's code loaded.
 */
export function connectPage(page: Page, params: PageParams): void {
  connected.set(page, params);
  if (waiting?.page === page) {
    const { params: arrived, how } = waiting;
    waiting = null;
    params.apply(arrived, how);
  }
}

/** Shows the page of the address in the bar and gives a connected page its parameters. */
function arrive(how: Arrival): void {
  followed = window.location.href;
  const address = readAddress(window.location.hash);
  useAddressStore.setState({ hash: window.location.hash });
  if (address === null) return;
  useSiteStore.getState().setPage(address.page);
  const page = connected.get(address.page);
  waiting = null;
  if (page === undefined) waiting = { page: address.page, params: address.params, how };
  else page.apply(address.params, how);
}

/** A move of the address not made by the site (Back, Forward, an address typed or pasted). */
function onMove(): void {
  if (window.location.href === followed) return;
  const how: Arrival = isOwnEntry() ? "return" : "link";
  // A link pasted is an entry of the site's from now on: coming back to it is a return.
  if (how === "link") markEntry();
  followShareLink(how);
  arrive(how);
  // What following it rewrote (the scenario's token, the explorer's region) is followed too.
  followed = window.location.href;
}

/**
 * The hash of a page's address: the scenario's token, then the page's own parameters as they are now.
 *
 * @example pageHash("network", "2.7VZL…") // "#/network?s=2.7VZL…"
 */
export function pageHash(page: Page, token: string | null): string {
  const own = connected.get(page)?.current() ?? [];
  return addressHash({ page, params: [...(token === null ? [] : [["s", token] as const]), ...own] });
}

/** Moves to a page: a new history entry with its address (nothing when it is the page on screen). */
export function navigate(page: Page): void {
  const from = useSiteStore.getState().page;
  if (page === from) return;
  connected.get(from)?.flush();
  waiting = connected.has(page) ? null : { page, params: [], how: "move" };
  writeHash(pageHash(page, shareTokenForAddress()), "push");
  followed = window.location.href;
  useSiteStore.getState().setPage(page);
}

/**
 * Starts following the address: shows the page in the hash (after the share link opened its
 * scenario), marks the entry as the site's, and follows Back, Forward and addresses pasted into the
 * tab. Returns the function that stops it.
 */
export function startSiteAddress(): () => void {
  markEntry();
  arrive("link");
  window.addEventListener("popstate", onMove);
  window.addEventListener("hashchange", onMove);
  return () => {
    window.removeEventListener("popstate", onMove);
    window.removeEventListener("hashchange", onMove);
    waiting = null;
    followed = "";
  };
}
