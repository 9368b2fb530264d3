/**
 * One optimal-mix search, as the worker runs it: the scenario planned (`planCluster`), then
 * `nodeGroupMix` for every node group, each with `MIX_CLOCK_LIMIT_MS` as its wall-clock safety net. Pure apart from
 * the clock; no React, no solver loading (the caller passes the solver).
 */
import {
  MIX_CLOCK_LIMIT_MS,
  nodeGroupMix,
  planCluster,
  type Catalog,
  type LinearProgramSolver,
  type NodeGroupMix,
  type Scenario,
} from "eksize";

/** What the page asks the worker: a search of `scenario`'s node groups, priced from `catalog`. */
export interface MixRequest {
  /** Tells the answer to this request from one to an earlier request. */
  readonly id: number;
  readonly scenario: Scenario;
  /** The page's catalogue with the scenario's region only (the worker plans with the page's own prices). */
  readonly catalog: Catalog;
}

/**
 * Why a search could not run: `solver` (HiGHS did not load or compile: its WebAssembly refused by a
 * Content-Security-Policy, or memory), `search` (the search itself threw: memory, for one).
 */
export type MixFailure = "solver" | "search";

/** What the worker posts back for request `id`. */
export type MixAnswer =
  | { readonly id: number; readonly kind: "result"; readonly mixes: readonly NodeGroupMix[] }
  | { readonly id: number; readonly kind: "failed"; readonly stage: MixFailure; readonly message: string };

/** The catalogue a request carries: `catalog` with the prices of `region` alone (the rest is never read). */
export function requestCatalog(catalog: Catalog, region: string): Catalog {
  const pricing = catalog.regions[region];
  return { ...catalog, regions: pricing === undefined ? {} : { [region]: pricing } };
}

/** Every node group of `scenario` searched, in the scenario's order (`now` is the clock, milliseconds). */
export function searchMixes(
  scenario: Scenario,
  catalog: Catalog,
  solve: LinearProgramSolver,
  now: () => number,
): NodeGroupMix[] {
  const plan = planCluster(scenario, catalog);
  return scenario.nodeGroups.flatMap((group) => {
    const mix = nodeGroupMix(scenario, catalog, plan, group.name, solve, { now, limitMs: MIX_CLOCK_LIMIT_MS });
    return mix === null ? [] : [mix];
  });
}
