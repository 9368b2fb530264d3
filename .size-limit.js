// @ts-check
// Size budgets, checked by `npm run size` in CI after `npm run build`. The site's first load is
// every script index.html loads or preloads (the entry and the chunks it imports), read from the
// built dist/app/index.html, so a chunk Vite splits off the entry still counts.
import { existsSync, readFileSync } from "node:fs";

if (!existsSync("dist/app/index.html")) throw new Error("No dist/app/index.html: run `npm run build` first.");
const html = readFileSync("dist/app/index.html", "utf8");
const firstLoad = [
  // Paths relative to index.html ("./assets/…", vite's base "./") or absolute from the root ("/assets/…").
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/([^"]+\.js)"/g),
].map((match) => `dist/app/${match[1]}`);
if (firstLoad.length === 0) throw new Error("dist/app/index.html loads no script");

export default [
  {
    name: "site: first load JS (every script index.html loads, with the default scenario's types and prices)",
    path: firstLoad,
    gzip: true,
    // 204.5 kB (from 200): the plan itself grew: Karpenter and EKS Auto Mode NodePools (the launch and
    // consolidation model, Auto Mode's instance rules), the control plane tiers and the Auto Mode fee
    // in every price row, and the planner's lazy compute-modes section; 207.2 kB: high availability
    // (a workload's zone spread, max per node and disruption budget in the workloads table, the
    // zone-by-zone packing, nodes per zone in the plan); 208.9 kB: NodePools in the planner (minValues
    // and consolidation in the editor, nodes by type, consolidation and how Karpenter launched them in
    // the plan, the Auto Mode export's notes, the node expiry advice's words); 209.1 kB: share links'
    // format 2 (209.08 kB), whose fixed 1,024-byte DEFLATE dictionary adds 0.39 kB less the 0.13 kB
    // of zlib's wrapper the encoder no longer needs, and takes the default scenario's link from 810
    // characters to 368. Issue 16 cut it to 149.5 kB (149.48 kB): the first script carries only the
    // default scenario's seven instance types and their us-east-1 prices, which plan it (the instance
    // dataset, 25.6 kB, and us-east-1's prices, 15 kB, are chunks loaded after the first render); the
    // comparison with TanStack Table and the ranking, the export panel and the print-only report are
    // lazy chunks; the JSON file reader went to the scenarios page; warm-intl.js (0.1 kB) counts.
    // 149.8 kB (149.7 kB): the English words of the cost bound (bound.*, 0.2 kB), which eksize plan
    // --optimal prints and the planner will show. The packing's better fills (where first-fit
    // decreasing needs more nodes than the lower bound, FFD by CPU and by memory and a bounded
    // minimum-bin-slack search, with the bound they stop at; every plan packs) took it to 151.51 kB;
    // the advice findings' English words (advice-en.ts, 3.85 kB) moved to the advice chunk, which
    // words them, brought it to 147.66 kB.
    limit: "149.8 kB",
  },
  {
    name: "site: breakdown chart (lazy)",
    path: "dist/app/assets/BreakdownChart-*.js",
    gzip: true,
    limit: "125 kB",
  },
  {
    name: "site: explorer page (lazy)",
    path: "dist/app/assets/ExplorerPage-*.js",
    gzip: true,
    limit: "25 kB",
  },
  {
    name: "site: scenarios page (lazy)",
    path: "dist/app/assets/ScenariosPage-*.js",
    gzip: true,
    limit: "8 kB",
  },
  {
    name: "site: network page (lazy)",
    path: "dist/app/assets/NetworkPage-*.js",
    gzip: true,
    limit: "9 kB",
  },
  {
    name: "site: network chart (lazy)",
    path: "dist/app/assets/NetworkChart-*.js",
    gzip: true,
    limit: "3 kB",
  },
  {
    name: "site: the planner's advice and its rules (lazy)",
    path: "dist/app/assets/AdviceList-*.js",
    gzip: true,
    // 9.2 kB (from 5 kB): the findings' English words came here from the first script (9.19 kB);
    // 9.25 kB: 9,202 B once the week's words and chunks moved the shared modules' names and imports.
    limit: "9.25 kB",
  },
  {
    name: "site: the comparison of strategies and the ranking (lazy)",
    path: "dist/app/assets/Comparison-*.js",
    gzip: true,
    limit: "4 kB",
  },
  {
    name: "site: TanStack Table, shared by the comparison and the explorer (lazy)",
    path: "dist/app/assets/useTable-*.js",
    gzip: true,
    limit: "11 kB",
  },
  {
    name: "site: the instance dataset (loaded after the first render)",
    path: "dist/app/assets/instance-types-*.js",
    gzip: true,
    limit: "26 kB",
  },
  {
    name: "site: the default region's prices (us-east-1, loaded after the first render)",
    path: "dist/app/assets/us-east-1-*.js",
    gzip: true,
    limit: "15.5 kB",
  },
  {
    name: "site: the export panel (lazy; its writers are the export-files chunk)",
    path: "dist/app/assets/ExportPanel-*.js",
    gzip: true,
    limit: "2.5 kB",
  },
  {
    name: "site: the print-only report (loaded after the first render)",
    path: "dist/app/assets/PrintReport-*.js",
    gzip: true,
    limit: "1.2 kB",
  },
  {
    name: "site: the compute modes compared (lazy)",
    path: "dist/app/assets/ModesComparison-*.js",
    gzip: true,
    limit: "2 kB",
  },
  {
    name: "site: planner charts (lazy)",
    path: "dist/app/assets/PlannerCharts-*.js",
    gzip: true,
    limit: "8 kB",
  },
  {
    name: "site: Recharts, shared by the charts (lazy)",
    // The week's area and step charts split Recharts' shared core (CartesianChart) from its bar chart.
    path: ["dist/app/assets/BarChart-*.js", "dist/app/assets/CartesianChart-*.js"],
    gzip: true,
    limit: "125 kB",
  },
  {
    name: "site: Korean messages (loaded when Korean is chosen or detected)",
    path: "dist/app/assets/ko-*.js",
    gzip: true,
    // 19.8 kB: the ranking's words (Use this type, the node group to rank, single point of failure);
    // 19.88 kB: the explorer's EKS Auto Mode fee column (its header, tooltip, "estimate", "none" and
    // reason, the data age's Auto Mode group); 20.98 kB: the control plane tier (its limits, the bill's
    // estimate, four findings) and Amazon Linux 2's end; 21.6 kB: Karpenter and Auto Mode (the compute
    // modes compared in the planner, what Auto Mode cannot launch or honour, its fee on the bill);
    // 22.4 kB: a workload's spread (zone spread, max per node), nodes per zone, the import's
    // PodDisruptionBudgets and spread warnings, and the availability advice; 22.5 kB: both, once
    // merged with the compute modes' words (22.48 kB); 23.2 kB: NodePools in the planner and the Auto
    // Mode export's notes (23.16 kB); 23.45 kB: the cost bound's sentences (23.43 kB); 24.2 kB: the
    // optimal mix's sentences of eksize plan --optimal (23.79 kB) and the planner's optimal mix panel
    // (24.195 kB; its English words load with the panel); 24.25 kB: EKS Auto Mode's launch named apart
    // from Karpenter's (24.22 kB); 24.8 kB: the week's sentences, which eksize plan --week prints and
    // the planner's week will show, its advice included (24.73 kB); 25.2 kB: the import's
    // HorizontalPodAutoscalers and CronJobs (the fifth field, the introduction, the kube-hpa-* and
    // kube-cronjob-* warnings: 25.17 kB, 0.44 kB more); 26.5 kB: the planner's week, its editor
    // (profiles, levels, the delay and the Savings Plan) and its panel (figures, charts, the
    // commitment at sample discounts, the bill by line, the break-even), 1.4 kB (26.54 kB).
    limit: "26.6 kB",
  },
  {
    name: "site: Korean region names (loaded with the Korean messages)",
    path: "dist/app/assets/region-names-ko-*.js",
    gzip: true,
    limit: "1 kB",
  },
  {
    name: "site: import page (lazy)",
    path: "dist/app/assets/ImportPage-*.js",
    gzip: true,
    // 11.1 kB: the page carries the import itself for browsers without Workers, and the import now
    // reads label selectors, topologySpreadConstraints, podAntiAffinity and PodDisruptionBudgets;
    // 12.8 kB: and HorizontalPodAutoscalers and CronJobs' schedules, with the cron parser (12.77 kB,
    // 1.72 kB more); 12.9 kB: the workloads table's "scales 2–5 pods", with the week's settings the
    // page's copy of the import validates since (12.83 kB).
    limit: "12.9 kB",
  },
  {
    name: "site: the kubectl import's worker (loaded on Import)",
    path: "dist/app/assets/import-worker-*.js",
    gzip: true,
    // 12.1 kB: the scenario's new fields (NodePool minValues and consolidation, Auto Mode, tiers) it validates;
    // 13.7 kB: label selectors, topologySpreadConstraints, podAntiAffinity and PodDisruptionBudgets
    // (13.69 kB with the scenario's new fields); 13.9 kB: workloads' autoscaling and load profiles
    // (13.83 kB); 15.6 kB: HorizontalPodAutoscalers and CronJobs' schedules read into that autoscaling,
    // with the cron parser (15.56 kB, 1.73 kB more); 15.7 kB: the week's settings it validates (the
    // scale-down delay, the Savings Plan's kind and discount, a range's error said at its maximum
    // with valibot's forward: 15.75 kB).
    limit: "15.8 kB",
  },
  {
    name: "site: the week's editor, with the week's English words (lazy)",
    path: ["dist/app/assets/WeekEditor-*.js", "dist/app/assets/week-*.js"],
    gzip: true,
    limit: "6.5 kB",
  },
  {
    name: "site: the week's panel: 168 plans, the commitment and its charts (lazy)",
    path: "dist/app/assets/WeekPanel-*.js",
    gzip: true,
    // 14.09 kB, then 14.51 kB with the bill by line, the cost each hour by node group and the break-even.
    limit: "14.8 kB",
  },
  {
    name: "site: the optimal mix's panel, with its English words (lazy)",
    path: "dist/app/assets/OptimalMixPanel-*.js",
    gzip: true,
    limit: "3.1 kB",
  },
  {
    name: "site: the optimal mix's worker: the plan and the mix search (loaded on the first search)",
    path: "dist/app/assets/optimal-mix.worker-*.js",
    gzip: true,
    // 19.27 kB: the core's planning and nodeGroupMix (its exact program over node patterns included);
    // 19.91 kB with the search's exact prices of a mixed capacity and the ranking's shared packings;
    // 20.51 kB with the bound's branch and bound on whole node counts and the search's cheaper rounds
    // (nodes copied only when changed, one-pod fit checks); 20.59 kB with the bill's terms built field
    // by field (costTerm) and the fills' compact patterns.
    limit: "20.6 kB",
  },
  {
    name: "site: HiGHS's JavaScript loader (loaded by the optimal mix's worker)",
    path: "dist/app/assets/highs-*.js",
    gzip: true,
    limit: "30.4 kB",
  },
  {
    name: "site: HiGHS's WebAssembly (loaded by the optimal mix's worker; 3.5 MB before compression)",
    path: "dist/app/assets/highs-*.wasm",
    gzip: true,
    // The `highs` package's own build (1.15.3): the figure moves only with its version.
    limit: "1.25 MB",
  },
  {
    name: "site: the export writer, YAML included (loaded on the first export)",
    path: "dist/app/assets/export-files-*.js",
    gzip: true,
    limit: "24 kB",
  },
  {
    name: "site: the largest region's prices (us-west-2, lazy)",
    path: "dist/app/assets/us-west-2-*.js",
    gzip: true,
    limit: "20 kB",
  },
];
