import type { RoleAdvice, SubnetAdvice } from "eksize";
import type { ReactNode } from "react";
import { useT, type Translate } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";
import { zoneName } from "./zone-split.js";

function fitText(t: Translate, role: RoleAdvice): string {
  if (role.fits === null) return t("network.fit.none");
  return t(role.fits ? "network.fit.fits" : "network.fit.tooSmall");
}

/** Addresses per zone and subnet role: demand, size needed, proposed subnet, given subnets and their fit. */
export function ZonesTable({ advice }: { advice: SubnetAdvice }): ReactNode {
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
