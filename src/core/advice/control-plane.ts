import { monthlyCost } from "../cost/cost.js";
import { EKS_KUBERNETES_VERSIONS } from "../scenario/kubernetes-versions.js";
import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * `advice-extended-support`: the control plane is in extended support, which bills
 * `extendedSupportUsdPerHour` instead of `standardUsdPerHour` per cluster-hour (the catalogue's
 * `services.eksControlPlane`: $0.60 and $0.10; AWS containers blog "Amazon EKS extended support for
 * Kubernetes versions pricing"; EKS user guide `kubernetes-versions`). The difference over
 * `hoursPerMonth` is what an upgrade to a version in standard support saves: (0.60 − 0.10) × 730 = $365.
 * With the version, the dates of its support from EKS's calendar (`EKS_KUBERNETES_VERSIONS`; null
 * when the calendar does not have it).
 */
export function controlPlaneFindings(input: AdviceInput): Finding[] {
  const { cluster, hoursPerMonth } = input.scenario;
  if (cluster.supportTier !== "extended") return [];
  const rates = input.catalog.services.eksControlPlane;
  const calendar = EKS_KUBERNETES_VERSIONS.find((entry) => entry.version === cluster.kubernetesVersion);
  return [
    finding("advice-extended-support", "saving", null, {
      kubernetesVersion: cluster.kubernetesVersion,
      extraUsdPerMonth: monthlyCost(rates.extendedSupportUsdPerHour - rates.standardUsdPerHour, hoursPerMonth),
      endOfStandardSupport: calendar?.endOfStandardSupport ?? null,
      endOfExtendedSupport: calendar?.endOfExtendedSupport ?? null,
    }),
  ];
}
