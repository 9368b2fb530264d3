import type { ReactNode } from "react";
import { useFieldIssue } from "../../components/FormFields.js";
import { fieldMessage } from "../../components/issue-messages.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore, type NodeGroupDraft } from "../../store/planner-store.js";
import { useFormatters } from "../../use-formatters.js";
import { TYPE_LIST_ID } from "./InstanceTypeList.js";

/** One instance type input of a node group, with its error and clickable suggestions. */
export function InstanceTypeInput({
  group,
  groupIndex,
  index,
}: {
  group: NodeGroupDraft;
  groupIndex: number;
  index: number;
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  const setType = usePlannerStore((state) => state.setInstanceType);
  const removeType = usePlannerStore((state) => state.removeInstanceType);
  const path = `nodeGroups.${groupIndex}.instanceTypes.${index}`;
  const issue = useFieldIssue(path);
  const id = `group-${group.key}-type-${index}`;
  const errorId = `${id}-error`;
  const value = group.instanceTypes[index] ?? "";
  const suggestions = issue?.code === "unknown-instance-type" ? issue.params.suggestions : [];
  return (
    <li className="type-item">
      <label htmlFor={id} className="visually-hidden">
        {t("planner.nodeGroup.instanceTypeN", { n: String(index + 1), group: group.name })}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        list={TYPE_LIST_ID}
        value={value}
        className="type-input"
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? errorId : undefined}
        onChange={(event) => {
          setType(group.key, index, event.target.value);
        }}
      />
      <button
        type="button"
        className="remove"
        aria-label={t("planner.nodeGroup.removeType", { instanceType: value, group: group.name })}
        title={t("planner.nodeGroup.removeType", { instanceType: value, group: group.name })}
        onClick={() => {
          removeType(group.key, index);
        }}
      >
        ×
      </button>
      {issue && (
        <span id={errorId} className="field-error">
          {fieldMessage(t, format, issue)}
        </span>
      )}
      {suggestions.length > 0 && (
        <span className="suggestions">
          {suggestions.map((name) => (
            <button
              key={name}
              type="button"
              className="suggestion"
              onClick={() => {
                setType(group.key, index, name);
              }}
            >
              {t("planner.nodeGroup.useSuggestion", { instanceType: name })}
            </button>
          ))}
        </span>
      )}
    </li>
  );
}
