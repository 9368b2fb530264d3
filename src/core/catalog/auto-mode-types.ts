import type { InstanceType } from "./instance-type.js";

/**
 * The instance families EKS Auto Mode launches, as the EKS User Guide lists them ("EKS Auto Mode
 * supported instance reference", awsdocs/amazon-eks-user-guide
 * `latest/ug/automode/automode-learn-instances.adoc` @ 06faff14, the version with the types added on
 * 2026-04-10: p6-b200, p6-b300, p5e, p5en, trn2, hpc8a, x8aedz, x8i). By the guide's groups: compute
 * optimized (C), general purpose (M), memory optimized (R), burstable (T), high memory (Z/X), storage
 * optimized (I/D), accelerated computing (P/G/Inf/Trn) and high performance computing.
 */
export const AUTO_MODE_FAMILIES: ReadonlySet<string> = new Set([
  // Compute optimized (C)
  ...["c8id", "c8i", "c8i-flex", "c8gd", "c8gn", "c8g", "c8a", "c8gb", "c7a", "c7g", "c7gn", "c7gd", "c7i"],
  ...["c7i-flex", "c6a", "c6g", "c6i", "c6gn", "c6id", "c6in", "c6gd", "c5", "c5a", "c5d", "c5ad", "c5n", "c4"],
  // General purpose (M)
  ...["m8id", "m8i", "m8i-flex", "m8a", "m8azn", "m8gn", "m8gb", "m8gd", "m8g", "m7i", "m7a", "m7g", "m7gd"],
  ...["m7i-flex", "m6a", "m6i", "m6in", "m6g", "m6idn", "m6id", "m6gd", "m5", "m5a", "m5ad", "m5n", "m5dn"],
  ...["m5d", "m5zn", "m4"],
  // Memory optimized (R)
  ...["r8id", "r8i", "r8i-flex", "r8gn", "r8gb", "r8gd", "r8g", "r8a", "r7a", "r7iz", "r7gd", "r7i", "r7g"],
  ...["r6a", "r6i", "r6id", "r6in", "r6idn", "r6g", "r6gd", "r5", "r5n", "r5a", "r5dn", "r5b", "r5ad", "r5d", "r4"],
  // Burstable (T)
  ...["t4g", "t3", "t3a", "t2"],
  // High memory (Z/X)
  ...["z1d", "x8aedz", "x8g", "x8i", "x2gd"],
  // Storage optimized (I/D)
  ...["i8ge", "i7i", "i8g", "i7ie", "i4g", "i4i", "i3", "i3en", "is4gen", "d3", "d3en", "im4gn"],
  // Accelerated computing (P/G/Inf/Trn)
  ...["p6-b200", "p6-b300", "p5", "p5e", "p5en", "p4d", "p4de", "p3dn", "g7e", "g6", "gr6", "g6e", "g5g", "g5"],
  ...["g4dn", "g4ad", "inf2", "inf1", "trn1", "trn1n", "trn2"],
  // High performance computing
  ...["hpc8a", "x2iezn", "x2iedn", "x2idn"],
]);

/** Sizes EKS Auto Mode never launches ("Instance size is not nano, micro or small", same page). */
export const AUTO_MODE_EXCLUDED_SIZES: ReadonlySet<string> = new Set(["nano", "micro", "small"]);

/**
 * Whether EKS Auto Mode can launch an instance type, or why not:
 * - `supported`: its family is listed and it meets the size rules;
 * - `family-not-supported`: the family is not in {@link AUTO_MODE_FAMILIES} (a1, mac, u-, x1, ...);
 * - `size-too-small`: a `nano`, `micro` or `small` size ({@link AUTO_MODE_EXCLUDED_SIZES});
 * - `single-vcpu`: one vCPU (the guide asks for "More than 1 CPU"; the Graviton `medium` sizes);
 * - `vcpu-unknown`: the dataset does not know its vCPUs, so the CPU rule cannot be checked.
 */
export type AutoModeSupport = "supported" | "family-not-supported" | "size-too-small" | "single-vcpu" | "vcpu-unknown";

/**
 * Whether EKS Auto Mode launches `type`, by the rules of the EKS User Guide
 * (`latest/ug/automode/automode-learn-instances.adoc` @ 06faff14, "EKS Auto Mode supported instance
 * reference"): a supported family ({@link AUTO_MODE_FAMILIES}), more than 1 CPU, and a size other than
 * nano, micro or small. The reasons are checked in that order: family, size, vCPUs. Auto Mode runs
 * Linux only; every type of the dataset is priced for Linux.
 *
 * @example autoModeSupport(getInstanceType("m5.large")!) // "supported"
 * @example autoModeSupport(getInstanceType("t3.micro")!) // "size-too-small"
 * @example autoModeSupport(getInstanceType("c7g.medium")!) // "single-vcpu"
 */
export function autoModeSupport(type: Pick<InstanceType, "family" | "size" | "vcpu">): AutoModeSupport {
  if (!AUTO_MODE_FAMILIES.has(type.family)) return "family-not-supported";
  if (AUTO_MODE_EXCLUDED_SIZES.has(type.size)) return "size-too-small";
  if (type.vcpu === null) return "vcpu-unknown";
  return type.vcpu > 1 ? "supported" : "single-vcpu";
}

/** The NodePools EKS Auto Mode creates when it is enabled with its defaults. */
export const BUILT_IN_NODE_POOLS = ["general-purpose", "system"] as const;

/** One of {@link BUILT_IN_NODE_POOLS}. */
export type BuiltInNodePool = (typeof BUILT_IN_NODE_POOLS)[number];

/** The instance categories (the letters before the generation) both built-in NodePools use: C, M and R. */
export const BUILT_IN_NODE_POOL_CATEGORIES: ReadonlySet<string> = new Set(["c", "m", "r"]);

/** The oldest instance generation the built-in NodePools launch. */
export const BUILT_IN_NODE_POOL_MIN_GENERATION = 5;

/**
 * The built-in NodePools that may launch `type`, in {@link BUILT_IN_NODE_POOLS} order; empty when
 * neither does. From the EKS User Guide (`latest/ug/automode/set-builtin-node-pools.adoc` @ 01c16ed8,
 * "Built-in NodePool Reference"): both pools use the default NodeClass, only on-demand capacity, the
 * C, M and R families, generation 5 or newer; `system` (tainted `CriticalAddonsOnly`) takes amd64 and
 * arm64, `general-purpose` amd64 only. A type must also be one Auto Mode launches at all
 * ({@link autoModeSupport}). The category and generation are read from the family name as Karpenter
 * labels them (`m5zn` is category `m`, generation 5). A type of unknown architecture fits `system`
 * only. Custom NodePools do not share these limits (Spot, other families).
 *
 * @example builtInNodePools(getInstanceType("m5.large")!) // ["general-purpose", "system"]
 * @example builtInNodePools(getInstanceType("c7g.xlarge")!) // ["system"] (arm64)
 * @example builtInNodePools(getInstanceType("m4.large")!) // [] (generation 4)
 */
export function builtInNodePools(
  type: Pick<InstanceType, "family" | "size" | "vcpu" | "architecture">,
): readonly BuiltInNodePool[] {
  if (autoModeSupport(type) !== "supported") return [];
  const match = /^([a-z]+)(\d+)/.exec(type.family);
  if (match === null || !BUILT_IN_NODE_POOL_CATEGORIES.has(match[1]!)) return [];
  if (Number(match[2]) < BUILT_IN_NODE_POOL_MIN_GENERATION) return [];
  return type.architecture === "amd64" ? ["general-purpose", "system"] : ["system"];
}
