/**
 * `eksize`: pure Amazon EKS capacity calculations. No DOM, no Node APIs, no framework: it runs in a
 * browser, in Node and anywhere else JavaScript runs. The dataset is in `eksize/data`.
 */

// Errors: the one convention (see the README): functions that compute a figure throw an EksizeError whose `issue` is a code with params; functions that read input return a Result, `{ ok: true, value }` or `{ ok: false, issues }`, and never throw.
export { attempt, EksizeError } from "./errors.js";
export type { CoreIssue, ErrorCode, ErrorParams, KubeInput, Result } from "./errors.js";

// The catalogue: instance types, prices and service rates as the dataset (`eksize/data`) gives them.
export type { Architecture, Hypervisor, InstanceType, NetworkLimits } from "./catalog/instance-type.js";
export { SPOT_INTERRUPTION_LABELS } from "./catalog/catalog.js";
export type {
  AutoModeFee,
  Catalog,
  DataSource,
  EbsRates,
  FargateRates,
  FargateRegionRate,
  FargateSize,
  InstancePrice,
  LoadBalancerRates,
  RegionPricing,
  ServiceRates,
  SpotInterruptionBucket,
} from "./catalog/catalog.js";
export {
  compareVersions,
  CONTROL_PLANE_TIERS,
  PROVISIONED_CONTROL_PLANE_MINIMUM_VERSION,
  schedulesBefore130,
  tierPodsPerSecond,
} from "./catalog/control-plane-tiers.js";
export type {
  ControlPlaneTier,
  ControlPlaneTierRates,
  FigureConfidence,
  FigureProvenance,
} from "./catalog/control-plane-tiers.js";
export { editDistance, suggestNames, unknownInstanceType } from "./catalog/suggest.js";
export { AUTO_MODE_FEE_ESTIMATE_SHARE, estimatedAutoModeFee } from "./catalog/auto-mode-fee.js";
export {
  AUTO_MODE_EXCLUDED_SIZES,
  AUTO_MODE_FAMILIES,
  autoModeSupport,
  BUILT_IN_NODE_POOL_CATEGORIES,
  BUILT_IN_NODE_POOL_MIN_GENERATION,
  BUILT_IN_NODE_POOLS,
  builtInNodePools,
} from "./catalog/auto-mode-types.js";
export type { AutoModeSupport, BuiltInNodePool } from "./catalog/auto-mode-types.js";
export {
  ACCELERATOR_RESOURCES,
  acceleratorUnits,
  NEURON_CORES_PER_DEVICE,
  nodeAcceleratorUnits,
} from "./catalog/accelerators.js";
export type { AcceleratorResource } from "./catalog/accelerators.js";

// Nodes: max pods in every VPC CNI mode, allocatable CPU and memory.
export {
  maxPods,
  maxPodsBreakdown,
  supportsPrefixDelegation,
  ADDRESSES_PER_PREFIX,
  CEILING_VCPU_THRESHOLD,
  HOST_NETWORK_PODS,
} from "./nodes/max-pods.js";
export type { MaxPodsOptions, MaxPodsBreakdown, PrefixDelegationSkipReason } from "./nodes/max-pods.js";
export {
  allocatable,
  kubeletMaxPods,
  kubeletMemoryCapacity,
  MEMORY_CAPACITY_FIT,
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
} from "./nodes/allocatable.js";
export type {
  Allocatable,
  AllocatableOptions,
  KubeletMaxPodsOptions,
  ReservationProfile,
  ResourceAmounts,
  VmOverheadSource,
} from "./nodes/allocatable.js";
export type { DaemonSetOverhead, Utilisation } from "./nodes/node-sizing.js";
export { addedNodeDaemonSets, EKS_NODE_DAEMONSETS, nodeDaemonSets } from "./nodes/system-daemonsets.js";

// Plan: pods packed onto node groups and Fargate, instance types ranked, strategies compared.
export { bindingResource, nodeLowerBound, packPods, podsLargerThanNode } from "./plan/bin-pack.js";
export { settingWithoutEffect, unchangedByPlan } from "./plan/setting-without-effect.js";
export type { PodSlotSetting, SettingWithoutEffect } from "./plan/setting-without-effect.js";
export { compareStrategies } from "./plan/compare.js";
export type { Strategy, StrategyId } from "./plan/compare.js";
export type { NodeCapacity, NodePattern, PackOptions, Packing, PodGroup, Resource, Unplaced } from "./plan/bin-pack.js";
export {
  fargateIneligibility,
  fargatePodHourlyCost,
  fargatePodSize,
  FARGATE_INCLUDED_EPHEMERAL_STORAGE_GIB,
  FARGATE_MAX_EPHEMERAL_STORAGE_GIB,
  FARGATE_MIB_PER_GB,
} from "./plan/fargate.js";
export type {
  FargateEphemeralStorage,
  FargateIneligibility,
  FargatePodSize,
  FargatePodTraits,
  FargateSizingRules,
  PodRequests,
} from "./plan/fargate.js";
export { planCluster, podsBeyondMaxNodes, unschedulablePodCount } from "./plan/plan.js";
export type {
  ClusterPlan,
  ConsolidationEstimate,
  FargateWorkloadPlan,
  InstanceTypeOption,
  NodeFill,
  NodeGroupPlan,
  PlannedTypeNodes,
  Provisioning,
  UnschedulablePods,
  UnschedulableReason,
} from "./plan/plan.js";
export { isBurstable, rankInstanceTypes } from "./plan/rank.js";
export { compareModes, COMPUTE_MODES } from "./plan/compare-modes.js";
export {
  AUTO_MODE_MAX_PODS,
  AUTO_MODE_NODE_EXPIRY_HOURS,
  AUTO_MODE_NODE_MAXIMUM_DAYS,
  autoModeIssues,
  autoModeMaxPods,
  autoModeNodeSettings,
} from "./plan/auto-mode-rules.js";
export type { ComputeMode, ModePlan } from "./plan/compare-modes.js";
export type { InstanceTypeRanking, RankOptions } from "./plan/rank.js";
export { NEW_NODE_GROUP_NAME, rankedNodeGroup, withInstanceType } from "./plan/instance-type-choice.js";
export type { InstanceTypeChoice } from "./plan/instance-type-choice.js";

// How far a plan is from the cheapest possible: a proven lower bound, with any linear-program solver
// (`eksize/optimal` adapts HiGHS).
export { costLowerBound } from "./optimal/cost-lower-bound.js";
export type { BoundOption, CostBoundSettings, CostLowerBound } from "./optimal/cost-lower-bound.js";
export { nodeGroupCostBound } from "./optimal/node-group-bound.js";
export type { NodeGroupCostBound } from "./optimal/node-group-bound.js";
export { cheapestMix } from "./optimal/cheapest-mix.js";
export type { CheapestMix, MixNodes, MixSettings, StartNodes } from "./optimal/cheapest-mix.js";
export { MIX_CLOCK_LIMIT_MS, nodeGroupMix } from "./optimal/node-group-mix.js";
export type { MixChange, MixTypeNodes, NodeGroupMix } from "./optimal/node-group-mix.js";
export type { LinearProgram, LinearProgramResult, LinearProgramSolver, LinearRow } from "./optimal/linear-program.js";

// Cost: the monthly bill line by line, with the terms of each line.
export { albCount, COST_LINES, costCluster, nodeGroupMonthlyCost } from "./cost/cluster-cost.js";
export { instanceSavingsPlanCommitments, savingsPlanCommitment } from "./cost/savings-plan.js";
export type { FamilyCommitments, SavingsPlanCommitment } from "./cost/savings-plan.js";
export { SAVINGS_PLAN_TYPES } from "./cost/savings-plan-types.js";
export type { SavingsPlanType } from "./cost/savings-plan-types.js";
export type { ClusterCost, CostLine, CostLineKey, CostTerm, CostUnit, NodeGroupCost } from "./cost/cluster-cost.js";
export {
  costPerPodSlot,
  gbMonths,
  HOURS_PER_MONTH,
  monthlyCost,
  spotHourlyPrice,
  spotSavingsPercent,
} from "./cost/cost.js";

// Network: VPC CNI addresses per node and zone, CIDRs, subnet advice.
export { cniSettings, DEFAULT_CNI_SETTINGS } from "./network/cni-settings.js";
export type { CniSettings, WarmPoolSettings } from "./network/cni-settings.js";
export { nodeAddresses, vpcCniPodCapacity } from "./network/node-addresses.js";
export type { AddressMode, NodeAddresses, NodePods } from "./network/node-addresses.js";
export {
  AWS_RESERVED_ADDRESSES_PER_SUBNET,
  checkCidr,
  cidrSize,
  cidrsOverlap,
  formatCidr,
  LARGEST_SUBNET_PREFIX_LENGTH,
  parseCidr,
  prefixBlocks,
  SMALLEST_SUBNET_PREFIX_LENGTH,
  smallestSubnet,
  usableAddresses,
} from "./network/cidr.js";
export type { Ipv4Cidr } from "./network/cidr.js";
export {
  ALB_ADDRESSES_PER_SUBNET,
  clusterAddresses,
  EKS_CONTROL_PLANE_ADDRESSES_PER_SUBNET,
  NLB_ADDRESSES_PER_SUBNET,
  plus,
} from "./network/cluster-addresses.js";
export type {
  AddressDemand,
  ClusterAddresses,
  ClusterAddressOptions,
  NodeGroupAddresses,
  NodeKindAddresses,
  SubnetDemand,
  ZoneAddresses,
  ZoneShare,
} from "./network/cluster-addresses.js";
export {
  adviseSubnets,
  DEFAULT_HEADROOM_PERCENT,
  defaultNetworkChanges,
  subnetVerdict,
} from "./network/subnet-advice.js";
export type {
  NetworkChange,
  RoleAdvice,
  SettingEffect,
  SubnetAdvice,
  SubnetAdviceOptions,
  SubnetVerdict,
  ZoneAdvice,
} from "./network/subnet-advice.js";

// Scenario and links: the scenario, its schema, JSON files, differences and share links.
export { defaultScenario } from "./scenario/default-scenario.js";
export { HOURS_PER_WEEK, LOAD_PROFILE_PRESETS } from "./scenario/load-profile.js";
export { profileLevels, replicasAtLevel } from "./scenario/profile-levels.js";
export { planWeek, SCALE_DOWN_DELAY_MINUTES } from "./plan/week-plan.js";
export { recommendWeek, weekCommitment } from "./plan/week-recommendation.js";
export type { WeekCommitment, WeekRecommendation } from "./plan/week-recommendation.js";
export type { WeekHour, WeekOptions, WeekPlan } from "./plan/week-plan.js";
export type { LoadProfile, LoadProfilePreset, WorkloadAutoscaling } from "./scenario/load-profile.js";
export {
  DEFAULT_CLUSTER_NETWORK,
  defaultNodeGroup,
  NODE_GROUP_DEFAULTS,
  SCENARIO_VERSION,
  scenarioNetwork,
} from "./scenario/scenario.js";
export type {
  AmazonLinuxRelease,
  Autoscaler,
  CapacityMix,
  ClusterNetwork,
  ClusterSettings,
  ConsolidationPolicy,
  Currency,
  DaemonSet,
  DisruptionBudget,
  FargateProfile,
  LoadBalancerTargetType,
  NodeGroup,
  Scenario,
  Subnet,
  SubnetRole,
  SupportTier,
  VolumeType,
  Workload,
  ZoneSpread,
} from "./scenario/scenario.js";
export { diffScenarios } from "./scenario/scenario-diff.js";
export type { ScenarioDifference } from "./scenario/scenario-diff.js";
export { MAX_SCENARIO_JSON_LENGTH, parseScenarioJson, scenarioJsonText } from "./scenario/scenario-json.js";
export type { ParsedScenario } from "./scenario/scenario-json.js";
export { validateScenario } from "./scenario/scenario-schema.js";
export {
  EKS_KUBERNETES_VERSIONS,
  EKS_VERSION_CALENDAR_AS_OF,
  eksKubernetesVersions,
} from "./scenario/kubernetes-versions.js";
export type { EksKubernetesVersion, EksVersionsOnDate } from "./scenario/kubernetes-versions.js";
export {
  decodeScenario,
  encodeScenario,
  LINK_FORMAT_VERSION,
  MAX_LINK_LENGTH,
  MAX_PAYLOAD_BYTES,
} from "./scenario/share.js";
export type { DecodedScenario, DecodeOptions, EncodeOptions } from "./scenario/share.js";

// Import: a running cluster's workloads from kubectl output.
export { DEFAULT_ASSUMED_CPU_MILLICORES, DEFAULT_ASSUMED_MEMORY_MIB, importKubernetes } from "./kube-import/import.js";
export type {
  ImportedOwner,
  KubeImport,
  KubeImportInput,
  KubeImportOptions,
  LeftOutPods,
  PodWithoutRequests,
} from "./kube-import/import.js";
export { MAX_KUBE_JSON_LENGTH } from "./kube-import/read-json.js";
export { importedScenario } from "./kube-import/imported-scenario.js";
export {
  cpuMillicores as kubeCpuMillicores,
  cpuQuantity as kubeCpuQuantity,
  memoryMiB as kubeMemoryMiB,
  memoryQuantity as kubeMemoryQuantity,
} from "./kube-import/quantity.js";
export type { BareMemoryUnit } from "./kube-import/quantity.js";
export { INSTANCE_TYPE_LABEL } from "./kube-import/nodes.js";
export type { NodeKind, NodeSummary } from "./kube-import/nodes.js";
export type { OwnerKind } from "./kube-import/owners.js";
export {
  CONTROL_PLANE_COMPONENTS,
  CONTROL_PLANE_ROLE_LABELS,
  MIRROR_POD_ANNOTATION,
} from "./kube-import/control-plane.js";
export type { NotOnEks } from "./kube-import/control-plane.js";

// Export: eksctl ClusterConfig, Karpenter manifests, the plan as a report and CSV.
export { csvCell, csvRow } from "./export/csv.js";
export type { CsvCell } from "./export/csv.js";
export {
  CLUSTER_NAME_MAX,
  DEFAULT_CLUSTER_NAME,
  exportClusterName,
  KARPENTER_CLUSTER_NAME_MAX,
  KARPENTER_NODE_ROLE_PREFIX,
} from "./export/names.js";
export type { ClusterNameOptions } from "./export/names.js";
export { eksAmiType } from "./export/ami-types.js";
export type { EksAmiType } from "./export/ami-types.js";
export {
  eksctlClusterConfig,
  EKSIZE_NAME_ANNOTATION,
  EKSIZE_NODE_GROUP_LABEL,
  FARGATE_NAMESPACE,
  FARGATE_PROFILES_QUOTA,
  FARGATE_SELECTORS_PER_PROFILE,
  FARGATE_WORKLOAD_LABEL,
  KARPENTER_DISCOVERY_TAG,
  KARPENTER_VERSION,
  MANAGED_NODE_GROUP_INSTANCE_TYPES,
  vpcCniEnvironment,
} from "./export/eksctl-config.js";
export type {
  EksctlAddon,
  EksctlAmiFamily,
  EksctlClusterConfig,
  EksctlExport,
  EksctlFargateProfile,
  EksctlManagedNodeGroup,
  EksctlVolumeType,
  ExportOptions,
} from "./export/eksctl-config.js";
export { BOTTLEROCKET_OS_VOLUME_GIB, karpenterManifests } from "./export/karpenter-manifests.js";
export type {
  KarpenterBlockDeviceMapping,
  KarpenterEc2NodeClass,
  KarpenterManifests,
  KarpenterTagSelector,
} from "./export/karpenter-manifests.js";
export type { KarpenterNodePool, KarpenterRequirement, NodeClassRef } from "./export/node-pool-manifest.js";
export { AUTO_MODE_NODE_ROLE, autoModeManifests } from "./export/auto-mode-manifests.js";
export type { AutoModeManifests, AutoModeNodeClass } from "./export/auto-mode-manifests.js";
export { PLAN_CSV_COLUMNS, planCsv, planReport } from "./export/plan-report.js";
export type {
  BillLineName,
  BillLineReport,
  BillReport,
  FargateReport,
  NodeGroupReport,
  PlanCsvColumn,
  PlanReport,
  PlanReportOptions,
  UnschedulableReport,
} from "./export/plan-report.js";

// Advice: findings from EKS practice on a planned scenario.
export { adviseScenario } from "./advice/advise.js";
export { AMAZON_LINUX_2_ON_EKS } from "./advice/amazon-linux-2.js";
export { neededControlPlaneTier } from "./advice/control-plane-tier.js";
export { allowedDisruptions } from "./advice/availability.js";
export { ADVICE_CODES } from "./advice/findings.js";
export type { AdviceCode, AdviceParams, AdviceSeverity, Finding } from "./advice/findings.js";
export { FARGATE_PROVIDED_DAEMONSETS } from "./advice/fargate-fit.js";
export { ALB_RULES_QUOTA, INGRESSES_PER_SHARED_ALB, RULES_PER_INGRESS } from "./advice/load-balancers.js";
export { KARPENTER_SPOT_CONSOLIDATION_MINIMUM_TYPES, SPOT_MINIMUM_INSTANCE_TYPES } from "./advice/spot.js";
