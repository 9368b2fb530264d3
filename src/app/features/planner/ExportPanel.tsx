/**
 * The plan's exports: an eksctl ClusterConfig, Karpenter NodePools and EC2NodeClasses, and the plan
 * with its costs as CSV and JSON, each downloaded as a file made in the page. The YAML writer loads
 * on the first click, so it never weighs on the first load.
 */
import { unschedulablePodCount, type Catalog, type ClusterCost, type ClusterPlan, type Scenario } from "eksize";
import { dataDate } from "eksize/data";
import { useState, type ReactNode } from "react";
import type { ExportKind } from "../../../export/export-files.js";
import { useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";
import { downloadText } from "../../components/download.js";

/** The kinds in the order the panel offers them (the same as `EXPORT_KINDS`, without loading that module). */
const KINDS: readonly ExportKind[] = ["eksctl", "karpenter", "csv", "json"];

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
  // Kept as what happened, not as words, so that a change of language rewords it.
  const [failure, setFailure] = useState<
    { readonly kind: "load" } | { readonly kind: "render"; readonly message: string } | null
  >(null);
  const unschedulable = unschedulablePodCount(priced.plan);
  const download = async (kind: ExportKind): Promise<void> => {
    let render: typeof import("../../../export/export-files.js").exportFile;
    try {
      render = (await import("../../../export/export-files.js")).exportFile;
    } catch {
      // The module could not load (offline after an update): say so; the plan is untouched.
      setFailure({ kind: "load" });
      return;
    }
    try {
      const file = render(kind, {
        ...priced,
        catalog,
        ...(dataDate !== null && { dataDate }),
      });
      downloadText(file.fileName, file.text, file.mediaType);
      setFailure(null);
    } catch (error) {
      setFailure({ kind: "render", message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h3 id="export-heading">{t("export.heading")}</h3>
      <p className="hint">{t("export.hint")}</p>
      {unschedulable > 0 && (
        <p className="notice">{t("export.unschedulable", { pods: format.integer(unschedulable) })}</p>
      )}
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
      {failure !== null && (
        <p role="alert">
          {failure.kind === "load" ? t("export.failed") : t("export.error", { message: failure.message })}
        </p>
      )}
    </section>
  );
}
