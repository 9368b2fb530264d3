import { kubeletMaxPods, type ReservationProfile } from "../nodes/allocatable.js";
import type { Catalog } from "../catalog/catalog.js";
import { DEFAULT_CNI_SETTINGS } from "../network/cni-settings.js";
import type { InstanceType } from "../catalog/instance-type.js";
import { splitCapacity, type ClusterPlan, type NodeGroupPlan } from "../plan/plan.js";
import { scenarioNetwork, type NodeGroup, type Scenario, type VolumeType } from "../scenario/scenario.js";
import { exportClusterName, NameSet, slug } from "./names.js";

/**
 * eksctl's `ClusterConfig` (`eksctl.io/v1alpha5`) for a planned scenario, as a plain object for a YAML
 * or JSON writer. Only the fields eksize fills are typed. Field names and values follow eksctl's
 * config schema (eksctl-io/eksctl `pkg/apis/eksctl.io/v1alpha5/assets/schema.json`, commit 3780ded:
 * `ClusterConfig`, `ClusterMeta`, `ClusterIAM`, `Addon`, `PrivateCluster`, `ManagedNodeGroup`,
 * `NodeGroupIAM`, `NodeGroupIAMAddonPolicies`, `FargateProfile`, `FargateProfileSelector`).
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
    /**
     * eksctl ignores annotations: {@link EKSIZE_NAME_ANNOTATION}, the scenario's own name verbatim, and
     * {@link EKSIZE_MAX_PODS_ANNOTATION} when AL2023 node groups need a max pods eksctl cannot set.
     */
    readonly annotations?: Readonly<Record<string, string>>;
  };
  /** IAM OIDC provider on: IRSA for the VPC CNI add-on and the cluster's controllers. */
  readonly iam: { readonly withOIDC: true };
  readonly addons: readonly EksctlAddon[];
  /** Only for a private cluster (no outbound internet access; AWS APIs through VPC endpoints). */
  readonly privateCluster?: {
    readonly enabled: true;
    /** `autoscaling` when the Cluster Autoscaler runs: it needs the Auto Scaling API privately. */
    readonly additionalEndpointServices?: readonly string[];
  };
  readonly managedNodeGroups: readonly EksctlManagedNodeGroup[];
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

/** eksctl `amiFamily` values eksize exports. */
export type EksctlAmiFamily = "AmazonLinux2023" | "Bottlerocket";

/** One EKS managed node group in eksctl's config. */
export interface EksctlManagedNodeGroup {
  /** A name EKS accepts, from the node group's (with `-on-demand` / `-spot` for a mixed group). */
  readonly name: string;
  readonly amiFamily: EksctlAmiFamily;
  /** The node group's instance types that the plan could use (the catalogue has and sizes them), in its order. */
  readonly instanceTypes: readonly string[];
  /** Spot capacity; absent for on-demand. */
  readonly spot?: true;
  /** Nodes it starts with: the planned nodes. */
  readonly desiredCapacity: number;
  readonly minSize: number;
  readonly maxSize: number;
  /** Root volume, GiB. */
  readonly volumeSize: number;
  readonly volumeType: EksctlVolumeType;
  /**
   * Kubelet max pods, on Bottlerocket only: {@link exportMaxPods}, the smallest over the group's types
   * (see {@link eksctlClusterConfig} for AL2023).
   */
  readonly maxPodsPerNode?: number;
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

/** Options of {@link eksctlClusterConfig}. */
export interface EksctlConfigOptions {
  /** The EKS cluster name; default: the scenario's name as a slug (both made safe, see {@link eksctlClusterConfig}). */
  readonly clusterName?: string;
}

/** Selectors an EKS Fargate profile may have (EKS `CreateFargateProfile`: "up to five selectors"). */
export const FARGATE_SELECTORS_PER_PROFILE = 5;

/** The node label every exported node group and NodePool puts on its nodes: the eksize node group. */
export const EKSIZE_NODE_GROUP_LABEL = "eksize.io/node-group";

/** The pod label the exported Fargate selectors match: the workload (Kubernetes recommended label). */
export const FARGATE_WORKLOAD_LABEL = "app.kubernetes.io/name";

/** The annotation that carries a scenario's or node group's own name, verbatim. */
export const EKSIZE_NAME_ANNOTATION = "eksize.io/name";

/** The namespace the exported Fargate selectors match. */
export const FARGATE_NAMESPACE = "default";

/**
 * The ClusterConfig annotation that lists the AL2023 managed node groups whose nodes need a kubelet
 * max pods that neither EKS nor eksctl sets, as `<managed node group>=<max pods>` joined by `,`
 * (see {@link eksctlClusterConfig}).
 */
export const EKSIZE_MAX_PODS_ANNOTATION = "eksize.io/kubelet-max-pods";

/** eksctl's `amiFamily` for a reservation profile: AL2023 for Amazon Linux and Karpenter, else Bottlerocket. */
export function eksctlAmiFamily(profile: ReservationProfile): EksctlAmiFamily {
  return profile === "bottlerocket" ? "Bottlerocket" : "AmazonLinux2023";
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
 * Kubelet max pods of a node of `type` in `group`, as the planner computes it (`allocatable(...).pods`
 * in `planCluster`): `kubeletMaxPods` with the group's profile, network settings and max pods override.
 */
export function groupKubeletMaxPods(type: InstanceType, group: NodeGroup): number {
  return kubeletMaxPods(type, {
    profile: group.profile,
    network: group.network,
    ...(group.maxPods === null ? {} : { maxPods: group.maxPods }),
  });
}

/**
 * The kubelet max pods to configure on every node of a group when one value must serve all its
 * instance types (eksctl `maxPodsPerNode`, Karpenter `kubelet.maxPods`): the smallest
 * {@link groupKubeletMaxPods} over `types`. A larger value would let the kubelet admit pods that the
 * VPC CNI cannot give an address on the group's smaller types: a group of t3.large (35) and m5.large
 * (29) gets 29, whichever type the plan chose.
 *
 * @param types the group's usable types ({@link plannedInstanceTypes}), at least one.
 */
export function exportMaxPods(group: NodeGroup, types: readonly InstanceType[]): number {
  return Math.min(...types.map((type) => groupKubeletMaxPods(type, group)));
}

/**
 * The eksctl `ClusterConfig` that builds the planned cluster (`eksctl create cluster -f`):
 *
 * - `metadata`: the cluster name (`options.clusterName`, else the scenario's name, as a slug eksctl
 *   accepts, at most 40 characters; `eksize-cluster` when nothing usable is left), the region, the
 *   Kubernetes version when the scenario sets one, and the scenario's own name as an annotation;
 * - `iam.withOIDC: true`; the `vpc-cni` add-on with {@link vpcCniEnvironment} as `configurationValues`;
 * - `privateCluster` for a private cluster, with the `autoscaling` endpoint for the Cluster
 *   Autoscaler, and `privateNetworking: true` on every node group (eksctl requires it there);
 * - one managed node group per planned node group that has a usable instance type (the others have
 *   no nodes and are left out): the instance types the planner could use ({@link plannedInstanceTypes};
 *   types the catalogue lacks or cannot size are left out, as in `karpenterManifests`), Spot,
 *   `desiredCapacity` = the planned nodes, `minSize` = the group's minimum, `maxSize` = its maximum,
 *   or without one twice the planned nodes, never below `desiredCapacity` (a plan over `maxNodes`
 *   raises it so that eksctl accepts the file; the plan flags it with `exceedsMaxNodes`) and at least
 *   1 (EKS's minimum); the root volume; AL2023 or Bottlerocket; the label {@link EKSIZE_NODE_GROUP_LABEL};
 *   with the Cluster Autoscaler its IAM policy and `propagateASGTags`.
 * - max pods. Bottlerocket groups get `maxPodsPerNode` = {@link exportMaxPods} (eksctl writes it as
 *   `settings.kubernetes.max-pods`: eksctl `pkg/nodebootstrap/managed_bottlerocket.go`). AL2023 groups
 *   get none: eksctl refuses `maxPodsPerNode` on EKS-managed AL2023 nodes ("eksctl does not support
 *   configuring maxPodsPerNode EKS-managed nodes based on AmazonLinux2023", eksctl-io/eksctl issues
 *   #7928 and #8037, `pkg/apis/eksctl.io/v1alpha5/validation.go`; both closed without a change that
 *   lifts it: eksctl's node-bootstrapping guide still says that for managed nodes on the native AMI
 *   the `NodeConfig` comes from EKS and eksctl adds none, and `pkg/nodebootstrap/al2023_test.go` has
 *   no `NodeConfig` in the "Managed AL2023 native AMI" user data), and EKS sets max pods itself from
 *   each node's type and the VPC CNI's prefix delegation, over any other setting (EKS user guide
 *   `choosing-instance-type.adoc`, "How maxPods is determined", awsdocs commit 3a23761). That
 *   is the `amazon-linux` profile's value, per type, so each node of a mixed group gets its own type's
 *   (no address shortage). When the group needs another value on some type (a `maxPods` override, or
 *   the `karpenter` profile), its managed node groups are listed in the annotation
 *   {@link EKSIZE_MAX_PODS_ANNOTATION} with {@link exportMaxPods}: they need a launch template with
 *   the EKS AL2023 AMI and a nodeadm `NodeConfig` that sets `maxPods`, which eksctl cannot write
 *   from `maxPodsPerNode`, or the Bottlerocket profile.
 * - a managed node group is all on-demand or all Spot (EKS `capacityType`), so a `mixed` group becomes
 *   two: `<name>-on-demand` with the plan's on-demand nodes and `<name>-spot` with its Spot nodes. The
 *   group's minimum and maximum (`maxNodes`, or twice the planned nodes) are each split between them
 *   with the planner's rule (`splitCapacity`: the on-demand base first, then the Spot percentage of
 *   the rest, on-demand rounded up), the on-demand minimum at least the base as far as the planned
 *   on-demand nodes reach, and each half's maximum at least 1 (EKS's minimum; the two may then add
 *   up to one more than the group's). The Cluster Autoscaler then scales the two separately: the split
 *   holds at the planned size and at the maximum only.
 * - one Fargate profile per scenario profile with the workloads the plan runs on Fargate (ineligible
 *   ones are left out: the plan lists them as unschedulable), each selected in namespace
 *   {@link FARGATE_NAMESPACE} (`default`) by {@link FARGATE_WORKLOAD_LABEL}`: <workload>` (the name
 *   when it is a valid label value, else its slug). The scenario has no namespaces, so pods in other
 *   namespaces (imported workloads, for one) or without that label stay off Fargate until the
 *   selectors are edited. EKS allows 5 selectors per profile, so larger profiles split into `<name>`,
 *   `<name>-2`, ...
 *
 * Names that EKS restricts (node groups, Fargate profiles) are slugs of eksize's names, unique within
 * the file.
 *
 * @param catalog the catalogue the plan was made with (the groups' instance types and their max pods).
 * @example eksctlClusterConfig(defaultScenario, planCluster(defaultScenario, catalog), catalog).managedNodeGroups.map((group) => group.name)
 * // ["general-on-demand", "general-spot", "batch-spot"]
 */
export function eksctlClusterConfig(
  scenario: Scenario,
  plan: ClusterPlan,
  catalog: Catalog,
  options: EksctlConfigOptions = {},
): EksctlClusterConfig {
  const { cluster } = scenario;
  const clusterAutoscaler = cluster.autoscaler === "cluster-autoscaler";
  const types = new Map(catalog.instanceTypes.map((type) => [type.name, type]));
  const names = new NameSet();
  const labels = new NameSet();
  const unsetMaxPods: string[] = [];

  const managedNodeGroups = plan.nodeGroups.flatMap((planned, index) => {
    const group = scenario.nodeGroups.find((candidate) => candidate.name === planned.name);
    const usable = group === undefined || planned.instanceType === null ? [] : plannedInstanceTypes(planned, types);
    if (group === undefined || usable.length === 0) return [];
    const base = slug(group.name);
    const fallback = `node-group-${index + 1}`;
    const amiFamily = eksctlAmiFamily(group.profile);
    const maxPods = exportMaxPods(group, usable);
    const setByEks = usable.every(
      (type) =>
        groupKubeletMaxPods(type, group) === kubeletMaxPods(type, { profile: "amazon-linux", network: group.network }),
    );
    const nodeLabels = { [EKSIZE_NODE_GROUP_LABEL]: labels.labelValue(group.name, fallback) };
    return sizes(group, planned).map((size): EksctlManagedNodeGroup => {
      const name = names.unique(base, fallback, size.suffix);
      if (amiFamily === "AmazonLinux2023" && !setByEks) unsetMaxPods.push(`${name}=${maxPods}`);
      return {
        name,
        amiFamily,
        instanceTypes: usable.map((type) => type.name),
        ...(size.spot ? { spot: true } : {}),
        desiredCapacity: size.desired,
        minSize: size.min,
        maxSize: size.max,
        volumeSize: group.rootVolume.sizeGiB,
        volumeType: group.rootVolume.type,
        ...(amiFamily === "Bottlerocket" ? { maxPodsPerNode: maxPods } : {}),
        ...(cluster.privateCluster ? { privateNetworking: true } : {}),
        labels: { ...nodeLabels },
        ...(clusterAutoscaler ? { iam: { withAddonPolicies: { autoScaler: true } }, propagateASGTags: true } : {}),
      };
    });
  });

  const env = vpcCniEnvironment(scenario);
  const addon: EksctlAddon =
    Object.keys(env).length === 0
      ? { name: "vpc-cni" }
      : { name: "vpc-cni", configurationValues: JSON.stringify({ env }), resolveConflicts: "overwrite" };
  const fargateProfiles = fargateProfilesOf(scenario, plan);
  const annotations = {
    ...(scenario.name === "" ? {} : { [EKSIZE_NAME_ANNOTATION]: scenario.name }),
    ...(unsetMaxPods.length === 0 ? {} : { [EKSIZE_MAX_PODS_ANNOTATION]: unsetMaxPods.join(",") }),
  };

  return {
    apiVersion: "eksctl.io/v1alpha5",
    kind: "ClusterConfig",
    metadata: {
      name: exportClusterName(scenario, options.clusterName),
      region: scenario.region,
      ...(cluster.kubernetesVersion === null ? {} : { version: cluster.kubernetesVersion }),
      ...(Object.keys(annotations).length === 0 ? {} : { annotations }),
    },
    iam: { withOIDC: true },
    addons: [addon],
    ...(cluster.privateCluster
      ? {
          privateCluster: {
            enabled: true,
            ...(clusterAutoscaler ? { additionalEndpointServices: ["autoscaling"] } : {}),
          },
        }
      : {}),
    managedNodeGroups,
    ...(fargateProfiles.length === 0 ? {} : { fargateProfiles }),
  };
}

interface GroupSize {
  readonly suffix: string;
  readonly spot: boolean;
  readonly desired: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Desired, minimum and maximum nodes of the managed node group(s) a node group becomes: the group's
 * maximum first (`maxNodes`, or twice the planned nodes; never below them), then for a mixed group
 * the minimum and the maximum each split with the planner's `splitCapacity`.
 */
function sizes(group: NodeGroup, planned: NodeGroupPlan): GroupSize[] {
  const size = (suffix: string, spot: boolean, desired: number, min: number, max: number): GroupSize => ({
    suffix,
    spot,
    desired,
    min,
    max: Math.max(max, desired, min, 1),
  });
  const maximum = Math.max(group.maxNodes ?? 2 * planned.nodes, planned.nodes);
  const mix = group.capacity;
  if (mix.type !== "mixed") {
    return [size("", mix.type === "spot", planned.nodes, group.minNodes, maximum)];
  }
  const minimumSplit = splitCapacity(group, group.minNodes);
  const maximumSplit = splitCapacity(group, maximum);
  return [
    size(
      "-on-demand",
      false,
      planned.onDemandNodes,
      Math.min(planned.onDemandNodes, Math.max(mix.onDemandBase, minimumSplit.onDemand)),
      maximumSplit.onDemand,
    ),
    size("-spot", true, planned.spotNodes, minimumSplit.spot, maximumSplit.spot),
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
