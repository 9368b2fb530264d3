/**
 * The planner's form fields. Each knows the dot path of its value in the scenario
 * (`workloads.2.cpuMillicores`), finds the validation issue at that path, and then marks itself
 * (`aria-invalid`) and shows the translated message, which `aria-describedby` points to.
 */
import type { CoreIssue } from "eksize";
import type { ReactNode } from "react";
import { type Formatters } from "../../present/format.js";
import { describeIssue, translateComputed, useT, type Translate } from "../i18n/index.js";
import { usePlannerStore } from "../store/planner-store.js";
import { useFormatters } from "../use-formatters.js";

/** The first issue at `path`, or undefined. */
export function useFieldIssue(path: string): CoreIssue | undefined {
  return usePlannerStore((state) => state.issues.find((issue) => issue.path === path));
}

/** A field's issue in words, worded for a form ("must be at least 0") rather than for a file. */
export function fieldMessage(t: Translate, format: Formatters, issue: CoreIssue): string {
  switch (issue.code) {
    case "scenario-out-of-range":
      return t(issue.params.bound === "min" ? "field.atLeast" : "field.atMost", {
        limit: format.decimal(issue.params.limit, 4),
      });
    case "scenario-wrong-type":
      return issue.params.expected === "number" ? t("field.notANumber") : describeIssue(t, issue);
    case "scenario-not-whole-number":
      return t("field.notWhole");
    case "scenario-too-short":
      return t("field.required");
    case "unknown-instance-type":
      return issue.params.suggestions.length > 0
        ? t("field.unknownTypeSuggest", {
            instanceType: issue.params.instanceType,
            suggestions: issue.params.suggestions.join(", "),
          })
        : describeIssue(t, issue);
    case "cni-settings-unsupported":
      return documentMessage(t, format, issue);
    default:
      return describeIssue(t, issue);
  }
}

/** The kinds of value the schema names in `scenario-wrong-type`, worded in each language. */
const KINDS = ["number", "string", "boolean", "object", "array"] as const;

/**
 * An issue of a document (a link, a file, stored work) in words: unlike a form's message it names
 * the value that is wrong, since the user cannot see it ("-2 is less than the minimum, 0").
 */
export function documentMessage(t: Translate, format: Formatters, issue: CoreIssue): string {
  switch (issue.code) {
    case "scenario-out-of-range":
      return t(issue.params.bound === "min" ? "document.belowMinimum" : "document.aboveMaximum", {
        received: issue.params.received,
        limit: format.decimal(issue.params.limit, 4),
      });
    case "scenario-wrong-type": {
      const kind = KINDS.find((name) => name === issue.params.expected);
      return kind === undefined
        ? describeIssue(t, issue)
        : t("document.wrongType", { expected: t(`document.kind.${kind}`), received: issue.params.received });
    }
    case "unknown-instance-type":
      return fieldMessage(t, format, issue);
    case "subnet-too-small":
    case "subnet-missing":
    case "subnet-prefix-fragmentation":
    case "subnet-demand-too-large": {
      // The zone by its name when the subnets give one, the role and the moment in words.
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(issue.params)) {
        params[name] = typeof value === "number" ? format.integer(value) : String(value);
      }
      const { zone, availabilityZone, role } = issue.params;
      params["zone"] = availabilityZone ?? String(zone);
      params["role"] = t(`subnetRole.${role}`);
      if (issue.code === "subnet-too-small") params["when"] = t(`subnetWhen.${issue.params.when}`);
      return translateComputed(t, `error.${issue.code}`, params);
    }
    case "cni-settings-unsupported":
      return t("error.cni-settings-unsupported", { reason: t(`cniReason.${issue.params.reason}`) });
    default:
      return describeIssue(t, issue, (value) => format.decimal(value, 4));
  }
}

/**
 * Issues as a list, each with its path (when it has one) and its message in words: worded for the
 * form being edited (`form`), or for a link, file or stored scenario (`document`, naming each value).
 */
export function IssueList({
  issues,
  wording = "document",
}: {
  issues: readonly CoreIssue[];
  wording?: "form" | "document";
}): ReactNode {
  const t = useT();
  const format = useFormatters();
  const message = wording === "form" ? fieldMessage : documentMessage;
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => (
        <li key={index}>
          {issue.path !== undefined && issue.path !== "" && (
            <>
              <code>{issue.path}</code>:{" "}
            </>
          )}
          {message(t, format, issue)}
        </li>
      ))}
    </ul>
  );
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

/** A text or number input. Numbers are typed as text, so whatever is typed stays visible and is explained. */
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
}: BaseFieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown after the input, e.g. `MiB`. */
  readonly unit?: string;
  readonly numeric?: boolean;
  /** Id of a datalist of suggestions. */
  readonly list?: string;
  readonly placeholder?: string;
}): ReactNode {
  const issue = useFieldIssue(path);
  const errorId = `${id}-error`;
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <span className="input-unit">
        <input
          id={id}
          type="text"
          inputMode={numeric ? "decimal" : undefined}
          autoComplete="off"
          spellCheck={false}
          value={value}
          list={list}
          placeholder={placeholder}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? errorId : undefined}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        {unit !== undefined && (
          <span className="unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </span>
      <FieldError id={errorId} issue={issue} />
    </div>
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
}: BaseFieldProps & {
  readonly value: T;
  readonly options: readonly Option<T>[];
  readonly onChange: (value: T) => void;
}): ReactNode {
  const issue = useFieldIssue(path);
  const errorId = `${id}-error`;
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? errorId : undefined}
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
      <FieldError id={errorId} issue={issue} />
    </div>
  );
}

/** A checkbox with its label after it. */
export function CheckboxField({
  id,
  label,
  path,
  hideLabel = false,
  className,
  checked,
  onChange,
}: BaseFieldProps & { readonly checked: boolean; readonly onChange: (checked: boolean) => void }): ReactNode {
  const issue = useFieldIssue(path);
  const errorId = `${id}-error`;
  return (
    <div className={["check", className].filter(Boolean).join(" ")}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? errorId : undefined}
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

/** The notice shown while the draft is invalid, with every problem listed. */
export function ValidityNotice(): ReactNode {
  const t = useT();
  const format = useFormatters();
  const issues = usePlannerStore((state) => state.issues);
  return (
    <div role="status" className="validity">
      {issues.length > 0 && (
        <div className="notice">
          <p>
            <strong>{t("planner.invalid", { count: format.integer(issues.length) })}</strong> {t("planner.lastValid")}
          </p>
          <IssueList issues={issues} wording="form" />
        </div>
      )}
    </div>
  );
}
