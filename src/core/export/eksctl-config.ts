import { kubeletMaxPods } from "../nodes/allocatable.js";
import type { Catalog } from "../catalog/catalog.js";
import type { ControlPlaneTier } from "../catalog/control-plane-tiers.js";
import type { CoreIssue, Result } from "../errors.js";
import { DEFAULT_CNI_SETTINGS } from "../network/cni-settings.js";
import { vpcCniPodCapacity } from "../network/node-addresses.js";
import type { InstanceType } from "../catalog/instance-type.js";
import { splitCapacity, type ClusterPlan, type NodeGroupPlan } from "../plan/plan.js";
import { eksKubernetesVersions, EKS_VERSION_CALENDAR_AS_OF } from "../scenario/kubernetes-versions.js";
import {
  scenarioNetwork,
  type ClusterNetwork,
  type NodeGroup,
  type Scenario,
  type VolumeType,
} from "../scenario/scenario.js";
import { amiTypeSuffix, eksAmiType, type EksAmiType, type EksctlAmiFamily } from "./ami-types.js";
import { exportClusterName, NameSet, slug } from "./names.js";

/**
 * eksctl's `ClusterConfig` (`eksctl.io/v1alpha5`) for a planned scenario, as a plain object for a YAML
 * or JSON writer. Only the fields eksize fills are typed. Field names and values follow eksctl's
 * config schema (eksctl-io/eksctl `pkg/apis/eksctl.io/v1alpha5/assets/schema.json` at v0.230.0, kept
 * in `test/export/fixtures/`: `ClusterConfig`, `ClusterMeta`, `AutoModeConfig`, `ClusterIAM`, `Addon`, `Karpenter`,
 * `PrivateCluster`, `ManagedNodeGroup`, `NodeGroupIAM`, `FargateProfile`, `FargateProfileSelector`).
 */
export interface EksctlClusterConfig {
  readonly apiVersion: "eksctl.io/v1alpha5";
  readonly kind: "ClusterConfig";
  readonly metadata: {
    /** The EKS cluster name (see {@link eksctlClusterConfig}). */
    readonly name: string;
    /** AWS region code, the scenario's. */
    readonly region: string;
    /** Kubernetes minor version, e.g. `"1.33"`; only when the scenario says (else eksctl's default). */
    readonly version?: string;
    /** With Karpenter: `karpenter.sh/discovery: <cluster>`, which eksctl puts on what the EC2NodeClasses select. */
    readonly tags?: Readonly<Record<string, string>>;
    /** eksctl ignores annotations: {@link EKSIZE_NAME_ANNOTATION}, the scenario's own name verbatim. */
    readonly annotations?: Readonly<Record<string, string>>;
  };
  /**
   * EKS Auto Mode (eksctl `AutoModeConfig`): on a scenario whose autoscaler is Auto Mode, enabled with
   * only the built-in `system` NodePool (eksctl then creates the node role; the node groups are the
   * Auto Mode file's NodePools, which take the place of `general-purpose`); on any other, disabled in
   * so many words, as eksctl asks of configs that create node groups before it turns Auto Mode on by
   * default (eksctl `userdocs/src/usage/auto-mode.md`, "Upcoming behavior change").
   */
  readonly autoModeConfig: { readonly enabled: boolean; readonly nodePools?: readonly "system"[] };
  /** IAM OIDC provider on: IRSA for the VPC CNI add-on and the cluster's controllers (and Karpenter, which needs it). */
  readonly iam: { readonly withOIDC: true };
  readonly addons: readonly EksctlAddon[];
  /** Only when the scenario's autoscaler is Karpenter: eksctl installs it (see {@link eksctlClusterConfig}). */
  readonly karpenter?: {
    /** The Karpenter release, {@link KARPENTER_VERSION}. */
    readonly version: string;
    /** Spot interruption handling (an SQS queue and its rules), when a node group can use Spot. */
    readonly withSpotInterruptionQueue?: true;
  };
  /** Only for a private cluster (no outbound internet access; AWS APIs through VPC endpoints). */
  readonly privateCluster?: {
    readonly enabled: true;
    /** `autoscaling` when the Cluster Autoscaler runs: it needs the Auto Scaling API privately. */
    readonly additionalEndpointServices?: readonly string[];
  };
  readonly managedNodeGroups: readonly EksctlManagedNodeGroup[];
  /**
   * Only with a control plane tier other than `standard` (eksctl's `ClusterConfig.controlPlaneScalingConfig`,
   * `ControlPlaneScalingConfig.tier`, added in eksctl PR #8590): the EKS API's tier value.
   */
  readonly controlPlaneScalingConfig?: { readonly tier: ControlPlaneTier };
  /** Only when the plan runs pods on Fargate. */
  readonly fargateProfiles?: readonly EksctlFargateProfile[];
}

/** An EKS add-on in eksctl's config: here the VPC CNI with its settings. */
export interface EksctlAddon {
  readonly name: "vpc-cni";
  /**
   * The add-on's configuration as a JSON string (eksctl passes it to EKS `configurationValues`; the
   * eksctl docs, `usage/addons.md`, take "a JSON or YAML string"): `{"env":{...}}` of
   * {@link vpcCniEnvironment}. Absent when every setting is at its default.
   */
  readonly configurationValues?: string;
  /** `overwrite` with configuration values, so they replace what an existing add-on has. */
  readonly resolveConflicts?: "overwrite";
}

/** Root volume types eksctl accepts that a scenario can have. */
export type EksctlVolumeType = VolumeType;

export type { EksctlAmiFamily } from "./ami-types.js";

/** One EKS managed node group in eksctl's config. */
export interface EksctlManagedNodeGroup {
  /** A name EKS accepts, from the node group's (with an AMI type and `-on-demand` / `-spot` when split). */
  readonly name: string;
  readonly amiFamily: EksctlAmiFamily;
  /** Instance types of one EKS AMI type that the plan could use, in the group's order, at most {@link MANAGED_NODE_GROUP_INSTANCE_TYPES}. */
  readonly instanceTypes: readonly string[];
  /** Spot capacity; absent for on-demand. */
  readonly spot?: true;
  /** Nodes it starts with: the planned nodes, within `minSize` and `maxSize`. */
  readonly desiredCapacity: number;
  readonly minSize: number;
  /** The node group's `maxNodes` (split between on-demand and Spot), or without one twice the planned nodes. */
  readonly maxSize: number;
  /** Root volume, GiB. */
  readonly volumeSize: number;
  readonly volumeType: EksctlVolumeType;
  /** Kubelet max pods of every node: {@link exportMaxPods} over its instance types. */
  readonly maxPodsPerNode: number;
  /** Private subnets only: required on every node group of a private cluster. */
  readonly privateNetworking?: true;
  /** `eksize.io/node-group`: the eksize node group, to pin workloads with a node selector. */
  readonly labels: Readonly<Record<string, string>>;
  /** The Cluster Autoscaler's IAM policy, when it scales the groups. */
  readonly iam?: { readonly withAddonPolicies: { readonly autoScaler: true } };
  /** Labels and taints as Auto Scaling group tags, so the Cluster Autoscaler can scale from zero. */
  readonly propagateASGTags?: true;
}

/** An EKS Fargate profile in eksctl's config. */
export interface EksctlFargateProfile {
  readonly name: string;
  /** At most {@link FARGATE_SELECTORS_PER_PROFILE}. */
  readonly selectors: readonly {
    readonly namespace: string;
    readonly labels: Readonly<Record<string, string>>;
  }[];
}

/** Options of {@link eksctlClusterConfig} and `karpenterManifests`. */
export interface ExportOptions {
  /**
   * The EKS cluster name, used exactly as given or refused (see `exportClusterName`); default: one
   * made from the scenario's name.
   */
  readonly clusterName?: string;
  /**
   * The day the files are made for, `YYYY-MM-DD` (the data's date): which Kubernetes versions EKS
   * offers then. Default: {@link EKS_VERSION_CALENDAR_AS_OF}.
   */
  readonly date?: string;
}

/** An eksctl export: the config, and what a person applying it should know ({@link eksctlClusterConfig}). */
export interface EksctlExport {
  readonly config: EksctlClusterConfig;
  /** Notes, in file order: `export-ami-types-split`, `export-instance-types-limited`, `export-managed-node-group-left-out`, `export-max-pods-limited`, `export-fargate-profiles-over-quota`. */
  readonly notes: readonly CoreIssue[];
}

/** Selectors an EKS Fargate profile may have (EKS `CreateFargateProfile`: "up to five selectors"). */
export const FARGATE_SELECTORS_PER_PROFILE = 5;

/** EKS's default quota of Fargate profiles per cluster (AWS General Reference, Amazon EKS quotas). */
export const FARGATE_PROFILES_QUOTA = 10;

/**
 * Instance types one managed node group may list: "0–20 instance types" (EKS user guide
 * `nodes/launch-templates.adoc`, for the EKS API's `CreateNodegroup` `instanceTypes`).
 */
export const MANAGED_NODE_GROUP_INSTANCE_TYPES = 20;

/**
 * The Karpenter release the eksctl file installs: 1.14.1 (aws/karpenter-provider-aws, 2026-08-20), the
 * newest at the data's date. It supports Kubernetes 1.30 to 1.36 (Karpenter's compatibility matrix)
 * and NodePool `limits.nodes` (since 1.11: kubernetes-sigs/karpenter #2526).
 */
export const KARPENTER_VERSION = "1.14.1";

/** The node label every exported node group and NodePool puts on its nodes: the eksize node group. */
export const EKSIZE_NODE_GROUP_LABEL = "eksize.io/node-group";

/** The pod label the exported Fargate selectors match: the workload (Kubernetes recommended label). */
export const FARGATE_WORKLOAD_LABEL = "app.kubernetes.io/name";

/** The annotation that carries a scenario's or node group's own name, verbatim. */
export const EKSIZE_NAME_ANNOTATION = "eksize.io/name";

/** The namespace the exported Fargate selectors match. */
export const FARGATE_NAMESPACE = "default";

/** The tag key Karpenter's selector terms and eksctl's Karpenter support share. */
export const KARPENTER_DISCOVERY_TAG = "karpenter.sh/discovery";

/** eksctl's `amiFamily` for a node group: Bottlerocket for its profile, else AL2023 (Amazon Linux and Karpenter). */
function eksctlAmiFamily(group: NodeGroup): EksctlAmiFamily {
  return group.profile === "bottlerocket" ? "Bottlerocket" : "AmazonLinux2023";
}

/**
 * The `aws-node` environment the scenario needs, as the VPC CNI add-on's `env` configuration (string
 * values): `ENABLE_PREFIX_DELEGATION` when a node group uses prefix delegation,
 * `AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG` when one uses custom networking (you still create one ENIConfig
 * per zone), `ENABLE_POD_ENI` when workloads have their own security groups, and each of
 * `WARM_ENI_TARGET`, `WARM_IP_TARGET`, `MINIMUM_IP_TARGET`, `WARM_PREFIX_TARGET` and `MAX_ENI` that is
 * not at the VPC CNI default (WARM_ENI_TARGET 1, WARM_PREFIX_TARGET 1, the others unset; a 0 IP target
 * is unset). Names: amazon-vpc-cni-k8s `README.md` (eks-formulas.md §2.1).
 *
 * @example vpcCniEnvironment(defaultScenario) // {}
 */
export function vpcCniEnvironment(scenario: Scenario): Readonly<Record<string, string>> {
  const network = scenarioNetwork(scenario);
  const env: Record<string, string> = {};
  if (scenario.nodeGroups.some((group) => group.network.prefixDelegation)) env.ENABLE_PREFIX_DELEGATION = "true";
  if (scenario.nodeGroups.some((group) => group.network.customNetworking)) {
    env.AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG = "true";
  }
  if (network.securityGroupWorkloads.length > 0) env.ENABLE_POD_ENI = "true";
  const cni = network.cni;
  if (cni.warmEniTarget !== DEFAULT_CNI_SETTINGS.warmEniTarget) env.WARM_ENI_TARGET = String(cni.warmEniTarget);
  if (cni.warmIpTarget !== null && cni.warmIpTarget !== 0) env.WARM_IP_TARGET = String(cni.warmIpTarget);
  if (cni.minimumIpTarget !== null && cni.minimumIpTarget !== 0) env.MINIMUM_IP_TARGET = String(cni.minimumIpTarget);
  if (cni.warmPrefixTarget !== DEFAULT_CNI_SETTINGS.warmPrefixTarget) {
    env.WARM_PREFIX_TARGET = String(cni.warmPrefixTarget);
  }
  if (cni.maxEni !== null) env.MAX_ENI = String(cni.maxEni);
  return env;
}

/**
 * The instance types of a planned node group that the planner could use, in the group's order, each
 * once: the group's `options` (types the catalogue has and can size with the group's settings). The
 * others cannot be planned, priced or sized, so neither export names them.
 *
 * @param types the catalogue's instance types by name.
 */
export function plannedInstanceTypes(planned: NodeGroupPlan, types: ReadonlyMap<string, InstanceType>): InstanceType[] {
  return [...new Set(planned.options.map((option) => option.instanceType))].flatMap((name) => {
    const type = types.get(name);
    return type === undefined ? [] : [type];
  });
}

/**
 * Kubelet max pods of a node of `type` in `group` that its VPC CNI can serve: the planner's value
 * (`kubeletMaxPods` with the group's profile, prefix delegation, custom networking and max pods
 * override, as `allocatable(...).pods` in `planCluster`), but never more than the pods the VPC CNI
 * can address on it (`vpcCniPodCapacity` with the cluster's MAX_ENI and the trunk ENI of security
 * groups for pods, which the planner does not count): a kubelet that admits more pods than the node
 * has addresses leaves pods waiting for an IP address. m5.xlarge with custom networking, security
 * groups for pods and MAX_ENI 3 gets 16, not the 44 of custom networking alone.
 *
 * @param network the cluster's network settings (`scenarioNetwork(scenario)`).
 */
export function groupKubeletMaxPods(type: InstanceType, group: NodeGroup, network: ClusterNetwork): number {
  const kubelet = kubeletMaxPods(type, {
    profile: group.profile,
    network: group.network,
    ...(group.maxPods === null ? {} : { maxPods: group.maxPods }),
  });
  const addressable = vpcCniPodCapacity(type, {
    prefixDelegation: group.network.prefixDelegation,
    customNetworking: group.network.customNetworking,
    securityGroupsForPods: network.securityGroupWorkloads.length > 0,
    maxEni: network.cni.maxEni,
  });
  return Math.min(kubelet, addressable);
}

/**
 * The kubelet max pods to configure on every node of a group when one value must serve all its
 * instance types (eksctl `maxPodsPerNode`, Karpenter `kubelet.maxPods`): the smallest
 * {@link groupKubeletMaxPods} over `types`, as the EKS user guide advises for a managed node group
 * with several instance types ("use a value that would work for all instance types",
 * `choosing-instance-type.adoc`). A larger value would let the kubelet admit pods that the VPC CNI
 * cannot give an address on the group's smaller types: a group of t3.large (35) and m5.large (29)
 * gets 29, whichever type the plan chose.
 *
 * @param types the group's usable types ({@link plannedInstanceTypes}), at least one.
 * @param network the cluster's network settings (`scenarioNetwork(scenario)`).
 */
export function exportMaxPods(group: NodeGroup, types: readonly InstanceType[], network: ClusterNetwork): number {
  return Math.min(...types.map((type) => groupKubeletMaxPods(type, group, network)));
}

/**
 * `export-max-pods-limited` when the plan gave the planned type's nodes more pods than its VPC CNI
 * can address (see {@link groupKubeletMaxPods}), else nothing (nor for a group planned without nodes).
 */
export function maxPodsNotes(
  group: NodeGroup,
  planned: NodeGroupPlan,
  types: ReadonlyMap<string, InstanceType>,
  network: ClusterNetwork,
): CoreIssue[] {
  const type = planned.instanceType === null ? undefined : types.get(planned.instanceType);
  const plannedPods = planned.allocatable?.pods;
  if (type === undefined || plannedPods === undefined || planned.nodes === 0) return [];
  const exported = groupKubeletMaxPods(type, group, network);
  return exported < plannedPods
    ? [
        {
          code: "export-max-pods-limited",
          params: { nodeGroup: group.name, instanceType: type.name, planned: plannedPods, exported },
        },
      ]
    : [];
}

/**
 * The Kubernetes version the scenario sets, checked against EKS's calendar on `date`: ok with the
 * version (null when the scenario leaves it to eksctl), or `kubernetes-version-unsupported` with the
 * versions EKS offers that day (`eksKubernetesVersions`).
 */
function exportKubernetesVersion(scenario: Scenario, date: string): Result<string | null> {
  const version = scenario.cluster.kubernetesVersion;
  if (version === null) return { ok: true, value: null };
  const offered = eksKubernetesVersions(date);
  if ([...offered.standard, ...offered.extended].includes(version)) return { ok: true, value: version };
  return {
    ok: false,
    issues: [
      {
        code: "kubernetes-version-unsupported",
        path: "cluster.kubernetesVersion",
        params: { version, date, ...offered },
      },
    ],
  };
}

/**
 * The eksctl `ClusterConfig` that builds the planned cluster (`eksctl create cluster -f`), or why it
 * cannot be made: a cluster name EKS or eksctl refuses (`export-cluster-name-invalid`, see
 * `exportClusterName`; with Karpenter the name must also fit eksctl's node role) or a Kubernetes
 * version EKS does not offer on `options.date` (`kubernetes-version-unsupported`).
 *
 * - `metadata`: the cluster name, the region, the Kubernetes version when the scenario sets one, the
 *   scenario's own name as an annotation;
 * - `autoModeConfig`: enabled on EKS Auto Mode, with the built-in `system` NodePool only; then no
 *   managed node groups and no `vpc-cni` add-on (eksctl refuses both when it creates an Auto Mode
 *   cluster: `pkg/ctl/cmdutils/configfile.go`). Disabled otherwise, written out;
 * - `iam.withOIDC: true`; the `vpc-cni` add-on with {@link vpcCniEnvironment} as `configurationValues`;
 * - with Karpenter as the autoscaler: the `karpenter` block ({@link KARPENTER_VERSION}, Spot
 *   interruption handling when a node group can use Spot) and the tag `karpenter.sh/discovery:
 *   <cluster>` in `metadata.tags`. With both, eksctl creates the node role
 *   `eksctl-KarpenterNodeRole-<cluster>` (`pkg/cfn/builder/karpenter.go`) and puts the discovery tag
 *   on the private subnets it creates (`vpc_ipv4.go`), the shared node security group (`cluster.go`)
 *   and the cluster security group (`pkg/actions/karpenter/create.go`): exactly what
 *   `karpenterManifests` selects. A VPC of your own needs the tag on its subnets;
 * - `privateCluster` for a private cluster, with the `autoscaling` endpoint for the Cluster
 *   Autoscaler, and `privateNetworking: true` on every node group (eksctl requires it there);
 * - `controlPlaneScalingConfig.tier` with a control plane tier other than `standard`;
 * - per planned node group with a usable instance type ({@link plannedInstanceTypes}; the others have
 *   no nodes and are left out), managed node groups:
 *   - one per EKS AMI type among its types (`eksAmiType`: x86, arm64, NVIDIA, Neuron), since a managed
 *     node group has one AMI type; when there are several each is named `<group>-<x86|arm64|nvidia|
 *     arm64-nvidia|neuron>` and `export-ami-types-split` says so. The plan's nodes and the group's
 *     minimum go to the one with the planned type; the others start empty (0 desired, 0 minimum) with
 *     the same maximum, for the Cluster Autoscaler to use (it limits each managed node group on its
 *     own, so together they can exceed `maxNodes`: the note says it);
 *   - at most {@link MANAGED_NODE_GROUP_INSTANCE_TYPES} instance types each, the planned type always
 *     among them, else the first in the group's order (`export-instance-types-limited` names the rest);
 *   - a managed node group is all on-demand or all Spot (EKS `capacityType`), so a `mixed` group
 *     becomes `-on-demand` and `-spot`, its minimum and maximum each split with the planner's rule
 *     (`splitCapacity`: the on-demand base first, then the Spot percentage of the rest, on-demand
 *     rounded up), the on-demand minimum at least the base as far as the planned on-demand nodes reach;
 *   - `maxSize`: the user's `maxNodes` (its share in a mixed group), never raised to the planned
 *     nodes: `desiredCapacity` is the planned nodes within it. A managed node group whose maximum is 0
 *     is left out (EKS needs at least 1; `export-managed-node-group-left-out`). Without `maxNodes`,
 *     twice the planned nodes, at least 1;
 *   - `maxPodsPerNode` = {@link exportMaxPods} over its types, on AL2023 and Bottlerocket alike. For
 *     AL2023 eksctl (since v0.199.0, PR #8078, `pkg/nodebootstrap/al2023.go`) writes it as a nodeadm
 *     `NodeConfig` with `kubelet.config.maxPods` into the launch template's user data, which nodeadm
 *     merges with the one EKS adds (eksctl's integration test `taints-max-pods.yaml` checks 123 pods
 *     on such nodes); for Bottlerocket as `settings.kubernetes.max-pods`
 *     (`pkg/nodebootstrap/managed_bottlerocket.go`). EKS's own default for AL2023 knows neither
 *     MAX_ENI nor security groups for pods, hence always set. `export-max-pods-limited` says when the
 *     VPC CNI gives fewer pods than the plan assumed;
 *   - the root volume; AL2023 or Bottlerocket; the label {@link EKSIZE_NODE_GROUP_LABEL}; with the
 *     Cluster Autoscaler its IAM policy and `propagateASGTags`;
 * - one Fargate profile per scenario profile with the workloads the plan runs on Fargate (ineligible
 *   ones are left out: the plan lists them as unschedulable), each selected in namespace
 *   {@link FARGATE_NAMESPACE} (`default`) by {@link FARGATE_WORKLOAD_LABEL}`: <workload>` (the name
 *   when it is a valid label value, else its slug). The scenario has no namespaces, so pods in other
 *   namespaces (imported workloads, for one) or without that label stay off Fargate until the
 *   selectors are edited. EKS allows 5 selectors per profile, so larger profiles split into `<name>`,
 *   `<name>-2`, ...; past {@link FARGATE_PROFILES_QUOTA} profiles, `export-fargate-profiles-over-quota`.
 *
 * Names that EKS restricts (node groups, Fargate profiles) are slugs of eksize's names, unique within
 * the file.
 *
 * @param catalog the catalogue the plan was made with (the groups' instance types and their max pods).
 * @example eksctlClusterConfig(defaultScenario, planCluster(defaultScenario, catalog), catalog).value?.config.managedNodeGroups.map((group) => group.name)
 * // ["general-on-demand", "general-spot", "batch-spot"]
 */
export function eksctlClusterConfig(
  scenario: Scenario,
  plan: ClusterPlan,
  catalog: Catalog,
  options: ExportOptions = {},
): Result<EksctlExport> {
  const { cluster } = scenario;
  const karpenter = cluster.autoscaler === "karpenter";
  const autoMode = cluster.autoscaler === "auto-mode";
  const name = exportClusterName(scenario, options.clusterName, { karpenter });
  const version = exportKubernetesVersion(scenario, options.date ?? EKS_VERSION_CALENDAR_AS_OF);
  if (!name.ok || !version.ok) return { ok: false, issues: [...issuesOf(name), ...issuesOf(version)] };

  const clusterAutoscaler = cluster.autoscaler === "cluster-autoscaler";
  const network = scenarioNetwork(scenario);
  const types = new Map(catalog.instanceTypes.map((type) => [type.name, type]));
  const names = new NameSet();
  const labels = new NameSet();
  const notes: CoreIssue[] = [];

  // On Auto Mode the node groups are NodePools (the Auto Mode file), and eksctl refuses node groups.
  const managedNodeGroups = (autoMode ? [] : plan.nodeGroups).flatMap((planned, index) => {
    const group = scenario.nodeGroups.find((candidate) => candidate.name === planned.name);
    const usable = group === undefined || planned.instanceType === null ? [] : plannedInstanceTypes(planned, types);
    if (group === undefined || usable.length === 0) return [];
    const amiFamily = eksctlAmiFamily(group);
    const parts = byAmiType(usable, amiFamily, planned.instanceType);
    const base = slug(group.name);
    const fallback = `node-group-${index + 1}`;
    const nodeLabels = { [EKSIZE_NODE_GROUP_LABEL]: labels.labelValue(group.name, fallback) };
    const maximum = group.maxNodes ?? 2 * planned.nodes;
    const groupNotes: CoreIssue[] = [];
    const made = parts.flatMap(({ amiType, types: partTypes }, partIndex) => {
      const listed = limitInstanceTypes(partTypes, planned.instanceType);
      const partSuffix = parts.length > 1 ? `-${amiTypeSuffix(amiType)}` : "";
      const plannedPart = partIndex === 0;
      const partSizes = sizes(group, maximum, plannedPart ? planned : null);
      return partSizes.flatMap((size): EksctlManagedNodeGroup[] => {
        const mngName = names.unique(base, fallback, `${partSuffix}${size.suffix}`);
        if (size.max === 0) {
          groupNotes.push({
            code: "export-managed-node-group-left-out",
            params: { nodeGroup: group.name, managedNodeGroup: mngName },
          });
          return [];
        }
        if (listed.length < partTypes.length) {
          groupNotes.push({
            code: "export-instance-types-limited",
            params: {
              managedNodeGroup: mngName,
              maximum: MANAGED_NODE_GROUP_INSTANCE_TYPES,
              left: partTypes.filter((type) => !listed.includes(type)).map((type) => type.name),
            },
          });
        }
        return [
          {
            name: mngName,
            amiFamily,
            instanceTypes: listed.map((type) => type.name),
            ...(size.spot ? { spot: true } : {}),
            desiredCapacity: size.desired,
            minSize: size.min,
            maxSize: size.max,
            volumeSize: group.rootVolume.sizeGiB,
            volumeType: group.rootVolume.type,
            maxPodsPerNode: exportMaxPods(group, listed, network),
            ...(cluster.privateCluster ? { privateNetworking: true } : {}),
            labels: { ...nodeLabels },
            ...(clusterAutoscaler ? { iam: { withAddonPolicies: { autoScaler: true } }, propagateASGTags: true } : {}),
          },
        ];
      });
    });
    if (parts.length > 1) {
      notes.push({
        code: "export-ami-types-split",
        params: { nodeGroup: group.name, managedNodeGroups: made.map((managed) => managed.name) },
      });
    }
    notes.push(...groupNotes, ...maxPodsNotes(group, planned, types, network));
    return made;
  });

  const env = vpcCniEnvironment(scenario);
  const addon: EksctlAddon =
    Object.keys(env).length === 0
      ? { name: "vpc-cni" }
      : { name: "vpc-cni", configurationValues: JSON.stringify({ env }), resolveConflicts: "overwrite" };
  const fargateProfiles = fargateProfilesOf(scenario, plan);
  if (fargateProfiles.length > FARGATE_PROFILES_QUOTA) {
    notes.push({
      code: "export-fargate-profiles-over-quota",
      params: { profiles: fargateProfiles.length, quota: FARGATE_PROFILES_QUOTA },
    });
  }
  const spot = managedNodeGroups.some((group) => group.spot === true);

  return {
    ok: true,
    value: {
      config: {
        apiVersion: "eksctl.io/v1alpha5",
        kind: "ClusterConfig",
        metadata: {
          name: name.value,
          region: scenario.region,
          ...(version.value === null ? {} : { version: version.value }),
          ...(karpenter ? { tags: { [KARPENTER_DISCOVERY_TAG]: name.value } } : {}),
          ...(scenario.name === "" ? {} : { annotations: { [EKSIZE_NAME_ANNOTATION]: scenario.name } }),
        },
        autoModeConfig: autoMode ? { enabled: true, nodePools: ["system"] } : { enabled: false },
        iam: { withOIDC: true },
        // Auto Mode runs pod networking itself, and eksctl refuses the VPC CNI add-on there.
        addons: autoMode ? [] : [addon],
        ...(karpenter
          ? { karpenter: { version: KARPENTER_VERSION, ...(spot ? { withSpotInterruptionQueue: true } : {}) } }
          : {}),
        ...(cluster.privateCluster
          ? {
              privateCluster: {
                enabled: true,
                ...(clusterAutoscaler ? { additionalEndpointServices: ["autoscaling"] } : {}),
              },
            }
          : {}),
        managedNodeGroups,
        ...(cluster.controlPlaneTier === "standard"
          ? {}
          : { controlPlaneScalingConfig: { tier: cluster.controlPlaneTier } }),
        ...(fargateProfiles.length === 0 ? {} : { fargateProfiles }),
      },
      notes,
    },
  };
}

/** The issues of a failed result, none of a good one. */
function issuesOf(result: Result<unknown>): readonly CoreIssue[] {
  return result.ok ? [] : result.issues;
}

/**
 * A node group's usable types by EKS AMI type, in the group's order, the part with the planned type
 * first.
 */
function byAmiType(
  usable: readonly InstanceType[],
  family: EksctlAmiFamily,
  plannedType: string | null,
): { amiType: EksAmiType; types: InstanceType[] }[] {
  const parts = new Map<EksAmiType, InstanceType[]>();
  for (const type of usable) {
    const amiType = eksAmiType(type, family);
    parts.set(amiType, [...(parts.get(amiType) ?? []), type]);
  }
  return [...parts]
    .map(([amiType, types]) => ({ amiType, types }))
    .sort(
      (a, b) =>
        Number(b.types.some((type) => type.name === plannedType)) -
        Number(a.types.some((type) => type.name === plannedType)),
    );
}

/**
 * At most {@link MANAGED_NODE_GROUP_INSTANCE_TYPES} of `types`, in their order, the planned type kept
 * (in place of the last of the first 20 when it comes later).
 */
function limitInstanceTypes(types: readonly InstanceType[], plannedType: string | null): readonly InstanceType[] {
  if (types.length <= MANAGED_NODE_GROUP_INSTANCE_TYPES) return types;
  const first = types.slice(0, MANAGED_NODE_GROUP_INSTANCE_TYPES);
  const planned = types.find((type) => type.name === plannedType);
  return planned === undefined || first.includes(planned)
    ? first
    : [...first.slice(0, MANAGED_NODE_GROUP_INSTANCE_TYPES - 1), planned];
}

interface GroupSize {
  readonly suffix: string;
  readonly spot: boolean;
  readonly desired: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Desired, minimum and maximum nodes of the managed node group(s) a node group (or one AMI type's
 * part of it) becomes, split for a mixed group with the planner's `splitCapacity`. `planned` null: a
 * part without the planned type, empty (0 desired, 0 minimum). With the user's `maxNodes` the maximum
 * is its share of it, exactly (0 is possible: the caller leaves such a group out); without, at least 1.
 *
 * @param maximum the group's `maxNodes`, or twice its planned nodes.
 */
function sizes(group: NodeGroup, maximum: number, planned: NodeGroupPlan | null): GroupSize[] {
  const limited = group.maxNodes !== null;
  const size = (suffix: string, spot: boolean, desired: number, min: number, max: number): GroupSize => {
    const top = limited ? max : Math.max(max, 1);
    return { suffix, spot, desired: Math.min(desired, top), min, max: top };
  };
  const minimum = planned === null ? 0 : group.minNodes;
  const mix = group.capacity;
  if (mix.type !== "mixed") {
    return [size("", mix.type === "spot", planned?.nodes ?? 0, minimum, maximum)];
  }
  const minimumSplit = splitCapacity(group, minimum);
  const maximumSplit = splitCapacity(group, maximum);
  const onDemand = planned?.onDemandNodes ?? 0;
  return [
    size(
      "-on-demand",
      false,
      onDemand,
      Math.min(onDemand, Math.max(planned === null ? 0 : mix.onDemandBase, minimumSplit.onDemand)),
      maximumSplit.onDemand,
    ),
    size("-spot", true, planned?.spotNodes ?? 0, minimumSplit.spot, maximumSplit.spot),
  ];
}

function fargateProfilesOf(scenario: Scenario, plan: ClusterPlan): EksctlFargateProfile[] {
  const onFargate = new Set(plan.fargate.map((entry) => entry.workload));
  const names = new NameSet();
  const labels = new NameSet();
  const labelOf = new Map(
    scenario.workloads.map((workload, index) => [
      workload.name,
      labels.labelValue(workload.name, `workload-${index + 1}`),
    ]),
  );
  return scenario.fargateProfiles.flatMap((profile, index) => {
    const workloads = profile.workloads.filter((workload) => onFargate.has(workload));
    // EKS reserves the `eks-` prefix for its own profiles.
    const base = slug(profile.name).replace(/^eks-/, "fp-eks-");
    const profiles: EksctlFargateProfile[] = [];
    for (let start = 0; start < workloads.length; start += FARGATE_SELECTORS_PER_PROFILE) {
      profiles.push({
        name: names.unique(base, `fargate-${index + 1}`),
        selectors: workloads.slice(start, start + FARGATE_SELECTORS_PER_PROFILE).map((workload) => ({
          namespace: FARGATE_NAMESPACE,
          labels: { [FARGATE_WORKLOAD_LABEL]: labelOf.get(workload) ?? workload },
        })),
      });
    }
    return profiles;
  });
}
