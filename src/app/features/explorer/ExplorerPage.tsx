import { instanceTypes, getRegionPricing } from "eksize/data";
import { useMemo, type ReactNode } from "react";
import { useExplorerSettings, useExplorerStore } from "../../store/explorer-store.js";
import { BreakdownPanel } from "./BreakdownPanel.js";
import { ClusterSettings } from "./ClusterSettings.js";
import { DataFreshness, FreshnessSummary } from "./DataFreshness.js";
import { ExplorerFilters } from "./ExplorerFilters.js";
import { toColumnFilters } from "./filters.js";
import { InstanceTable } from "./InstanceTable.js";
import { buildRows } from "./rows.js";

/**
 * The instance explorer: settings and filters, the table of every instance type, the breakdown of
 * the selected one, and the age of the data.
 *
 * Rows are computed once per region and CNI/profile setting (1,420 × `kubeletMaxPods` +
 * `allocatable`), not per render or scroll; the column filters change only when a filter's valid
 * value changes.
 */
export function ExplorerPage(): ReactNode {
  const settings = useExplorerSettings();
  const name = useExplorerStore((state) => state.filters.name);
  const family = useExplorerStore((state) => state.filters.family);
  const architecture = useExplorerStore((state) => state.filters.architecture);
  const appliedRanges = useExplorerStore((state) => state.appliedRanges);

  const rows = useMemo(() => buildRows(instanceTypes, getRegionPricing(settings.region), settings), [settings]);
  const columnFilters = useMemo(
    () => toColumnFilters({ name, family, architecture }, appliedRanges),
    [name, family, architecture, appliedRanges],
  );

  return (
    <>
      <div className="controls">
        <ClusterSettings />
        <ExplorerFilters />
      </div>
      <FreshnessSummary />
      <div className="workspace">
        <InstanceTable rows={rows} columnFilters={columnFilters} />
        <BreakdownPanel />
      </div>
      <DataFreshness />
    </>
  );
}
