// ESLint flat config. TypeScript (pipeline, tests, site data loaders, Framework config) gets
// typescript-eslint's recommended rules; the site's browser JavaScript gets @eslint/js recommended.
// Observable pages (src/**/*.md) are not linted: ESLint cannot parse Framework's fenced cells.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/", "node_modules/", "src/.observablehq/", "test/artifacts/", "patches/"],
  },
  {
    files: ["loaders/**/*.ts", "test/**/*.ts", "src/**/*.ts", "observablehq.config.ts", "vitest.config.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: {
      // Allow deliberately unused names when they start with "_" (destructuring to drop a field, fixed callback shapes).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["src/components/**/*.js"],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.browser, sourceType: "module" },
  },
  {
    files: ["eslint.config.js"],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node, sourceType: "module" },
  },
);
