import type { Autoscaler, LoadBalancerTargetType, SupportTier } from "eksize";
import { regionCodes } from "virtual:eksize/region-prices";
import { memo, type ReactNode } from "react";
import type { PlainMessageKey } from "../../../present/i18n/translate.js";
import { CurrencyFields } from "../../components/CurrencyFields.js";
import { CheckboxField, InputField, SelectField } from "../../components/FormFields.js";
import { ControlPlaneFields } from "./ControlPlaneFields.js";
import { useLocale, useT } from "../../i18n/index.js";
import { regionLabel } from "../../../present/region-names.js";
import { usePlannerStore, type ClusterDraft } from "../../store/planner-store.js";

/** The cluster's number fields: the draft key, the scenario path its issues come back on, the label. */
interface ClusterNumberField {
  readonly key: Exclude<
    keyof ClusterDraft,
    | "region"
    | "currency"
    | "supportTier"
    | "controlPlaneTier"
    | "peakPodsPerSecond"
    | "peakApiSeats"
    | "kubernetesVersion"
    | "privateCluster"
    | "autoscaler"
    | "nlbTargetType"
  >;
  readonly id: string;
  readonly label: PlainMessageKey;
  readonly path: string;
  readonly unit?: string;
}

const CLUSTER_NUMBERS: readonly ClusterNumberField[] = [
  {
    key: "ingresses",
    id: "cluster-ingresses",
    label: "planner.cluster.ingresses",
    path: "cluster.loadBalancers.ingresses",
  },
  {
    key: "ingressesPerAlb",
    id: "cluster-ingresses-per-alb",
    label: "planner.cluster.ingressesPerAlb",
    path: "cluster.loadBalancers.ingressesPerAlb",
  },
  { key: "nlbs", id: "cluster-nlbs", label: "planner.cluster.nlbs", path: "cluster.loadBalancers.nlbs" },
  {
    key: "computeSavingsPercent",
    id: "cluster-compute-savings",
    label: "planner.cluster.computeSavings",
    path: "cluster.discounts.computeSavingsPercent",
    unit: "%",
  },
  {
    key: "enterpriseDiscountPercent",
    id: "cluster-enterprise-discount",
    label: "planner.cluster.enterpriseDiscount",
    path: "cluster.discounts.enterpriseDiscountPercent",
    unit: "%",
  },
];

/** Region, support tier, the control plane tier and its peaks, load balancers and discounts. */
export const ClusterEditor = memo(function ClusterEditor(): ReactNode {
  const t = useT();
  const locale = useLocale();
  const cluster = usePlannerStore((state) => state.draft.cluster);
  const update = usePlannerStore((state) => state.updateCluster);
  return (
    <section className="panel editor" aria-labelledby="cluster-heading">
      <h3 id="cluster-heading">{t("planner.cluster.heading")}</h3>
      <div className="field-grid">
        <SelectField
          id="cluster-region"
          label={t("settings.region")}
          path="region"
          value={cluster.region}
          options={regionCodes.map((code) => ({ value: code, label: regionLabel(locale, code) }))}
          onChange={(region) => {
            update({ region });
          }}
        />
        <CurrencyFields idPrefix="cluster" />
        <SelectField<SupportTier>
          id="cluster-support-tier"
          label={t("planner.cluster.supportTier")}
          path="cluster.supportTier"
          value={cluster.supportTier}
          options={[
            { value: "standard", label: t("planner.supportTier.standard") },
            { value: "extended", label: t("planner.supportTier.extended") },
          ]}
          onChange={(supportTier) => {
            update({ supportTier });
          }}
        />
        <InputField
          id="cluster-kubernetes-version"
          label={t("planner.cluster.kubernetesVersion")}
          path="cluster.kubernetesVersion"
          placeholder="1.33"
          value={cluster.kubernetesVersion}
          onChange={(kubernetesVersion) => {
            update({ kubernetesVersion });
          }}
        />
        <ControlPlaneFields />
        <SelectField<Autoscaler>
          id="cluster-autoscaler"
          label={t("planner.cluster.autoscaler")}
          path="cluster.autoscaler"
          value={cluster.autoscaler}
          options={(["cluster-autoscaler", "karpenter", "auto-mode", "none"] as const).map((value) => ({
            value,
            label: t(`planner.autoscaler.${value}`),
          }))}
          onChange={(autoscaler) => {
            update({ autoscaler });
          }}
        />
        <CheckboxField
          id="cluster-private"
          label={t("planner.cluster.privateCluster")}
          path="cluster.privateCluster"
          checked={cluster.privateCluster}
          onChange={(privateCluster) => {
            update({ privateCluster });
          }}
        />
        {CLUSTER_NUMBERS.map((field) => (
          <InputField
            key={field.key}
            id={field.id}
            label={t(field.label)}
            path={field.path}
            unit={field.unit}
            value={cluster[field.key]}
            onChange={(value) => {
              update({ [field.key]: value });
            }}
          />
        ))}
        <SelectField<LoadBalancerTargetType>
          id="cluster-nlb-target-type"
          label={t("planner.cluster.nlbTargetType")}
          path="cluster.loadBalancers.nlbTargetType"
          value={cluster.nlbTargetType}
          options={(["instance", "ip"] as const).map((value) => ({ value, label: value }))}
          onChange={(nlbTargetType) => {
            update({ nlbTargetType });
          }}
        />
      </div>
    </section>
  );
});
