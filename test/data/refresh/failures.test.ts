import type { Filter } from "@aws-sdk/client-pricing";
import { describe, expect, it } from "vitest";
import { REQUIRED_PERMISSIONS, RETRY_CONFIG } from "../../../src/importer/refresh/aws-clients.js";
import { advisorFeed } from "./aws-answers.js";
import { awsError, type FakeCall } from "./fake-aws.js";
import { dataFolder, readFolder, refreshWith, regionBlock } from "./refresh-run.js";
import { BOTH_REGIONS, FEED, NEW_TYPE, SCRIPT } from "./scenario.js";

const committed = readFolder(dataFolder);

/** Fails each call `matches` picks with `error`, the first `times` times only. */
function failing(matches: (call: FakeCall) => boolean, error: () => Error, times = Infinity) {
  let failed = 0;
  return (call: FakeCall) => (matches(call) && failed++ < times ? error() : undefined);
}

const isCall = (command: string, region: string, nextToken?: string) => (call: FakeCall) =>
  call.command === command && call.region === region && call.input.NextToken === nextToken;

const regionCode = (call: FakeCall) =>
  (call.input.Filters as Filter[] | undefined)?.find((filter) => filter.Field === "regionCode")?.Value;

describe("data:refresh when AWS throttles", () => {
  it("asks a throttled page again and loses nothing", async () => {
    const plain = await refreshWith(BOTH_REGIONS, SCRIPT, { feed: FEED });
    const throttledPages = [
      failing(isCall("DescribeInstanceTypesCommand", "us-east-1", "2"), () =>
        awsError("RequestLimitExceeded", 503, { throttling: true }),
      1),
      failing(
        (call) => call.command === "GetProductsCommand" && regionCode(call) === "eu-west-1" && call.input.NextToken === undefined,
        () => awsError("ThrottlingException", 400, { throttling: true }),
        1,
      ),
    ];
    const throttled = await refreshWith(BOTH_REGIONS, {
      ...SCRIPT,
      fail: (call) => throttledPages.map((fail) => fail(call)).find((error) => error !== undefined),
    }, { feed: FEED });
    expect(throttled.exitCode).toBe(0);
    expect(throttled.calls.filter(isCall("DescribeInstanceTypesCommand", "us-east-1", "2"))).toHaveLength(2);
    expect(throttled.calls.length).toBe(plain.calls.length + 2);
    for (const name of Object.keys(committed)) expect(throttled.files[name], name).toBe(plain.files[name]);
  });
});

describe("data:refresh when a region fails", () => {
  it("reports the region, keeps its prices, writes the others and exits 1", async () => {
    const run = await refreshWith(BOTH_REGIONS, {
      ...SCRIPT,
      fail: failing(isCall("DescribeInstanceTypesCommand", "eu-west-1"), () => awsError("OptInRequired", 401)),
    }, { feed: FEED });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(
      "data:refresh: eu-west-1 skipped, its prices stay as they were: ec2:DescribeInstanceTypes for eu-west-1 failed with OptInRequired",
    );
    expect(run.stdout).toMatch(/refreshed us-east-1; failed eu-west-1$/);
    expect(regionBlock(run.files["prices.json"]!, "eu-west-1")).toBe(regionBlock(committed["prices.json"]!, "eu-west-1"));
    expect(regionBlock(run.files["prices.json"]!, "us-east-1")).toContain('"m5.large":[0.096,0.0425,61,1,true]');
    expect(run.files["sources.json"]).toContain('"origin": "AWS EC2 API DescribeInstanceTypes, regions us-east-1"');
  });

  it(
    "fails a region whose call still fails after the SDK's retries",
    async () => {
      const run = await refreshWith(BOTH_REGIONS, {
        ...SCRIPT,
        fail: failing(isCall("DescribeSpotPriceHistoryCommand", "us-east-1"), () => awsError("InternalError", 500)),
      }, { feed: FEED });
      expect(run.exitCode).toBe(1);
      expect(run.calls.filter(isCall("DescribeSpotPriceHistoryCommand", "us-east-1"))).toHaveLength(
        RETRY_CONFIG.maxAttempts,
      );
      expect(run.stderr).toContain(
        "data:refresh: us-east-1 skipped, its prices stay as they were: ec2:DescribeSpotPriceHistory for us-east-1 failed with InternalError",
      );
      expect(regionBlock(run.files["prices.json"]!, "us-east-1")).toBe(regionBlock(committed["prices.json"]!, "us-east-1"));
      expect(regionBlock(run.files["prices.json"]!, "eu-west-1")).toContain('"m5.large":[0.107,0.039167,58,2,true]');
    },
  );

  it("writes nothing and exits 1 when every region fails", async () => {
    const run = await refreshWith(BOTH_REGIONS, {
      ...SCRIPT,
      fail: failing((call) => call.command === "DescribeInstanceTypesCommand", () => awsError("AuthFailure", 401)),
    }, { feed: FEED });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("data:refresh: no region could be refreshed; nothing was written.");
    expect(run.files).toEqual(committed);
  });
});

describe("data:refresh when AWS refuses access", () => {
  it.each([
    ["EC2's UnauthorizedOperation", "ec2:DescribeSpotPriceHistory", (call: FakeCall) => call.command === "DescribeSpotPriceHistoryCommand" && call.region === "us-east-1", "UnauthorizedOperation", 403],
    ["the Price List API's AccessDeniedException", "pricing:GetProducts", (call: FakeCall) => call.command === "GetProductsCommand" && regionCode(call) === "us-east-1", "AccessDeniedException", 400],
  ] as const)("stops on %s, names the permissions and writes nothing", async (_, action, matches, code, status) => {
    // eu-west-1 is asked first and answers; us-east-1 is refused.
    const run = await refreshWith(BOTH_REGIONS, { ...SCRIPT, fail: failing(matches, () => awsError(code, status)) }, { feed: FEED });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`data:refresh: AWS refused ${action} for us-east-1 (${code}: ${code} (fake AWS)).`);
    expect(run.stderr).toContain(
      `The refresh needs read-only credentials allowed these IAM actions:\n${REQUIRED_PERMISSIONS.map((permission) => `  ${permission}`).join("\n")}\nNothing was written.`,
    );
    expect(run.files).toEqual(committed);
  });
});

describe("data:refresh checks everything before writing", () => {
  it("writes nothing when the result breaks the schema", async () => {
    const broken = { ...NEW_TYPE, NetworkInfo: { ...NEW_TYPE.NetworkInfo, Ipv4AddressesPerInterface: 0 } };
    const run = await refreshWith(["--regions", "eu-west-1"], {
      ...SCRIPT,
      regions: { "eu-west-1": { ...SCRIPT.regions["eu-west-1"]!, instanceTypes: [broken] } },
    }, { feed: FEED });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("the dataset breaks its schema, nothing was written:\ninstance-types.json: instanceTypes.");
    expect(run.stderr).toContain(".ipv4PerEni: Invalid value: Expected >=1 but received 0");
    expect(run.files).toEqual(committed);
  });

  it("leaves out a new type EC2 gives no network limits for, and says so", async () => {
    const withoutNetwork = { ...NEW_TYPE, NetworkInfo: undefined };
    const run = await refreshWith(["--regions", "eu-west-1"], {
      ...SCRIPT,
      regions: { "eu-west-1": { ...SCRIPT.regions["eu-west-1"]!, instanceTypes: [withoutNetwork] } },
    }, { feed: FEED });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain("data:refresh: m9z.large left out: EC2 gave no ENI or IPv4 limits for this type");
    expect(run.files["instance-types.json"]).toBe(committed["instance-types.json"]);
  });

  it("writes nothing when the Spot Instance Advisor feed cannot be fetched, and asks AWS nothing", async () => {
    const down = await refreshWith(BOTH_REGIONS, SCRIPT, {
      fetch: () => Promise.reject(new TypeError("fetch failed")),
    });
    expect(down.exitCode).toBe(2);
    expect(down.stderr).toBe(
      "data:refresh: could not fetch the Spot Instance Advisor feed https://spot-bid-advisor.s3.amazonaws.com/spot-advisor-data.json: fetch failed\nNothing was written.",
    );
    expect(down.calls).toEqual([]);
    expect(down.files).toEqual(committed);
    const unavailable = await refreshWith(BOTH_REGIONS, SCRIPT, {
      fetch: () => Promise.resolve(new Response("Service Unavailable", { status: 503 })),
    });
    expect(unavailable.exitCode).toBe(2);
    expect(unavailable.stderr).toContain("answered HTTP 503");
    const notTheFeed = await refreshWith(BOTH_REGIONS, SCRIPT, {
      fetch: () => Promise.resolve(new Response(advisorFeed({}).replace('"spot_advisor"', '"other"'))),
    });
    expect(notTheFeed.stderr).toContain('no "spot_advisor" object');
  });

  it("writes nothing when the current dataset breaks its schema", async () => {
    const files = { ...committed, "prices.json": committed["prices.json"]!.replace('"m5.large":[', '"m5.huge":[') };
    const run = await refreshWith(BOTH_REGIONS, SCRIPT, { feed: FEED, files });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("breaks its schema:\nprices.json: regions.af-south-1.instances.m5.huge: unknown instance type");
    expect(run.files).toEqual(files);
  });
});
