/**
 * One node group's optimal mix (`nodeGroupMix`): the change that saves money with its Apply button,
 * the cheapest mix found (with Karpenter's launch against it, and a search cut short), and the bound;
 * or why the group has none.
 */
import { monthlyCost, type NodeGroupMix, type Scenario } from "eksize";
import type { ReactNode } from "react";
import { boundSentence } from "../../../present/plan/bound.js";
import { changeSentence, mixBound, mixSentence } from "../../../present/plan/mix.js";
import { mixSavingText } from "../../../present/plan/optimal-mix.js";
import { useT } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";

/** A node group's result; `onApply` gets the changed scenario. */
export function MixGroupResult({
  mix,
  scenario,
  onApply,
}: {
  mix: NodeGroupMix;
  scenario: Scenario;
  onApply: (change: Scenario) => void;
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  if (mix.kind === "none") {
    return (
      <div className="mix-group" data-node-group={mix.nodeGroup}>
        <p>{t(`bound.${mix.reason}`, { nodeGroup: mix.nodeGroup })}</p>
      </div>
    );
  }
  const hours = scenario.hoursPerMonth;
  // A Karpenter or Auto Mode NodePool: its plan is that launch, compared with the mix.
  const { autoscaler } = scenario.cluster;
  const launch = autoscaler === "karpenter" || autoscaler === "auto-mode" ? autoscaler : null;
  const { change } = mix;
  const monthly = (usdPerHour: number) => format.moneyShown(monthlyCost(usdPerHour, hours));
  const cheaper = monthly(mix.mix.usdPerHour) < monthly(mix.plan.usdPerHour);
  const headingId = `mix-group-${mix.nodeGroup}`;
  return (
    <section className="mix-group" data-node-group={mix.nodeGroup} aria-labelledby={headingId}>
      <h4 id={headingId}>{mix.nodeGroup}</h4>
      {change === null ? (
        // Said only when a cheaper mix was found: else the mix's sentence says the plan is it.
        cheaper && <p className="muted">{t("optimal.noChange")}</p>
      ) : (
        <div className="mix-change">
          <p>
            <strong>{mixSavingText(t, format, change)}</strong>
          </p>
          <p>{changeSentence(t, format, mix.nodeGroup, change)}</p>
          <button
            type="button"
            aria-label={t("optimal.applyLabel", { nodeGroup: mix.nodeGroup })}
            onClick={() => {
              onApply(change.scenario);
            }}
          >
            {t("optimal.apply")}
          </button>
        </div>
      )}
      <p>{mixSentence(t, format, mix, hours, launch)}</p>
      <p>{boundSentence(t, format, mixBound(mix), hours)}</p>
    </section>
  );
}
