import type { InstanceType } from "eksize";

/** The most suggestions an instance type input lists at once. */
export const SHOWN_MATCHES = 12;

/**
 * The instance types whose name holds `query` (any case), best first: the exact name, then names
 * that start with it (`m7i` → m7i.large, m7i-flex.large, …), then the others; within each, smaller
 * types first (vCPUs, then memory, then name), as a family reads from large to 48xlarge. Empty for
 * an empty query.
 *
 * @example matchingTypes("m7i.4", instanceTypes).map((type) => type.name) // ["m7i.4xlarge"]
 */
export function matchingTypes(
  query: string,
  types: readonly InstanceType[],
  limit: number = SHOWN_MATCHES,
): InstanceType[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === "") return [];
  const rank = (name: string): number => (name === wanted ? 0 : name.startsWith(wanted) ? 1 : 2);
  return types
    .filter((type) => type.name.includes(wanted))
    .sort(
      (a, b) =>
        rank(a.name) - rank(b.name) ||
        (a.vcpu ?? Infinity) - (b.vcpu ?? Infinity) ||
        (a.memoryMiB ?? Infinity) - (b.memoryMiB ?? Infinity) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}
