import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocatable, maxPods, RESERVATION_PROFILES, type InstanceType, type MaxPodsOptions } from "eksize";
import { getInstanceType, instanceTypes } from "eksize/data";

const base = getInstanceType("m5.large")!;

/** Any plausible instance: 1–16 ENIs, 2–50 addresses each, 1–448 vCPUs, Nitro or Xen, trunking or not. */
const anyInstance = fc
  .record({
    defaultCardEnis: fc.integer({ min: 1, max: 16 }),
    ipv4PerEni: fc.integer({ min: 2, max: 50 }),
    vcpu: fc.integer({ min: 1, max: 448 }),
    memoryMiB: fc.integer({ min: 512, max: 32 * 1024 * 1024 }),
    hypervisor: fc.constantFrom("nitro" as const, "xen" as const, null),
    bareMetal: fc.boolean(),
    architecture: fc.constantFrom("amd64" as const, "arm64" as const),
    trunking: fc.boolean(),
    branchEnis: fc.integer({ min: 0, max: 120 }),
  })
  .map((fields): InstanceType => ({ ...base, name: "x.test", ...fields }));

/** Options that never make maxPods refuse an instance from {@link anyInstance}. */
const anyOptions: fc.Arbitrary<MaxPodsOptions> = fc.record(
  {
    prefixDelegation: fc.boolean(),
    customNetworking: fc.boolean(),
    maxEnis: fc.integer({ min: 1, max: 20 }),
    cniVersion: fc.constantFrom("1.7.5", "1.9.0", "1.18.0"),
    uncapped: fc.boolean(),
  },
  { requiredKeys: [] },
);

const knownTypes = instanceTypes.filter((type) => type.vcpu !== null && type.memoryMiB !== null);
const aKnownType = fc.constantFrom(...knownTypes);

describe("maxPods invariants", () => {
  it("never falls when the node gets more ENIs", () => {
    fc.assert(
      fc.property(anyInstance, anyOptions, fc.integer({ min: 1, max: 8 }), (instance, options, extra) => {
        const more = { ...instance, defaultCardEnis: instance.defaultCardEnis + extra };
        expect(maxPods(more, options)).toBeGreaterThanOrEqual(maxPods(instance, options));
      }),
    );
  });

  it("never falls when each ENI gets more addresses", () => {
    fc.assert(
      fc.property(anyInstance, anyOptions, fc.integer({ min: 1, max: 20 }), (instance, options, extra) => {
        const more = { ...instance, ipv4PerEni: instance.ipv4PerEni + extra };
        expect(maxPods(more, options)).toBeGreaterThanOrEqual(maxPods(instance, options));
      }),
    );
  });

  it("never falls when prefix delegation is turned on", () => {
    fc.assert(
      fc.property(anyInstance, anyOptions, (instance, options) => {
        expect(maxPods(instance, { ...options, prefixDelegation: true })).toBeGreaterThanOrEqual(
          maxPods(instance, { ...options, prefixDelegation: false }),
        );
      }),
    );
  });

  it("never exceeds 110 up to 30 vCPUs or 250 above unless uncapped, and never falls below 2", () => {
    fc.assert(
      fc.property(anyInstance, anyOptions, (instance, options) => {
        const pods = maxPods(instance, { ...options, uncapped: false });
        expect(pods).toBeLessThanOrEqual((instance.vcpu ?? 0) > 30 ? 250 : 110);
        expect(pods).toBeGreaterThanOrEqual(2);
        expect(maxPods(instance, { ...options, uncapped: true })).toBeGreaterThanOrEqual(pods);
      }),
    );
  });

  it("never rises with custom networking, security groups for pods or a lower ENI limit", () => {
    fc.assert(
      fc.property(anyInstance, anyOptions, (instance, options) => {
        const plain = maxPods(instance, options);
        expect(maxPods(instance, { ...options, customNetworking: true })).toBeLessThanOrEqual(plain);
        if (instance.trunking === true) {
          expect(maxPods(instance, { ...options, securityGroupsForPods: true })).toBeLessThanOrEqual(plain);
        }
        expect(maxPods(instance, { ...options, maxEnis: 1 })).toBeLessThanOrEqual(plain);
      }),
    );
  });
});

describe("allocatable invariants", () => {
  const anyProfile = fc.constantFrom(...RESERVATION_PROFILES);
  const anyOverrides = fc.record(
    {
      maxPods: fc.integer({ min: 1, max: 1000 }),
      systemReservedCpuMillicores: fc.integer({ min: 0, max: 4000 }),
      systemReservedMemoryMiB: fc.integer({ min: 0, max: 8192 }),
      kubeReservedMemoryMiB: fc.integer({ min: 0, max: 1_000_000 }),
      evictionMemoryMiB: fc.integer({ min: 0, max: 2048 }),
      vmMemoryOverheadPercent: fc.double({ min: 0, max: 100, noNaN: true }),
      rootVolumeGiB: fc.integer({ min: 0, max: 2000 }),
    },
    { requiredKeys: [] },
  );

  it("never exceeds capacity and never goes negative, for every type, profile and override", () => {
    fc.assert(
      fc.property(aKnownType, anyProfile, anyOverrides, (instance, profile, overrides) => {
        const node = allocatable(instance, { profile, ...overrides });
        for (const key of ["cpuMillicores", "memoryMiB", "ephemeralStorageMiB"] as const) {
          expect(node[key]).toBeGreaterThanOrEqual(0);
          expect(node[key]).toBeLessThanOrEqual(node.capacity[key]);
          expect(Number.isInteger(node[key])).toBe(true);
        }
      }),
    );
  });

  it("adds back up: allocatable plus every reservation is the capacity whenever nothing is clamped", () => {
    fc.assert(
      fc.property(aKnownType, anyProfile, (instance, profile) => {
        const node = allocatable(instance, { profile });
        const taken =
          node.vmOverhead.memoryMiB +
          node.kubeReserved.memoryMiB +
          node.systemReserved.memoryMiB +
          node.eviction.memoryMiB;
        if (taken <= node.capacity.memoryMiB) expect(node.memoryMiB + taken).toBe(node.capacity.memoryMiB);
        expect(node.cpuMillicores + node.kubeReserved.cpuMillicores).toBe(node.capacity.cpuMillicores);
      }),
    );
  });

  it("never gives more memory when max pods rises under Bottlerocket", () => {
    fc.assert(
      fc.property(
        aKnownType,
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (instance, pods, extra) => {
          const fewer = allocatable(instance, { profile: "bottlerocket", maxPods: pods });
          const more = allocatable(instance, { profile: "bottlerocket", maxPods: pods + extra });
          expect(more.memoryMiB).toBeLessThanOrEqual(fewer.memoryMiB);
        },
      ),
    );
  });
});
