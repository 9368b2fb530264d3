/**
 * Reads `eks-control-plane-tiers.json` (transcribed: the EKS user guide's tier limits, and the tier
 * prices and 8XL limits that only secondary sources give) into the dataset's
 * `services.eksControlPlane.tiers`.
 */
import {
  CONTROL_PLANE_TIERS,
  type ControlPlaneTier,
  type ControlPlaneTierRates,
  type FigureConfidence,
} from "../core/catalog/control-plane-tiers.js";
import { parseJson } from "./upstream.js";

/** The source id of the published figures (the user guide's limits, Standard's price). */
export const TIER_SOURCE = "controlPlaneTiers";
/** The source id of the estimated figures (the Provisioned tiers' prices, 8XL's limits). */
export const TIER_ESTIMATE_SOURCE = "controlPlaneTierEstimates";

interface LimitsRecord {
  apiSeats: number | null;
  podsPerSecond_1_28_to_1_29: number | null;
  podsPerSecond_1_30_and_later: number | null;
  etcdGB: number | null;
}

interface Block<T> {
  confidence: FigureConfidence;
  asOf: string;
  tiers: Partial<Record<ControlPlaneTier, T>>;
}

/** The parts of `eks-control-plane-tiers.json` the importer reads. */
interface TierFile {
  limits: Block<LimitsRecord>;
  estimatedLimits: Block<LimitsRecord>;
  prices: Record<
    "standard" | "provisioned",
    { confidence: FigureConfidence; asOf: string; usdPerClusterHour: Partial<Record<ControlPlaneTier, number>> }
  >;
}

/** The tiers and the dates of their two sources. */
export interface TierData {
  readonly tiers: Record<ControlPlaneTier, ControlPlaneTierRates>;
  /** `asOf` of {@link TIER_SOURCE} and {@link TIER_ESTIMATE_SOURCE}. */
  readonly dates: Readonly<Record<typeof TIER_SOURCE | typeof TIER_ESTIMATE_SOURCE, string>>;
}

const sourceOf = (confidence: FigureConfidence) => (confidence === "published" ? TIER_SOURCE : TIER_ESTIMATE_SOURCE);

/**
 * Every tier of {@link CONTROL_PLANE_TIERS} with its price and limits, each with the source id of its
 * confidence. Throws, naming the file and the tier, when a tier has no limits or no price.
 */
export function readControlPlaneTiers(fileName: string, text: string): TierData {
  const file = parseJson(fileName, text) as TierFile;
  const tiers = Object.fromEntries(
    CONTROL_PLANE_TIERS.map((tier): [ControlPlaneTier, ControlPlaneTierRates] => {
      const limitsBlock = [file.limits, file.estimatedLimits].find((block) => block.tiers[tier] !== undefined);
      const priceBlock = [file.prices.standard, file.prices.provisioned].find(
        (block) => block.usdPerClusterHour[tier] !== undefined,
      );
      const limits = limitsBlock?.tiers[tier];
      const price = priceBlock?.usdPerClusterHour[tier];
      if (limits === undefined || price === undefined || limitsBlock === undefined || priceBlock === undefined) {
        throw new Error(`${fileName}: ${tier} has no ${limits === undefined ? "limits" : "price"}`);
      }
      return [
        tier,
        {
          usdPerHour: price,
          price: { confidence: priceBlock.confidence, source: sourceOf(priceBlock.confidence) },
          apiSeats: limits.apiSeats,
          podsPerSecondBefore130: limits.podsPerSecond_1_28_to_1_29,
          podsPerSecond: limits.podsPerSecond_1_30_and_later,
          etcdGB: limits.etcdGB,
          limits: { confidence: limitsBlock.confidence, source: sourceOf(limitsBlock.confidence) },
        },
      ];
    }),
  ) as Record<ControlPlaneTier, ControlPlaneTierRates>;
  return { tiers, dates: { [TIER_SOURCE]: file.limits.asOf, [TIER_ESTIMATE_SOURCE]: file.prices.provisioned.asOf } };
}
