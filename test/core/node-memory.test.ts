/**
 * Node memory as the kubelet sees it, against real EKS nodes (`data/upstream/real-node-capacities.json`:
 * `kubectl describe node` / `get node -o json` from public repositories, each record naming its source).
 * Their capacity is the kernel's MemTotal; their allocatable is what the scheduler had.
 */
import { describe, expect, it } from "vitest";
import { allocatable, kubeletMemoryCapacity, MEMORY_CAPACITY_FIT } from "eksize";
import { instance } from "../support/core.js";
import { readUpstream } from "../support/upstream.js";

interface RealNode {
  readonly recordKind: "single-node-object" | "aggregated-per-type" | "allocatable-only";
  readonly instanceType: string;
  readonly amiFamily: string;
  readonly eks?: boolean;
  readonly capacityMemoryKi?: number;
  readonly allocatableMemoryKi: number;
  readonly notes?: string | null;
}

const realNodes = JSON.parse(readUpstream("real-node-capacities.json")) as RealNode[];

/**
 * The records with a capacity, and which of them the EKS AMI's formula (capacity − kube-reserved of the
 * ENI-limited max pods − 100 MiB) should give to the KiB: all but the pre-November-2019 AMIs (no
 * kube-reserved), the kubeadm node, and the 2i2c aggregates published to 0.001 Gi.
 */
const withCapacity = realNodes.flatMap((node, index) => (node.capacityMemoryKi === undefined ? [] : [{ node, index }]));
const notEksAmiFormula = new Map<number, string>([
  [1, "pre-Nov-2019 EKS AMI: no kube-reserved"],
  [7, "pre-Nov-2019 EKS AMI: no kube-reserved"],
  [16, "kubeadm on Ubuntu, not EKS"],
  [18, "pre-Nov-2019 EKS AMI pattern: no kube-reserved"],
  [24, "published as Gi to 3 decimals"],
  [25, "published as Gi to 3 decimals"],
  [26, "published as Gi to 3 decimals"],
  [27, "published as Gi to 3 decimals"],
  [28, "published as Gi to 3 decimals"],
]);

describe("allocatable memory of real EKS nodes, from their measured capacity", () => {
  const exact = withCapacity.filter(({ index }) => !notEksAmiFormula.has(index));

  it("covers 20 nodes of 12 types, AL2 and AL2023, 2019 to 2026", () => {
    expect(exact).toHaveLength(20);
    expect(new Set(exact.map(({ node }) => node.instanceType)).size).toBe(12);
  });

  it.each(exact.map(({ node, index }) => [index, node.instanceType, node] as const))(
    "record %i (%s): capacity − kube-reserved − eviction is the node's allocatable to the KiB",
    (_index, type, node) => {
      const computed = allocatable(instance(type), { memoryCapacityMiB: node.capacityMemoryKi! / 1024 });
      expect(computed.vmOverheadSource).toBe("override");
      expect(computed.memoryMiB * 1024).toBe(node.allocatableMemoryKi);
    },
  );

  it("misses the 2i2c aggregates by less than their 1 MiB rounding", () => {
    for (const index of [24, 25, 26, 27, 28]) {
      const node = realNodes[index]!;
      const computed = allocatable(instance(node.instanceType), { memoryCapacityMiB: node.capacityMemoryKi! / 1024 });
      expect(Math.abs(computed.memoryMiB * 1024 - node.allocatableMemoryKi)).toBeLessThan(1024);
    }
  });
});

describe("kubeletMemoryCapacity", () => {
  it("gives m5.large its measured 7,633 MiB: real AL2 nodes report 7,640 to 7,765 MiB, not 8,192", () => {
    expect(kubeletMemoryCapacity(instance("m5.large"))).toEqual({ memoryMiB: 7633, source: "measured" });
    const realM5Large = withCapacity
      .filter(({ node }) => node.instanceType === "m5.large")
      .map(({ node }) => Math.floor(node.capacityMemoryKi! / 1024));
    expect([Math.min(...realM5Large), Math.max(...realM5Large)]).toEqual([7640, 7764]);
  });

  it("models unmeasured types as ⌊0.959 × memory − 102⌋: c7i.large 3,826 MiB, r7i.4xlarge 125,596 MiB", () => {
    expect(MEMORY_CAPACITY_FIT).toEqual({ ratio: 0.959, offsetMiB: 102 });
    expect(kubeletMemoryCapacity(instance("c7i.large"))).toEqual({ memoryMiB: 3826, source: "model" });
    expect(kubeletMemoryCapacity(instance("r7i.4xlarge"))).toEqual({ memoryMiB: 125596, source: "model" });
  });

  it("stays within 1.7% of every real node's capacity, above it on 4 of 29 (by at most 1.6%, g6.xlarge's model)", () => {
    const errors = withCapacity.map(({ node }) => {
      const real = node.capacityMemoryKi! / 1024;
      return (kubeletMemoryCapacity(instance(node.instanceType)).memoryMiB - real) / real;
    });
    expect(errors).toHaveLength(29);
    for (const error of errors) expect(Math.abs(error)).toBeLessThan(0.017);
    expect(errors.filter((error) => error > 0)).toHaveLength(4);
  });
});

describe("allocatable memory with the kubelet's capacity", () => {
  it("gives m5.large 8,192 − 559 kernel and VM − 574 − 100 = 6,959 MiB (real nodes: 6,966 to 7,091)", () => {
    const node = allocatable(instance("m5.large"));
    expect(node.vmOverhead.memoryMiB).toBe(559);
    expect(node.vmOverheadSource).toBe("measured");
    expect(node.memoryMiB).toBe(6959);
    expect(allocatable(instance("m5.large"), { profile: "bottlerocket" }).memoryMiB).toBe(6959);
  });

  it("keeps Karpenter's own 7.5% estimate for the Karpenter profile (6,903 MiB on m5.large)", () => {
    const node = allocatable(instance("m5.large"), { profile: "karpenter" });
    expect([node.vmOverhead.memoryMiB, node.vmOverheadSource, node.memoryMiB]).toEqual([615, "karpenter", 6903]);
  });

  it("takes a user's overhead percentage or measured capacity over the model", () => {
    const byPercent = allocatable(instance("m5.large"), { vmMemoryOverheadPercent: 5 });
    expect([byPercent.vmOverhead.memoryMiB, byPercent.vmOverheadSource, byPercent.memoryMiB]).toEqual([
      410,
      "override",
      7108,
    ]);
    expect(allocatable(instance("m5.large"), { vmMemoryOverheadPercent: 0 }).memoryMiB).toBe(7518);
    expect(allocatable(instance("m5.large"), { memoryCapacityMiB: 7765 }).memoryMiB).toBe(7091);
  });
});
