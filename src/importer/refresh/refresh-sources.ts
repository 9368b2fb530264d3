import type { DataSource, RegionPricing } from "../../core/catalog/catalog.js";
import { compareNames } from "../build-dataset.js";
import { PRICING_ENDPOINT_REGION } from "./aws-clients.js";
import { EKS_OFFER_INDEX_URL } from "./auto-mode-fees.js";
import { SPOT_ADVISOR_URL } from "./spot-advisor-feed.js";

/** The ids of the sources a refresh on one date adds: each ends in `@YYYY-MM-DD`, the refresh date (UTC). */
export interface RefreshSourceIds {
  /** DescribeInstanceTypes: instance facts. */
  readonly instanceTypes: string;
  /** Price List API: on-demand prices. */
  readonly onDemand: string;
  /** DescribeSpotPriceHistory: Spot prices. */
  readonly spot: string;
  /** The Spot Instance Advisor feed: savings and interruption buckets. */
  readonly advisor: string;
}

/** The source ids of a refresh on `date` (`YYYY-MM-DD`), in the order they are listed. */
export function refreshSourceIds(date: string): RefreshSourceIds {
  return {
    instanceTypes: `ec2InstanceTypes@${date}`,
    onDemand: `priceListApi@${date}`,
    spot: `ec2SpotPriceHistory@${date}`,
    advisor: `spotAdvisorFeed@${date}`,
  };
}

/**
 * The id of the EKS Auto Mode fees of the AmazonEKS offers published on `publicationDate`
 * (`YYYY-MM-DD`): the offer's own date, not the refresh's.
 */
export function autoModeFeeSourceId(publicationDate: string): string {
  return `eksAutoModePriceList@${publicationDate}`;
}

/** What `data/SOURCES.md` says about refreshed data, after the sources table. */
export const REFRESH_NOTE = `Sources whose id ends in \`@<date>\` come from \`npm run data:refresh\`, which asked AWS's APIs
on that date about the regions their origin lists. In those regions, on-demand prices come from the
Price List API, Spot prices from DescribeSpotPriceHistory (the price in effect then, averaged over the
region's Availability Zones) and Spot savings and interruption buckets from the Spot Instance Advisor
feed; other regions keep the prices of the sources above. Every type EC2 offers in those regions takes
its facts from DescribeInstanceTypes; the API does not give trunking, branch ENIs or AWS's published max
pods, so those stay from the VPC CNI and Karpenter files, and are \`null\` (unknown) for types that
those files lack. EKS Auto Mode fees come from the Price List's AmazonEKS offer file of each of those
regions (\`eksAutoModePriceList@<date>\`, dated by the offer's publication date): there a type the offer
does not list has no fee; a region without an offer file keeps the estimate, from its new on-demand
prices. The control plane tiers' prices come from the Price List API's AmazonEKS products (us-east-1's,
which the dataset uses for every region) where it has them, replacing the estimates.`;

/** `<kind>@<date>`: the id of a source some refresh added. */
const REFRESH_ID = /^(\w+)@(\d{4}-\d{2}-\d{2})$/;

/**
 * The sources after a refresh on `date` of `regions`, given the regions' prices after it:
 * - the sources of the import stay as they are, in their order;
 * - each refresh's price source lists the regions that cite it, and goes when none does any more (every
 *   region it priced was refreshed since);
 * - this date's instance-type source lists every region refreshed on this date (this run's, and an
 *   earlier run's on the same date); an earlier date's stays as it is;
 * - this date's sources not there yet come last, then the Auto Mode fee sources (dated by their
 *   offers' publication) not there yet, by date.
 */
export function refreshedSources(
  current: readonly DataSource[],
  regionPrices: readonly RegionPricing[],
  date: string,
  regions: readonly string[],
): DataSource[] {
  const cites = (region: RegionPricing) => [
    ...region.onDemandSources,
    ...region.spotSources,
    ...region.autoModeFeeSources,
  ];
  const citing = (id: string) =>
    regionPrices.filter((region) => cites(region).includes(id)).map((region) => region.region);
  const refreshedOnDate = regionPrices
    .filter((region) => [...region.onDemandSources, ...region.spotSources].some((id) => id.endsWith(`@${date}`)))
    .map((region) => region.region);
  const dateRegions = [...new Set([...regions, ...refreshedOnDate])].sort(compareNames);
  const ids = refreshSourceIds(date);
  const rewritten = (id: string, kept?: DataSource): DataSource | undefined => {
    const [, kind, sourceDate] = REFRESH_ID.exec(id) ?? [];
    if (kind === undefined || sourceDate === undefined || !Object.hasOwn(DESCRIPTIONS, kind)) return kept;
    if (kind === "ec2InstanceTypes") {
      return sourceDate === date ? describe(id, "ec2InstanceTypes", sourceDate, dateRegions) : kept;
    }
    const cited = citing(id);
    return cited.length === 0 ? undefined : describe(id, kind as RefreshKind, sourceDate, cited);
  };
  const sources = current.flatMap((source) => rewritten(source.id, source) ?? []);
  const present = new Set(sources.map((source) => source.id));
  const autoModeIds = [
    ...new Set(regionPrices.flatMap((region) => region.autoModeFeeSources).filter((id) => REFRESH_ID.test(id))),
  ].sort(compareNames);
  for (const id of [ids.instanceTypes, ids.onDemand, ids.spot, ids.advisor, ...autoModeIds]) {
    const added = present.has(id) ? undefined : rewritten(id);
    if (added !== undefined) sources.push(added);
  }
  return sources;
}

type RefreshKind =
  "ec2InstanceTypes" | "priceListApi" | "ec2SpotPriceHistory" | "spotAdvisorFeed" | "eksAutoModePriceList";

function describe(id: string, kind: RefreshKind, date: string, regions: readonly string[]): DataSource {
  const { title, origin, license, provides } = DESCRIPTIONS[kind](`regions ${regions.join(", ")}`);
  // The importer's key order.
  return { id, title, origin, asOf: date, license, provides };
}

/** Each kind of refresh source, given where it applies. */
const DESCRIPTIONS: Record<RefreshKind, (where: string) => Omit<DataSource, "id" | "asOf">> = {
  ec2InstanceTypes: (where) => ({
    title: "EC2 instance types from the EC2 API (DescribeInstanceTypes)",
    origin: `AWS EC2 API DescribeInstanceTypes, ${where}`,
    license: "AWS API data",
    provides:
      "vcpu, memoryMiB, architecture, cpuManufacturer, hypervisor, bareMetal, defaultCardEnis, ipv4PerEni, networkCardEnis, GPUs, accelerators, networkBandwidthMbps, localNvmeGB of every type EC2 offers there, over the sources above (trunking, branchEnis and publishedMaxPods are not in the API)",
  }),
  priceListApi: (where) => ({
    title: "EC2 Linux on-demand prices from the AWS Price List API (GetProducts)",
    origin: `AWS Price List API GetProducts at the ${PRICING_ENDPOINT_REGION} endpoint: AmazonEC2, Linux, no pre-installed software, capacity status Used, shared tenancy (bare metal: its dedicated products); ${where}`,
    license: "AWS public pricing",
    provides: "onDemandUsdPerHour",
  }),
  ec2SpotPriceHistory: (where) => ({
    title: "EC2 Linux Spot prices from the EC2 API (DescribeSpotPriceHistory)",
    origin: `AWS EC2 API DescribeSpotPriceHistory, Linux/UNIX, the price in effect at the refresh averaged over each region's Availability Zones; ${where}`,
    license: "AWS public pricing",
    provides: "spotUsdPerHour (indicative: Spot prices move daily)",
  }),
  spotAdvisorFeed: (where) => ({
    title: "AWS Spot Instance Advisor feed (spot-advisor-data.json), fetched at the refresh",
    origin: `${SPOT_ADVISOR_URL}; ${where}`,
    license: "AWS public data (terms unstated)",
    provides: "spotSavingsPercent, spotInterruption",
  }),
  eksAutoModePriceList: (where) => ({
    title: "EKS Auto Mode management fees from the AWS Price List (AmazonEKS offer files)",
    origin: `${EKS_OFFER_INDEX_URL}, each region's currentVersionUrl: products with eksproducttype AutoMode (operation EKSAutoUsage), their On-Demand USD price per hour, dated by the offer's publicationDate; ${where}`,
    license: "AWS public pricing",
    provides: "autoModeFee (published)",
  }),
};
