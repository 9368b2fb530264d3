import { parseJson, type SpotAdvisorFeed } from "../upstream.js";

/** AWS's public Spot Instance Advisor feed: savings and interruption buckets by region and type. */
export const SPOT_ADVISOR_URL = "https://spot-bid-advisor.s3.amazonaws.com/spot-advisor-data.json";

/**
 * Fetches and parses the Spot Instance Advisor feed ({@link SPOT_ADVISOR_URL}; no credentials needed).
 *
 * @param fetchFeed `fetch`, or a stand-in for tests.
 * @throws when the feed cannot be fetched or is not the advisor's JSON.
 */
export async function fetchSpotAdvisorFeed(fetchFeed: typeof fetch): Promise<SpotAdvisorFeed> {
  let response: Response;
  try {
    response = await fetchFeed(SPOT_ADVISOR_URL);
  } catch (error) {
    throw new Error(`could not fetch the Spot Instance Advisor feed ${SPOT_ADVISOR_URL}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new Error(`the Spot Instance Advisor feed ${SPOT_ADVISOR_URL} answered HTTP ${String(response.status)}`);
  }
  const feed = parseJson(SPOT_ADVISOR_URL, await response.text());
  const advice = (feed as { spot_advisor?: unknown } | null)?.spot_advisor;
  if (typeof advice !== "object" || advice === null) throw new Error(`${SPOT_ADVISOR_URL}: no "spot_advisor" object`);
  return feed as SpotAdvisorFeed;
}
