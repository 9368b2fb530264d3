import type { InstanceTypeInfo } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { ec2InstanceFacts } from "../../../src/importer/ec2-instance-facts.js";
import { hourlyPrice } from "../../../src/importer/refresh/on-demand-prices.js";
import { averageSpotPrices } from "../../../src/importer/refresh/spot-price-history.js";
import { priceListProduct, spotRecord } from "./aws-answers.js";

describe("averageSpotPrices", () => {
  const history = [
    spotRecord("c7g.large", "eu-west-1a", 0.03, "2026-11-27T10:00:00Z"),
    spotRecord("c7g.large", "eu-west-1a", 0.031, "2026-11-28T10:00:00Z"),
    spotRecord("c7g.large", "eu-west-1b", 0.0295, "2026-11-28T02:00:00Z"),
    spotRecord("c7g.large", "eu-west-1c", 0.0301, "2026-11-28T02:00:00Z"),
    spotRecord("c7g.large", "eu-west-1c", 0.0299, "2026-11-28T02:00:00Z"),
    spotRecord("c7g.large", "eu-west-1b", 0.09, "2026-11-28T11:00:00Z", "Windows"),
    spotRecord("c7g.large", "eu-west-1b", 0.09, "2026-11-28T11:00:00Z", "Linux/UNIX (Amazon VPC)"),
    { ...spotRecord("c7g.xlarge", "eu-west-1a", 0, "2026-11-28T11:00:00Z"), SpotPrice: "n/a" },
  ];

  it("averages each type's latest Linux/UNIX price per AZ (the lower on a tie), to 6 decimals", () => {
    // (0.031 + 0.0295 + 0.0299) / 3 = 0.0301333…
    expect(averageSpotPrices(history)).toEqual({ "c7g.large": 0.030133 });
  });

  it("does not depend on the records' order", () => {
    const averages = JSON.stringify(averageSpotPrices(history));
    for (let shift = 1; shift < history.length; shift++) {
      const rotated = [...history.slice(shift), ...history.slice(0, shift)];
      expect(JSON.stringify(averageSpotPrices(rotated))).toBe(averages);
      expect(JSON.stringify(averageSpotPrices([...rotated].reverse()))).toBe(averages);
    }
  });
});

describe("hourlyPrice", () => {
  it("reads a Price List entry: a JSON string or the SDK's lazy JSON string", () => {
    expect(hourlyPrice(priceListProduct("m5.large", 0.096))).toEqual({ instanceType: "m5.large", usdPerHour: 0.096 });
    // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- the SDK's LazyJsonString is a String object
    const lazy: String = new String(priceListProduct("m7i.metal-48xl", 10.64448, "Dedicated"));
    expect(hourlyPrice(lazy)).toEqual({ instanceType: "m7i.metal-48xl", usdPerHour: 10.64448 });
  });

  it("ignores entries without a type or a positive hourly price", () => {
    expect(hourlyPrice(priceListProduct("m5.large", 0))).toBeUndefined();
    expect(hourlyPrice(priceListProduct("m5.large", 0.096).replace('"Hrs"', '"Quantity"'))).toBeUndefined();
    expect(hourlyPrice(JSON.stringify({ product: { attributes: {} }, terms: {} }))).toBeUndefined();
  });
});

describe("ec2InstanceFacts", () => {
  it("reads a multi-card record: the default card's ENIs, every card by index, bandwidth summed", () => {
    const info = {
      InstanceType: "p5.48xlarge",
      NetworkInfo: {
        MaximumNetworkInterfaces: 6,
        DefaultNetworkCardIndex: 1,
        NetworkCards: [
          { NetworkCardIndex: 2, MaximumNetworkInterfaces: 1, BaselineBandwidthInGbps: 100 },
          { NetworkCardIndex: 0, MaximumNetworkInterfaces: 2, BaselineBandwidthInGbps: 100 },
          { NetworkCardIndex: 1, MaximumNetworkInterfaces: 3, BaselineBandwidthInGbps: 2.083 },
        ],
        Ipv4AddressesPerInterface: 50,
      },
    } satisfies InstanceTypeInfo;
    expect(ec2InstanceFacts(info)).toMatchObject({
      defaultCardEnis: 3,
      networkCardEnis: [2, 3, 1],
      networkBandwidthMbps: 202083,
      ipv4PerEni: 50,
      hypervisor: null,
      gpuCount: 0,
      acceleratorCount: 0,
      localNvmeGB: 0,
    });
  });

  it("names GPUs and accelerators as Karpenter labels them; storage counts only when it is NVMe", () => {
    const inf2 = ec2InstanceFacts({
      InstanceType: "inf2.xlarge",
      NeuronInfo: { NeuronDevices: [{ Name: "Inferentia2", Count: 1 }] },
      InstanceStorageInfo: { TotalSizeInGB: 1800, NvmeSupport: "unsupported" },
    });
    expect(inf2).toMatchObject({ acceleratorCount: 1, acceleratorModel: "aws inferentia2", localNvmeGB: 0 });
    const g4ad = ec2InstanceFacts({
      InstanceType: "g4ad.xlarge",
      GpuInfo: { Gpus: [{ Name: "Radeon Pro V520", Manufacturer: "AMD", Count: 1, MemoryInfo: { SizeInMiB: 8192 } }] },
      InstanceStorageInfo: { TotalSizeInGB: 150, NvmeSupport: "required" },
    });
    expect(g4ad).toMatchObject({ gpuCount: 1, gpuModel: "amd radeon-pro-v520", gpuMemoryMiB: 8192, localNvmeGB: 150 });
    const dl2q = ec2InstanceFacts({
      InstanceType: "dl2q.24xlarge",
      InferenceAcceleratorInfo: { Accelerators: [{ Name: "Qualcomm AI100", Manufacturer: "Qualcomm", Count: 8 }] },
    });
    expect(dl2q).toMatchObject({ acceleratorCount: 8, acceleratorModel: "qualcomm qualcomm-ai100" });
  });

  it("leaves undefined what the record does not say", () => {
    expect(ec2InstanceFacts({ InstanceType: "x.large" })).toMatchObject({
      vcpu: undefined,
      memoryMiB: undefined,
      architecture: undefined,
      bareMetal: undefined,
      defaultCardEnis: undefined,
      networkCardEnis: undefined,
      networkBandwidthMbps: undefined,
    });
  });
});
