/**
 * A table with one row per federation ("Förbund  Inskrivna  Avslutade  Arbete/studier  Resultat,
 * tkr  Eget kapital, tkr"), as a region or a county's follow-up of all its federations sets it
 * out: only the row naming the document's own federation is read (`federationNames.ts`), never
 * another's. Cells are placed under the header cell they stand beneath; a column is read only
 * when the lexicon names it on its own: a count of participants, a work-or-studies rate (its
 * cells written with "%", waiting for the row's exits as its base), or the year's result or
 * equity with the unit its header cell states, or the fee of the document's author ("Regionens
 * bidrag, tkr" in a region's minutes whose head names the region). Every other column stays
 * unread (another member's contribution, a share, a cost per participant). The figures are the
 * report's year's, unless the header or its caption names another year. Pure.
 */
import { bestConcept } from "../../reference/concepts.ts";
import type { Measure } from "../../reference/codes.ts";
import { readUnit, UNIT_FACTOR } from "../../reference/units.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { federationOfDocument, namesFederation } from "./federationNames.ts";
import { cellUnder, gridLines, placedCells } from "./layoutGrid.ts";
import { awaitingRate } from "./reportedRates.ts";
import { unreadNumber } from "../findings.ts";

const SECTION = "general:federation_rows";
/** The label column's title: the rows are federations. */
const FEDERATION_TITLE = /^(samordnings)?förbund(et|en)?$|^finsam(förbund)?$/i;
/** Finance items a row per federation may give for the year. */
const FINANCE_ITEMS = new Set(["result", "equity_end", "revenue_operating", "cost_operating"]);
const YEAR = /\b(19|20)\d\d\b/g;

type ColumnMeaning =
  | { kind: "count"; measure: Measure }
  | { kind: "rate" }
  | { kind: "money"; item: string; factor: number }
  | { kind: "author"; factor: number }
  | undefined;

/** "Regionens bidrag, tkr", "Kommunens avgift (kr)": the fee of the body whose document this is. */
const AUTHOR_FEE = /^(regionens|kommunens) (bidrag|avgift|medlemsavgift)\b/i;
/** The document's head naming its author: "REGION VÄSTMARK", "Åby kommun". */
const AUTHOR_HEAD = /^(region \p{L}+(?: \p{L}+)?|\p{L}+(?: \p{L}+)? kommun)$/iu;

/** The author a document's first lines name, written as a name is ("REGION VÄSTMARK" → "Region Västmark"). */
function authorOf(doc: DocumentText, kind: string): string | undefined {
  for (let n = 1; n <= Math.min(3, doc.lineCount); n++) {
    const t = doc.at(n);
    if (!AUTHOR_HEAD.test(t)) continue;
    const name = t
      .toLowerCase()
      .replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())
      .replace(/ Kommun$/, " kommun");
    return (kind === "regionens") === /^region /i.test(name) ? name : undefined;
  }
  return undefined;
}

/** What a header cell names on its own, through the lexicon; undefined for anything else. */
function meaningOf(text: string): ColumnMeaning {
  const unit = readUnit(text);
  if (AUTHOR_FEE.test(text)) return unit ? { kind: "author", factor: UNIT_FACTOR[unit.unit] } : undefined;
  const words = text
    .replace(/,?\s*\(?(tkr|kr|kronor|mkr|mnkr|tusen kronor|%)\)?\s*$/i, "")
    .replace(/^andel\s+(till\s+)?/i, "")
    .trim();
  const c = bestConcept(words);
  if (!c || c.score !== 1) return undefined;
  if (c.concept.kind === "participants" && !unit) return { kind: "count", measure: c.concept.code as Measure };
  if (c.concept.kind === "exit" && c.concept.code === "work_or_studies" && !unit) return { kind: "rate" };
  if (c.concept.kind === "finance" && unit && FINANCE_ITEMS.has(c.concept.code))
    return { kind: "money", item: c.concept.code, factor: UNIT_FACTOR[unit.unit] };
  return undefined;
}

export function parseFederationRows(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const awaiting: FactInput[] = [];
  const findings: FindingInput[] = [];
  const federationId = federationOfDocument(doc.documentId);
  const grid = gridLines(doc);
  for (let n = 1; n < doc.lineCount; n++) {
    const raw = grid[n - 1] ?? "";
    // Cheap first: the label column's title opens the line.
    if (!/^\s*(samordnings)?förbund|^\s*finsam/i.test(raw)) continue;
    const header = placedCells(raw);
    if (header.length < 3 || !FEDERATION_TITLE.test(header[0]!.text)) continue;
    const meanings = header.map((h, i) => (i === 0 ? undefined : meaningOf(h.text)));
    if (!meanings.some(Boolean)) continue;
    // The header and a caption right above it (a line that is no sentence) must name no other year.
    const caption = n > 1 && doc.at(n - 1) !== "" && !/[.!?]$/.test(doc.at(n - 1)) ? doc.at(n - 1) : "";
    const years = [...`${caption} ${doc.at(n)}`.matchAll(YEAR)].map((m) => Number(m[0]));
    if (years.some((y) => y !== doc.periodYear)) continue;
    for (let r = n + 1; r <= doc.lineCount; r++) {
      const cells = placedCells(grid[r - 1] ?? "");
      if (cells.length < 2 || !/\p{L}/u.test(cells[0]!.text)) break;
      if (!namesFederation(cells[0]!.text, federationId)) continue;
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
      for (const { c, at } of placed) {
        const meaning = meanings[at!];
        if (!meaning) continue;
        const cell = c.text.replace(/\u2212/g, "-");
        if (meaning.kind === "rate") {
          const m = /^(\d{1,3}(?:,\d)?)\s?%$/.exec(cell);
          if (m)
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
        if (meaning.kind === "author") {
          // The author's fee to the federation: only where the document's head names the author.
          const author = authorOf(doc, AUTHOR_FEE.exec(header[at!]!.text)![1]!.toLowerCase());
          if (author && value > 0)
            facts.push({
              table: "member_contribution",
              year: doc.periodYear,
              basis: "actual",
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
            year: doc.periodYear,
            measure: meaning.measure,
            gender: "all",
            value,
            line: r,
            text,
            section: SECTION,
            approximate: false,
          });
        } else
          facts.push({
            table: "finance",
            year: doc.periodYear,
            basis: "actual",
            item: meaning.item,
            amount_sek: Math.round(value * meaning.factor),
            value: null,
            source_label: `${cells[0]!.text}: ${header[at!]!.text}`,
            line: r,
            text,
            section: SECTION,
            approximate: false,
          } as FactInput);
      }
      break;
    }
  }
  return { facts, findings, awaiting, coverage: [] };
}
