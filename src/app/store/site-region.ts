/**
 * The site's one region: the planner's scenario region as chosen, which the explorer shows too, so
 * changing it on either page changes it on both (and in the share link).
 */
import { usePlannerStore } from "./planner-store.js";

/** The site's region code, e.g. `us-east-1` (a React hook). */
export function useSiteRegion(): string {
  return usePlannerStore((state) => state.draft.cluster.region);
}

/** The site's region code now (outside React). */
export function siteRegion(): string {
  return usePlannerStore.getState().draft.cluster.region;
}

/** Sets the site's region: an edit of the planner's scenario (nothing when it is the region already). */
export function setSiteRegion(region: string): void {
  if (region !== siteRegion()) usePlannerStore.getState().updateCluster({ region });
}
