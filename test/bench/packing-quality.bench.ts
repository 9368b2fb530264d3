import { bench, describe } from "vitest";
import { nodeLowerBound, packPods } from "eksize";
import { packingProblems } from "../support/packing-scenarios.js";
import { reportTarget } from "./targets.js";

// `npm run bench`: how close the packing heuristic comes to the lower bound on 300 fixed problems of
// mixed workloads (test/support/packing-scenarios.ts), against issue 16's targets: mean nodes / lower
// bound ≤ 1.02, worst ≤ 1.15.

const problems = packingProblems();

/** Reports the mean and the worst nodes over the lower bound, and where the worst is. */
function reportQuality(): void {
  const ratios = problems.map((problem) => {
    const nodes = packPods(problem.groups, problem.node).nodes;
    const bound = nodeLowerBound(problem.groups, problem.node);
    return { problem, nodes, bound, ratio: bound === 0 ? 1 : nodes / bound };
  });
  const mean = ratios.reduce((sum, entry) => sum + entry.ratio, 0) / ratios.length;
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const above = ratios.filter((entry) => entry.nodes > entry.bound).length;
  const nodes = ratios.reduce((sum, entry) => sum + entry.nodes, 0);
  const bounds = ratios.reduce((sum, entry) => sum + entry.bound, 0);
  const of = `${problems.length} problems`;
  reportTarget({
    name: `packing: mean nodes / lower bound, ${of}`,
    value: mean,
    unit: "",
    digits: 4,
    atMost: 1.02,
    note: `${nodes} nodes vs ${bounds} in all; ${above} problems above their bound`,
  });
  reportTarget({
    name: `packing: worst nodes / lower bound, ${of}`,
    value: worst.ratio,
    unit: "",
    digits: 4,
    atMost: 1.15,
    note: `seed ${worst.problem.seed}: ${worst.nodes} nodes vs ${worst.bound} on ${worst.problem.instanceType}`,
  });
}

reportQuality();

describe(`packPods on ${problems.length} fixed problems of mixed workloads`, () => {
  const sink = { nodes: 0 };
  bench("pack all of them", () => {
    for (const problem of problems) sink.nodes += packPods(problem.groups, problem.node).nodes;
  });
  bench("their lower bounds", () => {
    for (const problem of problems) sink.nodes += nodeLowerBound(problem.groups, problem.node);
  });
});
