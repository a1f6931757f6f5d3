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
  const server = spawn(process.execPath, ["--import", "tsx", "loaders/serve.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), FINSAM_SITE_OUT: outDir },
    stdio: "pipe",
  });
  await new Promise<void>((ok, fail) => {
    server.stdout!.on("data", (d: Buffer) => String(d).includes("http://") && ok());
    server.on("exit", (code) => fail(new Error(`server exited with ${code}`)));
  });
  return server;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
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
export async function open(
  browser: Browser,
  url: string,
  shot: string,
  viewport = { width: 1280, height: 900 },
): Promise<Opened> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
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

/** Tables cut off at the side on a desktop screen (the raw-row preview on Data is meant to scroll). */
export async function cutOffTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main .table-scroll")]
      .filter((e) => !e.closest(".raw-preview") && e.scrollWidth > e.clientWidth + 1)
      .map(
        (e) =>
          `table is cut off (${e.scrollWidth} > ${e.clientWidth} px): ${(e.querySelector("thead")?.textContent ?? "").replace(/\s+/g, " ").slice(0, 60)}`,
      ),
  );
}

/** Everything wrong with an opened page, as lines: errors, error boxes, NaN/undefined, layout. */
export async function pageProblems({ page, text, errors, errorBoxes }: Opened): Promise<string[]> {
  return [
    ...errors,
    ...(errorBoxes ? [`${errorBoxes} error boxes`] : []),
    ...(/\bNaN\b|\bundefined\b|\[object /.test(text) ? ["NaN/undefined in text"] : []),
    ...(await layoutProblems(page)),
  ];
}

/**
 * Readability at scale: no sideways scrolling of the page, and in every chart the axis labels
 * neither overlap each other nor run outside the chart, and value labels cover no axis label.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    for (const svg of document.querySelectorAll("main figure.chart svg")) {
      const frame = svg.getBoundingClientRect();
      for (const axis of ["y-axis tick label", "x-axis tick label"]) {
        const labels = [...svg.querySelectorAll(`g[aria-label="${axis}"] text`)]
          .map((t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect() }))
          .filter((l) => l.text && l.box.width > 0);
        for (const l of labels)
          if (l.box.left < frame.left - 1 || l.box.right > frame.right + 1)
            problems.push(`${axis} "${l.text}" runs outside its chart`);
        const sorted = [...labels].sort((a, b) =>
          axis.startsWith("y") ? a.box.top - b.box.top : a.box.left - b.box.left,
        );
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!.box, sorted[i]!.box];
          const overlap = axis.startsWith("y")
            ? b.top < a.bottom - 1 && b.left < a.right && a.left < b.right
            : b.left < a.right - 1 && b.top < a.bottom && a.top < b.bottom;
          if (overlap) problems.push(`${axis} labels "${sorted[i - 1]!.text}" and "${sorted[i]!.text}" overlap`);
        }
      }
      // Value labels (Plot's text marks) must stay inside the chart and off every axis label.
      // (No named helper functions in here: tsx would wrap them in a __name the page lacks.)
      const [axisLabels, valueLabels] = ['g[aria-label$="-axis tick label"] text', 'g[aria-label="text"] text'].map(
        (selector) =>
          [...svg.querySelectorAll(selector)]
            .map((t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect() }))
            .filter((l) => l.text && l.box.width > 0),
      ) as [{ text: string; box: DOMRect }[], { text: string; box: DOMRect }[]];
      for (const v of valueLabels) {
        if (v.box.left < frame.left - 1 || v.box.right > frame.right + 1)
          problems.push(`value label "${v.text}" runs outside its chart`);
        const hit = axisLabels.find(
          (a) =>
            v.box.left < a.box.right - 1 &&
            a.box.left < v.box.right - 1 &&
            v.box.top < a.box.bottom - 1 &&
            a.box.top < v.box.bottom - 1,
        );
        if (hit) problems.push(`value label "${v.text}" overlaps axis label "${hit.text}"`);
      }
    }
    return problems;
  });
}

/** Tables wider than their box at this screen width (Beslut must fit at 1280 px). */
export async function wideTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main form")]
      .filter((f) => f.querySelector("table") && f.scrollWidth > f.clientWidth + 1)
      .map((f) => `table "${f.getAttribute("aria-label") ?? ""}" is cut off (${f.scrollWidth} > ${f.clientWidth} px)`),
  );
}

/**
 * Charts shown smaller than they are drawn (a desktop image scaled down to a phone), and chart
 * labels under 11 px as shown on the screen.
 */
export async function chartScaleProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll("main figure.chart .chart-plot svg[viewBox]")) {
      const drawn = Number(svg.getAttribute("width"));
      const shown = svg.getBoundingClientRect().width;
      if (shown < drawn - 1) problems.push(`a chart drawn ${drawn} px wide is shown ${Math.round(shown)} px wide`);
      const scale = shown / drawn;
      const small = [...svg.querySelectorAll("text")].filter(
        (t) => t.textContent?.trim() && parseFloat(getComputedStyle(t).fontSize) * scale < 11,
      );
      if (small.length) problems.push(`${small.length} chart labels under 11 px, e.g. "${small[0]!.textContent}"`);
    }
    return problems;
  });
}

/** Code names (a warehouse table or column, snake_case) in the page's text, where readers see Swedish. */
export async function codeNames(page: Page): Promise<string[]> {
  const text = await page.locator("main").innerText();
  return [...new Set(text.match(/\b[a-z]+(?:_[a-z]+)+(?:\.[a-z_]+)?\b/g) ?? [])];
}
