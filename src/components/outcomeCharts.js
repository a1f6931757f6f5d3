// Resultat's figures (exits per intervention, the harmonised rate against the federation's target,
// the federations' exits side by side), kept out of the page so it reads as text, queries and
// calls. Rates and counts come from the page's loader (exit_summary, federation_measure).
import { MISSING, count, percent, PALETTE, chartWidth } from "./format.js";
import { chartFigure, sourceColumn, sourcesOf } from "./chart.js";
import { shareChart, totalOf, withShares } from "./shareChart.js";
import { valueBars } from "./valueBars.js";
import { measureText } from "./comparison.js";

const LIGHT = "#9CC3E0"; // a lower bound: the same blue, lighter

/**
 * One dimension's rows per intervention (n = its classified total) for one federation and year;
 * the federation's own rows where no intervention reports.
 * @param {object} data outcomes.json
 * @param {object} o
 * @param {string} o.federation
 * @param {number} o.year
 * @param {string} o.dimension  exit_outcome or income_source
 * @param {(r: object) => string} o.scopeName an intervention's name, or the whole federation's
 */
export function stacked(data, { federation, year, dimension, scopeName }) {
  const ofDimension = data.breakdown.filter(
    (b) => b.federation_id === federation && b.year === year && b.dimension === dimension,
  );
  const byIntervention = ofDimension.filter((b) => b.intervention_id !== null);
  return withShares(byIntervention.length ? byIntervention : ofDimension, (b) => b.intervention_id, {
    as: "intervention",
    name: scopeName,
    labels: data.labels[dimension],
  }).rows;
}

/** The stacked 100 % figure of `stacked`'s rows, one bar per intervention. */
export function stackedFigure(rows, { dimension, labels, title, note, alt, file, width }) {
  const L = labels[dimension];
  return chartFigure({
    title,
    note: `n = ${count(totalOf(rows))} ${note} i ${new Set(rows.map((d) => d.intervention_id)).size} insatser`,
    source: sourcesOf(rows),
    plot: rows.length
      ? shareChart(rows, {
          y: "intervention",
          order: Object.keys(L),
          labels: L,
          marginLeft: 220,
          fitWidth: 32,
          xLabel: "Andel av avslutade (%)",
          width: chartWidth(width),
          height: Math.max(140, 34 * new Set(rows.map((r) => r.intervention)).size + 60),
          more: (d) => `Källa: ${d.document_id}, rad ${d.source_line}`,
        })
      : null,
    alt: `Staplade andelar av ${alt} per insats. ${rows.map((d) => `${d.intervention}: ${d.label} ${percent(d.share)}`).join("; ")}`,
    file,
    rows,
    columns: [
      ["intervention", "Insats"],
      ["label", "Kategori"],
      ["value", "Antal", count],
      ["share", "Andel", percent],
      ["source_label", "Dokumentets rubrik"],
      sourceColumn(),
    ],
  });
}

/**
 * The harmonised positive-step rate per intervention (or the whole federation) against the
 * federation's own target; a lower bound ("minst") is drawn lighter.
 * @param {object} o
 * @param {object[]} o.rates   exit_summary rows with intervention (name), reported and source
 * @param {object} [o.target]  the federation's target row
 * @param {object} o.def       positive_step_rate's definition
 */
export function ratesFigure({ rates, target, def, name, year, federation, width }) {
  const rateText = (d) => measureText({ value: d.rate, lower_bound: d.rate_lower_bound }, def);
  return chartFigure({
    title: `Harmoniserad andel positiva stegförflyttningar per insats, ${name} ${year}, mot förbundets mål ${target ? percent(target.target) : `(${MISSING})`}`,
    note: `n = ${rates.length} insatser; ljus stapel = nedre gräns («minst»: inte alla avslut har känt mål); förbundets mål gäller förbundets egen definition`,
    source: sourcesOf([...rates, target].filter(Boolean)),
    plot: rates.length
      ? valueBars(rates, {
          y: "intervention",
          x: "rate",
          format: percent,
          fill: (d) => (d.rate_lower_bound ? LIGHT : PALETTE[0]),
          marginLeft: 160,
          fitWidth: 23,
          height: 34 * rates.length + 60,
          plot: { width: chartWidth(width) },
          xScale: { label: "Andel positiva avslut (%)", domain: [0, 100] },
          target: target?.target,
          title: (d) => `${d.intervention} ${year}: ${rateText(d)} (${count(d.positive)} av ${count(d.classified)})`,
        })
      : null,
    alt: `Stapeldiagram: ${rates.map((r) => `${r.intervention} ${percent(r.rate)}`).join("; ")}; mål ${percent(target?.target)}`,
    rows: rates,
    columns: [
      ["intervention", "Insats"],
      ["year", "År", String],
      ["positive", "Positiva avslut", count],
      ["classified", "Avslut (nämnare)", count],
      ["rate", "Harmoniserad andel", (v, r) => measureText({ value: v, lower_bound: r.rate_lower_bound }, def)],
      ["reported", "Insatsens egen andel", percent],
      sourceColumn(),
    ],
    file: `positiv-stegforflyttning-${federation}-${year}`,
  });
}

/** Each federation's exits by outcome in its latest year with exits (100 %), whole federation. */
export function federationExitsFigure(data, width) {
  const L = data.labels;
  const fedName = new Map(data.federations.map((f) => [f.federation_id, f.name]));
  const byFederation = withShares(data.latestExits, (d) => d.federation_id, {
    as: "federation",
    name: (d) => `${fedName.get(d.federation_id)} ${d.year}`,
    labels: L.exit_outcome,
  }).rows;
  const latest = new Set(data.latestExits.map((d) => d.federation_id));
  const missingFeds = data.federations.filter((f) => !latest.has(f.federation_id)).map((f) => f.name);
  const exitYears = [...new Set(data.latestExits.map((d) => d.year))].sort();
  return chartFigure({
    title: `Avslut efter vart deltagarna gick, hela förbundet, per förbund, senaste år med uppgifter (${exitYears.join(", ") || MISSING}) (100 %)`,
    note: `n = ${latest.size} av ${data.federations.length} förbund; «${L.exit_outcome.unknown}» = avslutade utan redovisat mål; ${missingFeds.length ? `${MISSING} för ${missingFeds.join(", ")}` : "alla förbund redovisar"}`,
    source: sourcesOf(data.latestExits),
    plot: byFederation.length
      ? shareChart(byFederation, {
          y: "federation",
          order: Object.keys(L.exit_outcome),
          labels: L.exit_outcome,
          marginLeft: 300,
          fitWidth: 45,
          width: chartWidth(width),
          xLabel: "Andel av avslutade (%)",
          height: Math.max(140, 26 * latest.size + 60),
        })
      : null,
    alt: `Staplade andelar av avslut per förbund. ${byFederation.map((d) => `${d.federation}: ${d.label} ${percent(d.share)}`).join("; ")}`,
    rows: byFederation,
    columns: [
      ["federation", "Förbund"],
      ["year", "År", String],
      ["label", "Avslut till"],
      ["value", "Antal", count],
      ["share", "Andel", percent],
    ],
    file: "avslut-per-forbund",
  });
}
