/**
 * The optimal mix's words (`src/present/plan/optimal-mix.ts`) and its own catalogue: Korean has the
 * English keys and placeholders; the percentages round up to a tenth, and a plan within 0.05% of its
 * bound is the cheapest possible.
 */
import { defaultScenario } from "eksize";
import { describe, expect, test } from "vitest";
import { formattersFor } from "../../src/present/format.js";
import { mixEn } from "../../src/present/i18n/mix-en.js";
import { mixKo } from "../../src/present/i18n/mix-ko.js";
import { translatorFor } from "../../src/present/i18n/translate.js";
import { percentAboveBound } from "../../src/present/plan/bound.js";
import {
  mixChangeText,
  mixLaunchText,
  mixSavingText,
  mixTranslator,
  type FoundMix,
} from "../../src/present/plan/optimal-mix.js";

const placeholders = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]!))].sort();

const usd = formattersFor("en");
const t = translatorFor("en");
const tm = mixTranslator("en");

const found = (planUsdPerHour: number, mixUsdPerHour: number): FoundMix => ({
  kind: "mix",
  nodeGroup: "general",
  plan: { usdPerHour: planUsdPerHour, nodes: 4 },
  mix: { usdPerHour: mixUsdPerHour, nodes: 3, byType: [] },
  boundUsdPerHour: mixUsdPerHour,
  proven: false,
  cutShort: false,
  change: null,
});

describe("the optimal mix's catalogue", () => {
  test("Korean has exactly the English keys and placeholders, none empty", () => {
    expect(Object.keys(mixKo).sort()).toEqual(Object.keys(mixEn).sort());
    for (const key of Object.keys(mixEn) as (keyof typeof mixEn)[]) {
      expect(mixKo[key].trim(), key).not.toBe("");
      expect(placeholders(mixKo[key]), key).toEqual(placeholders(mixEn[key]));
    }
  });
});

describe("the optimal mix in words", () => {
  test("a percentage above rounds up to a tenth, a whole tenth stays it, and within 0.05% is none", () => {
    const bound = (plan: number, floor: number) =>
      percentAboveBound(usd, { kind: "bound", nodeGroup: "g", planUsdPerHour: plan, boundUsdPerHour: floor }, 1);
    // $630.72 over $365.00 is 72.8% exactly (72.80000000000001 in floating point).
    expect(bound(630.72, 365)).toBe(72.8);
    expect(bound(100.11, 100)).toBe(0.2);
    expect(bound(100.06, 100)).toBe(0.1);
    expect(bound(100.05, 100)).toBe(0);
    expect(bound(100.04, 100)).toBe(0);
  });

  test("Karpenter's launch against the mix, or no more than it; nothing for a managed node group", () => {
    expect(mixLaunchText(t, tm, usd, found(1, 0.8), "karpenter", 730)).toBe(
      "Karpenter's launch is 25% above the cheapest mix found ($730.00 against $584.00 a month).",
    );
    expect(mixLaunchText(t, tm, usd, found(0.8, 0.8), "auto-mode", 730)).toBe(
      "EKS Auto Mode's launch costs no more than the cheapest mix found.",
    );
    expect(mixLaunchText(t, tm, usd, found(1, 0.8), "cluster-autoscaler", 730)).toBeNull();
  });

  test("the saving with fewer, as many or more nodes, in the scenario's currency", () => {
    const change = (nodesSaved: number) => ({
      kind: "limit-types" as const,
      scenario: defaultScenario,
      usdPerMonthSaved: 12.5,
      nodesSaved,
    });
    expect(mixSavingText(tm, usd, change(1))).toBe("Optimal mix: −$12.50/month, 1 fewer node");
    expect(mixSavingText(tm, usd, change(0))).toBe("Optimal mix: −$12.50/month, the same number of nodes");
    expect(mixSavingText(tm, usd, change(-2))).toBe("Optimal mix: −$12.50/month, 2 more nodes");
    const won = formattersFor("ko", { currency: "KRW", krwPerUsd: 1400 });
    expect(mixSavingText(mixTranslator("ko"), won, change(2))).toBe("최적 조합: 월 17,500원 절감, 노드 2대 감소");
  });

  test("what a change limits or splits, named from the changed scenario", () => {
    const [general, batch] = defaultScenario.nodeGroups;
    const limited = {
      ...defaultScenario,
      nodeGroups: [{ ...general!, instanceTypes: ["m6a.xlarge"] }, batch!],
    };
    expect(
      mixChangeText(tm, "en", defaultScenario, "general", {
        kind: "limit-types",
        scenario: limited,
        usdPerMonthSaved: 1,
        nodesSaved: 0,
      }),
    ).toBe("Limits the NodePool general to m6a.xlarge.");
    const split = {
      ...defaultScenario,
      nodeGroups: [
        { ...general!, name: "general-m6a-xlarge" },
        { ...general!, name: "general-c6a-xlarge" },
        { ...general!, name: "general-m5-xlarge" },
        batch!,
      ],
    };
    const kind = "split-group" as const;
    expect(
      mixChangeText(mixTranslator("ko"), "ko", defaultScenario, "general", {
        kind,
        scenario: split,
        usdPerMonthSaved: 1,
        nodesSaved: 0,
      }),
    ).toBe(
      "general을(를) 인스턴스 유형이 하나씩인 general-m6a-xlarge, general-c6a-xlarge 및 general-m5-xlarge(으)로 나누고, 워크로드를 각 그룹에 고정합니다.",
    );
  });
});
