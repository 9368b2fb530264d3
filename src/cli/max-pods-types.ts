/**
 * The instance types `eksize max-pods` looks up, typed with only the columns it reads
 * (`MAX_PODS_COLUMNS`). From source (tests, `npm run cli`) they are the whole catalogue's objects; in
 * the published command line the build replaces this module's import of the catalogue with a chunk of
 * just these columns, written from the same dataset (`tsdown.config.ts`): `eksize max-pods` never
 * parses the rest of the catalogue. The type keeps the command from reading any other column.
 */
import { instanceTypes } from "eksize/data/instance-types";
import type { MaxPodsType } from "./max-pods-columns.js";

/** Every instance type of the dataset, sorted by name, as far as max pods reads it. */
export const maxPodsTypes: readonly MaxPodsType[] = instanceTypes;
