import { describe, expect, it } from "vitest";
import { autoModeSupport, builtInNodePools, estimatedAutoModeFee, type InstanceType } from "eksize";
import { catalog, getInstanceType } from "eksize/data";

function type(name: string): InstanceType {
  const found = getInstanceType(name);
  if (found === undefined) throw new Error(`no ${name} in the dataset`);
  return found;
}

describe("autoModeSupport: the EKS User Guide's supported instance reference", () => {
  it.each([
    ["m5.large", "supported"],
    ["c7g.xlarge", "supported"],
    ["r8i.2xlarge", "supported"],
    ["c8i-flex.large", "supported"],
    ["m5zn.metal", "supported"],
    ["r7iz.large", "supported"],
    ["t3.medium", "supported"],
    ["m4.large", "supported"],
    ["g5.xlarge", "supported"],
    ["p5.48xlarge", "supported"],
    ["p6-b200.48xlarge", "supported"],
    ["inf2.xlarge", "supported"],
    ["x8g.large", "supported"],
    ["hpc8a.96xlarge", "supported"],
    // nano, micro and small sizes are never launched, whatever their vCPUs
    ["t3.micro", "size-too-small"],
    ["t4g.small", "size-too-small"],
    // "More than 1 CPU": the Graviton medium sizes have one
    ["c7g.medium", "single-vcpu"],
    ["c6gn.medium", "single-vcpu"],
    // families the guide does not list
    ["a1.large", "family-not-supported"],
    ["mac1.metal", "family-not-supported"],
    ["u-6tb1.metal", "family-not-supported"],
    ["c3.large", "family-not-supported"],
    // a listed family whose vCPUs the dataset does not know
    ["trn2.3xlarge", "vcpu-unknown"],
  ])("%s: %s", (name, support) => {
    expect(autoModeSupport(type(name))).toBe(support);
  });
});

describe("builtInNodePools: C, M and R of generation 5 or newer; general-purpose amd64 only", () => {
  it.each([
    ["m5.large", ["general-purpose", "system"]],
    ["r8i.2xlarge", ["general-purpose", "system"]],
    ["c8i-flex.large", ["general-purpose", "system"]],
    ["m5zn.metal", ["general-purpose", "system"]],
    ["r7iz.large", ["general-purpose", "system"]],
    // arm64: the system pool only
    ["c7g.xlarge", ["system"]],
    ["m8g.large", ["system"]],
    // generation 4
    ["m4.large", []],
    ["c4.large", []],
    // supported families outside C, M and R
    ["t3.medium", []],
    ["g5.xlarge", []],
    ["p5.48xlarge", []],
    ["x8g.large", []],
    ["hpc8a.96xlarge", []],
    // not launched by Auto Mode at all
    ["t3.micro", []],
    ["c7g.medium", []],
    ["a1.large", []],
  ])("%s: %j", (name, pools) => {
    expect(builtInNodePools(type(name))).toEqual(pools);
  });
});

describe("the Auto Mode fee in the catalogue (the tests' fixed prices, us-east-1)", () => {
  const prices = catalog.regions["us-east-1"]!;

  it("is estimated at 12% of on-demand, rounded to the millionth of a dollar", () => {
    expect(estimatedAutoModeFee(0.096)).toBe(0.01152);
    expect(estimatedAutoModeFee(0.55568)).toBe(0.066682); // 0.0666816
    expect(estimatedAutoModeFee(21.957642)).toBe(2.634917); // 2.63491704
  });

  it.each([
    ["m5.large", 0.096, 0.01152],
    ["c6i.xlarge", 0.17, 0.0204],
    ["r8i.2xlarge", 0.55568, 0.066682],
    ["c7g.xlarge", 0.145, 0.0174],
    ["m4.large", 0.1, 0.012],
    ["t3.medium", 0.0416, 0.004992],
    ["m7i-flex.large", 0.09576, 0.011491],
    ["m5.metal", 4.608, 0.55296],
    ["g5.xlarge", 1.006, 0.12072],
    ["p4d.24xlarge", 21.957642, 2.634917],
    ["p5.48xlarge", 55.04, 6.6048],
    ["inf2.xlarge", 0.7582, 0.090984],
    ["trn1.2xlarge", 1.34375, 0.16125],
  ])("%s: $%f on-demand, fee $%f an hour (estimate)", (name, onDemand, fee) => {
    expect(prices.instances[name]?.onDemandUsdPerHour).toBe(onDemand);
    expect(prices.instances[name]?.autoModeFee).toEqual({ usdPerHour: fee, estimate: true });
  });

  it("is none for a type Auto Mode does not launch, though it has an on-demand price", () => {
    for (const name of ["t3.micro", "c7g.medium", "a1.large", "c3.large"]) {
      expect(prices.instances[name]?.onDemandUsdPerHour, name).toBeGreaterThan(0);
      expect(prices.instances[name]?.autoModeFee, name).toBeNull();
    }
  });

  it("names the estimate as its source", () => {
    expect(prices.autoModeFeeSources).toEqual(["autoModeFeeEstimate"]);
  });
});
