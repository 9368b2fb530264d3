import type { Catalog } from "../catalog/catalog.js";
import type { ClusterCost } from "../cost/cluster-cost.js";
import type { FargateIneligibility } from "../plan/fargate.js";
import type { InstanceType } from "../catalog/instance-type.js";
import type { PrefixDelegationSkipReason } from "../nodes/max-pods.js";
import type { ClusterPlan } from "../plan/plan.js";
import type { ControlPlaneTier } from "../catalog/control-plane-tiers.js";
import type { Autoscaler, Scenario } from "../scenario/scenario.js";

/**
 * Every advice code, in the order `adviseScenario` reports them: by topic (single nodes, availability,
 * prefix delegation, Spot, the autoscaler, load balancers, Fargate, the control plane, node images).
 */
export const ADVICE_CODES = [
  "advice-single-node",
  "advice-zone-spread-one-zone",
  "advice-pdb-blocks-drain",
  "advice-prefix-delegation-unsupported",
  "advice-max-pods-binding",
  "advice-spot-few-types",
  "advice-spot-single-replica",
  "advice-spot-interruption",
  "advice-private-cluster-autoscaler",
  "advice-auto-mode-node-expiry",
  "advice-alb-group",
  "advice-nlb-target-type",
  "advice-fargate-unsupported",
  "advice-fargate-daemonsets",
  "advice-extended-support",
  "advice-control-plane-tier-too-small",
  "advice-control-plane-tier-larger",
  "advice-control-plane-tier-unchecked",
  "advice-amazon-linux-2",
] as const;

/** A machine-readable advice code: one of {@link ADVICE_CODES}. */
export type AdviceCode = (typeof ADVICE_CODES)[number];

/**
 * How a finding matters: `warning`, something that can break or mislead (pods that cannot run, a
 * setting that does nothing); `saving`, money the scenario could save (a figure in USD per month);
 * `info`, a practice worth knowing about that costs nothing to ignore today.
 */
export type AdviceSeverity = "warning" | "saving" | "info";

/**
 * The parameters of each advice code, which the app and the CLI word (the core never words a
 * finding). Money is USD per month (names end in `UsdPerMonth`), before the enterprise discount and
 * after the compute savings discount, as the bill's lines are; lists of names are in the scenario's order.
 */
export interface AdviceParams {
  /**
   * A node group planned on a single node, a single point of failure: its `availabilityZones` and
   * `maxNodes` (null for no limit), the settings that allow one node (see `singleNodeFindings`).
   */
  "advice-single-node": { availabilityZones: number; maxNodes: number | null };
  /**
   * A workload that must spread over zones (a `DoNotSchedule` zone spread, 2 or more replicas) is
   * planned on `nodeGroup`, whose nodes are in one zone (see `availabilityFindings`).
   */
  "advice-zone-spread-one-zone": { nodeGroup: string };
  /**
   * A workload's PodDisruptionBudget (`field` at `value`, as written: `3`, `100%`) allows no eviction of
   * its `replicas` pods, so it blocks every drain of their nodes (see `allowedDisruptions`).
   */
  "advice-pdb-blocks-drain": { field: "minAvailable" | "maxUnavailable"; value: string; replicas: number };
  /**
   * A node group with prefix delegation on has an instance type that cannot use it: `reason`
   * `not-nitro` (a Xen type) or `bare-metal` (EC2 reports no hypervisor, so the max-pods calculation
   * ignores the flag, as `maxPods` does). `maxPods` is the type's kubelet max pods as the group's
   * profile sets it (prefix delegation not applied, no manual override). `alternative` is a Nitro type
   * of the same shape (vCPUs, memory, architecture, GPUs, burstable or not), the cheapest on demand
   * in the scenario's region (else the first by name), with the max pods prefix delegation gives it
   * (`maxPods` with the group's network and prefix delegation on: the max-pods-calculator value with
   * its 110/250 ceiling, which Bottlerocket, Karpenter and a custom launch template reach only with
   * the kubelet's maxPods set to it); both null when the dataset has none.
   */
  "advice-prefix-delegation-unsupported": {
    instanceType: string;
    reason: Exclude<PrefixDelegationSkipReason, "cni-too-old">;
    maxPods: number;
  } & ({ alternative: string; alternativeMaxPods: number } | { alternative: null; alternativeMaxPods: null });
  /**
   * Pod slots fill a node group before CPU or memory do (its `bindingResource` is `pods`): the planned
   * `nodes` of `instanceType` at `maxPods` each, and the group's cost (`costUsdPerMonth`: its nodes and
   * root volumes, null when a price is unknown). No finding when the group's minimum sets its node
   * count (`minNodes`, or the one node any pod needs). `prefixDelegation` says what turning it on
   * would do:
   *
   * - `off`: it is off, every type of the group can use it, and the scenario re-planned with it on
   *   for this group needs fewer nodes in the group (else there is no finding: the binding is
   *   marginal). The re-plan gives the `…WithPrefixDelegation` figures and `savingUsdPerMonth` (cost
   *   now less cost with it; null when either is unknown). `setsMaxPods` is true when the re-plan
   *   also sets the group's kubelet maxPods to `maxPodsWithPrefixDelegation`, the smallest `maxPods`
   *   with prefix delegation over the group's types, because its max pods ignore prefix delegation
   *   (the `bottlerocket` and `karpenter` profiles, or a maxPods set by hand): the nodes need that
   *   setting too.
   * - `on`: already on.
   * - `unsupported`: a type of the group cannot use it, or the planner cannot size the group with it.
   */
  "advice-max-pods-binding": {
    instanceType: string;
    maxPods: number;
    nodes: number;
    costUsdPerMonth: number | null;
  } & (
    | {
        prefixDelegation: "off";
        maxPodsWithPrefixDelegation: number;
        nodesWithPrefixDelegation: number;
        costWithPrefixDelegationUsdPerMonth: number | null;
        savingUsdPerMonth: number | null;
        setsMaxPods: boolean;
      }
    | {
        prefixDelegation: "on" | "unsupported";
        maxPodsWithPrefixDelegation: null;
        nodesWithPrefixDelegation: null;
        costWithPrefixDelegationUsdPerMonth: null;
        savingUsdPerMonth: null;
        setsMaxPods: null;
      }
  );
  /**
   * A node group that buys Spot can use `count` instance types (`instanceTypes`) where AWS advises at
   * least `minimum` (10). With Cluster Autoscaler (or no autoscaler) only the types interchangeable
   * with the group's first type count; with Karpenter every type counts, and `consolidationMinimum`
   * (15) is what spot-to-spot consolidation needs (null otherwise).
   */
  "advice-spot-few-types": {
    count: number;
    instanceTypes: readonly string[];
    minimum: number;
    consolidationMinimum: number | null;
  };
  /** A workload with one replica is planned on `nodeGroup`, which has Spot nodes. */
  "advice-spot-single-replica": { nodeGroup: string };
  /**
   * The cluster plans `spotNodes` Spot nodes, reclaimed with a 2-minute notice: `workloads` (2 or more
   * replicas on a group with Spot nodes, and no disruption budget) should have PodDisruptionBudgets;
   * `autoscaler` decides how interruptions are handled.
   */
  "advice-spot-interruption": { spotNodes: number; workloads: readonly string[]; autoscaler: Autoscaler };
  /** A private cluster runs Cluster Autoscaler, whose static instance list must know `instanceTypes` (the scenario's). */
  "advice-private-cluster-autoscaler": { instanceTypes: readonly string[] };
  /**
   * EKS Auto Mode replaces each node after `expiryHours` hours (at most `maximumDays` days), evicting
   * its pods; `workloads` run on those nodes without a PodDisruptionBudget.
   */
  "advice-auto-mode-node-expiry": { expiryHours: number; maximumDays: number; workloads: readonly string[] };
  /**
   * `ingresses` Ingresses on `albs` ALBs could share `proposedAlbs` ALBs at `proposedIngressesPerAlb`
   * each, saving `savingUsdPerMonth` of ALB hours (null when no ALB rate is known).
   */
  "advice-alb-group": {
    ingresses: number;
    albs: number;
    proposedAlbs: number;
    proposedIngressesPerAlb: number;
    savingUsdPerMonth: number | null;
  };
  /** `nlbs` NLBs use target type `instance`; `fargateWorkloads` are the workloads Fargate runs (only `ip` reaches them). */
  "advice-nlb-target-type": { nlbs: number; fargateWorkloads: readonly string[] };
  /** A workload selected by the Fargate profile `profile` that EKS Fargate cannot run, and why. */
  "advice-fargate-unsupported": { profile: string; reason: FargateIneligibility };
  /** The scenario runs `fargateWorkloads` on Fargate, where `daemonSets` do not run. */
  "advice-fargate-daemonsets": { daemonSets: readonly string[]; fargateWorkloads: readonly string[] };
  /**
   * The control plane is in extended support: `extraUsdPerMonth` more than standard support, which an
   * upgrade of `kubernetesVersion` (null when not given) to a version in standard support saves; the
   * version's `endOfStandardSupport` and `endOfExtendedSupport` (`YYYY-MM-DD`, EKS's calendar; null
   * when not known).
   */
  "advice-extended-support": {
    kubernetesVersion: string | null;
    extraUsdPerMonth: number;
    endOfStandardSupport: string | null;
    endOfExtendedSupport: string | null;
  };
  /**
   * The control plane `tier` guarantees less than a peak the scenario gives (`peakApiSeats`,
   * `peakPodsPerSecond`, null when not given): its `apiSeats` and `podsPerSecond` (at the rate of the
   * Kubernetes version: `before130` for 1.28–1.29; null for Standard, which guarantees none).
   * `neededTier` is the smallest tier that holds both (null when none does), with `limitsEstimate` when
   * its limits are estimates (8XL). A note rather than a warning when Standard is asked for what XL holds.
   */
  "advice-control-plane-tier-too-small": {
    tier: ControlPlaneTier;
    neededTier: ControlPlaneTier | null;
    peakApiSeats: number | null;
    peakPodsPerSecond: number | null;
    apiSeats: number | null;
    podsPerSecond: number | null;
    before130: boolean;
    limitsEstimate: boolean;
  };
  /**
   * A smaller tier, `neededTier`, holds the peaks the control plane `tier` was chosen for: the
   * difference of their prices is `savingUsdPerMonth` (null when a price is unknown), an `estimate`
   * when either price is one.
   */
  "advice-control-plane-tier-larger": {
    tier: ControlPlaneTier;
    neededTier: ControlPlaneTier;
    savingUsdPerMonth: number | null;
    estimate: boolean;
  };
  /**
   * The control plane `tier` (a Provisioned one) costs `costUsdPerMonth` (null when unknown; an `estimate`
   * when its price is one), and the scenario gives no peak to check it against.
   */
  "advice-control-plane-tier-unchecked": { tier: ControlPlaneTier; costUsdPerMonth: number | null; estimate: boolean };
  /**
   * The node group runs Amazon Linux 2, whose EKS AMIs ended on `amiEndOfSupport` (the last for
   * Kubernetes `lastVersion`; AL2 ends on `endOfLife`): AL2023 or Bottlerocket replace it. On the
   * cluster's `kubernetesVersion` (null when not given) EKS has no AL2 AMI (`noAmi`), and from
   * `cgroupV1RefusedFrom` its kubelet refuses AL2's cgroup v1 (`cgroupV1Refused`).
   */
  "advice-amazon-linux-2": {
    kubernetesVersion: string | null;
    amiEndOfSupport: string;
    lastVersion: string;
    endOfLife: string;
    cgroupV1RefusedFrom: string;
    noAmi: boolean;
    cgroupV1Refused: boolean;
  };
}

/**
 * One finding on a scenario: its code, how it matters, what it is about (`subject`: a node group's or
 * a workload's name, null for the whole cluster) and the parameters that explain it.
 */
export type Finding = {
  [C in AdviceCode]: {
    readonly code: C;
    readonly severity: AdviceSeverity;
    readonly subject: string | null;
    readonly params: AdviceParams[C];
  };
}[AdviceCode];

/** Builds a finding; typed so that `params` must match `code`. */
export function finding<C extends AdviceCode>(
  code: C,
  severity: AdviceSeverity,
  subject: string | null,
  params: AdviceParams[C],
): Finding {
  return { code, severity, subject, params } as Finding;
}

/** What every topic reads: the scenario, its plan and bill, and the catalogue they were made with. */
export interface AdviceInput {
  readonly scenario: Scenario;
  readonly plan: ClusterPlan;
  readonly cost: ClusterCost;
  readonly catalog: Catalog;
  /** The catalogue's instance types by name. */
  readonly instanceTypes: ReadonlyMap<string, InstanceType>;
}
