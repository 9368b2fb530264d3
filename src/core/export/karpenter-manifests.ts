import type { Catalog } from "../catalog/catalog.js";
import type { CoreIssue, Result } from "../errors.js";
import type { Architecture, InstanceType } from "../catalog/instance-type.js";
import type { ClusterPlan } from "../plan/plan.js";
import { scenarioNetwork, type CapacityMix, type Scenario, type VolumeType } from "../scenario/scenario.js";
import {
  EKSIZE_NAME_ANNOTATION,
  EKSIZE_NODE_GROUP_LABEL,
  exportMaxPods,
  KARPENTER_DISCOVERY_TAG,
  maxPodsNotes,
  plannedInstanceTypes,
  type ExportOptions,
} from "./eksctl-config.js";
import { exportClusterName, KARPENTER_NODE_ROLE_PREFIX, NameSet, slug } from "./names.js";

/**
 * A Karpenter `NodePool` (`karpenter.sh/v1`), the fields eksize fills. Field names: Karpenter docs
 * `concepts/nodepools.md` and the v1 API (aws/karpenter-provider-aws; kubernetes-sigs/karpenter
 * `pkg/apis/v1/nodepool.go`: `disruption.consolidateAfter` is required, `consolidationPolicy`
 * defaults to `WhenEmptyOrUnderutilized`).
 */
export interface KarpenterNodePool {
  readonly apiVersion: "karpenter.sh/v1";
  readonly kind: "NodePool";
  readonly metadata: {
    readonly name: string;
    /** {@link EKSIZE_NAME_ANNOTATION}: the eksize node group's own name, verbatim. */
    readonly annotations: Readonly<Record<string, string>>;
  };
  readonly spec: {
    readonly template: {
      readonly metadata: { readonly labels: Readonly<Record<string, string>> };
      readonly spec: {
        readonly nodeClassRef: {
          readonly group: "karpenter.k8s.aws";
          readonly kind: "EC2NodeClass";
          readonly name: string;
        };
        readonly requirements: readonly KarpenterRequirement[];
      };
    };
    /**
     * Resource quantities: `cpu` in vCPUs (`"32"`), `memory` in MiB (`"131072Mi"`), and with the node
     * group's `maxNodes` the node count itself, `nodes` (Karpenter 1.11 and later).
     */
    readonly limits: { readonly cpu: string; readonly memory: string; readonly nodes?: string };
    readonly disruption: {
      readonly consolidationPolicy: "WhenEmptyOrUnderutilized";
      /** Karpenter's default, `0s`, written out because the v1 API requires the field. */
      readonly consolidateAfter: string;
    };
  };
}

/** A NodePool requirement: a node label and the values it may take. */
export interface KarpenterRequirement {
  readonly key: "node.kubernetes.io/instance-type" | "karpenter.sh/capacity-type" | "kubernetes.io/arch";
  readonly operator: "In";
  readonly values: readonly string[];
}

/**
 * A Karpenter `EC2NodeClass` (`karpenter.k8s.aws/v1`), the fields eksize fills. Field names: Karpenter
 * docs `concepts/nodeclasses.md` (v1: `kubelet` moved here from the NodePool; an `alias` AMI selector
 * term makes `amiFamily` optional; a `blockDeviceMappings` list replaces the AMI family's defaults).
 */
export interface KarpenterEc2NodeClass {
  readonly apiVersion: "karpenter.k8s.aws/v1";
  readonly kind: "EC2NodeClass";
  readonly metadata: {
    readonly name: string;
    readonly annotations: Readonly<Record<string, string>>;
  };
  readonly spec: {
    /** The node IAM role, `eksctl-KarpenterNodeRole-<cluster>`: the one eksctl creates with Karpenter. */
    readonly role: string;
    /** `al2023@latest` or `bottlerocket@latest`. */
    readonly amiSelectorTerms: readonly { readonly alias: string }[];
    readonly subnetSelectorTerms: readonly KarpenterTagSelector[];
    readonly securityGroupSelectorTerms: readonly KarpenterTagSelector[];
    /** Kubelet max pods: one value for every type of the pool, the smallest over them (`exportMaxPods`). */
    readonly kubelet: { readonly maxPods: number };
    readonly blockDeviceMappings: readonly KarpenterBlockDeviceMapping[];
  };
}

/** A selector term that matches AWS resources by tag: `karpenter.sh/discovery: <cluster>`. */
export interface KarpenterTagSelector {
  readonly tags: Readonly<Record<string, string>>;
}

/** An EBS volume of the node. */
export interface KarpenterBlockDeviceMapping {
  readonly deviceName: "/dev/xvda" | "/dev/xvdb";
  readonly ebs: {
    /** Quantity in GiB, e.g. `"20Gi"`. */
    readonly volumeSize: string;
    readonly volumeType: VolumeType;
    readonly encrypted: true;
  };
}

/** What {@link karpenterManifests} returns: one NodePool and one EC2NodeClass per exported node group. */
export interface KarpenterManifests {
  readonly nodePools: readonly KarpenterNodePool[];
  readonly nodeClasses: readonly KarpenterEc2NodeClass[];
  /** Notes: `export-karpenter-not-installed`, then `export-max-pods-limited` per node group. */
  readonly notes: readonly CoreIssue[];
}

/** Size of Bottlerocket's OS volume (`/dev/xvda`), Karpenter's default for the family, GiB. */
export const BOTTLEROCKET_OS_VOLUME_GIB = 4;

/**
 * Karpenter v1 manifests for the planned scenario's node groups, or why they cannot be made: a
 * cluster name EKS, eksctl or eksctl's Karpenter node role refuses (`export-cluster-name-invalid`, see
 * `exportClusterName` with `karpenter`). Per node group with a usable instance type (as
 * `eksctlClusterConfig` picks them), a `NodePool` and an `EC2NodeClass` of the same name (a slug of
 * the group's, unique):
 *
 * - requirements: `node.kubernetes.io/instance-type` In the group's types that the planner could use
 *   (`plannedInstanceTypes`: the catalogue has and can size them; in the group's order, as in the
 *   eksctl file), `kubernetes.io/arch` In their architectures, `karpenter.sh/capacity-type` In
 *   `on-demand`, `spot`, or for a `mixed` group both. Karpenter has no on-demand base or Spot
 *   percentage: when both are allowed it launches Spot whenever it can and falls back to on-demand
 *   (Karpenter `concepts/nodepools.md`, "Capacity Type": reserved, then spot, then on-demand), so a
 *   mixed group's on-demand share is not kept. One NodePool may mix x86, arm64, GPU and Neuron types:
 *   the `al2023@latest` and `bottlerocket@latest` aliases resolve an AMI per type;
 * - limits: with `maxNodes`, `nodes: maxNodes`, the user's limit as Karpenter counts it
 *   (`spec.limits` is a resource list; `nodes` is honoured since Karpenter 1.11, kubernetes-sigs/karpenter
 *   #2526, `pkg/controllers/provisioning/scheduling/scheduler.go`), and for older Karpenter releases
 *   `maxNodes` × the largest vCPU count and the largest memory among the group's types, which never
 *   bind before `nodes` does; without it, twice the planned nodes (at least one node) × the planned
 *   type's vCPUs and memory. Memory in MiB as the catalogue has it (EC2 `SizeInMiB`);
 * - disruption: `WhenEmptyOrUnderutilized` after `0s`, Karpenter's defaults;
 * - the node label {@link EKSIZE_NODE_GROUP_LABEL} as for eksctl, and the group's own name as an annotation;
 * - EC2NodeClass: the latest AL2023 AMI (`al2023@latest`; the `amazon-linux` and `karpenter` profiles)
 *   or Bottlerocket (`bottlerocket@latest`), role `eksctl-KarpenterNodeRole-<cluster>` and subnets and
 *   security groups tagged `karpenter.sh/discovery: <cluster>`: what the eksctl file of a scenario
 *   whose autoscaler is Karpenter creates (`eksctlClusterConfig`; with another autoscaler nothing
 *   creates them: `export-karpenter-not-installed`). `kubelet.maxPods` = `exportMaxPods`: the smallest
 *   kubelet max pods over the pool's types that their VPC CNI can serve (profile, prefix delegation,
 *   custom networking, override, MAX_ENI, the trunk ENI; `export-max-pods-limited` when that is below
 *   the plan's). The value applies to every type Karpenter launches, so a larger one would let the
 *   kubelet admit pods that the smaller types cannot address (t3.large 35 and m5.large 29 give 29);
 *   without it Karpenter would compute each type's own, ignoring prefix delegation, MAX_ENI, the trunk
 *   and overrides. Then the root volume: `/dev/xvda` on AL2023; on Bottlerocket the data volume
 *   `/dev/xvdb` (images, logs, ephemeral storage) with a 4 GiB OS volume `/dev/xvda`, as Karpenter's
 *   Bottlerocket defaults have them.
 *
 * The manifests are checked in the tests against the CRDs of aws/karpenter-provider-aws v1.14.1.
 *
 * @param catalog the catalogue the plan was made with (architectures, vCPUs and memory of the types).
 * @example karpenterManifests(defaultScenario, plan, catalog).value?.nodePools[0]?.spec.limits // { cpu: "40", memory: "163840Mi" }
 */
export function karpenterManifests(
  scenario: Scenario,
  plan: ClusterPlan,
  catalog: Catalog,
  options: ExportOptions = {},
): Result<KarpenterManifests> {
  const clusterName = exportClusterName(scenario, options.clusterName, { karpenter: true });
  if (!clusterName.ok) return clusterName;
  const cluster = clusterName.value;
  const role = `${KARPENTER_NODE_ROLE_PREFIX}${cluster}`;
  const network = scenarioNetwork(scenario);
  const types = new Map(catalog.instanceTypes.map((type) => [type.name, type]));
  const names = new NameSet();
  const labels = new NameSet();
  const nodePools: KarpenterNodePool[] = [];
  const nodeClasses: KarpenterEc2NodeClass[] = [];
  const notes: CoreIssue[] =
    scenario.cluster.autoscaler === "karpenter" ? [] : [{ code: "export-karpenter-not-installed", params: { role } }];
  const discovery = [{ tags: { [KARPENTER_DISCOVERY_TAG]: cluster } }];

  plan.nodeGroups.forEach((planned, index) => {
    const group = scenario.nodeGroups.find((candidate) => candidate.name === planned.name);
    const chosen = planned.instanceType === null ? undefined : types.get(planned.instanceType);
    const usable = plannedInstanceTypes(planned, types);
    if (group === undefined || chosen === undefined || usable.length === 0) return;
    const fallback = `node-group-${index + 1}`;
    const name = names.unique(slug(group.name), fallback);
    const annotations = { [EKSIZE_NAME_ANNOTATION]: group.name };
    notes.push(...maxPodsNotes(group, planned, types, network));
    const architectures: Architecture[] = [
      ...new Set(usable.flatMap((type) => (type.architecture === null ? [] : [type.architecture]))),
    ];

    nodePools.push({
      apiVersion: "karpenter.sh/v1",
      kind: "NodePool",
      metadata: { name, annotations },
      spec: {
        template: {
          metadata: { labels: { [EKSIZE_NODE_GROUP_LABEL]: labels.labelValue(group.name, fallback) } },
          spec: {
            nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name },
            requirements: [
              { key: "node.kubernetes.io/instance-type", operator: "In", values: usable.map((type) => type.name) },
              { key: "karpenter.sh/capacity-type", operator: "In", values: capacityTypes(group.capacity) },
              ...(architectures.length === 0
                ? []
                : [{ key: "kubernetes.io/arch" as const, operator: "In" as const, values: architectures }]),
            ],
          },
        },
        limits: limits(group.maxNodes, usable, chosen, planned.nodes),
        disruption: { consolidationPolicy: "WhenEmptyOrUnderutilized", consolidateAfter: "0s" },
      },
    });

    const bottlerocket = group.profile === "bottlerocket";
    const volume = {
      volumeSize: `${group.rootVolume.sizeGiB}Gi`,
      volumeType: group.rootVolume.type,
      encrypted: true as const,
    };
    nodeClasses.push({
      apiVersion: "karpenter.k8s.aws/v1",
      kind: "EC2NodeClass",
      metadata: { name, annotations },
      spec: {
        role,
        amiSelectorTerms: [{ alias: bottlerocket ? "bottlerocket@latest" : "al2023@latest" }],
        subnetSelectorTerms: discovery,
        securityGroupSelectorTerms: discovery,
        kubelet: { maxPods: exportMaxPods(group, usable, network) },
        blockDeviceMappings: bottlerocket
          ? [
              {
                deviceName: "/dev/xvda",
                ebs: { volumeSize: `${BOTTLEROCKET_OS_VOLUME_GIB}Gi`, volumeType: "gp3", encrypted: true },
              },
              { deviceName: "/dev/xvdb", ebs: volume },
            ]
          : [{ deviceName: "/dev/xvda", ebs: volume }],
      },
    });
  });
  return { ok: true, value: { nodePools, nodeClasses, notes } };
}

/** `karpenter.sh/capacity-type` values of a capacity mix; Spot first where Karpenter may use both. */
function capacityTypes(mix: CapacityMix): string[] {
  if (mix.type === "on-demand") return ["on-demand"];
  if (mix.type === "spot") return ["spot"];
  return ["spot", "on-demand"];
}

function limits(
  maxNodes: number | null,
  usable: readonly InstanceType[],
  chosen: InstanceType,
  plannedNodes: number,
): KarpenterNodePool["spec"]["limits"] {
  if (maxNodes !== null) {
    const vcpu = Math.max(...usable.map((type) => type.vcpu ?? 0));
    const memory = Math.max(...usable.map((type) => type.memoryMiB ?? 0));
    return { cpu: String(maxNodes * vcpu), memory: `${maxNodes * memory}Mi`, nodes: String(maxNodes) };
  }
  const nodes = 2 * Math.max(plannedNodes, 1);
  return { cpu: String(nodes * (chosen.vcpu ?? 0)), memory: `${nodes * (chosen.memoryMiB ?? 0)}Mi` };
}
