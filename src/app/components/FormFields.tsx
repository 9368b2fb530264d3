/**
 * The form fields of a scenario. Each knows the dot path of its value in the scenario
 * (`workloads.2.cpuMillicores`), finds the validation issue at that path, and then marks itself
 * (`aria-invalid`) and shows the translated message, which `aria-describedby` points to.
 */
import type { CoreIssue } from "eksize";
import type { ReactNode } from "react";
import { useT } from "../i18n/index.js";
import { bareCores, normalisedQuantity, type QuantityKind } from "../quantity-text.js";
import { usePlannerStore } from "../store/planner-store.js";
import { useFormatters } from "../use-formatters.js";
import { fieldMessage } from "./issue-messages.js";

/** The first issue at `path`, or undefined. */
export function useFieldIssue(path: string): CoreIssue | undefined {
  return usePlannerStore((state) => state.issues.find((issue) => issue.path === path));
}

/** The message element of a field and its id (for aria-describedby). */
function FieldError({ id, issue }: { id: string; issue: CoreIssue | undefined }): ReactNode {
  const t = useT();
  const format = useFormatters();
  if (issue === undefined) return null;
  return (
    <span id={id} className="field-error">
      {fieldMessage(t, format, issue)}
    </span>
  );
}

interface BaseFieldProps {
  readonly id: string;
  /** The accessible name (also visible unless `hideLabel`). */
  readonly label: string;
  /** Dot path of the value in the scenario. */
  readonly path: string;
  /** Table cells name the column in the header: their label is read, not shown. */
  readonly hideLabel?: boolean;
  readonly className?: string;
}

/**
 * A text or number input. Numbers are typed as text, so whatever is typed stays visible and is
 * explained. A `quantity` field takes Kubernetes' units and is rewritten in their canonical form when
 * left (`0.5` → `500m`, `1024` → `1Gi`); a bare CPU number of 20 or more gets a hint that it counts
 * cores, not millicores.
 */
export function InputField({
  id,
  label,
  path,
  hideLabel = false,
  className,
  value,
  onChange,
  unit,
  numeric = true,
  list,
  placeholder,
  quantity,
  note,
}: BaseFieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown after the input, e.g. `MiB`. */
  readonly unit?: string;
  readonly numeric?: boolean;
  /** Id of a datalist of suggestions. */
  readonly list?: string;
  readonly placeholder?: string;
  /** The resource a Kubernetes quantity field holds. */
  readonly quantity?: QuantityKind;
  /** Words under the input about what it holds (its unit, what empty means), which describe it. */
  readonly note?: string;
}): ReactNode {
  const issue = useFieldIssue(path);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const noteId = `${id}-note`;
  const cores = quantity === "cpu" && issue === undefined ? bareCores(value) : null;
  const describedBy = [issue ? errorId : null, cores !== null ? hintId : null, note === undefined ? null : noteId]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <span className="input-unit">
        <input
          id={id}
          type="text"
          inputMode={numeric && quantity === undefined ? "decimal" : undefined}
          autoComplete="off"
          spellCheck={false}
          value={value}
          list={list}
          placeholder={placeholder}
          aria-invalid={issue ? true : undefined}
          aria-describedby={describedBy === "" ? undefined : describedBy}
          onChange={(event) => {
            onChange(event.target.value);
          }}
          onBlur={() => {
            if (quantity === undefined) return;
            const shown = normalisedQuantity(quantity, value);
            if (shown !== value) onChange(shown);
          }}
        />
        {unit !== undefined && (
          <span className="unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </span>
      {note !== undefined && (
        <span id={noteId} className="field-note">
          {note}
        </span>
      )}
      <FieldError id={errorId} issue={issue} />
      {cores !== null && <BareCoresHint id={hintId} cores={cores} />}
    </div>
  );
}

/** The hint under a CPU field holding a bare number of 20 or more: cores, or millicores typed the old way? */
function BareCoresHint({ id, cores }: { id: string; cores: number }): ReactNode {
  const t = useT();
  const format = useFormatters();
  return (
    <span id={id} className="field-hint">
      {t("field.bareCores", { cores: format.decimal(cores, 3), millicores: `${String(cores)}m` })}
    </span>
  );
}

/** One choice of a {@link SelectField}: the value it sets and the words it shows. */
export interface Option<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** A select of fixed options. */
export function SelectField<T extends string>({
  id,
  label,
  path,
  hideLabel = false,
  className,
  value,
  options,
  onChange,
  note,
}: BaseFieldProps & {
  readonly value: T;
  readonly options: readonly Option<T>[];
  readonly onChange: (value: T) => void;
  /** Words under the select about the chosen option (what it holds), which describe it. */
  readonly note?: string;
}): ReactNode {
  const issue = useFieldIssue(path);
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describedBy = [issue ? errorId : null, note === undefined ? null : noteId].filter(Boolean).join(" ");
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy === "" ? undefined : describedBy}
        onChange={(event) => {
          onChange(event.target.value as T);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {note !== undefined && (
        <span id={noteId} className="field-note">
          {note}
        </span>
      )}
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}

/** A checkbox with its label after it; `hintId` names an element that says what ticking it means. */
export function CheckboxField({
  id,
  label,
  path,
  hideLabel = false,
  className,
  checked,
  onChange,
  hintId,
}: BaseFieldProps & {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hintId?: string;
}): ReactNode {
  const issue = useFieldIssue(path);
  const errorId = `${id}-error`;
  const describedBy = [hintId, issue ? errorId : undefined].filter(Boolean).join(" ");
  return (
    <div className={["check", className].filter(Boolean).join(" ")}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy === "" ? undefined : describedBy}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}
