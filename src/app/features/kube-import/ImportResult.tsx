/**
 * What an import found: the counts, the warnings, the pods without requests, the current nodes, the
 * workloads and DaemonSets it built, and the button that plans them.
 */
import { importedScenario, type CoreIssue, type KubeImport, type NodeSummary, type Workload } from "eksize";
import { useState, type ReactNode } from "react";
import { describeIssue, useT, type Translate } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";
import { replaceScenario } from "../../store/scenario-library.js";
import { navigate } from "../../store/site-address.js";
import { useFormatters } from "../../use-formatters.js";
import {
  importSkipped,
  importSummary,
  leftOutEntry,
  missingRequests,
  nodesRequested,
  plannedWith,
} from "../../../present/kube-import/words.js";
import { acceleratorName } from "../../../present/plan/words.js";
import { IssueList } from "../../components/IssueList.js";
import { TableScroll } from "../../components/TableScroll.js";

/** Rows a table shows before "and N more": enough to check, few enough to stay fast with 50,000 pods. */
const SHOWN_ROWS = 100;

/** The import's findings, and the button that makes them the planner's scenario. */
export function ImportResult({ result }: { readonly result: KubeImport }): ReactNode {
  const t = useT();
  const format = useFormatters();
  return (
    <div className="import-result">
      <p role="status">
        {importSummary(t, format, result)} {importSkipped(t, format, result)}
      </p>
      <UseInPlanner result={result} />
      {result.issues.length > 0 && <Warnings issues={result.issues} />}
      <PodsWithoutRequests result={result} />
      <LeftOut result={result} />
      {result.nodes !== null && <CurrentNodes nodes={result.nodes} />}
      <ImportedWorkloads result={result} />
    </div>
  );
}

/** Builds the scenario from the current one and opens the planner on it (the current one is kept). */
function UseInPlanner({ result }: { readonly result: KubeImport }): ReactNode {
  const t = useT();
  const current = usePlannerStore((state) => state.scenario);
  const [issues, setIssues] = useState<readonly CoreIssue[]>([]);
  const plan = (): void => {
    const name = t("import.scenarioName", { date: new Date().toISOString().slice(0, 10) });
    const scenario = importedScenario(current, result, name);
    if (!scenario.ok) {
      setIssues(scenario.issues);
      return;
    }
    replaceScenario(scenario.value, null, "import");
    navigate("planner");
  };
  return (
    <div className="import-use">
      <button type="button" onClick={plan}>
        {t("import.use")}
      </button>
      <p className="hint">{t("import.use.hint")}</p>
      {issues.length > 0 && (
        <div role="alert">
          <p>{t("import.use.refused")}</p>
          <IssueList issues={issues} />
        </div>
      )}
    </div>
  );
}

function Warnings({ issues }: { readonly issues: readonly CoreIssue[] }): ReactNode {
  const t = useT();
  const format = useFormatters();
  return (
    <details className="panel">
      <summary>{t("import.warnings", { count: format.integer(issues.length) })}</summary>
      <ul>
        {issues.slice(0, SHOWN_ROWS).map((issue, index) => (
          <li key={index}>{describeIssue(t, issue, format.integer)}</li>
        ))}
      </ul>
      <More total={issues.length} />
    </details>
  );
}

/** "and N more" under a table cut at {@link SHOWN_ROWS}. */
function More({ total }: { readonly total: number }): ReactNode {
  const t = useT();
  const format = useFormatters();
  if (total <= SHOWN_ROWS) return null;
  return <p className="hint">{t("import.more", { count: format.integer(total - SHOWN_ROWS) })}</p>;
}

function PodsWithoutRequests({ result }: { readonly result: KubeImport }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const pods = result.podsWithoutRequests;
  if (pods.length === 0) return null;
  return (
    <section className="panel">
      <h3 id="import-no-requests-heading">{t("import.noRequests.heading", { count: format.integer(pods.length) })}</h3>
      <p className="hint">{t("import.noRequests.hint")}</p>
      <TableScroll labelledBy="import-no-requests-heading">
        <table className="data-table sticky-first">
          <thead>
            <tr>
              <th scope="col">{t("import.column.pod")}</th>
              <th scope="col" className="text">
                {t("import.column.missing")}
              </th>
              <th scope="col" className="text">
                {t("import.column.assumed")}
              </th>
              <th scope="col" className="text">
                {t("import.column.owner")}
              </th>
            </tr>
          </thead>
          <tbody>
            {pods.slice(0, SHOWN_ROWS).map((pod) => (
              <tr key={`${pod.namespace}/${pod.name}`}>
                <td className="text">
                  {pod.namespace}/{pod.name}
                </td>
                <td className="text">{missingRequests(t, pod)}</td>
                <td className="text">{plannedWith(t, format, pod)}</td>
                <td className="text">{pod.owner}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <More total={pods.length} />
    </section>
  );
}

/** The live pods left out because EKS has no such thing, each owner with its reason. */
function LeftOut({ result }: { readonly result: KubeImport }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const entries = result.leftOut;
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="import-left-out-heading">
      <h3 id="import-left-out-heading">{t("import.leftOut.heading", { count: format.integer(entries.length) })}</h3>
      <p className="hint">{t("import.leftOut.hint")}</p>
      <ul>
        {entries.slice(0, SHOWN_ROWS).map((entry) => (
          <li key={`${entry.kind}/${entry.namespace}/${entry.name}`}>{leftOutEntry(t, format, entry)}</li>
        ))}
      </ul>
      <More total={entries.length} />
    </section>
  );
}

function CurrentNodes({ nodes }: { readonly nodes: NodeSummary }): ReactNode {
  const t = useT();
  const format = useFormatters();
  return (
    <section className="panel">
      <h3 id="import-nodes-heading">{t("import.nodes.heading", { count: format.integer(nodes.count) })}</h3>
      <p>{nodesRequested(t, format, nodes)}</p>
      <TableScroll labelledBy="import-nodes-heading">
        <table className="data-table sticky-first">
          <thead>
            <tr>
              <th scope="col">{t("import.column.nodeKind")}</th>
              <th scope="col">{t("import.column.nodes")}</th>
              <th scope="col">{t("import.column.cpu")}</th>
              <th scope="col">{t("import.column.memory")}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.kinds.map((kind) => (
              <tr key={`${kind.instanceType ?? ""}|${kind.cpuMillicores}|${kind.memoryMiB}`}>
                <th scope="row">{kind.instanceType ?? t("import.nodes.unlabelled")}</th>
                <td>{format.integer(kind.count)}</td>
                <td>{format.millicores(kind.cpuMillicores)}</td>
                <td>{format.gibFromMib(kind.memoryMiB)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("import.nodes.capacity")}</th>
              <td>{format.integer(nodes.count)}</td>
              <td>{format.millicores(nodes.capacity.cpuMillicores)}</td>
              <td>{format.gibFromMib(nodes.capacity.memoryMiB)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}

/** A workload's spread and disruption budget as traits: "Zone spread: required, maxSkew 1", "Max per node: 1", "PDB maxUnavailable: 25%". */
function spreadTraits(t: Translate, workload: Workload): [boolean, string][] {
  const { zoneSpread, maxPodsPerNode, disruptionBudget } = workload;
  return [
    [
      zoneSpread !== null,
      zoneSpread === null
        ? ""
        : `${t("planner.workload.zoneSpread")}: ${t(`planner.workload.spread.${zoneSpread.whenUnsatisfiable}`)}, maxSkew ${zoneSpread.maxSkew}`,
    ],
    [maxPodsPerNode !== null, `${t("planner.workload.maxPerNode")}: ${maxPodsPerNode}`],
    ...Object.entries(disruptionBudget ?? {}).map(([field, value]): [boolean, string] => [
      true,
      `PDB ${field}: ${value}`,
    ]),
  ];
}

function ImportedWorkloads({ result }: { readonly result: KubeImport }): ReactNode {
  const t = useT();
  const format = useFormatters();
  const traits = (flags: readonly [boolean, string][]): string =>
    flags
      .filter(([on]) => on)
      .map(([, label]) => label)
      .join(", ");
  return (
    <section className="panel">
      <h3 id="import-workloads-heading">{t("import.workloads.heading")}</h3>
      <TableScroll labelledBy="import-workloads-heading">
        <table className="data-table sticky-first">
          <thead>
            <tr>
              <th scope="col">{t("import.column.name")}</th>
              <th scope="col">{t("import.column.replicas")}</th>
              <th scope="col">{t("import.column.cpuPerPod")}</th>
              <th scope="col">{t("import.column.memoryPerPod")}</th>
              <th scope="col" className="text">
                {t("import.column.traits")}
              </th>
              <th scope="col" className="text">
                {t("import.column.from")}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.workloads.slice(0, SHOWN_ROWS).map((workload, index) => {
              // `owners` lists the workloads' owners first, in the same order.
              const owner = result.owners[index];
              return (
                <tr key={workload.name}>
                  <th scope="row">{workload.name}</th>
                  <td>{format.integer(workload.replicas)}</td>
                  <td>{format.millicores(workload.cpuMillicores)}</td>
                  <td>{format.mib(workload.memoryMiB)}</td>
                  <td className="text">
                    {traits([
                      [workload.architecture !== null, workload.architecture ?? ""],
                      [
                        workload.gpus > 0,
                        t("import.trait.gpus", {
                          count: format.integer(workload.gpus),
                          accelerator: acceleratorName(t, workload.accelerator),
                        }),
                      ],
                      [workload.hostNetwork, t("import.trait.hostNetwork")],
                      [workload.privileged, t("import.trait.privileged")],
                      [
                        workload.autoscaling !== null,
                        t("import.trait.scales", {
                          min: format.integer(workload.autoscaling?.minReplicas ?? 0),
                          max: format.integer(workload.autoscaling?.maxReplicas ?? 0),
                        }),
                      ],
                      ...spreadTraits(t, workload),
                    ])}
                  </td>
                  <td className="text">{owner && `${owner.kind} ${owner.namespace}/${owner.ownerName}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <More total={result.workloads.length} />
      <h4>{t("import.daemonSets.heading", { count: format.integer(result.daemonSets.length) })}</h4>
      <ul className="inline-list">
        {result.daemonSets.map((daemonSet) => (
          <li key={daemonSet.name}>
            {t("import.daemonSet", {
              name: daemonSet.name,
              cpu: format.millicores(daemonSet.cpuMillicores),
              memory: format.mib(daemonSet.memoryMiB),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
