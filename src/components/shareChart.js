// The stacked 100 % chart (exit outcomes, income at exit, gender, background): one bar per group
// (an intervention, a federation), split by category. A category's share of its bar is
// presentation of the chart, so it is computed here; measures come from the marts.
import * as Plot from "@observablehq/plot";
import { rollup, sum } from "d3";
import { categoryColors, count, percent, share, nameMargin } from "./format.js";

/**
 * The rows with `share` (value as a percentage of its group's total) and the totals per group.
 * @param {object[]} rows      rows with a numeric `value`
 * @param {(r: object) => any} groupOf the bar a row belongs to (its key)
 * @param {object} [o]
 * @param {string} [o.as]      a field to write the bar's name with its n into: "name (n = 12)"
 * @param {(r: object) => string} [o.name] the bar's name
 * @param {object} [o.labels]  category code → label, written to `label`
 * @param {string} [o.key]     the field holding a row's category code (default "category")
 * @returns {{rows: object[], n: Map<any, number>}}
 */
export function withShares(rows, groupOf, { as, name, labels, key = "category" } = {}) {
  const n = rollup(rows, (v) => sum(v, (r) => r.value), groupOf);
  const shared = rows.map((r) => ({
    ...r,
    ...(as ? { [as]: `${name(r)} (n = ${count(n.get(groupOf(r)))})` } : {}),
    ...(labels ? { label: labels[r[key]] ?? r[key] } : {}),
    share: share(r.value, n.get(groupOf(r))),
  }));
  return { rows: shared, n };
}

/** The sum of the rows' values (the n of a chart). */
export const totalOf = (rows) => rows.reduce((s, r) => s + (r.value ?? 0), 0);

/**
 * A horizontal stacked bar per group, normalised to 100 %, coloured by `label`.
 * @param {object[]} rows   rows with value, label, share and the group in `y`
 * @param {object} o
 * @param {string} o.y            the group's field (one bar each)
 * @param {string[]} o.order      the categories' codes in legend order
 * @param {string} [o.key]        the field holding a row's code (default "category")
 * @param {object} [o.labels]   code → label: colours the categories with categoryColors
 * @param {{domain: string[], range: string[]}} [o.colors] the colour scale, when not by `labels`
 * @param {number} o.marginLeft   room for the group names
 * @param {number} o.fitWidth     group names longer than this end in "…"
 * @param {number} o.height       the chart's height
 * @param {string} [o.xLabel]     the axis label
 * @param {number} [o.width]      the drawing width (Plot's default when left out)
 * @param {(d: object) => string} [o.more] a further line for the tooltip
 * @param {object[]} [o.marks]    marks drawn over the bars (e.g. a rule at one half)
 */
export function shareChart(
  rows,
  {
    y,
    order,
    key = "category",
    labels,
    colors = categoryColors(order, labels),
    marginLeft,
    fitWidth,
    height,
    xLabel = "Andel (%)",
    width,
    more,
    marks = [],
  },
) {
  const names = nameMargin(width, marginLeft, fitWidth);
  const title = (d) => `${d[y]}\n${d.label}: ${count(d.value)} (${percent(d.share)})${more ? `\n${more(d)}` : ""}`;
  return Plot.plot({
    ...(width === undefined ? {} : { width }),
    marginLeft: names.margin,
    height,
    x: { label: xLabel, percent: true, grid: true },
    y: { label: null, tickFormat: names.tickFormat },
    color: { legend: true, ...colors },
    marks: [
      Plot.barX(
        rows,
        Plot.stackX({
          offset: "normalize",
          order: (d) => order.indexOf(d[key]),
          y,
          x: "value",
          fill: "label",
          tip: true,
          title,
        }),
      ),
      ...marks,
      Plot.ruleX([0, 1]),
    ],
  });
}
