/**
 * The lint rule that keeps the layers of src/ apart (eslint.config.js, `layers/imports`): each
 * import is checked against the layer table, the way `npm run lint` checks the whole tree in CI.
 */
import { Linter, type Rule } from "eslint";
import { join } from "node:path";
import tseslint from "typescript-eslint";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "../..");

/** What eslint.config.js exports besides the config (a JavaScript module, so typed here). */
interface LayerConfig {
  readonly LAYERS: readonly { readonly name: string; readonly may: readonly string[] }[];
  readonly layerImports: Rule.RuleModule;
}
const configFile = join(root, "eslint.config.js");
const { LAYERS, layerImports } = (await import(configFile)) as LayerConfig;

/** The messages `layers/imports` gives for `code` written in the file at `path` (from the repository root). */
function problems(path: string, code: string): string[] {
  const linter = new Linter({ configType: "flat" });
  return linter
    .verify(
      code,
      [
        {
          files: ["**/*.ts", "**/*.tsx"],
          languageOptions: { parser: tseslint.parser },
          plugins: { layers: { rules: { imports: layerImports } } },
          rules: { "layers/imports": "error" },
        },
      ],
      { filename: join(root, path) },
    )
    .map((message) => message.message);
}

describe("the layer rule", () => {
  test("names every layer of src/ with what it may import", () => {
    expect(Object.fromEntries(LAYERS.map((layer) => [layer.name, layer.may]))).toEqual({
      core: [],
      data: ["core"],
      present: ["core", "data"],
      export: ["core"],
      optimal: ["core"],
      app: ["core", "data", "present", "export", "optimal"],
      cli: ["core", "data", "present", "export", "optimal"],
      importer: ["core", "data"],
      build: ["data"],
    });
  });

  test("refuses the command line importing the site, and the core importing anything of ours", () => {
    expect(problems("src/cli/commands/plan.ts", 'import { App } from "../../app/App.js";')).toEqual([
      "src/cli may import core, data, present, export, optimal, not app (ARCHITECTURE.md).",
    ]);
    // The solver's entry by its public name: the command line may, the core may not.
    expect(problems("src/cli/commands/bounds.ts", 'const m = await import("eksize/optimal");')).toEqual([]);
    expect(problems("src/core/plan.ts", 'const m = await import("eksize/optimal");')).toEqual([
      "src/core may import no other layer, not optimal (ARCHITECTURE.md).",
    ]);
    expect(problems("src/core/plan.ts", 'import { t } from "../present/i18n/translate.js";')).toEqual([
      "src/core may import no other layer, not present (ARCHITECTURE.md).",
    ]);
    expect(problems("src/present/format.ts", 'export { describe } from "../cli/messages.js";')).toEqual([
      "src/present may import core, data, not cli (ARCHITECTURE.md).",
    ]);
    expect(problems("src/export/export-files.ts", 'const m = await import("../app/App.js");')).toEqual([
      "src/export may import core, not app (ARCHITECTURE.md).",
    ]);
  });

  test("wants the core and the dataset by their public names, except in the build-time tools", () => {
    expect(problems("src/app/App.tsx", 'import { maxPods } from "../core/max-pods.js";')).toEqual([
      "src/app uses the core by its public name, eksize.",
    ]);
    expect(problems("src/present/explorer/rows.ts", 'import prices from "../../../data/prices.json";')).toEqual([
      "src/present uses the dataset by its public name, eksize/data.",
    ]);
    expect(problems("src/importer/main.ts", 'import type { DataSource } from "../core/catalog.js";')).toEqual([]);
  });

  test("lets each layer import its own files and the layers it may", () => {
    expect(
      problems(
        "src/cli/commands/plan.ts",
        [
          'import { planCluster } from "eksize";',
          'import { catalog } from "eksize/data";',
          'import { t } from "../../present/i18n/translate.js";',
          'import { exportFile } from "../../export/export-files.js";',
          'import { EXIT } from "../io.js";',
          'import { parseArgs } from "node:util";',
        ].join("\n"),
      ),
    ).toEqual([]);
    // The core's own export folder is the core, not src/export.
    expect(problems("src/core/index.ts", 'export { planCsv } from "./export/plan-report.js";')).toEqual([]);
  });
});
