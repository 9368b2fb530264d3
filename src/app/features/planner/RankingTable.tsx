/**
 * The cheapest instance types for one node group (`rankInstanceTypes`): the bill with the group on
 * each type alone, a "Use this type" button on each, the node group to rank when there are several,
 * and what the figures are (and why burstable types are not there); a type that would run the group
 * on one node is marked a single point of failure. The type's column stays in view
 * while the table scrolls sideways on a phone; the columns that decide (bill, nodes, the button,
 * unschedulable pods) come first.
 */
import { SPOT_INTERRUPTION_LABELS, type InstanceTypeChoice, type InstanceTypeRanking } from "eksize";
import type { ReactNode } from "react";
import { SelectField } from "../../components/FormFields.js";
import { TableScroll } from "../../components/TableScroll.js";
import { useT } from "../../i18n/index.js";
import { money } from "../../../present/plan/explain.js";
import { useFormatters } from "../../use-formatters.js";
import { UseTypeButton } from "./UseTypeButton.js";

/** Props of {@link RankingTable}. */
export interface RankingTableProps {
  readonly ranking: readonly InstanceTypeRanking[];
  /** The node group ranked. */
  readonly nodeGroup: string;
  /** The scenario's node groups: a choice appears when there are two or more. */
  readonly nodeGroups: readonly string[];
  readonly onNodeGroup: (name: string) => void;
  /** Called after "Use this type" edited the scenario. */
  readonly onUse: (choice: InstanceTypeChoice) => void;
}

/** The ranking section. */
export function RankingTable({ ranking, nodeGroup, nodeGroups, onNodeGroup, onUse }: RankingTableProps): ReactNode {
  const t = useT();
  const format = useFormatters();
  const pct = (share: number) => format.percent(share * 100);
  const buysSpot = ranking.some((entry) => entry.spotNodes > 0);
  return (
    <div className="ranking-block">
      {nodeGroups.length > 1 && (
        <SelectField
          id="ranking-node-group"
          label={t("planner.ranking.group")}
          path="ranking.nodeGroup"
          className="ranking-group"
          value={nodeGroup}
          options={nodeGroups.map((name) => ({ value: name, label: name }))}
          onChange={onNodeGroup}
        />
      )}
      <p className="muted ranking-note">{t("planner.ranking.note", { nodeGroup })}</p>
      <TableScroll labelledBy="ranking-caption">
        <table className="data-table ranking sticky-first">
          <caption id="ranking-caption">
            <span>{t("planner.ranking.caption", { count: format.integer(ranking.length), nodeGroup })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("col.name")}</th>
              <th scope="col">{t("planner.ranking.total")}</th>
              <th scope="col">{t("planner.compare.nodes")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("planner.ranking.use")}</span>
              </th>
              <th scope="col">{t("planner.plan.unschedulable")}</th>
              <th scope="col">{t("planner.ranking.groupCost", { nodeGroup })}</th>
              {buysSpot && <th scope="col">{t("col.spotInterruption")}</th>}
              <th scope="col">{t("planner.plan.utilisation")}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((entry) => (
              <tr key={entry.instanceType} data-instance-type={entry.instanceType}>
                <th scope="row">{entry.instanceType}</th>
                <td data-column="total">{money(t, format, entry.monthlyCost)}</td>
                {/* The mark before the count, so the counts stay aligned at the cell's end. */}
                <td data-column="nodes">
                  {entry.singleNode && (
                    <>
                      <span className="badge badge-warning" title={t("planner.ranking.singleNode.title")}>
                        {t("planner.ranking.singleNode")}
                      </span>{" "}
                    </>
                  )}
                  {format.integer(entry.nodes)}
                </td>
                <td>
                  <UseTypeButton choice={entry} onUse={onUse} />
                </td>
                <td>{format.integer(entry.unschedulablePods)}</td>
                <td>{money(t, format, entry.nodeGroupMonthlyCost)}</td>
                {buysSpot && (
                  <td>
                    {entry.spotInterruption === null
                      ? t("value.unknown")
                      : (SPOT_INTERRUPTION_LABELS[entry.spotInterruption] ?? t("value.unknown"))}
                  </td>
                )}
                <td>
                  {t("planner.plan.utilisationValue", {
                    cpu: pct(entry.utilisation.cpu),
                    memory: pct(entry.utilisation.memory),
                    pods: pct(entry.utilisation.pods),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
