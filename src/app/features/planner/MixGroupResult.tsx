/**
 * One node group's optimal mix (`nodeGroupMix`): the change that saves money with its Apply button,
 * the cheapest mix found, the bound, Karpenter's launch against the mix, and a search cut short; or
 * why the group has none.
 */
import type { NodeGroupMix, Scenario } from "eksize";
import type { ReactNode } from "react";
import {
  mixBoundText,
  mixChangeText,
  mixFoundText,
  mixLaunchText,
  mixNoneText,
  mixSavingText,
  type MixTranslate,
} from "../../../present/plan/optimal-mix.js";
import { useLocale, useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";

/** A node group's result; `onApply` gets the changed scenario. */
export function MixGroupResult({
  mix,
  scenario,
  tm,
  onApply,
}: {
  mix: NodeGroupMix;
  scenario: Scenario;
  tm: MixTranslate;
  onApply: (change: Scenario) => void;
}): ReactNode {
  const t = useT();
  const locale = useLocale();
  const format = useFormatters();
  const headingId = `mix-group-${mix.nodeGroup}`;
  if (mix.kind === "none") {
    return (
      <div className="mix-group" data-node-group={mix.nodeGroup}>
        <p>{mixNoneText(tm, mix)}</p>
      </div>
    );
  }
  const hours = scenario.hoursPerMonth;
  const launch = mixLaunchText(t, tm, format, mix, scenario.cluster.autoscaler, hours);
  const { change } = mix;
  return (
    <section className="mix-group" data-node-group={mix.nodeGroup} aria-labelledby={headingId}>
      <h4 id={headingId}>{mix.nodeGroup}</h4>
      {change === null ? (
        <p className="muted">{tm("mix.noChange")}</p>
      ) : (
        <div className="mix-change">
          <p>
            <strong>{mixSavingText(tm, format, change)}</strong>
          </p>
          <p>{mixChangeText(tm, locale, scenario, mix.nodeGroup, change)}</p>
          <button
            type="button"
            aria-label={tm("mix.applyLabel", { nodeGroup: mix.nodeGroup })}
            onClick={() => {
              onApply(change.scenario);
            }}
          >
            {tm("mix.apply")}
          </button>
        </div>
      )}
      <p>{mixFoundText(tm, format, mix, hours)}</p>
      <p>{mixBoundText(t, format, mix, hours)}</p>
      {launch !== null && <p>{launch}</p>}
      {mix.cutShort && <p className="muted">{tm("mix.cutShort")}</p>}
    </section>
  );
}
