// Horizontal bars with their value written at the end of each bar (rates, shares, survey answers).
import * as Plot from "@observablehq/plot";
import { PALETTE, nameMargin, percent } from "./format.js";

/**
 * @param {object[]} rows
 * @param {object} o
 * @param {string|((d: object) => string)} o.y   the bar's name
 * @param {string} o.x                  the value's field
 * @param {(v: number) => string} o.format how the value is written (percent, kr)
 * @param {string} o.fill               a colour, or the field coloured by the legend in `color`
 * @param {(d: object) => string} o.title the tooltip
 * @param {number} o.marginLeft, o.fitWidth, o.height
 * @param {object} [o.x]                further x-scale options (label, domain, grid)
 * @param {object} [o.yScale]           further y-scale options (domain)
 * @param {object} [o.plot]             further plot options (width, marginRight, color)
 * @param {number} [o.target]          a target percentage, drawn as a dashed line labelled "mål"
 * @param {object[]} [o.marks]          marks drawn after the labels
 */
export function valueBars(
  rows,
  { y, x, format, fill, title, marginLeft, fitWidth, height, xScale = {}, yScale = {}, plot = {}, target, marks = [] },
) {
  const goal =
    target === undefined
      ? []
      : [
          Plot.ruleX([target], { stroke: PALETTE[5], strokeWidth: 2, strokeDasharray: "6,3" }),
          Plot.text([target], {
            x: (d) => d,
            frameAnchor: "top",
            dy: -6,
            text: (d) => `mål ${percent(d)}`,
            fill: PALETTE[5],
          }),
        ];
  const names = nameMargin(plot.width, marginLeft, fitWidth);
  return Plot.plot({
    ...plot,
    marginLeft: names.margin,
    height,
    x: { grid: true, ...xScale },
    y: { label: null, ...yScale, tickFormat: names.tickFormat },
    marks: [
      Plot.barX(rows, { y, x, fill, tip: true, title }),
      Plot.text(rows, { y, x, text: (d) => format(d[x]), dx: 4, textAnchor: "start" }),
      ...goal,
      ...marks,
      Plot.ruleX([0]),
    ],
  });
}
