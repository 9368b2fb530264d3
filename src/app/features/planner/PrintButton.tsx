import type { ReactNode } from "react";
import { useT } from "../../i18n/index.js";

/** Opens the browser's print dialog; `PrintReport` readies the page on `beforeprint`. */
export function PrintButton(): ReactNode {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() => {
        window.print();
      }}
    >
      {t("report.print")}
    </button>
  );
}
