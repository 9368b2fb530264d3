import type { Architecture, InstanceType } from "../catalog/instance-type.js";
import type { NodeGroupPlan } from "../plan/plan.js";
import type { CapacityMix, ConsolidationPolicy, NodeGroup } from "../scenario/scenario.js";
import { EKSIZE_NAME_ANNOTATION, EKSIZE_NODE_GROUP_LABEL } from "./eksctl-config.js";

/**
 * A Karpenter `NodePool` (`karpenter.sh/v1`), the fields eksize fills: Karpenter's own (with an
 * `EC2NodeClass`) and EKS Auto Mode's (with an Auto Mode `NodeClass`). Field names: Karpenter docs
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
        readonly nodeClassRef: NodeClassRef;
        readonly requirements: readonly KarpenterRequirement[];
        /**
         * How long a node lives before it is replaced (`spec.template.spec.expireAfter`); written for
         * Auto Mode only: `336h`, the 14 days EKS Auto Mode gives its nodes (Karpenter's own default is 720h).
         */
        readonly expireAfter?: string;
      };
    };
    /**
     * Resource quantities: `cpu` in vCPUs (`"32"`), `memory` in MiB (`"131072Mi"`), and with the node
     * group's `maxNodes` the node count itself, `nodes` (Karpenter 1.11 and later).
     */
    readonly limits: { readonly cpu: string; readonly memory: string; readonly nodes?: string };
    readonly disruption: {
      /** The node group's `consolidationPolicy`. */
      readonly consolidationPolicy: ConsolidationPolicy;
      /** Karpenter's default, `0s`, written out because the v1 API requires the field. */
      readonly consolidateAfter: string;
    };
  };
}

/** The node class a NodePool's nodes take their AWS settings from: Karpenter's `EC2NodeClass`, or Auto Mode's `NodeClass`. */
export type NodeClassRef =
  | { readonly group: "karpenter.k8s.aws"; readonly kind: "EC2NodeClass"; readonly name: string }
  | { readonly group: "eks.amazonaws.com"; readonly kind: "NodeClass"; readonly name: string };

/** A NodePool requirement: a node label and the values it may take. */
export interface KarpenterRequirement {
  readonly key: "node.kubernetes.io/instance-type" | "karpenter.sh/capacity-type" | "kubernetes.io/arch";
  readonly operator: "In";
  readonly values: readonly string[];
  /**
   * On the instance types only, when the node group sets `minValues`: every node is launched from at
   * least this many of them (1–50; never more than the types listed, which the CRD requires).
   */
  readonly minValues?: number;
}

/** What {@link nodePoolManifest} writes one NodePool from. */
export interface NodePoolInput {
  readonly group: NodeGroup;
  readonly planned: NodeGroupPlan;
  /** The types the NodePool may launch, in the group's order, at least one. */
  readonly types: readonly InstanceType[];
  /** The NodePool's name (a unique slug of the group's). */
  readonly name: string;
  /** The value of {@link EKSIZE_NODE_GROUP_LABEL} on its nodes. */
  readonly label: string;
  readonly nodeClassRef: NodeClassRef;
  /** `spec.template.spec.expireAfter`, when the NodePool sets one. */
  readonly expireAfter?: string;
  /** The catalogue's instance types by name (the planned types' vCPUs and memory for the limits). */
  readonly catalogTypes: ReadonlyMap<string, InstanceType>;
}

/**
 * One NodePool of a planned node group:
 *
 * - requirements: `node.kubernetes.io/instance-type` In `types` (with the group's `minValues`, at most
 *   as many as are listed), `kubernetes.io/arch` In their architectures, `karpenter.sh/capacity-type`
 *   In `on-demand`, `spot`, or for a `mixed` group both. Karpenter has no on-demand base or Spot
 *   percentage: when both are allowed it launches Spot whenever it can and falls back to on-demand
 *   (Karpenter `concepts/nodepools.md`, "Capacity Type": reserved, then spot, then on-demand), so a
 *   mixed group's on-demand share is not kept;
 * - limits: with `maxNodes`, `nodes: maxNodes`, the user's limit as Karpenter counts it (`spec.limits`
 *   is a resource list; `nodes` is honoured since Karpenter 1.11, kubernetes-sigs/karpenter #2526,
 *   `pkg/controllers/provisioning/scheduling/scheduler.go`), and for older releases `maxNodes` × the
 *   largest vCPU count and the largest memory among the types, which never bind before `nodes` does;
 *   without it, twice the planned nodes' vCPUs and memory (each type's nodes at its own size), or two
 *   nodes of the largest type when none are planned. Memory in MiB as the catalogue has it (EC2 `SizeInMiB`);
 * - disruption: the group's `consolidationPolicy` after `0s`, Karpenter's default delay;
 * - the node label {@link EKSIZE_NODE_GROUP_LABEL}, and the group's own name as an annotation.
 */
export function nodePoolManifest(input: NodePoolInput): KarpenterNodePool {
  const { group, planned, types, name, nodeClassRef } = input;
  const architectures: Architecture[] = [
    ...new Set(types.flatMap((type) => (type.architecture === null ? [] : [type.architecture]))),
  ];
  const minValues = group.minValues === null ? null : Math.min(group.minValues, types.length);
  return {
    apiVersion: "karpenter.sh/v1",
    kind: "NodePool",
    metadata: { name, annotations: { [EKSIZE_NAME_ANNOTATION]: group.name } },
    spec: {
      template: {
        metadata: { labels: { [EKSIZE_NODE_GROUP_LABEL]: input.label } },
        spec: {
          nodeClassRef,
          requirements: [
            {
              key: "node.kubernetes.io/instance-type",
              operator: "In",
              values: types.map((type) => type.name),
              ...(minValues === null ? {} : { minValues }),
            },
            { key: "karpenter.sh/capacity-type", operator: "In", values: capacityTypes(group.capacity) },
            ...(architectures.length === 0
              ? []
              : [{ key: "kubernetes.io/arch" as const, operator: "In" as const, values: architectures }]),
          ],
          ...(input.expireAfter === undefined ? {} : { expireAfter: input.expireAfter }),
        },
      },
      limits: limits(group.maxNodes, types, planned, input.catalogTypes),
      disruption: { consolidationPolicy: group.consolidationPolicy, consolidateAfter: "0s" },
    },
  };
}

/** `karpenter.sh/capacity-type` values of a capacity mix; Spot first where Karpenter may use both. */
function capacityTypes(mix: CapacityMix): string[] {
  if (mix.type === "on-demand") return ["on-demand"];
  if (mix.type === "spot") return ["spot"];
  return ["spot", "on-demand"];
}

function limits(
  maxNodes: number | null,
  types: readonly InstanceType[],
  planned: NodeGroupPlan,
  catalogTypes: ReadonlyMap<string, InstanceType>,
): KarpenterNodePool["spec"]["limits"] {
  const vcpu = Math.max(...types.map((type) => type.vcpu ?? 0));
  const memory = Math.max(...types.map((type) => type.memoryMiB ?? 0));
  if (maxNodes !== null) {
    return { cpu: String(maxNodes * vcpu), memory: `${maxNodes * memory}Mi`, nodes: String(maxNodes) };
  }
  let plannedVcpu = 0;
  let plannedMemory = 0;
  for (const { instanceType, nodes } of planned.byType) {
    const type = catalogTypes.get(instanceType);
    plannedVcpu += nodes * (type?.vcpu ?? 0);
    plannedMemory += nodes * (type?.memoryMiB ?? 0);
  }
  if (plannedVcpu === 0) return { cpu: String(2 * vcpu), memory: `${2 * memory}Mi` };
  return { cpu: String(2 * plannedVcpu), memory: `${2 * plannedMemory}Mi` };
}
