// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
import { readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import tseslint from "typescript-eslint";

/** Packages and globals the framework-free core must never reach for. */
const UI_PACKAGES = ["react", "react-*", "react/*", "zustand", "zustand/*", "recharts", "recharts/*", "@tanstack/*"];
const DOM_GLOBALS = [
  "window",
  "document",
  "location",
  "localStorage",
  "sessionStorage",
  "navigator",
  "history",
  "fetch",
];

/**
 * The layers of src/ and what each may import (see ARCHITECTURE.md). Core and data are reached by
 * their public names, `eksize` and `eksize/data`, from every layer but the build-time tools (the
 * importer and the Vite plugin), which read their internals.
 *
 * @type {readonly { name: string; may: readonly string[]; internals?: boolean; pure?: boolean; browser?: boolean; extra?: readonly { group: string[]; message: string }[] }[]}
 */
export const LAYERS = [
  // The pure calculation core: no UI, no DOM, no Node; consumers install only valibot and fflate.
  {
    name: "core",
    may: [],
    pure: true,
    browser: true,
    extra: [
      {
        group: ["yaml"],
        message:
          "The core builds plain objects; src/export writes them as YAML, so consumers never install a YAML library.",
      },
    ],
  },
  // The dataset (eksize/data): the core's types and data/*.json.
  { name: "data", may: ["core"], pure: true, browser: true },
  // Words, numbers and row models shared by the site and the command line: no React, no DOM, no Node.
  { name: "present", may: ["core", "data"], pure: true, browser: true },
  // The file writers (YAML, CSV, JSON), shared by the site and the command line.
  { name: "export", may: ["core"], browser: true },
  // The solver behind the core's cost bounds (eksize/optimal): HiGHS, loaded on use.
  { name: "optimal", may: ["core"], browser: true },
  // The React site (its optimal-mix worker loads the solver).
  { name: "app", may: ["core", "data", "present", "export", "optimal"] },
  // The command line.
  { name: "cli", may: ["core", "data", "present", "export", "optimal"] },
  // npm run data:import and data:refresh (Node, build time).
  { name: "importer", may: ["core", "data"], internals: true },
  // The Vite plugin that splits the prices per region (build time).
  { name: "build", may: ["data"], internals: true },
];

const SRC = join(import.meta.dirname, "src");
const DATA_FILES = join(import.meta.dirname, "data");

/** The layer an import reaches: by the package's public names, or by the folder a relative path lands in. */
function layerOf(/** @type {string} */ fromFile, /** @type {string} */ specifier) {
  if (specifier === "eksize") return { layer: "core", publicName: true };
  if (specifier === "eksize/data" || specifier.startsWith("eksize/data/")) return { layer: "data", publicName: true };
  if (specifier === "eksize/optimal") return { layer: "optimal", publicName: true };
  if (!specifier.startsWith(".")) return null;
  const target = resolve(dirname(fromFile), specifier);
  // data/*.json, the dataset's files, belong to the data layer.
  if (target.startsWith(DATA_FILES + sep)) return { layer: "data", publicName: false };
  const inSrc = relative(SRC, target).split(sep);
  return inSrc[0] !== ".." && inSrc.length > 1 ? { layer: inSrc[0], publicName: false } : null;
}

/**
 * `layers/imports`: each layer of {@link LAYERS} imports only the layers it may, and core and data by
 * their public names unless it reads their internals.
 *
 * @type {import("eslint").Rule.RuleModule}
 */
export const layerImports = {
  meta: {
    type: "problem",
    schema: [],
    docs: { description: "Each layer of src/ imports only what ARCHITECTURE.md allows." },
  },
  create(context) {
    const own = LAYERS.find((layer) => context.filename.startsWith(join(SRC, layer.name) + sep));
    if (own === undefined) return {};
    /** @param {import("estree").Node & { source?: import("estree").Node | null }} node */
    const check = (node) => {
      const source = node.source;
      if (source?.type !== "Literal" || typeof source.value !== "string") return;
      const reached = layerOf(context.filename, source.value);
      if (reached === null || reached.layer === own.name) return;
      if (!own.may.includes(reached.layer)) {
        context.report({
          node: source,
          message: `src/${own.name} may import ${own.may.length === 0 ? "no other layer" : own.may.join(", ")}, not ${reached.layer} (ARCHITECTURE.md).`,
        });
      } else if (["core", "data"].includes(reached.layer) && !reached.publicName && !own.internals) {
        context.report({
          node: source,
          message: `src/${own.name} uses ${reached.layer === "core" ? "the core by its public name, eksize" : "the dataset by its public name, eksize/data"}.`,
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/**
 * What a pure or browser layer must not touch.
 *
 * @returns {import("eslint").Linter.Config}
 */
function layerRules(/** @type {(typeof LAYERS)[number]} */ layer) {
  const patterns = [
    ...(layer.pure ? [{ group: UI_PACKAGES, message: `src/${layer.name} must not depend on UI libraries.` }] : []),
    ...(layer.browser
      ? [{ group: ["node:*", "fs", "path", "url"], message: `src/${layer.name} runs in the browser too.` }]
      : []),
    ...(layer.extra ?? []),
  ];
  return {
    files: [`src/${layer.name}/**`],
    rules: {
      ...(patterns.length > 0 ? { "no-restricted-imports": ["error", { patterns }] } : {}),
      ...(layer.browser
        ? { "no-restricted-globals": ["error", ...(layer.pure ? DOM_GLOBALS : []), "process", "Buffer", "require"] }
        : {}),
    },
  };
}

/** The site's features, each a folder of src/app/features. */
const FEATURES = readdirSync(join(SRC, "app", "features"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * A feature imports no other feature: what two features share lives in src/app/components.
 *
 * @returns {import("eslint").Linter.Config}
 */
function featureRules(/** @type {string} */ feature) {
  const others = FEATURES.filter((name) => name !== feature);
  return {
    files: [`src/app/features/${feature}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^\\.\\./(${others.join("|")})/`,
              message: `src/app/features/${feature} imports no other feature: move what they share to src/app/components.`,
            },
          ],
        },
      ],
    },
  };
}

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "data/", "coverage/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js", ".size-limit.js", "public/warm-intl.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Tests and the importer assert on known-present records with `!`; the core does not use it.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["src/**"],
    plugins: { layers: { rules: { imports: layerImports } } },
    rules: { "layers/imports": "error" },
  },
  ...LAYERS.map(layerRules),
  ...FEATURES.map(featureRules),
  {
    files: ["src/app/**"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
