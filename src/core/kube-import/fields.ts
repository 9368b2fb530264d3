import type { CoreIssue, KubeInput } from "../errors.js";
import { isObject, MAX_ISSUES, type JsonObject } from "./read-json.js";

/**
 * Reads the fields of kubectl objects, collecting a coded issue (with its dot path) for every field of
 * the wrong JSON type instead of throwing. A missing optional field reads as absent.
 */
export class FieldReader {
  readonly issues: CoreIssue[] = [];

  constructor(readonly input: KubeInput) {}

  /** Records an issue (at most {@link MAX_ISSUES} are kept). */
  report(issue: CoreIssue): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }

  /** The object at `key`, or an empty object when it is missing or null (reported when of another type). */
  object(parent: JsonObject, key: string, path: string): JsonObject {
    const value = parent[key];
    if (isObject(value)) return value;
    if (value !== undefined && value !== null) this.invalid(join(path, key), "object");
    return EMPTY;
  }

  /** The array of objects at `key`, or an empty array (every element not an object is reported). */
  objects(parent: JsonObject, key: string, path: string): JsonObject[] {
    const value = parent[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.invalid(join(path, key), "array");
      return [];
    }
    const objects: JsonObject[] = [];
    value.forEach((element: unknown, index) => {
      if (isObject(element)) objects.push(element);
      else this.invalid(join(path, `${key}.${index}`), "object");
    });
    return objects;
  }

  /** The string at `key`, or null when it is missing (reported when of another type, or missing and `required`). */
  string(parent: JsonObject, key: string, path: string, required = false): string | null {
    const value = parent[key];
    if (typeof value === "string") return value;
    if ((value !== undefined && value !== null) || required) this.invalid(join(path, key), "string");
    return null;
  }

  /** The number at `key`, or null when it is missing (reported when of another type). */
  number(parent: JsonObject, key: string, path: string): number | null {
    const value = parent[key];
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (value !== undefined && value !== null) this.invalid(join(path, key), "number");
    return null;
  }

  /** Whether the value at `key` is `true` (reported when neither missing nor a boolean). */
  flag(parent: JsonObject, key: string, path: string): boolean {
    const value = parent[key];
    if (value !== undefined && value !== null && typeof value !== "boolean") this.invalid(join(path, key), "boolean");
    return value === true;
  }

  private invalid(path: string, expected: "object" | "array" | "string" | "number" | "boolean"): void {
    this.report({ code: "kube-field-invalid", params: { input: this.input, expected }, path });
  }
}

const EMPTY: JsonObject = {};

/** A dot path joined: `join("items.3", "spec")` is `items.3.spec`; `join("", "spec")` is `spec`. */
export function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}
