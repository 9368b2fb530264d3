/**
 * Setup of the "app" vitest project (jsdom). jsdom does no layout, so this gives elements the sizes
 * a browser would: the virtualised table then renders the rows of an 800-px-high viewport. It also
 * stubs ResizeObserver (used by TanStack Virtual and Recharts) and resets the site, explorer, planner,
 * scenario-library, kubectl-import and region-pricing stores, localStorage and the URL's hash (the
 * share link) before each test, and restores every spy after it: the test files share one module
 * graph (`isolate: false` in vite.config.ts), so no test may count on another having left a store
 * or a global as it found it.
 *
 * Waits are generous so that a busy machine (two test runs at once on two cores) never fails a
 * test: `findBy…` and `waitFor` wait up to 20 s for what the user waits for, and each test has 120 s
 * (`testTimeout` in vite.config.ts). A passing test returns as soon as its
 * condition holds, so these bounds cost nothing when all is well.
 */
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, vi } from "vitest";
import { loadLocale } from "../../src/present/i18n/translate.js";
import { initialExplorerData, useExplorerStore } from "../../src/app/store/explorer-store.js";
import { initialKubeImportData, useKubeImportStore } from "../../src/app/store/kube-import-store.js";
import { initialPlannerData, usePlannerStore } from "../../src/app/store/planner-store.js";
import { useRegionPricingStore } from "../../src/app/store/region-pricing-store.js";
import { initialLibraryData, useLibraryStore } from "../../src/app/store/scenario-library.js";
import { initialSiteData, useSiteStore } from "../../src/app/store/site-store.js";
import { getRegionPricing, instanceTypes, lookupInstanceType } from "eksize/data";

configure({ asyncUtilTimeout: 20_000 });

/** The region-pricing store as the site has it once its first chunks are in. */
export const LOADED_AFTER_VISIT = {
  loaded: { "us-east-1": getRegionPricing("us-east-1")! },
  failed: {},
  instanceTypes,
  lookup: lookupInstanceType,
  typesFailed: false,
};

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = ResizeObserverStub;

// jsdom does no layout, so has no scrollIntoView (the combobox keeps its option in focus in view).
Element.prototype.scrollIntoView = () => undefined;

// jsdom has no canvas; axe-core and Recharts probe for one. Report "no 2D context" quietly.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

const VIEWPORT = { width: 1200, height: 800 };
Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => VIEWPORT.height });
Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => VIEWPORT.width });
Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => VIEWPORT.height });
Object.defineProperty(HTMLElement.prototype, "offsetWidth", { configurable: true, get: () => VIEWPORT.width });

// Korean is a chunk of its own in the site; the tests switch languages synchronously.
beforeAll(async () => {
  await loadLocale("ko");
});

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  document.documentElement.lang = "en-US";
  useSiteStore.setState(initialSiteData());
  useExplorerStore.setState(initialExplorerData());
  usePlannerStore.setState(initialPlannerData());
  useLibraryStore.setState(initialLibraryData());
  useKubeImportStore.setState(initialKubeImportData());
  // The instance dataset and the default scenario's region are loaded, as a second after a visit;
  // other regions load when a test asks.
  useRegionPricingStore.setState(LOADED_AFTER_VISIT);
});

afterEach(() => {
  cleanup();
  // A spy (on the console, Storage, Blob, history...) ends with its test, never reaching the next file's.
  vi.restoreAllMocks();
});
