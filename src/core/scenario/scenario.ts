import type { WorkloadAutoscaling } from "./load-profile.js";
import type { SavingsPlanType } from "../cost/savings-plan-types.js";
import type { ReservationProfile } from "../nodes/allocatable.js";
import { DEFAULT_CNI_SETTINGS, type WarmPoolSettings } from "../network/cni-settings.js";
import type { Architecture } from "../catalog/instance-type.js";
import type { AcceleratorResource } from "../catalog/accelerators.js";
import type { ControlPlaneTier } from "../catalog/control-plane-tiers.js";

/**
 * The version of the {@link Scenario} layout. A scenario made by a newer eksize carries a higher
 * number and is refused with `scenario-version-too-new`; older layouts are migrated forward.
 */
export const SCENARIO_VERSION = 1;

/**
 * Everything eksize needs to plan a cluster: what runs (workloads, DaemonSets), where it may run
 * (node groups, Fargate profiles), and the cluster-wide settings that cost money. All amounts are
 * per pod (workloads) or per node (DaemonSets); money is USD unless `currency` says how to show it.
 * Validate untrusted input with `validateScenario`, which fills in every omitted optional field.
 */
export interface Scenario {
  /** Layout version: {@link SCENARIO_VERSION}. */
  readonly version: typeof SCENARIO_VERSION;
  /** A name for people, e.g. "Acme production". */
  readonly name: string;
  /** AWS region code whose prices apply, e.g. `us-east-1`. */
  readonly region: string;
  /**
   * Hours of a month that the cluster runs, 0–744; default 730 (AWS's convention for a month).
   * Hourly items (nodes, Fargate, the control plane, load balancers) are billed for these hours; EBS
   * volumes in GB-months, these hours over 730 and never more than one GB-month per GB (a cluster
   * that runs a whole 744-hour month pays one GB-month, one that runs 200 hours pays 200/730).
   */
  readonly hoursPerMonth: number;
  /** The currency figures are shown in; computations stay in USD. */
  readonly currency: Currency;
  /** Korean won per US dollar, used to show KRW; the user sets it (default 1,400). */
  readonly krwPerUsd: number;
  readonly workloads: readonly Workload[];
  readonly daemonSets: readonly DaemonSet[];
  readonly nodeGroups: readonly NodeGroup[];
  readonly fargateProfiles: readonly FargateProfile[];
  readonly cluster: ClusterSettings;
  /**
   * The cluster's VPC CNI warm-pool settings, pods with their own security groups, and subnets. Optional:
   * a scenario without it (every scenario made before it existed) plans with the defaults of
   * {@link DEFAULT_CLUSTER_NETWORK}; read it with {@link scenarioNetwork}.
   */
  readonly network?: ClusterNetwork;
}

/**
 * Cluster-wide networking: the VPC CNI's warm-pool settings (the per-node-group prefix delegation and
 * custom networking stay on each {@link NodeGroup}), the workloads whose pods have their own security
 * groups, and the subnets the cluster has.
 */
export interface ClusterNetwork {
  /** WARM_ENI_TARGET, WARM_IP_TARGET, MINIMUM_IP_TARGET, WARM_PREFIX_TARGET and MAX_ENI of the `aws-node` DaemonSet. */
  readonly cni: WarmPoolSettings;
  /**
   * Workloads (by name) matched by a SecurityGroupPolicy: each pod takes a branch ENI, and the VPC CNI
   * runs with `ENABLE_POD_ENI=true`. Empty: security groups for pods are off.
   */
  readonly securityGroupWorkloads: readonly string[];
  /** The subnets the cluster has, in any order; empty when eksize should propose them. */
  readonly subnets: readonly Subnet[];
}

/** What a subnet holds: nodes (and Fargate pods, load balancers, the control plane's ENIs), or pods with custom networking. */
export type SubnetRole = "node" | "pod";

/** A subnet the cluster has. */
export interface Subnet {
  /** Its availability zone's name, e.g. `us-east-1a`; subnets with the same name are one zone. */
  readonly availabilityZone: string;
  /** Its IPv4 CIDR, e.g. `10.0.0.0/19` (/16 to /28). */
  readonly cidr: string;
  /** Addresses already taken by other things, a whole number (beyond the 5 AWS reserves). */
  readonly usedAddresses: number;
  /** `node`: the nodes' subnet; `pod`: an ENIConfig subnet for custom networking. */
  readonly role: SubnetRole;
}

/** The network settings of a scenario that has none: VPC CNI defaults, no security groups for pods, no subnets given. */
export const DEFAULT_CLUSTER_NETWORK: ClusterNetwork = {
  cni: {
    warmEniTarget: DEFAULT_CNI_SETTINGS.warmEniTarget,
    warmIpTarget: DEFAULT_CNI_SETTINGS.warmIpTarget,
    minimumIpTarget: DEFAULT_CNI_SETTINGS.minimumIpTarget,
    warmPrefixTarget: DEFAULT_CNI_SETTINGS.warmPrefixTarget,
    maxEni: DEFAULT_CNI_SETTINGS.maxEni,
  },
  securityGroupWorkloads: [],
  subnets: [],
};

/**
 * The scenario's network settings, or {@link DEFAULT_CLUSTER_NETWORK} when it has none.
 *
 * @example scenarioNetwork(defaultScenario).cni.warmEniTarget // 1
 */
export function scenarioNetwork(scenario: Scenario): ClusterNetwork {
  return scenario.network ?? DEFAULT_CLUSTER_NETWORK;
}

/** Currencies a scenario can be shown in. */
export type Currency = "USD" | "KRW";

/** Identical pods: a Deployment's or StatefulSet's replicas. Requests are per pod, as the scheduler sees them. */
export interface Workload {
  /** Unique among the scenario's workloads. */
  readonly name: string;
  /** Pods, a whole number ≥ 0. */
  readonly replicas: number;
  /** CPU request per pod, millicores (1000 = one vCPU). */
  readonly cpuMillicores: number;
  /** Memory request per pod, MiB. */
  readonly memoryMiB: number;
  /** Required CPU architecture (`kubernetes.io/arch` node selector); null when any will do. */
  readonly architecture: Architecture | null;
  /**
   * Accelerator devices per pod, a whole number, of the kind `accelerator` names (the field is called
   * `gpus` because NVIDIA GPUs came first). Pods that ask for any run only on instance types with that
   * device, never on Fargate.
   */
  readonly gpus: number;
  /**
   * The extended resource `gpus` counts: `nvidia.com/gpu` (the default, what scenarios made before this
   * field meant), `amd.com/gpu`, `aws.amazon.com/neuron` (whole Inferentia or Trainium devices) or
   * `aws.amazon.com/neuroncore` (single NeuronCores). It matters only when `gpus` is above 0.
   */
  readonly accelerator: AcceleratorResource;
  /** `hostNetwork: true`: the pod takes a pod slot but no VPC address, and cannot run on Fargate. */
  readonly hostNetwork: boolean;
  /** Whether a container runs privileged (Fargate refuses it). */
  readonly privileged: boolean;
  /** Whether the workload may run on Fargate when a strategy moves pods there. */
  readonly fargate: boolean;
  /** The node group it must run on (by name); null when any node group that fits will do. */
  readonly nodeGroup: string | null;
  /**
   * How its pods spread over availability zones: a `topologySpreadConstraints` entry on
   * `topology.kubernetes.io/zone` whose selector matches its own pods; null for none.
   */
  readonly zoneSpread: ZoneSpread | null;
  /**
   * At most this many of its pods on one node, a whole number ≥ 1; null for no limit. 1 is a required
   * `podAntiAffinity` term on `kubernetes.io/hostname` against its own pods.
   */
  readonly maxPodsPerNode: number | null;
  /** The PodDisruptionBudget that selects its pods (read by the advice, not by the plan); null for none. */
  readonly disruptionBudget: DisruptionBudget | null;
  /**
   * A HorizontalPodAutoscaler's range and the load it follows over a week (read by the week's plan;
   * the plan of one moment runs `replicas`); null: `replicas` every hour.
   */
  readonly autoscaling: WorkloadAutoscaling | null;
}

/**
 * A zone spread constraint (Kubernetes "Pod Topology Spread Constraints"): the pod counts of any two
 * zones differ by at most `maxSkew`. `DoNotSchedule` leaves a pod pending rather than break it, and
 * the plan honours it; `ScheduleAnyway` only prefers it, and changes no packing.
 */
export interface ZoneSpread {
  /** The largest allowed difference between two zones' pod counts, a whole number ≥ 1. */
  readonly maxSkew: number;
  readonly whenUnsatisfiable: "DoNotSchedule" | "ScheduleAnyway";
}

/**
 * A PodDisruptionBudget's one setting, as Kubernetes writes it: a number of pods, or a whole percent
 * of the replicas as text (`"50%"`, 0–100%).
 */
export type DisruptionBudget =
  { readonly minAvailable: number | `${number}%` } | { readonly maxUnavailable: number | `${number}%` };

/** A DaemonSet: one pod on every node. */
export interface DaemonSet {
  /** Unique among the scenario's DaemonSets. */
  readonly name: string;
  /** CPU request of its pod, millicores. */
  readonly cpuMillicores: number;
  /** Memory request of its pod, MiB. */
  readonly memoryMiB: number;
  /** `hostNetwork: true`: takes a pod slot but no VPC address. */
  readonly hostNetwork: boolean;
}

/**
 * How a node group buys its nodes: all on-demand, all Spot, or a mix as an Auto Scaling group's
 * `OnDemandBaseCapacity` and `OnDemandPercentageAboveBaseCapacity` express it (here as the Spot share
 * above the base).
 */
export type CapacityMix =
  | { readonly type: "on-demand" }
  | { readonly type: "spot" }
  | {
      readonly type: "mixed";
      /** The first nodes, always on-demand. */
      readonly onDemandBase: number;
      /** Percent of the nodes above the base that are Spot, 0–100. */
      readonly spotPercentAboveBase: number;
    };

/** EBS volume types a node's root volume can be. */
export type VolumeType = "gp3" | "gp2";

/**
 * Karpenter's consolidation policy of a NodePool (`spec.disruption.consolidationPolicy`): remove
 * or replace nodes that are empty or underutilised (Karpenter v1's default), or only empty ones.
 */
export type ConsolidationPolicy = "WhenEmptyOrUnderutilized" | "WhenEmpty";

/**
 * A managed node group, or a Karpenter NodePool when the cluster's `autoscaler` is `karpenter`:
 * identical settings for all its nodes.
 */
export interface NodeGroup {
  /** Unique among the scenario's node groups. */
  readonly name: string;
  /**
   * Instance types it may launch (at least one). A managed node group is planned on the one of them
   * that suits its pods best; a Karpenter NodePool launches any of them, node by node.
   */
  readonly instanceTypes: readonly string[];
  readonly capacity: CapacityMix;
  /** Nodes it keeps even when idle. */
  readonly minNodes: number;
  /** Nodes it may grow to; null for no limit. */
  readonly maxNodes: number | null;
  /** Availability zones its nodes spread over (1–6). */
  readonly availabilityZones: number;
  /** VPC CNI settings of its nodes. */
  readonly network: { readonly prefixDelegation: boolean; readonly customNetworking: boolean };
  /** Kubelet max pods set by hand; null for the profile's default. */
  readonly maxPods: number | null;
  /** The node image, which decides reservations and default max pods. */
  readonly profile: ReservationProfile;
  /**
   * The Amazon Linux release of the EKS AMI, for the `amazon-linux` and `karpenter` profiles (whose
   * reservations and max pods are the same on both): `2023` (AL2023, the default and what the exports
   * write) or `2` (Amazon Linux 2: EKS published its last AL2 AMIs on 2025-11-26, for Kubernetes 1.32 at
   * most; the advice names the replacement). A `bottlerocket` group has `2023`, which means nothing there.
   */
  readonly amazonLinux: AmazonLinuxRelease;
  /**
   * Share of EC2's memory that the kernel and hypervisor keep from the kubelet, percent (as Karpenter's
   * `VM_MEMORY_OVERHEAD_PERCENT`); null for eksize's figure: the measured or modelled MemTotal
   * (`kubeletMemoryCapacity`), or Karpenter's 7.5% with the `karpenter` profile.
   */
  readonly vmMemoryOverheadPercent: number | null;
  /** Root EBS volume of each node. */
  readonly rootVolume: { readonly sizeGiB: number; readonly type: VolumeType };
  /** Share of each node's allocatable CPU and memory that pods may fill, percent (headroom above it). */
  readonly targetUtilisationPercent: number;
  /**
   * Karpenter only: the NodePool's `minValues` on its instance types, 1–50 (every node is launched
   * from at least this many types that could hold its pods, so capacity can be found); null for none.
   */
  readonly minValues: number | null;
  /** Karpenter only: what consolidation may do to its nodes. */
  readonly consolidationPolicy: ConsolidationPolicy;
}

/** An EKS Fargate profile: the workloads it runs. */
export interface FargateProfile {
  /** Unique among the scenario's Fargate profiles. */
  readonly name: string;
  /** Names of the workloads it selects. */
  readonly workloads: readonly string[];
}

/** An Amazon Linux release of the EKS AMIs: `2023` (AL2023) or `2` (Amazon Linux 2). */
export type AmazonLinuxRelease = "2023" | "2";

/** EKS control plane support tiers: standard, or extended support for an older Kubernetes version. */
export type SupportTier = "standard" | "extended";

/**
 * What adds and removes nodes: the Kubernetes Cluster Autoscaler (managed node groups, each planned on
 * one instance type), Karpenter (each node group a NodePool that mixes its types node by node), EKS
 * Auto Mode (each node group an Auto Mode NodePool: Karpenter run by AWS, with its rules and fee), or
 * nothing (fixed managed node groups).
 */
export type Autoscaler = "cluster-autoscaler" | "karpenter" | "auto-mode" | "none";

/** How a load balancer reaches pods: through a NodePort on every node (`instance`) or at the pods' own addresses (`ip`). */
export type LoadBalancerTargetType = "instance" | "ip";

/** Cluster-wide settings: what costs money, and what the exports and the advice need to know. */
export interface ClusterSettings {
  readonly supportTier: SupportTier;
  /**
   * The control plane's scaling tier (EKS Provisioned Control Plane); default `standard`. A tier other
   * than `standard` needs Kubernetes 1.28 or later and bills its hourly rate on top of `supportTier`'s.
   */
  readonly controlPlaneTier: ControlPlaneTier;
  /**
   * The peak rate at which the cluster creates pods for the scheduler, pods per second (a rollout, a
   * batch of Jobs, a zone's pods rescheduled; the metric `scheduler_schedule_attempts_total`); null
   * when not known. The advice sizes the control plane tier from it.
   */
  readonly peakPodsPerSecond: number | null;
  /**
   * The peak API request concurrency, in API Priority and Fairness seats (the metric
   * `apiserver_flowcontrol_current_executing_seats`; a LIST takes more seats than a GET); null when
   * not known. The advice sizes the control plane tier from it.
   */
  readonly peakApiSeats: number | null;
  /** The Kubernetes minor version, e.g. `1.33`; null when not said (an eksctl export then leaves it to eksctl). */
  readonly kubernetesVersion: string | null;
  /** The nodes have no outbound internet access (an EKS private cluster): AWS APIs only through VPC endpoints. */
  readonly privateCluster: boolean;
  /** What scales the node groups; default `cluster-autoscaler`. */
  readonly autoscaler: Autoscaler;
  /**
   * Minutes a node no pod needs stays before the autoscaler removes it, 0 to 1,440, for the week's
   * plan (`planWeek`); null (the default) for the autoscaler's own (`SCALE_DOWN_DELAY_MINUTES`).
   */
  readonly scaleDownDelayMinutes: number | null;
  readonly loadBalancers: {
    /** Ingresses served by the AWS Load Balancer Controller. */
    readonly ingresses: number;
    /** Ingresses that share one ALB through a `group.name` (1: every Ingress has its own ALB). */
    readonly ingressesPerAlb: number;
    /** Services of type LoadBalancer (NLBs). */
    readonly nlbs: number;
    /**
     * The NLBs' target type (`service.beta.kubernetes.io/aws-load-balancer-nlb-target-type`); default
     * `instance`, the AWS Load Balancer Controller's.
     */
    readonly nlbTargetType: LoadBalancerTargetType;
    /** Average capacity units each load balancer uses (ALB LCUs, NLB NLCUs) per hour; default 1. */
    readonly capacityUnitsPerHour: number;
  };
  readonly discounts: {
    /** Savings Plan or Reserved Instance discount on on-demand EC2 compute, percent. */
    readonly computeSavingsPercent: number;
    /** Discount on the whole bill (an enterprise agreement), percent. */
    readonly enterpriseDiscountPercent: number;
    /** The kind of Savings Plan the week's commitment is sized for (`weekCommitment`); default `compute`. */
    readonly savingsPlanType: SavingsPlanType;
    /**
     * That Savings Plan's discount off on-demand rates, percent, 0 to 99 (AWS's Savings Plans pricing
     * gives it by instance family, term and payment); 0 (the default) when not said, and then no
     * commitment is sized.
     */
    readonly savingsPlanDiscountPercent: number;
  };
}

/**
 * The settings a node group has when a scenario leaves them out (`validateScenario` fills them in):
 * on-demand, no minimum or maximum, 3 availability zones, VPC CNI defaults, the profile's max pods,
 * Amazon Linux 2023 with eksize's node memory, a 20 GiB gp3 root volume, no headroom; as a Karpenter
 * NodePool, no `minValues` and Karpenter's default consolidation. The schema, {@link defaultNodeGroup} and the
 * site's "Add a node group" all take them from here.
 */
export const NODE_GROUP_DEFAULTS = {
  capacity: { type: "on-demand" },
  minNodes: 0,
  maxNodes: null,
  availabilityZones: 3,
  network: { prefixDelegation: false, customNetworking: false },
  maxPods: null,
  profile: "amazon-linux",
  amazonLinux: "2023",
  vmMemoryOverheadPercent: null,
  rootVolume: { sizeGiB: 20, type: "gp3" },
  targetUtilisationPercent: 100,
  minValues: null,
  consolidationPolicy: "WhenEmptyOrUnderutilized",
} as const satisfies Omit<NodeGroup, "name" | "instanceTypes">;

/**
 * A node group of `instanceTypes` with every optional setting at {@link NODE_GROUP_DEFAULTS}.
 *
 * @example defaultNodeGroup("general", ["m5.large"]).capacity // { type: "on-demand" }
 */
export function defaultNodeGroup(name: string, instanceTypes: readonly string[]): NodeGroup {
  return { name, instanceTypes, ...NODE_GROUP_DEFAULTS };
}
