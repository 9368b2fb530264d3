import { ACCELERATOR_RESOURCES, type AcceleratorResource, type Architecture } from "eksize";
import { memo, useMemo, useState, type ReactNode } from "react";
import { CheckboxField, InputField, SelectField, type Option } from "../../components/FormFields.js";
import { TableScroll } from "../../components/TableScroll.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore, type WorkloadDraft } from "../../store/planner-store.js";
import { useWorkloadRows, WorkloadSearch } from "./workload-rows.js";

/** Id of the hint that says what "Fargate-eligible" means, which every row's checkbox points to. */
const FARGATE_HINT_ID = "workloads-fargate-hint";

/** The workloads table: one editable row per workload (a search past `SHOWN_WORKLOAD_ROWS` of them, workload-rows.tsx). */
export const WorkloadsEditor = memo(function WorkloadsEditor(): ReactNode {
  const t = useT();
  const workloads = usePlannerStore((state) => state.draft.workloads);
  const [search, setSearch] = useState("");
  const rows = useWorkloadRows(workloads, search);
  const { many } = rows;
  const nodeGroups = usePlannerStore((state) => state.draft.nodeGroups);
  const add = usePlannerStore((state) => state.addWorkload);
  // The same option lists for every row while nothing they show changes: rows re-render only when their own workload does.
  const groupOptions = useMemo(
    () => [
      { value: "", label: t("planner.workload.anyNodeGroup") },
      ...nodeGroups.map((group) => ({ value: group.key, label: group.name })),
    ],
    [t, nodeGroups],
  );
  const architectures = useMemo(
    (): readonly Option<"" | Architecture>[] => [
      { value: "", label: t("planner.workload.anyArchitecture") },
      { value: "amd64", label: "amd64" },
      { value: "arm64", label: "arm64" },
    ],
    [t],
  );
  const spreads = useMemo(
    (): readonly Option<WorkloadDraft["zoneSpread"]>[] => [
      { value: "", label: t("planner.workload.spread.none") },
      { value: "DoNotSchedule", label: t("planner.workload.spread.DoNotSchedule") },
      { value: "ScheduleAnyway", label: t("planner.workload.spread.ScheduleAnyway") },
    ],
    [t],
  );
  // The resource names as manifests write them: short enough for the table's column, and exact.
  const accelerators = useMemo(
    (): readonly Option<AcceleratorResource>[] =>
      ACCELERATOR_RESOURCES.map((resource) => ({ value: resource, label: resource })),
    [],
  );

  return (
    <section className="panel editor" aria-labelledby="workloads-heading">
      <h3 id="workloads-heading">{t("planner.workloads.heading")}</h3>
      <p id={FARGATE_HINT_ID} className="hint">
        {t("planner.workload.mayUseFargate.hint")}
      </p>
      {many && (
        <WorkloadSearch
          id="workloads-search"
          search={search}
          onSearch={setSearch}
          rows={rows}
          total={workloads.length}
        />
      )}
      {/* The columns by priority: what each workload asks for and where it runs, then the rarer needs. */}
      <TableScroll labelledBy="workloads-heading">
        <table className="edit-table sticky-first">
          <thead>
            <tr>
              <th scope="col">{t("planner.workload.name")}</th>
              <th scope="col">{t("planner.workload.replicas")}</th>
              <th scope="col">{t("planner.workload.cpu")}</th>
              <th scope="col">{t("planner.workload.memory")}</th>
              <th scope="col">{t("planner.workload.nodeGroup")}</th>
              <th scope="col">{t("planner.workload.onFargate")}</th>
              <th scope="col">{t("planner.workload.mayUseFargate")}</th>
              <th scope="col">{t("planner.workload.zoneSpread")}</th>
              <th scope="col">{t("planner.workload.maxSkew")}</th>
              <th scope="col">{t("planner.workload.maxPerNode")}</th>
              <th scope="col">{t("planner.workload.architecture")}</th>
              <th scope="col">{t("planner.workload.hostNetwork")}</th>
              <th scope="col">{t("planner.workload.gpus")}</th>
              <th scope="col">{t("planner.workload.accelerator")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("planner.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.shown.map(({ workload, index }) => (
              <WorkloadRow
                key={workload.key}
                workload={workload}
                index={index}
                groupOptions={groupOptions}
                architectures={architectures}
                spreads={spreads}
                accelerators={accelerators}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button
        type="button"
        className="add"
        onClick={() => {
          add();
          // Past the rows shown, the new workload would be out of sight: find it by its name.
          const added = usePlannerStore.getState().draft.workloads.at(-1);
          if (many && added !== undefined) setSearch(added.name);
        }}
      >
        {t("planner.workload.add")}
      </button>
    </section>
  );
});

/** One workload's row: memoised, so an edit re-renders its own row, not the thousand others of an imported cluster. */
const WorkloadRow = memo(function WorkloadRow({
  workload,
  index,
  groupOptions,
  architectures,
  spreads,
  accelerators,
}: {
  readonly workload: WorkloadDraft;
  readonly index: number;
  readonly groupOptions: readonly Option<string>[];
  readonly architectures: readonly Option<"" | Architecture>[];
  readonly spreads: readonly Option<WorkloadDraft["zoneSpread"]>[];
  readonly accelerators: readonly Option<AcceleratorResource>[];
}): ReactNode {
  const t = useT();
  const update = usePlannerStore((state) => state.updateWorkload);
  const remove = usePlannerStore((state) => state.removeWorkload);
  const setOnFargate = usePlannerStore((state) => state.setOnFargate);
  const cellLabel = (field: string, row: string) => t("planner.cellLabel", { field, row });
  const path = `workloads.${index}`;
  const id = `workload-${workload.key}`;
  const row = workload.name;
  return (
    <tr>
      <td>
        <InputField
          id={`${id}-name`}
          label={cellLabel(t("planner.workload.name"), String(index + 1))}
          hideLabel
          numeric={false}
          className="name-input"
          path={`${path}.name`}
          value={workload.name}
          onChange={(name) => {
            update(workload.key, { name });
          }}
        />
      </td>
      <td>
        <InputField
          id={`${id}-replicas`}
          label={cellLabel(t("planner.workload.replicas"), row)}
          hideLabel
          className="narrow"
          path={`${path}.replicas`}
          value={workload.replicas}
          onChange={(replicas) => {
            update(workload.key, { replicas });
          }}
        />
      </td>
      <td>
        <InputField
          id={`${id}-cpu`}
          label={cellLabel(t("planner.workload.cpu"), row)}
          hideLabel
          quantity="cpu"
          path={`${path}.cpuMillicores`}
          value={workload.cpuMillicores}
          onChange={(cpuMillicores) => {
            update(workload.key, { cpuMillicores });
          }}
        />
      </td>
      <td>
        <InputField
          id={`${id}-memory`}
          label={cellLabel(t("planner.workload.memory"), row)}
          hideLabel
          quantity="memory"
          path={`${path}.memoryMiB`}
          value={workload.memoryMiB}
          onChange={(memoryMiB) => {
            update(workload.key, { memoryMiB });
          }}
        />
      </td>
      <td>
        <SelectField
          id={`${id}-node-group`}
          label={cellLabel(t("planner.workload.nodeGroup"), row)}
          hideLabel
          path={`${path}.nodeGroup`}
          value={workload.nodeGroup}
          options={groupOptions}
          onChange={(nodeGroup) => {
            update(workload.key, { nodeGroup });
          }}
        />
      </td>
      <td className="center">
        <CheckboxField
          id={`${id}-on-fargate`}
          label={cellLabel(t("planner.workload.onFargate"), row)}
          hideLabel
          path={`fargateProfiles.${workload.key}`}
          checked={workload.fargateProfile !== null}
          onChange={(on) => {
            setOnFargate(workload.key, on);
          }}
        />
      </td>
      <td className="center">
        <CheckboxField
          id={`${id}-may-fargate`}
          label={cellLabel(t("planner.workload.mayUseFargate"), row)}
          hideLabel
          path={`${path}.fargate`}
          hintId={FARGATE_HINT_ID}
          checked={workload.fargate}
          onChange={(fargate) => {
            update(workload.key, { fargate });
          }}
        />
      </td>
      <td>
        <SelectField
          id={`${id}-zone-spread`}
          label={cellLabel(t("planner.workload.zoneSpread"), row)}
          hideLabel
          path={`${path}.zoneSpread`}
          value={workload.zoneSpread}
          options={spreads}
          onChange={(zoneSpread) => {
            update(workload.key, { zoneSpread });
          }}
        />
      </td>
      <td>
        {workload.zoneSpread !== "" && (
          <InputField
            id={`${id}-max-skew`}
            label={cellLabel(t("planner.workload.maxSkew"), row)}
            hideLabel
            className="narrow"
            path={`${path}.zoneSpread.maxSkew`}
            value={workload.maxSkew}
            onChange={(maxSkew) => {
              update(workload.key, { maxSkew });
            }}
          />
        )}
      </td>
      <td>
        <InputField
          id={`${id}-max-per-node`}
          label={cellLabel(t("planner.workload.maxPerNode"), row)}
          hideLabel
          className="per-node"
          path={`${path}.maxPodsPerNode`}
          value={workload.maxPodsPerNode}
          placeholder={t("planner.nodeGroup.noLimit")}
          onChange={(maxPodsPerNode) => {
            update(workload.key, { maxPodsPerNode });
          }}
        />
      </td>
      <td>
        <SelectField
          id={`${id}-architecture`}
          label={cellLabel(t("planner.workload.architecture"), row)}
          hideLabel
          path={`${path}.architecture`}
          value={workload.architecture}
          options={architectures}
          onChange={(architecture) => {
            update(workload.key, { architecture });
          }}
        />
      </td>
      <td className="center">
        <CheckboxField
          id={`${id}-host-network`}
          label={cellLabel(t("planner.workload.hostNetwork"), row)}
          hideLabel
          path={`${path}.hostNetwork`}
          checked={workload.hostNetwork}
          onChange={(hostNetwork) => {
            update(workload.key, { hostNetwork });
          }}
        />
      </td>
      <td>
        <InputField
          id={`${id}-gpus`}
          label={cellLabel(t("planner.workload.gpus"), row)}
          hideLabel
          className="narrow"
          path={`${path}.gpus`}
          value={workload.gpus}
          onChange={(gpus) => {
            update(workload.key, { gpus });
          }}
        />
      </td>
      <td>
        <SelectField
          id={`${id}-accelerator`}
          className="accelerator-kind"
          label={cellLabel(t("planner.workload.accelerator"), row)}
          hideLabel
          path={`${path}.accelerator`}
          value={workload.accelerator}
          options={accelerators}
          onChange={(accelerator) => {
            update(workload.key, { accelerator });
          }}
        />
      </td>
      <td>
        <button
          type="button"
          className="remove"
          aria-label={t("planner.workload.remove", { name: row })}
          title={t("planner.workload.remove", { name: row })}
          onClick={() => {
            remove(workload.key);
          }}
        >
          ×
        </button>
      </td>
    </tr>
  );
});
