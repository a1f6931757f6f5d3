/** Shared by the browser tests: serve a built site, drive Debian's Chromium, read pages as a person would. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "../helpers.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = join(ROOT, "test/artifacts/screenshots");

/** Text as a reader sees it: sv-SE no-break spaces and minus signs normalised. */
export const normal = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");

export async function serve(outDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["--import", "tsx", "loaders/serve.ts"], { cwd: ROOT, env: { ...process.env, PORT: String(port), FINSAM_SITE_OUT: outDir }, stdio: "pipe" });
  await new Promise<void>((ok, fail) => {
    server.stdout!.on("data", (d: Buffer) => String(d).includes("http://") && ok());
    server.on("exit", (code) => fail(new Error(`server exited with ${code}`)));
  });
  return server;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
}

export interface Opened {
  page: Page;
  text: string;
  errors: string[];
  errorBoxes: number;
}

/** Open a page, wait for its cells, screenshot it, and collect errors and the main text. */
export async function open(browser: Browser, url: string, shot: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
  // Also what the browser fetches on its own (the favicon), which only shows as a console error.
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
  const text = normal(await page.locator("main").innerText());
  const errorBoxes = await page.locator(".observablehq--error").count();
  return { page, text, errors, errorBoxes };
}

/**
 * Readability at scale: no sideways scrolling of the page, and in every chart the axis labels
 * neither overlap each other nor run outside the chart.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    for (const svg of document.querySelectorAll("main figure.chart svg")) {
      const frame = svg.getBoundingClientRect();
      for (const axis of ["y-axis tick label", "x-axis tick label"]) {
        const labels = [...svg.querySelectorAll(`g[aria-label="${axis}"] text`)].map((t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect() })).filter((l) => l.text && l.box.width > 0);
        for (const l of labels) if (l.box.left < frame.left - 1 || l.box.right > frame.right + 1) problems.push(`${axis} "${l.text}" runs outside its chart`);
        const sorted = [...labels].sort((a, b) => (axis.startsWith("y") ? a.box.top - b.box.top : a.box.left - b.box.left));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!.box, sorted[i]!.box];
          const overlap = axis.startsWith("y") ? b.top < a.bottom - 1 && b.left < a.right && a.left < b.right : b.left < a.right - 1 && b.top < a.bottom && a.top < b.bottom;
          if (overlap) problems.push(`${axis} labels "${sorted[i - 1]!.text}" and "${sorted[i]!.text}" overlap`);
        }
      }
    }
    return problems;
  });
}
