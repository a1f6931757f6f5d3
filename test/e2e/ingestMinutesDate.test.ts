/** `ingest` of minutes without --date: the meeting date the minutes state is used, or a clear refusal. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { runCli } from "../support/sandbox.ts";

const MINUTES = join(ROOT, "test/fixtures/minutes-styles/sammantradesprotokoll.txt");
let dir: string;
/** `ingest` of minutes without --date. */
const ingest = (file: string, year: string) =>
  runCli(dir, ["ingest", file, "--federation", "alvdalsbygden", "--kind", "board_minutes", "--year", year]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-minutes-date-"));
  mkdirSync(join(dir, "data/sources"), { recursive: true });
  writeFileSync(join(dir, "data/sources/manifest.yaml"), "documents: []\n");
  const add = runCli(dir, [
    "add-federation",
    "alvdalsbygden",
    "--name",
    "Samordningsförbundet Älvdalsbygden",
    "--county",
    "Dalarnas län",
    "--member",
    "Älvby kommun=municipality",
    "--member",
    "Region Västerdal=region",
  ]);
  expect(add.status, add.stderr).toBe(0);
}, 60_000);

describe("ingest minutes without --date", () => {
  it("takes the meeting date the minutes state", () => {
    const r = ingest(MINUTES, "2025");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("alvdalsbygden/2025-09-18-board-minutes");
    expect(readFileSync(join(dir, "data/sources/manifest.yaml"), "utf8")).toContain("date: 2025-09-18");
  });

  it("refuses, and writes nothing, when the minutes state no date", () => {
    const undated = join(dir, "odaterat-protokoll.txt");
    writeFileSync(undated, readFileSync(MINUTES, "utf8").replace(/^Sammanträdesdatum.*$/m, ""));
    const manifest = readFileSync(join(dir, "data/sources/manifest.yaml"), "utf8");
    const r = ingest(undated, "2025");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--date YYYY-MM-DD is required: the minutes state no meeting date/);
    expect(readFileSync(join(dir, "data/sources/manifest.yaml"), "utf8")).toBe(manifest);
  });

  it("refuses a stated date outside --year", () => {
    const r = ingest(MINUTES, "2024");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2025-09-18 is not in --year 2024/);
  });
});
