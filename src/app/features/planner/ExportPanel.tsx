/**
 * The plan's exports: an eksctl ClusterConfig, Karpenter NodePools and EC2NodeClasses, and the plan
 * with its costs as CSV and JSON, each downloaded as a file made in the page. The YAML writer loads
 * on the first click, so it never weighs on the first load. The cluster name is used exactly as typed
 * or refused with the reason; left empty, the name made from the scenario's name (shown) is used.
 * What the core says about a file (its notes, or why it cannot be made) is shown in the page's
 * language; the YAML files carry the notes in English in their header.
 */
import {
  exportClusterName,
  unschedulablePodCount,
  type Catalog,
  type ClusterCost,
  type ClusterPlan,
  type CoreIssue,
  type Scenario,
} from "eksize";
import { dataDate } from "eksize/data";
import { useId, useState, type ReactNode } from "react";
import type { ExportKind } from "../../../export/export-files.js";
import { describeIssue, t, useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";
import { downloadText } from "../../components/download.js";

/** The kinds in the order the panel offers them (the same as `EXPORT_KINDS`, without loading that module). */
const KINDS: readonly ExportKind[] = ["eksctl", "karpenter", "csv", "json"];

/** The YAML header's words for a note: English, like the rest of the header. */
const englishNote = (note: CoreIssue): string => describeIssue((key, ...params) => t("en", key, ...params), note);

/** What the last click gave, kept as codes so that a change of language rewords it. */
type Outcome =
  | { readonly kind: "load" }
  | { readonly kind: "render"; readonly message: string }
  | { readonly kind: "refused"; readonly issues: readonly CoreIssue[] }
  | { readonly kind: "notes"; readonly fileName: string; readonly notes: readonly CoreIssue[] };

/** The export buttons of a planned scenario. */
export function ExportPanel({
  priced,
  catalog,
}: {
  readonly priced: { readonly scenario: Scenario; readonly plan: ClusterPlan; readonly cost: ClusterCost };
  readonly catalog: Catalog;
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  const nameId = useId();
  const [clusterName, setClusterName] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const unschedulable = unschedulablePodCount(priced.plan);
  const made = exportClusterName(priced.scenario);
  const defaultName = made.ok ? made.value : "";
  const download = async (kind: ExportKind): Promise<void> => {
    let render: typeof import("../../../export/export-files.js").exportFile;
    try {
      render = (await import("../../../export/export-files.js")).exportFile;
    } catch {
      // The module could not load (offline after an update): say so; the plan is untouched.
      setOutcome({ kind: "load" });
      return;
    }
    try {
      const file = render(kind, {
        ...priced,
        catalog,
        ...(dataDate !== null && { dataDate }),
        ...(clusterName !== "" && { clusterName }),
        describeNote: englishNote,
      });
      if (!file.ok) {
        setOutcome({ kind: "refused", issues: file.issues });
        return;
      }
      downloadText(file.value.fileName, file.value.text, file.value.mediaType);
      setOutcome(file.value.notes.length === 0 ? null : { kind: "notes", ...file.value });
    } catch (error) {
      setOutcome({ kind: "render", message: error instanceof Error ? error.message : String(error) });
    }
  };
  const describe = (issue: CoreIssue): string => describeIssue(t, issue, format.integer);
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h3 id="export-heading">{t("export.heading")}</h3>
      <p className="hint">{t("export.hint")}</p>
      {unschedulable > 0 && (
        <p className="notice">{t("export.unschedulable", { pods: format.integer(unschedulable) })}</p>
      )}
      <p>
        <label htmlFor={nameId}>{t("export.clusterName")}</label>{" "}
        <input
          id={nameId}
          type="text"
          value={clusterName}
          placeholder={defaultName}
          aria-describedby={`${nameId}-hint`}
          onChange={(event) => {
            setClusterName(event.target.value);
          }}
        />{" "}
        <span id={`${nameId}-hint`} className="hint">
          {t("export.clusterNameHint", { name: defaultName })}
        </span>
      </p>
      <div className="section-actions">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            onClick={() => {
              void download(kind);
            }}
          >
            {t(`export.${kind}`)}
          </button>
        ))}
      </div>
      {outcome?.kind === "load" && <p role="alert">{t("export.failed")}</p>}
      {outcome?.kind === "render" && <p role="alert">{t("export.error", { message: outcome.message })}</p>}
      {outcome?.kind === "refused" && (
        <div role="alert">
          <p>{t("export.refused")}</p>
          <ul>
            {outcome.issues.map((issue, index) => (
              <li key={index}>{describe(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.kind === "notes" && (
        <div role="status">
          <p>{t("export.notes", { file: outcome.fileName })}</p>
          <ul>
            {outcome.notes.map((note, index) => (
              <li key={index}>{describe(note)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
