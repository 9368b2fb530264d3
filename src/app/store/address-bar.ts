/**
 * The browser's address bar and history, the one place the site writes them (address.ts says what an
 * address holds). The entries the site makes carry a mark in `history.state`: arriving at a marked
 * entry (Back, Forward) is a return to a page already seen, while an unmarked one is a link opened
 * (the first load, or an address pasted into the tab).
 */
import { create } from "zustand";

/** The `history.state` of the entries the site made. */
const MARK = { eksize: 1 } as const;

/** The hash in the address bar, for what renders from it (the page links' addresses). */
export const useAddressStore = create<{ readonly hash: string }>()(() => ({ hash: window.location.hash }));

/** The URL of the current document with another hash (`""` for none). */
export function urlWithHash(hash: string): string {
  return `${window.location.pathname}${window.location.search}${hash}`;
}

/**
 * Writes a hash: `push` adds a history entry (a move to another page), `replace` rewrites the
 * current one (an edit), keeping its mark.
 */
export function writeHash(hash: string, how: "push" | "replace"): void {
  if (how === "push") window.history.pushState(MARK, "", urlWithHash(hash));
  else window.history.replaceState(window.history.state, "", urlWithHash(hash));
  useAddressStore.setState({ hash: window.location.hash });
}

/** Whether the current history entry was made by the site. */
export function isOwnEntry(): boolean {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null && "eksize" in state;
}

/** Marks the current entry as the site's, and records its hash. */
export function markEntry(): void {
  window.history.replaceState(MARK, "", window.location.href);
  useAddressStore.setState({ hash: window.location.hash });
}
