import { INTL_LOCALE, type Locale } from "./i18n/locale.js";

/**
 * Number and money formatting for one language, all through `Intl.NumberFormat`. Every function
 * takes a known value: the caller decides how an unknown (`null`) one is shown.
 */
export interface Formatters {
  /** A count, with grouping: `1,420`. */
  readonly integer: (value: number) => string;
  /** A decimal with at most `maxDigits` fraction digits: `0.5`, `7.34`. */
  readonly decimal: (value: number, maxDigits?: number) => string;
  /** USD per hour: up to 4 decimals, since small types cost fractions of a cent: `$0.096`, `$0.0042`. */
  readonly usdPrecise: (value: number) => string;
  /** USD with cents: `$70.08`. */
  readonly usd: (value: number) => string;
  /** A percentage given in percent (66 → `66%`). */
  readonly percent: (value: number) => string;
  /** Millicores: `1,930m`. */
  readonly millicores: (value: number) => string;
  /** MiB: `7,518 MiB`. */
  readonly mib: (value: number) => string;
  /** MiB shown as GiB with up to 2 decimals: 8192 → `8 GiB`, 512 → `0.5 GiB`. */
  readonly gibFromMib: (mib: number) => string;
  /** "N months ago", "last month", "this month" for an age in months. */
  readonly monthsAgo: (months: number) => string;
}

const cache = new Map<Locale, Formatters>();

/** The {@link Formatters} of a language, built once and cached. */
export function formattersFor(locale: Locale): Formatters {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = INTL_LOCALE[locale];
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const decimals = [0, 1, 2, 3, 4].map((digits) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits }));
  const usdPrecise = new Intl.NumberFormat(tag, {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });
  const usd = new Intl.NumberFormat(tag, { style: "currency", currency: "USD", maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: "auto" });
  const formatters: Formatters = {
    integer: (value) => integer.format(value),
    decimal: (value, maxDigits = 2) => (decimals[maxDigits] ?? decimals[2]!).format(value),
    usdPrecise: (value) => usdPrecise.format(value),
    usd: (value) => usd.format(value),
    percent: (value) => percent.format(value / 100),
    millicores: (value) => `${integer.format(value)}m`,
    mib: (value) => `${integer.format(value)} MiB`,
    gibFromMib: (mib) => `${decimals[2]!.format(mib / 1024)} GiB`,
    monthsAgo: (months) => relative.format(-months, "month"),
  };
  cache.set(locale, formatters);
  return formatters;
}

/**
 * Whole months from a source's `asOf` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) to `now`, never negative;
 * `null` for a date it cannot read.
 *
 * @example monthsBetween("2026-05", new Date("2026-11-28")) // 6
 */
export function monthsBetween(asOf: string, now: Date): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(asOf);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  let months = (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - month);
  if (now.getUTCDate() < day) months -= 1;
  return Math.max(0, months);
}
