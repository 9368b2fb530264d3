/**
 * The plan's exports: an eksctl ClusterConfig, Karpenter NodePools and EC2NodeClasses, and the plan
 * with its costs as CSV and JSON, each downloaded as a file made in the page. The YAML writer loads
 * on the first click, so it never weighs on the first load.
 */
import type { Catalog, ClusterCost, ClusterPlan, Scenario } from "eksize";
import { useState, type ReactNode } from "react";
import type { ExportKind } from "../../../export/export-files.js";
import { useT } from "../../i18n/index.js";
import { CURRENT_DATA_DATE } from "../../store/share-link.js";
import { useFormatters } from "../../use-formatters.js";
import { downloadText } from "../scenarios/download.js";

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
  const [failed, setFailed] = useState(false);
  const unschedulable = priced.plan.unschedulable.reduce((sum, entry) => sum + entry.pods, 0);
  const download = async (kind: ExportKind): Promise<void> => {
    try {
      const { exportFile } = await import("../../../export/export-files.js");
      const file = exportFile(kind, {
        ...priced,
        catalog,
        ...(CURRENT_DATA_DATE !== null && { dataDate: CURRENT_DATA_DATE }),
      });
      downloadText(file.fileName, file.text, file.mediaType);
      setFailed(false);
    } catch {
      // The module could not load (offline after an update): say so; the plan is untouched.
      setFailed(true);
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
      {failed && <p role="alert">{t("export.failed")}</p>}
    </section>
  );
}
