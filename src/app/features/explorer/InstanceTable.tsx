import { functionalUpdate, useTable, type ColumnFiltersState } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { HOURS_PER_MONTH } from "eksize";
import { useEffect, useMemo, useRef, type CSSProperties, type ReactNode } from "react";
import { useFormatters } from "../../use-formatters.js";
import { useRegionName, useT } from "../../i18n/index.js";
import { useExplorerStore } from "../../store/explorer-store.js";
import { useSiteRegion } from "../../store/site-region.js";
import { ColumnPicker } from "./ColumnPicker.js";
import { TableScroll } from "../../components/TableScroll.js";
import { createColumns, explorerFeatures } from "./columns.js";
import type { ExplorerRow } from "../../../present/explorer/rows.js";

/**
 * Height of one body row, px; rows are fixed-height so the virtualiser needs no measuring. The one
 * source of it: the rows get it as an inline style, the stylesheet does not repeat it.
 */
export const ROW_HEIGHT = 30;

/** Props of {@link InstanceTable}. */
export interface InstanceTableProps {
  /** Every row, memoised by the caller: a new array would recompute the table's row models. */
  readonly rows: readonly ExplorerRow[];
  /** Active column filters, memoised by the caller. */
  readonly columnFilters: ColumnFiltersState;
}

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** Id of the visually hidden description of a column, which its sort button points to. */
function descriptionId(columnId: string): string {
  return `column-description-${columnId}`;
}

/** A cell's width: its column's width, growing evenly when the table is wider than the columns. */
function columnStyle(width = 80): CSSProperties {
  return { flex: `1 0 ${width}px` };
}

/**
 * The instance table: TanStack Table for sorting, filtering and the columns shown, TanStack Virtual so
 * that only the rows in view are in the DOM. The table scrolls in both directions inside its own
 * region, with a sticky header and the name column kept in view, so it stays usable on a phone.
 */
export function InstanceTable({ rows, columnFilters }: InstanceTableProps): ReactNode {
  const t = useT();
  const region = useRegionName(useSiteRegion());
  const sorting = useExplorerStore((state) => state.sorting);
  const setSorting = useExplorerStore((state) => state.setSorting);
  const selected = useExplorerStore((state) => state.selected);
  const resetFilters = useExplorerStore((state) => state.resetFilters);
  const hiddenColumns = useExplorerStore((state) => state.hiddenColumns);

  const format = useFormatters();
  const columns = useMemo(() => createColumns({ t, format, region }), [t, format, region]);
  const state = useMemo(
    () => ({
      sorting,
      columnFilters,
      columnVisibility: Object.fromEntries(hiddenColumns.map((id) => [id, false])),
    }),
    [sorting, columnFilters, hiddenColumns],
  );
  const table = useTable({
    features: explorerFeatures,
    columns,
    data: rows,
    state,
    getRowId: (row) => row.name,
    enableSortingRemoval: false,
    enableMultiSort: false,
    onSortingChange: (updater) => {
      setSorting(functionalUpdate(updater, useExplorerStore.getState().sorting));
    },
  });

  const modelRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualiser re-renders this component itself.
  const virtualizer = useVirtualizer({
    count: modelRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => modelRows[index]?.id ?? index,
    overscan: 12,
  });

  // A new order or filter starts at the top, where its first rows are.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [sorting, columnFilters]);

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const totalWidth = headers.reduce((sum, header) => sum + (header.column.columnDef.meta?.width ?? 80), 0);

  return (
    <div className="table-section">
      <div className="table-bar">
        <h2 id="table-label" className="visually-hidden">
          {t("table.label")}
        </h2>
        <p className="count" role="status">
          {t("count", {
            shown: format.integer(modelRows.length),
            total: format.integer(rows.length),
          })}
        </p>
        <p className="table-note">{t("table.note", { hours: format.integer(HOURS_PER_MONTH) })}</p>
        <ColumnPicker />
        {/* What each column holds, for the sort buttons' aria-describedby (a title alone reaches no screen reader). */}
        <div className="visually-hidden">
          {headers.map((header) => {
            const description = header.column.columnDef.meta?.description;
            return description ? (
              <span key={header.id} id={descriptionId(header.column.id)}>
                {description}
              </span>
            ) : null;
          })}
        </div>
      </div>
      <TableScroll scrollRef={scrollRef} className="table-scroll" labelledBy="table-label" id="instance-table">
        <table
          className="instances sticky-first"
          role="table"
          aria-labelledby="table-label"
          aria-rowcount={modelRows.length + 1}
          style={{ minWidth: totalWidth }}
        >
          <thead role="rowgroup">
            <tr role="row" aria-rowindex={1}>
              {headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const sorted = header.column.getIsSorted();
                const label = <table.FlexRender header={header} />;
                return (
                  <th
                    key={header.id}
                    role="columnheader"
                    scope="col"
                    data-column={header.column.id}
                    className={meta?.align === "end" ? "num" : undefined}
                    style={columnStyle(meta?.width)}
                    aria-sort={header.column.getCanSort() ? (sorted ? ARIA_SORT[sorted] : "none") : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        title={meta?.description}
                        aria-describedby={meta?.description ? descriptionId(header.column.id) : undefined}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <span>{label}</span>
                        <span className={sorted ? "sort-icon active" : "sort-icon"} aria-hidden="true">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = modelRows[item.index];
              if (!row) return null;
              return (
                <tr
                  key={row.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={row.id === selected ? "selected" : item.index % 2 === 1 ? "odd" : undefined}
                  style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    return (
                      <td
                        key={cell.id}
                        role="cell"
                        data-column={cell.column.id}
                        className={meta?.align === "end" ? "num" : undefined}
                        style={columnStyle(meta?.width)}
                      >
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {modelRows.length === 0 && (
          <div className="empty">
            <p>{t("table.empty")}</p>
            <button type="button" onClick={resetFilters}>
              {t("filters.reset")}
            </button>
          </div>
        )}
      </TableScroll>
    </div>
  );
}
