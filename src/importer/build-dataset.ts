import type {
  DataSource,
  FargateRegionRate,
  FargateSize,
  InstancePrice,
  LoadBalancerRates,
  RegionPricing,
  ServiceRates,
  SpotInterruptionBucket,
} from "../core/catalog/catalog.js";
import { estimatedAutoModeFee } from "../core/catalog/auto-mode-fee.js";
import { autoModeSupport } from "../core/catalog/auto-mode-types.js";
import type { InstanceType } from "../core/catalog/instance-type.js";
import { readControlPlaneTiers, type TierData } from "./control-plane-tiers.js";
import { ec2InstanceFacts, model } from "./ec2-instance-facts.js";
import {
  AUTO_MODE_FEE_ESTIMATE_SOURCE,
  EBS_VOLUME_PRICES_FILE,
  SOURCE_DESCRIPTIONS,
  UPSTREAM_FILES,
  type SourceId,
} from "./sources.js";
import {
  instanceTypeMap,
  parseJson,
  readDescribeInstanceTypes,
  readEniMaxPods,
  readMemoryCapacities,
  type Ec2InstanceTypeInfo,
  type KarpenterInstanceType,
  type KarpenterPriceFile,
  type KarpenterVpcLimits,
  type RegionPriceFile,
  type SpotAdvisorEntry,
  type SpotAdvisorFeed,
  type VpcCniLimits,
} from "./upstream.js";

/** The dataset in memory, before it is written to `data/`. */
export interface Dataset {
  readonly instanceTypes: readonly InstanceType[];
  readonly regions: readonly RegionPricing[];
  readonly services: ServiceRates;
  readonly sources: readonly DataSource[];
  /** Paragraphs `data/SOURCES.md` adds after the sources table (the refresh explains itself there). */
  readonly notes?: readonly string[];
}

/** The upstream files' text, by {@link UPSTREAM_FILES} key. */
export type UpstreamTexts = Record<keyof typeof UPSTREAM_FILES, string>;

/** The importer's inputs: the upstream files, and the rates transcribed by hand beside them. */
export interface ImporterInputs extends UpstreamTexts {
  /** `ebs-volume-prices.json`. */
  readonly ebsVolumePrices: string;
}

/**
 * Builds the dataset from the upstream files' text. Pure and deterministic: the same texts always
 * give the same dataset, with instance types and regions sorted by name.
 *
 * @param asOf dates that replace a source's own date, by source id.
 */
export function buildDataset(texts: ImporterInputs, asOf: Partial<Record<SourceId, string>> = {}): Dataset {
  const file = UPSTREAM_FILES;
  const published = readEniMaxPods(texts.eniMaxPods);
  const vpcCni = instanceTypeMap<VpcCniLimits>(file.vpcCniLimits, texts.vpcCniLimits);
  const karpenterVpc = instanceTypeMap<KarpenterVpcLimits & VpcCniLimits>(
    file.karpenterVpcLimits,
    texts.karpenterVpcLimits,
  );
  const specs = instanceTypeMap<KarpenterInstanceType>(file.karpenterInstanceTypes, texts.karpenterInstanceTypes);
  const described = readDescribeInstanceTypes(file.describeInstanceTypes, texts.describeInstanceTypes);
  const spotAdvisor = parseJson(file.spotAdvisor, texts.spotAdvisor) as SpotAdvisorFeed;
  const memoryCapacities = readMemoryCapacities(file.karpenterMemoryCapacity, texts.karpenterMemoryCapacity);

  const names = [...new Set([...vpcCni.keys(), ...karpenterVpc.keys()])].sort(compareNames);
  const instanceTypes = names.map((name) =>
    buildInstanceType(name, {
      limits: vpcCni.get(name) ?? karpenterVpc.get(name),
      trunk: karpenterVpc.get(name),
      spec: specs.get(name),
      described: described.get(name),
      advisorSpec: spotAdvisor.instance_types[name],
      publishedMaxPods: published.get(name) ?? null,
      measuredMemoryCapacityMiB: memoryCapacities.get(name) ?? null,
    }),
  );
  const known = new Set(names);
  const autoModeTypes = autoModeTypeNames(instanceTypes);

  const vantageOnDemand = parseJson(file.vantageOnDemand, texts.vantageOnDemand) as RegionPriceFile;
  const vantageSpot = parseJson(file.vantageSpot, texts.vantageSpot) as RegionPriceFile;
  const karpenterOnDemand = parseJson(file.karpenterOnDemand, texts.karpenterOnDemand) as KarpenterPriceFile;
  const services = parseJson(file.servicePrices, texts.servicePrices) as ServicePriceFile;
  const tiers = readControlPlaneTiers(file.controlPlaneTiers, texts.controlPlaneTiers);

  const dates: Record<SourceId, string> = {
    ...(Object.fromEntries(
      Object.entries(SOURCE_DESCRIPTIONS).map(([id, description]) => [id, description.asOf]),
    ) as Record<SourceId, string>),
    ...definedDates({
      vpcCniLimits: metaDate((parseJson(file.vpcCniLimits, texts.vpcCniLimits) as { _meta: object })._meta),
      karpenterVpcLimits: metaDate(
        (parseJson(file.karpenterVpcLimits, texts.karpenterVpcLimits) as { _meta: object })._meta,
      ),
      karpenterInstanceTypes: metaDate(
        (parseJson(file.karpenterInstanceTypes, texts.karpenterInstanceTypes) as { _meta: object })._meta,
      ),
      vantageOnDemand: metaDate(vantageOnDemand._meta),
      vantageSpot: metaDate(vantageSpot._meta),
      karpenterOnDemand: metaDate(karpenterOnDemand._meta.regions["us-east-1"] ?? {}),
      ...tiers.dates,
    }),
    ...definedDates(asOf),
  };

  return {
    instanceTypes,
    regions: buildRegions(known, { vantageOnDemand, vantageSpot, karpenterOnDemand, spotAdvisor, autoModeTypes }),
    services: buildServices(services, parseJson(EBS_VOLUME_PRICES_FILE, texts.ebsVolumePrices) as EbsPriceFile, tiers),
    sources: (Object.keys(SOURCE_DESCRIPTIONS) as SourceId[]).map((id) => ({
      id,
      ...SOURCE_DESCRIPTIONS[id],
      asOf: dates[id],
    })),
  };
}

interface InstanceSources {
  limits: VpcCniLimits | undefined;
  trunk: KarpenterVpcLimits | undefined;
  spec: KarpenterInstanceType | undefined;
  described: Ec2InstanceTypeInfo | undefined;
  advisorSpec: { cores: number; ram_gb: number } | undefined;
  publishedMaxPods: number | null;
  measuredMemoryCapacityMiB: number | null;
}

function buildInstanceType(name: string, s: InstanceSources): InstanceType {
  const { limits, spec } = s;
  if (limits === undefined) throw new Error(`${name}: no network limits`);
  const cards = [...limits.networkCards].sort((a, b) => a.networkCardIndex - b.networkCardIndex);
  const defaultCard = cards.find((card) => card.networkCardIndex === limits.defaultNetworkCardIndex);
  const described = s.described === undefined ? undefined : ec2InstanceFacts(s.described);
  // The advisor gives memory in GB; only whole numbers convert exactly (1.7 GB is really 1,740 MiB).
  const advisorMemory =
    s.advisorSpec !== undefined && Number.isInteger(s.advisorSpec.ram_gb) ? s.advisorSpec.ram_gb * 1024 : undefined;
  return {
    ...familyAndSize(name),
    vcpu: spec?.vcpu ?? described?.vcpu ?? s.advisorSpec?.cores ?? null,
    memoryMiB: spec?.memoryMiB ?? described?.memoryMiB ?? advisorMemory ?? null,
    architecture: spec?.arch ?? described?.architecture ?? null,
    cpuManufacturer: spec?.cpuManufacturer ?? null,
    hypervisor: limits.hypervisor === "nitro" || limits.hypervisor === "xen" ? limits.hypervisor : null,
    bareMetal: limits.isBareMetal,
    defaultCardEnis: defaultCard?.maximumNetworkInterfaces ?? limits.maxENIs,
    ipv4PerEni: limits.ipv4PerENI,
    networkCardEnis: cards.map((card) => card.maximumNetworkInterfaces),
    trunking: s.trunk?.isTrunkingCompatible ?? null,
    branchEnis: s.trunk === undefined ? null : s.trunk.isTrunkingCompatible ? s.trunk.branchInterfaces : 0,
    gpuCount: spec ? (spec.gpuCount ?? 0) : (described?.gpuCount ?? null),
    gpuModel: spec?.gpuName ? model(spec.gpuManufacturer, spec.gpuName) : (described?.gpuModel ?? null),
    gpuMemoryMiB: spec?.gpuMemoryMiB ?? described?.gpuMemoryMiB ?? null,
    acceleratorCount: spec ? (spec.acceleratorCount ?? 0) : null,
    acceleratorModel: spec?.acceleratorName ? model(spec.acceleratorManufacturer, spec.acceleratorName) : null,
    networkBandwidthMbps: spec?.networkBandwidthMbps ?? null,
    localNvmeGB: spec ? (spec.localNvmeGB ?? 0) : null,
    publishedMaxPods: s.publishedMaxPods,
    measuredMemoryCapacityMiB: s.measuredMemoryCapacityMiB,
  };
}

/** The `name`, `family` and `size` of an instance type record: `m5.large` is family `m5`, size `large`. */
export function familyAndSize(name: string): Pick<InstanceType, "name" | "family" | "size"> {
  const dot = name.indexOf(".");
  return { name, family: name.slice(0, dot), size: name.slice(dot + 1) };
}

/** The names of the types EKS Auto Mode launches (`autoModeSupport`), whose fee the dataset estimates. */
export function autoModeTypeNames(types: readonly InstanceType[]): ReadonlySet<string> {
  return new Set(types.filter((type) => autoModeSupport(type) === "supported").map((type) => type.name));
}

interface PriceInputs {
  vantageOnDemand: RegionPriceFile;
  vantageSpot: RegionPriceFile;
  karpenterOnDemand: KarpenterPriceFile;
  spotAdvisor: SpotAdvisorFeed;
  autoModeTypes: ReadonlySet<string>;
}

function buildRegions(known: ReadonlySet<string>, p: PriceInputs): RegionPricing[] {
  // Karpenter's Price List API figures are newer than the snapshot and right for metal sizes; USD only.
  const karpenterRegions = Object.entries(p.karpenterOnDemand._meta.regions)
    .filter(([, meta]) => meta.currency === "USD")
    .map(([region]) => region);
  const regionCodes = [
    ...new Set([
      ...Object.keys(p.vantageOnDemand.prices),
      ...Object.keys(p.vantageSpot.prices),
      ...Object.keys(p.spotAdvisor.spot_advisor),
      ...karpenterRegions,
    ]),
  ].sort();

  return regionCodes.map((region) =>
    buildRegionPricing(region, known, {
      onDemand: [
        {
          source: "karpenterOnDemand",
          prices: karpenterRegions.includes(region) ? (p.karpenterOnDemand.prices[region] ?? {}) : {},
        },
        { source: "vantageOnDemand", prices: p.vantageOnDemand.prices[region] ?? {} },
      ],
      spot: { source: "vantageSpot", prices: p.vantageSpot.prices[region] ?? {} },
      advisor: { source: "spotAdvisor", entries: p.spotAdvisor.spot_advisor[region]?.Linux ?? {} },
      autoMode: { estimated: { source: AUTO_MODE_FEE_ESTIMATE_SOURCE, types: p.autoModeTypes } },
    }),
  );
}

/** USD-per-hour prices of one source, by instance type name. */
export interface PriceSource {
  /** Source id (see `sources.json`). */
  readonly source: string;
  readonly prices: Readonly<Record<string, number>>;
}

/** Everything priced in one region, by source. */
export interface RegionPriceInputs {
  /** On-demand Linux prices; where several sources price a type, the first listed wins. */
  readonly onDemand: readonly PriceSource[];
  /** Average Linux Spot prices over the region's AZs. */
  readonly spot: PriceSource;
  /** The Spot Instance Advisor's Linux figures. */
  readonly advisor: { readonly source: string; readonly entries: Readonly<Record<string, SpotAdvisorEntry>> };
  /**
   * The EKS Auto Mode fees: AWS's published ones (USD per hour, by type) where a refresh read them,
   * else the estimate (`estimatedAutoModeFee` of the on-demand price) for the `types` named.
   */
  readonly autoMode: {
    readonly published?: PriceSource;
    readonly estimated: { readonly source: string; readonly types: ReadonlySet<string> };
  };
}

/**
 * One region's prices: a row for every type in `known` that some source prices, sorted by name, and
 * the sources that gave at least one figure, in the order given.
 */
export function buildRegionPricing(
  region: string,
  known: ReadonlySet<string>,
  inputs: RegionPriceInputs,
): RegionPricing {
  const { onDemand, spot, advisor, autoMode } = inputs;
  const published = autoMode.published?.prices ?? {};
  const names = [
    ...new Set([
      ...onDemand.flatMap((source) => Object.keys(source.prices)),
      ...Object.keys(spot.prices),
      ...Object.keys(advisor.entries),
      ...Object.keys(published),
    ]),
  ]
    .filter((name) => known.has(name))
    .sort(compareNames);
  const instances: Record<string, InstancePrice> = {};
  for (const name of names) {
    const advice = advisor.entries[name];
    const onDemandUsdPerHour = onDemand.find((source) => source.prices[name] !== undefined)?.prices[name] ?? null;
    const publishedFee = published[name];
    instances[name] = {
      onDemandUsdPerHour,
      spotUsdPerHour: spot.prices[name] ?? null,
      spotSavingsPercent: advice?.s ?? null,
      spotInterruption: advice === undefined ? null : (advice.r as SpotInterruptionBucket),
      autoModeFee:
        publishedFee !== undefined
          ? { usdPerHour: publishedFee, estimate: false }
          : autoMode.estimated.types.has(name) && onDemandUsdPerHour !== null
            ? { usdPerHour: estimatedAutoModeFee(onDemandUsdPerHour), estimate: true }
            : null,
    };
  }
  const hasPrices = (source: PriceSource) => Object.keys(source.prices).length > 0;
  const fees = Object.values(instances).map((price) => price.autoModeFee);
  return {
    region,
    onDemandSources: onDemand.filter(hasPrices).map((source) => source.source),
    spotSources: [
      ...(hasPrices(spot) ? [spot.source] : []),
      ...(Object.keys(advisor.entries).length > 0 ? [advisor.source] : []),
    ],
    autoModeFeeSources: [
      ...(autoMode.published !== undefined && hasPrices(autoMode.published) ? [autoMode.published.source] : []),
      ...(fees.some((fee) => fee?.estimate === true) ? [autoMode.estimated.source] : []),
    ],
    instances,
  };
}

interface ServicePriceFile {
  eksControlPlane: { standardSupportUsdPerClusterHour: number; extendedSupportUsdPerClusterHour: number };
  fargate: {
    usEast1_2026: { linuxX86: { perVcpuHour: number; perGbHour: number }; ephemeralStorageOver20GbPerGbHour: number };
    byRegionLinuxX86_2021: { regions: Record<string, { onDemand: { perVcpuHour: number; perGbHour: number } }> };
    eksFargatePodSizing: {
      memoryOverheadMiBAddedPerPod: number;
      validCombinations: {
        vcpu: number;
        memoryGB?: number[];
        memoryGBRange?: { min: number; max: number; step: number };
      }[];
    };
  };
  elasticLoadBalancing_usEast1: {
    alb: { perHour: number; perLcuHour: number };
    nlb: { perHour: number; perNlcuHour: number };
  };
}

interface EbsPriceFile {
  regions: Record<string, { gp3: number; gp2: number }>;
}

function buildServices(file: ServicePriceFile, ebsFile: EbsPriceFile, tiers: TierData): ServiceRates {
  const regional: Record<string, FargateRegionRate> = {};
  for (const [region, rate] of Object.entries(file.fargate.byRegionLinuxX86_2021.regions).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    regional[region] = {
      usdPerVcpuHour: rate.onDemand.perVcpuHour,
      usdPerGbHour: rate.onDemand.perGbHour,
      source: "fargateRegional2021",
    };
  }
  const current = file.fargate.usEast1_2026.linuxX86;
  regional["us-east-1"] = {
    usdPerVcpuHour: current.perVcpuHour,
    usdPerGbHour: current.perGbHour,
    source: "fargateUsEast1",
  };

  const sizes: FargateSize[] = file.fargate.eksFargatePodSizing.validCombinations.map((combination) => ({
    vcpu: combination.vcpu,
    memoryGB: combination.memoryGB ?? range(combination.memoryGBRange),
  }));
  const elb = file.elasticLoadBalancing_usEast1;
  const usEast1: LoadBalancerRates = {
    albUsdPerHour: elb.alb.perHour,
    albUsdPerLcuHour: elb.alb.perLcuHour,
    nlbUsdPerHour: elb.nlb.perHour,
    nlbUsdPerNlcuHour: elb.nlb.perNlcuHour,
    source: "elbUsEast1",
  };
  return {
    eksControlPlane: {
      standardUsdPerHour: file.eksControlPlane.standardSupportUsdPerClusterHour,
      extendedSupportUsdPerHour: file.eksControlPlane.extendedSupportUsdPerClusterHour,
      source: "servicePrices",
      tiers: tiers.tiers,
    },
    fargate: {
      regions: regional,
      ephemeralStorageUsdPerGbHour: file.fargate.usEast1_2026.ephemeralStorageOver20GbPerGbHour,
      podMemoryOverheadMiB: file.fargate.eksFargatePodSizing.memoryOverheadMiBAddedPerPod,
      sizes,
    },
    loadBalancers: { "us-east-1": usEast1 },
    ebs: Object.fromEntries(
      Object.entries(ebsFile.regions)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([region, rates]) => [
          region,
          { gp3UsdPerGbMonth: rates.gp3, gp2UsdPerGbMonth: rates.gp2, source: "ebsTranscribed" },
        ]),
    ),
  };
}

function range(spec: { min: number; max: number; step: number } | undefined): number[] {
  if (spec === undefined || spec.step <= 0)
    throw new Error("aws-service-prices.json: a Fargate size has no memory options");
  const values: number[] = [];
  for (let value = spec.min; value <= spec.max; value += spec.step) values.push(value);
  return values;
}

/** The first `YYYY-MM[-DD]` found in a `_meta` object's date fields. */
function metaDate(meta: object): string | undefined {
  const fields = meta as Record<string, unknown>;
  for (const key of ["fileLastChangedDate", "generatedAt", "dataDate"]) {
    const value = fields[key];
    if (typeof value === "string") {
      const match = /^\d{4}-\d{2}(-\d{2})?/.exec(value);
      if (match) return match[0];
    }
  }
  return undefined;
}

function definedDates(dates: Partial<Record<SourceId, string | undefined>>): Partial<Record<SourceId, string>> {
  const defined: Partial<Record<SourceId, string>> = {};
  for (const id of Object.keys(dates) as SourceId[]) {
    const date = dates[id];
    if (date !== undefined) defined[id] = date;
  }
  return defined;
}

/** Code-point order of names: the same on every machine and locale, so the files are reproducible. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
