/**
 * The instance table's TanStack Table v9 setup: the features it registers and its column
 * definitions. Cells format values that `rows.ts` computed; they never compute figures themselves.
 */
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type FilterFn,
  type SortFn,
} from "@tanstack/react-table";
import { AUTO_MODE_FEE_ESTIMATE_SHARE, HOURS_PER_MONTH, SPOT_INTERRUPTION_LABELS } from "eksize";
import type { ReactNode } from "react";
import type { Formatters } from "../../../present/format.js";
import { describeIssue, type Translate } from "../../i18n/index.js";
import type { PlainMessageKey } from "../../../present/i18n/translate.js";
import { useExplorerStore } from "../../store/explorer-store.js";
import {
  inRange,
  matchesAnyTerm,
  matchesArchitecture,
  matchesFamily,
  type ArchitectureChoice,
  type NumberRange,
} from "../../../present/explorer/filters.js";
import type { ExplorerRow } from "../../../present/explorer/rows.js";
import { compareInstanceTypes } from "../../../present/explorer/sorting.js";

/** Per-column layout facts the renderer reads. */
export interface ExplorerColumnMeta {
  /** Column width, px (the table is a CSS grid of fixed-width cells, for virtual scrolling). */
  readonly width: number;
  /** Text alignment: numbers line up at the end. */
  readonly align: "start" | "end";
  /** What the column holds: the sort button's accessible description and tooltip. */
  readonly description?: string;
}

/** The features the explorer table uses (stable, module scope). */
export const explorerFeatures = tableFeatures({
  columnFilteringFeature,
  columnVisibilityFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
  columnMeta: metaHelper<ExplorerColumnMeta>(),
});

/** The explorer's feature set, as a type. */
export type ExplorerFeatures = typeof explorerFeatures;

type ExplorerFilterFn = FilterFn<ExplorerFeatures, ExplorerRow>;

/** Name column filter: the value is a list of lower-case terms, any of which may match. */
const nameFilter: ExplorerFilterFn = (row, _columnId, terms: readonly string[]) =>
  matchesAnyTerm(row.original.name, terms);
/** Family column filter: the value is a list of exact lower-case families. */
const familyFilter: ExplorerFilterFn = (row, _columnId, families: readonly string[]) =>
  matchesFamily(row.original.family, families);
/** Architecture filter: `"all"`, `"amd64"` or `"arm64"`. */
const architectureFilter: ExplorerFilterFn = (row, _columnId, choice: ArchitectureChoice) =>
  matchesArchitecture(row.original.architecture, choice);
/** vCPU filter: an inclusive range. */
const vcpuFilter: ExplorerFilterFn = (row, _columnId, range: NumberRange) => inRange(row.original.vcpu, range);
/** Memory filter: an inclusive range in MiB. */
const memoryFilter: ExplorerFilterFn = (row, _columnId, range: NumberRange) => inRange(row.original.memoryMiB, range);

/** Name order: family, then size from small to large (see `compareInstanceTypes`). */
const nameSort: SortFn<ExplorerFeatures, ExplorerRow> = (rowA, rowB) =>
  compareInstanceTypes(rowA.original.type, rowB.original.type);

/** The selectable name cell: a button, so a row is chosen by keyboard as by mouse. */
function SelectTypeButton({ name }: { name: string }): ReactNode {
  const selected = useExplorerStore((state) => state.selected === name);
  const select = useExplorerStore((state) => state.select);
  return (
    <button
      type="button"
      className="type-button"
      aria-current={selected ? "true" : undefined}
      aria-controls={selected ? "breakdown" : undefined}
      onClick={() => {
        select(name);
      }}
    >
      {name}
    </button>
  );
}

/**
 * "unknown", translated, never a 0. The reason is a tooltip for the mouse and, for screen readers
 * (a tooltip of a span is out of their reach), visually hidden text read after the word.
 */
function Unknown({ label, reason }: { label: string; reason: string | undefined }): ReactNode {
  return (
    <span className="unknown" title={reason}>
      {label}
      {reason !== undefined && <span className="visually-hidden">{` (${reason})`}</span>}
    </span>
  );
}

const helper = createColumnHelper<ExplorerFeatures, ExplorerRow>();

/** Everything the cells need from outside the rows. */
export interface ColumnContext {
  readonly t: Translate;
  readonly format: Formatters;
  /** The region as its picker names it ("US East (N. Virginia), us-east-1"), for the cells' notes. */
  readonly region: string;
}

/**
 * The table's columns for one language and region. Build it with `useMemo`: a new array on every
 * render would make TanStack Table recompute its row models.
 */
export function createColumns({ t, format, region }: ColumnContext) {
  const unknown = (reason?: string): ReactNode => <Unknown label={t("value.unknown")} reason={reason} />;
  const noPrice = (row: ExplorerRow): ReactNode =>
    unknown(row.priced ? undefined : t("value.noPrice", { instanceType: row.name, region }));
  const header = (key: PlainMessageKey) => t(key);
  const currency = t(`currency.unit.${format.currency}`);

  return helper.columns([
    helper.accessor("name", {
      header: header("col.name"),
      sortFn: nameSort,
      sortDescFirst: false,
      filterFn: nameFilter,
      cell: (info) => <SelectTypeButton name={info.getValue()} />,
      meta: { width: 140, align: "start" },
    }),
    helper.accessor("family", {
      header: header("col.family"),
      enableSorting: false,
      filterFn: familyFilter,
      meta: { width: 80, align: "start" },
    }),
    helper.accessor((row) => row.vcpu ?? undefined, {
      id: "vcpu",
      header: header("col.vcpu"),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: true,
      filterFn: vcpuFilter,
      cell: ({ row }) =>
        row.original.vcpu === null
          ? unknown(t("error.vcpu-unknown", { instanceType: row.original.name }))
          : format.integer(row.original.vcpu),
      meta: { width: 72, align: "end" },
    }),
    helper.accessor((row) => row.memoryMiB ?? undefined, {
      id: "memory",
      header: header("col.memory"),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: true,
      filterFn: memoryFilter,
      cell: ({ row }) =>
        row.original.memoryMiB === null
          ? unknown(t("error.memory-unknown", { instanceType: row.original.name }))
          : format.gibFromMib(row.original.memoryMiB),
      meta: { width: 84, align: "end" },
    }),
    helper.accessor((row) => row.architecture ?? undefined, {
      id: "architecture",
      header: header("col.architecture"),
      sortFn: "text",
      sortUndefined: "last",
      sortDescFirst: false,
      filterFn: architectureFilter,
      cell: ({ row }) => row.original.architecture ?? unknown(),
      meta: { width: 74, align: "start" },
    }),
    helper.accessor((row) => row.maxPods ?? undefined, {
      id: "maxPods",
      header: header("col.maxPods"),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: true,
      cell: ({ row }) =>
        row.original.maxPods === null
          ? unknown(row.original.maxPodsIssue ? describeIssue(t, row.original.maxPodsIssue) : undefined)
          : format.integer(row.original.maxPods),
      meta: { width: 78, align: "end", description: t("col.maxPods.title") },
    }),
    helper.accessor((row) => row.allocatableCpuMillicores ?? undefined, {
      id: "allocatableCpu",
      header: header("col.allocatableCpu"),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: true,
      cell: ({ row }) =>
        row.original.allocatableCpuMillicores === null
          ? unknown(row.original.allocatableIssue ? describeIssue(t, row.original.allocatableIssue) : undefined)
          : format.millicores(row.original.allocatableCpuMillicores),
      meta: { width: 90, align: "end", description: t("col.allocatableCpu.title") },
    }),
    helper.accessor((row) => row.allocatableMemoryMiB ?? undefined, {
      id: "allocatableMemory",
      header: header("col.allocatableMemory"),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: true,
      cell: ({ row }) =>
        row.original.allocatableMemoryMiB === null
          ? unknown(row.original.allocatableIssue ? describeIssue(t, row.original.allocatableIssue) : undefined)
          : format.mib(row.original.allocatableMemoryMiB),
      meta: { width: 112, align: "end", description: t("col.allocatableMemory.title") },
    }),
    helper.accessor((row) => row.onDemandUsdPerHour ?? undefined, {
      id: "onDemandHour",
      header: t("col.onDemandHour", { currency }),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: false,
      cell: ({ row }) =>
        row.original.onDemandUsdPerHour === null
          ? noPrice(row.original)
          : format.moneyPrecise(row.original.onDemandUsdPerHour),
      meta: { width: 80, align: "end", description: t("col.onDemandHour.title") },
    }),
    helper.accessor((row) => row.onDemandUsdPerMonth ?? undefined, {
      id: "onDemandMonth",
      header: t("col.onDemandMonth", { currency }),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: false,
      cell: ({ row }) =>
        row.original.onDemandUsdPerMonth === null
          ? noPrice(row.original)
          : format.money(row.original.onDemandUsdPerMonth),
      meta: {
        width: 92,
        align: "end",
        description: t("col.onDemandMonth.title", { hours: format.integer(HOURS_PER_MONTH) }),
      },
    }),
    helper.accessor((row) => row.spotSavingsPercent ?? undefined, {
      id: "spotSavings",
      header: header("col.spotSavings"),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: true,
      cell: ({ row }) => {
        const savings = row.original.spotSavingsPercent;
        if (savings === null) return noPrice(row.original);
        const advisor = row.original.advisorSpotSavingsPercent;
        // The Advisor's typical saving, labelled, where it is a point or more away from the bill's.
        const advisorNote =
          advisor === null || Math.abs(advisor - savings) < 1
            ? null
            : advisor >= 0
              ? t("value.advisorSaving", { percent: format.percent(advisor) })
              : t("value.advisorCostsMore", { percent: format.percent(-advisor) });
        return advisorNote === null ? (
          format.percent(savings)
        ) : (
          <span className="spot-saving">
            {format.percent(savings)}
            <span className="advisor-note">{advisorNote}</span>
          </span>
        );
      },
      meta: { width: 92, align: "end", description: t("col.spotSavings.title") },
    }),
    helper.accessor((row) => row.spotInterruption ?? undefined, {
      id: "spotInterruption",
      header: header("col.spotInterruption"),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: false,
      cell: ({ row }) =>
        row.original.spotInterruption === null
          ? noPrice(row.original)
          : (SPOT_INTERRUPTION_LABELS[row.original.spotInterruption] ?? unknown()),
      meta: { width: 104, align: "end", description: t("col.spotInterruption.title") },
    }),
    helper.accessor((row) => row.costPerPodSlotUsdPerMonth ?? undefined, {
      id: "costPerPod",
      header: t("col.costPerPod", { currency }),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: false,
      cell: ({ row }) => {
        const { costPerPodSlotUsdPerMonth, onDemandUsdPerMonth, maxPods } = row.original;
        if (costPerPodSlotUsdPerMonth !== null) return format.money(costPerPodSlotUsdPerMonth);
        if (onDemandUsdPerMonth === null) return noPrice(row.original);
        return unknown(t(maxPods === 0 ? "value.noPodSlots" : "value.noPods"));
      },
      meta: { width: 96, align: "end", description: t("col.costPerPod.title") },
    }),
    helper.accessor((row) => row.autoModeFee?.usdPerHour ?? undefined, {
      id: "autoModeFee",
      header: t("col.autoModeFee", { currency }),
      sortFn: "basic",
      sortUndefined: "last",
      sortDescFirst: false,
      cell: ({ row }) => {
        const fee = row.original.autoModeFee;
        if (fee === null) {
          if (!row.original.priced) return noPrice(row.original);
          return (
            <Unknown
              label={t("value.none")}
              reason={t("value.noAutoModeFee", { instanceType: row.original.name, region })}
            />
          );
        }
        return fee.estimate ? (
          <span className="noted-value">
            {format.moneyPrecise(fee.usdPerHour)}
            <span className="value-note">{t("value.estimate")}</span>
          </span>
        ) : (
          format.moneyPrecise(fee.usdPerHour)
        );
      },
      meta: {
        width: 112,
        align: "end",
        description: t("col.autoModeFee.title", { percent: format.percent(AUTO_MODE_FEE_ESTIMATE_SHARE * 100) }),
      },
    }),
  ]);
}
