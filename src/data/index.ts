/**
 * `eksize/data`: the instance-type dataset, prices and service rates that ship with eksize, built from
 * AWS's public data (see `data/SOURCES.md` for every source and its date). The instance types alone, without
 * the prices, are `eksize/data/instance-types` (its own file, which this one imports by that name).
 */
import type { Catalog } from "eksize";
import { instanceTypes } from "eksize/data/instance-types";
import { regionPricing } from "./prices.js";
import { newestDataDate } from "./data-date.js";
import { services, sources } from "./services.js";

export { newestDataDate } from "./data-date.js";
export { instanceTypes, getInstanceType, lookupInstanceType } from "eksize/data/instance-types";
export { regions, getRegionPricing, getInstancePrice } from "./prices.js";
export { services, sources } from "./services.js";

/**
 * The whole dataset as one {@link Catalog}, the input of eksize's planning functions.
 *
 * @example catalog.regions["eu-west-1"]?.instances["m6g.large"]?.onDemandUsdPerHour
 */
export const catalog: Catalog = { instanceTypes, regions: regionPricing, services, sources };

/**
 * The date of this dataset: the newest `asOf` of its sources (`YYYY-MM-DD` or `YYYY-MM`), as share
 * links and the plan reports carry it; null when no source has such a date.
 */
export const dataDate: string | null = newestDataDate(sources.map((source) => source.asOf));
