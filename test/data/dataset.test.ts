import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/importer/build-dataset.js";
import { readImporterInputs, readUpstreamFolder } from "../../src/importer/read-folder.js";
import { checkDataFiles } from "../../src/importer/schema.js";
import { EBS_VOLUME_PRICES_FILE, UPSTREAM_FILE_ORIGINS, UPSTREAM_FILES } from "../../src/importer/sources.js";
import { serializeDataset } from "../../src/importer/write-dataset.js";
import { readUpstream, upstreamFileNames, upstreamFolder } from "../support/upstream.js";

const DATA_FILES = ["instance-types.json", "prices.json", "services.json", "sources.json", "SOURCES.md"];
const committed = Object.fromEntries(
  DATA_FILES.map((name) => [name, readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8")]),
);

describe("the committed dataset", () => {
  it("passes the schema check", () => {
    expect(checkDataFiles(committed)).toEqual([]);
  });

  it("is exactly what the importer builds from the upstream files", () => {
    const rebuilt = serializeDataset(buildDataset(readImporterInputs(upstreamFolder)));
    for (const name of DATA_FILES) expect(rebuilt[name], name).toBe(committed[name]);
  });
});

describe("the upstream files in data/upstream", () => {
  it("are exactly the files SOURCES.md lists, and every file the importer reads is among them", () => {
    const listed = UPSTREAM_FILE_ORIGINS.map((upstream) => upstream.file);
    expect(upstreamFileNames()).toEqual([...listed].sort());
    expect(listed).toEqual(expect.arrayContaining([...Object.values(UPSTREAM_FILES), EBS_VOLUME_PRICES_FILE]));
    for (const file of listed) expect(committed["SOURCES.md"], file).toContain(`| \`${file}\` |`);
  });

  it("hold the VPC CNI's eni-max-pods.txt byte for byte (its git blob, as SOURCES.md names it)", () => {
    const bytes = Buffer.from(readUpstream("eni-max-pods.txt"), "utf8");
    const blob = createHash("sha1").update(`blob ${String(bytes.length)}\0`).update(bytes).digest("hex");
    expect(blob).toBe("fc6df0f9cf6e507a5a90b09958d6e13e6de96dd1");
  });
});

describe("the schema check", () => {
  it("names the file, the path and the problem", () => {
    const broken = committed["instance-types.json"]!.replace('"name":"m5.large","family":"m5","size":"large","vcpu":2', '"name":"m5.large","family":"m5","size":"large","vcpu":-2');
    expect(checkDataFiles({ ...committed, "instance-types.json": broken })).toEqual([
      expect.stringMatching(/^instance-types\.json: instanceTypes\.\d+\.vcpu: /),
    ]);
  });

  it("finds prices for types the dataset does not have, and unsorted names", () => {
    const prices = committed["prices.json"]!.replace('"m5.large":[', '"m5.huge":[');
    expect(checkDataFiles({ ...committed, "prices.json": prices })).toContain(
      "prices.json: regions.af-south-1.instances.m5.huge: unknown instance type",
    );
  });

  it("finds an estimated Auto Mode fee without the on-demand price it is estimated from", () => {
    const prices = committed["prices.json"]!.replace('"m5.large":[0.096,', '"m5.large":[null,');
    expect(checkDataFiles({ ...committed, "prices.json": prices })).toEqual([
      "prices.json: regions.us-east-1.instances.m5.large: an estimated Auto Mode fee needs an on-demand price",
    ]);
  });

  it("reports a missing or unparsable file", () => {
    expect(checkDataFiles({ ...committed, "services.json": "{" })[0]).toMatch(/^services\.json: not JSON/);
    const withoutSources = Object.fromEntries(Object.entries(committed).filter(([name]) => name !== "sources.json"));
    expect(checkDataFiles(withoutSources)).toEqual(["sources.json: missing"]);
  });
});

describe("the importer", () => {
  it("names the upstream file that is missing", () => {
    expect(() => readUpstreamFolder("/nonexistent")).toThrow(/missing upstream file: \/nonexistent\/eni-max-pods\.txt/);
  });

  it("names the line of a malformed eni-max-pods.txt", () => {
    const texts = readImporterInputs(upstreamFolder);
    expect(() => buildDataset({ ...texts, eniMaxPods: "# header\nm5.large twenty-nine\n" })).toThrow(
      'eni-max-pods.txt line 2: expected "<type> <pods>", got "m5.large twenty-nine"',
    );
  });

  it("takes a source date given on the command line over the file's own", () => {
    const dataset = buildDataset(readImporterInputs(upstreamFolder), { spotAdvisor: "2026-11-01" });
    expect(dataset.sources.find((source) => source.id === "spotAdvisor")?.asOf).toBe("2026-11-01");
  });
});
