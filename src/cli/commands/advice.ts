/**
 * `eksize advice`: only the findings on a scenario (a JSON file or a share link), as `eksize plan`
 * prints them after the bill, for people or (`--json`) machines. Always exits 0 once the scenario is read.
 */
import { parseArgs } from "node:util";
import { EXIT, UsageError, type Io } from "../io.js";
import { readScenarioArgument } from "../scenario-input.js";
import { adviceEntries, adviceText, planForCommand } from "./plan.js";

/** The command's help. */
export const ADVICE_HELP = `Usage: eksize advice SCENARIO.json|LINK [--json]

Findings on a scenario (a file exported by the site, or a share link or token): settings that do
nothing or can break things, and money it could save, each with its reason. English; money in USD.

  --json       the findings as JSON: code, severity, subject, params, text and why
  -h, --help   this help

Exit codes: 0 the advice was given (whatever it says); 2 bad input.
`;

/** Runs `eksize advice` with its arguments. */
export function adviceCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help === true) {
    io.out(ADVICE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("give one scenario: a JSON file or a share link");
  const scenario = readScenarioArgument(positionals[0]!, io);
  const { plan, cost } = planForCommand(scenario, io);
  const advice = adviceEntries(scenario, plan, cost);
  io.out(values.json === true ? `${JSON.stringify(advice, null, 2)}\n` : adviceText(advice));
  return EXIT.ok;
}
