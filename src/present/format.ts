import type { Currency } from "eksize";
import { INTL_LOCALE, type Locale } from "./i18n/locale.js";

/** The currency money is shown in, and the user's rate for KRW (won per US dollar). */
export interface DisplayCurrency {
  readonly currency: Currency;
  readonly krwPerUsd: number;
}

/** Money in US dollars, as AWS prices it. */
export const USD: DisplayCurrency = { currency: "USD", krwPerUsd: 1 };

/**
 * Number and money formatting for one language, all through `Intl.NumberFormat`. Every function
 * takes a known value: the caller decides how an unknown (`null`) one is shown.
 */
export interface Formatters {
  /** The currency money is shown in. */
  readonly currency: Currency;
  /** A count, with grouping: `1,420`. */
  readonly integer: (value: number) => string;
  /** A decimal with at most `maxDigits` fraction digits: `0.5`, `7.34`. */
  readonly decimal: (value: number, maxDigits?: number) => string;
  /**
   * A rate given in USD, in the display currency with the precision rates need: USD with up to 4
   * decimals, since small types cost fractions of a cent (`$0.096`, `$0.0042`); KRW with up to 2
   * (`₩134.4`; in Korean `134.4원`).
   */
  readonly moneyPrecise: (usd: number) => string;
  /**
   * An amount given in USD, in the display currency: USD with cents (`$70.08`, in Korean too), KRW in
   * whole won (`₩98,112`; in Korean `98,112원`).
   */
  readonly money: (usd: number) => string;
  /** An amount given in USD, in the display currency without fractions: `$1,200`, `₩1,680,000` (chart ticks). */
  readonly moneyWhole: (usd: number) => string;
  /** An amount given in USD, rounded as {@link money} shows it, still in USD (to the cent, or to the won). */
  readonly moneyShown: (usd: number) => number;
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
  /** A size in bytes, in decimal units with up to one decimal: `46.5 MB`, `29.8 kB`, `512 byte`. */
  readonly bytes: (value: number) => string;
}

const cache = new Map<string, Formatters>();

/** `make()`'s value, made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The {@link Formatters} of a language and display currency, built once and cached. KRW amounts
 * are the USD amounts times the user's rate, converted only for display. Currency symbols are the
 * narrow ones (`$`, not the `US$` that `ko-KR` gives), and Korean writes won as the amount then 원
 * (`98,112원`), as Korean prose and the site's Korean glossary do.
 */
export function formattersFor(locale: Locale, display: DisplayCurrency = USD): Formatters {
  const key = `${locale}|${display.currency}|${display.krwPerUsd}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const tag = INTL_LOCALE[locale];
  // Each Intl object is built on its first use: building one takes a while, and a page uses few.
  const integer = once(() => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }));
  const decimals = [0, 1, 2, 3, 4].map((digits) =>
    once(() => new Intl.NumberFormat(tag, { maximumFractionDigits: digits })),
  );
  const krw = display.currency === "KRW";
  const rate = krw ? display.krwPerUsd : 1;
  // Korean won: a plain number and 원 after it; every other case: the currency's narrow symbol.
  const won = krw && locale === "ko";
  const currency = won
    ? {}
    : ({ style: "currency", currency: display.currency, currencyDisplay: "narrowSymbol" } as const);
  const moneyPrecise = once(
    () =>
      new Intl.NumberFormat(tag, {
        ...currency,
        minimumFractionDigits: krw ? 0 : 2,
        maximumFractionDigits: krw ? 2 : 4,
      }),
  );
  const money = once(() => new Intl.NumberFormat(tag, { ...currency, maximumFractionDigits: krw ? 0 : 2 }));
  const moneyWhole = once(
    () => new Intl.NumberFormat(tag, { ...currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }),
  );
  const unit = (text: string): string => (won ? `${text}원` : text);
  const percent = once(() => new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }));
  const relative = once(() => new Intl.RelativeTimeFormat(tag, { numeric: "auto" }));
  const sizes = (["megabyte", "kilobyte", "byte"] as const).map((unit) =>
    once(() => new Intl.NumberFormat(tag, { style: "unit", unit, maximumFractionDigits: 1 })),
  );
  const formatters: Formatters = {
    currency: display.currency,
    integer: (value) => integer().format(value),
    decimal: (value, maxDigits = 2) => (decimals[maxDigits] ?? decimals[2]!)().format(value),
    moneyPrecise: (usd) => unit(moneyPrecise().format(usd * rate)),
    money: (usd) => unit(money().format(usd * rate)),
    moneyWhole: (usd) => unit(moneyWhole().format(usd * rate)),
    moneyShown: (usd) => (krw ? Math.round(usd * rate) / rate : Math.round(usd * 100) / 100),
    percent: (value) => percent().format(value / 100),
    millicores: (value) => `${integer().format(value)}m`,
    mib: (value) => `${integer().format(value)} MiB`,
    gibFromMib: (mib) => `${decimals[2]!().format(mib / 1024)} GiB`,
    monthsAgo: (months) => relative().format(-months, "month"),
    bytes: (value) =>
      value >= 1e6
        ? sizes[0]!().format(value / 1e6)
        : value >= 1e3
          ? sizes[1]!().format(value / 1e3)
          : sizes[2]!().format(value),
  };
  cache.set(key, formatters);
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
