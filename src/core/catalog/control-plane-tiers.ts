/**
 * EKS Provisioned Control Plane: the control plane's scaling tiers (EKS API
 * `ControlPlaneScalingConfig.tier`), what each guarantees, and what each adds to the cluster-hour.
 *
 * Sources: the EKS user guide `clusters/eks-provisioned-control-plane-introduction.adoc`
 * (awsdocs/amazon-eks-user-guide @ e22f3b40): each tier's API request concurrency (APF seats), pod
 * scheduling rate (1.28–1.29 and 1.30+) and etcd size for XL, 2XL and 4XL; "billed at the hourly rate
 * for the Provisioned Control Plane scaling tier your cluster is on. This is in addition to the
 * standard or extended support hourly charges"; "Provisioned Control Plane works on EKS v1.28 and
 * higher"; Standard mode "supports up to 8 GB of cluster database (etcd) size". The EKS API reference
 * lists `tier-8xl`; its limits and every tier's price are not in a primary source eksize has read: the
 * dataset marks them `estimate` (see `data/SOURCES.md`).
 */

/** The control plane's scaling tiers, smallest first: `standard` (EKS's default) and the Provisioned Control Plane tiers. */
export const CONTROL_PLANE_TIERS = ["standard", "tier-xl", "tier-2xl", "tier-4xl", "tier-8xl"] as const;

/** A control plane scaling tier, as the EKS API and eksctl's `controlPlaneScalingConfig.tier` write it. */
export type ControlPlaneTier = (typeof CONTROL_PLANE_TIERS)[number];

/** The oldest Kubernetes minor version a Provisioned Control Plane tier runs on (EKS user guide). */
export const PROVISIONED_CONTROL_PLANE_MINIMUM_VERSION = "1.28";

/**
 * How sure a figure is: `published`, read in AWS's own documentation or price list; `estimate`, from
 * secondary sources or extrapolated, to be confirmed (the site and the command line say so).
 */
export type FigureConfidence = "published" | "estimate";

/** Where a group of figures comes from and how sure it is. */
export interface FigureProvenance {
  readonly confidence: FigureConfidence;
  /** Source id (see `Catalog.sources`, which has its date). */
  readonly source: string;
}

/** One control plane tier: its hourly price and its limits. */
export interface ControlPlaneTierRates {
  /** USD per cluster-hour on top of the standard or extended support rate; 0 for `standard`; null when unknown. */
  readonly usdPerHour: number | null;
  /** Where {@link usdPerHour} comes from. */
  readonly price: FigureProvenance;
  /** API request concurrency, APF seats (`apiserver_flowcontrol_current_executing_seats`); null when not published (Standard scales and guarantees none). */
  readonly apiSeats: number | null;
  /** Pod scheduling rate on Kubernetes 1.28 and 1.29, pods per second; null when unknown. */
  readonly podsPerSecondBefore130: number | null;
  /** Pod scheduling rate on Kubernetes 1.30 and later, pods per second; null when unknown. */
  readonly podsPerSecond: number | null;
  /** Cluster database (etcd) size, GB; null when unknown. */
  readonly etcdGB: number | null;
  /** Where the limits come from. */
  readonly limits: FigureProvenance;
}

/**
 * Whether a Kubernetes minor version (`"1.29"`) schedules at a tier's 1.28–1.29 rate rather than the
 * 1.30+ one; a version not given counts as 1.30 or later (every version EKS offers from 2026-03-23).
 *
 * @example schedulesBefore130("1.29") // true
 */
export function schedulesBefore130(version: string | null): boolean {
  return version !== null && compareVersions(version, "1.30") < 0;
}

/**
 * The pod scheduling rate a tier guarantees on a Kubernetes version, pods per second; null when unknown.
 *
 * @example tierPodsPerSecond(services.eksControlPlane.tiers["tier-xl"], "1.33") // 167
 */
export function tierPodsPerSecond(rates: ControlPlaneTierRates, version: string | null): number | null {
  return schedulesBefore130(version) ? rates.podsPerSecondBefore130 : rates.podsPerSecond;
}

/**
 * Orders two Kubernetes minor versions (`MAJOR.MINOR`) numerically: negative when `a` is older.
 *
 * @example compareVersions("1.9", "1.28") // < 0
 */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
