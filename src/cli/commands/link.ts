/** `eksize link encode|decode`: between a scenario file and a share link. */
import { encodeScenario, parseScenarioJson, scenarioJsonText } from "eksize";
import { parseArgs } from "node:util";
import { EXIT, UsageError, type Io } from "../io.js";
import { describe } from "../messages.js";
import { readScenarioArgument } from "../scenario-input.js";

/** The command's help. */
export const LINK_HELP = `Usage: eksize link encode SCENARIO.json [--base-url URL]
       eksize link decode LINK|TOKEN

encode   prints the scenario's share token (2.<base64url>), or a whole link with --base-url
         (e.g. --base-url https://eksize.example/ prints https://eksize.example/#s=2.…)
decode   prints the scenario of a link or token of any eksize (formats 1 and 2) as JSON, as the
         site's "Export JSON" writes it

  -h, --help   this help
`;

/** Runs `eksize link` with its arguments. */
export function linkCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { "base-url": { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help === true) {
    io.out(LINK_HELP);
    return EXIT.ok;
  }
  const [action, argument, ...rest] = positionals;
  if (rest.length > 0 || argument === undefined || (action !== "encode" && action !== "decode")) {
    throw new UsageError("use: eksize link encode SCENARIO.json, or eksize link decode LINK");
  }
  if (action === "encode") {
    const text = io.readFile(argument);
    if (text === null) throw new UsageError(`no such file: ${argument}`);
    const parsed = parseScenarioJson(text);
    if (!parsed.ok) {
      throw new UsageError(
        `cannot read ${argument}:\n${parsed.issues.map((issue) => `  ${describe(issue)}`).join("\n")}`,
      );
    }
    const token = encodeScenario(parsed.scenario);
    const base = values["base-url"];
    io.out(`${base === undefined ? token : `${base.replace(/#.*$/, "")}#s=${token}`}\n`);
    return EXIT.ok;
  }
  if (values["base-url"] !== undefined) throw new UsageError("--base-url is for encode");
  io.out(scenarioJsonText(readScenarioArgument(argument, { ...io, readFile: () => null })));
  return EXIT.ok;
}
