/**
 * Instance type names as the user types them: exact names, or globs (`m5.*`, `c7g.?xlarge`),
 * resolved against a list of the dataset's types (the whole catalogue, or only the columns a command reads).
 */
import { findInstanceType } from "eksize";
import { compareInstanceTypes, type NamedType } from "../present/explorer/sorting.js";
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
 * The types of `types` the names and globs stand for, each once, in reading order (family, then size).
 * An unknown name or a glob that matches nothing is a {@link UsageError} naming the nearest types;
 * only then are the command line's messages loaded.
 *
 * @example (await resolveInstanceTypes(["m5.*"], instanceTypes)).length // 10
 */
export async function resolveInstanceTypes<T extends NamedType>(
  names: readonly string[],
  types: readonly T[],
): Promise<T[]> {
  const wanted = new Set<string>();
  for (const name of names) {
    if (/[*?]/.test(name)) {
      const pattern = globPattern(name);
      const matches = types.filter((type) => pattern.test(type.name));
      if (matches.length === 0) throw new UsageError(`no instance type matches ${name}`);
      for (const type of matches) wanted.add(type.name);
    } else {
      const found = findInstanceType(types, name);
      if (!found.ok) {
        const { describe } = await import("./messages.js");
        throw new UsageError(found.issues.map(describe).join("\n"));
      }
      wanted.add(found.value.name);
    }
  }
  return types.filter((type) => wanted.has(type.name)).sort(compareInstanceTypes);
}
