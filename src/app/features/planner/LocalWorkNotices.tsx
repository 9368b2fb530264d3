/**
 * The planner's notices about the user's own work: the scenario kept when a link, a saved or
 * imported scenario or Reset replaced it (with the one click back), storage the browser refused,
 * and a last visit's scenario that could not be restored.
 */
import type { ReactNode } from "react";
import { useT } from "../../i18n/index.js";
import { dismissKept, openSaved, useLibraryStore } from "../../store/scenario-library.js";
import { IssueList } from "../../components/IssueList.js";

/** Every notice that applies, or nothing. */
export function LocalWorkNotices(): ReactNode {
  const t = useT();
  const kept = useLibraryStore((state) => state.kept);
  const storageRefused = useLibraryStore((state) => state.storageRefused);
  const restoreIssues = useLibraryStore((state) => state.restoreIssues);
  const name = kept === null ? "" : kept.name.trim() || t("scenarios.untitled");
  return (
    <>
      {kept !== null && (
        <div role="status" className="notice kept-notice">
          <p>{t("scenarios.kept", { name })}</p>
          <div className="notice-actions">
            <button
              type="button"
              onClick={() => {
                openSaved(kept.id);
              }}
            >
              {t("scenarios.backTo", { name })}
            </button>
            <button type="button" onClick={dismissKept}>
              {t("share.dismiss")}
            </button>
          </div>
        </div>
      )}
      {storageRefused && (
        <p role="alert" className="notice">
          {t("scenarios.storageRefused")}
        </p>
      )}
      {restoreIssues.length > 0 && (
        <div role="alert" className="notice">
          <p>{t("scenarios.restoreFailed")}</p>
          <IssueList issues={restoreIssues} />
        </div>
      )}
    </>
  );
}
