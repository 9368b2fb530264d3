import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instanceSavingsPlanCommitments, savingsPlanCommitment } from "eksize";
import { thrownIssue } from "../support/thrown-issue.js";

/** What the hours cost with a commitment covering `covered` USD of on-demand spend an hour, computed hour by hour. */
function costWith(spend: readonly number[], covered: number, discountPercent: number): number {
  const commitment = covered * (1 - discountPercent / 100);
  return spend.reduce((sum, hour) => sum + commitment + Math.max(0, hour - covered), 0);
}

/** A week of office hours: `peak` USD an hour for 10 hours on 5 weekdays (50 hours), `base` the other 118. */
function officeWeek(peak: number, base: number): number[] {
  return Array.from({ length: 168 }, (_, hour) => {
    const day = Math.floor(hour / 24);
    const clock = hour % 24;
    return day < 5 && clock >= 9 && clock < 19 ? peak : base;
  });
}

describe("savingsPlanCommitment, worked by hand", () => {
  it("commits to the whole of a flat spend: $10 an hour at 30% off is $7 an hour, saving $3 every hour", () => {
    expect(savingsPlanCommitment([10, 10, 10, 10], 30)).toEqual({
      commitmentUsdPerHour: 7,
      coveredUsdPerHour: 10,
      coverage: 1,
      utilisation: 1,
      hoursCovered: 1,
      breakEven: 0.7,
      onDemandUsd: 40,
      committedUsd: 28,
      savingUsd: 12,
    });
  });

  it("commits to the office week's baseline at 28% off: $2 is reached in all 168 hours, $10 in only 50 (under 72%)", () => {
    const result = savingsPlanCommitment(officeWeek(10, 2), 28);
    // 168 × $1.44 for the baseline, and the 50 peak hours' $8 above it on demand.
    expect(result.commitmentUsdPerHour).toBeCloseTo(1.44, 12);
    expect(result.coveredUsdPerHour).toBe(2);
    expect(result.onDemandUsd).toBe(736);
    expect(result.committedUsd).toBeCloseTo(168 * 1.44 + 50 * 8, 9);
    expect(result.savingUsd).toBeCloseTo(94.08, 9);
    // $336 of the $736 covered; every committed dollar used.
    expect(result.coverage).toBeCloseTo(336 / 736, 12);
    expect(result.utilisation).toBe(1);
    expect(result.hoursCovered).toBe(1);
    expect(result.breakEven).toBeCloseTo(0.72, 12);
  });

  it("commits to the peak once it runs long enough: at 72% off the 50 peak hours pass the 28% break-even", () => {
    const result = savingsPlanCommitment(officeWeek(10, 2), 72);
    expect(result.coveredUsdPerHour).toBe(10);
    expect(result.commitmentUsdPerHour).toBeCloseTo(2.8, 12);
    expect(result.committedUsd).toBeCloseTo(168 * 2.8, 9);
    // The 118 quiet hours use $2 of the $10 covered.
    expect(result.utilisation).toBeCloseTo((50 * 10 + 118 * 2) / (168 * 10), 12);
    expect(result.hoursCovered).toBeCloseTo(50 / 168, 12);
  });

  it("takes the higher level on an exact tie, which costs the same as the lower", () => {
    // 30% off over 10 hours: the level must be reached in 7 hours; $5 is reached in exactly 7.
    const spend = [5, 5, 5, 5, 5, 5, 5, 1, 1, 1];
    const result = savingsPlanCommitment(spend, 30);
    expect(result.coveredUsdPerHour).toBe(5);
    expect(result.committedUsd).toBeCloseTo(costWith(spend, 1, 30), 9);
    expect(result.committedUsd).toBeCloseTo(35, 9);
  });

  it("commits nothing when nothing is saved: no discount, or no spend", () => {
    for (const [spend, discount] of [
      [[3, 1, 2], 0],
      [[0, 0, 0], 40],
    ] as const) {
      const result = savingsPlanCommitment(spend, discount);
      expect(result.commitmentUsdPerHour).toBe(0);
      expect(result.coveredUsdPerHour).toBe(0);
      expect(result.savingUsd).toBe(0);
      expect(result.utilisation).toBe(0);
      expect(result.hoursCovered).toBe(0);
      expect(result.committedUsd).toBe(result.onDemandUsd);
    }
  });

  it("names what is wrong with its input", () => {
    expect(thrownIssue(() => savingsPlanCommitment([], 20))).toEqual({
      code: "invalid-option",
      params: { option: "hourlyOnDemandUsd", value: [], expected: "at least one hour" },
    });
    expect(thrownIssue(() => savingsPlanCommitment([1, -2], 20))).toEqual({
      code: "invalid-option",
      params: { option: "hourlyOnDemandUsd[1]", value: -2, expected: "a number ≥ 0" },
    });
    expect(thrownIssue(() => savingsPlanCommitment([1, Number.NaN], 20))?.params).toMatchObject({
      option: "hourlyOnDemandUsd[1]",
    });
    for (const discount of [-1, 100, Number.POSITIVE_INFINITY]) {
      expect(thrownIssue(() => savingsPlanCommitment([1], discount))).toEqual({
        code: "invalid-option",
        params: { option: "discountPercent", value: discount, expected: "a number ≥ 0 and < 100" },
      });
    }
  });
});

describe("savingsPlanCommitment, properties", () => {
  const curves = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1000, noNaN: true })), {
    minLength: 1,
    maxLength: 200,
  });
  const discounts = fc.double({ min: 0, max: 99, noNaN: true });

  it("costs no more than any other commitment, tried hour by hour at every level the curve reaches", () => {
    fc.assert(
      fc.property(curves, discounts, (spend, discount) => {
        const result = savingsPlanCommitment(spend, discount);
        const tolerance = 1e-9 * Math.max(1, result.onDemandUsd);
        expect(result.committedUsd).toBeCloseTo(costWith(spend, result.coveredUsdPerHour, discount), 6);
        for (const level of [0, ...spend]) {
          expect(result.committedUsd).toBeLessThanOrEqual(costWith(spend, level, discount) + tolerance);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never loses money, and its shares stay within 0 and 1", () => {
    fc.assert(
      fc.property(curves, discounts, (spend, discount) => {
        const result = savingsPlanCommitment(spend, discount);
        expect(result.savingUsd).toBeGreaterThanOrEqual(0);
        expect(result.committedUsd).toBeLessThanOrEqual(result.onDemandUsd);
        for (const share of [result.coverage, result.utilisation, result.hoursCovered, result.breakEven]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
        // A level worth committing to is reached in at least the break-even share of the hours.
        if (result.commitmentUsdPerHour > 0) {
          expect(result.hoursCovered).toBeGreaterThanOrEqual(result.breakEven - 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("instanceSavingsPlanCommitments, worked by hand", () => {
  // m5 spends $2 every hour; c5 $3 in the first 50 hours and nothing after; Fargate $1 every hour.
  const byFamily = Array.from({ length: 168 }, (_, hour) => ({ m5: 2, c5: hour < 50 ? 3 : 0 }));
  const fargate = new Array<number>(168).fill(1);

  it("commits each family on its own: m5 at its $2 floor, c5 not at all (50 hours are under 60% of 168)", () => {
    const { total, families } = instanceSavingsPlanCommitments(byFamily, fargate, 40);
    expect(families.m5!.commitmentUsdPerHour).toBeCloseTo(1.2, 12);
    expect(families.c5!.commitmentUsdPerHour).toBe(0);
    expect(total.commitmentUsdPerHour).toBeCloseTo(1.2, 12);
    expect(total.coveredUsdPerHour).toBeCloseTo(2, 12);
    // 336 of m5, 150 of c5 and 168 of Fargate; the commitment covers m5's 336.
    expect(total.onDemandUsd).toBeCloseTo(654, 9);
    expect(total.coverage).toBeCloseTo(336 / 654, 12);
    expect(total.utilisation).toBeCloseTo(1, 12);
    expect(total.hoursCovered).toBeCloseTo(1, 12);
    expect(total.savingUsd).toBeCloseTo(168 * 0.8, 9);
    expect(total.committedUsd).toBeCloseTo(654 - 134.4, 9);
    expect(total.breakEven).toBeCloseTo(0.6, 12);
  });

  it("commits c5 too once its 50 hours pass the break-even (at 75% off, 25% of the hours)", () => {
    const { total, families } = instanceSavingsPlanCommitments(byFamily, fargate, 75);
    expect(families.c5!.commitmentUsdPerHour).toBeCloseTo(0.75, 12);
    expect(total.commitmentUsdPerHour).toBeCloseTo(0.5 + 0.75, 12);
    // Both families reach their levels only in the first 50 hours.
    expect(total.hoursCovered).toBeCloseTo(50 / 168, 12);
    // m5 saves $1.50 an hour; c5 saves $2.25 in 50 hours and wastes $0.75 in 118.
    expect(total.savingUsd).toBeCloseTo(168 * 1.5 + 50 * 2.25 - 118 * 0.75, 9);
  });

  it("names an uncovered spend of another length", () => {
    expect(thrownIssue(() => instanceSavingsPlanCommitments(byFamily, [1], 40))).toEqual({
      code: "invalid-option",
      params: { option: "hourlyOtherUsd", value: 1, expected: "168 hours, as many as hourlyByFamily" },
    });
    expect(thrownIssue(() => instanceSavingsPlanCommitments([{ m5: 1 }], [-1], 40))).toEqual({
      code: "invalid-option",
      params: { option: "hourlyOtherUsd[0]", value: -1, expected: "a number ≥ 0" },
    });
  });
});
