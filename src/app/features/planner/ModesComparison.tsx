/**
 * "Managed node groups, Karpenter, Auto Mode or Fargate?": the same workloads planned each way
 * (`compareModes`), side by side: the monthly bill with each fee, the nodes by type, and what each
 * cannot run and why. It reads a deferred copy of the scenario (it plans the scenario four times, the
 * NodePools over every size of their families), and the planner loads it with `React.lazy`, out of
 * the first load.
 */
import { compareModes, unschedulablePodCount, type Catalog, type ModePlan, type Scenario } from "eksize";
import { useDeferredValue, useMemo, type ReactNode } from "react";
import { lineLabel } from "../../../present/plan/bill.js";
import { money } from "../../../present/plan/explain.js";
import { nodesByTypeText, unschedulableEntry } from "../../../present/plan/words.js";
import { TableScroll } from "../../components/TableScroll.js";
import { useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";

/** The compute modes compared, for the scenario; "comparing…" until the deferred copy exists. */
export function ModesComparison({ scenario, catalog }: { scenario: Scenario; catalog: Catalog }): ReactNode {
  const t = useT();
  const deferred = useDeferredValue<Scenario | null>(scenario, null);
  const modes = useMemo(() => (deferred === null ? null : compareModes(deferred, catalog)), [deferred, catalog]);
  return (
    <section className="modes" aria-labelledby="modes-heading">
      <h3 id="modes-heading">{t("modes.heading")}</h3>
      <p className="muted">{t("modes.note")}</p>
      {modes === null ? <p className="muted">{t("planner.comparing")}</p> : <ModesTable modes={modes} />}
    </section>
  );
}

function ModesTable({ modes }: { modes: readonly ModePlan[] }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const totals = modes.map((mode) => mode.cost.totalUsdPerMonth).filter((usd): usd is number => usd !== null);
  const cheapest = totals.length === 0 ? null : Math.min(...totals);
  return (
    <TableScroll labelledBy="modes-caption">
      <table className="data-table modes-table sticky-first">
        <caption id="modes-caption">
          <span>{t("modes.caption")}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("modes.mode")}</th>
            <th scope="col">{t("planner.compare.total")}</th>
            <th scope="col">{t("modes.nodes")}</th>
            <th scope="col">{t("modes.fees")}</th>
            <th scope="col">{t("modes.cannotRun")}</th>
          </tr>
        </thead>
        <tbody>
          {modes.map((mode) => {
            const fees = (["autoMode", "controlPlane"] as const).filter(
              (line) => (mode.cost.lines[line].usdPerMonth ?? 1) !== 0,
            );
            const cannotRun = [
              ...mode.plan.unschedulable.map((entry) => unschedulableEntry(t, format, entry)),
              ...(mode.daemonSetsNotRun.length === 0
                ? []
                : [t("mode.daemonsets-not-run", { names: mode.daemonSetsNotRun.join(", ") })]),
            ];
            return (
              <tr key={mode.mode} data-mode={mode.mode}>
                <th scope="row">{t(`mode.${mode.mode}`)}</th>
                <td data-column="total">
                  {money(t, format, mode.cost.totalUsdPerMonth)}
                  {mode.cost.totalUsdPerMonth !== null && mode.cost.totalUsdPerMonth === cheapest && (
                    <>
                      {" "}
                      <span className="badge badge-ok">{t("modes.cheapest")}</span>
                    </>
                  )}
                </td>
                <td data-column="nodes">{nodesByTypeText(format, mode.nodesByType)}</td>
                <td data-column="fees">
                  {fees.map((line) => (
                    <div key={line}>
                      {lineLabel(t, mode.cost, line)}: {money(t, format, mode.cost.lines[line].usdPerMonth)}
                    </div>
                  ))}
                </td>
                <td data-column="cannot-run">
                  {cannotRun.length === 0 ? (
                    t("modes.runsAll")
                  ) : (
                    <>
                      <strong>{t("modes.podsLeft", { pods: format.integer(unschedulablePodCount(mode.plan)) })}</strong>
                      <ul className="plain-list">
                        {cannotRun.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
