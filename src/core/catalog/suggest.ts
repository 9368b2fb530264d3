import type { CoreIssue } from "../errors.js";

/**
 * The candidates nearest to a misspelt name, best first, by Levenshtein edit distance (a typo is one
 * edit: `m5.lage` → `m5.large`); ties go to the longer shared prefix (the same family), then to the
 * alphabet. Only candidates within `maxDistance` edits are returned.
 *
 * @param limit at most this many suggestions.
 * @example suggestNames("m5.lage", ["m5.large", "m5.xlarge", "c5.large"]) // ["m5.large", "m5.xlarge", "c5.large"]
 */
export function suggestNames(
  name: string,
  candidates: readonly string[],
  limit = 3,
  maxDistance = Math.max(2, Math.floor(name.length / 3)),
): string[] {
  const query = name.trim().toLowerCase();
  return candidates
    .map((candidate) => {
      const lower = candidate.toLowerCase();
      return { candidate, distance: editDistance(query, lower), prefix: sharedPrefixLength(query, lower) };
    })
    .filter((entry) => entry.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || b.prefix - a.prefix || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** Levenshtein distance: insertions, deletions and substitutions needed to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

/**
 * The issue for an instance type name that is not among `names`: `unknown-instance-type`, with the
 * nearest of them as suggestions ({@link suggestNames}).
 *
 * @example unknownInstanceType("m5.lage", ["c5.large", "m5.large"]) // { code: "unknown-instance-type", params: { instanceType: "m5.lage", suggestions: ["m5.large", "c5.large"] } }
 */
export function unknownInstanceType(name: string, names: readonly string[]): CoreIssue {
  return { code: "unknown-instance-type", params: { instanceType: name, suggestions: suggestNames(name, names) } };
}
