/**
 * `eksize instances`: the instance explorer in the terminal. The same rows as the site's explorer
 * (`buildRows`: the kubelet's max pods under a reservation profile and CNI mode, allocatable CPU and
 * memory, prices of a region, cost per pod slot, EKS Auto Mode's fee), filtered and sorted, as a
 * table, JSON or CSV.
 */
import { RESERVATION_PROFILES, suggestNames, type ReservationProfile } from "eksize";
import { getInstanceType, getRegionPricing, instanceTypes, regions } from "eksize/data";
import { parseArgs } from "node:util";
import { buildRows, DEFAULT_SETTINGS, type ExplorerRow } from "../../present/explorer/rows.js";
import { globPattern, resolveInstanceTypes } from "../instance-names.js";
import { english } from "../messages.js";
import { compareInstanceTypes } from "../../present/explorer/sorting.js";
import { EXIT, UsageError, type Io } from "../io.js";
import { outputFormat, renderListing, type Cell } from "../output.js";

/** The command's help. */
export const INSTANCES_HELP = `Usage: eksize instances [TYPE...] [filters] [options] [--json | --csv]

Every EC2 instance type for EKS with the kubelet's max pods, allocatable CPU and memory, prices
(USD), cost per pod slot and EKS Auto Mode's fee per hour ("(estimate)" where no published fee was
at hand: 12% of on-demand), as the site's instance explorer shows them. TYPE: instance types or
globs (m5.large, 'c7g.*'); without one, every type.

Filters:
  --name GLOB            names matching a glob (m7g.*, *.metal) or containing the text
  --family F[,F...]      families, e.g. m7g,c7g
  --arch amd64|arm64     CPU architecture
  --min-vcpu N, --max-vcpu N
  --min-memory GIB, --max-memory GIB
Settings:
  --region CODE          prices of this region (default us-east-1)
  --profile P            reservations: amazon-linux (default), bottlerocket, karpenter
  --prefix-delegation    VPC CNI prefix delegation
  --custom-networking    VPC CNI custom networking
  --show-max-allowed     leave out the 110/250 ceiling
Order and output:
  --sort KEY             name (default), vcpu, memory, max-pods, price, price-per-pod, spot-savings
  --desc                 largest first
  --limit N              at most N rows
  --json, --csv          JSON or CSV instead of a table
  -h, --help             this help
`;

const SORT_KEYS = {
  name: null,
  vcpu: (row: ExplorerRow) => row.vcpu,
  memory: (row: ExplorerRow) => row.memoryMiB,
  "max-pods": (row: ExplorerRow) => row.maxPods,
  price: (row: ExplorerRow) => row.onDemandUsdPerHour,
  "price-per-pod": (row: ExplorerRow) => row.costPerPodSlotUsdPerMonth,
  "spot-savings": (row: ExplorerRow) => row.spotSavingsPercent,
} as const satisfies Record<string, ((row: ExplorerRow) => number | null) | null>;

type SortKey = keyof typeof SORT_KEYS;

/** A number option: undefined when absent; a usage error when not a number. */
function numberOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) throw new UsageError(`--${name} must be a number, got "${text}"`);
  return value;
}

/** A choice option: the value when it is one of `choices`, else a usage error naming them. */
function choiceOption<T extends string>(name: string, text: string | undefined, choices: readonly T[]): T | undefined {
  if (text === undefined) return undefined;
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`--${name} must be one of ${choices.join(", ")}, got "${text}"`);
}

/** Runs `eksize instances` with its arguments and resolves to the exit code. */
export async function instancesCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      name: { type: "string" },
      family: { type: "string" },
      arch: { type: "string" },
      "min-vcpu": { type: "string" },
      "max-vcpu": { type: "string" },
      "min-memory": { type: "string" },
      "max-memory": { type: "string" },
      region: { type: "string" },
      profile: { type: "string" },
      "prefix-delegation": { type: "boolean" },
      "custom-networking": { type: "boolean" },
      "show-max-allowed": { type: "boolean" },
      sort: { type: "string" },
      desc: { type: "boolean" },
      limit: { type: "string" },
      json: { type: "boolean" },
      csv: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) {
    io.out(INSTANCES_HELP);
    return EXIT.ok;
  }
  if (values.json === true && values.csv === true) throw new UsageError("choose one of --json and --csv");
  const region = values.region ?? DEFAULT_SETTINGS.region;
  if (!regions.includes(region)) {
    const near = suggestNames(region, regions);
    throw new UsageError(
      `eksize has no prices for region "${region}"${near.length > 0 ? `. Did you mean ${near.join(", ")}?` : ""}`,
    );
  }
  const profile = choiceOption<ReservationProfile>("profile", values.profile, RESERVATION_PROFILES);
  const architecture = choiceOption("arch", values.arch, ["amd64", "arm64"] as const);
  const sortKey = choiceOption("sort", values.sort, Object.keys(SORT_KEYS) as SortKey[]) ?? "name";
  const limit = numberOption("limit", values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) {
    throw new UsageError(`--limit must be a whole number of at least 1, got "${values.limit ?? ""}"`);
  }
  const vcpu = { min: numberOption("min-vcpu", values["min-vcpu"]), max: numberOption("max-vcpu", values["max-vcpu"]) };
  const memoryGib = {
    min: numberOption("min-memory", values["min-memory"]),
    max: numberOption("max-memory", values["max-memory"]),
  };
  const families = values.family
    ?.split(",")
    .map((family) => family.trim())
    .filter((family) => family !== "");
  const name = values.name;
  const namePattern = name !== undefined && /[*?]/.test(name) ? globPattern(name) : null;

  const inRange = (value: number | null, range: { min?: number | undefined; max?: number | undefined }): boolean =>
    (range.min === undefined && range.max === undefined) ||
    (value !== null &&
      (range.min === undefined || value >= range.min) &&
      (range.max === undefined || value <= range.max));

  const types =
    positionals.length > 0
      ? await resolveInstanceTypes(positionals, {
          names: () => instanceTypes.map((type) => type.name),
          get: getInstanceType,
        })
      : [...instanceTypes].sort(compareInstanceTypes);
  let rows = buildRows(types, getRegionPricing(region), {
    region,
    profile: profile ?? DEFAULT_SETTINGS.profile,
    prefixDelegation: values["prefix-delegation"] === true,
    customNetworking: values["custom-networking"] === true,
    uncapped: values["show-max-allowed"] === true,
  }).filter(
    (row) =>
      (name === undefined || (namePattern === null ? row.name.includes(name) : namePattern.test(row.name))) &&
      (families === undefined || families.includes(row.family)) &&
      (architecture === undefined || row.architecture === architecture) &&
      inRange(row.vcpu, vcpu) &&
      inRange(row.memoryMiB === null ? null : row.memoryMiB / 1024, memoryGib),
  );

  const key = SORT_KEYS[sortKey];
  if (key !== null) {
    // Unknown values last whatever the direction; ties keep reading order (family, then size).
    const direction = values.desc === true ? -1 : 1;
    rows = [...rows].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (x - y) * direction;
    });
  } else if (values.desc === true) {
    rows = [...rows].reverse();
  }
  if (limit !== undefined) rows = rows.slice(0, limit);

  const round = (value: number | null, digits: number): number | null =>
    value === null ? null : Number(value.toFixed(digits));
  const format = outputFormat(values);
  // A table says "(estimate)" beside the fee; JSON and CSV give the flag a column of its own.
  const feeColumns =
    format === "table"
      ? [{ key: "autoModeFee", heading: "AUTO MODE USD/HOUR" }]
      : [
          { key: "autoModeUsdPerHour", heading: "AUTO MODE USD/HOUR" },
          { key: "autoModeFeeEstimate", heading: "AUTO MODE FEE ESTIMATE" },
        ];
  const estimate = `(${english("value.estimate")})`;
  io.out(
    renderListing(
      {
        columns: [
          { key: "instanceType", heading: "INSTANCE TYPE" },
          { key: "vcpu", heading: "VCPU" },
          { key: "memoryGiB", heading: "MEMORY GIB" },
          { key: "architecture", heading: "ARCH" },
          { key: "maxPods", heading: "MAX PODS" },
          { key: "allocatableCpuMillicores", heading: "ALLOC CPU M" },
          { key: "allocatableMemoryMiB", heading: "ALLOC MEM MIB" },
          { key: "onDemandUsdPerHour", heading: "USD/HOUR" },
          { key: "onDemandUsdPerMonth", heading: "USD/MONTH" },
          { key: "spotSavingsPercent", heading: "SPOT SAVING %" },
          { key: "advisorSpotSavingsPercent", heading: "ADVISOR SAVING %" },
          { key: "costPerPodSlotUsdPerMonth", heading: "USD/POD/MONTH" },
          ...feeColumns,
        ],
        rows: rows.map((row): Record<string, Cell> => ({
          instanceType: row.name,
          vcpu: row.vcpu,
          memoryGiB: row.memoryMiB === null ? null : round(row.memoryMiB / 1024, 3),
          architecture: row.architecture,
          maxPods: row.maxPods,
          allocatableCpuMillicores: row.allocatableCpuMillicores,
          allocatableMemoryMiB: row.allocatableMemoryMiB,
          onDemandUsdPerHour: row.onDemandUsdPerHour,
          onDemandUsdPerMonth: round(row.onDemandUsdPerMonth, 2),
          spotSavingsPercent: round(row.spotSavingsPercent, 1),
          advisorSpotSavingsPercent: row.advisorSpotSavingsPercent,
          costPerPodSlotUsdPerMonth: round(row.costPerPodSlotUsdPerMonth, 2),
          autoModeFee:
            row.autoModeFee === null
              ? null
              : `${String(row.autoModeFee.usdPerHour)}${row.autoModeFee.estimate ? ` ${estimate}` : ""}`,
          autoModeUsdPerHour: row.autoModeFee?.usdPerHour ?? null,
          autoModeFeeEstimate: row.autoModeFee?.estimate ?? null,
        })),
      },
      format,
    ),
  );
  return EXIT.ok;
}
