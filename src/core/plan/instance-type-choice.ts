import { defaultNodeGroup, type Scenario } from "../scenario/scenario.js";

/** An instance type chosen for one node group: what the ranking ranks and "use this type" applies. */
export interface InstanceTypeChoice {
  /** The node group's name; a scenario without node groups gets a new group of this name. */
  readonly nodeGroup: string;
  /** EC2 name. */
  readonly instanceType: string;
}

/** The name of the node group a scenario without node groups is ranked (and planned) with. */
export const NEW_NODE_GROUP_NAME = "node-group";

/**
 * The node group a ranking is for: `requested` when the scenario has a group of that name, else its
 * first group, else a new one ({@link NEW_NODE_GROUP_NAME}).
 *
 * @example rankedNodeGroup(defaultScenario) // "general"
 * @example rankedNodeGroup(defaultScenario, "batch-spot") // "batch-spot"
 */
export function rankedNodeGroup(scenario: Pick<Scenario, "nodeGroups">, requested?: string | null): string {
  const names = scenario.nodeGroups.map((group) => group.name);
  if (requested !== undefined && requested !== null && names.includes(requested)) return requested;
  return names[0] ?? NEW_NODE_GROUP_NAME;
}

/**
 * The scenario with one node group on one instance type: the group's `instanceTypes` become
 * `[instanceType]` and every other setting (capacity mix, minimum and maximum nodes, zones, node
 * settings, the workloads pinned to it) stays. A scenario without a group of that name gets a new
 * group of it with `defaultNodeGroup`'s settings. Planned with `planCluster`, it is what
 * `rankInstanceTypes` prices, the `cheapest-type` strategy, and the scenario "use this type" makes.
 *
 * @example withInstanceType(defaultScenario, { nodeGroup: "general", instanceType: "m6g.xlarge" }).nodeGroups[0].instanceTypes // ["m6g.xlarge"]
 */
export function withInstanceType(scenario: Scenario, choice: InstanceTypeChoice): Scenario {
  const { nodeGroup, instanceType } = choice;
  if (!scenario.nodeGroups.some((group) => group.name === nodeGroup)) {
    return { ...scenario, nodeGroups: [...scenario.nodeGroups, defaultNodeGroup(nodeGroup, [instanceType])] };
  }
  return {
    ...scenario,
    nodeGroups: scenario.nodeGroups.map((group) =>
      group.name === nodeGroup ? { ...group, instanceTypes: [instanceType] } : group,
    ),
  };
}
