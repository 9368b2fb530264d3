import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROW_HEIGHT } from "../../src/app/features/explorer/InstanceTable.js";
import { adviceEn } from "../../src/present/i18n/advice-en.js";
import { en } from "../../src/present/i18n/en.js";

const SRC = join(import.meta.dirname, "../../src");
const APP = join(SRC, "app");

/** Every TypeScript module of the site, the presentation layer and the command line, with its text (paths from src/). */
function appModules(): { file: string; text: string }[] {
  return ["app", "present", "cli"].flatMap((folder) =>
    readdirSync(join(SRC, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => ({ file: `${folder}/${file}`, text: readFileSync(join(SRC, folder, file), "utf8") })),
  );
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

  test("every English message key is used by the site or the command line", () => {
    const code = appModules()
      .filter(({ file }) => !/^present\/i18n\/(advice-)?(en|ko)\./.test(file))
      .map(({ text }) => text)
      .join("\n");
    // Keys built from a prefix and a value, e.g. `formula.prefixSkipped.${reason}`.
    const prefixes = [...code.matchAll(/`([\w.-]+\.)\$\{/g)].map((match) => match[1]!);
    const unused = Object.keys({ ...en, ...adviceEn }).filter(
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
