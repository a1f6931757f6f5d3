/**
 * The build's page-data pre-step (loaders/site/writePageData.ts): one pass over a SYNTHETIC
 * warehouse writes every dynamic page's `<id>.json` beside its page, the same data the page's
 * parameterized loader gives; files of an earlier build are removed, the page sources stay;
 * and an id that would leave its folder is refused.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_KINDS, pageIds } from "../../loaders/site/pagePaths.ts";
import { writePageData } from "../../loaders/site/writePageData.ts";
import { ROOT } from "../helpers.ts";
import { writeSyntheticWarehouse } from "../support/syntheticWarehouse.ts";

let dir: string;
let site: string;
const saved = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "finsam-pagedata-"));
  site = join(dir, "site");
  for (const kind of ["forbund", "medlemsdialog", "kallor"])
    cpSync(join(ROOT, "src", kind), join(site, kind), { recursive: true });
  // Left by an earlier build: a federation no longer in the warehouse.
  writeFileSync(join(site, "forbund", "nedlagt.json"), "{}");
  mkdirSync(join(site, "kallor", "nedlagt"));
  writeFileSync(join(site, "kallor", "nedlagt", "2020-annual-report.json"), "{}");
  await writeSyntheticWarehouse(join(dir, "w.duckdb"), 3);
  process.env.FINSAM_WAREHOUSE = join(dir, "w.duckdb");
  process.env.FINSAM_SITE_OUT = join(dir, "out");
  delete process.env.FINSAM_DYNAMIC_LIMIT;
}, 60_000);

afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe("writePageData", () => {
  it("writes every page's data in one pass and removes an earlier build's files", async () => {
    const written = await writePageData(site);
    expect(written).toEqual({ forbund: 3, medlemsdialog: 12, kallor: 6 });
    expect(readdirSync(join(site, "forbund")).sort()).toEqual([
      "[federation].json.ts",
      "[federation].md",
      "index.md",
      "syntetisk-01.json",
      "syntetisk-02.json",
      "syntetisk-03.json",
    ]);
    expect(existsSync(join(site, "kallor", "nedlagt"))).toBe(false);
    expect(existsSync(join(site, "kallor", "[federation]", "[document].md"))).toBe(true);
    const member = JSON.parse(readFileSync(join(site, "medlemsdialog", "syntetisk-02", "kommun-b.json"), "utf8"));
    expect(member.member.member_id).toBe("syntetisk-02/kommun-b");
  });

  it("writes what the page's parameterized loader gives, byte for byte", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/kallor/[federation]/[document].json.ts",
        "--federation=syntetisk-01",
        "--document=2024-annual-report",
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: process.env,
      },
    );
    expect(run.stderr).toBe("");
    expect(readFileSync(join(site, "kallor", "syntetisk-01", "2024-annual-report.json"), "utf8")).toBe(run.stdout);
  });

  it("caps each kind with FINSAM_DYNAMIC_LIMIT, as the dynamic paths do", async () => {
    process.env.FINSAM_DYNAMIC_LIMIT = "1";
    try {
      expect(await writePageData(site)).toEqual({ forbund: 1, medlemsdialog: 1, kallor: 1 });
      expect(readdirSync(join(site, "forbund")).filter((n) => n.endsWith(".json"))).toEqual(["syntetisk-01.json"]);
    } finally {
      delete process.env.FINSAM_DYNAMIC_LIMIT;
    }
  });

  it("refuses an id that is no safe path, and accepts ordinary ones", async () => {
    const kind = PAGE_KINDS[0]!;
    const ids = (list: string[]) => pageIds(async () => list.map((id) => ({ id })), kind);
    for (const bad of ["../etc", "a/../../b", ".dold", "a/b/c", "a\\b", ""])
      await expect(ids([bad]), bad).rejects.toThrow(/not a safe page path/);
    await expect(ids(["kalmar", "kalmar/2024-annual-report", "östra-göinge_1.2"])).resolves.toHaveLength(3);
  });
});
