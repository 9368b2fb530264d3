import type { CoreIssue } from "eksize";
import type { ReactNode } from "react";
import { useT } from "../i18n/index.js";
import { useFormatters } from "../use-formatters.js";
import { documentMessage, fieldMessage } from "./issue-messages.js";
import { issuePlace, type ItemNames } from "./issue-place.js";

/**
 * Issues as a list, each with its place in words (when it has one: "CPU request of workload “web”")
 * and its message: worded for the form being edited (`form`), or for a link, file or stored scenario
 * (`document`, naming each value). `names` names the rows the user sees; without it, by number.
 */
export function IssueList({
  issues,
  wording = "document",
  names,
}: {
  issues: readonly CoreIssue[];
  wording?: "form" | "document";
  names?: ItemNames;
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  const message = wording === "form" ? fieldMessage : documentMessage;
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => {
        const place = issuePlace(t, issue, names);
        return (
          <li key={index}>
            {/* A path into a kubectl document stays one, to find in the pasted text. */}
            {place !== null && (issue.code.startsWith("kube-") ? <code>{place}</code> : <strong>{place}</strong>)}
            {place !== null && ": "}
            {message(t, format, issue)}
          </li>
        );
      })}
    </ul>
  );
}
