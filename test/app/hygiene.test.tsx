import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROW_HEIGHT } from "../../src/app/features/explorer/InstanceTable.js";
import { en } from "../../src/app/i18n/en.js";

const APP = join(import.meta.dirname, "../../src/app");

/** Every TypeScript module of the app, with its text. */
function appModules(): { file: string; text: string }[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(APP, file), "utf8") }));
}

describe("app source hygiene", () => {
  test("no module imports the same module twice", () => {
    const repeated: string[] = [];
    for (const { file, text } of appModules()) {
      const specifiers = [...text.matchAll(/^import\b[^;]*?\bfrom\s+"([^"]+)";/gms)].map((match) => match[1]!);
      for (const specifier of new Set(specifiers)) {
        if (specifiers.filter((s) => s === specifier).length > 1) repeated.push(`${file}: ${specifier}`);
      }
    }
    expect(repeated).toEqual([]);
  });

  test("every English message key is used by the app", () => {
    const code = appModules()
      .filter(({ file }) => !file.startsWith("i18n/en.") && !file.startsWith("i18n/ko."))
      .map(({ text }) => text)
      .join("\n");
    // Keys built from a prefix and a value, e.g. `formula.prefixSkipped.${reason}`.
    const prefixes = [...code.matchAll(/`([\w.-]+\.)\$\{/g)].map((match) => match[1]!);
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`"${key}"`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  test("the row height has one source: the stylesheet does not repeat ROW_HEIGHT", () => {
    const styles = readFileSync(join(APP, "styles.css"), "utf8");
    expect(styles).toContain("table.instances tbody tr {");
    expect(ROW_HEIGHT).toBe(30);
    expect(styles).not.toMatch(new RegExp(`height:\\s*${ROW_HEIGHT}px`));
  });
});
