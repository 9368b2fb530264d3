import loadHighs from "highs";
import { describe } from "vitest";
import { costLowerBound } from "eksize";
import { highsLinearSolver } from "../../src/optimal/highs-solver.js";
import { nodePoolProblem } from "../support/node-pool-problems.js";
import { benchTarget } from "./targets.js";

// `npm run bench`: the cost bound (`costLowerBound`, HiGHS) on a NodePool's size of problem in issue 16
// (`nodePoolProblem`: 200 workloads on 5 candidate types, over 2 zones, half Spot above an on-demand
// base of 2). Issue 16 gives the optimal mix 2 s on this machine; the bound is its first part.

const solve = highsLinearSolver(await loadHighs());
const { groups, options, settings } = nodePoolProblem(16, true);

describe("cost bound", () => {
  benchTarget(
    "costLowerBound: 200 workloads, 5 types, 2 zones, mixed capacity",
    () => {
      costLowerBound(groups, options, solve, settings);
    },
    { figure: "cost bound: 200 workloads, 5 types (the optimal mix's 2 s)", atMost: 2000 },
  );
});
