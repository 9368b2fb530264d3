/**
 * Message parameters are typed from the English catalogue's placeholders: a misspelt, missing or
 * extra parameter fails `npm run typecheck` (the `@ts-expect-error` lines below would fail it if
 * the call were accepted), and the words come out as the site shows them.
 */
import { describe, expect, test } from "vitest";
import { loadLocale, translatorFor } from "../../src/present/i18n/translate.js";

const english = translatorFor("en");

describe("typed message parameters", () => {
  test("a message takes exactly its placeholders", () => {
    expect(english("planner.plan.fargatePods", { workload: "email-worker", pods: 2, vcpu: "0.25", memory: "1" })).toBe(
      "email-worker: 2 pods of 0.25 vCPU and 1 GB",
    );
    expect(english("planner.cost.total")).toBe("Total");
  });

  test("a misspelt, missing or extra parameter is a type error", () => {
    // @ts-expect-error: "worklaod" is not a placeholder of the message, and "workload" is missing.
    const misspelt = english("planner.plan.fargatePods", { worklaod: "w", pods: 2, vcpu: "1", memory: "2" });
    // @ts-expect-error: "memory" is missing.
    const missing = english("planner.plan.fargatePods", { workload: "w", pods: 2, vcpu: "1" });
    // @ts-expect-error: "Total" has no placeholder.
    const extra = english("planner.cost.total", { total: 1 });
    // A placeholder without a value stays visible: the type check is what stops it.
    expect([misspelt, missing, extra]).toEqual([
      "{workload}: 2 pods of 1 vCPU and 2 GB",
      "w: 2 pods of 1 vCPU and {memory} GB",
      "Total",
    ]);
  });
});

describe("plural placeholders", () => {
  test("{name:one|other} agrees with the count it holds, as Intl.PluralRules says for the language", async () => {
    expect(english("planner.invalid", { count: "1" })).toBe("1 field needs fixing.");
    expect(english("planner.invalid", { count: "2" })).toBe("2 fields need fixing.");
    expect(english("planner.invalid", { count: "1,420" })).toBe("1,420 fields need fixing.");
    expect(english("planner.plan.fargatePods", { workload: "w", pods: 1, vcpu: "0.25", memory: "1" })).toBe(
      "w: 1 pod of 0.25 vCPU and 1 GB",
    );
    // One count may choose several words.
    expect(
      english("error.pods-without-address", {
        pods: "1",
        nodeGroup: "general",
        instanceType: "m5.large",
        kind: "IPv4",
      }),
    ).toBe("1 pod of general gets no address on m5.large: its IPv4 addresses run out");
    // A signed change counts as its size: "+1 node", "−1 node" (minus sign), "−2 nodes".
    expect(english("summary.change.nodes", { delta: "+1" })).toBe("+1 node");
    expect(english("summary.change.nodes", { delta: "−1" })).toBe("−1 node");
    expect(english("summary.change.nodes", { delta: "−2" })).toBe("−2 nodes");
    // Korean has no plural: its messages write the count once, with a counter.
    await loadLocale("ko");
    expect(translatorFor("ko")("planner.invalid", { count: "1" })).toBe("고쳐야 할 항목이 1개 있습니다.");
  });

  test("a plural placeholder is typed by its name", () => {
    // @ts-expect-error: the placeholder of "{count:# field needs|# fields need}" is "count".
    const misspelt = english("planner.invalid", { cuont: "1" });
    expect(misspelt).toBe("{count:# field needs|# fields need} fixing.");
  });
});
