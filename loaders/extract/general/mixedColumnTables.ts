/**
 * A table of interventions whose header mixes participant columns with others ("Insats  Typ
 * Deltagare  Nya  Avslutade  Kostnad, kr  Kr per deltagare"): cells are placed under the header
 * cell they stand beneath, only the participant columns are read, and money, text and
 * per-participant columns never are. Only the federation's figures are stored: those of a total
 * row of the individual interventions ("Totalt individinsatser", "Summa", before or after its
 * interventions), and only where the interventions under it add up to it in every column read.
 * A total of structural work (training days, networks) counts no participants.
 *
 * A table with a row per member municipality ("Kommun  Invånare  Medlemsavgift, kr  Deltagare
 * varav kvinnor  Avslutade  Till arbete/studier") is read the same way: the members together are
 * the federation, so its total row is the federation's wherever no intervention's section holds
 * it; a member's row never is. A gender column ("varav kvinnor") is a part of the count column
 * before it, a destination column ("Till arbete/studier") a part of the exits. Pure.
 */
import type { Gender, Measure } from "../../reference/codes.ts";
import { bestConcept } from "../../reference/concepts.ts";
import { TOTAL_LABEL, genderOfLabel } from "../../reference/rowLabels.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText } from "../documentText.ts";
import { parseSwedishNumber } from "../numbers.ts";
import { cellUnder, gridLines, placedCells } from "./layoutGrid.ts";
import { ownerOf, type Scope } from "./sectionScope.ts";
import { unreadNumber } from "../findings.ts";

const PT = "general:participant_table";
/** A header cell about money, a share or a rate per participant: never a count of people. */
const NOT_A_COUNT =
  /\b(kr|kronor|tkr|mkr|sek|kostnad\p{L}*|belopp|budget\p{L}*|per|andel\p{L}*|procent|snitt|genomsnitt\p{L}*)\b|%/iu;
/** Structural work ("strukturinsatser", "strukturövergripande"): its attendees are no participants. */
const STRUCTURAL = /struktur/i;
/** A total that names the individual interventions ("Totalt individinsatser", "Summa individinriktade insatser"). */
const INDIVIDUAL = /individ/i;
/** A count cell, or a dash for none. */
const COUNT = /^(\d{1,4}|[–—-])$/;

/** The participant measure a header cell names on its own, or undefined for any other column. */
function measureOfCell(text: string): Measure | undefined {
  if (NOT_A_COUNT.test(text)) return undefined;
  const c = bestConcept(text, ["participants"]);
  return c && c.score === 1 ? (c.concept.code as Measure) : undefined;
}

/** The label column's title of a table with a row per member: "Kommun", "Medlemskommun", "Medlem". */
const MEMBER_TITLE = /^(?:medlems)?kommun(?:er)?$|^medlem(?:mar)?$/i;
/** Words leading a destination column: "Till arbete/studier", "varav till studier". */
const TO_DESTINATION = /^(?:(?:varav|därav)\s+)?(?:till|mot)\s+/i;

/** What a column of a participant table counts: a measure by gender, or a destination of the exits. */
type CountColumn = { measure: Measure; gender: Gender } | { exit: string };

/**
 * The count each header cell names, given the columns before it: a measure ("Deltagare"), a
 * gender part of the count column before it ("varav kvinnor"), or a destination ("Till arbete").
 */
function countColumnsOf(header: readonly { text: string }[]): (CountColumn | undefined)[] {
  const out: (CountColumn | undefined)[] = [];
  let last: Measure | undefined;
  header.forEach((h, i) => {
    const measure = i === 0 ? undefined : measureOfCell(h.text);
    const gender = i === 0 || NOT_A_COUNT.test(h.text) ? undefined : genderOfLabel(h.text);
    const rest = h.text.replace(TO_DESTINATION, "");
    const exit = i > 0 && rest !== h.text && !NOT_A_COUNT.test(h.text) ? bestConcept(rest, ["exit"]) : undefined;
    if (measure) {
      last = measure;
      out.push({ measure, gender: "all" });
    } else if (gender && last) out.push({ measure: last, gender });
    else if (exit?.score === 1) out.push({ exit: exit.concept.code });
    else out.push(undefined);
  });
  return out;
}

const columnKey = (c: CountColumn) => ("exit" in c ? `exit:${c.exit}` : `${c.measure}/${c.gender}`);

interface Row {
  label: string;
  line: number;
  /** Counts by header cell index; null where the cell is a dash. */
  counts: Map<number, number | null>;
}

export function parseMixedColumnTables(
  doc: DocumentText,
  scopes: readonly Scope[],
  /** Lines another participant reader has read already. */
  read: ReadonlySet<number>,
): { facts: FactInput[]; findings: FindingInput[] } {
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const grid = gridLines(doc);
  for (let n = 1; n < doc.lineCount; n++) {
    const raw = grid[n - 1] ?? "";
    // Cheap first: a header of words only, with a wide gap.
    if (/\d/.test(raw) || !/\S {2,}\S/.test(raw.trim())) continue;
    const header = placedCells(raw);
    if (header.length < 4) continue;
    const measures = countColumnsOf(header);
    const countColumns = measures.flatMap((m, i) => (m ? [i] : []));
    if (
      !measures.some((m) => m && "measure" in m) ||
      new Set(countColumns.map((i) => columnKey(measures[i]!))).size !== countColumns.length
    )
      continue;
    if (!header.some((h, i) => i > 0 && NOT_A_COUNT.test(h.text))) continue;
    const rows: Row[] = [];
    let r = n + 1;
    for (; r <= doc.lineCount; r++) {
      const line = grid[r - 1] ?? "";
      const cells = placedCells(line);
      if (cells.length < 2 || !/\p{L}/u.test(cells[0]!.text)) break;
      const counts = new Map<number, number | null>();
      let ok = true;
      for (const c of cells.slice(1)) {
        const at = cellUnder(header, c);
        if (at === undefined || at === 0) {
          ok = false;
          break;
        }
        if (measures[at] === undefined) continue;
        if (!COUNT.test(c.text) || counts.has(at)) {
          ok = false;
          break;
        }
        counts.set(at, /\d/.test(c.text) ? parseSwedishNumber(c.text) : null);
      }
      if (!ok || counts.size === 0) break;
      rows.push({ label: cells[0]!.text, line: r, counts });
    }
    if (rows.length < 3 || rows.some((x) => read.has(x.line))) continue;
    // The members of a table of member municipalities are the federation together.
    const perMember = MEMBER_TITLE.test(header[0]!.text) && scopes[n - 1]!.kind !== "intervention";
    const owner = perMember ? null : ownerOf(doc, scopes[n - 1]!, n, r - 1);
    if (owner !== null) continue;
    // Groups: a total row with the interventions after it (totals first) or before it.
    const totalsFirst = TOTAL_LABEL.test(rows[0]!.label);
    const totals = rows.map((x, i) => (TOTAL_LABEL.test(x.label) ? i : -1)).filter((i) => i >= 0);
    for (const t of totals) {
      const total = rows[t]!;
      const next = totals.find((k) => k > t) ?? rows.length;
      const prev = [...totals].reverse().find((k) => k < t) ?? -1;
      const members = totalsFirst ? rows.slice(t + 1, next) : rows.slice(prev + 1, t);
      const label = total.label.replace(TOTAL_LABEL, "").trim();
      const individual =
        label === "" || perMember ? !rows.some((x) => STRUCTURAL.test(x.label)) : INDIVIDUAL.test(label);
      if (!individual || STRUCTURAL.test(total.label) || members.length < 2) continue;
      const adds = countColumns.every((i) => {
        const v = total.counts.get(i);
        return v !== undefined && v !== null && members.reduce((a, m) => a + (m.counts.get(i) ?? NaN), 0) === v;
      });
      if (!adds) {
        findings.push(
          unreadNumber({
            subject: PT,
            line: total.line,
            value: doc.at(total.line),
            message: `total row "${total.label}": its interventions do not add up to it in every participant column; not stored`,
          }),
        );
        continue;
      }
      const exited = countColumns.find((i) => columnKey(measures[i]!) === "exited/all");
      for (const i of countColumns) {
        const c = measures[i]!;
        const common = { intervention: null, year: doc.periodYear, value: total.counts.get(i)!, line: total.line };
        const source = { text: doc.at(total.line), section: PT, approximate: false };
        if (!("exit" in c))
          facts.push({ table: "participant_count", ...common, measure: c.measure, gender: c.gender, ...source });
        // A destination is a part of the row's exits: none without them, never more than they.
        else if (exited !== undefined && common.value <= total.counts.get(exited)!)
          facts.push({
            table: "participant_breakdown",
            ...common,
            population: "exited",
            dimension: "exit_outcome",
            category: c.exit,
            source_label: header[i]!.text,
            ...source,
          });
      }
    }
    n = r - 1;
  }
  return { facts, findings };
}
