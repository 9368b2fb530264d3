/**
 * `eksize import`: a cluster's `kubectl ... -o json` output into a scenario file, offline. The
 * scenario goes to stdout (to redirect into a file, or pipe into `eksize plan -`); what the import
 * found (counts, pods without requests, the current nodes, warnings) goes to stderr.
 */
import {
  defaultScenario,
  encodeScenario,
  importedScenario,
  importKubernetes,
  MAX_LINK_LENGTH,
  scenarioJsonText,
  type KubeImport,
  type KubeImportInput,
} from "eksize";
import { parseArgs } from "node:util";
import {
  importSkipped,
  importSummary,
  leftOutEntry,
  missingRequests,
  nodesRequested,
  plannedWith,
} from "../../present/kube-import/words.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { describe, english, englishFormat } from "../messages.js";
import { readScenarioArgument } from "../scenario-input.js";

/** The command's help. */
export const IMPORT_HELP = `Usage: eksize import PODS.json [--workloads FILE] [--nodes FILE] [--pdbs FILE] [--hpas FILE] [options]

Builds a scenario from a cluster's kubectl output, with no access to the cluster or to AWS:

  kubectl get pods -A -o json > pods.json                  (required; - reads standard input)
  kubectl get deployments,replicasets,statefulsets,daemonsets,jobs,cronjobs,replicationcontrollers -A -o json > workloads.json
  kubectl get nodes -o json > nodes.json
  kubectl get pdb -A -o json > pdbs.json
  kubectl get hpa -A -o json > hpas.json

Workloads are grouped by owner, with requests as the scheduler sees them; completed pods and pods of
finished Jobs are left out; each workload's zone spread (topologySpreadConstraints on the zone) and
one pod per node (required podAntiAffinity on the hostname) are read from its pods. The scenario
(JSON, as the site exports it) goes to standard output; a summary of what was found goes to
standard error.

  --workloads FILE          the workloads list: intended replicas, finished Jobs, and when each
                            CronJob runs its Job (its batch window, for plan --week)
  --nodes FILE              the nodes list: a summary of today's nodes
  --pdbs FILE               the PodDisruptionBudgets list: each workload's budget, for the advice
  --hpas FILE               the HorizontalPodAutoscalers list: each workload's minReplicas and
                            maxReplicas, its current replicas held all week (for plan --week)
  --without-requests MODE   for pods that request no CPU or memory: default (the amounts below,
                            the default) or limits (their limits, else the amounts below)
  --default-cpu M           millicores assumed for such pods (default 100)
  --default-memory MIB      MiB assumed for such pods (default 128)
  --into SCENARIO.json|LINK the scenario whose region, node groups and settings to keep
                            (default: the site's example scenario)
  --name NAME               the scenario's name (default "Imported cluster")
  --link                    print a share token instead of the JSON (refused when the scenario is
                            too large for a link: over 100,000 characters)
  -h, --help                this help

Exit codes: 0 imported; 2 bad input (nothing is written to standard output).
`;

const MODES = ["default", "limits"] as const;

/** A positive number option, or a usage error naming it. */
function positive(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`--${name} must be a number above 0, got "${text}"`);
  }
  return value;
}

/** The text of a file argument; a usage error when there is no such file. */
function readText(path: string, io: Io): string {
  const text = io.readFile(path);
  if (text === null) throw new UsageError(`no such file: ${path}`);
  return text;
}

/** What the import found, for people (stderr), in the site's words. */
function summary(found: KubeImport): string {
  const lines = [importSummary(english, englishFormat(), found), importSkipped(english, englishFormat(), found)];
  if (found.podsWithoutRequests.length > 0) {
    lines.push(
      `${english("import.noRequests.heading", { count: englishFormat().integer(found.podsWithoutRequests.length) })}:`,
    );
    for (const pod of found.podsWithoutRequests) {
      lines.push(
        `  ${pod.namespace}/${pod.name} (${pod.owner}): ${english("import.column.missing")}: ${missingRequests(english, pod)}; ${english("import.column.assumed")}: ${plannedWith(english, englishFormat(), pod)}`,
      );
    }
  }
  if (found.leftOut.length > 0) {
    lines.push(`${english("import.leftOut.heading", { count: englishFormat().integer(found.leftOut.length) })}:`);
    for (const entry of found.leftOut) lines.push(`  ${leftOutEntry(english, englishFormat(), entry)}`);
  }
  if (found.nodes !== null) {
    const { nodes } = found;
    const kinds = nodes.kinds.map(
      (kind) =>
        `${englishFormat().integer(kind.count)} × ${kind.instanceType ?? `${englishFormat().millicores(kind.cpuMillicores)}, ${englishFormat().gibFromMib(kind.memoryMiB)}`}`,
    );
    lines.push(
      `${english("import.nodes.heading", { count: englishFormat().integer(nodes.count) })} (${kinds.join(", ")}). ${nodesRequested(english, englishFormat(), nodes)}`,
    );
  }
  for (const issue of found.issues) lines.push(`warning: ${describe(issue)}`);
  return `${lines.join("\n")}\n`;
}

/** Runs `eksize import` with its arguments. */
export function importCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      workloads: { type: "string" },
      nodes: { type: "string" },
      pdbs: { type: "string" },
      hpas: { type: "string" },
      "without-requests": { type: "string" },
      "default-cpu": { type: "string" },
      "default-memory": { type: "string" },
      into: { type: "string" },
      name: { type: "string" },
      link: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) {
    io.out(IMPORT_HELP);
    return EXIT.ok;
  }
  const [podsPath, ...rest] = positionals;
  if (podsPath === undefined || rest.length > 0) throw new UsageError("use: eksize import PODS.json [options]");
  const mode = values["without-requests"] ?? "default";
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new UsageError(`--without-requests must be default or limits, got "${mode}"`);
  }
  const defaultCpuMillicores = positive("default-cpu", values["default-cpu"]);
  const defaultMemoryMiB = positive("default-memory", values["default-memory"]);
  const base = values.into === undefined ? defaultScenario : readScenarioArgument(values.into, io);

  const input: KubeImportInput = {
    pods: readText(podsPath, io),
    ...(values.workloads !== undefined && { workloads: readText(values.workloads, io) }),
    ...(values.nodes !== undefined && { nodes: readText(values.nodes, io) }),
    ...(values.pdbs !== undefined && { pdbs: readText(values.pdbs, io) }),
    ...(values.hpas !== undefined && { hpas: readText(values.hpas, io) }),
  };
  const found = importKubernetes(input, {
    withoutRequests: mode as (typeof MODES)[number],
    ...(defaultCpuMillicores !== undefined && { defaultCpuMillicores }),
    ...(defaultMemoryMiB !== undefined && { defaultMemoryMiB }),
  });
  if (!found.ok)
    throw new UsageError(`nothing imported:\n${found.issues.map((issue) => `  ${describe(issue)}`).join("\n")}`);
  const scenario = importedScenario(base, found.value, values.name ?? "Imported cluster");
  if (!scenario.ok) {
    throw new UsageError(
      `the import cannot make a scenario:\n${scenario.issues.map((issue) => `  ${describe(issue)}`).join("\n")}`,
    );
  }
  const token = values.link === true ? encodeScenario(scenario.value) : null;
  if (token !== null && token.length > MAX_LINK_LENGTH) {
    throw new UsageError(
      `the scenario is too large for a link (${token.length} characters; a link holds ${MAX_LINK_LENGTH}): leave out --link to write it as JSON`,
    );
  }
  io.err(summary(found.value));
  io.out(token === null ? scenarioJsonText(scenario.value) : `${token}\n`);
  return EXIT.ok;
}
