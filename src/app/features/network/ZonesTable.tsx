import type { RoleAdvice, SubnetAdvice } from "eksize";
import type { ReactNode } from "react";
import { useT, type Translate } from "../../i18n/index.js";
import { useFormatters } from "../../use-formatters.js";
import { TableScroll } from "../../components/TableScroll.js";
import { VERDICT_WORDS, zoneName } from "./zone-split.js";

function fitText(t: Translate, role: RoleAdvice): string {
  return role.verdict === null ? t("network.fit.none") : t(VERDICT_WORDS[role.verdict]);
}

/**
 * Addresses per zone and subnet role, the answer first: the verdict on the given subnets and the
 * subnet proposed (the answer when none is given), the size needed with the headroom, then the
 * given subnets and the demand behind it. The zone stays in view while the table scrolls sideways (a phone), and the verdict is the second
 * column, so it is on screen without scrolling.
 */
export function ZonesTable({ advice }: { advice: SubnetAdvice }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const rows = advice.zones.flatMap((zone) =>
    [zone.node, zone.pod].flatMap((role) => (role === null ? [] : [{ zone, role }])),
  );
  const count = (value: number | null) => (value === null ? t("network.unknown") : format.integer(value));
  return (
    <TableScroll labelledBy="zones-caption">
      <table className="data-table sticky-first" data-testid="zones-table">
        <caption id="zones-caption">
          <span>{t("network.zones.caption")}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("network.zones.zone")}</th>
            <th scope="col">{t("network.zones.fit")}</th>
            <th scope="col">{t("network.zones.proposed")}</th>
            <th scope="col">{t("network.zones.needed", { headroom: format.integer(advice.headroomPercent) })}</th>
            <th scope="col">{t("network.zones.free")}</th>
            <th scope="col">{t("network.zones.given")}</th>
            <th scope="col">{t("network.zones.usable")}</th>
            <th scope="col">{t("network.planned")}</th>
            <th scope="col">{t("network.surge")}</th>
            <th scope="col">{t("network.atMaxNodes")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ zone, role }) => (
            <tr key={`${zone.zone}-${role.role}`} data-testid={`zone-${zone.zone + 1}-${role.role}`}>
              <th scope="row">
                {zoneName(t, zone.zone, zone.availabilityZone)}{" "}
                <span className="row-note" data-column="role">
                  {t(`network.role.${role.role}`)}
                </span>
              </th>
              <td data-column="fit" className={role.verdict === null ? "text" : `text verdict ${role.verdict}`}>
                {fitText(t, role)}
              </td>
              <td data-column="proposed">
                {role.proposedPrefixLength === null ? t("network.zones.tooLarge") : `/${role.proposedPrefixLength}`}
              </td>
              <td className="num" data-column="needed">
                {t(role.sizedFor === "surge" ? "network.zones.forSurge" : "network.zones.forMax", {
                  needed: format.integer(role.needed),
                })}
              </td>
              <td className="num" data-column="free">
                {role.verdict === null ? "—" : format.integer(role.free)}
              </td>
              <td data-column="given">{role.given.length === 0 ? "—" : role.given.join(", ")}</td>
              <td className="num" data-column="usable">
                {role.verdict === null ? "—" : format.integer(role.usable)}
              </td>
              <td className="num" data-column="planned">
                {format.integer(role.planned.addresses)}
              </td>
              <td className="num" data-column="surge">
                {format.integer(role.surge.addresses)}
              </td>
              <td className="num" data-column="atMaxNodes">
                {count(role.atMaxNodes?.addresses ?? null)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
