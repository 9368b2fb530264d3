import { describe, expect, it } from "vitest";
import { allocatable, kubeletMaxPods, kubeReservedCpu, kubeReservedMemory } from "eksize";
import { errorCode, instance } from "../support/core.js";

describe("kubeReservedCpu", () => {
  // eks-formulas.md §3.1 table, and Bottlerocket's helpers.rs tests (5 → 82, 6 → 85, 47 → 187, 48 → 190).
  it.each([
    [1, 60],
    [2, 70],
    [3, 75],
    [4, 80],
    [5, 82],
    [6, 85],
    [8, 90],
    [16, 110],
    [32, 150],
    [47, 187],
    [48, 190],
    [64, 230],
    [72, 250],
    [96, 310],
    [128, 390],
    [192, 550],
  ])("reserves the EKS AMI's tiers for %i vCPUs: %i millicores", (vcpus, expected) => {
    expect(kubeReservedCpu(vcpus * 1000)).toBe(expected);
  });
});

describe("kubeReservedMemory", () => {
  it("is 11 MiB per pod plus 255 MiB", () => {
    expect(kubeReservedMemory(29)).toBe(574);
    expect(kubeReservedMemory(110)).toBe(1465);
  });
});

describe("allocatable with the Amazon Linux profile", () => {
  it("gives m5.large 1930m CPU and 7633 (MemTotal) − 574 − 100 MiB memory (eks-formulas.md §3.1)", () => {
    const node = allocatable(instance("m5.large"));
    expect(node.cpuMillicores).toBe(1930);
    expect(node.memoryMiB).toBe(6959);
    expect(node.pods).toBe(29);
    expect(node.ephemeralStorageMiB).toBe(17 * 1024);
    expect(node.kubeReserved).toEqual({ cpuMillicores: 70, memoryMiB: 574, ephemeralStorageMiB: 1024 });
    expect(node.eviction).toEqual({ cpuMillicores: 0, memoryMiB: 100, ephemeralStorageMiB: 2048 });
  });

  it("keeps reserving for the ENI-limited max pods when prefix delegation raises max pods (the AMI trap)", () => {
    const node = allocatable(instance("m5.large"), { network: { prefixDelegation: true } });
    expect(node.pods).toBe(110);
    expect(node.podsForMemoryReservation).toBe(29);
    expect(node.kubeReserved.memoryMiB).toBe(574);
  });

  it("keeps reserving for the ENI-limited max pods when max pods is overridden", () => {
    const node = allocatable(instance("m5.large"), { maxPods: 110 });
    expect(node.pods).toBe(110);
    expect(node.kubeReserved.memoryMiB).toBe(574);
  });

  it("takes every override", () => {
    const node = allocatable(instance("m5.large"), {
      kubeReservedCpuMillicores: 100,
      kubeReservedMemoryMiB: 1000,
      systemReservedCpuMillicores: 100,
      systemReservedMemoryMiB: 100,
      evictionMemoryMiB: 500,
      rootVolumeGiB: 100,
    });
    expect(node.cpuMillicores).toBe(1800);
    expect(node.memoryMiB).toBe(7633 - 1000 - 100 - 500);
    expect(node.ephemeralStorageMiB).toBe(102400 - 1024 - 10240);
  });
});

describe("allocatable with the Bottlerocket profile", () => {
  it("reserves memory for the max pods actually configured", () => {
    const node = allocatable(instance("m5.large"), { profile: "bottlerocket", maxPods: 110 });
    expect(node.pods).toBe(110);
    expect(node.kubeReserved.memoryMiB).toBe(1465);
    expect(node.memoryMiB).toBe(7633 - 1465 - 100);
  });
});

describe("allocatable with the Karpenter profile", () => {
  // Karpenter v1.14 instance-type reference (eks-formulas.md §3.2 table).
  it.each([
    ["t3.medium", 1930, 3246, 17],
    ["m5.large", 1930, 6903, 29],
    ["m6g.large", 1930, 6844, 29],
    ["m5.xlarge", 3920, 14162, 58],
    ["m5.8xlarge", 31850, 118312, 234],
    ["c5.18xlarge", 71750, 127934, 737],
  ])("predicts %s as Karpenter does: %im CPU, %i MiB, %i pods", (name, cpu, memory, pods) => {
    const node = allocatable(instance(name), { profile: "karpenter" });
    expect([node.cpuMillicores, node.memoryMiB, node.pods]).toEqual([cpu, memory, pods]);
  });

  it("takes 64 MiB off arm64 memory before the 7.5% VM overhead", () => {
    expect(allocatable(instance("m6g.large"), { profile: "karpenter" }).vmOverhead.memoryMiB).toBe(64 + 610);
  });

  it("takes one ENI off max pods with custom networking (RESERVED_ENIS=1) and never caps", () => {
    expect(allocatable(instance("m5.large"), { profile: "karpenter", network: { customNetworking: true } }).pods).toBe(
      20,
    );
    expect(allocatable(instance("m5.4xlarge"), { profile: "karpenter" }).pods).toBe(234);
  });
});

describe("allocatable on bad input", () => {
  it("reports unknown sizes instead of guessing", () => {
    expect(errorCode(() => allocatable({ ...instance("m5.large"), vcpu: null }))).toBe("vcpu-unknown");
    expect(errorCode(() => allocatable({ ...instance("m5.large"), memoryMiB: null }))).toBe("memory-unknown");
  });

  it("reports negative and non-finite overrides", () => {
    expect(errorCode(() => allocatable(instance("m5.large"), { systemReservedMemoryMiB: -1 }))).toBe("invalid-option");
    expect(errorCode(() => allocatable(instance("m5.large"), { maxPods: Number.NaN }))).toBe("invalid-option");
  });

  it("never goes below zero when reservations exceed the node", () => {
    const node = allocatable(instance("t3.nano"), { kubeReservedMemoryMiB: 100000 });
    expect(node.memoryMiB).toBe(0);
  });
});

describe("kubeletMaxPods", () => {
  it("follows each profile's launcher: EKS's recommended value, the ENI table, or Karpenter's count", () => {
    expect(kubeletMaxPods(instance("m5.4xlarge"))).toBe(110);
    expect(kubeletMaxPods(instance("m5.4xlarge"), { profile: "bottlerocket" })).toBe(234);
    expect(kubeletMaxPods(instance("m5.4xlarge"), { profile: "karpenter" })).toBe(234);
    expect(kubeletMaxPods(instance("m5.large"), { network: { prefixDelegation: true } })).toBe(110);
    expect(kubeletMaxPods(instance("m5.large"), { profile: "bottlerocket", network: { prefixDelegation: true } })).toBe(
      29,
    );
    expect(kubeletMaxPods(instance("m5.large"), { profile: "karpenter", network: { prefixDelegation: true } })).toBe(
      29,
    );
  });

  it("takes an override over every profile", () => {
    expect(kubeletMaxPods(instance("m5.large"), { profile: "karpenter", maxPods: 58 })).toBe(58);
    expect(errorCode(() => kubeletMaxPods(instance("m5.large"), { maxPods: -1 }))).toBe("invalid-option");
  });

  it("gives Karpenter 0 pods when custom networking leaves no ENI (hpc6id.32xlarge has one)", () => {
    expect(
      kubeletMaxPods(instance("hpc6id.32xlarge"), { profile: "karpenter", network: { customNetworking: true } }),
    ).toBe(0);
    expect(kubeletMaxPods(instance("m5.large"), { profile: "karpenter", network: { customNetworking: true } })).toBe(
      20,
    );
  });
});
