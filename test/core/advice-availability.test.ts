/**
 * The availability advice: a disruption budget that blocks every drain, a hard zone spread on a group
 * with one zone, and (Spot) a workload whose replicas are all on one node. The budget arithmetic is
 * Kubernetes' ("Specifying a Disruption Budget for your Application": a percent rounds up, for
 * minAvailable and maxUnavailable alike).
 */
import { describe, expect, it } from "vitest";
import {
  adviseScenario,
  allowedDisruptions,
  costCluster,
  planCluster,
  type AdviceCode,
  type Finding,
  type Scenario,
} from "eksize";
import { catalog } from "eksize/data";
import { scenario, SYSTEM_DAEMONSETS } from "../support/scenario.js";

function only(input: Scenario, code: AdviceCode): Finding[] {
  const plan = planCluster(input, catalog);
  return adviseScenario(input, plan, costCluster(input, plan, catalog), catalog).filter(
    (finding) => finding.code === code,
  );
}

/** One workload of small pods on one m5.large group (its settings in `group`). */
function cluster(workload: Record<string, unknown>, group: Record<string, unknown> = {}): Scenario {
  return scenario({
    workloads: [{ name: "web", cpuMillicores: 250, memoryMiB: 512, ...workload }],
    daemonSets: SYSTEM_DAEMONSETS,
    nodeGroups: [{ name: "general", instanceTypes: ["m5.large"], ...group }],
  });
}

describe("allowedDisruptions", () => {
  it.each([
    // The Kubernetes documentation's example: 7 pods, minAvailable 50% keeps 4 (3.5 rounded up).
    [{ minAvailable: "50%" }, 7, 3],
    [{ maxUnavailable: "50%" }, 7, 4],
    [{ minAvailable: 2 }, 3, 1],
    [{ minAvailable: 3 }, 3, 0],
    [{ minAvailable: 5 }, 3, 0],
    [{ minAvailable: "100%" }, 3, 0],
    [{ minAvailable: "50%" }, 1, 0],
    [{ maxUnavailable: 0 }, 3, 0],
    [{ maxUnavailable: "0%" }, 3, 0],
    [{ maxUnavailable: "10%" }, 3, 1],
    [{ maxUnavailable: 5 }, 3, 3],
    [{ minAvailable: "0%" }, 3, 3],
  ] as const)("%o of %i replicas lets %i go", (budget, replicas, allowed) => {
    expect(allowedDisruptions(budget, replicas)).toBe(allowed);
  });
});

describe("a disruption budget that blocks every drain", () => {
  it("names the budget as written and the replicas", () => {
    expect(only(cluster({ replicas: 3, disruptionBudget: { minAvailable: 3 } }), "advice-pdb-blocks-drain")).toEqual([
      {
        code: "advice-pdb-blocks-drain",
        severity: "warning",
        subject: "web",
        params: { field: "minAvailable", value: "3", replicas: 3 },
      },
    ]);
    expect(
      only(cluster({ replicas: 1, disruptionBudget: { minAvailable: "50%" } }), "advice-pdb-blocks-drain"),
    ).toMatchObject([{ params: { field: "minAvailable", value: "50%", replicas: 1 } }]);
    expect(
      only(cluster({ replicas: 4, disruptionBudget: { maxUnavailable: 0 } }), "advice-pdb-blocks-drain"),
    ).toMatchObject([{ params: { field: "maxUnavailable", value: "0", replicas: 4 } }]);
  });

  it("says nothing of a budget that lets a pod go, or of a workload without replicas or budget", () => {
    expect(only(cluster({ replicas: 3, disruptionBudget: { minAvailable: 2 } }), "advice-pdb-blocks-drain")).toEqual(
      [],
    );
    expect(
      only(cluster({ replicas: 3, disruptionBudget: { maxUnavailable: "10%" } }), "advice-pdb-blocks-drain"),
    ).toEqual([]);
    expect(only(cluster({ replicas: 0, disruptionBudget: { maxUnavailable: 0 } }), "advice-pdb-blocks-drain")).toEqual(
      [],
    );
    expect(only(cluster({ replicas: 3 }), "advice-pdb-blocks-drain")).toEqual([]);
  });
});

describe("a hard zone spread on a group with one zone", () => {
  const spread = { replicas: 3, zoneSpread: { maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" } };

  it("is flagged when the group has one zone, or at most one node", () => {
    expect(only(cluster(spread, { availabilityZones: 1 }), "advice-zone-spread-one-zone")).toEqual([
      { code: "advice-zone-spread-one-zone", severity: "warning", subject: "web", params: { nodeGroup: "general" } },
    ]);
    expect(only(cluster(spread, { maxNodes: 1 }), "advice-zone-spread-one-zone")).toHaveLength(1);
  });

  it("is not flagged over 2 or more zones, for a preferred spread, or for a single replica", () => {
    expect(only(cluster(spread), "advice-zone-spread-one-zone")).toEqual([]);
    const preferred = { ...spread, zoneSpread: { maxSkew: 1, whenUnsatisfiable: "ScheduleAnyway" } };
    expect(only(cluster(preferred, { availabilityZones: 1 }), "advice-zone-spread-one-zone")).toEqual([]);
    expect(only(cluster({ ...spread, replicas: 1 }, { availabilityZones: 1 }), "advice-zone-spread-one-zone")).toEqual(
      [],
    );
  });
});

describe("Spot and the replicas of one workload", () => {
  it("flags a single replica on Spot, not replicas the plan packs on one node (the scheduler spreads them)", () => {
    // 3 pods of 250m share one m5.large in the plan; kube-scheduler's default spreading puts them on several.
    expect(only(cluster({ replicas: 3 }, { capacity: { type: "spot" } }), "advice-spot-single-replica")).toEqual([]);
    expect(only(cluster({ replicas: 1 }, { capacity: { type: "spot" } }), "advice-spot-single-replica")).toEqual([
      { code: "advice-spot-single-replica", severity: "warning", subject: "web", params: { nodeGroup: "general" } },
    ]);
    expect(only(cluster({ replicas: 1 }), "advice-spot-single-replica")).toEqual([]);
  });

  it("asks for PodDisruptionBudgets only for the workloads on Spot that have none", () => {
    const spot = scenario({
      workloads: [
        { name: "web", replicas: 3, cpuMillicores: 250, memoryMiB: 512, maxPodsPerNode: 1 },
        {
          name: "api",
          replicas: 3,
          cpuMillicores: 250,
          memoryMiB: 512,
          maxPodsPerNode: 1,
          disruptionBudget: { maxUnavailable: 1 },
        },
      ],
      daemonSets: SYSTEM_DAEMONSETS,
      nodeGroups: [{ name: "general", instanceTypes: ["m5.large"], capacity: { type: "spot" } }],
    });
    expect(only(spot, "advice-spot-interruption")).toMatchObject([{ params: { workloads: ["web"] } }]);
  });
});
