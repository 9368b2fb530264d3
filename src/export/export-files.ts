/**
 * The plan's export files, rendered for download (the app) and for writing (the CLI): an eksctl
 * `ClusterConfig`, Karpenter manifests, and the plan report as CSV and JSON. The objects come from the
 * pure core (`eksize`); this module only serialises them. YAML is written by the `yaml` package from
 * those objects (comments through its `Document` API), never assembled as text. No React, no Node APIs.
 */
import {
  EKSIZE_MAX_PODS_ANNOTATION,
  eksctlClusterConfig,
  exportClusterName,
  FARGATE_NAMESPACE,
  FARGATE_WORKLOAD_LABEL,
  karpenterManifests,
  planCsv,
  planReport,
  type Catalog,
  type ClusterCost,
  type ClusterPlan,
  type EksctlClusterConfig,
  type Scenario,
} from "eksize";
import { Document, Scalar, visit, type ToStringOptions } from "yaml";

/** The kinds of export, in the order a menu shows them. */
export const EXPORT_KINDS = ["eksctl", "karpenter", "csv", "json"] as const;

/** One of {@link EXPORT_KINDS}. */
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** What an export is made from: the scenario, its plan and bill, and the catalogue behind them. */
export interface ExportInput {
  readonly scenario: Scenario;
  /** `planCluster(scenario, catalog)`. */
  readonly plan: ClusterPlan;
  /** `costCluster(scenario, plan, catalog)`. */
  readonly cost: ClusterCost;
  readonly catalog: Catalog;
  /** When the catalogue's figures were current (`YYYY-MM-DD`), for the CSV and JSON report. */
  readonly dataDate?: string;
  /** The EKS cluster name for the eksctl and Karpenter files; default: the scenario's name as a slug. */
  readonly clusterName?: string;
}

/** A rendered export: a file name, its media type and its text (UTF-8, ending in a line end). */
export interface ExportedFile {
  /** `<cluster>.eksctl.yaml`, `<cluster>.karpenter.yaml`, `<cluster>.plan.csv` or `<cluster>.plan.json`. */
  readonly fileName: string;
  /** `application/yaml` (RFC 9512), `text/csv` (RFC 4180) or `application/json`. */
  readonly mediaType: string;
  readonly text: string;
}

/**
 * How every YAML document is written: opened by the `---` marker (`directives: true`), no line folding
 * (JSON strings and long names stay on one line).
 */
const YAML_OPTIONS: ToStringOptions = { directives: true, lineWidth: 0 };

/**
 * One export file of a planned scenario:
 *
 * - `eksctl`: `eksctlClusterConfig` as one YAML document (`eksctl create cluster -f <file>`);
 * - `karpenter`: every `NodePool` then every `EC2NodeClass` of `karpenterManifests`, one YAML document
 *   each (`kubectl apply -f <file>`);
 * - `csv`: `planCsv(planReport(...))`, RFC 4180 with CRLF line ends;
 * - `json`: `planReport(...)`, indented by 2 spaces.
 *
 * Each YAML file opens with a comment saying that eksize generated it from the scenario and that it
 * should be reviewed before use. The eksctl file's comment also says, when they apply, that the Fargate
 * selectors assume namespace `default` and the pod label `app.kubernetes.io/name: <workload>`, and
 * which AL2023 managed node groups need a kubelet max pods that eksctl cannot set (the config's
 * `eksize.io/kubelet-max-pods` annotation; see `eksctlClusterConfig`).
 *
 * @example exportFile("eksctl", { scenario, plan, cost, catalog }).fileName // "online-shop-production.eksctl.yaml"
 */
export function exportFile(kind: ExportKind, input: ExportInput): ExportedFile {
  const { scenario, plan, catalog } = input;
  const cluster = exportClusterName(scenario, input.clusterName);
  const options = input.clusterName === undefined ? {} : { clusterName: input.clusterName };
  switch (kind) {
    case "eksctl": {
      const config = eksctlClusterConfig(scenario, plan, catalog, options);
      return {
        fileName: `${cluster}.eksctl.yaml`,
        mediaType: "application/yaml",
        text: yamlStream(scenario, "An eksctl ClusterConfig", [config], eksctlNotes(config)),
      };
    }
    case "karpenter": {
      const manifests = karpenterManifests(scenario, plan, catalog, options);
      return {
        fileName: `${cluster}.karpenter.yaml`,
        mediaType: "application/yaml",
        text: yamlStream(scenario, "Karpenter v1 NodePools and EC2NodeClasses", [
          ...manifests.nodePools,
          ...manifests.nodeClasses,
        ]),
      };
    }
    case "csv":
      return { fileName: `${cluster}.plan.csv`, mediaType: "text/csv", text: planCsv(report(input)) };
    case "json":
      return {
        fileName: `${cluster}.plan.json`,
        mediaType: "application/json",
        text: `${JSON.stringify(report(input), null, 2)}\n`,
      };
  }
  // Unreachable for an ExportKind; a caller outside TypeScript gets an error, not undefined.
  throw new Error(`Unknown export kind: ${String(kind)}`);
}

function report(input: ExportInput) {
  return planReport(
    input.scenario,
    input.plan,
    input.cost,
    input.dataDate === undefined ? {} : { dataDate: input.dataDate },
  );
}

/** Header comment lines for what the eksctl file assumes or cannot say in eksctl's own fields. */
function eksctlNotes(config: EksctlClusterConfig): string[] {
  const notes: string[] = [];
  if (config.fargateProfiles !== undefined) {
    notes.push(
      ` The Fargate selectors assume namespace ${FARGATE_NAMESPACE} and the pod label ${FARGATE_WORKLOAD_LABEL}: <workload>; edit them for other namespaces.`,
    );
  }
  const unset = config.metadata.annotations?.[EKSIZE_MAX_PODS_ANNOTATION];
  if (unset !== undefined) {
    const groups = unset.split(",").map((entry) => entry.replace(/=(\d+)$/, " $1"));
    notes.push(
      ` eksctl cannot set maxPodsPerNode on AL2023 managed node groups, where EKS sets its own. These need other max pods: ${groups.join(", ")};`,
      " give them a launch template with the EKS AL2023 AMI and a nodeadm NodeConfig that sets maxPods, or use Bottlerocket.",
    );
  }
  return notes;
}

/**
 * Plain scalars that a YAML 1.1 reader takes for something other than a string, besides those that
 * start with a digit, `+`, `-` or `.` (see {@link mustQuote}): the booleans and nulls of Go's YAML
 * decoder (go-yaml v2 `resolve.go`, used by kubectl and eksctl through sigs.k8s.io/yaml) and of the
 * YAML 1.1 types `bool` and `null`, the merge key `<<` and the value key `=` (yaml.org/type).
 */
const YAML_11_WORDS: ReadonlySet<string> = new Set([
  ...["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO"],
  ...["true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"],
  ...["", "~", "null", "Null", "NULL", "<<", "="],
]);

/**
 * The patterns of the `yaml` package's own YAML 1.1 schema for plain scalars that are not strings (a
 * reader of the files may use it): the same types, and also `e0`, which it reads as a float.
 */
const YAML_11_SCHEMA_TESTS: readonly RegExp[] = new Document(null, { version: "1.1" }).schema.tags.flatMap((tag) =>
  "test" in tag && tag.test !== undefined && tag.default === true && tag.tag !== "tag:yaml.org,2002:str"
    ? [tag.test]
    : [],
);

/**
 * Whether a string must be quoted so that kubectl and eksctl read it back as the same string. They
 * read YAML 1.1, where a plain `no`, `on`, `y` or `~` is a boolean or null, and go-yaml v2 tries every
 * plain scalar that starts with a digit, a sign or a dot as a timestamp (`2026-12-06`), an integer
 * (`1_000`, `0x1F`, `0o17`, `0b101`, `017`), then a float (`1e3`, `.inf`); YAML 1.1 adds sexagesimal
 * numbers (`1:20`). Quoting every string that starts with one of those characters covers them all
 * (and over-quotes a few harmless strings such as `20Gi`); {@link YAML_11_SCHEMA_TESTS} adds what the
 * `yaml` package's YAML 1.1 reader retypes besides.
 */
function mustQuote(text: string): boolean {
  return YAML_11_WORDS.has(text) || /^[-+.0-9]/.test(text) || YAML_11_SCHEMA_TESTS.some((test) => test.test(text));
}

/**
 * The objects as a YAML stream: one document each, each opened by the library's `---` marker, the
 * first preceded by the header comment (then `notes`, one comment line each), every string that YAML
 * 1.1 would read as another type double-quoted ({@link mustQuote}). An empty list gives the comment
 * and one empty document.
 */
function yamlStream(
  scenario: Scenario,
  what: string,
  objects: readonly object[],
  notes: readonly string[] = [],
): string {
  // Objects the core shares between node groups are written out in full, not as anchors and aliases.
  const documents = (objects.length === 0 ? [null] : objects).map((object) => {
    const document = new Document(object, { aliasDuplicateObjects: false });
    // Double-quote the strings a YAML 1.1 reader would take for booleans, nulls, numbers or dates.
    visit(document, {
      Scalar(_, node) {
        if (typeof node.value === "string" && mustQuote(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      },
    });
    return document;
  });
  const first = documents[0];
  if (first !== undefined) {
    first.commentBefore = [
      ` ${what} generated by eksize from the scenario ${JSON.stringify(scenario.name)} (${scenario.region}).`,
      " Review it before use: names, subnets, IAM and versions are eksize's assumptions, not your account's.",
      ...notes,
    ].join("\n");
  }
  return documents.map((document) => document.toString(YAML_OPTIONS)).join("");
}
