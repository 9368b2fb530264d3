/**
 * The network page: the cluster's VPC CNI warm-pool settings and subnets, edited through the planner
 * store (so they travel in share links and autosave once set), and for the last valid scenario the
 * addresses each availability zone and node group takes, the subnet advice and fit, the effect of
 * setting changes, and a chart of each zone's addresses.
 */
import { DEFAULT_HEADROOM_PERCENT } from "eksize";
import { useState, type ReactNode } from "react";
import { ValidityNotice } from "../../components/ValidityNotice.js";
import { useT } from "../../i18n/index.js";
import { CniEditor } from "./CniEditor.js";
import { HeadroomField, parseHeadroom } from "./HeadroomField.js";
import { NetworkResults } from "./NetworkResults.js";
import { SubnetsEditor } from "./SubnetsEditor.js";

/** The network page. */
export function NetworkPage(): ReactNode {
  const t = useT();
  const [headroom, setHeadroom] = useState(String(DEFAULT_HEADROOM_PERCENT));
  const [lastHeadroom, setLastHeadroom] = useState(DEFAULT_HEADROOM_PERCENT);
  return (
    <div className="planner network">
      <section className="editors" aria-labelledby="network-heading">
        <h2 id="network-heading">{t("network.heading")}</h2>
        <p className="hint">{t("network.intro")}</p>
        <CniEditor />
        <SubnetsEditor />
      </section>
      <section className="results" id="network-results" aria-labelledby="network-results-heading" tabIndex={-1}>
        <h2 id="network-results-heading">{t("network.results.heading")}</h2>
        <ValidityNotice />
        <HeadroomField
          value={headroom}
          onChange={(value) => {
            setHeadroom(value);
            const parsed = parseHeadroom(value);
            if (parsed !== null) setLastHeadroom(parsed);
          }}
        />
        <NetworkResults headroomPercent={lastHeadroom} />
      </section>
    </div>
  );
}
