/**
 * Message parameters are typed from the English catalogue's placeholders: a misspelt, missing or
 * extra parameter fails `npm run typecheck` (the `@ts-expect-error` lines below would fail it if
 * the call were accepted), and the words come out as the site shows them.
 */
import { describe, expect, test } from "vitest";
import { translatorFor } from "../../src/present/i18n/translate.js";

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
