/**
 * The addresses of each availability zone at its largest demand, split for the chart: those pods use,
 * the warm pool (pool addresses no pod uses) and the rest taken at the planned size (ENI primaries,
 * Fargate pods, load balancers, the control plane), then what a rolling replacement or the maximum
 * size adds. Against the given subnets, the zone's verdict (the core's, `ZoneAdvice.verdict`) decides
 * the last part: the addresses still free (green when they fit with the headroom, amber when tight),
 * or, when the subnets are too small or missing, the top of the demand they cannot hold (red).
 */
import type { RoleAdvice, SubnetAdvice, SubnetVerdict } from "eksize";
import type { PlainMessageKey, Translate } from "../../i18n/index.js";
import { zoneName as numberedZone } from "../../../present/plan/words.js";

/** A zone's name, or its number when the subnets do not name it. */
export function zoneName(t: Translate, zone: number, availabilityZone: string | null): string {
  return availabilityZone ?? numberedZone(t, zone);
}

/** A verdict in words, as the zones table, the chart and its text alternative say it. */
export const VERDICT_WORDS: Readonly<Record<SubnetVerdict, PlainMessageKey>> = {
  fits: "network.fit.fits",
  tight: "network.fit.tight",
  "too-small": "network.fit.tooSmall",
  missing: "network.fit.missing",
};

/** One zone's addresses at its largest demand, split; every figure in IPv4 addresses. */
export interface ZoneSplit {
  /** 0-based. */
  readonly zone: number;
  readonly availabilityZone: string | null;
  /** Addresses pods use at the planned size: pool addresses in use and branch ENIs. */
  readonly pods: number;
  /** Pool addresses no pod uses at the planned size. */
  readonly warm: number;
  /** ENI primaries, Fargate pods, load balancers and the control plane at the planned size. */
  readonly other: number;
  /** What the largest demand (a rolling replacement, or the maximum size) adds to the planned size. */
  readonly extra: number;
  /** The zone's verdict on its given subnets; null when none is given. */
  readonly verdict: SubnetVerdict | null;
  /** Addresses of the given subnets left at the largest demand: 0 unless the verdict is `fits` or `tight`. */
  readonly free: number;
  /** Addresses of the largest demand the given subnets cannot hold: 0 unless `too-small` or `missing`. */
  readonly short: number;
}

/** The demand's parts of a {@link ZoneSplit} in stacking order, bottom first. */
export const DEMAND_PARTS = ["pods", "warm", "other", "extra"] as const;

/** One of {@link DEMAND_PARTS}. */
export type DemandPart = (typeof DEMAND_PARTS)[number];

/**
 * The demand's parts as the chart stacks them: bottom up, only what the subnets hold, so that with
 * the `short` part on top the bar is as high as the demand. Without a shortfall, the parts as they are.
 *
 * @example stackedDemand({ pods: 25, warm: 59, other: 22, extra: 120, short: 50, ... }) // { pods: 25, warm: 59, other: 22, extra: 70 }
 */
export function stackedDemand(split: ZoneSplit): Record<DemandPart, number> {
  let room = DEMAND_PARTS.reduce((total, part) => total + split[part], 0) - split.short;
  const stacked = { pods: 0, warm: 0, other: 0, extra: 0 };
  for (const part of DEMAND_PARTS) {
    stacked[part] = Math.max(0, Math.min(split[part], room));
    room -= stacked[part];
  }
  return stacked;
}

/** Each zone's largest demand split into pods, warm, other and extra, with what its subnets leave free or lack. */
export function zoneSplits(advice: SubnetAdvice): ZoneSplit[] {
  return advice.addresses.perZone.map((zone) => {
    const zoneAdvice = advice.zones[zone.zone];
    const roles = [zoneAdvice?.node, zoneAdvice?.pod].filter((role): role is RoleAdvice => role != null);
    const planned = zone.planned.node.addresses + zone.planned.pod.addresses;
    const demand = roles.reduce((total, role) => total + role.demand.addresses, 0);
    const verdict = zoneAdvice?.verdict ?? null;
    const judged = roles.filter((role) => role.verdict !== null);
    const short = judged.reduce((total, role) => total + Math.max(0, role.demand.addresses - role.free), 0);
    const free =
      verdict === "fits" || verdict === "tight"
        ? judged.reduce((total, role) => total + role.free - role.demand.addresses, 0)
        : 0;
    const pods = zone.podAddresses;
    const warm = zone.warmAddresses;
    const other = Math.max(0, planned - pods - warm);
    const extra = Math.max(0, demand - planned);
    return { zone: zone.zone, availabilityZone: zone.availabilityZone, pods, warm, other, extra, verdict, free, short };
  });
}
