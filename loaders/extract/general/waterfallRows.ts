/**
 * A waterfall (bridge) chart exported to text, one row per bar under the chart's caption: the
 * start bar, the steps with their signs, the end bar, each row opening on its role.
 *
 *   Diagram 4. Från budgeterat till verkligt resultat 2024 (tkr)
 *   [Stapel] Budgeterat resultat 2024 ........ −600        Startvärde  Eget kapital vid årets ingång   4 118
 *   [Steg]   Lägre utbetalningar ............. +412        Ökning      Medlemsbidrag                  +9 600
 *   [Stapel] Årets resultat 2024 ............. −188        Slutvärde   Eget kapital vid årets utgång   3 602
 *
 * Read only where the steps add up from the start to the end exactly; then the two bars are the
 * figures their labels name through the concept lexicon: a result (a budgeted one, "Budgeterat
 * resultat", is the year's budget), the equity at the year's end, and the equity at the year's
 * start as the year before's closing equity; money only in a unit the caption states. A flow of
 * participants (the stock at the start, "Nya" with a plus, "Avslutade" with a minus, the stock at
 * the end) gives the year's new and exits, never its stocks. A step is never a total of its own.
 * Nothing under a caption naming someone, a forecast or a plan, a year but the report's, or in an
 * intervention's section. Cheap: only a line opening on a role word is looked at. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import { bestConcept } from "../../reference/concepts.ts";
import { readUnit, UNIT_FACTOR, UNKNOWN_UNIT } from "../../reference/units.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { namesSomeone, outsideInterventions } from "./chartLabels.ts";

const SECTION = "general:chart_labels";

/** A bar's row: its role, its label (dot leaders allowed) and its value with its sign. */
const ROW =
  /^\s*(?:\[(stapel|steg|start|slut|summa|total)\]|(startvärde|slutvärde|ökning|minskning))\s+(\p{L}.*?)\s*(?:\.{2,}\s*)?([−–+-]?\s?\d{1,3}(?:[ \u00a0]\d{3})*)\s*$/iu;
const ROLE_WORD = /^\s*(?:\[(?:stapel|steg|start|slut|summa|total)\]|startvärde|slutvärde|ökning|minskning)\s/iu;
const NOT_OUTCOME_CAPTION = /prognos|plan(?!\p{L})|planerad|kommande|nästa år/iu;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
const OPENING = /1 jan(?:uari)?|vid årets (?:början|ingång)|ingående|årets start/iu;
const CLOSING = /31 dec(?:ember)?|vid årets (?:slut|utgång)|utgående/iu;
const BUDGET = /^budget(?:erat|erad|erade)?\s+/iu;
const ACTUAL = /^(?:verkligt|faktiskt|utfall(?:et)?|årets)\s+/iu;

interface Bar {
  line: number;
  /** A bar ("[Stapel]") is the start or the end by where it stands. */
  role: "start" | "step" | "end" | "bar";
  label: string;
  value: number;
  signed: boolean;
}

function barAt(doc: DocumentText, n: number): Bar | null {
  const m = ROW.exec(doc.at(n));
  if (!m) return null;
  const mark = (m[1] ?? m[2]!).toLowerCase();
  const written = m[4]!.replace(/[−–]/gu, "-").replace(/[\s\u00a0]/gu, "");
  let value = Number(written.replace("+", ""));
  const signed = /^[+-]/.test(written);
  if (mark === "ökning" || mark === "minskning") {
    const sign = mark === "ökning" ? 1 : -1;
    // A sign against the row's role: the row is not understood.
    if (signed && Math.sign(value) !== sign && value !== 0) return null;
    value = sign * Math.abs(value);
  }
  const role =
    mark === "steg" || mark === "ökning" || mark === "minskning"
      ? "step"
      : mark === "stapel"
        ? "bar"
        : /slut|summa|total/.test(mark)
          ? "end"
          : "start";
  return {
    line: n,
    role,
    label: m[3]!.trim(),
    value,
    signed: signed || role !== "step" || mark === "ökning" || mark === "minskning",
  };
}

/** What a bar's label names: a finance item of a year and basis, or a participant stock or flow. */
function barFigure(label: string, year: number): { item: string; year: number; basis: "actual" | "budget" } | null {
  const plain = label.replace(YEAR, "").replace(/\s+/gu, " ").trim();
  const budget = BUDGET.test(plain);
  const rest = plain.replace(BUDGET, "").replace(ACTUAL, "");
  if (/eget kapital/iu.test(rest)) {
    if (budget) return null;
    if (OPENING.test(rest)) return { item: "equity_end", year: year - 1, basis: "actual" };
    if (CLOSING.test(rest)) return { item: "equity_end", year, basis: "actual" };
    return null;
  }
  const c = bestConcept(budget ? rest : plain, ["finance"]) ?? bestConcept(rest, ["finance"]);
  if (!c || c.concept.code !== "result") return null;
  return { item: "result", year, basis: budget ? "budget" : "actual" };
}

export function parseWaterfallRows(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const outside = outsideInterventions(doc);
  for (let n = 2; n <= doc.lineCount; n++) {
    if (!ROLE_WORD.test(doc.lines[n - 1] ?? "")) continue;
    const bars: Bar[] = [];
    let k = n;
    for (; k <= doc.lineCount; k++) {
      const b = barAt(doc, k);
      if (!b) break;
      bars.push(b);
    }
    const next = k;
    const block = bars;
    n = Math.max(n, next - 1);
    if (block.length < 3 || !outside(block[0]!.line)) continue;
    const [start, end] = [block[0]!, block.at(-1)!];
    const steps = block.slice(1, -1);
    if (
      !["start", "bar"].includes(start.role) ||
      !["end", "bar"].includes(end.role) ||
      steps.some((s) => s.role !== "step" || !s.signed)
    )
      continue;
    if (start.value + steps.reduce((a, s) => a + s.value, 0) !== end.value) continue;
    const caption = doc.at(start.line - 1).trim();
    if (
      caption === "" ||
      NOT_OUTCOME_CAPTION.test(caption) ||
      namesSomeone(caption.replace(/^\s*(?:diagram|figur|bild|graf)\s*\d[\d.:]*\s*/iu, ""))
    )
      continue;
    const years = [...`${caption} ${block.map((b) => b.label).join(" ")}`.matchAll(YEAR)].map((m) => Number(m[0]));
    if (years.length === 0 || years.some((y) => y !== doc.periodYear)) continue;
    const year = doc.periodYear;
    const base = (b: Bar) => ({
      line: b.line,
      text: doc.at(b.line),
      section: SECTION,
      approximate: false,
      confirmed_by: [],
    });
    // A flow of participants: the stocks at its ends, the new in and the exits out.
    const fresh = steps.filter(
      (s) => bestConcept(s.label.replace(YEAR, "").trim(), ["participants"])?.concept.code === "new",
    );
    const exits = steps.filter(
      (s) => bestConcept(s.label.replace(YEAR, "").trim(), ["participants"])?.concept.code === "exited",
    );
    if (OPENING.test(start.label) && CLOSING.test(end.label) && !/eget kapital/iu.test(start.label)) {
      if (steps.length !== 2 || fresh.length !== 1 || exits.length !== 1) continue;
      if (fresh[0]!.value < 0 || exits[0]!.value > 0) continue;
      facts.push(
        {
          table: "participant_count",
          intervention: null,
          year,
          measure: "new",
          gender: "all",
          value: fresh[0]!.value,
          ...base(fresh[0]!),
        },
        {
          table: "participant_count",
          intervention: null,
          year,
          measure: "exited",
          gender: "all",
          value: -exits[0]!.value,
          ...base(exits[0]!),
        },
      );
      continue;
    }
    const unit = readUnit(caption);
    if (!unit || unit.unit === UNKNOWN_UNIT) continue;
    for (const b of [start, end]) {
      const figure = barFigure(b.label, year);
      if (!figure) continue;
      facts.push({
        table: "finance",
        year: figure.year,
        basis: figure.basis,
        item: figure.item as "result",
        amount_sek: Math.round(b.value * UNIT_FACTOR[unit.unit]),
        value: null,
        source_label: b.label,
        ...base(b),
      });
    }
  }
  return { facts, findings: [], coverage: [] };
}
