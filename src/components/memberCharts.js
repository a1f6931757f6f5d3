// Medlemsdialog's own chart shapes (one member's page), kept out of the page so it reads as text,
// queries and calls. Every amount and share comes from the page's loader (member_year mart).
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { html } from "htl";
import { MISSING, count, kr, percent, PALETTE, chartWidth, nameMargin } from "./format.js";
import { measureText } from "./comparison.js";
import { chartFigure, sourceColumn, sourcesOf } from "./chart.js";

const tkr = (v) => `${count(v / 1000)} tkr`;

/** The member's contribution per year, the amount written on each bar. */
export function contributionsPlot(paid, width) {
  return Plot.plot({
    width: chartWidth(width),
    marginLeft: 80,
    height: 260,
    x: { label: "År", type: "band", tickFormat: String },
    y: { label: "Kronor", grid: true, tickFormat: tkr },
    marks: [
      Plot.barY(paid, {
        x: "year",
        y: "amount_sek",
        fill: PALETTE[1],
        tip: true,
        title: (d) => `${d.year}: ${kr(d.amount_sek)} (${percent(d.of_all)} av medlemmarnas bidrag)`,
      }),
      // Whole kronor fit over a bar up to about eight years; over more, thousands (the table has kronor).
      Plot.text(paid, { x: "year", y: "amount_sek", text: (d) => (paid.length > 8 ? tkr : kr)(d.amount_sek), dy: -8 }),
      Plot.ruleY([0]),
    ],
  });
}

// The member's part is drawn inside the intervention's whole outcome, one row per intervention;
// a row without a reported outcome says so instead of showing an empty (zero-looking) bar.
export const FUNDING_PARTS = ["Insatsens utfall totalt", "Medlemmens del"];

/** Each intervention's actual funding with the member's part inside it. */
export function fundingPlot(funding, width) {
  const reported = funding.filter((f) => f.actual_sek !== null);
  const names = nameMargin(width, 200);
  return Plot.plot({
    width: chartWidth(width),
    marginLeft: names.margin,
    marginRight: 20,
    height: 44 * funding.length + 80,
    x: { label: "Kronor", grid: true, insetRight: 90, tickFormat: tkr },
    y: { label: null, domain: funding.map((f) => f.label), tickFormat: names.tickFormat },
    color: { legend: true, domain: FUNDING_PARTS, range: [PALETTE[4], PALETTE[0]] },
    marks: [
      Plot.barX(reported, {
        y: "label",
        x: "actual_sek",
        fill: () => FUNDING_PARTS[0],
        tip: true,
        title: (d) => `${d.label}: utfall ${kr(d.actual_sek)}`,
      }),
      Plot.barX(
        reported.filter((f) => f.member_part_sek !== null),
        {
          y: "label",
          x: "member_part_sek",
          fill: () => FUNDING_PARTS[1],
          insetTop: 8,
          insetBottom: 8,
          tip: true,
          title: (d) => `${d.label}: medlemmens del ${kr(d.member_part_sek)} (${percent(d.share * 100)})`,
        },
      ),
      Plot.text(reported, { y: "label", x: "actual_sek", text: (d) => kr(d.actual_sek), dx: 4, textAnchor: "start" }),
      Plot.text(
        funding.filter((f) => f.actual_sek === null),
        { y: "label", x: 0, text: () => MISSING, dx: 4, textAnchor: "start", fontStyle: "italic" },
      ),
      Plot.ruleX([0]),
    ],
  });
}

/** Enrolled, new and exited per intervention and year, one facet row each, counts written out. */
export function participantsPlot(enrolled, measures, width) {
  const row = (d) => `${d.intervention} ${d.year}`;
  const [measureNames, rowNames] = [nameMargin(width, 200), nameMargin(width, 170)];
  return Plot.plot({
    width: chartWidth(width),
    marginLeft: measureNames.margin,
    height: 60 * new Set(enrolled.map(row)).size + 70,
    x: { label: "Deltagare", grid: true, insetRight: 40 },
    y: { label: null, tickFormat: measureNames.tickFormat },
    marginRight: rowNames.margin,
    fy: { label: null, tickFormat: rowNames.tickFormat },
    color: { legend: true, domain: measures, range: PALETTE },
    marks: [
      Plot.barX(enrolled, {
        fy: row,
        y: "measure_sv",
        x: "value",
        fill: "measure_sv",
        tip: true,
        title: (d) => `${d.intervention} ${d.year}, ${d.measure_sv.toLowerCase()}: ${count(d.value)}`,
      }),
      Plot.text(enrolled, {
        fy: row,
        y: "measure_sv",
        x: "value",
        text: (d) => count(d.value),
        dx: 4,
        textAnchor: "start",
      }),
      Plot.ruleX([0]),
    ],
  });
}

/**
 * What the whole federation achieved beside the member's share of the contributions, and why
 * the one is not the member's share of the other.
 * @param {object} data the member page's loader output
 */
export function federationLead(data) {
  const m = data.member;
  const latestFed = [...data.federation.slice(-6)].reverse().find((r) => r.enrolled !== null || r.exited !== null);
  const ownInterventions = data.interventions.length;
  const rate = (r, code, label) =>
    measureText({ value: r[code], lower_bound: r.rate_lower_bound }, { unit: "percent", sv: label });
  // prettier-ignore
  return html`<p>Deltagarna och resultaten nedan gäller <strong>hela ${m.federation}</strong>${ownInterventions ? `; ${ownInterventions} insatser är knutna till ${m.name} och visas längre ned` : `: inga insatser är knutna till ${m.name} i lagret, och förbundet redovisar inte deltagare per medlem`}.
  ${latestFed ? html`${m.name} betalade <strong>${percent(latestFed.paid_share)}</strong> av medlemmarnas bidrag ${latestFed.year}, och hela förbundet hade
  <strong>${count(latestFed.enrolled)}</strong> inskrivna deltagare och <strong>${count(latestFed.work_or_studies_exits)}</strong> avslut till arbete eller studier
  (${rate(latestFed, "work_or_studies_rate", "")} av de avslutade).` : html`Deltagare i hela förbundet: ${MISSING}.`}
  Andelen av bidragen är inte medlemmens andel av deltagarna eller resultaten: hur många deltagare som bor i ${m.name}, och vilka resultat som hör dit, går inte att utläsa ur förbundets redovisning.</p>`;
}

const FED_MEASURES = [
  ["enrolled", "Inskrivna"],
  ["exited", "Avslutade"],
  ["work_or_studies_exits", "Till arbete eller studier"],
];

/** The whole federation's last six years (enrolled, exited, to work or studies), the member's share of the contributions written above each year. */
export function federationFigure(data, { file, width }) {
  const m = data.member;
  const fed = data.federation.slice(-6);
  const fedLong = fed.flatMap((r) =>
    FED_MEASURES.filter(([k]) => r[k] !== null).map(([k, label]) => ({
      ...r,
      label,
      value: r[k],
      text: k === "work_or_studies_exits" && r.rate_lower_bound ? `minst ${count(r[k])}` : count(r[k]),
    })),
  );
  return chartFigure({
    title: `Hela ${m.federation}: inskrivna, avslutade och avslut till arbete eller studier per år${fed.length ? ` ${fed[0].year}–${fed[fed.length - 1].year}` : ""}, med ${m.name}s andel av bidragen`,
    note: `n = ${fed.length} år; staplarna gäller hela förbundet, inte ${m.name}; «bidrag» = ${m.name}s andel av medlemmarnas bidrag det året; «minst» = alla avslut har inte känt mål`,
    source: sourcesOf(fed),
    plot: fedLong.length
      ? Plot.plot({
          width: chartWidth(width),
          height: 320,
          marginLeft: 60,
          fx: { label: null, tickFormat: String },
          x: { axis: null, domain: FED_MEASURES.map(([, l]) => l) },
          // Headroom above the bars for the member's share of the contributions, written at the top of each year.
          y: {
            label: "Deltagare (hela förbundet)",
            grid: true,
            tickFormat: count,
            domain: [0, 1.3 * d3.max(fedLong, (d) => d.value)],
          },
          color: { legend: true, domain: FED_MEASURES.map(([, l]) => l), range: PALETTE },
          marks: [
            Plot.barY(fedLong, {
              fx: "year",
              x: "label",
              y: "value",
              fill: "label",
              tip: true,
              title: (d) => `${d.year} ${d.label}: ${d.text}`,
            }),
            Plot.text(fedLong, { fx: "year", x: "label", y: "value", text: "text", dy: -6 }),
            Plot.text(fed, {
              fx: "year",
              frameAnchor: "top",
              text: (d) => `bidrag: ${d.paid_share == null ? MISSING : percent(d.paid_share)}`,
              // Wrapped to the width of a year's bars, so neighbouring years' labels never run into each other.
              lineWidth: 5,
              fontWeight: "bold",
            }),
            Plot.ruleY([0]),
          ],
        })
      : null,
    alt: `Stapeldiagram per år, hela förbundet: ${fedLong.map((d) => `${d.year} ${d.label.toLowerCase()} ${d.text}`).join("; ")}`,
    rows: data.federation,
    // Seven columns, so the table fits an A4 page: the rates beside their counts.
    columns: [
      ["year", "År", String],
      ["paid_sek", "Medlemmens bidrag", kr],
      ["paid_share", "Andel av bidragen", percent],
      ["enrolled", "Inskrivna (förbundet)", count],
      ["exited", "Avslutade (förbundet)", count],
      [
        "work_or_studies_exits",
        "Till arbete eller studier (förbundet)",
        (v, r) =>
          v === null
            ? MISSING
            : `${r.rate_lower_bound ? "minst " : ""}${count(v)} (${percent(r.work_or_studies_rate)})`,
      ],
      sourceColumn(),
    ],
    file,
  });
}
