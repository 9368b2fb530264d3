import { bench, describe } from "vitest";
import { defaultScenario, planCluster } from "eksize";
import { catalog } from "eksize/data";

// `npm run bench`: the planner on the scenario the site opens with (13 workloads, 2 node groups of
// 3 and 4 instance types, Fargate): what every edit in the planner page will cost.
describe("planCluster", () => {
  bench("the default scenario", () => {
    planCluster(defaultScenario, catalog);
  });
});
