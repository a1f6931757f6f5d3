// Swedish number formatting for every page, and the one way missing figures are shown.
// sv-SE uses no-break spaces as thousands separators and the real minus sign (U+2212).
export const MISSING = "uppgift saknas";

const integer = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const present = (v) => v !== null && v !== undefined && Number.isFinite(v);

export const count = (v) => (present(v) ? integer.format(v) : MISSING);
export const kr = (v) => (present(v) ? `${integer.format(v)} kr` : MISSING);
export const percent = (v) => (present(v) ? `${oneDecimal.format(v)} %` : MISSING);

/** a / b as a percentage, or null when either is missing or b is zero (never a made-up 0). */
export function share(a, b) {
  return present(a) && present(b) && b !== 0 ? (a / b) * 100 : null;
}

/** a / b, or null. */
export function per(a, b) {
  return present(a) && present(b) && b !== 0 ? a / b : null;
}

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/** Percent with a sign, for budget deviations. */
export const signedPercent = (v) => (present(v) ? `${v > 0 ? "+" : ""}${oneDecimal.format(v)} %` : MISSING);

// For category charts with more than eight categories: Okabe–Ito, then Paul Tol's muted scheme.
const EXTENDED = [...PALETTE.slice(0, 6), "#882255", "#44AA99", "#999933", "#AA4499", "#332288", "#117733"];
/** A colour scale for a code list's categories in code-list order; "unknown" is always grey. */
export function categoryColors(codes, labels) {
  const known = codes.filter((c) => c !== "unknown");
  const domain = [...known, ...(codes.includes("unknown") ? ["unknown"] : [])].map((c) => labels[c] ?? c);
  const range = [...known.map((_, i) => EXTENDED[i % EXTENDED.length]), "#BBBBBB"];
  return { domain, range };
}

/**
 * The width a chart is drawn at: the page's width, but never so narrow that the left margins for
 * long names leave no room for the bars (on a phone, and for a moment while a page lays out).
 * Plot's SVG has max-width 100 %, so a wider drawing is scaled down to fit, not cut off.
 */
export const chartWidth = (width) => Math.max(width, 640);

/** Axis labels that fit the chart's margin: long names end in "…" (the table has them whole). */
export const fit = (max) => (s) => {
  const text = String(s);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};
