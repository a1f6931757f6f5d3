/**
 * A fee table with the members as its columns, their total last, and a row per year and basis:
 *
 *     Medlemsbidrag, tkr
 *                   Staten (FK+AF)   Region Västmo   Ravik   Norrby    Summa
 *     Utfall 2024            2 000           1 000     600      400    4 000
 *     Budget 2025            2 100           1 050     630      420    4 200
 *
 * Each row is a list of the members' fees, its label the list's lead after the caption ("Medlemsbidrag, tkr
 * Utfall 2024"): the one judge of every list of members (`memberAmountLists.ts` `judgeMemberList`) decides
 * its year and basis and stores it only where the law's identities hold (the state's half, the total).
 *
 * It fires only under a caption naming the members' fees (right above, a blank line between allowed), on a
 * header of words alone whose last cell is the total and every other a member (the state among them), and
 * on rows whose label names a year and whose figures are one per header cell; a title over the years'
 * column ("År   Staten   Region X   Åby   Summa") is no member's cell. A table of members as rows,
 * or of participants by member, is never read here. Pure.
 */
import { readUnit } from "../../reference/units.ts";
import type { DocumentText } from "../documentText.ts";
import type { MemberOf } from "./contributionLists.ts";
import { judgeMemberList, kindOf, type ListItem, type ListJudgement } from "./memberAmountLists.ts";
import { ownMembersNamed } from "./ownMembers.ts";

/** The members' fees named in a caption. */
const FEES = /medlems(?:bidrag|avgift)|bidrag från medlemmarna|medlemmarnas bidrag/iu;
const TOTAL = /^(?:summa|totalt|total)$/iu;
const AMOUNT = /^\d{1,3}(?: \d{3})*(?:,\d+)?$/u;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
/** The title over a column of years: "År", "Verksamhetsår". */
const YEARS_TITLE = /^(?:år|året|verksamhetsår|räkenskapsår)$/iu;

const cellsOf = (line: string) => line.trim().split(/\s{2,}|\t/u);

export function memberColumnTables(doc: DocumentText, memberOf: MemberOf): ListJudgement {
  const out: ListJudgement = { facts: [], findings: [] };
  for (let n = 2; n < doc.lineCount; n++) {
    const raw = doc.lines[n - 1] ?? "";
    // Cheap first: a header of words ending on its total.
    if (!/(?:summa|totalt|total)\s*$/iu.test(raw) || /\d/.test(raw.replace(/\((?:[^()]*)\)/gu, ""))) continue;
    // "År   Staten   Region X   Åby   Summa": a title over the years' column names no member.
    const cells0 = cellsOf(raw);
    const head = YEARS_TITLE.test(cells0[0]!) ? cells0.slice(1) : cells0;
    if (head.length < 4 || !TOTAL.test(head.at(-1)!)) continue;
    const kinds = head.slice(0, -1).map((c) => kindOf(c, memberOf));
    if (kinds.some((k) => k === null || k.kind === "total") || !kinds.some((k) => k!.kind === "state")) continue;
    // The caption right above, or past one blank line.
    let c = n - 1;
    if (doc.at(c) === "" && c > 1) c--;
    const caption = doc.at(c);
    if (!FEES.test(caption) || /\d{1,3} \d{3}/u.test(caption)) continue;
    const unit = readUnit(caption);
    for (let k = n + 1; k <= doc.lineCount && doc.at(k) !== ""; k++) {
      const cells = cellsOf(doc.lines[k - 1] ?? "");
      const label = cells[0]!;
      if (cells.length !== head.length + 1 || !YEAR.test(label) || !cells.slice(1).every((v) => AMOUNT.test(v))) break;
      const values = cells.slice(1).map((v) => Number(v.replace(/ /g, "").replace(",", ".")));
      const items: ListItem[] = head.map((_, i) => ({
        kind: i === head.length - 1 ? "total" : kinds[i]!.kind,
        name: i === head.length - 1 ? head[i]! : kinds[i]!.name,
        value: values[i]!,
        decimals: 0,
        unit: null,
        line: k,
        approximate: false,
      }));
      const judged = judgeMemberList(doc, items, {
        own: ownMembersNamed(doc, memberOf),
        text: `${caption} ${label}`,
        line: k,
        unit: unit ? unit.unit : null,
        column: true,
      });
      out.facts.push(...judged.facts);
      out.findings.push(...judged.findings);
    }
  }
  return out;
}
