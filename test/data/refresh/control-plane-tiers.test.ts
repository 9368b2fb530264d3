/**
 * `data:refresh` reads the control plane tiers' prices from the Price List API (AmazonEKS,
 * ProvisionedControlPlaneUsage, us-east-1): a price read there replaces the dataset's estimate and
 * is cited as published; a tier the answer lacks keeps its estimate. Offline: the fake AWS answers.
 */
import type { DataSource, ServiceRates } from "eksize";
import { describe, expect, it } from "vitest";
import { tierPrice } from "../../../src/importer/refresh/control-plane-tier-prices.js";
import { awsError } from "./fake-aws.js";
import { eksTierProduct, scriptedAws } from "./aws-answers.js";
import { dataFolder, readFolder, refreshWith } from "./refresh-run.js";
import { FEED, SCRIPT } from "./scenario.js";

const committed = readFolder(dataFolder);
const tiersOf = (files: Record<string, string>) =>
  (JSON.parse(files["services.json"]!) as ServiceRates).eksControlPlane.tiers;
const sourcesOf = (files: Record<string, string>) =>
  (JSON.parse(files["sources.json"]!) as { sources: DataSource[] }).sources;

describe("tierPrice", () => {
  it("reads a tier's hourly price from an AmazonEKS Price List entry", () => {
    expect(tierPrice(eksTierProduct("HAProvisioned2XL", 3.4))).toEqual({ tier: "tier-2xl", usdPerHour: 3.4 });
    // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- the SDK's LazyJsonString is a String object
    const lazy: String = new String(eksTierProduct("HAProvisioned8XL", 13.9));
    expect(tierPrice(lazy)).toEqual({ tier: "tier-8xl", usdPerHour: 13.9 });
  });

  it("ignores other operations, unknown tier types and prices that are not positive hourly ones", () => {
    expect(tierPrice(eksTierProduct("HAProvisionedXL", 1.65, "CreateOperation"))).toBeUndefined();
    expect(tierPrice(eksTierProduct("HAProvisioned16XL", 27.9))).toBeUndefined();
    expect(tierPrice(eksTierProduct("HAProvisionedXL", 0))).toBeUndefined();
    expect(tierPrice(eksTierProduct("HAProvisionedXL", 1.65).replace('"Hours"', '"Quantity"'))).toBeUndefined();
  });
});

describe("data:refresh and the control plane tiers", async () => {
  const run = await refreshWith(["--regions", "eu-west-1"], {
    ...SCRIPT,
    eksProducts: [
      eksTierProduct("HAProvisionedXL", 1.6),
      eksTierProduct("HAProvisioned4XL", 6.9),
      eksTierProduct("HAProvisionedXL", 1.7),
    ],
  }, { feed: FEED });

  it("asks the Price List for AmazonEKS's ProvisionedControlPlaneUsage in us-east-1, every page", () => {
    const asked = run.calls.filter((call) => call.input.ServiceCode === "AmazonEKS");
    // Three products at two a page: two pages.
    expect(asked.map((call) => [call.command, call.region, call.input.NextToken])).toEqual([
      ["GetProductsCommand", "us-east-1", undefined],
      ["GetProductsCommand", "us-east-1", "2"],
    ]);
    expect(asked[0]!.input.Filters).toEqual([
      { Type: "TERM_MATCH", Field: "regionCode", Value: "us-east-1" },
      { Type: "TERM_MATCH", Field: "operation", Value: "ProvisionedControlPlaneUsage" },
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain("data:refresh: control plane tier prices 2");
  });

  it("publishes the prices it read (the lower of two), keeps the others' estimates", () => {
    const tiers = tiersOf(run.files);
    const published = { confidence: "published", source: "eksTierPriceList@2026-11-28" };
    const estimate = { confidence: "estimate", source: "controlPlaneTierEstimates" };
    expect(Object.entries(tiers).map(([tier, rates]) => [tier, rates.usdPerHour, rates.price])).toEqual([
      ["standard", 0, { confidence: "published", source: "controlPlaneTiers" }],
      ["tier-xl", 1.6, published],
      ["tier-2xl", 3.4, estimate],
      ["tier-4xl", 6.9, published],
      ["tier-8xl", 13.9, estimate],
    ]);
    expect(tiers["tier-xl"].apiSeats).toBe(1700);
    expect(sourcesOf(run.files).at(-1)).toEqual({
      id: "eksTierPriceList@2026-11-28",
      title: "EKS control plane tier prices from the AWS Price List API (GetProducts)",
      origin:
        "AWS Price List API GetProducts at the us-east-1 endpoint: AmazonEKS, operation ProvisionedControlPlaneUsage, region us-east-1",
      asOf: "2026-11-28",
      license: "AWS public pricing",
      provides: "eksControlPlane.tiers: usdPerHour of the tiers it prices",
    });
  });

  it("drops an earlier refresh's tier source once every tier it priced is priced again", async () => {
    const later = await refreshWith(
      ["--regions", "eu-west-1"],
      {
        ...SCRIPT,
        eksProducts: ["HAProvisionedXL", "HAProvisioned2XL", "HAProvisioned4XL", "HAProvisioned8XL"].map((tier, index) =>
          eksTierProduct(tier, [1.65, 3.4, 6.9, 13.9][index]!),
        ),
      },
      { feed: FEED, files: run.files, now: new Date("2026-12-05T00:00:00Z") },
    );
    const ids = sourcesOf(later.files).map((source) => source.id);
    expect(ids.filter((id) => id.startsWith("eksTierPriceList@"))).toEqual(["eksTierPriceList@2026-12-05"]);
    expect(Object.values(tiersOf(later.files)).map((rates) => rates.price.confidence)).toEqual([
      "published",
      "published",
      "published",
      "published",
      "published",
    ]);
  });

  it("keeps the estimates and says so when the Price List call fails; stops when AWS refuses it", async () => {
    const failing = (code: string, status: number) => ({
      ...SCRIPT,
      fail: (call: { input: Record<string, unknown> }) =>
        call.input.ServiceCode === "AmazonEKS" ? awsError(code, status) : undefined,
    });
    const failed = await refreshWith(["--regions", "eu-west-1"], failing("InvalidParameterException", 400), {
      feed: FEED,
    });
    expect(failed.exitCode).toBe(0);
    expect(failed.stderr).toContain("data:refresh: control plane tier prices skipped, they stay as they were:");
    expect(tiersOf(failed.files)).toEqual(tiersOf(committed));
    const refused = await refreshWith(["--regions", "eu-west-1"], failing("AccessDeniedException", 400), {
      feed: FEED,
    });
    expect(refused.exitCode).toBe(2);
    expect(refused.files).toEqual(committed);
  });

  it("answers as the fake AWS is scripted (no AmazonEKS products: no tier prices)", () => {
    expect(scriptedAws(SCRIPT)({ region: "us-east-1", command: "GetProductsCommand", input: { ServiceCode: "AmazonEKS" } })).toMatchObject({
      PriceList: [],
    });
  });
});
