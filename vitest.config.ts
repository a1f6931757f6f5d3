import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Site components import arquero's browser build (see test/support/arqueroDefault.ts).
    alias: [
      {
        find: /^arquero\/dist\/arquero\.min\.js$/,
        replacement: fileURLToPath(new URL("test/support/arqueroDefault.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
