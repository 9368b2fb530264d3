// @ts-check
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
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

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "data/", "coverage/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js", ".size-limit.js"] },
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
    files: ["src/core/**", "src/data/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: UI_PACKAGES, message: "The core and the dataset must not depend on UI libraries." },
            { group: ["node:*", "fs", "path", "url"], message: "The core and the dataset must run outside Node too." },
            {
              group: ["yaml"],
              message:
                "The core builds plain objects; src/export writes them as YAML, so consumers never install a YAML library.",
            },
            { group: ["**/app/**", "**/cli/**", "**/importer/**"], message: "The core must not import its users." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...DOM_GLOBALS, "process", "Buffer", "require"],
    },
  },
  {
    // The export renderers, shared by the app and the CLI: plain TypeScript on the public library.
    files: ["src/export/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: UI_PACKAGES, message: "The export renderers must not depend on UI libraries." },
            { group: ["node:*", "fs", "path", "url"], message: "The export renderers run in the browser too." },
            {
              group: ["**/core/**", "**/data/**", "**/app/**", "**/cli/**"],
              message: "The export renderers use the library by its public names (eksize) and not their users.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "Buffer", "require"],
    },
  },
  {
    files: ["src/app/**"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/core/**", "**/data/**"],
              message: "The app uses the library by its public names: eksize, eksize/data.",
            },
          ],
        },
      ],
    },
  },
);
