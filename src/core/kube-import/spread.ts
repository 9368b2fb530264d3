import type { CoreIssue, SpreadRule } from "../errors.js";
import type { Workload } from "../scenario/scenario.js";
import { join, type FieldReader } from "./fields.js";
import { readSelector, selects, type LabelSelector, type Labels } from "./label-selector.js";
import type { JsonObject } from "./read-json.js";

/** The zone label (and its beta name, still set by older kubelets). */
const ZONE_KEYS: readonly string[] = ["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"];
/** The node's hostname label: one domain per node. */
const HOSTNAME_KEY = "kubernetes.io/hostname";

/** A required scheduling rule of a pod, as read: what it spreads over and which pods it counts. */
interface Rule {
  readonly rule: SpreadRule;
  readonly topologyKey: string;
  readonly selector: LabelSelector;
  /** Whether it counts pods of the pod's own namespace (a spread always does; a term by its namespaces). */
  readonly ownNamespace: boolean;
  /** `maxSkew` of a spread; null for an anti-affinity term. */
  readonly maxSkew: number | null;
  /** A spread's `ScheduleAnyway`: only preferred. */
  readonly preferred: boolean;
}

/** A pod's scheduling rules that eksize reads: its `topologySpreadConstraints` and required `podAntiAffinity`. */
export type PodScheduling = readonly Rule[];

/**
 * Reads the spread constraints (`spec.topologySpreadConstraints`) and required pod anti-affinity terms
 * (`spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution`) of the `spec` of a
 * pod in `namespace`. Preferred anti-affinity, which never keeps a pod pending, is not read.
 */
export function readScheduling(fields: FieldReader, spec: JsonObject, path: string, namespace: string): PodScheduling {
  const spreads = fields.objects(spec, "topologySpreadConstraints", path).map((constraint, index): Rule => {
    const at = join(path, `topologySpreadConstraints.${index}`);
    const maxSkew = fields.number(constraint, "maxSkew", at);
    return {
      rule: "topologySpreadConstraints",
      topologyKey: fields.string(constraint, "topologyKey", at) ?? "",
      selector: readSelector(fields, constraint, "labelSelector", at),
      ownNamespace: true,
      maxSkew: maxSkew !== null && Number.isInteger(maxSkew) && maxSkew >= 1 ? maxSkew : 1,
      preferred: fields.string(constraint, "whenUnsatisfiable", at) === "ScheduleAnyway",
    };
  });
  const affinityPath = join(path, "affinity");
  const antiPath = join(affinityPath, "podAntiAffinity");
  const anti = fields.object(fields.object(spec, "affinity", path), "podAntiAffinity", affinityPath);
  const terms = fields
    .objects(anti, "requiredDuringSchedulingIgnoredDuringExecution", antiPath)
    .map((term, index): Rule => {
      const at = join(antiPath, `requiredDuringSchedulingIgnoredDuringExecution.${index}`);
      const namespaces = Array.isArray(term.namespaces) ? term.namespaces : [];
      const namespaceSelector = readSelector(fields, term, "namespaceSelector", at);
      const allNamespaces =
        namespaceSelector !== null &&
        namespaceSelector.matchLabels.length === 0 &&
        namespaceSelector.matchExpressions.length === 0;
      return {
        rule: "podAntiAffinity",
        topologyKey: fields.string(term, "topologyKey", at) ?? "",
        selector: readSelector(fields, term, "labelSelector", at),
        // No namespaces and no namespace selector: the pod's own namespace (Kubernetes PodAffinityTerm).
        ownNamespace:
          (namespaces.length === 0 && namespaceSelector === null) || allNamespaces || namespaces.includes(namespace),
        maxSkew: null,
        preferred: false,
      };
    });
  return [...spreads, ...terms];
}

/** What the import makes of a workload's scheduling rules. */
export interface PlannedSpread {
  readonly zoneSpread: Workload["zoneSpread"];
  readonly maxPodsPerNode: Workload["maxPodsPerNode"];
  /** `kube-spread-other-pods` and `kube-spread-not-planned` warnings. */
  readonly issues: readonly CoreIssue[];
}

/**
 * A workload's spread from its pods' scheduling rules, each rule counting the workload's own pods when
 * its selector selects the labels all of them share (`labels`, see `commonLabels`) in their namespace:
 *
 * - a spread on the zone (`topology.kubernetes.io/zone`) becomes `zoneSpread` (a `DoNotSchedule` one
 *   first, the smallest `maxSkew`);
 * - a required anti-affinity term on `kubernetes.io/hostname` becomes `maxPodsPerNode: 1`;
 * - any other required rule (`DoNotSchedule` on the hostname or another key, anti-affinity on the
 *   zone) is not planned: a `kube-spread-not-planned` warning; one that counts other pods than the
 *   workload's own gets `kube-spread-other-pods`. Preferred rules (`ScheduleAnyway`) that are not a
 *   zone spread of its own pods are left out without a word: they never keep a pod pending.
 */
export function plannedSpread(name: string, scheduling: PodScheduling, labels: Labels): PlannedSpread {
  let zoneSpread: Workload["zoneSpread"] = null;
  let maxPodsPerNode: number | null = null;
  const issues: CoreIssue[] = [];
  for (const { rule, topologyKey, selector, ownNamespace, maxSkew, preferred } of scheduling) {
    // A spread without a selector counts no pods anywhere: it never holds a pod back.
    if (rule === "topologySpreadConstraints" && selector === null) continue;
    const own = ownNamespace && selects(selector, labels);
    const zone = ZONE_KEYS.includes(topologyKey);
    if (own && zone && maxSkew !== null) {
      const candidate = { maxSkew, whenUnsatisfiable: preferred ? "ScheduleAnyway" : "DoNotSchedule" } as const;
      if (zoneSpread === null || rank(candidate) < rank(zoneSpread)) zoneSpread = candidate;
    } else if (own && rule === "podAntiAffinity" && topologyKey === HOSTNAME_KEY) {
      maxPodsPerNode = 1;
    } else if (!preferred) {
      issues.push({
        code: own ? "kube-spread-not-planned" : "kube-spread-other-pods",
        params: { name, rule, topologyKey },
      });
    }
  }
  return { zoneSpread, maxPodsPerNode, issues };
}

/** Which zone spread wins: a required one before a preferred one, then the smaller skew. */
function rank(spread: NonNullable<Workload["zoneSpread"]>): number {
  return (spread.whenUnsatisfiable === "DoNotSchedule" ? 0 : 1_000_000_000) + spread.maxSkew;
}
