/**
 * The planner's store: "Add a node group" starts from the core's node-group defaults, so the new
 * group plans exactly as a node group written with only a name and types would; "Use this type" edits
 * the draft as withInstanceType edits a scenario.
 */
import { defaultNodeGroup, defaultScenario, NEW_NODE_GROUP_NAME, NODE_GROUP_DEFAULTS, withInstanceType } from "eksize";
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
      amazonLinux: "2023",
      vmMemoryOverheadPercent: "",
      rootVolumeGiB: "20",
      rootVolumeType: "gp3",
      targetUtilisationPercent: "100",
      minValues: "",
      consolidationPolicy: "WhenEmptyOrUnderutilized",
    });
    expect(scenario.nodeGroups.at(-1)).toEqual(defaultNodeGroup("node-group", ["m6i.large"]));
    expect(NODE_GROUP_DEFAULTS.rootVolume).toEqual({ sizeGiB: 20, type: "gp3" });
  });
});

describe("Use this type (chooseInstanceType)", () => {
  test("puts the named group on the one type, as withInstanceType does to the scenario, and keeps an invalid draft's typing", () => {
    const before = usePlannerStore.getState().scenario;
    usePlannerStore.getState().chooseInstanceType({ nodeGroup: "batch-spot", instanceType: "c6g.large" });
    const { scenario, draft } = usePlannerStore.getState();
    expect(scenario).toEqual(withInstanceType(before, { nodeGroup: "batch-spot", instanceType: "c6g.large" }));
    expect(draft.nodeGroups.map((group) => group.instanceTypes)).toEqual([
      ["m6i.xlarge", "m5.xlarge", "m6a.xlarge"],
      ["c6g.large"],
    ]);

    // With a field being typed wrong elsewhere, the choice joins the draft; the work is not lost.
    const workload = draft.workloads[0]!;
    usePlannerStore.getState().updateWorkload(workload.key, { replicas: "-1" });
    usePlannerStore.getState().chooseInstanceType({ nodeGroup: "general", instanceType: "m6g.xlarge" });
    const after = usePlannerStore.getState();
    expect(after.draft.workloads[0]!.replicas).toBe("-1");
    expect(after.draft.nodeGroups[0]!.instanceTypes).toEqual(["m6g.xlarge"]);
    expect(after.scenario).toEqual(scenario);
    usePlannerStore.getState().updateWorkload(workload.key, { replicas: "6" });
    expect(usePlannerStore.getState().scenario.nodeGroups[0]!.instanceTypes).toEqual(["m6g.xlarge"]);
  });

  test("adds the group with the defaults when the scenario has none of that name (a scenario without node groups)", () => {
    const state = usePlannerStore.getState();
    state.loadScenario({ ...defaultScenario, nodeGroups: [], workloads: defaultScenario.workloads.slice(0, 2) }, null);
    usePlannerStore.getState().chooseInstanceType({ nodeGroup: NEW_NODE_GROUP_NAME, instanceType: "m6g.xlarge" });
    expect(usePlannerStore.getState().scenario.nodeGroups).toEqual([defaultNodeGroup("node-group", ["m6g.xlarge"])]);
  });
});
