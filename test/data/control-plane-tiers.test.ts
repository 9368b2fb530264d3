/**
 * The control plane tiers in the dataset: the EKS user guide's limits (published), the prices and
 * 8XL's limits that only secondary sources give (estimates), each citing a source of the dataset.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readControlPlaneTiers } from "../../src/importer/control-plane-tiers.js";
import { checkDataFiles } from "../../src/importer/schema.js";
import { readUpstream } from "../support/upstream.js";

const FILE = "eks-control-plane-tiers.json";
const data = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");
const { tiers, dates } = readControlPlaneTiers(FILE, readUpstream(FILE));

describe("the control plane tiers", () => {
  it("have the user guide's limits for XL, 2XL and 4XL (1.28–1.29 and 1.30+), published", () => {
    const limits = (["tier-xl", "tier-2xl", "tier-4xl"] as const).map((tier) => {
      const { apiSeats, podsPerSecondBefore130, podsPerSecond, etcdGB, limits: provenance } = tiers[tier];
      return [tier, apiSeats, podsPerSecondBefore130, podsPerSecond, etcdGB, provenance.confidence];
    });
    expect(limits).toEqual([
      ["tier-xl", 1700, 100, 167, 16, "published"],
      ["tier-2xl", 3400, 100, 283, 16, "published"],
      ["tier-4xl", 6800, 100, 400, 16, "published"],
    ]);
  });

  it("give Standard its 8 GB of etcd and no guaranteed concurrency or rate, at no extra cost", () => {
    expect(tiers.standard).toEqual({
      usdPerHour: 0,
      price: { confidence: "published", source: "controlPlaneTiers" },
      apiSeats: null,
      podsPerSecondBefore130: null,
      podsPerSecond: null,
      etcdGB: 8,
      limits: { confidence: "published", source: "controlPlaneTiers" },
    });
  });

  it("mark every Provisioned tier's price and 8XL's limits as estimates, 8XL's etcd unknown", () => {
    const prices = Object.entries(tiers).map(([tier, rates]) => [tier, rates.usdPerHour, rates.price.confidence]);
    expect(prices).toEqual([
      ["standard", 0, "published"],
      ["tier-xl", 1.65, "estimate"],
      ["tier-2xl", 3.4, "estimate"],
      ["tier-4xl", 6.9, "estimate"],
      ["tier-8xl", 13.9, "estimate"],
    ]);
    expect(tiers["tier-8xl"]).toMatchObject({
      apiSeats: 13600,
      podsPerSecond: 400,
      etcdGB: null,
      limits: { confidence: "estimate", source: "controlPlaneTierEstimates" },
    });
    expect(dates).toEqual({ controlPlaneTiers: "2025-11", controlPlaneTierEstimates: "2026-04-15" });
  });

  it("are what data/services.json holds, citing sources that data/sources.json lists with those dates", () => {
    const services = JSON.parse(data("services.json")) as { eksControlPlane: { tiers: unknown } };
    expect(services.eksControlPlane.tiers).toEqual(tiers);
    const { sources } = JSON.parse(data("sources.json")) as { sources: { id: string; asOf: string }[] };
    expect(sources.filter((source) => source.id.startsWith("controlPlaneTier"))).toEqual([
      expect.objectContaining({ id: "controlPlaneTiers", asOf: "2025-11" }),
      expect.objectContaining({ id: "controlPlaneTierEstimates", asOf: "2026-04-15" }),
    ]);
  });

  it("name the file and the tier the importer finds no figures for", () => {
    const file = JSON.parse(readUpstream(FILE)) as { prices: { provisioned: { usdPerClusterHour: object } } };
    delete (file.prices.provisioned.usdPerClusterHour as Record<string, number>)["tier-2xl"];
    expect(() => readControlPlaneTiers(FILE, JSON.stringify(file))).toThrow(`${FILE}: tier-2xl has no price`);
  });

  it("fail the schema check when a tier cites a source the dataset does not list", () => {
    const files = Object.fromEntries(
      ["instance-types.json", "prices.json", "services.json", "sources.json"].map((name) => [name, data(name)]),
    );
    const services = files["services.json"]!.replace('"source": "controlPlaneTierEstimates"', '"source": "nowhere"');
    expect(checkDataFiles({ ...files, "services.json": services })).toEqual([
      "services.json: eksControlPlane.tiers.tier-xl: unknown source nowhere",
    ]);
  });
});
