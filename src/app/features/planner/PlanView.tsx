/**
 * The plan of the last valid scenario: each node group's nodes and how full they are, the pods on
 * Fargate, the pods that fit nowhere and why, and the monthly bill line by line, each figure with
 * an expandable explanation of how it was worked out.
 */
import {
  monthlyCost,
  podsBeyondMaxNodes,
  unschedulablePodCount,
  type ClusterPlan,
  type NodeGroupPlan,
  type Scenario,
} from "eksize";
import type { ReactNode } from "react";
import { type Formatters } from "../../../present/format.js";
import { describeIssue, useT, type Translate } from "../../i18n/index.js";
import {
  explainCostLines,
  explainEnterpriseDiscount,
  explainNodes,
  explainTotal,
  money,
  type Priced,
} from "../../../present/plan/explain.js";
import { billRows, savingsNote } from "../../../present/plan/bill.js";
import {
  addedDaemonSetsNote,
  fargateEntry,
  nodesByTypeText,
  unschedulableEntry,
  zoneNodesText,
} from "../../../present/plan/words.js";
import { useFormatters } from "../../use-formatters.js";
import { CurrencyNote } from "../../components/CurrencyFields.js";
import { NodeFillPicture } from "./NodeFillPicture.js";
import { TableScroll } from "../../components/TableScroll.js";

/** A figure with its explanation one click away. */
export function Traced({
  label,
  value,
  explanation,
}: {
  label: string;
  value: string;
  explanation: string;
}): ReactNode {
  return (
    <details className="traced">
      <summary>
        <span className="traced-label">{label}</span> <span className="figure">{value}</span>
      </summary>
      <p className="formula">{explanation}</p>
    </details>
  );
}

function NodeGroupCard({
  group,
  podsBeyondMax,
  scenario,
  t,
  format,
}: {
  group: NodeGroupPlan;
  /** Pods the group's `maxNodes` leaves out. */
  podsBeyondMax: number;
  scenario: Scenario;
  t: Translate;
  format: Formatters;
}): ReactNode {
  const pct = (share: number) => format.percent(share * 100);
  const headingId = `plan-group-${group.name}`;
  const zones = zoneNodesText(t, format, group);
  // A Karpenter or Auto Mode NodePool: its nodes mix types, and Karpenter chose them (no "compared" sizes).
  const nodePool = group.provisioning !== "managed-node-group";
  const launchedOf = new Map(group.byType.map((entry) => [entry.instanceType, entry.nodes]));
  const types =
    group.instanceType === null
      ? t("planner.plan.noType")
      : group.byType.length > 1
        ? nodesByTypeText(format, group.byType)
        : group.instanceType;
  const consolidation = group.consolidation;
  return (
    <article className="plan-group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {group.name}: <span className="figure">{types}</span>
      </h4>
      <Traced
        label={t("planner.plan.nodes")}
        value={t("planner.plan.nodesValue", {
          nodes: format.integer(group.nodes),
          onDemand: format.integer(group.onDemandNodes),
          spot: format.integer(group.spotNodes),
        })}
        explanation={explainNodes(t, format, group, scenario)}
      />
      {podsBeyondMax > 0 && (
        <p className="notice">
          {t("planner.plan.atMaxNodes", {
            maxNodes: format.integer(group.nodes),
            pods: format.integer(podsBeyondMax),
          })}
        </p>
      )}
      <dl className="plan-facts">
        {zones !== null && (
          <>
            <dt>{t("planner.plan.zones")}</dt>
            <dd>{zones}</dd>
          </>
        )}
        {consolidation !== null && (
          <>
            <dt>{t("planner.plan.consolidation")}</dt>
            <dd>
              {consolidation.steps.length === 0
                ? t("planner.plan.consolidationNone", { launched: format.integer(consolidation.launchedNodes) })
                : t("planner.plan.consolidationValue", {
                    launched: format.integer(consolidation.launchedNodes),
                    nodes: format.integer(group.nodes),
                    saving: format.money(
                      monthlyCost(
                        consolidation.steps.reduce((sum, step) => sum + step.usdPerHour, 0),
                        scenario.hoursPerMonth,
                      ),
                    ),
                  })}
            </dd>
          </>
        )}
        <dt>{t("planner.plan.utilisation")}</dt>
        <dd>
          {t("planner.plan.utilisationValue", {
            cpu: pct(group.utilisation.cpu),
            memory: pct(group.utilisation.memory),
            pods: pct(group.utilisation.pods),
          })}
        </dd>
        <dt>{t("planner.plan.binding")}</dt>
        <dd>{group.bindingResource === null ? "—" : t(`resource.${group.bindingResource}`)}</dd>
        <dt>{t("planner.plan.daemonSets")}</dt>
        <dd>
          {t("planner.plan.daemonSetsValue", {
            cpu: format.millicores(group.daemonSetOverhead.cpuMillicores),
            memory: format.mib(group.daemonSetOverhead.memoryMiB),
            pods: format.integer(group.daemonSetOverhead.pods),
          })}
        </dd>
      </dl>
      {group.options.length > 0 && (
        <details className="options">
          <summary id={`${headingId}-options`}>
            {t("planner.plan.options", { count: format.integer(group.options.length) })}
          </summary>
          <TableScroll labelledBy={`${headingId}-options`}>
            <table className="mini-table sticky-first">
              <thead>
                <tr>
                  <th scope="col">{t("col.name")}</th>
                  <th scope="col">{t("planner.plan.nodes")}</th>
                  <th scope="col">
                    {t(nodePool ? "planner.plan.optionCostOneNode" : "planner.plan.optionCost", {
                      currency: t(`currency.unit.${format.currency}`),
                    })}
                  </th>
                  {!nodePool && <th scope="col">{t("planner.plan.unplaced")}</th>}
                </tr>
              </thead>
              <tbody>
                {group.options.map((option) => {
                  // A NodePool's nodes of each type as launched, and each type's price for one node.
                  const chosen = nodePool
                    ? launchedOf.has(option.instanceType)
                    : option.instanceType === group.instanceType;
                  return (
                    <tr key={option.instanceType} className={chosen ? "chosen" : ""}>
                      <th scope="row">
                        {option.instanceType}
                        {chosen && ` (${t(nodePool ? "planner.plan.launched" : "planner.plan.chosen")})`}
                      </th>
                      <td>{format.integer(nodePool ? (launchedOf.get(option.instanceType) ?? 0) : option.nodes)}</td>
                      <td>
                        {option.onDemandUsdPerHour === null
                          ? t("value.unknown")
                          : format.moneyPrecise(option.onDemandUsdPerHour)}
                      </td>
                      {!nodePool && <td>{format.integer(option.unplacedPods)}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </details>
      )}
      <NodeFillPicture group={group} workloads={scenario.workloads} t={t} format={format} />
    </article>
  );
}

/** The plan: node groups, Fargate, unschedulable pods and plan issues. */
export function PlanView({ scenario, plan }: { scenario: Scenario; plan: ClusterPlan }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const addedNote = addedDaemonSetsNote(t, format, plan);
  return (
    <section className="plan" aria-labelledby="plan-heading">
      <h3 id="plan-heading">{t("planner.plan.heading")}</h3>
      {addedNote !== null && <p className="notice">{addedNote}</p>}
      <div className="plan-groups">
        {plan.nodeGroups.map((group) => (
          <NodeGroupCard
            key={group.name}
            group={group}
            podsBeyondMax={podsBeyondMaxNodes(plan, group.name)}
            scenario={scenario}
            t={t}
            format={format}
          />
        ))}
      </div>
      <h4>{t("planner.plan.fargate")}</h4>
      {plan.fargate.length === 0 ? (
        <p className="muted">{t("planner.plan.noFargate")}</p>
      ) : (
        <ul className="plain-list">
          {plan.fargate.map((entry) => (
            <li key={entry.workload}>{fargateEntry(t, format, entry)}</li>
          ))}
        </ul>
      )}
      <h4 id="unschedulable-heading">
        {t("planner.plan.unschedulable")}:{" "}
        <span className="figure" data-testid="unschedulable-count">
          {/* The total; the list below gives each workload's pods and why. */}
          {format.integer(unschedulablePodCount(plan))}
        </span>
      </h4>
      {plan.unschedulable.length > 0 && (
        <ul className="plain-list problems">
          {plan.unschedulable.map((entry) => (
            <li key={`${entry.workload}-${entry.reason.kind}`}>{unschedulableEntry(t, format, entry)}</li>
          ))}
        </ul>
      )}
      {plan.issues.length > 0 && (
        <>
          <h4>{t("planner.plan.issues")}</h4>
          <ul className="plain-list problems">
            {plan.issues.map((issue, index) => (
              <li key={index}>
                {describeIssue(t, issue)}
                {issue.code === "unknown-instance-type" &&
                  issue.params.suggestions.length > 0 &&
                  ` ${t("planner.plan.didYouMean", { suggestions: issue.params.suggestions.join(", ") })}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The bill of the scenario as configured: each line with its formula, and the total. */
export function CostSummary({ priced }: { priced: Priced }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const explanations = explainCostLines(t, format, priced);
  const savings = savingsNote(t, format, priced);
  const { cost } = priced;
  return (
    <section className="cost-summary" aria-labelledby="cost-heading">
      <h3 id="cost-heading">
        {t("planner.cost.heading")}:{" "}
        <span className="figure total" data-testid="total">
          {money(t, format, cost.totalUsdPerMonth)}
        </span>
      </h3>
      <CurrencyNote />
      <div className="cost-lines">
        {billRows(t, format, priced).map((row) => (
          <Traced
            key={row.key}
            label={row.label}
            value={money(t, format, row.usd)}
            explanation={
              row.key === "total"
                ? explainTotal(t, format, priced)
                : row.key === "enterpriseDiscount"
                  ? explainEnterpriseDiscount(t, format, priced)
                  : explanations[row.key]
            }
          />
        ))}
        {savings !== null && <p className="muted">{savings}</p>}
      </div>
    </section>
  );
}
