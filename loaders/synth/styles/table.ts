/**
 * Tables as text layers give them: `aligned` (pdftotext -layout: columns at fixed positions),
 * `spaced` (two spaces between cells, nothing aligned) and `flattened` (one space everywhere, so
 * only the header's column count tells where one number ends: "9 874 512 9 512 300").
 */
export type TableMode = "aligned" | "spaced" | "flattened";

export interface TableRow {
  label: string;
  /** One per column; "" = empty cell. */
  cells: string[];
  /** The label's first words stand on a line of their own (a wrapped label). */
  wrapAt?: number;
}

export function renderTable(header: string[], rows: TableRow[], mode: TableMode, indent = 0): string[] {
  const pad = " ".repeat(indent);
  if (mode !== "aligned") {
    const sep = mode === "flattened" ? " " : "  ";
    const out = [`${pad}${header.join(sep)}`];
    for (const r of rows) {
      const [first, rest] = split(r);
      if (first) out.push(`${pad}${first}`);
      out.push(`${pad}${[rest, ...r.cells.filter((c) => c !== "")].join(sep)}`.trimEnd());
    }
    return out;
  }
  const labelWidth = Math.max(...rows.map((r) => split(r)[1].length)) + 4;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? "").length)) + 4);
  const line = (label: string, cells: string[]) =>
    `${pad}${label.padEnd(labelWidth)}${cells.map((c, i) => c.padStart(widths[i]!)).join("")}`.trimEnd();
  const out = [line("", header)];
  for (const r of rows) {
    const [first, rest] = split(r);
    if (first) out.push(`${pad}${first}`);
    out.push(line(rest, r.cells));
  }
  return out;
}

function split(r: TableRow): [string, string] {
  if (r.wrapAt === undefined) return ["", r.label];
  const words = r.label.split(" ");
  return [words.slice(0, r.wrapAt).join(" "), words.slice(r.wrapAt).join(" ")];
}
