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
 * The width a chart is drawn at: the page's width (Framework's reactive `width`, which follows the
 * screen), so a phone gets a chart drawn for its screen with labels at their real size instead of
 * a desktop image scaled down to unreadable text. A floor keeps a frame while a page lays out.
 */
export const chartWidth = (width) => Math.max(width ?? 640, 240);

/** Axis labels that fit the chart's margin: long names end in "…" (the table has them whole). */
export const fit = (max) => (s) => {
  const text = String(s);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

// About the width of one character of a chart label (11 px system-ui), with room to spare.
const CHAR_PX = 7.5;

/**
 * Room for names beside a chart: the margin it asks for on a wide screen, but never more than
 * 40 % of a narrow one, with the names cut to what fits. Use `marginLeft` (or `marginRight`) and
 * the axis's `tickFormat` (`chars`: the characters that fit).
 * @param {number} width  the page's width
 * @param {number} wanted the margin on a wide screen, in px
 * @param {number} [most] the longest name wanted, in characters
 */
export function nameMargin(width, wanted, most = Infinity) {
  const margin = Math.min(wanted, Math.round(chartWidth(width) * 0.4));
  const chars = Math.max(6, Math.min(most, Math.floor(margin / CHAR_PX)));
  return { margin, chars, tickFormat: fit(chars) };
}
