import { parseArgs } from "node:util";
import { REGION_CODE } from "../schema.js";
import { PRICING_ENDPOINT_REGION, REQUIRED_PERMISSIONS } from "./aws-clients.js";
import { EKS_OFFER_INDEX_URL } from "./auto-mode-fees.js";
import { SPOT_ADVISOR_URL } from "./spot-advisor-feed.js";

/** The exit codes of `data:refresh`. */
export const EXIT_CODES = {
  /** Every region refreshed and the files written. */
  ok: 0,
  /** Some regions failed (each reported on stderr) and kept their prices; the others were written. */
  regionsFailed: 1,
  /** Nothing written: bad arguments, access refused, the feed, the AmazonEKS offer index or the current data unreadable, or a schema failure. */
  nothingWritten: 2,
} as const;

/** The IAM actions, one per line, indented: for `--help` and for the access-refused message. */
export const PERMISSION_LINES = REQUIRED_PERMISSIONS.map((action) => `  ${action}`).join("\n");

/** `data:refresh --help`. */
export const HELP = `Usage: npm run data:refresh -- --regions <region>[,<region>...] [--data <folder>]

Rebuilds the dataset in <folder> from AWS's APIs for the given regions, into the same files, schema
and order as \`npm run data:import\`:
  instance facts    EC2 DescribeInstanceTypes, in each region
  on-demand prices  Price List API GetProducts (${PRICING_ENDPOINT_REGION} endpoint): Linux, shared tenancy
  Spot prices       EC2 DescribeSpotPriceHistory, in each region: Linux/UNIX, averaged over the AZs
  Spot advice       the Spot Instance Advisor feed, ${SPOT_ADVISOR_URL}
  Auto Mode fees    the Price List's AmazonEKS offer files (no credentials), from
                    ${EKS_OFFER_INDEX_URL}:
                    published fees replace the estimates; a type a region's offer does not list
                    has no fee there
  control plane     Price List API GetProducts: AmazonEKS ProvisionedControlPlaneUsage (us-east-1), the
                    tiers' hourly prices, which replace the dataset's estimates
Trunking, branch ENIs and AWS's published max pods are not in the APIs: they stay as the dataset has
them (null for new types). Regions not asked for keep their prices. Nothing is written unless the
whole result passes the dataset's schema check.

Options:
  --regions <codes>  region codes, comma-separated or repeated (required)
  --data <folder>    the dataset to refresh, read and rewritten in place (default: data)
  -h, --help         this help

Credentials: read-only, from the AWS SDK's default chain (environment, AWS_PROFILE, SSO, instance
role), allowed these IAM actions:
${PERMISSION_LINES}

Exit codes:
  ${String(EXIT_CODES.ok)}  every region refreshed, files written
  ${String(EXIT_CODES.regionsFailed)}  some regions failed (reported on stderr) and kept their prices; the others were written
  ${String(EXIT_CODES.nothingWritten)}  nothing written: bad arguments, AWS refused the credentials or a permission, the
     advisor feed, the AmazonEKS offer index or the current dataset could not be read, or the
     result broke the schema`;

/** What the command line asks for. */
export interface RefreshArgs {
  /** `--help`: print {@link HELP} and do nothing else. */
  readonly help: boolean;
  /** Region codes, without repeats, sorted. */
  readonly regions: readonly string[];
  /** The dataset folder, read and rewritten. */
  readonly data: string;
}

/**
 * Parses `data:refresh`'s arguments.
 *
 * @throws with the reason when they are wrong (unknown option, no or bad region).
 */
export function parseRefreshArgs(args: readonly string[]): RefreshArgs {
  const { values } = parseArgs({
    args: [...args],
    options: {
      regions: { type: "string", multiple: true, default: [] },
      data: { type: "string", default: "data" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const regions = [
    ...new Set(values.regions.flatMap((list) => list.split(",").map((code) => code.trim())).filter(Boolean)),
  ].sort();
  if (!values.help && regions.length === 0)
    throw new Error("--regions is required, e.g. --regions us-east-1,eu-west-1");
  for (const region of regions) {
    if (!REGION_CODE.test(region)) throw new Error(`--regions: "${region}" is not a region code such as us-east-1`);
    if (region.startsWith("cn-")) throw new Error(`--regions: ${region}: China regions price in CNY, not USD`);
  }
  return { help: values.help, regions, data: values.data };
}
