import type { Catalog } from "../catalog/catalog.js";
import { costCluster } from "../cost/cluster-cost.js";
import { planCluster, unschedulablePodCount, type ClusterPlan } from "../plan/plan.js";
import type { NodeGroup, Scenario } from "../scenario/scenario.js";
import { cheapestMix, type CheapestMix, type StartNodes } from "./cheapest-mix.js";
import type { LinearProgramSolver } from "./linear-program.js";
import { nodeGroupProblem, type NodeGroupCostBound, type NodeGroupProblem } from "./node-group-bound.js";

/**
 * The wall-clock safety net, milliseconds, that eksize's site and command line give each node group's
 * search (issue 16's 2 s); the search's work limits decide its answer well before on this machine.
 */
export const MIX_CLOCK_LIMIT_MS = 2_000;

/** Nodes of one type in a mix: on demand and Spot. */
export interface MixTypeNodes {
  readonly instanceType: string;
  readonly onDemandNodes: number;
  readonly spotNodes: number;
}

/**
 * A change to the scenario that eksize's own planner, re-planning it, bills for less than the plan
 * now: a Karpenter or Auto Mode NodePool limited to the mix's types (`limit-types`), or a managed node
 * group split into one group per type of the mix's two largest types, each workload of the group
 * pinned to the type that holds most of its pods (`split-group`).
 */
export interface MixChange {
  readonly kind: "limit-types" | "split-group";
  /** The groups it leaves in place of the group: the group itself (`limit-types`) or the two new ones, in order. */
  readonly nodeGroups: readonly string[];
  /** Their instance types: the NodePool's types now, or each new group's one type. */
  readonly instanceTypes: readonly string[];
  /** The scenario with the change made. */
  readonly scenario: Scenario;
  /** The bill's total a month (`costCluster`) now minus after the change, USD, > 0. */
  readonly usdPerMonthSaved: number;
  /** Nodes of the cluster now minus after (negative: more nodes). */
  readonly nodesSaved: number;
}

/** A node group's plan beside the cheapest mix found for its pods and the bound on any. */
export type NodeGroupMix =
  | {
      readonly kind: "mix";
      readonly nodeGroup: string;
      /** The plan's own nodes of the group: USD per hour of instances, and how many. */
      readonly plan: { readonly usdPerHour: number; readonly nodes: number };
      /** The cheapest mix found ({@link cheapestMix}): USD per hour of instances, nodes, and its nodes by type (most first, ties by name). */
      readonly mix: { readonly usdPerHour: number; readonly nodes: number; readonly byType: readonly MixTypeNodes[] };
      /**
       * No plan of the group's types that holds its pods costs less, USD per hour: the mix's own cost
       * when `proven`, else the relaxation's bound (`costLowerBound`).
       */
      readonly boundUsdPerHour: number;
      /** The mix is the cheapest possible: the exact program over every node pattern proved it. */
      readonly proven: boolean;
      /** The wall-clock safety net stopped the search early. */
      readonly cutShort: boolean;
      /** A change that saves money once re-planned; null when none does. */
      readonly change: MixChange | null;
    }
  | Extract<NodeGroupCostBound, { kind: "none" }>;

/**
 * For one node group of `scenario` (planned as `clusterPlan` by `planCluster`): the cheapest mix of
 * its instance types found for its pods ({@link cheapestMix}, started from the plan's own nodes, so
 * never dearer), the proven bound on any plan of them, and a change to the scenario that realises a
 * saving when re-planned (see {@link MixChange}; re-planning with Karpenter's launch or a managed node
 * group's single type does not reach the mix itself, so the change's saving is measured, not assumed).
 * Instances only: EKS Auto Mode's fee and volumes are not in `plan`, `mix` or the bound (they are in
 * the change's saving, which compares whole bills).
 *
 * @param clock the search's wall-clock safety net (see `cheapestMix`); default none.
 * @returns null when the scenario has no group of that name.
 */
export function nodeGroupMix(
  scenario: Scenario,
  catalog: Catalog,
  clusterPlan: ClusterPlan,
  nodeGroup: string,
  solve: LinearProgramSolver,
  clock?: { readonly now: () => number; readonly limitMs: number },
): NodeGroupMix | null {
  const problem = nodeGroupProblem(scenario, catalog, clusterPlan, nodeGroup);
  if (problem === null || problem.kind === "none") return problem;
  const result = cheapestMix(problem.groups, problem.options, solve, {
    ...problem.settings,
    start: planStart(problem),
    ...(clock === undefined ? {} : { clock }),
  });
  if (result === null) return { kind: "none", nodeGroup, reason: "unsolved" };
  const byType = typeCounts(result, problem);
  return {
    kind: "mix",
    nodeGroup,
    plan: { usdPerHour: problem.planUsdPerHour, nodes: problem.plan.nodes },
    mix: { usdPerHour: result.usdPerHour, nodes: result.nodeCount, byType },
    boundUsdPerHour: result.proven ? result.usdPerHour : result.bound.usdPerHour,
    proven: result.proven,
    cutShort: result.cutShort,
    change: savingChange(scenario, catalog, clusterPlan, problem, result, byType),
  };
}

/** The plan's nodes of the group as a start: each fill's type and pods, in the problem's option and group order. */
function planStart(problem: NodeGroupProblem): StartNodes[] {
  const optionIndex = new Map(problem.options.map((option, index) => [option.name, index]));
  return problem.plan.fills.flatMap((fill) => {
    const option = optionIndex.get(fill.instanceType);
    if (option === undefined) return [];
    return [
      {
        zone: fill.zone ?? 0,
        option,
        count: fill.count,
        pods: problem.groups.map((group) => fill.pods[group.key] ?? 0),
      },
    ];
  });
}

function typeCounts(result: CheapestMix, problem: NodeGroupProblem): MixTypeNodes[] {
  const counts = new Map<string, { onDemandNodes: number; spotNodes: number }>();
  for (const entry of result.nodes) {
    const name = problem.options[entry.option]!.name;
    const count = counts.get(name) ?? { onDemandNodes: 0, spotNodes: 0 };
    if (entry.onDemand) count.onDemandNodes += entry.count;
    else count.spotNodes += entry.count;
    counts.set(name, count);
  }
  return [...counts]
    .map(([instanceType, count]) => ({ instanceType, ...count }))
    .sort(
      (a, b) =>
        b.onDemandNodes + b.spotNodes - (a.onDemandNodes + a.spotNodes) || (a.instanceType < b.instanceType ? -1 : 1),
    );
}

/** The change that realises a saving, re-planned and billed; null when the candidate saves nothing or leaves pods unscheduled. */
function savingChange(
  scenario: Scenario,
  catalog: Catalog,
  clusterPlan: ClusterPlan,
  problem: NodeGroupProblem,
  result: CheapestMix,
  byType: readonly MixTypeNodes[],
): MixChange | null {
  const group = scenario.nodeGroups.find((candidate) => candidate.name === problem.plan.name)!;
  const candidate =
    problem.plan.provisioning === "managed-node-group"
      ? splitGroup(scenario, group, problem, result, byType)
      : limitTypes(scenario, group, byType);
  if (candidate === null) return null;
  const after = planCluster(candidate.scenario, catalog);
  if (unschedulablePodCount(after) > unschedulablePodCount(clusterPlan)) return null;
  const before = costCluster(scenario, clusterPlan, catalog).totalUsdPerMonth;
  const billed = costCluster(candidate.scenario, after, catalog).totalUsdPerMonth;
  if (before === null || billed === null) return null;
  const usdPerMonthSaved = before - billed;
  // Less than a cent a month is rounding, not a saving.
  if (usdPerMonthSaved < 0.005) return null;
  const nodes = (plan: ClusterPlan) => plan.nodeGroups.reduce((sum, entry) => sum + entry.nodes, 0);
  return {
    ...candidate,
    usdPerMonthSaved,
    nodesSaved: nodes(clusterPlan) - nodes(after),
  };
}

type Candidate = Pick<MixChange, "kind" | "nodeGroups" | "instanceTypes" | "scenario">;

/** A NodePool limited to the mix's types, when that leaves some out. */
function limitTypes(scenario: Scenario, group: NodeGroup, byType: readonly MixTypeNodes[]): Candidate | null {
  const types = byType.map((entry) => entry.instanceType);
  if (types.length === 0 || types.length >= group.instanceTypes.length) return null;
  return {
    kind: "limit-types",
    nodeGroups: [group.name],
    instanceTypes: types,
    scenario: withGroups(scenario, group.name, [{ ...group, instanceTypes: types }]),
  };
}

/**
 * A managed node group split in two, one per type of the mix's two largest types (by cost), named
 * `<group>-<type>` with dots as dashes; each workload the group runs pinned to the type that holds
 * most of its pods in the mix; `minNodes` split as evenly as possible, the first group taking the
 * odd one; the maximum kept on both. Null when the mix uses one type.
 */
function splitGroup(
  scenario: Scenario,
  group: NodeGroup,
  problem: NodeGroupProblem,
  result: CheapestMix,
  byType: readonly MixTypeNodes[],
): Candidate | null {
  if (byType.length < 2) return null;
  const optionIndex = new Map(problem.options.map((option, index) => [option.name, index]));
  const price = (entry: MixTypeNodes) => {
    const option = problem.options[optionIndex.get(entry.instanceType)!]!;
    return entry.onDemandNodes * (option.onDemandUsdPerHour ?? 0) + entry.spotNodes * (option.spotUsdPerHour ?? 0);
  };
  const [first, second] = [...byType].sort((a, b) => price(b) - price(a) || (a.instanceType < b.instanceType ? -1 : 1));
  const names = [first!, second!].map((entry) => `${group.name}-${entry.instanceType.replaceAll(".", "-")}`);
  if (names.some((name) => scenario.nodeGroups.some((other) => other.name === name))) return null;
  const kept = [first!, second!].map((entry) => optionIndex.get(entry.instanceType)!);
  const home = new Map(
    problem.groups.map((pods, index) => {
      const on = kept.map((option) =>
        result.nodes
          .filter((entry) => entry.option === option)
          .reduce((sum, entry) => sum + entry.count * entry.pods[index]!, 0),
      );
      return [pods.key, on[1]! > on[0]! ? names[1]! : names[0]!];
    }),
  );
  const groups = [first!, second!].map((entry, index) => ({
    ...group,
    name: names[index]!,
    instanceTypes: [entry.instanceType],
    minNodes: index === 0 ? Math.ceil(group.minNodes / 2) : Math.floor(group.minNodes / 2),
  }));
  const split = withGroups(scenario, group.name, groups);
  return {
    kind: "split-group",
    nodeGroups: names,
    instanceTypes: [first!.instanceType, second!.instanceType],
    scenario: {
      ...split,
      workloads: split.workloads.map((workload) => {
        const name = home.get(workload.name);
        return name === undefined ? workload : { ...workload, nodeGroup: name };
      }),
    },
  };
}

/** The scenario with the group named `name` replaced by `groups`, in its place. */
function withGroups(scenario: Scenario, name: string, groups: readonly NodeGroup[]): Scenario {
  return { ...scenario, nodeGroups: scenario.nodeGroups.flatMap((group) => (group.name === name ? groups : [group])) };
}
