/**
 * The planner's optimal mix panel in words: its own messages (`optimal-en.ts`, added to the English
 * catalog when this module loads, with the panel's chunk) and the headline of a change that saves
 * money. The mix, the bound and the change themselves are worded by `mix.ts` and `bound.ts`, as
 * `eksize plan --optimal` words them.
 */
import type { MixChange } from "eksize";
import type { Formatters } from "../format.js";
import { optimalEn } from "../i18n/optimal-en.js";
import { addMessages, type Translate } from "../i18n/translate.js";

// The panel's English words load with the panel (its chunk), not with the first script.
addMessages("en", optimalEn);

/**
 * The change's headline: "Optimal mix: −$212.40/month, 2 fewer nodes" (its monthly saving on the
 * whole bill, re-planned, and the nodes it saves; "the same number of nodes", or "1 more node" when it
 * saves money with more).
 */
export function mixSavingText(t: Translate, format: Formatters, change: MixChange): string {
  const saving = format.money(change.usdPerMonthSaved);
  const nodes = format.integer(Math.abs(change.nodesSaved));
  if (change.nodesSaved > 0) return t("optimal.saving.fewer", { saving, nodes });
  if (change.nodesSaved < 0) return t("optimal.saving.more", { saving, nodes });
  return t("optimal.saving.same", { saving });
}
