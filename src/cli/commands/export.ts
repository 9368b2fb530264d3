/**
 * `eksize export`: a scenario's plan as a file to apply or to read elsewhere: an eksctl
 * ClusterConfig, Karpenter NodePools and EC2NodeClasses, or the plan and its costs as CSV or JSON
 * (the files the site's planner downloads, made by the same code).
 */
import { unschedulablePodCount } from "eksize";
import { catalog, dataDate } from "eksize/data";
import { parseArgs } from "node:util";
import { EXPORT_KINDS, exportFile, type ExportKind } from "../../export/export-files.js";
import { unschedulableEntry } from "../../present/plan/words.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { describe, english, englishFormat } from "../messages.js";
import { readScenarioArgument } from "../scenario-input.js";
import { planForCommand } from "./plan.js";

/** The command's help. */
export const EXPORT_HELP = `Usage: eksize export eksctl|karpenter|auto-mode|csv|json SCENARIO.json|LINK [--cluster-name NAME]

Plans a scenario and prints it as a file (redirect it: > cluster.yaml):

  eksctl      an eksctl ClusterConfig: managed node groups (a mixed group becomes an on-demand and a
              Spot group), max pods, the VPC CNI settings, Fargate profiles; on EKS Auto Mode its
              configuration instead of node groups (eksctl create cluster -f)
  karpenter   Karpenter v1 NodePools and EC2NodeClasses, one pair per node group (kubectl apply -f)
  auto-mode   EKS Auto Mode NodePools and NodeClasses, one pair per node group (kubectl apply -f)
  csv         the plan and its monthly costs, one row per node group, Fargate workload and bill line
  json        the same as JSON

The YAML files start with a comment: review them before use (names, IAM and subnets are assumptions).
Its notes (a node group split by AMI type, instance types past EKS's 20, max pods the VPC CNI lowers,
Fargate profiles past the quota of 10) are also printed on standard error.

  --cluster-name NAME   the EKS cluster's name, used exactly as given: letters, digits and hyphens, a
                        letter or digit first, at most 100 characters (39 with Karpenter, for eksctl's
                        node role); default: the scenario's name in lowercase with hyphens
  -h, --help            this help

Exit codes: 0 printed (pods that cannot be scheduled are named on standard error); 2 bad input: an
instance type the dataset lacks (as for eksize plan), a cluster name EKS or eksctl refuses, or a
Kubernetes version EKS does not offer on the data's date (the message lists those it does).
`;

/** Runs `eksize export` with its arguments. */
export function exportCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { "cluster-name": { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help === true) {
    io.out(EXPORT_HELP);
    return EXIT.ok;
  }
  const [kind, argument, ...rest] = positionals;
  if (kind === undefined || argument === undefined || rest.length > 0) {
    throw new UsageError("use: eksize export eksctl|karpenter|auto-mode|csv|json SCENARIO.json|LINK");
  }
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`unknown export "${kind}"; choose one of ${EXPORT_KINDS.join(", ")}`);
  }
  const clusterName = values["cluster-name"];
  const scenario = readScenarioArgument(argument, io);
  // As `plan` and `advice`: refuse instance types the dataset lacks, print the plan's other issues.
  const { plan, cost } = planForCommand(scenario, io);
  const unschedulable = unschedulablePodCount(plan);
  if (unschedulable > 0) {
    io.err(`warning: ${english("export.unschedulable", { pods: englishFormat().integer(unschedulable) })}\n`);
    for (const entry of plan.unschedulable) io.err(`  ${unschedulableEntry(english, englishFormat(), entry)}\n`);
  }
  const file = exportFile(kind as ExportKind, {
    scenario,
    plan,
    cost,
    catalog,
    ...(dataDate !== null && { dataDate }),
    ...(clusterName !== undefined && { clusterName }),
    describeNote: describe,
  });
  if (!file.ok)
    throw new UsageError(`cannot export:\n${file.issues.map((issue) => `  ${describe(issue)}`).join("\n")}`);
  for (const note of file.value.notes) io.err(`note: ${describe(note)}\n`);
  io.out(file.value.text);
  return EXIT.ok;
}
