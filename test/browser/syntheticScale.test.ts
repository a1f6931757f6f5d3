/**
 * Readability at the scale of the real field, on a SYNTHETIC corpus of 80 made-up federations
 * (test/support/syntheticWarehouse.ts): the cross-federation pages must not scroll sideways and
 * their charts' labels must neither overlap nor run outside the chart. The same corpus carries
 * a <script> and an <img onerror> in document-derived fields; nothing of them may run.
 * The synthetic site is built from a copy of src/ into test/artifacts/, never into dist/.
 */
import { execFileSync, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { syntheticRows, writeSyntheticWarehouse, XSS_IMG, XSS_SCRIPT } from "../support/syntheticWarehouse.ts";
import { axeViolations, describeViolations } from "./axeSupport.ts";
import { launch, layoutProblems, open, serve } from "./browserSupport.ts";

const WORK = join(ROOT, "test/artifacts/synthetic");
const WAREHOUSE = join(WORK, "synthetic.duckdb");
const OUT = join(WORK, "site");
// A sibling of src/, so the site loaders' relative imports of loaders/ still resolve.
const SITE_ROOT = ".site-synthetic";
const PORT = 3000 + (process.pid % 1000) + 411;
const base = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", FINSAM_WAREHOUSE: WAREHOUSE };
let server: ChildProcess;
let browser: Browser;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  rmSync(join(ROOT, SITE_ROOT), { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  await writeSyntheticWarehouse(WAREHOUSE, 80);
  cpSync(join(ROOT, "src"), join(ROOT, SITE_ROOT), { recursive: true, filter: (p) => !p.includes(".observablehq") });
  // Two federation pages are enough here (every document and member has its data chunk); built
  // as `npm run build` builds (loaders/site/buildSite.ts).
  const buildEnv = { ...env, FINSAM_SITE_ROOT: SITE_ROOT, FINSAM_SITE_OUT: OUT, FINSAM_DYNAMIC_LIMIT: "2" };
  execFileSync("npx", ["tsx", "loaders/site/buildSite.ts"], { cwd: ROOT, stdio: "pipe", env: buildEnv });
  server = await serve(OUT, PORT);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(join(ROOT, SITE_ROOT), { recursive: true, force: true });
});

const PAGES = [
  "/",
  "/deltagare",
  "/resultat",
  "/ekonomi",
  "/jamstalldhet",
  "/forbund/",
  "/forbund/syntetisk-01",
  "/medlemsdialog/",
  "/medlemsdialog/medlem?id=syntetisk-01/kommun-a",
  "/beslut",
  "/datakvalitet",
  "/kallor/",
  "/kallor/dokument?id=syntetisk-01/2024-annual-report#L3",
  "/oppna-data",
];

describe("80 synthetic federations", () => {
  for (const path of PAGES) {
    it(`${path} stays readable and runs no document text`, async () => {
      const { page, text, errors, errorBoxes } = await open(
        browser,
        base + path,
        `syntetisk${path.replace(/[^a-z0-9]+/g, "-")}`,
      );
      expect(errors).toEqual([]);
      expect(errorBoxes).toBe(0);
      expect(text.toLowerCase()).toContain("syntetisk");
      expect(text).not.toMatch(/\bNaN\b|\bundefined\b/);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      expect(await page.locator("main script, main img").count()).toBe(0);
      expect(describeViolations(path, await axeViolations(page))).toEqual([]); // WCAG 2.1 A/AA at scale
      await page.close();
    }, 60_000);
  }

  it("shows hostile document text as text", async () => {
    const decisions = await open(browser, `${base}/beslut`, "syntetisk-xss-beslut");
    expect(decisions.text).toContain(XSS_SCRIPT);
    await decisions.page.close();
    const source = await open(
      browser,
      `${base}/kallor/dokument?id=syntetisk-01/2024-annual-report#L3`,
      "syntetisk-xss-kalla",
    );
    expect(source.text).toContain(XSS_IMG);
    await source.page.close();
  }, 60_000);

  it("forwards an old document address to the document page at its line", async () => {
    const { page, text } = await open(
      browser,
      `${base}/kallor/syntetisk-07/2024-annual-report#L2`,
      "syntetisk-gammal-adress",
    );
    expect(page.url()).toBe(`${base}/kallor/dokument?id=syntetisk-07/2024-annual-report#L2`);
    expect(text).toContain("Rad 2");
    expect(text).toContain("Deltagare 2024: 7");
    await page.close();
  }, 60_000);

  it("lists every one of the 80 federations on Översikt", async () => {
    const { page } = await open(browser, `${base}/`, "syntetisk-oversikt-rader");
    // Three tables (participants; results; economy), each with one row per federation.
    const tables = page.locator("table.overview");
    expect(await tables.count()).toBe(3);
    for (const table of await tables.all()) expect(await table.locator("tbody tr").count()).toBe(80);
    await page.close();
  }, 60_000);

  // Half the corpus reports whole-federation figures only, as federations added with the CLI do.
  const names = syntheticRows(80).federation!.map((f) => f.name);
  for (const path of ["/", "/resultat", "/deltagare", "/ekonomi", "/jamstalldhet"]) {
    it(`${path} compares every federation, each with its year`, async () => {
      const { page } = await open(browser, `${base}${path}`, `syntetisk-jamforda${path.replace(/\W+/g, "-")}`);
      // Each table's rows as cell texts (the chart tables sit in closed <details>: textContent reads them).
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll("main table")].map((t) =>
          [...t.querySelectorAll("tbody tr")].map((r) =>
            [...r.querySelectorAll("th, td")].map((c) => c.textContent!.trim()),
          ),
        ),
      );
      const complete = tables.filter((rows) =>
        names.every((name) => rows.some(([first, year]) => first === name && /^\d{4}$/.test(year ?? ""))),
      );
      expect(complete.length, `a table on ${path} with all 80 federations and their years`).toBeGreaterThan(0);
      await page.close();
    }, 60_000);
  }

  it("refuses to publish the synthetic corpus to dist/", () => {
    // A site data loader run as a dist/ build runs it; no build, so dist/ is left alone.
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/data/overview.json.ts"], {
      cwd: ROOT,
      env: { ...env, FINSAM_SITE_OUT: "" },
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain("never published to dist/");
  }, 120_000);
});
