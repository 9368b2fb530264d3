import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EksizeError,
  FARGATE_MAX_EPHEMERAL_STORAGE_GIB,
  fargateIneligibility,
  fargatePodHourlyCost,
  fargatePodSize,
  monthlyCost,
  type FargatePodTraits,
} from "eksize";
import { services } from "eksize/data";
import { errorCode } from "../support/core.js";

// Expected values: eks-formulas.md §4 (EKS user guide `fargate-pod-configuration`), worked examples
// in us-east-1 at $0.04048 per vCPU-hour and $0.004445 per GB-hour, 730 hours a month.
const rules = services.fargate;
const usEast1 = services.fargate.regions["us-east-1"]!;
const size = (cpuMillicores: number, memoryMiB: number) => fargatePodSize({ cpuMillicores, memoryMiB }, rules);
const hourly = (cpuMillicores: number, memoryMiB: number) =>
  fargatePodHourlyCost(size(cpuMillicores, memoryMiB), usEast1);

describe("the dataset's Fargate rules", () => {
  it("are the ones the worked examples assume", () => {
    expect(usEast1.usdPerVcpuHour).toBe(0.04048);
    expect(usEast1.usdPerGbHour).toBe(0.004445);
    expect(rules.podMemoryOverheadMiB).toBe(256);
    expect(rules.sizes.map((s) => s.vcpu)).toEqual([0.25, 0.5, 1, 2, 4, 8, 16]);
  });
});

describe("fargatePodSize and fargatePodHourlyCost: the worked examples", () => {
  it("1. two containers of 250m/512Mi: 0.5 vCPU / 2 GB, $0.02913 an hour, ≈ $21.26 a month", () => {
    expect(size(500, 1024)).toEqual({ vcpu: 0.5, memoryGB: 2 });
    expect(hourly(500, 1024)).toBeCloseTo(0.02913, 10);
    expect(monthlyCost(hourly(500, 1024))).toBeCloseTo(21.26, 2);
  });

  it("2. 1 vCPU / 8 GB: the 256 MiB pushes it past the 1-vCPU sizes to 2 vCPU / 9 GB, $0.120965 an hour", () => {
    expect(size(1000, 8192)).toEqual({ vcpu: 2, memoryGB: 9 });
    expect(hourly(1000, 8192)).toBeCloseTo(0.120965, 10);
    expect(monthlyCost(hourly(1000, 8192))).toBeCloseTo(88.3, 2);
  });

  it("3. init 2 vCPU/1 GB with an app of 0.5 vCPU/2 GB (2000m/2048Mi): 2 vCPU / 4 GB, $0.09874 an hour", () => {
    expect(size(2000, 2048)).toEqual({ vcpu: 2, memoryGB: 4 });
    expect(hourly(2000, 2048)).toBeCloseTo(0.09874, 10);
  });

  it("4. no requests: the smallest size, 0.25 vCPU / 0.5 GB, $0.0123425 an hour", () => {
    expect(size(0, 0)).toEqual({ vcpu: 0.25, memoryGB: 0.5 });
    expect(hourly(0, 0)).toBeCloseTo(0.0123425, 10);
    expect(monthlyCost(hourly(0, 0))).toBeCloseTo(9.01, 2);
  });
});

describe("fargatePodSize at the boundaries", () => {
  it("fits 1792 MiB + 256 = 2048 MiB exactly into 0.25 vCPU / 2 GB; one MiB more needs 0.5 vCPU / 3 GB", () => {
    expect(size(250, 1792)).toEqual({ vcpu: 0.25, memoryGB: 2 });
    expect(size(250, 1793)).toEqual({ vcpu: 0.5, memoryGB: 3 });
  });

  it("fits 256 MiB + 256 = 512 MiB into 0.5 GB; 257 MiB needs 1 GB", () => {
    expect(size(0, 256)).toEqual({ vcpu: 0.25, memoryGB: 0.5 });
    expect(size(0, 257)).toEqual({ vcpu: 0.25, memoryGB: 1 });
  });

  it("rounds the CPU up to the next size: 251m → 0.5 vCPU, 1001m → 2 vCPU (and 2 vCPU's smallest memory, 4 GB)", () => {
    expect(size(250, 0)).toEqual({ vcpu: 0.25, memoryGB: 0.5 });
    expect(size(251, 0)).toEqual({ vcpu: 0.5, memoryGB: 1 });
    expect(size(1001, 0)).toEqual({ vcpu: 2, memoryGB: 4 });
    expect(size(4001, 0)).toEqual({ vcpu: 8, memoryGB: 16 });
  });

  it("accepts fractional millicores and MiB (decimal units such as 1G = 953.67 MiB)", () => {
    expect(size(250.5, 0)).toEqual({ vcpu: 0.5, memoryGB: 1 });
    expect(size(0, 1e9 / 2 ** 20)).toEqual({ vcpu: 0.25, memoryGB: 2 });
    expect(size(0, 1792.5)).toEqual({ vcpu: 0.5, memoryGB: 3 });
  });

  it("steps 8 vCPU in 4 GB and 16 vCPU in 8 GB", () => {
    expect(size(8000, 16 * 1024 - 256)).toEqual({ vcpu: 8, memoryGB: 16 });
    expect(size(8000, 16 * 1024 - 255)).toEqual({ vcpu: 8, memoryGB: 20 });
    expect(size(8001, 0)).toEqual({ vcpu: 16, memoryGB: 32 });
    expect(size(16000, 32 * 1024 - 255)).toEqual({ vcpu: 16, memoryGB: 40 });
    expect(size(16000, 100 * 1024)).toEqual({ vcpu: 16, memoryGB: 104 });
    const sixteen = rules.sizes.find((s) => s.vcpu === 16)!;
    expect(sixteen.memoryGB).toEqual([32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120]);
    for (const gb of sixteen.memoryGB) {
      expect(size(16000, gb * 1024 - 256)).toEqual({ vcpu: 16, memoryGB: gb });
    }
  });

  it("moves a 4 vCPU pod needing more than 30 GB to 8 vCPU / 32 GB", () => {
    expect(size(4000, 30 * 1024 - 256)).toEqual({ vcpu: 4, memoryGB: 30 });
    expect(size(4000, 30 * 1024 - 255)).toEqual({ vcpu: 8, memoryGB: 32 });
    expect(size(0, 60 * 1024 - 255)).toEqual({ vcpu: 16, memoryGB: 64 });
  });

  it("holds 16 vCPU with 120 GB − 256 MiB, and nothing more", () => {
    expect(size(16000, 120 * 1024 - 256)).toEqual({ vcpu: 16, memoryGB: 120 });
    expect(errorCode(() => size(16001, 0))).toBe("fargate-pod-too-large");
    expect(errorCode(() => size(0, 120 * 1024 - 255))).toBe("fargate-pod-too-large");
    expect(errorCode(() => size(16000, 120 * 1024))).toBe("fargate-pod-too-large");
  });

  it("reports the requests as given with fargate-pod-too-large", () => {
    try {
      size(32000, 4096);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EksizeError);
      expect((error as EksizeError).issue).toEqual({
        code: "fargate-pod-too-large",
        params: { cpuMillicores: 32000, memoryMiB: 4096 },
      });
    }
  });

  it("rejects negative and non-finite requests with invalid-option", () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorCode(() => size(bad, 0))).toBe("invalid-option");
      expect(errorCode(() => size(0, bad))).toBe("invalid-option");
    }
  });
});

describe("fargatePodHourlyCost with ephemeral storage", () => {
  const smallest = { vcpu: 0.25, memoryGB: 0.5 };
  const storage = (requestGiB: number) => ({ requestGiB, usdPerGbHour: services.fargate.ephemeralStorageUsdPerGbHour });

  it("charges nothing for the included 20 GiB", () => {
    expect(fargatePodHourlyCost(smallest, usEast1, storage(0))).toBe(fargatePodHourlyCost(smallest, usEast1));
    expect(fargatePodHourlyCost(smallest, usEast1, storage(20))).toBe(fargatePodHourlyCost(smallest, usEast1));
  });

  it("charges each whole GB above 20 at $0.000111 an hour", () => {
    expect(services.fargate.ephemeralStorageUsdPerGbHour).toBe(0.000111);
    expect(fargatePodHourlyCost(smallest, usEast1, storage(50))).toBeCloseTo(0.0123425 + 30 * 0.000111, 10);
    expect(fargatePodHourlyCost(smallest, usEast1, storage(20.5))).toBeCloseTo(0.0123425 + 0.000111, 10);
    expect(fargatePodHourlyCost(smallest, usEast1, storage(175))).toBeCloseTo(0.0123425 + 155 * 0.000111, 10);
  });

  it("rejects a storage request outside 0–175 GiB and a negative rate", () => {
    expect(errorCode(() => fargatePodHourlyCost(smallest, usEast1, storage(175.5)))).toBe("invalid-option");
    expect(errorCode(() => fargatePodHourlyCost(smallest, usEast1, storage(-1)))).toBe("invalid-option");
    expect(errorCode(() => fargatePodHourlyCost(smallest, usEast1, storage(Number.NaN)))).toBe("invalid-option");
    expect(errorCode(() => fargatePodHourlyCost(smallest, usEast1, { requestGiB: 30, usdPerGbHour: -0.1 }))).toBe(
      "invalid-option",
    );
  });
});

describe("fargateIneligibility", () => {
  const fine: FargatePodTraits = { cpuMillicores: 500, memoryMiB: 1024 };

  it("accepts an ordinary x86 or architecture-free pod", () => {
    expect(fargateIneligibility(fine, rules)).toBeNull();
    expect(fargateIneligibility({ ...fine, architecture: "amd64", gpus: 0 }, rules)).toBeNull();
    expect(fargateIneligibility({ ...fine, architecture: null, privileged: false }, rules)).toBeNull();
    expect(fargateIneligibility({ cpuMillicores: 16000, memoryMiB: 120 * 1024 - 256 }, rules)).toBeNull();
    expect(fargateIneligibility({ ...fine, ephemeralStorageGiB: FARGATE_MAX_EPHEMERAL_STORAGE_GIB }, rules)).toBeNull();
  });

  it.each<[FargatePodTraits, string]>([
    [{ ...fine, daemonSet: true }, "daemonset"],
    [{ ...fine, gpus: 1 }, "gpu"],
    [{ ...fine, privileged: true }, "privileged"],
    [{ ...fine, hostNetwork: true }, "host-network"],
    [{ ...fine, architecture: "arm64" }, "arm64"],
    [{ cpuMillicores: 16001, memoryMiB: 0 }, "too-large"],
    [{ cpuMillicores: 0, memoryMiB: 120 * 1024 - 255 }, "too-large"],
    [{ ...fine, ephemeralStorageGiB: 176 }, "too-large"],
  ])("refuses %o as %s", (pod, reason) => {
    expect(fargateIneligibility(pod, rules)).toBe(reason);
  });

  it("gives the first reason in order: daemonset, gpu, privileged, host-network, arm64, too-large", () => {
    const everything: FargatePodTraits = {
      cpuMillicores: 64000,
      memoryMiB: 0,
      daemonSet: true,
      gpus: 1,
      privileged: true,
      hostNetwork: true,
      architecture: "arm64",
    };
    expect(fargateIneligibility(everything, rules)).toBe("daemonset");
    expect(fargateIneligibility({ ...everything, daemonSet: false }, rules)).toBe("gpu");
    expect(fargateIneligibility({ ...everything, daemonSet: false, gpus: 0 }, rules)).toBe("privileged");
    expect(fargateIneligibility({ ...everything, daemonSet: false, gpus: 0, privileged: false }, rules)).toBe(
      "host-network",
    );
    expect(
      fargateIneligibility({ ...everything, daemonSet: false, gpus: 0, privileged: false, hostNetwork: false }, rules),
    ).toBe("arm64");
  });

  it("rejects negative or non-finite requests, GPU counts and storage with invalid-option", () => {
    expect(errorCode(() => fargateIneligibility({ ...fine, cpuMillicores: -1 }, rules))).toBe("invalid-option");
    expect(errorCode(() => fargateIneligibility({ ...fine, gpus: -1 }, rules))).toBe("invalid-option");
    expect(errorCode(() => fargateIneligibility({ ...fine, ephemeralStorageGiB: Number.NaN }, rules))).toBe(
      "invalid-option",
    );
  });
});

describe("fargatePodSize invariants", () => {
  const MIB_PER_GB = 1024;
  const combinations = rules.sizes.flatMap((s) => s.memoryGB.map((memoryGB) => ({ vcpu: s.vcpu, memoryGB })));
  const cost = (s: { vcpu: number; memoryGB: number }) => fargatePodHourlyCost(s, usEast1);
  const holds = (s: { vcpu: number; memoryGB: number }, cpuMillicores: number, memoryMiB: number) =>
    Math.round(s.vcpu * 1000) >= cpuMillicores && Math.round(s.memoryGB * MIB_PER_GB) >= memoryMiB + 256;

  /** Requests that some size holds: up to 16 vCPU and 120 GB including the 256 MiB, at MiB precision. */
  const fitting = fc.record({
    cpuMillicores: fc.integer({ min: 0, max: 16000 }),
    memoryMiB: fc.integer({ min: 0, max: 120 * MIB_PER_GB - 256 }),
  });

  it("holds the request plus 256 MiB in a valid combination, and no cheaper combination holds it", () => {
    fc.assert(
      fc.property(fitting, ({ cpuMillicores, memoryMiB }) => {
        const chosen = fargatePodSize({ cpuMillicores, memoryMiB }, rules);
        expect(combinations).toContainEqual(chosen);
        expect(holds(chosen, cpuMillicores, memoryMiB)).toBe(true);
        for (const other of combinations) {
          if (holds(other, cpuMillicores, memoryMiB)) expect(cost(other)).toBeGreaterThanOrEqual(cost(chosen));
        }
      }),
    );
  });

  it("never costs less when the requests rise", () => {
    fc.assert(
      fc.property(
        fitting,
        fc.integer({ min: 0, max: 16000 }),
        fc.integer({ min: 0, max: 120 * MIB_PER_GB }),
        ({ cpuMillicores, memoryMiB }, moreCpu, moreMemory) => {
          const bigger = {
            cpuMillicores: Math.min(16000, cpuMillicores + moreCpu),
            memoryMiB: Math.min(120 * MIB_PER_GB - 256, memoryMiB + moreMemory),
          };
          const before = fargatePodHourlyCost(fargatePodSize({ cpuMillicores, memoryMiB }, rules), usEast1);
          const after = fargatePodHourlyCost(fargatePodSize(bigger, rules), usEast1);
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it("throws fargate-pod-too-large exactly when no combination holds the request", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40000 }),
        fc.integer({ min: 0, max: 200 * MIB_PER_GB }),
        (cpuMillicores, memoryMiB) => {
          const anyHolds = combinations.some((s) => holds(s, cpuMillicores, memoryMiB));
          expect(errorCode(() => fargatePodSize({ cpuMillicores, memoryMiB }, rules))).toBe(
            anyHolds ? undefined : "fargate-pod-too-large",
          );
        },
      ),
    );
  });
});
