import type { CoreIssue } from "../errors.js";
import type { Scenario } from "./scenario.js";
import { validateScenario } from "./scenario-schema.js";
import { BYTE_ORDER_MARK, jsonSyntaxErrorParams } from "./json-syntax.js";

/**
 * The longest text {@link parseScenarioJson} reads, in characters (UTF-16 code units). Far above any
 * real scenario: the default scenario exported with two-space indentation is under 6,000 characters.
 */
export const MAX_SCENARIO_JSON_LENGTH = 5_000_000;

/**
 * What {@link parseScenarioJson} returns: the scenario, or what is wrong. A share link's
 * `DecodedScenario` (from `decodeScenario`) is assignable to it, so one view can show either.
 */
export type ParsedScenario =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly CoreIssue[] };

/**
 * Reads a scenario saved as a JSON file: what the site's "Export JSON" writes
 * (`JSON.stringify(scenario, null, 2)`), or any hand-written document `validateScenario` accepts,
 * which fills in every omitted optional field and migrates older layouts. A leading byte order mark
 * and surrounding whitespace are ignored. Nothing is thrown, and the work is bounded: a text over
 * {@link MAX_SCENARIO_JSON_LENGTH} characters is refused before it is parsed.
 *
 * Issues: `scenario-json-too-large`, `scenario-json-empty`, `scenario-json-syntax` (where the text
 * stops being JSON, found by eksize itself so that every JavaScript engine reports the same place;
 * engines word and place their own errors differently, and the engine's message is never passed
 * on), or `validateScenario`'s issues, with their paths, for JSON that is not a valid scenario.
 *
 * @example
 * parseScenarioJson(JSON.stringify(defaultScenario, null, 2)) // { ok: true, scenario: defaultScenario }
 * parseScenarioJson('{"version": 1,\n  "name": }')
 * // { ok: false, issues: [{ code: "scenario-json-syntax", params: { position: 25, line: 2, column: 11, found: "}" } }] }
 */
export function parseScenarioJson(text: string): ParsedScenario {
  if (text.length > MAX_SCENARIO_JSON_LENGTH) {
    return refuse({
      code: "scenario-json-too-large",
      params: { length: text.length, maximum: MAX_SCENARIO_JSON_LENGTH },
    });
  }
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  const content = body.trim();
  if (content === "") return refuse({ code: "scenario-json-empty", params: {} });
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    const start = body.length - body.trimStart().length;
    return refuse({ code: "scenario-json-syntax", params: jsonSyntaxErrorParams(body, content, start) });
  }
  const result = validateScenario(value);
  return result.ok ? { ok: true, scenario: result.value } : result;
}

/**
 * A scenario as a JSON file: two-space indented, ending in a newline. The site's "Export JSON" and
 * `eksize import` write it; {@link parseScenarioJson} reads it back to the same scenario.
 *
 * @example scenarioJsonText(defaultScenario) // '{\n  "version": 1,\n  "name": "Online shop (production)",\n  ...'
 */
export function scenarioJsonText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

function refuse(issue: CoreIssue): ParsedScenario {
  return { ok: false, issues: [issue] };
}
