import type { CoreIssue } from "eksize";
import type { ReactNode } from "react";
import { useT } from "../i18n/index.js";
import { useFormatters } from "../use-formatters.js";
import { documentMessage, fieldMessage } from "./issue-messages.js";

/**
 * Issues as a list, each with its path (when it has one) and its message in words: worded for the
 * form being edited (`form`), or for a link, file or stored scenario (`document`, naming each value).
 */
export function IssueList({
  issues,
  wording = "document",
}: {
  issues: readonly CoreIssue[];
  wording?: "form" | "document";
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  const message = wording === "form" ? fieldMessage : documentMessage;
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => (
        <li key={index}>
          {issue.path !== undefined && issue.path !== "" && (
            <>
              <code>{issue.path}</code>:{" "}
            </>
          )}
          {message(t, format, issue)}
        </li>
      ))}
    </ul>
  );
}
