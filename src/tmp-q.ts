import { readFileSync } from "node:fs";
import { autoModeSupport, builtInNodePools } from "./core/catalog/auto-mode-types.js";
const types = JSON.parse(readFileSync("data/instance-types.json", "utf8")).instanceTypes;
const names = process.argv.slice(2);
for (const n of names) { const t = types.find((x: any) => x.name === n); if (!t) { console.log(n, "MISSING"); continue; } console.log(n, t.vcpu, t.architecture, autoModeSupport(t), JSON.stringify(builtInNodePools(t))); }
const counts: Record<string, number> = {}; for (const t of types) { const s = autoModeSupport(t); counts[s] = (counts[s] ?? 0) + 1; } console.log(counts);
const fams = new Set(types.map((t: any) => t.family));
