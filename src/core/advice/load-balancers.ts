import { albCount } from "../cost/cluster-cost.js";
import { monthlyCost } from "../cost/cost.js";
import { fargateWorkloads } from "./fargate-fit.js";
import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * Rules an Ingress is assumed to add to an ALB when Ingresses share one: at most 5. With the ALB's
 * quota of 100 rules (besides the default rule, adjustable; Elastic Load Balancing user guide,
 * `load-balancer-limits`) that leaves room for {@link INGRESSES_PER_SHARED_ALB} Ingresses.
 */
export const RULES_PER_INGRESS = 5;

/** The ALB's rules quota per load balancer, default rules excluded (ELB `load-balancer-limits`). */
export const ALB_RULES_QUOTA = 100;

/** Ingresses one shared ALB is assumed to hold: {@link ALB_RULES_QUOTA} ÷ {@link RULES_PER_INGRESS} = 20. */
export const INGRESSES_PER_SHARED_ALB = ALB_RULES_QUOTA / RULES_PER_INGRESS;

/**
 * Load balancer findings (AWS Load Balancer Controller `docs/guide/ingress/annotations.md`,
 * `docs/guide/service/nlb.md`; eks-formulas.md §7):
 *
 * - `advice-alb-group`: the Ingresses use ceil(ingresses ÷ ingressesPerAlb) ALBs, as the bill counts
 *   them; sharing through `alb.ingress.kubernetes.io/group.name` needs ceil(ingresses ÷
 *   {@link INGRESSES_PER_SHARED_ALB}). When that is fewer, the saving is the ALBs no longer needed ×
 *   the ALB hourly rate × `hoursPerMonth`: the fixed charge only, since capacity units follow the
 *   traffic, which grouping does not change. The rate is the bill's (its `alb-hour` term). Severity `saving`, or `info`
 *   when no rate is known.
 * - `advice-nlb-target-type`: NLBs with target type `instance` reach pods through a NodePort on every
 *   node; `ip` registers the pods. Severity `warning` when Fargate runs pods (they can only be `ip`
 *   targets), else `info`.
 */
export function loadBalancerFindings(input: AdviceInput): Finding[] {
  const { scenario, plan, cost } = input;
  const { ingresses, nlbs, nlbTargetType } = scenario.cluster.loadBalancers;
  const findings: Finding[] = [];
  const albs = albCount(scenario.cluster.loadBalancers);
  const proposedAlbs = albCount({ ingresses, ingressesPerAlb: INGRESSES_PER_SHARED_ALB });
  if (proposedAlbs < albs) {
    // The ALB hourly rate the bill used.
    const albRate = cost.lines.loadBalancers.terms.find((term) => term.unit === "alb-hour")?.usdPerUnit ?? null;
    const savingUsdPerMonth =
      albRate === null ? null : monthlyCost((albs - proposedAlbs) * albRate, scenario.hoursPerMonth);
    findings.push(
      finding("advice-alb-group", savingUsdPerMonth === null ? "info" : "saving", null, {
        ingresses,
        albs,
        proposedAlbs,
        proposedIngressesPerAlb: INGRESSES_PER_SHARED_ALB,
        savingUsdPerMonth,
      }),
    );
  }
  if (nlbs > 0 && nlbTargetType === "instance") {
    const onFargate = fargateWorkloads(plan);
    findings.push(
      finding("advice-nlb-target-type", onFargate.length > 0 ? "warning" : "info", null, {
        nlbs,
        fargateWorkloads: onFargate,
      }),
    );
  }
  return findings;
}
