import {
  HOURS_PER_MONTH,
  SPOT_INTERRUPTION_LABELS,
  type Allocatable,
  type CoreIssue,
  type InstanceType,
  type SpotInterruptionBucket,
} from "eksize";
import { getInstanceType } from "eksize/data";
import { lazy, Suspense, useEffect, useMemo, useRef, type ReactNode } from "react";
import { type Formatters } from "../../../present/format.js";
import { describeIssue, useRegionName, useT, type Translate } from "../../i18n/index.js";
import { useExplorerSettings, useExplorerStore } from "../../store/explorer-store.js";
import { useRegionPricing } from "../../store/region-pricing-store.js";
import { ChartErrorBoundary } from "../../components/ChartErrorBoundary.js";
import { RegionText } from "../../components/RegionText.js";
import { cpuFormula, maxPodsLines, memoryFormula, profileNote } from "../../../present/explorer/formulas.js";
import { buildBreakdown, type Breakdown } from "../../../present/explorer/rows.js";
import { useFormatters } from "../../use-formatters.js";

// Recharts is large: it loads only when a breakdown is first opened, in its own chunk.
const BreakdownChart = lazy(() => import("./BreakdownChart.js"));

function specs(t: Translate, format: Formatters, type: InstanceType): string {
  const unknown = t("value.unknown");
  const hypervisor = type.hypervisor === null ? t("hypervisor.unknown") : t(`hypervisor.${type.hypervisor}`);
  return t("breakdown.specs", {
    vcpu: type.vcpu === null ? unknown : format.integer(type.vcpu),
    memory: type.memoryMiB === null ? unknown : format.gibFromMib(type.memoryMiB),
    architecture: type.architecture ?? unknown,
    hypervisor: type.bareMetal ? `${hypervisor}, ${t("bareMetal")}` : hypervisor,
  });
}

/** The text alternative of the chart, and a reference in its own right: every bucket, exactly. */
function AllocatableTable({ node, instanceType }: { node: Allocatable; instanceType: string }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const buckets = [
    { label: t("chart.capacity"), amounts: node.capacity },
    { label: t("chart.vmOverhead"), amounts: node.vmOverhead },
    { label: t("chart.kubeReserved"), amounts: node.kubeReserved },
    { label: t("chart.systemReserved"), amounts: node.systemReserved },
    { label: t("chart.eviction"), amounts: node.eviction },
  ];
  return (
    <table className="allocatable-table" id="allocatable-table">
      <caption>{t("chart.tableCaption", { instanceType })}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{t("chart.cpu")}</th>
          <th scope="col">{t("chart.memory")}</th>
          <th scope="col">{t("chart.ephemeralStorage")}</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map(({ label, amounts }) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{format.millicores(amounts.cpuMillicores)}</td>
            <td>{format.mib(amounts.memoryMiB)}</td>
            <td>{format.mib(amounts.ephemeralStorageMiB)}</td>
          </tr>
        ))}
        <tr className="strong">
          <th scope="row">{t("chart.allocatable")}</th>
          <td>{format.millicores(node.cpuMillicores)}</td>
          <td>{format.mib(node.memoryMiB)}</td>
          <td>{format.mib(node.ephemeralStorageMiB)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function MaxPodsSection({ breakdown }: { breakdown: Breakdown }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const { type, settings, kubeletPods, maxPods } = breakdown;
  const unknown = (issues: readonly CoreIssue[]) => (
    <section aria-labelledby="breakdown-max-pods">
      <h3 id="breakdown-max-pods">{t("breakdown.maxPods")}</h3>
      <p className="formula unknown">
        {t("formula.unknown", { reason: issues.map((issue) => describeIssue(t, issue)).join("; ") })}
      </p>
    </section>
  );
  if (!kubeletPods.ok) return unknown(kubeletPods.issues);
  if (!maxPods.ok) return unknown(maxPods.issues);
  const lines = maxPodsLines(t, format, type, maxPods.value, settings, kubeletPods.value);
  return (
    <section aria-labelledby="breakdown-max-pods">
      <h3 id="breakdown-max-pods">
        {t("breakdown.maxPods")}: <span className="figure">{format.integer(kubeletPods.value)}</span>
      </h3>
      {lines.prefixSkipped && <p className="notice">{lines.prefixSkipped}</p>}
      {lines.ignored.map((line) => (
        <p key={line} className="notice">
          {line}
        </p>
      ))}
      {lines.enis && <p className="detail">{lines.enis}</p>}
      <p className="formula">{lines.formula}</p>
      <p className="legend">{lines.legend}</p>
      {lines.ceiling && <p className="detail">{lines.ceiling}</p>}
    </section>
  );
}

function AllocatableSection({ breakdown }: { breakdown: Breakdown }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const { type, settings } = breakdown;
  if (!breakdown.allocatable.ok) {
    return (
      <section aria-labelledby="breakdown-allocatable">
        <h3 id="breakdown-allocatable">{t("breakdown.allocatable")}</h3>
        <p className="formula unknown">
          {t("formula.allocatableUnknown", {
            reason: breakdown.allocatable.issues.map((issue) => describeIssue(t, issue)).join("; "),
          })}
        </p>
      </section>
    );
  }
  const node = breakdown.allocatable.value;
  return (
    <section aria-labelledby="breakdown-allocatable">
      <h3 id="breakdown-allocatable">{t("breakdown.allocatable")}</h3>
      <dl className="formulas">
        <dt>{t("formula.cpu")}</dt>
        <dd className="formula">{cpuFormula(t, format, node)}</dd>
        <dt>{t("formula.memory")}</dt>
        <dd className="formula">{memoryFormula(t, format, type, node, settings.profile)}</dd>
      </dl>
      <p className="legend">{t("formula.cpuTiers")}</p>
      <p className="legend">{profileNote(t, format, node, settings.profile)}</p>
      <figure className="chart" aria-labelledby="chart-caption">
        <figcaption id="chart-caption">{t("chart.caption", { instanceType: type.name })}</figcaption>
        <ChartErrorBoundary key={type.name} fallback={<p className="chart-failed">{t("chart.failed")}</p>}>
          <Suspense fallback={<p className="chart-loading">{t("breakdown.loadingChart")}</p>}>
            <BreakdownChart node={node} />
          </Suspense>
        </ChartErrorBoundary>
      </figure>
      <AllocatableTable node={node} instanceType={type.name} />
    </section>
  );
}

/** The Spot Instance Advisor's figures in words; a negative saving says that Spot costs more. */
function spotAdvisorText(
  t: Translate,
  format: Formatters,
  savingsPercent: number | null,
  interruption: SpotInterruptionBucket | null,
): string {
  const unknown = t("value.unknown");
  const bucket = interruption === null ? unknown : (SPOT_INTERRUPTION_LABELS[interruption] ?? unknown);
  if (savingsPercent !== null && savingsPercent < 0) {
    return t("cost.spotAdvisorCostsMore", { percent: format.percent(-savingsPercent), bucket });
  }
  return t("cost.spotAdvisor", {
    savings: savingsPercent === null ? unknown : format.percent(savingsPercent),
    bucket,
  });
}

function CostSection({ breakdown }: { breakdown: Breakdown }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const { type, settings, price } = breakdown;
  const region = useRegionName(settings.region);
  const params = { instanceType: type.name, region };
  const hourly = price?.onDemandUsdPerHour ?? null;
  const spotKnown = price !== undefined && (price.spotSavingsPercent !== null || price.spotUsdPerHour !== null);
  return (
    <section aria-labelledby="breakdown-cost">
      <h3 id="breakdown-cost">
        <RegionText text={t("breakdown.cost", { region })} code={settings.region} />
      </h3>
      {hourly === null || breakdown.onDemandUsdPerMonth === null ? (
        <p className="unknown">{t("cost.noPrice", params)}</p>
      ) : (
        <>
          <p>
            {t("cost.onDemand", {
              hour: format.moneyPrecise(hourly),
              month: format.money(breakdown.onDemandUsdPerMonth),
            })}
          </p>
          {breakdown.costPerPodSlotUsdPerMonth !== null && breakdown.kubeletPods.ok && (
            <p>
              {t("cost.perPod", {
                value: format.money(breakdown.costPerPodSlotUsdPerMonth),
                month: format.money(breakdown.onDemandUsdPerMonth),
                pods: format.integer(breakdown.kubeletPods.value),
              })}
            </p>
          )}
        </>
      )}
      {spotKnown ? (
        <>
          {price.spotUsdPerHour !== null && (
            <p>{t("cost.spotPrice", { hour: format.moneyPrecise(price.spotUsdPerHour) })}</p>
          )}
          {breakdown.spotSavingsPercent !== null && (
            <p>{t("cost.spotSaving", { savings: format.percent(breakdown.spotSavingsPercent) })}</p>
          )}
          <p>{spotAdvisorText(t, format, price.spotSavingsPercent, price.spotInterruption)}</p>
        </>
      ) : (
        <p className="unknown">{t("cost.noSpot", params)}</p>
      )}
      <p className="legend">{t("table.note", { hours: format.integer(HOURS_PER_MONTH) })}</p>
    </section>
  );
}

/**
 * The breakdown of the selected type: its max-pods formula, allocatable CPU and memory as
 * subtractions, a stacked-bar chart (loaded lazily) with a table as its text alternative, and cost.
 * Without a selection it says how to make one.
 */
export function BreakdownPanel(): ReactNode {
  const t = useT();
  const format = useFormatters();
  const selected = useExplorerStore((state) => state.selected);
  const select = useExplorerStore((state) => state.select);
  const settings = useExplorerSettings();
  const { pricing } = useRegionPricing(settings.region);
  const breakdown = useMemo(() => {
    const type = selected === null ? undefined : getInstanceType(selected);
    return type === undefined ? null : buildBreakdown(type, pricing, settings);
  }, [selected, pricing, settings]);

  // Where the panel sits below the table (narrow screens), bring a new selection into view.
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const panel = panelRef.current;
    if (selected === null || panel === null) return;
    if (panel.getBoundingClientRect().top > window.innerHeight) {
      panel.scrollIntoView({ behavior: "smooth", block: "start" });
    }
  }, [selected]);

  if (breakdown === null) {
    return (
      <aside className="panel breakdown empty-breakdown" id="breakdown" aria-label={t("breakdown.empty")}>
        <p>{t("table.selectHint")}</p>
      </aside>
    );
  }
  const { type } = breakdown;
  return (
    <aside className="panel breakdown" id="breakdown" aria-labelledby="breakdown-heading" ref={panelRef}>
      <header className="breakdown-header">
        <div>
          <h2 id="breakdown-heading">{t("breakdown.heading", { instanceType: type.name })}</h2>
          <p className="specs">{specs(t, format, type)}</p>
        </div>
        <button
          type="button"
          className="close"
          aria-label={t("breakdown.close")}
          onClick={() => {
            select(null);
          }}
        >
          ×
        </button>
      </header>
      <MaxPodsSection breakdown={breakdown} />
      <AllocatableSection breakdown={breakdown} />
      <CostSection breakdown={breakdown} />
    </aside>
  );
}
