/**
 * The planner's last valid scenario planned and billed with its region's prices: the one wiring of
 * `planCluster` → `costCluster` the planner page (and its tests) use.
 */
import { costCluster, planCluster, type Catalog, type ClusterCost, type ClusterPlan, type Scenario } from "eksize";
import { useMemo } from "react";
import { useScenarioCatalog, type CatalogState } from "../../store/region-pricing-store.js";
import { usePlannerStore } from "../../store/planner-store.js";
import type { Priced } from "../../../present/plan/explain.js";

/**
 * What {@link usePricedScenario} gives: the scenario, its catalogue, the prices' status and whether
 * the catalogue is complete yet (the default scenario plans before it is), plan, bill.
 */
export interface PricedScenario {
  readonly scenario: Scenario;
  readonly catalog: Catalog;
  readonly status: CatalogState["status"];
  readonly complete: boolean;
  /** Whether the whole catalogue failed to load (the default scenario's plan shows all the same). */
  readonly failed: boolean;
  readonly plan: ClusterPlan;
  readonly cost: ClusterCost;
  readonly priced: Priced;
}

/** The planner store's scenario, planned and billed; recomputed only when the scenario or the prices change. */
export function usePricedScenario(): PricedScenario {
  const scenario = usePlannerStore((state) => state.scenario);
  const { catalog, planning, status, complete, failed } = useScenarioCatalog(scenario);
  const plan = useMemo(() => planCluster(scenario, planning), [scenario, planning]);
  const cost = useMemo(() => costCluster(scenario, plan, planning), [scenario, plan, planning]);
  const priced = useMemo(() => ({ scenario, plan, cost }), [scenario, plan, cost]);
  return { scenario, catalog, status, complete, failed, plan, cost, priced };
}
