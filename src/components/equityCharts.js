// Jämställdhet's own shapes: the violence survey's rows in Swedish, and what each member pays
// beside what the interventions in its area receive (amounts from the member_year mart).
import * as Plot from "@observablehq/plot";
import { MISSING, count, kr, PALETTE, chartWidth, nameMargin } from "./format.js";

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
