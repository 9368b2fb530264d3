/**
 * "Load over the week": how each workload scales (its HorizontalPodAutoscaler's range and a load
 * profile: a preset, or 168 levels drawn or pasted), how long an unneeded node stays, and the Savings
 * Plan the week's commitment is sized for. A chunk of its own, with the week's words
 * (`present/plan/week.ts`, which `LevelsEditor` imports), so the first script carries neither.
 */
import {
  LOAD_PROFILE_PRESETS,
  profileLevels,
  SAVINGS_PLAN_TYPES,
  SCALE_DOWN_DELAY_MINUTES,
  type LoadProfile,
  type LoadProfilePreset,
  type SavingsPlanType,
} from "eksize";
import { memo, useMemo, useState, type ReactNode } from "react";
import { CheckboxField, InputField, SelectField, type Option } from "../../components/FormFields.js";
import { TableScroll } from "../../components/TableScroll.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore, type WorkloadDraft } from "../../store/planner-store.js";
import { LevelsEditor } from "./LevelsEditor.js";
import { useWorkloadRows, WorkloadSearch } from "./workload-rows.js";

/** The profile select's value: a preset's name, or `custom` for levels of its own. */
type ProfileChoice = LoadProfilePreset | "custom";

/** The week's editor. */
export const WeekEditor = memo(function WeekEditor(): ReactNode {
  const t = useT();
  const workloads = usePlannerStore((state) => state.draft.workloads);
  const [search, setSearch] = useState("");
  const rows = useWorkloadRows(workloads, search);
  const profiles = useMemo(
    (): readonly Option<ProfileChoice>[] =>
      [...LOAD_PROFILE_PRESETS, "custom" as const].map((value) => ({ value, label: t(`week.profile.${value}`) })),
    [t],
  );
  return (
    <section className="panel editor" aria-labelledby="week-editor-heading">
      <h3 id="week-editor-heading">{t("week.editor.heading")}</h3>
      <p className="hint">{t("week.editor.intro")}</p>
      <WeekSettings />
      {rows.many && (
        <WorkloadSearch id="week-search" search={search} onSearch={setSearch} rows={rows} total={workloads.length} />
      )}
      <TableScroll labelledBy="week-editor-heading">
        <table className="edit-table sticky-first week-table">
          <thead>
            <tr>
              <th scope="col">{t("planner.workload.name")}</th>
              <th scope="col">{t("week.editor.scales")}</th>
              <th scope="col">{t("week.editor.min")}</th>
              <th scope="col">{t("week.editor.max")}</th>
              <th scope="col">{t("week.editor.profile")}</th>
            </tr>
          </thead>
          {rows.shown.map(({ workload, index }) => (
            <ScalingRows key={workload.key} workload={workload} index={index} profiles={profiles} />
          ))}
        </table>
      </TableScroll>
    </section>
  );
});

/** The scale-down delay and the Savings Plan's kind and discount. */
function WeekSettings(): ReactNode {
  const t = useT();
  const cluster = usePlannerStore((state) => state.draft.cluster);
  const update = usePlannerStore((state) => state.updateCluster);
  const { autoscaler } = cluster;
  return (
    <div className="field-grid">
      <InputField
        id="week-scale-down-delay"
        label={t("week.delay.label")}
        path="cluster.scaleDownDelayMinutes"
        unit="min"
        placeholder={autoscaler === "none" ? undefined : String(SCALE_DOWN_DELAY_MINUTES[autoscaler])}
        value={cluster.scaleDownDelayMinutes}
        note={
          autoscaler === "none"
            ? t("week.delay.none")
            : t("week.delay.hint", {
                autoscaler: t(`planner.autoscaler.${autoscaler}`),
                minutes: SCALE_DOWN_DELAY_MINUTES[autoscaler],
              })
        }
        onChange={(scaleDownDelayMinutes) => {
          update({ scaleDownDelayMinutes });
        }}
      />
      <SelectField<SavingsPlanType>
        id="week-savings-plan-type"
        label={t("week.plan.label")}
        path="cluster.discounts.savingsPlanType"
        value={cluster.savingsPlanType}
        options={SAVINGS_PLAN_TYPES.map((value) => ({ value, label: t(`week.plan.${value}`) }))}
        onChange={(savingsPlanType) => {
          update({ savingsPlanType });
        }}
      />
      <InputField
        id="week-savings-plan-discount"
        label={t("week.discount.label")}
        path="cluster.discounts.savingsPlanDiscountPercent"
        unit="%"
        value={cluster.savingsPlanDiscountPercent}
        note={t("week.discount.hint")}
        onChange={(savingsPlanDiscountPercent) => {
          update({ savingsPlanDiscountPercent });
        }}
      />
    </div>
  );
}

/** A workload's row, and under it the levels of a custom profile. */
const ScalingRows = memo(function ScalingRows({
  workload,
  index,
  profiles,
}: {
  readonly workload: WorkloadDraft;
  readonly index: number;
  readonly profiles: readonly Option<ProfileChoice>[];
}): ReactNode {
  const t = useT();
  const update = usePlannerStore((state) => state.updateWorkload);
  const { autoscaling } = workload;
  const path = `workloads.${index}.autoscaling`;
  const id = `week-${workload.key}`;
  const cellLabel = (field: string) => t("planner.cellLabel", { field, row: workload.name });
  const setProfile = (profile: LoadProfile) => {
    update(workload.key, { autoscaling: { ...autoscaling, profile } });
  };
  const custom = typeof autoscaling.profile !== "string";
  return (
    <tbody>
      <tr>
        <th scope="row">{workload.name}</th>
        <td className="center">
          <CheckboxField
            id={`${id}-scales`}
            label={cellLabel(t("week.editor.scales"))}
            hideLabel
            path={path}
            checked={workload.scales}
            onChange={(scales) => {
              update(workload.key, { scales });
            }}
          />
        </td>
        {workload.scales ? (
          <>
            <td>
              <InputField
                id={`${id}-min`}
                label={cellLabel(t("week.editor.min"))}
                hideLabel
                className="narrow"
                path={`${path}.minReplicas`}
                value={autoscaling.minReplicas}
                onChange={(minReplicas) => {
                  update(workload.key, { autoscaling: { ...autoscaling, minReplicas } });
                }}
              />
            </td>
            <td>
              <InputField
                id={`${id}-max`}
                label={cellLabel(t("week.editor.max"))}
                hideLabel
                className="narrow"
                path={`${path}.maxReplicas`}
                value={autoscaling.maxReplicas}
                onChange={(maxReplicas) => {
                  update(workload.key, { autoscaling: { ...autoscaling, maxReplicas } });
                }}
              />
            </td>
            <td>
              <SelectField<ProfileChoice>
                id={`${id}-profile`}
                label={cellLabel(t("week.editor.profile"))}
                hideLabel
                path={`${path}.profile`}
                value={custom ? "custom" : autoscaling.profile}
                options={profiles}
                onChange={(choice) => {
                  // A custom profile starts from the preset it replaces.
                  setProfile(choice === "custom" ? [...profileLevels(autoscaling.profile)] : choice);
                }}
              />
            </td>
          </>
        ) : (
          <td colSpan={3} className="week-fixed">
            {t("planner.workload.replicas")}: {workload.replicas}
          </td>
        )}
      </tr>
      {workload.scales && custom && (
        <tr className="levels-row">
          <td colSpan={5}>
            <LevelsEditor
              id={`${id}-levels`}
              workload={workload.name}
              levels={autoscaling.profile}
              onChange={setProfile}
            />
          </td>
        </tr>
      )}
    </tbody>
  );
});

export default WeekEditor;
