/**
 * Every failure the core can report, with the parameters a message needs. The core never words an
 * error: the app and the CLI turn a code and its parameters into text (English and Korean in the app).
 */
export interface ErrorParams {
  /** The instance type does not exist in the dataset. `suggestions` are the nearest known names. */
  "unknown-instance-type": { instanceType: string; suggestions: readonly string[] };
  /** An option has a value outside its domain, e.g. `maxEnis: 0`. */
  "invalid-option": { option: string; value: unknown; expected: string };
  /** A VPC CNI version that is not `MAJOR.MINOR.PATCH` (an optional `v` and suffix are allowed). */
  "invalid-cni-version": { value: string };
  /** The calculation needs the vCPU count, which no source reports for this type. */
  "vcpu-unknown": { instanceType: string };
  /** The calculation needs the memory size, which no source reports for this type. */
  "memory-unknown": { instanceType: string };
  /** Security groups for pods need a trunking-capable (Nitro, non-t-family) type. */
  "security-groups-for-pods-unsupported": { instanceType: string };
  /** IPv6 clusters need Nitro instance types (prefix assignment). */
  "ipv6-requires-nitro": { instanceType: string };
  /** The VPC CNI rejects custom networking in IPv6 clusters. */
  "ipv6-with-custom-networking": { instanceType: string };
  /**
   * The pod needs more than the largest EKS Fargate size (16 vCPU with 120 GB, after Fargate adds
   * 256 MiB of memory). The params are the pod's requests as given: millicores, and MiB before the 256.
   */
  "fargate-pod-too-large": { cpuMillicores: number; memoryMiB: number };
  /** A scenario field that must be there is missing. */
  "scenario-missing-field": Record<string, never>;
  /** A scenario field that eksize does not know (often a typo). */
  "scenario-unknown-field": Record<string, never>;
  /** A scenario value of the wrong kind, e.g. text where a number belongs. */
  "scenario-wrong-type": { expected: string; received: string };
  /** A scenario number below its minimum (`bound: "min"`) or above its maximum (`"max"`). */
  "scenario-out-of-range": { bound: "min" | "max"; limit: number; received: string };
  /** A scenario count with a fraction. */
  "scenario-not-whole-number": { received: string };
  /** A scenario value outside its allowed set, e.g. a capacity type. */
  "scenario-not-allowed": { allowed: string; received: string };
  /** A scenario text or list shorter than allowed (an empty name, a node group without instance types). */
  "scenario-too-short": { minimum: number; received: string };
  /** A scenario text or list longer than allowed. */
  "scenario-too-long": { maximum: number; received: string };
  /** Two workloads, DaemonSets, node groups or Fargate profiles share a name. */
  "scenario-duplicate-name": { name: string };
  /** A name that refers to a workload or node group the scenario does not have. */
  "scenario-unknown-reference": { name: string; refersTo: "workload" | "node-group" };
  /** The scenario was made by a newer eksize, with a layout this one does not know. */
  "scenario-version-too-new": { version: number; supported: number };
  /**
   * The scenario's control plane `tier` (not `standard`) needs Kubernetes `minimum` (1.28, EKS user
   * guide: "Provisioned Control Plane works on EKS v1.28 and higher") or later, and its `version` is older.
   */
  "control-plane-tier-needs-version": { tier: string; version: string; minimum: string };
  /** A share link or token with nothing in it (only whitespace, or an empty `s=`). */
  "link-empty": Record<string, never>;
  /** A share link longer than eksize reads, in characters; refused before any decoding. */
  "link-too-long": { length: number; maximum: number };
  /**
   * Not a share token: no `<version>.` prefix (`no-version`), a format version no eksize ever made
   * (`unknown-version`), or a body that is not base64url (`not-base64url`, RFC 4648 §5).
   */
  "link-malformed": { reason: "no-version" | "unknown-version" | "not-base64url" };
  /** The link was made by a newer eksize, with a token format this one does not know. */
  "link-version-too-new": { version: number; supported: number };
  /**
   * The token's bytes are damaged (often a link cut short or edited): where it failed, the zlib
   * stream (`inflate`), its Adler-32 checksum (`checksum`), UTF-8 (`text`), JSON (`json`), or the
   * payload's layout (`payload`).
   */
  "link-corrupt": { stage: "inflate" | "checksum" | "text" | "json" | "payload" };
  /** The token expands to more than eksize reads, in bytes (a compression bomb or a huge scenario). */
  "link-too-large": { maximum: number };
  /** A scenario file longer than eksize reads, in characters; refused before it is parsed. */
  "scenario-json-too-large": { length: number; maximum: number };
  /** A scenario file with nothing in it (empty, or only whitespace and a byte order mark). */
  "scenario-json-empty": Record<string, never>;
  /**
   * A scenario file that is not JSON (often one cut short or edited by hand), and where it breaks,
   * in the text without a leading byte order mark: `position`, the 0-based index in UTF-16 code
   * units; `line` and `column`, 1-based (the column in UTF-16 code units); `found`, the character
   * there, or null when the text ends before the JSON does.
   */
  "scenario-json-syntax": { position: number; line: number; column: number; found: string | null };
  /**
   * A kubectl JSON text (`input`: the pods, the workloads or the nodes) longer than eksize reads, in
   * characters; refused before it is parsed.
   */
  "kube-json-too-large": { input: KubeInput; length: number; maximum: number };
  /** A kubectl JSON text with nothing in it (empty, or only whitespace and a byte order mark). */
  "kube-json-empty": { input: KubeInput };
  /**
   * A kubectl text that is not JSON (often one cut short when copied), and where it breaks, as for
   * `scenario-json-syntax`: 0-based `position`, 1-based `line` and `column`, the character `found` (null at the end).
   */
  "kube-json-syntax": { input: KubeInput; position: number; line: number; column: number; found: string | null };
  /**
   * Several JSON documents one after another (what `kubectl cluster-info dump` writes to its output:
   * the nodes, then each namespace's lists); `line` is where the second one starts.
   */
  "kube-json-several-documents": { input: KubeInput; line: number };
  /** JSON that is neither a kubectl `List` (an object with an `items` array) nor one object; `found` is its JSON type. */
  "kube-not-a-list": { input: KubeInput; found: string };
  /**
   * A list (or one object) of a kind that belongs elsewhere or nowhere: `found` is the list's kind
   * (`NodeList`; for a `List`, its items' kind with `List`, their shape's where they have no `kind`), or
   * the object's (`Node`); `belongsIn` is the input that takes it, or null when eksize reads no such kind.
   */
  "kube-wrong-list": { input: KubeInput; found: string; belongsIn: KubeInput | null };
  /** A list whose `items` is `null` (`list` is its kind): it holds nothing to import. */
  "kube-list-items-null": { input: KubeInput; list: string };
  /** An item of a kind the text should not hold (a Service among the pods); `found` is its `kind`. */
  "kube-unexpected-kind": { input: KubeInput; expected: string; found: string };
  /** A field of the wrong JSON type, or a required one missing (`metadata.name`); `expected` is the type wanted. */
  "kube-field-invalid": { input: KubeInput; expected: "object" | "array" | "string" | "number" | "boolean" };
  /** A Kubernetes quantity that is not one (`value`, e.g. `"1.5.0Gi"`), or too large to plan with. */
  "kube-quantity-invalid": { input: KubeInput; value: string };
  /** A warning: the running pods of one workload or DaemonSet ask for different requests; eksize took the largest of each. */
  "kube-requests-differ": { name: string; variants: number };
  /**
   * A warning: the pods of workload `name` ask for several kinds of accelerator; a workload has one kind,
   * so it is planned with `used` and the others (`ignored`, comma-separated resource names) are left out.
   */
  "kube-several-accelerators": { name: string; used: string; ignored: string };
  /** A warning: a workload or DaemonSet name made unique (`namespace/name`) or cut to the scenario's length limit. */
  "kube-name-changed": { name: string; namespace: string; original: string };
  /**
   * A warning: node group `nodeGroup` is an EKS Auto Mode NodePool, and Auto Mode never launches
   * `instanceType` (`reason`, as `autoModeSupport` gives it); it is planned without it.
   */
  "auto-mode-unsupported-type": {
    nodeGroup: string;
    instanceType: string;
    reason: "family-not-supported" | "size-too-small" | "single-vcpu" | "vcpu-unknown";
  };
  /**
   * A warning: a setting EKS Auto Mode does not honour, left out of the plan (`nodeGroup` null for the
   * cluster's): `customNetworking` (use the NodeClass's `podSubnetSelectorTerms`), `maxPods` (Auto Mode
   * sets it), `profile` (Auto Mode runs Bottlerocket), `securityGroupsForPods`, `warmPool` (the VPC
   * CNI's warm settings).
   */
  "auto-mode-setting-ignored": {
    nodeGroup: string | null;
    setting: "customNetworking" | "maxPods" | "profile" | "securityGroupsForPods" | "warmPool";
  };
  /**
   * A warning: workload `name`'s required scheduling rule (`rule`: a `topologySpreadConstraints` entry
   * with `DoNotSchedule`, or a required `podAntiAffinity` term) on `topologyKey` selects pods other than
   * its own, so the plan leaves it out.
   */
  "kube-spread-other-pods": { name: string; rule: SpreadRule; topologyKey: string };
  /**
   * A warning: workload `name`'s required scheduling rule on `topologyKey` is one the plan does not
   * model (it models a zone spread and at most one pod per node): its pods may need more nodes.
   */
  "kube-spread-not-planned": { name: string; rule: SpreadRule; topologyKey: string };
  /**
   * A warning: several PodDisruptionBudgets (`budgets`, by name) select workload `name`'s pods. The
   * eviction API refuses to evict such a pod, so a drain of its node stops; the first is kept.
   */
  "kube-pdb-several": { name: string; budgets: readonly string[] };
  /**
   * A warning: HorizontalPodAutoscaler `hpa` in `namespace` is left out, its `field` missing or not a
   * value Kubernetes allows (`spec.scaleTargetRef` without a kind and a name; `spec.minReplicas` not
   * a whole number ≥ 0; `spec.maxReplicas` not a whole number ≥ 1; `status.currentReplicas` not a whole
   * number ≥ 0).
   */
  "kube-hpa-invalid": {
    hpa: string;
    namespace: string;
    field: "spec.scaleTargetRef" | "spec.minReplicas" | "spec.maxReplicas" | "status.currentReplicas";
  };
  /**
   * A warning: HorizontalPodAutoscaler `hpa` in `namespace` is left out: its `minReplicas` is above
   * its `maxReplicas`.
   */
  "kube-hpa-range-invalid": { hpa: string; namespace: string; minReplicas: number; maxReplicas: number };
  /**
   * A warning: HorizontalPodAutoscaler `hpa` in `namespace` scales `kind` `target`, which none of the
   * imported pods belongs to (a workload with no live pods, or of a kind eksize does not group by); it
   * is left out.
   */
  "kube-hpa-target-not-found": { hpa: string; namespace: string; kind: string; target: string };
  /**
   * A warning: several HorizontalPodAutoscalers (`hpas`, by name) scale workload `name`. Kubernetes
   * then follows none of them (`ScalingActive` false, reason `AmbiguousSelector`, since
   * kubernetes/kubernetes#112011), so the workload keeps its replicas every hour.
   */
  "kube-hpa-several": { name: string; hpas: readonly string[] };
  /**
   * A warning: the schedule of workload `name`'s CronJob is not one cron reads (see `scheduleWeek`):
   * `part` is the field refused, or null when it has not five fields and is no macro. The workload
   * runs its replicas every hour.
   */
  "kube-cronjob-schedule-invalid": { name: string; schedule: string; part: string | null };
  /**
   * A note: the schedule of workload `name`'s CronJob names days of the month or months, which fall
   * on other weekdays from week to week: its week has every hour it can start a Job in.
   */
  "kube-cronjob-week-approximated": { name: string; schedule: string };
  /**
   * A note: CronJob `cronJob` in `namespace` ran no Job when the pods were listed, so it has no pods
   * to size a workload from, and is left out.
   */
  "kube-cronjob-without-pods": { cronJob: string; namespace: string };
  /**
   * The DaemonSets of node group `nodeGroup` request more of `resource` on every node than a node of
   * `instanceType` has allocatable (`cpu` in millicores, `memory` in MiB, `pods` in slots): its nodes
   * are over 100%, and its pods that need that resource cannot run there.
   */
  "daemonsets-exceed-node": {
    nodeGroup: string;
    instanceType: string;
    resource: "cpu" | "memory" | "pods";
    requested: number;
    allocatable: number;
  };
  /** Not an IPv4 CIDR: the text is not `a.b.c.d/n` with decimal numbers (no sign, no leading zeros). */
  "cidr-syntax": { value: string };
  /** An IPv4 CIDR whose `octet`-th number (1 to 4, from the left) is above 255. */
  "cidr-octet-out-of-range": { value: string; octet: number; received: number };
  /** An IPv4 CIDR whose prefix length is outside what an AWS subnet may have: /16 (largest) to /28 (smallest). */
  "cidr-prefix-out-of-range": { value: string; prefixLength: number; minimum: number; maximum: number };
  /** An IPv4 CIDR with bits set after the prefix; `network` is the CIDR that was probably meant (`10.0.1.0/24`). */
  "cidr-host-bits-set": { value: string; network: string };
  /** Two subnets of the scenario share addresses: `cidr` overlaps `other`, listed before it. */
  "subnet-overlap": { cidr: string; other: string };
  /**
   * VPC CNI settings that eksize does not plan for, because the VPC CNI does not support them or gives
   * pods no address under them: `minimum-ip-target-alone` (MINIMUM_IP_TARGET without WARM_IP_TARGET:
   * the pool never grows past the floor), `warm-prefix-target-zero` (WARM_PREFIX_TARGET=0 with prefix
   * delegation and no IP targets), `ipv6-with-custom-networking`, `ipv6-with-security-groups-for-pods`
   * (not modelled).
   */
  "cni-settings-unsupported": {
    reason:
      | "minimum-ip-target-alone"
      | "warm-prefix-target-zero"
      | "ipv6-with-custom-networking"
      | "ipv6-with-security-groups-for-pods";
  };
  /**
   * Pods of a node group that get no VPC address: more pods on a node than its ENIs can address
   * (`kind: "ip"`, e.g. max pods set above the ENI limit), or more pods with their own security groups
   * than the type has branch ENIs, or a type that cannot trunk (`kind: "branch"`). `pods` counts them
   * over the whole group at its planned size.
   */
  "pods-without-address": { nodeGroup: string; instanceType: string; kind: "ip" | "branch"; pods: number };
  /**
   * The subnets of one role in one availability zone cannot hold what the cluster takes there: `needed`
   * addresses (at the planned size, during a rolling node replacement, or at the node groups' maximum
   * size: `when`) against `free` addresses (usable less those already used). `zone` is 1-based;
   * `availabilityZone` is its name when the subnets name it.
   */
  "subnet-too-small": {
    zone: number;
    availabilityZone: string | null;
    role: "node" | "pod";
    when: "planned" | "surge" | "max-nodes";
    needed: number;
    free: number;
  };
  /**
   * A warning: the subnets of one role in one availability zone hold the largest demand there
   * (`demand` addresses: the rolling replacement, or the maximum size: `when`) in their `free`
   * addresses, but not that demand with `headroomPercent` more (`needed`). `zone` is 1-based.
   */
  "subnet-tight": {
    zone: number;
    availabilityZone: string | null;
    role: "node" | "pod";
    when: "surge" | "max-nodes";
    demand: number;
    needed: number;
    free: number;
    headroomPercent: number;
  };
  /** Addresses are needed in an availability zone (1-based `zone`) where no subnet of that role is given. */
  "subnet-missing": { zone: number; availabilityZone: string | null; role: "node" | "pod"; needed: number };
  /**
   * Prefix delegation needs `prefixes` free /28 blocks, contiguous and aligned, but scattered addresses
   * (ENI primaries, Fargate pods, load balancers, addresses already used) can leave only
   * `guaranteedBlocks` of them whole: EC2 then fails with `InsufficientCidrBlocks` although addresses
   * are free. The remedy is a subnet CIDR reservation of type prefix, a `/reservationPrefixLength`.
   */
  "subnet-prefix-fragmentation": {
    zone: number;
    availabilityZone: string | null;
    role: "node" | "pod";
    prefixes: number;
    guaranteedBlocks: number;
    reservationPrefixLength: number;
  };
  /** No single subnet holds the addresses needed in an availability zone: more than a /16 offers (`maximum`). */
  "subnet-demand-too-large": {
    zone: number;
    availabilityZone: string | null;
    role: "node" | "pod";
    needed: number;
    maximum: number;
  };
  /**
   * A cluster name the exports refuse (EKS `CreateCluster`: 1 to 100 letters, digits, `-` and `_`,
   * starting with a letter or digit; eksctl also refuses `_`): empty, a `first-character` or other
   * `characters` outside those, `too-long` (over `maximum`, 100), or `karpenter-role-too-long` (over
   * `maximum`, 39, so that eksctl's node role `eksctl-KarpenterNodeRole-<name>` fits IAM's 64).
   */
  "export-cluster-name-invalid": {
    name: string;
    reason: "empty" | "first-character" | "characters" | "too-long" | "karpenter-role-too-long";
    maximum: number;
  };
  /**
   * The scenario's Kubernetes `version` cannot be created in EKS on `date` (the data's date); the
   * versions it can have then, newest first, in `standard` and in `extended` support.
   */
  "kubernetes-version-unsupported": {
    version: string;
    date: string;
    standard: readonly string[];
    extended: readonly string[];
  };
  /**
   * A note: node group `nodeGroup` mixes instance types of several EKS AMI types (x86, arm64, NVIDIA,
   * Neuron), which one managed node group cannot (one `amiType` each), so the eksctl file has one
   * managed node group per AMI type: `managedNodeGroups`, with the planned nodes in the first.
   */
  "export-ami-types-split": { nodeGroup: string; managedNodeGroups: readonly string[] };
  /**
   * A note: managed node group `managedNodeGroup` lists `maximum` (20) instance types, as many as EKS
   * `CreateNodegroup` accepts; the `left` ones of its node group are left out.
   */
  "export-instance-types-limited": { managedNodeGroup: string; maximum: number; left: readonly string[] };
  /**
   * A note: the eksctl file has `profiles` Fargate profiles (5 selectors each at most), more than
   * EKS's default quota of `quota` per cluster: ask for a higher quota before creating the cluster.
   */
  "export-fargate-profiles-over-quota": { profiles: number; quota: number };
  /**
   * A note: node group `nodeGroup` was planned with `planned` pods a node on `instanceType`, but the VPC
   * CNI can address only `exported` there (MAX_ENI, custom networking, the trunk ENI of security
   * groups for pods), so the exports configure `exported`: the plan may need more nodes.
   */
  "export-max-pods-limited": { nodeGroup: string; instanceType: string; planned: number; exported: number };
  /**
   * A note: managed node group `managedNodeGroup` of `nodeGroup` is left out of the eksctl file: the
   * node group's `maxNodes` gives it a maximum of 0 nodes, and EKS needs a maximum of at least 1.
   */
  "export-managed-node-group-left-out": { nodeGroup: string; managedNodeGroup: string };
  /**
   * A note on the Karpenter file: the scenario's autoscaler is not Karpenter, so its eksctl file
   * installs no Karpenter and creates neither the node `role` nor the discovery tags the
   * EC2NodeClasses select.
   */
  "export-karpenter-not-installed": { role: string };
  /**
   * A note on the Auto Mode file: the scenario's autoscaler is not EKS Auto Mode, so its eksctl file
   * does not enable Auto Mode, and nothing runs these NodePools.
   */
  "export-auto-mode-not-enabled": Record<string, never>;
  /**
   * A note on the Auto Mode file: its NodeClasses name the node IAM role `role` (the name the EKS
   * User Guide gives it), which eksctl does not create: use the cluster's own node role instead (its
   * name is in `aws eks describe-cluster --name <cluster>`, `computeConfig.nodeRoleArn`), or create
   * `role` with an access entry of type EC2 and the `AmazonEKSAutoNodePolicy` access policy.
   */
  "export-auto-mode-node-role": { role: string; cluster: string };
  /**
   * A note on the Auto Mode file: EKS Auto Mode does not launch `instanceTypes` of `nodeGroup`
   * (`autoModeSupport`), so its NodePool leaves them out (and the group, when none is left).
   */
  "export-auto-mode-types-left-out": { nodeGroup: string; instanceTypes: readonly string[] };
}

/**
 * Which kubectl text an import issue is about: `pods`, `workloads` (Deployments, StatefulSets, ...),
 * `nodes`, `pdbs` (PodDisruptionBudgets) or `hpas` (HorizontalPodAutoscalers).
 */
export type KubeInput = "pods" | "workloads" | "nodes" | "pdbs" | "hpas";

/** The pod spec fields a workload's spread comes from. */
export type SpreadRule = "topologySpreadConstraints" | "podAntiAffinity";

/** A machine-readable error code. */
export type ErrorCode = keyof ErrorParams;

/**
 * One error: its code, the parameters that explain it, and for errors in a document (a scenario)
 * the dot path of the offending value, e.g. `workloads.2.cpuMillicores`.
 */
export type CoreIssue = {
  [C in ErrorCode]: { readonly code: C; readonly params: ErrorParams[C]; readonly path?: string };
}[ErrorCode];

/**
 * Thrown by core functions whose contract returns a plain value (`maxPods`, `allocatable`) when the
 * input makes the answer impossible. `message` is the code itself, so it stays language-neutral.
 *
 * @example
 * try { maxPods(t2Medium, { ipv6: true }) } catch (e) {
 *   if (e instanceof EksizeError && e.issue.code === "ipv6-requires-nitro") console.log(e.issue.params.instanceType)
 * }
 */
export class EksizeError extends Error {
  /** The code and parameters; switch on `issue.code` to word the message. */
  readonly issue: CoreIssue;

  constructor(issue: CoreIssue) {
    super(issue.code);
    this.name = "EksizeError";
    this.issue = issue;
  }
}

/** Builds and throws an {@link EksizeError}; typed so that `params` must match `code`. */
export function fail<C extends ErrorCode>(code: C, params: ErrorParams[C]): never {
  throw new EksizeError({ code, params } as CoreIssue);
}

/** The outcome of a check that can fail: the value, or the issues that explain why not. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly CoreIssue[] };

/**
 * The non-throwing twin of every function that throws an {@link EksizeError}: runs `compute` and
 * gives its value, or the error's issue, as a {@link Result}. Anything else thrown is a bug and is
 * rethrown.
 *
 * @example attempt(() => maxPods(getInstanceType("c7i.32xlarge")!)) // { ok: false, issues: [{ code: "vcpu-unknown", ... }] }
 */
export function attempt<T>(compute: () => T): Result<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (error instanceof EksizeError) return { ok: false, issues: [error.issue] };
    throw error;
  }
}
