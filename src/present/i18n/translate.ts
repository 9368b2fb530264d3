/**
 * Messages in words, without React: the site's hooks and the command line (English) both use these.
 */
import type { CoreIssue } from "eksize";
import { en, type EnglishMessages, type MessageKey, type Messages } from "./en.js";
import { INTL_LOCALE, type Locale } from "./locale.js";
import { loadRegionNames } from "../region-names.js";

/**
 * The catalogs loaded so far. English ships with the first script, but for the advice findings'
 * words, which {@link addMessages} adds with the code that words them; every other language is its
 * own chunk, loaded by {@link loadLocale} when it is chosen (or detected) and kept from then on.
 */
const catalogs: Partial<Record<Locale, Partial<Messages>>> = { en };

const loaders: Readonly<Record<Locale, () => Promise<Partial<Messages>>>> = {
  en: () => Promise.resolve(en),
  // A language's region names load beside its messages (see region-names.ts).
  ko: async () => (await Promise.all([import("./ko.js"), loadRegionNames("ko")]))[0].ko,
};

/** Whether `locale`'s messages are loaded, so that {@link t} speaks it. */
export function isLocaleLoaded(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

/** Loads `locale`'s messages (once); rejects when its chunk cannot be fetched. */
export async function loadLocale(locale: Locale): Promise<void> {
  catalogs[locale] ??= await loaders[locale]();
}

/**
 * Adds messages that load in a chunk of their own to `locale`'s catalog (describe-finding.ts adds
 * English's advice findings when it loads).
 */
export function addMessages(locale: Locale, messages: Partial<Messages>): void {
  catalogs[locale] = { ...catalogs[locale], ...messages };
}

/** Values that fill a message's `{placeholders}`; format numbers before passing them. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The `{name}` placeholders of a message template, as a union of names (never when it has none); a
 * plural placeholder `{name:one|other}` counts as `name`.
 */
type Placeholders<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? PlaceholderName<Name> | Placeholders<Rest>
  : never;

/** The name of a placeholder: `pods` of `{pods}` and of `{pods:# pod|# pods}`. */
type PlaceholderName<Text extends string> = Text extends `${infer Name}:${string}` ? Name : Text;

/** The placeholders of message `Key` in English, the catalogue every language is checked against. */
export type PlaceholdersOf<Key extends MessageKey> = Placeholders<EnglishMessages[Key]>;

/**
 * What a message takes after its key: nothing when it has no placeholder, else one value for each
 * placeholder, so a misspelt, missing or extra parameter fails the type check.
 */
export type MessageArgs<Key extends MessageKey> = [PlaceholdersOf<Key>] extends [never]
  ? []
  : [params: Readonly<Record<PlaceholdersOf<Key>, string | number>>];

/** A translate function bound to one language. */
export type Translate = <Key extends MessageKey>(key: Key, ...params: MessageArgs<Key>) => string;

/** The keys of the messages without placeholders: labels and headings a table of fields can name. */
export type PlainMessageKey = { [Key in MessageKey]: [PlaceholdersOf<Key>] extends [never] ? Key : never }[MessageKey];

/**
 * `translate` for a key and parameters known only at run time (a core issue's or a finding's code
 * and params): the one place the parameters are not checked by type. The tests render every issue
 * and finding code in both languages and find no placeholder left.
 */
export function translateComputed(translate: Translate, key: MessageKey, params: MessageParams): string {
  return (translate as unknown as (key: MessageKey, params: MessageParams) => string)(key, params);
}

/** A {@link Translate} for one language. */
export function translatorFor(locale: Locale): Translate {
  return (key, ...params) => t(locale, key, ...params);
}

/** `{name}`, or the plural placeholder `{name:one|other}`. */
const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The CLDR plural category of a count given as a number or as a formatted number (`"1,420"`: the
 * grouping of English and Korean is dropped before reading it; a signed change such as `+1` or
 * `−1`, with a minus sign, counts as its size, as CLDR's operands do).
 */
function pluralCategory(locale: Locale, count: string | number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(INTL_LOCALE[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(typeof count === "number" ? count : Number(count.replace(/[,\s]/g, "").replace("−", "-")));
}

/**
 * The message `key` in `locale`, with `{name}` placeholders replaced from `params`. A plural
 * placeholder `{name:one|other}` becomes its `one` or its `other` form, as `Intl.PluralRules` of the
 * language says for the count `name` holds, with `#` replaced by the count: English writes
 * `{pods:# pod|# pods}` ("1 pod", "2 pods"); Korean, which has no plural, writes the count once,
 * with its counter.
 * A placeholder without a value stays as written, so a missing parameter is visible rather than
 * silently empty. A language not loaded yet (see {@link loadLocale}) speaks English meanwhile.
 *
 * @example t("en", "count", { shown: "3", total: "1,420" }) // "3 of 1,420 instance types"
 * @example t("en", "planner.invalid", { count: "1" }) // "1 field needs fixing."
 */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const speaking = catalogs[locale] === undefined ? "en" : locale;
  // A message whose chunk has not loaded (none is shown before it has) stays its key, visibly.
  const template = catalogs[speaking]?.[key] ?? catalogs.en?.[key] ?? key;
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one === undefined || other === undefined) return String(value);
    return (pluralCategory(speaking, value) === "one" ? one : other).replaceAll("#", String(value));
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
  // A refused cluster name says why in words of its own.
  if (issue.code === "export-cluster-name-invalid") {
    params.reason = translateComputed(translate, `error.export-cluster-name-invalid.reason.${issue.params.reason}`, {});
  }
  // A JSON text that ends before its JSON does has no character to name: its own wording.
  if ((issue.code === "scenario-json-syntax" || issue.code === "kube-json-syntax") && issue.params.found === null) {
    return translateComputed(translate, `error.${issue.code}.end`, params);
  }
  // The resource the DaemonSets overfill, with its unit, in words.
  if (issue.code === "daemonsets-exceed-node") {
    params["resource"] = translate(`error.daemonsets-exceed-node.${issue.params.resource}`);
  }
  // What Auto Mode cannot launch or honour, in words; a cluster-wide setting names no node group.
  if (issue.code === "auto-mode-unsupported-type") {
    params["reason"] = translate(`error.auto-mode-unsupported-type.reason.${issue.params.reason}`);
  }
  if (issue.code === "auto-mode-setting-ignored") {
    params["setting"] = translate(`error.auto-mode-setting-ignored.setting.${issue.params.setting}`);
    if (issue.params.nodeGroup === null)
      return translateComputed(translate, "error.auto-mode-setting-ignored.cluster", params);
  }
  // A schedule that is not five fields has no one field to name.
  if (issue.code === "kube-cronjob-schedule-invalid" && issue.params.part === null) {
    return translateComputed(translate, "error.kube-cronjob-schedule-invalid.fields", params);
  }
  // A list that belongs in no input has nowhere to send the user.
  if (issue.code === "kube-wrong-list" && issue.params.belongsIn === null) {
    return translateComputed(translate, "error.kube-wrong-list.nowhere", params);
  }
  return translateComputed(translate, `error.${issue.code}`, params);
}
