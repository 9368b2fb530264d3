/**
 * The command line's words: the site's English messages and formatting (src/present), so the two
 * never word a bill line, a reason, a suggestion or an error differently. The command line prints
 * English only, so only the English catalogue is in its bundle.
 */
import type { CoreIssue } from "eksize";
import { formattersFor, type Formatters } from "../present/format.js";
import { describeIssue, translatorFor } from "../present/i18n/translate.js";

/** The site's English messages. */
export const english = translatorFor("en");

/** {@link englishFormat}'s formatters, once built. */
let formatters: Formatters | undefined;

/**
 * Numbers and money as the site writes them in English (USD), built on first use and then kept: Intl's
 * number formats take tens of milliseconds to build, which `eksize max-pods` never needs.
 */
export function englishFormat(): Formatters {
  return (formatters ??= formattersFor("en"));
}

/**
 * An issue in words, with its path when it has one, and the nearest names for an unknown type.
 *
 * @example describe({ code: "unknown-instance-type", params: { instanceType: "m5.lage", suggestions: ["m5.large"] } })
 * // "m5.lage is not in the dataset. Did you mean m5.large?"
 */
export function describe(issue: CoreIssue): string {
  let text = describeIssue(english, issue);
  if (issue.code === "unknown-instance-type" && issue.params.suggestions.length > 0) {
    text += `. ${english("planner.plan.didYouMean", { suggestions: issue.params.suggestions.join(", ") })}`;
  }
  return issue.path === undefined || issue.path === "" ? text : `${issue.path}: ${text}`;
}
