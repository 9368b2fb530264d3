/**
 * The explorer's row models, built from the eksize library and its dataset. Pure: no React, no DOM,
 * so it is unit-tested on its own. Every figure comes from `eksize` (`kubeletMaxPods`, `allocatable`,
 * `maxPodsBreakdown`, `monthlyCost`, `costPerPodSlot`) or from `eksize/data`.
 */
import {
  allocatable,
  attempt,
  costPerPodSlot,
  kubeletMaxPods,
  monthlyCost,
  maxPodsBreakdown,
  spotSavingsPercent,
  type Allocatable,
  type AllocatableOptions,
  type Architecture,
  type AutoModeFee,
  type CoreIssue,
  type Result,
  type InstancePrice,
  type InstanceType,
  type MaxPodsBreakdown,
  type MaxPodsOptions,
  type RegionPricing,
  type ReservationProfile,
  type SpotInterruptionBucket,
} from "eksize";

/** The cluster settings that change the computed figures. */
export interface ExplorerSettings {
  /** Region code whose prices are shown, e.g. `us-east-1`. */
  readonly region: string;
  /** VPC CNI `ENABLE_PREFIX_DELEGATION`. */
  readonly prefixDelegation: boolean;
  /** VPC CNI custom networking (`AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG`). */
  readonly customNetworking: boolean;
  /** Leave out AWS's recommended 110/250 ceiling (`--show-max-allowed`). */
  readonly uncapped: boolean;
  /** The node image whose reservations apply. */
  readonly profile: ReservationProfile;
}

/** The settings the site opens with: the VPC CNI's defaults, EKS AMIs, us-east-1. */
export const DEFAULT_SETTINGS: ExplorerSettings = {
  region: "us-east-1",
  prefixDelegation: false,
  customNetworking: false,
  uncapped: false,
  profile: "amazon-linux",
};

/** One row of the instance table. `null` is unknown (never 0); the matching `…Issue` says why. */
export interface ExplorerRow {
  /** EC2 name, also the row id. */
  readonly name: string;
  readonly family: string;
  readonly type: InstanceType;
  readonly vcpu: number | null;
  readonly memoryMiB: number | null;
  readonly architecture: Architecture | null;
  /** The kubelet's max pods under the chosen profile and CNI mode (`kubeletMaxPods`). */
  readonly maxPods: number | null;
  /** Why {@link maxPods} is unknown. */
  readonly maxPodsIssue: CoreIssue | null;
  /** Allocatable CPU, millicores (`allocatable`). */
  readonly allocatableCpuMillicores: number | null;
  /** Allocatable memory, MiB (`allocatable`). */
  readonly allocatableMemoryMiB: number | null;
  /** Why the allocatable figures are unknown. */
  readonly allocatableIssue: CoreIssue | null;
  /** Whether the region's price list has the type at all. */
  readonly priced: boolean;
  readonly onDemandUsdPerHour: number | null;
  /** On-demand per month (`monthlyCost`). */
  readonly onDemandUsdPerMonth: number | null;
  readonly spotUsdPerHour: number | null;
  /** The saving of the Spot price the bill uses against on-demand, percent (`spotSavingsPercent` of the core). */
  readonly spotSavingsPercent: number | null;
  /** The Spot Instance Advisor's own saving, percent (negative where Spot cost more), shown labelled as the Advisor's. */
  readonly advisorSpotSavingsPercent: number | null;
  readonly spotInterruption: SpotInterruptionBucket | null;
  /** On-demand per month ÷ {@link maxPods}; unknown for a node without pod slots. */
  readonly costPerPodSlotUsdPerMonth: number | null;
  /** EKS Auto Mode's fee per instance-hour in the region (USD), published or estimated; null where Auto Mode has none. */
  readonly autoModeFee: AutoModeFee | null;
}

/** The VPC CNI options of the settings, as `maxPods` takes them. */
export function networkOptions(settings: ExplorerSettings): MaxPodsOptions {
  return {
    prefixDelegation: settings.prefixDelegation,
    customNetworking: settings.customNetworking,
    uncapped: settings.uncapped,
  };
}

/** The `allocatable` options of the settings (also what `kubeletMaxPods` takes). */
export function allocatableOptions(settings: ExplorerSettings): AllocatableOptions {
  return { profile: settings.profile, network: networkOptions(settings) };
}

/**
 * The VPC CNI options whose `maxPodsBreakdown` is the formula behind the profile's kubelet max pods
 * (`kubeletMaxPods`): the settings as they are for Amazon Linux; the ENI table value for Bottlerocket
 * (no ceiling, no prefix delegation, no custom networking); ENI-limited without a ceiling or prefix
 * delegation for Karpenter, which does reserve an ENI for custom networking. The one case where the
 * formula and the kubelet differ is Karpenter with no ENI left for pods (0, not the formula's 2).
 */
export function profileNetworkOptions(settings: ExplorerSettings): MaxPodsOptions {
  switch (settings.profile) {
    case "amazon-linux":
      return networkOptions(settings);
    case "bottlerocket":
      return { uncapped: true };
    case "karpenter":
      return { uncapped: true, customNetworking: settings.customNetworking };
  }
}

/** Hourly → monthly (`monthlyCost` of the library); unknown stays unknown. */
export function monthlyUsd(hourly: number | null): number | null {
  return hourly === null ? null : monthlyCost(hourly);
}

/** Monthly cost per pod slot (`costPerPodSlot` of the library); unknown when either input is unknown. */
export function costPerPodSlotUsd(monthly: number | null, pods: number | null): number | null {
  return monthly === null || pods === null ? null : costPerPodSlot(monthly, pods);
}

const NO_PRICE: InstancePrice = {
  onDemandUsdPerHour: null,
  spotUsdPerHour: null,
  spotSavingsPercent: null,
  spotInterruption: null,
  autoModeFee: null,
};

/**
 * One row per instance type for the settings, prices from `pricing` (the chosen region; `undefined`
 * for a region without prices, which leaves every price unknown).
 *
 * @example buildRows([m5Large], getRegionPricing("us-east-1"), DEFAULT_SETTINGS)[0].maxPods // 29
 */
export function buildRows(
  types: readonly InstanceType[],
  pricing: RegionPricing | undefined,
  settings: ExplorerSettings,
): ExplorerRow[] {
  const allocatableSettings = allocatableOptions(settings);
  return types.map((type) => {
    const pods = attempt(() => kubeletMaxPods(type, allocatableSettings));
    const node = attempt(() => allocatable(type, allocatableSettings));
    const price = pricing?.instances[type.name];
    const { onDemandUsdPerHour, spotUsdPerHour, spotInterruption } = price ?? NO_PRICE;
    const onDemandUsdPerMonth = monthlyUsd(onDemandUsdPerHour);
    const maxPodsValue = pods.ok ? pods.value : null;
    return {
      name: type.name,
      family: type.family,
      type,
      vcpu: type.vcpu,
      memoryMiB: type.memoryMiB,
      architecture: type.architecture,
      maxPods: maxPodsValue,
      maxPodsIssue: pods.ok ? null : (pods.issues[0] ?? null),
      allocatableCpuMillicores: node.ok ? node.value.cpuMillicores : null,
      allocatableMemoryMiB: node.ok ? node.value.memoryMiB : null,
      allocatableIssue: node.ok ? null : (node.issues[0] ?? null),
      priced: price !== undefined,
      onDemandUsdPerHour,
      onDemandUsdPerMonth,
      spotUsdPerHour,
      spotSavingsPercent: price === undefined ? null : spotSavingsPercent(price),
      advisorSpotSavingsPercent: price?.spotSavingsPercent ?? null,
      spotInterruption,
      costPerPodSlotUsdPerMonth: costPerPodSlotUsd(onDemandUsdPerMonth, maxPodsValue),
      autoModeFee: price?.autoModeFee ?? null,
    };
  });
}

/** Everything the breakdown panel shows for one type. */
export interface Breakdown {
  readonly type: InstanceType;
  readonly settings: ExplorerSettings;
  /** The kubelet's max pods under the chosen profile and CNI mode (`kubeletMaxPods`): the headline. */
  readonly kubeletPods: Result<number>;
  /** The formula behind {@link kubeletPods}: `maxPodsBreakdown` with {@link profileNetworkOptions}. */
  readonly maxPods: Result<MaxPodsBreakdown>;
  /** `allocatable` with the chosen profile and CNI mode. */
  readonly allocatable: Result<Allocatable>;
  /** The type's prices in the chosen region, if it has any there. */
  readonly price: InstancePrice | undefined;
  readonly onDemandUsdPerMonth: number | null;
  readonly costPerPodSlotUsdPerMonth: number | null;
  /** The saving of the Spot price the bill uses against on-demand, percent (`spotSavingsPercent`). */
  readonly spotSavingsPercent: number | null;
}

/**
 * The breakdown of one type for the settings.
 *
 * @example buildBreakdown(m5Large, getRegionPricing("us-east-1"), DEFAULT_SETTINGS).allocatable // { ok: true, value: { cpuMillicores: 1930, ... } }
 */
export function buildBreakdown(
  type: InstanceType,
  pricing: RegionPricing | undefined,
  settings: ExplorerSettings,
): Breakdown {
  const options = allocatableOptions(settings);
  const kubeletPods = attempt(() => kubeletMaxPods(type, options));
  const price = pricing?.instances[type.name];
  const onDemandUsdPerMonth = monthlyUsd(price?.onDemandUsdPerHour ?? null);
  return {
    type,
    settings,
    kubeletPods,
    maxPods: attempt(() => maxPodsBreakdown(type, profileNetworkOptions(settings))),
    allocatable: attempt(() => allocatable(type, options)),
    price,
    onDemandUsdPerMonth,
    costPerPodSlotUsdPerMonth: costPerPodSlotUsd(onDemandUsdPerMonth, kubeletPods.ok ? kubeletPods.value : null),
    spotSavingsPercent: price === undefined ? null : spotSavingsPercent(price),
  };
}
