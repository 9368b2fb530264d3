import type { SubnetRole } from "eksize";
import type { ReactNode } from "react";
import { InputField, SelectField } from "../../components/FormFields.js";
import { TableScroll } from "../../components/TableScroll.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";

/** The subnets the cluster has: zone, CIDR, role and addresses already used, the zone kept in view. */
export function SubnetsEditor(): ReactNode {
  const t = useT();
  const subnets = usePlannerStore((state) => state.draft.network.subnets);
  const updateSubnet = usePlannerStore((state) => state.updateSubnet);
  const addSubnet = usePlannerStore((state) => state.addSubnet);
  const removeSubnet = usePlannerStore((state) => state.removeSubnet);
  const cellLabel = (field: string, row: number) => t("planner.cellLabel", { field, row: String(row) });
  const roles = (["node", "pod"] as const).map((role) => ({ value: role, label: t(`network.role.${role}`) }));
  return (
    <section className="panel editor" aria-labelledby="subnets-heading">
      <h3 id="subnets-heading">{t("network.subnets.heading")}</h3>
      <p className="hint">{t("network.subnets.hint")}</p>
      {subnets.length > 0 && (
        <TableScroll labelledBy="subnets-heading">
          <table className="edit-table sticky-first">
            <thead>
              <tr>
                <th scope="col">{t("network.subnet.availabilityZone")}</th>
                <th scope="col">{t("network.subnet.cidr")}</th>
                <th scope="col">{t("network.subnet.role")}</th>
                <th scope="col">{t("network.subnet.used")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("planner.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {subnets.map((subnet, index) => {
                const path = `network.subnets.${index}`;
                const id = `subnet-${subnet.key}`;
                const row = index + 1;
                return (
                  <tr key={subnet.key}>
                    <td>
                      <InputField
                        id={`${id}-zone`}
                        label={cellLabel(t("network.subnet.availabilityZone"), row)}
                        hideLabel
                        numeric={false}
                        className="name-input"
                        path={`${path}.availabilityZone`}
                        value={subnet.availabilityZone}
                        placeholder="us-east-1a"
                        onChange={(availabilityZone) => {
                          updateSubnet(subnet.key, { availabilityZone });
                        }}
                      />
                    </td>
                    <td>
                      <InputField
                        id={`${id}-cidr`}
                        label={cellLabel(t("network.subnet.cidr"), row)}
                        hideLabel
                        numeric={false}
                        className="name-input"
                        path={`${path}.cidr`}
                        value={subnet.cidr}
                        placeholder="10.0.0.0/19"
                        onChange={(cidr) => {
                          updateSubnet(subnet.key, { cidr });
                        }}
                      />
                    </td>
                    <td>
                      <SelectField<SubnetRole>
                        id={`${id}-role`}
                        label={cellLabel(t("network.subnet.role"), row)}
                        hideLabel
                        path={`${path}.role`}
                        value={subnet.role}
                        options={roles}
                        onChange={(role) => {
                          updateSubnet(subnet.key, { role });
                        }}
                      />
                    </td>
                    <td>
                      <InputField
                        id={`${id}-used`}
                        label={cellLabel(t("network.subnet.used"), row)}
                        hideLabel
                        className="narrow"
                        path={`${path}.usedAddresses`}
                        value={subnet.usedAddresses}
                        onChange={(usedAddresses) => {
                          updateSubnet(subnet.key, { usedAddresses });
                        }}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="remove"
                        aria-label={t("network.subnet.remove", { row: String(row) })}
                        title={t("network.subnet.remove", { row: String(row) })}
                        onClick={() => {
                          removeSubnet(subnet.key);
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
      )}
      <button type="button" className="add" onClick={addSubnet}>
        {t("network.subnet.add")}
      </button>
    </section>
  );
}
