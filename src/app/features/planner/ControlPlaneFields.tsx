import { CONTROL_PLANE_TIERS, tierPodsPerSecond, type ControlPlaneTier } from "eksize";
import { services } from "eksize/data";
import type { ReactNode } from "react";
import { estimateMark, tierLimits, tierName } from "../../../present/plan/tier-words.js";
import { InputField, SelectField } from "../../components/FormFields.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";
import { useFormatters } from "../../use-formatters.js";

/**
 * The control plane's scaling tier, each option with its hourly price on top of the support rate
 * ("estimate" where the dataset's price is one), the chosen tier's limits under it (at the rate of the
 * Kubernetes version typed), and the peaks the advice sizes the tier by.
 */
export function ControlPlaneFields(): ReactNode {
  const t = useT();
  const format = useFormatters();
  const cluster = usePlannerStore((state) => state.draft.cluster);
  // The version as typed, so the limits follow it before the scenario is valid again.
  const typed = cluster.kubernetesVersion.trim();
  const version = /^\d+\.\d+$/.test(typed) ? typed : null;
  const update = usePlannerStore((state) => state.updateCluster);
  const { tiers } = services.eksControlPlane;
  const chosen = tiers[cluster.controlPlaneTier];
  const number = (value: number) => format.integer(value);
  const limits = tierLimits(
    t,
    number,
    { apiSeats: chosen.apiSeats, podsPerSecond: tierPodsPerSecond(chosen, version), etcdGB: chosen.etcdGB },
    "",
  );
  return (
    <>
      <SelectField<ControlPlaneTier>
        id="cluster-control-plane-tier"
        label={t("planner.cluster.controlPlaneTier")}
        path="cluster.controlPlaneTier"
        value={cluster.controlPlaneTier}
        options={CONTROL_PLANE_TIERS.map((tier) => {
          const { usdPerHour, price } = tiers[tier];
          return {
            value: tier,
            label:
              tier === "standard" || usdPerHour === null
                ? tierName(t, tier)
                : t("tier.option", {
                    tier: tierName(t, tier),
                    price: format.moneyPrecise(usdPerHour),
                    estimate: estimateMark(t, price.confidence === "estimate"),
                  }),
          };
        })}
        note={
          (cluster.controlPlaneTier === "standard" ? `${t("tier.scales")}, ${limits}` : limits) +
          estimateMark(t, chosen.limits.confidence === "estimate")
        }
        onChange={(controlPlaneTier) => {
          update({ controlPlaneTier });
        }}
      />
      <InputField
        id="cluster-peak-pods"
        label={t("planner.cluster.peakPodsPerSecond")}
        path="cluster.peakPodsPerSecond"
        unit="pods/s"
        value={cluster.peakPodsPerSecond}
        onChange={(peakPodsPerSecond) => {
          update({ peakPodsPerSecond });
        }}
      />
      <InputField
        id="cluster-peak-seats"
        label={t("planner.cluster.peakApiSeats")}
        path="cluster.peakApiSeats"
        unit="seats"
        value={cluster.peakApiSeats}
        onChange={(peakApiSeats) => {
          update({ peakApiSeats });
        }}
      />
    </>
  );
}
