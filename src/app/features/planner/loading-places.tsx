/**
 * What the planner shows in the place of a part whose chunk (or whose figures) are not there yet: the
 * part's heading or a one-line note, as high as the text the part starts with, so nothing above it
 * moves and the total never shifts.
 */
import type { ReactNode } from "react";
import { useT } from "../../i18n/index.js";

/**
 * The place of the optimal mix and the advice while their chunks load: an empty panel as high as the
 * mix's before a search (its words come with its chunk), and the advice's heading, so the page below
 * does not move.
 */
export function AdviceLoading(): ReactNode {
  const t = useT();
  return (
    <>
      <div className="panel mix-panel" />
      <section className="advice">
        <h3>{t("advice.heading")}</h3>
      </section>
    </>
  );
}

/** The comparison's place while its chunk loads and while the ranking is worked out. */
export function ComparisonLoading(): ReactNode {
  const t = useT();
  return <p className="muted">{t("planner.comparing")}</p>;
}

/** The export panel's place while its chunk loads: its heading. */
export function ExportLoading(): ReactNode {
  const t = useT();
  return (
    <section className="panel">
      <h3>{t("export.heading")}</h3>
    </section>
  );
}
