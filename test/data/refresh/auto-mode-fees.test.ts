import { describe, expect, it } from "vitest";
import {
  EKS_OFFER_INDEX_URL,
  parseAutoModeFees,
  parseEksOfferIndex,
} from "../../../src/importer/refresh/auto-mode-fees.js";
import { SPOT_ADVISOR_URL } from "../../../src/importer/refresh/spot-advisor-feed.js";
import { advisorFeed, eksOfferIndex, fetchAnswering } from "./aws-answers.js";
import { dataFolder, readFolder, refreshWith, regionBlock } from "./refresh-run.js";
import { BOTH_REGIONS, EKS_OFFERS, FEED, SCRIPT } from "./scenario.js";

const OFFER_URL = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEKS/20261120000000/us-east-1/index.json";
const offer = EKS_OFFERS["us-east-1"];

describe("parseAutoModeFees", () => {
  it("reads the Auto Mode products of an AmazonEKS offer file, their hourly USD price and the publication date", () => {
    // By eksproducttype AutoMode or operation EKSAutoUsage; the zero-priced c6i.xlarge, the cluster,
    // extended support and Fargate products are left out.
    expect(parseAutoModeFees(offer, OFFER_URL)).toEqual({
      publicationDate: "2026-11-20",
      fees: { "g5.xlarge": 0.06036, "m5.large": 0.01152, "m5.metal": 0.608256, "m5.xlarge": 0.02304 },
    });
  });

  it("keeps the lower of two prices for one type", () => {
    const file = JSON.parse(offer) as { products: Record<string, object>; terms: { OnDemand: Record<string, object> } };
    file.products["AUTOM5LARGE2"] = { ...file.products["AUTOM5LARGE"], sku: "AUTOM5LARGE2" };
    file.terms.OnDemand["AUTOM5LARGE2"] = JSON.parse(
      JSON.stringify(file.terms.OnDemand["AUTOM5LARGE"]).replaceAll("0.0115200000", "0.0100000000"),
    ) as object;
    expect(parseAutoModeFees(JSON.stringify(file), OFFER_URL).fees["m5.large"]).toBe(0.01);
  });

  it("names the file and the product when the offer is not as expected", () => {
    expect(() => parseAutoModeFees("<html>", OFFER_URL)).toThrow(`${OFFER_URL}: not valid JSON`);
    expect(() => parseAutoModeFees(offer.replace('"publicationDate"', '"published"'), OFFER_URL)).toThrow(
      `${OFFER_URL}: no "publicationDate" (YYYY-MM-DD…)`,
    );
    expect(() => parseAutoModeFees(offer.replace('"products"', '"items"'), OFFER_URL)).toThrow(
      `${OFFER_URL}: no "products" object`,
    );
    expect(() => parseAutoModeFees(offer.replace('"OnDemand"', '"Reserved"'), OFFER_URL)).toThrow(
      `${OFFER_URL}: no "terms.OnDemand" object`,
    );
    expect(() => parseAutoModeFees(offer.replace('"instancetype": "g5.xlarge"', '"size": "g5.xlarge"'), OFFER_URL)).toThrow(
      `${OFFER_URL}: Auto Mode product AUTOG5XLARGE has no "instancetype" attribute`,
    );
    expect(() =>
      parseAutoModeFees(offer.replace('"unit": "hours",\n              "pricePerUnit": {\n                "USD": "0.0603600000"', '"unit": "GB-Mo",\n              "pricePerUnit": {\n                "USD": "0.0603600000"'), OFFER_URL),
    ).toThrow(`${OFFER_URL}: Auto Mode product AUTOG5XLARGE (g5.xlarge) has no On-Demand USD price per hour`);
  });
});

describe("parseEksOfferIndex", () => {
  it("gives each region's offer file as an absolute URL, by region", () => {
    expect(parseEksOfferIndex(eksOfferIndex(["us-east-1", "eu-west-1"]), EKS_OFFER_INDEX_URL)).toEqual({
      "eu-west-1": "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEKS/20261120000000/eu-west-1/index.json",
      "us-east-1": OFFER_URL,
    });
  });

  it("names the index and the region that is wrong", () => {
    expect(() => parseEksOfferIndex('{"offers":{}}', EKS_OFFER_INDEX_URL)).toThrow(
      `${EKS_OFFER_INDEX_URL}: no "regions" object`,
    );
    expect(() => parseEksOfferIndex('{"regions":{"us-east-1":{"regionCode":"us-east-1"}}}', EKS_OFFER_INDEX_URL)).toThrow(
      `${EKS_OFFER_INDEX_URL}: regions.us-east-1 has no "currentVersionUrl"`,
    );
  });
});

describe("data:refresh and the AmazonEKS offer files", () => {
  const committed = readFolder(dataFolder);

  it("writes nothing when the offer index cannot be read, and asks AWS nothing", async () => {
    const run = await refreshWith(BOTH_REGIONS, SCRIPT, {
      fetch: fetchAnswering({ [SPOT_ADVISOR_URL]: advisorFeed(FEED) }),
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      `data:refresh: the AmazonEKS offer index ${EKS_OFFER_INDEX_URL} answered HTTP 404\nNothing was written.`,
    );
    expect(run.calls).toEqual([]);
    expect(run.files).toEqual(committed);
  });

  it("skips a region whose offer file is broken, keeps its prices and refreshes the others", async () => {
    const run = await refreshWith(BOTH_REGIONS, SCRIPT, {
      feed: FEED,
      eksOffers: { "us-east-1": offer.replace('"products"', '"items"') },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(
      `data:refresh: us-east-1 skipped, its prices stay as they were: ${OFFER_URL}: no "products" object`,
    );
    expect(regionBlock(run.files["prices.json"]!, "us-east-1")).toBe(regionBlock(committed["prices.json"]!, "us-east-1"));
    expect(run.stdout).toMatch(/refreshed eu-west-1; failed us-east-1$/);
  });
});
