/**
 * The addresses of each availability zone at the planned size split into those pods use, the warm
 * pool (pool addresses no pod uses) and the rest taken (ENI primaries, Fargate pods, load balancers,
 * the control plane), and the given subnets' addresses still free. Pods' and warm addresses are the
 * core's per-zone figures (`clusterAddresses`); the rest is the zone's planned total less those two,
 * so the three always add up to the core's figure.
 */
import type { SubnetAdvice } from "eksize";
import type { Translate } from "../../i18n/index.js";

/** A zone's name, or its number when the subnets do not name it. */
export function zoneName(t: Translate, zone: number, availabilityZone: string | null): string {
  return availabilityZone ?? t("network.zone", { zone: String(zone + 1) });
}

/** One zone's planned addresses, split. */
export interface ZoneSplit {
  /** 0-based. */
  readonly zone: number;
  readonly availabilityZone: string | null;
  /** Addresses pods use: pool addresses in use and branch ENIs. */
  readonly pods: number;
  /** Pool addresses no pod uses. */
  readonly warm: number;
  /** ENI primaries, Fargate pods, load balancers and the control plane. */
  readonly other: number;
  /** Everything taken at the planned size (node and pod subnets). */
  readonly taken: number;
  /** Addresses of the zone's given subnets left free at the planned size; null when none is given. */
  readonly free: number | null;
}

/** Each zone's planned addresses split into pods, warm and other, with the given subnets' free addresses. */
export function zoneSplits(advice: SubnetAdvice): ZoneSplit[] {
  return advice.addresses.perZone.map((zone) => {
    const pods = zone.podAddresses;
    const warm = zone.warmAddresses;
    const taken = zone.planned.node.addresses + zone.planned.pod.addresses;
    const zoneAdvice = advice.zones[zone.zone];
    const roles = [zoneAdvice?.node, zoneAdvice?.pod].filter((role) => role != null && role.fits !== null);
    const free =
      roles.length === 0 ? null : roles.reduce((total, role) => total + (role!.free - role!.planned.addresses), 0);
    return {
      zone: zone.zone,
      availabilityZone: zone.availabilityZone,
      pods,
      warm,
      other: Math.max(0, taken - pods - warm),
      taken,
      free,
    };
  });
}
