/**
 * The planner: the scenario's editors, and the plan, bill and comparison of the last valid scenario.
 *
 * The plan and its bill (`planCluster` + `costCluster`, well under a millisecond for the default
 * scenario) follow every valid edit at once; the first script carries just the data the default
 * scenario's plan reads, so its total shows before the instance dataset and the region's prices
 * load. The advice, the ranking and the comparison built on it (`useComparison`: `rankInstanceTypes`
 * plans the scenario once per instance type) and the compute modes compared read every type: each is
 * a chunk of its own, shown once the whole catalogue is there, the ranking from a deferred copy of
 * the scenario so typing never waits for it. A new part of that kind goes beside them.
 */
import { defaultScenario } from "eksize";
import { lazy, Suspense, type ReactNode } from "react";
import { PricesStatus } from "../../components/PricesStatus.js";
import { RegionText } from "../../components/RegionText.js";
import { useRegionName, useT } from "../../i18n/index.js";
import { replaceScenario } from "../../store/scenario-library.js";
import { LocalWorkNotices } from "./LocalWorkNotices.js";
import { SaveScenarioForm } from "../../components/SaveScenarioForm.js";
import { CostSummary, PlanView } from "./PlanView.js";
import { ValidityNotice } from "../../components/ValidityNotice.js";
import { BrokenLinkBanner, CopyLinkButton, OlderDataNotice } from "./ShareLink.js";
import { ClusterEditor } from "./ClusterEditor.js";
import { DaemonSetsEditor } from "./DaemonSetsEditor.js";
import { NodeGroupsEditor } from "./NodeGroupsEditor.js";
import { AdviceLoading, ComparisonLoading, ExportLoading } from "./loading-places.js";
import { usePricedScenario } from "./use-priced-scenario.js";
import { WorkloadsEditor } from "./WorkloadsEditor.js";
import { SummaryBand, useSummaryWithChange } from "./SummaryBand.js";
import { PrintButton } from "./PrintButton.js";

/**
 * The advice, with its rules, out of the first script: its chunk is asked for as soon as the planner
 * loads, and shows below the bill and the plan.
 */
const adviceChunk = import("./AdviceList.js");
const AdviceList = lazy(() => adviceChunk);

/**
 * The ranking and the strategies compared (TanStack Table and the ranking's code), out of the first
 * script: its chunk loads while the total is painted, and works the comparison out after.
 */
const ComparisonSection = lazy(() => import("./Comparison.js").then((chunk) => ({ default: chunk.ComparisonSection })));

/** The export panel (its files' writers load on the first export), below the plan: out of the first script. */
const ExportPanel = lazy(() => import("./ExportPanel.js").then((chunk) => ({ default: chunk.ExportPanel })));

/**
 * The report only print shows (`beforeprint` readies it), loaded right after the first render: the
 * screen never shows it, so its arrival moves nothing.
 */
const PrintReport = lazy(() => import("./PrintReport.js").then((chunk) => ({ default: chunk.PrintReport })));

/**
 * "Load over the week" (each workload's autoscaling and load profile, the scale-down delay and the
 * Savings Plan) and "The week, hour by hour" (168 plans, their charts and the commitment): chunks of
 * their own with the week's words, asked for as soon as the planner loads.
 */
const weekEditorChunk = import("./WeekEditor.js");
const WeekEditor = lazy(() => weekEditorChunk);
const WeekPanel = lazy(() => import("./WeekPanel.js"));

/** The compute modes compared (it plans the scenario four times), out of the first script like the advice. */
const ModesComparison = lazy(() =>
  import("./ModesComparison.js").then((chunk) => ({ default: chunk.ModesComparison })),
);

/**
 * "Find the cheapest mix" (its words, and on the first click its worker and HiGHS's WebAssembly), out
 * of the first script.
 */
const OptimalMixPanel = lazy(() => import("./OptimalMixPanel.js"));

/** The planner page. */
export function PlannerPage(): ReactNode {
  const t = useT();
  const { scenario, catalog, status, complete, failed, plan, cost, priced } = usePricedScenario();
  const regionName = useRegionName(scenario.region);

  const summary = useSummaryWithChange(status === "ready" ? priced : null);

  return (
    <div className="planner">
      <Suspense fallback={null}>
        <PrintReport scenario={scenario} />
      </Suspense>
      {summary !== null && <SummaryBand {...summary} />}
      <section className="editors" aria-labelledby="editors-heading">
        <BrokenLinkBanner />
        <LocalWorkNotices />
        <OlderDataNotice />
        <div className="section-bar">
          <h2 id="editors-heading">{t("planner.editors.heading")}</h2>
          <div className="section-actions">
            <CopyLinkButton />
            <PrintButton />
            <button
              type="button"
              onClick={() => {
                replaceScenario(defaultScenario, null, "reset");
              }}
            >
              {t("planner.reset")}
            </button>
          </div>
        </div>
        <SaveScenarioForm idPrefix="planner" />
        <ClusterEditor />
        <WorkloadsEditor />
        <DaemonSetsEditor />
        <NodeGroupsEditor />
        <Suspense fallback={null}>
          <WeekEditor />
        </Suspense>
      </section>
      <section className="results" id="planner-results" aria-labelledby="results-heading" tabIndex={-1}>
        <h2 id="results-heading">
          <RegionText text={t("planner.results.heading", { region: regionName })} code={scenario.region} />
        </h2>
        <ValidityNotice />
        {status === "ready" ? (
          <>
            <CostSummary priced={priced} />
            <PlanView scenario={scenario} plan={plan} />
            <Suspense fallback={null}>
              <WeekPanel scenario={scenario} catalog={catalog} />
            </Suspense>
            {/* The parts that read every instance type wait for the whole catalogue (the default
                scenario's plan and bill come before it), each in its own chunk. */}
            {complete ? (
              <>
                {/* The optimal mix and the advice arrive together: one loading place holds both. */}
                <Suspense fallback={<AdviceLoading />}>
                  <OptimalMixPanel scenario={scenario} catalog={catalog} />
                  <AdviceList scenario={scenario} plan={plan} cost={cost} catalog={catalog} />
                </Suspense>
                <Suspense fallback={<ComparisonLoading />}>
                  <ComparisonSection scenario={scenario} catalog={catalog} />
                </Suspense>
                <Suspense fallback={null}>
                  <ModesComparison scenario={scenario} catalog={catalog} />
                </Suspense>
              </>
            ) : failed ? (
              // Offline after an update: the plan stands; the parts that need the rest offer to try again.
              <PricesStatus region={scenario.region} status="failed" />
            ) : (
              <>
                <AdviceLoading />
                <ComparisonLoading />
              </>
            )}
            <Suspense fallback={<ExportLoading />}>
              <ExportPanel priced={priced} catalog={catalog} />
            </Suspense>
          </>
        ) : (
          <PricesStatus region={scenario.region} status={status} />
        )}
      </section>
    </div>
  );
}
