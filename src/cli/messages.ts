/**
 * The core's issue codes in English words for the command line: the site's English messages, so the
 * two never word an error differently.
 */
import type { CoreIssue } from "eksize";
import { describeIssue, t, type Translate } from "../present/i18n/translate.js";

const english: Translate = (key, params) => t("en", key, params);

/**
 * An issue in words, with its path when it has one, and the nearest names for an unknown type.
 *
 * @example describe({ code: "unknown-instance-type", params: { instanceType: "m5.lage", suggestions: ["m5.large"] } })
 * // "m5.lage is not in the dataset. Did you mean m5.large?"
 */
export function describe(issue: CoreIssue): string {
  let text = describeIssue(english, issue);
  if (issue.code === "unknown-instance-type" && issue.params.suggestions.length > 0) {
    text += `. Did you mean ${issue.params.suggestions.join(", ")}?`;
  }
  return issue.path === undefined || issue.path === "" ? text : `${issue.path}: ${text}`;
}
