import type { Result } from "../errors.js";
import type { Scenario } from "../scenario/scenario.js";

/**
 * Names that AWS and Kubernetes accept, made from the scenario's free-form names (which may hold
 * spaces, quotes, `#`, newlines or Korean). Internal to the exports.
 */

/** Cluster name when the scenario has none that gives a usable slug. */
export const DEFAULT_CLUSTER_NAME = "eksize-cluster";

/** Longest EKS cluster name (EKS API `CreateCluster`: "can't be longer than 100 characters"). */
export const CLUSTER_NAME_MAX = 100;

/**
 * The IAM role eksctl creates for the nodes Karpenter launches, `eksctl-KarpenterNodeRole-<cluster>`
 * (eksctl `pkg/cfn/builder/karpenter.go`, `KarpenterNodeRoleName`), without the cluster name.
 */
export const KARPENTER_NODE_ROLE_PREFIX = "eksctl-KarpenterNodeRole-";

/** Longest cluster name with Karpenter: {@link KARPENTER_NODE_ROLE_PREFIX} + name within IAM's 64 characters for a role name. */
export const KARPENTER_CLUSTER_NAME_MAX = 64 - KARPENTER_NODE_ROLE_PREFIX.length;

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

/** Options of {@link exportClusterName}. */
export interface ClusterNameOptions {
  /** The name must also fit eksctl's Karpenter node role ({@link KARPENTER_CLUSTER_NAME_MAX}). */
  readonly karpenter?: boolean;
}

/**
 * The EKS cluster name the exports use:
 *
 * - `requested`, exactly as given, when EKS and eksctl accept it: letters, digits and `-`, a letter
 *   or digit first (EKS API `CreateCluster`; eksctl refuses `_`, which EKS allows: eksctl
 *   `IsInvalidNameArg`), at most {@link CLUSTER_NAME_MAX} characters, or
 *   {@link KARPENTER_CLUSTER_NAME_MAX} with `karpenter`; otherwise it is refused with the reason
 *   (`export-cluster-name-invalid`), never changed;
 * - without one, a name made from the scenario's name: its slug (lowercase, see {@link slug}) cut to
 *   {@link KARPENTER_CLUSTER_NAME_MAX} characters so that it always fits, with `eksize-` before it when
 *   it starts with a digit, or {@link DEFAULT_CLUSTER_NAME} when nothing is left. The files keep the
 *   scenario's own name in an annotation, and the site and `eksize export --help` show the name made.
 *
 * @example exportClusterName(defaultScenario) // { ok: true, value: "online-shop-production" }
 * @example exportClusterName(defaultScenario, "Shop_1") // { ok: false, issues: [{ code: "export-cluster-name-invalid", params: { name: "Shop_1", reason: "characters", maximum: 100 } }] }
 */
export function exportClusterName(
  scenario: Scenario,
  requested?: string,
  options: ClusterNameOptions = {},
): Result<string> {
  if (requested === undefined) {
    const name = slug(scenario.name, KARPENTER_CLUSTER_NAME_MAX);
    if (name === "") return { ok: true, value: DEFAULT_CLUSTER_NAME };
    return { ok: true, value: /^[a-z]/.test(name) ? name : slug(`eksize-${name}`, KARPENTER_CLUSTER_NAME_MAX) };
  }
  const maximum = options.karpenter === true ? KARPENTER_CLUSTER_NAME_MAX : CLUSTER_NAME_MAX;
  const reason =
    requested === ""
      ? "empty"
      : !/^[A-Za-z0-9]/.test(requested)
        ? "first-character"
        : /[^A-Za-z0-9-]/.test(requested)
          ? "characters"
          : requested.length > CLUSTER_NAME_MAX
            ? "too-long"
            : requested.length > maximum
              ? "karpenter-role-too-long"
              : null;
  if (reason === null) return { ok: true, value: requested };
  return {
    ok: false,
    issues: [
      {
        code: "export-cluster-name-invalid",
        params: { name: requested, reason, maximum: reason === "too-long" ? CLUSTER_NAME_MAX : maximum },
      },
    ],
  };
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
