import type { InstanceType, Result } from "eksize";
import { unknownInstanceType } from "eksize";
import instanceTypeFile from "../../data/instance-types.json" with { type: "json" };

/**
 * Every instance type in the dataset (AWS's VPC CNI and Karpenter network-limit data), sorted by name.
 *
 * @example instanceTypes.filter((type) => type.architecture === "arm64").length
 */
export const instanceTypes: readonly InstanceType[] = instanceTypeFile.instanceTypes as unknown as InstanceType[];

const byName = new Map(instanceTypes.map((type) => [type.name, type]));

/**
 * One instance type by its EC2 name, or `undefined` when the dataset has no such type.
 *
 * @example getInstanceType("m5.large")?.vcpu // 2
 */
export function getInstanceType(name: string): InstanceType | undefined {
  return byName.get(name);
}

/**
 * Like {@link getInstanceType}, but an unknown name gives the issue `unknown-instance-type` with the
 * nearest names as suggestions (`m5.lage` → `m5.large`).
 *
 * @example lookupInstanceType("m5.lage") // { ok: false, issues: [{ code: "unknown-instance-type", params: { instanceType: "m5.lage", suggestions: ["m5.large", ...] } }] }
 */
export function lookupInstanceType(name: string): Result<InstanceType> {
  const found = byName.get(name.trim());
  if (found) return { ok: true, value: found };
  const names = instanceTypes.map((type) => type.name);
  return { ok: false, issues: [unknownInstanceType(name, names)] };
}
