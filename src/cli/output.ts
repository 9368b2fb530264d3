/**
 * Tables for people, CSV and JSON for machines. Every command that lists things prints one of the
 * three from the same rows.
 */
import { csvCell } from "eksize";

/** A cell: text, a number, or null for unknown (empty in CSV, `-` in a table, null in JSON). */
export type Cell = string | number | boolean | null;

/** Rows to print, with their column keys (JSON) and headings (table, CSV). */
export interface Listing {
  readonly columns: readonly { readonly key: string; readonly heading: string }[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

/** The output formats of a listing. */
export type OutputFormat = "table" | "json" | "csv";

/** The format chosen by `--json` / `--csv` (both at once is a usage error the caller reports). */
export function outputFormat(values: { json?: boolean; csv?: boolean }): OutputFormat {
  return values.json === true ? "json" : values.csv === true ? "csv" : "table";
}

/**
 * The listing as text ending in a newline: an aligned table (numbers to the right), RFC 4180 CSV
 * with a header row, or a JSON array of objects keyed by column.
 */
export function renderListing(listing: Listing, format: OutputFormat): string {
  const { columns, rows } = listing;
  if (format === "json") {
    return `${JSON.stringify(
      rows.map((row) => Object.fromEntries(columns.map((column) => [column.key, row[column.key] ?? null]))),
      null,
      2,
    )}\n`;
  }
  if (format === "csv") {
    const lines = [columns.map((column) => csvCell(column.heading)).join(",")];
    for (const row of rows) lines.push(columns.map((column) => csvCell(row[column.key] ?? null)).join(","));
    return `${lines.join("\r\n")}\r\n`;
  }
  const text = (cell: Cell): string => (cell === null ? "-" : String(cell));
  const widths = columns.map((column) =>
    Math.max(column.heading.length, ...rows.map((row) => text(row[column.key] ?? null).length)),
  );
  const numeric = columns.map((column) => rows.some((row) => typeof row[column.key] === "number"));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => (numeric[index] ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!)))
      .join("  ")
      .trimEnd();
  return `${[
    line(columns.map((column) => column.heading)),
    ...rows.map((row) => line(columns.map((column) => text(row[column.key] ?? null)))),
  ].join("\n")}\n`;
}
