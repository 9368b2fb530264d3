import type { Result } from "../errors.js";
import { defaultScenario } from "../scenario/default-scenario.js";
import type { Scenario } from "../scenario/scenario.js";
import { validateScenario } from "../scenario/scenario-schema.js";
import type { KubeImport } from "./import.js";

/**
 * The scenario to plan an imported cluster with: `base` (its region, node groups, cluster settings,
 * network, hours and currency) with its workloads and DaemonSets replaced by the imported ones.
 *
 * - Fargate profiles keep only the workloads the import has (a profile can end up empty), and so do
 *   the workloads with their own security groups;
 * - a base without node groups gets the default scenario's general-purpose group, so the imported
 *   pods have somewhere to go.
 *
 * The result is checked like any scenario (`validateScenario`), so an import over the schema's limits
 * (5,000 workloads, 500 DaemonSets) gives its issues rather than a scenario.
 *
 * @example
 * const imported = importKubernetes({ pods })
 * if (imported.ok) importedScenario(defaultScenario, imported.value, "Imported from kubectl")
 * // { ok: true, value: { ...defaultScenario, name: "Imported from kubectl", workloads: [...], daemonSets: [...] } }
 */
export function importedScenario(
  base: Scenario,
  imported: Pick<KubeImport, "workloads" | "daemonSets">,
  name: string,
): Result<Scenario> {
  const names = new Set(imported.workloads.map((workload) => workload.name));
  const network = base.network;
  return validateScenario({
    ...base,
    name,
    workloads: imported.workloads,
    daemonSets: imported.daemonSets,
    nodeGroups: base.nodeGroups.length > 0 ? base.nodeGroups : defaultScenario.nodeGroups.slice(0, 1),
    fargateProfiles: base.fargateProfiles.map((profile) => ({
      ...profile,
      workloads: profile.workloads.filter((workload) => names.has(workload)),
    })),
    ...(network && {
      network: {
        ...network,
        securityGroupWorkloads: network.securityGroupWorkloads.filter((workload) => names.has(workload)),
      },
    }),
  });
}
