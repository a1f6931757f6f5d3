// Ekonomi's charts (one shape each, used only there), kept out of the page so it reads as
// text, queries and calls. Amounts come from the loader; nothing here derives a measure.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { MISSING, count, kr, signedPercent, PALETTE, chartWidth, nameMargin } from "./format.js";
import { chartFigure, sourceColumn, sourcesOf } from "./chart.js";

export const mkr = (v) =>
  `${d3
    .format(",.1f")(v / 1e6)
    .replace(",", " ")
    .replace(".", ",")} mnkr`;
const yearAxis = { label: "År", type: "band", tickFormat: String };
const kronor = { label: "Kronor", grid: true, tickFormat: mkr };

/** Contributions per year stacked by payer (summed per payer in the loader, src/data/economy.json.ts). */
export function payersPlot(paidByYear, payers, width) {
  return Plot.plot({
    width: chartWidth(width),
    marginLeft: 80,
    x: yearAxis,
    y: kronor,
    color: { legend: true, domain: payers, range: PALETTE },
    marks: [
      Plot.barY(paidByYear, {
        x: "year",
        y: "amount_sek",
        fill: "payer",
        order: payers,
        tip: true,
        title: (d) => `${d.year} ${d.payer}: ${kr(d.amount_sek)}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}

/** Costs by kind per year: stacked where the posts add up, ticks where they do not, the total as a dot. */
export function costsPlot(costs, totals, width) {
  return Plot.plot({
    width: chartWidth(width),
    marginLeft: 80,
    x: yearAxis,
    y: kronor,
    // Only the kinds drawn this time: a legend entry without a mark would promise a post that is not there.
    color: { legend: true, domain: KINDS.filter((k) => costs.some((c) => c.kind === k)), range: PALETTE },
    marks: [
      Plot.tickY(
        costs.filter((c) => c.unstacked),
        { x: "year", y: "amount_sek", stroke: "kind", strokeWidth: 3 },
      ),
      Plot.barY(
        costs.filter((c) => !c.unstacked),
        {
          x: "year",
          y: "amount_sek",
          fill: "kind",
          order: KINDS,
          tip: true,
          title: (d) => `${d.year} ${d.kind}: ${kr(d.amount_sek)}\nKälla: ${d.document_id}, rad ${d.source_line}`,
        },
      ),
      Plot.dot(totals, {
        x: "year",
        y: "amount_sek",
        fill: "currentColor",
        r: 4,
        tip: true,
        title: (d) => `${d.year} verksamhetens kostnader: ${kr(d.amount_sek)}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}

/** Each intervention's deviation from budget as a dot, the ±5 % band shaded. */
export function deviationPlot(rows, width) {
  const outside = (d) => Math.abs(d.deviation) > 5;
  const names = nameMargin(width, 160);
  return Plot.plot({
    width: chartWidth(width),
    marginLeft: names.margin,
    height: 30 * rows.length + 60,
    marginRight: 70,
    x: {
      label: "Avvikelse från budget (%)",
      grid: true,
      domain: d3.extent([-10, 10, ...rows.map((d) => d.deviation)]),
    },
    y: { label: null, tickFormat: names.tickFormat },
    marks: [
      Plot.rectX([{ x1: -5, x2: 5 }], { x1: "x1", x2: "x2", fill: PALETTE[2], fillOpacity: 0.15 }),
      Plot.ruleX([0]),
      Plot.dot(rows, {
        y: "intervention",
        x: "deviation",
        r: 5,
        fill: (d) => (outside(d) ? PALETTE[5] : PALETTE[0]),
        symbol: (d) => (outside(d) ? "diamond" : "circle"),
        tip: true,
        title: (d) =>
          `${d.intervention}: budget ${kr(d.budget_sek)}, utfall ${kr(d.actual_sek)} (${signedPercent(d.deviation)})`,
      }),
      Plot.text(rows, {
        y: "intervention",
        x: "deviation",
        text: (d) => signedPercent(d.deviation),
        dx: 10,
        textAnchor: "start",
      }),
    ],
  });
}

export const UNIT_COSTS = [
  ["per_participant", "Per deltagare"],
  ["per_positive", "Per positivt avslut"],
];

/** Cost per participant and per positive exit, one facet each, a bar per intervention. */
export function unitCostPlot(unitCosts, long, width) {
  const names = nameMargin(width, 160);
  return Plot.plot({
    width: chartWidth(width),
    marginLeft: names.margin,
    height: 44 * unitCosts.length + 70,
    marginRight: 40,
    x: { label: "Kronor", grid: true, tickFormat: (v) => `${count(v / 1000)} tkr` },
    y: { label: null, domain: unitCosts.map((f) => f.intervention), tickFormat: names.tickFormat },
    fy: { label: null, axis: null },
    color: { legend: true, domain: UNIT_COSTS.map(([, label]) => label), range: [PALETTE[0], PALETTE[1]] },
    marks: [
      Plot.barX(long, {
        y: "intervention",
        x: "value",
        fill: "measure",
        tip: true,
        title: (d) => `${d.intervention}, ${d.measure.toLowerCase()}: ${kr(d.value)}`,
      }),
      Plot.ruleX([0]),
    ],
    facet: { data: long, y: "measure", label: null },
  });
}

/** Equity at year end and the year's result as lines, the guideline's latest cap as a dashed rule. */
export function equityPlot(equity, caps, width) {
  return Plot.plot({
    width: chartWidth(width),
    marginLeft: 80,
    x: {
      label: "År",
      tickFormat: "d",
      ticks: d3.range(
        d3.min(equity, (d) => d.year),
        d3.max(equity, (d) => d.year) + 1,
      ),
    },
    y: kronor,
    color: {
      legend: true,
      domain: ["Eget kapital vid årets slut", "Årets resultat", "Riktlinjens tak"],
      range: [PALETTE[0], PALETTE[1], PALETTE[5]],
    },
    marks: [
      Plot.ruleY([0]),
      Plot.line(equity, {
        x: "year",
        y: "amount_sek",
        stroke: "label",
        marker: "circle",
        tip: true,
        title: (d) => `${d.year} ${d.label}: ${kr(d.amount_sek)}\nKälla: ${d.document_id}, rad ${d.source_line}`,
      }),
      Plot.ruleY(caps.slice(-1), { y: "amount_sek", stroke: PALETTE[5], strokeWidth: 2, strokeDasharray: "6,3" }),
      Plot.text(caps.slice(-1), {
        y: "amount_sek",
        text: (d) => `riktlinjens tak ${d.year}: ${kr(d.amount_sek)}`,
        frameAnchor: "left",
        dy: -8,
        fill: PALETTE[5],
      }),
    ],
  });
}

// Kinds of cost. Federations book grants inside "övriga externa kostnader" (Kalmar's note 2
// does), so the posts are stacked only in years where the federation_year mart finds them nested
// (other_cost_excluding_grants); otherwise they are shown side by side, unstacked.
const GRANTS = "Bidrag till insatser",
  PERSONNEL = "Personal",
  OTHER = "Övriga externa kostnader",
  OTHER_NET = "Övriga kostnader utom bidrag";
export const KINDS = [GRANTS, PERSONNEL, OTHER_NET, OTHER];

/**
 * The federation's actual finance rows → cost posts per year with their kind.
 * @param {object[]} fin   finance rows (one federation, basis actual)
 * @param {object[]} split federation_year rows {year, other_cost_excluding_grants} of the years that nest
 */
export function costsByKind(fin, split) {
  const item = (key, y) => fin.find((r) => r.item === key && r.year === y);
  return [...new Set(fin.map((r) => r.year))].sort().flatMap((yy) => {
    const g = item("grants_paid", yy),
      p = item("personnel_cost", yy),
      o = item("other_external_cost", yy);
    const net = split.find((s) => s.year === yy);
    if (net)
      return [
        { ...g, kind: GRANTS },
        { ...p, kind: PERSONNEL },
        {
          ...o,
          kind: OTHER_NET,
          amount_sek: net.other_cost_excluding_grants,
          source_label: `${o.source_label} minus lämnade bidrag`,
        },
      ];
    return [
      [g, GRANTS],
      [p, PERSONNEL],
      [o, OTHER],
    ]
      .filter(([r]) => r)
      .map(([r, kind]) => ({ ...r, kind, unstacked: true }));
  });
}

/** Budget against actual for the whole federation, every year it budgets, as deviations. */
export function federationBudgetFigure(data, { federation, name, width }) {
  const LABEL = data.labels.finance_item;
  const fedBudget = data.federationBudget
    .filter((r) => r.federation_id === federation)
    .map((r) => ({ ...r, label: `${LABEL[r.item]} ${r.year}`, item_sv: LABEL[r.item] }));
  const compared = fedBudget.filter((r) => r.deviation !== null);
  return chartFigure({
    title: `Utfallets avvikelse från budget, hela förbundet, ${name} ${[...new Set(fedBudget.map((r) => r.year))].join(", ") || MISSING}; skuggat band = inom ±5 %`,
    note: `n = ${compared.length} poster med både budget och utfall; ${fedBudget.length - compared.length} budgeterade poster saknar utfall${fedBudget.length ? "" : `; ${MISSING}: förbundet redovisar ingen budget för hela förbundet`}`,
    source: sourcesOf(fedBudget),
    plot: compared.length
      ? deviationPlot(
          compared.map((r) => ({ ...r, intervention: r.label })),
          width,
        )
      : null,
    alt: `Prickdiagram: ${compared.map((d) => `${d.label} ${signedPercent(d.deviation)}`).join("; ")}`,
    rows: fedBudget,
    columns: [
      ["year", "År", String],
      ["item_sv", "Post"],
      ["budget_sek", "Budget", kr],
      ["actual_sek", "Utfall", kr],
      ["deviation", "Avvikelse", signedPercent],
      sourceColumn("Källa (budgeten)"),
    ],
    file: `budget-mot-utfall-hela-forbundet-${federation}`,
  });
}

/**
 * Each intervention's actual outcome per enrolled participant and per positive exit in one year.
 * @param {object[]} funding the federation's intervention_year rows
 * @param {object} o
 * @param {string} o.year    the year picker's value (text)
 */
export function unitCostFigure(funding, { federation, name, year, width }) {
  const unitCosts = funding.filter(
    (f) => f.year === Number(year) && (f.per_participant !== null || f.per_positive !== null),
  );
  const long = unitCosts.flatMap((f) =>
    UNIT_COSTS.filter(([k]) => f[k] !== null).map(([k, label]) => ({
      intervention: f.intervention,
      measure: label,
      value: f[k],
    })),
  );
  return chartFigure({
    title: `Insatsens utfall i kronor per inskriven deltagare och per positivt avslut, ${name} ${year}`,
    note: `n = ${unitCosts.length} insatser med utfall och deltagare; positiva avslut räknas harmoniserat`,
    source: sourcesOf(unitCosts),
    plot: long.length ? unitCostPlot(unitCosts, long, width) : null,
    alt: `Stapeldiagram: ${long.map((d) => `${d.intervention} ${d.measure.toLowerCase()} ${kr(d.value)}`).join("; ")}`,
    rows: unitCosts,
    columns: [
      ["intervention", "Insats"],
      ["actual_sek", "Utfall", kr],
      ["enrolled", "Inskrivna", count],
      ["per_participant", "Kronor per deltagare", kr],
      ["positive_exits", "Positiva avslut", count],
      ["per_positive", "Kronor per positivt avslut", kr],
      sourceColumn(),
    ],
    file: `kostnad-per-deltagare-${federation}-${year}`,
  });
}
