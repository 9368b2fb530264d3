import type { InstanceTypeInfo } from "@aws-sdk/client-ec2";
import { readFileSync } from "node:fs";
import { describedAs, priceListProduct, spotRecord, type RegionScript, type Script } from "./aws-answers.js";
import { committedType } from "./refresh-run.js";

/** A type the dataset does not have yet: EC2 describes it, and it has prices. */
export const NEW_TYPE: InstanceTypeInfo = {
  InstanceType: "m9z.large" as InstanceTypeInfo["InstanceType"],
  CurrentGeneration: true,
  BareMetal: false,
  Hypervisor: "nitro",
  ProcessorInfo: { SupportedArchitectures: ["arm64"], Manufacturer: "AWS", SustainedClockSpeedInGhz: 3.2 },
  VCpuInfo: { DefaultVCpus: 2, DefaultCores: 2, DefaultThreadsPerCore: 1 },
  MemoryInfo: { SizeInMiB: 8192 },
  InstanceStorageSupported: false,
  NetworkInfo: {
    NetworkPerformance: "Up to 12.5 Gigabit",
    MaximumNetworkInterfaces: 3,
    MaximumNetworkCards: 1,
    DefaultNetworkCardIndex: 0,
    NetworkCards: [
      {
        NetworkCardIndex: 0,
        NetworkPerformance: "Up to 12.5 Gigabit",
        MaximumNetworkInterfaces: 3,
        BaselineBandwidthInGbps: 0.937,
        PeakBandwidthInGbps: 12.5,
      },
    ],
    Ipv4AddressesPerInterface: 10,
    Ipv6AddressesPerInterface: 10,
    Ipv6Supported: true,
    EnaSupport: "required",
  },
};

/** dl1.24xlarge as EC2 describes it: GPUs, CPU maker and storage the dataset does not know yet. */
export const DL1: InstanceTypeInfo = {
  ...describedAs(committedType("dl1.24xlarge")),
  ProcessorInfo: { SupportedArchitectures: ["x86_64"], Manufacturer: "Intel" },
  GpuInfo: {
    Gpus: [{ Name: "Gaudi HL-205", Manufacturer: "Habana", Count: 8, MemoryInfo: { SizeInMiB: 32768 } }],
    TotalGpuMemoryInMiB: 262144,
  },
  InstanceStorageSupported: true,
  InstanceStorageInfo: { TotalSizeInGB: 4000, NvmeSupport: "required" },
};

/** Types whose records EC2 answers exactly as the dataset has them. */
export const UNCHANGED_TYPES = ["m5.large", "p5.48xlarge", "m5.metal"];

const US_EAST_1: RegionScript = {
  instanceTypes: [...UNCHANGED_TYPES.map((name) => describedAs(committedType(name))), DL1, NEW_TYPE],
  spotPriceHistory: [
    spotRecord("m5.large", "us-east-1a", 0.04, "2026-11-28T01:00:00Z"),
    spotRecord("m5.large", "us-east-1a", 0.035, "2026-11-28T07:00:00Z"),
    spotRecord("m5.large", "us-east-1b", 0.05, "2026-11-27T22:00:00Z"),
    spotRecord("m5.large", "us-east-1b", 0.2, "2026-11-28T08:00:00Z", "Windows"),
    spotRecord("m9z.large", "us-east-1c", 0.0311, "2026-11-28T05:00:00Z"),
  ],
  sharedProducts: [
    priceListProduct("m5.large", 0.096),
    priceListProduct("m5.metal", 4.608),
    priceListProduct("dl1.24xlarge", 13.10904),
    priceListProduct("m9z.large", 0.0771),
    priceListProduct("zz1.large", 0.5),
  ],
  bareMetalProducts: [priceListProduct("m5.metal", 5.0688, "Dedicated")],
};

const EU_WEST_1: RegionScript = {
  instanceTypes: [describedAs(committedType("m5.large")), NEW_TYPE],
  spotPriceHistory: [
    spotRecord("m5.large", "eu-west-1a", 0.0381, "2026-11-28T03:00:00Z"),
    spotRecord("m5.large", "eu-west-1b", 0.0392, "2026-11-28T03:00:00Z"),
    spotRecord("m5.large", "eu-west-1c", 0.0402, "2026-11-28T03:00:00Z"),
  ],
  sharedProducts: [priceListProduct("m5.large", 0.107), priceListProduct("m9z.large", 0.0859)],
};

/** Two regions of answers, two records a page. */
export const SCRIPT: Script = { regions: { "us-east-1": US_EAST_1, "eu-west-1": EU_WEST_1 }, pageSize: 2 };

/** The same answers with every list reversed and three records a page. */
export const REORDERED_SCRIPT: Script = {
  pageSize: 3,
  regions: Object.fromEntries(
    Object.entries(SCRIPT.regions).map(([region, answers]) => [
      region,
      {
        instanceTypes: [...answers.instanceTypes].reverse(),
        spotPriceHistory: [...answers.spotPriceHistory].reverse(),
        sharedProducts: [...answers.sharedProducts].reverse(),
        bareMetalProducts: [...(answers.bareMetalProducts ?? [])].reverse(),
      },
    ]),
  ),
};

/** The advisor feed's Linux figures for the two regions (zz1.large is not in the dataset). */
export const FEED = {
  "us-east-1": { "m5.large": { s: 61, r: 1 }, "m9z.large": { s: 55, r: 0 }, "zz1.large": { s: 50, r: 2 } },
  "eu-west-1": { "m5.large": { s: 58, r: 2 } },
};

/** The arguments of a refresh of both regions. */
export const BOTH_REGIONS = ["--regions", "us-east-1,eu-west-1"];

/**
 * The AmazonEKS offer files of the refresh by region: us-east-1's, a synthetic file in the Price
 * List's shape (Auto Mode fees of m5.large, m5.metal, m5.xlarge and g5.xlarge, a zero-priced
 * c6i.xlarge, the cluster, extended support and Fargate products); eu-west-1 has none.
 */
export const EKS_OFFERS = {
  "us-east-1": readFileSync(new URL("fixtures/synthetic-amazon-eks-offer-us-east-1.json", import.meta.url), "utf8"),
};
