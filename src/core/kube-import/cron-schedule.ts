import { HOURS_PER_WEEK } from "../scenario/load-profile.js";

/** One of the five fields: its bounds and, for the month and the day of the week, its names (the first is `min`). */
interface CronField {
  readonly min: number;
  /** The largest value `*` and `a/n` reach. */
  readonly max: number;
  /** The largest value written, when above `max`: a value above `max` stands for `min` (7 for Sunday). */
  readonly top?: number;
  readonly names?: readonly string[];
}

const MINUTE: CronField = { min: 0, max: 59 };
const HOUR: CronField = { min: 0, max: 23 };
const DAY_OF_MONTH: CronField = { min: 1, max: 31 };
const MONTH: CronField = {
  min: 1,
  max: 12,
  names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
};
/** 0 to 6 from Sunday, and 7 for Sunday again, as Vixie cron takes it. */
const DAY_OF_WEEK: CronField = { min: 0, max: 6, top: 7, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] };

/** The five fields in their order. */
const FIELDS = [MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK] as const;

/** What one field allows, and whether it is unrestricted (see `readField`). */
interface FieldValues {
  readonly values: ReadonlySet<number>;
  readonly star: boolean;
}

/** The macros the Kubernetes documentation lists, as the five fields they stand for. */
const MACROS: ReadonlyMap<string, string> = new Map([
  ["@yearly", "0 0 1 1 *"],
  ["@annually", "0 0 1 1 *"],
  ["@monthly", "0 0 1 * *"],
  ["@weekly", "0 0 * * 0"],
  ["@daily", "0 0 * * *"],
  ["@midnight", "0 0 * * *"],
  ["@hourly", "0 * * * *"],
]);

/** The hours of a typical week a schedule starts a Job in. */
export interface ScheduleWeek {
  /** Hours of the week, 0 (Monday 00:00) to 167 (Sunday 23:00), ascending, each once. */
  readonly hours: readonly number[];
  /**
   * True when the schedule names days of the month or months (`0 3 1 * *`, `@monthly`, `@yearly`):
   * which weekdays they fall on changes from week to week, so `hours` holds every hour it can start
   * in of a typical week, every weekday its day-of-week field allows.
   */
  readonly approximated: boolean;
}

/**
 * A schedule read (`week`), or where it is not one: `part`, the field cron refuses (`25` in
 * `0 25 * * *`), or null when the text has not five fields and is no macro.
 */
export type ScheduleReading =
  { readonly ok: true; readonly week: ScheduleWeek } | { readonly ok: false; readonly part: string | null };

/** A number, or a field's name in any case (`MON`, `jan`); NaN for anything else. */
function valueOf(word: string, field: CronField): number {
  if (/^\d+$/.test(word)) return Number(word);
  const index = field.names?.indexOf(word.toLowerCase()) ?? -1;
  return index < 0 ? NaN : field.min + index;
}

/**
 * The values of one field (`*`, `?`, `n`, `a-b`, `*\/n`, `a-b/n`, `a/n` for a to the maximum, names
 * in any case, lists of these), or null where cron refuses it. `star`: a `*` or `?` without a step
 * over 1, which makes the days of the month and of the week match together (robfig/cron's `starBit`).
 */
function readField(text: string, field: CronField): FieldValues | null {
  const values = new Set<number>();
  let star = false;
  for (const item of text.split(",")) {
    const match = /^([^-/]+)(?:-([^-/]+))?(?:\/(\d+))?$/.exec(item);
    if (match === null) return null;
    const [, first = "", last, step] = match;
    const by = step === undefined ? 1 : Number(step);
    const all = first === "*" || first === "?";
    if (all && last !== undefined) return null;
    star ||= all && by === 1;
    const low = all ? field.min : valueOf(first, field);
    const high = all || (last === undefined && step !== undefined) ? field.max : valueOf(last ?? first, field);
    if (!(low >= field.min && high <= (field.top ?? field.max) && low <= high && by >= 1)) return null;
    for (let v = low; v <= high; v += by) values.add(v > field.max ? field.min : v);
  }
  return { values, star };
}

/**
 * The hours of a typical week in which a CronJob's `spec.schedule` starts a Job, as the Kubernetes
 * documentation gives its syntax (Concepts › Workloads › CronJob, "Schedule syntax",
 * https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax) and the
 * CronJob controller reads it (robfig/cron v3, `ParseStandard`):
 *
 * - five fields: minute (0–59), hour (0–23), day of the month (1–31), month (1–12 or JAN–DEC) and day
 *   of the week (0–6 from Sunday, or SUN–SAT; 7 is Sunday too, as in Vixie cron, though the
 *   controller refuses it); each `*` (or `?`, the same), a number, a range `a-b`, a step `*\/n`,
 *   `a-b/n` or `a/n`, or a list of these;
 * - or a macro: `@yearly` (`@annually`), `@monthly`, `@weekly`, `@daily` (`@midnight`), `@hourly`.
 *   `@every` and a `TZ=` prefix are not read (Kubernetes takes the time zone from `spec.timeZone`).
 *
 * When both the day of the month and the day of the week are restricted (neither starts with `*`
 * or `?`), a day that matches either fires (`0 0 13 * 5`: every Friday and every 13th); otherwise
 * a day must match both. The minute only says whether the hour fires.
 *
 * Hours are in the schedule's own time zone: `spec.timeZone`, else the controller's (UTC on EKS).
 * A load profile is in the cluster's local time, which eksize does not model: the hours are used as
 * they are. Never throws.
 *
 * @example scheduleWeek("0 2 * * 1-5") // { ok: true, week: { hours: [2, 26, 50, 74, 98], approximated: false } }
 * @example scheduleWeek("0 25 * * *") // { ok: false, part: "25" }
 */
export function scheduleWeek(schedule: string): ScheduleReading {
  const text = schedule.trim();
  const parts = (MACROS.get(text) ?? text).split(/\s+/);
  if (parts.length !== 5) return { ok: false, part: null };
  const read = parts.map((part, index) => readField(part, FIELDS[index]!));
  const bad = read.indexOf(null);
  if (bad >= 0) return { ok: false, part: parts[bad]! };
  const [, hours, days, months, weekdays] = read as [FieldValues, FieldValues, FieldValues, FieldValues, FieldValues];
  // Either day field unrestricted: both must match; both restricted: either does, and some day of the
  // month falls on every weekday.
  const byWeekday = days.star || weekdays.star;
  const week: number[] = [];
  for (let hour = 0; hour < HOURS_PER_WEEK; hour++) {
    // Monday is day 0 of the week and 1 in cron; Sunday is 0.
    const weekday = (Math.floor(hour / 24) + 1) % 7;
    if ((!byWeekday || weekdays.values.has(weekday)) && hours.values.has(hour % 24)) week.push(hour);
  }
  return {
    ok: true,
    week: {
      hours: week,
      approximated: days.values.size < DAY_OF_MONTH.max || months.values.size < MONTH.max,
    },
  };
}
