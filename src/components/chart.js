// One way to show a chart on every page: a title that says what it shows, the n behind it,
// the source, a table view of the same rows ("uppgift saknas" for gaps), and downloads of the
// chart as PNG/SVG (title and source drawn in, so a downloaded chart can go on a slide) and
// of its rows as CSV.
import {html} from "htl";
import {csvFormatRows} from "d3";
import {MISSING} from "./format.js";

/**
 * @param {object} o
 * @param {string} o.title      what the chart shows, as a sentence
 * @param {string} o.note       n and population, e.g. "n = 330 deltagare 2024"
 * @param {string} o.source     where the figures come from
 * @param {Element|null} o.plot the chart (Plot output), or null when no data: then only the note shows
 * @param {string} o.alt        text alternative for the chart
 * @param {object[]} o.rows     the chart's data, one object per row
 * @param {[string, string, ((v: any) => string)?][]} o.columns key, Swedish header, formatter
 * @param {string} o.file       file name stem for downloads
 */
export function chartFigure({title, note, source, plot, alt, rows, columns, file}) {
  const figure = html`<figure class="chart">
    <h3 class="chart-title">${title}</h3>
    ${plot ? html`<div class="chart-plot" role="img" aria-label=${alt}>${plot}</div>` : html`<p class="missing">${MISSING}: inga uppgifter att visa.</p>`}
    <figcaption>${note}. Källa: ${source}.</figcaption>
    ${rows.length ? html`<div class="chart-actions" aria-label="Ladda ner">
      ${plot ? html`<button type="button" data-download="png">Ladda ner PNG</button>
      <button type="button" data-download="svg">Ladda ner SVG</button>` : ""}
      <button type="button" data-download="csv">Ladda ner data (CSV)</button>
    </div>
    <details class="chart-table"><summary>Visa som tabell</summary>${dataTable(rows, columns)}</details>` : ""}
  </figure>`;
  const caption = `${note}. Källa: ${source}.`;
  for (const button of figure.querySelectorAll("button[data-download]")) {
    button.addEventListener("click", async () => {
      const kind = button.dataset.download;
      if (kind === "csv") return save(new Blob(["\ufeff" + toCsv(rows, columns)], {type: "text/csv;charset=utf-8"}), `${file}.csv`);
      const svg = composeSvg(plot, title, caption);
      if (kind === "svg") return save(new Blob([svg.text], {type: "image/svg+xml"}), `${file}.svg`);
      save(await toPng(svg), `${file}.png`);
    });
  }
  return figure;
}

/** The rows as an accessible HTML table; missing cells say so. */
export function dataTable(rows, columns) {
  if (!rows.length) return html`<p class="missing">${MISSING}</p>`;
  return html`<div class="table-scroll"><table class="data">
    <thead><tr>${columns.map(([, label]) => html`<th scope="col">${label}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr>${columns.map(([key, , fmt], i) => {
      const v = r[key];
      const missing = v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v));
      const text = missing ? MISSING : fmt ? fmt(v, r) : String(v);
      return i === 0 ? html`<th scope="row">${text}</th>` : html`<td class=${missing ? "missing" : ""}>${text}</td>`;
    })}</tr>`)}</tbody>
  </table></div>`;
}

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
const escapeXml = (s) => s.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]);

/**
 * A standalone SVG: the title on top, the plot, its legend swatches (HTML in Plot's output,
 * so redrawn here) and the source line below.
 */
export function composeSvg(plot, title, caption) {
  const chart = plot.tagName.toLowerCase() === "svg" ? plot : plot.querySelector("svg:not(.plot-swatches svg)") ?? plot.querySelector("svg");
  const width = Number(chart.getAttribute("width")) || chart.getBoundingClientRect().width || 640;
  const height = Number(chart.getAttribute("height")) || chart.getBoundingClientRect().height || 400;
  const swatches = [...plot.querySelectorAll?.(".plot-swatch, [class$='-swatch']") ?? []].map((s) => ({
    color: s.querySelector("svg [fill]")?.getAttribute("fill") ?? "#000",
    label: s.textContent.trim()
  }));
  const top = 34 + (swatches.length ? 22 : 0);
  const total = top + height + 30;
  const clone = chart.cloneNode(true);
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(top));
  clone.setAttribute("xmlns", SVG_NS);
  let x = 0;
  const legend = swatches.map(({color, label}) => {
    const item = `<rect x="${x}" y="${top - 18}" width="12" height="12" fill="${escapeXml(color)}"/><text x="${x + 16}" y="${top - 8}">${escapeXml(label)}</text>`;
    x += 28 + label.length * 7;
    return item;
  }).join("");
  const text = `<svg xmlns="${SVG_NS}" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif" font-size="12">`
    + `<rect width="100%" height="100%" fill="white"/>`
    + `<text x="0" y="18" font-size="16" font-weight="bold">${escapeXml(title)}</text>${legend}`
    + new XMLSerializer().serializeToString(clone)
    + `<text x="0" y="${total - 8}" font-size="11" fill="#555">${escapeXml(caption)}</text></svg>`;
  return {text, width, height: total};
}

async function toPng({text, width, height}) {
  const scale = 2;
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([text], {type: "image/svg+xml"}));
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d");
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
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
  return documentId.startsWith("registry/") ? label : html`<a href=${`/kallor/${documentId}${line ? `#L${line}` : ""}`}>${label}</a>`;
}

/** The documents behind a set of rows, as the chart's "Källa". */
export function sourcesOf(rows) {
  const docs = [...new Set(rows.map((r) => r.document_id).filter(Boolean))].sort();
  return docs.length ? docs.join(", ") : MISSING;
}
