/**
 * The node-fill picture of a node group: for each pattern of identical nodes, a bar per resource
 * (CPU, memory, pod slots) from the instance's capacity through the kernel and VM, the kubelet's
 * reservations, the DaemonSets and the workload pods to the room left free, each with its figures in
 * words beside it.
 */
import type { NodeGroupPlan, Workload } from "eksize";
import type { ReactNode } from "react";
import type { Formatters } from "../../../present/format.js";
import type { Translate } from "../../../present/i18n/translate.js";
import { nodeFillPictures, type FillBar, type FillPart, type FillResource } from "../../../present/plan/node-fill.js";
import { zoneName } from "../../../present/plan/words.js";

const PARTS: readonly FillPart[] = ["vm", "reserved", "daemonSets", "workloads", "free"];

/** An amount of a resource with its unit: `2,600m`, `14,150 MiB`, `5`. */
function amount(format: Formatters, resource: FillResource, value: number): string {
  return resource === "cpu"
    ? format.millicores(value)
    : resource === "memory"
      ? format.mib(value)
      : format.integer(value);
}

function Bar({ bar, t, format }: { bar: FillBar; t: Translate; format: Formatters }): ReactNode {
  const free = bar.segments.find((segment) => segment.part === "free")?.amount ?? 0;
  const used = bar.capacity - free;
  const label = t(`fill.resource.${bar.resource}`);
  const words = bar.segments
    .map((segment) =>
      t("fill.segment", { part: t(`fill.part.${segment.part}`), amount: amount(format, bar.resource, segment.amount) }),
    )
    .join(", ");
  return (
    <div className="fill-row">
      <span className="fill-resource">{label}</span>
      <div className="fill-bar" role="img" aria-label={`${label}: ${words}`}>
        {bar.segments.map((segment) => (
          <span
            key={segment.part}
            className={`fill-segment fill-${segment.part}`}
            style={{ width: `${(segment.amount / bar.capacity) * 100}%` }}
            title={t("fill.segment", {
              part: t(`fill.part.${segment.part}`),
              amount: amount(format, bar.resource, segment.amount),
            })}
          />
        ))}
      </div>
      <span className="fill-figures">
        {t("fill.used", {
          used: amount(format, bar.resource, used),
          capacity: amount(format, bar.resource, bar.capacity),
          free: amount(format, bar.resource, free),
        })}
      </span>
    </div>
  );
}

/** The node-fill picture of one node group, with its legend; nothing when the group has no usable type. */
export function NodeFillPicture({
  group,
  workloads,
  t,
  format,
}: {
  group: NodeGroupPlan;
  workloads: readonly Workload[];
  t: Translate;
  format: Formatters;
}): ReactNode {
  const pictures = nodeFillPictures(group, workloads);
  if (pictures.length === 0) return null;
  const mixed = group.byType.length > 1;
  return (
    <figure className="node-fill" aria-label={`${t("fill.heading")}: ${group.name}`}>
      <figcaption>{t("fill.heading")}</figcaption>
      <ul className="fill-legend" aria-hidden="true">
        {PARTS.map((part) => (
          <li key={part}>
            <span className={`fill-swatch fill-${part}`} />
            {t(`fill.part.${part}`)}
          </li>
        ))}
      </ul>
      {pictures.map((picture, index) => (
        <div key={index} className="fill-pattern">
          <p className="fill-count">
            {picture.zone !== null && `${zoneName(t, picture.zone)}: `}
            {t("fill.nodes", { count: format.integer(picture.count) })}
            {mixed && ` · ${picture.instanceType}`}
          </p>
          {picture.bars.map((bar) => (
            <Bar key={bar.resource} bar={bar} t={t} format={format} />
          ))}
          <p className="fill-pods muted">
            {t("fill.pods", {
              pods: Object.entries(picture.pods)
                .map(([workload, pods]) => `${workload} × ${format.integer(pods)}`)
                .join(", "),
            })}
          </p>
        </div>
      ))}
    </figure>
  );
}
