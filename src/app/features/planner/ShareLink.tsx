/**
 * The planner's share link: the Copy link button (with a read-only field to copy by hand when the
 * clipboard cannot be used), the banner of a link that could not be opened, and the notice of a
 * link made with older data.
 */
import { MAX_LINK_LENGTH, type Scenario } from "eksize";
import { dataDate } from "eksize/data";
import { useState, type ReactNode } from "react";
import { useT } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";
import { isOlderData, writeShareLinkNow } from "../../store/share-link.js";
import { useFormatters } from "../../use-formatters.js";
import { IssueList } from "../../components/IssueList.js";

/** Copies the link of the last valid scenario. */
export function CopyLinkButton(): ReactNode {
  const t = useT();
  const format = useFormatters();
  const scenario = usePlannerStore((state) => state.scenario);
  // The scenario whose link was copied: the status says "copied" only until the next change.
  const [copied, setCopied] = useState<Scenario | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  // The length of the last scenario too large for a link, while it is the current one.
  const [tooLong, setTooLong] = useState<{ scenario: Scenario; length: number } | null>(null);

  const copy = async (): Promise<void> => {
    const written = writeShareLinkNow();
    if (!written.fits) {
      setCopied(null);
      setManual(null);
      setTooLong({ scenario: usePlannerStore.getState().scenario, length: written.length });
      return;
    }
    setTooLong(null);
    const href = window.location.href;
    const copiedScenario = usePlannerStore.getState().scenario;
    try {
      if (!("clipboard" in navigator)) throw new Error("no clipboard");
      await navigator.clipboard.writeText(href);
      setManual(null);
      setCopied(copiedScenario);
    } catch {
      setCopied(null);
      setManual(href);
    }
  };

  return (
    <div className="share">
      <button
        type="button"
        onClick={() => {
          void copy();
        }}
      >
        {t("share.copy")}
      </button>
      <span role="status" className="share-status">
        {copied !== null && copied === scenario ? t("share.copied") : ""}
        {tooLong !== null && tooLong.scenario === scenario
          ? t("share.tooLong", { length: format.integer(tooLong.length), maximum: format.integer(MAX_LINK_LENGTH) })
          : ""}
      </span>
      {manual !== null && (
        <label className="share-manual">
          {t("share.manual")}
          <input
            type="text"
            readOnly
            value={manual}
            ref={(input) => {
              input?.select();
            }}
          />
        </label>
      )}
    </div>
  );
}

/** The banner of a share link that could not be opened: every issue, and that the scenario was kept. */
export function BrokenLinkBanner(): ReactNode {
  const t = useT();
  const issues = usePlannerStore((state) => state.linkIssues);
  const dismiss = usePlannerStore((state) => state.dismissLinkIssues);
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="notice link-banner">
      <p>
        <strong>{t("share.broken")}</strong> {t("share.kept")}
      </p>
      <IssueList issues={issues} />
      <button type="button" onClick={dismiss}>
        {t("share.dismiss")}
      </button>
    </div>
  );
}

/** The notice of a link made with data older than the data shown. */
export function OlderDataNotice(): ReactNode {
  const t = useT();
  const linkDate = usePlannerStore((state) => state.linkDataDate);
  if (linkDate === null || dataDate === null || !isOlderData(linkDate, dataDate)) return null;
  return (
    <p className="notice link-data-date" role="note">
      {t("share.olderData", { linkDate, dataDate })}
    </p>
  );
}
