import type { DataSource } from "eksize";
import { services, sources } from "eksize/data";
import { useMemo, type ReactNode } from "react";
import { monthsBetween } from "../../../present/format.js";
import { useRegionName, useT, type Translate } from "../../i18n/index.js";
import { useSiteRegion } from "../../store/site-region.js";
import { regionSources } from "virtual:eksize/region-prices";
import { dateSpan, groupSources, spotSourceRoles, type SourceGroups } from "./freshness.js";
import { useFormatters } from "../../use-formatters.js";
import { RegionText } from "../../components/RegionText.js";

const ALL_REGION_SOURCES = Object.values(regionSources);

function useSourceGroups(): SourceGroups {
  const region = useSiteRegion();
  return useMemo(() => groupSources(sources, regionSources[region], ALL_REGION_SOURCES, services), [region]);
}

function spanText(t: Translate, group: readonly DataSource[]): string {
  const span = dateSpan(group);
  if (span === null) return t("freshness.none");
  return span.oldest === span.newest ? span.newest : t("freshness.range", { from: span.oldest, to: span.newest });
}

/**
 * One line that says how old the figures on screen are, for the chosen region: the dates of the
 * on-demand price sources, of the Spot prices and of the Spot Instance Advisor's savings and
 * interruption buckets (each source by what it gives), and the span of the instance data.
 */
export function FreshnessSummary(): ReactNode {
  const t = useT();
  const groups = useSourceGroups();
  const spot = spotSourceRoles(groups.spot);
  const parts = [t("freshness.summary.onDemand", { date: spanText(t, groups.onDemand) })];
  if (spot.prices.length > 0) parts.push(t("freshness.summary.spotPrices", { date: spanText(t, spot.prices) }));
  if (spot.advisor.length > 0) parts.push(t("freshness.summary.spotAdvisor", { date: spanText(t, spot.advisor) }));
  parts.push(t("freshness.summary.instances", { date: spanText(t, groups.instances) }));
  return <p className="freshness-summary">{parts.join(" · ")}</p>;
}

/** Every source behind the page with its date, its age and its licence. */
export function DataFreshness({ now }: { now?: Date }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const code = useSiteRegion();
  const region = useRegionName(code);
  const groups = useSourceGroups();
  const today = now ?? new Date();

  const list = (group: readonly DataSource[]) =>
    group.length === 0 ? (
      <p className="unknown">{t("freshness.none")}</p>
    ) : (
      <ul>
        {group.map((source) => {
          const months = monthsBetween(source.asOf, today);
          const age = months === null ? source.asOf : format.monthsAgo(months);
          return (
            <li key={source.id}>
              <span className="source-title">{source.title}</span>{" "}
              <span className="source-date">{t("freshness.asOf", { date: source.asOf, age })}</span>
              <span className="source-origin">
                {source.origin} · {source.license}
              </span>
            </li>
          );
        })}
      </ul>
    );

  return (
    <section className="freshness" aria-labelledby="freshness-heading">
      <h2 id="freshness-heading">{t("freshness.heading")}</h2>
      <div className="freshness-groups">
        <div>
          <h3>
            <RegionText text={t("freshness.onDemand", { region })} code={code} />
          </h3>
          {list(groups.onDemand)}
        </div>
        <div>
          <h3>
            <RegionText text={t("freshness.spot", { region })} code={code} />
          </h3>
          {list(groups.spot)}
        </div>
        <div>
          <h3>
            <RegionText text={t("freshness.autoMode", { region })} code={code} />
          </h3>
          {list(groups.autoMode)}
        </div>
        <div>
          <h3>{t("freshness.instances")}</h3>
          {list(groups.instances)}
        </div>
      </div>
    </section>
  );
}
