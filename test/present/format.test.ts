import { describe, expect, test } from "vitest";
import { formattersFor, monthsBetween } from "../../src/present/format.js";

describe("formatters", () => {
  test("English numbers and US dollars", () => {
    const f = formattersFor("en");
    expect(f.integer(1420)).toBe("1,420");
    expect(f.moneyPrecise(0.096)).toBe("$0.096");
    expect(f.moneyPrecise(0.0042)).toBe("$0.0042");
    expect(f.moneyPrecise(4.608)).toBe("$4.608");
    expect(f.moneyPrecise(1.5)).toBe("$1.50");
    expect(f.money(70.08)).toBe("$70.08");
    expect(f.money(70.08 / 29)).toBe("$2.42");
    expect(f.moneyWhole(1200)).toBe("$1,200");
    expect(f.moneyWhole(70.5)).toBe("$71");
    expect(f.percent(66)).toBe("66%");
    expect(f.millicores(1930)).toBe("1,930m");
    expect(f.mib(7518)).toBe("7,518 MiB");
    expect(f.gibFromMib(8192)).toBe("8 GiB");
    expect(f.gibFromMib(512)).toBe("0.5 GiB");
    expect(f.monthsAgo(4)).toBe("4 months ago");
    expect(f.monthsAgo(0)).toBe("this month");
  });

  test("Korean formatting of the same values: dollars with the narrow symbol, not US$", () => {
    const f = formattersFor("ko");
    expect(f.currency).toBe("USD");
    expect(f.integer(1420)).toBe("1,420");
    expect(f.moneyPrecise(0.096)).toBe("$0.096");
    expect(f.moneyPrecise(1.5)).toBe("$1.50");
    expect(f.money(70.08)).toBe("$70.08");
    expect(f.money(-5)).toBe("-$5.00");
    expect(f.monthsAgo(4)).toBe("4개월 전");
  });

  test("KRW at the user's rate: whole won for amounts, up to 2 decimals for rates", () => {
    const en = formattersFor("en", { currency: "KRW", krwPerUsd: 1400 });
    expect(en.money(70.08)).toBe("₩98,112");
    expect(en.moneyPrecise(0.096)).toBe("₩134.4");
    expect(en.moneyPrecise(0.0042)).toBe("₩5.88");
    expect(en.money(-5)).toBe("-₩7,000");
    // Korean writes won as the amount and 원 (ko-glossary: "98,112원").
    const ko = formattersFor("ko", { currency: "KRW", krwPerUsd: 1400 });
    expect(ko.currency).toBe("KRW");
    expect(ko.money(70.08)).toBe("98,112원");
    expect(ko.moneyPrecise(0.096)).toBe("134.4원");
    expect(ko.moneyPrecise(0.0042)).toBe("5.88원");
    expect(ko.money(-5)).toBe("-7,000원");
    expect(formattersFor("ko", { currency: "KRW", krwPerUsd: 1350.5 }).money(100)).toBe("135,050원");
    // The rate does not change USD.
    expect(formattersFor("ko", { currency: "USD", krwPerUsd: 1350.5 }).money(100)).toBe("$100.00");
  });

  test("formatters are built once per language and currency", () => {
    expect(formattersFor("en")).toBe(formattersFor("en"));
    expect(formattersFor("en", { currency: "KRW", krwPerUsd: 1400 })).toBe(
      formattersFor("en", { currency: "KRW", krwPerUsd: 1400 }),
    );
    expect(formattersFor("en", { currency: "KRW", krwPerUsd: 1400 })).not.toBe(
      formattersFor("en", { currency: "KRW", krwPerUsd: 1300 }),
    );
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
