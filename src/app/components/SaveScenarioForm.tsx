import { useState, type ReactNode } from "react";
import { useT } from "../i18n/index.js";
import { usePlannerStore } from "../store/planner-store.js";
import { saveCurrent, useLibraryStore } from "../store/scenario-library.js";

/** The longest scenario name the schema accepts. */
const NAME_MAX = 200;

/**
 * Saves the current scenario in this browser under a name (prefilled with the scenario's own). A
 * saved scenario of the same name is replaced; the saved list offers Undo.
 */
export function SaveScenarioForm({ idPrefix }: { idPrefix: string }): ReactNode {
  const t = useT();
  const scenarioName = usePlannerStore((state) => state.scenario.name);
  const storageRefused = useLibraryStore((state) => state.storageRefused);
  // The typed name; null while the user has not typed, so a newly opened scenario's name shows.
  const [typed, setTyped] = useState<string | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const name = typed ?? scenarioName;
  const id = `${idPrefix}-scenario-name`;
  return (
    <form
      className="save-scenario"
      onSubmit={(event) => {
        event.preventDefault();
        const entry = saveCurrent(name.trim());
        setTyped(null);
        setSavedAs(entry.name || t("scenarios.untitled"));
      }}
    >
      <label htmlFor={id}>{t("scenarios.name")}</label>
      <input
        id={id}
        type="text"
        maxLength={NAME_MAX}
        value={name}
        onChange={(event) => {
          setTyped(event.target.value);
          setSavedAs(null);
        }}
      />
      <button type="submit">{t("scenarios.save")}</button>
      <span role="status" className="save-status">
        {savedAs !== null && !storageRefused ? t("scenarios.savedAs", { name: savedAs }) : ""}
      </span>
    </form>
  );
}
