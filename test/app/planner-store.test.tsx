/**
 * The planner's store: "Add a node group" starts from the core's node-group defaults, so the new
 * group plans exactly as a node group written with only a name and types would.
 */
import { defaultNodeGroup, NODE_GROUP_DEFAULTS } from "eksize";
import { describe, expect, test } from "vitest";
import { usePlannerStore } from "../../src/app/store/planner-store.js";

describe("Add a node group", () => {
  test("adds node-group of m6i.large with every default, and the scenario holds the core's defaults", () => {
    usePlannerStore.getState().addNodeGroup();
    const { draft, scenario } = usePlannerStore.getState();
    const added = draft.nodeGroups.at(-1)!;
    expect({ ...added, key: "" }).toEqual({
      key: "",
      name: "node-group",
      instanceTypes: ["m6i.large"],
      capacityType: "on-demand",
      onDemandBase: "0",
      spotPercentAboveBase: "50",
      minNodes: "0",
      maxNodes: "",
      availabilityZones: "3",
      prefixDelegation: false,
      customNetworking: false,
      maxPods: "",
      profile: "amazon-linux",
      vmMemoryOverheadPercent: "",
      rootVolumeGiB: "20",
      rootVolumeType: "gp3",
      targetUtilisationPercent: "100",
    });
    expect(scenario.nodeGroups.at(-1)).toEqual(defaultNodeGroup("node-group", ["m6i.large"]));
    expect(NODE_GROUP_DEFAULTS.rootVolume).toEqual({ sizeGiB: 20, type: "gp3" });
  });
});
