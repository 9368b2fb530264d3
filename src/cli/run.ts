/**
 * The `eksize` command line: dispatches to a command, turns usage errors into a message on stderr and
 * exit code 2, and answers `--help` and `--version`. Each command's module, with the parts of the core
 * and the dataset it uses, is loaded only when that command runs, so `eksize max-pods` never parses the
 * prices or the planner.
 */
import packageJson from "../../package.json" with { type: "json" };
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

/** A command: runs with its arguments (after the command's name) and returns or resolves to the exit code. */
type Command = (args: readonly string[], io: Io) => number | Promise<number>;

/** Each command's module, imported when the command runs. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  "max-pods": async () => (await import("./commands/max-pods.js")).maxPodsCommand,
  instances: async () => (await import("./commands/instances.js")).instancesCommand,
  plan: async () => (await import("./commands/plan.js")).planCommand,
  advice: async () => (await import("./commands/advice.js")).adviceCommand,
  link: async () => (await import("./commands/link.js")).linkCommand,
  import: async () => (await import("./commands/import.js")).importCommand,
  export: async () => (await import("./commands/export.js")).exportCommand,
};

/** Whether an error is `node:util` parseArgs refusing the arguments (an unknown flag, a missing value). */
function isArgumentError(error: unknown): error is Error {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

/** Runs the command line `args` (without `node` and the script) and resolves to the exit code. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--version" || command === "-v") {
    io.out(`${packageJson.version}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load === undefined) {
    io.err(`eksize: unknown command "${command}"\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    const runCommand = await load();
    return await runCommand(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      io.err(`eksize ${command}: ${error.message}\nRun eksize ${command} --help for its options.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
