import { allocatable, kubeletMaxPods, maxPodsBreakdown } from "eksize";
import { beforeAll, describe, expect, test } from "vitest";
import { cpuFormula, maxPodsLines, memoryFormula } from "../../src/present/explorer/formulas.js";
import {
  allocatableOptions,
  DEFAULT_SETTINGS,
  profileNetworkOptions,
  type ExplorerSettings,
} from "../../src/present/explorer/rows.js";
import { formattersFor } from "../../src/present/format.js";
import { loadLocale, translatorFor, type Translate } from "../../src/present/i18n/translate.js";
import { instance } from "../support/core.js";

const english = translatorFor("en");
const korean = translatorFor("ko");
const f = formattersFor("en");

// Korean is loaded on demand, as the site does when it is chosen.
beforeAll(() => loadLocale("ko"));

/** The lines the breakdown shows for a type under some settings, built as the app builds them. */
function linesOf(name: string, settings: ExplorerSettings, translate: Translate = english) {
  const instanceType = instance(name);
  return maxPodsLines(
    translate,
    translate === english ? f : formattersFor("ko"),
    instanceType,
    maxPodsBreakdown(instanceType, profileNetworkOptions(settings)),
    settings,
    kubeletMaxPods(instanceType, allocatableOptions(settings)),
  );
}

describe("max pods lines", () => {
  test("m5.large: the secondary-IP formula under the 110 ceiling", () => {
    const lines = maxPodsLines(
      english,
      f,
      instance("m5.large"),
      maxPodsBreakdown(instance("m5.large")),
      DEFAULT_SETTINGS,
      29,
    );
    expect(lines.formula).toBe("3 ENIs × (10 − 1) + 2 = 29");
    expect(lines.ceiling).toBe("Below AWS's recommended ceiling of 110 pods (30 vCPUs or fewer), so max pods = 29");
    expect(lines.enis).toBeNull();
    expect(lines.prefixSkipped).toBeNull();
  });

  test("m5.24xlarge: capped at 250", () => {
    const lines = maxPodsLines(
      english,
      f,
      instance("m5.24xlarge"),
      maxPodsBreakdown(instance("m5.24xlarge")),
      DEFAULT_SETTINGS,
      250,
    );
    expect(lines.formula).toBe("15 ENIs × (50 − 1) + 2 = 737");
    expect(lines.ceiling).toBe(
      "Capped at 250, AWS's recommended maximum for types with more than 30 vCPUs: max pods = 250",
    );
  });

  test("custom networking names the ENI it takes away; uncapped says so", () => {
    const settings = { ...DEFAULT_SETTINGS, customNetworking: true, uncapped: true };
    const breakdown = maxPodsBreakdown(instance("m5.large"), { customNetworking: true, uncapped: true });
    const lines = maxPodsLines(english, f, instance("m5.large"), breakdown, settings, 20);
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
      instance("m5.large"),
      maxPodsBreakdown(instance("m5.large")),
      DEFAULT_SETTINGS,
      29,
    );
    expect(lines.formula).toBe("ENI 3개 × (10 − 1) + 2 = 29");
  });

  test("t2.medium with prefix delegation is called not Nitro, with no claim about bare metal", () => {
    const settings = { ...DEFAULT_SETTINGS, prefixDelegation: true };
    expect(linesOf("t2.medium", settings).prefixSkipped).toBe(
      "Prefix delegation is on but was not applied: t2.medium is not a Nitro type, and the VPC CNI delegates prefixes only on Nitro.",
    );
    expect(linesOf("t2.medium", settings, korean).prefixSkipped).toBe(
      "접두사 위임이 켜져 있지만 적용되지 않았습니다. t2.medium은(는) Nitro 유형이 아니며, VPC CNI는 Nitro 유형에서만 접두사를 위임합니다.",
    );
  });

  test("m5.metal with prefix delegation says that max-pods-calculator.sh ignores it on bare metal", () => {
    const settings = { ...DEFAULT_SETTINGS, prefixDelegation: true };
    const lines = linesOf("m5.metal", settings);
    expect(lines.prefixSkipped).toBe(
      "max-pods-calculator.sh ignores prefix delegation on m5.metal: EC2 reports no hypervisor for bare metal, although VPC CNI 1.11 or later delegates prefixes there.",
    );
    expect(lines.formula).toBe("15 ENIs × (50 − 1) + 2 = 737");
    expect(linesOf("m5.metal", settings, korean).prefixSkipped).toBe(
      "max-pods-calculator.sh는 m5.metal에서 접두사 위임을 무시합니다. EC2가 베어 메탈의 하이퍼바이저를 보고하지 않기 때문입니다. 다만 VPC CNI 1.11 이상은 베어 메탈에서도 접두사를 위임합니다.",
    );
  });

  test("under Karpenter, m5.large with prefix delegation keeps the secondary-IP formula, 29, and says why", () => {
    const lines = linesOf("m5.large", { ...DEFAULT_SETTINGS, profile: "karpenter", prefixDelegation: true });
    expect(lines.formula).toBe("3 ENIs × (10 − 1) + 2 = 29");
    expect(lines.ceiling).toBe("Karpenter applies no 110/250 ceiling: max pods = 29");
    expect(lines.prefixSkipped).toBeNull();
    expect(lines.ignored).toEqual([
      "Karpenter ignores prefix delegation for max pods unless max pods is set (kubelet maxPods in the EC2NodeClass).",
    ]);
  });

  test("under Bottlerocket, m5.4xlarge takes the ENI table's 234, ignoring prefix delegation and custom networking", () => {
    const settings: ExplorerSettings = {
      ...DEFAULT_SETTINGS,
      profile: "bottlerocket",
      prefixDelegation: true,
      customNetworking: true,
    };
    const lines = linesOf("m5.4xlarge", settings);
    expect(lines.formula).toBe("8 ENIs × (30 − 1) + 2 = 234");
    expect(lines.enis).toBeNull();
    expect(lines.ceiling).toBe("Bottlerocket applies no 110/250 ceiling: max pods = 234");
    expect(lines.ignored).toEqual([
      "Bottlerocket takes max pods from the ENI table: it ignores prefix delegation unless max pods is set (settings.kubernetes.max-pods).",
      "Bottlerocket takes max pods from the ENI table: it ignores custom networking unless max pods is set (settings.kubernetes.max-pods).",
    ]);
  });

  test("under Karpenter with custom networking, a type with one ENI has none left for pods: 0", () => {
    const lines = linesOf("hpc6id.32xlarge", { ...DEFAULT_SETTINGS, profile: "karpenter", customNetworking: true });
    expect(lines.enis).toBe(
      "ENIs: 1 on the default network card − 1 for custom networking (the primary ENI carries no pod addresses) = 0",
    );
    expect(lines.ceiling).toBe("Custom networking leaves no ENI for pod addresses, so Karpenter predicts max pods = 0");
  });
});

describe("allocatable formulas", () => {
  test("m5.large on the EKS AMI", () => {
    const node = allocatable(instance("m5.large"));
    expect(cpuFormula(english, f, node)).toBe("2,000m − 70m kube-reserved = 1,930m");
    expect(memoryFormula(english, f, instance("m5.large"), node, "amazon-linux")).toBe(
      "8,192 MiB − 559 MiB kernel and VM (the kubelet sees 7,633 MiB: MemTotal measured on a real node) − 574 MiB kube-reserved (11 × 29 + 255) − 100 MiB eviction = 6,959 MiB",
    );
  });

  test("a type nobody measured shows the model, and a user's figure says so", () => {
    const c7i = instance("c7i.large");
    expect(memoryFormula(english, f, c7i, allocatable(c7i), "amazon-linux")).toBe(
      "4,096 MiB − 270 MiB kernel and VM (the kubelet sees about 3,826 MiB = 0.959 × memory − 102 MiB: not measured for this type) − 574 MiB kube-reserved (11 × 29 + 255) − 100 MiB eviction = 3,152 MiB",
    );
    const node = allocatable(c7i, { vmMemoryOverheadPercent: 5 });
    expect(memoryFormula(english, f, c7i, node, "amazon-linux")).toBe(
      "4,096 MiB − 205 MiB kernel and VM (the kubelet sees 3,891 MiB: your figure) − 574 MiB kube-reserved (11 × 29 + 255) − 100 MiB eviction = 3,217 MiB",
    );
  });

  test("an arm64 type under Karpenter spells out the 64 MiB offset of its VM overhead", () => {
    const m6g = instance("m6g.large");
    const node = allocatable(m6g, { profile: "karpenter" });
    expect(memoryFormula(english, f, m6g, node, "karpenter")).toBe(
      "8,192 MiB − 674 MiB kernel and VM (64 MiB + 7.5% of the rest, rounded up) − 574 MiB kube-reserved (11 × 29 + 255) − 100 MiB eviction = 6,844 MiB",
    );
  });

  test("system-reserved appears only when it is not zero", () => {
    const node = allocatable(instance("m5.large"), { systemReservedCpuMillicores: 100, systemReservedMemoryMiB: 200 });
    expect(cpuFormula(english, f, node)).toBe("2,000m − 70m kube-reserved − 100m system-reserved = 1,830m");
    expect(memoryFormula(english, f, instance("m5.large"), node, "amazon-linux")).toBe(
      "8,192 MiB − 559 MiB kernel and VM (the kubelet sees 7,633 MiB: MemTotal measured on a real node) − 574 MiB kube-reserved (11 × 29 + 255) − 200 MiB system-reserved − 100 MiB eviction = 6,759 MiB",
    );
  });
});
