import { describe, expect, test } from "vitest";
import {
  gibRangeToMib,
  inRange,
  matchesAnyTerm,
  matchesArchitecture,
  matchesFamily,
  OPEN_RANGE,
  parseRange,
  splitTerms,
  toColumnFilters,
} from "../../src/present/explorer/filters.js";

const whole = { wholeNumbers: true };
const decimal = { wholeNumbers: false };

describe("parseRange", () => {
  test("empty sides are open bounds", () => {
    expect(parseRange({ min: "", max: "  " }, whole)).toEqual({ ok: true, range: { min: null, max: null } });
    expect(parseRange({ min: " 4 ", max: "" }, whole)).toEqual({ ok: true, range: { min: 4, max: null } });
  });

  test("a valid range, equal bounds included", () => {
    expect(parseRange({ min: "2", max: "8" }, whole)).toEqual({ ok: true, range: { min: 2, max: 8 } });
    expect(parseRange({ min: "8", max: "8" }, whole)).toEqual({ ok: true, range: { min: 8, max: 8 } });
    expect(parseRange({ min: "0.5", max: ".75" }, decimal)).toEqual({ ok: true, range: { min: 0.5, max: 0.75 } });
  });

  test("letters, negatives and fractions of a whole-number field are rejected with what was typed", () => {
    expect(parseRange({ min: "abc", max: "" }, whole)).toEqual({
      ok: false,
      problems: [{ code: "not-a-number", bound: "min", value: "abc" }],
    });
    expect(parseRange({ min: "", max: "-3" }, whole)).toEqual({
      ok: false,
      problems: [{ code: "negative", bound: "max", value: "-3" }],
    });
    expect(parseRange({ min: "2.5", max: "" }, whole)).toEqual({
      ok: false,
      problems: [{ code: "not-whole", bound: "min", value: "2.5" }],
    });
    expect(parseRange({ min: "4x", max: "1e3" }, decimal)).toEqual({
      ok: false,
      problems: [
        { code: "not-a-number", bound: "min", value: "4x" },
        { code: "not-a-number", bound: "max", value: "1e3" },
      ],
    });
  });

  test("a minimum above the maximum is rejected", () => {
    expect(parseRange({ min: "8", max: "4" }, whole)).toEqual({
      ok: false,
      problems: [{ code: "min-above-max", min: 8, max: 4 }],
    });
  });
});

describe("predicates", () => {
  test("inRange is inclusive and keeps unknown values out of bounded ranges", () => {
    expect(inRange(4, { min: 4, max: 8 })).toBe(true);
    expect(inRange(8, { min: 4, max: 8 })).toBe(true);
    expect(inRange(9, { min: 4, max: 8 })).toBe(false);
    expect(inRange(3, { min: 4, max: null })).toBe(false);
    expect(inRange(null, OPEN_RANGE)).toBe(true);
    expect(inRange(null, { min: 0, max: null })).toBe(false);
  });

  test("name terms match any part of the name, case-insensitively", () => {
    expect(splitTerms(" M5.Large,  c7g ")).toEqual(["m5.large", "c7g"]);
    expect(matchesAnyTerm("c7g.xlarge", ["m5.large", "c7g"])).toBe(true);
    expect(matchesAnyTerm("m5a.large", ["m5."])).toBe(false);
    expect(matchesAnyTerm("anything", [])).toBe(true);
  });

  test("families match exactly", () => {
    expect(matchesFamily("m5", ["m5"])).toBe(true);
    expect(matchesFamily("m5a", ["m5"])).toBe(false);
    expect(matchesFamily("m5a", [])).toBe(true);
  });

  test("an unknown architecture passes only 'all'", () => {
    expect(matchesArchitecture("arm64", "arm64")).toBe(true);
    expect(matchesArchitecture("amd64", "arm64")).toBe(false);
    expect(matchesArchitecture(null, "amd64")).toBe(false);
    expect(matchesArchitecture(null, "all")).toBe(true);
  });

  test("memory filters are typed in GiB and compared in MiB", () => {
    expect(gibRangeToMib({ min: 0.5, max: 16 })).toEqual({ min: 512, max: 16384 });
    expect(gibRangeToMib(OPEN_RANGE)).toEqual(OPEN_RANGE);
  });
});

describe("toColumnFilters", () => {
  test("lists only the active filters", () => {
    expect(
      toColumnFilters({ name: "", family: "", architecture: "all" }, { vcpu: OPEN_RANGE, memory: OPEN_RANGE }),
    ).toEqual([]);
    expect(
      toColumnFilters(
        { name: "m5 c7g", family: "M5, r6i", architecture: "arm64" },
        { vcpu: { min: 2, max: null }, memory: { min: null, max: 8 } },
      ),
    ).toEqual([
      { id: "name", value: ["m5", "c7g"] },
      { id: "family", value: ["m5", "r6i"] },
      { id: "architecture", value: "arm64" },
      { id: "vcpu", value: { min: 2, max: null } },
      { id: "memory", value: { min: null, max: 8192 } },
    ]);
  });
});
