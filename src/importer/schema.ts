/**
 * The schema of the files in `data/`, checked by the importer before it writes and by the tests
 * against the committed files. Valibot is a development dependency: library users never load this.
 */
import * as v from "valibot";
import { CONTROL_PLANE_TIERS } from "../core/catalog/control-plane-tiers.js";
import { DATA_SCHEMA_VERSION, PRICE_COLUMNS } from "./write-dataset.js";

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const positiveCount = v.pipe(v.number(), v.integer(), v.minValue(1));
const usd = v.pipe(v.number(), v.finite(), v.minValue(0));
const date = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}){0,2}$/));
const version = v.literal(DATA_SCHEMA_VERSION);

/** An AWS region code the dataset prices: `us-east-1`, `us-gov-west-1` (no Local Zones). */
export const REGION_CODE = /^[a-z]{2}(-gov)?-[a-z]+-\d+$/;

const instanceType = v.strictObject({
  name: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.[a-z0-9-]+$/)),
  family: v.string(),
  size: v.string(),
  vcpu: v.nullable(positiveCount),
  memoryMiB: v.nullable(positiveCount),
  architecture: v.nullable(v.picklist(["amd64", "arm64"])),
  cpuManufacturer: v.nullable(v.string()),
  hypervisor: v.nullable(v.picklist(["nitro", "xen"])),
  bareMetal: v.boolean(),
  defaultCardEnis: positiveCount,
  ipv4PerEni: positiveCount,
  networkCardEnis: v.pipe(v.array(positiveCount), v.minLength(1)),
  trunking: v.nullable(v.boolean()),
  branchEnis: v.nullable(count),
  gpuCount: v.nullable(count),
  gpuModel: v.nullable(v.string()),
  gpuMemoryMiB: v.nullable(count),
  acceleratorCount: v.nullable(count),
  acceleratorModel: v.nullable(v.string()),
  networkBandwidthMbps: v.nullable(count),
  localNvmeGB: v.nullable(count),
  publishedMaxPods: v.nullable(positiveCount),
  measuredMemoryCapacityMiB: v.nullable(positiveCount),
});

const instanceTypesFile = v.strictObject({ schemaVersion: version, instanceTypes: v.array(instanceType) });

const priceRow = v.strictTuple([
  v.nullable(usd),
  v.nullable(usd),
  // Negative where Spot costs more than on-demand (the advisor reports p5.48xlarge in ca-central-1 at −62%).
  v.nullable(v.pipe(v.number(), v.integer(), v.maxValue(100))),
  v.nullable(v.picklist([0, 1, 2, 3, 4])),
  // The Auto Mode fee: published USD per hour, `true` for the estimate from the on-demand price, or none.
  v.nullable(v.union([usd, v.literal(true)])),
]);

const pricesFile = v.strictObject({
  schemaVersion: version,
  columns: v.pipe(
    v.array(v.string()),
    v.check((columns) => columns.join() === PRICE_COLUMNS.join(), `columns must be ${PRICE_COLUMNS.join(", ")}`),
  ),
  regions: v.record(
    v.pipe(v.string(), v.regex(REGION_CODE)),
    v.strictObject({
      onDemandSources: v.array(v.string()),
      spotSources: v.array(v.string()),
      autoModeFeeSources: v.array(v.string()),
      instances: v.record(v.string(), priceRow),
    }),
  ),
});

const fargateRate = v.strictObject({ usdPerVcpuHour: usd, usdPerGbHour: usd, source: v.string() });
const provenance = v.strictObject({ confidence: v.picklist(["published", "estimate"]), source: v.string() });
const tierRates = v.strictObject({
  usdPerHour: v.nullable(usd),
  price: provenance,
  apiSeats: v.nullable(positiveCount),
  podsPerSecondBefore130: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
  podsPerSecond: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
  etcdGB: v.nullable(positiveCount),
  limits: provenance,
});
const servicesFile = v.strictObject({
  schemaVersion: version,
  eksControlPlane: v.strictObject({
    standardUsdPerHour: usd,
    extendedSupportUsdPerHour: usd,
    source: v.string(),
    tiers: v.strictObject(Object.fromEntries(CONTROL_PLANE_TIERS.map((tier) => [tier, tierRates]))),
  }),
  fargate: v.strictObject({
    regions: v.record(v.string(), fargateRate),
    ephemeralStorageUsdPerGbHour: usd,
    podMemoryOverheadMiB: count,
    sizes: v.array(v.strictObject({ vcpu: usd, memoryGB: v.pipe(v.array(usd), v.minLength(1)) })),
  }),
  loadBalancers: v.record(
    v.string(),
    v.strictObject({
      albUsdPerHour: usd,
      albUsdPerLcuHour: usd,
      nlbUsdPerHour: usd,
      nlbUsdPerNlcuHour: usd,
      source: v.string(),
    }),
  ),
  ebs: v.record(v.string(), v.strictObject({ gp3UsdPerGbMonth: usd, gp2UsdPerGbMonth: usd, source: v.string() })),
});

const sourcesFile = v.strictObject({
  schemaVersion: version,
  sources: v.array(
    v.strictObject({
      id: v.string(),
      title: v.string(),
      origin: v.string(),
      asOf: date,
      license: v.string(),
      provides: v.string(),
    }),
  ),
});

const SCHEMAS = {
  "instance-types.json": instanceTypesFile,
  "prices.json": pricesFile,
  "services.json": servicesFile,
  "sources.json": sourcesFile,
} as const;

/**
 * Checks the JSON files of a dataset (by file name, as text) against the schema and against each
 * other: names unique and sorted, every priced type and every cited source known.
 *
 * @returns one line per problem, `file: path: what is wrong`; empty when the dataset is sound.
 */
export function checkDataFiles(files: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const parsed: Partial<Record<keyof typeof SCHEMAS, unknown>> = {};
  for (const [fileName, schema] of Object.entries(SCHEMAS) as [keyof typeof SCHEMAS, v.GenericSchema][]) {
    const text = files[fileName];
    if (text === undefined) {
      problems.push(`${fileName}: missing`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push(`${fileName}: not JSON (${(error as Error).message})`);
      continue;
    }
    const result = v.safeParse(schema, json);
    if (result.success) parsed[fileName] = result.output;
    else
      for (const issue of result.issues)
        problems.push(`${fileName}: ${v.getDotPath(issue) ?? "(root)"}: ${issue.message}`);
  }
  if (problems.length > 0) return problems;

  const types = (parsed["instance-types.json"] as v.InferOutput<typeof instanceTypesFile>).instanceTypes;
  const names = types.map((type) => type.name);
  names.forEach((name, index) => {
    const previous = names[index - 1];
    if (previous !== undefined && previous >= name)
      problems.push(`instance-types.json: ${name}: not sorted or repeated`);
  });
  const known = new Set(names);
  const sourceIds = new Set((parsed["sources.json"] as v.InferOutput<typeof sourcesFile>).sources.map((s) => s.id));
  for (const [region, entry] of Object.entries((parsed["prices.json"] as v.InferOutput<typeof pricesFile>).regions)) {
    for (const [name, row] of Object.entries(entry.instances)) {
      if (!known.has(name)) problems.push(`prices.json: regions.${region}.instances.${name}: unknown instance type`);
      if (row[4] === true && row[0] === null) {
        problems.push(
          `prices.json: regions.${region}.instances.${name}: an estimated Auto Mode fee needs an on-demand price`,
        );
      }
    }
    for (const id of [...entry.onDemandSources, ...entry.spotSources, ...entry.autoModeFeeSources]) {
      if (!sourceIds.has(id)) problems.push(`prices.json: regions.${region}: unknown source ${id}`);
    }
  }
  const { tiers } = (parsed["services.json"] as v.InferOutput<typeof servicesFile>).eksControlPlane;
  for (const [tier, rates] of Object.entries(tiers)) {
    for (const id of [rates.price.source, rates.limits.source]) {
      if (!sourceIds.has(id)) problems.push(`services.json: eksControlPlane.tiers.${tier}: unknown source ${id}`);
    }
  }
  return problems;
}
