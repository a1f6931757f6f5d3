// Jämställdhet's own shapes and figures (gender and background per intervention, the violence
// survey's rows in Swedish, what each member pays beside what the interventions in its area
// receive), kept out of the page so it reads as text, queries and calls. Counts and amounts come
// from the page's loader (the marts); a category's share of its bar is shareChart's presentation.
import * as Plot from "@observablehq/plot";
import { MISSING, count, kr, percent, PALETTE, chartWidth, nameMargin } from "./format.js";
import { chartFigure, sourceColumn, sourcesOf } from "./chart.js";
import { shareChart, totalOf, withShares } from "./shareChart.js";
import { valueBars } from "./valueBars.js";
import { yearsOf } from "./controls.js";

const GENDERS = ["woman", "man", "nonbinary", "unknown"];
/** The genders' colour scale, labels in Swedish. */
export const genderColors = (L) => ({
  domain: GENDERS.map((g) => L.gender[g]),
  range: [PALETTE[3], PALETTE[0], PALETTE[1], "#BBBBBB"],
});

/**
 * Women and men per intervention (100 %), a rule at one half. The whole federation and its
 * interventions count the same people: n is the whole federation's figure where it reports one,
 * else the interventions' sum; never the two added.
 * @param {object} data equity.json
 * @param {object} o
 * @param {string} o.federation
 * @param {string} o.year       the year picker's value (text; "" when there is none)
 * @param {string} o.measure    enrolled, new or exited
 * @param {string} o.name       the federation's name
 * @param {(id: string|null) => string} o.scopeName an intervention's name, or the whole federation's
 */
export function genderFigure(data, { federation, year, measure, name, scopeName, width }) {
  const L = data.labels;
  const genderRows = data.byGender.filter(
    (r) => r.federation_id === federation && r.year === Number(year) && r.measure === measure,
  );
  const { rows: genderShares, n: nOf } = withShares(genderRows, (r) => r.intervention_id, {
    as: "scope",
    name: (r) => scopeName(r.intervention_id),
    labels: L.gender,
    key: "gender",
  });
  const genders = genderShares.filter((r) => r.value > 0);
  const wholeRows = genderRows.filter((r) => r.intervention_id === null);
  const ivCount = [...nOf.keys()].filter((k) => k !== null).length;
  const genderN = wholeRows.length
    ? `n = ${count(totalOf(wholeRows))} deltagare med redovisat kön i hela förbundet${ivCount ? `; ${ivCount} insatser redovisar kön för samma deltagare (${count(totalOf(genderRows) - totalOf(wholeRows))}), inte adderade` : ""}`
    : `n = ${count(totalOf(genderRows))} deltagare med redovisat kön i ${ivCount} insatser`;
  return chartFigure({
    title: `${L.measure[measure]} efter kön per insats, ${name} ${year} (100 %); linjen = hälften`,
    note: `${genderN}. Positiva avslut efter kön: ${MISSING} (redovisas inte per kön i källorna)`,
    source: sourcesOf(genderRows),
    plot: genders.length
      ? shareChart(genders, {
          y: "scope",
          order: GENDERS,
          key: "gender",
          colors: genderColors(L),
          marginLeft: 220,
          fitWidth: 32,
          height: 30 * nOf.size + 70,
          width: chartWidth(width),
          marks: [Plot.ruleX([0.5], { strokeDasharray: "4,3" })],
        })
      : null,
    alt: `Staplade andelar kvinnor och män per insats: ${genders.map((d) => `${d.scope} ${d.label} ${percent(d.share)}`).join("; ")}`,
    rows: genderShares.map((r) => ({ ...r, scope: scopeName(r.intervention_id) })),
    columns: [
      ["scope", "Insats"],
      ["year", "År", String],
      ["label", "Kön"],
      ["value", "Antal", count],
      ["share", "Andel", percent],
      sourceColumn(),
    ],
    file: `kon-${measure}-${federation}-${year}`,
  });
}

/** One background dimension per intervention and population (100 %), with the source's heading. */
export function backgroundFigure(data, { federation, year, dimension, name, scopeName, width }) {
  const L = data.labels;
  const bg = data.background.filter(
    (r) => r.federation_id === federation && r.year === Number(year) && r.dimension === dimension,
  );
  const populations = [...new Set(bg.map((r) => r.population))];
  const bgName = (r) => `${scopeName(r.intervention_id)}, ${L.population[r.population].toLowerCase()}`;
  const bgRows = withShares(bg, (r) => `${r.intervention_id}|${r.population}`, {
    as: "scope",
    name: bgName,
    labels: L[dimension],
  }).rows.map((r) => ({ ...r, population_sv: L.population[r.population] }));
  return chartFigure({
    title: `${L.dimension[dimension]} per insats, ${name} ${year} (100 %), bland ${populations.map((p) => L.population[p].toLowerCase()).join(" respektive ") || MISSING}`,
    note: `n = ${count(totalOf(bg))} personer i ${new Set(bg.map((r) => r.intervention_id)).size} insatser; populationen (nya eller alla inskrivna) är den källan anger, se tabellen`,
    source: sourcesOf(bg),
    plot: bgRows.length
      ? shareChart(bgRows, {
          y: "scope",
          order: Object.keys(L[dimension]),
          labels: L[dimension],
          marginLeft: 300,
          fitWidth: 45,
          height: 28 * new Set(bgRows.map((r) => r.scope)).size + 80,
          width: chartWidth(width),
          more: (d) => `Källans rubrik: ${d.source_label ?? MISSING}`,
        })
      : null,
    alt: `Staplade andelar ${L.dimension[dimension].toLowerCase()}: ${bgRows.map((d) => `${d.scope} ${d.label} ${percent(d.share)}`).join("; ")}`,
    rows: bgRows.map((r) => ({ ...r, scope: scopeName(r.intervention_id) })),
    columns: [
      ["scope", "Insats"],
      ["population_sv", "Population"],
      ["label", "Kategori"],
      ["source_label", "Källans rubrik"],
      ["value", "Antal", count],
      ["share", "Andel", percent],
      sourceColumn(),
    ],
    file: `bakgrund-${dimension}-${federation}-${year}`,
  });
}

/** The violence survey's yes-shares for women and men, one bar per question and gender. */
export function surveyFigure(data, { federation, name, width }) {
  const L = data.labels;
  const survey = surveyRows(
    data.survey.filter((r) => r.federation_id === federation),
    L.gender,
  );
  return chartFigure({
    title: `Andel som svarat ja i våldsenkäten (VNR), kvinnor och män, ${name}`,
    note: `n = ${survey.length} andelar; antal svarande per kön står i tabellen där källan anger det`,
    source: sourcesOf(survey),
    plot: survey.length
      ? valueBars(survey, {
          y: "row",
          x: "value",
          format: percent,
          fill: "label",
          marginLeft: 220,
          fitWidth: 32,
          height: 22 * survey.length + 60,
          xScale: { label: "Andel som svarat ja (%)" },
          yScale: { domain: survey.map((d) => d.row) },
          plot: { width: chartWidth(width), marginRight: 50, color: { legend: true, ...genderColors(L) } },
          title: (d) => `${d.row}: ${percent(d.value)}${d.n ? ` av ${count(d.n)}` : ""} (${d.year})`,
        })
      : null,
    alt: `Stapeldiagram: ${survey.map((d) => `${d.question} ${d.label.toLowerCase()} ${percent(d.value)}`).join("; ")}`,
    rows: survey,
    columns: [
      ["question", "Fråga"],
      ["year", "År", String],
      ["label", "Kön"],
      ["value", "Andel ja", percent],
      ["n", "Svarande", count],
      sourceColumn(),
    ],
    file: `valdsenkat-${federation}`,
  });
}

/** What each member pays beside what the interventions in its area get: the chosen year, else the latest. */
export function paysReceivesFigure(data, { federation, year, name, width }) {
  const prYears = yearsOf(data.paysReceives, federation);
  const prYear = prYears.includes(Number(year)) ? Number(year) : prYears[0];
  const pr = data.paysReceives.filter((r) => r.federation_id === federation && r.year === prYear);
  return chartFigure({
    title: `Medlemmens bidrag mot insatsernas utfall i medlemmens område, ${name} ${prYear ?? MISSING}`,
    note: `n = ${pr.length} medlemmar; ${pr.filter((r) => r.includes_shared).length} av dem delar minst en insats med andra medlemmar`,
    source: sourcesOf(pr),
    plot: paysReceivesPlot(pr, width),
    alt: `Stapeldiagram: ${pr.map((r) => `${r.member} betalar ${kr(r.paid_sek)}, insatser får ${kr(r.received_sek)}`).join("; ")}`,
    rows: pr.map((r) => ({ ...r, shared: r.includes_shared === null ? null : r.includes_shared ? "ja" : "nej" })),
    columns: [
      ["member", "Medlem"],
      ["paid_sek", "Betalar", kr],
      ["received_sek", "Insatser i området får", kr],
      ["interventions", "Insatser", count],
      ["shared", "Delad insats ingår"],
      sourceColumn("Källa (bidraget)"),
    ],
    file: `betalar-och-far-${federation}-${prYear}`,
  });
}

const QUESTION_SV = {
  "any violence": "Något våld",
  "physical violence": "Fysiskt våld",
  "psychological violence": "Psykiskt våld",
  "sexual violence": "Sexuellt våld",
  "sexual harassment": "Sexuella trakasserier",
};

/** The survey's percentages with the question in Swedish, the gender's label and a row name. */
export function surveyRows(rows, genderLabels) {
  return rows
    .filter((r) => r.unit === "percent")
    .map((r) => {
      const code = r.indicator.replace(/^vnr_|_share$/g, "").replaceAll("_", " ");
      const question = QUESTION_SV[code] ?? code,
        label = genderLabels[r.gender];
      return { ...r, question, label, row: `${question}, ${label.toLowerCase()}` };
    });
}

// Side by side per member (what it pays, what interventions in its area get), so the two can be
// compared row by row; a figure the documents lack says so instead of drawing nothing.
export const PR_PARTS = ["Betalar", "Insatser i området får"];

/** The pays-and-receives rows as one bar per member and part, or null when no figure is known. */
export function paysReceivesPlot(pr, width) {
  const prLong = pr.flatMap((r) => [
    { member: r.member, what: PR_PARTS[0], value: r.paid_sek },
    { member: r.member, what: PR_PARTS[1], value: r.received_sek },
  ]);
  if (!prLong.some((d) => d.value !== null)) return null;
  const names = nameMargin(width, 200);
  return Plot.plot({
    width: chartWidth(width),
    marginLeft: names.margin,
    marginRight: 20,
    height: 40 * pr.length + 70,
    x: { label: "Kronor", grid: true, insetRight: 80, tickFormat: (v) => `${count(v / 1000)} tkr` },
    y: { axis: null, domain: PR_PARTS },
    fy: { label: null, domain: pr.map((r) => r.member), tickFormat: names.tickFormat, axis: "left" },
    color: { legend: true, domain: PR_PARTS, range: [PALETTE[1], PALETTE[0]] },
    marks: [
      Plot.barX(
        prLong.filter((d) => d.value !== null),
        {
          fy: "member",
          y: "what",
          x: "value",
          fill: "what",
          tip: true,
          title: (d) => `${d.member}, ${d.what.toLowerCase()}: ${kr(d.value)}`,
        },
      ),
      Plot.text(
        prLong.filter((d) => d.value !== null),
        { fy: "member", y: "what", x: "value", text: (d) => kr(d.value), dx: 4, textAnchor: "start" },
      ),
      Plot.text(
        prLong.filter((d) => d.value === null),
        {
          fy: "member",
          y: "what",
          x: 0,
          text: (d) => `${d.what}: ${MISSING}`,
          dx: 4,
          textAnchor: "start",
          fontStyle: "italic",
        },
      ),
      Plot.ruleX([0]),
    ],
  });
}
