import {
  RESERVATION_PROFILES,
  type AmazonLinuxRelease,
  type ConsolidationPolicy,
  type ReservationProfile,
  type SettingWithoutEffect,
} from "eksize";
import { memo, type ReactNode } from "react";
import { CheckboxField, InputField, SelectField, useFieldIssue } from "../../components/FormFields.js";
import { fieldMessage } from "../../components/issue-messages.js";
import { withoutEffectText } from "../../components/setting-effects.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore, type NodeGroupDraft } from "../../store/planner-store.js";
import { useFormatters } from "../../use-formatters.js";
import { InstanceTypeInput } from "./InstanceTypeInput.js";
import { useSettingsWithoutEffect } from "./use-settings-without-effect.js";

/**
 * One node group: its instance types and every setting; under its VPC CNI check boxes, why a setting
 * that is on changes nothing in the plan (`withoutEffect`: this group's, from the last valid scenario).
 * When Karpenter or EKS Auto Mode runs the cluster (`nodePool`), the group is a NodePool: it has
 * `minValues` and a consolidation policy, and no minimum of nodes (Karpenter keeps no idle nodes; the
 * value typed stays in the draft for the other autoscalers).
 */
function NodeGroupEditor({
  group,
  index,
  withoutEffect,
  nodePool,
}: {
  group: NodeGroupDraft;
  index: number;
  withoutEffect: readonly SettingWithoutEffect[];
  nodePool: boolean;
}): ReactNode {
  const t = useT();
  const update = usePlannerStore((state) => state.updateNodeGroup);
  const addType = usePlannerStore((state) => state.addInstanceType);
  const remove = usePlannerStore((state) => state.removeNodeGroup);
  const typesIssue = useFieldIssue(`nodeGroups.${index}.instanceTypes`);
  const format = useFormatters();
  const path = `nodeGroups.${index}`;
  const id = `group-${group.key}`;
  const set = (patch: Partial<NodeGroupDraft>) => {
    update(group.key, patch);
  };
  return (
    <fieldset className="node-group-editor">
      <legend>{group.name || t("planner.nodeGroup.unnamed")}</legend>
      <div className="field-grid">
        <InputField
          id={`${id}-name`}
          label={t("planner.nodeGroup.name")}
          numeric={false}
          path={`${path}.name`}
          value={group.name}
          onChange={(name) => {
            set({ name });
          }}
        />
        <div className="field types-field">
          <span className="field-label" id={`${id}-types-label`}>
            {t("planner.nodeGroup.instanceTypes")}
          </span>
          <ul className="type-list" aria-labelledby={`${id}-types-label`}>
            {group.instanceTypes.map((_type, typeIndex) => (
              <InstanceTypeInput key={typeIndex} group={group} groupIndex={index} index={typeIndex} />
            ))}
          </ul>
          {typesIssue && <span className="field-error">{fieldMessage(t, format, typesIssue)}</span>}
          <button
            type="button"
            className="add small"
            onClick={() => {
              addType(group.key);
            }}
          >
            {t("planner.nodeGroup.addType")}
          </button>
        </div>
        <SelectField<NodeGroupDraft["capacityType"]>
          id={`${id}-capacity`}
          label={t("planner.nodeGroup.capacity")}
          path={`${path}.capacity.type`}
          value={group.capacityType}
          options={[
            { value: "on-demand", label: t("planner.capacity.on-demand") },
            { value: "spot", label: t("planner.capacity.spot") },
            { value: "mixed", label: t("planner.capacity.mixed") },
          ]}
          onChange={(capacityType) => {
            set({ capacityType });
          }}
        />
        {group.capacityType === "mixed" && (
          <>
            <InputField
              id={`${id}-od-base`}
              label={t("planner.nodeGroup.onDemandBase")}
              path={`${path}.capacity.onDemandBase`}
              value={group.onDemandBase}
              onChange={(onDemandBase) => {
                set({ onDemandBase });
              }}
            />
            <InputField
              id={`${id}-spot-percent`}
              label={t("planner.nodeGroup.spotPercent")}
              unit="%"
              path={`${path}.capacity.spotPercentAboveBase`}
              value={group.spotPercentAboveBase}
              onChange={(spotPercentAboveBase) => {
                set({ spotPercentAboveBase });
              }}
            />
          </>
        )}
        {nodePool ? (
          <>
            <InputField
              id={`${id}-min-values`}
              label={t("planner.nodeGroup.minValues")}
              placeholder={t("planner.nodeGroup.noMinValues")}
              path={`${path}.minValues`}
              value={group.minValues}
              onChange={(minValues) => {
                set({ minValues });
              }}
            />
            <SelectField<ConsolidationPolicy>
              id={`${id}-consolidation`}
              label={t("planner.nodeGroup.consolidation")}
              path={`${path}.consolidationPolicy`}
              value={group.consolidationPolicy}
              options={[
                { value: "WhenEmptyOrUnderutilized", label: t("planner.consolidation.WhenEmptyOrUnderutilized") },
                { value: "WhenEmpty", label: t("planner.consolidation.WhenEmpty") },
              ]}
              onChange={(consolidationPolicy) => {
                set({ consolidationPolicy });
              }}
            />
          </>
        ) : (
          <InputField
            id={`${id}-min`}
            label={t("planner.nodeGroup.minNodes")}
            path={`${path}.minNodes`}
            value={group.minNodes}
            onChange={(minNodes) => {
              set({ minNodes });
            }}
          />
        )}
        <InputField
          id={`${id}-max`}
          label={t("planner.nodeGroup.maxNodes")}
          placeholder={t("planner.nodeGroup.noLimit")}
          path={`${path}.maxNodes`}
          value={group.maxNodes}
          onChange={(maxNodes) => {
            set({ maxNodes });
          }}
        />
        <InputField
          id={`${id}-azs`}
          label={t("planner.nodeGroup.azs")}
          path={`${path}.availabilityZones`}
          value={group.availabilityZones}
          onChange={(availabilityZones) => {
            set({ availabilityZones });
          }}
        />
        <InputField
          id={`${id}-max-pods`}
          label={t("planner.nodeGroup.maxPods")}
          placeholder={t("planner.nodeGroup.profileDefault")}
          path={`${path}.maxPods`}
          value={group.maxPods}
          onChange={(maxPods) => {
            set({ maxPods });
          }}
        />
        <SelectField<ReservationProfile>
          id={`${id}-profile`}
          label={t("settings.profile")}
          path={`${path}.profile`}
          value={group.profile}
          options={RESERVATION_PROFILES.map((name) => ({ value: name, label: t(`profile.${name}`) }))}
          onChange={(profile) => {
            // Bottlerocket runs no Amazon Linux: the release goes back to its default with it.
            set(profile === "bottlerocket" ? { profile, amazonLinux: "2023" } : { profile });
          }}
        />
        {group.profile !== "bottlerocket" && (
          <SelectField<AmazonLinuxRelease>
            id={`${id}-amazon-linux`}
            label={t("planner.nodeGroup.amazonLinux")}
            path={`${path}.amazonLinux`}
            value={group.amazonLinux}
            options={[
              { value: "2023", label: "AL2023" },
              { value: "2", label: "AL2" },
            ]}
            onChange={(amazonLinux) => {
              set({ amazonLinux });
            }}
          />
        )}
        <InputField
          id={`${id}-vm-overhead`}
          label={t("planner.nodeGroup.vmOverhead")}
          unit="%"
          placeholder={t("planner.nodeGroup.profileDefault")}
          path={`${path}.vmMemoryOverheadPercent`}
          value={group.vmMemoryOverheadPercent}
          onChange={(vmMemoryOverheadPercent) => {
            set({ vmMemoryOverheadPercent });
          }}
        />
        <InputField
          id={`${id}-root-size`}
          label={t("planner.nodeGroup.rootVolume")}
          unit="GiB"
          path={`${path}.rootVolume.sizeGiB`}
          value={group.rootVolumeGiB}
          onChange={(rootVolumeGiB) => {
            set({ rootVolumeGiB });
          }}
        />
        <SelectField<NodeGroupDraft["rootVolumeType"]>
          id={`${id}-root-type`}
          label={t("planner.nodeGroup.rootVolumeType")}
          path={`${path}.rootVolume.type`}
          value={group.rootVolumeType}
          options={[
            { value: "gp3", label: "gp3" },
            { value: "gp2", label: "gp2" },
          ]}
          onChange={(rootVolumeType) => {
            set({ rootVolumeType });
          }}
        />
        <InputField
          id={`${id}-target`}
          label={t("planner.nodeGroup.target")}
          unit="%"
          path={`${path}.targetUtilisationPercent`}
          value={group.targetUtilisationPercent}
          onChange={(targetUtilisationPercent) => {
            set({ targetUtilisationPercent });
          }}
        />
        <div className="checks">
          <CheckboxField
            id={`${id}-prefix`}
            label={t("settings.prefixDelegation")}
            path={`${path}.network.prefixDelegation`}
            checked={group.prefixDelegation}
            onChange={(prefixDelegation) => {
              set({ prefixDelegation });
            }}
          />
          <CheckboxField
            id={`${id}-custom`}
            label={t("settings.customNetworking")}
            path={`${path}.network.customNetworking`}
            checked={group.customNetworking}
            onChange={(customNetworking) => {
              set({ customNetworking });
            }}
          />
        </div>
        <div className="setting-notes" role="status" data-testid={`${id}-setting-notes`}>
          {withoutEffect.map((item) => (
            <p key={item.setting}>{withoutEffectText(t, format, item)}</p>
          ))}
        </div>
      </div>
      <button
        type="button"
        className="remove-group"
        onClick={() => {
          remove(group.key);
        }}
      >
        {t("planner.nodeGroup.remove", { name: group.name })}
      </button>
    </fieldset>
  );
}

/** Every node group, and a button for another. */
export const NodeGroupsEditor = memo(function NodeGroupsEditor(): ReactNode {
  const t = useT();
  const nodeGroups = usePlannerStore((state) => state.draft.nodeGroups);
  const add = usePlannerStore((state) => state.addNodeGroup);
  const withoutEffect = useSettingsWithoutEffect();
  const autoscaler = usePlannerStore((state) => state.draft.cluster.autoscaler);
  const nodePool = autoscaler === "karpenter" || autoscaler === "auto-mode";
  return (
    <section className="panel editor" aria-labelledby="nodegroups-heading">
      <h3 id="nodegroups-heading">{t("planner.nodeGroups.heading")}</h3>
      <div className="node-groups">
        {nodeGroups.map((group, index) => (
          <NodeGroupEditor
            key={group.key}
            group={group}
            index={index}
            nodePool={nodePool}
            withoutEffect={withoutEffect.filter(
              (item) => item.nodeGroupIndex === index && item.nodeGroup === group.name,
            )}
          />
        ))}
      </div>
      <button type="button" className="add" onClick={add}>
        {t("planner.nodeGroup.add")}
      </button>
    </section>
  );
});
