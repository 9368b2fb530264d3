import type { ReactNode } from "react";
import { useT } from "../../i18n/index.js";

/** The headroom the needed sizes leave above the demand: a page setting, not part of the scenario. */
export function HeadroomField({ value, onChange }: { value: string; onChange: (value: string) => void }): ReactNode {
  const t = useT();
  const invalid = parseHeadroom(value) === null;
  return (
    <div className="field">
      <label htmlFor="network-headroom">{t("network.headroom")}</label>
      <span className="input-unit">
        <input
          id="network-headroom"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? "network-headroom-error" : undefined}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        <span className="unit" aria-hidden="true">
          %
        </span>
      </span>
      {invalid && (
        <span id="network-headroom-error" className="field-error">
          {t("network.headroom.invalid")}
        </span>
      )}
    </div>
  );
}

/** A headroom as typed: a number from 0 to 1000, else null. */
export function parseHeadroom(value: string): number | null {
  const trimmed = value.trim();
  const parsed = Number(trimmed);
  return trimmed !== "" && Number.isFinite(parsed) && parsed >= 0 && parsed <= 1000 ? parsed : null;
}
