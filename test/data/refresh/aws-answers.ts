import type {
  DescribeInstanceTypesResult,
  DescribeSpotPriceHistoryResult,
  InstanceTypeInfo,
  SpotPrice,
} from "@aws-sdk/client-ec2";
import type { Filter, GetProductsResponse } from "@aws-sdk/client-pricing";
import type { InstanceType } from "eksize";
import type { Answer, FakeCall } from "./fake-aws.js";

/** What the fake AWS knows about one region. */
export interface RegionScript {
  readonly instanceTypes: readonly InstanceTypeInfo[];
  readonly spotPriceHistory: readonly SpotPrice[];
  /** Price List entries (JSON strings) of shared-tenancy instances. */
  readonly sharedProducts: readonly string[];
  /** Price List entries of the dedicated bare-metal products. */
  readonly bareMetalProducts?: readonly string[];
}

/** How the fake AWS answers. */
export interface Script {
  readonly regions: Readonly<Record<string, RegionScript>>;
  /** Records per page (the real APIs give 100 or 1,000). */
  readonly pageSize: number;
  /** The AmazonEKS Price List entries of the control plane tiers (us-east-1); none when left out. */
  readonly eksProducts?: readonly string[];
  /** Throws this error instead of answering (consulted before every answer). */
  readonly fail?: (call: FakeCall) => Error | undefined;
}

/**
 * Answers DescribeInstanceTypes, DescribeSpotPriceHistory and GetProducts from `script`, a page at a
 * time: `NextToken` is the index of the next page's first record.
 */
export function scriptedAws(script: Script): Answer {
  return (call) => {
    const error = script.fail?.(call);
    if (error !== undefined) throw error;
    const start = Number(call.input.NextToken ?? 0);
    const page = <T>(records: readonly T[]) => ({
      records: records.slice(start, start + script.pageSize),
      NextToken: start + script.pageSize < records.length ? String(start + script.pageSize) : undefined,
    });
    switch (call.command) {
      case "DescribeInstanceTypesCommand": {
        const { records, NextToken } = page(regionScript(script, call.region).instanceTypes);
        return { InstanceTypes: records, NextToken } satisfies DescribeInstanceTypesResult;
      }
      case "DescribeSpotPriceHistoryCommand": {
        const { records, NextToken } = page(regionScript(script, call.region).spotPriceHistory);
        return { SpotPriceHistory: records, NextToken } satisfies DescribeSpotPriceHistoryResult;
      }
      case "GetProductsCommand": {
        if (call.input.ServiceCode === "AmazonEKS") {
          const { records, NextToken } = page(script.eksProducts ?? []);
          return { FormatVersion: "aws_v1", PriceList: [...records], NextToken } satisfies GetProductsResponse;
        }
        const filters = call.input.Filters as Filter[];
        const value = (field: string) => filters.find((filter) => filter.Field === field)?.Value;
        const region = regionScript(script, value("regionCode") ?? "");
        const products = value("tenancy") === "Dedicated" ? (region.bareMetalProducts ?? []) : region.sharedProducts;
        const { records, NextToken } = page(products);
        return { FormatVersion: "aws_v1", PriceList: [...records], NextToken } satisfies GetProductsResponse;
      }
      default:
        throw new Error(`the fake AWS does not answer ${call.command}`);
    }
  };
}

function regionScript(script: Script, region: string): RegionScript {
  const found = script.regions[region];
  if (found === undefined) throw new Error(`the fake AWS knows nothing about ${region}`);
  return found;
}

/**
 * The DescribeInstanceTypes record that says exactly what the dataset's record says: every non-null
 * fact in the API's terms, the unknown ones left out. (GPUs, accelerators and local NVMe that the
 * dataset does not know cannot be said: the API's silence there means "none".)
 */
export function describedAs(type: InstanceType): InstanceTypeInfo {
  const cards = type.networkCardEnis.map((enis, index) => ({
    NetworkCardIndex: index,
    MaximumNetworkInterfaces: enis,
    NetworkPerformance: "Up to 10 Gigabit",
    // The whole bandwidth on card 0: the refresh sums the cards.
    ...(type.networkBandwidthMbps === null
      ? {}
      : { BaselineBandwidthInGbps: index === 0 ? type.networkBandwidthMbps / 1000 : 0 }),
  }));
  const [gpuMaker, ...gpuName] = type.gpuModel?.split(" ") ?? [];
  const [acceleratorMaker, ...acceleratorName] = type.acceleratorModel?.split(" ") ?? [];
  return {
    InstanceType: type.name as InstanceTypeInfo["InstanceType"],
    CurrentGeneration: true,
    BareMetal: type.bareMetal,
    ...(type.hypervisor === null ? {} : { Hypervisor: type.hypervisor }),
    ProcessorInfo: {
      ...(type.architecture === null
        ? {}
        : { SupportedArchitectures: [type.architecture === "arm64" ? "arm64" : "x86_64"] }),
      ...(type.cpuManufacturer === null ? {} : { Manufacturer: capitalized(type.cpuManufacturer) }),
    },
    ...(type.vcpu === null ? {} : { VCpuInfo: { DefaultVCpus: type.vcpu } }),
    ...(type.memoryMiB === null ? {} : { MemoryInfo: { SizeInMiB: type.memoryMiB } }),
    NetworkInfo: {
      NetworkPerformance: "Up to 10 Gigabit",
      MaximumNetworkInterfaces: type.networkCardEnis.reduce((total, enis) => total + enis, 0),
      MaximumNetworkCards: cards.length,
      DefaultNetworkCardIndex: 0,
      NetworkCards: cards,
      Ipv4AddressesPerInterface: type.ipv4PerEni,
      Ipv6AddressesPerInterface: type.ipv4PerEni,
      Ipv6Supported: type.hypervisor === "nitro",
    },
    // Fractional GPUs (g6f) have a model and memory but count 0, as Karpenter publishes them.
    ...((type.gpuCount === 0 && type.gpuModel === null) || type.gpuCount === null
      ? {}
      : {
          GpuInfo: {
            Gpus: [
              {
                Count: type.gpuCount,
                ...(gpuMaker === undefined ? {} : { Manufacturer: capitalized(gpuMaker), Name: gpuName.join(" ") }),
                ...(type.gpuMemoryMiB === null ? {} : { MemoryInfo: { SizeInMiB: type.gpuMemoryMiB } }),
              },
            ],
          },
        }),
    ...(type.acceleratorCount === 0 || type.acceleratorCount === null
      ? {}
      : acceleratorMaker === "aws"
        ? { NeuronInfo: { NeuronDevices: [{ Count: type.acceleratorCount, Name: acceleratorName.join(" ") }] } }
        : {
            InferenceAcceleratorInfo: {
              Accelerators: [
                {
                  Count: type.acceleratorCount,
                  ...(acceleratorMaker === undefined
                    ? {}
                    : { Manufacturer: capitalized(acceleratorMaker), Name: acceleratorName.join(" ") }),
                },
              ],
            },
          }),
    ...(type.localNvmeGB === 0 || type.localNvmeGB === null
      ? { InstanceStorageSupported: false }
      : {
          InstanceStorageSupported: true,
          InstanceStorageInfo: { TotalSizeInGB: type.localNvmeGB, NvmeSupport: "required" },
        }),
  };
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One Price List product as GetProducts returns it: a JSON string, the price under `terms.OnDemand`. */
export function priceListProduct(instanceType: string, usdPerHour: number, tenancy = "Shared"): string {
  const sku = `SKU${instanceType.toUpperCase().replace(/[^A-Z0-9]/g, "")}${tenancy.charAt(0)}`;
  return JSON.stringify({
    product: {
      productFamily: tenancy === "Dedicated" ? "Compute Instance (bare metal)" : "Compute Instance",
      attributes: {
        instanceType,
        operatingSystem: "Linux",
        tenancy,
        preInstalledSw: "NA",
        capacitystatus: "Used",
        marketoption: "OnDemand",
        operation: "RunInstances",
      },
      sku,
    },
    serviceCode: "AmazonEC2",
    terms: {
      OnDemand: {
        [`${sku}.JRTCKXETXF`]: {
          priceDimensions: {
            [`${sku}.JRTCKXETXF.6YS6EN2CT7`]: {
              unit: "Hrs",
              description: `$${String(usdPerHour)} per On Demand Linux ${instanceType} Instance Hour`,
              pricePerUnit: { USD: usdPerHour.toFixed(10) },
            },
          },
          sku,
          effectiveDate: "2026-11-01T00:00:00Z",
          offerTermCode: "JRTCKXETXF",
        },
      },
    },
    version: "20261101000000",
    publicationDate: "2026-11-01T00:00:00Z",
  });
}

/**
 * One AmazonEKS Price List product of a control plane tier, as GetProducts returns it (`tiertype`
 * `HAProvisionedXL`...; `operation` ProvisionedControlPlaneUsage unless told), billed per hour.
 */
export function eksTierProduct(tiertype: string, usdPerHour: number, operation = "ProvisionedControlPlaneUsage"): string {
  const sku = `SKU${tiertype.toUpperCase()}`;
  return JSON.stringify({
    product: {
      productFamily: "Compute",
      attributes: { regionCode: "us-east-1", servicecode: "AmazonEKS", operation, tiertype, usagetype: `USE1-AmazonEKS-Hours:${tiertype}` },
      sku,
    },
    serviceCode: "AmazonEKS",
    terms: {
      OnDemand: {
        [`${sku}.JRTCKXETXF`]: {
          priceDimensions: {
            [`${sku}.JRTCKXETXF.6YS6EN2CT7`]: {
              unit: "Hours",
              description: `$${String(usdPerHour)} per hour for ${tiertype}`,
              pricePerUnit: { USD: usdPerHour.toFixed(10) },
            },
          },
          sku,
          effectiveDate: "2026-11-01T00:00:00Z",
          offerTermCode: "JRTCKXETXF",
        },
      },
    },
    version: "20261101000000",
    publicationDate: "2026-11-01T00:00:00Z",
  });
}

/** One DescribeSpotPriceHistory record: `SpotPrice` is a string, as the API gives it. */
export function spotRecord(
  instanceType: string,
  zone: string,
  usdPerHour: number,
  timestamp: string,
  product = "Linux/UNIX",
): SpotPrice {
  return {
    InstanceType: instanceType as SpotPrice["InstanceType"],
    ProductDescription: product as SpotPrice["ProductDescription"],
    SpotPrice: usdPerHour.toFixed(6),
    AvailabilityZone: zone,
    Timestamp: new Date(timestamp),
  };
}

/** A Spot Instance Advisor feed with `spot_advisor[region].Linux` set from `linux`. */
export function advisorFeed(linux: Readonly<Record<string, Readonly<Record<string, { s: number; r: number }>>>>): string {
  return JSON.stringify({
    ranges: [{ index: 0, label: "<5%", max: 5 }],
    instance_types: {},
    spot_advisor: Object.fromEntries(Object.entries(linux).map(([region, types]) => [region, { Linux: types }])),
  });
}

/**
 * A `fetch` that answers each URL of `bodies` with its text (HTTP 200) and any other with HTTP 404,
 * and records the URLs.
 */
export function fetchAnswering(bodies: Readonly<Record<string, string>>): typeof fetch & { urls: string[] } {
  const urls: string[] = [];
  const fetchFeed = (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : input.toString();
    urls.push(url);
    const body = bodies[url];
    return Promise.resolve(
      body === undefined ? new Response("Not Found", { status: 404 }) : new Response(body, { status: 200 }),
    );
  };
  return Object.assign(fetchFeed, { urls });
}

/** The AmazonEKS offer index listing `regions`, each file at `…/AmazonEKS/20261120000000/<region>/index.json`. */
export function eksOfferIndex(regions: readonly string[]): string {
  return JSON.stringify({
    formatVersion: "v1.0",
    disclaimer: "This pricing list is for informational purposes only.",
    publicationDate: "2026-11-20T18:00:00Z",
    regions: Object.fromEntries(
      regions.map((region) => [
        region,
        { regionCode: region, currentVersionUrl: eksOfferPath(region) },
      ]),
    ),
  });
}

/** Where {@link eksOfferIndex} says a region's AmazonEKS offer file is, relative to the Price List's host. */
export function eksOfferPath(region: string): string {
  return `/offers/v1.0/aws/AmazonEKS/20261120000000/${region}/index.json`;
}
