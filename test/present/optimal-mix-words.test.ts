/**
 * The optimal mix panel's words (`src/present/plan/optimal-mix.ts`): the change's headline in the
 * scenario's currency, and the bound's percentage, rounded up to a tenth, with a plan within 0.05% of
 * its bound the cheapest possible.
 */
import { defaultScenario, type MixChange } from "eksize";
import { describe, expect, test } from "vitest";
import { formattersFor } from "../../src/present/format.js";
import { loadLocale, translatorFor } from "../../src/present/i18n/translate.js";
import { percentAboveBound } from "../../src/present/plan/bound.js";
import { mixSavingText } from "../../src/present/plan/optimal-mix.js";

const usd = formattersFor("en");

describe("the optimal mix panel in words", () => {
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

  test("the change's headline with fewer, the same number of or more nodes, in the scenario's currency", async () => {
    const change = (nodesSaved: number): MixChange => ({
      kind: "limit-types",
      nodeGroups: ["general"],
      instanceTypes: ["m6a.xlarge"],
      scenario: defaultScenario,
      usdPerMonthSaved: 12.5,
      nodesSaved,
    });
    const t = translatorFor("en");
    expect(mixSavingText(t, usd, change(1))).toBe("Optimal mix: −$12.50/month, 1 fewer node");
    expect(mixSavingText(t, usd, change(0))).toBe("Optimal mix: −$12.50/month, the same number of nodes");
    expect(mixSavingText(t, usd, change(-2))).toBe("Optimal mix: −$12.50/month, 2 more nodes");
    await loadLocale("ko");
    const won = formattersFor("ko", { currency: "KRW", krwPerUsd: 1400 });
    expect(mixSavingText(translatorFor("ko"), won, change(2))).toBe("최적 조합: 월 17,500원 절감, 노드 2대 감소");
  });
});
