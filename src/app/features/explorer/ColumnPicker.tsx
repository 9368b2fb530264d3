import type { ReactNode } from "react";
import { translateComputed, useT } from "../../i18n/index.js";
import { useExplorerStore } from "../../store/explorer-store.js";
import { useFormatters } from "../../use-formatters.js";
import { ALWAYS_SHOWN_COLUMN, EXPLORER_COLUMNS } from "../../../present/explorer/column-ids.js";

/**
 * The column picker: a checkbox per column of the instance table, behind a disclosure that says how
 * many are shown. The name column is always shown (its checkbox is ticked and cannot be cleared);
 * the choice is kept in the explorer's address.
 */
export function ColumnPicker(): ReactNode {
  const t = useT();
  const format = useFormatters();
  const hidden = useExplorerStore((state) => state.hiddenColumns);
  const setColumnShown = useExplorerStore((state) => state.setColumnShown);
  return (
    <details className="column-picker">
      <summary id="column-picker-label">
        {t("columns.label")}{" "}
        <span className="column-count">
          {t("columns.count", {
            shown: format.integer(EXPLORER_COLUMNS.length - hidden.length),
            total: format.integer(EXPLORER_COLUMNS.length),
          })}
        </span>
      </summary>
      <div className="column-choices" role="group" aria-labelledby="column-picker-label">
        {EXPLORER_COLUMNS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={!hidden.includes(id)}
              disabled={id === ALWAYS_SHOWN_COLUMN}
              onChange={(event) => {
                setColumnShown(id, event.target.checked);
              }}
            />
            {/* Money columns name the display currency ("$/hour", "시간당 요금(원)"). */}
            {translateComputed(t, `col.${id}`, { currency: t(`currency.unit.${format.currency}`) })}
          </label>
        ))}
      </div>
    </details>
  );
}
