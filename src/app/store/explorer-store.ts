/**
 * The explorer's settings in one zustand store: VPC CNI mode, reservation profile, filters, sort
 * order, the columns shown and the selected type (its view, which its address holds:
 * explorer-address.ts). The region is the site's, the planner's (site-region.ts). Components
 * subscribe to the slices they read.
 */
import type { ReservationProfile } from "eksize";
import { useMemo } from "react";
import { create } from "zustand";
import { useShallow } from "zustand/react/shallow";
import {
  OPEN_RANGE,
  parseRange,
  RANGE_RULES,
  type ArchitectureChoice,
  type Bound,
  type NumberRange,
  type RangeField,
  type RangeText,
} from "../../present/explorer/filters.js";
import { DEFAULT_VIEW, type ExplorerAddressIssue, type ExplorerView } from "../../present/explorer/address.js";
import { ALWAYS_SHOWN_COLUMN, EXPLORER_COLUMNS, type ExplorerColumnId } from "../../present/explorer/column-ids.js";
import type { ExplorerSettings } from "../../present/explorer/rows.js";
import { useSiteRegion } from "./site-region.js";

/** The filters as the user typed them. */
export interface ExplorerFilters {
  /** Name terms, separated by spaces or commas. */
  readonly name: string;
  /** Exact families, separated by spaces or commas. */
  readonly family: string;
  readonly architecture: ArchitectureChoice;
  readonly vcpu: RangeText;
  /** GiB. */
  readonly memory: RangeText;
}

/** One sorted column (the shape TanStack Table's `SortingState` holds). */
export interface SortSpec {
  readonly id: string;
  readonly desc: boolean;
}

/** The store's data. */
export interface ExplorerData extends Omit<ExplorerSettings, "region"> {
  readonly filters: ExplorerFilters;
  /** The last valid value of each range: what the table filters by while an input is invalid. */
  readonly appliedRanges: Readonly<Record<RangeField, NumberRange>>;
  readonly sorting: SortSpec[];
  /** The columns not shown, in table order (never the name). */
  readonly hiddenColumns: readonly ExplorerColumnId[];
  /** Name of the type whose breakdown is open. */
  readonly selected: string | null;
  /** What the address the explorer was opened on held that could not be used. */
  readonly addressIssues: readonly ExplorerAddressIssue[];
}

/** The store's actions. */
export interface ExplorerActions {
  setPrefixDelegation: (on: boolean) => void;
  setCustomNetworking: (on: boolean) => void;
  setUncapped: (on: boolean) => void;
  setProfile: (profile: ReservationProfile) => void;
  setNameFilter: (text: string) => void;
  setFamilyFilter: (text: string) => void;
  setArchitecture: (choice: ArchitectureChoice) => void;
  /** Keeps the text as typed; moves the applied range only when the whole range is valid. */
  setRangeText: (field: RangeField, bound: Bound, text: string) => void;
  resetFilters: () => void;
  setSorting: (sorting: SortSpec[]) => void;
  /** Shows or hides a column (the name column is always shown). */
  setColumnShown: (id: ExplorerColumnId, shown: boolean) => void;
  select: (name: string | null) => void;
  /** Takes a view (from an address) and what its address held that could not be used. */
  showView: (view: ExplorerView, issues: readonly ExplorerAddressIssue[]) => void;
  /** Hides the notice of what an address held that could not be used. */
  dismissAddressIssues: () => void;
}

/** The whole store. */
export type ExplorerState = ExplorerData & ExplorerActions;

/** A valid range as the text of its inputs. */
function rangeText(range: NumberRange): RangeText {
  return { min: range.min === null ? "" : String(range.min), max: range.max === null ? "" : String(range.max) };
}

/** The store's data for a view: the filters typed as the view has them. */
function dataOfView(view: ExplorerView): Omit<ExplorerData, "addressIssues"> {
  return {
    prefixDelegation: view.prefixDelegation,
    customNetworking: view.customNetworking,
    uncapped: view.uncapped,
    profile: view.profile,
    filters: {
      name: view.name,
      family: view.family,
      architecture: view.architecture,
      vcpu: rangeText(view.vcpu),
      memory: rangeText(view.memory),
    },
    appliedRanges: { vcpu: view.vcpu, memory: view.memory },
    sorting: [view.sort],
    hiddenColumns: view.hiddenColumns,
    selected: view.selected,
  };
}

/** The view the store's data shows: the ranges are the last valid ones. */
export function viewOf(data: ExplorerData): ExplorerView {
  const sort = data.sorting[0];
  return {
    name: data.filters.name,
    family: data.filters.family,
    architecture: data.filters.architecture,
    vcpu: data.appliedRanges.vcpu,
    memory: data.appliedRanges.memory,
    profile: data.profile,
    prefixDelegation: data.prefixDelegation,
    customNetworking: data.customNetworking,
    uncapped: data.uncapped,
    sort: sort === undefined ? DEFAULT_VIEW.sort : { id: sort.id as ExplorerColumnId, desc: sort.desc },
    hiddenColumns: data.hiddenColumns,
    selected: data.selected,
  };
}

/** Filters that filter nothing. */
export const EMPTY_FILTERS: ExplorerFilters = dataOfView(DEFAULT_VIEW).filters;

/** The state the explorer opens with (a function: tests call it to reset the store between cases). */
export function initialExplorerData(): ExplorerData {
  return { ...dataOfView(DEFAULT_VIEW), addressIssues: [] };
}

/** The explorer store (a React hook; `useExplorerStore.getState()` outside React). */
export const useExplorerStore = create<ExplorerState>()((set) => ({
  ...initialExplorerData(),
  setPrefixDelegation: (prefixDelegation) => {
    set({ prefixDelegation });
  },
  setCustomNetworking: (customNetworking) => {
    set({ customNetworking });
  },
  setUncapped: (uncapped) => {
    set({ uncapped });
  },
  setProfile: (profile) => {
    set({ profile });
  },
  setNameFilter: (name) => {
    set((state) => ({ filters: { ...state.filters, name } }));
  },
  setFamilyFilter: (family) => {
    set((state) => ({ filters: { ...state.filters, family } }));
  },
  setArchitecture: (architecture) => {
    set((state) => ({ filters: { ...state.filters, architecture } }));
  },
  setRangeText: (field, bound, text) => {
    set((state) => {
      const typed: RangeText = { ...state.filters[field], [bound]: text };
      const parsed = parseRange(typed, RANGE_RULES[field]);
      return {
        filters: { ...state.filters, [field]: typed },
        appliedRanges: parsed.ok ? { ...state.appliedRanges, [field]: parsed.range } : state.appliedRanges,
      };
    });
  },
  resetFilters: () => {
    set({ filters: EMPTY_FILTERS, appliedRanges: { vcpu: OPEN_RANGE, memory: OPEN_RANGE } });
  },
  setSorting: (sorting) => {
    set({ sorting });
  },
  setColumnShown: (id, shown) => {
    set((state) => ({
      hiddenColumns: EXPLORER_COLUMNS.filter(
        (column) => column !== ALWAYS_SHOWN_COLUMN && (column === id ? !shown : state.hiddenColumns.includes(column)),
      ),
    }));
  },
  select: (selected) => {
    set({ selected });
  },
  showView: (view, issues) => {
    set({ ...dataOfView(view), addressIssues: issues });
  },
  dismissAddressIssues: () => {
    set({ addressIssues: [] });
  },
}));

/**
 * The settings every figure depends on (the site's region, VPC CNI mode, profile), read field by
 * field: the returned object stays the same while none of them changes, so it can be a memo dependency.
 */
export function useExplorerSettings(): ExplorerSettings {
  const region = useSiteRegion();
  const { prefixDelegation, customNetworking, uncapped, profile } = useExplorerStore(
    useShallow((state) => ({
      prefixDelegation: state.prefixDelegation,
      customNetworking: state.customNetworking,
      uncapped: state.uncapped,
      profile: state.profile,
    })),
  );
  return useMemo(
    () => ({ region, prefixDelegation, customNetworking, uncapped, profile }),
    [region, prefixDelegation, customNetworking, uncapped, profile],
  );
}
