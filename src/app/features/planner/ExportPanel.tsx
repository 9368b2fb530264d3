/**
 * The plan's exports: an eksctl ClusterConfig, Karpenter NodePools and EC2NodeClasses, and the plan
 * with its costs as CSV and JSON, each opened in a preview (following the plan while open) with Copy
 * and Download; the file is made in the page. The YAML writer loads on the first click, so it never
 * weighs on the first load. The cluster name is used exactly as typed
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
import { useId, useMemo, useState, type ReactNode } from "react";
import type { ExportKind } from "../../../export/export-files.js";
import { describeIssue, t, useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";
import { downloadText } from "../../components/download.js";

/** The kinds in the order the panel offers them (the same as `EXPORT_KINDS`, without loading that module). */
const KINDS: readonly ExportKind[] = ["eksctl", "karpenter", "auto-mode", "csv", "json"];

/** The YAML header's words for a note: English, like the rest of the header. */
const englishNote = (note: CoreIssue): string => describeIssue((key, ...params) => t("en", key, ...params), note);

/** The export module's renderer, loaded on the first click. */
type Render = typeof import("../../../export/export-files.js").exportFile;

/** The preview's state: which file is open, and the renderer (null until loaded, "failed" when it could not load). */
interface Preview {
  readonly kind: ExportKind;
  readonly render: Render | "failed";
}

/** What rendering the open file gave, kept as codes so that a change of language rewords it. */
type Outcome =
  | { readonly kind: "load" }
  | { readonly kind: "render"; readonly message: string }
  | { readonly kind: "refused"; readonly issues: readonly CoreIssue[] }
  | {
      readonly kind: "file";
      readonly fileName: string;
      readonly text: string;
      readonly mediaType: string;
      readonly notes: readonly CoreIssue[];
    };

/** Whether the last Copy worked. */
type CopyState = "idle" | "copied" | "failed";

/** The export buttons of a planned scenario, and the preview of the file last asked for. */
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
  const [preview, setPreview] = useState<Preview | null>(null);
  const [copy, setCopy] = useState<CopyState>("idle");
  const unschedulable = unschedulablePodCount(priced.plan);
  const made = exportClusterName(priced.scenario);
  const defaultName = made.ok ? made.value : "";
  const open = async (kind: ExportKind): Promise<void> => {
    setCopy("idle");
    if (preview !== null && preview.render !== "failed") {
      setPreview({ kind, render: preview.render });
      return;
    }
    try {
      const { exportFile } = await import("../../../export/export-files.js");
      setPreview({ kind, render: exportFile });
    } catch {
      // The module could not load (offline after an update): say so; the plan is untouched.
      setPreview({ kind, render: "failed" });
    }
  };
  // The open file follows the plan: an edit while it is open re-renders it.
  const outcome = useMemo((): Outcome | null => {
    if (preview === null) return null;
    if (preview.render === "failed") return { kind: "load" };
    try {
      const file = preview.render(preview.kind, {
        ...priced,
        catalog,
        ...(dataDate !== null && { dataDate }),
        ...(clusterName !== "" && { clusterName }),
        describeNote: englishNote,
      });
      return file.ok ? { kind: "file", ...file.value } : { kind: "refused", issues: file.issues };
    } catch (error) {
      return { kind: "render", message: error instanceof Error ? error.message : String(error) };
    }
  }, [preview, priced, catalog, clusterName]);
  const copyText = async (text: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy("copied");
    } catch {
      setCopy("failed");
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
      <div className="section-actions" role="group" aria-label={t("export.heading")}>
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={preview?.kind === kind}
            onClick={() => {
              void open(kind);
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
      {outcome?.kind === "file" && (
        <div className="export-preview">
          <div className="export-preview-bar">
            <span className="export-file-name">
              {outcome.fileName} · {format.bytes(new TextEncoder().encode(outcome.text).length)}
            </span>
            <button
              type="button"
              onClick={() => {
                void copyText(outcome.text);
              }}
            >
              {t("export.copy")}
            </button>
            <button
              type="button"
              onClick={() => {
                downloadText(outcome.fileName, outcome.text, outcome.mediaType);
              }}
            >
              {t("export.download")}
            </button>
            <button
              type="button"
              onClick={() => {
                setPreview(null);
              }}
            >
              {t("export.close")}
            </button>
            <span role="status" className="hint">
              {copy === "copied" ? t("export.copied") : copy === "failed" ? t("export.copyFailed") : ""}
            </span>
          </div>
          {outcome.notes.length > 0 && (
            <div className="notice">
              <p>{t("export.notes", { file: outcome.fileName })}</p>
              <ul>
                {outcome.notes.map((note, index) => (
                  <li key={index}>{describe(note)}</li>
                ))}
              </ul>
            </div>
          )}
          {/* Focusable, so a keyboard user can scroll it. */}
          <pre className="export-text" tabIndex={0} aria-label={t("export.previewOf", { file: outcome.fileName })}>
            {outcome.text}
          </pre>
        </div>
      )}
    </section>
  );
}
