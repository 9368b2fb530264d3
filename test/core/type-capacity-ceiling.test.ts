import { describe, expect, it } from "vitest";
import { defaultNodeGroup, RESERVATION_PROFILES, type NodeGroup } from "eksize";
import { catalog, getInstanceType } from "eksize/data";
import { typeCapacity, typeCapacityCeiling, type WorkloadPods } from "../../src/core/nodes/node-sizing.js";

// The ranking bounds every type on typeCapacityCeiling and sizes only the types it may plan: a type
// whose ceiling were below its real capacity could be left out wrongly.

const pods: WorkloadPods[] = [
  { key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024, accelerator: "nvidia.com/gpu", mustSpread: false },
  {
    key: "train",
    count: 2,
    cpuMillicores: 4000,
    memoryMiB: 16384,
    gpus: 1,
    accelerator: "nvidia.com/gpu",
    mustSpread: false,
  },
];
const overheads = [
  { cpuMillicores: 0, memoryMiB: 0, pods: 0 },
  { cpuMillicores: 225, memoryMiB: 416, pods: 4 },
];
const base = defaultNodeGroup("ranked", []);
const settings: NodeGroup[] = [
  ...RESERVATION_PROFILES.map((profile) => ({ ...base, profile })),
  { ...base, targetUtilisationPercent: 70 },
  { ...base, network: { prefixDelegation: true, customNetworking: false } },
  { ...base, network: { prefixDelegation: false, customNetworking: true }, profile: "karpenter" },
  { ...base, maxPods: 250, vmMemoryOverheadPercent: 0, rootVolume: { sizeGiB: 200, type: "gp3" } },
];

describe("typeCapacityCeiling", () => {
  it("is never below typeCapacity's capacity, for every catalogue type and node settings", () => {
    let compared = 0;
    for (const type of catalog.instanceTypes) {
      for (const group of settings) {
        for (const overhead of overheads) {
          const ceiling = typeCapacityCeiling(type, group, overhead);
          const fit = typeCapacity(type, group, overhead, pods);
          if (ceiling === null) {
            expect(fit, type.name).toBeNull();
            continue;
          }
          if (fit === null) continue;
          compared += 1;
          const { capacity } = fit;
          if (
            capacity.cpuMillicores > ceiling.cpuMillicores ||
            capacity.memoryMiB > ceiling.memoryMiB ||
            capacity.pods > ceiling.pods ||
            (capacity.gpus ?? 0) > (ceiling.gpus ?? 0)
          ) {
            expect.fail(`${type.name}: ${JSON.stringify(capacity)} above ${JSON.stringify(ceiling)}`);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(catalog.instanceTypes.length * 10);
  });

  it("is the catalogue's size at the target utilisation, less the DaemonSets", () => {
    const type = getInstanceType("m5.large")!;
    expect(typeCapacityCeiling(type, { ...base, targetUtilisationPercent: 80 }, overheads[1]!)).toEqual({
      // ⌊2000 × 0.8⌋ − 225 and ⌊8192 × 0.8⌋ − 416
      cpuMillicores: 1375,
      memoryMiB: 6137,
      pods: Number.MAX_SAFE_INTEGER,
      gpus: Number.MAX_SAFE_INTEGER,
    });
    // Its real capacity is lower: allocatable takes kube-reserved, eviction and VM overhead off.
    expect(typeCapacity(type, { ...base, targetUtilisationPercent: 80 }, overheads[1]!, pods)!.capacity).toMatchObject({
      cpuMillicores: 1319,
      pods: 25,
    });
  });

  it("is null for a type of unknown size", () => {
    const unknown = { ...getInstanceType("m5.large")!, vcpu: null };
    expect(typeCapacityCeiling(unknown, base, overheads[0]!)).toBeNull();
  });
});
