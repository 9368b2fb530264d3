/**
 * The planner's comparison: the cheapest instance types for one node group (`rankInstanceTypes`,
 * the first {@link RANKING_SIZE}) and the strategies built on them (`compareStrategies`: its
 * `cheapest-type` strategy is the ranking's first entry). Both read a deferred copy of the scenario,
 * so typing never waits for them (the ranking plans and bills the scenario once per instance type);
 * that copy is null on the first render, so the page's total comes before them.
 */
import {
  compareStrategies,
  rankedNodeGroup,
  rankInstanceTypes,
  type Catalog,
  type InstanceTypeRanking,
  type Scenario,
  type Strategy,
} from "eksize";
import { useDeferredValue, useMemo, useState } from "react";
import { RANKING_SIZE } from "../../../present/plan/words.js";

/** What {@link useComparison} gives the comparison section. */
export interface ComparisonData {
  readonly strategies: readonly Strategy[];
  /** The cheapest types for {@link nodeGroup}, cheapest first. */
  readonly ranking: readonly InstanceTypeRanking[];
  /** The node group the ranking is for: the one chosen, else the first (`rankedNodeGroup`). */
  readonly nodeGroup: string;
  /** The scenario's node groups, to choose from. */
  readonly nodeGroups: readonly string[];
  /** Ranks the types of another node group. */
  readonly chooseNodeGroup: (name: string) => void;
}

/**
 * The ranking and the strategies of the scenario, for the node group the user chose (the first until
 * then); null until the deferred copy of the scenario exists (the first render).
 */
export function useComparison(scenario: Scenario, catalog: Catalog): ComparisonData | null {
  const deferred = useDeferredValue<Scenario | null>(scenario, null);
  const [chosen, setChosen] = useState<string | null>(null);
  const nodeGroup = deferred === null ? null : rankedNodeGroup(deferred, chosen);
  const ranking = useMemo(
    () =>
      deferred === null || nodeGroup === null
        ? null
        : rankInstanceTypes(deferred, catalog, { nodeGroup, limit: RANKING_SIZE }),
    [deferred, catalog, nodeGroup],
  );
  const strategies = useMemo(
    () => (deferred === null || ranking === null ? null : compareStrategies(deferred, catalog, ranking)),
    [deferred, catalog, ranking],
  );
  const nodeGroups = useMemo(() => deferred?.nodeGroups.map((group) => group.name) ?? [], [deferred]);
  if (nodeGroup === null || ranking === null || strategies === null) return null;
  return { strategies, ranking, nodeGroup, nodeGroups, chooseNodeGroup: setChosen };
}
