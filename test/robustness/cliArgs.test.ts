/**
 * Command-line arguments the CLI must refuse instead of quietly doing nothing: a misspelt
 * `check --severity` once reported "0 findings" with exit 0.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { severity } from "../../loaders/reference/codes.ts";
import { ROOT } from "../helpers.ts";

const finsam = (...args: string[]) =>
  spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "loaders/cli.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });

describe("finsam check --severity", () => {
  it("refuses an unknown level, lists the allowed ones and exits 1", () => {
    const run = finsam("check", "--severity", "bogus");
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/findings/);
    expect(run.stderr).toContain("argument 'bogus' is invalid. Allowed choices are error, warning, info.");
  });

  it("offers exactly the severities of the code list", () => {
    expect(severity.codes).toEqual(["error", "warning", "info"]);
    expect(finsam("check", "--help").stdout).toMatch(/choices: "error",\s+"warning",\s+"info"/);
  });
});
