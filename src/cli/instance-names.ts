/**
 * Instance type names as the user types them: exact names, or globs (`m5.*`, `c7g.?xlarge`),
 * resolved against the dataset.
 */
import type { InstanceType } from "eksize";
import { instanceTypes, lookupInstanceType } from "eksize/data/instance-types";
import { compareInstanceTypes } from "../present/explorer/sorting.js";
import { describe } from "./messages.js";
import { UsageError } from "./io.js";

/** A glob's regular expression: `*` any run of characters, `?` one; everything else literal. */
export function globPattern(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

/**
 * The instance types the names and globs stand for, each once, in reading order (family, then size). An unknown
 * name or a glob that matches nothing is a {@link UsageError} naming the nearest types.
 *
 * @example resolveInstanceTypes(["m5.*"]).length // 10
 */
export function resolveInstanceTypes(names: readonly string[]): InstanceType[] {
  const wanted = new Set<string>();
  for (const name of names) {
    if (/[*?]/.test(name)) {
      const pattern = globPattern(name);
      const matches = instanceTypes.filter((type) => pattern.test(type.name));
      if (matches.length === 0) throw new UsageError(`no instance type matches ${name}`);
      for (const type of matches) wanted.add(type.name);
    } else {
      const found = lookupInstanceType(name);
      if (!found.ok) throw new UsageError(found.issues.map(describe).join("\n"));
      wanted.add(found.value.name);
    }
  }
  return instanceTypes.filter((type) => wanted.has(type.name)).sort(compareInstanceTypes);
}
