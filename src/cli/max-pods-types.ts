/**
 * The instance types `eksize max-pods` looks up, with only the columns it reads (`MAX_PODS_COLUMNS`),
 * read from the max-pods dataset's text as they are asked for: one type by its name reads only its own
 * line, so the command allocates next to nothing (parsing every type cost a garbage collection); every
 * name (a glob, or the nearest names to a misspelt one) reads them all, once.
 */
import type { TypeCatalogue } from "./instance-names.js";
import { MAX_PODS_COLUMNS, type MaxPodsType } from "./max-pods-columns.js";
import { MAX_PODS_DATASET } from "./max-pods-dataset.js";

/** A line's JSON array as a type. */
function fromLine(line: string): MaxPodsType {
  const row = JSON.parse(line) as unknown[];
  return Object.fromEntries(MAX_PODS_COLUMNS.map((column, index) => [column, row[index]])) as MaxPodsType;
}

/**
 * The type named exactly `name` in a max-pods dataset's text (`maxPodsDatasetText`), read from its
 * line alone; undefined when no line has that name.
 *
 * @example typeOnItsLine(MAX_PODS_DATASET, "m5.large")?.defaultCardEnis // 3
 */
export function typeOnItsLine(text: string, name: string): MaxPodsType | undefined {
  const start = text.indexOf(`\n[${JSON.stringify(name)},`);
  if (start === -1) return undefined;
  const end = text.indexOf("\n", start + 1);
  return fromLine(text.slice(start + 1, end === -1 ? undefined : end));
}

/** Every type of a max-pods dataset's text, by name, in its order. */
export function typesOf(text: string): Map<string, MaxPodsType> {
  return new Map(
    text
      .slice(1)
      .split("\n")
      .map((line) => {
        const type = fromLine(line);
        return [type.name, type];
      }),
  );
}

/** Every type by name, once {@link maxPodsTypes}' names were asked for. */
let everyType: Map<string, MaxPodsType> | undefined;

/** The dataset's instance types as far as max pods reads them, sorted by name. */
export const maxPodsTypes: TypeCatalogue<MaxPodsType> = {
  names: () => [...(everyType ??= typesOf(MAX_PODS_DATASET)).keys()],
  get: (name) => (everyType === undefined ? typeOnItsLine(MAX_PODS_DATASET, name) : everyType.get(name)),
};
