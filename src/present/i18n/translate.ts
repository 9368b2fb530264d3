/**
 * Messages in words, without React: the site's hooks and the command line (English) both use these.
 */
import type { CoreIssue } from "eksize";
import { en, type MessageKey, type Messages } from "./en.js";
import type { Locale } from "./locale.js";

/**
 * The catalogs loaded so far. English ships with the first script; every other language is its own
 * chunk, loaded by {@link loadLocale} when it is chosen (or detected) and kept from then on.
 */
const catalogs: Partial<Record<Locale, Messages>> = { en };

const loaders: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: () => Promise.resolve(en),
  ko: async () => (await import("./ko.js")).ko,
};

/** Whether `locale`'s messages are loaded, so that {@link t} speaks it. */
export function isLocaleLoaded(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

/** Loads `locale`'s messages (once); rejects when its chunk cannot be fetched. */
export async function loadLocale(locale: Locale): Promise<void> {
  catalogs[locale] ??= await loaders[locale]();
}

/** Values that fill a message's `{placeholders}`; format numbers before passing them. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translate function bound to one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The message `key` in `locale`, with `{name}` placeholders replaced from `params`. A placeholder
 * without a value stays as written, so a missing parameter is visible rather than silently empty.
 * A language not loaded yet (see {@link loadLocale}) speaks English meanwhile.
 *
 * @example t("en", "count", { shown: "3", total: "1,420" }) // "3 of 1,420 instance types"
 */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = (catalogs[locale] ?? en)[key];
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A core error in words: the app owns the wording, the core only gives a code and parameters.
 * Numbers are written with `formatNumber` when given (the language's digit grouping: `100,002`).
 *
 * @example describeIssue(translate, { code: "vcpu-unknown", params: { instanceType: "c7i.32xlarge" } })
 */
export function describeIssue(
  translate: Translate,
  issue: CoreIssue,
  formatNumber: (value: number) => string = String,
): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(issue.params)) {
    params[name] = Array.isArray(value)
      ? value.join(", ")
      : typeof value === "number"
        ? formatNumber(value)
        : String(value);
  }
  // A JSON text that ends before its JSON does has no character to name: its own wording.
  if ((issue.code === "scenario-json-syntax" || issue.code === "kube-json-syntax") && issue.params.found === null) {
    return translate(`error.${issue.code}.end`, params);
  }
  return translate(`error.${issue.code}`, params);
}
