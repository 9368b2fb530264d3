/**
 * A scenario from the command line: a JSON file (as the site exports it) when the argument names a
 * file, else a share link or token.
 */
import { decodeScenario, parseScenarioJson, type Scenario } from "eksize";
import { UsageError, type Io } from "./io.js";
import { describe } from "./messages.js";

/** The scenario the argument stands for; a {@link UsageError} listing every issue when it has any. */
export function readScenarioArgument(argument: string, io: Io): Scenario {
  const text = io.readFile(argument);
  if (text === null && /\.json$/i.test(argument)) throw new UsageError(`no such file: ${argument}`);
  const result = text === null ? decodeScenario(argument) : parseScenarioJson(text);
  if (result.ok) return result.scenario;
  const what = text === null ? "the link" : argument;
  throw new UsageError(`cannot read ${what}:\n${result.issues.map((issue) => `  ${describe(issue)}`).join("\n")}`);
}
