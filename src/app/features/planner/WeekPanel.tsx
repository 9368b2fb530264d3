/**
 * "The week, hour by hour": the scenario's week planned hour by hour as its autoscaler follows each
 * workload's load (`planWeek`), its month against the cluster provisioned for the peak, the Savings
 * Plan commitment its on-demand spend calls for (`weekCommitment`) and the advice (`recommendWeek`),
 * with charts of the nodes and the cost each hour. The planner loads it with `React.lazy` (with its
 * words and Recharts), out of the first load, and works it out from a deferred copy of the scenario,
 * so typing never waits for its 168 plans.
 */
import {
  COST_LINES,
  planWeek,
  recommendWeek,
  weekCommitment,
  type Catalog,
  type Scenario,
  type WeekCommitment,
  type WeekPlan,
  type WeekRecommendation,
} from "eksize";
import { useDeferredValue, useMemo, type ReactNode } from "react";
import { sharePercent, weekSentences } from "../../../present/plan/week.js";
import { ChartErrorBoundary } from "../../components/ChartErrorBoundary.js";
import { TableScroll } from "../../components/TableScroll.js";
import { useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";
import { WeekCharts } from "./WeekCharts.js";

/** The discounts the commitment is shown at while the scenario gives none, %. */
export const SAMPLE_DISCOUNTS = [20, 30, 40, 50] as const;

/** What the panel shows, worked out once per scenario. */
interface WeekFigures {
  readonly week: WeekPlan;
  /** Whether any workload scales: a week without one is flat, and its charts say nothing. */
  readonly scales: boolean;
  /** At the scenario's discount; null without one (or when a rate is unknown). */
  readonly forWeek: WeekCommitment | null;
  readonly advice: WeekRecommendation | null;
  /** Without a discount: the commitment at each of {@link SAMPLE_DISCOUNTS}. */
  readonly samples: readonly { readonly discount: number; readonly forWeek: WeekCommitment | null }[];
}

/** The week's figures for a scenario and its catalogue. */
function weekFigures(scenario: Scenario, catalog: Catalog): WeekFigures {
  const week = planWeek(scenario, catalog);
  const discount = scenario.cluster.discounts.savingsPlanDiscountPercent;
  const given = discount > 0;
  return {
    week,
    scales: scenario.workloads.some((workload) => workload.autoscaling !== null),
    forWeek: given ? weekCommitment(scenario, week, discount) : null,
    advice: given ? recommendWeek(scenario, catalog, discount) : null,
    samples: given
      ? []
      : SAMPLE_DISCOUNTS.map((sample) => ({ discount: sample, forWeek: weekCommitment(scenario, week, sample) })),
  };
}

/** The panel, inside a boundary: a failure of its own leaves the plan, and the rest of the page, on screen. */
export default function SafeWeekPanel(props: { readonly scenario: Scenario; readonly catalog: Catalog }): ReactNode {
  return (
    <ChartErrorBoundary fallback={null}>
      <WeekPanel {...props} />
    </ChartErrorBoundary>
  );
}

/** The week panel for the planner's scenario and the catalogue it was planned with. */
export function WeekPanel({
  scenario,
  catalog,
}: {
  readonly scenario: Scenario;
  readonly catalog: Catalog;
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  const deferred = useDeferredValue(scenario);
  const figures = useMemo(() => weekFigures(deferred, catalog), [deferred, catalog]);
  const { week, forWeek, advice } = figures;
  const discount = deferred.cluster.discounts.savingsPlanDiscountPercent;
  const sentences = weekSentences(t, format, deferred, week, forWeek, discount > 0 ? discount : null, advice);
  const commitment = forWeek?.commitment ?? null;
  const { totalUsdPerMonth: total, peakUsdPerMonth: peak } = week;
  const perMonth = (usd: number) => t("week.figure.perMonth", { amount: format.money(usd) });
  return (
    <section className="panel week-panel" aria-labelledby="week-heading">
      <h3 id="week-heading">{t("week.heading")}</h3>
      <dl className="week-figures">
        {total !== null && (
          <div className="week-figure">
            <dt>{t("week.figure.total")}</dt>
            <dd>{perMonth(total)}</dd>
          </div>
        )}
        {peak !== null && (
          <div className="week-figure">
            <dt>{t("week.figure.peak")}</dt>
            <dd>{perMonth(peak)}</dd>
          </div>
        )}
        {total !== null && peak !== null && (
          <div className="week-figure">
            <dt>{t("week.figure.saving")}</dt>
            <dd>{perMonth(peak - total)}</dd>
          </div>
        )}
        {commitment !== null && forWeek !== null && commitment.commitmentUsdPerHour > 0 && (
          <>
            <div className="week-figure">
              <dt>{t("week.figure.commitment")}</dt>
              <dd>{format.moneyPrecise(commitment.commitmentUsdPerHour)}</dd>
            </div>
            <div className="week-figure">
              <dt>{t("week.figure.coverage")}</dt>
              <dd>{sharePercent(format, commitment.coverage)}</dd>
            </div>
            <div className="week-figure">
              <dt>{t("week.figure.utilisation")}</dt>
              <dd>{sharePercent(format, commitment.utilisation)}</dd>
            </div>
            <div className="week-figure">
              <dt>{t("week.figure.commitSaving")}</dt>
              <dd>{perMonth(forWeek.savingUsdPerMonth)}</dd>
            </div>
            <div className="week-figure">
              <dt>{t("week.figure.breakEven")}</dt>
              <dd>
                {t("week.figure.breakEvenValue", {
                  share: sharePercent(format, commitment.breakEven),
                })}
              </dd>
            </div>
          </>
        )}
      </dl>
      {sentences.recommendation !== null && <p className="week-advice">{sentences.recommendation}</p>}
      {!figures.scales && <p className="hint">{t("week.flat")}</p>}
      <p>{sentences.delay}</p>
      {sentences.nodeHours !== null && <p>{sentences.nodeHours}</p>}
      {sentences.commitment !== null && <p>{sentences.commitment}</p>}
      {sentences.families !== null && <p>{sentences.families}</p>}
      {figures.samples.length > 0 && (
        <>
          <p>{t("week.byDiscount.intro")}</p>
          <TableScroll labelledBy="week-samples-caption">
            <table className="data-table week-samples">
              <caption id="week-samples-caption">{t("week.byDiscount.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("week.byDiscount.discount")}</th>
                  <th scope="col">{t("week.byDiscount.commitment")}</th>
                  <th scope="col">{t("week.byDiscount.saving")}</th>
                </tr>
              </thead>
              <tbody>
                {figures.samples.map(({ discount: sample, forWeek: at }) => (
                  <tr key={sample}>
                    <th scope="row">{format.percent(sample)}</th>
                    <td>
                      {at === null
                        ? "—"
                        : at.commitment.commitmentUsdPerHour === 0
                          ? t("week.byDiscount.none")
                          : format.moneyPrecise(at.commitment.commitmentUsdPerHour)}
                    </td>
                    <td>{at === null ? "—" : perMonth(at.savingUsdPerMonth)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <BillLines scenario={deferred} week={week} />
      {figures.scales && (
        <ChartErrorBoundary fallback={null}>
          <WeekCharts scenario={deferred} week={week} commitment={commitment} />
        </ChartErrorBoundary>
      )}
    </section>
  );
}

/**
 * The month by bill line with autoscaling and provisioned for the peak, as `planWeek` gives them
 * (after the compute savings), less the enterprise discount, to the total.
 */
function BillLines({ scenario, week }: { readonly scenario: Scenario; readonly week: WeekPlan }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const { enterpriseDiscountPercent } = scenario.cluster.discounts;
  const shown = COST_LINES.filter((line) => (week.lines[line] ?? 1) !== 0 || (week.peakLines[line] ?? 1) !== 0);
  const amount = (usd: number | null) => (usd === null ? "—" : format.money(usd));
  return (
    <TableScroll labelledBy="week-lines-caption">
      <table className="data-table week-lines">
        <caption id="week-lines-caption">{t("week.lines.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("week.lines.line")}</th>
            <th scope="col">{t("week.figure.total")}</th>
            <th scope="col">{t("week.figure.peak")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((line) => (
            <tr key={line}>
              <th scope="row">{t(`line.${line}`)}</th>
              <td>{amount(week.lines[line])}</td>
              <td>{amount(week.peakLines[line])}</td>
            </tr>
          ))}
          {enterpriseDiscountPercent > 0 && (
            <tr>
              <th scope="row">
                {t("bill.enterpriseDiscount", { percent: format.percent(enterpriseDiscountPercent) })}
              </th>
              <td>−{amount(week.enterpriseDiscountUsdPerMonth)}</td>
              <td>−{amount(week.peakEnterpriseDiscountUsdPerMonth)}</td>
            </tr>
          )}
          <tr className="total">
            <th scope="row">{t("week.lines.total")}</th>
            <td>{amount(week.totalUsdPerMonth)}</td>
            <td>{amount(week.peakUsdPerMonth)}</td>
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
