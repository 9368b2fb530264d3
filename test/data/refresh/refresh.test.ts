import type { Filter } from "@aws-sdk/client-pricing";
import type { DataSource } from "eksize";
import { describe, expect, it } from "vitest";
import { EKS_OFFER_INDEX_URL } from "../../../src/importer/refresh/auto-mode-fees.js";
import { REFRESH_NOTE } from "../../../src/importer/refresh/refresh-sources.js";
import { SPOT_ADVISOR_URL } from "../../../src/importer/refresh/spot-advisor-feed.js";
import { describedAs, priceListProduct, spotRecord } from "./aws-answers.js";
import {
  committedType,
  committedTypes,
  dataFolder,
  NOW,
  readFolder,
  refreshWith,
  regionBlock,
  regionRows,
  typeRecord,
} from "./refresh-run.js";
import { BOTH_REGIONS, EKS_OFFERS, FEED, REORDERED_SCRIPT, SCRIPT, UNCHANGED_TYPES } from "./scenario.js";

const committed = readFolder(dataFolder);

describe("data:refresh", async () => {
  const run = await refreshWith(BOTH_REGIONS, SCRIPT, { feed: FEED, eksOffers: EKS_OFFERS });
  const sources = (JSON.parse(run.files["sources.json"]!) as { sources: DataSource[] }).sources;

  it("refreshes both regions and says so", () => {
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^wrote instance-types\.json, prices\.json, services\.json, sources\.json, SOURCES\.md to .*: refreshed eu-west-1, us-east-1$/);
    expect(run.stderr).toContain(
      "data:refresh: us-east-1: instance types 5, on-demand prices 5, Spot prices 2, Auto Mode fees 4 (published 2026-11-20)",
    );
    expect(run.stderr).toContain(
      "data:refresh: eu-west-1: instance types 2, on-demand prices 2, Spot prices 1, Auto Mode fees estimated (the AmazonEKS offer index lists no file for the region)",
    );
    expect(run.fetched).toEqual([
      SPOT_ADVISOR_URL,
      EKS_OFFER_INDEX_URL,
      "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEKS/20261120000000/us-east-1/index.json",
    ]);
  });

  it("reads every page of every API, with the paginators' tokens and page sizes", () => {
    const describeCalls = run.calls.filter(
      (call) => call.command === "DescribeInstanceTypesCommand" && call.region === "us-east-1",
    );
    expect(describeCalls.map((call) => [call.input.NextToken, call.input.MaxResults])).toEqual([
      [undefined, 100],
      ["2", 100],
      ["4", 100],
    ]);
    const spotCalls = run.calls.filter(
      (call) => call.command === "DescribeSpotPriceHistoryCommand" && call.region === "us-east-1",
    );
    expect(spotCalls.map((call) => call.input.NextToken)).toEqual([undefined, "2", "4"]);
    expect(spotCalls[0]!.input).toMatchObject({ ProductDescriptions: ["Linux/UNIX"], StartTime: NOW, MaxResults: 1000 });
    const allProductCalls = run.calls.filter((call) => call.command === "GetProductsCommand");
    expect(allProductCalls.every((call) => call.region === "us-east-1")).toBe(true);
    // The control plane tiers' prices, asked once: AmazonEKS (test/data/refresh/control-plane-tiers.test.ts).
    expect(allProductCalls.filter((call) => call.input.ServiceCode === "AmazonEKS")).toHaveLength(1);
    const productCalls = allProductCalls.filter((call) => call.input.ServiceCode === "AmazonEC2");
    expect(productCalls).toHaveLength(allProductCalls.length - 1);
    const filters = (index: number) =>
      Object.fromEntries(
        (productCalls[index]!.input.Filters as Filter[]).map((filter): [string, string | undefined] => [
          filter.Field ?? "",
          filter.Value,
        ]),
      );
    expect(filters(0)).toEqual({
      regionCode: "eu-west-1",
      operatingSystem: "Linux",
      preInstalledSw: "NA",
      capacitystatus: "Used",
      marketoption: "OnDemand",
      tenancy: "Shared",
      productFamily: "Compute Instance",
    });
    expect((productCalls[0]!.input.Filters as Filter[]).every((filter) => filter.Type === "TERM_MATCH")).toBe(true);
    const usEast1Shared = productCalls.filter(
      (call, index) => filters(index).regionCode === "us-east-1" && filters(index).tenancy === "Shared",
    );
    expect(usEast1Shared.map((call) => [call.input.NextToken, call.input.MaxResults])).toEqual([
      [undefined, 100],
      ["2", 100],
      ["4", 100],
    ]);
    expect(productCalls.some((call, index) => filters(index).productFamily === "Compute Instance (bare metal)")).toBe(
      true,
    );
  });

  it("takes EC2's facts over the data, and keeps the facts the API does not give", () => {
    const dl1 = typeRecord(run.files["instance-types.json"]!, "dl1.24xlarge");
    expect(committedType("dl1.24xlarge")).toMatchObject({ gpuCount: null, architecture: null, localNvmeGB: null });
    expect(dl1).toEqual({
      ...committedType("dl1.24xlarge"),
      architecture: "amd64",
      cpuManufacturer: "intel",
      gpuCount: 8,
      gpuModel: "habana gaudi-hl-205",
      gpuMemoryMiB: 32768,
      acceleratorCount: 0,
      localNvmeGB: 4000,
    });
    expect(dl1).toMatchObject({ trunking: true, branchEnis: 62, publishedMaxPods: 737 });
  });

  it("adds a type EC2 lists, with the facts no API gives unknown (null), never 0", () => {
    expect(committedTypes.has("m9z.large")).toBe(false);
    expect(typeRecord(run.files["instance-types.json"]!, "m9z.large")).toEqual({
      name: "m9z.large",
      family: "m9z",
      size: "large",
      vcpu: 2,
      memoryMiB: 8192,
      architecture: "arm64",
      cpuManufacturer: "aws",
      hypervisor: "nitro",
      bareMetal: false,
      defaultCardEnis: 3,
      ipv4PerEni: 10,
      networkCardEnis: [3],
      trunking: null,
      branchEnis: null,
      gpuCount: 0,
      gpuModel: null,
      gpuMemoryMiB: null,
      acceleratorCount: 0,
      acceleratorModel: null,
      networkBandwidthMbps: 937,
      localNvmeGB: 0,
      publishedMaxPods: null,
      measuredMemoryCapacityMiB: null,
    });
  });

  it("leaves the records EC2 describes as the data has them, and the types it does not describe", () => {
    const before = new Set(["dl1.24xlarge", "m9z.large"]);
    const after = JSON.parse(run.files["instance-types.json"]!) as { instanceTypes: { name: string }[] };
    const changed = after.instanceTypes.filter(
      (type) => !before.has(type.name) && JSON.stringify(type) !== JSON.stringify(committedTypes.get(type.name)),
    );
    expect(changed).toEqual([]);
    expect(after.instanceTypes.length).toBe(committedTypes.size + 1);
    for (const name of UNCHANGED_TYPES) expect(typeRecord(run.files["instance-types.json"]!, name)).toEqual(committedType(name));
  });

  it("replaces the asked regions' prices: Price List, latest Linux Spot price per AZ averaged, advisor feed", () => {
    // us-east-1's Auto Mode fees are the offer's (a type it does not list has none, g5.xlarge and
    // m5.xlarge have a fee and no other price there); eu-west-1 has no offer: estimates (true).
    expect(regionRows(run.files["prices.json"]!, "us-east-1")).toEqual({
      "dl1.24xlarge": [13.10904, null, null, null, null],
      "g5.xlarge": [null, null, null, null, 0.06036],
      "m5.large": [0.096, 0.0425, 61, 1, 0.01152],
      "m5.metal": [5.0688, null, null, null, 0.608256],
      "m5.xlarge": [null, null, null, null, 0.02304],
      "m9z.large": [0.0771, 0.0311, 55, 0, null],
    });
    expect(regionRows(run.files["prices.json"]!, "eu-west-1")).toEqual({
      "m5.large": [0.107, 0.039167, 58, 2, true],
      "m9z.large": [0.0859, null, null, null, null],
    });
  });

  it("keeps every other region's prices byte for byte", () => {
    const regions = Object.keys((JSON.parse(committed["prices.json"]!) as { regions: object }).regions);
    expect(regions.length).toBeGreaterThan(30);
    for (const region of regions.filter((code) => code !== "us-east-1" && code !== "eu-west-1")) {
      expect(regionBlock(run.files["prices.json"]!, region), region).toBe(regionBlock(committed["prices.json"]!, region));
    }
    expect(run.files["services.json"]).toBe(committed["services.json"]);
  });

  it("records the APIs, the regions and the refresh date in sources.json and SOURCES.md", () => {
    const added = sources.filter((source) => source.id.endsWith("@2026-11-28"));
    expect(added.map((source) => source.id)).toEqual([
      "ec2InstanceTypes@2026-11-28",
      "priceListApi@2026-11-28",
      "ec2SpotPriceHistory@2026-11-28",
      "spotAdvisorFeed@2026-11-28",
    ]);
    for (const source of added) {
      expect(source.asOf).toBe("2026-11-28");
      expect(source.origin).toContain("regions eu-west-1, us-east-1");
    }
    expect(added[0]!.origin).toContain("DescribeInstanceTypes");
    expect(added[1]!.origin).toContain("Price List API GetProducts");
    expect(added[2]!.origin).toContain("DescribeSpotPriceHistory");
    expect(added[3]!.origin).toContain(SPOT_ADVISOR_URL);
    const before = (JSON.parse(committed["sources.json"]!) as { sources: DataSource[] }).sources;
    expect(sources.slice(0, before.length)).toEqual(before);
    const prices = JSON.parse(run.files["prices.json"]!) as {
      regions: Record<string, { onDemandSources: string[]; spotSources: string[]; autoModeFeeSources: string[] }>;
    };
    expect(prices.regions["us-east-1"]).toEqual({
      onDemandSources: ["priceListApi@2026-11-28"],
      spotSources: ["ec2SpotPriceHistory@2026-11-28", "spotAdvisorFeed@2026-11-28"],
      autoModeFeeSources: ["eksAutoModePriceList@2026-11-20"],
      instances: expect.any(Object) as object,
    });
    expect(prices.regions["eu-west-1"]).toMatchObject({ autoModeFeeSources: ["autoModeFeeEstimate"] });
    expect(run.files["SOURCES.md"]).toContain("| `priceListApi@2026-11-28` | EC2 Linux on-demand prices");
    // The Auto Mode fees are dated by the offer's publication, and come after the refresh's own sources.
    const autoMode = sources[sources.length - 1]!;
    expect(autoMode).toMatchObject({ id: "eksAutoModePriceList@2026-11-20", asOf: "2026-11-20", provides: "autoModeFee (published)" });
    expect(autoMode.origin).toContain(EKS_OFFER_INDEX_URL);
    expect(autoMode.origin).toMatch(/regions us-east-1$/);
    expect(run.files["SOURCES.md"]).toContain(REFRESH_NOTE);
    expect(run.files["SOURCES.md"]).toContain("1421 instance types");
  });

  it("gives byte-identical files for the same answers, whatever their order and paging", async () => {
    const again = await refreshWith(BOTH_REGIONS, SCRIPT, { feed: FEED, eksOffers: EKS_OFFERS });
    const reordered = await refreshWith(BOTH_REGIONS, REORDERED_SCRIPT, { feed: FEED, eksOffers: EKS_OFFERS });
    expect(reordered.calls.length).toBeLessThan(run.calls.length);
    for (const name of Object.keys(committed)) {
      expect(again.files[name], name).toBe(run.files[name]);
      expect(reordered.files[name], name).toBe(run.files[name]);
    }
  });

  it("refreshes an earlier refresh: a later date's sources take over the regions it refreshes", async () => {
    const later = await refreshWith(["--regions", "eu-west-1"], SCRIPT, {
      feed: FEED,
      files: run.files,
      now: new Date("2026-12-05T08:00:00Z"),
    });
    expect(later.exitCode).toBe(0);
    const after = (JSON.parse(later.files["sources.json"]!) as { sources: DataSource[] }).sources;
    const byId = new Map(after.map((source) => [source.id, source]));
    // us-east-1 still cites the first refresh's price sources, now for it alone.
    expect(byId.get("priceListApi@2026-11-28")?.origin).toMatch(/regions us-east-1$/);
    expect(byId.get("priceListApi@2026-12-05")?.origin).toMatch(/regions eu-west-1$/);
    // The first refresh's instance facts still hold for the types the second did not describe.
    expect(byId.get("ec2InstanceTypes@2026-11-28")?.origin).toMatch(/regions eu-west-1, us-east-1$/);
    expect(byId.get("ec2InstanceTypes@2026-12-05")?.origin).toMatch(/regions eu-west-1$/);
    expect(regionBlock(later.files["prices.json"]!, "us-east-1")).toBe(regionBlock(run.files["prices.json"]!, "us-east-1"));
  });
});

describe("a refresh that answers what the data says", () => {
  it("leaves every such record unchanged, and us-east-1's price rows", async () => {
    // Every type whose record the API can say: GPUs, accelerators and local NVMe known (the API's
    // silence there means none).
    const sayable = [...committedTypes.values()].filter(
      (type) => type.gpuCount !== null && type.acceleratorCount !== null && type.localNvmeGB !== null,
    );
    expect(sayable.length).toBeGreaterThan(1350);
    const rows = regionRows(committed["prices.json"]!, "us-east-1");
    const advisor = Object.fromEntries(
      Object.entries(rows).flatMap(([name, row]) =>
        row[2] === null || row[3] === null ? [] : [[name, { s: row[2], r: row[3] }]],
      ),
    );
    const run = await refreshWith(
      ["--regions", "us-east-1"],
      {
        pageSize: 100,
        regions: {
          "us-east-1": {
            instanceTypes: sayable.map(describedAs),
            sharedProducts: Object.entries(rows).flatMap(([name, row]) =>
              row[0] === null ? [] : [priceListProduct(name, row[0])],
            ),
            spotPriceHistory: Object.entries(rows).flatMap(([name, row]) =>
              row[1] === null ? [] : [spotRecord(name, "us-east-1a", row[1], "2026-11-28T00:00:00Z")],
            ),
          },
        },
      },
      { feed: { "us-east-1": advisor } },
    );
    expect(run.exitCode).toBe(0);
    expect(run.files["instance-types.json"]).toBe(committed["instance-types.json"]);
    expect(regionRows(run.files["prices.json"]!, "us-east-1")).toEqual(rows);
  });
});
