/**
 * The plan's export files, rendered for download (the app) and for writing (the CLI): an eksctl
 * `ClusterConfig`, Karpenter manifests, and the plan report as CSV and JSON. The objects come from the
 * pure core (`eksize`); this module only serialises them. YAML is written by the `yaml` package from
 * those objects (comments through its `Document` API), never assembled as text. No React, no Node APIs.
 */
import {
  autoModeManifests,
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
  type CoreIssue,
  type EksctlClusterConfig,
  type Result,
  type Scenario,
} from "eksize";
import { Document, Scalar, visit, type ToStringOptions } from "yaml";

/** The kinds of export, in the order a menu shows them. */
export const EXPORT_KINDS = ["eksctl", "karpenter", "auto-mode", "csv", "json"] as const;

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
  /**
   * When the catalogue's figures were current (`YYYY-MM-DD`): in the CSV and JSON report, and the day
   * whose EKS Kubernetes versions the eksctl file may use (default: the core's calendar date).
   */
  readonly dataDate?: string;
  /** The EKS cluster name, used as given or refused (`exportClusterName`); default: one made from the scenario's name. */
  readonly clusterName?: string;
  /**
   * Words a note of the core (`export-*` codes) for the YAML files' header comment, one line; default:
   * the code and its parameters as JSON. The CLI and the site pass `describeIssue` in their language.
   */
  readonly describeNote?: (note: CoreIssue) => string;
}

/** A rendered export: a file name, its media type and its text (UTF-8, ending in a line end). */
export interface ExportedFile {
  /** `<cluster>.eksctl.yaml`, `<cluster>.karpenter.yaml`, `<cluster>.auto-mode.yaml`, `<cluster>.plan.csv` or `<cluster>.plan.json`. */
  readonly fileName: string;
  /** `application/yaml` (RFC 9512), `text/csv` (RFC 4180) or `application/json`. */
  readonly mediaType: string;
  readonly text: string;
  /** What a person applying the file should know (the core's notes; none for CSV and JSON), also in the YAML header. */
  readonly notes: readonly CoreIssue[];
}

/**
 * How every YAML document is written: opened by the `---` marker (`directives: true`), no line folding
 * (JSON strings and long names stay on one line).
 */
const YAML_OPTIONS: ToStringOptions = { directives: true, lineWidth: 0 };

/**
 * One export file of a planned scenario, or why it cannot be made (the core's issues: a cluster name
 * refused by `exportClusterName`, a Kubernetes version EKS does not offer on `dataDate`):
 *
 * - `eksctl`: `eksctlClusterConfig` as one YAML document (`eksctl create cluster -f <file>`);
 * - `karpenter`: every `NodePool` then every `EC2NodeClass` of `karpenterManifests`, one YAML document
 *   each (`kubectl apply -f <file>`);
 * - `auto-mode`: every `NodePool` then every `NodeClass` of `autoModeManifests`, likewise;
 * - `csv`: `planCsv(planReport(...))`, RFC 4180 with CRLF line ends;
 * - `json`: `planReport(...)`, indented by 2 spaces.
 *
 * Each YAML file opens with a comment saying that eksize generated it from the scenario and that it
 * should be reviewed before use, then the eksctl file's assumption about Fargate selectors (namespace
 * `default`, the pod label `app.kubernetes.io/name: <workload>`) when it has Fargate profiles, then the
 * core's notes, one line each ({@link ExportInput.describeNote}). Every string a YAML 1.1 reader would
 * retype is quoted ({@link mustQuote}).
 *
 * @example exportFile("eksctl", { scenario, plan, cost, catalog }).value?.fileName // "online-shop-production.eksctl.yaml"
 */
export function exportFile(kind: ExportKind, input: ExportInput): Result<ExportedFile> {
  const { scenario, plan, catalog } = input;
  const options = {
    ...(input.clusterName === undefined ? {} : { clusterName: input.clusterName }),
    ...(input.dataDate === undefined ? {} : { date: input.dataDate }),
  };
  const describe = input.describeNote ?? ((note: CoreIssue) => `${note.code} ${JSON.stringify(note.params)}`);
  const header = (notes: readonly CoreIssue[], assumptions: readonly string[] = []): string[] => [
    ...assumptions,
    // One line each: a name with a line break (even NEL, U+0085) must not end the comment.
    ...notes.map((note) => ` ${describe(note).replace(/[\s\u0085]+/g, " ")}`),
  ];
  switch (kind) {
    case "eksctl": {
      const made = eksctlClusterConfig(scenario, plan, catalog, options);
      if (!made.ok) return made;
      const { config, notes } = made.value;
      return {
        ok: true,
        value: {
          fileName: `${config.metadata.name}.eksctl.yaml`,
          mediaType: "application/yaml",
          text: yamlStream(scenario, "An eksctl ClusterConfig", [config], header(notes, fargateAssumption(config))),
          notes,
        },
      };
    }
    case "karpenter": {
      const made = karpenterManifests(scenario, plan, catalog, options);
      if (!made.ok) return made;
      // Accepted by karpenterManifests, which checked the same name.
      const cluster = exportClusterName(scenario, input.clusterName, { karpenter: true });
      if (!cluster.ok) return { ok: false, issues: cluster.issues };
      const { nodePools, nodeClasses, notes } = made.value;
      return {
        ok: true,
        value: {
          fileName: `${cluster.value}.karpenter.yaml`,
          mediaType: "application/yaml",
          text: yamlStream(
            scenario,
            "Karpenter v1 NodePools and EC2NodeClasses",
            [...nodePools, ...nodeClasses],
            header(notes),
          ),
          notes,
        },
      };
    }
    case "auto-mode": {
      const made = autoModeManifests(scenario, plan, catalog, options);
      if (!made.ok) return made;
      // Accepted by autoModeManifests, which checked the same name.
      const cluster = exportClusterName(scenario, input.clusterName);
      if (!cluster.ok) return { ok: false, issues: cluster.issues };
      const { nodePools, nodeClasses, notes } = made.value;
      return {
        ok: true,
        value: {
          fileName: `${cluster.value}.auto-mode.yaml`,
          mediaType: "application/yaml",
          text: yamlStream(
            scenario,
            "EKS Auto Mode NodePools and NodeClasses",
            [...nodePools, ...nodeClasses],
            header(notes),
          ),
          notes,
        },
      };
    }
    case "csv":
    case "json": {
      const cluster = exportClusterName(scenario, input.clusterName);
      if (!cluster.ok) return { ok: false, issues: cluster.issues };
      return {
        ok: true,
        value:
          kind === "csv"
            ? { fileName: `${cluster.value}.plan.csv`, mediaType: "text/csv", text: planCsv(report(input)), notes: [] }
            : {
                fileName: `${cluster.value}.plan.json`,
                mediaType: "application/json",
                text: `${JSON.stringify(report(input), null, 2)}\n`,
                notes: [],
              },
      };
    }
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

/** The header line for what the eksctl file's Fargate selectors assume, when it has Fargate profiles. */
function fargateAssumption(config: EksctlClusterConfig): string[] {
  return config.fargateProfiles === undefined
    ? []
    : [
        ` The Fargate selectors assume namespace ${FARGATE_NAMESPACE} and the pod label ${FARGATE_WORKLOAD_LABEL}: <workload>; edit them for other namespaces.`,
      ];
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
  return (
    YAML_11_WORDS.has(text) ||
    /^[-+.0-9]/.test(text) ||
    YAML_11_SCHEMA_TESTS.some((test) => test.test(text)) ||
    UNSAFE_IN_YAML_11.test(text)
  );
}

/**
 * Characters that go-yaml v2 (a YAML 1.1 reader) refuses in a file ("control characters are not
 * allowed": outside its printable set, `readerc.go`) or reads as line breaks (NEL U+0085, LS U+2028,
 * PS U+2029), where the `yaml` package writes them as they are: DEL and the C1 controls, LS, PS,
 * U+FFFE and U+FFFF. (The `yaml` package already escapes the C0 controls.) A string holding one is
 * double-quoted ({@link mustQuote}) and the character escaped there ({@link escapeUnsafe}).
 */
const UNSAFE_IN_YAML_11 = /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/;

/** `text` with every {@link UNSAFE_IN_YAML_11} character as a `\uXXXX` escape (valid in double quotes and comments alike). */
function escapeUnsafe(text: string): string {
  return text.replace(new RegExp(UNSAFE_IN_YAML_11.source, "g"), (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
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
    first.commentBefore = escapeUnsafe(
      [
        ` ${what} generated by eksize from the scenario ${JSON.stringify(scenario.name)} (${scenario.region}).`,
        " Review it before use: names, subnets, IAM and versions are eksize's assumptions, not your account's.",
        ...notes,
      ].join("\n"),
    );
  }
  // Unsafe characters are only in double-quoted strings and in the comment, where an escape keeps them.
  return escapeUnsafe(documents.map((document) => document.toString(YAML_OPTIONS)).join(""));
}
