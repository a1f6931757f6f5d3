// One way to show a chart on every page: a title that says what it shows, the n behind it,
// the source, a table view of the same rows ("uppgift saknas" for gaps), and downloads: the
// rows as Excel (Swedish headers, numbers as numbers) for people and as CSV (codes, decimal
// point) for tools, and the chart as PNG (a 16:9 slide, title, n and source drawn in) and SVG.
import { html } from "htl";
import { csvFormatRows } from "d3";
import { MISSING } from "./format.js";
import { excelBlob } from "./excel.js";
import { withYearColumn } from "./excelSheet.js";
import { chartSummary } from "./chartSummary.js";
import { documentHref } from "./links.js";

/**
 * @param {object} o
 * @param {string} o.title      what the chart shows, as a sentence
 * @param {string} o.note       n and population, e.g. "n = 330 deltagare 2024"
 * @param {string} o.source     where the figures come from
 * @param {Element|null} o.plot the chart (Plot output), or null when no data: then only the note shows
 * @param {string} o.alt        the chart's values in words (read when no column gives a main finding)
 * @param {string} [o.finding]  the main finding in one sentence; by default the highest and lowest value
 * @param {object[]} o.rows     the chart's data, one object per row
 * @param {[string, string, ((v: any) => string)?][]} o.columns key, Swedish header, formatter
 * @param {string} o.file       file name stem for downloads
 */
export function chartFigure({ title, note, source, plot, alt, finding, rows, columns: chartColumns, file }) {
  const columns = withYearColumn(rows, chartColumns);
  const caption = `${note}. Källa: ${source}.`;
  // Screen readers get one sentence (title, unit, n, main finding) and the table below; the
  // plot's own marks are hidden from them (role="img" makes its children presentational).
  const label = `${title}. ${chartSummary({ rows, columns, note, finding, alt })}`;
  plot?.setAttribute("aria-hidden", "true");
  const figure = html`<figure class="chart">
    <h3 class="chart-title">${title}</h3>
    ${plot ? html`<div class="chart-plot" role="img" aria-label=${label}>${plot}</div>` : html`<p class="missing">${MISSING}: inga uppgifter att visa.</p>`}
    <figcaption>${caption}</figcaption>
    ${
      rows.length
        ? html`<div class="chart-actions" role="group" aria-label=${`Ladda ner: ${title}`}>
              <button type="button" data-download="xlsx">Ladda ner som Excel</button>
              <button
                type="button"
                data-download="csv"
                title="Maskinläsbar CSV för analysverktyg: kolumnernas koder som rubriker, komma mellan fälten och punkt som decimaltecken"
              >
                Ladda ner data (CSV, maskinläsbar)
              </button>
              ${
                plot
                  ? html`<button
                        type="button"
                        data-download="png"
                        title="Bild för en bild i 16:9 (1920 × 1080 px) med rubrik, n och källa"
                      >
                        Ladda ner PNG
                      </button>
                      <button type="button" data-download="svg">Ladda ner SVG</button>`
                  : ""
              }
            </div>
            <details class="chart-table">
              <summary>Visa som tabell</summary>
              ${dataTable(rows, columns, { download: false })}
            </details>`
        : ""
    }
  </figure>`;
  for (const button of figure.querySelectorAll("button[data-download]")) {
    button.addEventListener("click", async () => {
      const kind = button.dataset.download;
      if (kind === "xlsx") return save(await excelBlob({ title, source: caption, rows, columns }), `${file}.xlsx`);
      if (kind === "csv")
        return save(new Blob(["\ufeff" + toCsv(rows, columns)], { type: "text/csv;charset=utf-8" }), `${file}.csv`);
      const svg = composeSvg(plot, title, caption);
      if (kind === "svg") return save(new Blob([svg.text], { type: "image/svg+xml" }), `${file}.svg`);
      save(await toPng(svg), `${file}.png`);
    });
  }
  return figure;
}

/**
 * The rows as an accessible HTML table; missing cells say so. The scroll box can be reached
 * and scrolled with the keyboard. With `download` (the default) it offers the rows as Excel,
 * titled by the heading above the table.
 */
export function dataTable(rows, columns, { download = true, title } = {}) {
  if (!rows.length) return html`<p class="missing">${MISSING}</p>`;
  const box = html`<div
    class="table-scroll"
    tabindex="0"
    role="region"
    aria-label=${title ?? `Tabell: ${columns.map(([, label]) => label).join(", ")}`}
  >
    <table class="data">
      <thead>
        <tr>
          ${columns.map(([, label]) => html`<th scope="col">${label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              ${columns.map(([key, , fmt], i) => {
                const v = r[key];
                const missing = v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v));
                const text = missing ? MISSING : fmt ? fmt(v, r) : String(v);
                return i === 0
                  ? html`<th scope="row">${text}</th>`
                  : html`<td class=${missing ? "missing" : ""}>${text}</td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
  if (!download) return box;
  const button = html`<button type="button" class="table-download">Ladda ner tabellen som Excel</button>`;
  button.addEventListener("click", async () => {
    const heading = title ?? headingAbove(button) ?? "Tabell";
    save(
      await excelBlob({ title: heading, source: `finsam-compare, ${location.pathname}`, rows, columns }),
      `${slug(heading)}.xlsx`,
    );
  });
  return html`<div class="data-table">
    ${box}
    <div class="chart-actions">${button}</div>
  </div>`;
}

/** The text of the nearest heading before an element (the table's title on the page). */
function headingAbove(element) {
  const headings = [...document.querySelectorAll("main h1, main h2, main h3")];
  const before = headings.filter((h) => h.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  return before.at(-1)?.textContent.trim() || null;
}

const slug = (s) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "tabell";

// Spreadsheet programs run a cell that starts with = + - @ as a formula; quote such text.
const FORMULA = /^[=+\-@\t\r]/;
function csvCell(v) {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const s = String(v);
  return FORMULA.test(s) ? `'${s}` : s;
}

/** Raw values (not Swedish display strings), so the CSV re-imports as numbers. */
export function toCsv(rows, columns) {
  return csvFormatRows([columns.map(([key]) => key), ...rows.map((r) => columns.map(([key]) => csvCell(r[key])))]);
}

const SVG_NS = "http://www.w3.org/2000/svg";
const escapeXml = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/**
 * The chart's own SVG and the legends drawn before it. With a legend (or a title) Plot returns a
 * <figure> holding the legends first (swatches as HTML, ramps as SVG) and the chart last; each
 * swatch has a small SVG of its own, so "the first SVG" would be a legend swatch.
 */
function plotParts(plot) {
  if (plot.tagName.toLowerCase() === "svg") return { chart: plot, legends: [] };
  const figure = plot.matches("figure") ? plot : (plot.querySelector("figure") ?? plot);
  const children = [...figure.children];
  const chart =
    children.filter((c) => c.tagName.toLowerCase() === "svg").at(-1) ??
    [...figure.querySelectorAll("svg")].find((s) => !s.closest("[class*='-swatch']"));
  const legends = children
    .slice(0, children.indexOf(chart))
    .filter((c) => c.tagName.toLowerCase() === "svg" || /-swatches\b/.test(c.className));
  return { chart, legends };
}

const LEGEND_FONT = 12;
let measurer;
/** A label's width in the legend's font, as the browser measures it. */
function textWidth(text) {
  measurer ??= document.createElement("canvas").getContext("2d");
  measurer.font = `${LEGEND_FONT}px system-ui, sans-serif`;
  return measurer.measureText(text).width;
}

/** Legends as SVG markup from `top` down, wrapped to `width`: each swatch's own SVG and its label. */
function legendMarkup(legends, width, top) {
  let y = top;
  const parts = [];
  for (const legend of legends) {
    if (legend.tagName.toLowerCase() === "svg") {
      // A ramp (continuous colour) is an SVG already: place it as it is, a little in from the
      // edge, with its end labels (centred on the ends) not clipped.
      const clone = legend.cloneNode(true);
      clone.setAttribute("x", "8");
      clone.setAttribute("overflow", "visible");
      clone.setAttribute("y", String(y));
      parts.push(new XMLSerializer().serializeToString(clone));
      y += Number(legend.getAttribute("height")) || legend.getBoundingClientRect().height || 40;
      continue;
    }
    let x = 0;
    for (const swatch of legend.querySelectorAll("[class$='-swatch']")) {
      const label = swatch.textContent.trim();
      const mark = swatch.querySelector("svg");
      const w = 15 + 6 + textWidth(label) + 16;
      if (x > 0 && x + w > width) [x, y] = [0, y + 20];
      if (mark) {
        const clone = mark.cloneNode(true);
        for (const [k, v] of [
          ["x", x],
          ["y", y + 1],
          ["width", 15],
          ["height", 15],
        ])
          clone.setAttribute(k, String(v));
        parts.push(new XMLSerializer().serializeToString(clone));
      }
      parts.push(`<text x="${x + 21}" y="${y + 13}">${escapeXml(label)}</text>`);
      x += w;
    }
    y += 20 + 4;
  }
  return { markup: parts.join(""), bottom: y };
}

/**
 * A standalone SVG: the title on top, the legends, the plot and the source line below.
 */
export function composeSvg(plot, title, caption) {
  const { chart, legends } = plotParts(plot);
  const width = Number(chart.getAttribute("width")) || chart.getBoundingClientRect().width || 640;
  const height = Number(chart.getAttribute("height")) || chart.getBoundingClientRect().height || 400;
  // Title, legend and caption (n and source) wrap to the chart's width: nothing is cut off.
  const titleLines = wrap(title, Math.max(30, Math.floor(width / 9.5)));
  const legendTop = 20 * titleLines.length + 8;
  const legend = legendMarkup(legends, width, legendTop);
  const top = legend.bottom + (legends.length ? 4 : 0);
  const lines = wrap(caption, Math.max(40, Math.floor(width / 6)));
  const total = top + height + 16 + 14 * lines.length;
  const clone = chart.cloneNode(true);
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(top));
  clone.setAttribute("xmlns", SVG_NS);
  // The page's stylesheet does not travel with the file: keep the size the labels are shown at.
  clone.setAttribute("font-size", getComputedStyle(chart).fontSize || "11px");
  const text =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif" font-size="${LEGEND_FONT}">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    titleLines
      .map((line, i) => `<text x="0" y="${18 + 20 * i}" font-size="16" font-weight="bold">${escapeXml(line)}</text>`)
      .join("") +
    legend.markup +
    new XMLSerializer().serializeToString(clone) +
    lines
      .map(
        (line, i) =>
          `<text x="0" y="${top + height + 22 + 14 * i}" font-size="11" fill="#555">${escapeXml(line)}</text>`,
      )
      .join("") +
    `</svg>`;
  return { text, width, height: total };
}

/**
 * A PNG for a 16:9 slide: 1920 × 1080 px, the composed SVG (title, plot, n and source) centred
 * and drawn as vectors at that size, so text stays sharp.
 */
export const SLIDE = { width: 1920, height: 1080 };
/** Words into lines of at most `max` characters (a longer word gets a line of its own). */
function wrap(text, max) {
  const lines = [];
  for (const word of text.split(" ")) {
    if (lines.length && (lines.at(-1) + " " + word).length <= max) lines[lines.length - 1] += " " + word;
    else lines.push(word);
  }
  return lines;
}

async function toPng({ text, width, height }) {
  const margin = width / 30; // a slide's edge stays clear of text
  const box = Math.max(width + 2 * margin, ((height + 2 * margin) * SLIDE.width) / SLIDE.height);
  const [vw, vh] = [box, (box * SLIDE.height) / SLIDE.width];
  const slide = `<svg xmlns="${SVG_NS}" width="${SLIDE.width}" height="${SLIDE.height}" viewBox="${-(vw - width) / 2} ${-(vh - height) / 2} ${vw} ${vh}"><rect x="${-vw}" y="${-vh}" width="${3 * vw}" height="${3 * vh}" fill="white"/>${text.replace(/^<svg /, `<svg x="0" y="0" `)}</svg>`;
  const image = new Image(SLIDE.width, SLIDE.height);
  image.src = URL.createObjectURL(new Blob([slide], { type: "image/svg+xml" }));
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  canvas.getContext("2d").drawImage(image, 0, 0, SLIDE.width, SLIDE.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

function save(blob, name) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A link to the source line on the Källor page, or the bare reference for registry facts. */
export function sourceLink(documentId, line) {
  if (!documentId) return MISSING;
  const label = `${documentId}${line ? `, rad ${line}` : ""}`;
  return documentId.startsWith("registry/") ? label : html`<a href=${documentHref(documentId, line)}>${label}</a>`;
}

/** A table column linking each row's document_id and source_line to its source. */
export const sourceColumn = (label = "Källa") => ["document_id", label, (v, r) => sourceLink(v, r.source_line)];

/** The documents behind a set of rows, as the chart's "Källa". */
export function sourcesOf(rows) {
  const docs = [...new Set(rows.map((r) => r.document_id).filter(Boolean))].sort();
  return docs.length ? docs.join(", ") : MISSING;
}
