import type { InstanceType } from "../catalog/instance-type.js";
import type { AdviceInput } from "./findings.js";

/**
 * Whether two instance types look the same to the scheduler: the same vCPUs, memory, architecture
 * and GPUs. Cluster Autoscaler sizes a mixed-instances group with its first type only, so every type
 * of the group must have this shape (kubernetes/autoscaler `cluster-autoscaler/cloudprovider/aws/README.md`,
 * "Using Mixed Instances Policies and Spot Instances"; eks-formulas.md §6). Types of unknown size never match.
 */
export function sameShape(a: InstanceType, b: InstanceType): boolean {
  return (
    a.vcpu !== null &&
    a.memoryMiB !== null &&
    a.vcpu === b.vcpu &&
    a.memoryMiB === b.memoryMiB &&
    a.architecture === b.architecture &&
    (a.gpuCount ?? 0) === (b.gpuCount ?? 0)
  );
}

/**
 * The instance types the plan could size for the node group at `index` (its `options`), in the
 * group's order, each once: the types the catalogue knows, with a known size, that the group's settings fit.
 */
export function plannedTypes(input: AdviceInput, index: number): InstanceType[] {
  const names = new Set((input.plan.nodeGroups[index]?.options ?? []).map((option) => option.instanceType));
  return [...names].flatMap((name) => {
    const type = input.instanceTypes.get(name);
    return type === undefined ? [] : [type];
  });
}
