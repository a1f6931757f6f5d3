/**
 * Member contributions, read generally: rows whose label is a member as written ("X kommun",
 * "Region Y", "Försäkringskassan", "Staten (FK och AF)", "Driftbidrag från X kommun") in a
 * note or a table headed "Medlemsavgifter", "Bidrag från medlemmar", "Intäkter per medlem";
 * and sentences of running text (`contributionSentences.ts`). The member is kept
 * as written; normalisation resolves it through the registry (and the `<id>/state`
 * pseudo-member for the joint state grant). Year and basis come from the column header.
 */
import type { Coverage, FactInput, FindingInput } from "../../schema/facts.ts";
import { clean, type DocumentText, type ParseOutput } from "../documentText.ts";
import { PAGE_MARK } from "./pageFurniture.ts";
import { rememberByText } from "../textMemo.ts";
import { contributionSentences } from "./contributionSentences.ts";
import type { StatementBlock } from "./statementBlocks.ts";
import { readContributionText, readPairedFeeLists } from "./contributionLists.ts";
import { memberFeeLists } from "./memberFeeLists.ts";
import { speaksOfRepayment } from "./repayments.ts";
import { memberAmountLists, namesAnotherFederation } from "./memberAmountLists.ts";
import { cellsRead, noteTitles, numbersOf, readTable, type RawTable, type TableRow } from "./statementRows.ts";
import { parseColumnHeader } from "./columnHeaders.ts";
import { isPlanDocument } from "./parseProseFinance.ts";
import { headingNotTheYear } from "./headingPeriod.ts";
import { documentUnitOf } from "./decideUnits.ts";
import { ownFederation, namesFederation, type OwnFederation } from "./federationNames.ts";
import { statementItem } from "../../reference/statementLabels.ts";
import {
  decimalsOfValue,
  implausibleIn,
  totalTooSmallForKronor,
  readUnit,
  scaleAmount,
  UNKNOWN_UNIT,
  type StatementUnit,
  type UnitReading,
} from "../../reference/units.ts";
import { unknownUnit, unreadNumber } from "../findings.ts";

const SECTION = "general:member_contributions";

/**
 * Whether the sentence a list's line stands in speaks of paying money back to the members: the line
 * itself, and the lines before it that the sentence runs on from (no stop at their end, no blank line),
 * or, for a list of amount lines, the lead that introduces it.
 */
function repaidToMembers(doc: DocumentText, line: number): boolean {
  if (speaksOfRepayment(doc.at(line))) return true;
  for (let n = line - 1; n >= Math.max(1, line - 4); n--) {
    const before = doc.at(n).trim();
    if (before === "" || /[.!?]$/.test(before)) break;
    if (speaksOfRepayment(before)) return true;
  }
  // A list of amount lines under its lead ("Återbetalningen fördelas enligt finansieringsandelarna:"): the
  // list's lines above, one blank line at most, then the lead's sentence up to its colon.
  let n = line - 1;
  while (n >= 1 && /\d/.test(doc.at(n)) && !/[.!?:]$/.test(doc.at(n).trim()) && line - n < 12) n--;
  if (n >= 1 && doc.at(n).trim() === "") n--;
  if (n < 1 || !/:$/.test(doc.at(n).trim())) return false;
  for (let k = n; k >= Math.max(1, n - 3); k--) {
    const t = doc.at(k).trim();
    if (t === "") break;
    // The lead's own sentence: up to the stop that ends the sentence before it.
    const own = k === n ? t : t.slice(t.search(/[.!?]\s+\S[^.!?]*$/) + 1);
    if (speaksOfRepayment(own)) return true;
    if (k !== n && /[.!?]/.test(t)) break;
  }
  return false;
}
/** A table's total row: "Summa", "Totalt", a pivot's "Totalsumma". */
export const TOTAL_ROW = /^(summa|totalsumma|totalt?)\b/i;

/** "Driftbidrag från X", "Medlemsavgift från X", "Medlemsavgift X", "Bidrag från X", "Bidrag X" (an account's name): the member is X. */
const PREFIX =
  /^(?:(?:(?:drift|medlems|verksamhets)?bidrag|medlemsavgift(?:er)?|tilldelning|tilldelade medel|medel|avgift|finansiering)\s+från\s*|(?:medlemsavgift(?:er)?|medlemsbidrag|bidrag)\s+)/i;

const MEMBER = [
  /^staten$/i,
  /^staten\s*\((fk|försäkringskassan)\s*(och|&|\/|,|\+)\s*(af|arbetsförmedlingen)\)$/i,
  /^staten\s*\((af|arbetsförmedlingen)\s*(och|&|\/|,|\+)\s*(fk|försäkringskassan)\)$/i,
  /^(försäkringskassan|fk)\s*(och|&|\/)\s*(arbetsförmedlingen|af)$/i,
  /^(arbetsförmedlingen|af)\s*(och|&|\/)\s*(försäkringskassan|fk)$/i,
  /^försäkringskassan$/i,
  /^arbetsförmedlingen$/i,
  /^region\s+[a-zåäö][\wåäöé-]*(\s+län)?$/i,
  /^landstinget\s+(i\s+)?[a-zåäö][\wåäöé-]*(\s+län)?$/i,
  /^[a-zåäö][\wåäöé-]*\s+läns\s+landsting$/i,
  /^[a-zåäö][\wåäöé-]*(\s+[a-zåäö][\wåäöé-]*)?\s+kommun$/i,
];

/**
 * The member a row label names, as written, or null. Remembered per label: every members' reader
 * asks it of each name-like run of a line or sentence (a list's reader of up to seven per amount).
 */
export function memberOf(label: string): string | null {
  return memberNamed(label);
}

const memberNamed = rememberByText(readMember);

function readMember(label: string): string | null {
  const t = clean(label)
    .replace(/[:*]+$/, "")
    .replace(/\s*\(?\bnot\s*\d+\)?$/i, "")
    .trim();
  let stripped = t.replace(PREFIX, "").trim();
  // "Statligt bidrag (Försäkringskassan och Arbetsförmedlingen)", "Statlig medlemsavgift (FK och
  // AF)", "Statlig medelstilldelning (FK och AF)": the member is in the brackets;
  // "Försäkringskassan och Arbetsförmedlingen (staten)", "… (statens andel)": the bracket only says what it is.
  const inner =
    /^(?:statligt bidrag|statliga medel|bidrag från staten|statens bidrag|statlig[at]? (?:medels)?tilldelning|(?:statlig[at]?|statens) medlems(?:avgift|bidrag)(?:er)?)\s*\((.+)\)$/i.exec(
      stripped,
    )?.[1];
  if (inner) stripped = inner.trim();
  // "Försäkringskassan (för staten)": the agency pays the state's part; the bracket says whose it is.
  stripped = stripped.replace(/\s*\((?:för )?(staten|statlig[at]?|stat)\)$/i, "");
  // "Försäkringskassan (statens andel)", "… (statlig andel)": the state's part, paid through the agency; the member is the state.
  // "Försäkringskassan och Arbetsförmedlingen (statens andel)": the two agencies, which name the state.
  // A region or a municipality so marked is no one's (the mark contradicts the name).
  stripped = stripped
    .replace(/^(?:försäkringskassan|fk|arbetsförmedlingen|af)\s*\((?:statens|statlig) (?:andel|del)\)$/i, "Staten")
    .replace(
      /^((?:försäkringskassan|fk|arbetsförmedlingen|af)\s*(?:och|&|,|\/)\s*(?:försäkringskassan|fk|arbetsförmedlingen|af))\s*\((?:statens|statlig) (?:andel|del)\)$/i,
      "$1",
    );
  // "Försäkringskassan och Arbetsförmedlingen gemensamt", "FK och AF tillsammans": the two agencies' one joint
  // share, the state's; a single agency or any other member so marked is left as written.
  stripped = stripped.replace(
    /^((?:försäkringskassan|fk|arbetsförmedlingen|af)\s*(?:och|&|\/)\s*(?:försäkringskassan|fk|arbetsförmedlingen|af))\s+(?:gemensamt|tillsammans)$/i,
    "$1",
  );
  // "Staten via Försäkringskassan": the state's contribution, paid through the agency; the member is the state.
  stripped = stripped.replace(
    /^(staten)\s+(?:via|genom)\s+(?:försäkringskassan|fk)(?:\s*(?:och|&|\/)\s*(?:arbetsförmedlingen|af))?$/i,
    "$1",
  );
  // "Staten (Försäkringskassan, Arbetsförmedlingen)", "Staten (FK + AF)": a comma or a plus lists the two agencies as "och" does.
  stripped = stripped.replace(
    /^(staten\s*\((?:fk|försäkringskassan|af|arbetsförmedlingen))\s*[,+]\s*((?:fk|försäkringskassan|af|arbetsförmedlingen)\))$/i,
    "$1 och $2",
  );
  // "Statens tilldelning", "Statens medlemsavgift": the state's share named by what it is.
  stripped = stripped.replace(
    /^statens (?:medels)?(?:tilldelning|medlemsavgift|medlemsbidrag|bidrag|andel)$/i,
    "Staten",
  );
  if (/^(summa|total|övrig)/i.test(stripped)) return null;
  return MEMBER.some((re) => re.test(stripped)) ? stripped : null;
}

/**
 * A member's name wrapped over two lines in a note ("Staten (Försäkringskassan och" /
 * "Arbetsförmedlingen)   4 800 000"): the line above has no number and the name is unfinished
 * across the break (the row's label starts in lower case or closes a bracket it did not open, or
 * the line above ends on "och", "samt", "&", "," or an open bracket), or the numbers stand on
 * the first line and the rest of the name under it. The member is the two joined, and only if
 * they name one.
 */
export function memberOfWrapped(doc: DocumentText, row: { label: string; line: number }): string | null {
  const label = clean(row.label);
  const above = row.line >= 2 ? clean(doc.at(row.line - 1)) : "";
  if (above !== "" && !/\d/.test(above)) {
    const unfinished =
      /^\p{Ll}/u.test(label) ||
      (label.includes(")") && !label.includes("(")) ||
      /(\s(och|samt)|[&,/(])$/i.test(above) ||
      (above.includes("(") && !above.includes(")"));
    if (unfinished) return memberOf(`${above} ${label}`);
  }
  // The numbers on the name's first line, the rest under it ("Staten (Försäkringskassan och
  // 6 300 000" / "Arbetsförmedlingen)"): the row's label is unfinished, the line below has no number.
  const below = row.line < doc.lineCount ? clean(doc.at(row.line + 1)) : "";
  if (below === "" || /\d/.test(below)) return null;
  const open = /(\s(och|samt)|[&,/(])$/i.test(label) || (label.includes("(") && !label.includes(")"));
  return open ? memberOf(`${label} ${below}`) : null;
}

export function isMemberLabel(label: string): boolean {
  return memberOf(label) !== null;
}

/** Notes whose member rows are contributions: revenue, member fees, grants received. */
const REVENUE_NOTE = /^(?!.*(kostnad|skuld|fordring)).*(intäkt|medlem|bidrag|avgift|finansiering|tilldelning|medel)/i;

/** A note whose every row is a member's ("Not 1 Medlemsbidrag", "Not 2 Medlemsavgifter"). */
const MEMBER_NOTE = /^(medlemsbidrag|medlemsavgifter|bidrag från medlemmar(na)?|finansiering från medlemmar(na)?)$/i;

/**
 * In a table of members' contributions, a row named by a place alone ("Mobo", "Norra Ekby") is
 * that member; a total, a finance line or "Övriga" is not. The registry resolves the name.
 */
export function bareMemberName(label: string): string | null {
  const t = clean(label).replace(/[:*]+$/, "");
  if (!/^\p{Lu}[\p{L}-]+( \p{Lu}[\p{L}-]+)?$/u.test(t)) return null;
  if (/^(summa|totalsumma|totalt?|övrig[at]?|varav|intäkter|kostnader|medlemsbidrag|bidrag)$/i.test(t)) return null;
  return statementItem(t, "notes") ? null : t;
}

/**
 * A revenue note whose every row above its total is a member, by name ("Region Norrå", "Åby
 * kommun") or by a place alone ("Mosund"), and whose rows add up to that total in every column:
 * the places are members too. Any other row, or a sum that is off, and a place stays unread.
 */
function membersAddUp(t: RawTable, unit: StatementUnit | null): boolean {
  if (t.block.kind !== "notes") return false;
  const totalAt = t.rows.findIndex((r) => TOTAL_ROW.test(clean(r.label)));
  if (totalAt < 2) return false;
  const rows = t.rows.slice(0, totalAt);
  if (!rows.every((r) => memberOf(r.label) !== null || bareMemberName(r.label) !== null)) return false;
  if (!rows.some((r) => memberOf(r.label) !== null)) return false;
  const total = t.rows[totalAt]!;
  return rowsAddUp(rows, total, unit, total.values.keys());
}

/**
 * Whether the rows add up to the total row in each of the given columns. Rounded to whole tkr,
 * each row and the total may be off by half a unit.
 */
function rowsAddUp(
  rows: readonly TableRow[],
  total: TableRow,
  unit: StatementUnit | null,
  columns: Iterable<number>,
): boolean {
  const allowed = unit === "kr" ? 0.5 : (rows.length + 1) / 2;
  return [...columns].every((k) => {
    const v = total.values[k];
    const cells = rows.map((r) => r.values[k]);
    return (
      v !== null &&
      v !== undefined &&
      Number.isFinite(v) &&
      cells.every((c) => c !== null && c !== undefined && Number.isFinite(c)) &&
      Math.abs(cells.reduce<number>((a, c) => a + c!, 0) - v) <= allowed
    );
  });
}

/**
 * Rows whose share ("Andel", "%") disagrees with their amount over the table's total row: one of
 * the two is misread, so the row is not stored. Where only some rows give a share and those
 * shares add up to 100 (the municipalities' split of their part), a share may instead be of
 * those rows' sum. A share agrees within its rounding (13 % is
 * 12,5–13,5 % of the total; 7,5 % is 7,45–7,55 %). Checked only where the table has one amount
 * column and a total row; a share is never an amount itself (the table reader keeps it apart).
 */
export function sharesDisagree(t: RawTable): Map<number, string> {
  const out = new Map<number, string>();
  const total = t.rows.find((r) => TOTAL_ROW.test(clean(r.label)));
  const amounts = t.header.valueColumns.flatMap((c, k) => (c.kind === "amount" ? [k] : []));
  if (!total || amounts.length !== 1) return out;
  const whole = total.values[amounts[0]!];
  if (whole === null || whole === undefined || whole === 0) return out;
  const amountOf = (r: RawTable["rows"][number]) => r.values[amounts[0]!];
  // Shares given for some rows only, adding up to 100 among them ("Andel av kommunernas del"):
  // each is a share of those rows' sum.
  // An empty cell is null, or NaN where the row was placed by position.
  const given = (x: number | null): x is number => x !== null && Number.isFinite(x);
  const shared = t.rows.filter((r) => r !== total && (r.shares ?? []).some(given));
  const sharesSum = shared.reduce((a, r) => a + (r.shares!.find(given) ?? 0), 0);
  const amongThem =
    shared.length > 1 && shared.length < t.rows.length - 1 && Math.abs(sharesSum - 100) <= 0.5 * shared.length
      ? shared.reduce((a, r) => a + (amountOf(r) ?? NaN), 0)
      : NaN;
  for (const r of t.rows) {
    const v = amountOf(r);
    if (r === total || v === null || v === undefined) continue;
    for (const share of r.shares ?? []) {
      if (!given(share)) continue;
      const decimals = (String(share).split(".")[1] ?? "").length;
      const agrees = (base: number) => Math.abs((v / base) * 100 - share) <= 0.5 * 10 ** -decimals + 1e-9;
      if (!agrees(whole) && !(amongThem > 0 && agrees(amongThem)))
        out.set(r.line, `its share ${share} % is not its amount over the total (${((v / whole) * 100).toFixed(1)} %)`);
    }
  }
  return out;
}

/**
 * A column's basis: a year after the document's own is a budget, never an outcome ("Avgift 2025"
 * in 2024); in a plan ("Verksamhetsplan 2025 med budget") the fees of its year and later are
 * planned, not paid.
 */
function basisIn(
  doc: DocumentText,
  c: { year: number; basis: "actual" | "budget"; written?: string },
): "actual" | "budget" {
  if (c.basis !== "actual") return c.basis;
  // A column its header calls the outcome ("2025 (utfall)", "Bokslut 2025") was paid, in a plan too.
  if (c.year <= doc.periodYear && OUTCOME_WORD.test(c.written ?? "")) return "actual";
  return c.year > doc.periodYear || (c.year === doc.periodYear && isPlanDocument(doc)) ? "budget" : "actual";
}

const OUTCOME_WORD = /(?<!\p{L})(?:utfall|bokslut|redovisat)(?!\p{L})/iu;

/** A ruled line under a column of figures: "—————", "-------", "_____", "=====". */
const RULE = /^[\s—–\-_=─━]{3,}$/;

/**
 * The total of a member table outside the notes, as the members' revenue of each column: its
 * "Summa"/"Totalt" row, or a row of figures with no label right under a ruled line. The sum of
 * the members' rows is checked against it (identities.ts `contributions_sum`).
 */
function memberTableTotal(doc: DocumentText, t: RawTable, unit: StatementUnit): FactInput[] {
  const total = t.rows.find(
    (r) =>
      TOTAL_ROW.test(clean(r.label)) ||
      // The ruled line may be read as the row's label, as a label split over two lines is.
      RULE.test(r.label) ||
      (r.label === "" && RULE.test(doc.at(r.line - 1))),
  );
  if (!total) return [];
  return t.header.valueColumns.flatMap((c, k) => {
    const v = total.values[k];
    if (c.kind !== "amount" || v === null || v === undefined) return [];
    return [
      {
        table: "finance" as const,
        year: c.year,
        basis: basisIn(doc, c),
        item: "member_revenue",
        amount_sek: scaleAmount(v, unit, decimalsOfValue(v)).sek,
        value: null,
        source_label: RULE.test(total.label) || total.label === "" ? "Summa" : total.label,
        line: total.line,
        text: total.text,
        section: SECTION,
        approximate: false,
      },
    ];
  });
}

/**
 * "till Samordningsförbundet X 2024 (tkr)", "till förbundet 2024" → "2024 (tkr)", "2024" when the
 * receiver is the document's federation; else as written.
 */
function withoutReceiver(rest: string, federation: OwnFederation): string {
  const t = rest.trim();
  // "förbundet" alone; "Samordningsförbundet X" names one, ours or another's (below).
  const own = /^(?:till|för)\s+(?:[Ss]amordningsförbundet|[Ff]örbundet)(?!\p{L})(?!\s+\p{Lu})(.*)$/u.exec(t);
  if (own) return own[1]!.trim();
  const m = /^(?:till|för)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(.*)$/u.exec(t);
  return m && namesFederation(m[1]!, federation) ? m[2]!.trim() : rest;
}

/** A table of member contributions outside the notes. */
const MEMBER_TABLE_HEADING =
  /^(?:§\s*\d{1,3}\s+)?(?:bilaga(?:\s+\d{1,2})?[.:]?\s+|(?:tabell|tab\.)\s*\d{1,2}(?:\.\d{1,2})*[.:]?\s+)?(?:\d{1,3}(?:\.\d{1,2})*\.?\s+)?(?:radetiketter\s+)?(?:förslag till\s+)?(medlemsavgifter|medlemsbidrag|bidrag från medlemmar(?:na)?|intäkter per medlem|medlemmarnas (?:bidrag|avgifter|tilldelning)|finansiering per medlem|finansiering från medlemmar(?:na)?|fördelning (?:av medel )?per medlem|fördelning av (?:medlems)?(?:bidrag|avgifter)(?:na)?)(?![a-zåäö])[\s,:.–-]*(.*)$/i;

/**
 * `appendices`: whether a fee table headed as an appendix ("Bilaga 1 Medlemsavgifter, kronor") is
 * read: in a report or statute it is the fees; minutes attach the fee plan they decide, whose year
 * of the meeting is paid or planned, unsure (the minutes' readers leave such tables alone).
 */
function memberTableBlocks(doc: DocumentText, appendices = true): StatementBlock[] {
  const out: StatementBlock[] = [];
  for (let n = 1; n <= doc.lineCount; n++) {
    // A Markdown heading ("### Medlemsavgifter 2025") is the heading without its marks.
    const m = MEMBER_TABLE_HEADING.exec(doc.at(n).replace(/^#{1,6}\s+/, ""));
    if (!m || (!appendices && /^bilaga/i.test(m[0]))) continue;
    // A table under another federation's name is that federation's.
    if (n > 1 && namesAnotherFederation(doc, doc.at(n - 1))) continue;
    let rest = withoutReceiver(m[2] ?? "", ownFederation(doc))
      .replace(PER_MEMBER, "")
      // "Medlemsbidrag 2025 och 2026": the years the table's own header names, no column header of its own.
      .replace(TWO_YEARS, "");
    if (/^[\s.…·_-]*\d{1,3}$|\.{4,}/.test(rest)) continue;
    const dated = yearAbove(doc, n);
    if (!/\b(19|20)\d\d\b/.test(rest) && dated !== undefined) rest = `${dated} ${rest}`.trim();
    // "Tabell 3. Medlemsbidrag" naming no year, in an appendix whose title names the report's year alone:
    // that year's, only where its rows split as Finsam's members pay (`finsamSplit`).
    const titled = appendices && dated === undefined && !/\b(19|20)\d\d\b/.test(rest) ? yearOfTitle(doc, n) : undefined;
    const untitled = rest;
    if (titled !== undefined) rest = `${titled} ${rest}`.trim();
    // A pivot's row labels' caption over its one column: the unit is its value field's, on the line above ("Summa av Belopp (kr)").
    const pivotUnit = /^radetiketter\s/i.test(doc.at(n)) && n > 1 ? readUnit(doc.at(n - 1)) : undefined;
    if (pivotUnit && !readUnit(rest)) rest = `${rest} (${pivotUnit.written})`;
    // A heading holds nothing but a unit or the column header ("Medlemsavgifter 6 100 5 900" is a
    // row), after the document's own federation as the receiver ("Medlemsbidrag till Norra
    // Ekdalen 2024 (tkr)"); contributions to another federation are not read.
    const bare = rest.replace(/[()]/g, " ").trim();
    if (
      bare !== "" &&
      !parseColumnHeader(bare) &&
      !(readUnit(bare) && !/\d/.test(bare.replace(/\b(19|20)\d\d\b/g, "")))
    )
      continue;
    // The table ends at the first blank run of two lines, at a page's or slide's number ("8/10",
    // "Sida 3 av 12"), or after 25 lines.
    let end = n;
    let blanks = 0;
    for (let k = n + 1; k <= Math.min(doc.lineCount, n + 25); k++) {
      if (PAGE_MARK.test(doc.at(k))) break;
      // Another table's numbered caption ("Tabell 2. Deltagare") after the rows opens that table.
      if (end > n + 1 && NUMBERED_CAPTION.test(doc.at(k))) break;
      if (doc.at(k) === "") {
        if (++blanks >= 2 && end > n + 1) break;
        continue;
      }
      blanks = 0;
      end = k;
    }
    const block: StatementBlock = { kind: "notes", section: SECTION, heading: n, end, rest };
    if (/^(?:\S*\s*|(?:tabell|tab\.|bilaga)\s*\d{0,2}[.:]?\s+)förslag till/i.test(m[0])) proposed.add(block);
    if (dated !== undefined && rest.startsWith(String(dated))) yearFromAbove.add(block);
    if (titled !== undefined) yearFromTitle.set(block, { ...block, rest: untitled });
    out.push(block);
  }
  return out;
}

/** A table's or figure's numbered caption: "Tabell 2. Deltagare", "Tab. 3:", "Figur 1". */
const NUMBERED_CAPTION = /^\s*(?:tabell|tab\.|figur|diagram)\s*\d{1,2}[.:]?\s/iu;

/** Two years joined by a word or a dash: the span of a heading over a table whose header names each. */
const TWO_YEARS = /^(?:19|20)\d\d\s*(?:och|samt|resp\.?|respektive|[–-])\s*(?:19|20)\d\d$/i;

/** "Medlemsbidrag per part (kr)": the words saying the rows are the members name no column. */
const PER_MEMBER =
  /^(?:per|fördelat på|fördelade på)\s+(?:part|parter|medlem|medlemmar|huvudman|huvudmän|finansiär|finansiärer)\b[\s,:.–-]*/i;

/** Member tables headed by a proposal ("Förslag till medlemsavgifter 2024"): their fees are planned, never paid. */
const proposed = new WeakSet<StatementBlock>();

/** Member tables whose year is the report's, from the heading above them: stored only where they add up. */
const yearFromAbove = new WeakSet<StatementBlock>();

/**
 * The report's year, where the line right above a table's heading names it and no other year nor
 * a budget or plan ("Bilaga 1 Ekonomiskt underlag 2024" over "Medlemsbidrag per part (kr)").
 */
function yearAbove(doc: DocumentText, heading: number): number | undefined {
  const above = heading > 1 ? doc.at(heading - 1) : "";
  const years = above.match(/\b(19|20)\d\d\b/g) ?? [];
  if (years.length !== 1 || Number(years[0]) !== doc.periodYear) return undefined;
  return /budget|plan|prognos|förslag|mål/i.test(above) ? undefined : doc.periodYear;
}

/** Member tables whose year is the report's from the document's title: stored only where their rows split as Finsam's. */
const yearFromTitle = new WeakMap<StatementBlock, StatementBlock>();

/**
 * The report's year, where the document's title (its opening lines up to the first blank one) names it
 * and no other year, nor a budget, a plan or minutes ("Bilaga 1 till årsredovisningen 2025: Nyckeltal"),
 * and no heading above the table names another year or a plan (`headingNotTheYear`).
 */
function yearOfTitle(doc: DocumentText, heading: number): number | undefined {
  const title: string[] = [];
  for (let n = 1; n <= doc.lineCount && n < heading && doc.at(n).trim() !== ""; n++) title.push(doc.at(n));
  const text = title.join(" ");
  const years = text.match(/\b(19|20)\d\d\b/g) ?? [];
  if (years.length !== 1 || Number(years[0]) !== doc.periodYear) return undefined;
  if (/budget|plan|prognos|förslag|mål|protokoll|delår|ansök/i.test(text)) return undefined;
  // The lines right above the table (its lead, its heading) naming another year or what is to come
  // ("bidragen för 2026", "Framåtblick", "Nästa år", "ansökt om … för nästa år"), and its rows' remarks
  // saying the amounts are not yet paid ("Preliminärt för 2026"): no proof of the report year's paid fees.
  const above = [];
  for (let n = Math.max(title.length + 1, heading - 6); n < heading; n++) above.push(doc.at(n));
  const lead = above.join(" ");
  if (FUTURE_FEES.test(lead)) return undefined;
  if ((lead.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []).some((y) => Number(y) !== doc.periodYear)) return undefined;
  const rows = [];
  for (let n = heading + 1, blanks = 0; n <= doc.lineCount && n <= heading + 20; n++) {
    if (doc.at(n).trim() === "" && ++blanks > 1) break;
    rows.push(doc.at(n));
  }
  if (FUTURE_FEES.test(rows.join(" "))) return undefined;
  return headingNotTheYear(doc, heading) === undefined ? doc.periodYear : undefined;
}

/** Words of fees still to come: a look ahead, next year's, an application's, a preliminary amount. */
const FUTURE_FEES =
  /(?<!\p{L})(?:framåtblick|nästa år\p{L}*|kommande år\p{L}*|ansök\p{L}*|ansökt|preliminär\p{L}*|planerad\p{L}*)(?!\p{L})/iu;

/** Who a member's row is, by the Finsam act's parts: the state's agencies, the region, a municipality. */
function finsamPart(label: string): "state" | "region" | "municipality" | undefined {
  const t = clean(label);
  const parts: ("state" | "region" | "municipality" | undefined)[] = [
    /försäkringskassan|arbetsförmedlingen|(?<!\p{L})(?:staten|fk|af)(?!\p{L})/iu.test(t) ? "state" : undefined,
    /(?<!\p{L})(?:region|landsting)/iu.test(t) ? "region" : undefined,
    /kommun/iu.test(t) ? "municipality" : undefined,
  ];
  const named = parts.filter((p) => p !== undefined);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * A members' table of one column whose rows (each a member, a total row left out) split as the Finsam act
 * has its members pay, to one unit of the table: the state half (Försäkringskassan and Arbetsförmedlingen
 * together), the region a quarter and the municipalities together the last quarter. So the rows are one
 * year's fees, whole; a list of some members, or of another split, is no proof.
 */
function finsamSplit(t: RawTable): boolean {
  if (t.header.valueColumns.length !== 1) return false;
  const rows = t.rows.filter((r) => !TOTAL_ROW.test(clean(r.label)));
  if (rows.length < 3 || !rows.every((r) => memberOf(r.label) !== null)) return false;
  const sums = { state: 0, region: 0, municipality: 0 };
  for (const r of rows) {
    const part = finsamPart(r.label);
    const v = r.values[0];
    if (part === undefined || typeof v !== "number") return false;
    sums[part] += v;
  }
  return (
    sums.region > 0 && Math.abs(sums.state - 2 * sums.region) <= 1 && Math.abs(sums.municipality - sums.region) <= 1
  );
}

/** A table dated from above: its members' rows (every row above the total a member) add up to its total. */
function datedTableAddsUp(t: RawTable, unit: StatementUnit | null): boolean {
  const totalAt = t.rows.findIndex((r) => TOTAL_ROW.test(clean(r.label)));
  if (totalAt < 2 || t.header.valueColumns.length !== 1) return false;
  const rows = t.rows.slice(0, totalAt);
  if (!rows.every((r) => memberOf(r.label) !== null)) return false;
  return rowsAddUp(rows, t.rows[totalAt]!, unit, [0]);
}

/** A members' table whose stated unit no reader knows: not read, and the finding names the unit. */
function unknownTableUnit(doc: DocumentText, heading: number, stated: UnitReading & { line: number }): FindingInput {
  return unknownUnit(SECTION, stated.line, stated.written, `${SECTION}: the table under "${doc.at(heading)}"`);
}

/**
 * Member tables in board or working-committee minutes ("Förslag till medlemsavgifter 2025" /
 * "Medlem  Andel  Avgift 2025  Förändring mot 2024"): each member's amount, its year from the
 * column header. A year after the minutes' own is next year's budget, never an outcome. Stored
 * only where the table's Summa/Totalt row is there and the members' rows add up to it in every
 * amount column: minutes hold proposals and frames beside the fees, and a sum that is off says
 * a row was misread. Change and share columns are never amounts (`columnHeaders`).
 */
export function minutesMemberTables(doc: DocumentText): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  for (const block of memberTableBlocks(doc, false)) {
    // A Markdown table's columns need not line up: read it by its pipes.
    const piped = pipeFeeTable(doc, block.heading, block.end);
    if (piped !== undefined) {
      facts.push(...piped.facts);
      findings.push(...piped.findings);
      continue;
    }
    const { table } = readTable(doc, block);
    if (!table) continue;
    if (table.stated?.unit === UNKNOWN_UNIT) {
      findings.push(unknownTableUnit(doc, block.heading, table.stated));
      continue;
    }
    const unit: StatementUnit = table.stated?.unit ?? "kr";
    const total = table.rows.find((r) => TOTAL_ROW.test(clean(r.label)));
    // The one agency paying as much as the others together pays the state's half.
    const stateRow = agencyPayingStateHalf(table);
    const members = table.rows.flatMap((r) => {
      const member = r === stateRow ? "Staten" : (memberOfWrapped(doc, r) ?? memberOf(r.label));
      return member ? [{ row: r, member }] : [];
    });
    const amounts = table.header.valueColumns.flatMap((c, k) => (c.kind === "amount" ? [{ c, k }] : []));
    const disagree = sharesDisagree(table);
    const addsUp =
      total !== undefined &&
      members.length >= 2 &&
      disagree.size === 0 &&
      rowsAddUp(
        members.map((m) => m.row),
        total,
        unit,
        amounts.map((a) => a.k),
      );
    if (!addsUp) {
      if (members.length > 0)
        findings.push(
          unreadNumber({
            subject: SECTION,
            line: block.heading,
            value: doc.at(block.heading),
            message: `${SECTION}: the members' rows of the table under "${doc.at(block.heading)}" do not add up to a Summa/Totalt row (or their shares disagree); not stored`,
          }),
        );
      continue;
    }
    for (const { row, member } of members)
      for (const { c, k } of amounts)
        facts.push({
          table: "member_contribution",
          year: c.year,
          basis: basisIn(doc, c),
          member,
          amount_sek: scaleAmount(row.values[k]!, unit, decimalsOfValue(row.values[k]!)).sek,
          line: row.line,
          text: row.text,
          section: SECTION,
          approximate: false,
        });
  }
  return { facts, findings, coverage: [] };
}

/** A Markdown row's cells, or null for a line that is none. */
function pipeCellsOf(line: string): string[] | null {
  if (!/^\s*\|.*\|\s*$/.test(line)) return null;
  return line
    .trim()
    .slice(1, -1)
    .split("|")
    .map((c) => c.trim());
}
/** The members' column's head in a fee table. */
const PIPE_LABEL_HEAD = /^(?:medlem(?:mar)?|part(?:er)?|huvudman|medlemsorganisation)$/i;
/** A fee column of one year: "2026", "Avgift 2026", "Medlemsavgift 2026 (kr)". */
const PIPE_YEAR_HEAD = /^(?:(?:medlems)?(?:avgift|bidrag)\s+)?((?:19|20)\d\d)(?:\s*\((?:kr|kronor)\))?$/i;
/** Columns beside the fees that are never amounts of a member's fee. */
const PIPE_OTHER_HEAD = /^(?:andel(?:\s*%)?|%|invånare.*|förändring.*|kr per invånare|ökning.*)$/i;

/**
 * A members' fee table in Markdown under its heading ("| Medlem | Andel | 2025 | 2026 |"): each year
 * column's cells, read by their pipes; every other column a share, a population or a change. Stored
 * only where the members add up to the Totalt row in every year column; a year after the
 * minutes' own is a budget. Undefined where the block holds no such table.
 */
function pipeFeeTable(
  doc: DocumentText,
  from: number,
  to: number,
): { facts: FactInput[]; findings: FindingInput[] } | undefined {
  for (let n = from + 1; n <= to; n++) {
    const head = pipeCellsOf(doc.at(n));
    if (!head || !PIPE_LABEL_HEAD.test(head[0]!)) continue;
    const years = head.map((c, i) => (i === 0 ? undefined : PIPE_YEAR_HEAD.exec(c)?.[1]));
    if (!years.some(Boolean) || !head.slice(1).every((c, i) => years[i + 1] !== undefined || PIPE_OTHER_HEAD.test(c)))
      return undefined;
    const rows: { member: string | null; total: boolean; values: (number | null)[]; line: number }[] = [];
    for (let k = n + 1; k <= doc.lineCount; k++) {
      const cells = pipeCellsOf(doc.at(k));
      if (!cells) break;
      if (/^[\s:-]*$/.test(cells.join(""))) continue;
      if (cells.length !== head.length) return undefined;
      const values = cells.map((c, i) => {
        if (years[i] === undefined) return null;
        if (c === "" || /^[-–—]$/.test(c)) return NaN;
        return /^\d{1,3}(?: \d{3})*$|^\d+$/.test(c) ? Number(c.replace(/ /g, "")) : null;
      });
      if (values.some((v, i) => years[i] !== undefined && v === null)) return undefined;
      const label = clean(cells[0]!);
      rows.push({ member: memberOf(label), total: TOTAL_ROW.test(label), values, line: k });
    }
    const total = rows.find((r) => r.total);
    const members = rows.filter((r) => !r.total);
    if (!total || members.length < 2 || members.some((r) => r.member === null)) return undefined;
    const columns = years.flatMap((y, i) => (y === undefined ? [] : [i]));
    const addsUp = columns.every(
      (i) => members.reduce((a, r) => a + (Number.isFinite(r.values[i]!) ? r.values[i]! : 0), 0) === total.values[i],
    );
    if (!addsUp)
      return {
        facts: [],
        findings: [
          unreadNumber({
            subject: SECTION,
            line: n,
            value: doc.at(n),
            message: `${SECTION}: the members' rows of the Markdown table under "${doc.at(from)}" do not add up to its Totalt row; not stored`,
          }),
        ],
      };
    // The one agency paying as much as the others together in every column pays the state's half.
    const agencies = members.filter((r) => /^(?:försäkringskassan|arbetsförmedlingen)$/i.test(r.member!));
    const statePays = agencies.length === 1 && columns.every((i) => agencies[0]!.values[i]! * 2 === total.values[i]);
    const facts: FactInput[] = [];
    for (const r of members)
      for (const i of columns) {
        const v = r.values[i]!;
        if (!Number.isFinite(v) || v <= 0) continue;
        const year = Number(years[i]);
        facts.push({
          table: "member_contribution",
          year,
          basis: year > doc.periodYear || (year === doc.periodYear && isPlanDocument(doc)) ? "budget" : "actual",
          member: statePays && r === agencies[0] ? "Staten" : r.member!,
          amount_sek: v,
          line: r.line,
          text: doc.at(r.line),
          section: SECTION,
          approximate: false,
        });
      }
    return { facts, findings: [] };
  }
  return undefined;
}

/** One agency named alone: the state's share is paid through it. */
const AGENCY = /^(?:försäkringskassan|fk|arbetsförmedlingen|af)$/i;

/**
 * The one agency row of a members' table ("Försäkringskassan  3 000", no other agency's row) whose
 * amount in every column is the region's and the municipalities' together: the state's half,
 * which the agency pays for the state. The member is the state; otherwise none is.
 */
function agencyPayingStateHalf(t: RawTable): TableRow | undefined {
  const named = t.rows.map((r) => ({ r, m: memberOf(r.label) }));
  const agencies = named.filter((x) => x.m !== null && AGENCY.test(x.m));
  const others = named.filter((x) => x.m !== null && /^(?:region|landsting)|kommun$/i.test(x.m));
  if (agencies.length !== 1 || others.length < 2) return undefined;
  const agency = agencies[0]!.r;
  const columns = t.header.valueColumns.flatMap((c, k) => (c.kind === "amount" ? [k] : []));
  const given = columns.filter((k) => Number.isFinite(agency.values[k]));
  const half = (k: number) => others.reduce((a, x) => a + (x.r.values[k] ?? NaN), 0);
  return given.length > 0 && given.every((k) => agency.values[k] === half(k)) ? agency : undefined;
}

/**
 * Contributions from the notes already read as statement tables (with the unit decided for
 * each) and from member tables found by their own headings.
 */
export function parseMemberContributions(
  doc: DocumentText,
  tables: readonly RawTable[],
  units: readonly (StatementUnit | null)[],
): ParseOutput {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: Coverage[] = [];
  const seen = new Set<number>();
  const docUnit = documentUnitOf(doc);

  const fromTable = (t: RawTable, unit: StatementUnit | null, membersOnly = false) => {
    let n = 0;
    const disagree = sharesDisagree(t);
    const stateRow = agencyPayingStateHalf(t);
    for (const row of t.rows) {
      // Below the costs, a member's name is someone paid, not a payer.
      if (statementItem(row.label, "income_statement")?.cost || /kostnad/i.test(row.label)) break;
      // A name wrapped over two lines first: its last line alone may name another member ("… och" / "Arbetsförmedlingen").
      const member =
        row === stateRow
          ? "Staten"
          : (memberOfWrapped(doc, row) ?? memberOf(row.label) ?? (membersOnly ? bareMemberName(row.label) : null));
      if (!member || seen.has(row.line)) continue;
      if (unit === null) continue;
      seen.add(row.line);
      if (disagree.has(row.line)) {
        findings.push({
          check_id: "contribution.share_mismatch",
          severity: "warning",
          subject: SECTION,
          line: row.line,
          value: row.text,
          message: `${SECTION}: "${row.label}": ${disagree.get(row.line)!}; the row is not stored`,
        });
        continue;
      }
      t.header.valueColumns.forEach((c, k) => {
        if (c.kind !== "amount") return;
        const v = row.values[k];
        if (v === null || v === undefined) {
          findings.push(
            unreadNumber({
              subject: "coverage:statement",
              line: row.line,
              value: row.noise?.join(" ") ?? numbersOf(row.text),
              message: `${SECTION}: "${row.label}" ${c.written}: OCR noise in or beside this cell ("${row.noise?.join(" ") ?? ""}"); its column or digits are not certain; not stored: "${row.text}"`,
            }),
          );
          return;
        }
        facts.push({
          table: "member_contribution",
          year: c.year,
          basis: basisIn(doc, c),
          member,
          amount_sek: scaleAmount(v, unit, decimalsOfValue(v)).sek,
          line: row.line,
          text: row.text,
          section: SECTION,
          approximate: false,
        });
        n++;
      });
    }
    return n;
  };

  tables.forEach((t, i) => {
    // Members' rows stand in the notes, or in a small federation's income statement itself.
    if (t.block.kind !== "notes" && t.block.kind !== "income_statement") return;
    // A note on costs or debts may name members too, as payees or creditors.
    if (t.block.kind === "notes" && !REVENUE_NOTE.test(t.block.note?.title ?? "")) return;
    const n = fromTable(
      t,
      units[i] ?? null,
      MEMBER_NOTE.test(t.block.note?.title ?? "") || membersAddUp(t, units[i] ?? null),
    );
    if (n > 0)
      coverage.push({
        section: SECTION,
        status: "parsed",
        line: t.block.heading,
        facts: n,
        note: t.block.note ? `from note ${t.block.note.number}` : `from ${t.block.section}`,
      });
  });
  for (const titled of memberTableBlocks(doc)) {
    // A table dated by the title's year alone is read so only where its rows split as Finsam's; else as
    // its own header dates it ("Utfall 2025   Snitt 22–24"), or not at all.
    let block = titled;
    let { table } = readTable(doc, block, noteTitles(tables.map((t) => t.block)));
    const untitled = yearFromTitle.get(titled);
    if (untitled !== undefined && !(table && finsamSplit(table))) {
      block = untitled;
      ({ table } = readTable(doc, block, noteTitles(tables.map((t) => t.block))));
    }
    if (!table) continue;
    const stated = table.stated ?? docUnit;
    if (stated?.unit === UNKNOWN_UNIT) {
      findings.push(unknownTableUnit(doc, block.heading, stated));
      continue;
    }
    let unit: StatementUnit | null = stated?.unit ?? "kr";
    const values = cellsRead(table.rows);
    // No unit stated, and not one amount a federation's fees could be in kronor ("staten 3 240"): a
    // larger unit the document states where no reader looks (a running header). Its scale is unknown.
    const largest = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    if (!stated && largest > 0 && totalTooSmallForKronor("member_revenue", largest)) {
      findings.push({
        check_id: "statement.unit_unknown",
        severity: "warning",
        subject: `finance:${SECTION}`,
        line: block.heading,
        value: String(largest),
        message: `${SECTION} (line ${block.heading}): no unit stated, and its largest amount (${largest}) is too small for a member's fees in kronor; not loaded`,
      });
      unit = null;
    } else if (implausibleIn(values, unit)) {
      findings.push({
        check_id: "statement.unit_mislabelled",
        severity: "warning",
        subject: `finance:${SECTION}`,
        line: table.stated?.line ?? block.heading,
        value: table.stated?.written ?? unit,
        message: `${SECTION} (line ${block.heading}): cells too large for ${unit}; not loaded`,
      });
      unit = null;
    }
    if (yearFromAbove.has(block) && !datedTableAddsUp(table, unit)) continue;
    const before = facts.length;
    const n = fromTable(table, unit, true);
    if (n > 0 && unit !== null) facts.push(...memberTableTotal(doc, table, unit));
    if (proposed.has(block)) {
      const kept = facts.splice(before).filter((f) => !("basis" in f) || f.basis !== "actual");
      facts.push(...kept);
    }
    if (n > 0)
      coverage.push({
        section: SECTION,
        status: "parsed",
        line: block.heading,
        facts: n,
        note: `table "${doc.at(block.heading)}"`,
      });
  }
  const prose = contributionSentences(doc, seen, memberOf);
  // Lists after the members' total and one member's fee in a sentence, where no row or sentence above read them.
  const listed = readContributionText(doc, memberOf);
  // And the fees set out in a list of two columns under their heading.
  const paired = readPairedFeeLists(doc, memberOf);
  const text = { facts: [...listed.facts, ...paired.facts], findings: [...listed.findings, ...paired.findings] };
  const stated = (f: FactInput) =>
    f.table === "member_contribution" &&
    facts.concat(prose).some((g) => g.table === f.table && g.line === f.line && g.amount_sek === f.amount_sek);
  prose.push(...text.facts.filter((f) => !seen.has(f.line) && !stated(f)));
  // Lists under a lead ("Medlemsavgifter 2024:" / "- Region X: 2 200 000 kr"), where nothing above read them.
  prose.push(...memberFeeLists(doc, memberOf).filter((f) => !seen.has(f.line) && !stated(f)));
  findings.push(...text.findings);
  // Any list of members with amounts, in prose or one a line, where no reader above read its lines or its members.
  const lists = memberAmountLists(doc, memberOf);
  // Money paid back to the members ("Återbetalningen fördelades …: staten 300 tkr, regionen 150 tkr") is
  // dropped below: it leaves the list's members free, as no reader had read them.
  const known = facts.concat(prose).filter((f) => f.table === "member_contribution" && !repaidToMembers(doc, f.line));
  const sameMember = (f: FactInput, g: FactInput) =>
    f.table === "member_contribution" &&
    g.table === "member_contribution" &&
    f.year === g.year &&
    f.basis === g.basis &&
    f.member.toLowerCase() === g.member.toLowerCase();
  // A line another reader read gives the list only the members it left (a sentence's state and region
  // read by its verb chain, the municipalities' parts after their subtotal by the list), never the same amount twice.
  const sameAmountOnLine = (f: FactInput, g: FactInput) =>
    f.table === "member_contribution" &&
    g.table === "member_contribution" &&
    g.line === f.line &&
    g.amount_sek === f.amount_sek;
  const fromLists = lists.facts.filter(
    (f) => !seen.has(f.line) && !known.some((g) => sameAmountOnLine(f, g) || sameMember(f, g)),
  );
  prose.push(...fromLists);
  // One finding a line: a list another reader already refused keeps its own finding.
  findings.push(...lists.findings.filter((f) => !findings.some((g) => g.line === f.line)));
  // "Återbetalningen föreslås fördelas …: Region X 75 000, …": money paid back to the members is no fee.
  for (const f of prose) if (!repaidToMembers(doc, f.line)) facts.push(f);
  if (prose.length)
    coverage.push({ section: SECTION, status: "parsed", line: prose[0]!.line, facts: prose.length, note: "sentences" });
  if (coverage.length === 0)
    coverage.push({
      section: SECTION,
      status: "missing",
      line: null,
      facts: 0,
      note: "no member rows in notes or member tables",
    });
  return { facts, findings, coverage };
}
