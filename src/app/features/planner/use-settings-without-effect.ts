/**
 * The node groups' VPC CNI settings that are on but change nothing in the plan of the planner's last
 * valid scenario, and why (`settingWithoutEffect`), for the notes beside the node groups' check boxes.
 */
import { planCluster, settingWithoutEffect, type PodSlotSetting, type SettingWithoutEffect } from "eksize";
import { useMemo } from "react";
import { useScenarioCatalog } from "../../store/region-pricing-store.js";
import { usePlannerStore } from "../../store/planner-store.js";

/** The node group settings a planner check box turns on, each of which can change max pods. */
const SETTINGS: readonly PodSlotSetting[] = ["prefixDelegation", "customNetworking"];

/** Every setting that is on and changes nothing, with its node group's name; recomputed when the scenario or prices change. */
export function useSettingsWithoutEffect(): readonly SettingWithoutEffect[] {
  const scenario = usePlannerStore((state) => state.scenario);
  const { planning: catalog } = useScenarioCatalog(scenario);
  return useMemo(() => {
    const used = SETTINGS.filter((setting) => scenario.nodeGroups.some((group) => group.network[setting]));
    if (used.length === 0) return [];
    const plan = planCluster(scenario, catalog);
    return used.flatMap((setting) => settingWithoutEffect(scenario, plan, catalog, setting));
  }, [scenario, catalog]);
}
