import { autoModeSupport } from "../catalog/auto-mode-types.js";
import type { Catalog } from "../catalog/catalog.js";
import type { CoreIssue, Result } from "../errors.js";
import { AUTO_MODE_NODE_EXPIRY_HOURS } from "../plan/auto-mode-rules.js";
import type { ClusterPlan } from "../plan/plan.js";
import type { Scenario } from "../scenario/scenario.js";
import { EKSIZE_NAME_ANNOTATION, plannedInstanceTypes, type ExportOptions } from "./eksctl-config.js";
import type { KarpenterTagSelector } from "./karpenter-manifests.js";
import { exportClusterName, NameSet, slug } from "./names.js";
import { nodePoolManifest, type KarpenterNodePool } from "./node-pool-manifest.js";

/**
 * An EKS Auto Mode `NodeClass` (`eks.amazonaws.com/v1`), the fields eksize fills. Field names: the
 * EKS User Guide, "Node Class Specification" (`latest/ug/automode/create-node-class.adoc`): `role`,
 * `subnetSelectorTerms` and `securityGroupSelectorTerms` are required; `ephemeralStorage` is the
 * node's volume for images, logs and ephemeral storage (80Gi when not set).
 */
export interface AutoModeNodeClass {
  readonly apiVersion: "eks.amazonaws.com/v1";
  readonly kind: "NodeClass";
  readonly metadata: {
    readonly name: string;
    /** {@link EKSIZE_NAME_ANNOTATION}: the eksize node group's own name, verbatim. */
    readonly annotations: Readonly<Record<string, string>>;
  };
  readonly spec: {
    /** The node IAM role's name, {@link AUTO_MODE_NODE_ROLE}. */
    readonly role: string;
    readonly subnetSelectorTerms: readonly KarpenterTagSelector[];
    readonly securityGroupSelectorTerms: readonly KarpenterTagSelector[];
    /** The node group's root volume size, as a quantity in GiB (`"20Gi"`). */
    readonly ephemeralStorage: { readonly size: string };
  };
}

/** What {@link autoModeManifests} returns: one NodePool and one NodeClass per exported node group. */
export interface AutoModeManifests {
  readonly nodePools: readonly KarpenterNodePool[];
  readonly nodeClasses: readonly AutoModeNodeClass[];
  /**
   * Notes: `export-auto-mode-not-enabled` (when the scenario's autoscaler is not Auto Mode), then
   * `export-auto-mode-node-role`, then `export-auto-mode-types-left-out` per node group.
   */
  readonly notes: readonly CoreIssue[];
}

/**
 * The node role the exported NodeClasses name: `AmazonEKSAutoNodeRole`, the name the EKS User Guide
 * gives the Auto Mode node role (`auto-create-node-role.adoc`). eksctl's own node role has a name
 * CloudFormation makes up, so no file can name it in advance: `export-auto-mode-node-role` says what
 * to do.
 */
export const AUTO_MODE_NODE_ROLE = "AmazonEKSAutoNodeRole";

/**
 * The names EKS Auto Mode gives its own objects: the built-in NodePools `system` and
 * `general-purpose` and their NodeClass `default`. The exported objects never take them.
 */
const AUTO_MODE_BUILT_IN_NAMES = ["default", "system", "general-purpose"] as const;

/**
 * EKS Auto Mode manifests for the planned scenario's node groups, or why they cannot be made: a
 * cluster name EKS or eksctl refuses (`export-cluster-name-invalid`, see `exportClusterName`). Per node
 * group with an instance type Auto Mode launches, a `NodePool` (`karpenter.sh/v1`, `nodePoolManifest`)
 * and a `NodeClass` (`eks.amazonaws.com/v1`) of the same name (a slug of the group's, unique, never one
 * of Auto Mode's own: `default`, `system`, `general-purpose`):
 *
 * - the NodePool may launch the group's types that the planner could use (`plannedInstanceTypes`) and
 *   Auto Mode launches (`autoModeSupport`); the others are named in `export-auto-mode-types-left-out`,
 *   and a group without any is left out. Its nodes expire after {@link AUTO_MODE_NODE_EXPIRY_HOURS}
 *   hours, written out. It refers to its NodeClass (`group: eks.amazonaws.com`, `kind: NodeClass`);
 * - the NodeClass: role {@link AUTO_MODE_NODE_ROLE}; the subnets tagged
 *   `kubernetes.io/role/internal-elb: "1"` and `alpha.eksctl.io/cluster-name: <cluster>` (the private
 *   subnets of the VPC eksctl creates, where it puts an Auto Mode cluster, `vpc_ipv4.go`; the second
 *   is a tag of every eksctl stack, which CloudFormation puts on what the stack creates,
 *   `pkg/cfn/manager/api.go`); the cluster security group (EKS tags it `aws:eks:cluster-name:
 *   <cluster>`); the group's root volume as its ephemeral storage.
 *
 * The eksctl file of a scenario on Auto Mode enables it (`eksctlClusterConfig`): with any other
 * autoscaler, `export-auto-mode-not-enabled`. The manifests are checked in the tests against the
 * Karpenter v1 NodePool CRD and a schema of the NodeClass transcribed from the EKS User Guide.
 *
 * @param catalog the catalogue the plan was made with (the types' families, sizes and vCPUs).
 * @example autoModeManifests(scenario, plan, catalog).value?.nodeClasses[0]?.spec.role // "AmazonEKSAutoNodeRole"
 */
export function autoModeManifests(
  scenario: Scenario,
  plan: ClusterPlan,
  catalog: Catalog,
  options: ExportOptions = {},
): Result<AutoModeManifests> {
  const clusterName = exportClusterName(scenario, options.clusterName);
  if (!clusterName.ok) return clusterName;
  const cluster = clusterName.value;
  const types = new Map(catalog.instanceTypes.map((type) => [type.name, type]));
  const names = new NameSet();
  for (const name of AUTO_MODE_BUILT_IN_NAMES) names.unique(name, name);
  const labels = new NameSet();
  const nodePools: KarpenterNodePool[] = [];
  const nodeClasses: AutoModeNodeClass[] = [];
  const notes: CoreIssue[] = [
    ...(scenario.cluster.autoscaler === "auto-mode"
      ? []
      : [{ code: "export-auto-mode-not-enabled", params: {} } as const]),
    { code: "export-auto-mode-node-role", params: { role: AUTO_MODE_NODE_ROLE, cluster } },
  ];

  plan.nodeGroups.forEach((planned, index) => {
    const group = scenario.nodeGroups.find((candidate) => candidate.name === planned.name);
    const usable = plannedInstanceTypes(planned, types);
    if (group === undefined || usable.length === 0) return;
    const launched = usable.filter((type) => autoModeSupport(type) === "supported");
    const left = usable.filter((type) => !launched.includes(type));
    if (left.length > 0) {
      notes.push({
        code: "export-auto-mode-types-left-out",
        params: { nodeGroup: group.name, instanceTypes: left.map((type) => type.name) },
      });
    }
    if (launched.length === 0) return;
    const fallback = `node-group-${index + 1}`;
    const name = names.unique(slug(group.name), fallback);
    nodePools.push(
      nodePoolManifest({
        group,
        planned,
        types: launched,
        name,
        label: labels.labelValue(group.name, fallback),
        nodeClassRef: { group: "eks.amazonaws.com", kind: "NodeClass", name },
        expireAfter: `${AUTO_MODE_NODE_EXPIRY_HOURS}h`,
        catalogTypes: types,
      }),
    );
    nodeClasses.push({
      apiVersion: "eks.amazonaws.com/v1",
      kind: "NodeClass",
      metadata: { name, annotations: { [EKSIZE_NAME_ANNOTATION]: group.name } },
      spec: {
        role: AUTO_MODE_NODE_ROLE,
        subnetSelectorTerms: [
          { tags: { "kubernetes.io/role/internal-elb": "1", "alpha.eksctl.io/cluster-name": cluster } },
        ],
        securityGroupSelectorTerms: [{ tags: { "aws:eks:cluster-name": cluster } }],
        ephemeralStorage: { size: `${group.rootVolume.sizeGiB}Gi` },
      },
    });
  });
  return { ok: true, value: { nodePools, nodeClasses, notes } };
}
