import type { ReactNode } from "react";
import { useT } from "../i18n/index.js";
import { usePlannerStore } from "../store/planner-store.js";
import { useFormatters } from "../use-formatters.js";
import { IssueList } from "./IssueList.js";
import { useItemNames } from "./use-item-names.js";

/** The notice shown while the draft is invalid, with every problem listed. */
export function ValidityNotice(): ReactNode {
  const t = useT();
  const format = useFormatters();
  const issues = usePlannerStore((state) => state.issues);
  const names = useItemNames();
  return (
    <div role="status" className="validity">
      {issues.length > 0 && (
        <div className="notice">
          <p>
            <strong>{t("planner.invalid", { count: format.integer(issues.length) })}</strong> {t("planner.lastValid")}
          </p>
          <IssueList issues={issues} wording="form" names={names} />
        </div>
      )}
    </div>
  );
}
