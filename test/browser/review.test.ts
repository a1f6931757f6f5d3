/**
 * `finsam review`: a person completes a report's missing core figures in the browser, by keyboard
 * alone, saves, loads, and the warehouse has the facts with their line. The page is axe-clean, and
 * the server answers nothing without this run's token.
 */
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { query, runCli, spawnCli, warehouseOf } from "../support/sandbox.ts";
import { axeViolations, describeViolations } from "./axeSupport.ts";
import { launch, SHOTS } from "./browserSupport.ts";

const DOC = "fjallbacken/2024-annual-report";
let dir: string;
let review: ChildProcess;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "finsam-review-"));
  mkdirSync(join(dir, "data/sources"), { recursive: true });
  writeFileSync(join(dir, "data/sources/manifest.yaml"), "documents: []\n");
  const add = runCli(dir, [
    "add-federation",
    "fjallbacken",
    "--name",
    "Samordningsförbundet Fjällbäcken",
    "--county",
    "Jämtlands län",
    "--member",
    "Fjällby kommun=municipality",
    "--member",
    "Region Jämtland Härjedalen=region",
    "--member",
    "Försäkringskassan=social_insurance_agency",
    "--member",
    "Arbetsförmedlingen=employment_service",
  ]);
  expect(add.status, add.stderr).toBe(0);
  const ingest = runCli(dir, [
    "ingest",
    join(ROOT, "test/fixtures/review/arsredovisning-2024.txt"),
    "--federation",
    "fjallbacken",
    "--kind",
    "annual_report",
    "--year",
    "2024",
  ]);
  expect(ingest.status, ingest.stderr).toBe(0);
  review = spawnCli(dir, ["review", DOC]);
  url = await new Promise<string>((ok, fail) => {
    let out = "";
    review.stdout!.on("data", (d: Buffer) => {
      out += String(d);
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) ok(m[0]);
    });
    review.on("exit", (code) => fail(new Error(`review exited with ${code}`)));
  });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  review?.kill("SIGTERM");
});

/** Choose a missing figure with the keyboard: focus its button, press Enter. */
async function choose(label: string) {
  await page.getByRole("button", { name: `Välj ${label}`, exact: true }).focus();
  await page.keyboard.press("Enter");
}

/** Show line n's numbers (keyboard), then pick the number written `raw`. */
async function pickOnLine(n: number, raw: string) {
  await page.locator("#goto").focus();
  await page.keyboard.type(String(n));
  await page.keyboard.press("Enter");
  const button = page.getByRole("button", { name: new RegExp(`^Välj ${raw} .*på rad ${n}$`) }).first();
  await button.waitFor();
  await button.focus();
  await page.keyboard.press("Enter");
  // Focus is now on the value; Enter submits the figure.
  await page.keyboard.press("Enter");
}

describe("review page", () => {
  it("answers nothing without the token, on 127.0.0.1 only", async () => {
    expect(new URL(url).hostname).toBe("127.0.0.1");
    const bare = url.replace(/\?token=.*/, "");
    expect((await fetch(bare)).status).toBe(403);
    expect((await fetch(`${bare}state?token=wrong`)).status).toBe(403);
    expect((await fetch(url.replace("/?", "/etc/passwd?"))).status).toBe(404);
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("refuses a second writer while the review runs", () => {
    const second = runCli(dir, ["curate", DOC, "--set", "finance:result:2024=-48 tkr@24"]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/being edited by another process/);
  });

  it("is axe-clean and lists the missing figures", async () => {
    await page.goto(url, { waitUntil: "networkidle" });
    await expect(page.locator("#figures li").count()).resolves.toBeGreaterThan(10);
    expect(await page.locator("#figures").innerText()).toContain("saknas");
    const violations = await axeViolations(page);
    expect(describeViolations("review", violations)).toEqual([]);
  });

  it("flags a value that breaks a sum before it is saved", async () => {
    // The 2023 column picked for 2024's revenue: revenue − costs no longer gives the operating result the parser read.
    await choose("Verksamhetens intäkter 2024");
    await pickOnLine(18, "6 295");
    await expect.poll(() => page.locator("#sums").innerText()).toContain("Stämmer inte: Intäkter − kostnader");
    // Corrected: the sum holds.
    await choose("Verksamhetens intäkter 2024");
    await pickOnLine(18, "6 520");
    await expect.poll(() => page.locator("#sums").innerText()).toContain("Stämmer: Intäkter − kostnader");
    expect(await page.locator("#sums").innerText()).not.toContain("Stämmer inte");
  });

  it("completes figures by keyboard, saves, loads, and the warehouse has them with their line and reason", async () => {
    await choose("Årets resultat 2024");
    await pickOnLine(24, "-48");
    await choose("Eget kapital vid årets slut 2024");
    await pickOnLine(30, "1 505");
    await page.locator("#save").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#status").innerText()).toContain("sparade");
    await page.screenshot({ path: join(SHOTS, "review.png"), fullPage: true });
    await page.locator("#load").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#status").innerText(), { timeout: 200_000 }).toContain("Databasen är laddad");
    const curated = readFileSync(join(dir, "data/curated/fjallbacken/2024-annual-report.yaml"), "utf8");
    expect(curated).toContain("Läst från rad 24");
    const rows = await query(
      warehouseOf(dir),
      `SELECT item, amount_sek, source_line, obtained, curation_reason FROM finance WHERE federation_id = 'fjallbacken' AND year = 2024
       AND basis = 'actual' AND item IN ('revenue_operating', 'operating_result', 'result', 'equity_end') ORDER BY item`,
    );
    expect(rows.map((r) => [r.item, Number(r.amount_sek), r.source_line, r.obtained, r.curation_reason])).toEqual([
      ["equity_end", 1_505_000, 30, "curated", "Läst från rad 30"],
      // Read by the parser ("Resultat före finansiella poster"): the sum above was checked against it.
      ["operating_result", -62_000, 22, "parsed_plain_text", null],
      ["result", -48_000, 24, "curated", "Läst från rad 24"],
      ["revenue_operating", 6_520_000, 18, "curated", "Läst från rad 18"],
    ]);
    // A figure the parser read keeps its own provenance.
    const parsed = await query(
      warehouseOf(dir),
      `SELECT obtained, curation_reason FROM finance WHERE federation_id = 'fjallbacken' AND year = 2024 AND item = 'assets_total'`,
    );
    expect(parsed).toEqual([{ obtained: "parsed_plain_text", curation_reason: null }]);
    // The figures now count as present.
    expect(await page.locator("#figures").innerText()).toContain("manuell");
  }, 240_000);
});
