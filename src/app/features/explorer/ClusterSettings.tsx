import { RESERVATION_PROFILES, type ReservationProfile } from "eksize";
import { regionCodes } from "virtual:eksize/region-prices";
import type { ReactNode } from "react";
import { useLocale, useT, type PlainMessageKey } from "../../i18n/index.js";
import { regionLabel } from "../../../present/region-names.js";
import { useExplorerStore } from "../../store/explorer-store.js";
import { setSiteRegion, useSiteRegion } from "../../store/site-region.js";
import { CurrencyFields } from "../../components/CurrencyFields.js";

/** A checkbox with its label and a one-line hint that names the real setting. */
function Toggle({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: PlainMessageKey;
  hint: PlainMessageKey;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): ReactNode {
  const t = useT();
  return (
    <div className="toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>{t(label)}</label>
      <span id={`${id}-hint`} className="hint">
        {t(hint)}
      </span>
    </div>
  );
}

/**
 * Region, VPC CNI mode and reservation profile: the settings every figure depends on. The region and
 * the currency are the site's: the planner's scenario has them too.
 */
export function ClusterSettings(): ReactNode {
  const t = useT();
  const locale = useLocale();
  const region = useSiteRegion();
  const prefixDelegation = useExplorerStore((state) => state.prefixDelegation);
  const customNetworking = useExplorerStore((state) => state.customNetworking);
  const uncapped = useExplorerStore((state) => state.uncapped);
  const profile = useExplorerStore((state) => state.profile);
  const setPrefixDelegation = useExplorerStore((state) => state.setPrefixDelegation);
  const setCustomNetworking = useExplorerStore((state) => state.setCustomNetworking);
  const setUncapped = useExplorerStore((state) => state.setUncapped);
  const setProfile = useExplorerStore((state) => state.setProfile);

  return (
    <section className="panel settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t("settings.heading")}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="setting-region">{t("settings.region")}</label>
          <select
            id="setting-region"
            value={region}
            onChange={(event) => {
              setSiteRegion(event.target.value);
            }}
          >
            {regionCodes.map((code) => (
              <option key={code} value={code}>
                {regionLabel(locale, code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="setting-profile">{t("settings.profile")}</label>
          <select
            id="setting-profile"
            value={profile}
            onChange={(event) => {
              setProfile(event.target.value as ReservationProfile);
            }}
          >
            {RESERVATION_PROFILES.map((name) => (
              <option key={name} value={name}>
                {t(`profile.${name}`)}
              </option>
            ))}
          </select>
        </div>
        <CurrencyFields idPrefix="setting" />
        <div className="toggles">
          <Toggle
            id="setting-prefix-delegation"
            label="settings.prefixDelegation"
            hint="settings.prefixDelegation.hint"
            checked={prefixDelegation}
            onChange={setPrefixDelegation}
          />
          <Toggle
            id="setting-custom-networking"
            label="settings.customNetworking"
            hint="settings.customNetworking.hint"
            checked={customNetworking}
            onChange={setCustomNetworking}
          />
          <Toggle
            id="setting-uncapped"
            label="settings.uncapped"
            hint="settings.uncapped.hint"
            checked={uncapped}
            onChange={setUncapped}
          />
        </div>
      </div>
    </section>
  );
}
