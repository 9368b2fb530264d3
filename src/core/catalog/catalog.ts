import type { ControlPlaneTier, ControlPlaneTierRates } from "./control-plane-tiers.js";
import type { InstanceType } from "./instance-type.js";

/**
 * Everything the calculations read about AWS: instance types, prices per region, service rates and
 * where each came from. `eksize/data` exports one built from the project's dataset as `catalog`;
 * any object of this shape works (for example a refreshed or discounted copy).
 */
export interface Catalog {
  /** Every instance type, sorted by name. */
  readonly instanceTypes: readonly InstanceType[];
  /** Prices per region code (`us-east-1`, ...). */
  readonly regions: Readonly<Record<string, RegionPricing>>;
  /** EKS control plane, Fargate and load balancer rates. */
  readonly services: ServiceRates;
  /** The sources behind every figure, with their dates. */
  readonly sources: readonly DataSource[];
}

/** Prices of EC2 instances in one region, USD. */
export interface RegionPricing {
  /** Region code, e.g. `ap-northeast-2`. */
  readonly region: string;
  /** Source ids of the on-demand prices, the preferred first (see {@link Catalog.sources}). */
  readonly onDemandSources: readonly string[];
  /** Source ids of the Spot figures. */
  readonly spotSources: readonly string[];
  /**
   * Source ids of the EKS Auto Mode fees ({@link InstancePrice.autoModeFee}): the AWS Price List's
   * AmazonEKS offer where a refresh read it, else the documented estimate (`autoModeFeeEstimate`).
   */
  readonly autoModeFeeSources: readonly string[];
  /** Prices per instance type name; a type missing here is not sold (or not known) in the region. */
  readonly instances: Readonly<Record<string, InstancePrice>>;
}

/** Spot Instance Advisor interruption frequency bucket: 0 `<5%`, 1 `5–10%`, 2 `10–15%`, 3 `15–20%`, 4 `>20%`. */
export type SpotInterruptionBucket = 0 | 1 | 2 | 3 | 4;

/** The Spot Instance Advisor's label of each {@link SpotInterruptionBucket} (interruptions per month), by index. */
export const SPOT_INTERRUPTION_LABELS: readonly string[] = ["<5%", "5-10%", "10-15%", "15-20%", ">20%"];

/** Prices of one instance type in one region. `null` means unknown, never free. */
export interface InstancePrice {
  /** Linux on-demand, shared tenancy, USD per instance-hour. */
  readonly onDemandUsdPerHour: number | null;
  /** Average Linux Spot price over the region's AZs when it was captured, USD per hour (indicative). */
  readonly spotUsdPerHour: number | null;
  /** Spot Instance Advisor: typical saving of Spot over on-demand, percent; negative where Spot costs more. */
  readonly spotSavingsPercent: number | null;
  /** Spot Instance Advisor: monthly interruption frequency bucket. */
  readonly spotInterruption: SpotInterruptionBucket | null;
  /**
   * EKS Auto Mode's management fee for an instance of this type in the region, USD per
   * instance-hour, billed on top of the EC2 price; `null` where Auto Mode does not launch the type
   * (`autoModeSupport`) or the region has no on-demand price for it. See {@link AutoModeFee}.
   */
  readonly autoModeFee: AutoModeFee | null;
}

/**
 * The EKS Auto Mode management fee of one type in one region. AWS publishes it per instance type and
 * region in the Price List (service `AmazonEKS`, products with `eksproducttype` `AutoMode`, operation
 * `EKSAutoUsage`); where no published figure was at hand, it is an estimate: 12% of the type's
 * on-demand price (`estimatedAutoModeFee`; the sources are in `data/SOURCES.md`).
 */
export interface AutoModeFee {
  /** USD per instance-hour, added to the instance's EC2 price. */
  readonly usdPerHour: number;
  /** `true` when the figure is eksize's estimate rather than AWS's published fee. */
  readonly estimate: boolean;
}

/** Rates of the AWS services around the nodes. */
export interface ServiceRates {
  /** EKS control plane, USD per cluster-hour. */
  readonly eksControlPlane: {
    readonly standardUsdPerHour: number;
    readonly extendedSupportUsdPerHour: number;
    readonly source: string;
    /** The scaling tiers (Provisioned Control Plane), each with its price on top of the rates above and its limits. */
    readonly tiers: Readonly<Record<ControlPlaneTier, ControlPlaneTierRates>>;
  };
  /** EKS on Fargate. */
  readonly fargate: FargateRates;
  /** Elastic Load Balancing per region (only regions with a sourced rate). */
  readonly loadBalancers: Readonly<Record<string, LoadBalancerRates>>;
  /** EBS storage per region (only regions with a sourced rate). */
  readonly ebs: Readonly<Record<string, EbsRates>>;
}

/** EBS volume storage rates in one region, USD per GB-month of provisioned storage. */
export interface EbsRates {
  readonly gp3UsdPerGbMonth: number;
  readonly gp2UsdPerGbMonth: number;
  /** Source id (see {@link Catalog.sources}). */
  readonly source: string;
}

/** EKS on Fargate: prices per region and the pod sizing rules. */
export interface FargateRates {
  /** Linux/x86 prices per region code (regions with a sourced rate only). */
  readonly regions: Readonly<Record<string, FargateRegionRate>>;
  /** Ephemeral storage above the included 20 GB, USD per GB-hour. */
  readonly ephemeralStorageUsdPerGbHour: number;
  /** Memory Fargate adds to every pod's request before rounding, MiB (256). */
  readonly podMemoryOverheadMiB: number;
  /** Valid vCPU and memory combinations, ascending. */
  readonly sizes: readonly FargateSize[];
}

/** Fargate Linux/x86 prices in one region. */
export interface FargateRegionRate {
  /** USD per vCPU-hour. */
  readonly usdPerVcpuHour: number;
  /** USD per GB-hour of memory. */
  readonly usdPerGbHour: number;
  /** Source id (see {@link Catalog.sources}). */
  readonly source: string;
}

/** One Fargate vCPU size with the memory sizes it offers. */
export interface FargateSize {
  /** vCPUs (0.25 to 16). */
  readonly vcpu: number;
  /** Memory options, GB, ascending. */
  readonly memoryGB: readonly number[];
}

/** Elastic Load Balancing rates in one region, USD. */
export interface LoadBalancerRates {
  /** Application Load Balancer, per hour. */
  readonly albUsdPerHour: number;
  /** Application Load Balancer, per LCU-hour. */
  readonly albUsdPerLcuHour: number;
  /** Network Load Balancer, per hour. */
  readonly nlbUsdPerHour: number;
  /** Network Load Balancer, per NLCU-hour. */
  readonly nlbUsdPerNlcuHour: number;
  /** Source id (see {@link Catalog.sources}). */
  readonly source: string;
}

/** One upstream source of the dataset. */
export interface DataSource {
  /** Short id that prices and rates refer to. */
  readonly id: string;
  /** What it is, in a line. */
  readonly title: string;
  /** Where it comes from: repository and path, or a URL. */
  readonly origin: string;
  /** When its data was current: `YYYY-MM-DD` or `YYYY-MM`. */
  readonly asOf: string;
  /** Licence or terms. */
  readonly license: string;
  /** Which fields of the dataset it provides. */
  readonly provides: string;
}
