// The federations compared on one measure: side by side (each at its latest year, the year in
// every label) and over time (chosen federations, labelled lines; a single year is a point).
// The rows come from the federation_measure mart via data/comparison.json; nothing is summed here.
import * as Plot from "@observablehq/plot";
import * as Inputs from "@observablehq/inputs";
import { html } from "htl";
import { MISSING, count, kr, percent, PALETTE, chartWidth, fit, nameMargin } from "./format.js";
import { chartFigure, sourceLink, sourcesOf } from "./chart.js";
import { pick } from "./controls.js";
import { urlValue } from "./urlState.js";

const FORMAT = { count, percent, sek: kr };

/**
 * A measure's value in words: "minst 27,5 %" when it counts only the classified exits of more
 * exits (a lower bound), "högst 364 000 kr" for a cost per such exit; "uppgift saknas" when absent.
 */
export function measureText(row, def) {
  const text = FORMAT[def.unit](row?.value);
  if (row?.value == null || !row.lower_bound) return text;
  return `${def.unit === "sek" ? "högst" : "minst"} ${text}`;
}

/** The basis of a ratio in words: "42 av 159", "17 607 130 kr / 330 deltagare". */
export function basisText(row, def) {
  if (!def.basisUnits || !row || (row.numerator == null && row.denominator == null)) return "";
  const [num, den] = def.basisUnits.map((u, i) => FORMAT[u](i ? row.denominator : row.numerator));
  return def.basisUnits[0] === "count" && def.basisUnits[1] === "count" ? `${num} av ${den}` : `${num} / ${den}`;
}

/**
 * The value column's formatter: the unit's own (so a download keeps the number with its format)
 * unless some row is a bound, which is then written out ("minst 27,5 %").
 */
const valueCell = (rows, def) => (rows.some((r) => r.lower_bound) ? (v, r) => measureText(r, def) : FORMAT[def.unit]);

/** A numerator or denominator cell of a ratio; "uppgift saknas" where it is not reported. */
const basisCell = (def, i) => (v) => FORMAT[def.basisUnits[i]](v);

/** The measure picker (?matt=), each option with its definition shown beside the chart. */
export function pickMeasure(defs, codes, { key = "matt", label = "Mått" } = {}) {
  return pick(
    codes.map((c) => ({ value: c, label: defs.find((d) => d.code === c).sv })),
    { label, key },
  );
}

/** A multiple choice of federations (?jamfor=a,b), starting with `fallback` ids. */
export function pickFederations(federations, fallback, { key = "jamfor", label = "Förbund att jämföra" } = {}) {
  const ids = federations.map((f) => f.federation_id);
  const fromUrl = (urlValue(key) ?? "").split(",").filter((id) => ids.includes(id));
  const name = new Map(federations.map((f) => [f.federation_id, f.name]));
  return Inputs.select(ids, {
    label,
    multiple: Math.min(8, ids.length),
    format: (id) => name.get(id),
    value: fromUrl.length ? fromUrl : fallback,
  });
}

/** The definition of a measure, as a paragraph to stand beside its chart. */
export const definitionOf = (def) => html`<p class="definition"><strong>${def.sv}:</strong> ${def.definition}</p>`;

const basisLabel = (r) =>
  r.basis === "interventions" ? "insatsernas summa" : r.basis === "federation" ? "hela förbundet" : "";

/**
 * Every federation side by side on one measure, each at its newest year with a value (the year
 * in the label); federations without one are named in the note.
 */
export function compareFederations({ latest, federations, def, width, file, highlight }) {
  const name = new Map(federations.map((f) => [f.federation_id, f.name]));
  const rows = latest
    .filter((r) => r.measure === def.code)
    .map((r) => ({
      ...r,
      federation: name.get(r.federation_id),
      label: `${name.get(r.federation_id)} ${r.year}`,
      text: measureText(r, def),
      basis_text: basisText(r, def),
      basis_label: basisLabel(r),
      bound: r.lower_bound ? (def.unit === "sek" ? "högst" : "minst") : "",
    }))
    .sort((a, b) => b.value - a.value);
  const missing = federations.filter((f) => !rows.some((r) => r.federation_id === f.federation_id));
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const yearSpan = years.length
    ? years.length === 1
      ? `${years[0]}`
      : `${years[0]}–${years[years.length - 1]}`
    : MISSING;
  const domain = def.unit === "percent" ? [0, Math.max(100, ...rows.map((r) => r.value))] : undefined;
  // A long name is cut, never its year: the year is what makes the rows comparable.
  const names = nameMargin(width, 300, 45);
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  const labelOf = (label) => `${fit(names.chars - 5)(byLabel.get(label).federation)} ${byLabel.get(label).year}`;
  return chartFigure({
    title: `${def.sv} per förbund, senaste år med uppgift (${yearSpan})`,
    note: `n = ${rows.length} av ${federations.length} förbund${years.length > 1 ? `; åren skiljer sig mellan förbunden (${yearSpan}), året står vid varje förbund` : ""}${rows.some((r) => r.lower_bound) ? "; «minst» = alla avslut har inte känt mål, andelen kan vara högre" : ""}${missing.length ? `; ${MISSING} för ${missing.map((f) => f.name).join(", ")}` : ""}`,
    source: sourcesOf(rows),
    plot: rows.length
      ? Plot.plot({
          width: chartWidth(width),
          marginLeft: names.margin,
          marginRight: Math.min(120, Math.round(chartWidth(width) * 0.25)),
          height: Math.max(120, 26 * rows.length + 60),
          x: {
            label: `${def.sv}${def.unit === "percent" ? " (%)" : def.unit === "sek" ? " (kr)" : ""}`,
            grid: true,
            domain,
            tickFormat: def.unit === "percent" ? undefined : count,
          },
          y: { label: null, domain: rows.map((r) => r.label), tickFormat: labelOf },
          marks: [
            Plot.barX(rows, {
              y: "label",
              x: "value",
              fill: (d) => (d.federation_id === highlight ? PALETTE[1] : PALETTE[0]),
              fillOpacity: (d) => (d.lower_bound ? 0.55 : 1),
              tip: true,
              title: (d) =>
                `${d.federation} ${d.year}: ${d.text}${d.basis_text ? ` (${d.basis_text})` : ""}${d.basis_label ? `, ${d.basis_label}` : ""}`,
            }),
            Plot.text(rows, { y: "label", x: "value", text: "text", dx: 4, textAnchor: "start" }),
            Plot.ruleX([0]),
          ],
        })
      : null,
    alt: `Stapeldiagram, ${def.sv.toLowerCase()}: ${rows.map((r) => `${r.label}: ${r.text}`).join("; ")}`,
    rows,
    columns: [
      ["federation", "Förbund"],
      ["year", "År", String],
      ["value", def.sv, valueCell(rows, def)],
      // A count has no numerator or denominator; a ratio shows both, and whether it is a bound.
      ...(def.basisUnits
        ? [
            ["bound", "Gräns"],
            ["numerator", "Täljare", basisCell(def, 0)],
            ["denominator", "Nämnare", basisCell(def, 1)],
          ]
        : []),
      ["basis_label", "Underlag"],
      ["document_id", "Källa", (v) => (v ? sourceLink(v) : MISSING)],
    ],
    file: `${file}-${def.code}`,
  });
}

const TREND_HEIGHT = 380;
const LABEL_GAP = 14; // px between two line labels

/**
 * The line labels at their last points, moved apart vertically so none overlaps another: `label_y`
 * is in data units, on a y scale from 0 to `max` drawn `height` px tall (Plot's default margins).
 */
function spreadLabels(points, { height, max }) {
  const gap = (LABEL_GAP / height) * (max || 1);
  const sorted = [...points].sort((a, b) => a.value - b.value);
  let floor = -Infinity;
  return sorted.map((p) => {
    const label_y = Math.max(p.value, floor + gap);
    floor = label_y;
    return { ...p, label_y };
  });
}

/**
 * The chosen federations over the years on one measure: a labelled line each (the name at its
 * last point), a dot for every year, so a federation with one year shows as a point.
 */
export function trendFigure({ measures, federations, chosen, def, width, file }) {
  const name = new Map(federations.map((f) => [f.federation_id, f.name]));
  const rows = measures
    .filter((r) => r.measure === def.code && chosen.includes(r.federation_id) && r.value != null)
    .map((r) => ({
      ...r,
      federation: name.get(r.federation_id),
      text: measureText(r, def),
      basis_text: basisText(r, def),
    }));
  const last = chosen.map((id) => rows.filter((r) => r.federation_id === id).at(-1)).filter(Boolean);
  const missing = chosen.filter((id) => !rows.some((r) => r.federation_id === id)).map((id) => name.get(id));
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const color = { domain: chosen.map((id) => name.get(id)), range: PALETTE };
  const labels = spreadLabels(last, { height: TREND_HEIGHT - 50, max: Math.max(0, ...rows.map((r) => r.value)) });
  return chartFigure({
    title: `${def.sv} per år${years.length ? ` ${years.length > 1 ? `${years[0]}–${years.at(-1)}` : years[0]}` : ""}: ${chosen.map((id) => name.get(id)).join(", ") || MISSING}`,
    note: `n = ${rows.length} förbundsår för ${last.length} förbund${rows.some((r) => r.lower_bound) ? "; ofylld punkt = nedre gräns («minst»)" : ""}${missing.length ? `; ${MISSING} för ${missing.join(", ")}` : ""}`,
    source: sourcesOf(rows),
    plot: rows.length
      ? Plot.plot({
          width: chartWidth(width),
          height: TREND_HEIGHT,
          marginLeft: 70,
          marginRight: 260,
          x: { label: "År", tickFormat: "d", ticks: years.length < 8 ? years : undefined, grid: true },
          y: {
            label: `${def.sv}${def.unit === "percent" ? " (%)" : def.unit === "sek" ? " (kr)" : ""}`,
            grid: true,
            zero: true,
            tickFormat: def.unit === "percent" ? undefined : count,
          },
          color,
          marks: [
            Plot.line(rows, { x: "year", y: "value", z: "federation_id", stroke: "federation", strokeWidth: 2 }),
            Plot.dot(rows, {
              x: "year",
              y: "value",
              stroke: "federation",
              fill: (d) => (d.lower_bound ? "white" : d.federation),
              r: 4,
              tip: true,
              title: (d) => `${d.federation} ${d.year}: ${d.text}${d.basis_text ? ` (${d.basis_text})` : ""}`,
            }),
            Plot.text(labels, {
              x: "year",
              y: "label_y",
              text: (d) => `${fit(32)(d.federation)} ${d.year}`,
              fill: "federation",
              dx: 8,
              textAnchor: "start",
            }),
          ],
        })
      : null,
    alt: `Linjediagram, ${def.sv.toLowerCase()} per år: ${rows.map((r) => `${r.federation} ${r.year}: ${r.text}`).join("; ")}`,
    rows,
    columns: [
      ["federation", "Förbund"],
      ["year", "År", String],
      ["value", def.sv, valueCell(rows, def)],
      ...(def.basisUnits ? [["basis_text", "Underlag"]] : []),
      ["document_id", "Källa", (v) => (v ? sourceLink(v) : MISSING)],
    ],
    file: `${file}-${def.code}`,
  });
}
