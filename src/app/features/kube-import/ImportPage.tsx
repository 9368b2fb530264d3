/**
 * The kubectl import: the output of `kubectl get pods -A -o json` (and optionally the workloads and
 * nodes lists), pasted or dropped, becomes the planner's workloads and DaemonSets. Everything happens
 * in the browser, in a worker; nothing is sent anywhere.
 */
import { DEFAULT_ASSUMED_CPU_MILLICORES, DEFAULT_ASSUMED_MEMORY_MIB } from "eksize";
import type { ReactNode } from "react";
import { useT } from "../../i18n/index.js";
import { normalisedQuantity, QUANTITY_UNITS } from "../../quantity-text.js";
import { positiveQuantity, useKubeImportStore } from "../../store/kube-import-store.js";
import { useFormatters } from "../../use-formatters.js";
import { IssueList } from "../../components/IssueList.js";
import { sourceSize } from "./import-job.js";
import { ImportResult } from "./ImportResult.js";
import { SourceField } from "./SourceField.js";

/** The import page. */
export function ImportPage(): ReactNode {
  const t = useT();
  const status = useKubeImportStore((state) => state.status);
  return (
    <div className="import-page">
      <section className="panel" aria-labelledby="import-heading">
        <h2 id="import-heading">{t("import.heading")}</h2>
        <p>{t("import.intro")}</p>
        <SourceField input="pods" />
        <SourceField input="workloads" />
        <SourceField input="nodes" />
        <SourceField input="pdbs" />
        <SourceField input="hpas" />
        <WithoutRequestsChoice />
        <ImportActions />
      </section>
      <section id="import-results" aria-labelledby="import-results-heading" tabIndex={-1}>
        <h2 id="import-results-heading">{t("import.results.heading")}</h2>
        {status.kind === "idle" && <p className="hint">{t("import.results.none")}</p>}
        {status.kind === "refused" && (
          <div role="alert">
            <p>{t("import.refused")}</p>
            <IssueList issues={status.issues} />
          </div>
        )}
        {status.kind === "failed" && <p role="alert">{t("import.failed", { message: status.message })}</p>}
        {status.kind === "done" && <ImportResult result={status.result} />}
      </section>
    </div>
  );
}

/** What to assume for pods that request no CPU or memory: a default the user may change, or their limits. */
function WithoutRequestsChoice(): ReactNode {
  const t = useT();
  const choice = useKubeImportStore((state) => state.withoutRequests);
  const defaultCpu = useKubeImportStore((state) => state.defaultCpu);
  const defaultMemory = useKubeImportStore((state) => state.defaultMemory);
  const setChoice = useKubeImportStore((state) => state.setWithoutRequests);
  const setDefaults = useKubeImportStore((state) => state.setDefaults);
  const fields = [
    { id: "import-default-cpu", key: "defaultCpu", kind: "cpu", value: defaultCpu, label: t("import.defaultCpu") },
    {
      id: "import-default-memory",
      key: "defaultMemory",
      kind: "memory",
      value: defaultMemory,
      label: t("import.defaultMemory"),
    },
  ] as const;
  return (
    <fieldset className="import-options">
      <legend>{t("import.withoutRequests")}</legend>
      <div className="check">
        <input
          type="radio"
          id="import-assume-default"
          name="import-without-requests"
          checked={choice === "default"}
          onChange={() => {
            setChoice("default");
          }}
        />
        <label htmlFor="import-assume-default">{t("import.withoutRequests.default")}</label>
      </div>
      <div className="check">
        <input
          type="radio"
          id="import-assume-limits"
          name="import-without-requests"
          checked={choice === "limits"}
          onChange={() => {
            setChoice("limits");
          }}
        />
        <label htmlFor="import-assume-limits">{t("import.withoutRequests.limits")}</label>
      </div>
      <div className="field-grid">
        {fields.map((field) => {
          const invalid = positiveQuantity(field.kind, field.value) === null;
          const unreadable = QUANTITY_UNITS[field.kind].read(field.value) === null;
          return (
            <div className="field" key={field.id}>
              <label htmlFor={field.id}>{field.label}</label>
              <input
                id={field.id}
                autoComplete="off"
                spellCheck={false}
                value={field.value}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? `${field.id}-error` : undefined}
                onChange={(event) => {
                  setDefaults({ [field.key]: event.target.value });
                }}
                onBlur={() => {
                  setDefaults({ [field.key]: normalisedQuantity(field.kind, field.value) });
                }}
              />
              {invalid && (
                <span className="field-error" id={`${field.id}-error`}>
                  {unreadable
                    ? t(field.kind === "cpu" ? "field.cpuQuantity" : "field.memoryQuantity")
                    : t("import.defaultInvalid", { value: field.value })}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <p className="hint">
        {t("import.withoutRequests.hint", {
          cpu: QUANTITY_UNITS.cpu.write(DEFAULT_ASSUMED_CPU_MILLICORES),
          memory: QUANTITY_UNITS.memory.write(DEFAULT_ASSUMED_MEMORY_MIB),
        })}
      </p>
    </fieldset>
  );
}

/** Import and Cancel, with what is going on. */
function ImportActions(): ReactNode {
  const t = useT();
  const format = useFormatters();
  const sources = useKubeImportStore((state) => state.sources);
  const status = useKubeImportStore((state) => state.status);
  const ready = useKubeImportStore(
    (state) =>
      positiveQuantity("cpu", state.defaultCpu) !== null && positiveQuantity("memory", state.defaultMemory) !== null,
  );
  const run = useKubeImportStore((state) => state.run);
  const cancel = useKubeImportStore((state) => state.cancel);
  const size = Object.values(sources).reduce((sum, source) => sum + sourceSize(source), 0);
  return (
    <div className="section-actions">
      <button type="button" disabled={sources.pods === undefined || !ready} onClick={run}>
        {t("import.run")}
      </button>
      {status.kind === "running" && (
        <button type="button" onClick={cancel}>
          {t("import.cancel")}
        </button>
      )}
      <span role="status" className="hint">
        {status.kind === "running"
          ? t("import.running", { size: format.bytes(size) })
          : sources.pods === undefined
            ? t("import.needPods")
            : ""}
      </span>
    </div>
  );
}
