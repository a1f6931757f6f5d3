/**
 * The built site in headless Chromium (Debian's, driven by playwright-core): every page renders
 * without error boxes, "NaN" or "undefined", shows its key figures, and keeps its filters in the
 * URL. Screenshots go to test/artifacts/screenshots/ to be looked at.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = join(ROOT, "test/artifacts/screenshots");
const PORT = 3000 + (process.pid % 1000) + 17;
const base = `http://127.0.0.1:${PORT}`;
/** Text as a reader sees it: sv-SE no-break spaces and minus signs normalised. */
const normal = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");

let server: ChildProcess;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  execFileSync("npm", ["run", "-s", "build"], { cwd: ROOT, stdio: "pipe", env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" } });
  server = spawn(process.execPath, ["--import", "tsx", "loaders/serve.ts"], { cwd: ROOT, env: { ...process.env, PORT: String(PORT) }, stdio: "pipe" });
  await new Promise<void>((ok, fail) => {
    server.stdout!.on("data", (d: Buffer) => String(d).includes("http://") && ok());
    server.on("exit", (code) => fail(new Error(`server exited with ${code}`)));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

async function open(path: string, shot: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(base + path, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
  const text = normal(await page.locator("main").innerText());
  const errorBoxes = await page.locator(".observablehq--error").count();
  return { page, text, errors, errorBoxes };
}

const PAGES = [
  { path: "/", shot: "oversikt", expects: ["Samordningsförbundet i Kalmar län", "330", "uppgift saknas", "Samordningsförbundet i Blekinge"] },
  { path: "/beslut", shot: "beslut", expects: ["968 431 kr", "Återremiss", "Beslut 2025-3 §11:1", "uppgift saknas"] },
  { path: "/datakvalitet", shot: "datakvalitet", expects: ["precedence.conflict"] },
];

describe("the site in Chromium", () => {
  for (const p of PAGES) {
    it(`renders ${p.path} with its key figures and no errors`, async () => {
      const { page, text, errors, errorBoxes } = await open(p.path, p.shot);
      expect(errors).toEqual([]);
      expect(errorBoxes).toBe(0);
      expect(text).not.toMatch(/\bNaN\b|\bundefined\b/);
      for (const e of p.expects) expect(text).toContain(e);
      await page.close();
    }, 60_000);
  }

  it("keeps the Beslut filters in the URL, and applies them from it", async () => {
    const { page, text } = await open(`/beslut?forbund=${encodeURIComponent("Samordningsförbundet i Blekinge")}&utfall=${encodeURIComponent("Återremiss")}`, "beslut-filtrerad");
    expect(text).toMatch(/\b1 av \d+ beslut/);
    expect(text).toContain("Ansökan Arbetsmarknadscoach och anställningar, Ronneby kommun");
    expect(page.url()).toContain("utfall=");
    await page.close();
  }, 60_000);

  it("builds a site that fetches nothing from a CDN", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const path = join(dir, f);
        if (statSync(path).isDirectory()) walk(path);
        // Framework's own client lists lazy CDN paths for globals a page never uses; pages and
        // the modules they import must not reach them, and nothing may have been downloaded.
        else if (/\.(html|js|css)$/.test(f) && !path.includes("/_observablehq/")) files.push(path);
      }
    };
    walk(join(ROOT, "dist"));
    expect(files.length).toBeGreaterThan(3);
    expect(existsSync(join(ROOT, "dist/_npm"))).toBe(false);
    for (const f of files) {
      const body = readFileSync(f, "utf8");
      expect(body, f).not.toMatch(/cdn\.jsdelivr|unpkg\.com|fonts\.googleapis|\/_npm\//);
      expect(body, f).not.toMatch(/import\("(?![./])[^"]+"\)/);
    }
  });
});
