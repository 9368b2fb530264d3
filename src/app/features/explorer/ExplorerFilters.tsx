import type { Architecture } from "eksize";
import { instanceTypes } from "eksize/data";
import { useId, type ReactNode } from "react";
import { formattersFor } from "../../../present/format.js";
import { useLocale, useT, type PlainMessageKey, type Translate } from "../../i18n/index.js";
import { useExplorerStore } from "../../store/explorer-store.js";
import {
  parseRange,
  RANGE_RULES,
  type ArchitectureChoice,
  type Bound,
  type RangeField,
  type RangeProblem,
} from "../../../present/explorer/filters.js";

/** Every family in the dataset, for the family input's suggestions. */
const FAMILIES: readonly string[] = [...new Set(instanceTypes.map((type) => type.family))].sort();

const ARCHITECTURES: readonly Architecture[] = ["amd64", "arm64"];

const RANGE_LABELS: Readonly<Record<RangeField, Record<"legend" | Bound, PlainMessageKey>>> = {
  vcpu: { legend: "filters.vcpu", min: "filters.vcpu.min", max: "filters.vcpu.max" },
  memory: { legend: "filters.memory", min: "filters.memory.min", max: "filters.memory.max" },
};

/** One problem of a range input in words, naming the field it is about. */
function describeProblem(
  t: Translate,
  field: RangeField,
  problem: RangeProblem,
  format: (n: number) => string,
): string {
  switch (problem.code) {
    case "not-a-number":
      return t("range.notANumber", { field: t(RANGE_LABELS[field][problem.bound]), value: problem.value });
    case "not-whole":
      return t("range.notWhole", { field: t(RANGE_LABELS[field][problem.bound]), value: problem.value });
    case "negative":
      return t("range.negative", { field: t(RANGE_LABELS[field][problem.bound]), value: problem.value });
    case "min-above-max":
      return t("range.minAboveMax", {
        field: t(RANGE_LABELS[field].legend),
        min: format(problem.min),
        max: format(problem.max),
      });
  }
}

/** A min–max pair with its inline messages. The inputs keep exactly what was typed. */
function RangeInput({ field }: { field: RangeField }): ReactNode {
  const t = useT();
  const locale = useLocale();
  const text = useExplorerStore((state) => state.filters[field]);
  const setRangeText = useExplorerStore((state) => state.setRangeText);
  const id = useId();
  const parsed = parseRange(text, RANGE_RULES[field]);
  const problems = parsed.ok ? [] : parsed.problems;
  const errorId = `${id}-error`;
  const invalid = (bound: Bound): boolean =>
    problems.some((problem) => problem.code === "min-above-max" || problem.bound === bound);
  const format = (value: number) => formattersFor(locale).decimal(value, 2);

  const input = (bound: Bound) => (
    <>
      <label className="visually-hidden" htmlFor={`${id}-${bound}`}>
        {t(RANGE_LABELS[field][bound])}
      </label>
      <input
        id={`${id}-${bound}`}
        type="text"
        inputMode={RANGE_RULES[field].wholeNumbers ? "numeric" : "decimal"}
        autoComplete="off"
        size={5}
        placeholder={t(bound === "min" ? "filters.minPlaceholder" : "filters.maxPlaceholder")}
        value={text[bound]}
        aria-invalid={invalid(bound) ? "true" : undefined}
        aria-describedby={invalid(bound) ? errorId : undefined}
        onChange={(event) => {
          setRangeText(field, bound, event.target.value);
        }}
      />
    </>
  );

  return (
    <fieldset className="field range">
      <legend>{t(RANGE_LABELS[field].legend)}</legend>
      <div className="range-inputs">
        {input("min")}
        <span aria-hidden="true">{t("filters.rangeTo")}</span>
        {input("max")}
      </div>
      <div id={errorId} className="field-error" aria-live="polite">
        {problems.map((problem) => (
          <p key={problem.code + ("bound" in problem ? problem.bound : "")}>
            {describeProblem(t, field, problem, format)}
          </p>
        ))}
        {problems.length > 0 && <p className="field-error-note">{t("range.kept")}</p>}
      </div>
    </fieldset>
  );
}

/**
 * The filter bar: name, family, architecture, vCPU and memory ranges. The name and family hints are
 * tooltips for the mouse and, through aria-describedby, the inputs' descriptions for screen readers.
 */
export function ExplorerFilters(): ReactNode {
  const t = useT();
  const filters = useExplorerStore((state) => state.filters);
  const setNameFilter = useExplorerStore((state) => state.setNameFilter);
  const setFamilyFilter = useExplorerStore((state) => state.setFamilyFilter);
  const setArchitecture = useExplorerStore((state) => state.setArchitecture);
  const resetFilters = useExplorerStore((state) => state.resetFilters);

  return (
    <section className="panel filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t("filters.heading")}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="filter-name">{t("filters.name")}</label>
          <input
            id="filter-name"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={t("filters.name.placeholder")}
            title={t("filters.name.hint")}
            aria-describedby="filter-name-hint"
            value={filters.name}
            onChange={(event) => {
              setNameFilter(event.target.value);
            }}
          />
          <span id="filter-name-hint" className="visually-hidden">
            {t("filters.name.hint")}
          </span>
        </div>
        <div className="field">
          <label htmlFor="filter-family">{t("filters.family")}</label>
          <input
            id="filter-family"
            type="search"
            autoComplete="off"
            spellCheck={false}
            list="family-options"
            size={10}
            placeholder={t("filters.family.placeholder")}
            title={t("filters.family.hint")}
            aria-describedby="filter-family-hint"
            value={filters.family}
            onChange={(event) => {
              setFamilyFilter(event.target.value);
            }}
          />
          <span id="filter-family-hint" className="visually-hidden">
            {t("filters.family.hint")}
          </span>
          <datalist id="family-options">
            {FAMILIES.map((family) => (
              <option key={family} value={family} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="filter-architecture">{t("filters.architecture")}</label>
          <select
            id="filter-architecture"
            value={filters.architecture}
            onChange={(event) => {
              setArchitecture(event.target.value as ArchitectureChoice);
            }}
          >
            <option value="all">{t("filters.architecture.all")}</option>
            {ARCHITECTURES.map((architecture) => (
              <option key={architecture} value={architecture}>
                {t(`filters.arch.${architecture}`)}
              </option>
            ))}
          </select>
        </div>
        <RangeInput field="vcpu" />
        <RangeInput field="memory" />
        <div className="field field-action">
          <button type="button" onClick={resetFilters}>
            {t("filters.reset")}
          </button>
        </div>
      </div>
    </section>
  );
}
