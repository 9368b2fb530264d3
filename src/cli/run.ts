/**
 * The `eksize` command line: dispatches to a command, turns usage errors into a message on stderr and
 * exit code 2, and answers `--help` and `--version`.
 */
import packageJson from "../../package.json" with { type: "json" };
import { adviceCommand } from "./commands/advice.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { instancesCommand } from "./commands/instances.js";
import { linkCommand } from "./commands/link.js";
import { maxPodsCommand } from "./commands/max-pods.js";
import { planCommand } from "./commands/plan.js";
import { EXIT, UsageError, type Io } from "./io.js";

/** The top-level help. */
export const HELP = `Usage: eksize COMMAND [options]

Amazon EKS capacity and cost, offline (data as of the package's dataset).

Commands:
  max-pods    max pods per node, a drop-in for AWS's max-pods-calculator.sh
  instances   every instance type with max pods, allocatable CPU and memory, and prices
  plan        the plan, the bill, the advice and the strategies of a scenario file or share link
  advice      only the advice on a scenario file or share link: findings with their reasons
  link        encode a scenario file as a share link, or decode a link
  import      a scenario from a cluster's kubectl output (pods, workloads, nodes)
  export      a scenario's plan as an eksctl ClusterConfig, Karpenter manifests, CSV or JSON

Run eksize COMMAND --help for a command's options. eksize --version prints the version.
`;

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: Io) => number>> = {
  "max-pods": maxPodsCommand,
  instances: instancesCommand,
  plan: planCommand,
  advice: adviceCommand,
  link: linkCommand,
  import: importCommand,
  export: exportCommand,
};

/** Whether an error is `node:util` parseArgs refusing the arguments (an unknown flag, a missing value). */
function isArgumentError(error: unknown): error is Error {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

/** Runs the command line `args` (without `node` and the script) and returns the exit code. */
export function run(args: readonly string[], io: Io): number {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--version" || command === "-v") {
    io.out(`${packageJson.version}\n`);
    return EXIT.ok;
  }
  const handler = COMMANDS[command];
  if (handler === undefined) {
    io.err(`eksize: unknown command "${command}"\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return handler(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      io.err(`eksize ${command}: ${error.message}\nRun eksize ${command} --help for its options.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
