import { defineConfig } from "vitest/config";

// One project per test folder, so each kind runs on its own (`npm run test:unit` etc., see README);
// `vitest run` with no --project runs them all. Projects inherit the timeouts and pool below.
export const PROJECTS = ["unit", "e2e", "robustness", "styles", "browser"] as const;

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: PROJECTS.map((name) => ({
      extends: true as const,
      test: {
        name,
        include: [`test/${name}/**/*.test.ts`],
        // Unit test files share their worker's modules: half the unit run's CPU went to each file's
        // fresh process importing zod, DuckDB and the loaders again (user time 13.4 s isolated, 6.7 s
        // shared). Safe while unit tests keep no process state (no vi.mock, no env or cwd changes).
        // The other folders' time goes to the CLI, builds and browsers, so they keep isolation.
        isolate: name !== "unit",
      },
    })),
  },
});
