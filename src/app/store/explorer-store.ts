/**
 * The explorer's settings in one zustand store: region, VPC CNI mode, reservation profile, filters,
 * sort order and the selected type. Components subscribe to the slices they read.
 */
import type { ReservationProfile } from "eksize";
import { create } from "zustand";
import { useShallow } from "zustand/react/shallow";
import {
  OPEN_RANGE,
  parseRange,
  type ArchitectureChoice,
  type Bound,
  type NumberRange,
  type RangeText,
} from "../../present/explorer/filters.js";
import { DEFAULT_SETTINGS, type ExplorerSettings } from "../../present/explorer/rows.js";

/** The range filters. */
export type RangeField = "vcpu" | "memory";

/** vCPUs are whole; memory (GiB) may be fractional, e.g. 0.5 for t3.nano. */
export const RANGE_RULES: Readonly<Record<RangeField, { wholeNumbers: boolean }>> = {
  vcpu: { wholeNumbers: true },
  memory: { wholeNumbers: false },
};

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
export interface ExplorerData extends ExplorerSettings {
  readonly filters: ExplorerFilters;
  /** The last valid value of each range: what the table filters by while an input is invalid. */
  readonly appliedRanges: Readonly<Record<RangeField, NumberRange>>;
  readonly sorting: SortSpec[];
  /** Name of the type whose breakdown is open. */
  readonly selected: string | null;
}

/** The store's actions. */
export interface ExplorerActions {
  setRegion: (region: string) => void;
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
  select: (name: string | null) => void;
}

/** The whole store. */
export type ExplorerState = ExplorerData & ExplorerActions;

/** Filters that filter nothing. */
export const EMPTY_FILTERS: ExplorerFilters = {
  name: "",
  family: "",
  architecture: "all",
  vcpu: { min: "", max: "" },
  memory: { min: "", max: "" },
};

/** The default sort: by name, A to Z. */
export const DEFAULT_SORTING: SortSpec[] = [{ id: "name", desc: false }];

/** The state the explorer opens with (a function: tests call it to reset the store between cases). */
export function initialExplorerData(): ExplorerData {
  return {
    ...DEFAULT_SETTINGS,
    filters: EMPTY_FILTERS,
    appliedRanges: { vcpu: OPEN_RANGE, memory: OPEN_RANGE },
    sorting: DEFAULT_SORTING,
    selected: null,
  };
}

/** The explorer store (a React hook; `useExplorerStore.getState()` outside React). */
export const useExplorerStore = create<ExplorerState>()((set) => ({
  ...initialExplorerData(),
  setRegion: (region) => {
    set({ region });
  },
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
  select: (selected) => {
    set({ selected });
  },
}));

/**
 * The settings every figure depends on (region, VPC CNI mode, profile), read field by field: the
 * returned object stays the same while none of them changes, so it can be a memo dependency.
 */
export function useExplorerSettings(): ExplorerSettings {
  return useExplorerStore(
    useShallow((state) => ({
      region: state.region,
      prefixDelegation: state.prefixDelegation,
      customNetworking: state.customNetworking,
      uncapped: state.uncapped,
      profile: state.profile,
    })),
  );
}
