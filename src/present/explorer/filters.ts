/**
 * The explorer's filters: what the user typed, how it is checked, and the predicates the table's
 * filtered row model runs. Pure functions, unit-tested without a DOM.
 */
import type { Architecture } from "eksize";

/** A range input exactly as typed (kept even when it is not a valid number). */
export interface RangeText {
  readonly min: string;
  readonly max: string;
}

/** A parsed inclusive range; `null` means no bound on that side. */
export interface NumberRange {
  readonly min: number | null;
  readonly max: number | null;
}

/** The range that filters nothing. */
export const OPEN_RANGE: NumberRange = { min: null, max: null };

/** Which end of a range. */
export type Bound = "min" | "max";

/** The range filters: vCPUs, and memory in GiB. */
export type RangeField = "vcpu" | "memory";

/** vCPUs are whole; memory (GiB) may be fractional, e.g. 0.5 for t3.nano. */
export const RANGE_RULES: Readonly<Record<RangeField, { wholeNumbers: boolean }>> = {
  vcpu: { wholeNumbers: true },
  memory: { wholeNumbers: false },
};

/** Why a range input is rejected; the app words each one next to the field. */
export type RangeProblem =
  | { readonly code: "not-a-number"; readonly bound: Bound; readonly value: string }
  | { readonly code: "not-whole"; readonly bound: Bound; readonly value: string }
  | { readonly code: "negative"; readonly bound: Bound; readonly value: string }
  | { readonly code: "min-above-max"; readonly min: number; readonly max: number };

/** The outcome of {@link parseRange}. */
export type ParsedRange =
  | { readonly ok: true; readonly range: NumberRange }
  | { readonly ok: false; readonly problems: readonly RangeProblem[] };

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const NEGATIVE = /^-\s*(?:\d+(?:\.\d*)?|\.\d+)$/;

function parseBound(
  text: string,
  bound: Bound,
  wholeNumbers: boolean,
): { value: number | null; problem: RangeProblem | null } {
  const value = text.trim();
  if (value === "") return { value: null, problem: null };
  if (NEGATIVE.test(value)) return { value: null, problem: { code: "negative", bound, value } };
  if (!NUMBER.test(value)) return { value: null, problem: { code: "not-a-number", bound, value } };
  const number = Number(value);
  if (wholeNumbers && !Number.isInteger(number)) return { value: null, problem: { code: "not-whole", bound, value } };
  return { value: number, problem: null };
}

/**
 * Checks a typed range: each side empty or a number ≥ 0 (whole when `wholeNumbers`), and min ≤ max.
 *
 * @example parseRange({ min: "2", max: "8" }, { wholeNumbers: true }) // { ok: true, range: { min: 2, max: 8 } }
 * @example parseRange({ min: "abc", max: "" }, { wholeNumbers: true }).ok // false ("not-a-number")
 */
export function parseRange(text: RangeText, { wholeNumbers }: { wholeNumbers: boolean }): ParsedRange {
  const min = parseBound(text.min, "min", wholeNumbers);
  const max = parseBound(text.max, "max", wholeNumbers);
  const problems = [min.problem, max.problem].filter((problem): problem is RangeProblem => problem !== null);
  if (problems.length > 0) return { ok: false, problems };
  if (min.value !== null && max.value !== null && min.value > max.value) {
    return { ok: false, problems: [{ code: "min-above-max", min: min.value, max: max.value }] };
  }
  return { ok: true, range: { min: min.value, max: max.value } };
}

/** Whether a range has no bound at all. */
export function isOpenRange(range: NumberRange): boolean {
  return range.min === null && range.max === null;
}

/**
 * Whether a value lies in an inclusive range. An unknown value is outside every range that has a
 * bound: "at least 4 vCPUs" cannot be claimed of a type whose vCPUs nobody reports.
 */
export function inRange(value: number | null, range: NumberRange): boolean {
  if (isOpenRange(range)) return true;
  if (value === null) return false;
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

/**
 * Splits a filter text into lower-case terms at spaces and commas.
 *
 * @example splitTerms(" M5.large, c7g ") // ["m5.large", "c7g"]
 */
export function splitTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((term) => term !== "");
}

/** Whether a name contains any of the terms (no terms: everything matches). */
export function matchesAnyTerm(name: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const lower = name.toLowerCase();
  return terms.some((term) => lower.includes(term));
}

/** Whether a family is exactly one of the given families (none given: everything matches). */
export function matchesFamily(family: string, families: readonly string[]): boolean {
  return families.length === 0 || families.includes(family.toLowerCase());
}

/** `"all"` or one architecture. */
export type ArchitectureChoice = "all" | Architecture;

/** Whether an architecture passes the choice; an unknown architecture passes only "all". */
export function matchesArchitecture(architecture: Architecture | null, choice: ArchitectureChoice): boolean {
  return choice === "all" || architecture === choice;
}

/** Mebibytes in a gibibyte: the memory filter is typed in GiB and the dataset counts MiB. */
export const MIB_PER_GIB = 1024;

/** A GiB range as the MiB range the dataset compares against. */
export function gibRangeToMib(range: NumberRange): NumberRange {
  return {
    min: range.min === null ? null : range.min * MIB_PER_GIB,
    max: range.max === null ? null : range.max * MIB_PER_GIB,
  };
}

/** What the filter inputs hold, as the store keeps it. */
export interface FilterInputs {
  readonly name: string;
  readonly family: string;
  readonly architecture: ArchitectureChoice;
}

/** The last valid ranges: vCPUs, and memory in GiB. */
export interface AppliedRanges {
  readonly vcpu: NumberRange;
  readonly memory: NumberRange;
}

/** One entry of TanStack Table's `columnFilters` state. */
export interface ColumnFilterEntry {
  readonly id: string;
  readonly value: unknown;
}

/**
 * The table's `columnFilters` for the inputs: only active filters are listed, so an empty filter
 * costs nothing. Ranges are the last valid ones; memory goes from GiB to MiB here.
 *
 * @example toColumnFilters({ name: "m5", family: "", architecture: "all" }, { vcpu: OPEN_RANGE, memory: OPEN_RANGE })
 * // [{ id: "name", value: ["m5"] }]
 */
export function toColumnFilters(inputs: FilterInputs, ranges: AppliedRanges): ColumnFilterEntry[] {
  const filters: ColumnFilterEntry[] = [];
  const names = splitTerms(inputs.name);
  if (names.length > 0) filters.push({ id: "name", value: names });
  const families = splitTerms(inputs.family);
  if (families.length > 0) filters.push({ id: "family", value: families });
  if (inputs.architecture !== "all") filters.push({ id: "architecture", value: inputs.architecture });
  if (!isOpenRange(ranges.vcpu)) filters.push({ id: "vcpu", value: ranges.vcpu });
  if (!isOpenRange(ranges.memory)) filters.push({ id: "memory", value: gibRangeToMib(ranges.memory) });
  return filters;
}
