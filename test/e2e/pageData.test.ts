/**
 * The build's page-data pre-step (loaders/site/writePageData.ts) over a SYNTHETIC warehouse:
 * one pass writes every federation page's `<id>.json` beside its page, every document's and
 * member's chunk (fetched by the one document and member page), and the cross-federation pages'
 * data files with one chunk per federation; files of an earlier build are removed, the page
 * sources stay; the written data is what the loaders give; an id that would leave its folder is
 * refused; and the old per-document addresses forward to the new page.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchCondition, federationBatches } from "../../loaders/site/federationBatches.ts";
import { CHUNK_KINDS, PAGE_KINDS, pageIds } from "../../loaders/site/pagePaths.ts";
import { withWarehouse } from "../../loaders/site/queryWarehouse.ts";
import { SPLIT_PAGES, writeSplitPage } from "../../loaders/site/splitPageData.ts";
import { chunkPaths, writePageData } from "../../loaders/site/writePageData.ts";
import { redirectPage, writeRedirects } from "../../loaders/site/writeRedirects.ts";
import { ROOT } from "../helpers.ts";
import { writeSyntheticWarehouse } from "../support/syntheticWarehouse.ts";

let dir: string;
let site: string;
const saved = { ...process.env };
const json = (...path: string[]) => JSON.parse(readFileSync(join(site, ...path), "utf8"));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "finsam-pagedata-"));
  site = join(dir, "site");
  for (const kind of ["forbund", "medlemsdialog", "kallor", "data"])
    cpSync(join(ROOT, "src", kind), join(site, kind), { recursive: true });
  // Left by an earlier build: a federation no longer in the warehouse, and a document page's
  // file from before the document chunks.
  writeFileSync(join(site, "forbund", "nedlagt.json"), "{}");
  mkdirSync(join(site, "kallor", "nedlagt"));
  writeFileSync(join(site, "kallor", "nedlagt", "2020-annual-report.json"), "{}");
  mkdirSync(join(site, "pagedata", "kallor", "nedlagt"), { recursive: true });
  writeFileSync(join(site, "pagedata", "kallor", "nedlagt", "2020-annual-report.json"), "{}");
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
    expect(written).toEqual({
      forbund: 3,
      "pagedata/kallor": 6,
      "pagedata/medlemsdialog": 12,
      ...Object.fromEntries(SPLIT_PAGES.map((p) => [`pagedata/${p.folder}`, 3])),
    });
    expect(readdirSync(join(site, "forbund")).sort()).toEqual([
      "[federation].json.ts",
      "[federation].md",
      "index.md",
      "syntetisk-01.json",
      "syntetisk-02.json",
      "syntetisk-03.json",
    ]);
    expect(existsSync(join(site, "kallor", "nedlagt"))).toBe(false);
    expect(existsSync(join(site, "pagedata", "kallor", "nedlagt"))).toBe(false);
    expect(existsSync(join(site, "kallor", "index.md"))).toBe(true);
    expect(json("pagedata", "medlemsdialog", "syntetisk-02", "kommun-b.json").member.member_id).toBe(
      "syntetisk-02/kommun-b",
    );
    const doc = json("pagedata", "kallor", "syntetisk-01", "2024-annual-report.json");
    expect(doc.document.document_id).toBe("syntetisk-01/2024-annual-report");
    expect(doc.lines.length).toBeGreaterThan(0);
  });

  it("gives each federation's chunk only its own rows, and the page's file none of them", () => {
    for (const page of SPLIT_PAGES) {
      const summary = json(page.file);
      for (const key of page.split) expect(summary, `${page.file} ${key}`).not.toHaveProperty(key);
      for (const id of ["syntetisk-01", "syntetisk-02", "syntetisk-03"]) {
        const chunk = json("pagedata", page.folder, `${id}.json`);
        expect(Object.keys(chunk).sort()).toEqual([...page.split].sort());
        for (const key of page.split)
          for (const row of chunk[key]) expect(row.federation_id, `${page.folder}/${id} ${key}`).toBe(id);
      }
    }
    // Which federations report is told by the page's file: all three have participant counts.
    expect(json("data", "participants.json").reporting.counts).toEqual([
      { federation_id: "syntetisk-01" },
      { federation_id: "syntetisk-02" },
      { federation_id: "syntetisk-03" },
    ]);
    expect(json("pagedata", "deltagare", "syntetisk-02.json").counts.length).toBeGreaterThan(0);
  });

  it("lists every chunk for Framework to copy, and nothing else", () => {
    const paths = chunkPaths(site);
    expect(paths).toContain("/pagedata/kallor/syntetisk-01/2024-annual-report.json");
    expect(paths).toContain("/pagedata/medlemsdialog/syntetisk-02/kommun-b.json");
    expect(paths).toContain("/pagedata/jamforelse/syntetisk-03.json");
    expect(paths.every((p) => p.startsWith("/pagedata/") && p.endsWith(".json"))).toBe(true);
    expect(paths).toEqual([...paths].sort());
  });

  it("writes what the loaders give, byte for byte", () => {
    const run = (loader: string, ...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", loader, ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: process.env,
      });
    const fed = run("src/forbund/[federation].json.ts", "--federation=syntetisk-02");
    expect(fed.stderr).toBe("");
    expect(readFileSync(join(site, "forbund", "syntetisk-02.json"), "utf8")).toBe(fed.stdout);
    const participants = run("src/data/participants.json.ts");
    expect(participants.stderr).toBe("");
    expect(readFileSync(join(site, "data", "participants.json"), "utf8")).toBe(participants.stdout);
  }, 60_000);

  it("caps the federation pages with FINSAM_DYNAMIC_LIMIT, as the dynamic paths do", async () => {
    process.env.FINSAM_DYNAMIC_LIMIT = "1";
    try {
      expect((await writePageData(site)).forbund).toBe(1);
      expect(readdirSync(join(site, "forbund")).filter((n) => n.endsWith(".json"))).toEqual(["syntetisk-01.json"]);
    } finally {
      delete process.env.FINSAM_DYNAMIC_LIMIT;
    }
  });

  it("reads a federation at a time what it reads for all at once", async () => {
    await withWarehouse(async (q) => {
      const [one, all] = [await federationBatches(q, 1), await federationBatches(q, 3)];
      // Three batches: the first has no lower bound, the last no upper, so no row falls outside.
      expect(one.map((b) => [b.ids, b.after, b.through])).toEqual([
        [["syntetisk-01"], null, "syntetisk-01"],
        [["syntetisk-02"], "syntetisk-01", "syntetisk-02"],
        [["syntetisk-03"], "syntetisk-02", null],
      ]);
      expect(all).toHaveLength(1);
      expect(batchCondition("f", all[0]!)).toEqual({ sql: "TRUE", values: [] });
      expect(batchCondition("f", one[1]!, 3)).toEqual({
        sql: "(f > $3 AND f <= $4)",
        values: ["syntetisk-01", "syntetisk-02"],
      });
      const read = async (batches: typeof one) => {
        const chunks: Record<string, unknown> = {};
        for (const page of SPLIT_PAGES) {
          chunks[page.file] = await writeSplitPage(q, page, batches, (id, chunk) => {
            chunks[`${page.folder}/${id}`] = chunk;
          });
        }
        for (const kind of CHUNK_KINDS)
          for await (const batch of kind.batches(q, batches))
            for (const [id, json] of batch) chunks[`${kind.folder}/${id}`] = json;
        return chunks;
      };
      const [byOne, byAll] = [await read(one), await read(all)];
      expect(Object.keys(byOne).sort()).toEqual(Object.keys(byAll).sort());
      expect(byOne).toEqual(byAll);
      // Each federation's rows are in its own chunk, not only somewhere.
      expect((byOne["deltagare/syntetisk-03"] as { counts: unknown[] }).counts.length).toBeGreaterThan(0);
      expect(Object.keys(byOne).filter((k) => k.startsWith("medlemsdialog/"))).toHaveLength(12);
    });
  }, 60_000);

  it("refuses an id that is no safe path, and accepts ordinary ones", async () => {
    const kind = PAGE_KINDS[0]!;
    const ids = (list: string[]) => pageIds(async () => list.map((id) => ({ id })), kind);
    for (const bad of ["../etc", "a/../../b", ".dold", "a/b/c", "a\\b", ""])
      await expect(ids([bad]), bad).rejects.toThrow(/not a safe page path/);
    await expect(ids(["kalmar", "kalmar/2024-annual-report", "östra-göinge_1.2"])).resolves.toHaveLength(3);
  });
});

describe("writeRedirects", () => {
  it("forwards every old document and member address to its page, keeping the line", () => {
    const out = join(dir, "out-redirects");
    cpSync(join(site, "pagedata"), join(out, "pagedata"), { recursive: true });
    expect(writeRedirects(out)).toBe(6 + 12);
    const page = readFileSync(join(out, "kallor", "syntetisk-01", "2024-annual-report.html"), "utf8");
    expect(page).toBe(redirectPage("/kallor/dokument?id=syntetisk-01/2024-annual-report"));
    expect(page).toContain('location.replace("/kallor/dokument?id=syntetisk-01/2024-annual-report" + location.hash)');
    expect(existsSync(join(out, "medlemsdialog", "syntetisk-02", "kommun-b.html"))).toBe(true);
    // Nothing for the per-federation chunks: those pages never had an address per federation.
    expect(existsSync(join(out, "deltagare"))).toBe(false);
  });

  it("escapes the address it writes into the page", () => {
    const page = redirectPage(`/kallor/dokument?id=a/"><script>x</script>`);
    expect(page).not.toContain("<script>x");
    expect(page).toContain("&quot;&gt;&lt;script&gt;");
  });
});
