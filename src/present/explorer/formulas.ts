/**
 * The breakdown's formulas in words: every number comes from `maxPodsBreakdown` and `allocatable`
 * (or the instance type and the library's published constants); these functions only lay them out
 * as `a − b = c` lines in the active language.
 */
import {
  KARPENTER_ARM64_MEMORY_OFFSET_MIB,
  KARPENTER_VM_MEMORY_OVERHEAD_PERCENT,
  KUBE_RESERVED_MIB_BASE,
  KUBE_RESERVED_MIB_PER_POD,
  MEMORY_CAPACITY_FIT,
  type Allocatable,
  type InstanceType,
  type MaxPodsBreakdown,
  type ReservationProfile,
} from "eksize";
import type { Formatters } from "../format.js";
import type { Translate } from "../i18n/translate.js";
import type { ExplorerSettings } from "./rows.js";

/** The max-pods part of the breakdown: the formula and the lines that qualify it. */
export interface MaxPodsLines {
  /** e.g. `3 ENIs × (10 − 1) + 2 = 29`. */
  readonly formula: string;
  /** What each term of the formula stands for. */
  readonly legend: string;
  /** The custom-networking ENI count, when custom networking takes an ENI away. */
  readonly enis: string | null;
  /** How the 110/250 ceiling applies (or why there is none), ending with the kubelet's max pods. */
  readonly ceiling: string | null;
  /** Set when prefix delegation was asked for but not applied (Xen, bare metal, an old CNI). */
  readonly prefixSkipped: string | null;
  /** Settings that the profile's launcher ignores for max pods (Bottlerocket, Karpenter). */
  readonly ignored: readonly string[];
}

/**
 * The max-pods formula of a type under the settings' profile, e.g. `3 ENIs × (10 − 1) + 2 = 29` for
 * m5.large. `breakdown` is `maxPodsBreakdown` with the profile's options (`profileNetworkOptions`)
 * and `kubeletPods` what `kubeletMaxPods` gives: the lines end on the same number as the headline.
 */
export function maxPodsLines(
  t: Translate,
  format: Formatters,
  type: InstanceType,
  breakdown: MaxPodsBreakdown,
  settings: ExplorerSettings,
  kubeletPods: number,
): MaxPodsLines {
  const n = format.integer;
  const { profile } = settings;
  const params = { enis: n(breakdown.enis), ips: n(type.ipv4PerEni), pods: n(breakdown.formulaPods) };
  const formula = breakdown.prefixDelegation ? t("formula.maxPods.prefix", params) : t("formula.maxPods.ip", params);
  const legend = t(breakdown.prefixDelegation ? "formula.maxPods.prefix.legend" : "formula.maxPods.ip.legend");
  // The app never limits ENIs, so fewer ENIs than the card has means custom networking took one.
  const enis =
    breakdown.enis < type.defaultCardEnis
      ? t("formula.maxPods.customNetworking", { total: n(type.defaultCardEnis), enis: n(breakdown.enis) })
      : null;

  let ceiling: string | null = null;
  if (kubeletPods !== breakdown.maxPods) {
    ceiling = t("formula.maxPods.noEniLeft", { maxPods: n(kubeletPods) });
  } else if (breakdown.ceiling === null) {
    ceiling =
      profile === "amazon-linux"
        ? t("formula.maxPods.uncapped", { maxPods: n(breakdown.maxPods) })
        : t(`formula.maxPods.noCeiling.${profile}`, { maxPods: n(breakdown.maxPods) });
  } else {
    const rule = t(breakdown.ceiling === 250 ? "formula.ceiling.large" : "formula.ceiling.small");
    const ceilingParams = { ceiling: n(breakdown.ceiling), rule, maxPods: n(breakdown.maxPods) };
    if (breakdown.formulaPods > breakdown.ceiling) ceiling = t("formula.maxPods.ceiling", ceilingParams);
    else if (type.vcpu !== null) ceiling = t("formula.maxPods.underCeiling", ceilingParams);
  }

  const prefixSkipped =
    breakdown.prefixDelegationSkipped === null
      ? null
      : t(`formula.prefixSkipped.${breakdown.prefixDelegationSkipped}`, { instanceType: type.name });

  const ignored: string[] = [];
  if (profile !== "amazon-linux" && settings.prefixDelegation) ignored.push(t(`formula.prefixIgnored.${profile}`));
  if (profile === "bottlerocket" && settings.customNetworking) {
    ignored.push(t("formula.customNetworkingIgnored.bottlerocket"));
  }
  return { formula, legend, enis, ceiling, prefixSkipped, ignored };
}

/**
 * Allocatable CPU as a subtraction, e.g. `2,000m − 70m kube-reserved = 1,930m`. Reservations that
 * are zero are left out.
 */
export function cpuFormula(t: Translate, format: Formatters, node: Allocatable): string {
  const m = format.millicores;
  const terms = [`${m(node.kubeReserved.cpuMillicores)} ${t("formula.term.kubeReserved")}`];
  if (node.systemReserved.cpuMillicores > 0) {
    terms.push(`${m(node.systemReserved.cpuMillicores)} ${t("formula.term.systemReserved")}`);
  }
  if (node.eviction.cpuMillicores > 0) terms.push(`${m(node.eviction.cpuMillicores)} ${t("formula.term.eviction")}`);
  return subtraction(m(node.capacity.cpuMillicores), terms, m(node.cpuMillicores));
}

/**
 * Allocatable memory as a subtraction, e.g.
 * `8,192 MiB − 559 MiB kernel and VM (the kubelet sees 7,633 MiB, …) − 574 MiB kube-reserved
 * (11 × 29 + 255) − 100 MiB eviction = 6,959 MiB`: EC2's memory, less what the kubelet never sees
 * (measured, modelled, Karpenter's estimate or the user's figure), less the reservations.
 */
export function memoryFormula(
  t: Translate,
  format: Formatters,
  type: InstanceType,
  node: Allocatable,
  profile: ReservationProfile,
): string {
  const mib = format.mib;
  const terms: string[] = [];
  if (node.vmOverhead.memoryMiB > 0) {
    terms.push(
      `${mib(node.vmOverhead.memoryMiB)} ${t("formula.term.vmOverhead")} ${vmOverheadDetail(t, format, type, node, profile)}`,
    );
  }
  const kubeDetail = t("formula.kubeReservedMemory", {
    perPod: format.integer(KUBE_RESERVED_MIB_PER_POD),
    pods: format.integer(node.podsForMemoryReservation),
    base: format.integer(KUBE_RESERVED_MIB_BASE),
  });
  terms.push(`${mib(node.kubeReserved.memoryMiB)} ${t("formula.term.kubeReserved")} ${kubeDetail}`);
  if (node.systemReserved.memoryMiB > 0) {
    terms.push(`${mib(node.systemReserved.memoryMiB)} ${t("formula.term.systemReserved")}`);
  }
  if (node.eviction.memoryMiB > 0) terms.push(`${mib(node.eviction.memoryMiB)} ${t("formula.term.eviction")}`);
  return subtraction(mib(node.capacity.memoryMiB), terms, mib(node.memoryMiB));
}

/** Where the VM overhead comes from: measured MemTotal, the model, Karpenter's percentage, or the user's figure. */
function vmOverheadDetail(
  t: Translate,
  format: Formatters,
  type: InstanceType,
  node: Allocatable,
  profile: ReservationProfile,
): string {
  const kubelet = format.mib(node.capacity.memoryMiB - node.vmOverhead.memoryMiB);
  switch (node.vmOverheadSource) {
    case "measured":
      return t("formula.vmOverhead.measured", { kubelet });
    case "model":
      return t("formula.vmOverhead.model", {
        kubelet,
        ratio: format.decimal(MEMORY_CAPACITY_FIT.ratio, 3),
        offset: format.integer(MEMORY_CAPACITY_FIT.offsetMiB),
      });
    case "override":
      return t("formula.vmOverhead.override", { kubelet });
    case "karpenter": {
      const percent = format.decimal(KARPENTER_VM_MEMORY_OVERHEAD_PERCENT, 2);
      return profile === "karpenter" && type.architecture === "arm64"
        ? t("formula.vmOverheadArm", { offset: format.integer(KARPENTER_ARM64_MEMORY_OFFSET_MIB), percent })
        : t("formula.vmOverhead", { percent });
    }
  }
}

/** What the reservation profile does, in a sentence. */
export function profileNote(t: Translate, format: Formatters, node: Allocatable, profile: ReservationProfile): string {
  if (profile === "karpenter") {
    return t("formula.profile.karpenter", { percent: format.decimal(KARPENTER_VM_MEMORY_OVERHEAD_PERCENT, 2) });
  }
  return t(`formula.profile.${profile}`, { pods: format.integer(node.podsForMemoryReservation) });
}

function subtraction(start: string, terms: readonly string[], result: string): string {
  return `${[start, ...terms].join(" − ")} = ${result}`;
}
