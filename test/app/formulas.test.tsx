import { allocatable, maxPodsBreakdown, type InstanceType } from "eksize";
import { getInstanceType } from "eksize/data";
import { describe, expect, test } from "vitest";
import { cpuFormula, maxPodsLines, memoryFormula } from "../../src/app/features/explorer/formulas.js";
import { DEFAULT_SETTINGS } from "../../src/app/features/explorer/rows.js";
import { formattersFor } from "../../src/app/format.js";
import { t, type Translate } from "../../src/app/i18n/index.js";

const english: Translate = (key, params) => t("en", key, params);
const korean: Translate = (key, params) => t("ko", key, params);
const f = formattersFor("en");

function type(name: string): InstanceType {
  const found = getInstanceType(name);
  if (found === undefined) throw new Error(`${name} is not in the dataset`);
  return found;
}

describe("max pods lines", () => {
  test("m5.large: the secondary-IP formula under the 110 ceiling", () => {
    const lines = maxPodsLines(english, f, type("m5.large"), maxPodsBreakdown(type("m5.large")), DEFAULT_SETTINGS);
    expect(lines.formula).toBe("3 ENIs × (10 − 1) + 2 = 29");
    expect(lines.ceiling).toBe("Below AWS's recommended ceiling of 110 pods (30 vCPUs or fewer), so max pods = 29");
    expect(lines.enis).toBeNull();
    expect(lines.prefixSkipped).toBeNull();
  });

  test("m5.24xlarge: capped at 250", () => {
    const lines = maxPodsLines(
      english,
      f,
      type("m5.24xlarge"),
      maxPodsBreakdown(type("m5.24xlarge")),
      DEFAULT_SETTINGS,
    );
    expect(lines.formula).toBe("15 ENIs × (50 − 1) + 2 = 737");
    expect(lines.ceiling).toBe(
      "Capped at 250, AWS's recommended maximum for types with more than 30 vCPUs: max pods = 250",
    );
  });

  test("custom networking names the ENI it takes away; uncapped says so", () => {
    const settings = { ...DEFAULT_SETTINGS, customNetworking: true, uncapped: true };
    const breakdown = maxPodsBreakdown(type("m5.large"), { customNetworking: true, uncapped: true });
    const lines = maxPodsLines(english, f, type("m5.large"), breakdown, settings);
    expect(lines.enis).toBe(
      "ENIs: 3 on the default network card − 1 for custom networking (the primary ENI carries no pod addresses) = 2",
    );
    expect(lines.formula).toBe("2 ENIs × (10 − 1) + 2 = 20");
    expect(lines.ceiling).toBe("No ceiling applied (--show-max-allowed): max pods = 20");
  });

  test("in Korean", () => {
    const lines = maxPodsLines(
      korean,
      formattersFor("ko"),
      type("m5.large"),
      maxPodsBreakdown(type("m5.large")),
      DEFAULT_SETTINGS,
    );
    expect(lines.formula).toBe("ENI 3개 × (10 − 1) + 2 = 29");
  });
});

describe("allocatable formulas", () => {
  test("m5.large on the EKS AMI", () => {
    const node = allocatable(type("m5.large"));
    expect(cpuFormula(english, f, node)).toBe("2,000m − 70m kube-reserved = 1,930m");
    expect(memoryFormula(english, f, type("m5.large"), node, "amazon-linux")).toBe(
      "8,192 MiB − 574 MiB kube-reserved (11 × 29 + 255) − 100 MiB eviction = 7,518 MiB",
    );
  });

  test("an arm64 type under Karpenter spells out the 64 MiB offset of its VM overhead", () => {
    const m6g = type("m6g.large");
    const node = allocatable(m6g, { profile: "karpenter" });
    expect(memoryFormula(english, f, m6g, node, "karpenter")).toBe(
      "8,192 MiB − 674 MiB VM overhead (64 MiB + 7.5% of the rest, rounded up) − 574 MiB kube-reserved (11 × 29 + 255) − 100 MiB eviction = 6,844 MiB",
    );
  });

  test("system-reserved appears only when it is not zero", () => {
    const node = allocatable(type("m5.large"), { systemReservedCpuMillicores: 100, systemReservedMemoryMiB: 200 });
    expect(cpuFormula(english, f, node)).toBe("2,000m − 70m kube-reserved − 100m system-reserved = 1,830m");
    expect(memoryFormula(english, f, type("m5.large"), node, "amazon-linux")).toBe(
      "8,192 MiB − 574 MiB kube-reserved (11 × 29 + 255) − 200 MiB system-reserved − 100 MiB eviction = 7,318 MiB",
    );
  });
});
