import { describe, expect, it } from "vitest";
import { allocatable, maxPods } from "eksize";
import { getInstanceType, instanceTypes } from "eksize/data";
import { readUpstream, upstreamEniMaxPods } from "../support/upstream.js";

// Whole-dataset checks against AWS's own published numbers, read straight from the upstream files.

describe("the dataset against AWS's published max pods", () => {
  const published = upstreamEniMaxPods();

  it("holds every type of eni-max-pods.txt", () => {
    expect(published.size).toBeGreaterThan(1300);
    const missing = [...published.keys()].filter((name) => getInstanceType(name) === undefined);
    expect(missing).toEqual([]);
  });

  it("reproduces eni-max-pods.txt for every type with the uncapped secondary-IP formula", () => {
    const wrong = [...published].filter(([name, pods]) => maxPods(getInstanceType(name)!, { uncapped: true }) !== pods);
    expect(wrong).toEqual([]);
  });

  it("stores the published value for every type", () => {
    const wrong = [...published].filter(([name, pods]) => getInstanceType(name)?.publishedMaxPods !== pods);
    expect(wrong).toEqual([]);
  });

  it("agrees with the ENI limits nodeadm embeds (amazon-eks-ami instance-info.jsonl)", () => {
    const rows = readUpstream("amazon-eks-ami-instance-info.jsonl")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as { instanceType: string; defaultMaxENIs: number; ipv4AddressesPerInterface: number });
    expect(rows.length).toBeGreaterThan(1300);
    const wrong = rows.filter((row) => {
      const type = getInstanceType(row.instanceType);
      return (
        type === undefined ||
        type.defaultCardEnis !== row.defaultMaxENIs ||
        type.ipv4PerEni !== row.ipv4AddressesPerInterface ||
        maxPods(type, { uncapped: true }) !== row.defaultMaxENIs * (row.ipv4AddressesPerInterface - 1) + 2
      );
    });
    expect(wrong).toEqual([]);
  });
});

describe("the Karpenter profile against Karpenter's published allocatable", () => {
  const published = (
    JSON.parse(readUpstream("karpenter-instance-types.json")) as {
      instanceTypes: Record<string, { allocatable: { cpuMillicores: number; memoryMiB: number; pods: number } }>;
    }
  ).instanceTypes;

  it("covers every type Karpenter lists", () => {
    expect(Object.keys(published).length).toBeGreaterThan(1300);
    expect(Object.keys(published).filter((name) => getInstanceType(name) === undefined)).toEqual([]);
  });

  it("matches allocatable CPU and memory exactly for every type (the issue allows 1 millicore and 1 MiB)", () => {
    const wrong = Object.entries(published).flatMap(([name, { allocatable: expected }]) => {
      const node = allocatable(getInstanceType(name)!, { profile: "karpenter" });
      const ok = node.cpuMillicores === expected.cpuMillicores && node.memoryMiB === expected.memoryMiB;
      return ok ? [] : [{ name, expected, got: [node.cpuMillicores, node.memoryMiB] }];
    });
    expect(wrong).toEqual([]);
  });

  it("matches Karpenter's pods for every type", () => {
    const wrong = Object.entries(published).filter(
      ([name, { allocatable: expected }]) => allocatable(getInstanceType(name)!, { profile: "karpenter" }).pods !== expected.pods,
    );
    expect(wrong.map(([name, value]) => [name, value.allocatable.pods])).toEqual([]);
  });
});

describe("unknown values", () => {
  it("are null, never 0, for types no source describes", () => {
    const unknown = instanceTypes.filter((type) => type.vcpu === null);
    expect(unknown.length).toBeGreaterThan(0);
    expect(instanceTypes.some((type) => type.vcpu === 0 || type.memoryMiB === 0)).toBe(false);
  });
});
