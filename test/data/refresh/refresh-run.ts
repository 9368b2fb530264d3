import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { InstanceType } from "eksize";
import { EKS_OFFER_INDEX_URL } from "../../../src/importer/refresh/auto-mode-fees.js";
import { runRefresh } from "../../../src/importer/refresh/run-refresh.js";
import { SPOT_ADVISOR_URL } from "../../../src/importer/refresh/spot-advisor-feed.js";
import { advisorFeed, eksOfferIndex, eksOfferPath, fetchAnswering, scriptedAws, type Script } from "./aws-answers.js";
import { fakeAws, type FakeCall } from "./fake-aws.js";

/** The project's `data/` folder (read only: every refresh here runs on a copy). */
export const dataFolder = fileURLToPath(new URL("../../../data", import.meta.url));

/** The clock of every test refresh. */
export const NOW = new Date("2026-11-28T09:30:00Z");

/** Every file of a folder by name, as text (not its subfolders, such as `data/upstream`). */
export function readFolder(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [entry.name, readFileSync(join(folder, entry.name), "utf8")]),
  );
}

/** The committed dataset's instance types, by name. */
export const committedTypes = new Map(
  (JSON.parse(readFileSync(join(dataFolder, "instance-types.json"), "utf8")) as { instanceTypes: InstanceType[] })
    .instanceTypes.map((type) => [type.name, type]),
);

/** One instance type of the committed dataset. */
export function committedType(name: string): InstanceType {
  const type = committedTypes.get(name);
  if (type === undefined) throw new Error(`the committed dataset has no ${name}`);
  return type;
}

/** What one test refresh did. */
export interface RefreshRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The dataset folder afterwards, by file name. */
  readonly files: Record<string, string>;
  /** The requests the fake AWS received, in order. */
  readonly calls: FakeCall[];
  /** The URLs fetched. */
  readonly fetched: string[];
}

/**
 * What a test refresh starts from; each defaults to the committed data, an empty feed, an AmazonEKS
 * offer index without regions and {@link NOW}.
 */
export interface RefreshSetup {
  /** The advisor feed's Linux entries by region. */
  readonly feed?: Parameters<typeof advisorFeed>[0];
  /** The AmazonEKS offer files by region (the index lists these regions). */
  readonly eksOffers?: Readonly<Record<string, string>>;
  /** Fetches the feed and the offers instead (to fail them). */
  readonly fetch?: typeof fetch;
  /** The dataset folder's files before the refresh. */
  readonly files?: Readonly<Record<string, string>>;
  readonly now?: Date;
}

/**
 * Runs `data:refresh` with `args` (plus `--data <a temporary folder>`) against the fake AWS answering
 * `script`.
 */
export async function refreshWith(
  args: readonly string[],
  script: Script,
  setup: RefreshSetup = {},
): Promise<RefreshRun> {
  const folder = mkdtempSync(join(tmpdir(), "eksize-refresh-"));
  try {
    for (const [name, text] of Object.entries(setup.files ?? readFolder(dataFolder))) writeFileSync(join(folder, name), text);
    const { clients, calls } = fakeAws(scriptedAws(script));
    const offers = setup.eksOffers ?? {};
    const fetchFeed =
      setup.fetch ??
      fetchAnswering({
        [SPOT_ADVISOR_URL]: advisorFeed(setup.feed ?? {}),
        [EKS_OFFER_INDEX_URL]: eksOfferIndex(Object.keys(offers)),
        ...Object.fromEntries(
          Object.entries(offers).map(([region, text]) => [new URL(eksOfferPath(region), EKS_OFFER_INDEX_URL).toString(), text]),
        ),
      });
    const stdout: string[] = [];
    const stderr: string[] = [];
    const exitCode = await runRefresh([...args, "--data", folder], {
      clients,
      fetch: fetchFeed,
      now: () => setup.now ?? NOW,
      stdout: (text) => stdout.push(text),
      stderr: (text) => stderr.push(text),
    });
    const fetched = "urls" in fetchFeed ? (fetchFeed.urls as string[]) : [];
    return { exitCode, stdout: stdout.join("\n"), stderr: stderr.join("\n"), files: readFolder(folder), calls, fetched };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The block of one region in a `prices.json` text: its header line and its rows. */
export function regionBlock(pricesJson: string, region: string): string {
  const start = pricesJson.indexOf(`\n"${region}":{`);
  if (start < 0) throw new Error(`no region ${region} in prices.json`);
  const end = pricesJson.indexOf("\n}}", start);
  return pricesJson.slice(start + 1, end + 3);
}

/**
 * A row of `prices.json`: on-demand and Spot USD per hour, savings percent, interruption bucket, and
 * the Auto Mode fee (USD per hour published, `true` estimated, or none).
 */
export type PriceRow = [number | null, number | null, number | null, number | null, number | true | null];

/** The rows of one region in a `prices.json` text, by type. */
export function regionRows(pricesJson: string, region: string): Record<string, PriceRow> {
  const prices = JSON.parse(pricesJson) as { regions: Record<string, { instances: Record<string, PriceRow> }> };
  return prices.regions[region]?.instances ?? {};
}

/** One instance type's record in an `instance-types.json` text. */
export function typeRecord(instanceTypesJson: string, name: string): InstanceType | undefined {
  return (JSON.parse(instanceTypesJson) as { instanceTypes: InstanceType[] }).instanceTypes.find(
    (type) => type.name === name,
  );
}
