// The profiles' names and shapes alone: the scenario's schema reads them, and the site's first script
// carries the schema. Their levels hour by hour are in profile-levels.ts, with the week's code.

/** Hours in the week a load profile covers: 7 days of 24, Monday 00:00 first. */
export const HOURS_PER_WEEK = 168;

/**
 * The load profiles people recognise, by name (a share link carries the name, not 168 numbers):
 * - `flat`: 100% every hour (24/7);
 * - `office-hours`: 100% from 09:00 to 19:00 on Monday to Friday (50 hours), 20% otherwise;
 * - `nightly-batch`: 100% from 01:00 to 05:00 every night (28 hours), 0% otherwise (a CronJob's window);
 * - `weekend-dip`: 100% on Monday to Friday, 40% on Saturday and Sunday.
 */
export const LOAD_PROFILE_PRESETS = ["flat", "office-hours", "nightly-batch", "weekend-dip"] as const;

/** A preset's name ({@link LOAD_PROFILE_PRESETS}). */
export type LoadProfilePreset = (typeof LOAD_PROFILE_PRESETS)[number];

/**
 * Load over a typical week: a preset's name, or 168 hourly levels, each a percentage (0–100) of a
 * workload's range from its minimum to its maximum replicas, Monday 00:00 first, in the cluster's
 * local time.
 */
export type LoadProfile = LoadProfilePreset | readonly number[];

/** A HorizontalPodAutoscaler's range and the load it follows over the week. */
export interface WorkloadAutoscaling {
  /** `minReplicas`: pods at a level of 0%, a whole number ≥ 0 (0 for a batch window). */
  readonly minReplicas: number;
  /** `maxReplicas`: pods at a level of 100%, a whole number ≥ `minReplicas`. */
  readonly maxReplicas: number;
  readonly profile: LoadProfile;
}
