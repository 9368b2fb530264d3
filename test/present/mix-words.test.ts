import { defaultScenario, type NodeGroupMix } from "eksize";
import { describe, expect, test } from "vitest";
import { formattersFor } from "../../src/present/format.js";
import { loadLocale, translatorFor } from "../../src/present/i18n/translate.js";
import { changeSentence, mixBound, mixSentence } from "../../src/present/plan/mix.js";

/** A mix found for "general": the plan's 5 nodes at $1.00 an hour against 4 at $0.80, bound $0.75. */
const found: Extract<NodeGroupMix, { kind: "mix" }> = {
  kind: "mix",
  nodeGroup: "general",
  plan: { usdPerHour: 1, nodes: 5 },
  mix: {
    usdPerHour: 0.8,
    nodes: 4,
    byType: [
      { instanceType: "m6a.xlarge", onDemandNodes: 2, spotNodes: 1 },
      { instanceType: "c6a.xlarge", onDemandNodes: 0, spotNodes: 1 },
    ],
  },
  boundUsdPerHour: 0.75,
  proven: false,
  cutShort: true,
  change: {
    kind: "split-group",
    nodeGroups: ["general-m6a-xlarge", "general-c6a-xlarge"],
    instanceTypes: ["m6a.xlarge", "c6a.xlarge"],
    scenario: defaultScenario,
    usdPerMonthSaved: 212.4,
    nodesSaved: 2,
  },
};

describe("the optimal mix in words", () => {
  test("English: the mix against the plan, Karpenter's launch, the clock, the change", () => {
    const t = translatorFor("en");
    const format = formattersFor("en");
    expect(mixSentence(t, format, found, 730, "karpenter")).toBe(
      "The cheapest mix found, 3 × m6a.xlarge (2 on demand, 1 Spot), 1 × c6a.xlarge (Spot), costs $584.00 a month: $146.00 less than the plan, on 4 nodes instead of 5. Karpenter's launch is 25% above it. The search stopped at its 2-second limit, so a cheaper mix may exist.",
    );
    expect(mixSentence(t, format, { ...found, mix: { ...found.mix, usdPerHour: 1 }, cutShort: false }, 730, null)).toBe(
      "No mix of its instance types found costs less than the plan's own nodes.",
    );
    expect(mixSentence(t, format, { ...found, cutShort: false }, 730, "auto-mode")).toContain(
      "EKS Auto Mode's launch is 25% above it.",
    );
    expect(changeSentence(t, format, "general", found.change!)).toBe(
      "Splitting general into general-m6a-xlarge and general-c6a-xlarge, one instance type each, saves $212.40 a month, re-planned.",
    );
    expect(
      changeSentence(t, format, "general", { ...found.change!, kind: "limit-types", nodeGroups: ["general"] }),
    ).toBe("Limiting general to m6a.xlarge, c6a.xlarge saves $212.40 a month, re-planned.");
    expect(mixBound(found)).toEqual({ kind: "bound", nodeGroup: "general", planUsdPerHour: 1, boundUsdPerHour: 0.75 });
  });

  test("Korean: counts of nodes in 대, a proven mix", async () => {
    await loadLocale("ko");
    const t = translatorFor("ko");
    const format = formattersFor("ko");
    expect(mixSentence(t, format, { ...found, proven: true, cutShort: false }, 730, null)).toBe(
      `찾은 가장 싼 조합은 m6a.xlarge 3대(온디맨드 2, 스팟 1), c6a.xlarge 1대(스팟)이며 월 ${format.money(584)}입니다. 계획보다 ${format.money(146)} 적고, 노드는 5대 대신 4대입니다. 이보다 싼 조합은 없습니다. 가능한 최저 비용입니다.`,
    );
  });
});
