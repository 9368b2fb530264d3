/**
 * The names of the AWS Regions eksize has prices for, as of 2026-12-06, so a region is chosen by
 * name and code: "Asia Pacific (Seoul), ap-northeast-2", and in Korean by the Korean console's name.
 * Words only: they stay out of the core. English comes with the first script; another language's names
 * load with its messages (`loadRegionNames`, called by `loadLocale`), in a chunk of their own. A
 * region without a name shows its code alone.
 *
 * Sources:
 * - English: the region descriptions of the AWS SDK for JavaScript v3 (`@aws-sdk/core` 3.981.2,
 *   `dist-es/submodules/client/util-endpoints/lib/aws/partitions.js`, Apache-2.0), the names the
 *   AWS Management Console shows.
 * - Korean: see `region-names-ko.ts`. (No Korean text here: the command line bundles this file and
 *   prints English only.)
 */
import type { Locale } from "./i18n/locale.js";

/** Each region's name in English, by code. */
export const REGION_NAMES_EN: Readonly<Record<string, string>> = {
  "af-south-1": "Africa (Cape Town)",
  "ap-east-1": "Asia Pacific (Hong Kong)",
  "ap-east-2": "Asia Pacific (Taipei)",
  "ap-northeast-1": "Asia Pacific (Tokyo)",
  "ap-northeast-2": "Asia Pacific (Seoul)",
  "ap-northeast-3": "Asia Pacific (Osaka)",
  "ap-south-1": "Asia Pacific (Mumbai)",
  "ap-south-2": "Asia Pacific (Hyderabad)",
  "ap-southeast-1": "Asia Pacific (Singapore)",
  "ap-southeast-2": "Asia Pacific (Sydney)",
  "ap-southeast-3": "Asia Pacific (Jakarta)",
  "ap-southeast-4": "Asia Pacific (Melbourne)",
  "ap-southeast-5": "Asia Pacific (Malaysia)",
  "ap-southeast-6": "Asia Pacific (New Zealand)",
  "ap-southeast-7": "Asia Pacific (Thailand)",
  "ca-central-1": "Canada (Central)",
  "ca-west-1": "Canada West (Calgary)",
  "eu-central-1": "Europe (Frankfurt)",
  "eu-central-2": "Europe (Zurich)",
  "eu-north-1": "Europe (Stockholm)",
  "eu-south-1": "Europe (Milan)",
  "eu-south-2": "Europe (Spain)",
  "eu-west-1": "Europe (Ireland)",
  "eu-west-2": "Europe (London)",
  "eu-west-3": "Europe (Paris)",
  "il-central-1": "Israel (Tel Aviv)",
  "me-central-1": "Middle East (UAE)",
  "me-south-1": "Middle East (Bahrain)",
  "mx-central-1": "Mexico (Central)",
  "sa-east-1": "South America (Sao Paulo)",
  "us-east-1": "US East (N. Virginia)",
  "us-east-2": "US East (Ohio)",
  "us-gov-east-1": "AWS GovCloud (US-East)",
  "us-gov-west-1": "AWS GovCloud (US-West)",
  "us-west-1": "US West (N. California)",
  "us-west-2": "US West (Oregon)",
};

/** The names of each language loaded so far; English comes with the first script. */
const names: Partial<Record<Locale, Readonly<Record<string, string>>>> = { en: REGION_NAMES_EN };

const loaders: Readonly<Record<Exclude<Locale, "en">, () => Promise<Readonly<Record<string, string>>>>> = {
  ko: async () => (await import("./region-names-ko.js")).REGION_NAMES_KO,
};

/** Loads the region names of `locale` (once); rejects when their chunk cannot be fetched. */
export async function loadRegionNames(locale: Locale): Promise<void> {
  if (locale !== "en") names[locale] ??= await loaders[locale]();
}

/**
 * A region as a choice: its name in `locale` (in English until that language's names are loaded)
 * and its code, or the code alone when it has no name.
 *
 * @example regionLabel("en", "ap-northeast-2") // "Asia Pacific (Seoul), ap-northeast-2"
 */
export function regionLabel(locale: Locale, code: string): string {
  const name = (names[locale] ?? REGION_NAMES_EN)[code];
  return name === undefined ? code : `${name}, ${code}`;
}
