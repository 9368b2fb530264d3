import { SPOT_INTERRUPTION_LABELS, type Allocatable, type InstanceType } from "eksize";
import { getInstanceType, getRegionPricing } from "eksize/data";
import { lazy, Suspense, useEffect, useMemo, useRef, type ReactNode } from "react";
import { formattersFor, type Formatters } from "../../format.js";
import { describeIssue, useLocale, useT, type Translate } from "../../i18n/index.js";
import { useExplorerStore } from "../../store/explorer-store.js";
import { cpuFormula, maxPodsLines, memoryFormula, profileNote } from "./formulas.js";
import { HOURS_PER_MONTH } from "eksize";
import { buildBreakdown, type Breakdown, type ExplorerSettings } from "./rows.js";

// Recharts is large: it loads only when a breakdown is first opened, in its own chunk.
const BreakdownChart = lazy(() => import("./BreakdownChart.js"));

/** Reads the settings one field at a time, so the returned object is stable while nothing changes. */
function useSettings(): ExplorerSettings {
  const region = useExplorerStore((state) => state.region);
  const prefixDelegation = useExplorerStore((state) => state.prefixDelegation);
  const customNetworking = useExplorerStore((state) => state.customNetworking);
  const uncapped = useExplorerStore((state) => state.uncapped);
  const profile = useExplorerStore((state) => state.profile);
  return useMemo(
    () => ({ region, prefixDelegation, customNetworking, uncapped, profile }),
    [region, prefixDelegation, customNetworking, uncapped, profile],
  );
}

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
  const format = formattersFor(useLocale());
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
  const format = formattersFor(useLocale());
  const { type, settings } = breakdown;
  if (!breakdown.maxPods.ok) {
    return (
      <section aria-labelledby="breakdown-max-pods">
        <h3 id="breakdown-max-pods">{t("breakdown.maxPods")}</h3>
        <p className="formula unknown">{t("formula.unknown", { reason: describeIssue(t, breakdown.maxPods.issue) })}</p>
      </section>
    );
  }
  const lines = maxPodsLines(t, format, type, breakdown.maxPods.value, settings);
  return (
    <section aria-labelledby="breakdown-max-pods">
      <h3 id="breakdown-max-pods">
        {t("breakdown.maxPods")}: <span className="figure">{format.integer(breakdown.maxPods.value.maxPods)}</span>
      </h3>
      {lines.prefixSkipped && <p className="notice">{lines.prefixSkipped}</p>}
      {lines.enis && <p className="detail">{lines.enis}</p>}
      <p className="formula">{lines.formula}</p>
      <p className="legend">{lines.legend}</p>
      {lines.ceiling && <p className="detail">{lines.ceiling}</p>}
    </section>
  );
}

function AllocatableSection({ breakdown }: { breakdown: Breakdown }): ReactNode {
  const t = useT();
  const format = formattersFor(useLocale());
  const { type, settings } = breakdown;
  if (!breakdown.allocatable.ok) {
    return (
      <section aria-labelledby="breakdown-allocatable">
        <h3 id="breakdown-allocatable">{t("breakdown.allocatable")}</h3>
        <p className="formula unknown">
          {t("formula.allocatableUnknown", { reason: describeIssue(t, breakdown.allocatable.issue) })}
        </p>
      </section>
    );
  }
  const node = breakdown.allocatable.value;
  const cappedPods = breakdown.maxPods.ok ? breakdown.maxPods.value.maxPods : null;
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
      {node.pods !== cappedPods && (
        <p className="detail">{t("formula.kubeletPods", { pods: format.integer(node.pods) })}</p>
      )}
      <figure className="chart" aria-labelledby="chart-caption">
        <figcaption id="chart-caption">{t("chart.caption", { instanceType: type.name })}</figcaption>
        <Suspense fallback={<p className="chart-loading">{t("breakdown.loadingChart")}</p>}>
          <BreakdownChart node={node} />
        </Suspense>
      </figure>
      <AllocatableTable node={node} instanceType={type.name} />
    </section>
  );
}

function CostSection({ breakdown }: { breakdown: Breakdown }): ReactNode {
  const t = useT();
  const format = formattersFor(useLocale());
  const { type, settings, price } = breakdown;
  const params = { instanceType: type.name, region: settings.region };
  const hourly = price?.onDemandUsdPerHour ?? null;
  const spotKnown = price !== undefined && (price.spotSavingsPercent !== null || price.spotUsdPerHour !== null);
  return (
    <section aria-labelledby="breakdown-cost">
      <h3 id="breakdown-cost">{t("breakdown.cost", { region: settings.region })}</h3>
      {hourly === null || breakdown.onDemandUsdPerMonth === null ? (
        <p className="unknown">{t("cost.noPrice", params)}</p>
      ) : (
        <>
          <p>
            {t("cost.onDemand", {
              hour: format.usdPrecise(hourly),
              month: format.usd(breakdown.onDemandUsdPerMonth),
            })}
          </p>
          {breakdown.costPerPodSlotUsdPerMonth !== null && breakdown.maxPods.ok && (
            <p>
              {t("cost.perPod", {
                value: format.usd(breakdown.costPerPodSlotUsdPerMonth),
                month: format.usd(breakdown.onDemandUsdPerMonth),
                pods: format.integer(breakdown.maxPods.value.maxPods),
              })}
            </p>
          )}
        </>
      )}
      {spotKnown ? (
        <>
          {price.spotUsdPerHour !== null && (
            <p>{t("cost.spotPrice", { hour: format.usdPrecise(price.spotUsdPerHour) })}</p>
          )}
          <p>
            {t("cost.spotAdvisor", {
              savings:
                price.spotSavingsPercent === null ? t("value.unknown") : format.percent(price.spotSavingsPercent),
              bucket:
                price.spotInterruption === null
                  ? t("value.unknown")
                  : (SPOT_INTERRUPTION_LABELS[price.spotInterruption] ?? t("value.unknown")),
            })}
          </p>
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
  const format = formattersFor(useLocale());
  const selected = useExplorerStore((state) => state.selected);
  const select = useExplorerStore((state) => state.select);
  const settings = useSettings();
  const breakdown = useMemo(() => {
    const type = selected === null ? undefined : getInstanceType(selected);
    return type === undefined ? null : buildBreakdown(type, getRegionPricing(settings.region), settings);
  }, [selected, settings]);

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
      <aside className="panel breakdown empty-breakdown" id="breakdown" aria-label={t("breakdown.allocatable")}>
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
