/**
 * The instance table's columns by id, in the order the table shows them: the ids its column
 * definitions use (src/app/features/explorer/columns.tsx), its sort and its column picker keep, and
 * its address carries (`sort=-maxPods`, `columns=vcpu,memory,maxPods`).
 */

/** Every column of the instance table, in order. */
export const EXPLORER_COLUMNS = [
  "name",
  "family",
  "vcpu",
  "memory",
  "architecture",
  "maxPods",
  "allocatableCpu",
  "allocatableMemory",
  "onDemandHour",
  "onDemandMonth",
  "spotSavings",
  "spotInterruption",
  "costPerPod",
  "autoModeFee",
] as const;

/** A column of the instance table. */
export type ExplorerColumnId = (typeof EXPLORER_COLUMNS)[number];

/** The column always shown: each row's name, which opens its breakdown. */
export const ALWAYS_SHOWN_COLUMN: ExplorerColumnId = "name";

/**
 * Columns hidden until the user shows them: the family, which the name already starts with, and the
 * EKS Auto Mode fee, which only an Auto Mode plan needs.
 */
export const DEFAULT_HIDDEN_COLUMNS: readonly ExplorerColumnId[] = ["family", "autoModeFee"];

/** Columns the table cannot sort by: the family (the name sorts by family first). */
export const UNSORTABLE_COLUMNS: readonly ExplorerColumnId[] = ["family"];

/** Whether a text is a column id. */
export function isExplorerColumn(id: string): id is ExplorerColumnId {
  return (EXPLORER_COLUMNS as readonly string[]).includes(id);
}
