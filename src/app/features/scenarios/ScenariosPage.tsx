/**
 * The user's scenarios: save the current one by name, export and import JSON files, the saved list
 * (open, duplicate, export, delete with Undo), and scenario A against scenario B.
 */
import { MAX_SCENARIO_JSON_LENGTH, parseScenarioJson, scenarioJsonText, type CoreIssue, type Scenario } from "eksize";
import { useMemo, useState, type ReactNode } from "react";
import { INTL_LOCALE, useLocale, useT } from "../../i18n/index.js";
import { usePlannerStore } from "../../store/planner-store.js";
import {
  deleteSaved,
  duplicateSaved,
  importScenarioFile,
  openSaved,
  savedScenario,
  scenarioFileName,
  undoLibraryChange,
  useLibraryStore,
  type SavedScenario,
} from "../../store/scenario-library.js";
import { useFormatters } from "../../use-formatters.js";
import { IssueList } from "../../components/IssueList.js";
import { downloadText } from "../../components/download.js";
import { SaveScenarioForm } from "../../components/SaveScenarioForm.js";
import { ScenarioComparison } from "./ScenarioComparison.js";
import { TableScroll } from "../../components/TableScroll.js";

/** The value of the A/B pickers that stands for the scenario being edited. */
const CURRENT = "current";

function exportScenario(scenario: Scenario): void {
  downloadText(scenarioFileName(scenario), scenarioJsonText(scenario));
}

/** Export of the current scenario, and import of a scenario file. */
function ImportExport(): ReactNode {
  const t = useT();
  const scenario = usePlannerStore((state) => state.scenario);
  const [issues, setIssues] = useState<readonly CoreIssue[]>([]);
  const [imported, setImported] = useState<string | null>(null);

  const importFile = async (file: File): Promise<void> => {
    setImported(null);
    // A file far larger than any scenario is refused before it is read into memory.
    if (file.size > MAX_SCENARIO_JSON_LENGTH) {
      setIssues([
        { code: "scenario-json-too-large", params: { length: file.size, maximum: MAX_SCENARIO_JSON_LENGTH } },
      ]);
      return;
    }
    const found = importScenarioFile(parseScenarioJson(await file.text()), file.name);
    setIssues(found);
    if (found.length === 0) setImported(file.name);
  };

  return (
    <section className="panel" aria-labelledby="files-heading">
      <h3 id="files-heading">{t("scenarios.files.heading")}</h3>
      <div className="section-actions">
        <button
          type="button"
          onClick={() => {
            exportScenario(scenario);
          }}
        >
          {t("scenarios.exportCurrent")}
        </button>
        <label className="file-input">
          {t("scenarios.import")}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file !== undefined) void importFile(file);
            }}
          />
        </label>
      </div>
      <p className="hint">{t("scenarios.import.hint")}</p>
      <div role="status">{imported !== null && t("scenarios.imported", { file: imported })}</div>
      {issues.length > 0 && (
        <div role="alert" className="notice">
          <p>
            <strong>{t("scenarios.importFailed")}</strong> {t("share.kept")}
          </p>
          <IssueList issues={issues} />
        </div>
      )}
    </section>
  );
}

/** One saved scenario's row. */
function SavedRow({ entry }: { entry: SavedScenario }): ReactNode {
  const t = useT();
  const locale = useLocale();
  const format = useFormatters();
  const [issues, setIssues] = useState<readonly CoreIssue[]>([]);
  const read = useMemo(() => savedScenario(entry), [entry]);
  const name = entry.name.trim() || t("scenarios.untitled");
  const savedAt = new Date(entry.savedAt);
  return (
    <tr>
      <th scope="row">
        {name}
        {entry.keptBecause !== undefined && (
          <span className="badge">{t(`scenarios.keptBecause.${entry.keptBecause}`)}</span>
        )}
        {issues.length > 0 && <IssueList issues={issues} />}
      </th>
      <td className="text">
        <div className="row-actions">
          <button
            type="button"
            aria-label={t("scenarios.openNamed", { name })}
            onClick={() => {
              setIssues(openSaved(entry.id));
            }}
          >
            {t("scenarios.open")}
          </button>
          <button
            type="button"
            aria-label={t("scenarios.duplicateNamed", { name })}
            onClick={() => {
              duplicateSaved(entry.id);
            }}
          >
            {t("scenarios.duplicate")}
          </button>
          <button
            type="button"
            aria-label={t("scenarios.exportNamed", { name })}
            disabled={!read.ok}
            onClick={() => {
              if (read.ok) exportScenario(read.scenario);
            }}
          >
            {t("scenarios.export")}
          </button>
          <button
            type="button"
            aria-label={t("scenarios.deleteNamed", { name })}
            onClick={() => {
              deleteSaved(entry.id);
            }}
          >
            {t("scenarios.delete")}
          </button>
        </div>
      </td>
      <td>
        {Number.isNaN(savedAt.getTime())
          ? t("value.unknown")
          : new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short" }).format(savedAt)}
      </td>
      <td>{read.ok ? read.scenario.region : t("value.unknown")}</td>
      <td>{read.ok ? format.integer(read.scenario.workloads.length) : t("value.unknown")}</td>
    </tr>
  );
}

/** The saved scenarios, with Undo of the last change. */
function SavedList(): ReactNode {
  const t = useT();
  const saved = useLibraryStore((state) => state.saved);
  const undo = useLibraryStore((state) => state.undo);
  return (
    <section className="panel" aria-labelledby="saved-heading">
      <h3 id="saved-heading">{t("scenarios.saved.heading")}</h3>
      <div role="status" className="undo-status">
        {undo !== null && (
          <>
            {t(`scenarios.undo.${undo.action}`)}{" "}
            <button type="button" onClick={undoLibraryChange}>
              {t("scenarios.undo")}
            </button>
          </>
        )}
      </div>
      {saved.length === 0 ? (
        <p>{t("scenarios.saved.empty")}</p>
      ) : (
        <TableScroll labelledBy="saved-heading">
          <table className="data-table sticky-first saved-scenarios">
            <caption className="visually-hidden">{t("scenarios.saved.heading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scenarios.name")}</th>
                <th scope="col" className="text">
                  {t("scenarios.actions")}
                </th>
                <th scope="col">{t("scenarios.savedAt")}</th>
                <th scope="col">{t("settings.region")}</th>
                <th scope="col">{t("scenarios.workloads")}</th>
              </tr>
            </thead>
            <tbody>
              {saved.map((entry) => (
                <SavedRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** A picker of one side of the comparison: the current scenario or a saved one. */
function SidePicker({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}): ReactNode {
  const t = useT();
  const saved = useLibraryStore((state) => state.saved);
  const currentName = usePlannerStore((state) => state.scenario.name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value={CURRENT}>{t("compare.current", { name: currentName.trim() || t("scenarios.untitled") })}</option>
        {saved.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name.trim() || t("scenarios.untitled")}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One side's scenario: the current one, or a saved one read back (the current one when it was deleted). */
function pick(
  id: string,
  saved: readonly SavedScenario[],
  current: Scenario,
): { ok: true; scenario: Scenario } | { ok: false; issues: readonly CoreIssue[] } {
  const entry = id === CURRENT ? undefined : saved.find((candidate) => candidate.id === id);
  return entry === undefined ? { ok: true, scenario: current } : savedScenario(entry);
}

/** Scenario A against scenario B. */
function CompareSection(): ReactNode {
  const t = useT();
  const saved = useLibraryStore((state) => state.saved);
  const current = usePlannerStore((state) => state.scenario);
  const [aId, setAId] = useState(CURRENT);
  const [bId, setBId] = useState(() => saved[saved.length - 1]?.id ?? CURRENT);

  // Read once per choice, so the plans are not recomputed on every render.
  const a = useMemo(() => pick(aId, saved, current), [aId, saved, current]);
  const b = useMemo(() => pick(bId, saved, current), [bId, saved, current]);

  return (
    <section className="panel" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t("compare.heading")}</h3>
      <div className="compare-pickers">
        <SidePicker id="compare-a" label={t("compare.a")} value={aId} onChange={setAId} />
        <SidePicker id="compare-b" label={t("compare.b")} value={bId} onChange={setBId} />
      </div>
      {a.ok && b.ok ? (
        <ScenarioComparison a={a.scenario} b={b.scenario} />
      ) : (
        <div role="alert" className="notice">
          <IssueList issues={[...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)]} />
        </div>
      )}
    </section>
  );
}

/** The scenarios page. */
export function ScenariosPage(): ReactNode {
  const t = useT();
  return (
    <div className="scenarios-page">
      <h2 id="scenarios-heading">{t("scenarios.heading")}</h2>
      <SaveScenarioForm idPrefix="scenarios-page" />
      <ImportExport />
      <SavedList />
      <CompareSection />
    </div>
  );
}
