/**
 * The explorer's view in its address (`#/explorer?s=…&region=…&sort=-maxPods…`; the parameters are
 * in src/present/explorer/address.ts). Connected to the site's address when the explorer's code loads
 * ({@link useExplorerAddress}), so the first load carries none of it.
 *
 * - Opening an explorer address (a link, or one pasted into the tab) applies its view exactly, and
 *   what it held that could not be used is left out and listed in a notice. Its `region` is the
 *   site's: it becomes the planner's scenario region too (an edit, as if chosen in the list), after
 *   the scenario of its `s` opened, so an address whose region was changed by hand shows that region.
 * - Returning to an explorer page (Back, Forward) shows the view it had; the region stays the
 *   site's current one, as the scenario does, and the entry is rewritten with it.
 * - Moving to the explorer by the page links gives its address the current view; when the move came
 *   before the explorer's code loaded, the address takes the view once it has.
 * - Changes of the view, or of the site's region, while the explorer is on screen replace the
 *   address (debounced, as the share link's edits are); nothing is written when an address is
 *   opened, so it stays in the address bar as it was made until the user changes something.
 */
import { useEffect } from "react";
import { regionCodes } from "virtual:eksize/region-prices";
import { explorerParams, readExplorerAddress } from "../../present/explorer/address.js";
import { writeHash } from "./address-bar.js";
import { useExplorerStore, viewOf } from "./explorer-store.js";
import { usePlannerStore } from "./planner-store.js";
import { tokenInHash, WRITE_DELAY_MS } from "./share-link.js";
import { connectPage, pageHash, type PageParams } from "./site-address.js";
import { setSiteRegion, siteRegion } from "./site-region.js";
import { useSiteStore } from "./site-store.js";

/** True while an address's view is being applied: that is not a change to write back. */
let applying = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let subscribed = false;

/** Writes the explorer's address now, if the explorer is on screen and the address differs. */
function writeNow(): void {
  clearTimeout(timer);
  timer = undefined;
  if (useSiteStore.getState().page !== "explorer") return;
  const hash = pageHash("explorer", tokenInHash(window.location.hash));
  if (hash !== window.location.hash) writeHash(hash, "replace");
}

function writeSoon(): void {
  if (applying) return;
  clearTimeout(timer);
  timer = setTimeout(writeNow, WRITE_DELAY_MS);
}

/** The explorer's part of the site's address. */
export const explorerAddress: PageParams = {
  current: () => explorerParams(viewOf(useExplorerStore.getState()), siteRegion()),
  apply: (params, how) => {
    clearTimeout(timer);
    timer = undefined;
    // Moved to before the explorer's code loaded: its address takes the view.
    if (how === "move") {
      writeNow();
      return;
    }
    // The site's region is valid even when its prices are not in this build (a scenario's own region).
    const { view, region, issues } = readExplorerAddress(params, [...regionCodes, siteRegion()]);
    applying = true;
    try {
      useExplorerStore.getState().showView(view, how === "link" ? issues : []);
      if (how === "link" && region !== null) setSiteRegion(region);
    } finally {
      applying = false;
    }
    if (how === "return") writeNow();
  },
  flush: () => {
    if (timer !== undefined) writeNow();
  },
};

/**
 * Connects the explorer's view to the site's address (once; a page that stays connected keeps its
 * view for a move back to it) and applies an address that arrived before the explorer's code loaded.
 */
export function useExplorerAddress(): void {
  useEffect(() => {
    if (!subscribed) {
      subscribed = true;
      useExplorerStore.subscribe(writeSoon);
      usePlannerStore.subscribe((state, previous) => {
        if (state.draft.cluster.region !== previous.draft.cluster.region) writeSoon();
      });
    }
    connectPage("explorer", explorerAddress);
  }, []);
}
