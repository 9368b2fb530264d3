import { monthlyCost } from "../cost/cost.js";
import { finding, type AdviceInput, type Finding } from "./findings.js";

/**
 * `advice-extended-support`: the control plane is in extended support, which bills
 * `extendedSupportUsdPerHour` instead of `standardUsdPerHour` per cluster-hour (the catalogue's
 * `services.eksControlPlane`: $0.60 and $0.10; AWS containers blog "Amazon EKS extended support for
 * Kubernetes versions pricing"; EKS user guide `kubernetes-versions`). The difference over
 * `hoursPerMonth` is what an upgrade to a version in standard support saves: (0.60 − 0.10) × 730 = $365.
 */
export function controlPlaneFindings(input: AdviceInput): Finding[] {
  const { cluster, hoursPerMonth } = input.scenario;
  if (cluster.supportTier !== "extended") return [];
  const rates = input.catalog.services.eksControlPlane;
  return [
    finding("advice-extended-support", "saving", null, {
      kubernetesVersion: cluster.kubernetesVersion,
      extraUsdPerMonth: monthlyCost(rates.extendedSupportUsdPerHour - rates.standardUsdPerHour, hoursPerMonth),
    }),
  ];
}
