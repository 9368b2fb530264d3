import { formattersFor, type Formatters } from "../present/format.js";
import { useLocale } from "./i18n/index.js";
import { usePlannerStore } from "./store/planner-store.js";

/**
 * The formatters of the active language, money in the scenario's currency (USD, or KRW at the
 * user's rate). Every page shows money through these.
 */
export function useFormatters(): Formatters {
  const locale = useLocale();
  const currency = usePlannerStore((state) => state.scenario.currency);
  const krwPerUsd = usePlannerStore((state) => state.scenario.krwPerUsd);
  return formattersFor(locale, { currency, krwPerUsd });
}
