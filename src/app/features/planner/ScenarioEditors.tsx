/**
 * The scenario editors: cluster settings, workloads, DaemonSets and node groups. Every edit goes to
 * the planner store's draft, which validates it; the fields mark their own issues.
 */
import {
  RESERVATION_PROFILES,
  type Architecture,
  type Autoscaler,
  type LoadBalancerTargetType,
  type ReservationProfile,
  type SupportTier,
} from "eksize";
import { instanceTypes } from "eksize/data";
import { regionCodes } from "virtual:eksize/region-prices";
import { memo, useMemo, useState, type ReactNode } from "react";
import type { PlainMessageKey } from "../../../present/i18n/translate.js";
import { useT } from "../../i18n/index.js";
import {
  usePlannerStore,
  type ClusterDraft,
  type NodeGroupDraft,
  type WorkloadDraft,
} from "../../store/planner-store.js";
import { CheckboxField, InputField, SelectField, useFieldIssue, type Option } from "../../components/FormFields.js";
import { fieldMessage } from "../../components/issue-messages.js";
import { useFormatters } from "../../use-formatters.js";
import { CurrencyFields } from "../../components/CurrencyFields.js";

/** Id of the one datalist of every instance type name, shared by the instance type inputs. */
const TYPE_LIST_ID = "planner-instance-types";

/** Every instance type of the dataset, for the type inputs' suggestions (rendered once: it never changes). */
const InstanceTypeList = memo(function InstanceTypeList(): ReactNode {
  return (
    <datalist id={TYPE_LIST_ID}>
      {instanceTypes.map((type) => (
        <option key={type.name} value={type.name} />
      ))}
    </datalist>
  );
});

/** The cluster's number fields: the draft key, the scenario path its issues come back on, the label. */
interface ClusterNumberField {
  readonly key: Exclude<
    keyof ClusterDraft,
    "region" | "currency" | "supportTier" | "kubernetesVersion" | "privateCluster" | "autoscaler" | "nlbTargetType"
  >;
  readonly id: string;
  readonly label: PlainMessageKey;
  readonly path: string;
  readonly unit?: string;
}

const CLUSTER_NUMBERS: readonly ClusterNumberField[] = [
  {
    key: "ingresses",
    id: "cluster-ingresses",
    label: "planner.cluster.ingresses",
    path: "cluster.loadBalancers.ingresses",
  },
  {
    key: "ingressesPerAlb",
    id: "cluster-ingresses-per-alb",
    label: "planner.cluster.ingressesPerAlb",
    path: "cluster.loadBalancers.ingressesPerAlb",
  },
  { key: "nlbs", id: "cluster-nlbs", label: "planner.cluster.nlbs", path: "cluster.loadBalancers.nlbs" },
  {
    key: "computeSavingsPercent",
    id: "cluster-compute-savings",
    label: "planner.cluster.computeSavings",
    path: "cluster.discounts.computeSavingsPercent",
    unit: "%",
  },
  {
    key: "enterpriseDiscountPercent",
    id: "cluster-enterprise-discount",
    label: "planner.cluster.enterpriseDiscount",
    path: "cluster.discounts.enterpriseDiscountPercent",
    unit: "%",
  },
];

/** Region, support tier, load balancers and discounts. */
export const ClusterEditor = memo(function ClusterEditor(): ReactNode {
  const t = useT();
  const cluster = usePlannerStore((state) => state.draft.cluster);
  const update = usePlannerStore((state) => state.updateCluster);
  return (
    <section className="panel editor" aria-labelledby="cluster-heading">
      <h3 id="cluster-heading">{t("planner.cluster.heading")}</h3>
      <div className="field-grid">
        <SelectField
          id="cluster-region"
          label={t("settings.region")}
          path="region"
          value={cluster.region}
          options={regionCodes.map((code) => ({ value: code, label: code }))}
          onChange={(region) => {
            update({ region });
          }}
        />
        <CurrencyFields idPrefix="cluster" />
        <SelectField<SupportTier>
          id="cluster-support-tier"
          label={t("planner.cluster.supportTier")}
          path="cluster.supportTier"
          value={cluster.supportTier}
          options={[
            { value: "standard", label: t("planner.supportTier.standard") },
            { value: "extended", label: t("planner.supportTier.extended") },
          ]}
          onChange={(supportTier) => {
            update({ supportTier });
          }}
        />
        <InputField
          id="cluster-kubernetes-version"
          label={t("planner.cluster.kubernetesVersion")}
          path="cluster.kubernetesVersion"
          placeholder="1.33"
          value={cluster.kubernetesVersion}
          onChange={(kubernetesVersion) => {
            update({ kubernetesVersion });
          }}
        />
        <SelectField<Autoscaler>
          id="cluster-autoscaler"
          label={t("planner.cluster.autoscaler")}
          path="cluster.autoscaler"
          value={cluster.autoscaler}
          options={(["cluster-autoscaler", "karpenter", "none"] as const).map((value) => ({
            value,
            label: t(`planner.autoscaler.${value}`),
          }))}
          onChange={(autoscaler) => {
            update({ autoscaler });
          }}
        />
        <CheckboxField
          id="cluster-private"
          label={t("planner.cluster.privateCluster")}
          path="cluster.privateCluster"
          checked={cluster.privateCluster}
          onChange={(privateCluster) => {
            update({ privateCluster });
          }}
        />
        {CLUSTER_NUMBERS.map((field) => (
          <InputField
            key={field.key}
            id={field.id}
            label={t(field.label)}
            path={field.path}
            unit={field.unit}
            value={cluster[field.key]}
            onChange={(value) => {
              update({ [field.key]: value });
            }}
          />
        ))}
        <SelectField<LoadBalancerTargetType>
          id="cluster-nlb-target-type"
          label={t("planner.cluster.nlbTargetType")}
          path="cluster.loadBalancers.nlbTargetType"
          value={cluster.nlbTargetType}
          options={(["instance", "ip"] as const).map((value) => ({ value, label: value }))}
          onChange={(nlbTargetType) => {
            update({ nlbTargetType });
          }}
        />
      </div>
    </section>
  );
});

/**
 * Rows the workloads table shows at most. An imported cluster can have thousands of workloads, some
 * 55 elements a row: above this many, a search picks the rows to show, and the page stays quick.
 */
export const SHOWN_WORKLOAD_ROWS = 100;

/** The workloads table: one editable row per workload (a search above {@link SHOWN_WORKLOAD_ROWS}). */
export const WorkloadsEditor = memo(function WorkloadsEditor(): ReactNode {
  const t = useT();
  const format = useFormatters();
  const workloads = usePlannerStore((state) => state.draft.workloads);
  const [search, setSearch] = useState("");
  const many = workloads.length > SHOWN_WORKLOAD_ROWS;
  // Each row keeps its index in the scenario: its fields' issues come back on that path.
  const rows = useMemo(() => {
    const query = search.trim().toLowerCase();
    const indexed = workloads.map((workload, index) => ({ workload, index }));
    const matching =
      !many || query === "" ? indexed : indexed.filter(({ workload }) => workload.name.toLowerCase().includes(query));
    return { shown: matching.slice(0, SHOWN_WORKLOAD_ROWS), matching: matching.length };
  }, [workloads, search, many]);
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

  return (
    <section className="panel editor" aria-labelledby="workloads-heading">
      <h3 id="workloads-heading">{t("planner.workloads.heading")}</h3>
      {many && (
        <div className="field workloads-search">
          <label htmlFor="workloads-search">{t("planner.workloads.search")}</label>
          <input
            id="workloads-search"
            type="search"
            value={search}
            aria-describedby="workloads-shown"
            onChange={(event) => {
              setSearch(event.target.value);
            }}
          />
          <span id="workloads-shown" className="hint" role="status">
            {t("planner.workloads.shown", {
              shown: format.integer(rows.shown.length),
              matching: format.integer(rows.matching),
              total: format.integer(workloads.length),
            })}
          </span>
        </div>
      )}
      <div className="edit-scroll" role="region" aria-labelledby="workloads-heading" tabIndex={0}>
        <table className="edit-table">
          <thead>
            <tr>
              <th scope="col">{t("planner.workload.name")}</th>
              <th scope="col">{t("planner.workload.replicas")}</th>
              <th scope="col">{t("planner.workload.cpu")}</th>
              <th scope="col">{t("planner.workload.memory")}</th>
              <th scope="col">{t("planner.workload.architecture")}</th>
              <th scope="col">{t("planner.workload.gpus")}</th>
              <th scope="col">{t("planner.workload.hostNetwork")}</th>
              <th scope="col">{t("planner.workload.mayUseFargate")}</th>
              <th scope="col">{t("planner.workload.onFargate")}</th>
              <th scope="col">{t("planner.workload.nodeGroup")}</th>
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
              />
            ))}
          </tbody>
        </table>
      </div>
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
}: {
  readonly workload: WorkloadDraft;
  readonly index: number;
  readonly groupOptions: readonly Option<string>[];
  readonly architectures: readonly Option<"" | Architecture>[];
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
          unit="m"
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
          unit="MiB"
          path={`${path}.memoryMiB`}
          value={workload.memoryMiB}
          onChange={(memoryMiB) => {
            update(workload.key, { memoryMiB });
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
      <td className="center">
        <CheckboxField
          id={`${id}-may-fargate`}
          label={cellLabel(t("planner.workload.mayUseFargate"), row)}
          hideLabel
          path={`${path}.fargate`}
          checked={workload.fargate}
          onChange={(fargate) => {
            update(workload.key, { fargate });
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

/** The DaemonSets table: one pod of each on every node. */
export const DaemonSetsEditor = memo(function DaemonSetsEditor(): ReactNode {
  const t = useT();
  const daemonSets = usePlannerStore((state) => state.draft.daemonSets);
  const update = usePlannerStore((state) => state.updateDaemonSet);
  const add = usePlannerStore((state) => state.addDaemonSet);
  const remove = usePlannerStore((state) => state.removeDaemonSet);
  const cellLabel = (field: string, row: string) => t("planner.cellLabel", { field, row });
  return (
    <section className="panel editor" aria-labelledby="daemonsets-heading">
      <h3 id="daemonsets-heading">{t("planner.daemonSets.heading")}</h3>
      <div className="edit-scroll" role="region" aria-labelledby="daemonsets-heading" tabIndex={0}>
        <table className="edit-table">
          <thead>
            <tr>
              <th scope="col">{t("planner.workload.name")}</th>
              <th scope="col">{t("planner.workload.cpu")}</th>
              <th scope="col">{t("planner.workload.memory")}</th>
              <th scope="col">{t("planner.workload.hostNetwork")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("planner.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {daemonSets.map((daemonSet, index) => {
              const path = `daemonSets.${index}`;
              const id = `daemonset-${daemonSet.key}`;
              const row = daemonSet.name;
              return (
                <tr key={daemonSet.key}>
                  <td>
                    <InputField
                      id={`${id}-name`}
                      label={cellLabel(t("planner.daemonSet.name"), String(index + 1))}
                      hideLabel
                      numeric={false}
                      className="name-input"
                      path={`${path}.name`}
                      value={daemonSet.name}
                      onChange={(name) => {
                        update(daemonSet.key, { name });
                      }}
                    />
                  </td>
                  <td>
                    <InputField
                      id={`${id}-cpu`}
                      label={cellLabel(t("planner.workload.cpu"), row)}
                      hideLabel
                      unit="m"
                      path={`${path}.cpuMillicores`}
                      value={daemonSet.cpuMillicores}
                      onChange={(cpuMillicores) => {
                        update(daemonSet.key, { cpuMillicores });
                      }}
                    />
                  </td>
                  <td>
                    <InputField
                      id={`${id}-memory`}
                      label={cellLabel(t("planner.workload.memory"), row)}
                      hideLabel
                      unit="MiB"
                      path={`${path}.memoryMiB`}
                      value={daemonSet.memoryMiB}
                      onChange={(memoryMiB) => {
                        update(daemonSet.key, { memoryMiB });
                      }}
                    />
                  </td>
                  <td className="center">
                    <CheckboxField
                      id={`${id}-host-network`}
                      label={cellLabel(t("planner.workload.hostNetwork"), row)}
                      hideLabel
                      path={`${path}.hostNetwork`}
                      checked={daemonSet.hostNetwork}
                      onChange={(hostNetwork) => {
                        update(daemonSet.key, { hostNetwork });
                      }}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="remove"
                      aria-label={t("planner.daemonSet.remove", { name: row })}
                      title={t("planner.daemonSet.remove", { name: row })}
                      onClick={() => {
                        remove(daemonSet.key);
                      }}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className="add" onClick={add}>
        {t("planner.daemonSet.add")}
      </button>
    </section>
  );
});

/** One instance type input of a node group, with its error and clickable suggestions. */
function InstanceTypeInput({
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

/** One node group: its instance types and every setting. */
function NodeGroupEditor({ group, index }: { group: NodeGroupDraft; index: number }): ReactNode {
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
        <InputField
          id={`${id}-min`}
          label={t("planner.nodeGroup.minNodes")}
          path={`${path}.minNodes`}
          value={group.minNodes}
          onChange={(minNodes) => {
            set({ minNodes });
          }}
        />
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
            set({ profile });
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
  return (
    <section className="panel editor" aria-labelledby="nodegroups-heading">
      <h3 id="nodegroups-heading">{t("planner.nodeGroups.heading")}</h3>
      <InstanceTypeList />
      <div className="node-groups">
        {nodeGroups.map((group, index) => (
          <NodeGroupEditor key={group.key} group={group} index={index} />
        ))}
      </div>
      <button type="button" className="add" onClick={add}>
        {t("planner.nodeGroup.add")}
      </button>
    </section>
  );
});
