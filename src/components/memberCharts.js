// Medlemsdialog's own chart shapes (one member's page), kept out of the page so it reads as text,
// queries and calls. Every amount and share comes from the page's loader (member_year mart).
import * as Plot from "@observablehq/plot";
import { MISSING, count, kr, percent, PALETTE, chartWidth, nameMargin } from "./format.js";

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
      Plot.text(paid, { x: "year", y: "amount_sek", text: (d) => kr(d.amount_sek), dy: -8 }),
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
