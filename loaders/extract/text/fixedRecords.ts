/**
 * A delivery file of fixed-length records whose header states the layout ("POSTBESKRIVNING (fast
 * postlängd 47 tecken)", "Pos  1– 2  Posttyp: 01 deltagare, 02 avslut mot …", or a field list "Fält
 * Start Längd Innehåll"), each record one line with no separators
 * ("01202500SF      INSKRIVNA       T0000000000187+"):
 *
 * - every field cut at the positions the layout gives, its role told by its name (record type, year,
 *   period, code, variable, gender, value, sign); a field no role names must be blank in every
 *   record, else the file is left as written;
 * - the record types as the layout names them: participants (counts), exits' destinations, the
 *   economy (amounts), members' fees, and a closing or sum record never read;
 * - amounts in öre or with implied decimals where the value's description says so ("belopp i öre",
 *   "två underförstådda decimaler"), the sign from its own field ("+", "-", blank) or none;
 * - a period field read only where the layout names the whole year's code ("00 = helår"); a
 *   half-year's records never; a gender code as the layout defines it ("K = kvinnor"), blank all;
 * - members by the code list under the layout ("K2281   Norrgrimsta kommun") or, where the
 *   variable holds the name, by that name; opening equity, budget records and the record count
 *   never as the year's accounts.
 *
 * What holds is set out as long-format tables and a members' list (`structuredData.ts`
 * `setOutRows`), each row citing its record's line; the layout and the records are blanked for
 * every other reader. The cheap test: the first sixty lines name a record layout. Pure.
 */
import { fold } from "../../reference/concepts.ts";
import { TOTAL_LABEL } from "../../reference/rowLabels.ts";
import { conceptLabel, equityDay, setOutRows, type Row, type XmlData } from "./structuredData.ts";
import { federationAbove, PART_YEAR } from "./statusRecords.ts";

type Role = "type" | "year" | "period" | "code" | "variable" | "gender" | "value" | "sign";
const ROLE_OF: readonly [RegExp, Role][] = [
  [/^(?:posttyp|rectyp|recordtyp|radtyp|typ|satstyp)$/, "type"],
  [/^(?:ar|redovisningsar|verksamhetsar|year)$/, "year"],
  [/^(?:period|tidsperiod)$/, "period"],
  [/^(?:kod|medlemskod|enhetskod|organisationskod)$/, "code"],
  [/^(?:variabel|matt|namn|benamning|post)$/, "variable"],
  [/^(?:kon|gender)$/, "gender"],
  [/^(?:varde|belopp|antal|value)$/, "value"],
  [/^(?:tecken|sign|forteckn|fortecken)$/, "sign"],
];

interface Field {
  name: string;
  role?: Role;
  /** 0-based start, exclusive end. */
  from: number;
  to: number;
  about: string;
  line: number;
}

/** "Pos  1– 2  Posttyp: 01 deltagare …", "Pos 33     Kön: …", "Position 34-46 Värde". */
const POS_LINE = /^\s*pos(?:ition)?\.?\s+(\d+)\s*(?:[–-]\s*(\d+))?\s+(\S.*)$/iu;
/** "RECTYP   1   1   D = deltagare …": a field list's row of name, start and length. */
const LIST_LINE = /^\s*([\p{L}_][\p{L}\d_]*)\s+(\d+)\s+(\d+)(?:\s+(\S.*))?$/u;
/** "Posttyp   1–2   01 deltagare …", "Kön   33   K = kvinnor": a field's name, its positions and what it holds. */
const NAME_RANGE_LINE = /^\s*([\p{L}_][\p{L}\d_]*)\s+(\d+)(?:\s*[–-]\s*(\d+))?(?:\s{2,}(\S.*?))?\s*$/u;
/** The words that name a layout in the first lines. */
const LAYOUT_WORDS =
  /postlängd|postbeskrivning|filbeskrivning|postlayout|fältbeskrivning|poststruktur|postformat|record layout/;

/** A field's role from its name (the description's first word, or the list's name). */
function roleOf(name: string): Role | undefined {
  const key = fold(name.toLowerCase()).replace(/[^\p{L}\d]+/gu, "");
  return ROLE_OF.find(([re]) => re.test(key))?.[1];
}

/** "01 deltagare, 02 avslut mot" / "D = deltagare, E = ekonomi": code → meaning. */
function codeList(about: string): Map<string, string> {
  const codes = new Map<string, string>();
  const text = about.replace(/^[^:]*:\s*/, "").replace(/\([^)]*\)/g, "");
  for (const part of text.split(/[,;]|\s+och\s+|\s+eller\s+/)) {
    const m = /^\s*([\p{Lu}\d]{1,4})\s*(?:=\s*)?(\p{L}[\p{L} –-]*?)\s*\.?\s*$/u.exec(part);
    if (m) codes.set(m[1]!, m[2]!.toLowerCase());
  }
  return codes;
}

type Kind = "count" | "exits" | "money" | "fee" | "skip";
function kindOf(meaning: string): Kind {
  const m = fold(meaning);
  if (/avslut/.test(m)) return "exits";
  if (/medlem/.test(m)) return "fee";
  if (/slut|summa|trailer|kontroll|poster/.test(m)) return "skip";
  if (/ekonomi|belopp|resultat|kronor/.test(m)) return "money";
  if (/deltagare|personer/.test(m)) return "count";
  return "skip";
}

/** The layout's fields, from "Pos a–b" lines or a field list; undefined where the lines hold none. */
function layoutAt(
  lines: readonly string[],
  limit: number,
): { fields: Field[]; first: number; last: number } | undefined {
  const fields: Field[] = [];
  let first = -1;
  let last = -1;
  let inList = false;
  let heading = false;
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (!heading && LAYOUT_WORDS.test(line.toLowerCase())) {
      heading = true;
      continue;
    }
    const pos = POS_LINE.exec(line);
    if (pos) {
      const from = Number(pos[1]) - 1;
      const to = pos[2] ? Number(pos[2]) : from + 1;
      const about = pos[3]!;
      fields.push({ name: /^[\p{L}]+/u.exec(about)?.[0] ?? "", from, to, about, line: i });
      if (first < 0) first = i;
      last = i;
      continue;
    }
    if (/\bstart\b/i.test(line) && /\blängd\b/i.test(line)) {
      inList = true;
      if (first < 0) first = i;
      last = i;
      continue;
    }
    const row = inList ? LIST_LINE.exec(line) : undefined;
    if (row) {
      const from = Number(row[2]) - 1;
      fields.push({ name: row[1]!, from, to: from + Number(row[3]), about: row[4] ?? "", line: i });
      last = i;
      continue;
    }
    // Under the layout's heading, a field named before its positions ("Posttyp   1–2   01 deltagare …").
    const named = heading && !inList ? NAME_RANGE_LINE.exec(line) : undefined;
    if (named && roleOf(named[1]!)) {
      const from = Number(named[2]) - 1;
      fields.push({
        name: named[1]!,
        from,
        to: named[3] ? Number(named[3]) : from + 1,
        about: named[4] ?? "",
        line: i,
      });
      if (first < 0) first = i;
      last = i;
      continue;
    }
    // A description running on, indented under its field ("           Posttyp 03 och 04: belopp i öre").
    if (fields.length > 0 && last === i - 1 && /^\s{6,}\S/.test(line)) {
      fields[fields.length - 1]!.about += ` ${line.trim()}`;
      last = i;
      continue;
    }
    if (fields.length > 0 && line.trim() !== "") inList = false;
  }
  if (fields.length < 4) return undefined;
  for (const f of fields) f.role = roleOf(f.name);
  const roles = fields.flatMap((f) => (f.role ? [f.role] : []));
  if (new Set(roles).size !== roles.length) return undefined;
  for (const need of ["type", "year", "variable", "value"] as const) if (!roles.includes(need)) return undefined;
  return { fields, first, last };
}

/** "MEDLEMSKODER" / "STAT      Staten (…)": the code list under a heading naming codes. */
function memberCodes(lines: readonly string[], limit: number): Map<string, string> {
  const codes = new Map<string, string>();
  let under = false;
  for (let i = 0; i < limit; i++) {
    const t = lines[i]!;
    if (/koder\b|kodlista/i.test(t) && !/\d/.test(t)) {
      under = true;
      continue;
    }
    if (!under) continue;
    const m = /^\s*([\p{Lu}\d]{1,8})\s{2,}(\p{L}.*?)\s*$/u.exec(t);
    if (m) codes.set(m[1]!, m[2]!.replace(/\s*\([^)]*\)\s*$/, "").trim());
    else if (t.trim() !== "") under = false;
  }
  return codes;
}

/** A variable's words: "VERKS_RESULTAT" → "verksamhetens resultat", "EGET_KAPITAL_UB" → "eget kapital utgående". */
const ABBREVIATIONS: Record<string, string> = {
  verks: "verksamhetens",
  fin: "finansiella",
  ib: "ingående",
  ing: "ingående",
  ub: "utgående",
  utg: "utgående",
  intakter: "intäkter",
  tillgangar: "tillgångar",
  arets: "årets",
  sokande: "sökande",
  arbetssokande: "arbetssökande",
};
export const variableWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ");

/** The document's fixed-length record file set out as what holds; undefined where the text states no layout. */
export function fixedRecords(lines: readonly string[]): XmlData | undefined {
  const head = Math.min(lines.length, 60);
  if (!LAYOUT_WORDS.test(lines.slice(0, head).join("\n").toLowerCase())) return undefined;
  const layout = layoutAt(lines, head);
  if (!layout) return undefined;
  const field = (role: Role) => layout.fields.find((f) => f.role === role);
  const type = field("type")!;
  const types = codeList(type.about);
  if (types.size === 0) return undefined;
  const genderField = field("gender");
  const genders = genderField ? codeList(genderField.about) : new Map<string, string>();
  const periodField = field("period");
  // A file of a part of the year with no period field to tell its records apart: none is the year's.
  if (!periodField && lines.slice(0, layout.first).some((l) => PART_YEAR.test(l))) return undefined;
  const whole = periodField
    ? [...codeList(periodField.about)].find(([, m]) => /helår|hela året/.test(m))?.[0]
    : undefined;
  if (periodField && whole === undefined) return undefined;
  const valueField = field("value")!;
  const value = fold(valueField.about.toLowerCase());
  const decimals = /\bore\b|tva underforstadda decimaler|2 decimaler/.test(value)
    ? 2
    : Number(/(\d) (?:underforstadda|implicita) decimaler/.exec(value)?.[1] ?? 0);
  const width = Math.max(...layout.fields.map((f) => f.to));
  const codes = memberCodes(lines, lines.length);
  const rows: Row[] = [];
  const recordLines: number[] = [];
  const owners = new Set<string>();
  const cut = (line: string, f: Field | undefined) => (f ? line.padEnd(width).slice(f.from, f.to) : "");
  for (let i = layout.last + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > width || line.trimEnd().length < valueField.to) continue;
    const kind = types.get(cut(line, type).trim());
    const yearText = cut(line, field("year"));
    if (kind === undefined || !/^(?:19|20)\d\d$/.test(yearText)) continue;
    // A field no role names is blank in every record, or the file is not read.
    if (layout.fields.some((f) => !f.role && cut(line, f).trim() !== "")) return undefined;
    recordLines.push(i);
    const k = kindOf(kind);
    if (k === "skip") continue;
    if (periodField && cut(line, periodField).trim() !== whole) continue;
    const digits = cut(line, valueField).trim();
    if (!/^\d+$/.test(digits)) continue;
    const signText = cut(line, field("sign")).trim();
    if (signText !== "" && signText !== "+" && signText !== "-") continue;
    const money = k === "money" || k === "fee";
    const number = (Number(digits) / 10 ** (money ? decimals : 0)) * (signText === "-" ? -1 : 1);
    const genderCode = cut(line, genderField).trim();
    const genderWord = genderCode === "" ? "totalt" : fold(genders.get(genderCode) ?? "");
    const gender = /^kvinn/.test(genderWord)
      ? "Kvinnor"
      : /^man|^män/.test(genderWord)
        ? "Män"
        : /^(?:totalt|samtliga|alla)/.test(genderWord)
          ? "Totalt"
          : undefined;
    if (!gender) continue;
    const variable = cut(line, field("variable")).trim();
    const code = cut(line, field("code")).trim();
    const year = Number(yearText);
    const base = { gender, year, value: number, unit: money ? "kr" : "antal", line: i } as const;
    if (k === "fee") {
      const name = codes.get(code) ?? (/medlem|bidrag|avgift/i.test(variable) ? undefined : variable);
      if (!name || TOTAL_LABEL.test(name) || number <= 0) continue;
      rows.push({ ...base, measure: "", member: name });
      continue;
    }
    owners.add(code);
    const words = variableWords(variable);
    if (k === "exits") {
      const label = conceptLabel([`Avslutade till ${words.replace(/^avslut(?:ade)?\s+(?:till\s+)?/, "")}`], false);
      if (label !== "") rows.push({ ...base, measure: label });
      continue;
    }
    const budget = /\bbudget\b/.test(words);
    const plain = words.replace(/\bbudget\b/, "").trim();
    const day = /\beget kapital\b/.test(plain) ? equityDay(plain) : undefined;
    if (day === "opening" || (k === "money" && /\beget kapital\b/.test(plain) && !day)) continue;
    const label = day === "closing" ? "eget kapital vid årets slut" : conceptLabel([plain], false);
    if (label === "" || (budget && !money)) continue;
    rows.push({ ...base, measure: budget ? `${label}, budget` : label });
  }
  // Counts and amounts of one owner only (the federation's code on every record): else whose is unclear.
  if (recordLines.length < 2 || owners.size > 1) return undefined;
  const out: XmlData = { lines: [...lines], blocks: new Map() };
  for (let k = layout.first; k <= layout.last; k++) out.lines[k] = "";
  for (const k of recordLines) out.lines[k] = "";
  // Whose the counts and amounts are: the federation the file's title names (the reader keeps its own only).
  const owner = federationAbove(lines, Math.min(layout.first, 12));
  const owned = rows.map((r) => (r.member === undefined && owner !== undefined ? { ...r, scope: owner } : r));
  if (rows.length > 0) out.blocks.set(recordLines[0]!, setOutRows(owned, recordLines[0]!));
  return out;
}
