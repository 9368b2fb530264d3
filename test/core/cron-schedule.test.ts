/**
 * A CronJob's schedule into the hours of a typical week it starts a Job in (Monday 00:00 is hour 0,
 * Sunday 00:00 hour 144), worked by hand from the Kubernetes documentation's syntax.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scheduleWeek } from "../../src/core/kube-import/cron-schedule.js";

/** The hours of a schedule that must read. */
function hours(schedule: string): readonly number[] {
  const reading = scheduleWeek(schedule);
  if (!reading.ok) throw new Error(`${schedule}: ${reading.part}`);
  return reading.week.hours;
}

const EVERY_MIDNIGHT = [0, 24, 48, 72, 96, 120, 144];

describe("scheduleWeek reads the five fields", () => {
  it("fires at 02:00 on weekdays for 0 2 * * 1-5", () => {
    expect(scheduleWeek("0 2 * * 1-5")).toEqual({
      ok: true,
      week: { hours: [2, 26, 50, 74, 98], approximated: false },
    });
  });

  it("marks every hour from 09:00 to 17:00 each day for */30 9-17 * * * (the minutes only say the hour fires)", () => {
    const week = hours("*/30 9-17 * * *");
    expect(week).toHaveLength(63);
    expect(week.slice(0, 10)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 33]);
    expect(week.slice(-2)).toEqual([160, 161]);
  });

  it("reads lists, names in any case, ranges of names and steps over a range or from a value", () => {
    // Saturday is day 5 of the week (hour 120), Sunday day 6 (hour 144).
    expect(hours("0 8,20 * * SAT,sun")).toEqual([128, 140, 152, 164]);
    expect(hours("15 12 * * mon-FRI")).toEqual([12, 36, 60, 84, 108]);
    // Wednesday (hour 48) every sixth hour.
    expect(hours("0 0-23/6 * * 3")).toEqual([48, 54, 60, 66]);
    // 20/2: from 20:00 to the last hour, every second one, on Tuesday (hour 24).
    expect(hours("0 20/2 * * 2")).toEqual([44, 46]);
    // Every third weekday from Sunday: Sunday, Wednesday, Saturday.
    expect(hours("0 1 * * */3")).toEqual([49, 121, 145]);
  });

  it("takes 0 and 7 both for Sunday, and ? as *", () => {
    expect(hours("0 1 * * 0")).toEqual([145]);
    expect(hours("0 1 * * 7")).toEqual([145]);
    expect(hours("0 1 * * 5-7")).toEqual([97, 121, 145]);
    expect(hours("0 3 ? * 1")).toEqual([3]);
    expect(hours("0 3 * * ?")).toEqual([3, 27, 51, 75, 99, 123, 147]);
  });

  it("reads the macros", () => {
    expect(scheduleWeek("@weekly")).toEqual({ ok: true, week: { hours: [144], approximated: false } });
    expect(hours("@daily")).toEqual(EVERY_MIDNIGHT);
    expect(hours("@midnight")).toEqual(EVERY_MIDNIGHT);
    expect(hours("@hourly")).toHaveLength(168);
    // The 1st of a month (or of January) falls on any weekday: each midnight, approximated.
    for (const macro of ["@monthly", "@yearly", "@annually"]) {
      expect(scheduleWeek(macro)).toEqual({ ok: true, week: { hours: EVERY_MIDNIGHT, approximated: true } });
    }
  });

  it("approximates schedules limited by the day of the month or the month", () => {
    // Both day fields restricted: every Friday or the 13th, which falls on any weekday.
    expect(scheduleWeek("0 0 13 * 5")).toEqual({ ok: true, week: { hours: EVERY_MIDNIGHT, approximated: true } });
    // One restricted, one unrestricted: both must match, so Fridays only.
    expect(scheduleWeek("0 0 * * 5")).toEqual({ ok: true, week: { hours: [96], approximated: false } });
    expect(scheduleWeek("0 0 ? JAN 5")).toEqual({ ok: true, week: { hours: [96], approximated: true } });
    expect(scheduleWeek("0 6 * jan,jul *")).toEqual({
      ok: true,
      week: { hours: [6, 30, 54, 78, 102, 126, 150], approximated: true },
    });
    // A step over 1 is a restriction (robfig/cron clears its star): odd days or Mondays, so every day.
    expect(scheduleWeek("0 4 */2 * 1")).toEqual({
      ok: true,
      week: { hours: [4, 28, 52, 76, 100, 124, 148], approximated: true },
    });
    // 1-31 is every day of the month written out: not approximated, and (both restricted) every day.
    expect(scheduleWeek("0 4 1-31 * 1")).toEqual({
      ok: true,
      week: { hours: [4, 28, 52, 76, 100, 124, 148], approximated: false },
    });
  });

  it("takes surrounding and repeated spaces", () => {
    expect(hours("  0   2 * *\t1-5 ")).toEqual([2, 26, 50, 74, 98]);
  });
});

describe("scheduleWeek refuses what cron refuses, naming the field", () => {
  it.each([
    ["0 25 * * *", "25"],
    ["60 * * * *", "60"],
    ["0 2 0 * *", "0"],
    ["0 2 * 13 *", "13"],
    ["0 2 * * 8", "8"],
    ["0 5-2 * * *", "5-2"],
    ["0 2 * * 1-5/0", "1-5/0"],
    ["0 2 * * MON-", "MON-"],
    ["0 2 * * FOO", "FOO"],
    ["0 2 * * MONDAY", "MONDAY"],
    ["*-5 2 * * *", "*-5"],
    ["0 2,,3 * * *", "2,,3"],
    ["0 2/1/2 * * *", "2/1/2"],
    ["0 +2 * * *", "+2"],
  ])("%s: %s", (schedule, part) => {
    expect(scheduleWeek(schedule)).toEqual({ ok: false, part });
  });

  it.each(["", "0 2 * *", "0 2 * * * *", "@every 1h", "@fortnightly", "@WEEKLY", "TZ=UTC 0 2 * * *", "constructor"])(
    "%j has not five fields and is no macro",
    (schedule) => {
      expect(scheduleWeek(schedule)).toEqual({ ok: false, part: null });
    },
  );
});

/**
 * A field whose values run from `min` to `max`: lists of `*`, `?`, values, ranges and steps, now and
 * then a value one past either bound (which cron refuses).
 */
function field(min: number, max: number): fc.Arbitrary<string> {
  const value = fc.integer({ min: min - 1, max: max + 1 });
  const inRange = fc.integer({ min, max });
  const item = fc.oneof(
    { arbitrary: fc.constantFrom("*", "?"), weight: 2 },
    { arbitrary: value.map(String), weight: 2 },
    { arbitrary: fc.tuple(inRange, inRange).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`), weight: 2 },
    {
      arbitrary: fc.tuple(fc.constantFrom("*", String(min)), fc.integer({ min: 1, max })).map(([a, n]) => `${a}/${n}`),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(inRange, inRange, fc.integer({ min: 1, max: 5 }))
        .map(([a, b, n]) => `${Math.min(a, b)}-${Math.max(a, b)}/${n}`),
      weight: 1,
    },
  );
  return fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => items.join(","));
}
const minute = field(0, 59);
const dayOfMonth = field(1, 31);
const month = fc.oneof(field(1, 12), fc.constantFrom("JAN", "jul-Dec", "*/3"));
const anySchedule = fc.tuple(
  minute,
  field(0, 23),
  dayOfMonth,
  month,
  fc.oneof(field(0, 7), fc.constantFrom("MON-FRI", "sat,SUN", "wed")),
);

describe("scheduleWeek on any schedule", () => {
  it("gives hours of the week, ascending and each once, or the part it refuses", () => {
    fc.assert(
      fc.property(anySchedule, (fields) => {
        const reading = scheduleWeek(fields.join(" "));
        if (!reading.ok) {
          expect(fields).toContain(reading.part);
          return;
        }
        const { hours: week } = reading.week;
        expect(week.every((hour) => Number.isInteger(hour) && hour >= 0 && hour <= 167)).toBe(true);
        expect(week.every((hour, index) => index === 0 || hour > week[index - 1]!)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("covers all 168 hours when the hour and the day of the week are *", () => {
    fc.assert(
      fc.property(minute, dayOfMonth, month, (minutes, days, months) => {
        const reading = scheduleWeek(`${minutes} * ${days} ${months} *`);
        if (reading.ok) expect(reading.week.hours).toHaveLength(168);
      }),
      { numRuns: 300 },
    );
  });
});
