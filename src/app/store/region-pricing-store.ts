/**
 * The dataset the site plans with, loaded on demand. The first script carries only what the default
 * scenario's plan needs (`bootData`: its instance types and their prices in its region, a few hundred
 * bytes); the whole instance dataset (about 26 kB gzipped) and each region's prices (about 3 to 15 kB
 * gzipped each, against 218 kB for all 36) load as chunks of their own, the first time a page needs
 * them. What is loaded stays loaded.
 */
import type { Catalog, InstanceType, RegionPricing, Result, Scenario } from "eksize";
import { services, sources } from "eksize/data";
import { useEffect, useMemo } from "react";
import { bootData, loadRegionPricing } from "virtual:eksize/region-prices";
import { create } from "zustand";

interface RegionPricingState {
  /** Loaded prices by region code. */
  readonly loaded: Readonly<Record<string, RegionPricing>>;
  /** Regions whose chunk failed to load (offline, or the site was updated meanwhile). */
  readonly failed: Readonly<Record<string, true>>;
  /** Every instance type of the dataset, once its chunk is loaded. */
  readonly instanceTypes: readonly InstanceType[] | null;
  /** The dataset's `lookupInstanceType`, once its chunk is loaded. */
  readonly lookup: ((name: string) => Result<InstanceType>) | null;
  /** Whether the instance dataset's chunk failed to load. */
  readonly typesFailed: boolean;
}

/** The loaded regions and instance types (a React hook; `getState()` outside React). */
export const useRegionPricingStore = create<RegionPricingState>()(() => ({
  loaded: {},
  failed: {},
  instanceTypes: null,
  lookup: null,
  typesFailed: false,
}));

const pending = new Map<string, Promise<void>>();
let pendingTypes: Promise<void> | null = null;

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

/**
 * Loads the instance dataset unless it is loaded, loading or failed. Never rejects: a failure is
 * recorded in `typesFailed`.
 */
export function loadInstanceTypes(): Promise<void> {
  const { instanceTypes, typesFailed } = useRegionPricingStore.getState();
  if (instanceTypes !== null || typesFailed) return Promise.resolve();
  pendingTypes ??= import("eksize/data/instance-types")
    .then(
      (chunk) => {
        useRegionPricingStore.setState({ instanceTypes: chunk.instanceTypes, lookup: chunk.lookupInstanceType });
      },
      () => {
        useRegionPricingStore.setState({ typesFailed: true });
      },
    )
    .finally(() => {
      pendingTypes = null;
    });
  return pendingTypes;
}

/** Tries a failed region (and the instance dataset, if it failed too) again. */
export function retryRegion(region: string): Promise<void> {
  useRegionPricingStore.setState((state) => ({
    failed: Object.fromEntries(Object.entries(state.failed).filter(([code]) => code !== region)),
    typesFailed: false,
  }));
  return Promise.all([loadRegion(region), loadInstanceTypes()]).then(() => undefined);
}

/**
 * Where a region's prices are: `ready` (loaded, or the region has no prices to load: its figures
 * show as unknown), `loading`, or `failed`. The instance dataset counts as part of every region's.
 */
export type PricingStatus = "ready" | "loading" | "failed";

/** What {@link useCatalog} gives. */
export interface CatalogState {
  /** Every loaded region and the instance types: all of them, or the first script's until they load. */
  readonly catalog: Catalog;
  /** Whether `catalog` can be used for the region (or the scenario) asked about. */
  readonly status: PricingStatus;
  /** Whether `catalog` holds the whole instance dataset and the region's prices. */
  readonly complete: boolean;
  /** Whether it cannot be complete: the region's or the dataset's chunk failed to load. */
  readonly failed: boolean;
}

/**
 * The catalogue of every loaded region and the status of `region`'s prices, whose loading (and the
 * instance dataset's) it starts when needed. `scenario`, when given, counts as ready as soon as the
 * first script's data plan it exactly: its region is the default scenario's and every instance type
 * it names is among the default scenario's (the plan reads no other type; see `planCluster`).
 */
function useCatalogFor(region: string, scenario: Scenario | null): CatalogState {
  const loaded = useRegionPricingStore((state) => state.loaded);
  const failed = useRegionPricingStore((state) => region in state.failed || state.typesFailed);
  const allTypes = useRegionPricingStore((state) => state.instanceTypes);
  useEffect(() => {
    void loadRegion(region);
    void loadInstanceTypes();
  }, [region]);
  const catalog = useMemo(
    () => ({
      instanceTypes: allTypes ?? bootData.instanceTypes,
      regions: bootData.pricing.region in loaded ? loaded : { ...loaded, [bootData.pricing.region]: bootData.pricing },
      services,
      sources,
    }),
    [loaded, allTypes],
  );
  const complete = allTypes !== null && (region in loaded || loadRegionPricing[region] === undefined);
  const status: PricingStatus =
    complete || (scenario !== null && bootDataPlans(scenario)) ? "ready" : failed ? "failed" : "loading";
  return { catalog, status, complete, failed: !complete && failed };
}

const bootNames = new Set(bootData.instanceTypes.map((type) => type.name));

/** The first script's data as a catalogue: what plans the default scenario. */
const bootCatalog: Catalog = {
  instanceTypes: bootData.instanceTypes,
  regions: { [bootData.pricing.region]: bootData.pricing },
  services,
  sources,
};

/**
 * An instance type by name, or the issue `unknown-instance-type` with suggestions (the dataset's
 * `lookupInstanceType`); before the dataset loads, a type of the first script's is found and any
 * other name gives null: not known yet.
 */
export function lookupLoadedInstanceType(name: string): Result<InstanceType> | null {
  const { lookup } = useRegionPricingStore.getState();
  if (lookup !== null) return lookup(name);
  const boot = bootData.instanceTypes.find((type) => type.name === name.trim());
  return boot === undefined ? null : { ok: true, value: boot };
}

/** Whether the first script's data plan `scenario` exactly (see {@link useCatalogFor}). */
export function bootDataPlans(scenario: Scenario): boolean {
  return (
    scenario.region === bootData.pricing.region &&
    scenario.nodeGroups.every((group) => group.instanceTypes.every((name) => bootNames.has(name)))
  );
}

/** The whole catalogue for `region` (see {@link CatalogState}), whose loading it starts when needed. */
export function useCatalog(region: string): CatalogState {
  return useCatalogFor(region, null);
}

/**
 * The catalogue for `scenario`: ready at once for the default scenario (and any other that names
 * only its instance types in its region), else once the whole catalogue for its region is loaded.
 * `planning` is the catalogue to plan it with: the first script's while that plans it exactly (one
 * object, so the plan is not worked out again, as if edited, when the whole catalogue arrives),
 * else `catalog`.
 */
export function useScenarioCatalog(scenario: Scenario): CatalogState & { readonly planning: Catalog } {
  const state = useCatalogFor(scenario.region, scenario);
  return { ...state, planning: bootDataPlans(scenario) ? bootCatalog : state.catalog };
}

/** One region's prices (undefined until loaded, or for a region without prices) and their status. */
export function useRegionPricing(region: string): { pricing: RegionPricing | undefined; status: PricingStatus } {
  const { catalog, status } = useCatalog(region);
  return { pricing: status === "ready" ? catalog.regions[region] : undefined, status };
}
