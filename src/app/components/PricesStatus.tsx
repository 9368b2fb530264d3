import type { ReactNode } from "react";
import { useRegionName, useT } from "../i18n/index.js";
import { retryRegion, type PricingStatus } from "../store/region-pricing-store.js";
import { RegionText } from "./RegionText.js";

/**
 * What shows in place of figures while a region's prices load, or after they failed to (with a
 * button to try again). Nothing when they are ready.
 */
export function PricesStatus({ region, status }: { region: string; status: PricingStatus }): ReactNode {
  const t = useT();
  const name = useRegionName(region);
  if (status === "ready") return null;
  if (status === "loading") {
    return (
      <p role="status" className="prices-status">
        <RegionText text={t("prices.loading", { region: name })} code={region} />
      </p>
    );
  }
  return (
    <div role="alert" className="notice prices-status">
      <p>
        <RegionText text={t("prices.failed", { region: name })} code={region} />
      </p>
      <button
        type="button"
        onClick={() => {
          void retryRegion(region);
        }}
      >
        {t("prices.retry")}
      </button>
    </div>
  );
}
