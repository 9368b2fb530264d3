import type { Currency } from "eksize";
import type { ReactNode } from "react";
import { useT } from "../i18n/index.js";
import { usePlannerStore } from "../store/planner-store.js";
import { useFormatters } from "../use-formatters.js";
import { InputField, SelectField } from "./FormFields.js";

/**
 * The currency money is shown in (a setting of the scenario, so links carry it) and, for KRW, the
 * user's rate in won per US dollar. Prices stay in USD underneath: AWS bills in USD.
 */
export function CurrencyFields({ idPrefix }: { idPrefix: string }): ReactNode {
  const t = useT();
  const currency = usePlannerStore((state) => state.draft.cluster.currency);
  const krwPerUsd = usePlannerStore((state) => state.draft.cluster.krwPerUsd);
  const update = usePlannerStore((state) => state.updateCluster);
  return (
    <>
      <SelectField<Currency>
        id={`${idPrefix}-currency`}
        label={t("currency.label")}
        path="currency"
        value={currency}
        options={[
          { value: "USD", label: t("currency.USD") },
          { value: "KRW", label: t("currency.KRW") },
        ]}
        onChange={(value) => {
          update({ currency: value });
        }}
      />
      {currency === "KRW" && (
        <InputField
          id={`${idPrefix}-krw-per-usd`}
          label={t("currency.rate")}
          path="krwPerUsd"
          unit="₩/$"
          value={krwPerUsd}
          onChange={(value) => {
            update({ krwPerUsd: value });
          }}
        />
      )}
    </>
  );
}

/** Says that money is shown in KRW at the user's rate; nothing for USD. */
export function CurrencyNote(): ReactNode {
  const t = useT();
  const format = useFormatters();
  const currency = usePlannerStore((state) => state.scenario.currency);
  const krwPerUsd = usePlannerStore((state) => state.scenario.krwPerUsd);
  if (currency !== "KRW") return null;
  return <p className="hint currency-note">{t("currency.note", { rate: format.decimal(krwPerUsd, 2) })}</p>;
}
