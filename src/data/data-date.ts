/** What a share link's data date may be: `YYYY-MM-DD` or `YYYY-MM` (as `encodeScenario` accepts it). */
const DATA_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/**
 * The newest of the sources' `asOf` dates as a data date (`YYYY-MM-DD` or `YYYY-MM`); a longer
 * date gives its first 10 characters when those are one; others (`2026`) are left out.
 *
 * @example newestDataDate(["2026-05", "2026-08-11", "2026"]) // "2026-08-11"
 */
export function newestDataDate(asOfs: readonly string[]): string | null {
  let newest: string | null = null;
  for (const asOf of asOfs) {
    const date = DATA_DATE.test(asOf) ? asOf : DATA_DATE.test(asOf.slice(0, 10)) ? asOf.slice(0, 10) : null;
    if (date !== null && (newest === null || date > newest)) newest = date;
  }
  return newest;
}
