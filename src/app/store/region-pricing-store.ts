/**
 * Prices per region, loaded on demand: the first script carries the default scenario's region;
 * any other region's prices load as their own chunk the first time a page needs them (about 15 kB
 * gzipped each, against 218 kB for all 36). A loaded region stays loaded.
 */
import type { Catalog, RegionPricing } from "eksize";
import { instanceTypes, services, sources } from "eksize/data";
import { useEffect, useMemo } from "react";
import { loadRegionPricing, preloadedPricing } from "virtual:eksize/region-prices";
import { create } from "zustand";

interface RegionPricingState {
  /** Loaded prices by region code. */
  readonly loaded: Readonly<Record<string, RegionPricing>>;
  /** Regions whose chunk failed to load (offline, or the site was updated meanwhile). */
  readonly failed: Readonly<Record<string, true>>;
}

/** The loaded regions (a React hook; `getState()` outside React). */
export const useRegionPricingStore = create<RegionPricingState>()(() => ({
  loaded: { [preloadedPricing.region]: preloadedPricing },
  failed: {},
}));

const pending = new Map<string, Promise<void>>();

/**
 * Loads a region's prices unless they are loaded, loading, failed, or the region has none (an
 * unknown code from a link). Never rejects: a failure is recorded in `failed`.
 */
export function loadRegion(region: string): Promise<void> {
  const { loaded, failed } = useRegionPricingStore.getState();
  const loader = loadRegionPricing[region];
  if (loader === undefined || region in loaded || region in failed) return Promise.resolve();
  let promise = pending.get(region);
  if (promise === undefined) {
    promise = loader().then(
      (pricing) => {
        useRegionPricingStore.setState((state) => ({ loaded: { ...state.loaded, [region]: pricing } }));
      },
      () => {
        useRegionPricingStore.setState((state) => ({ failed: { ...state.failed, [region]: true } }));
      },
    );
    void promise.finally(() => pending.delete(region));
    pending.set(region, promise);
  }
  return promise;
}

/** Tries a failed region again. */
export function retryRegion(region: string): Promise<void> {
  useRegionPricingStore.setState((state) => ({
    failed: Object.fromEntries(Object.entries(state.failed).filter(([code]) => code !== region)),
  }));
  return loadRegion(region);
}

/**
 * Where a region's prices are: `ready` (loaded, or the region has no prices to load: its figures
 * show as unknown), `loading`, or `failed`.
 */
export type PricingStatus = "ready" | "loading" | "failed";

/**
 * A catalog holding every loaded region, and the status of `region`'s prices, which it starts
 * loading when needed.
 */
export function useCatalog(region: string): { catalog: Catalog; status: PricingStatus } {
  const loaded = useRegionPricingStore((state) => state.loaded);
  const failed = useRegionPricingStore((state) => region in state.failed);
  useEffect(() => {
    void loadRegion(region);
  }, [region]);
  const catalog = useMemo(() => ({ instanceTypes, regions: loaded, services, sources }), [loaded]);
  const status: PricingStatus =
    region in loaded || loadRegionPricing[region] === undefined ? "ready" : failed ? "failed" : "loading";
  return { catalog, status };
}

/** One region's prices (undefined until loaded, or for a region without prices) and their status. */
export function useRegionPricing(region: string): { pricing: RegionPricing | undefined; status: PricingStatus } {
  const { catalog, status } = useCatalog(region);
  return { pricing: catalog.regions[region], status };
}
