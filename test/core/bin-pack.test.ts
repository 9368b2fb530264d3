import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packingProblem } from "../support/packing-scenarios.js";
import {
  bindingResource,
  nodeLowerBound,
  packPods,
  podsLargerThanNode,
  type NodeCapacity,
  type NodePattern,
  type Packing,
  type PodGroup,
} from "eksize";
import { thrownIssue } from "../support/thrown-issue.js";

/** m5.large with the Amazon Linux profile and two DaemonSet pods: 1930m, 7518 MiB, 27 slots. */
const m5Large: NodeCapacity = { cpuMillicores: 1930, memoryMiB: 7518, pods: 27 };

function pattern(count: number, pods: number[], cpu: number, memory: number, gpus = 0): NodePattern {
  return {
    count,
    pods,
    cpuMillicores: cpu,
    memoryMiB: memory,
    podSlots: pods.reduce((sum, n) => sum + n, 0),
    gpus,
  };
}

describe("packPods worked examples", () => {
  it("puts 10 pods of 500m / 1 GiB on an m5.large three at a time by CPU: 4 nodes (3, 3, 3, 1)", () => {
    const web: PodGroup = { key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024 };
    expect(packPods([web], m5Large)).toEqual({
      patterns: [pattern(3, [3], 1500, 3072), pattern(1, [1], 500, 1024)],
      nodes: 4,
      unplaced: [],
      beyondMaxNodes: [],
    });
  });

  it("fills the CPU left next to each large pod with small pods, and reports them in input order", () => {
    const node = { cpuMillicores: 4000, memoryMiB: 16384, pods: 110 };
    const small = { key: "small", count: 8, cpuMillicores: 250, memoryMiB: 512 };
    const big = { key: "big", count: 3, cpuMillicores: 3000, memoryMiB: 4096 };
    // big goes first (share 0.75 against 0.0625): 1 big + 4 small fill 4000m, twice; the last big is alone.
    expect(packPods([small, big], node)).toEqual({
      patterns: [pattern(2, [4, 1], 4000, 6144), pattern(1, [0, 1], 3000, 4096)],
      nodes: 3,
      unplaced: [],
      beyondMaxNodes: [],
    });
  });

  it("packs the memory-heavy workload first and gives the sidecars a node of their own once CPU is full", () => {
    const node = { cpuMillicores: 2000, memoryMiB: 8000, pods: 20 };
    const groups = [
      { key: "cache", count: 2, cpuMillicores: 200, memoryMiB: 5000 }, // share 0.625 (memory)
      { key: "api", count: 6, cpuMillicores: 600, memoryMiB: 1000 }, // share 0.3 (CPU)
      { key: "sidecar", count: 10, cpuMillicores: 100, memoryMiB: 100 }, // share 0.05
    ];
    // 1 cache + 3 api use exactly 2000m / 8000 MiB, twice; the 10 sidecars then share one node.
    expect(packPods(groups, node)).toEqual({
      patterns: [pattern(2, [1, 3, 0], 2000, 8000), pattern(1, [0, 0, 10], 1000, 1000)],
      nodes: 3,
      unplaced: [],
      beyondMaxNodes: [],
    });
  });

  it("stops at the pod slots for tiny pods: 30 pods on nodes with 11 slots need 3 nodes (11, 11, 8)", () => {
    const node = { cpuMillicores: 4000, memoryMiB: 16384, pods: 11 };
    const tiny = { key: "tiny", count: 30, cpuMillicores: 10, memoryMiB: 32 };
    const packing = packPods([tiny], node);
    expect(packing).toEqual({
      patterns: [pattern(2, [11], 110, 352), pattern(1, [8], 80, 256)],
      nodes: 3,
      unplaced: [],
      beyondMaxNodes: [],
    });
    expect(bindingResource(packing, node)).toBe("pods");
  });

  it("limits GPU pods by the node's GPUs and fills the rest of each node with CPU pods", () => {
    const node = { cpuMillicores: 16000, memoryMiB: 64000, pods: 50, gpus: 4 };
    const trainer = { key: "trainer", count: 10, cpuMillicores: 2000, memoryMiB: 8000, gpus: 1 }; // share 0.25 (GPU)
    const web = { key: "web", count: 12, cpuMillicores: 1000, memoryMiB: 2000 }; // share 0.0625
    const packing = packPods([trainer, web], node);
    expect(packing).toEqual({
      patterns: [
        pattern(1, [4, 8], 16000, 48000, 4),
        pattern(1, [4, 4], 12000, 40000, 4),
        pattern(1, [2, 0], 4000, 16000, 2),
      ],
      nodes: 3,
      unplaced: [],
      beyondMaxNodes: [],
    });
    expect(nodeLowerBound([trainer, web], node)).toBe(3);
    expect(bindingResource(packing, node)).toBe("gpus");
  });

  it("lets pods without requests fill pod slots only: 12 of them on 5-slot nodes need 3 nodes", () => {
    const node = { cpuMillicores: 1000, memoryMiB: 1000, pods: 5 };
    const idle = { key: "idle", count: 12, cpuMillicores: 0, memoryMiB: 0 };
    const packing = packPods([idle], node);
    expect(packing).toEqual({
      patterns: [pattern(2, [5], 0, 0), pattern(1, [2], 0, 0)],
      nodes: 3,
      unplaced: [],
      beyondMaxNodes: [],
    });
    expect(bindingResource(packing, node)).toBe("pods");
  });

  it("places pods that request no CPU on a node that offers none", () => {
    const node = { cpuMillicores: 0, memoryMiB: 4096, pods: 10 };
    const batch = { key: "batch", count: 3, cpuMillicores: 0, memoryMiB: 1024 };
    const packing = packPods([batch], node);
    expect(packing).toEqual({ patterns: [pattern(1, [3], 0, 3072)], nodes: 1, unplaced: [], beyondMaxNodes: [] });
    expect(nodeLowerBound([batch], node)).toBe(1);
    expect(bindingResource(packing, node)).toBe("memory");
  });

  it("reports pods bigger than an empty node with the first resource they exceed (cpu, memory, gpus, pods)", () => {
    const groups = [
      { key: "fine", count: 5, cpuMillicores: 100, memoryMiB: 100 },
      { key: "huge-cpu", count: 2, cpuMillicores: 4000, memoryMiB: 1024 },
      { key: "huge-memory", count: 3, cpuMillicores: 100, memoryMiB: 8192 },
      { key: "both", count: 1, cpuMillicores: 4000, memoryMiB: 8192 },
      { key: "gpu", count: 2, cpuMillicores: 100, memoryMiB: 100, gpus: 1 },
      { key: "scaled-to-zero", count: 0, cpuMillicores: 99999, memoryMiB: 99999 },
    ];
    expect(packPods(groups, m5Large)).toEqual({
      patterns: [pattern(1, [5, 0, 0, 0, 0, 0], 500, 500)],
      nodes: 1,
      unplaced: [
        { key: "huge-cpu", count: 2, resource: "cpu" },
        { key: "huge-memory", count: 3, resource: "memory" },
        { key: "both", count: 1, resource: "cpu" },
        { key: "gpu", count: 2, resource: "gpus" },
      ],
      beyondMaxNodes: [],
    });
    expect(nodeLowerBound(groups, m5Large)).toBe(1);
    // 2 + 3 + 1 + 2: the unplaced groups' pods.
    expect(podsLargerThanNode(groups, m5Large)).toBe(8);
  });

  it("places nothing on a node without pod slots: every pod is unplaced, by pods unless it is too big first", () => {
    const node = { ...m5Large, pods: 0 };
    const groups = [
      { key: "web", count: 4, cpuMillicores: 100, memoryMiB: 100 },
      { key: "big", count: 1, cpuMillicores: 4000, memoryMiB: 100 },
    ];
    expect(packPods(groups, node)).toEqual({
      patterns: [],
      nodes: 0,
      unplaced: [
        { key: "web", count: 4, resource: "pods" },
        { key: "big", count: 1, resource: "cpu" },
      ],
      beyondMaxNodes: [],
    });
  });

  it("adds one pattern of empty nodes to reach minNodes, and nothing when the pods already need as many", () => {
    const web = { key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024 };
    expect(packPods([web], m5Large, { minNodes: 6 })).toEqual({
      patterns: [pattern(3, [3], 1500, 3072), pattern(1, [1], 500, 1024), pattern(2, [0], 0, 0)],
      nodes: 6,
      unplaced: [],
      beyondMaxNodes: [],
    });
    expect(packPods([web], m5Large, { minNodes: 4 }).patterns).toHaveLength(2);
    expect(packPods([], m5Large, { minNodes: 2 })).toEqual({
      patterns: [pattern(2, [], 0, 0)],
      nodes: 2,
      unplaced: [],
      beyondMaxNodes: [],
    });
  });

  it("stops at maxNodes: 10 pods of 500m / 1 GiB with a limit of 2 nodes place 6 and leave 4 pending", () => {
    const web: PodGroup = { key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024 };
    expect(packPods([web], m5Large, { maxNodes: 2 })).toEqual({
      patterns: [pattern(2, [3], 1500, 3072)],
      nodes: 2,
      unplaced: [],
      beyondMaxNodes: [{ key: "web", count: 4 }],
    });
    // The limit cuts after the third full node: the lone fourth pod is left out.
    expect(packPods([web], m5Large, { maxNodes: 3 }).beyondMaxNodes).toEqual([{ key: "web", count: 1 }]);
    expect(packPods([web], m5Large, { maxNodes: 4 }).beyondMaxNodes).toEqual([]);
  });

  it("leaves out every group still waiting at the limit, in input order, and still fills minNodes", () => {
    const big: PodGroup = { key: "big", count: 2, cpuMillicores: 1500, memoryMiB: 1024 };
    const small: PodGroup = { key: "small", count: 5, cpuMillicores: 100, memoryMiB: 128 };
    // Node 1: big + 4 small (1900m); node 2: big + the last small; a limit of 1 leaves 1 big and 1 small.
    expect(packPods([small, big], m5Large, { maxNodes: 1 })).toEqual({
      patterns: [pattern(1, [4, 1], 1900, 1536)],
      nodes: 1,
      unplaced: [],
      beyondMaxNodes: [
        { key: "small", count: 1 },
        { key: "big", count: 1 },
      ],
    });
    expect(packPods([small], m5Large, { minNodes: 3, maxNodes: 3 }).patterns).toEqual([
      pattern(1, [5], 500, 640),
      pattern(2, [0], 0, 0),
    ]);
    expect(packPods([small, big], m5Large, { maxNodes: 0 })).toEqual({
      patterns: [],
      nodes: 0,
      unplaced: [],
      beyondMaxNodes: [
        { key: "small", count: 5 },
        { key: "big", count: 2 },
      ],
    });
  });

  it("holds at most maxPerNode of a group on a node: 3 small pods with a limit of 1 take 3 nodes", () => {
    const one: PodGroup = { key: "web", count: 3, cpuMillicores: 100, memoryMiB: 128, maxPerNode: 1 };
    expect(packPods([one], m5Large)).toEqual({
      patterns: [pattern(3, [1], 100, 128)],
      nodes: 3,
      unplaced: [],
      beyondMaxNodes: [],
    });
  });

  it("fills a node's room beside a capped group with other pods: 2 per node of 5, 12 small pods beside them", () => {
    const capped: PodGroup = { key: "kafka", count: 5, cpuMillicores: 500, memoryMiB: 1024, maxPerNode: 2 };
    const small: PodGroup = { key: "small", count: 12, cpuMillicores: 250, memoryMiB: 256 };
    // kafka first (share 0.26): 2 of it (1000m) and 3 small (750m) fill 1750 of 1930m, twice; then 1 kafka and 5 small.
    expect(packPods([capped, small], m5Large)).toEqual({
      patterns: [pattern(2, [2, 3], 1750, 2816), pattern(1, [1, 5], 1750, 2304), pattern(1, [0, 1], 250, 256)],
      nodes: 4,
      unplaced: [],
      beyondMaxNodes: [],
    });
  });

  it("packs a group with a maxPerNode first, so the nodes it needs anyway take other pods: 4 nodes, not 5", () => {
    const node = { cpuMillicores: 1000, memoryMiB: 4096, pods: 10 };
    const filler: PodGroup = { key: "filler", count: 4, cpuMillicores: 500, memoryMiB: 0 };
    const web: PodGroup = { key: "web", count: 3, cpuMillicores: 100, memoryMiB: 0, maxPerNode: 1 };
    // By dominant share alone the fillers would fill 2 nodes to the brim and each web pod need a node of its own.
    expect(packPods([filler, web], node)).toEqual({
      patterns: [pattern(3, [1, 1], 600, 0), pattern(1, [1, 0], 500, 0)],
      nodes: 4,
      unplaced: [],
      beyondMaxNodes: [],
    });
  });

  it("leaves the pods of a capped group beyond maxNodes × maxPerNode pending: 5 pods, 1 per node, 3 nodes", () => {
    const one: PodGroup = { key: "web", count: 5, cpuMillicores: 100, memoryMiB: 128, maxPerNode: 1 };
    expect(packPods([one], m5Large, { maxNodes: 3 })).toEqual({
      patterns: [pattern(3, [1], 100, 128)],
      nodes: 3,
      unplaced: [],
      beyondMaxNodes: [{ key: "web", count: 2 }],
    });
  });

  it("needs no node for no pods", () => {
    const empty: Packing = { patterns: [], nodes: 0, unplaced: [], beyondMaxNodes: [] };
    expect(packPods([], m5Large)).toEqual(empty);
    expect(packPods([{ key: "off", count: 0, cpuMillicores: 500, memoryMiB: 1024 }], m5Large)).toEqual({
      ...empty,
    });
    expect(nodeLowerBound([], m5Large)).toBe(0);
    expect(bindingResource(empty, m5Large)).toBeNull();
  });

  it("breaks ties in dominant share by larger memory, then by key", () => {
    const node = { cpuMillicores: 1000, memoryMiB: 1000, pods: 10 };
    // Both have share 0.6 and cannot share a node; the 600 MiB one is packed first.
    const cpuHeavy = { key: "a", count: 1, cpuMillicores: 600, memoryMiB: 500 };
    const memoryHeavy = { key: "b", count: 1, cpuMillicores: 500, memoryMiB: 600 };
    expect(packPods([cpuHeavy, memoryHeavy], node).patterns.map((p) => p.pods)).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const d = { key: "d", count: 1, cpuMillicores: 600, memoryMiB: 600 };
    const c = { key: "c", count: 1, cpuMillicores: 600, memoryMiB: 600 };
    expect(packPods([d, c], node).patterns.map((p) => p.pods)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("describes 10,000 identical pods with two patterns", () => {
    const web = { key: "web", count: 10_000, cpuMillicores: 500, memoryMiB: 1024 };
    expect(packPods([web], m5Large)).toEqual({
      patterns: [pattern(3333, [3], 1500, 3072), pattern(1, [1], 500, 1024)],
      nodes: 3334,
      unplaced: [],
      beyondMaxNodes: [],
    });
  });

  it("finds 3 nodes where first-fit decreasing needs 4, by trying first-fit by CPU share", () => {
    // m5.xlarge, Amazon Linux allocatable. FFD by dominant share packs the workers, then the caches,
    // then the API pods 2 and 1, leaving a fourth node; by CPU share the caches go first and 3 suffice.
    const node = { cpuMillicores: 3920, memoryMiB: 15391, pods: 58 };
    const api = { key: "api", count: 3, cpuMillicores: 750, memoryMiB: 6144 }; // share 0.399
    const cache = { key: "cache", count: 2, cpuMillicores: 1750, memoryMiB: 2048 }; // share 0.446
    const worker = { key: "worker", count: 2, cpuMillicores: 1250, memoryMiB: 7168 }; // share 0.466
    const packing = packPods([api, cache, worker], node);
    expect(packing.patterns.map((p) => [p.count, p.pods])).toEqual([
      [1, [0, 0, 2]],
      [1, [2, 1, 0]],
      [1, [1, 1, 0]],
    ]);
    expect(packing.nodes).toBe(nodeLowerBound([api, cache, worker], node));
  });

  it("packs the benchmark's seed 97 on 3 c5.xlarge nodes, where first-fit decreasing needs 4", () => {
    // 17 pods of 530m / 384 MiB and 5 of 210m / 1,344 MiB: FFD puts 4 of the memory-heavy pods on the
    // first node, which then holds only 2 of the others; 6 + 1, 6 + 1 and 5 + 3 fit.
    const problem = packingProblem(97);
    expect(problem.node).toEqual({ cpuMillicores: 3595, memoryMiB: 6331, pods: 54 });
    expect(problem.groups).toEqual([
      { key: "w00", count: 17, cpuMillicores: 530, memoryMiB: 384 },
      { key: "w01", count: 5, cpuMillicores: 210, memoryMiB: 1344 },
    ]);
    expect(packPods(problem.groups, problem.node)).toEqual({
      patterns: [pattern(2, [6, 1], 3390, 3648), pattern(1, [5, 3], 3280, 5952)],
      nodes: 3,
      unplaced: [],
      beyondMaxNodes: [],
    });
    expect(nodeLowerBound(problem.groups, problem.node)).toBe(3);
  });

  it("never overfills a node with fractional amounts, even where rounding then leaves a pod out", () => {
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004 > 0.3 in floating point, so only two fit.
    const node = { cpuMillicores: 0.3, memoryMiB: 1, pods: 10 };
    const packing = packPods([{ key: "f", count: 3, cpuMillicores: 0.1, memoryMiB: 0 }], node);
    expect(packing.patterns.map((p) => [p.count, p.pods])).toEqual([
      [1, [2]],
      [1, [1]],
    ]);
    expect(packing.patterns.every((p) => p.cpuMillicores <= node.cpuMillicores)).toBe(true);
  });
});

describe("nodeLowerBound", () => {
  it("counts what one node holds of a group: 10 pods of 500m, 3 to a 1,930m node, need 4 (CPU's volume gives 3)", () => {
    const web = { key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024 };
    expect(nodeLowerBound([web], m5Large)).toBe(4);
    expect(packPods([web], m5Large).nodes).toBe(4);
  });

  it("takes the most demanding resource's volume: 12 pods of 300m and 12 of 400m on 1,930m need 5", () => {
    // 8,400m / 1,930m = 4.35: 5 nodes; no group alone needs as many (6 of 300m fit a node, 4 of 400m).
    const groups = [
      { key: "small", count: 12, cpuMillicores: 300, memoryMiB: 64 },
      { key: "large", count: 12, cpuMillicores: 400, memoryMiB: 64 },
    ];
    expect(nodeLowerBound(groups, m5Large)).toBe(5);
  });

  it("sees pods too large to share a node (Martello and Toth's L2): 3 of 600m and 3 of 450m on 1,000m need 5", () => {
    const node = { cpuMillicores: 1000, memoryMiB: 8192, pods: 29 };
    const groups = [
      { key: "wide", count: 3, cpuMillicores: 600, memoryMiB: 64 },
      { key: "half", count: 3, cpuMillicores: 450, memoryMiB: 64 },
    ];
    // The volume gives ⌈3,150 / 1,000⌉ = 4. L2 at α = 450m: nothing of 450m fits beside a 600m pod, so
    // each wide pod has a node of its own, and the half pods need ⌈1,350 / 1,000⌉ = 2 more.
    expect(nodeLowerBound(groups, node)).toBe(5);
    expect(packPods(groups, node).nodes).toBe(5);
  });

  it("gives a node to each pod that fits beside no other: 3 pods of all the memory and 10 small pods need 7", () => {
    // A t3.medium less its DaemonSets. The volume gives 4; each big pod leaves no memory for another
    // pod, and 10 pods of 460m, 3 to a node, need 4 more.
    const node = { cpuMillicores: 1605, memoryMiB: 2993, pods: 13 };
    const groups = [
      { key: "big", count: 3, cpuMillicores: 240, memoryMiB: 2993 },
      { key: "small", count: 10, cpuMillicores: 460, memoryMiB: 64 },
    ];
    expect(nodeLowerBound(groups, node)).toBe(7);
    expect(packPods(groups, node).nodes).toBe(7);
  });

  it("counts the most pods a node holds in any mix: 5 pods of which no 3 fit one node need 3", () => {
    // An r5.large less its DaemonSets: the two smallest memories (4,800 MiB) and the next (5,632 MiB)
    // pass 14,703 MiB, so a node holds 2 pods; the volume gives 2.
    const node = { cpuMillicores: 1605, memoryMiB: 14_703, pods: 25 };
    const groups = [
      { key: "a", count: 3, cpuMillicores: 510, memoryMiB: 5632 },
      { key: "b", count: 2, cpuMillicores: 500, memoryMiB: 4800 },
    ];
    expect(nodeLowerBound(groups, node)).toBe(3);
    expect(packPods(groups, node).nodes).toBe(3);
  });

  it("pairs pods larger than half the CPU with those larger than half the memory only where they fit: 26 + 9 need 35", () => {
    // c5.xlarge less DaemonSets (the benchmark's seed 190): no pod of 2,860m fits beside one of 6,080 MiB,
    // so each takes a node of its own; CPU's volume and L2 in each resource see only 26.
    const node = { cpuMillicores: 3595, memoryMiB: 6331, pods: 54 };
    const groups = [
      { key: "cpu", count: 26, cpuMillicores: 2860, memoryMiB: 896 },
      { key: "memory", count: 9, cpuMillicores: 430, memoryMiB: 6080 },
    ];
    expect(nodeLowerBound(groups, node)).toBe(35);
    expect(packPods(groups, node).nodes).toBe(35);
    // With pods that fit together, they pair up: 26 + 9 − 9 pairs.
    expect(nodeLowerBound([groups[0]!, { ...groups[1]!, memoryMiB: 5000 }], node)).toBe(26);
  });

  it("adds the large pods that fit beside none of a group to the group's own nodes: 13 pods 3 to a node and 2 large need 7", () => {
    // m5.xlarge less DaemonSets (the benchmark's seed 211): 1,090m pods go 3 to a node (5 nodes), and a
    // 2,570m pod leaves room for none of them; CPU's volume and L2 give 6.
    const node = { cpuMillicores: 3595, memoryMiB: 14215, pods: 54 };
    const groups = [
      { key: "large", count: 2, cpuMillicores: 2570, memoryMiB: 1984 },
      { key: "medium", count: 13, cpuMillicores: 1090, memoryMiB: 448 },
    ];
    expect(nodeLowerBound(groups, node)).toBe(7);
    expect(packPods(groups, node).nodes).toBe(7);
  });

  it("counts pod slots: 30 tiny pods on 11-slot nodes need at least 3", () => {
    const node = { cpuMillicores: 4000, memoryMiB: 16384, pods: 11 };
    expect(nodeLowerBound([{ key: "tiny", count: 30, cpuMillicores: 10, memoryMiB: 32 }], node)).toBe(3);
  });

  it("ignores pods that fit no node, so it stays a bound for what packPods places", () => {
    const groups = [
      { key: "web", count: 2, cpuMillicores: 500, memoryMiB: 1024 },
      { key: "huge", count: 50, cpuMillicores: 4000, memoryMiB: 1024 },
    ];
    expect(nodeLowerBound(groups, m5Large)).toBe(1);
  });

  it("counts a group's maxPerNode: 7 pods at most 2 per node need at least 4 nodes", () => {
    expect(nodeLowerBound([{ key: "web", count: 7, cpuMillicores: 1, memoryMiB: 1, maxPerNode: 2 }], m5Large)).toBe(4);
  });

  it("does not let rounding lift the bound above an exact fit", () => {
    // 14 × 622.1383 / 622.1383 is 14.000000000000002 in floating point; each pod fills one node exactly.
    const node = { cpuMillicores: 1000, memoryMiB: 622.1383, pods: 10 };
    const groups = [{ key: "full", count: 14, cpuMillicores: 0, memoryMiB: 622.1383 }];
    expect(nodeLowerBound(groups, node)).toBe(14);
    expect(packPods(groups, node).nodes).toBe(14);
  });
});

describe("bindingResource", () => {
  it("names CPU for 500m / 1 GiB pods on m5.large (65% CPU, 34% memory, 9% pods)", () => {
    const packing = packPods([{ key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024 }], m5Large);
    expect(bindingResource(packing, m5Large)).toBe("cpu");
  });

  it("names memory for memory-heavy pods", () => {
    const packing = packPods([{ key: "cache", count: 4, cpuMillicores: 100, memoryMiB: 3000 }], m5Large);
    expect(bindingResource(packing, m5Large)).toBe("memory");
  });

  it("gives ties to the first of cpu, memory, gpus, pods, and null when the nodes hold nothing", () => {
    const node = { cpuMillicores: 1000, memoryMiB: 1000, pods: 2 };
    const even = packPods([{ key: "even", count: 2, cpuMillicores: 500, memoryMiB: 500 }], node);
    expect(bindingResource(even, node)).toBe("cpu");
    expect(bindingResource(packPods([], node, { minNodes: 3 }), node)).toBeNull();
  });
});

describe("input validation", () => {
  const web: PodGroup = { key: "web", count: 10, cpuMillicores: 500, memoryMiB: 1024 };

  it.each([
    ["groups[0].count", [{ ...web, count: -1 }], m5Large, {}],
    ["groups[0].count", [{ ...web, count: 1.5 }], m5Large, {}],
    ["groups[0].count", [{ ...web, count: Number.NaN }], m5Large, {}],
    ["groups[0].cpuMillicores", [{ ...web, cpuMillicores: -1 }], m5Large, {}],
    ["groups[0].cpuMillicores", [{ ...web, cpuMillicores: Number.POSITIVE_INFINITY }], m5Large, {}],
    ["groups[0].memoryMiB", [{ ...web, memoryMiB: Number.NaN }], m5Large, {}],
    ["groups[0].gpus", [{ ...web, gpus: 0.5 }], m5Large, {}],
    ["groups[0].maxPerNode", [{ ...web, maxPerNode: 0 }], m5Large, {}],
    ["groups[0].maxPerNode", [{ ...web, maxPerNode: 1.5 }], m5Large, {}],
    ["groups[1].key", [web, { ...web }], m5Large, {}],
    ["node.cpuMillicores", [web], { ...m5Large, cpuMillicores: -1930 }, {}],
    ["node.memoryMiB", [web], { ...m5Large, memoryMiB: Number.POSITIVE_INFINITY }, {}],
    ["node.pods", [web], { ...m5Large, pods: 27.5 }, {}],
    ["node.gpus", [web], { ...m5Large, gpus: -1 }, {}],
    ["minNodes", [web], m5Large, { minNodes: -1 }],
    ["minNodes", [web], m5Large, { minNodes: 1.5 }],
    ["maxNodes", [web], m5Large, { maxNodes: -1 }],
    ["maxNodes", [web], m5Large, { maxNodes: 2.5 }],
    ["maxNodes", [web], m5Large, { minNodes: 3, maxNodes: 2 }],
  ] as const)("rejects a bad %s with invalid-option", (option, groups, node, options) => {
    const found = thrownIssue(() => packPods(groups, node, options));
    expect(found?.code).toBe("invalid-option");
    expect(found?.code === "invalid-option" ? found.params.option : undefined).toBe(option);
  });

  it("validates in nodeLowerBound and bindingResource too", () => {
    expect(thrownIssue(() => nodeLowerBound([{ ...web, count: -1 }], m5Large))?.code).toBe("invalid-option");
    const empty: Packing = { patterns: [], nodes: 0, unplaced: [], beyondMaxNodes: [] };
    expect(thrownIssue(() => bindingResource(empty, { ...m5Large, pods: -1 }))?.code).toBe("invalid-option");
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties. Amounts are whole numbers, as millicores and MiB are, so every sum below is exact.

/** Small nodes and requests (many ties and exact fits) or realistic ones (many pods per node). */
const anyCase = fc
  .constantFrom({ cap: 20, request: 12, slots: 8, count: 6 }, { cap: 16_000, request: 6_000, slots: 60, count: 25 })
  .chain(({ cap, request, slots, count }) =>
    fc.record({
      node: fc.record(
        {
          cpuMillicores: fc.integer({ min: 0, max: cap }),
          memoryMiB: fc.integer({ min: 0, max: cap }),
          pods: fc.integer({ min: 0, max: slots }),
          gpus: fc.integer({ min: 0, max: 4 }),
        },
        { requiredKeys: ["cpuMillicores", "memoryMiB", "pods"] },
      ),
      groups: fc
        .array(
          fc.record(
            {
              count: fc.integer({ min: 0, max: count }),
              cpuMillicores: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: request })),
              memoryMiB: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: request })),
              gpus: fc.integer({ min: 0, max: 2 }),
              maxPerNode: fc.integer({ min: 1, max: 4 }),
            },
            { requiredKeys: ["count", "cpuMillicores", "memoryMiB"] },
          ),
          { maxLength: 6 },
        )
        .map((groups): PodGroup[] => groups.map((group, index) => ({ key: `g${index}`, ...group }))),
    }),
  );

/**
 * The fewest nodes the pods that fit an empty node need, by trying every placement: each pod in turn
 * goes on a node already open (if it fits there, its group's maxPerNode included) or on a new one.
 */
function optimumNodes(groups: readonly PodGroup[], node: NodeCapacity): number {
  const pods = groups.flatMap((group, index) =>
    fits(group, { cpu: node.cpuMillicores, memory: node.memoryMiB, gpus: node.gpus ?? 0, slots: node.pods })
      ? Array.from({ length: group.count }, () => index)
      : [],
  );
  const open: { cpu: number; memory: number; gpus: number; slots: number; of: number[] }[] = [];
  let best = pods.length;
  const place = (next: number): void => {
    if (open.length >= best) return;
    if (next === pods.length) {
      best = open.length;
      return;
    }
    const index = pods[next]!;
    const group = groups[index]!;
    const room = [
      ...open,
      {
        cpu: node.cpuMillicores,
        memory: node.memoryMiB,
        gpus: node.gpus ?? 0,
        slots: node.pods,
        of: groups.map(() => 0),
      },
    ];
    room.forEach((free, at) => {
      if (!fits(group, free) || free.of[index]! >= (group.maxPerNode ?? Number.POSITIVE_INFINITY)) return;
      const taken = {
        cpu: free.cpu - group.cpuMillicores,
        memory: free.memory - group.memoryMiB,
        gpus: free.gpus - (group.gpus ?? 0),
        slots: free.slots - 1,
        of: free.of.map((count, which) => (which === index ? count + 1 : count)),
      };
      const before = open[at];
      if (before === undefined) open.push(taken);
      else open[at] = taken;
      place(next + 1);
      if (before === undefined) open.pop();
      else open[at] = before;
    });
  };
  place(0);
  return best;
}

function fits(group: PodGroup, free: { cpu: number; memory: number; gpus: number; slots: number }): boolean {
  return (
    group.cpuMillicores <= free.cpu &&
    group.memoryMiB <= free.memory &&
    (group.gpus ?? 0) <= free.gpus &&
    free.slots >= 1
  );
}

function recompute(pods: readonly number[], groups: readonly PodGroup[]) {
  let cpu = 0;
  let memory = 0;
  let gpus = 0;
  let slots = 0;
  groups.forEach((group, index) => {
    const n = pods[index]!;
    cpu += n * group.cpuMillicores;
    memory += n * group.memoryMiB;
    gpus += n * (group.gpus ?? 0);
    slots += n;
  });
  return { cpu, memory, gpus, slots };
}

/**
 * The groups that fit an empty node, in first-fit-decreasing order (a maxPerNode first, dominant share ↓,
 * memory ↓, key ↑).
 */
function ffdOrder(groups: readonly PodGroup[], node: NodeCapacity): { group: PodGroup; index: number }[] {
  const share = (request: number, capacity: number) => (request === 0 ? 0 : request / capacity);
  const capped = (g: PodGroup) => (g.maxPerNode === undefined ? 0 : 1);
  const dominant = (g: PodGroup) =>
    Math.max(
      share(g.cpuMillicores, node.cpuMillicores),
      share(g.memoryMiB, node.memoryMiB),
      share(g.gpus ?? 0, node.gpus ?? 0),
    );
  return groups
    .map((group, index) => ({ group, index }))
    .filter(({ group }) => fits(group, emptyNode(node)))
    .sort(
      (a, b) =>
        capped(b.group) - capped(a.group) ||
        dominant(b.group) - dominant(a.group) ||
        b.group.memoryMiB - a.group.memoryMiB ||
        (a.group.key < b.group.key ? -1 : 1),
    );
}

function emptyNode(node: NodeCapacity) {
  return { cpu: node.cpuMillicores, memory: node.memoryMiB, gpus: node.gpus ?? 0, slots: node.pods };
}

/** Whether a node holding `onNode` pods of the group may take one more under its `maxPerNode`. */
function belowCap(group: PodGroup, onNode: number): boolean {
  return onNode < (group.maxPerNode ?? Number.POSITIVE_INFINITY);
}

/**
 * Classic FFD, one pod at a time: each pod goes to the first open node with room (and fewer than its
 * group's `maxPerNode`), else a new node.
 */
function podByPodFfd(groups: readonly PodGroup[], node: NodeCapacity): number[][] {
  const nodes: { pods: number[]; free: ReturnType<typeof emptyNode> }[] = [];
  for (const { group, index } of ffdOrder(groups, node)) {
    for (let pod = 0; pod < group.count; pod++) {
      let target = nodes.find((open) => fits(group, open.free) && belowCap(group, open.pods[index]!));
      if (target === undefined) {
        target = { pods: groups.map(() => 0), free: emptyNode(node) };
        nodes.push(target);
      }
      target.pods[index] = target.pods[index]! + 1;
      target.free.cpu -= group.cpuMillicores;
      target.free.memory -= group.memoryMiB;
      target.free.gpus -= group.gpus ?? 0;
      target.free.slots -= 1;
    }
  }
  return nodes.map((open) => open.pods);
}

function expand(packing: Packing): (readonly number[])[] {
  return packing.patterns.flatMap((p) => Array.from({ length: p.count }, () => p.pods));
}

describe("packPods invariants", () => {
  it("places or reports every pod, exactly once", () => {
    fc.assert(
      fc.property(anyCase, fc.integer({ min: 0, max: 5 }), ({ groups, node }, minNodes) => {
        const packing = packPods(groups, node, { minNodes });
        groups.forEach((group, index) => {
          const placed = packing.patterns.reduce((sum, p) => sum + p.count * p.pods[index]!, 0);
          const unplaced = packing.unplaced.filter((u) => u.key === group.key).reduce((sum, u) => sum + u.count, 0);
          expect(placed + unplaced).toBe(group.count);
          expect(placed === 0 || unplaced === 0).toBe(true);
        });
        expect(packing.beyondMaxNodes).toEqual([]);
        expect(packing.nodes).toBe(packing.patterns.reduce((sum, p) => sum + p.count, 0));
        expect(packing.nodes).toBeGreaterThanOrEqual(minNodes);
      }),
    );
  });

  it("under maxNodes, keeps the unlimited packing if it fits, else first-fit decreasing's first nodes, and leaves out exactly the pods of the rest", () => {
    fc.assert(
      fc.property(anyCase, fc.integer({ min: 0, max: 6 }), ({ groups, node }, maxNodes) => {
        const free = packPods(groups, node);
        const limited = packPods(groups, node, { maxNodes });
        expect(limited.nodes).toBe(Math.min(maxNodes, free.nodes));
        const kept = free.nodes <= maxNodes ? expand(free) : podByPodFfd(groups, node);
        expect(expand(limited)).toEqual(kept.slice(0, maxNodes));
        expect(limited.unplaced).toEqual(free.unplaced);
        groups.forEach((group, index) => {
          const cut = kept.slice(maxNodes).reduce((sum, pods) => sum + pods[index]!, 0);
          const left = limited.beyondMaxNodes.find((entry) => entry.key === group.key)?.count ?? 0;
          expect(left).toBe(cut);
        });
      }),
    );
  });

  it("never exceeds the node in any dimension, and reports each pattern's usage correctly", () => {
    fc.assert(
      fc.property(anyCase, ({ groups, node }) => {
        for (const p of packPods(groups, node).patterns) {
          const used = recompute(p.pods, groups);
          expect(p.count).toBeGreaterThanOrEqual(1);
          expect(p.pods).toHaveLength(groups.length);
          expect({ cpu: p.cpuMillicores, memory: p.memoryMiB, gpus: p.gpus, slots: p.podSlots }).toEqual(used);
          expect(used.cpu).toBeLessThanOrEqual(node.cpuMillicores);
          expect(used.memory).toBeLessThanOrEqual(node.memoryMiB);
          expect(used.gpus).toBeLessThanOrEqual(node.gpus ?? 0);
          expect(used.slots).toBeLessThanOrEqual(node.pods);
        }
      }),
    );
  });

  it("counts as too big for a node exactly the pods the packing leaves unplaced, whatever the limits", () => {
    fc.assert(
      fc.property(anyCase, fc.integer({ min: 1, max: 4 }), ({ groups, node }, maxNodes) => {
        const unplaced = packPods(groups, node, { maxNodes }).unplaced.reduce((sum, group) => sum + group.count, 0);
        expect(podsLargerThanNode(groups, node)).toBe(unplaced);
      }),
    );
  });

  it("reports a pod as unplaced only when it is bigger than an empty node in the named resource", () => {
    fc.assert(
      fc.property(anyCase, ({ groups, node }) => {
        for (const u of packPods(groups, node).unplaced) {
          const group = groups.find((g) => g.key === u.key)!;
          const exceeds = {
            cpu: group.cpuMillicores > node.cpuMillicores,
            memory: group.memoryMiB > node.memoryMiB,
            gpus: (group.gpus ?? 0) > (node.gpus ?? 0),
            pods: node.pods < 1,
          };
          expect(exceeds[u.resource]).toBe(true);
        }
      }),
    );
  });

  it("never puts more than a group's maxPerNode of its pods on one node, under any limits", () => {
    fc.assert(
      fc.property(anyCase, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 8 }), (input, min, extra) => {
        const { groups, node } = input;
        const packing = packPods(groups, node, { minNodes: min, maxNodes: min + extra });
        for (const p of packing.patterns) {
          groups.forEach((group, index) => {
            expect(p.pods[index]!).toBeLessThanOrEqual(group.maxPerNode ?? Number.POSITIVE_INFINITY);
          });
        }
      }),
    );
  });

  it("needs at least the lower bound of nodes", () => {
    fc.assert(
      fc.property(anyCase, ({ groups, node }) => {
        expect(packPods(groups, node).nodes).toBeGreaterThanOrEqual(nodeLowerBound(groups, node));
      }),
    );
  });

  it("never exceeds the optimum with pods larger than half a node in two resources, by trying every placement", () => {
    // Requests up to the whole node in CPU and memory, so the pair and group-apart bounds come into play.
    const big = fc.record({
      node: fc.record({
        cpuMillicores: fc.integer({ min: 1, max: 20 }),
        memoryMiB: fc.integer({ min: 1, max: 20 }),
        pods: fc.integer({ min: 1, max: 6 }),
        gpus: fc.integer({ min: 0, max: 2 }),
      }),
      groups: fc
        .array(
          fc.record(
            {
              count: fc.integer({ min: 0, max: 3 }),
              cpuMillicores: fc.integer({ min: 0, max: 20 }),
              memoryMiB: fc.integer({ min: 0, max: 20 }),
              gpus: fc.integer({ min: 0, max: 2 }),
              maxPerNode: fc.integer({ min: 1, max: 3 }),
            },
            { requiredKeys: ["count", "cpuMillicores", "memoryMiB"] },
          ),
          { maxLength: 4 },
        )
        .map((groups): PodGroup[] => groups.map((group, index) => ({ key: `g${index}`, ...group }))),
    });
    const tiny = big.filter(({ groups }) => groups.reduce((sum, group) => sum + group.count, 0) <= 7);
    fc.assert(
      fc.property(tiny, ({ groups, node }) => {
        const optimum = optimumNodes(groups, node);
        expect(nodeLowerBound(groups, node)).toBeLessThanOrEqual(optimum);
        expect(packPods(groups, node).nodes).toBeGreaterThanOrEqual(optimum);
      }),
      { numRuns: 500 },
    );
  });

  it("never exceeds the optimum, found by trying every placement of up to 7 pods", () => {
    const tiny = anyCase.filter(({ groups }) => groups.reduce((sum, group) => sum + group.count, 0) <= 7);
    fc.assert(
      fc.property(tiny, ({ groups, node }) => {
        expect(nodeLowerBound(groups, node)).toBeLessThanOrEqual(optimumNodes(groups, node));
      }),
    );
  });

  it("never uses more nodes than classic pod-by-pod first-fit decreasing, and with as many puts every pod where it does", () => {
    fc.assert(
      fc.property(anyCase, ({ groups, node }) => {
        const packing = expand(packPods(groups, node));
        const ffd = podByPodFfd(groups, node);
        expect(packing.length).toBeLessThanOrEqual(ffd.length);
        if (packing.length === ffd.length) expect(packing).toEqual(ffd);
      }),
    );
  });

  it("never uses more nodes than first-fit decreasing on large mixed problems, nor fewer than the bound", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (seed) => {
        const { groups, node } = packingProblem(seed);
        const nodes = packPods(groups, node).nodes;
        expect(nodes).toBeLessThanOrEqual(podByPodFfd(groups, node).length);
        expect(nodes).toBeGreaterThanOrEqual(nodeLowerBound(groups, node));
      }),
      { numRuns: 20 },
    );
  });

  it("with first-fit decreasing, leaves no node with room for a pod that was still waiting when the node was filled", () => {
    fc.assert(
      fc.property(anyCase, ({ groups, node }) => {
        const packing = packPods(groups, node);
        // First-fit decreasing's packing: the one packPods keeps unless another fill saves a node.
        fc.pre(packing.nodes === podByPodFfd(groups, node).length);
        const waiting = groups.map((g) => (packing.unplaced.some((u) => u.key === g.key) ? 0 : g.count));
        for (const p of packing.patterns) {
          const free = {
            cpu: node.cpuMillicores - p.cpuMillicores,
            memory: node.memoryMiB - p.memoryMiB,
            gpus: (node.gpus ?? 0) - p.gpus,
            slots: node.pods - p.podSlots,
          };
          // After the first node of the pattern; later copies see fewer pods waiting, never more.
          groups.forEach((group, index) => {
            if (waiting[index]! - p.pods[index]! > 0 && belowCap(group, p.pods[index]!)) {
              expect(fits(group, free)).toBe(false);
            }
          });
          groups.forEach((_, index) => (waiting[index] = waiting[index]! - p.count * p.pods[index]!));
        }
        expect(waiting.every((n) => n === 0)).toBe(true);
      }),
    );
  });

  it("uses at most two patterns per packed group with first-fit decreasing, at several multiples of the replicas", () => {
    fc.assert(
      // Pod-by-pod FFD, which tells whether packPods kept first-fit decreasing, is slow for more replicas.
      fc.property(anyCase, fc.integer({ min: 1, max: 4 }), ({ groups, node }, scale) => {
        const many = groups.map((g) => ({ ...g, count: g.count * scale }));
        const packing = packPods(many, node);
        fc.pre(packing.nodes === podByPodFfd(many, node).length);
        const packed = many.filter((g) => g.count > 0 && !packing.unplaced.some((u) => u.key === g.key)).length;
        expect(packing.patterns.length).toBeLessThanOrEqual(2 * packed);
      }),
    );
  });

  it("gives the same packing whatever the order of the groups", () => {
    const byKey = (packing: Packing, groups: readonly PodGroup[]) => ({
      nodes: packing.nodes,
      patterns: packing.patterns.map((p) => ({
        ...p,
        pods: Object.fromEntries(groups.map((g, index) => [g.key, p.pods[index]])),
      })),
      unplaced: [...packing.unplaced].sort((a, b) => (a.key < b.key ? -1 : 1)),
    });
    fc.assert(
      fc.property(
        anyCase.chain(({ groups, node }) =>
          fc.record({
            groups: fc.constant(groups),
            node: fc.constant(node),
            shuffled: fc.shuffledSubarray(groups, { minLength: groups.length, maxLength: groups.length }),
          }),
        ),
        ({ groups, node, shuffled }) => {
          expect(byKey(packPods(shuffled, node), shuffled)).toEqual(byKey(packPods(groups, node), groups));
        },
      ),
    );
  });

  it("never needs fewer nodes for more replicas of a single workload", () => {
    fc.assert(
      fc.property(anyCase, fc.integer({ min: 1, max: 30 }), ({ groups, node }, extra) => {
        const one = groups.slice(0, 1);
        const more = one.map((g) => ({ ...g, count: g.count + extra }));
        expect(packPods(more, node).nodes).toBeGreaterThanOrEqual(packPods(one, node).nodes);
      }),
    );
  });
});
