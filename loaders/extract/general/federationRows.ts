/**
 * A table with one row per federation ("Förbund  Inskrivna  Avslutade  Arbete/studier  Resultat,
 * tkr  Eget kapital, tkr"), as a region or a county's follow-up of all its federations sets it
 * out: only the row naming the document's own federation is read (`federationNames.ts`), never
 * another's. Cells are placed under the header cell they stand beneath; a column is read only
 * when the lexicon names it on its own: a count of participants, a work-or-studies rate (its
 * cells written with "%", waiting for the row's exits as its base), or the year's result or
 * equity with the unit its header cell states, or the fee of the document's author ("Regionens
 * bidrag, tkr" in a region's minutes whose head names the region, or a bare "Bidrag 2025 (tkr)" in
 * a body's table of the federations it belongs to; next year's column that year's budget). Every other column stays
 * unread (another member's contribution, a share, a cost per participant). The figures are the
 * report's year's, unless the header or its caption names another year. Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import type { Measure } from "../../reference/codes.ts";
import { readUnit, UNIT_FACTOR, UNKNOWN_UNIT } from "../../reference/units.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { ownFederation, namesFederation } from "./federationNames.ts";
import { cellUnder, gridLines, placedCells, type PlacedCell } from "./layoutGrid.ts";
import { awaitingRate } from "./reportedRates.ts";
import { unknownUnit, unreadNumber } from "../findings.ts";

const SECTION = "general:federation_rows";
/** The label column's title: the rows are federations, perhaps grouped by county ("Län / förbund"). */
const FEDERATION_TITLE =
  /^(?:(?:län|region)\s*\/\s*)?(?:(samordnings)?förbund(et|en)?|finsam(förbund)?)(?:\s*\/\s*(?:län|region)|\s+per\s+län)?$/i;
/** Whether a header's label column says its rows are federations ("Förbund   Deltagare   Kvinnor …"). */
export function titlesFederations(header: string): boolean {
  if (!OPENS_WITH_TITLE.test(header)) return false;
  const first = header.trim().split(/\s{2,}|\t|\s*\|\s*/)[0] ?? "";
  return FEDERATION_TITLE.test(first.trim());
}

/** The same, as a cheap search where the line opens. */
const OPENS_WITH_TITLE = /^\s*(?:(?:län|region)\s*\/\s*)?(?:(?:samordnings)?förbund|finsam)/i;
/**
 * The label column's title of a member's note on the joint bodies it belongs to ("Organisation",
 * "Organ", "Samägda organisationer", "Kommunalförbund och bolag"): bodies of every kind, one row
 * each; only the row naming the document's own federation is read, as in a table of federations.
 */
const BODIES_TITLE =
  /^(?:organisation(?:er)?|organ|samägda organisationer|samverkansorgan|kommunalförbund(?: och (?:bolag|organ))?|(?:bolag|förbund) och (?:förbund|bolag|organ))$/i;
const OPENS_WITH_BODIES = /^\s*(?:organ|samägda|samverkansorgan|kommunalförbund|bolag|förbund och)/i;
/**
 * The unit a lead paragraph right above a table declares for it ("… och anges i tusentals kronor
 * (tkr).", "Belopp i miljoner kronor."): a sentence saying the amounts are given in a unit, never an
 * amount's own unit in passing ("Regionen betalade 3,1 mnkr").
 */
const LEAD_UNIT =
  /(?:(?<!\p{L})belopp(?:en)?\s+(?:anges\s+|redovisas\s+)?i|(?:anges|redovisas|uttrycks)\s+i)\s+(tusentals kronor|miljoner kronor|tkr|mnkr|mkr|kronor)(?!\p{L})/iu;
/** "Statliga medel", "Statens bidrag, tkr": the state's contribution to each federation. */
const STATE_FEE =
  /^(statliga medel|statligt bidrag|statens (bidrag|medel|andel|medlemsbidrag)|staten(?:\s*\((?:fk|försäkringskassan)\s*(?:\+|och|&|,)\s*(?:af|arbetsförmedlingen)\))?(?:\s*,\s*\p{L}+)?$)/iu;
/** "Region", "Regionen (tkr)", "Regionens bidrag": the one region member's money, in a table of federations' financing. */
const REGION_FEE = /^(region|regionen|regionens (?:bidrag|medel|andel))(?:\s*,?\s*\(?(?:tkr|kr|kronor|mkr|mnkr)\)?)?$/i;
/** A ratio of two figures ("Eget kapital/intäkter"): never an amount. */
const RATIO = /\p{L}\s*\/\s*\p{L}/u;
/** Finance items a row per federation may give for the year. */
const FINANCE_ITEMS = new Set(["result", "equity_end", "revenue_operating", "cost_operating"]);
const YEAR = /\b(19|20)\d\d\b/g;

type ColumnMeaning =
  | { kind: "count"; measure: Measure }
  /** A work-or-studies column: a share where its cells say "%", else a count of the row's exits. */
  | { kind: "rate" }
  | { kind: "money"; item: string; factor: number }
  | { kind: "author"; factor: number }
  | { kind: "state"; factor: number }
  /** The one region's contribution to each federation ("Region", "Regionen, tkr"). */
  | { kind: "region"; factor: number }
  /** The women or the men among the row's participants: stored only where the two add up to them. */
  | { kind: "gender"; gender: "woman" | "man" }
  /** Exits to work or to studies, each: stored only where they fit in the row's exits. */
  | { kind: "destination"; category: "work" | "studies" }
  /** Money in a unit no reader knows ("hundratals kronor"): its cells are not read. */
  | { kind: "unknown_unit"; written: string }
  | undefined;

/** "Regionens bidrag, tkr", "Kommunens avgift (kr)": the fee of the body whose document this is. */
const AUTHOR_FEE =
  /^(?:(regionens|kommunens) (?:bidrag|avgift|medlemsavgift)|(?:bidrag|avgift|medlemsavgift) från (regionen|kommunen))\b/i;
/** The columns of a member's money to the federation. */
const FEE_KINDS = new Set(["author", "state", "region"]);
/** Whose fee an author's fee column names: "regionens" or "kommunens". */
const authorKind = (m: RegExpExecArray) => (m[1] ?? `${m[2]}s`).toLowerCase();
/**
 * "Bidrag 2025 (tkr)", "Medlemsavgift, kr": a fee column naming no payer, in a table of the
 * federations a body belongs to; the payer is the author the document's head names, or no one.
 */
const BARE_FEE =
  /^(?:medlems)?(?:bidrag|avgift)(?:\s+(?:19|20)\d\d)?\s*(?:,\s*)?(?:\(?(?:tkr|kr|kronor|mkr|mnkr|tusen kronor)\)?)?$/i;
/**
 * The document's head naming its author: "REGION VÄSTMARK", "Åby kommun", or the name before the
 * document's own title ("Lindmo kommun – Bokslut 2024", "SJÖBY KOMMUN | ÅRSREDOVISNING 2025").
 */
const AUTHOR_HEAD =
  /^(?:#{1,3} )?(region \p{L}+(?: \p{L}+)?|\p{L}+(?: \p{L}+)? kommun)(?:(?: ?[|–—:·-] ?|\s+)(?:årsredovisning|bokslut|årsbokslut|delårsrapport|verksamhetsberättelse|protokoll|protokollsutdrag)\b.*)?$/iu;

/** The author a document's first lines name, written as a name is ("REGION VÄSTMARK" → "Region Västmark"). */
export function authorOf(doc: DocumentText, kind: string): string | undefined {
  for (let n = 1; n <= Math.min(3, doc.lineCount); n++) {
    const t = doc.at(n);
    if (!AUTHOR_HEAD.test(t)) continue;
    const name = AUTHOR_HEAD.exec(t)![1]!
      .toLowerCase()
      .replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())
      .replace(/ Kommun$/, " kommun");
    return (kind === "regionens") === /^region /i.test(name) ? name : undefined;
  }
  return undefined;
}

/**
 * What a header cell names on its own, through the lexicon; undefined for anything else. Money
 * takes the cell's own unit, else the caption's (`captionUnit`: "Ekonomi per förbund 2024 (tkr)").
 */
function meaningOf(text: string, captionUnit: ReturnType<typeof readUnit>): ColumnMeaning {
  const own = readUnit(text);
  if (own?.unit === UNKNOWN_UNIT) return { kind: "unknown_unit", written: own.written };
  const unit = own ?? captionUnit;
  if (unit?.unit === UNKNOWN_UNIT) return own ? undefined : { kind: "unknown_unit", written: unit.written };
  if (AUTHOR_FEE.test(text) || BARE_FEE.test(text))
    return unit ? { kind: "author", factor: UNIT_FACTOR[unit.unit] } : undefined;
  if (STATE_FEE.test(text)) return unit ? { kind: "state", factor: UNIT_FACTOR[unit.unit] } : undefined;
  if (REGION_FEE.test(text) && !AUTHOR_FEE.test(text))
    return unit ? { kind: "region", factor: UNIT_FACTOR[unit.unit] } : undefined;
  const words = text
    .replace(/,?\s*\(?(tkr|kr|kronor|mkr|mnkr|tusen kronor|%)\)?\s*$/i, "")
    .replace(/^andel\s+(till\s+)?/i, "")
    .replace(YEAR, "")
    .trim();
  const c = bestConcept(words);
  if (!c || c.score !== 1) return undefined;
  if (c.concept.kind === "participants" && !own) return { kind: "count", measure: c.concept.code as Measure };
  if (c.concept.kind === "gender" && !own && (c.concept.code === "woman" || c.concept.code === "man"))
    return { kind: "gender", gender: c.concept.code };
  if (c.concept.kind === "exit" && !own && (c.concept.code === "work" || c.concept.code === "studies"))
    return { kind: "destination", category: c.concept.code };
  if (c.concept.kind === "exit" && c.concept.code === "work_or_studies" && !own) return { kind: "rate" };
  if (c.concept.kind === "finance" && unit && FINANCE_ITEMS.has(c.concept.code) && !RATIO.test(words))
    return { kind: "money", item: c.concept.code, factor: UNIT_FACTOR[unit.unit] };
  return undefined;
}

/**
 * The year a header cell is of: the one it names ("Eget kapital 2023"), else the report's; a
 * count is of the report's year only, and a later year (a budget, a plan) is never read.
 */
function columnYear(text: string, meaning: ColumnMeaning, reportYear: number): number | undefined {
  const named = [...text.matchAll(YEAR)].map((m) => Number(m[0]));
  if (named.length === 0) return reportYear;
  // The author's fee for the next year is the fee it has set: that year's budget.
  if (meaning?.kind === "author" && named.length === 1 && named[0] === reportYear + 1) return named[0];
  if (named.length > 1 || named[0]! > reportYear || named[0]! < reportYear - 1) return undefined;
  return named[0] === reportYear || meaning?.kind === "money" ? named[0] : undefined;
}

/**
 * The row's money, where its equity rolls: last year's equity + the year's result = this year's
 * ("Eget kapital 2023 | Årets resultat | Eget kapital 2024"). A row that gives all three and breaks
 * the sum stores none of them (one cell is misplaced or misread); a finding names the row.
 */
function rolledEquity<F extends FactInput & { item: string; amount_sek: number; year: number }>(
  money: F[],
  year: number,
  line: number,
  factor: number,
  findings: FindingInput[],
): F[] {
  const of = (item: string, y: number) => money.find((f) => f.item === item && f.year === y);
  const [before, result, after] = [of("equity_end", year - 1), of("result", year), of("equity_end", year)];
  if (!before || !result || !after) return money;
  // Each cell rounds to half its unit: the three roundings together bound the difference.
  const slack = 1.5 * factor;
  if (Math.abs(before.amount_sek + result.amount_sek - after.amount_sek) <= slack)
    return money.map((f) => ([before, result, after].includes(f) ? { ...f, confirmed_by: ["equity_roll"] } : f));
  findings.push(
    unreadNumber({
      subject: SECTION,
      line,
      value: before.text,
      message: `the federation's row in a table of federations: equity ${before.amount_sek} + result ${result.amount_sek} is not equity ${after.amount_sek}; none of the three stored`,
    }),
  );
  return money.filter((f) => ![before, result, after].includes(f));
}

/**
 * A header stacked over two lines ("Förbund   Kommunens   Omsättning   Årets      Kommunens" over
 * "andel, %                 resultat   bidrag 2025"): each lower cell joined under the one upper cell
 * it overlaps, an upper cell over no lower one a cell of its own. Undefined where the lower line is
 * no header's (a digit other than a year's, a lone cell) or a cell of either line overlaps two.
 */
function stackedHeader(upper: string, lower: string, titleBelow = false): PlacedCell[] | undefined {
  if (titleBelow ? !/^\s{2,}\p{L}/u.test(upper) : !/^\s{2,}\p{L}/u.test(lower)) return undefined;
  if (/\d/.test(lower.replace(/\b(?:19|20)\d\d\b/g, ""))) return undefined;
  const tops = placedCells(upper);
  const bottoms = placedCells(lower);
  if (bottoms.length < 2) return undefined;
  const overlaps = (a: PlacedCell, b: PlacedCell) => a.from < b.to && b.from < a.to;
  const merged = tops.map((t) => ({ ...t }));
  for (const [i, b] of bottoms.entries()) {
    const over = merged.filter((t) => overlaps(t, b));
    // The label column's title alone on the lower line ("" over "Organisation"): a cell of its own.
    if (titleBelow && i === 0 && over.length === 0 && b.to <= (tops[0]?.from ?? 0)) {
      merged.unshift({ ...b });
      continue;
    }
    if (over.length !== 1 || bottoms.filter((x) => overlaps(x, over[0]!)).length !== 1) return undefined;
    const t = over[0]!;
    // A word hyphenated over the two lines ("Omsätt-" over "ning") is one word.
    const text =
      /\p{L}-$/u.test(t.text) && /^\p{Ll}/u.test(b.text) ? `${t.text.slice(0, -1)}${b.text}` : `${t.text} ${b.text}`;
    [t.text, t.from, t.to] = [text, Math.min(t.from, b.from), Math.max(t.to, b.to)];
  }
  return merged;
}

/** The unit the paragraph right above a header declares for its amounts (a blank line between at most). */
function leadUnit(doc: DocumentText, header: number): ReturnType<typeof readUnit> {
  let n = header - 1;
  if (n >= 1 && doc.at(n) === "") n--;
  const lines: string[] = [];
  for (; n >= 1 && doc.at(n) !== "" && lines.length < 4; n--) lines.unshift(doc.at(n));
  const found = new Set<string>();
  let unit: ReturnType<typeof readUnit> = null;
  for (const sentence of lines.join(" ").split(/(?<=[.!?])\s+/)) {
    const m = LEAD_UNIT.exec(sentence);
    const u = m ? readUnit(m[1]!) : null;
    if (u && u.unit !== UNKNOWN_UNIT) {
      found.add(u.unit);
      unit = u;
    }
  }
  return found.size === 1 ? unit : null;
}

/**
 * The paragraph right above a header says its figures are of another year than the report's ("avser
 * organisationernas bokslut för 2022, det senast fastställda", "Uppgifterna avser föregående år"): the bodies'
 * last closed accounts, often a year before the member's own.
 */
function leadNamesOtherYear(doc: DocumentText, header: number): boolean {
  let n = header - 1;
  if (n >= 1 && doc.at(n) === "") n--;
  const lines: string[] = [];
  for (; n >= 1 && doc.at(n) !== "" && lines.length < 4; n--) lines.unshift(doc.at(n));
  const lead = lines.join(" ");
  const dating =
    /(?<!\p{L})(?:avser|bokslut|årsredovisning|räkenskapsår|uppgifter(?:na)?|beloppen|siffrorna)(?!\p{L})/iu;
  const relative =
    /(?<!\p{L})(?:föregående|förra|fjolårets?|närmast föregående)\s+(?:år|års|räkenskapsår)(?!\p{L})|senast(?:e)?\s+(?:fastställda|fastställt|kända|tillgängliga|avslutade)|fjolåret/iu;
  // A sentence on one row or column ("Raden under varje organ avser föregående år") dates no whole table.
  const part = /(?<!\p{L})(?:rad(?:en|erna)?|kolumn(?:en|erna)?)(?!\p{L})/iu;
  return lead
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !part.test(sentence))
    .some(
      (sentence) =>
        relative.test(sentence) ||
        (dating.test(sentence) && [...sentence.matchAll(YEAR)].some((m) => Number(m[0]) !== doc.periodYear)),
    );
}

/** A row's name wrapped onto the next line, set in ("Samordningsförbundet Västra" / "  Sjöbygd"): the whole name. */
function wrappedName(label: string, next: string): string {
  const cells = placedCells(next);
  return cells.length === 1 && /^\s{2,}\p{L}[\p{L} -]*$/u.test(next) ? `${label} ${cells[0]!.text}` : label;
}

export function parseFederationRows(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const awaiting: FactInput[] = [];
  const findings: FindingInput[] = [];
  const federationId = ownFederation(doc);
  const grid = gridLines(doc);
  for (let n = 1; n < doc.lineCount; n++) {
    const raw = grid[n - 1] ?? "";
    // Cheap first: the label column's title opens the line (or the line under it, the header stacked).
    const federations = OPENS_WITH_TITLE.test(raw);
    const titleBelow = !federations && /^\s{2,}\p{L}/u.test(raw) && OPENS_WITH_BODIES.test(grid[n] ?? "");
    if (!federations && !titleBelow && !OPENS_WITH_BODIES.test(raw)) continue;
    const stacked = stackedHeader(raw, grid[n] ?? "", titleBelow);
    if (titleBelow && !stacked) continue;
    const header = stacked ?? placedCells(raw);
    if (header.length < 3 || !(federations ? FEDERATION_TITLE : BODIES_TITLE).test(header[0]!.text)) continue;
    // A caption right above the header (a line that is no sentence, a blank line between them at
    // most) must name no other year; its unit is the unit of the money columns that state none of their own.
    const above = n > 2 && doc.at(n - 1) === "" ? n - 2 : n - 1;
    const caption = above >= 1 && doc.at(above) !== "" && !/[.!?]$/.test(doc.at(above)) ? doc.at(above) : "";
    if ([...caption.matchAll(YEAR)].some((m) => Number(m[0]) !== doc.periodYear)) continue;
    const captionUnit = (caption === "" ? null : readUnit(caption)) ?? leadUnit(doc, n);
    // A lead dating the figures to another year leaves unread every column that names no year of its own.
    const otherYear = leadNamesOtherYear(doc, n);
    const meanings = header.map((h, i) => {
      if (i === 0) return undefined;
      const meaning = meaningOf(h.text, captionUnit);
      // A member's note on its bodies: the author's fee only where the column names the author
      // ("Kommunens bidrag 2025", "Bidrag från regionen"); a bare "Avgift 2025" may be paid either way.
      if (!federations && meaning && FEE_KINDS.has(meaning.kind) && !AUTHOR_FEE.test(h.text)) return undefined;
      if (otherYear && [...h.text.matchAll(YEAR)].length === 0) return undefined;
      const year = columnYear(h.text, meaning, doc.periodYear);
      return meaning && year !== undefined ? { ...meaning, year } : undefined;
    });
    if (!meanings.some(Boolean)) continue;
    const firstRow = n + (stacked ? 2 : 1);
    for (let r = firstRow; r <= doc.lineCount; r++) {
      // A rule under the header ("-----------") is no row.
      if (r === firstRow && /^[\s=_-]*-[\s=_-]*$/.test(grid[r - 1] ?? "")) continue;
      const cells = placedCells(grid[r - 1] ?? "");
      // A county's name alone on its line heads the federations under it ("Hjortmarks län").
      if (cells.length === 1 && /^\p{L}[\p{L} -]*$/u.test(cells[0]!.text)) continue;
      if (cells.length < 2 || !/\p{L}/u.test(cells[0]!.text)) break;
      if (
        !namesFederation(cells[0]!.text, federationId) &&
        !namesFederation(wrappedName(cells[0]!.text, grid[r] ?? ""), federationId)
      )
        continue;
      const text = doc.at(r);
      const placed = cells.slice(1).map((c) => ({ c, at: cellUnder(header, c) }));
      if (
        placed.some((p) => p.at === undefined || p.at === 0) ||
        new Set(placed.map((p) => p.at)).size !== placed.length
      ) {
        findings.push(
          unreadNumber({
            subject: SECTION,
            line: r,
            value: text,
            message:
              "the federation's row in a table of federations: its cells do not stand under the header's; not stored",
          }),
        );
        break;
      }
      const money: (FactInput & { table: "finance"; amount_sek: number; item: string })[] = [];
      const destinations: { value: number; line: number; text: string; label: string }[] = [];
      const parts: RowPart[] = [];
      for (const { c, at } of placed) {
        const meaning = meanings[at!];
        if (!meaning) continue;
        const cell = c.text.replace(/\u2212/g, "-");
        if (meaning.kind === "unknown_unit") {
          const what = `the federation's row in a table of federations, column "${header[at!]!.text}"`;
          findings.push(unknownUnit(SECTION, r, meaning.written, what));
          continue;
        }
        // A rate's cells carry "%", or its header does ("Andel arb./stud. %") and each cell is a decimal share.
        const percentHeader = /(?:^|\s|\()%\)?$/.test(header[at!]!.text);
        const m =
          meaning.kind === "rate"
            ? (/^(\d{1,3}(?:,\d)?)\s?%$/.exec(cell) ?? (percentHeader ? /^(\d{1,2}(?:,\d)?)$/.exec(cell) : null))
            : null;
        if (m) {
          awaiting.push(
            awaitingRate({
              year: doc.periodYear,
              scope: "federation",
              indicator: "work_or_studies_rate_reported",
              value: Number(m[1]!.replace(",", ".")),
              note: "andel till arbete eller studier, as the federation's row of a table of federations reports it",
              line: r,
              text,
              section: SECTION,
            }),
          );
          continue;
        }
        const value = parseSwedishNumber(cell);
        if (value === null) continue;
        if (meaning.kind === "rate") {
          destinations.push({ value, line: r, text, label: `${cells[0]!.text}: ${header[at!]!.text}` });
          continue;
        }
        if (meaning.kind === "gender" || meaning.kind === "destination") {
          if (Number.isInteger(value) && value >= 0)
            parts.push({ meaning, value, label: `${cells[0]!.text}: ${header[at!]!.text}` });
          continue;
        }
        if (meaning.kind === "region") {
          if (value > 0)
            facts.push({
              table: "member_contribution",
              year: meaning.year,
              basis: meaning.year > doc.periodYear ? "budget" : "actual",
              member: "Regionen",
              amount_sek: Math.round(value * meaning.factor),
              line: r,
              text,
              section: SECTION,
              approximate: false,
            });
          continue;
        }
        if (meaning.kind === "author" || meaning.kind === "state") {
          // The author's fee to the federation: only where the document's head names the author.
          const fee = AUTHOR_FEE.exec(header[at!]!.text);
          const named = fee ? authorKind(fee) : undefined;
          const author =
            meaning.kind === "state"
              ? "Staten"
              : named
                ? authorOf(doc, named)
                : (authorOf(doc, "regionens") ?? authorOf(doc, "kommunens"));
          if (author && value > 0)
            facts.push({
              table: "member_contribution",
              year: meaning.year,
              basis: meaning.year > doc.periodYear ? "budget" : "actual",
              member: author,
              amount_sek: Math.round(value * meaning.factor),
              line: r,
              text,
              section: SECTION,
              approximate: false,
            });
        } else if (meaning.kind === "count") {
          if (!Number.isInteger(value) || value < 0) continue;
          facts.push({
            table: "participant_count",
            intervention: null,
            year: meaning.year,
            measure: meaning.measure,
            gender: "all",
            value,
            line: r,
            text,
            section: SECTION,
            approximate: false,
          });
        } else
          money.push({
            table: "finance",
            year: meaning.year,
            basis: "actual",
            item: meaning.item,
            amount_sek: Math.round(value * meaning.factor),
            value: null,
            source_label: `${cells[0]!.text}: ${header[at!]!.text}`,
            line: r,
            text,
            section: SECTION,
            approximate: false,
          });
      }
      // "Därav till arbete/studier" as a count: a part of the row's exits, never more than they.
      const exits = facts.find((f) => f.line === r && f.table === "participant_count" && f.measure === "exited");
      for (const d of destinations)
        if (exits && Number.isInteger(d.value) && d.value >= 0 && d.value <= (exits as { value: number }).value)
          facts.push({
            table: "participant_breakdown",
            intervention: null,
            year: doc.periodYear,
            population: "exited",
            dimension: "exit_outcome",
            category: "work_or_studies",
            value: d.value,
            source_label: d.label,
            line: d.line,
            text: d.text,
            section: SECTION,
            approximate: false,
          });
      facts.push(...rowParts(parts, facts, r, text, doc.periodYear));
      const factor = Math.max(1, ...meanings.map((m) => (m?.kind === "money" ? m.factor : 1)));
      facts.push(...rolledEquity(money, doc.periodYear, r, factor, findings));
      break;
    }
  }
  return { facts, findings, awaiting, coverage: [] };
}

/** A participant count of the federation's row read above: enrolled or exited, all genders. */
const countOf = (facts: readonly FactInput[], line: number, measure: string): number | undefined => {
  const f = facts.find(
    (g) => g.line === line && g.table === "participant_count" && g.measure === measure && g.gender === "all",
  );
  return f ? (f as { value: number }).value : undefined;
};

/**
 * The row's women and men, where both are given and add up to its participants; its exits to
 * work and to studies, where together they are no more than its exits. A gap ("..") or a sum that
 * is off stores none of them.
 */
type RowPart = { meaning: Extract<ColumnMeaning, { kind: "gender" | "destination" }>; value: number; label: string };

function rowParts(
  parts: readonly RowPart[],
  facts: readonly FactInput[],
  line: number,
  text: string,
  year: number,
): FactInput[] {
  const out: FactInput[] = [];
  const genders = parts.filter((p) => p.meaning.kind === "gender");
  const enrolled = countOf(facts, line, "enrolled");
  const women = genders.find((p) => p.meaning.kind === "gender" && p.meaning.gender === "woman");
  const men = genders.find((p) => p.meaning.kind === "gender" && p.meaning.gender === "man");
  if (genders.length === 2 && women && men && enrolled !== undefined && women.value + men.value === enrolled)
    for (const p of [women, men])
      out.push({
        table: "participant_count",
        intervention: null,
        year,
        measure: "enrolled",
        gender: (p.meaning as { gender: "woman" | "man" }).gender,
        value: p.value,
        line,
        text,
        section: SECTION,
        approximate: false,
      });
  const dests = parts.filter((p) => p.meaning.kind === "destination");
  const exited = countOf(facts, line, "exited");
  const categories = new Set(dests.map((p) => (p.meaning as { category: string }).category));
  if (
    dests.length > 0 &&
    categories.size === dests.length &&
    exited !== undefined &&
    dests.reduce((sum, p) => sum + p.value, 0) <= exited
  )
    for (const p of dests)
      out.push({
        table: "participant_breakdown",
        intervention: null,
        year,
        population: "exited",
        dimension: "exit_outcome",
        category: (p.meaning as { category: "work" | "studies" }).category,
        value: p.value,
        source_label: p.label,
        line,
        text,
        section: SECTION,
        approximate: false,
      });
  return out;
}
