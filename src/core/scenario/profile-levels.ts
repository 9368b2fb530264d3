import { HOURS_PER_WEEK, type LoadProfile, type LoadProfilePreset, type WorkloadAutoscaling } from "./load-profile.js";

/**
 * The 168 hourly levels of a profile, % of the range, Monday 00:00 first: a preset's as
 * {@link LOAD_PROFILE_PRESETS} defines it, or the profile's own levels.
 *
 * @example profileLevels("office-hours")[9] // 100 (Monday 09:00); [19] // 20 (Monday 19:00)
 */
export function profileLevels(profile: LoadProfile): readonly number[] {
  if (typeof profile !== "string") return profile;
  return Array.from({ length: HOURS_PER_WEEK }, (_, hour) => presetLevel(profile, Math.floor(hour / 24), hour % 24));
}

/** A preset's level on `day` (0 = Monday) at `clock` o'clock, %. */
function presetLevel(preset: LoadProfilePreset, day: number, clock: number): number {
  const weekday = day < 5;
  switch (preset) {
    case "flat":
      return 100;
    case "office-hours":
      return weekday && clock >= 9 && clock < 19 ? 100 : 20;
    case "nightly-batch":
      return clock >= 1 && clock < 5 ? 100 : 0;
    case "weekend-dip":
      return weekday ? 100 : 40;
  }
}

/**
 * The replicas an autoscaled workload runs at a level of its range: `minReplicas` + ⌈(max − min) ×
 * level / 100⌉, rounded up as a HorizontalPodAutoscaler rounds its desired replicas up
 * (`ceil(currentReplicas × currentMetric / target)`, Kubernetes documentation, "Horizontal Pod
 * Autoscaling", algorithm details).
 *
 * @param level % of the range, 0 to 100.
 * @returns pods, a whole number from `minReplicas` to `maxReplicas`.
 * @example replicasAtLevel({ minReplicas: 2, maxReplicas: 10, profile: "flat" }, 20) // 4 (2 + ⌈1.6⌉)
 */
export function replicasAtLevel(autoscaling: WorkloadAutoscaling, level: number): number {
  const { minReplicas, maxReplicas } = autoscaling;
  // A product such as 8 × 0.35 can land a hair above a whole number: that rounding is not load.
  const extra = Math.ceil(((maxReplicas - minReplicas) * level) / 100 - 1e-9);
  return Math.min(maxReplicas, minReplicas + Math.max(0, extra));
}
