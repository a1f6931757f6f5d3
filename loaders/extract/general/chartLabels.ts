/**
 * A chart's data labels exported to text, one line of label–value cells set apart by pipes or
 * middle dots under the chart's caption:
 *
 *   Figur 3. Antal deltagare per år              Diagram 8. Medlemsbidrag 2025 (tkr)
 *   2022: 118 | 2023: 131 | 2024: 149            Staten 5 200 (50 %) | Region X 2 600 (25 %) | …
 *
 * or its points ("Datapunkter: (2022; 171) (2023; 188)"). What the cells are is told by their
 * labels, what they count by the caption (the concept lexicon), and each kind is stored only where
 * a sum agrees:
 * - years alone: a series of the caption's one measure or finance item, each point its year's (a
 *   year after the report's never); money only in a unit the caption states; a series' name opening
 *   its line ("Intäkter: 2022: 6 100 | …" over "Kostnader: 2022: …", one caption over both) names
 *   its points instead, through the same lexicon;
 * - a measure or item with its year ("Intäkter 2024: 6 920"): that year's figure;
 * - women and men: the split of the caption's measure in its one year, only where they add up to
 *   that year's total read elsewhere (or by a series of the same document);
 * - destinations: the exits of the caption's one year, only where they add up to that year's exits
 *   read elsewhere, or where every slice's share is its count over the slices' sum (a pie's
 *   whole); the exits are then not stored from the slices;
 * - members: the caption's year's fees in its unit, only where the state's slice is the others'
 *   together (the Finsam split);
 * - a flow's nodes (the stock at the start, the new, the exits, the stock at the end), in brackets:
 *   the new and the exits only where start + new − exits = end.
 * A caption that names someone (a word in capitals after its first: an intervention, a member), a
 * ratio ("per deltagare"), a share, a target, a budget, a forecast or a comparison stores nothing,
 * and so does a line whose section is an intervention's, or that stands after the first
 * intervention's section under a heading naming no one. A shares' slice ("29 %") is never a count.
 * Cheap: only lines with a pipe, a middle dot or a point's semicolon and a digit are cut. Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import { bestConcept, matchConcepts } from "../../reference/concepts.ts";
import { readUnit, UNIT_FACTOR, UNKNOWN_UNIT, type StatementUnit } from "../../reference/units.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { destinationOf } from "./chartExitPairs.ts";
import { memberOf } from "./parseMemberContributions.ts";
import { scopeByLine, SLIDE_NUMBER } from "./sectionScope.ts";

const SECTION = "general:chart_labels";

const NUM = String.raw`[−–+-]?\d{1,3}(?:[ \u00a0]\d{3})*`;
const SHARE = String.raw`(\d{1,3}(?:,\d{1,2})?)\s?%`;
/** "2023: 141", "Intäkter 2024: 6 920", "Kvinnor: 97". */
const COLON_CELL = new RegExp(String.raw`^(.+?)\s*:\s*(${NUM})$`, "u");
/** "2023 – 141": a year and its value set apart by a dash (spaces around it, so never a range or a sign). */
const YEAR_DASH_CELL = new RegExp(String.raw`^((?:19|20)\d\d)\s+[–—-]\s+(${NUM})$`, "u");
/** "141 st": the count's "st" (stycken) after a label's value, no part of it. */
const COUNT_ST = /(?<=\d)\s+st\.?$/u;
/** "Arbete 29 % (32)": a slice's share, then its count. */
const SHARE_COUNT_CELL = new RegExp(String.raw`^(\D+?)\s+${SHARE}\s*\((${NUM})\)$`, "u");
/** "Staten 5 200 (50 %)": a slice's value, then its share. */
const VALUE_SHARE_CELL = new RegExp(String.raw`^(\D+?)\s+(${NUM})\s*\(${SHARE}\)$`, "u");
/** "Inskrivna 1 jan (94)": a node's count in brackets. */
const NODE_CELL = new RegExp(String.raw`^(.+?)\s*\((${NUM})\)$`, "u");
/** "Källebo kommun 1 690": a label of words, then its value. */
const WORDS_VALUE_CELL = new RegExp(String.raw`^(\p{L}[\p{L} /().-]*?)\s+(${NUM})$`, "u");
/** "(2022; 171)": a line chart's point. */
const POINT = new RegExp(String.raw`\(\s*((?:19|20)\d\d)\s*;\s*(${NUM})\s*\)`, "gu");
/** The prefix an export writes before the labels. */
const LABELS_PREFIX = /^\s*(?:dataetiketter|datapunkter|etiketter|värden|data)\s*:\s*/iu;
/** A chart's placeholder between its caption and its labels: "[Stapeldiagram]". */
const PLACEHOLDER = /^\s*\[[^\]]*\]\s*$/u;
/** A caption: "Diagram 3.", "Figur 2:", "Bild 6.1", or a line naming the chart's kind. */
const CHART_CAPTION = /^\s*(?:diagram|figur|fig\.|bild|graf)\s*\d[\d.:]*\s|diagram\b/iu;
const CAPTION_PREFIX = /^\s*(?:diagram|figur|fig\.|bild|graf)\s*\d[\d.:]*\s*/iu;
/** A caption of a ratio, a share, a target, a plan or a comparison: its values are no counts or totals. */
const NOT_A_TOTAL =
  /per (?:deltagare|person|invånare|insats|månad)|snitt|median|andel|procent|%|(?<!\p{L})mål|budget|prognos|plan(?!\p{L})|planerad|jämför|riket|länet|förändring|ökning|minskning/iu;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
const BARE_YEAR = /^(?:19|20)\d\d$/u;
const LABEL_YEAR = /^(.*\S)\s+((?:19|20)\d\d)$/u;
const START_STOCK = /(?:1 jan|vid årets (?:början|ingång)|ingående|från föregående år)/iu;
const END_STOCK = /(?:31 dec|vid årets (?:slut|utgång)|utgående|^kvar)/iu;
/** A series' name opening a labels line before its first year: "Intäkter: 2022: 6 100 | …", "Kostnader  2022: …". */
const SERIES_NAME = /^\s*(\p{L}[\p{L} ]{1,40}?)(?::\s*|\s{2,})(?=(?:19|20)\d\d\s*:)/u;
const COUNT_MEASURES = new Set(["enrolled", "new", "exited"]);
const FINANCE_ITEMS = new Set(["revenue_operating", "cost_operating", "operating_result", "result", "equity_end"]);

interface Cell {
  label: string;
  value: number;
  share?: number;
  /** The line the cell stands on (a labels line may run on to the next). */
  line?: number;
}

const numberOf = (s: string): number => Number(s.replace(/[−–]/gu, "-").replace(/[\s\u00a0+]/gu, ""));

function cellOf(raw: string): Cell | null {
  const t = raw.trim().replace(COUNT_ST, "");
  let m = SHARE_COUNT_CELL.exec(t);
  if (m) return { label: m[1]!.trim(), value: numberOf(m[3]!), share: Number(m[2]!.replace(",", ".")) };
  m = VALUE_SHARE_CELL.exec(t);
  if (m) return { label: m[1]!.trim(), value: numberOf(m[2]!), share: Number(m[3]!.replace(",", ".")) };
  m = COLON_CELL.exec(t) ?? YEAR_DASH_CELL.exec(t);
  if (m) return { label: m[1]!.trim(), value: numberOf(m[2]!) };
  m = NODE_CELL.exec(t);
  if (m) return { label: m[1]!.trim(), value: numberOf(m[2]!) };
  m = WORDS_VALUE_CELL.exec(t);
  if (m) return { label: m[1]!.trim(), value: numberOf(m[2]!) };
  return null;
}

/** The cells of a labels line (and of the line it runs on to when it ends on a separator). */
function cellsAt(doc: DocumentText, n: number): { cells: Cell[]; last: number; series?: string } | null {
  let text = doc.at(n).replace(LABELS_PREFIX, "");
  // "Intäkter: 2022: 6 100 | 2023: 6 350": the series' name opening its line names each point.
  const named = SERIES_NAME.exec(text);
  if (named) text = text.slice(named[0].length);
  const points = [...text.matchAll(POINT)];
  if (points.length >= 2 && text.replace(POINT, "").trim() === "")
    return { cells: points.map((p) => ({ label: p[1]!, value: numberOf(p[2]!) })), last: n };
  let last = n;
  const lineOfPart: number[] = [];
  const split = (s: string) => s.split(/\s+[|·•]\s+/u);
  while (/[|·•]\s*$/u.test(text) && last < doc.lineCount && /\d/.test(doc.at(last + 1))) {
    text = text.replace(/\s*[|·•]\s*$/u, "");
    while (lineOfPart.length < split(text).length) lineOfPart.push(last);
    last++;
    text = `${text} | ${doc.at(last).trim()}`;
  }
  let parts = split(text);
  // "2022 – 128 st; 2023 – 141 st": a series' points set apart by semicolons, only where every part
  // is a year's (a sentence's clauses are not).
  if (parts.length < 2 && text.includes(";")) {
    const years = text.split(/\s*;\s+/u);
    if (years.length >= 2 && years.every((p) => BARE_YEAR.test(cellOf(p)?.label ?? ""))) parts = years;
  }
  while (lineOfPart.length < parts.length) lineOfPart.push(last);
  if (parts.length < 2) return null;
  const cells = parts.map(cellOf);
  if (!cells.every((c) => c !== null)) return null;
  return {
    cells: (cells as Cell[]).map((c, i) => ({ ...c, line: lineOfPart[i] })),
    last,
    ...(named ? { series: named[1]!.trim() } : {}),
  };
}

/** The caption above a labels line (placeholders passed over), or null when the line has none. */
function captionAbove(doc: DocumentText, n: number): { text: string; line: number } | null {
  let t = n - 1;
  // A series' line under another series of the same chart ("Intäkter: 2022: …" over "Kostnader: 2022: …"): their caption.
  if (SERIES_NAME.test(doc.at(n))) while (t > 1 && SERIES_NAME.test(doc.at(t)) && /[|·]/u.test(doc.at(t))) t--;
  while (t >= 1 && PLACEHOLDER.test(doc.at(t))) t--;
  if (t < 1) return null;
  const text = doc.at(t).trim();
  if (text === "" || /[|·•]/u.test(text)) return null;
  // A slide's title right under its number alone ("Bild 2" / "Så gick det för de 88 som avslutade
  // under 2024"): the slide's caption, as a chart's is.
  const slideTitle = t > 1 && SLIDE_NUMBER.test(doc.at(t - 1).trim());
  return CHART_CAPTION.test(text) || LABELS_PREFIX.test(doc.at(n)) || slideTitle ? { text, line: t } : null;
}

/** The one measure or finance item a caption names, through the concept lexicon; null if none or several. */
function captionConcept(core: string): { kind: "count" | "money"; code: string } | null {
  const codes = new Set(
    matchConcepts(core, ["participants", "finance"])
      .filter((m) => m.score > 0)
      .map((m) => `${m.concept.kind}:${m.concept.code}`),
  );
  if (codes.size !== 1) return null;
  const [kind, code] = [...codes][0]!.split(":") as [string, string];
  if (kind === "participants" && COUNT_MEASURES.has(code)) return { kind: "count", code };
  if (kind === "finance" && FINANCE_ITEMS.has(code)) return { kind: "money", code };
  return null;
}

/** Whether a caption's words after its first name someone: a word in capitals (an intervention, a member). */
export const namesSomeone = (core: string): boolean =>
  core
    .replace(/\([^)]*\)/gu, "")
    .split(/\s+/u)
    .slice(1)
    .some((w) => /^\p{Lu}\p{Ll}/u.test(w));

/**
 * Whether a line may be the federation's: not in an intervention's section, nor under a heading
 * naming no one after the first intervention's section began.
 */
export function outsideInterventions(doc: DocumentText): (line: number) => boolean {
  const scopes = scopeByLine(doc);
  const firstIntervention = scopes.findIndex((s) => s.kind === "intervention");
  return (line) => {
    const scope = scopes[line - 1]!;
    if (scope.kind === "intervention") return false;
    return !(scope.kind === "unknown" && firstIntervention >= 0 && line - 1 > firstIntervention);
  };
}

const keyOf = (f: FactInput): string | null => {
  if (f.table === "participant_count" && f.intervention === null) return `p|${f.year}|${f.measure}|${f.gender}`;
  if (f.table === "finance") return `f|${f.year}|${f.basis}|${f.item}`;
  return null;
};

export function parseChartLabels(doc: DocumentText, readSoFar: readonly FactInput[]): ParseOutput {
  const facts: FactInput[] = [];
  // Cheap first: a document with no labels line has nothing to read.
  const candidates: number[] = [];
  for (let n = 2; n <= doc.lineCount; n++) {
    const raw = doc.lines[n - 1] ?? "";
    if (!/\d/.test(raw) || !(raw.includes("|") || raw.includes("·") || raw.includes("•") || raw.includes(";")))
      continue;
    candidates.push(n);
  }
  if (candidates.length === 0) return { facts, findings: [], coverage: [] };
  const outside = outsideInterventions(doc);
  const known = new Map<string, number>();
  for (const f of readSoFar) {
    const k = keyOf(f);
    if (k && f.table === "participant_count") known.set(k, f.value);
    else if (k && f.table === "finance" && typeof f.amount_sek === "number") known.set(k, f.amount_sek);
  }
  const deferred: (() => void)[] = [];
  let skipTo = 0;
  for (const n of candidates) {
    if (n <= skipTo) continue;
    if (!outside(n)) continue;
    const read = cellsAt(doc, n);
    if (!read) continue;
    const caption = captionAbove(doc, n);
    if (!caption) continue;
    skipTo = read.last;
    const core = caption.text.replace(CAPTION_PREFIX, "");
    if (NOT_A_TOTAL.test(core) || namesSomeone(core)) continue;
    const { cells } = read;
    const captionYears = [...core.matchAll(YEAR)].map((m) => Number(m[0]));
    if (captionYears.some((y) => y > doc.periodYear)) continue;
    const unit = readUnit(caption.text);
    const emit = (f: FactInput) => facts.push(f);
    const base = { line: n, text: doc.at(n), section: SECTION, approximate: false, confirmed_by: [] };
    const money = (v: number, u: StatementUnit) => Math.round(v * UNIT_FACTOR[u]);
    const oneYear = captionYears.length === 1 ? captionYears[0]! : null;
    const stored = (k: string): number | undefined => {
      if (known.has(k)) return known.get(k);
      const f = facts.find((g) => keyOf(g) === k);
      return f?.table === "participant_count" ? f.value : undefined;
    };

    // Years alone, or a measure with its year: a series of each year's figure.
    const yearly = cells.map((c) => {
      if (BARE_YEAR.test(c.label))
        return { year: Number(c.label), label: (read.series ?? null) as string | null, cell: c };
      const m = LABEL_YEAR.exec(c.label);
      return m ? { year: Number(m[2]), label: m[1]!, cell: c } : null;
    });
    if (yearly.every((y) => y !== null)) {
      const points = yearly as { year: number; label: string | null; cell: Cell }[];
      if (points.some((p) => p.year > doc.periodYear || p.cell.share !== undefined)) continue;
      const out: FactInput[] = [];
      let ok = true;
      for (const p of points) {
        const concept =
          p.label === null
            ? captionConcept(core)
            : ((c) =>
                c && c.concept.kind === "finance" && FINANCE_ITEMS.has(c.concept.code)
                  ? { kind: "money" as const, code: c.concept.code }
                  : c && c.concept.kind === "participants" && COUNT_MEASURES.has(c.concept.code)
                    ? { kind: "count" as const, code: c.concept.code }
                    : null)(bestConcept(p.label, ["participants", "finance"]));
        if (!concept || (p.label !== null && NOT_A_TOTAL.test(p.label))) {
          ok = false;
          break;
        }
        if (concept.kind === "count") {
          if (unit !== null || p.cell.value < 0 || !Number.isInteger(p.cell.value)) {
            ok = false;
            break;
          }
          out.push({
            table: "participant_count",
            intervention: null,
            year: p.year,
            measure: concept.code as "enrolled",
            gender: "all",
            value: p.cell.value,
            ...base,
          });
        } else {
          if (!unit || unit.unit === UNKNOWN_UNIT) {
            ok = false;
            break;
          }
          out.push({
            table: "finance",
            year: p.year,
            basis: "actual",
            item: concept.code as "result",
            amount_sek: money(p.cell.value, unit.unit),
            value: null,
            source_label: p.label ?? caption.text,
            ...base,
          });
        }
      }
      // One key twice, or a figure another reader read otherwise: the chart is not the year's.
      const keys = out.map(keyOf);
      if (!ok || new Set(keys).size !== keys.length) continue;
      if (out.some((f) => known.has(keyOf(f)!) && known.get(keyOf(f)!) !== valueOf(f))) continue;
      out.filter((f) => !known.has(keyOf(f)!)).forEach(emit);
      continue;
    }
    if (cells.some((c) => /\d/.test(c.label))) {
      // A flow's nodes: the stocks at the start and the end, the new and the exits.
      const roles = cells.map((c) =>
        START_STOCK.test(c.label)
          ? "start"
          : END_STOCK.test(c.label)
            ? "end"
            : ((b) => (b && b.concept.kind === "participants" ? b.concept.code : null))(
                bestConcept(c.label.replace(YEAR, "").trim(), ["participants"]),
              ),
      );
      const at = (r: string) => cells[roles.indexOf(r)];
      const [start, fresh, exits, end] = [at("start"), at("new"), at("exited"), at("end")];
      const labelYears = cells.flatMap((c) => [...c.label.matchAll(YEAR)].map((m) => Number(m[0])));
      const year = oneYear ?? labelYears[0] ?? null;
      if (
        cells.length === 4 &&
        start &&
        fresh &&
        exits &&
        end &&
        year === doc.periodYear &&
        labelYears.every((y) => y === year) &&
        start.value + fresh.value - exits.value === end.value
      )
        for (const [measure, c] of [
          ["new", fresh],
          ["exited", exits],
        ] as const)
          if (!known.has(`p|${year}|${measure}|all`))
            emit({
              table: "participant_count",
              intervention: null,
              year,
              measure,
              gender: "all",
              value: c.value,
              ...base,
            });
      continue;
    }
    // Women and men: the split of the caption's one measure in its one year.
    const genders = cells.map((c) => bestConcept(c.label, ["gender"]));
    if (genders.every((g) => g && g.score === 1 && (g.concept.code === "woman" || g.concept.code === "man"))) {
      const concept = captionConcept(core.replace(/efter kön|fördelat på kön|per kön/iu, ""));
      if (!concept || concept.kind !== "count" || oneYear === null || unit !== null) continue;
      const codes = genders.map((g) => g!.concept.code);
      if (new Set(codes).size !== 2 || cells.length !== 2) continue;
      const measure = concept.code;
      const year = oneYear;
      deferred.push(() => {
        const total = stored(`p|${year}|${measure}|all`);
        if (total === undefined || cells[0]!.value + cells[1]!.value !== total) return;
        cells.forEach((c, i) =>
          emit({
            table: "participant_count",
            intervention: null,
            year,
            measure: measure as "enrolled",
            gender: codes[i] as "woman",
            value: c.value,
            ...base,
          }),
        );
      });
      continue;
    }
    // Destinations: the exits of the caption's one year.
    const destinations = cells.map((c) => destinationOf(c.label));
    if (destinations.every((d) => d !== undefined)) {
      if (!/avslut/iu.test(core) || oneYear === null || unit !== null) continue;
      if (new Set(destinations).size !== cells.length || cells.length < 2) continue;
      const year = oneYear;
      const sum = cells.reduce((a, c) => a + c.value, 0);
      const wholePie =
        cells.every((c) => c.share !== undefined && Math.abs((100 * c.value) / sum - c.share) <= 1) &&
        Math.abs(cells.reduce((a, c) => a + c.share!, 0) - 100) <= cells.length / 2;
      deferred.push(() => {
        const exits = stored(`p|${year}|exited|all`);
        if (exits === undefined ? !wholePie : exits !== sum) return;
        cells.forEach((c, i) =>
          emit({
            table: "participant_breakdown",
            intervention: null,
            year,
            population: "exited",
            dimension: "exit_outcome",
            category: destinations[i]!,
            value: c.value,
            source_label: c.label,
            ...base,
          }),
        );
      });
      continue;
    }
    // Members: the caption's year's fees, the state's slice the others' together.
    const members = cells.map((c) => memberOf(c.label));
    if (members.every((m) => m !== null)) {
      if (!/medlem|bidrag|avgift|finansiering/iu.test(core) || oneYear === null) continue;
      if (!unit || unit.unit === UNKNOWN_UNIT) continue;
      const state = members.findIndex((m) =>
        /^(staten|försäkringskassan och|fk och|arbetsförmedlingen och|af och)/iu.test(m!),
      );
      if (state < 0) continue;
      const others = cells.reduce((a, c, i) => (i === state ? a : a + c.value), 0);
      const allowed = unit.unit === "kr" ? 0 : cells.length / 2;
      if (Math.abs(others - cells[state]!.value) > allowed) continue;
      cells.forEach((c, i) =>
        emit({
          table: "member_contribution",
          year: oneYear,
          basis: "actual",
          member: members[i]!,
          amount_sek: money(c.value, unit.unit as StatementUnit),
          ...base,
          line: c.line ?? n,
          text: doc.at(c.line ?? n),
        }),
      );
    }
  }
  for (const d of deferred) d();
  flowLinks(
    doc,
    outside,
    (k) => known.get(k) ?? facts.find((f) => keyOf(f) === k && f.table === "participant_count"),
    facts,
  );
  return { facts, findings: [], coverage: [] };
}

/** "Avslutade 2025 → Arbete ..... 31": a flow chart's link, from a node to a node, and its count. */
const LINK = /^\s*(\p{L}[^→]*?)\s*→\s*(\p{L}[^→]*?)\s*(?:\.{2,}\s*)?(\d{1,5})\s*$/u;

/**
 * A flow chart's links from the exits' node to destinations: the year's destinations, only where
 * they add up to the year's exits (read elsewhere, or from the chart's nodes).
 */
function flowLinks(
  doc: DocumentText,
  outside: (line: number) => boolean,
  exitsOf: (key: string) => number | FactInput | undefined,
  facts: FactInput[],
): void {
  const groups = new Map<string, { line: number; to: string; value: number }[]>();
  for (let n = 1; n <= doc.lineCount; n++) {
    const raw = doc.lines[n - 1] ?? "";
    if (!raw.includes("→")) continue;
    const m = LINK.exec(raw);
    if (!m || !outside(n)) continue;
    const from = m[1]!;
    groups.set(from, [...(groups.get(from) ?? []), { line: n, to: m[2]!, value: Number(m[3]) }]);
  }
  for (const [from, links] of groups) {
    const years = [...from.matchAll(YEAR)].map((y) => Number(y[0]));
    const node = bestConcept(from.replace(YEAR, "").trim(), ["participants"]);
    if (node?.concept.code !== "exited" || years.some((y) => y !== doc.periodYear)) continue;
    const year = doc.periodYear;
    const codes = links.map((l) => destinationOf(l.to));
    if (codes.some((c) => c === undefined) || new Set(codes).size !== codes.length || links.length < 2) continue;
    const found = exitsOf(`p|${year}|exited|all`);
    const exits = typeof found === "number" ? found : found?.table === "participant_count" ? found.value : undefined;
    if (exits === undefined || links.reduce((a, l) => a + l.value, 0) !== exits) continue;
    links.forEach((l, i) =>
      facts.push({
        table: "participant_breakdown",
        intervention: null,
        year,
        population: "exited",
        dimension: "exit_outcome",
        category: codes[i]!,
        value: l.value,
        source_label: l.to,
        line: l.line,
        text: doc.at(l.line),
        section: SECTION,
        approximate: false,
        confirmed_by: [],
      }),
    );
  }
}

function valueOf(f: FactInput): number | null {
  if (f.table === "participant_count") return f.value;
  if (f.table === "finance") return f.amount_sek ?? null;
  return null;
}
