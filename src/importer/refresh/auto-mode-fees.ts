import { compareNames } from "../build-dataset.js";
import { parseJson } from "../upstream.js";

/**
 * The AWS Price List's index of the AmazonEKS offer, one file per region (public, no credentials):
 * `regions.<code>.currentVersionUrl` names each region's file, a path on the same host. China's
 * offers (`pricing.cn-north-1.amazonaws.com.cn`, in CNY) are not read: the dataset prices in USD.
 */
export const EKS_OFFER_INDEX_URL =
  "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEKS/current/region_index.json";

/** EKS Auto Mode's management fees in one region's AmazonEKS offer. */
export interface AutoModeFeeOffer {
  /** The offer's `publicationDate`, `YYYY-MM-DD`: the date of its fees. */
  readonly publicationDate: string;
  /** USD per instance-hour by instance type, sorted by name. */
  readonly fees: Readonly<Record<string, number>>;
}

/**
 * The region files of the AmazonEKS offer index ({@link EKS_OFFER_INDEX_URL}): absolute URLs by
 * region code, sorted by code.
 *
 * @param url where `text` came from, to name it in errors.
 * @throws naming the index and what is wrong: not JSON, no `regions`, a region without a `currentVersionUrl`.
 */
export function parseEksOfferIndex(text: string, url: string): Record<string, string> {
  const regions = (parseJson(url, text) as { regions?: unknown } | null)?.regions;
  if (typeof regions !== "object" || regions === null) throw new Error(`${url}: no "regions" object`);
  const files: Record<string, string> = {};
  for (const [region, entry] of Object.entries(regions).sort(([a], [b]) => compareNames(a, b))) {
    const path = (entry as { currentVersionUrl?: unknown } | null)?.currentVersionUrl;
    if (typeof path !== "string" || path === "") {
      throw new Error(`${url}: regions.${region} has no "currentVersionUrl"`);
    }
    files[region] = new URL(path, url).toString();
  }
  return files;
}

/** The parts of a Price List offer file the fees are read from (JSON: any of them may be null). */
interface OfferFile {
  publicationDate?: unknown;
  products?: Record<string, { attributes?: Record<string, unknown> | null } | null> | null;
  terms?: {
    OnDemand?: Record<
      string,
      Record<string, { priceDimensions?: Record<string, { unit?: unknown; pricePerUnit?: { USD?: unknown } }> }>
    > | null;
  } | null;
}

/** Whether a product is an EKS Auto Mode management fee (ec2instances.info and eks-node-viewer read them so). */
function isAutoModeProduct(attributes: Record<string, unknown>): boolean {
  return attributes["eksproducttype"] === "AutoMode" || attributes["operation"] === "EKSAutoUsage";
}

/** A price dimension's unit that means "per hour" (`Hrs` in EC2's offers, `hours` in others). */
const HOURLY = /^(hrs?|hours?)$/i;

/**
 * EKS Auto Mode's fees in one region's AmazonEKS offer file (the Price List's bulk JSON): the products
 * whose `attributes.eksproducttype` is `AutoMode` (or whose `operation` is `EKSAutoUsage`), each with
 * its `attributes.instancetype` and its On-Demand term's hourly USD price. A zero price is left out,
 * as ec2instances.info does; where two products price one type, the lower wins.
 *
 * @param url where `text` came from, to name it in errors.
 * @throws naming the file, and the product (SKU) where one is wrong: not JSON, no `publicationDate`,
 * `products` or `terms.OnDemand`, an Auto Mode product without an instance type or without an
 * hourly USD price.
 */
export function parseAutoModeFees(text: string, url: string): AutoModeFeeOffer {
  const offer = parseJson(url, text) as OfferFile | null;
  const published =
    typeof offer?.publicationDate === "string" ? /^\d{4}-\d{2}-\d{2}/.exec(offer.publicationDate) : null;
  if (published === null) throw new Error(`${url}: no "publicationDate" (YYYY-MM-DD…)`);
  const products = offer?.products;
  if (products === undefined || products === null) throw new Error(`${url}: no "products" object`);
  const onDemand = offer?.terms?.OnDemand;
  if (onDemand === undefined || onDemand === null) throw new Error(`${url}: no "terms.OnDemand" object`);

  const fees = new Map<string, number>();
  for (const [sku, product] of Object.entries(products)) {
    const attributes = product?.attributes ?? {};
    if (!isAutoModeProduct(attributes)) continue;
    const instanceType = attributes["instancetype"] ?? attributes["instanceType"];
    if (typeof instanceType !== "string" || instanceType === "") {
      throw new Error(`${url}: Auto Mode product ${sku} has no "instancetype" attribute`);
    }
    const prices = Object.values(onDemand[sku] ?? {})
      .flatMap((term) => Object.values(term.priceDimensions ?? {}))
      .filter((dimension) => typeof dimension.unit === "string" && HOURLY.test(dimension.unit))
      .map((dimension) => Number(dimension.pricePerUnit?.USD))
      .filter((price) => Number.isFinite(price) && price >= 0);
    if (prices.length === 0) {
      throw new Error(`${url}: Auto Mode product ${sku} (${instanceType}) has no On-Demand USD price per hour`);
    }
    const price = Math.min(...prices);
    if (price === 0) continue;
    const known = fees.get(instanceType);
    fees.set(instanceType, known === undefined ? price : Math.min(known, price));
  }
  return {
    publicationDate: published[0],
    fees: Object.fromEntries([...fees].sort(([a], [b]) => compareNames(a, b))),
  };
}

/** Fetches `url` as text; throws naming `what` and the URL when it cannot, or when it answers an HTTP error. */
async function fetchText(fetchFile: typeof fetch, url: string, what: string): Promise<string> {
  let response: Response;
  try {
    response = await fetchFile(url);
  } catch (error) {
    throw new Error(`could not fetch ${what} ${url}: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok) throw new Error(`${what} ${url} answered HTTP ${String(response.status)}`);
  return response.text();
}

/**
 * Fetches and reads the AmazonEKS offer index ({@link EKS_OFFER_INDEX_URL}, {@link parseEksOfferIndex}).
 *
 * @param fetchFile `fetch`, or a stand-in for tests.
 */
export async function fetchEksOfferIndex(fetchFile: typeof fetch): Promise<Record<string, string>> {
  return parseEksOfferIndex(
    await fetchText(fetchFile, EKS_OFFER_INDEX_URL, "the AmazonEKS offer index"),
    EKS_OFFER_INDEX_URL,
  );
}

/**
 * Fetches one region's AmazonEKS offer file and reads its Auto Mode fees ({@link parseAutoModeFees}).
 *
 * @param url the region's file, from {@link fetchEksOfferIndex}.
 */
export async function fetchAutoModeFees(fetchFile: typeof fetch, url: string): Promise<AutoModeFeeOffer> {
  return parseAutoModeFees(await fetchText(fetchFile, url, "the AmazonEKS offer"), url);
}
