import { cheaper, type LaunchedNodes, type LaunchOption } from "./karpenter-launch.js";

/** What consolidation changed in a NodePool's nodes, node by node. */
export interface ConsolidationStep {
  /** `delete`: a node's pods moved to the room of another node; `replace`: several nodes became one cheaper node. */
  readonly kind: "delete" | "replace";
  /** The types of the nodes removed (by option index). */
  readonly removed: readonly number[];
  /** The type of the node launched instead; null for a deletion. */
  readonly launched: number | null;
  /** What it saves, USD per hour (> 0). */
  readonly usdPerHour: number;
}

/**
 * What Karpenter's consolidation (`consolidationPolicy: WhenEmptyOrUnderutilized`) would do to
 * freshly launched nodes, estimated on the nodes that are not one of many identical ones (the partly
 * filled nodes a launch ends with; identical nodes were filled alike, so none of them can take
 * another's pods):
 *
 * - delete a node whose pods fit in the room another node has left (Karpenter's single-node
 *   consolidation deletes a node when its pods can be scheduled elsewhere);
 * - replace two nodes with one node of the cheapest type that holds both's pods, when it costs less
 *   than the two (multi-node consolidation replaces several nodes with at most one cheaper node);
 *
 * the largest saving first (a deletion before a replacement that saves as much), repeated until
 * neither saves money. A node launched as the cheapest type
 * for its pods is never replaced by a cheaper single node, so that case never arises here.
 * Source: Karpenter docs `concepts/disruption.md` (consolidation: deletion and replacement, single-
 * and multi-node); kubernetes-sigs/karpenter `pkg/controllers/disruption`.
 *
 * @param nodes launched nodes (`launchNodeClaims`), pods indexed like every option's `pods`.
 * @returns the nodes after consolidation, and the steps taken.
 */
export function consolidate(
  nodes: readonly LaunchedNodes[],
  options: readonly LaunchOption[],
): { nodes: LaunchedNodes[]; steps: ConsolidationStep[] } {
  let current = [...nodes];
  const steps: ConsolidationStep[] = [];
  for (;;) {
    const step = bestStep(current, options);
    if (step === null) break;
    current = step.nodes;
    steps.push(step.step);
  }
  return { nodes: current, steps };
}

function bestStep(
  nodes: readonly LaunchedNodes[],
  options: readonly LaunchOption[],
): { nodes: LaunchedNodes[]; step: ConsolidationStep } | null {
  let best: { nodes: LaunchedNodes[]; step: ConsolidationStep } | null = null;
  const consider = (candidate: { nodes: LaunchedNodes[]; step: ConsolidationStep }) => {
    if (best === null || candidate.step.usdPerHour > best.step.usdPerHour + 1e-9) best = candidate;
  };
  const single = nodes.flatMap((node, index) => (node.count === 1 ? [index] : []));
  // Deletions first: of two steps that save as much, Karpenter takes the one that launches nothing.
  for (const from of single) {
    const moving = nodes[from]!;
    // Into one node of another pattern (splitting that pattern's count).
    nodes.forEach((target, into) => {
      if (into === from) return;
      const pods = target.pods.map((count, group) => count + moving.pods[group]!);
      if (!holds(options[target.option]!, pods)) return;
      const rest = nodes.filter((_, at) => at !== from && at !== into);
      const receiving: LaunchedNodes = { option: target.option, count: 1, pods };
      const kept = target.count > 1 ? [{ ...target, count: target.count - 1 }] : [];
      consider({
        nodes: [...rest, ...kept, receiving],
        step: {
          kind: "delete",
          removed: [moving.option],
          launched: null,
          usdPerHour: options[moving.option]!.usdPerHour,
        },
      });
    });
  }
  // Replacements: two single nodes on one cheaper node.
  for (const from of single) {
    const moving = nodes[from]!;
    for (const other of single) {
      if (other <= from) continue;
      const partner = nodes[other]!;
      const pods = moving.pods.map((count, group) => count + partner.pods[group]!);
      const launched = cheapestHolding(options, pods);
      if (launched === null) continue;
      const saving =
        options[moving.option]!.usdPerHour + options[partner.option]!.usdPerHour - options[launched]!.usdPerHour;
      if (saving <= 1e-9) continue;
      consider({
        nodes: [...nodes.filter((_, at) => at !== from && at !== other), { option: launched, count: 1, pods }],
        step: { kind: "replace", removed: [moving.option, partner.option], launched, usdPerHour: saving },
      });
    }
  }
  return best;
}

/** The cheapest option whose node holds `pods` (by group), or null when none does. */
export function cheapestHolding(options: readonly LaunchOption[], pods: readonly number[]): number | null {
  let best: number | null = null;
  options.forEach((option, index) => {
    if (holds(option, pods) && (best === null || cheaper(option, options[best]!))) best = index;
  });
  return best;
}

/** Whether one node of `option` holds `pods[i]` pods of each group i, no more than a group's `maxPerNode`. */
function holds(option: LaunchOption, pods: readonly number[]): boolean {
  let cpu = 0;
  let memory = 0;
  let gpus = 0;
  let slots = 0;
  for (const [group, count] of pods.entries()) {
    if (count === 0) continue;
    const pod = option.pods[group]!;
    if (count > (pod.maxPerNode ?? Number.POSITIVE_INFINITY)) return false;
    cpu += count * pod.cpuMillicores;
    memory += count * pod.memoryMiB;
    gpus += count * (pod.gpus ?? 0);
    slots += count;
  }
  const { capacity } = option;
  return (
    cpu <= capacity.cpuMillicores &&
    memory <= capacity.memoryMiB &&
    gpus <= (capacity.gpus ?? 0) &&
    slots <= capacity.pods
  );
}
