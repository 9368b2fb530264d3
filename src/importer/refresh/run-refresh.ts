import { serializeDataset } from "../write-dataset.js";
import { writeDataFolder } from "../write-folder.js";
import type { AwsClients } from "./aws-clients.js";
import { fetchAutoModeFees, fetchEksOfferIndex } from "./auto-mode-fees.js";
import { AwsCallError, describeError } from "./aws-errors.js";
import { EXIT_CODES, HELP, parseRefreshArgs, PERMISSION_LINES, type RefreshArgs } from "./cli-args.js";
import { controlPlaneTierPrices, type TierPrices } from "./control-plane-tier-prices.js";
import { readDataFolder } from "./current-dataset.js";
import { describeInstanceTypes } from "./describe-instance-types.js";
import { onDemandPrices } from "./on-demand-prices.js";
import { refreshDataset, type RegionAnswers } from "./refresh-dataset.js";
import { fetchSpotAdvisorFeed } from "./spot-advisor-feed.js";
import { spotPrices } from "./spot-price-history.js";

/** Everything `data:refresh` reaches outside itself; the CLI passes the real ones, tests their stand-ins. */
export interface RefreshEnvironment {
  readonly clients: AwsClients;
  /** Fetches the Spot Instance Advisor feed and the Price List's AmazonEKS offer files. */
  readonly fetch: typeof fetch;
  /** The clock: the refresh date and the moment Spot prices are asked for. */
  readonly now: () => Date;
  /** The summary of what was written. */
  readonly stdout: (text: string) => void;
  /** Progress, skipped regions and errors. */
  readonly stderr: (text: string) => void;
}

/**
 * `data:refresh` (see {@link HELP}): refreshes the dataset folder from AWS for the regions asked.
 * Never throws: every outcome is an exit code ({@link EXIT_CODES}) and lines on stdout or stderr.
 */
export async function runRefresh(args: readonly string[], env: RefreshEnvironment): Promise<number> {
  let options: RefreshArgs;
  try {
    options = parseRefreshArgs(args);
  } catch (error) {
    env.stderr(`data:refresh: ${(error as Error).message}\nRun with --help for the usage.`);
    return EXIT_CODES.nothingWritten;
  }
  if (options.help) {
    env.stdout(HELP);
    return EXIT_CODES.ok;
  }
  try {
    return await refresh(options, env);
  } catch (error) {
    env.stderr(
      error instanceof AwsCallError && error.refused
        ? `data:refresh: AWS refused ${error.action} for ${error.region} (${describeError(error.cause)}).\n` +
            `The refresh needs read-only credentials allowed these IAM actions:\n${PERMISSION_LINES}\nNothing was written.`
        : `data:refresh: ${(error as Error).message}\nNothing was written.`,
    );
    return EXIT_CODES.nothingWritten;
  }
}

async function refresh(options: RefreshArgs, env: RefreshEnvironment): Promise<number> {
  const current = readDataFolder(options.data);
  const feed = await fetchSpotAdvisorFeed(env.fetch);
  const eksOffers = await fetchEksOfferIndex(env.fetch);
  const at = env.now();
  const answers: RegionAnswers[] = [];
  const failed: string[] = [];
  for (const region of options.regions) {
    try {
      const answer = await askRegion(env, region, at, eksOffers[region]);
      answers.push(answer);
      const fees = answer.autoModeFees;
      env.stderr(
        `data:refresh: ${region}: instance types ${String(answer.instanceTypes.length)}, ` +
          `on-demand prices ${String(Object.keys(answer.onDemand).length)}, Spot prices ${String(Object.keys(answer.spot).length)}, ` +
          (fees === null
            ? "Auto Mode fees estimated (the AmazonEKS offer index lists no file for the region)"
            : `Auto Mode fees ${String(Object.keys(fees.fees).length)} (published ${fees.publicationDate})`),
      );
    } catch (error) {
      if (error instanceof AwsCallError && error.refused) throw error;
      failed.push(region);
      env.stderr(`data:refresh: ${region} skipped, its prices stay as they were: ${(error as Error).message}`);
    }
  }
  if (answers.length === 0) {
    env.stderr("data:refresh: no region could be refreshed; nothing was written.");
    return EXIT_CODES.regionsFailed;
  }
  const tierPrices = await askTierPrices(env);
  const { dataset, incomplete } = refreshDataset(current, answers, feed, at.toISOString().slice(0, 10), tierPrices);
  for (const name of incomplete) {
    env.stderr(`data:refresh: ${name} left out: EC2 gave no ENI or IPv4 limits for this type, which the data lacks`);
  }
  const files = serializeDataset(dataset);
  writeDataFolder(options.data, files);
  env.stdout(
    `wrote ${Object.keys(files).join(", ")} to ${options.data}: refreshed ${answers.map((answer) => answer.region).join(", ")}` +
      (failed.length > 0 ? `; failed ${failed.join(", ")}` : ""),
  );
  return failed.length > 0 ? EXIT_CODES.regionsFailed : EXIT_CODES.ok;
}

/**
 * The control plane tiers' prices (once, for us-east-1, whatever the regions): a failure leaves the
 * dataset's prices as they were and says so; AWS refusing the credentials stops the refresh.
 */
async function askTierPrices(env: RefreshEnvironment): Promise<TierPrices> {
  try {
    const prices = await controlPlaneTierPrices(env.clients.pricing());
    env.stderr(`data:refresh: control plane tier prices ${String(Object.keys(prices).length)}`);
    return prices;
  } catch (error) {
    if (error instanceof AwsCallError && error.refused) throw error;
    env.stderr(`data:refresh: control plane tier prices skipped, they stay as they were: ${(error as Error).message}`);
    return {};
  }
}

/**
 * Asks the three APIs and the region's AmazonEKS offer file (`offerUrl`, none when the index lists
 * none) about one region at once; when calls fail, the first failure in this order is thrown.
 */
async function askRegion(
  env: Pick<RefreshEnvironment, "clients" | "fetch">,
  region: string,
  at: Date,
  offerUrl: string | undefined,
): Promise<RegionAnswers> {
  const { clients } = env;
  const ec2 = clients.ec2(region);
  const [instanceTypes, onDemand, spot, autoModeFees] = await Promise.allSettled([
    describeInstanceTypes(ec2, region),
    onDemandPrices(clients.pricing(), region),
    spotPrices(ec2, region, at),
    offerUrl === undefined ? Promise.resolve(null) : fetchAutoModeFees(env.fetch, offerUrl),
  ]);
  for (const result of [instanceTypes, onDemand, spot, autoModeFees]) {
    if (result.status === "rejected") throw result.reason;
  }
  return {
    region,
    instanceTypes: (instanceTypes as PromiseFulfilledResult<RegionAnswers["instanceTypes"]>).value,
    onDemand: (onDemand as PromiseFulfilledResult<RegionAnswers["onDemand"]>).value,
    spot: (spot as PromiseFulfilledResult<RegionAnswers["spot"]>).value,
    autoModeFees: (autoModeFees as PromiseFulfilledResult<RegionAnswers["autoModeFees"]>).value,
  };
}
