import { attempt, kubeletMaxPods, type InstanceType, type RegionPricing } from "eksize";
import { useMemo, type ReactNode } from "react";
import type { Formatters } from "../../../present/format.js";
import { Combobox, type ComboboxOption } from "../../components/Combobox.js";
import { useFieldIssue } from "../../components/FormFields.js";
import { fieldMessage } from "../../components/issue-messages.js";
import { useT, type Translate } from "../../i18n/index.js";
import { usePlannerStore, type NodeGroupDraft } from "../../store/planner-store.js";
import { useCatalog } from "../../store/region-pricing-store.js";
import { useFormatters } from "../../use-formatters.js";
import { matchingTypes } from "./instance-type-matches.js";

/**
 * A type as a suggestion: its name, and its vCPUs, memory, on-demand price in the scenario's region
 * and the max pods of a node in the group (its reservation profile and VPC CNI mode).
 */
function typeOption(
  t: Translate,
  format: Formatters,
  type: InstanceType,
  group: NodeGroupDraft,
  pricing: RegionPricing | undefined,
): ComboboxOption {
  const price = pricing?.instances[type.name]?.onDemandUsdPerHour ?? null;
  const network = { prefixDelegation: group.prefixDelegation, customNetworking: group.customNetworking };
  const pods = attempt(() => kubeletMaxPods(type, { profile: group.profile, network }));
  const unknown = t("value.unknown");
  return {
    value: type.name,
    content: (
      <>
        <span className="type-option-name">{type.name}</span>
        <span className="type-option-facts">
          {t("planner.nodeGroup.typeFacts", {
            vcpu: type.vcpu === null ? unknown : format.integer(type.vcpu),
            memory: type.memoryMiB === null ? unknown : format.gibFromMib(type.memoryMiB),
            price: price === null ? unknown : format.moneyPrecise(price),
            pods: pods.ok ? format.integer(pods.value) : unknown,
          })}
        </span>
      </>
    ),
  };
}

/**
 * One instance type input of a node group: a combobox suggesting the dataset's types as the name is
 * typed, with their figures; an unknown name gets its error and clickable "did you mean" names.
 */
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
  const region = usePlannerStore((state) => state.scenario.region);
  // The dataset's types once loaded (the default scenario's until then), with their prices here.
  const { catalog } = useCatalog(region);
  const pricing = catalog.regions[region];
  const path = `nodeGroups.${groupIndex}.instanceTypes.${index}`;
  const issue = useFieldIssue(path);
  const id = `group-${group.key}-type-${index}`;
  const errorId = `${id}-error`;
  const value = group.instanceTypes[index] ?? "";
  const suggestions = issue?.code === "unknown-instance-type" ? issue.params.suggestions : [];
  const options = useMemo(
    () => matchingTypes(value, catalog.instanceTypes).map((type) => typeOption(t, format, type, group, pricing)),
    [t, format, value, group, pricing, catalog.instanceTypes],
  );
  return (
    <li className="type-item">
      <label id={`${id}-label`} htmlFor={id} className="visually-hidden">
        {t("planner.nodeGroup.instanceTypeN", { n: String(index + 1), group: group.name })}
      </label>
      <Combobox
        id={id}
        labelId={`${id}-label`}
        className="type-input"
        value={value}
        options={options}
        invalid={issue !== undefined}
        describedBy={issue ? errorId : undefined}
        onChange={(name) => {
          setType(group.key, index, name);
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
