/**
 * Instance type names as the user types them: exact names, or globs (`m5.*`, `c7g.?xlarge`),
 * resolved against the dataset's types (the whole catalogue, or only the columns a command reads).
 */
import { unknownInstanceType } from "eksize";
import { compareInstanceTypes, type NamedType } from "../present/explorer/sorting.js";
import { UsageError } from "./io.js";

/** The instance types names are resolved against. */
export interface TypeCatalogue<T extends NamedType> {
  /** Every type's name. */
  readonly names: () => readonly string[];
  /** The type of this exact name, or undefined. */
  readonly get: (name: string) => T | undefined;
}

/** A glob's regular expression: `*` any run of characters, `?` one; everything else literal. */
export function globPattern(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

/**
 * The types the names and globs stand for, each once, in reading order (family, then size). An
 * unknown name (surrounding spaces ignored) or a glob that matches nothing is a {@link UsageError}
 * naming the nearest types; only then are the command line's messages loaded.
 *
 * @example (await resolveInstanceTypes(["m5.*"], catalogue)).length // 10
 */
export async function resolveInstanceTypes<T extends NamedType>(
  names: readonly string[],
  catalogue: TypeCatalogue<T>,
): Promise<T[]> {
  const wanted = new Map<string, T>();
  for (const name of names) {
    if (/[*?]/.test(name)) {
      const pattern = globPattern(name);
      const matches = catalogue.names().filter((candidate) => pattern.test(candidate));
      if (matches.length === 0) throw new UsageError(`no instance type matches ${name}`);
      for (const match of matches) wanted.set(match, catalogue.get(match)!);
    } else {
      const found = catalogue.get(name.trim());
      if (found === undefined) {
        const { describe } = await import("./messages.js");
        throw new UsageError(describe(unknownInstanceType(name, catalogue.names())));
      }
      wanted.set(found.name, found);
    }
  }
  return [...wanted.values()].sort(compareInstanceTypes);
}
