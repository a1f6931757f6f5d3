/**
 * A report printed from an accounting system and sent as the year's accounts ("Resultatrapport",
 * "Balansrapport", "Huvudbok"-style print-outs): a header "Konto  Benämning" over columns the
 * system names, account numbers before the labels, and often the credit convention (revenue,
 * equity and liabilities with a minus sign; a positive result is a deficit). Read as an ordinary
 * statement, so the statement readers read it with every guard they have:
 *
 * - The columns are named from the print-out's period ("Period 2024-01 - 2024-12"), which must end
 *   with the year's last month: "Ackumulerat" is then the year's outcome, "Budget helår" its
 *   budget, "Fg år ack" the year before's outcome, "Ingående balans" the year before's closing
 *   balance and "Utgående balans" the year's. The month's own column ("Perioden") and a balance's
 *   change are left out: a month is never the year. A column of any other name, or a period
 *   ending before December, leaves the report as written.
 * - The signs are settled by sums, never by a legend alone: in the income report revenue +
 *   costs (+ the financial items, where given) = the result line in every column read (credit convention when revenue is below zero and
 *   costs above: every sign is turned, so revenue is positive, costs negative and a deficit
 *   negative, as a statement writes them); in the balance report the assets and the equity and
 *   liabilities add up to zero (credit convention: the equity and liabilities' signs are turned).
 *   A report whose sums do not hold is left as written.
 * - Account numbers are dropped, and the income report's result line
 *   ("Beräknat resultat", "Resultat") is the year's result. A balance report's result row has no
 *   opening balance: its cell there is left empty.
 *
 * One line per document line; facts quote the document's own lines (`documentWording`). Pure.
 */
import { statementItem } from "../../reference/statementLabels.ts";
import { readUnit } from "../../reference/units.ts";
import { markedSigns } from "./markedSigns.ts";
import { namesPartOfYear } from "../general/partYear.ts";

/** "Konto  Benämning", "Kontonr  Kontonamn": the label columns of a print-out, then its value columns. */
const HEADER = /^\s*((?:konto(?:nr|nummer)?|kto)\s+(?:benämning|kontonamn|namn|text|konto))\s{2,}(\S.*)$/i;
/**
 * "Balansrapport, utdrag   Ing. balans   Perioden   Utg. balans": a balance report's excerpt under an
 * income report, titled in its header's first cell instead of "Konto  Benämning".
 */
const EXCERPT_HEADER = /^\s*(balans(?:rapport|räkning)(?:,?\s*\(?utdrag\)?)?)\s{2,}(\S.*)$/i;
/** "Period 2024-01 - 2024-12", "Period: 202401–202412", "Perioden 2024-01-01 - 2024-12-31": the print-out's period. */
const PERIOD =
  /\bperiod(?:en)?\s*:?\s*((?:19|20)\d\d)-?(\d\d)(?:-\d\d)?\s*(?:[-–]|--)\s*((?:19|20)\d\d)-?(\d\d)(?:-(\d\d))?(?!\d)/i;
/** "Urval period: 202512", "Period 2025-12": one month alone, the accumulated columns then run to its end. */
const ONE_MONTH = /\bperiod(?:en)?\s*:?\s*((?:19|20)\d\d)-?(\d\d)(?![\d-]|\s*(?:[-–]|--)\s*\d)/i;
/** "Räkenskapsår 2024-01-01 - 2024-12-31": the fiscal year, when stated, must be the calendar year. */
/**
 * "Urval: Projekt 310 Steget", "Ansvar: 31 Insatser", "Kostnadsställe 4100", "Projekt: 310": a print-out selected
 * on one project, cost centre or intervention, no account of the whole federation. "Urval period: 202512"
 * (a selection of the period only) is no such line.
 */
const PART_SELECTION =
  /^\s*(?:urval\s*:?\s*(?:projekt|ansvar|kostnadsställe|kst|objekt|insats(?:en)?|verksamhet|aktivitet)\b|(?:ansvar|kostnadsställe|kst|projekt|objekt|insats)\s*:?\s*\d|(?:ansvar|kostnadsställe|kst|projekt|objekt|insats)\s*:\s*(?!alla\b|samtliga\b|\*)\S)/i;
const FISCAL_YEAR =
  /\b(?:räkenskapsår|bokföringsår|verksamhetsår)\s*:?\s*((?:19|20)\d\d)-?(\d\d)-?(\d\d)\s*(?:[-–]|--)\s*((?:19|20)\d\d)-?(\d\d)-?(\d\d)/i;

type Role = "year" | "budget" | "prior" | "opening" | "closing" | "left_out";
/**
 * A year or date closing a column's name ("Utfall ack 2024", "UB 2024-12-31"): the name is read
 * without it, and the year must be the one the role gives (the report's, the year before's for the
 * prior year's outcome; an opening balance's date the year's first day, a closing one its last).
 */
const NAMED_YEAR = /^(.*?)\s+((?:19|20)\d\d)(?:-(\d\d)-(\d\d))?$/;
const COLUMN_ROLES: [RegExp, Role][] = [
  // "Utfall 2025" is the year's only with its year named (checked against the report's below).
  [
    /^(?:ackumulerat|ack\.?|ackum\.?|utfall ack(?:um)?\.?|ack\.? utfall|ack\.? jan[-–]dec|utfall jan[-–]dec|utfall hittills i år|hittills i år|utfall)$/i,
    "year",
  ],
  [/^(?:budget helår|helårsbudget|årsbudget|budget år|budget ack\.?)$/i, "budget"],
  [
    /^(?:fg\.? år ack\.?|fg\.? år|föreg\.? år(?: ack\.?)?|föregående år(?: ack\.?)?|(?:utfall )?ack(?:um)?\.? (?:fg\.?|föreg\.?|föregående) år|utfall fg\.? år)$/i,
    "prior",
  ],
  [/^(?:ingående balans|ing\.? balans|ingående saldo|ib)$/i, "opening"],
  [/^(?:utgående balans|utg\.? balans|utgående saldo|ub)$/i, "closing"],
  [/^(?:perioden|period|månaden|utfall period|utfall månad|förändring|periodens förändring)$/i, "left_out"],
];

/** A row: an account number (or none, for sums and headings) and its label, then the cells. */
/** A title naming one intervention or project: its print-out is that one's. */
const NAMES_ONE = /(?<!\p{L})(?:insats(?:en|erna)?|projekt(?:et)?)(?!\p{L})/iu;
/** An account, or a class of accounts ("30xx", "4xxx", "5–6xxx"), before a row's label. */
const ROW = /^\s*(?:(\d{3,6}|\d{1,2}(?:[–-]\d{1,2})?x{2,4})\s+)?(\S.*?)\s{2,}([-−–]?\d[\d -−–,]*\d|\d)\s*$/;
/** A cell: kronor, or kronor and öre ("2 805 300,00"). */
const CELL = /^[-−–]?\d{1,3}(?: \d{3})*(?:,\d\d)?$/;
/** A rule under the header ("-----  --------"): passed over. */
const RULE = /^[\s=_-]+$/;
/** The income report's result line, as accounting systems name it. */
const RESULT_LINE = /^(?:beräknat resultat|periodens resultat|årets resultat|resultat|redovisat resultat)$/i;

interface Row {
  line: number;
  account?: string;
  label: string;
  values: number[];
}

/** The lines with every accounting print-out read as a statement; undefined when there is none. */
export function ledgerReports(document: readonly string[]): string[] | undefined {
  // Signs a print-out writes after its numbers ("272 300-", "4 812 000 Kr"), where its sums settle them.
  const signed = markedSigns(document);
  const lines = signed ?? document;
  // Cheap first: a header naming the account column.
  if (!lines.some((l) => /^\s*(?:konto|kto\s)/i.test(l))) return signed;
  let out: string[] | undefined = signed;
  // The year's result an income report above gave, as a statement writes it.
  let yearResult: number | undefined;
  let yearAbove: number | undefined;
  for (let h = 0; h < lines.length; h++) {
    const header = HEADER.exec(lines[h]!);
    if (!header) {
      // A balance excerpt under an income report read above: its equity, where the year's result rolls it.
      const excerpt =
        yearResult !== undefined && yearAbove !== undefined && EXCERPT_HEADER.test(lines[h]!)
          ? readExcerpt(lines, h, yearAbove, yearResult)
          : undefined;
      if (!excerpt) continue;
      out ??= [...lines];
      for (const [n, text] of excerpt.rewritten) out[n] = text;
      h = excerpt.end;
      continue;
    }
    // A print-out selected on one project or cost centre is no account of the federation: left unread.
    if (lines.slice(Math.max(0, h - 8), h).some((l) => PART_SELECTION.test(l))) continue;
    const read = readReport(lines, h, yearResult);
    if (!read) continue;
    yearResult = read.yearResult ?? yearResult;
    if (read.yearResult !== undefined) yearAbove = read.year;
    out ??= [...lines];
    for (const [n, text] of read.rewritten) out[n] = text;
    h = read.end;
  }
  return out;
}

/** The period the print-out covers, from the lines above its header; only a whole calendar year's end. */
function reportYear(lines: readonly string[], h: number): number | undefined {
  let year: number | undefined;
  for (let n = Math.max(0, h - 8); n < h; n++) {
    const fiscal = FISCAL_YEAR.exec(lines[n]!);
    if (fiscal && !(fiscal[2] === "01" && fiscal[3] === "01" && fiscal[5] === "12" && fiscal[6] === "31"))
      return undefined;
    const period = PERIOD.exec(lines[n]!);
    if (period) year = period[4] === "12" && period[1] === period[3] ? Number(period[3]) : undefined;
    // One month alone ("Urval period: 202512"): the accumulated columns run to December only if it is December.
    const month = period ? undefined : ONE_MONTH.exec(lines[n]!);
    if (month) year = month[2] === "12" ? Number(month[1]) : undefined;
  }
  return year;
}

function readReport(
  lines: readonly string[],
  h: number,
  resultAbove?: number,
): { end: number; year: number; rewritten: [number, string][]; yearResult?: number } | undefined {
  const headerLine = lines[h]!.replace(/\t/g, "  ");
  const titleEnd = HEADER.exec(headerLine)!.index + HEADER.exec(headerLine)![1]!.length;
  const cells = [...headerLine.slice(titleEnd).matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    text: m[0],
    end: titleEnd + m.index! + m[0].length,
  }));
  const named = cells.map((c) => NAMED_YEAR.exec(c.text));
  const roles = cells.map((c, i) => COLUMN_ROLES.find(([re]) => re.test(named[i]?.[1] ?? c.text))?.[1]);
  // "Utfall ack 2023" beside "Utfall ack 2024": the year before's outcome.
  const latest = Math.max(...named.map((m, i) => (m && roles[i] === "year" ? Number(m[2]) : 0)));
  named.forEach((m, i) => {
    if (m && !m[3] && roles[i] === "year" && Number(m[2]) === latest - 1) roles[i] = "prior";
  });
  // A balance report's dates name its year where no period line above does ("IB 2024-01-01 … UB 2024-12-31").
  const closingDate = named.find((m, i) => roles[i] === "closing" && m?.[3] === "12" && m[4] === "31");
  // Without a period line, columns that each name their year ("Utfall 2025  Utfall 2024") name the
  // report's: the latest year's outcome. A bare "Utfall" names none.
  // The fallback only under a title naming no part of the year ("per den 31 augusti", "jan–aug") and no
  // intervention or project (an intervention's own print-out is its money, not the federation's).
  const above = lines.slice(Math.max(0, h - 8), h).join(" ");
  const everyNamed =
    named.every((m) => m && !m[3]) && roles.includes("year") && !namesPartOfYear(above) && !NAMES_ONE.test(above);
  const year =
    reportYear(lines, h) ?? (closingDate ? Number(closingDate[2]) : everyNamed && latest > 0 ? latest : undefined);
  if (year === undefined) return undefined;
  if (roles.some((r, i) => r === "year" && !named[i] && /^utfall$/i.test(cells[i]!.text))) return undefined;
  if (roles.some((r) => r === undefined) || !roles.some((r) => r === "year" || r === "closing")) return undefined;
  if (!named.every((m, i) => !m || namedYearFits(roles[i]!, m, year))) return undefined;
  const balance = roles.includes("closing");
  if (balance && roles.some((r) => r === "year" || r === "budget" || r === "prior")) return undefined;

  // The rows, down to the first line that is neither a row, a heading in capitals nor a blank.
  const rows: Row[] = [];
  const headings: number[] = [];
  let end = h;
  for (let n = h + 1; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\t/g, "  ");
    if (RULE.test(raw) && n === h + 1) continue;
    if (raw.trim() === "") {
      if (n + 1 < lines.length && lines[n + 1]!.trim() === "") break;
      continue;
    }
    const row = ROW.exec(raw);
    const values = row?.[3]!.split(/\s{2,}/).map((c) => c.trim());
    if (row && values!.length === cells.length && values!.every((v) => CELL.test(v))) {
      rows.push({ line: n, account: row[1], label: row[2]!.trim(), values: values!.map(toNumber) });
      end = n;
      continue;
    }
    if (row) return undefined;
    if (/^[\p{Lu}\s,&/-]+$/u.test(raw.trim()) && !/\d/.test(raw)) {
      headings.push(n);
      end = n;
      continue;
    }
    break;
  }
  if (rows.length < 3) return undefined;
  const kind = balance ? "balance_sheet" : "income_statement";
  const item = (r: Row) => statementItem(r.label, kind)?.item;
  const read = roles.flatMap((r, i) => (r === "left_out" ? [] : [i]));

  // The signs, settled by the report's own sums.
  let turn: (r: Row, index: number) => boolean;
  let resultRow: Row | undefined;
  if (!balance) {
    const revenue = rows.filter((r) => !r.account && item(r) === "revenue_operating");
    const costs = rows.filter((r) => !r.account && item(r) === "cost_operating");
    const results = rows.filter((r) => !r.account && RESULT_LINE.test(r.label));
    // "S:a finansiella poster" between the operating costs and the result, where the print-out has them.
    const financial = rows.filter((r) => !r.account && item(r) === "financial_items");
    if (revenue.length !== 1 || costs.length !== 1 || results.length !== 1 || financial.length > 1) return undefined;
    const [rev, cost, result] = [revenue[0]!, costs[0]!, results[0]!];
    const first = read[0]!;
    const credit = rev.values[first]! < 0 && cost.values[first]! > 0;
    const ordinary = rev.values[first]! > 0 && cost.values[first]! < 0;
    // Without a sum of the financial items, the accounts between the operating result and the
    // result line are them ("8310 Ränteintäkter").
    const financialAccounts = financial.length
      ? financial
      : rows.filter((r) => r.account && r.line > cost.line && r.line < result.line);
    const net = (i: number) =>
      rev.values[i]! + cost.values[i]! + financialAccounts.reduce((sum, r) => sum + r.values[i]!, 0);
    if (!(credit || ordinary) || !read.every((i) => net(i) === result.values[i]!)) return undefined;
    resultRow = result;
    turn = () => credit;
  } else {
    const assets = rows.filter((r) => !r.account && item(r) === "assets_total");
    const claims = rows.filter((r) => !r.account && item(r) === "equity_and_liabilities");
    if (assets.length !== 1 || claims.length !== 1) return undefined;
    const [a, c] = [assets[0]!, claims[0]!];
    if (!read.every((i) => a.values[i]! + c.values[i]! === 0)) {
      // An ordinary balance report: both sides positive and equal.
      if (!read.every((i) => a.values[i]! === c.values[i]! && a.values[i]! >= 0)) return undefined;
      turn = () => false;
    } else {
      // The equity and liabilities: every row after the assets' total.
      turn = (r) => r.line > a.line;
    }
  }

  const width = Math.max(...rows.map((r) => r.label.length)) + 4;
  const rewritten: [number, string][] = [];
  const lay = (label: string, cellsOf: (i: number) => string) => {
    let s = label.padEnd(width);
    cells.forEach((c, i) => {
      const cell = cellsOf(i);
      if (cell !== "") s = s.padEnd(Math.max(s.length + 2, c.end - cell.length)) + cell;
    });
    return s.trimEnd();
  };
  const unit = lines
    .slice(Math.max(0, h - 8), h)
    .map((l) => readUnit(l))
    .find(Boolean);
  const title = `${balance ? "Balansräkning" : "Resultaträkning"}${unit ? ` (${unit.written})` : ""}`;
  rewritten.push([h, lay(title, (i) => columnName(roles[i]!, year))]);
  // A rule under the header is the print-out's furniture: a statement's header stands right over its rows.
  if (RULE.test(lines[h + 1] ?? "") && lines[h + 1]!.trim() !== "") rewritten.push([h + 1, ""]);
  for (const r of rows) {
    // A balance report's accounts (the equity brought forward, the year's result booked at the
    // closing only) are no balance of their own at either date: only its sums are read.
    // The equity account is the year's closing equity where its change over the year is the year's
    // result the income report gave ("2010 Eget kapital  IB 2 140 388  UB 2 392 500", result 252 112).
    const partOnly = balance && (r.account !== undefined || RESULT_LINE.test(r.label)) && !rolledEquity(r);
    const label = r === resultRow ? "Årets resultat" : r.label;
    rewritten.push([
      r.line,
      lay(label, (i) => {
        if (roles[i] === "left_out" || partOnly) return "";
        const v = turn(r, i) ? -r.values[i]! : r.values[i]!;
        return format(v);
      }),
    ]);
  }
  const yearColumn = roles.indexOf("year");
  const ownResult =
    resultRow && yearColumn >= 0 ? (turn(resultRow, yearColumn) ? -1 : 1) * resultRow.values[yearColumn]! : undefined;
  return { end, year, rewritten, ...(ownResult !== undefined ? { yearResult: ownResult } : {}) };

  function rolledEquity(r: Row): boolean {
    if (!balance || resultAbove === undefined || r.account === undefined || item(r) !== "equity_end") return false;
    const opening = roles.indexOf("opening");
    const closing = roles.indexOf("closing");
    if (opening < 0 || closing < 0) return false;
    const signed = (i: number) => (turn(r, i) ? -r.values[i]! : r.values[i]!);
    return signed(closing) - signed(opening) === resultAbove;
  }
}

/**
 * A balance report's excerpt of the equity under the income report ("Balansrapport, utdrag  Ing. balans
 * Perioden  Utg. balans", accounts, then "S:a eget kapital"): only the equity's sum at the year's end is
 * read, and only where its change over the year is the income report's result, which also settles its
 * sign (the credit convention prints equity below zero). The accounts and the opening balance are left
 * out: an excerpt proves nothing else.
 */
function readExcerpt(
  lines: readonly string[],
  h: number,
  year: number,
  resultAbove: number,
): { end: number; rewritten: [number, string][] } | undefined {
  if (resultAbove === 0) return undefined;
  const headerLine = lines[h]!.replace(/\t/g, "  ");
  const m = EXCERPT_HEADER.exec(headerLine)!;
  const titleEnd = m.index + m[1]!.length;
  const cells = [...headerLine.slice(titleEnd).matchAll(/\S+(?: \S+)*/g)].map((c) => ({
    text: c[0],
    end: titleEnd + c.index! + c[0].length,
  }));
  const named = cells.map((c) => NAMED_YEAR.exec(c.text));
  const roles = cells.map((c, i) => COLUMN_ROLES.find(([re]) => re.test(named[i]?.[1] ?? c.text))?.[1]);
  if (roles.some((r) => r !== "opening" && r !== "closing" && r !== "left_out")) return undefined;
  const opening = roles.indexOf("opening");
  const closing = roles.indexOf("closing");
  if (opening < 0 || closing < 0 || roles.lastIndexOf("closing") !== closing) return undefined;
  if (!named.every((n, i) => !n || namedYearFits(roles[i]!, n, year))) return undefined;
  const rows: Row[] = [];
  let end = h;
  for (let n = h + 1; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\t/g, "  ");
    if (RULE.test(raw) && n === h + 1) continue;
    if (raw.trim() === "") break;
    const row = ROW.exec(raw);
    const values = row?.[3]!.split(/\s{2,}/).map((c) => c.trim());
    if (!row || values!.length > cells.length || !values!.every((v) => CELL.test(v))) break;
    rows.push({ line: n, account: row[1], label: row[2]!.trim(), values: values!.map(toNumber) });
    end = n;
  }
  // The sum: the one row without an account, the equity's, every column filled.
  const sums = rows.filter((r) => !r.account);
  if (sums.length !== 1 || rows.length < 2) return undefined;
  const sum = sums[0]!;
  if (statementItem(sum.label, "balance_sheet")?.item !== "equity_end" || sum.values.length !== cells.length)
    return undefined;
  const [o, c] = [sum.values[opening]!, sum.values[closing]!];
  const credit = c < 0 && o <= 0 && -c - -o === resultAbove;
  const ordinary = c > 0 && o >= 0 && c - o === resultAbove;
  if (!credit && !ordinary) return undefined;
  const width = Math.max(...rows.map((r) => r.label.length)) + 4;
  const at = cells[closing]!.end;
  const lay = (label: string, cell: string) =>
    cell === "" ? label : label.padEnd(Math.max(width, at - cell.length)) + cell;
  const rewritten: [number, string][] = [[h, lay("Balansräkning", columnName("closing", year))]];
  if (RULE.test(lines[h + 1] ?? "") && lines[h + 1]!.trim() !== "") rewritten.push([h + 1, ""]);
  for (const r of rows) rewritten.push([r.line, lay(r.label, r === sum ? format(credit ? -c : c) : "")]);
  return { end, rewritten };
}

/** A column's header as a statement writes it. */
function columnName(role: Role, year: number): string {
  switch (role) {
    case "year":
      return String(year);
    case "budget":
      return `Budget ${year}`;
    case "prior":
      return String(year - 1);
    case "opening":
      return `${year - 1}-12-31`;
    case "closing":
      return `${year}-12-31`;
    default:
      return "";
  }
}

/** A cell in whole kronor (öre rounded). */
const toNumber = (cell: string) => Math.round(Number(cell.replace(/[−–]/, "-").replace(/ /g, "").replace(",", ".")));

/** A column's year as its name writes it fits its role and the report's year. */
function namedYearFits(role: Role, m: RegExpExecArray, year: number): boolean {
  const written = Number(m[2]);
  const date = m[3] ? `${m[3]}-${m[4]}` : undefined;
  switch (role) {
    case "year":
    case "budget":
      return written === year && !date;
    case "prior":
      return written === year - 1 && !date;
    case "opening":
      return date === undefined
        ? written === year - 1
        : (written === year && date === "01-01") || (written === year - 1 && date === "12-31");
    case "closing":
      return written === year && (date === undefined || date === "12-31");
    default:
      return false;
  }
}

/** A number as a statement writes it: "-6 448 500". */
function format(v: number): string {
  const digits = String(Math.abs(v)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return v < 0 ? `-${digits}` : digits;
}
