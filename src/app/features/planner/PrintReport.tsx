/**
 * The planner as a printable report. Printing (the Print report button, or the browser's own Print)
 * gives the summary, the node groups, the bill line by line, the advice and the comparison, without
 * the editors, plus a block only print shows: the scenario's name, its assumptions, the data date and
 * its share link. Every `<details>` of the results opens for the print (a closed one prints only its
 * summary) and closes again after. The print button is `PrintButton.tsx`: this file loads after the
 * first render.
 */
import type { Scenario } from "eksize";
import { dataDate } from "eksize/data";
import { useEffect, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useLocale, useT } from "../../i18n/index.js";
import { regionLabel } from "../../../present/region-names.js";
import { writeShareLinkNow } from "../../store/share-link.js";
import { useFormatters } from "../../use-formatters.js";

/** What the print-only block shows of the moment of printing. */
interface PrintMoment {
  /** The address with the scenario's share link; null when the scenario is too large for a link. */
  readonly link: string | null;
  /** When, as `YYYY-MM-DD`. */
  readonly date: string;
}

/**
 * Opens every closed `<details>` under `root` for the print, and returns the function that closes
 * them again.
 */
function openAllDetails(root: ParentNode): () => void {
  const opened = [...root.querySelectorAll("details:not([open])")];
  for (const details of opened) details.setAttribute("open", "");
  return () => {
    for (const details of opened) details.removeAttribute("open");
  };
}

/** The print-only block of the report; it also readies the page when a print starts. */
export function PrintReport({ scenario }: { readonly scenario: Scenario }): ReactNode {
  const t = useT();
  const locale = useLocale();
  const format = useFormatters();
  const [moment, setMoment] = useState<PrintMoment | null>(null);
  useEffect(() => {
    let closeDetails: (() => void) | null = null;
    const before = (): void => {
      const written = writeShareLinkNow();
      // Rendered now, so the print shows it (the browser lays the page out right after this event).
      flushSync(() => {
        setMoment({
          link: written.fits ? window.location.href : null,
          date: new Date().toISOString().slice(0, 10),
        });
      });
      closeDetails = openAllDetails(document.querySelector("#planner-results") ?? document);
    };
    const after = (): void => {
      closeDetails?.();
      closeDetails = null;
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  const { cluster } = scenario;
  const assumptions: readonly [string, string][] = [
    [t("report.region"), regionLabel(locale, scenario.region)],
    [
      t("report.currency"),
      scenario.currency === "KRW"
        ? t("report.krw", { rate: format.decimal(scenario.krwPerUsd, 2) })
        : scenario.currency,
    ],
    [
      t("planner.cluster.supportTier"),
      `${t(`planner.supportTier.${cluster.supportTier}`)}${
        cluster.kubernetesVersion === null ? "" : `, Kubernetes ${cluster.kubernetesVersion}`
      }`,
    ],
    [t("planner.cluster.autoscaler"), t(`planner.autoscaler.${cluster.autoscaler}`)],
    [t("planner.cluster.computeSavings"), format.percent(cluster.discounts.computeSavingsPercent)],
    [t("planner.cluster.enterpriseDiscount"), format.percent(cluster.discounts.enterpriseDiscountPercent)],
  ];
  return (
    <section className="print-only print-report" aria-labelledby="report-heading">
      <h2 id="report-heading">{scenario.name === "" ? t("report.untitled") : scenario.name}</h2>
      <p>{t("report.made", { date: moment?.date ?? "", data: dataDate ?? t("value.unknown") })}</p>
      <dl className="print-assumptions">
        {assumptions.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="print-link">
        {moment?.link === null ? t("report.noLink") : t("report.link", { link: moment?.link ?? "" })}
      </p>
    </section>
  );
}
