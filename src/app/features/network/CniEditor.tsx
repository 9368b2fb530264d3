import type { ReactNode } from "react";
import { InputField } from "../../components/FormFields.js";
import { useT } from "../../i18n/index.js";
import { usePlannerStore, type CniDraft } from "../../store/planner-store.js";

/** The warm-pool settings in the order shown, and whether empty means unset. */
const CNI_FIELDS = [
  { key: "warmEniTarget", nullable: false },
  { key: "warmIpTarget", nullable: true },
  { key: "minimumIpTarget", nullable: true },
  { key: "warmPrefixTarget", nullable: false },
  { key: "maxEni", nullable: true },
] as const satisfies readonly { key: keyof CniDraft; nullable: boolean }[];

/** The VPC CNI's warm-pool settings. */
export function CniEditor(): ReactNode {
  const t = useT();
  const cni = usePlannerStore((state) => state.draft.network.cni);
  const updateCni = usePlannerStore((state) => state.updateCni);
  return (
    <section className="panel editor" aria-labelledby="cni-heading">
      <h3 id="cni-heading">{t("network.cni.heading")}</h3>
      <p className="hint">{t("network.cni.hint")}</p>
      <div className="field-grid">
        {CNI_FIELDS.map(({ key, nullable }) => (
          <InputField
            key={key}
            id={`network-cni-${key}`}
            label={t(`network.cni.${key}`)}
            path={`network.cni.${key}`}
            value={cni[key]}
            placeholder={nullable ? t("network.cni.unset") : undefined}
            onChange={(value) => {
              updateCni({ [key]: value });
            }}
          />
        ))}
      </div>
    </section>
  );
}
