/** A CSV cell: text, a number, a boolean, or null for unknown (an empty cell). */
export type CsvCell = string | number | boolean | null;

/**
 * One CSV field as RFC 4180 writes it: null is empty; a value with a double quote, comma, CR or LF
 * is enclosed in double quotes with each double quote doubled; anything else as it is (numbers as
 * JavaScript prints them, booleans as `true` / `false`).
 *
 * @example csvCell('say "hi", twice') // '"say ""hi"", twice"'
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return "";
  const text = String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV record: the cells written by {@link csvCell}, joined by commas, without a line end (RFC 4180
 * ends records with CRLF; the caller joins them).
 *
 * @example csvRow(["a", 1, null]) // "a,1,"
 */
export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(",");
}
