import type { Catalog } from "../catalog/catalog.js";
import { checkCidr, prefixBlocks, smallestSubnet, usableAddresses } from "./cidr.js";
import { DEFAULT_CNI_SETTINGS, unsupportedReason, type WarmPoolSettings } from "./cni-settings.js";
import {
  clusterAddresses,
  type AddressDemand,
  type ClusterAddresses,
  type ClusterAddressOptions,
  type SubnetDemand,
} from "./cluster-addresses.js";
import { EksizeError, type CoreIssue } from "../errors.js";
import { ADDRESSES_PER_PREFIX } from "../nodes/max-pods.js";
import { planCluster, type ClusterPlan } from "../plan/plan.js";
import { unchangedByPlan, type SettingWithoutEffect } from "../plan/setting-without-effect.js";
import { scenarioNetwork, type Scenario, type SubnetRole } from "../scenario/scenario.js";

/** A change of the cluster's VPC CNI settings whose effect {@link adviseSubnets} computes. */
export interface NetworkChange {
  /** Warm-pool settings to change (the others keep the scenario's values). */
  readonly cni?: Partial<WarmPoolSettings>;
  /** Prefix delegation on (or off) in every node group. */
  readonly prefixDelegation?: boolean;
}

/** What one setting change does to the whole cluster's addresses (node and pod subnets together). */
export type SettingEffect =
  | {
      readonly change: NetworkChange;
      /** Addresses at the planned size with the change. */
      readonly planned: number;
      /** Addresses during a rolling replacement with the change. */
      readonly surge: number;
      /** `planned` less the scenario's own: negative when the change saves addresses. */
      readonly plannedDelta: number;
      readonly surgeDelta: number;
      /** Nodes with the change (prefix delegation can change max pods, so the plan). */
      readonly nodes: number;
      readonly nodesDelta: number;
      /**
       * With prefix delegation turned on: the node groups it turns on whose plan stays the same, and
       * why (`unchangedByPlan`); empty for other changes.
       */
      readonly unchanged: readonly SettingWithoutEffect[];
    }
  | { readonly change: NetworkChange; readonly issue: CoreIssue };

/**
 * Whether the given subnets of one role in one availability zone hold what the cluster takes there,
 * decided once by {@link subnetVerdict} and shown alike by the zones table, the advice and the chart:
 *
 * - `fits`: the demand sized for, with the headroom (`RoleAdvice.needed`), fits in the free addresses;
 * - `tight`: the demand fits, but not with the headroom (a warning, `subnet-tight`);
 * - `too-small`: the demand exceeds the free addresses (a problem, `subnet-too-small`);
 * - `missing`: the scenario gives subnets, none of this role in this zone, and the zone needs some of
 *   its addresses (a problem, `subnet-missing`).
 */
export type SubnetVerdict = "fits" | "tight" | "too-small" | "missing";

/**
 * The verdict on given subnets (see {@link SubnetVerdict}), all figures in IPv4 addresses:
 * `too-small` when `demand` > `free`, `tight` when `demand` ≤ `free` < `needed`, else `fits`.
 *
 * @param demand the largest demand the subnets must hold: the rolling replacement, or the maximum
 *   size when known and larger (the planned size is never larger than the replacement).
 * @param needed `demand` with the headroom (and /28 prefixes rounded up): `RoleAdvice.needed`.
 * @param free the given subnets' usable addresses less those already used.
 * @example subnetVerdict(226, 283, 251) // "tight": a /24 (251 usable) holds a replacement's 226, not 25% more
 */
export function subnetVerdict(demand: number, needed: number, free: number): Exclude<SubnetVerdict, "missing"> {
  if (demand > free) return "too-small";
  return needed > free ? "tight" : "fits";
}

/** Advice for the subnets of one role in one availability zone. */
export interface RoleAdvice {
  readonly role: SubnetRole;
  readonly planned: AddressDemand;
  readonly surge: AddressDemand;
  /** Null when a node group has no maximum size. */
  readonly atMaxNodes: AddressDemand | null;
  /** The demand sized for: the surge, or the maximum size when it is known and larger. */
  readonly sizedFor: "surge" | "max-nodes";
  /** That demand: `surge` or `atMaxNodes`, as `sizedFor` says. */
  readonly demand: AddressDemand;
  /** Addresses to provide: that demand with the headroom, /28 prefixes and single addresses each rounded up. */
  readonly needed: number;
  /** /28 prefixes among `needed`. */
  readonly neededPrefixes: number;
  /** The smallest subnet that holds `needed` (and its prefixes as whole aligned /28 blocks); null when a /16 cannot. */
  readonly proposedPrefixLength: number | null;
  /** The scenario's subnets of this role in this zone (their CIDRs), if any. */
  readonly given: readonly string[];
  /** Their usable addresses (size − 5 each) and those still free (less `usedAddresses`). */
  readonly usable: number;
  readonly free: number;
  /** The verdict on the given subnets; null when the scenario gives no subnet (or none and this zone needs none of this role). */
  readonly verdict: SubnetVerdict | null;
}

/** Advice for one availability zone. */
export interface ZoneAdvice {
  /** 0-based. */
  readonly zone: number;
  readonly availabilityZone: string | null;
  readonly node: RoleAdvice;
  /** Pod (ENIConfig) subnets: null when no node group uses custom networking and none are given. */
  readonly pod: RoleAdvice | null;
  /** The worse of its roles' verdicts (`missing` and `too-small` worst, then `tight`); null when neither has one. */
  readonly verdict: SubnetVerdict | null;
}

/** What {@link adviseSubnets} returns. */
export interface SubnetAdvice {
  readonly addresses: ClusterAddresses;
  readonly headroomPercent: number;
  readonly zones: readonly ZoneAdvice[];
  /** The effect of each setting change on the cluster's total. */
  readonly effects: readonly SettingEffect[];
  /** Problems: `subnet-too-small`, `subnet-missing`, `subnet-prefix-fragmentation`, `subnet-demand-too-large`, and the address issues. */
  readonly issues: readonly CoreIssue[];
  /** Warnings: `subnet-tight`, for each role and zone whose given subnets hold the demand but not the headroom. */
  readonly warnings: readonly CoreIssue[];
}

/** Options of {@link adviseSubnets}. */
export interface SubnetAdviceOptions extends ClusterAddressOptions {
  /** Room to leave above the demand, percent; default {@link DEFAULT_HEADROOM_PERCENT}. */
  readonly headroomPercent?: number;
  /** The changes whose effect to compute; default {@link defaultNetworkChanges}. */
  readonly changes?: readonly NetworkChange[];
}

/** eksize's default headroom above the largest known demand, percent (pods churn, clusters grow). */
export const DEFAULT_HEADROOM_PERCENT = 25;

/**
 * Subnet advice for a planned cluster (eks-formulas.md §2.2 and trap 9):
 *
 * - per availability zone and role (node subnets; pod subnets with custom networking), the smallest
 *   AWS subnet that holds the demand × (1 + headroom): the surge, or the maximum size when known and
 *   larger. With prefix delegation the /28 prefixes must be whole aligned blocks besides the single
 *   addresses (`smallestSubnet`);
 * - with the scenario's subnets: the verdict on them (`subnetVerdict`): too small (`subnet-too-small`,
 *   the first of the planned size, the surge and the maximum size they cannot hold), tight (the warning
 *   `subnet-tight`: they hold the demand but not the headroom), missing (`subnet-missing`); and, with prefix
 *   delegation, whether /28 blocks are sure to stay whole when single and used addresses fall
 *   anywhere (`subnet-prefix-fragmentation`: EC2's `InsufficientCidrBlocks`; the remedy is a subnet
 *   CIDR reservation of type prefix, EKS user guide `cni-increase-ip-addresses`);
 * - the effect of each setting change on the cluster's total, recomputed (re-planned too, as prefix
 *   delegation changes max pods), and for prefix delegation turned on, the node groups whose plan it
 *   leaves as it was, and why (`unchangedByPlan`).
 *
 * @example
 * const advice = adviseSubnets(scenario, planCluster(scenario, catalog), catalog, { headroomPercent: 50 })
 * advice.zones[0].node.proposedPrefixLength // e.g. 24
 * advice.effects[0] // { change: { cni: { warmIpTarget: 5 } }, plannedDelta: -120, ... }
 */
export function adviseSubnets(
  scenario: Scenario,
  plan: ClusterPlan,
  catalog: Catalog,
  options: SubnetAdviceOptions = {},
): SubnetAdvice {
  const headroomPercent = options.headroomPercent ?? DEFAULT_HEADROOM_PERCENT;
  const addresses = clusterAddresses(scenario, plan, catalog, options);
  const issues: CoreIssue[] = [...addresses.issues];
  const warnings: CoreIssue[] = [];
  const { subnets } = scenarioNetwork(scenario);
  const customNetworking = scenario.nodeGroups.some((group) => group.network.customNetworking);

  const zones = addresses.perZone.map((zone): ZoneAdvice => {
    const name = zone.availabilityZone;
    const role = (kind: SubnetRole): RoleAdvice => {
      const given = subnets.filter((subnet) => subnet.role === kind && subnet.availabilityZone === name);
      const cidrs = given.flatMap((subnet) => {
        const checked = checkCidr(subnet.cidr);
        return checked.ok ? [{ subnet, prefixLength: checked.value.prefixLength }] : [];
      });
      const pick = (demand: SubnetDemand | null): AddressDemand | null => (demand === null ? null : demand[kind]);
      const surge = pick(zone.surge)!;
      const atMax = pick(zone.atMaxNodes);
      const sizedFor = atMax !== null && atMax.addresses > surge.addresses ? "max-nodes" : "surge";
      const basis = sizedFor === "max-nodes" ? atMax! : surge;
      const factor = 1 + headroomPercent / 100;
      const neededPrefixes = Math.ceil(basis.prefixes * factor);
      const neededSingles = Math.ceil(basis.singles * factor);
      const needed = neededPrefixes * ADDRESSES_PER_PREFIX + neededSingles;
      const usable = sum(cidrs.map(({ prefixLength }) => usableAddresses(prefixLength)));
      const free = sum(cidrs.map(({ subnet, prefixLength }) => usableAddresses(prefixLength) - subnet.usedAddresses));
      const proposedPrefixLength = smallestSubnet(needed, { prefixes: neededPrefixes, singles: neededSingles });
      const where = { zone: zone.zone + 1, availabilityZone: name, role: kind };
      if (proposedPrefixLength === null) {
        issues.push({
          code: "subnet-demand-too-large",
          params: { ...where, needed, maximum: usableAddresses(16) },
        });
      }
      const missing = subnets.length > 0 && given.length === 0 && basis.addresses > 0;
      if (missing) issues.push({ code: "subnet-missing", params: { ...where, needed: basis.addresses } });
      const verdict = cidrs.length > 0 ? subnetVerdict(basis.addresses, needed, free) : missing ? "missing" : null;
      if (cidrs.length > 0) {
        const states = [
          ["planned", pick(zone.planned)!],
          ["surge", surge],
          ["max-nodes", atMax],
        ] as const;
        // Too small: the first demand they cannot hold (the planned size is never above the surge).
        const short =
          verdict === "too-small" && states.find(([, demand]) => demand !== null && demand.addresses > free);
        if (short) {
          issues.push({
            code: "subnet-too-small",
            params: { ...where, when: short[0], needed: short[1]!.addresses, free },
          });
        }
        if (verdict === "tight") {
          warnings.push({
            code: "subnet-tight",
            params: { ...where, when: sizedFor, demand: basis.addresses, needed, free, headroomPercent },
          });
        }
        if (basis.prefixes > 0) {
          const blocks = sum(
            cidrs.map(({ subnet, prefixLength }) => Math.max(0, prefixBlocks(prefixLength) - subnet.usedAddresses)),
          );
          const guaranteedBlocks = Math.max(0, blocks - basis.singles);
          if (guaranteedBlocks < basis.prefixes) {
            issues.push({
              code: "subnet-prefix-fragmentation",
              params: {
                ...where,
                prefixes: basis.prefixes,
                guaranteedBlocks,
                reservationPrefixLength: 32 - Math.ceil(Math.log2(basis.prefixes * ADDRESSES_PER_PREFIX)),
              },
            });
          }
        }
      }
      return {
        role: kind,
        planned: pick(zone.planned)!,
        surge,
        atMaxNodes: atMax,
        sizedFor,
        demand: basis,
        needed,
        neededPrefixes,
        proposedPrefixLength,
        given: given.map((subnet) => subnet.cidr),
        usable,
        free,
        verdict,
      };
    };
    const hasPodSubnets = subnets.some((subnet) => subnet.role === "pod");
    const node = role("node");
    const pod = customNetworking || hasPodSubnets ? role("pod") : null;
    return {
      zone: zone.zone,
      availabilityZone: name,
      node,
      pod,
      verdict: worseVerdict(node.verdict, pod?.verdict ?? null),
    };
  });

  const changes = options.changes ?? defaultNetworkChanges(scenario);
  const current = totals(addresses);
  const nodes = sum(plan.nodeGroups.map((group) => group.nodes));
  const effects = changes.map((change): SettingEffect => {
    const changed = withChange(scenario, change);
    const network = scenarioNetwork(changed);
    const prefixDelegation = changed.nodeGroups.some((group) => group.network.prefixDelegation);
    const reason = unsupportedReason({ ...DEFAULT_CNI_SETTINGS, ...network.cni, prefixDelegation });
    if (reason !== null) return { change, issue: { code: "cni-settings-unsupported", params: { reason } } };
    try {
      const changedPlan = change.prefixDelegation === undefined ? plan : planCluster(changed, catalog);
      const after = totals(clusterAddresses(changed, changedPlan, catalog, options));
      const changedNodes = sum(changedPlan.nodeGroups.map((group) => group.nodes));
      const turnedOn = scenario.nodeGroups.flatMap((group, index) =>
        change.prefixDelegation === true && !group.network.prefixDelegation ? [index] : [],
      );
      return {
        change,
        planned: after.planned,
        surge: after.surge,
        plannedDelta: after.planned - current.planned,
        surgeDelta: after.surge - current.surge,
        nodes: changedNodes,
        nodesDelta: changedNodes - nodes,
        unchanged: unchangedByPlan(plan, changedPlan, "prefixDelegation", turnedOn),
      };
    } catch (error) {
      if (error instanceof EksizeError) return { change, issue: error.issue };
      throw error;
    }
  });

  return { addresses, headroomPercent, zones, effects, issues, warnings };
}

/** Verdicts from best to worst. */
const VERDICT_ORDER: readonly SubnetVerdict[] = ["fits", "tight", "too-small", "missing"];

/** The worse of two verdicts; null only when both are. */
function worseVerdict(a: SubnetVerdict | null, b: SubnetVerdict | null): SubnetVerdict | null {
  if (a === null || b === null) return a ?? b;
  return VERDICT_ORDER.indexOf(a) >= VERDICT_ORDER.indexOf(b) ? a : b;
}

/**
 * The changes {@link adviseSubnets} tries by default: WARM_IP_TARGET=5 (the example of the VPC CNI's
 * `docs/eni-and-ip-target.md` for small subnets), unless already set so; prefix delegation on in every
 * node group, unless all have it; and off, if any has it.
 */
export function defaultNetworkChanges(scenario: Scenario): NetworkChange[] {
  const changes: NetworkChange[] = [];
  if (scenarioNetwork(scenario).cni.warmIpTarget !== 5) changes.push({ cni: { warmIpTarget: 5 } });
  const groups = scenario.nodeGroups;
  if (groups.some((group) => !group.network.prefixDelegation)) changes.push({ prefixDelegation: true });
  if (groups.some((group) => group.network.prefixDelegation)) changes.push({ prefixDelegation: false });
  return changes;
}

/** The scenario with a change applied. */
function withChange(scenario: Scenario, change: NetworkChange): Scenario {
  const network = scenarioNetwork(scenario);
  const { prefixDelegation } = change;
  return {
    ...scenario,
    network: { ...network, cni: { ...network.cni, ...change.cni } },
    nodeGroups:
      prefixDelegation === undefined
        ? scenario.nodeGroups
        : scenario.nodeGroups.map((group) => ({ ...group, network: { ...group.network, prefixDelegation } })),
  };
}

function totals(addresses: ClusterAddresses): { planned: number; surge: number } {
  const { planned, surge } = addresses.total;
  return { planned: planned.node.addresses + planned.pod.addresses, surge: surge.node.addresses + surge.pod.addresses };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
