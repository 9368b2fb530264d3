import { describe, expect, test } from "vitest";
import { formattersFor, monthsBetween } from "../../src/app/format.js";

describe("formatters", () => {
  test("English numbers and US dollars", () => {
    const f = formattersFor("en");
    expect(f.integer(1420)).toBe("1,420");
    expect(f.usdPrecise(0.096)).toBe("$0.096");
    expect(f.usdPrecise(0.0042)).toBe("$0.0042");
    expect(f.usdPrecise(4.608)).toBe("$4.608");
    expect(f.usdPrecise(1.5)).toBe("$1.50");
    expect(f.usd(70.08)).toBe("$70.08");
    expect(f.usd(70.08 / 29)).toBe("$2.42");
    expect(f.percent(66)).toBe("66%");
    expect(f.millicores(1930)).toBe("1,930m");
    expect(f.mib(7518)).toBe("7,518 MiB");
    expect(f.gibFromMib(8192)).toBe("8 GiB");
    expect(f.gibFromMib(512)).toBe("0.5 GiB");
    expect(f.monthsAgo(4)).toBe("4 months ago");
    expect(f.monthsAgo(0)).toBe("this month");
  });

  test("Korean formatting of the same values", () => {
    const f = formattersFor("ko");
    expect(f.integer(1420)).toBe("1,420");
    expect(f.usdPrecise(0.096)).toBe("US$0.096");
    expect(f.monthsAgo(4)).toBe("4개월 전");
  });

  test("formatters are built once per language", () => {
    expect(formattersFor("en")).toBe(formattersFor("en"));
  });
});

describe("monthsBetween", () => {
  test("whole months from a source date, for each date precision", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    expect(monthsBetween("2026-07-20", now)).toBe(4);
    expect(monthsBetween("2026-05", now)).toBe(6);
    expect(monthsBetween("2021-10-20", now)).toBe(61);
    expect(monthsBetween("2026-11-29", now)).toBe(0);
    expect(monthsBetween("2026", now)).toBe(10);
    expect(monthsBetween("July 2026", now)).toBeNull();
  });
});
