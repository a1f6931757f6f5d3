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
      test: { name, include: [`test/${name}/**/*.test.ts`] },
    })),
  },
});
