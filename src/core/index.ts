/**
 * `eksize`: pure Amazon EKS capacity calculations. No DOM, no Node APIs, no framework: it runs in a
 * browser, in Node and anywhere else JavaScript runs. The dataset is in `eksize/data`.
 */
export {
  maxPods,
  maxPodsBreakdown,
  supportsPrefixDelegation,
  ADDRESSES_PER_PREFIX,
  CEILING_VCPU_THRESHOLD,
  HOST_NETWORK_PODS,
} from "./max-pods.js";
export type { MaxPodsOptions, MaxPodsBreakdown, PrefixDelegationSkipReason } from "./max-pods.js";
export {
  allocatable,
  kubeReservedCpu,
  kubeReservedMemory,
  RESERVATION_PROFILES,
  DEFAULT_EVICTION_MEMORY_MIB,
  DEFAULT_ROOT_VOLUME_GIB,
  EVICTION_NODEFS_PERCENT,
  KARPENTER_ARM64_MEMORY_OFFSET_MIB,
  KARPENTER_VM_MEMORY_OVERHEAD_PERCENT,
  KUBE_RESERVED_EPHEMERAL_MIB,
  KUBE_RESERVED_MIB_BASE,
  KUBE_RESERVED_MIB_PER_POD,
} from "./allocatable.js";
export type { Allocatable, AllocatableOptions, ReservationProfile, ResourceAmounts } from "./allocatable.js";
export { EksizeError } from "./errors.js";
export type { CoreIssue, ErrorCode, ErrorParams, Result } from "./errors.js";
export type { Architecture, Hypervisor, InstanceType, NetworkLimits } from "./instance-type.js";
export { SPOT_INTERRUPTION_LABELS } from "./catalog.js";
export type {
  Catalog,
  DataSource,
  FargateRates,
  FargateRegionRate,
  FargateSize,
  InstancePrice,
  LoadBalancerRates,
  RegionPricing,
  ServiceRates,
  SpotInterruptionBucket,
} from "./catalog.js";
export { costPerPodSlot, HOURS_PER_MONTH, monthlyCost } from "./cost.js";
export {
  fargateIneligibility,
  fargatePodHourlyCost,
  fargatePodSize,
  FARGATE_INCLUDED_EPHEMERAL_STORAGE_GIB,
  FARGATE_MAX_EPHEMERAL_STORAGE_GIB,
  FARGATE_MIB_PER_GB,
} from "./fargate.js";
export type {
  FargateEphemeralStorage,
  FargateIneligibility,
  FargatePodSize,
  FargatePodTraits,
  FargateSizingRules,
  PodRequests,
} from "./fargate.js";
export { editDistance, suggestNames } from "./suggest.js";
