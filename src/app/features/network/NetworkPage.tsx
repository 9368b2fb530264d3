/**
 * The network page: the cluster's VPC CNI warm-pool settings and subnets, edited through the planner
 * store (so they travel in share links and autosave once set), and for the last valid scenario the
 * addresses each availability zone and node group takes, the subnet advice and fit, the effect of
 * setting changes, and a chart of each zone's addresses.
 */
import {
  adviseSubnets,
  DEFAULT_HEADROOM_PERCENT,
  planCluster,
  type AddressMode,
  type NetworkChange,
  type RoleAdvice,
  type SettingEffect,
  type SubnetAdvice,
  type SubnetRole,
} from "eksize";
import { lazy, Suspense, useMemo, useState, type ReactNode } from "react";
import { PricesStatus } from "../../components/PricesStatus.js";
import type { Formatters } from "../../../present/format.js";
import { useT, type Translate } from "../../i18n/index.js";
import { usePlannerStore, type CniDraft } from "../../store/planner-store.js";
import { useCatalog } from "../../store/region-pricing-store.js";
import { useFormatters } from "../../use-formatters.js";
import { ChartErrorBoundary } from "../../components/ChartErrorBoundary.js";
import { InputField, SelectField } from "../../components/FormFields.js";
import { documentMessage } from "../../components/issue-messages.js";
import { IssueList } from "../../components/IssueList.js";
import { ValidityNotice } from "../../components/ValidityNotice.js";
import { zoneName, zoneSplits } from "./zone-split.js";

const NetworkChart = lazy(() => import("./NetworkChart.js"));

/** The warm-pool settings in the order shown, and whether empty means unset. */
const CNI_FIELDS = [
  { key: "warmEniTarget", nullable: false },
  { key: "warmIpTarget", nullable: true },
  { key: "minimumIpTarget", nullable: true },
  { key: "warmPrefixTarget", nullable: false },
  { key: "maxEni", nullable: true },
] as const satisfies readonly { key: keyof CniDraft; nullable: boolean }[];

/** Environment variable names of the settings, for the effects' wording. */
const ENV_NAMES = {
  warmEniTarget: "WARM_ENI_TARGET",
  warmIpTarget: "WARM_IP_TARGET",
  minimumIpTarget: "MINIMUM_IP_TARGET",
  warmPrefixTarget: "WARM_PREFIX_TARGET",
  maxEni: "MAX_ENI",
} as const;

/** The VPC CNI's warm-pool settings. */
function CniEditor(): ReactNode {
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

/** The subnets the cluster has: zone, CIDR, addresses already used, role. */
function SubnetsEditor(): ReactNode {
  const t = useT();
  const subnets = usePlannerStore((state) => state.draft.network.subnets);
  const updateSubnet = usePlannerStore((state) => state.updateSubnet);
  const addSubnet = usePlannerStore((state) => state.addSubnet);
  const removeSubnet = usePlannerStore((state) => state.removeSubnet);
  const cellLabel = (field: string, row: number) => t("planner.cellLabel", { field, row: String(row) });
  const roles = (["node", "pod"] as const).map((role) => ({ value: role, label: t(`network.role.${role}`) }));
  return (
    <section className="panel editor" aria-labelledby="subnets-heading">
      <h3 id="subnets-heading">{t("network.subnets.heading")}</h3>
      <p className="hint">{t("network.subnets.hint")}</p>
      {subnets.length > 0 && (
        <div className="edit-scroll" role="region" aria-labelledby="subnets-heading" tabIndex={0}>
          <table className="edit-table">
            <thead>
              <tr>
                <th scope="col">{t("network.subnet.availabilityZone")}</th>
                <th scope="col">{t("network.subnet.cidr")}</th>
                <th scope="col">{t("network.subnet.used")}</th>
                <th scope="col">{t("network.subnet.role")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("planner.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {subnets.map((subnet, index) => {
                const path = `network.subnets.${index}`;
                const id = `subnet-${subnet.key}`;
                const row = index + 1;
                return (
                  <tr key={subnet.key}>
                    <td>
                      <InputField
                        id={`${id}-zone`}
                        label={cellLabel(t("network.subnet.availabilityZone"), row)}
                        hideLabel
                        numeric={false}
                        className="name-input"
                        path={`${path}.availabilityZone`}
                        value={subnet.availabilityZone}
                        placeholder="us-east-1a"
                        onChange={(availabilityZone) => {
                          updateSubnet(subnet.key, { availabilityZone });
                        }}
                      />
                    </td>
                    <td>
                      <InputField
                        id={`${id}-cidr`}
                        label={cellLabel(t("network.subnet.cidr"), row)}
                        hideLabel
                        numeric={false}
                        path={`${path}.cidr`}
                        value={subnet.cidr}
                        placeholder="10.0.0.0/19"
                        onChange={(cidr) => {
                          updateSubnet(subnet.key, { cidr });
                        }}
                      />
                    </td>
                    <td>
                      <InputField
                        id={`${id}-used`}
                        label={cellLabel(t("network.subnet.used"), row)}
                        hideLabel
                        className="narrow"
                        path={`${path}.usedAddresses`}
                        value={subnet.usedAddresses}
                        onChange={(usedAddresses) => {
                          updateSubnet(subnet.key, { usedAddresses });
                        }}
                      />
                    </td>
                    <td>
                      <SelectField<SubnetRole>
                        id={`${id}-role`}
                        label={cellLabel(t("network.subnet.role"), row)}
                        hideLabel
                        path={`${path}.role`}
                        value={subnet.role}
                        options={roles}
                        onChange={(role) => {
                          updateSubnet(subnet.key, { role });
                        }}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="remove"
                        aria-label={t("network.subnet.remove", { row: String(row) })}
                        title={t("network.subnet.remove", { row: String(row) })}
                        onClick={() => {
                          removeSubnet(subnet.key);
                        }}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="add" onClick={addSubnet}>
        {t("network.subnet.add")}
      </button>
    </section>
  );
}

function fitText(t: Translate, role: RoleAdvice): string {
  if (role.fits === null) return t("network.fit.none");
  return t(role.fits ? "network.fit.fits" : "network.fit.tooSmall");
}

/** Addresses per zone and subnet role: demand, size needed, proposed subnet, given subnets and their fit. */
function ZonesTable({ advice }: { advice: SubnetAdvice }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const rows = advice.zones.flatMap((zone) =>
    [zone.node, zone.pod].flatMap((role) => (role === null ? [] : [{ zone, role }])),
  );
  const count = (value: number | null) => (value === null ? t("network.unknown") : format.integer(value));
  return (
    <div className="scroll-x" role="region" aria-labelledby="zones-caption" tabIndex={0}>
      <table className="data-table" data-testid="zones-table">
        <caption id="zones-caption">{t("network.zones.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("network.zones.zone")}</th>
            <th scope="col">{t("network.subnet.role")}</th>
            <th scope="col">{t("network.planned")}</th>
            <th scope="col">{t("network.surge")}</th>
            <th scope="col">{t("network.atMaxNodes")}</th>
            <th scope="col">{t("network.zones.needed", { headroom: format.integer(advice.headroomPercent) })}</th>
            <th scope="col">{t("network.zones.proposed")}</th>
            <th scope="col">{t("network.zones.given")}</th>
            <th scope="col">{t("network.zones.usable")}</th>
            <th scope="col">{t("network.zones.free")}</th>
            <th scope="col">{t("network.zones.fit")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ zone, role }) => (
            <tr key={`${zone.zone}-${role.role}`} data-testid={`zone-${zone.zone + 1}-${role.role}`}>
              <th scope="row">{zoneName(t, zone.zone, zone.availabilityZone)}</th>
              <td>{t(`network.role.${role.role}`)}</td>
              <td className="num" data-column="planned">
                {format.integer(role.planned.addresses)}
              </td>
              <td className="num" data-column="surge">
                {format.integer(role.surge.addresses)}
              </td>
              <td className="num" data-column="atMaxNodes">
                {count(role.atMaxNodes?.addresses ?? null)}
              </td>
              <td className="num" data-column="needed">
                {t(role.sizedFor === "surge" ? "network.zones.forSurge" : "network.zones.forMax", {
                  needed: format.integer(role.needed),
                })}
              </td>
              <td data-column="proposed">
                {role.proposedPrefixLength === null ? t("network.zones.tooLarge") : `/${role.proposedPrefixLength}`}
              </td>
              <td data-column="given">{role.given.length === 0 ? "—" : role.given.join(", ")}</td>
              <td className="num" data-column="usable">
                {role.fits === null ? "—" : format.integer(role.usable)}
              </td>
              <td className="num" data-column="free">
                {role.fits === null ? "—" : format.integer(role.free)}
              </td>
              <td data-column="fit" className={role.fits === false ? "fit-short" : undefined}>
                {fitText(t, role)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function modeText(t: Translate, mode: AddressMode | null): string {
  return mode === null ? t("network.mode.none") : t(`network.mode.${mode}`);
}

/** Addresses per node group, node and pod subnets together. */
function NodeGroupsTable({ advice }: { advice: SubnetAdvice }): ReactNode {
  const t = useT();
  const format = useFormatters();
  return (
    <div className="scroll-x" role="region" aria-labelledby="groups-caption" tabIndex={0}>
      <table className="data-table" data-testid="groups-table">
        <caption id="groups-caption">{t("network.groups.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("network.groups.group")}</th>
            <th scope="col">{t("network.groups.type")}</th>
            <th scope="col">{t("network.groups.mode")}</th>
            <th scope="col">{t("network.groups.nodes")}</th>
            <th scope="col">{t("network.groups.surgeNodes")}</th>
            <th scope="col">{t("network.planned")}</th>
            <th scope="col">{t("network.surge")}</th>
            <th scope="col">{t("network.atMaxNodes")}</th>
          </tr>
        </thead>
        <tbody>
          {advice.addresses.nodeGroups.map((group) => {
            const atMax = group.atMaxNodes;
            return (
              <tr key={group.name} data-testid={`group-${group.name}`}>
                <th scope="row">{group.name}</th>
                <td>{group.instanceType ?? "—"}</td>
                <td>{modeText(t, group.mode)}</td>
                <td className="num">{format.integer(group.nodes)}</td>
                <td className="num">{format.integer(group.surgeNodes)}</td>
                <td className="num" data-column="planned">
                  {format.integer(group.planned.node.addresses + group.planned.pod.addresses)}
                </td>
                <td className="num" data-column="surge">
                  {format.integer(group.surge.node.addresses + group.surge.pod.addresses)}
                </td>
                <td className="num" data-column="atMaxNodes">
                  {atMax === null ? t("network.unknown") : format.integer(atMax.node.addresses + atMax.pod.addresses)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A setting change in words: `WARM_IP_TARGET=5`, or prefix delegation on or off everywhere. */
export function changeText(t: Translate, change: NetworkChange): string {
  const parts = Object.entries(change.cni ?? {}).map(
    ([key, value]) => `${ENV_NAMES[key as keyof typeof ENV_NAMES]}=${value === null ? "" : String(value)}`,
  );
  if (change.prefixDelegation !== undefined) {
    parts.push(t(change.prefixDelegation ? "network.change.prefixOn" : "network.change.prefixOff"));
  }
  return parts.join(", ");
}

function deltaText(t: Translate, format: Formatters, delta: number): string {
  if (delta === 0) return t("network.delta.same");
  return t(delta < 0 ? "network.delta.fewer" : "network.delta.more", { count: format.integer(Math.abs(delta)) });
}

/** What a setting change does, in words. */
export function effectText(t: Translate, format: Formatters, effect: SettingEffect): string {
  const change = changeText(t, effect.change);
  if ("issue" in effect)
    return t("network.effect.refused", { change, reason: documentMessage(t, format, effect.issue) });
  const text = t("network.effect", {
    change,
    planned: deltaText(t, format, effect.plannedDelta),
    surge: deltaText(t, format, effect.surgeDelta),
  });
  return effect.nodesDelta === 0
    ? text
    : `${text}; ${t("network.effect.nodes", { nodes: format.integer(effect.nodes) })}`;
}

/** The headroom the needed sizes leave above the demand: a page setting, not part of the scenario. */
function HeadroomField({ value, onChange }: { value: string; onChange: (value: string) => void }): ReactNode {
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
function parseHeadroom(value: string): number | null {
  const trimmed = value.trim();
  const parsed = Number(trimmed);
  return trimmed !== "" && Number.isFinite(parsed) && parsed >= 0 && parsed <= 1000 ? parsed : null;
}

/** The results for the last valid scenario. */
function NetworkResults({ headroomPercent }: { headroomPercent: number }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const scenario = usePlannerStore((state) => state.scenario);
  const { catalog, status } = useCatalog(scenario.region);
  const advice = useMemo(() => {
    const plan = planCluster(scenario, catalog);
    return adviseSubnets(scenario, plan, catalog, { headroomPercent });
  }, [scenario, catalog, headroomPercent]);
  const splits = useMemo(() => zoneSplits(advice), [advice]);
  if (status !== "ready") return <PricesStatus region={scenario.region} status={status} />;
  return (
    <>
      <ZonesTable advice={advice} />
      <section className="panel" aria-labelledby="advice-heading">
        <h3 id="advice-heading">{t("network.advice.heading")}</h3>
        {advice.issues.length === 0 ? (
          <p>{t("network.advice.none")}</p>
        ) : (
          <IssueList issues={advice.issues} wording="document" />
        )}
      </section>
      <section className="panel" aria-labelledby="effects-heading">
        <h3 id="effects-heading">{t("network.effects.heading")}</h3>
        <ul data-testid="effects">
          {advice.effects.map((effect, index) => (
            <li key={index}>{effectText(t, format, effect)}</li>
          ))}
        </ul>
      </section>
      <ChartErrorBoundary fallback={<p className="chart-failed">{t("network.chart.failed")}</p>}>
        <Suspense fallback={<p className="chart-loading">{t("breakdown.loadingChart")}</p>}>
          <NetworkChart splits={splits} />
        </Suspense>
      </ChartErrorBoundary>
      <NodeGroupsTable advice={advice} />
    </>
  );
}

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
