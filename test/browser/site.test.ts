/**
 * The built site in headless Chromium (Debian's, driven by playwright-core): every page renders
 * without error boxes, "NaN" or "undefined", shows its key figures, keeps its controls in the
 * URL, downloads charts and data, prints on A4 landscape, and fetches nothing from a CDN.
 * Screenshots go to test/artifacts/screenshots/ to be looked at.
 */
import { execFileSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import ExcelJS from "exceljs";
import { csvParse } from "d3";
import { axeViolations, describeViolations } from "./axeSupport.ts";
import {
  chartScaleProblems,
  codeNames,
  cutOffTables,
  launch,
  layoutProblems,
  open,
  pageProblems,
  serve,
  wideTables,
} from "./browserSupport.ts";
import { legendChartProblems, readDrawing } from "./imageSupport.ts";

const PORT = 3000 + (process.pid % 1000) + 17;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let browser: Browser;

beforeAll(async () => {
  execFileSync("npm", ["run", "-s", "build"], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" },
  });
  server = await serve("dist", PORT);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

const PAGES = [
  {
    path: "/",
    shot: "oversikt",
    expects: [
      "Samordningsförbundet i Kalmar län",
      "330",
      "uppgift saknas",
      "Samordningsförbundet i Blekinge",
      // Kalmar 2024 classifies 92 of its 159 exits: both rates are lower bounds.
      "minst 26,4 %",
      "minst 57,9 %",
      "57,0 %",
      "Liknande förbund",
    ],
  },
  {
    path: "/deltagare",
    shot: "deltagare",
    expects: [
      "Inskrivna deltagare per förbund, senaste år med uppgift (2024)",
      "n = 1 av 3 förbund",
      "n = 14 förbundsår för 1 förbund",
      "n = 8 insatser med inskrivna",
    ],
  },
  {
    path: "/resultat",
    shot: "resultat",
    expects: [
      "minst 26,4 % (42 av 159)",
      "minst 57,9 % (92 av 159)",
      "92 av 159 avslutade har känt mål",
      "57,0 %",
      "50,0 %",
      "uppgift saknas för",
      "Andel till arbete eller studier per förbund, senaste år med uppgift (2024)",
    ],
  },
  {
    path: "/ekonomi",
    shot: "ekonomi",
    expects: [
      "Utfallets avvikelse från budget",
      "±5 %",
      "n = 28 medlemsbidrag",
      "Budget mot utfall, hela förbundet",
      "Kostnad per deltagare per förbund, senaste år med uppgift (2024)",
    ],
  },
  {
    path: "/jamstalldhet",
    shot: "jamstalldhet",
    expects: ["Kvinnor", "medlemmens andel av insatsen", "n = 330 deltagare med redovisat kön", "nyinskrivna"],
  },
  { path: "/forbund/", shot: "forbund", expects: ["Samordningsförbundet Insjöriket", "Kalmar län"] },
  {
    path: "/forbund/kalmar",
    shot: "forbund-kalmar",
    expects: ["Vägknuten 2.0", "Borgholms kommun", "330", "Årsredovisning 2024"],
  },
  {
    path: "/medlemsdialog/",
    shot: "medlemsdialog",
    expects: ["Oskarshamns kommun", "Ronneby kommun", "Partille kommun"],
  },
  {
    path: "/medlemsdialog/medlem?id=kalmar/oskarshamn",
    shot: "medlemsdialog-oskarshamn",
    expects: ["Oskarshamns kommun", "Vägknuten 2.0 *", "59,1 %", "Skriv ut", "insatser markerade med *"],
  },
  {
    // A member outside Kalmar: no interventions tied to it, so the whole federation stands in, honestly labelled.
    path: "/medlemsdialog/medlem?id=blekinge/karlshamn",
    shot: "medlemsdialog-karlshamn",
    expects: [
      "Karlshamns kommun",
      "Hela förbundet och medlemmens andel av bidragen",
      "går inte att utläsa ur förbundets redovisning",
    ],
  },
  {
    path: "/beslut?forbund=blekinge",
    shot: "beslut",
    expects: ["968 431 kr", "Återremiss", "Beslut 2025-3 §11:1", "uppgift saknas"],
  },
  {
    path: "/datakvalitet",
    shot: "datakvalitet",
    expects: ["precedence.conflict", "Två källor anger olika värden", "förbund × år × ämne"],
  },
  {
    path: "/datakvalitet?allvar=warning&kontroll=precedence.conflict",
    shot: "datakvalitet-filtrerad",
    // The page's total is every finding the export wrote: counted from its CSV, not written here,
    // so a reader that reports one unread number fewer does not break the check.
    get expects() {
      return [`${findingsExported()} iakttagelser`, "3 med valen ovan", "Två källor anger olika värden"];
    },
  },
  { path: "/kallor/?forbund=kalmar", shot: "kallor", expects: ["SHA-256", "Årsredovisning 2024 med bilagor"] },
  {
    path: "/kallor/dokument?id=kalmar/2024-annual-report#L667",
    shot: "kallor-rad",
    expects: ["Rad 667", "SUMMA deltagare"],
  },
  {
    path: "/oppna-data",
    shot: "data",
    expects: ["finsam.xlsx", "datapackage.json", "participant_count.csv", "137", "CC BY 4.0", "hive_partitioning"],
  },
  {
    path: "/kodbok",
    shot: "kodbok",
    expects: ["participant_count", "Code list: exit_outcome", "registry/<federation_id>"],
  },
  {
    path: "/tillganglighet",
    shot: "tillganglighet",
    expects: [
      "Tillgänglighetsredogörelse",
      "delvis förenlig",
      "Innehåll som inte är tillgängligt",
      "Rapportera brister",
      "Senaste bedömningen gjordes den",
    ],
  },
];

/** The rows of the exported data_quality.csv (a CSV parser, as a message may hold a comma or a line break). */
function findingsExported(): number {
  return csvParse(readFileSync(join(ROOT, "dist/data/data_quality.csv"), "utf8")).length;
}

/** Page paths (without .html) under a built section, index pages excluded. */
function builtPages(dir: string, prefix = "", ext = ".html"): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      if (statSync(join(dir, f)).isDirectory()) return builtPages(join(dir, f), `${prefix}${f}/`, ext);
      return f.endsWith(ext) && f !== "index.html" ? [`${prefix}${f.slice(0, -ext.length)}`] : [];
    });
}

describe("the site in Chromium", () => {
  for (const p of PAGES) {
    it(`renders ${p.path} with its key figures and no errors`, async () => {
      const { page, text, errors, errorBoxes } = await open(browser, base + p.path, p.shot);
      expect(errors).toEqual([]);
      expect(errorBoxes).toBe(0);
      expect(text).not.toMatch(/\bNaN\b|\bundefined\b|\[object /);
      for (const e of p.expects) expect(text).toContain(e);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await cutOffTables(page)).toEqual([]);
      expect(await wideTables(page)).toEqual([]);
      // Pages for researchers name tables and columns on purpose (Data, Kodbok, Datakvalitet, and
      // Källor's "Källa till: <table>"); the others speak Swedish.
      if (!/^\/(oppna-data|kodbok|datakvalitet|kallor)/.test(p.path)) expect(await codeNames(page)).toEqual([]);
      await page.close();
    }, 60_000);
  }

  // Every federation, member and document page the build made, not only the ones named above.
  it("renders every Förbund, Medlemsdialog and Källor page without errors or layout problems", async () => {
    // The federation pages, and the one document and member page at every id it has data for.
    const pages = [
      ...builtPages(join(ROOT, "dist", "forbund")).map((p) => `/forbund/${p}`),
      ...builtPages(join(ROOT, "dist", "pagedata", "medlemsdialog"), "", ".json").map(
        (id) => `/medlemsdialog/medlem?id=${id}`,
      ),
      ...builtPages(join(ROOT, "dist", "pagedata", "kallor"), "", ".json").map((id) => `/kallor/dokument?id=${id}`),
    ];
    expect(pages.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const path of pages) {
      const opened = await open(browser, base + path, `alla${path.replace(/[^a-z0-9]+/g, "-")}`);
      failures.push(
        ...[...(await pageProblems(opened)), ...(await cutOffTables(opened.page))].map((p) => `${path}: ${p}`),
      );
      await opened.page.close();
    }
    expect(failures).toEqual([]);
  }, 300_000);

  // A förbundschef may open the Medlemsdialog page on a phone: charts are drawn for the screen
  // (not a desktop image scaled down), labels stay readable, nothing breaks.
  it("stays usable on a 375 px phone screen", async () => {
    const failures: string[] = [];
    for (const path of [
      "/",
      "/deltagare",
      "/resultat",
      "/ekonomi",
      "/jamstalldhet",
      "/forbund/kalmar",
      "/medlemsdialog/medlem?id=kalmar/oskarshamn",
      "/beslut",
      "/datakvalitet",
      "/kallor/dokument?id=kalmar/2024-annual-report",
      "/oppna-data",
    ]) {
      const opened = await open(browser, base + path, `mobil${path.replace(/[^a-z0-9]+/g, "-")}`, {
        width: 375,
        height: 800,
      });
      failures.push(
        ...[...(await pageProblems(opened)), ...(await chartScaleProblems(opened.page))].map((p) => `${path}: ${p}`),
      );
      await opened.page.close();
    }
    expect(failures).toEqual([]);
  }, 180_000);

  // The same ids as every other page: the federation's id, the outcome's code; the search too.
  it("keeps the Beslut filters and search in the URL, and applies them from it", async () => {
    const { page, text } = await open(
      browser,
      `${base}/beslut?forbund=blekinge&utfall=referred_back`,
      "beslut-filtrerad",
    );
    expect(text).toMatch(/\b1 av \d+ beslut/);
    expect(text).toContain("Ansökan Arbetsmarknadscoach och anställningar, Ronneby kommun");
    await page.getByRole("searchbox").fill("Arbetsmarknadscoach");
    await page.waitForTimeout(300);
    expect(new URL(page.url()).searchParams.get("sok")).toBe("Arbetsmarknadscoach");
    await page.close();
    const searched = await open(browser, `${base}/beslut?forbund=blekinge&sok=Ronneby`, "beslut-sokt");
    expect(await searched.page.getByRole("searchbox").inputValue()).toBe("Ronneby");
    const hits = Number(/\b(\d+) av (\d+) beslut/.exec(searched.text)?.[1]);
    const all = Number(/\b(\d+) av (\d+) beslut/.exec(searched.text)?.[2]);
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(all);
    await searched.page.close();
  }, 60_000);

  it("writes a chosen control to the URL, so the view can be shared", async () => {
    const { page } = await open(browser, `${base}/deltagare`, "deltagare-vald");
    await page.getByLabel("Insats", { exact: true }).selectOption({ label: "KRUS" });
    await page.waitForTimeout(300);
    expect(decodeURIComponent(page.url())).toContain("insats=kalmar/krus");
    expect(await page.locator("main").innerText()).toContain("KRUS (Samordningsförbundet i Kalmar län)");
    await page.close();
  }, 60_000);

  it("downloads a chart as CSV, SVG and PNG, by keyboard too", async () => {
    const { page } = await open(browser, `${base}/deltagare`, "deltagare-nedladdning");
    const figure = page.locator("figure.chart", { hasText: "Inskrivna deltagare per år" });
    const fetch = async (label: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        figure.getByRole("button", { name: label }).click(),
      ]);
      return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
    };
    const csv = await fetch("Ladda ner data (CSV, maskinläsbar)");
    expect(csv.name).toBe("deltagare-over-tid-enrolled.csv");
    const csvText = csv.body.toString("utf8");
    expect(csvText.split("\n")[0]).toBe("\ufefffederation,year,value,document_id");
    expect(csvText).toContain("Samordningsförbundet i Kalmar län,2024,330,kalmar/2024-annual-report");
    const svg = await fetch("Ladda ner SVG");
    expect(svg.body.toString("utf8")).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.body.toString("utf8")).toContain("Inskrivna deltagare per år 2011–2024");
    expect(svg.body.toString("utf8")).toContain("Källa: kalmar/2024-annual-report");
    const png = await fetch("Ladda ner PNG");
    expect(png.body.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([1920, 1080]); // a 16:9 slide
    // Keyboard: focus the CSV button and press Enter.
    await figure.getByRole("button", { name: "Ladda ner data (CSV, maskinläsbar)" }).focus();
    const [byKey] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(byKey.suggestedFilename()).toBe("deltagare-over-tid-enrolled.csv");
    await page.close();
  }, 60_000);

  // Plot wraps a chart with a colour legend in a <figure> whose first <svg> is a legend swatch; the
  // download must hold the chart and its legend. Read the images as a person would see them.
  it("downloads a legend chart as PNG and SVG with the chart and its legend drawn", async () => {
    const { page } = await open(browser, `${base}/ekonomi`, "ekonomi-nedladdning");
    const figure = page
      .locator("figure.chart")
      .filter({ has: page.locator("[class*='-swatches'] svg") })
      .first();
    // The colours of the legend's first three entries: each must show as a swatch and in the chart.
    const colours = await figure
      .locator("[class$='-swatch'] svg")
      .evaluateAll((marks) => marks.slice(0, 3).map((m) => m.getAttribute("fill")!.toUpperCase()));
    expect(colours).toHaveLength(3);
    const firstLabel = (await figure.locator("[class$='-swatch']").first().innerText()).trim();
    const fetch = async (label: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        figure.getByRole("button", { name: label }).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const png = readDrawing(await fetch("Ladda ner PNG"), colours);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(legendChartProblems(png)).toEqual([]);
    const svg = await fetch("Ladda ner SVG");
    const view = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
    await view.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml;base64,${svg.toString("base64")}"></body>`,
    );
    const drawn = readDrawing(await view.locator("img").screenshot(), colours);
    expect(legendChartProblems(drawn)).toEqual([]);
    expect(svg.toString("utf8")).toContain(`>${firstLabel}</text>`); // the legend's labels are text in the file
    await view.close();
    await page.close();
  }, 60_000);

  // WCAG 2.1 A and AA (lag 2018:1937): every page kind, on a desktop and a 320 px screen, with
  // every table view opened, and the footer links the accessibility statement.
  it("has no WCAG 2.0/2.1 A or AA violation (axe-core) on any page kind", async () => {
    const failures: string[] = [];
    for (const p of PAGES) {
      for (const width of [1280, 320]) {
        const { page } = await open(browser, base + p.path, `axe-${width}${p.path.replace(/[^a-z0-9]+/g, "-")}`, {
          width,
          height: 900,
        });
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        failures.push(...describeViolations(`${p.path} @${width}px`, await axeViolations(page)));
        if (width === 1280) {
          expect(await page.locator("html").getAttribute("lang")).toBe("sv-SE");
          expect(await page.locator('#observablehq-footer a[href$="tillganglighet"]').count(), p.path).toBe(1);
        }
        await page.close();
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it("reaches everything on Beslut by keyboard alone: skip link, filter, search, open a source", async () => {
    const { page } = await open(browser, `${base}/beslut`, "beslut-tangentbord");
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement!;
        return `${e.tagName.toLowerCase()} ${(e.getAttribute("aria-label") ?? e.textContent ?? "").trim().slice(0, 40)}`;
      });
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("a Hoppa till innehållet");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("solid"); // a visible focus
    await page.keyboard.press("Enter");
    // From the content: the first control is the federation filter.
    const tabTo = async (test: () => Promise<boolean>, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        if (await test()) return;
      }
      throw new Error(`not reached by Tab; focus is on ${await focused()}`);
    };
    await tabTo(() =>
      page.evaluate(
        () =>
          document.activeElement?.tagName === "SELECT" &&
          document.activeElement.closest("form")?.textContent?.includes("Förbund") === true,
      ),
    );
    // Inputs.select's option values are indices: read the chosen option's text.
    const chosen = () =>
      page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent);
    for (let i = 0; i < 5 && (await chosen()) !== "Samordningsförbundet i Blekinge"; i++)
      await page.keyboard.press("ArrowDown");
    expect(await chosen()).toBe("Samordningsförbundet i Blekinge");
    await page.waitForTimeout(300);
    expect(new URL(page.url()).searchParams.get("forbund")).toBe("blekinge");
    await tabTo(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "search"));
    await page.keyboard.type("Ronneby");
    await page.waitForTimeout(300);
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/\b\d+ av \d+ beslut/);
    expect(text).toContain("Ronneby");
    // On to the first source link in the decisions table, and open it with Enter.
    await tabTo(
      () =>
        page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href?.includes("/kallor/") === true),
      80,
    );
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href"));
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith("/kallor/")), page.keyboard.press("Enter")]);
    expect(page.url()).toContain(href!);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("main").innerText()).toMatch(/Rad \d+/);
    await page.close();
  }, 90_000);

  it("downloads a chart's rows as Excel: Swedish headers, numbers as numbers, the chart's values", async () => {
    const { page } = await open(browser, `${base}/deltagare`, "deltagare-excel");
    const figure = page.locator("figure.chart", { hasText: "Inskrivna deltagare per år" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: "Ladda ner som Excel" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("deltagare-over-tid-enrolled.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell("A1").value)).toContain("Inskrivna deltagare per år 2011–2024");
    expect(String(sheet.getCell("A2").value)).toContain("Källa: kalmar/2024-annual-report");
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(["Förbund", "År", "Inskrivna deltagare", "Källa"]);
    // The same rows as the chart's CSV (raw values), cell by cell.
    const [, csv] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: /Ladda ner data \(CSV/ }).click(),
    ]).then(async ([d]) => [d, readFileSync((await d.path())!, "utf8")] as const);
    const csvRows = csv
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
    expect(csvRows.length).toBeGreaterThan(5);
    csvRows.forEach(([federation, year, value], i) => {
      const row = sheet.getRow(5 + i);
      expect(row.getCell(1).value).toBe(federation);
      expect(row.getCell(2).value).toBe(Number(year));
      expect(row.getCell(3).value).toBe(value === "" ? "uppgift saknas" : Number(value));
      if (value !== "") expect(row.getCell(3).numFmt).toBe("#,##0");
    });
    expect(sheet.getRow(5 + csvRows.length).getCell(1).value).toBeNull();
    // A table outside a chart offers Excel too, titled by its heading.
    const forbund = await open(browser, `${base}/forbund/`, "forbund-excel");
    const [tableDownload] = await Promise.all([
      forbund.page.waitForEvent("download"),
      forbund.page.getByRole("button", { name: "Ladda ner tabellen som Excel" }).first().click(),
    ]);
    expect(tableDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    await forbund.page.close();
    await page.close();
  }, 60_000);

  it("links the open-data package from the Data page, and the files are there", async () => {
    const { page } = await open(browser, `${base}/oppna-data`, "data-lankar");
    const links = await page
      .locator("main a[download]")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(40);
    for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
    const pkg = await (await page.request.get(`${base}/data/datapackage.json`)).json();
    expect(pkg.resources.length).toBeGreaterThan(40);
    await page.close();
  }, 60_000);

  it("prints a Medlemsdialog page on A4 landscape without navigation or buttons", async () => {
    const { page } = await open(browser, `${base}/medlemsdialog/medlem?id=kalmar/oskarshamn`, "medlemsdialog-utskrift");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
    expect(await page.locator(".chart-actions").first().isVisible()).toBe(false);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const box = /MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box).not.toBeNull();
    expect(Math.round(Number(box![1]))).toBe(842); // A4 landscape in points
    expect(Math.round(Number(box![2]))).toBe(595);
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

  // Last, since it rebuilds dist/ under the server: the same warehouse gives the same site.
  it("builds a byte-identical site from the same warehouse", () => {
    const digest = () => {
      const hash = createHash("sha256");
      const walk = (dir: string) => {
        for (const f of readdirSync(dir).sort()) {
          const path = join(dir, f);
          if (statSync(path).isDirectory()) walk(path);
          else hash.update(path).update(readFileSync(path));
        }
      };
      walk(join(ROOT, "dist"));
      return hash.digest("hex");
    };
    const first = digest();
    execFileSync("npm", ["run", "-s", "build"], {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" },
    });
    expect(digest()).toBe(first);
  }, 300_000);
});
