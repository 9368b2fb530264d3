import { useMemo } from "react";
import { usePlannerStore } from "../store/planner-store.js";
import type { ItemNames } from "./issue-place.js";

/**
 * The names of the planner's rows as typed, for naming where an issue is ("workload “web”"); a row
 * whose name is empty is named by its number instead.
 */
export function useItemNames(): ItemNames {
  const draft = usePlannerStore((state) => state.draft);
  return useMemo(() => {
    const lists = {
      workloads: draft.workloads.map((workload) => workload.name),
      daemonSets: draft.daemonSets.map((daemonSet) => daemonSet.name),
      nodeGroups: draft.nodeGroups.map((group) => group.name),
      fargateProfiles: draft.fargateProfiles,
    };
    return (list, index) => {
      const name = lists[list][index]?.trim();
      return name === "" ? undefined : name;
    };
  }, [draft]);
}
