import type { ReactNode } from "react";
import { useT, type PlainMessageKey } from "../../i18n/index.js";
import { useExplorerStore } from "../../store/explorer-store.js";
import type { ExplorerAddressIssue, ExplorerParam } from "../../../present/explorer/address.js";

/** Each parameter of the explorer's address by the name of the setting it holds, as the page labels it. */
const PARAM_LABELS: Readonly<Record<ExplorerParam, PlainMessageKey>> = {
  region: "settings.region",
  name: "filters.name",
  family: "filters.family",
  arch: "filters.architecture",
  vcpu: "filters.vcpu",
  memory: "filters.memory",
  profile: "settings.profile",
  "prefix-delegation": "settings.prefixDelegation",
  "custom-networking": "settings.customNetworking",
  uncapped: "settings.uncapped",
  sort: "sort.label",
  columns: "columns.label",
  type: "col.name",
};

/** One issue of the address in words, naming the setting. */
function IssueText({ issue }: { readonly issue: ExplorerAddressIssue }): ReactNode {
  const t = useT();
  if (issue.code === "unknown-parameter") return t("address.unknown", { name: issue.name });
  const field = t(PARAM_LABELS[issue.name]);
  return issue.name === "vcpu" || issue.name === "memory"
    ? t("address.badRange", { field, value: issue.value })
    : t("address.badValue", { field, value: issue.value });
}

/**
 * The notice of what the explorer's address held that could not be used (each setting and value),
 * shown over the table that applied the rest; it can be dismissed.
 */
export function AddressNotice(): ReactNode {
  const t = useT();
  const issues = useExplorerStore((state) => state.addressIssues);
  const dismiss = useExplorerStore((state) => state.dismissAddressIssues);
  if (issues.length === 0) return null;
  return (
    <div className="notice link-banner" role="alert">
      <p>{t("address.ignored")}</p>
      <ul>
        {issues.map((issue, index) => (
          <li key={index}>
            <IssueText issue={issue} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t("share.dismiss")}
      </button>
    </div>
  );
}
