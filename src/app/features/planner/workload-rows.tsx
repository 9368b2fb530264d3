/**
 * The rows a workloads table shows: every workload, or past {@link SHOWN_WORKLOAD_ROWS} of them (an
 * imported cluster can have thousands) those a search by name picks, each with its index in the
 * scenario (its fields' issues come back on that path). The workloads editor and the week's editor
 * share them.
 */
import { useMemo, type ReactNode } from "react";
import { useT } from "../../i18n/index.js";
import type { WorkloadDraft } from "../../store/planner-store.js";
import { useFormatters } from "../../use-formatters.js";

/**
 * Rows a workloads table shows at most. An imported cluster can have thousands of workloads, some
 * 60 elements a row: above this many, a search picks the rows to show, and the page stays quick.
 */
export const SHOWN_WORKLOAD_ROWS = 100;

/** The rows {@link useWorkloadRows} picks. */
export interface WorkloadRows {
  readonly shown: readonly { readonly workload: WorkloadDraft; readonly index: number }[];
  /** Workloads whose name matches the search (all of them without one). */
  readonly matching: number;
  /** Whether there are more than {@link SHOWN_WORKLOAD_ROWS} workloads, so a search is offered. */
  readonly many: boolean;
}

/** The rows to show for `search` (case-insensitive, in names), at most {@link SHOWN_WORKLOAD_ROWS}. */
export function useWorkloadRows(workloads: readonly WorkloadDraft[], search: string): WorkloadRows {
  const many = workloads.length > SHOWN_WORKLOAD_ROWS;
  return useMemo(() => {
    const query = search.trim().toLowerCase();
    const indexed = workloads.map((workload, index) => ({ workload, index }));
    const matching =
      !many || query === "" ? indexed : indexed.filter(({ workload }) => workload.name.toLowerCase().includes(query));
    return { shown: matching.slice(0, SHOWN_WORKLOAD_ROWS), matching: matching.length, many };
  }, [workloads, search, many]);
}

/** The search field over a long workloads table, with how many rows it shows of how many. */
export function WorkloadSearch({
  id,
  search,
  onSearch,
  rows,
  total,
}: {
  /** Id of the input; its status line's is `${id}-shown`. */
  readonly id: string;
  readonly search: string;
  readonly onSearch: (search: string) => void;
  readonly rows: WorkloadRows;
  readonly total: number;
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  return (
    <div className="field workloads-search">
      <label htmlFor={id}>{t("planner.workloads.search")}</label>
      <input
        id={id}
        type="search"
        value={search}
        aria-describedby={`${id}-shown`}
        onChange={(event) => {
          onSearch(event.target.value);
        }}
      />
      <span id={`${id}-shown`} className="hint" role="status">
        {t("planner.workloads.shown", {
          shown: format.integer(rows.shown.length),
          matching: format.integer(rows.matching),
          total: format.integer(total),
        })}
      </span>
    </div>
  );
}
