import type { AddressMode, SubnetAdvice } from "eksize";
import type { ReactNode } from "react";
import { useT, type Translate } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";
import { TableScroll } from "../../components/TableScroll.js";

function modeText(t: Translate, mode: AddressMode | null): string {
  return mode === null ? t("network.mode.none") : t(`network.mode.${mode}`);
}

/**
 * Addresses per node group, node and pod subnets together: the addresses first (at the planned size,
 * during a rolling replacement, at the maximum size), then the nodes and types behind them. The group
 * stays in view while the table scrolls sideways.
 */
export function NodeGroupsTable({ advice }: { advice: SubnetAdvice }): ReactNode {
  const t = useT();
  const format = useFormatters();
  return (
    <TableScroll labelledBy="groups-caption">
      <table className="data-table sticky-first" data-testid="groups-table">
        <caption id="groups-caption">
          <span>{t("network.groups.caption")}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("network.groups.group")}</th>
            <th scope="col">{t("network.planned")}</th>
            <th scope="col">{t("network.surge")}</th>
            <th scope="col">{t("network.atMaxNodes")}</th>
            <th scope="col">{t("network.groups.nodes")}</th>
            <th scope="col">{t("network.groups.surgeNodes")}</th>
            <th scope="col">{t("network.groups.type")}</th>
            <th scope="col">{t("network.groups.mode")}</th>
          </tr>
        </thead>
        <tbody>
          {advice.addresses.nodeGroups.map((group) => {
            const atMax = group.atMaxNodes;
            return (
              <tr key={group.name} data-testid={`group-${group.name}`}>
                <th scope="row">{group.name}</th>
                <td className="num" data-column="planned">
                  {format.integer(group.planned.node.addresses + group.planned.pod.addresses)}
                </td>
                <td className="num" data-column="surge">
                  {format.integer(group.surge.node.addresses + group.surge.pod.addresses)}
                </td>
                <td className="num" data-column="atMaxNodes">
                  {atMax === null ? t("network.unknown") : format.integer(atMax.node.addresses + atMax.pod.addresses)}
                </td>
                <td className="num">{format.integer(group.nodes)}</td>
                <td className="num">{format.integer(group.surgeNodes)}</td>
                <td>{group.instanceType ?? "—"}</td>
                <td>{modeText(t, group.mode)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
