import { memo, type ReactNode } from "react";
import { CheckboxField, InputField } from "../../components/FormFields.js";
import { TableScroll } from "../../components/TableScroll.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";

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
      <TableScroll labelledBy="daemonsets-heading">
        <table className="edit-table sticky-first">
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
                      quantity="cpu"
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
                      quantity="memory"
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
      </TableScroll>
      <button type="button" className="add" onClick={add}>
        {t("planner.daemonSet.add")}
      </button>
    </section>
  );
});
