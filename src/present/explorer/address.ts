/**
 * The instance explorer's view in its address (`#/explorer?…`, see src/app/store/address.ts): each
 * parameter is written only when it differs from the default, so the plain explorer is `#/explorer`.
 *
 * | parameter           | value                                             | example                      |
 * | ------------------- | ------------------------------------------------- | ---------------------------- |
 * | `region`            | a region code (the site's region, always written) | `region=ap-northeast-2`      |
 * | `name`              | the name filter as typed                          | `name=m5,c7g`                |
 * | `family`            | the family filter as typed                        | `family=r6i`                 |
 * | `arch`              | `amd64` or `arm64`                                | `arch=arm64`                 |
 * | `vcpu`              | a range `min-max`, either side open, or one value | `vcpu=2-8`, `vcpu=4-`        |
 * | `memory`            | a range in GiB, likewise                          | `memory=0.5-16`              |
 * | `profile`           | `amazon-linux`, `bottlerocket` or `karpenter`     | `profile=karpenter`          |
 * | `prefix-delegation` | `1` (on) or `0`                                   | `prefix-delegation=1`        |
 * | `custom-networking` | `1` or `0`                                        | `custom-networking=1`        |
 * | `uncapped`          | `1` or `0` (no 110/250 ceiling)                   | `uncapped=1`                 |
 * | `sort`              | a column id, `-` first for descending             | `sort=-maxPods`              |
 * | `columns`           | the columns shown beside the name, in any order   | `columns=vcpu,memory,maxPods`|
 * | `type`              | the instance type whose breakdown is open         | `type=m5.large`              |
 *
 * Values are percent-encoded (commas left readable). Reading never throws: a parameter it does not
 * know, or a value it cannot use, is an issue (a code with the parameter and the value) and is left
 * out, and the rest applies. Pure: the site words the issues and applies the view.
 */
import { RESERVATION_PROFILES, type Architecture, type ReservationProfile } from "eksize";
import { getInstanceType } from "eksize/data";
import {
  ALWAYS_SHOWN_COLUMN,
  DEFAULT_HIDDEN_COLUMNS,
  EXPLORER_COLUMNS,
  isExplorerColumn,
  UNSORTABLE_COLUMNS,
  type ExplorerColumnId,
} from "./column-ids.js";
import {
  isOpenRange,
  OPEN_RANGE,
  parseRange,
  RANGE_RULES,
  type ArchitectureChoice,
  type NumberRange,
  type RangeField,
} from "./filters.js";
import { DEFAULT_SETTINGS } from "./rows.js";

/** One `name=value` parameter, the value as written in the URL (percent-encoded). */
export type Param = readonly [name: string, value: string];

/** The explorer's view: everything its address holds but the region. */
export interface ExplorerView {
  /** The name filter as typed. */
  readonly name: string;
  /** The family filter as typed. */
  readonly family: string;
  readonly architecture: ArchitectureChoice;
  /** vCPUs. */
  readonly vcpu: NumberRange;
  /** GiB. */
  readonly memory: NumberRange;
  readonly profile: ReservationProfile;
  readonly prefixDelegation: boolean;
  readonly customNetworking: boolean;
  readonly uncapped: boolean;
  /** The sorted column. */
  readonly sort: { readonly id: ExplorerColumnId; readonly desc: boolean };
  /** The columns not shown, in table order (never the name). */
  readonly hiddenColumns: readonly ExplorerColumnId[];
  /** The instance type whose breakdown is open. */
  readonly selected: string | null;
}

/** The view of `#/explorer`: no filter, the VPC CNI's defaults, EKS AMIs, sorted by name. */
export const DEFAULT_VIEW: ExplorerView = {
  name: "",
  family: "",
  architecture: "all",
  vcpu: OPEN_RANGE,
  memory: OPEN_RANGE,
  profile: DEFAULT_SETTINGS.profile,
  prefixDelegation: DEFAULT_SETTINGS.prefixDelegation,
  customNetworking: DEFAULT_SETTINGS.customNetworking,
  uncapped: DEFAULT_SETTINGS.uncapped,
  sort: { id: "name", desc: false },
  hiddenColumns: DEFAULT_HIDDEN_COLUMNS,
  selected: null,
};

/** The explorer's parameters, in the order they are written. */
export const EXPLORER_PARAMS = [
  "region",
  "name",
  "family",
  "arch",
  "vcpu",
  "memory",
  "profile",
  "prefix-delegation",
  "custom-networking",
  "uncapped",
  "sort",
  "columns",
  "type",
] as const;

/** A parameter of the explorer's address. */
export type ExplorerParam = (typeof EXPLORER_PARAMS)[number];

/** Something in an explorer address that was left out. */
export type ExplorerAddressIssue =
  | { readonly code: "unknown-parameter"; readonly name: string }
  | { readonly code: "bad-value"; readonly name: ExplorerParam; readonly value: string };

/** What an explorer address holds. */
export interface ExplorerAddress {
  readonly view: ExplorerView;
  /** The region it names, when valid; null when it names none. */
  readonly region: string | null;
  /** What was left out, in the address's order. */
  readonly issues: readonly ExplorerAddressIssue[];
}

const ARCHITECTURES: readonly Architecture[] = ["amd64", "arm64"];
/** The on/off parameters and the view's fields they set. */
const FLAG_FIELDS = {
  "prefix-delegation": "prefixDelegation",
  "custom-networking": "customNetworking",
  uncapped: "uncapped",
} as const;

function isParam(name: string): name is ExplorerParam {
  return (EXPLORER_PARAMS as readonly string[]).includes(name);
}

/** A URL value as text, or null when its percent-encoding is broken. */
function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** A text as a URL value: percent-encoded, commas left readable. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ",");
}

/** A range value (`2-8`, `4-`, `-16`, or `4` for exactly 4), or null when it is not a valid one. */
function readRange(text: string, field: RangeField): NumberRange | null {
  const parts = text.split("-");
  if (parts.length > 2) return null;
  const [min = "", max = min] = parts;
  const parsed = parseRange({ min, max }, RANGE_RULES[field]);
  return parsed.ok ? parsed.range : null;
}

function writeRange(range: NumberRange): string {
  return `${range.min ?? ""}-${range.max ?? ""}`;
}

/** The columns shown beside the name. */
function shownColumns(hidden: readonly ExplorerColumnId[]): ExplorerColumnId[] {
  return EXPLORER_COLUMNS.filter((id) => id !== ALWAYS_SHOWN_COLUMN && !hidden.includes(id));
}

/**
 * The view of one parameter's text applied to `view`, or null when the text is not a value it takes.
 * `columns` may leave out some ids (each is an issue of its own): see {@link readExplorerAddress}.
 */
function applyParam(
  view: ExplorerView,
  name: Exclude<ExplorerParam, "region" | "columns">,
  text: string,
): ExplorerView | null {
  switch (name) {
    case "name":
      return { ...view, name: text };
    case "family":
      return { ...view, family: text };
    case "arch":
      return ARCHITECTURES.includes(text as Architecture) ? { ...view, architecture: text as Architecture } : null;
    case "vcpu":
    case "memory": {
      const range = readRange(text, name);
      return range === null ? null : { ...view, [name]: range };
    }
    case "profile":
      return RESERVATION_PROFILES.includes(text as ReservationProfile)
        ? { ...view, profile: text as ReservationProfile }
        : null;
    case "prefix-delegation":
    case "custom-networking":
    case "uncapped":
      return text === "1" || text === "0" ? { ...view, [FLAG_FIELDS[name]]: text === "1" } : null;
    case "sort": {
      const desc = text.startsWith("-");
      const id = desc ? text.slice(1) : text;
      return isExplorerColumn(id) && !UNSORTABLE_COLUMNS.includes(id) ? { ...view, sort: { id, desc } } : null;
    }
    case "type":
      return getInstanceType(text) === undefined ? null : { ...view, selected: text };
  }
}

/**
 * Reads an explorer address's parameters (`s`, the scenario's, is not the explorer's and is passed
 * over). The first of a repeated parameter counts.
 *
 * @example readExplorerAddress([["sort", "-maxPods"], ["vcpu", "2-8"]], ["us-east-1"]).view.sort // { id: "maxPods", desc: true }
 * @example readExplorerAddress([["arch", "sparc"]], ["us-east-1"]).issues // [{ code: "bad-value", name: "arch", value: "sparc" }]
 */
export function readExplorerAddress(params: readonly Param[], regions: readonly string[]): ExplorerAddress {
  let view = DEFAULT_VIEW;
  let region: string | null = null;
  const issues: ExplorerAddressIssue[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (name === "s" || seen.has(name)) continue;
    seen.add(name);
    if (!isParam(name)) {
      issues.push({ code: "unknown-parameter", name: decode(name) ?? name });
      continue;
    }
    const text = decode(value);
    const bad = (): void => {
      issues.push({ code: "bad-value", name, value: text ?? value });
    };
    if (text === null) bad();
    else if (name === "region") {
      if (regions.includes(text)) region = text;
      else bad();
    } else if (name === "columns") {
      const ids = text === "" ? [] : text.split(",");
      const known = ids.filter(isExplorerColumn);
      for (const id of ids) if (!isExplorerColumn(id)) issues.push({ code: "bad-value", name, value: id });
      // Only unknown ids: the default columns rather than the name alone.
      if (known.length > 0 || ids.length === 0) {
        view = {
          ...view,
          hiddenColumns: EXPLORER_COLUMNS.filter((id) => id !== ALWAYS_SHOWN_COLUMN && !known.includes(id)),
        };
      }
    } else {
      const next = applyParam(view, name, text);
      if (next === null) bad();
      else view = next;
    }
  }
  return { view, region, issues };
}

/**
 * The parameters of a view in `region`: the region, then each setting that differs from the default.
 *
 * @example explorerParams({ ...DEFAULT_VIEW, sort: { id: "maxPods", desc: true } }, "us-east-1") // [["region", "us-east-1"], ["sort", "-maxPods"]]
 */
export function explorerParams(view: ExplorerView, region: string): Param[] {
  const params: Param[] = [["region", encode(region)]];
  const add = (name: ExplorerParam, value: string | null): void => {
    if (value !== null) params.push([name, value]);
  };
  add("name", view.name === "" ? null : encode(view.name));
  add("family", view.family === "" ? null : encode(view.family));
  add("arch", view.architecture === "all" ? null : view.architecture);
  add("vcpu", isOpenRange(view.vcpu) ? null : writeRange(view.vcpu));
  add("memory", isOpenRange(view.memory) ? null : writeRange(view.memory));
  add("profile", view.profile === DEFAULT_VIEW.profile ? null : view.profile);
  add("prefix-delegation", view.prefixDelegation ? "1" : null);
  add("custom-networking", view.customNetworking ? "1" : null);
  add("uncapped", view.uncapped ? "1" : null);
  const { id, desc } = view.sort;
  add("sort", id === DEFAULT_VIEW.sort.id && desc === DEFAULT_VIEW.sort.desc ? null : `${desc ? "-" : ""}${id}`);
  const shown = shownColumns(view.hiddenColumns);
  add("columns", shown.join() === shownColumns(DEFAULT_HIDDEN_COLUMNS).join() ? null : shown.join(","));
  add("type", view.selected === null ? null : encode(view.selected));
  return params;
}
