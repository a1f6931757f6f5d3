/**
 * Each vitest project runs the tests of one folder under test/. A test file anywhere else would
 * belong to no project, and `npm test` would skip it without a word.
 */
import { describe, expect, it } from "vitest";
import { PROJECTS } from "../../vitest.config.ts";
import { repoFiles } from "../support/repoFiles.ts";

const testFiles = () => repoFiles("test", (name) => /\.test\.[cm]?[jt]sx?$/.test(name));

const projectOf = (file: string) => PROJECTS.find((name) => file.startsWith(`test/${name}/`));

describe("vitest projects", () => {
  it("finds test files in every project's folder", () => {
    const files = testFiles();
    for (const name of PROJECTS)
      expect(
        files.some((f) => projectOf(f) === name),
        name,
      ).toBe(true);
  });

  it("puts every test file in a project", () => {
    expect(testFiles().filter((f) => !projectOf(f))).toEqual([]);
  });

  it("rejects a test file outside the project folders", () => {
    expect(projectOf("test/stray.test.ts")).toBeUndefined();
    expect(projectOf("test/unitish/foo.test.ts")).toBeUndefined();
  });
});
