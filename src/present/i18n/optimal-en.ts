/**
 * English words of the planner's optimal mix panel ("Find the cheapest mix"), which `optimal-mix.ts`
 * adds to the English catalog when the panel's chunk loads (as describe-finding.ts adds the advice's),
 * so the first script does not carry them. The mix, the bound and the change are worded by
 * `src/present/plan/mix.ts` and `bound.ts`, shared with `eksize plan --optimal`.
 */
export const optimalEn = {
  "optimal.heading": "Cheapest mix of instance types",
  "optimal.intro":
    "Searches each node group's instance types for the cheapest nodes that hold its pods, and proves how low any plan could go. The first search loads a solver (1.2 MB).",
  "optimal.find": "Find the cheapest mix",
  "optimal.searching": "Searching… up to {seconds} seconds a node group.",
  "optimal.failed.solver":
    "The solver could not start: {message}. The browser refused its WebAssembly (a Content-Security-Policy without 'wasm-unsafe-eval') or ran out of memory. The plan above is unchanged.",
  "optimal.failed.search": "The search stopped: {message}. The plan above is unchanged.",
  "optimal.failed.load":
    "The search's code did not load (offline, or the site was updated meanwhile): reload the page and try again. The plan above is unchanged.",
  "optimal.saving.fewer": "Optimal mix: −{saving}/month, {nodes:# fewer node|# fewer nodes}",
  "optimal.saving.same": "Optimal mix: −{saving}/month, the same number of nodes",
  "optimal.saving.more": "Optimal mix: −{saving}/month, {nodes:# more node|# more nodes}",
  "optimal.apply": "Apply",
  "optimal.applyLabel": "Apply the optimal mix to {nodeGroup}",
  "optimal.applied": "Applied to {nodeGroup}: the plan and the bill above are the new scenario's.",
  "optimal.undo": "Undo",
  "optimal.noChange": "No change of this group's instance types, nor a split of it, makes eksize's plan cheaper.",
} as const;
