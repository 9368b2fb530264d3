import { instanceTypes } from "eksize/data";
import { useMemo, useState, type ReactNode } from "react";
import { PricesStatus } from "../../components/PricesStatus.js";
import { useExplorerAddress } from "../../store/explorer-address.js";
import { useExplorerSettings, useExplorerStore } from "../../store/explorer-store.js";
import { AddressNotice } from "./AddressNotice.js";
import { useRegionPricing } from "../../store/region-pricing-store.js";
import { BreakdownPanel } from "./BreakdownPanel.js";
import { ClusterSettings } from "./ClusterSettings.js";
import { DataFreshness, FreshnessSummary } from "./DataFreshness.js";
import { ExplorerFilters } from "./ExplorerFilters.js";
import { toColumnFilters } from "../../../present/explorer/filters.js";
import { InstanceTable } from "./InstanceTable.js";
import { buildRows } from "../../../present/explorer/rows.js";

/**
 * The instance explorer: settings and filters, the table of every instance type, the breakdown of
 * the selected one, and the age of the data. Its view is in its address (explorer-address.ts); what
 * an address held that could not be used is listed first.
 *
 * Rows are computed once per region and CNI/profile setting (1,420 × `kubeletMaxPods` +
 * `allocatable`), not per render or scroll; the column filters change only when a filter's valid
 * value changes. While a newly chosen region's prices load, the table keeps the rows it shows
 * (rather than flashing every price as unknown) under a "loading" status.
 */
export function ExplorerPage(): ReactNode {
  useExplorerAddress();
  const settings = useExplorerSettings();
  const name = useExplorerStore((state) => state.filters.name);
  const family = useExplorerStore((state) => state.filters.family);
  const architecture = useExplorerStore((state) => state.filters.architecture);
  const appliedRanges = useExplorerStore((state) => state.appliedRanges);

  const { pricing, status } = useRegionPricing(settings.region);
  const rows = useMemo(
    () => (status === "loading" ? null : buildRows(instanceTypes, pricing, settings)),
    [status, pricing, settings],
  );
  // The last rows computed with loaded prices (state adjusted while rendering, as React documents
  // for values derived from changing inputs).
  const [shownRows, setShownRows] = useState(rows);
  if (rows !== null && rows !== shownRows) setShownRows(rows);
  const columnFilters = useMemo(
    () => toColumnFilters({ name, family, architecture }, appliedRanges),
    [name, family, architecture, appliedRanges],
  );

  return (
    <>
      <AddressNotice />
      <div className="controls">
        <ClusterSettings />
        <ExplorerFilters />
      </div>
      <PricesStatus region={settings.region} status={status} />
      <FreshnessSummary />
      <div className="workspace">
        {shownRows !== null && <InstanceTable rows={rows ?? shownRows} columnFilters={columnFilters} />}
        <BreakdownPanel />
      </div>
      <DataFreshness />
    </>
  );
}
