import type { Catalog } from "../catalog/catalog.js";
import type { CoreIssue, Result } from "../errors.js";
import type { ClusterPlan } from "../plan/plan.js";
import { scenarioNetwork, type Scenario, type VolumeType } from "../scenario/scenario.js";
import {
  EKSIZE_NAME_ANNOTATION,
  exportMaxPods,
  KARPENTER_DISCOVERY_TAG,
  maxPodsNotes,
  plannedInstanceTypes,
  type ExportOptions,
} from "./eksctl-config.js";
import { exportClusterName, KARPENTER_NODE_ROLE_PREFIX, NameSet, slug } from "./names.js";
import { nodePoolManifest, type KarpenterNodePool } from "./node-pool-manifest.js";

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
 * - the NodePool (`nodePoolManifest`) may launch the group's types that the planner could use
 *   (`plannedInstanceTypes`: the catalogue has and can size them; in the group's order, as in the
 *   eksctl file), with its `minValues` and `consolidationPolicy`. One NodePool may mix x86, arm64,
 *   GPU and Neuron types: the `al2023@latest` and `bottlerocket@latest` aliases resolve an AMI per type;
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
    const usable = plannedInstanceTypes(planned, types);
    if (group === undefined || usable.length === 0) return;
    const fallback = `node-group-${index + 1}`;
    const name = names.unique(slug(group.name), fallback);
    const annotations = { [EKSIZE_NAME_ANNOTATION]: group.name };
    notes.push(...maxPodsNotes(group, planned, types, network));
    nodePools.push(
      nodePoolManifest({
        group,
        planned,
        types: usable,
        name,
        label: labels.labelValue(group.name, fallback),
        nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name },
        catalogTypes: types,
      }),
    );

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
