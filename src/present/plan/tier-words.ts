/**
 * The control plane's scaling tiers in words, for the cluster editor, the bill and the advice alike:
 * a tier's name ("XL"), its limits ("1,700 seats, 167 pods/s, 16 GB etcd") and the mark of an
 * estimate (" (estimate)").
 */
import type { ControlPlaneTier } from "eksize";
import type { Translate } from "../i18n/translate.js";

/** A tier's name: Standard in the language's words, the others as AWS writes them (`tier-2xl` → 2XL). */
export function tierName(t: Translate, tier: ControlPlaneTier): string {
  return tier === "standard" ? t("planner.supportTier.standard") : tier.slice("tier-".length).toUpperCase();
}

/** " (estimate)" when the figure is one, else nothing. */
export function estimateMark(t: Translate, estimate: boolean): string {
  return estimate ? t("explain.estimate") : "";
}

/** The figures a tier guarantees; null where none is known or guaranteed. */
export interface TierLimitFigures {
  readonly apiSeats: number | null;
  readonly podsPerSecond: number | null;
  readonly etcdGB?: number | null;
}

/**
 * A tier's known limits joined ("1,700 seats, 167 pods/s, 16 GB etcd"), each number written by
 * `number`; `empty` when it guarantees none of them.
 */
export function tierLimits(
  t: Translate,
  number: (value: number) => string,
  { apiSeats, podsPerSecond, etcdGB = null }: TierLimitFigures,
  empty: string,
): string {
  const parts = [
    apiSeats === null ? null : t("tier.seats", { seats: number(apiSeats) }),
    podsPerSecond === null ? null : t("tier.pods", { pods: number(podsPerSecond) }),
    etcdGB === null ? null : t("tier.etcd", { etcd: number(etcdGB) }),
  ].filter((part) => part !== null);
  return parts.length === 0 ? empty : parts.join(", ");
}
