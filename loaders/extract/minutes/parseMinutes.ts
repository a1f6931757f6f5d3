/** Every minutes parser, run over one board or committee protocol. */
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { mergeOutputs, type DocumentText, type ParseOutput } from "../documentText.ts";
import { findAgendaItems, itemAtOrBefore, type AgendaItem } from "./findAgendaItems.ts";
import { parseAllocations } from "./parseAllocations.ts";
import { parseAttendance } from "./parseAttendance.ts";
import { proposalTableGrants } from "./proposalTableGrants.ts";
import { parseMeetingHeader, type MeetingContext } from "./parseMeetingHeader.ts";
import { parseMinutesFigures } from "./parseMinutesFigures.ts";
import { readAttachedDecisions, readDetachedDecisions, type Decision } from "./readDecisions.ts";
import { readDecisionTables } from "./readDecisionTable.ts";
import { memberOf, minutesMemberTables } from "../general/parseMemberContributions.ts";
import { memberAmountLists } from "../general/memberAmountLists.ts";
import { decidedFeeSentences } from "../general/contributionSentences.ts";
import { readFeeLists } from "./readFeeLists.ts";
import { adoptedBudgets } from "./adoptedBudgets.ts";
import { layoutFeeTables } from "./layoutFeeTables.ts";
import { clauseGrants } from "./decisionClauses.ts";
import { appendixGrants } from "./appendixGrants.ts";
import { withCorrectedAmounts } from "./adjustedAmounts.ts";
import { minutesView } from "./minutesText.ts";
import { readYearPassages, yearPassages } from "./yearReports.ts";
import { settleUnsignedResults } from "../general/unsignedResults.ts";
import { withDestinationRuns } from "../general/destinationRuns.ts";
import { unknownUnitAmounts } from "../../reference/units.ts";
import { unknownUnit } from "../findings.ts";

/** One collator for the sort (a localeCompare with options builds one per comparison). */
const REF_ORDER = new Intl.Collator("sv", { numeric: true });

export function parseMinutes(document: DocumentText, ctx: MeetingContext): ParseOutput {
  // Every reader reads the minutes without Markdown emphasis; facts quote the document's own lines.
  const doc = minutesView(document);
  const out = readMinutes(doc, ctx);
  if (doc !== document) for (const f of out.facts) if (f.text === doc.at(f.line)) f.text = document.at(f.line);
  return out;
}

function readMinutes(doc: DocumentText, ctx: MeetingContext): ParseOutput {
  const meeting = parseMeetingHeader(doc, ctx);
  const findings: FindingInput[] = [];
  // A table of the decisions ("§ | Ärende | Beslut | Belopp") decides its items; a "§ 7 …" paragraph
  // after it is a note on that item: its text, under the table's title, decides nothing of its own.
  const table = readDecisionTables(doc, findings);
  const tabled = new Map(table.map((d) => [d.itemNumber, d]));
  // A row of the table that opens with its § ("§ 4   Ansökan Steget   Beviljas") is the table's, no heading.
  const rowLines = new Set(table.map((d) => d.line));
  const items = findAgendaItems(doc)
    .filter((i) => !rowLines.has(i.line))
    .map((i) => (tabled.has(i.number) ? asNote(i, tabled.get(i.number)!) : i));
  const attached = readAttachedDecisions(doc, items);
  // A row whose decision cell says nothing we can name gives way to the item's own decision, where its text has one.
  const ownDecision = (row: Decision) =>
    attached.find((d) => d.itemRef === row.itemRef && d.outcome !== "other") ?? row;
  const decisions = withoutRepeats([
    ...table.map((row) => (row.outcome === "other" ? ownDecision(row) : row)),
    ...attached.filter((d) => !tabled.has(d.itemNumber)),
    ...readDetachedDecisions(doc, items, findings),
  ]).sort((a, b) => a.itemNumber - b.itemNumber || REF_ORDER.compare(a.itemRef, b.itemRef));
  // Items' line ranges do not overlap, so the last attached heading at or before n is the only candidate.
  const attachedItems = items.filter((i) => !i.detached);
  const itemOfLine = (n: number) => {
    const i = itemAtOrBefore(attachedItems, n);
    return i && n <= Math.max(i.bodyTo, i.line) ? i.ref : undefined;
  };
  // A decision in "att" clauses: a grant beside a rejection is the item's outcome; several sums
  // granted, each granting clause its own grant and the item no one amount.
  const itemByRef = new Map(items.map((i) => [i.ref, i]));
  const clauseAllocations: FactInput[] = [];
  for (const d of decisions) {
    const item = itemByRef.get(d.itemRef);
    if (!item || item.detached || !d.text || d.outcome === "proposed") continue;
    const read = clauseGrants(doc, d, Math.max(item.bodyTo, item.line));
    if (!read) continue;
    if (read.grantsAmongOthers) d.outcome = "approved";
    if (!read.allocations) continue;
    d.amount = null;
    d.byYear = [];
    d.recipient = null;
    clauseAllocations.push(...read.allocations);
  }
  // Fees the board sets for its members are no grants: neither their lines nor the decision's sum.
  const fees = readFeeLists(doc, decisions, itemOfLine, Number(ctx.date.slice(0, 4)));
  for (const d of fees.deciding) {
    d.amount = null;
    d.byYear = [];
  }
  const allocations = parseAllocations(doc, decisions, itemOfLine, fees.lines);
  // A list under a decision setting the members' fees is fees paid in, read or not: never grants.
  const feeItems = new Set([...fees.deciding].map((d) => d.itemRef));
  allocations.facts = allocations.facts.filter((f) => !feeItems.has(f.item_ref));
  // "att fördela insatsmedel för 2027 enligt bilaga 2": the grants stand in the appendix's table.
  const appendix = appendixGrants(doc, decisions).filter(
    (a) => !allocations.facts.some((f) => f.line === a.line) && !clauseAllocations.some((f) => f.line === a.line),
  );
  for (const d of decisions)
    if (appendix.some((a) => a.item_ref === d.itemRef)) {
      d.amount = null;
      d.byYear = [];
    }
  clauseAllocations.push(...appendix);
  // "enligt kansliets förslag" over a table of proposals ("Insats  Sökt  Kansliets förslag"): each row's proposal.
  clauseAllocations.push(...proposalTableGrants(doc, decisions, items, [...allocations.facts, ...clauseAllocations]));
  // Statistics and accounts of a closed year the minutes report, read as a report on that year.
  const meetingYear = Number(ctx.date.slice(0, 4));
  const passages = yearPassages(doc, items, meetingYear);
  const facts: FactInput[] = [];
  for (const d of decisions) {
    // "other" is an item that decided nothing. A decision read but not classified, or marked but not
    // read, decided something we cannot name: any outcome stored for it would be wrong.
    if (d.outcome === "other" && (d.text || d.labelled)) {
      findings.push({
        check_id: "minutes.unclassified_decision",
        severity: "warning",
        subject: `decision:${d.itemRef}`,
        line: d.line,
        value: d.text.slice(0, 200) || null,
        message: d.text
          ? `${d.itemRef}: the decision "${d.text.slice(0, 80)}" matches no outcome pattern; not stored`
          : `${d.itemRef} "${d.title.slice(0, 60)}" is marked as a decision, but no decision sentence was read; not stored`,
      });
      continue;
    }
    // A decision that states no sum of its own ("enligt ansökan") grants its frame's total line.
    const amount = d.amount ?? allocations.frameTotals.get(d) ?? null;
    facts.push({
      table: "decision",
      item_ref: d.itemRef,
      category: d.category,
      decision_ref: d.decisionRef,
      title: d.title,
      outcome: d.outcome,
      amount_sek: amount?.sek ?? null,
      recipient: d.recipient,
      intervention: null,
      period_start: d.periodStart,
      period_end: d.periodEnd,
      reservations: d.reservations,
      decision_text: d.text,
      line: d.line,
      text: d.text || d.title,
      section: "decision",
      approximate: amount?.approximate ?? false,
    } as FactInput);
    if (!d.text)
      findings.push({
        check_id: "minutes.no_decision",
        severity: "info",
        subject: `decision:${d.itemRef}`,
        line: d.line,
        message: `${d.itemRef} "${d.title.slice(0, 60)}": no decision recorded (information or discussion only); kept with outcome other`,
      });
  }
  if (items.length === 0 && table.length === 0)
    findings.push({
      check_id: "minutes.no_items",
      severity: "error",
      subject: "decision",
      line: 1,
      message:
        "no agenda items (§ headings) found; the document may be truncated or use a heading the parser does not know",
    });
  const coverage: ParseOutput["coverage"] = [
    {
      section: "agenda_items",
      status: items.length > 0 || table.length > 0 ? "parsed" : "missing",
      line: table[0]?.line ?? items[0]?.line ?? null,
      facts: decisions.length,
      note: `${items.length} items${items.some((i) => i.detached) ? " (headings listed apart from their text)" : ""}${table.length > 0 ? `, ${table.length} rows of a decision table` : ""}, ${decisions.filter((d) => d.text).length} with a decision`,
    },
    {
      section: "allocation",
      status: "parsed",
      line: null,
      facts: allocations.facts.length,
      note: `${allocations.facts.length} grants and frame lines`,
    },
  ];
  const figures = parseMinutesFigures(doc, items, meetingYear, passages);
  // A budget an item adopts, where the figures in passing gave none of its kind and year.
  const budgets = adoptedBudgets(doc, items, decisions, meetingYear, passages).filter(
    (b) =>
      b.table === "finance" &&
      !figures.facts.some(
        (f) => f.table === "finance" && f.basis === "budget" && f.year === b.year && f.item === b.item,
      ),
  );
  const read = mergeOutputs(
    withDestinationRuns(
      doc,
      [
        meeting,
        parseAttendance(doc),
        { facts, findings: [...findings, ...allocations.findings], coverage },
        { facts: [...allocations.facts, ...clauseAllocations], findings: [], coverage: [] },
        figures,
        { facts: budgets, findings: [], coverage: [] },
        withoutFeesRead(readYearPassages(doc, passages), fees.facts, fees.lines),
        feeTablesDecided(doc, decisions, itemOfLine, fees.lines),
        { facts: fees.facts, findings: fees.findings, coverage: [] },
        { facts: [], findings: foreignAmounts(doc), coverage: [] },
      ],
      // Where the exits went, as a list adding up to the year's exits read in the minutes.
      { statedTotals: false },
    ),
  );
  // A result written without a sign takes the sign its year's sums in the minutes give, or is not stored.
  // A sum corrected at adjustment ("rättats från 480 000 kr till 450 000 kr") is the corrected one.
  // "§ 22" in a closing list of decisions repeats the item's number ("§22#2"); where the item itself decided nothing
  // stored, the list's decision is the item's and carries its number.
  return withLoneRepeatRefs(settleUnsignedResults(withCorrectedAmounts(read, doc)));
}

/**
 * Decisions and grants filed under a repeated number ("§22#2") while no decision of the first ("§22") or of another
 * repeat is stored: filed under the number itself. Keys stay unique: only a number's one stored decision is renamed.
 */
function withLoneRepeatRefs(out: ParseOutput): ParseOutput {
  const byBase = new Map<string, string[]>();
  for (const f of out.facts)
    if (f.table === "decision") {
      const base = f.item_ref.replace(/#\d+$/, "");
      byBase.set(base, [...(byBase.get(base) ?? []), f.item_ref]);
    }
  const rename = new Map<string, string>();
  for (const [base, refs] of byBase) if (refs.length === 1 && refs[0] !== base) rename.set(refs[0]!, base);
  if (rename.size === 0) return out;
  return {
    ...out,
    facts: out.facts.map((f) =>
      (f.table === "decision" || f.table === "allocation") && rename.has(f.item_ref)
        ? { ...f, item_ref: rename.get(f.item_ref)! }
        : f,
    ),
  };
}

/**
 * A closed year's passage less the members' fees the item's fee lists read already (`readFeeLists.ts`:
 * the same lines, or the same year's fee of the same member): each fee once.
 */
function withoutFeesRead(
  passages: ParseOutput,
  fees: readonly FactInput[],
  feeLines: ReadonlySet<number>,
): ParseOutput {
  const known = new Set(
    fees.flatMap((f) => (f.table === "member_contribution" ? [`${f.year}|${f.member.toLowerCase()}`] : [])),
  );
  return {
    ...passages,
    facts: passages.facts.filter(
      (f) =>
        f.table !== "member_contribution" ||
        (!feeLines.has(f.line) && !known.has(`${f.year}|${f.member.toLowerCase()}`)),
    ),
  };
}

/** Outcomes under which an item set nothing: its table of fees is no budget. */
const UNDECIDED = new Set(["postponed", "rejected", "referred_back"]);

/**
 * The members' fee tables of the minutes, less the lines a decision's fee list read already and
 * the tables of an item postponed, rejected or referred back (under its "§ 9 Medlemsavgifter 2026"
 * heading, the table is what was not decided).
 */
function feeTablesDecided(
  doc: DocumentText,
  decisions: readonly Decision[],
  itemOfLine: (n: number) => string | undefined,
  feeLines: ReadonlySet<number>,
): ParseOutput {
  const read = minutesMemberTables(doc);
  // A fee table in layout text with no heading, under the decision setting it ("… enligt tabellen nedan").
  const layout = layoutFeeTables(doc).filter((f) => !read.facts.some((g) => g.line === f.line));
  const tables = { ...read, facts: [...read.facts, ...layout] };
  const undecided = new Set(decisions.filter((d) => UNDECIDED.has(d.outcome)).map((d) => d.itemRef));
  const decided = (f: FactInput) => {
    const item = itemOfLine(f.line);
    return !feeLines.has(f.line) && (item === undefined || !undecided.has(item));
  };
  const facts = tables.facts.filter(decided);
  // The fees set in running text ("… enligt följande: staten 4 450 tkr, Region X 2 225 tkr, …",
  // "Region X står därmed för 1 930 tkr och …"): the members' list reader with its identities, only
  // a later year's budget (the meeting's own year may be fees paid or planned: unsure, nothing).
  // A list under a lead line ending on its colon is the fee-list reader's, which asks for the lead's
  // total; an item a committee only proposes to the board sets nothing.
  const proposed = new Set(
    decisions
      .filter((d) => d.outcome === "proposed" && /föreslå\p{L}*\s+(?:styrelsen|förbundsstyrelsen)/iu.test(d.text))
      .map((d) => d.itemRef),
  );
  const underColonLead = (n: number) => {
    for (let k = n - 1; k >= Math.max(1, n - 3); k--) if (/:\s*$/.test(doc.at(k))) return true;
    return false;
  };
  // Cheap first: most minutes set no fees and name none.
  const namesFees = doc.lines.some((l) => /avgift|medlemsbidrag|tillskjut|betalar/i.test(l));
  const listed = (namesFees ? memberAmountLists(doc, memberOf).facts : []).filter(
    (f) =>
      f.table === "member_contribution" &&
      f.basis === "budget" &&
      f.year > doc.periodYear &&
      decided(f) &&
      !proposed.has(itemOfLine(f.line) ?? "") &&
      !underColonLead(f.line) &&
      !tables.facts.some(
        (g) =>
          g.table === f.table &&
          (g.line === f.line || (g.year === f.year && g.member.toLowerCase() === f.member.toLowerCase())),
      ),
  );
  // One member's fee the decision sets for a later year in an att-clause, where no list or table gave it.
  const decidedOne = (namesFees ? decidedFeeSentences(doc, memberOf) : []).filter(
    (f) =>
      f.table === "member_contribution" &&
      f.year > doc.periodYear &&
      decided(f) &&
      !proposed.has(itemOfLine(f.line) ?? "") &&
      ![...tables.facts, ...listed].some(
        (g) =>
          g.table === f.table &&
          (g.line === f.line || (g.year === f.year && g.member.toLowerCase() === f.member.toLowerCase())),
      ),
  );
  return { ...tables, facts: [...facts, ...listed, ...decidedOne] };
}

/**
 * Amounts in another currency ("beviljas 1,2 miljoner euro"): no reader takes them for kronor,
 * and each is named unread with its unit rather than passed over in silence.
 */
function foreignAmounts(doc: DocumentText): FindingInput[] {
  return doc.lines.flatMap((line, i) =>
    unknownUnitAmounts(line).map((u) => unknownUnit("minutes:amounts", i + 1, u.written, `"${u.raw}" in the minutes`)),
  );
}

/** A "§ 3 …" paragraph on an item a decision table read: all of it is the item's text, under the table's title. */
function asNote(item: AgendaItem, row: Decision): AgendaItem {
  return {
    ...item,
    title: row.title || item.title,
    bodyFrom: item.line,
    bodyTo: Math.max(item.bodyTo, item.bodyFrom - 1, item.line),
  };
}

/**
 * An item mentioned again ("§ 3" in a note, a heading repeated) that decides nothing adds no
 * decision where the item's decision has been read: it would store the item twice, once unknown.
 */
function withoutRepeats(decisions: Decision[]): Decision[] {
  const decided = new Set(decisions.filter((d) => d.outcome !== "other").map((d) => d.itemNumber));
  return decisions.filter((d) => d.outcome !== "other" || d.text !== "" || d.labelled || !decided.has(d.itemNumber));
}
