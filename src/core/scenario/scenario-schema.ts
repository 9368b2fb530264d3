import * as v from "valibot";
import { RESERVATION_PROFILES } from "../nodes/allocatable.js";
import { ACCELERATOR_RESOURCES } from "../catalog/accelerators.js";
import {
  compareVersions,
  CONTROL_PLANE_TIERS,
  PROVISIONED_CONTROL_PLANE_MINIMUM_VERSION,
} from "../catalog/control-plane-tiers.js";
import { checkCidr, cidrsOverlap, usableAddresses, type Ipv4Cidr } from "../network/cidr.js";
import { unsupportedReason, DEFAULT_CNI_SETTINGS } from "../network/cni-settings.js";
import type { CoreIssue, Result } from "../errors.js";
import { HOURS_PER_MONTH } from "../cost/cost.js";
import { SAVINGS_PLAN_TYPES } from "../cost/savings-plan-types.js";
import { NODE_GROUP_DEFAULTS, SCENARIO_VERSION, type Scenario } from "./scenario.js";
import { HOURS_PER_WEEK, LOAD_PROFILE_PRESETS } from "./load-profile.js";

// The scenario's schema. Every optional field has its default here, so a hand-written scenario may
// leave out anything that is not essential; `validateScenario` returns it complete.

const NAME_MAX = 63;
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(NAME_MAX));
const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const amount = (max: number) => v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(max));
const percent = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100));

/** A PodDisruptionBudget's value: pods, or a whole percent from 0% to 100% (Kubernetes' IntOrString). */
const podsOrPercent = v.union([
  count(1_000_000),
  v.pipe(
    v.string(),
    v.check((text) => /^(100|[1-9]?\d)%$/.test(text), "0%–100%"),
  ),
]);

/** A HorizontalPodAutoscaler's range and the load it follows: a preset's name, or 168 hourly levels (%). */
const autoscaling = v.pipe(
  v.strictObject({
    minReplicas: count(1_000_000),
    maxReplicas: count(1_000_000),
    profile: v.union([v.picklist(LOAD_PROFILE_PRESETS), v.pipe(v.array(percent), v.length(HOURS_PER_WEEK))]),
  }),
  // Said at the maximum, the field a person raises to mend it.
  v.forward(
    v.check((range) => range.minReplicas <= range.maxReplicas, "minReplicas ≤ maxReplicas"),
    ["maxReplicas"],
  ),
);

const workload = v.strictObject({
  name,
  replicas: count(1_000_000),
  cpuMillicores: amount(1_000_000),
  memoryMiB: amount(100_000_000),
  architecture: v.optional(v.nullable(v.picklist(["amd64", "arm64"])), null),
  gpus: v.optional(count(64), 0),
  accelerator: v.optional(v.picklist(ACCELERATOR_RESOURCES), "nvidia.com/gpu"),
  hostNetwork: v.optional(v.boolean(), false),
  privileged: v.optional(v.boolean(), false),
  fargate: v.optional(v.boolean(), true),
  nodeGroup: v.optional(v.nullable(name), null),
  zoneSpread: v.optional(
    v.nullable(
      v.strictObject({
        maxSkew: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
        whenUnsatisfiable: v.picklist(["DoNotSchedule", "ScheduleAnyway"]),
      }),
    ),
    null,
  ),
  maxPodsPerNode: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))), null),
  disruptionBudget: v.optional(
    v.nullable(
      v.pipe(
        v.strictObject({ minAvailable: v.optional(podsOrPercent), maxUnavailable: v.optional(podsOrPercent) }),
        // Kubernetes takes one of the two (ValidatePodDisruptionBudgetSpec).
        v.check((budget) => Object.keys(budget).length === 1, "minAvailable | maxUnavailable"),
      ),
    ),
    null,
  ),
  autoscaling: v.optional(v.nullable(autoscaling), null),
});

const daemonSet = v.strictObject({
  name,
  cpuMillicores: amount(1_000_000),
  memoryMiB: amount(100_000_000),
  hostNetwork: v.optional(v.boolean(), false),
});

const capacity = v.variant("type", [
  v.strictObject({ type: v.literal("on-demand") }),
  v.strictObject({ type: v.literal("spot") }),
  v.strictObject({ type: v.literal("mixed"), onDemandBase: count(100_000), spotPercentAboveBase: percent }),
]);

const nodeGroup = v.strictObject({
  name,
  instanceTypes: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(NAME_MAX))),
    v.minLength(1),
    v.maxLength(40),
  ),
  capacity: v.optional(capacity, NODE_GROUP_DEFAULTS.capacity),
  minNodes: v.optional(count(100_000), NODE_GROUP_DEFAULTS.minNodes),
  maxNodes: v.optional(v.nullable(count(100_000)), NODE_GROUP_DEFAULTS.maxNodes),
  availabilityZones: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)),
    NODE_GROUP_DEFAULTS.availabilityZones,
  ),
  network: v.optional(
    v.strictObject({
      prefixDelegation: v.optional(v.boolean(), NODE_GROUP_DEFAULTS.network.prefixDelegation),
      customNetworking: v.optional(v.boolean(), NODE_GROUP_DEFAULTS.network.customNetworking),
    }),
    {},
  ),
  maxPods: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
    NODE_GROUP_DEFAULTS.maxPods,
  ),
  profile: v.optional(v.picklist(RESERVATION_PROFILES), NODE_GROUP_DEFAULTS.profile),
  amazonLinux: v.optional(v.picklist(["2023", "2"]), NODE_GROUP_DEFAULTS.amazonLinux),
  vmMemoryOverheadPercent: v.optional(
    v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(50))),
    NODE_GROUP_DEFAULTS.vmMemoryOverheadPercent,
  ),
  rootVolume: v.optional(
    v.strictObject({
      sizeGiB: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16_384)),
        NODE_GROUP_DEFAULTS.rootVolume.sizeGiB,
      ),
      type: v.optional(v.picklist(["gp3", "gp2"]), NODE_GROUP_DEFAULTS.rootVolume.type),
    }),
    {},
  ),
  targetUtilisationPercent: v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(100)),
    NODE_GROUP_DEFAULTS.targetUtilisationPercent,
  ),
  minValues: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
    NODE_GROUP_DEFAULTS.minValues,
  ),
  consolidationPolicy: v.optional(
    v.picklist(["WhenEmptyOrUnderutilized", "WhenEmpty"]),
    NODE_GROUP_DEFAULTS.consolidationPolicy,
  ),
});

const fargateProfile = v.strictObject({ name, workloads: v.pipe(v.array(name), v.maxLength(1000)) });

const cluster = v.strictObject({
  supportTier: v.optional(v.picklist(["standard", "extended"]), "standard"),
  controlPlaneTier: v.optional(v.picklist(CONTROL_PLANE_TIERS), "standard"),
  peakPodsPerSecond: v.optional(v.nullable(amount(100_000)), null),
  peakApiSeats: v.optional(v.nullable(count(1_000_000)), null),
  kubernetesVersion: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^1\.\d{1,3}$/))), null),
  privateCluster: v.optional(v.boolean(), false),
  autoscaler: v.optional(v.picklist(["cluster-autoscaler", "karpenter", "auto-mode", "none"]), "cluster-autoscaler"),
  scaleDownDelayMinutes: v.optional(v.nullable(amount(1440)), null),
  loadBalancers: v.optional(
    v.strictObject({
      ingresses: v.optional(count(10_000), 0),
      ingressesPerAlb: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 1),
      nlbs: v.optional(count(10_000), 0),
      nlbTargetType: v.optional(v.picklist(["instance", "ip"]), "instance"),
      capacityUnitsPerHour: v.optional(amount(100_000), 1),
    }),
    {},
  ),
  discounts: v.optional(
    v.strictObject({
      computeSavingsPercent: v.optional(percent, 0),
      enterpriseDiscountPercent: v.optional(percent, 0),
      savingsPlanType: v.optional(v.picklist(SAVINGS_PLAN_TYPES), "compute"),
      savingsPlanDiscountPercent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(99)), 0),
    }),
    {},
  ),
});

const target = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

// Optional, with no default: a scenario without it stays without it, so links made before it existed
// decode to exactly the same scenario. Inside it, every field has its default.
const network = v.strictObject({
  cni: v.optional(
    v.strictObject({
      warmEniTarget: v.optional(target, DEFAULT_CNI_SETTINGS.warmEniTarget),
      warmIpTarget: v.optional(v.nullable(target), null),
      minimumIpTarget: v.optional(v.nullable(target), null),
      warmPrefixTarget: v.optional(target, DEFAULT_CNI_SETTINGS.warmPrefixTarget),
      maxEni: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))), null),
    }),
    {},
  ),
  securityGroupWorkloads: v.optional(v.pipe(v.array(name), v.maxLength(5000)), []),
  subnets: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          availabilityZone: name,
          cidr: v.pipe(v.string(), v.maxLength(64)),
          usedAddresses: v.optional(count(65_536), 0),
          role: v.optional(v.picklist(["node", "pod"]), "node"),
        }),
      ),
      v.maxLength(200),
    ),
    [],
  ),
});

const scenarioSchema = v.strictObject({
  version: v.literal(SCENARIO_VERSION),
  name: v.optional(v.pipe(v.string(), v.maxLength(200)), ""),
  region: v.pipe(v.string(), v.regex(/^[a-z]{2}(-gov)?-[a-z]+-\d+$/)),
  hoursPerMonth: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(744)), HOURS_PER_MONTH),
  currency: v.optional(v.picklist(["USD", "KRW"]), "USD"),
  krwPerUsd: v.optional(v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(100_000)), 1400),
  workloads: v.optional(v.pipe(v.array(workload), v.maxLength(5000)), []),
  daemonSets: v.optional(v.pipe(v.array(daemonSet), v.maxLength(500)), []),
  nodeGroups: v.optional(v.pipe(v.array(nodeGroup), v.maxLength(200)), []),
  fargateProfiles: v.optional(v.pipe(v.array(fargateProfile), v.maxLength(200)), []),
  cluster: v.optional(cluster, {}),
  network: v.optional(network),
});

/**
 * Checks a scenario from any source (a file, a form, a link) and fills in every omitted optional
 * field with its default. Nothing is thrown: a bad scenario gives every problem at once, each a
 * coded issue with the dot path of the value (`workloads.2.cpuMillicores`), for the app and the CLI
 * to word. Besides each value's own range it checks that names are unique within their list, that
 * node groups and Fargate profiles name workloads and node groups that exist, and that `maxNodes`
 * is not below `minNodes`; in `network`, that subnet CIDRs are valid AWS subnets (`cidr-*`) that do
 * not overlap (`subnet-overlap`) and whose used addresses fit, that the workloads with security groups
 * exist, and that the VPC CNI settings can be planned (`cni-settings-unsupported`).
 *
 * @example
 * validateScenario({ version: 1, region: "us-east-1", workloads: [{ name: "web", replicas: 3, cpuMillicores: 250, memoryMiB: 512 }] })
 * // { ok: true, value: { version: 1, name: "", region: "us-east-1", hoursPerMonth: 730, ..., workloads: [{ ..., gpus: 0, accelerator: "nvidia.com/gpu", nodeGroup: null }] } }
 * validateScenario({ version: 1, region: "us-east-1", workloads: [{ name: "web", replicas: -1, cpuMillicores: 250, memoryMiB: 512 }] })
 * // { ok: false, issues: [{ code: "scenario-out-of-range", path: "workloads.0.replicas", params: { bound: "min", limit: 0, received: "-1" } }] }
 */
export function validateScenario(input: unknown): Result<Scenario> {
  const version = typeof input === "object" && input !== null ? (input as { version?: unknown }).version : undefined;
  if (typeof version === "number" && version > SCENARIO_VERSION) {
    return {
      ok: false,
      issues: [{ code: "scenario-version-too-new", path: "version", params: { version, supported: SCENARIO_VERSION } }],
    };
  }
  const parsed = v.safeParse(scenarioSchema, input, { abortEarly: false });
  if (!parsed.success) return { ok: false, issues: parsed.issues.map(toIssue) };
  const scenario = parsed.output as Scenario;
  const issues = crossCheck(scenario);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: scenario };
}

/** Turns one valibot issue into a coded issue with its path. */
function toIssue(issue: v.BaseIssue<unknown>): CoreIssue {
  const path = v.getDotPath(issue) ?? "";
  const received = issue.received;
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case "min_value":
    case "max_value":
      return {
        code: "scenario-out-of-range",
        path,
        params: { bound: issue.type === "min_value" ? "min" : "max", limit: Number(requirement), received },
      };
    case "integer":
      return { code: "scenario-not-whole-number", path, params: { received } };
    case "min_length":
      return { code: "scenario-too-short", path, params: { minimum: Number(requirement), received } };
    case "max_length":
      return { code: "scenario-too-long", path, params: { maximum: Number(requirement), received } };
    case "picklist":
    case "literal":
    case "variant":
    case "regex":
      return { code: "scenario-not-allowed", path, params: { allowed: issue.expected ?? "", received } };
    // A check's message is what it allows, as the other issues write it (`0%–100%`).
    case "check":
      return { code: "scenario-not-allowed", path, params: { allowed: issue.message, received } };
    case "strict_object":
      if (received === "undefined") return { code: "scenario-missing-field", path, params: {} };
      if (issue.expected === "never") return { code: "scenario-unknown-field", path, params: {} };
      return { code: "scenario-wrong-type", path, params: { expected: "object", received } };
    default:
      return { code: "scenario-wrong-type", path, params: { expected: issue.expected ?? issue.type, received } };
  }
}

/** The checks that span fields: unique names, references that resolve, min ≤ max. */
function crossCheck(scenario: Scenario): CoreIssue[] {
  const issues: CoreIssue[] = [];
  const lists = ["workloads", "daemonSets", "nodeGroups", "fargateProfiles"] as const;
  for (const list of lists) {
    const seen = new Set<string>();
    scenario[list].forEach((item, index) => {
      if (seen.has(item.name)) {
        issues.push({ code: "scenario-duplicate-name", path: `${list}.${index}.name`, params: { name: item.name } });
      }
      seen.add(item.name);
    });
  }
  const nodeGroups = new Set(scenario.nodeGroups.map((group) => group.name));
  scenario.workloads.forEach((workload, index) => {
    if (workload.nodeGroup !== null && !nodeGroups.has(workload.nodeGroup)) {
      issues.push({
        code: "scenario-unknown-reference",
        path: `workloads.${index}.nodeGroup`,
        params: { name: workload.nodeGroup, refersTo: "node-group" },
      });
    }
  });
  const workloads = new Set(scenario.workloads.map((workload) => workload.name));
  scenario.fargateProfiles.forEach((profile, profileIndex) => {
    profile.workloads.forEach((workload, index) => {
      if (!workloads.has(workload)) {
        issues.push({
          code: "scenario-unknown-reference",
          path: `fargateProfiles.${profileIndex}.workloads.${index}`,
          params: { name: workload, refersTo: "workload" },
        });
      }
    });
  });
  scenario.nodeGroups.forEach((group, index) => {
    if (group.profile === "bottlerocket" && group.amazonLinux !== "2023") {
      issues.push({
        code: "scenario-not-allowed",
        path: `nodeGroups.${index}.amazonLinux`,
        params: { allowed: '"2023"', received: `"${group.amazonLinux}"` },
      });
    }
    if (group.maxNodes !== null && group.maxNodes < group.minNodes) {
      issues.push({
        code: "scenario-out-of-range",
        path: `nodeGroups.${index}.maxNodes`,
        params: { bound: "min", limit: group.minNodes, received: String(group.maxNodes) },
      });
    }
  });
  const { controlPlaneTier, kubernetesVersion } = scenario.cluster;
  if (
    controlPlaneTier !== "standard" &&
    kubernetesVersion !== null &&
    compareVersions(kubernetesVersion, PROVISIONED_CONTROL_PLANE_MINIMUM_VERSION) < 0
  ) {
    issues.push({
      code: "control-plane-tier-needs-version",
      path: "cluster.controlPlaneTier",
      params: {
        tier: controlPlaneTier,
        version: kubernetesVersion,
        minimum: PROVISIONED_CONTROL_PLANE_MINIMUM_VERSION,
      },
    });
  }
  if (scenario.network) issues.push(...checkNetwork(scenario, workloads));
  return issues;
}

/** The checks of the `network` block: CIDRs, overlaps, used addresses, references, CNI settings. */
function checkNetwork(scenario: Scenario, workloads: ReadonlySet<string>): CoreIssue[] {
  const issues: CoreIssue[] = [];
  const { cni, securityGroupWorkloads, subnets } = scenario.network!;
  securityGroupWorkloads.forEach((workload, index) => {
    if (!workloads.has(workload)) {
      issues.push({
        code: "scenario-unknown-reference",
        path: `network.securityGroupWorkloads.${index}`,
        params: { name: workload, refersTo: "workload" },
      });
    }
  });
  const parsed: { cidr: Ipv4Cidr; index: number }[] = [];
  subnets.forEach((subnet, index) => {
    const path = `network.subnets.${index}`;
    const checked = checkCidr(subnet.cidr);
    if (!checked.ok) {
      issues.push(...checked.issues.map((issue) => ({ ...issue, path: `${path}.cidr` })));
      return;
    }
    const other = parsed.find((earlier) => cidrsOverlap(earlier.cidr, checked.value));
    if (other) {
      issues.push({
        code: "subnet-overlap",
        path: `${path}.cidr`,
        params: { cidr: subnet.cidr, other: subnets[other.index]?.cidr ?? "" },
      });
    }
    parsed.push({ cidr: checked.value, index });
    const usable = usableAddresses(checked.value.prefixLength);
    if (subnet.usedAddresses > usable) {
      issues.push({
        code: "scenario-out-of-range",
        path: `${path}.usedAddresses`,
        params: { bound: "max", limit: usable, received: String(subnet.usedAddresses) },
      });
    }
  });
  const prefixDelegation = scenario.nodeGroups.some((group) => group.network.prefixDelegation);
  const reason = unsupportedReason({ ...DEFAULT_CNI_SETTINGS, ...cni, prefixDelegation });
  if (reason !== null) issues.push({ code: "cni-settings-unsupported", path: "network.cni", params: { reason } });
  return issues;
}
