import type { Catalog } from "../catalog/catalog.js";
import type { ClusterCost } from "../cost/cluster-cost.js";
import { EksizeError } from "../errors.js";
import type { ClusterPlan } from "../plan/plan.js";
import type { Scenario } from "../scenario/scenario.js";
import { amazonLinux2Findings } from "./amazon-linux-2.js";
import { autoscalerFindings } from "./autoscaler.js";
import { availabilityFindings } from "./availability.js";
import { controlPlaneFindings } from "./control-plane.js";
import { controlPlaneTierFindings } from "./control-plane-tier.js";
import { fargateFindings } from "./fargate-fit.js";
import type { AdviceInput, Finding } from "./findings.js";
import { loadBalancerFindings } from "./load-balancers.js";
import { prefixDelegationFindings } from "./prefix-delegation.js";
import { singleNodeFindings } from "./single-node.js";
import { spotFindings } from "./spot.js";

/** The topics, in the order their findings are reported (the order of `ADVICE_CODES`). */
const TOPICS: readonly ((input: AdviceInput) => Finding[])[] = [
  singleNodeFindings,
  availabilityFindings,
  prefixDelegationFindings,
  spotFindings,
  autoscalerFindings,
  loadBalancerFindings,
  fargateFindings,
  controlPlaneFindings,
  controlPlaneTierFindings,
  amazonLinux2Findings,
];

/**
 * Findings on a scenario, its plan and its bill: settings that do nothing or break things, and money
 * the scenario could save, each a coded {@link Finding} that the app and the CLI word. See
 * `ADVICE_CODES` for the codes and `AdviceParams` for what each carries and the source of each rule.
 *
 * The order is stable: by code (the order of `ADVICE_CODES`: single nodes, availability, prefix
 * delegation, Spot, the autoscaler, load balancers, Fargate, the control plane and its tier, node images), then by the scenario's order of node groups or
 * workloads. It never throws for a scenario that `validateScenario` accepts: a topic whose figures
 * the core refuses (an `EksizeError`) gives no findings.
 *
 * @param plan `planCluster(scenario, catalog)`.
 * @param cost `costCluster(scenario, plan, catalog)`.
 * @param catalog `catalog` from `eksize/data`, or any catalogue of the same shape (the one the plan used).
 * @example
 * const plan = planCluster(defaultScenario, catalog)
 * adviseScenario(defaultScenario, plan, costCluster(defaultScenario, plan, catalog), catalog)[0].code
 * // "advice-spot-few-types"
 */
export function adviseScenario(
  scenario: Scenario,
  plan: ClusterPlan,
  cost: ClusterCost,
  catalog: Catalog,
): readonly Finding[] {
  const input: AdviceInput = {
    scenario,
    plan,
    cost,
    catalog,
    instanceTypes: new Map(catalog.instanceTypes.map((type) => [type.name, type])),
  };
  return TOPICS.flatMap((topic) => {
    try {
      return topic(input);
    } catch (error) {
      if (error instanceof EksizeError) return [];
      throw error;
    }
  });
}
