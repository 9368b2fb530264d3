/**
 * The max-pods dataset's text (`maxPodsDatasetText`). From source (tests, `npm run cli`) it is written
 * here from the whole catalogue; the published command line's build replaces this module with the
 * same text written out from `data/instance-types.json` (`tsdown.config.ts`), in a chunk of its own, so
 * that `eksize max-pods` loads 90 kB of text, not the catalogue.
 */
import { instanceTypes } from "eksize/data/instance-types";
import { maxPodsDatasetText } from "./max-pods-columns.js";

/** Every instance type of the dataset, a line each, as far as max pods reads it. */
export const MAX_PODS_DATASET: string = maxPodsDatasetText(instanceTypes);
