import { ADVICE_CODES, type AdviceCode, type CoreIssue, type ErrorCode, type Finding } from "eksize";
import { afterEach, describe, expect, test, vi } from "vitest";
import { adviceEn } from "../../src/present/i18n/advice-en.js";
import { optimalEn } from "../../src/present/i18n/optimal-en.js";
import { weekEn } from "../../src/present/i18n/week-en.js";
import { describeFinding } from "../../src/present/i18n/describe-finding.js";
import { en } from "../../src/present/i18n/en.js";
import { describeIssue, t, translatorFor, type Translate } from "../../src/present/i18n/translate.js";
import { ko } from "../../src/present/i18n/ko.js";
import { detectLocale, LOCALE_STORAGE_KEY } from "../../src/app/i18n/remembered-locale.js";

// `{pods}` and the plural `{pods:# pod|# pods}` are both the placeholder `pods`; each name counts once.
// Every English message: the first script's catalog, and the words that load with their code: the advice
// findings' (describe-finding.ts), the optimal mix panel's and the week's (plan/optimal-mix.ts, plan/week.ts).
const allEnglish = { ...en, ...adviceEn, ...optimalEn, ...weekEn };

const placeholders = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]!))].sort();

afterEach(() => {
  vi.restoreAllMocks();
});

describe("messages", () => {
  test("Korean has exactly the English keys, none empty", () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(allEnglish).sort());
    for (const [key, message] of Object.entries(ko)) expect(message.trim(), key).not.toBe("");
  });

  test("every Korean message has the same placeholders as the English one", () => {
    for (const key of Object.keys(allEnglish) as (keyof typeof allEnglish)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(allEnglish[key]));
    }
  });

  test("t fills placeholders and leaves a missing one visible", () => {
    expect(t("en", "count", { shown: "3", total: "1,420" })).toBe("3 of 1,420 instance types");
    expect(t("ko", "count", { shown: "3", total: "1,420" })).toBe("인스턴스 유형 1,420개 중 3개");
    expect(t("en", "count", { shown: "3" })).toBe("3 of {total} instance types");
    expect(t("en", "filters.name")).toBe("Name");
  });

  test("every core error code is worded in both languages", () => {
    const codes: Record<ErrorCode, CoreIssue> = {
      "unknown-instance-type": {
        code: "unknown-instance-type",
        params: { instanceType: "m5.lage", suggestions: ["m5.large", "m5.xlarge"] },
      },
      "invalid-option": {
        code: "invalid-option",
        params: { option: "maxEnis", value: 0, expected: "a whole number ≥ 1" },
      },
      "invalid-cni-version": { code: "invalid-cni-version", params: { value: "one" } },
      "vcpu-unknown": { code: "vcpu-unknown", params: { instanceType: "c7i.32xlarge" } },
      "memory-unknown": { code: "memory-unknown", params: { instanceType: "x.large" } },
      "fargate-pod-too-large": { code: "fargate-pod-too-large", params: { cpuMillicores: 32000, memoryMiB: 4096 } },
      "security-groups-for-pods-unsupported": {
        code: "security-groups-for-pods-unsupported",
        params: { instanceType: "t2.medium" },
      },
      "ipv6-requires-nitro": { code: "ipv6-requires-nitro", params: { instanceType: "t2.medium" } },
      "ipv6-with-custom-networking": { code: "ipv6-with-custom-networking", params: { instanceType: "m5.large" } },
      "scenario-missing-field": { code: "scenario-missing-field", params: {} },
      "scenario-unknown-field": { code: "scenario-unknown-field", params: {} },
      "scenario-wrong-type": { code: "scenario-wrong-type", params: { expected: "number", received: '"abc"' } },
      "scenario-out-of-range": { code: "scenario-out-of-range", params: { bound: "min", limit: 0, received: "-1" } },
      "scenario-not-whole-number": { code: "scenario-not-whole-number", params: { received: "2.5" } },
      "scenario-not-allowed": {
        code: "scenario-not-allowed",
        params: { allowed: '"on-demand" | "spot"', received: '"cheap"' },
      },
      "scenario-too-short": { code: "scenario-too-short", params: { minimum: 1, received: "0" } },
      "scenario-too-long": { code: "scenario-too-long", params: { maximum: 63, received: "64" } },
      "scenario-duplicate-name": { code: "scenario-duplicate-name", params: { name: "web" } },
      "scenario-unknown-reference": {
        code: "scenario-unknown-reference",
        params: { name: "gpu", refersTo: "node-group" },
      },
      "scenario-version-too-new": { code: "scenario-version-too-new", params: { version: 3, supported: 1 } },
      "control-plane-tier-needs-version": {
        code: "control-plane-tier-needs-version",
        params: { tier: "tier-xl", version: "1.27", minimum: "1.28" },
      },
      "link-empty": { code: "link-empty", params: {} },
      "link-too-long": { code: "link-too-long", params: { length: 10_485_760, maximum: 100_000 } },
      "link-malformed": { code: "link-malformed", params: { reason: "no-version" } },
      "link-version-too-new": { code: "link-version-too-new", params: { version: 2, supported: 1 } },
      "link-corrupt": { code: "link-corrupt", params: { stage: "checksum" } },
      "link-too-large": { code: "link-too-large", params: { maximum: 1_048_576 } },
      "scenario-json-too-large": {
        code: "scenario-json-too-large",
        params: { length: 6_000_000, maximum: 5_000_000 },
      },
      "scenario-json-empty": { code: "scenario-json-empty", params: {} },
      "scenario-json-syntax": {
        code: "scenario-json-syntax",
        params: { position: 24, line: 2, column: 11, found: "," },
      },
      "cidr-syntax": { code: "cidr-syntax", params: { value: "10.0.0/19" } },
      "cidr-octet-out-of-range": {
        code: "cidr-octet-out-of-range",
        params: { value: "10.0.300.0/24", octet: 3, received: 300 },
      },
      "cidr-prefix-out-of-range": {
        code: "cidr-prefix-out-of-range",
        params: { value: "10.0.0.0/8", prefixLength: 8, minimum: 16, maximum: 28 },
      },
      "cidr-host-bits-set": { code: "cidr-host-bits-set", params: { value: "10.0.1.5/24", network: "10.0.1.0/24" } },
      "subnet-overlap": { code: "subnet-overlap", params: { cidr: "10.0.0.0/20", other: "10.0.0.0/19" } },
      "cni-settings-unsupported": { code: "cni-settings-unsupported", params: { reason: "minimum-ip-target-alone" } },
      "pods-without-address": {
        code: "pods-without-address",
        params: { nodeGroup: "general", instanceType: "t3.small", kind: "ip", pods: 3 },
      },
      "subnet-too-small": {
        code: "subnet-too-small",
        params: { zone: 1, availabilityZone: "us-east-1a", role: "node", when: "surge", needed: 300, free: 250 },
      },
      "subnet-tight": {
        code: "subnet-tight",
        params: {
          zone: 1,
          availabilityZone: "us-east-1a",
          role: "node",
          when: "surge",
          demand: 226,
          needed: 283,
          free: 251,
          headroomPercent: 25,
        },
      },
      "subnet-missing": {
        code: "subnet-missing",
        params: { zone: 2, availabilityZone: null, role: "pod", needed: 120 },
      },
      "subnet-prefix-fragmentation": {
        code: "subnet-prefix-fragmentation",
        params: {
          zone: 1,
          availabilityZone: "us-east-1a",
          role: "node",
          prefixes: 12,
          guaranteedBlocks: 4,
          reservationPrefixLength: 24,
        },
      },
      "kube-json-too-large": {
        code: "kube-json-too-large",
        params: { input: "pods", length: 120_000_000, maximum: 100_000_000 },
      },
      "kube-json-empty": { code: "kube-json-empty", params: { input: "nodes" } },
      "kube-json-syntax": {
        code: "kube-json-syntax",
        params: { input: "pods", position: 10, line: 1, column: 11, found: null },
      },
      "kube-not-a-list": { code: "kube-not-a-list", params: { input: "workloads", found: "array" } },
      "kube-unexpected-kind": {
        code: "kube-unexpected-kind",
        params: { input: "pods", expected: "Pod", found: "Service" },
      },
      "kube-field-invalid": { code: "kube-field-invalid", params: { input: "pods", expected: "string" } },
      "kube-quantity-invalid": { code: "kube-quantity-invalid", params: { input: "pods", value: "1.5.0Gi" } },
      "kube-requests-differ": { code: "kube-requests-differ", params: { name: "web", variants: 2 } },
      "kube-name-changed": {
        code: "kube-name-changed",
        params: { name: "shop/web", namespace: "shop", original: "web" },
      },
      "auto-mode-unsupported-type": {
        code: "auto-mode-unsupported-type",
        params: { nodeGroup: "general", instanceType: "t3.micro", reason: "size-too-small" },
      },
      "auto-mode-setting-ignored": {
        code: "auto-mode-setting-ignored",
        params: { nodeGroup: "general", setting: "customNetworking" },
      },
      "daemonsets-exceed-node": {
        code: "daemonsets-exceed-node",
        params: { nodeGroup: "small", instanceType: "t3.medium", resource: "cpu", requested: 2500, allocatable: 1930 },
      },
      "kube-json-several-documents": { code: "kube-json-several-documents", params: { input: "pods", line: 42 } },
      "kube-wrong-list": { code: "kube-wrong-list", params: { input: "pods", found: "NodeList", belongsIn: "nodes" } },
      "kube-list-items-null": { code: "kube-list-items-null", params: { input: "pods", list: "PodList" } },
      "kube-several-accelerators": {
        code: "kube-several-accelerators",
        params: { name: "trainer", used: "aws.amazon.com/neuron", ignored: "aws.amazon.com/neuroncore" },
      },
      "kube-spread-other-pods": {
        code: "kube-spread-other-pods",
        params: { name: "web", rule: "podAntiAffinity", topologyKey: "kubernetes.io/hostname" },
      },
      "kube-spread-not-planned": {
        code: "kube-spread-not-planned",
        params: { name: "web", rule: "topologySpreadConstraints", topologyKey: "kubernetes.io/hostname" },
      },
      "kube-pdb-several": { code: "kube-pdb-several", params: { name: "web", budgets: ["web-a", "web-b"] } },
      "kube-hpa-invalid": {
        code: "kube-hpa-invalid",
        params: { hpa: "web", namespace: "shop", field: "spec.maxReplicas" },
      },
      "kube-hpa-range-invalid": {
        code: "kube-hpa-range-invalid",
        params: { hpa: "web", namespace: "shop", minReplicas: 5, maxReplicas: 2 },
      },
      "kube-hpa-target-not-found": {
        code: "kube-hpa-target-not-found",
        params: { hpa: "web", namespace: "shop", kind: "Deployment", target: "web-v2" },
      },
      "kube-hpa-several": { code: "kube-hpa-several", params: { name: "web", hpas: ["web-cpu", "web-queue"] } },
      "kube-cronjob-schedule-invalid": {
        code: "kube-cronjob-schedule-invalid",
        params: { name: "report", schedule: "0 25 * * *", part: "25" },
      },
      "kube-cronjob-week-approximated": {
        code: "kube-cronjob-week-approximated",
        params: { name: "billing", schedule: "@monthly" },
      },
      "kube-cronjob-without-pods": {
        code: "kube-cronjob-without-pods",
        params: { cronJob: "nightly", namespace: "batch" },
      },
      "subnet-demand-too-large": {
        code: "subnet-demand-too-large",
        params: { zone: 1, availabilityZone: null, role: "node", needed: 70000, maximum: 65531 },
      },
      "export-cluster-name-invalid": {
        code: "export-cluster-name-invalid",
        params: { name: "My Cluster", reason: "characters", maximum: 100 },
      },
      "kubernetes-version-unsupported": {
        code: "kubernetes-version-unsupported",
        params: { version: "1.30", date: "2026-09-20", standard: ["1.36", "1.35", "1.34"], extended: ["1.33"] },
      },
      "export-ami-types-split": {
        code: "export-ami-types-split",
        params: { nodeGroup: "web", managedNodeGroups: ["web-x86", "web-arm64"] },
      },
      "export-instance-types-limited": {
        code: "export-instance-types-limited",
        params: { managedNodeGroup: "web", maximum: 20, left: ["m5.large"] },
      },
      "export-fargate-profiles-over-quota": {
        code: "export-fargate-profiles-over-quota",
        params: { profiles: 12, quota: 10 },
      },
      "export-max-pods-limited": {
        code: "export-max-pods-limited",
        params: { nodeGroup: "web", instanceType: "m5.xlarge", planned: 44, exported: 16 },
      },
      "export-managed-node-group-left-out": {
        code: "export-managed-node-group-left-out",
        params: { nodeGroup: "web", managedNodeGroup: "web-spot" },
      },
      "export-karpenter-not-installed": {
        code: "export-karpenter-not-installed",
        params: { role: "eksctl-KarpenterNodeRole-shop" },
      },
      "export-auto-mode-not-enabled": { code: "export-auto-mode-not-enabled", params: {} },
      "export-auto-mode-node-role": {
        code: "export-auto-mode-node-role",
        params: { role: "AmazonEKSAutoNodeRole", cluster: "shop" },
      },
      "export-auto-mode-types-left-out": {
        code: "export-auto-mode-types-left-out",
        params: { nodeGroup: "web", instanceTypes: ["t3.micro", "a1.large"] },
      },
    };
    for (const locale of ["en", "ko"] as const) {
      const translate = translatorFor(locale);
      for (const issue of Object.values(codes)) {
        const words = describeIssue(translate, issue);
        expect(words, `${locale} ${issue.code}`).not.toMatch(/[{}]|^error\./);
      }
    }
    const english = translatorFor("en");
    expect(describeIssue(english, codes["vcpu-unknown"])).toBe("No source reports the vCPU count of c7i.32xlarge");
    expect(describeIssue(english, codes["unknown-instance-type"])).toBe("m5.lage is not in the dataset");
    const korean = translatorFor("ko");
    expect(describeIssue(korean, codes["memory-unknown"])).toBe("x.large의 메모리 크기를 알려 주는 출처가 없습니다");
    // A refused cluster name says why, in each language; every reason has its words.
    expect(describeIssue(english, codes["export-cluster-name-invalid"])).toBe(
      "The cluster name “My Cluster” cannot be used (it has characters other than letters, digits and hyphens): EKS and eksctl take letters, digits and hyphens, a letter or digit first, at most 100 characters",
    );
    for (const reason of ["empty", "first-character", "characters", "too-long", "karpenter-role-too-long"] as const) {
      for (const translate of [english, korean]) {
        expect(
          describeIssue(translate, { code: "export-cluster-name-invalid", params: { name: "x", reason, maximum: 39 } }),
        ).not.toMatch(/[{}]|error\./);
      }
    }
    // A schedule that is not five fields names no field, in each language.
    const notFiveFields: CoreIssue = {
      code: "kube-cronjob-schedule-invalid",
      params: { name: "report", schedule: "@every 1h", part: null },
    };
    expect(describeIssue(english, notFiveFields)).toBe(
      "report: its CronJob schedule “@every 1h” is not five cron fields or a macro eksize reads, so it keeps its replicas every hour",
    );
    expect(describeIssue(korean, notFiveFields)).not.toMatch(/[{}]|error\.|null/);
    expect(describeIssue(english, codes["kubernetes-version-unsupported"])).toBe(
      "EKS does not offer Kubernetes 1.30 on 2026-09-20. Standard support: 1.36, 1.35, 1.34; extended support: 1.33",
    );
  });
});

/** Sample findings: every advice code, in every wording variant its params can call for. */
const FINDINGS: Record<AdviceCode, readonly Finding[]> = {
  "advice-single-node": [
    {
      code: "advice-single-node",
      severity: "warning",
      subject: "solo",
      params: { availabilityZones: 1, maxNodes: null },
    },
  ],
  "advice-zone-spread-one-zone": [
    { code: "advice-zone-spread-one-zone", severity: "warning", subject: "web", params: { nodeGroup: "general" } },
  ],
  "advice-pdb-blocks-drain": [
    {
      code: "advice-pdb-blocks-drain",
      severity: "warning",
      subject: "web",
      params: { field: "minAvailable", value: "100%", replicas: 3 },
    },
  ],
  "advice-prefix-delegation-unsupported": [
    {
      code: "advice-prefix-delegation-unsupported",
      severity: "warning",
      subject: "old",
      params: {
        instanceType: "m4.xlarge",
        reason: "not-nitro",
        maxPods: 58,
        alternative: "m5a.xlarge",
        alternativeMaxPods: 110,
      },
    },
    {
      code: "advice-prefix-delegation-unsupported",
      severity: "warning",
      subject: "old",
      params: {
        instanceType: "m5.metal",
        reason: "bare-metal",
        maxPods: 250,
        alternative: null,
        alternativeMaxPods: null,
      },
    },
  ],
  "advice-max-pods-binding": [
    // off: a saving, with and without maxPods set; no saving; an unknown price.
    ...[false, true].map((setsMaxPods): Finding => ({
      code: "advice-max-pods-binding",
      severity: "saving",
      subject: "small",
      params: {
        instanceType: "t3.medium",
        maxPods: 17,
        nodes: 2,
        costUsdPerMonth: 63.936,
        prefixDelegation: "off",
        maxPodsWithPrefixDelegation: 110,
        nodesWithPrefixDelegation: 1,
        costWithPrefixDelegationUsdPerMonth: 31.968,
        savingUsdPerMonth: 31.968,
        setsMaxPods,
      },
    })),
    {
      code: "advice-max-pods-binding",
      severity: "warning",
      subject: "small",
      params: {
        instanceType: "t3.medium",
        maxPods: 17,
        nodes: 2,
        costUsdPerMonth: 63.936,
        prefixDelegation: "off",
        maxPodsWithPrefixDelegation: 110,
        nodesWithPrefixDelegation: 1,
        costWithPrefixDelegationUsdPerMonth: 63.936,
        savingUsdPerMonth: 0,
        setsMaxPods: false,
      },
    },
    {
      code: "advice-max-pods-binding",
      severity: "warning",
      subject: "small",
      params: {
        instanceType: "t3.medium",
        maxPods: 17,
        nodes: 2,
        costUsdPerMonth: null,
        prefixDelegation: "off",
        maxPodsWithPrefixDelegation: 110,
        nodesWithPrefixDelegation: 1,
        costWithPrefixDelegationUsdPerMonth: null,
        savingUsdPerMonth: null,
        setsMaxPods: true,
      },
    },
    // on and unsupported, with the cost and with it unknown.
    ...(["on", "unsupported"] as const).flatMap((prefixDelegation) =>
      [63.936, null].map((costUsdPerMonth): Finding => ({
        code: "advice-max-pods-binding",
        severity: "warning",
        subject: "small",
        params: {
          instanceType: "t3.medium",
          maxPods: 17,
          nodes: 2,
          costUsdPerMonth,
          prefixDelegation,
          maxPodsWithPrefixDelegation: null,
          nodesWithPrefixDelegation: null,
          costWithPrefixDelegationUsdPerMonth: null,
          savingUsdPerMonth: null,
          setsMaxPods: null,
        },
      })),
    ),
  ],
  "advice-spot-few-types": [null, 15].map((consolidationMinimum): Finding => ({
    code: "advice-spot-few-types",
    severity: "warning",
    subject: "general",
    params: { count: 2, instanceTypes: ["m5.xlarge", "m6i.xlarge"], minimum: 10, consolidationMinimum },
  })),
  "advice-spot-single-replica": [
    { code: "advice-spot-single-replica", severity: "warning", subject: "grafana", params: { nodeGroup: "general" } },
  ],
  "advice-spot-interruption": [
    {
      code: "advice-spot-interruption",
      severity: "info",
      subject: null,
      params: { spotNodes: 3, workloads: ["web", "api"], autoscaler: "cluster-autoscaler" },
    },
    {
      code: "advice-spot-interruption",
      severity: "info",
      subject: null,
      params: { spotNodes: 1, workloads: [], autoscaler: "karpenter" },
    },
  ],
  "advice-private-cluster-autoscaler": [
    {
      code: "advice-private-cluster-autoscaler",
      severity: "warning",
      subject: null,
      params: { instanceTypes: ["m6i.xlarge", "c6i.xlarge"] },
    },
  ],
  "advice-auto-mode-node-expiry": [["web"], []].map((workloads): Finding => ({
    code: "advice-auto-mode-node-expiry",
    severity: "info",
    subject: null,
    params: { expiryHours: 336, maximumDays: 21, workloads },
  })),
  "advice-alb-group": [689.85, null].map((savingUsdPerMonth): Finding => ({
    code: "advice-alb-group",
    severity: savingUsdPerMonth === null ? "info" : "saving",
    subject: null,
    params: { ingresses: 45, albs: 45, proposedAlbs: 3, proposedIngressesPerAlb: 20, savingUsdPerMonth },
  })),
  "advice-nlb-target-type": [[], ["email-worker"]].map((fargateWorkloads): Finding => ({
    code: "advice-nlb-target-type",
    severity: "info",
    subject: null,
    params: { nlbs: 1, fargateWorkloads },
  })),
  "advice-fargate-unsupported": [
    {
      code: "advice-fargate-unsupported",
      severity: "warning",
      subject: "agent",
      params: { profile: "system", reason: "privileged" },
    },
  ],
  "advice-fargate-daemonsets": [
    {
      code: "advice-fargate-daemonsets",
      severity: "warning",
      subject: null,
      params: { daemonSets: ["fluent-bit", "node-exporter"], fargateWorkloads: ["email-worker"] },
    },
  ],
  "advice-extended-support": [
    ["1.29", "2025-03-23", "2026-03-23"],
    ["1.27", null, null],
    [null, null, null],
  ].map(([kubernetesVersion, endOfStandardSupport, endOfExtendedSupport]): Finding => ({
    code: "advice-extended-support",
    severity: "saving",
    subject: null,
    params: {
      kubernetesVersion: kubernetesVersion ?? null,
      extraUsdPerMonth: 365,
      endOfStandardSupport: endOfStandardSupport ?? null,
      endOfExtendedSupport: endOfExtendedSupport ?? null,
    },
  })),
  "advice-control-plane-tier-too-small": (
    [
      ["standard", "tier-xl", null, null, false],
      ["tier-xl", "tier-8xl", 1700, 167, true],
      ["tier-4xl", null, 6800, 100, false],
    ] as const
  ).map(([tier, neededTier, apiSeats, podsPerSecond, limitsEstimate]): Finding => ({
    code: "advice-control-plane-tier-too-small",
    severity: "warning",
    subject: null,
    params: {
      tier,
      neededTier,
      peakApiSeats: 2000,
      peakPodsPerSecond: 150,
      apiSeats,
      podsPerSecond,
      before130: podsPerSecond === 100,
      limitsEstimate,
    },
  })),
  "advice-control-plane-tier-larger": [1803.1, null].map((savingUsdPerMonth): Finding => ({
    code: "advice-control-plane-tier-larger",
    severity: "saving",
    subject: null,
    params: { tier: "tier-4xl", neededTier: "tier-xl", savingUsdPerMonth, estimate: true },
  })),
  "advice-control-plane-tier-unchecked": [1204.5, null].map((costUsdPerMonth): Finding => ({
    code: "advice-control-plane-tier-unchecked",
    severity: "info",
    subject: null,
    params: { tier: "tier-xl", costUsdPerMonth, estimate: true },
  })),
  "advice-amazon-linux-2": [
    [null, false, false],
    ["1.33", true, false],
    ["1.35", true, true],
  ].map(([kubernetesVersion, noAmi, cgroupV1Refused]): Finding => ({
    code: "advice-amazon-linux-2",
    severity: "warning",
    subject: "legacy",
    params: {
      kubernetesVersion: kubernetesVersion as string | null,
      amiEndOfSupport: "2025-11-26",
      lastVersion: "1.32",
      endOfLife: "2026-06-30",
      cgroupV1RefusedFrom: "1.35",
      noAmi: noAmi === true,
      cgroupV1Refused: cgroupV1Refused === true,
    },
  })),
};

describe("advice messages", () => {
  const format = {
    number: (value: number) => value.toLocaleString("en-US"),
    money: (usd: number) => `$${usd.toFixed(2)}`,
  };

  test("every advice code has a text and a reason in both languages", () => {
    for (const code of ADVICE_CODES) {
      for (const key of [`advice.${code}`, `advice.${code}.why`]) {
        expect(Object.keys(adviceEn), key).toContain(key);
        expect(Object.keys(ko), key).toContain(key);
      }
    }
    expect(Object.keys(FINDINGS).sort()).toEqual([...ADVICE_CODES].sort());
  });

  test("the first script's English catalog has no finding's words: describe-finding.ts adds them when it loads", () => {
    expect(Object.keys(en).filter((key) => key in adviceEn)).toEqual([]);
    expect(Object.keys(en)).toContain("advice.heading");
    expect(t("en", "advice.advice-single-node", { subject: "general" })).toBe(
      "general runs on a single node, a single point of failure.",
    );
  });

  test("describeFinding fills every placeholder of every variant, in both languages", () => {
    for (const locale of ["en", "ko"] as const) {
      const translate = translatorFor(locale);
      for (const finding of Object.values(FINDINGS).flat()) {
        const { text, why } = describeFinding(translate, finding, format);
        expect(`${text} ${why}`, `${locale} ${finding.code}`).not.toMatch(/[{}]|advice\./);
      }
    }
  });

  test("the samples call for every advice message, in both languages", () => {
    const adviceKeys = Object.keys(adviceEn).filter((key) =>
      /^advice\.(advice-|prefixDelegation\.|with|tier\.|al2\.)/.test(key),
    );
    for (const locale of ["en", "ko"] as const) {
      const used = new Set<string>();
      const translate: Translate = (key, ...params) => {
        used.add(key);
        return t(locale, key, ...params);
      };
      for (const finding of Object.values(FINDINGS).flat()) describeFinding(translate, finding, format);
      expect(
        adviceKeys.filter((key) => !used.has(key)),
        locale,
      ).toEqual([]);
    }
  });

  test("no sentence puts an unknown, zero or negative amount where money belongs", () => {
    for (const locale of ["en", "ko"] as const) {
      // The unknown value marked, so that it shows wherever a null param is written.
      const translate: Translate = (key, ...params) =>
        key === "value.unknown" ? "«unknown»" : t(locale, key, ...params);
      for (const finding of Object.values(FINDINGS).flat()) {
        const { text, why } = describeFinding(translate, finding, format);
        expect(`${text} ${why}`, `${locale} ${finding.code}`).not.toMatch(/«unknown»|\$0\.00|-\$/);
      }
    }
  });

  test("money, counts, lists, unknowns and coded reasons are written out", () => {
    const english = translatorFor("en");
    expect(describeFinding(english, FINDINGS["advice-alb-group"][0]!, format).text).toBe(
      "45 Ingresses use 45 ALBs; sharing them through alb.ingress.kubernetes.io/group.name, 20 to an ALB, needs 3 and saves $689.85 a month.",
    );
    const [saving, settingMaxPods, noSaving, unknownCost, on, onUnknownCost, , unsupportedUnknownCost] =
      FINDINGS["advice-max-pods-binding"];
    const bindingText = (finding: Finding | undefined, translate = english) =>
      describeFinding(translate, finding!, format).text;
    expect(bindingText(saving)).toBe(
      "small runs out of pod slots before CPU or memory: 2 × t3.medium at 17 pods each ($63.94 a month). With prefix delegation, nodes take 110 pods each and the group needs 1 ($31.97 a month, $31.97 less).",
    );
    expect(bindingText(settingMaxPods)).toBe(
      "small runs out of pod slots before CPU or memory: 2 × t3.medium at 17 pods each ($63.94 a month). With prefix delegation and the kubelet's maxPods set to match, nodes take 110 pods each and the group needs 1 ($31.97 a month, $31.97 less).",
    );
    expect(bindingText(noSaving)).toBe(
      "small runs out of pod slots before CPU or memory: 2 × t3.medium at 17 pods each ($63.94 a month). With prefix delegation, nodes take 110 pods each and the group needs 1, though at $63.94 a month it would cost no less.",
    );
    expect(bindingText(unknownCost)).toBe(
      "small runs out of pod slots before CPU or memory: 2 × t3.medium at 17 pods each. With prefix delegation and the kubelet's maxPods set to match, nodes take 110 pods each and the group needs 1; a price is missing from the dataset, so what that saves is not known.",
    );
    expect(bindingText(on)).toBe(
      "small runs out of pod slots before CPU or memory: 2 × t3.medium at 17 pods each ($63.94 a month), with prefix delegation already on.",
    );
    expect(bindingText(onUnknownCost)).toBe(
      "small runs out of pod slots before CPU or memory: 2 × t3.medium at 17 pods each, with prefix delegation already on.",
    );
    expect(bindingText(unsupportedUnknownCost)).toBe(
      "small runs out of pod slots before CPU or memory: 2 × t3.medium at 17 pods each.",
    );
    expect(describeFinding(english, FINDINGS["advice-alb-group"][1]!, format).text).toBe(
      "45 Ingresses use 45 ALBs; sharing them through alb.ingress.kubernetes.io/group.name, 20 to an ALB, needs 3.",
    );
    expect(describeFinding(english, FINDINGS["advice-fargate-unsupported"][0]!, format).why).toBe(
      "Fargate does not run privileged containers. Take it out of the profile's selectors (namespace and labels) so that it runs on a node group.",
    );
    const korean = translatorFor("ko");
    expect(describeFinding(korean, FINDINGS["advice-extended-support"][0]!, format).text).toBe(
      "Kubernetes 1.29은(는) 2025-03-23부터 2026-03-23까지 확장 지원 기간입니다: 컨트롤 플레인이 표준 지원보다 월 $365.00 더 듭니다.",
    );
    expect(describeFinding(korean, FINDINGS["advice-extended-support"][1]!, format).text).toBe(
      "Kubernetes 1.27이(가) 확장 지원 중입니다: 컨트롤 플레인이 표준 지원보다 월 $365.00 더 듭니다.",
    );
    const [standard, xl, fourXl] = FINDINGS["advice-control-plane-tier-too-small"];
    expect([standard, xl, fourXl].map((finding) => describeFinding(english, finding!, format).text)).toEqual([
      "The control plane's Standard tier guarantees no rate, short of the peak of 2,000 seats, 150 pods/s: XL is the smallest tier that holds it.",
      "The control plane's XL tier guarantees 1,700 seats, 167 pods/s, short of the peak of 2,000 seats, 150 pods/s: 8XL is the smallest tier that holds it, by estimated limits.",
      "The control plane's 4XL tier guarantees 6,800 seats, 100 pods/s, short of the peak of 2,000 seats, 150 pods/s: no tier holds it.",
    ]);
    expect(describeFinding(korean, FINDINGS["advice-control-plane-tier-larger"][0]!, format).text).toBe(
      "XL 티어로도 이 4XL 티어를 고른 최대 부하를 감당하며, 월 $1803.10 덜 듭니다 (추정).",
    );
    expect(describeFinding(english, FINDINGS["advice-amazon-linux-2"][2]!, format).text).toBe(
      "legacy runs Amazon Linux 2, whose EKS AMIs ended on 2025-11-26 (the last for Kubernetes 1.32): move it to AL2023 (the same plan) or Bottlerocket. Kubernetes 1.35 has none, and its kubelet refuses AL2's cgroup v1.",
    );
    expect(describeFinding(korean, FINDINGS["advice-spot-interruption"][1]!, format).text).toBe(
      "EC2는 스팟 노드(여기서는 1대)를 2분 전 통지로 회수할 수 있습니다.",
    );
    expect(bindingText(unknownCost, korean)).toBe(
      "small은(는) CPU나 메모리보다 파드 슬롯이 먼저 찹니다: t3.medium 2대, 노드당 파드 17개. 접두사 위임을 켜고 kubelet의 maxPods도 그에 맞춰 설정하면 노드당 파드 110개로 1대면 됩니다. 데이터셋에 없는 가격이 있어 절감액은 알 수 없습니다.",
    );
    expect(describeFinding(korean, FINDINGS["advice-alb-group"][1]!, format).text).toBe(
      "인그레스 45개가 ALB 45개를 씁니다. alb.ingress.kubernetes.io/group.name으로 ALB 하나에 20개씩 공유하면 3개로 충분합니다.",
    );
  });
});

describe("detectLocale", () => {
  test("a remembered language wins", () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, "ko");
    expect(detectLocale()).toBe("ko");
  });

  test("otherwise the browser's first language the app speaks", () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["fr-FR", "ko-KR", "en-US"]);
    expect(detectLocale()).toBe("ko");
  });

  test("a remembered value that is no language is ignored; English is the fallback", () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, "xx");
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["de-DE"]);
    expect(detectLocale()).toBe("en");
  });
});
