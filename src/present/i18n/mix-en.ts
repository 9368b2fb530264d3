/**
 * English words of the optimal mix (the planner's "Find the cheapest mix" panel), a catalogue of
 * their own: only the panel's lazy chunk shows them, so the first script does not carry them (see
 * `PartMessages` in part-translate.ts). The source of the part's keys and placeholders; `mix-ko.ts` has
 * the same keys.
 */
export const mixEn = {
  "mix.heading": "Cheapest mix of instance types",
  "mix.intro":
    "Searches each node group's instance types for the cheapest nodes that hold its pods, and proves how low any plan could go. The first search loads a solver (1.2 MB).",
  "mix.find": "Find the cheapest mix",
  "mix.searching": "Searching… up to 2 seconds a node group.",
  "mix.failed.solver":
    "The solver could not start: {message}. The browser refused its WebAssembly (a Content-Security-Policy without 'wasm-unsafe-eval') or ran out of memory. The plan above is unchanged.",
  "mix.failed.search": "The search stopped: {message}. The plan above is unchanged.",
  "mix.failed.load":
    "The search's code did not load (offline, or the site was updated meanwhile): reload the page and try again. The plan above is unchanged.",
  "mix.saving.fewer": "Optimal mix: −{saving}/month, {nodes:# fewer node|# fewer nodes}",
  "mix.saving.same": "Optimal mix: −{saving}/month, the same number of nodes",
  "mix.saving.more": "Optimal mix: −{saving}/month, {nodes:# more node|# more nodes}",
  "mix.change.limit-types": "Limits the NodePool {nodeGroup} to {types}.",
  "mix.change.split-group": "Splits {nodeGroup} into {groups}, one instance type each, its workloads pinned to them.",
  "mix.apply": "Apply",
  "mix.applyLabel": "Apply the optimal mix to {nodeGroup}",
  "mix.applied": "Applied to {nodeGroup}: the plan and the bill above are the new scenario's.",
  "mix.undo": "Undo",
  "mix.noChange": "No change of this group's instance types, nor a split of it, makes eksize's plan cheaper.",
  "mix.found": "Cheapest mix found: {byType}, {usd} a month.",
  "mix.found.proven": "The cheapest possible mix, as the solver proved: {byType}, {usd} a month.",
  "mix.nodes.onDemand": "{nodes} × {instanceType} on-demand",
  "mix.nodes.spot": "{nodes} × {instanceType} Spot",
  "mix.launch": "{autoscaler}'s launch is {percent} above the cheapest mix found ({plan} against {mix} a month).",
  "mix.launch.cheapest": "{autoscaler}'s launch costs no more than the cheapest mix found.",
  "mix.cutShort":
    "The search was cut short by its 2-second limit: a cheaper mix may exist; the bound holds all the same.",
  "mix.none.pods-pending": "{nodeGroup}: no search, as the plan leaves pods pending at the group's node limit.",
  "mix.none.no-price": "{nodeGroup}: no search, as an instance type of the group has no price in the region.",
  "mix.none.unsolved": "{nodeGroup}: no mix, as the solver stopped at its limits.",
} as const;

/** The optimal mix's message keys. */
export type MixMessageKey = keyof typeof mixEn;

/** The shape of the optimal mix's catalogue in every language: one string per English key. */
export type MixMessages = { readonly [Key in MixMessageKey]: string };
