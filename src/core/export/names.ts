import type { Scenario } from "../scenario/scenario.js";

/**
 * Names that AWS and Kubernetes accept, made from the scenario's free-form names (which may hold
 * spaces, quotes, `#`, newlines or Korean). Internal to the exports.
 */

/** Cluster name when the scenario has none that gives a usable slug. */
export const DEFAULT_CLUSTER_NAME = "eksize-cluster";

/**
 * Longest cluster name the exports produce: Karpenter's node role `KarpenterNodeRole-<cluster>` must
 * stay within IAM's 64 characters for a role name (18 + 40 = 58).
 */
const CLUSTER_NAME_MAX = 40;

/** Longest Kubernetes label value, EKS node group name and Fargate profile name (63 characters). */
export const NAME_MAX = 63;

/**
 * `text` as a lowercase DNS label: letters (accents dropped) and digits, everything else one `-`,
 * no `-` at either end, at most `maxLength` characters; "" when nothing is left (e.g. Korean only).
 */
export function slug(text: string, maxLength: number = NAME_MAX): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

/**
 * The EKS cluster name the exports use: `requested` (or else the scenario's name) as a slug that
 * eksctl accepts (a letter first, then letters, digits and `-`; at most 40 characters so that the
 * Karpenter node role name fits IAM's limit); {@link DEFAULT_CLUSTER_NAME} when nothing usable is left.
 *
 * @example exportClusterName(defaultScenario) // "online-shop-production"
 */
export function exportClusterName(scenario: Scenario, requested?: string): string {
  const name = slug(requested ?? scenario.name, CLUSTER_NAME_MAX);
  if (name === "") return DEFAULT_CLUSTER_NAME;
  return /^[a-z]/.test(name) ? name : slug(`eksize-${name}`, CLUSTER_NAME_MAX);
}

const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;

/** Hands out names unique within one export, each at most {@link NAME_MAX} characters. */
export class NameSet {
  private readonly taken = new Set<string>();

  /**
   * `base` (a slug, or `fallback` when it is empty) followed by `suffix`, numbered `-2`, `-3`, ...
   * when already handed out.
   */
  unique(base: string, fallback: string, suffix = ""): string {
    const stem = base === "" ? fallback : base;
    for (let n = 1; ; n++) {
      const tail = `${n === 1 ? "" : `-${n}`}${suffix}`;
      const candidate = `${stem.slice(0, NAME_MAX - tail.length).replace(/-+$/, "")}${tail}`;
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
  }

  /**
   * A Kubernetes label value for `name`: the name itself when it is a valid label value (at most 63
   * letters, digits, `-`, `_`, `.`, alphanumeric at both ends), else its slug (or `fallback`); unique.
   */
  labelValue(name: string, fallback: string): string {
    if (name.length <= NAME_MAX && LABEL_VALUE.test(name) && !this.taken.has(name)) {
      this.taken.add(name);
      return name;
    }
    return this.unique(slug(name), fallback);
  }
}
