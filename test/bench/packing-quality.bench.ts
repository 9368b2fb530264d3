import { bench, describe } from "vitest";
import { nodeLowerBound, packPods } from "eksize";
import { packingProblems } from "../support/packing-scenarios.js";

// `npm run bench`: how close the packing heuristic comes to the lower bound on 300 fixed problems of
// mixed workloads (test/support/packing-scenarios.ts), against issue 16's targets: mean nodes / lower
// bound ≤ 1.02, worst ≤ 1.15.

const problems = packingProblems();

/** Nodes over the lower bound for each problem, and the mean, the worst and where it is. */
function quality(): string {
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
  return (
    `packing quality on ${problems.length} problems: mean nodes / lower bound ${mean.toFixed(4)} (target ≤ 1.02), ` +
    `worst ${worst.ratio.toFixed(4)} (target ≤ 1.15: seed ${worst.problem.seed}, ${worst.nodes} nodes vs ${worst.bound} ` +
    `on ${worst.problem.instanceType}); ${above} problems above their bound; ${nodes} nodes vs ${bounds} in all`
  );
}

console.log(quality());

describe(`packPods on ${problems.length} fixed problems of mixed workloads`, () => {
  const sink = { nodes: 0 };
  bench("pack all of them", () => {
    for (const problem of problems) sink.nodes += packPods(problem.groups, problem.node).nodes;
  });
  bench("their lower bounds", () => {
    for (const problem of problems) sink.nodes += nodeLowerBound(problem.groups, problem.node);
  });
});
