/**
 * The natural order of instance type names: by family, then by size from smallest to largest
 * (`nano` … `medium`, `large`, `xlarge`, `2xlarge` … `48xlarge`, then `metal`), the way people read
 * them, rather than letter by letter (`m5.12xlarge` before `m5.large`).
 */

const NAMED_SIZES: Readonly<Record<string, number>> = { nano: 0, micro: 1, small: 2, medium: 3, large: 4, xlarge: 5 };
const METAL = 10_000;
const UNRECOGNISED = 20_000;

/**
 * A sortable rank for an instance size; sizes that are not recognised sort last.
 *
 * @example sizeRank("large") < sizeRank("xlarge") && sizeRank("xlarge") < sizeRank("2xlarge") // true
 */
export function sizeRank(size: string): number {
  const named = NAMED_SIZES[size];
  if (named !== undefined) return named;
  const multiple = /^(\d+)xlarge$/.exec(size);
  if (multiple) return NAMED_SIZES.xlarge! + Number(multiple[1]);
  if (size === "metal") return METAL;
  const metal = /^metal-(\d+)xl$/.exec(size);
  if (metal) return METAL + Number(metal[1]);
  return UNRECOGNISED;
}

/** Built on the first comparison: an Intl collator takes milliseconds to build, and many callers never sort. */
let collator: Intl.Collator | undefined;

/** What {@link compareInstanceTypes} reads. */
export interface NamedType {
  readonly name: string;
  readonly family: string;
  readonly size: string;
}

/**
 * Compares two instance types by family (numbers in order: `c5` < `c5a` < `c6g`), then size, then name.
 *
 * @example ["m5.2xlarge", "m5.large"].sort(...) // ["m5.large", "m5.2xlarge"] (with the types' fields)
 */
export function compareInstanceTypes(a: NamedType, b: NamedType): number {
  collator ??= new Intl.Collator("en", { numeric: true, sensitivity: "base" });
  return (
    collator.compare(a.family, b.family) || sizeRank(a.size) - sizeRank(b.size) || collator.compare(a.name, b.name)
  );
}
