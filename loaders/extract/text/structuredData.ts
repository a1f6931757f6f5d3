/**
 * Structured data pasted into a report's text, set out as a long-format table the long-format reader
 * reads (`general/longFormatTables.ts`: "Insats  Mått  Kön  År  Värde  Enhet", one figure a row):
 *
 * - JSON (an open-data service's answer, a follow-up system's export): objects and arrays of records,
 *   pretty-printed or one record a line ("{ "ar": 2025, "enhet": "Hela förbundet", "deltagare": 168 }");
 * - a YAML dump: "key: value" lines nested by indentation, every key a single word ("nya_under_aret: 66");
 * - comma-separated values without quotes under a header of single-word keys ("ar,enhet,nyckeltal,kon,varde");
 * - JSON Lines, one record a line;
 * - XML data (`xmlData.ts` parses it; `xmlData` here sets it out before the page steps run, a workbook saved
 *   as XML as its sheets' tables);
 * - an outline printed as text (`outlines.ts`: branches, indentation, bullets or stars), each node a record.
 *
 * Every figure is placed by its keys, never by its position: a year key ("ar", "period", "år") dates the
 * figures of its object and the objects inside it; a scope key ("enhet" naming no unit, "insats",
 * "projekt", an intervention array's "namn", "forbund") says whose they are; a gender key ("kon": "K")
 * or a gender leaf ("kvinnor", "man") splits a count; a unit comes from a unit key ("enhet": "tkr"), a
 * key's ending ("belopp_tkr", "andel_procent") or the caption right above the block ("Ekonomi (kr):");
 * the measure is the path of keys, read through the concept lexicon by the long-format reader (its
 * words with å, ä and ö put back where one word of the vocabulary folds to them: "intakter").
 * A record's string measure ("post": "Årets resultat", "nyckeltal": "Avslutade deltagare, antal") names
 * the record's value keys' figure ("utfall", "varde", "antal"; "budget" its budget).
 *
 * Figures no year's outcome: never set out. A target ("mal_…", "malvarde"), a count since the start
 * ("ackumulerat", "sedan_start"), per-inhabitant or per-participant figures ("kr_per_invanare"), a
 * budget's counts, another body's record (a member's, the county's, the nation's) and metadata
 * ("_meta", "antal_poster") are dropped; the previous year's object ("foregaende_ar", "fg_ar") is that
 * year's; a figure with no year is the report's only where the reader's own rules say so. The
 * long-format reader then stores only what its sums allow. Each row cites the document line of its
 * value. A block that does not parse is left as written. Pure.
 */
import { letterVocabulary } from "./swedishLetters.ts";
import { readUnit, UNKNOWN_UNIT } from "../../reference/units.ts";
import { bestConcept, fold } from "../../reference/concepts.ts";
import { statementItem } from "../../reference/statementLabels.ts";
import { destinationRowCategory } from "../general/exitRowLabel.ts";
import { alignTabCells } from "../../input/tabCells.ts";
import { lineAtOffset, localName, parseXmlBlock, type XmlElement } from "./xmlData.ts";
import { mayOpenOutline, outlineAt, type OutlineBlock, type OutlineNode } from "./outlines.ts";
import { MEMBER_LABEL, TOTAL_LABEL } from "../../reference/rowLabels.ts";
import { characters } from "./wholeText.ts";

export interface StructuredLines {
  /** The lines with each structured block set out as long-format tables. */
  lines: string[];
  /** Per line of `lines`, the 0-based index of the input line it was made from. */
  from: number[];
}

type Scalar = string | number | boolean | null;
interface Leaf {
  value: Scalar;
  /** 0-based input line of the value. */
  line: number;
}
interface Node {
  kind: "object" | "array";
  line: number;
  entries: [string, Node | Leaf][];
}
const isNode = (v: Node | Leaf): v is Node => "kind" in v;

/** One figure set out: a row of the long-format table. */
export interface Row {
  scope?: string;
  measure: string;
  gender: "Kvinnor" | "Män" | "Totalt";
  year?: number;
  value: number;
  unit: string;
  line: number;
  /** A member's fee ("medlem": "Region X", "belopp_tkr": 2280): set out in a members' list, never the table. */
  member?: string;
}

// ---------- JSON, with each value's line ----------

/** A small JSON reader that keeps each value's line; undefined on anything that is not JSON. */
function parseJson(text: string, lineOf: (offset: number) => number): { node: Node | Leaf; end: number } | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const value = (): Node | Leaf | undefined => {
    ws();
    const c = text[i];
    const line = lineOf(i);
    if (c === "{" || c === "[") {
      const kind = c === "{" ? "object" : "array";
      const close = c === "{" ? "}" : "]";
      i++;
      const node: Node = { kind, line, entries: [] };
      ws();
      if (text[i] === close) {
        i++;
        return node;
      }
      for (let n = 0; ; n++) {
        let key = String(n);
        if (kind === "object") {
          ws();
          const k = str();
          if (k === undefined) return undefined;
          ws();
          if (text[i] !== ":") return undefined;
          i++;
          key = k;
        }
        const v = value();
        if (v === undefined) return undefined;
        node.entries.push([key, v]);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return node;
        }
        return undefined;
      }
    }
    if (c === '"') {
      const s = str();
      return s === undefined ? undefined : { value: s, line };
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!m) return undefined;
    i += m[0].length;
    const t = m[0];
    return { value: t === "true" ? true : t === "false" ? false : t === "null" ? null : Number(t), line };
  };
  const str = (): string | undefined => {
    if (text[i] !== '"') return undefined;
    let out = "";
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (c === "\n") return undefined;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === "\\") {
        const e = text[++i];
        if (e === "u") {
          out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
          i += 4;
        } else out += e === "n" ? " " : e === "t" ? " " : (e ?? "");
      } else out += c;
    }
    return undefined;
  };
  const node = value();
  return node ? { node, end: i } : undefined;
}

/** A JSON block opening on line `start` ("{" or "[" alone or opening a record): its tree and last line. */
function jsonBlock(lines: readonly string[], start: number): { node: Node; last: number } | undefined {
  const offsets: number[] = [];
  let text = "";
  // At most a few thousand lines: a document is never read past its block.
  const depth = { open: 0, inString: false };
  for (let k = start; k < lines.length && k < start + 5000; k++) {
    // Every line of a JSON block opens on a bracket, a key, a string or a value: prose ends the try.
    if (k > start && !JSON_LINE.test(lines[k]!)) return undefined;
    offsets.push(text.length);
    text += lines[k]! + "\n";
    balance(lines[k]!, depth);
    if (depth.open === 0) break;
    if (depth.open < 0) return undefined;
  }
  const lineOf = lineAtOffset(offsets, start);
  const parsed = parseJson(text, lineOf);
  if (!parsed || !isNode(parsed.node) || text.slice(parsed.end).trim() !== "") return undefined;
  return { node: parsed.node, last: start + offsets.length - 1 };
}

/**
 * JSON Lines: one complete record a line ("{"ar": 2025, "matt": "nya", "varde": 80}"), three lines at
 * least with no enclosing array: the records of one array, each on its own line.
 */
function jsonLinesBlock(lines: readonly string[], start: number): { node: Node; last: number } | undefined {
  const root: Node = { kind: "array", line: start, entries: [] };
  let k = start;
  for (; k < lines.length; k++) {
    const t = lines[k]!.trim();
    if (!t.startsWith("{") || !t.endsWith("}")) break;
    const parsed = parseJson(t, () => k);
    if (!parsed || !isNode(parsed.node) || t.slice(parsed.end).trim() !== "") break;
    root.entries.push([String(root.entries.length), parsed.node]);
  }
  return root.entries.length >= 3 ? { node: root, last: k - 1 } : undefined;
}

/** A line inside a JSON block. */
const JSON_LINE = /^\s*(?:[{}[\],"]|-?\d|true\b|false\b|null\b|$)/;
/** A line opening a JSON block: a bracket alone, or opening a record or a list. */
const JSON_OPEN = /^\s*[[{]\s*(?:$|[{["]|-?\d)/;

/** The brackets a line opens or closes, strings passed over, added to the count so far (one pass per line). */
function balance(line: string, depth: { open: number; inString: boolean }): void {
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (depth.inString) {
      if (c === "\\") i++;
      else if (c === '"') depth.inString = false;
    } else if (c === '"') depth.inString = true;
    else if (c === "{" || c === "[") depth.open++;
    else if (c === "}" || c === "]") depth.open--;
  }
}

// ---------- YAML and comma-separated values ----------

/** "nya_under_aret: 66", "deltagare:": a YAML mapping's line, its key one word. */
const YAML_LINE = /^( *)([\p{L}_][\p{L}\d_]*): *(.*)$/u;
/** "  - etikett: Deltagare": a list's item opening a mapping. */
const YAML_ITEM = /^( *)(- +)([\p{L}_][\p{L}\d_]*): *(.*)$/u;
/** The lines a YAML block needs, at least one of them a key over an indented block. */
const MIN_YAML_LINES = 5;

function yamlScalar(text: string): Scalar {
  const t = text.replace(/\s+#.*$/, "").trim();
  if (/^-?\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t === "null" || t === "~" || t === "") return null;
  if (t === "true" || t === "false") return t === "true";
  return t.replace(/^(["'])(.*)\1$/, "$2");
}

/** A YAML dump opening on line `start`: its tree and last line, or undefined where it is no YAML block. */
function yamlBlock(lines: readonly string[], start: number): { node?: Node; last: number } {
  const rows: { indent: number; key: string; rest: string; line: number; item?: number }[] = [];
  let k = start;
  for (; k < lines.length; k++) {
    // A comment line inside the block ("    # utkast: 112") is no line of it.
    if (k > start && /^\s+#/.test(lines[k]!)) continue;
    const m = YAML_LINE.exec(lines[k]!);
    // A list's item opening a mapping ("  - etikett: Deltagare"): its dash's column, its key's after it.
    const item = m ? undefined : YAML_ITEM.exec(lines[k]!);
    if (item) {
      rows.push({
        indent: item[1]!.length + item[2]!.length,
        key: item[3]!,
        rest: item[4]!,
        line: k,
        item: item[1]!.length,
      });
      continue;
    }
    if (!m) break;
    rows.push({ indent: m[1]!.length, key: m[2]!, rest: m[3]!, line: k });
  }
  // A run that is no YAML block is passed over whole: no line of it opens one.
  const none = { last: Math.max(start, k - 1) };
  if (rows.length < MIN_YAML_LINES || rows[0]!.indent !== 0 || rows[0]!.item !== undefined) return none;
  // A mapping: some key opens an indented block, and every key is in lower case.
  const nested = rows.some((r, j) => r.rest.trim() === "" && (rows[j + 1]?.indent ?? 0) > r.indent);
  if (!nested || !rows.every((r) => r.key === r.key.toLowerCase())) return none;
  const root: Node = { kind: "object", line: start, entries: [] };
  const stack: { indent: number; node: Node }[] = [{ indent: -1, node: root }];
  for (const r of rows) {
    if (r.item !== undefined) {
      // The item's record in its list: the list is the key above with no value of its own.
      while (stack.length > 1 && stack[stack.length - 1]!.indent >= r.item) stack.pop();
      const list = stack[stack.length - 1]!.node;
      if (list === root || (list.kind === "object" && list.entries.length > 0)) return none;
      list.kind = "array";
      const record: Node = { kind: "object", line: r.line, entries: [] };
      list.entries.push([String(list.entries.length), record]);
      stack.push({ indent: r.item, node: record });
    }
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= r.indent) stack.pop();
    const parent = stack[stack.length - 1]!.node;
    if (r.rest.trim() === "") {
      const child: Node = { kind: "object", line: r.line, entries: [] };
      parent.entries.push([r.key, child]);
      stack.push({ indent: r.indent, node: child });
    } else parent.entries.push([r.key, { value: yamlScalar(r.rest), line: r.line }]);
  }
  return { node: root, last: rows[rows.length - 1]!.line };
}

/** "ar,enhet,nyckeltal,kon,varde": a header of single-word keys set apart by commas. */
const CSV_HEADER = /^[\p{L}_][\p{L}\d_]*(?:,[\p{L}_][\p{L}\d_]*){2,}$/u;

/** Comma-separated records under a header of keys, each row as many cells as the header: records of one array. */
function csvBlock(lines: readonly string[], start: number): { node: Node; last: number } | undefined {
  const header = lines[start]!.trim();
  if (!CSV_HEADER.test(header)) return undefined;
  const keys = header.split(",");
  const root: Node = { kind: "array", line: start, entries: [] };
  let k = start + 1;
  for (; k < lines.length; k++) {
    const cells = lines[k]!.trim().split(",");
    if (cells.length !== keys.length || cells.every((c) => c === "")) break;
    const record: Node = { kind: "object", line: k, entries: [] };
    keys.forEach((key, j) => record.entries.push([key, { value: yamlScalar(cells[j]!), line: k }]));
    root.entries.push([String(root.entries.length), record]);
  }
  return root.entries.length >= 2 ? { node: root, last: k - 1 } : undefined;
}

// ---------- keys ----------

const YEAR_KEY =
  /^(?:ar|år|period|year|verksamhetsar|verksamhetsår|rakenskapsar|räkenskapsår|rapportar|rapportår|redovisningsar|redovisningsår)$/;
/** A key that is a year alone ("2025": { … }): that year's object. */
const YEAR_ALONE = /^(?:19|20)\d\d$/;
/** An object of the whole federation's figures beside the interventions' ("forbundet", "hela_forbundet"). */
const WHOLE_KEY =
  /^(?:forbundet|förbundet|hela_forbundet|hela_förbundet|forbundet_totalt|förbundet_totalt|forbundet_som_helhet|förbundet_som_helhet|samtliga_insatser|alla_insatser)$/;
/** An object naming the federation itself ("huvudman": { "namn": … }): whose the records around it are. */
const IDENTITY_KEY = /^(?:forbund|förbund|huvudman|organisation|samordningsforbund|samordningsförbund)$/;
/** A block of comparisons with other federations, the county or the nation: never the federation's outcome. */
const COMPARISON_KEY =
  /^(?:jamforelse|jämförelse|jamforelser|jämförelser|jamforelsear|jämförelseår|jamforelsetal|jämförelsetal|benchmark|riket|lanet|länet|nationellt|andra_forbund|andra_förbund)$/;
/** Structural work (training days, networks): its attendees are no enrolled individuals. */
const STRUCTURAL_KEY =
  /^(?:struktur|strukturinsats|strukturinsatser|strukturella_insatser|strukturovergripande|strukturövergripande)(?:_|$)/;
/** A key said as the other keys are: "NyaUnderAret" → "nya_under_aret", in lower case. */
const norm = (key: string) =>
  key
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1_$2")
    .replace(/[\s-]+/g, "_")
    .toLowerCase();
const SCOPE_KEY =
  /^(?:enhet|insats|insatsnamn|projekt|verksamhet|forbund|förbund|organisation|omrade|område|niva|nivå|redovisningsniva|redovisningsnivå)$/;
/** A record's name in an array of interventions ("insatser": [{ "namn": … }]). */
const NAME_KEY = /^(?:namn|name)$/;
const INTERVENTION_ARRAY =
  /^(?:insatser|insatserna|projekt|projekten|verksamheter|insats|per_insats|insatser_och_projekt)$/;
const UNIT_KEY = /^(?:enhet|unit|enhet_varde|enhet_värde|matenhet|måttenhet)$/;
const GENDER_KEY = /^(?:kon|kön|gender|sex)$/;
const MEASURE_KEY =
  /^(?:post|matt|mått|nyckeltal|variabel|indikator|rad|uppgift|titel|beskrivning|kpi|kpi_namn|benamning|benämning|etikett|label|rubrik)$/;
/** A record's destination named as a value ("avslut_till": "Arbete"). */
const DESTINATION_KEY = /^(?:avslut_till|avslutad_till|avslutsorsak|orsak|avslutsanledning|gick_till)$/;
/** A record's value keys: the outcome's. */
const VALUE_KEY = /^(?:varde|värde|value|antal|utfall|belopp|summa)$/;
const BUDGET_KEY = /^(?:budget|budgeterat|budgeterad|budgeterade)$/;
/** Keys and words naming what is no year's outcome: a target, a count since start, per capita, a forecast, meta. */
export const NOT_OUTCOME =
  /(?:^|_)(?:mal|mål|malvarde|målvärde|malniva|målnivå|ackumulerat|ackumulerad|sedan|prognos|plan|planerat|planerade|snitt|genomsnitt|medel|medelvarde|medelvärde|kvot|index|riktvarde|riktvärde|riktlinje|riktlinjen|hogst|högst|tak|ram|schemaversion)(?:_|$)/;
/** Per inhabitant, per participant: a ratio, never a total ("kr_per_invanare", "kostnad_per_deltagare"). */
export const PER_HEAD = /(?:^|_)per_(?:invanare|invånare|inv|deltagare|person|individ|capita|plats)/;
const META_KEY = /^_|^(?:meta|metadata|kalla|källa|licens|kontakt)$/;
/** A record about a member or a member's money: no reader's here. */
const MEMBER_RECORD_KEY = /^(?:medlem|medlemmar|part|huvudman_for_avgift|kommun)$/;
const PREVIOUS_YEAR_KEY =
  /^(?:foregaende_ar|föregående_år|fg_ar|fg_år|forra_aret|förra_året|fjol|foregaende|föregående)$/;
/** "skala": 1000: the amounts' scale, as a unit. */
const SCALE_KEY = /^(?:skala|scale|multiplikator|faktor)$/;
const SCALES = new Map<number, string>([
  [1, "kr"],
  [1000, "tkr"],
  [1000000, "mkr"],
]);
/** "valuta": "SEK": kronor, where no unit or scale says more. */
const CURRENCY_KEY = /^(?:valuta|currency)$/;
/** A record's basis said as a value ("typ": "utfall", "typ": "budget"). */
const BASIS_KEY = /^(?:typ|type|basis|varde_typ|värde_typ|slag)$/;
const BASIS_VALUE = /^(?:utfall|budget|budgeterat|faktiskt|actual)$/i;
/** The body that published an export ("utgivare"): whose its records are, where it is a federation. */
const PUBLISHER_KEY =
  /^(?:utgivare|utgivare_namn|publicerad_av|avsandare|avsändare|organisation|organisationsnamn|huvudman)$/;
const FEDERATION_NAME =
  /^(?:samordningsförbundet|samordningsforbundet|finsamförbundet|finsam)\s+\p{Lu}|\p{L}\s+samordningsförbund(?:et)?$/iu;
/** A day a balance is counted on ("datum": "2025-12-31"). */
const DATE_KEY = /^(?:datum|date|per|balansdag|bokslutsdag|avser_datum)$/;
/** A record that is part of another ("varav i REH"): never a category of its own. */
const VARAV_OF = /^varav_i_/;
/** Keys that say the outcome (dropped from the measure's words). */
const ACTUAL_KEY = /^(?:utfall|faktiskt|actual)$/;
const GENDER_LEAF: readonly [RegExp, Row["gender"]][] = [
  [/^(?:kvinnor|kvinna|k|kv|female|women)$/, "Kvinnor"],
  [/^(?:man|män|m|male|men)$/, "Män"],
  [/^(?:totalt|total|t|alla|samtliga|summa|antal|tot)$/, "Totalt"],
];
/** Words naming an exit in a path ("avslutade": { "per_orsak": { "arbete": 22 } }). */
const EXIT_PATH =
  /^(?:avslut(?:ade|ad|s)?(?:_?(?:till|mot|per_orsak|efter_orsak|orsak|orsaker|anledning|destination))?|avslutsorsak(?:er)?|per_orsak|efter_avslut|vart_gick|gick_till)$/;
/** A container of the exits' destinations, never of the exits themselves ("avslut_till", "avslutade_per_orsak"). */
const DESTINATIONS_KEY = /(?:^|_)(?:till|mot|orsak|orsaker|anledning|destination)$|^avslutsorsak/;
/** A key's ending naming its unit: "belopp_tkr", "andel_procent". */
const UNIT_SUFFIX = /_(kr|tkr|mkr|sek|tsek|ksek|msek|kronor|procent|pct)$/;

export function genderOf(word: string): Row["gender"] | undefined {
  const w = word.toLowerCase();
  return GENDER_LEAF.find(([re]) => re.test(w))?.[1];
}

let folded: Map<string, string | null> | undefined;
/** A key's word with å, ä and ö put back where exactly one word of the vocabulary folds to it ("intakter"). */
function restoreWord(word: string): string {
  const w = word.toLowerCase();
  if (/[åäö]/.test(w)) return w;
  const vocabulary = letterVocabulary();
  if (vocabulary.words.has(w)) return w;
  if (!folded) {
    folded = new Map();
    for (const v of vocabulary.words) {
      if (!/[åäö]/.test(v)) continue;
      const f = fold(v);
      folded.set(f, folded.has(f) && folded.get(f) !== v ? null : v);
    }
  }
  return folded.get(w) ?? w;
}

/** A key said in words: "verksamhetens_intakter" → "verksamhetens intäkter". */
export const keyWords = (key: string) =>
  norm(key)
    .replace(UNIT_SUFFIX, "")
    // A year in a key dates its figure; it is no word of the measure.
    .replace(/(?:^|_)(?:19|20)\d\d(?=_|$)/g, "")
    // "andel_arbete_studier": two destinations side by side in a key are the one "arbete eller studier".
    .replace(/(?<=^|_)arbete_(?:och_|eller_)?studier(?=_|$)/, "arbete eller studier")
    .split(/[_\s]+/)
    .filter(Boolean)
    .map(restoreWord)
    .join(" ");

/** A unit cell for a key's ending or a unit's value: "kr", "tkr", "mkr", "procent", "antal", or undefined. */
export function unitOf(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (/^(?:procent|pct|%|andel)$/.test(t)) return "procent";
  if (/^(?:antal|st|personer|pers|deltagare)$/.test(t)) return "antal";
  if (/^(?:sek|kronor)$/.test(t)) return "kr";
  if (/^(?:ksek|tsek)$/.test(t)) return "tkr";
  if (t === "msek") return "mkr";
  const u = readUnit(t);
  return u && u.unit !== UNKNOWN_UNIT && u.written.length === t.length ? u.unit : undefined;
}

// ---------- from a tree to rows ----------

interface Context {
  year?: number;
  /** The record's basis said in a value ("typ": "budget"): true for a budget's, false for the outcome's. */
  budget?: boolean;
  scope?: string;
  /** A record's string measure, for the value objects inside it ("varden": [{ "kon": "K", "varde": 64 }]). */
  measure?: string;
  unit?: string;
  path: string[];
  exit: boolean;
  /** An outline's fees may stand with no year of their own: the caption above dates them, as a list's caption does. */
  undated?: boolean;
  /** A list's last record naming a count ("etikett": "Deltagare"): the count a gender's record after it splits. */
  siblings?: { count?: string };
  /** Whether the node is an element of an array (its key is the array's). */
  inArray?: boolean;
  /** The unit the text above says every amount is in ("Belopp i tusental kronor."): money's only. */
  moneyUnit?: string;
}

const YEAR_VALUE = (v: Scalar) =>
  typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100 ? v : undefined;

function rowsOf(
  node: Node,
  ctx: Context,
  arrayKey: string | undefined,
  out: Row[],
  captionUnit: string | undefined,
): void {
  const leaves = node.entries.filter((e): e is [string, Leaf] => !isNode(e[1]));
  const member = leaves.find(([k, l]) => MEMBER_RECORD_KEY.test(norm(k)) && typeof l.value === "string");
  if (node.kind === "object" && member) {
    memberFees(leaves, String(member[1].value), ctx, captionUnit, out);
    return;
  }
  const own = arrayKey === undefined ? "" : norm(arrayKey);
  // A record of its own with a value ("post": { "namn": "Inskrivna deltagare", "varde": 187 }): its name is its measure.
  // Or a series of its own whose values are records inside it ("serie": { "namn": …, "varde": [{ "ar": 2025, … }] }).
  const holdsValue = (n: Node) => n.entries.some(([c, v]) => !isNode(v) && VALUE_KEY.test(norm(c)));
  const valued =
    leaves.some(([k]) => VALUE_KEY.test(norm(k)) || BUDGET_KEY.test(norm(k))) ||
    node.entries.some(
      ([, e]) =>
        isNode(e) && (e.kind === "array" ? e.entries.some(([, r]) => isNode(r) && holdsValue(r)) : holdsValue(e)),
    );
  const here: Context = { ...ctx };
  let measure = ctx.measure;
  let gender: Row["gender"] | undefined;
  let scale: string | undefined;
  for (const [key, leaf] of leaves) {
    const k = norm(key);
    const v = leaf.value;
    if (YEAR_KEY.test(k) && YEAR_VALUE(v)) here.year = YEAR_VALUE(v);
    else if (SCALE_KEY.test(k) && typeof v === "number") scale = SCALES.get(v);
    else if (typeof v === "string") {
      const unit = UNIT_KEY.test(k) ? unitOf(v) : undefined;
      if (unit) here.unit = unit;
      else if (CURRENCY_KEY.test(k) && unitOf(v) === "kr") here.unit ??= "kr";
      else if (BASIS_KEY.test(k) && BASIS_VALUE.test(v.trim())) here.budget = /^budget/i.test(v.trim());
      else if (SCOPE_KEY.test(k) || (NAME_KEY.test(k) && own && INTERVENTION_ARRAY.test(own))) here.scope = v;
      else if (NAME_KEY.test(k) && own && IDENTITY_KEY.test(own)) here.scope = v;
      // "utgivare": "Samordningsförbundet X" on an export's root: whose its records are.
      else if (PUBLISHER_KEY.test(k) && FEDERATION_NAME.test(v.trim())) here.scope ??= v.trim();
      // "datum": "2025-12-31": a balance's day dates its figure by the year it closes.
      else if (DATE_KEY.test(k) && /^(?:19|20)\d\d-12-31$/.test(v.trim())) here.year = Number(v.trim().slice(0, 4));
      else if (GENDER_KEY.test(k)) gender = genderOf(v);
      else if (MEASURE_KEY.test(k) || ((NAME_KEY.test(k) || BASIS_KEY.test(k)) && valued)) {
        measure = /^[\p{L}\d_]+$/u.test(v) ? keyWords(v) : v;
        // "Kvinnor" right after "Deltagare" in a list of key figures: the split of that count.
        const split = OUTLINE_GENDER(measure);
        if (split && split !== "T" && ctx.siblings?.count && valued) {
          gender = split === "K" ? "Kvinnor" : "Män";
          measure = ctx.siblings.count;
        } else if (ctx.siblings && valued) {
          const c = bestConcept(measure, ["participants"]);
          ctx.siblings.count =
            c && c.score === 1 && ["enrolled", "new", "exited"].includes(c.concept.code) ? measure : undefined;
        }
      } else if (DESTINATION_KEY.test(k)) measure = `Avslutade till ${v}`;
    }
  }
  // "skala": 1000 on a statement's block: its amounts in thousands, whatever its currency says.
  if (scale) here.unit = scale;
  // A federation object of its own ("forbund": { "namn": "Samordningsförbundet X" }): whose the records around it are.
  if (here.scope === undefined)
    for (const [key, entry] of node.entries) {
      if (!isNode(entry) || !IDENTITY_KEY.test(norm(key))) continue;
      // Its own figures (members, population) are no one's outcome.
      const name = entry.entries.find(([c, v]) => NAME_KEY.test(norm(c)) && !isNode(v) && typeof v.value === "string");
      if (name) here.scope = String((name[1] as Leaf).value);
    }
  // An export's own description ("metadata": { "forbund": "Samordningsförbundet X" }): whose the block is.
  if (here.scope === undefined && arrayKey === undefined)
    for (const [key, entry] of node.entries) {
      if (!isNode(entry) || !META_KEY.test(norm(key))) continue;
      const name = entry.entries.find(
        ([c, v]) => IDENTITY_KEY.test(norm(c)) && !isNode(v) && typeof v.value === "string" && /\p{L}/u.test(v.value),
      );
      if (name) here.scope = String((name[1] as Leaf).value);
    }
  // A target's, a count since the start's, a forecast's record: none of the year's outcome.
  const measureKey = measure && fold(measure).replace(/[^\p{L}\d]+/gu, "_");
  if (measureKey && (NOT_OUTCOME.test(measureKey) || PER_HEAD.test(measureKey) || VARAV_OF.test(measureKey))) return;
  // A part counted inside another category ("varav_i": "REH"): never a category of its own.
  if (leaves.some(([k, l]) => /^varav(?:_|$)/.test(norm(k)) && typeof l.value === "string")) return;
  here.measure = measure;
  // A gender the record names but no reader knows ("kon": "X"): none of the counts; no gender at all ("kon": null) is all.
  if (
    node.kind === "object" &&
    leaves.some(([k, l]) => GENDER_KEY.test(norm(k)) && typeof l.value === "string") &&
    !gender
  )
    return;
  // The federation's own object: its numbers (members, inhabitants, an organisation number) are no one's outcome.
  const identity = own !== "" && IDENTITY_KEY.test(own) && leaves.some(([k]) => NAME_KEY.test(norm(k)));
  // Interventions keyed by their names ("insatser": { "Steget": { … } }): each object its intervention's.
  const byName =
    node.kind === "object" &&
    !ctx.inArray &&
    own !== "" &&
    INTERVENTION_ARRAY.test(own) &&
    !leaves.some(([k]) => NAME_KEY.test(norm(k)));
  const listState: { count?: string } = {};
  // Members' fees keyed by their names ("medlemsbidrag_tkr": { "staten": 4150, "region_skogland": 2075 }).
  if (
    node.kind === "object" &&
    FEE_OBJECT.test(own) &&
    node.entries.every((e) => !isNode(e[1])) &&
    !here.budget &&
    !here.path.some((p) => /budget/i.test(p))
  ) {
    const unit = unitOf(UNIT_SUFFIX.exec(own)?.[1] ?? "") ?? here.unit ?? captionUnit ?? here.moneyUnit;
    if (unit === "kr" || unit === "tkr" || unit === "mkr")
      for (const [key, leaf] of leaves) {
        const k = norm(key);
        if (typeof leaf.value !== "number" || TOTAL_LABEL.test(keyWords(key)) || PER_HEAD.test(k)) continue;
        if (YEAR_KEY.test(k) || SCALE_KEY.test(k) || NOT_OUTCOME.test(k) || /(?:^|_)(?:andel|procent)(?:_|$)/.test(k))
          continue;
        if (here.year === undefined && !here.undated) continue;
        out.push({
          measure: "",
          gender: "Totalt",
          year: here.year,
          value: leaf.value,
          unit,
          line: leaf.line,
          member: memberName(key),
        });
      }
    return;
  }
  for (const [key, entry] of node.entries) {
    const k = norm(key);
    if (META_KEY.test(k)) continue;
    if (isNode(entry)) {
      if (NOT_OUTCOME.test(k) || PER_HEAD.test(k) || COMPARISON_KEY.test(k) || STRUCTURAL_KEY.test(k)) continue;
      const child: Context = {
        ...here,
        path: [...here.path],
        inArray: node.kind === "array",
        siblings: node.kind === "array" ? listState : undefined,
      };
      const yearAlone = YEAR_ALONE.test(k);
      if (PREVIOUS_YEAR_KEY.test(k)) {
        // The previous year's object: its own year key decides, else the year before the one around it.
        if (child.year === undefined && !entry.entries.some(([c, v]) => YEAR_KEY.test(norm(c)) && !isNode(v))) continue;
        if (child.year !== undefined) child.year -= 1;
      } else if (WHOLE_KEY.test(k)) child.scope = "Hela förbundet";
      else if (
        byName &&
        entry.kind === "object" &&
        !INTERVENTION_ARRAY.test(k) &&
        !entry.entries.some(([c]) => NAME_KEY.test(norm(c)))
      )
        child.scope = key.replace(/_/g, " ");
      else if (
        node.kind === "object" &&
        entry.kind === "object" &&
        !ACTUAL_KEY.test(k) &&
        !yearAlone &&
        !YEAR_KEY.test(k) &&
        !INTERVENTION_ARRAY.test(k) &&
        !IDENTITY_KEY.test(k)
      )
        child.path.push(key);
      if (EXIT_PATH.test(k)) child.exit = true;
      if (/(?:^|_)(?:budget|budgeterat)(?:_|$)/.test(k)) child.path.push("budget");
      const yearInKey = /(?:^|_)((?:19|20)\d\d)(?:_|$)/.exec(k);
      if (yearInKey) child.year = Number(yearInKey[1]);
      // "ekonomi_tkr": { … }: the unit of every amount inside.
      const unitInKey = UNIT_SUFFIX.exec(k)?.[1];
      if (unitInKey && unitOf(unitInKey)) child.unit = unitOf(unitInKey);
      rowsOf(entry, child, node.kind === "array" ? arrayKey : key, out, captionUnit);
      continue;
    }
    const v = entry.value;
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    // An intervention's figure set straight under the list of them ("insatser": { "Steget": 48 }): whose is unclear.
    if (byName || identity) continue;
    const previous = PREVIOUS_YEAR_KEY.test(k);
    if (YEAR_KEY.test(k) || NOT_OUTCOME.test(k) || PER_HEAD.test(k) || SCALE_KEY.test(k)) continue;
    if (previous && !(measure && here.year !== undefined)) continue;
    const suffix = UNIT_SUFFIX.exec(k)?.[1];
    let words: string[];
    let rowGender: Row["gender"] = gender ?? "Totalt";
    let budget = here.budget === true;
    let split = false;
    let year = here.year;
    if (measure && (VALUE_KEY.test(k) || BUDGET_KEY.test(k) || previous)) {
      // The previous year's value beside the year's ("foregaende_ar": 7105): that year's row.
      if (previous) year = here.year! - 1;
      words = [
        here.exit && !EXIT_WORDS.test(measure) && !/^avslutade till/i.test(measure)
          ? `Avslutade till ${measure}`
          : measure,
      ];
      budget ||= BUDGET_KEY.test(k);
    } else if (measure) continue;
    else {
      const leafGender = genderOf(k);
      // A list of destinations' own sum ("avslut_till": { "summa": 102, … }): a check, the exits are counted elsewhere.
      if (leafGender === "Totalt" && here.exit && DESTINATIONS_KEY.test(own)) continue;
      // A flat record's "kvinnor" and "man" beside its "deltagare": the split of the record's one count of all participants.
      const keys = leafGender ? (here.path.length > 0 ? here.path : flatCount(leaves)) : [...here.path, key];
      if (leafGender) rowGender = leafGender;
      split = leafGender !== undefined;
      if (keys.length === 0) continue;
      words = keys.map(keyWords);
      if (here.exit && !leafGender && !EXIT_PATH.test(k)) words = [`Avslutade till ${keyWords(key)}`];
      // "deltagare_2024": 162: a year in the key dates its figure.
      const leafYear = /(?:^|_)((?:19|20)\d\d)(?:_|$)/.exec(k);
      if (leafYear && !leafGender) year = Number(leafYear[1]);
    }
    if (words.some((w) => w === "budget")) budget = true;
    words = words.filter((w) => w !== "budget");
    if (words.length === 0) continue;
    // The equity at the year's start ("eget_kapital": { "vid_arets_borjan": … }, "ingående"): last year's closing equity.
    const equity = EQUITY.test(words.join(" ")) ? equityDay(words.join(" ")) : undefined;
    if (equity === "opening") {
      if (year === undefined) continue;
      year -= 1;
    }
    // The opening equity said as the closing one it is ("vid årets slut"); a bare "eget kapital" may be either.
    if (equity === "opening") words = ["eget kapital vid årets slut"];
    // The closing one under its parent ("eget_kapital": { "utgaende": … }): said the way the lexicon names it.
    else if (equity === "closing" && conceptLabel(words, false) === "") words = ["eget kapital vid årets slut"];
    let label = conceptLabel(
      words.map((w) =>
        w
          .replace(/\s*\(%\)|\s*%/g, "")
          .replace(/\b(?:procent|pct)\b/gi, "")
          .replace(/\s+/g, " ")
          .trim(),
      ),
      split,
    );
    if (label === "") continue;
    const unit =
      (suffix && unitOf(suffix)) ??
      (/\b(?:andel|procent)\b|%/i.test(words.join(" ")) ? "procent" : undefined) ??
      here.unit ??
      captionUnit ??
      (here.moneyUnit && namesMoney(label) ? here.moneyUnit : undefined) ??
      "antal";
    if (budget) {
      // A budget's counts are no outcome; its money is the budget's ("Intäkter, budget").
      if (unit === "antal" || unit === "procent") continue;
      label = `${label}, budget`;
    }
    // Each cell a run of words with single spaces: a cell may never look like two.
    out.push({
      scope: here.scope?.replace(/\s{2,}/g, " "),
      measure: label.replace(/,(?=\S)/g, ", "),
      gender: rowGender,
      year,
      value: v,
      unit,
      line: entry.line,
    });
  }
}

const EQUITY = /\beget kapital\b/i;
const OPENING_DAY = /\b(?:ingående|ingaende|vid årets början|vid arets borjan|årets början|1 januari|ib)\b/i;
const CLOSING_DAY = /\b(?:utgående|utgaende|vid årets slut|vid arets slut|årets slut|31 december|31 dec|ub)\b/i;
/** Whether the equity's words say the day it is counted: the year's start or its end; undefined where neither or both. */
export function equityDay(words: string): "opening" | "closing" | undefined {
  const opening = OPENING_DAY.test(words);
  const closing = CLOSING_DAY.test(words);
  return opening === closing ? undefined : opening ? "opening" : "closing";
}

/** "avslut_arbete", "avslutade studier": a destination of the exits said as the lexicon says it. */
const EXIT_WORDS = /^(?:avslut|avslutade|avslutad)\s+(?!till\b|mot\b|av\b|på grund\b|pga\b)(.+)$/i;

/** Whether a label names a figure a reader knows: a count, an amount, a rate or a destination. */
function named(label: string): boolean {
  if (destinationRowCategory(label)) return true;
  const c = bestConcept(label, ["participants", "finance", "rate"]);
  return (c !== undefined && c.score === 1) || statementItem(label, "income_statement")?.item === "financial_items";
}

/**
 * The measure's label from its keys' words, most specific first: all of them, then without the outer
 * keys ("ekonomi" / "verksamhetens intäkter"); for a split ("kvinnor" under "deltagare" /
 * "unika_personer") also without the inner ones. The first the lexicon names; else none: a figure no
 * reader knows ("medlemmar", "befolkning_16_64", "annat_eller_ej_angivet") is never set out.
 */
export function conceptLabel(words: readonly string[], split: boolean): string {
  const candidates: string[] = [];
  for (let a = 0; a < words.length; a++) candidates.push(words.slice(a).join(" "));
  if (split) for (let b = words.length - 1; b >= 1; b--) candidates.push(words.slice(0, b).join(" "));
  for (const c of candidates) {
    const exit = EXIT_WORDS.exec(c);
    const destination = exit ? `Avslutade till ${exit[1]}` : undefined;
    if (destination && destinationRowCategory(destination)) return destination;
    if (named(c)) return c;
  }
  return "";
}

/** A flat record's one count of all participants ("deltagare": 168 beside "kvinnor": 91), as keys; else none. */
function flatCount(leaves: readonly [string, Leaf][]): string[] {
  const counts = leaves.filter(([k, l]) => {
    if (typeof l.value !== "number" || genderOf(k)) return false;
    const c = bestConcept(keyWords(k), ["participants"]);
    return c !== undefined && c.score === 1 && c.concept.code === "enrolled";
  });
  return counts.length === 1 ? [counts[0]![0]] : [];
}

/** An object of members' fees keyed by the members ("medlemsbidrag_tkr", "medlemsavgifter"). */
const FEE_OBJECT =
  /^(?:medlemsbidrag|medlemsavgift|medlemsavgifter|bidrag_fran_medlemmar|bidrag_från_medlemmar|medlemmarnas_bidrag)(?:_(?:kr|tkr|mkr|sek|tsek|ksek))?$/;

/** A member's key said as its name: "region_skogland" → "Region Skogland", "alby_kommun" → "Alby kommun". */
const memberName = (key: string) =>
  key
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w, j) => (j > 0 && /^(?:kommun|och|län|läns)$/i.test(w) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join(" ");

/** A member's fee key: "belopp_tkr", "avgift", "medlemsbidrag_kr"; never a share or a per-head figure. */
const FEE_KEY = /^(?:belopp|avgift|medlemsavgift|medlemsbidrag|bidrag|utfall|summa|varde|värde|value)(?:_|$)/;

/**
 * A member's record ({ "medlem": "Region X", "belopp_tkr": 2280, "andel_procent": 25.0 }): its one fee
 * in a unit, the year around it, as a member row; a budget's, a plan's or a record of two fees none.
 */
function memberFees(
  leaves: readonly [string, Leaf][],
  name: string,
  ctx: Context,
  captionUnit: string | undefined,
  out: Row[],
): void {
  // The record's own year, unit and basis ("<post medlem="…" ar="2025" enhet="kr" varde="…"/>") before those around it.
  let year = ctx.year;
  let own: string | undefined;
  for (const [k, l] of leaves) {
    const key = norm(k);
    if (YEAR_KEY.test(key) && YEAR_VALUE(l.value)) year = YEAR_VALUE(l.value);
    else if (UNIT_KEY.test(key) && typeof l.value === "string") own = unitOf(l.value) ?? own;
    else if (BASIS_KEY.test(key) && typeof l.value === "string" && /^budget/i.test(l.value.trim())) return;
  }
  if (
    (year === undefined && !ctx.undated) ||
    ctx.budget ||
    ctx.path.some((k) => /budget|plan|prognos|forslag|förslag/.test(k.toLowerCase()))
  )
    return;
  const fees = leaves.filter(
    ([k, l]) => FEE_KEY.test(k.toLowerCase()) && typeof l.value === "number" && !PER_HEAD.test(k.toLowerCase()),
  );
  if (fees.length !== 1) return;
  const [key, leaf] = fees[0]!;
  const unit =
    unitOf(UNIT_SUFFIX.exec(key.toLowerCase())?.[1] ?? "") ?? own ?? ctx.unit ?? captionUnit ?? ctx.moneyUnit;
  if (unit !== "kr" && unit !== "tkr" && unit !== "mkr") return;
  out.push({
    measure: "",
    gender: "Totalt",
    year,
    value: leaf.value as number,
    unit,
    line: leaf.line,
    member: name,
  });
}

/** Whether a label names an amount of the accounts ("intäkter", "årets resultat", "eget kapital"). */
function namesMoney(label: string): boolean {
  const c = bestConcept(label.replace(/,\s*budget$/, ""), ["finance"]);
  return (c !== undefined && c.score === 1) || statementItem(label, "income_statement") !== undefined;
}

/** "Belopp i tusental kronor", "Ekonomin anges i kronor", "Alla belopp i kronor om inget annat anges". */
const DECLARED_UNIT =
  /\b(?:belopp(?:en)?|ekonomi(?:n)?|summor(?:na)?)\b[^.]{0,30}?\bi\s+(tusental kronor|tusentals kronor|miljoner kronor|hela kronor|kronor|tkr|mnkr|mkr|kr|sek|tsek|ksek|msek)(?!\p{L})/iu;

/**
 * The unit the paragraph above a block says its amounts are in (up to twelve lines up, to the text's
 * first line or another block): money's only, never a count's.
 */
export function declaredMoneyUnit(lines: readonly string[], start: number): string | undefined {
  const above: string[] = [];
  for (let k = start - 1; k >= 0 && k >= start - 12; k--) {
    const t = lines[k]!.trim();
    if (/^[[{<]|^[|+\\`\u2500-\u257f]/u.test(t)) break;
    above.unshift(t);
  }
  const m = DECLARED_UNIT.exec(above.join(" ").replace(/\s+/g, " "));
  if (!m) return undefined;
  const w = m[1]!.toLowerCase();
  return /^(?:tusental|tusentals) kronor$/.test(w)
    ? "tkr"
    : w === "miljoner kronor"
      ? "mkr"
      : w === "hela kronor"
        ? "kr"
        : unitOf(w);
}

/** The years the text above a block names (up to twelve lines up, to another block), each once. */
function yearsAbove(lines: readonly string[], start: number): string[] {
  const years = new Set<string>();
  for (let k = start - 1; k >= 0 && k >= start - 12; k--) {
    const t = lines[k]!;
    if (/^\s*[[{<]/.test(t)) break;
    for (const m of t.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)) years.add(m[0]);
  }
  return [...years];
}

/** The unit a caption right above a block states ("Ekonomi, hela förbundet (kr):"). */
function captionUnitAbove(lines: readonly string[], start: number): string | undefined {
  for (let k = start - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const t = lines[k]!.trim();
    if (t === "") continue;
    seen++;
    const bracket = /\(([^()]{1,30})\)\s*:?\s*$/.exec(t);
    if (bracket) return unitOf(bracket[1]!);
    return undefined;
  }
  return undefined;
}

const number = (v: number) => (Number.isInteger(v) ? String(v) : String(v).replace(".", ","));

/** The rows set out as long-format tables: one per kind of row (with or without a scope and a year). */
function tablesOf(rows: readonly Row[], blockLine: number): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  const kinds = new Map<string, Row[]>();
  // Members' fees: one list per year and unit under its caption ("Medlemsbidrag 2025 (tkr):"), as a
  // report lists them, for the members' readers (which store them only where the state's half holds).
  const lists = new Map<string, Row[]>();
  for (const r of rows)
    if (r.member !== undefined) lists.set(`${r.year} ${r.unit}`, [...(lists.get(`${r.year} ${r.unit}`) ?? []), r]);
  for (const r of rows) {
    if (r.member !== undefined) continue;
    const key = `${r.scope !== undefined ? "s" : ""}${r.year !== undefined ? "y" : ""}`;
    kinds.set(key, [...(kinds.get(key) ?? []), r]);
  }
  // The rows no key scopes first: their owner is the section's, before any intervention's name is read.
  for (const [key, list] of [...kinds].sort((a, b) => Number(a[0].includes("s")) - Number(b[0].includes("s")))) {
    const scoped = key.includes("s");
    const dated = key.includes("y");
    const header = [scoped ? "Insats" : "", "Mått", "Kön", dated ? "År" : "", "Värde", "Enhet"].filter(Boolean);
    out.push({ text: "", from: blockLine }, { text: header.join("   "), from: blockLine });
    for (const r of list) {
      const cells = [
        scoped ? r.scope! : "",
        r.measure,
        r.gender,
        dated ? String(r.year) : "",
        number(r.value),
        r.unit,
      ].filter((c, j) => c !== "" || (j !== 0 && j !== 3));
      out.push({ text: cells.join("   "), from: r.line });
    }
  }
  // After the tables: the line above a table stays its caption.
  for (const [key, list] of lists) {
    const [year, unit] = key.split(" ");
    const caption = year === "undefined" ? `Medlemsbidrag (${unit}):` : `Medlemsbidrag ${year} (${unit}):`;
    out.push({ text: "", from: blockLine }, { text: caption, from: list[0]!.line });
    for (const r of list) out.push({ text: `${r.member!.replace(/\s{2,}/g, " ")}   ${number(r.value)}`, from: r.line });
  }
  out.push({ text: "", from: blockLine });
  return out;
}

/** The first space, colon or comma of a line. */
const STOP = /[\s:,]/;
const IDENTIFIER = /^[\p{L}_][\p{L}\d_]*$/u;

/**
 * The cheap test a line passes before any block is tried there: a bracket first (after spaces), or a
 * one-word key opening the line right before its colon or comma ("nya_under_aret:", "ar,enhet,…").
 */
function opens(line: string): boolean {
  let k = 0;
  while (k < line.length && line.charCodeAt(k) === 32) k++;
  const c = line[k];
  if (c === "{" || c === "[") return true;
  if (k !== 0) return false;
  const stop = line.search(STOP);
  return stop > 0 && (line[stop] === ":" || line[stop] === ",") && IDENTIFIER.test(line.slice(0, stop));
}

/** The document's structured blocks set out as long-format tables, or undefined where it has none. */
export function structuredData(lines: readonly string[], reportYear?: number): StructuredLines | undefined {
  let out: StructuredLines | undefined;
  let copied = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!opens(line)) {
      // An outline (a mind map's or a tree view's export): its nodes as records.
      const outline = mayOpenOutline(lines, i) ? outlineAt(lines, i) : undefined;
      if (!outline) continue;
      const set = outlineLines(outline, lines, reportYear);
      if (set) {
        out ??= { lines: [], from: [] };
        for (; copied < outline.first; copied++) {
          out.lines.push(lines[copied]!);
          out.from.push(copied);
        }
        for (const { text, from } of set) {
          out.lines.push(text);
          out.from.push(from);
        }
        copied = outline.last + 1;
      }
      i = outline.last;
      continue;
    }
    const t = line.trim();
    const block =
      t.startsWith("{") || t.startsWith("[")
        ? JSON_OPEN.test(line)
          ? (jsonLinesBlock(lines, i) ?? jsonBlock(lines, i))
          : undefined
        : t.includes(",") && !t.includes(":")
          ? csvBlock(lines, i)
          : yamlBlock(lines, i);
    if (!block) continue;
    if (!block.node) {
      i = block.last;
      continue;
    }
    const rows: Row[] = [];
    rowsOf(
      block.node,
      { path: [], exit: false, moneyUnit: declaredMoneyUnit(lines, i) },
      undefined,
      rows,
      captionUnitAbove(lines, i),
    );
    if (rows.length < 2) {
      i = block.last;
      continue;
    }
    out ??= { lines: [], from: [] };
    for (; copied < i; copied++) {
      out.lines.push(lines[copied]!);
      out.from.push(copied);
    }
    for (const { text, from } of tablesOf(rows, i)) {
      out.lines.push(text);
      out.from.push(from);
    }
    copied = block.last + 1;
    i = block.last;
  }
  if (!out) return undefined;
  for (; copied < lines.length; copied++) {
    out.lines.push(lines[copied]!);
    out.from.push(copied);
  }
  return out;
}

// ---------- XML ----------

/** The opening of an XML block: the declaration, or a start tag alone at a line's start. */
const XML_OPEN = /^\s*<(?:\?xml\b|([A-Za-z_][\w.:-]*)(?=[\s>/]|$))/;
/** Roots that are a web page or a feed: the HTML and feed steps read those (`htmlMarkup.ts`, `feedMarkup.ts`). */
const PAGE_ROOT =
  /^(?:html|head|body|div|span|p|table|thead|tbody|tfoot|tr|td|th|ul|ol|li|h[1-6]|section|article|main|header|footer|nav|a|b|i|em|strong|br|hr|img|figure|figcaption|caption|dl|dt|dd|blockquote|pre|code|form|svg|font|center|small|sup|sub|u|s|del|ins|details|summary|aside|style|script|meta|link|title|feed|rss|channel|entry|item|rdf)$/i;
/** A member's reference by the ids declared at the top ("M1+M2"). */
const ID_REFERENCE = /^[A-Za-z]{0,3}\d{1,3}(?:\s*[+,&]\s*[A-Za-z]{0,3}\d{1,3})*$/;

/** An attribute's or an element's text as a value: a number where it is one ("7260", "42,2", "61 240", "-7418"), else the text. */
function xmlScalar(text: string): Scalar {
  const t = text.trim().replace(/\u2212/g, "-");
  if (/^-?\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (/^-?\d+,\d+$/.test(t)) return Number(t.replace(",", "."));
  if (/^-?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/[ \u00a0]/g, "").replace(",", "."));
  return t;
}

/** Ids declared for names ("<medlem id="M1" namn="Försäkringskassan"/>"): id → name. */
function declaredIds(root: XmlElement): Map<string, string> {
  const ids = new Map<string, string>();
  const walk = (el: XmlElement) => {
    const id = el.attributes.find((a) => /^(?:id|kod|nr)$/i.test(localName(a.name)))?.value;
    const name = el.attributes.find((a) => NAME_KEY.test(norm(localName(a.name))))?.value;
    if (id && name && el.children.length === 0 && /\p{L}/u.test(name)) ids.set(id.trim(), name.trim());
    el.children.forEach(walk);
  };
  walk(root);
  return ids;
}

/** An XML element as the node model the JSON reader builds: attributes and childless children as keys, repeated children as an array. */
function xmlNode(el: XmlElement, ids: ReadonlyMap<string, string>): Node {
  const entries: [string, Node | Leaf][] = [];
  for (const a of el.attributes) {
    const key = localName(a.name);
    if (/^xmlns\b/i.test(a.name)) continue;
    let value = a.value;
    // "M1+M2": the members the ids at the top name, "Försäkringskassan och Arbetsförmedlingen".
    if (MEMBER_RECORD_KEY.test(norm(key)) && ID_REFERENCE.test(value.trim())) {
      const names = value.split(/\s*[+,&]\s*/).map((id) => ids.get(id.trim()));
      if (names.every((n): n is string => n !== undefined)) value = names.join(" och ");
    }
    entries.push([key, { value: xmlScalar(value), line: a.line }]);
  }
  const groups = new Map<string, XmlElement[]>();
  for (const c of el.children) groups.set(c.name, [...(groups.get(c.name) ?? []), c]);
  for (const [name, group] of groups) {
    const values = group.map((c) => childValue(c, ids)).filter((v): v is Node | Leaf => v !== undefined);
    if (values.length === 0) continue;
    if (group.length === 1) entries.push([name, values[0]!]);
    else entries.push([name, { kind: "array", line: group[0]!.line, entries: values.map((v, j) => [String(j), v]) }]);
  }
  // An element with attributes and a text: the text is its value ("<matt typ="nya">118</matt>").
  if (el.text && el.children.length === 0)
    entries.push(["varde", { value: xmlScalar(el.text.value), line: el.text.line }]);
  return { kind: "object", line: el.line, entries };
}

function childValue(el: XmlElement, ids: ReadonlyMap<string, string>): Node | Leaf | undefined {
  const attributes = el.attributes.filter((a) => !/^xmlns\b/i.test(a.name));
  if (attributes.length === 0 && el.children.length === 0)
    return el.text ? { value: xmlScalar(el.text.value), line: el.text.line } : undefined;
  return xmlNode(el, ids);
}

/** A spreadsheet saved as XML ("<Workbook>" of "<Worksheet>"s of "<Row>"s of "<Cell><Data>"s). */
const isWorkbook = (root: XmlElement) =>
  /^workbook$/i.test(root.name) && root.children.some((c) => /^worksheet$/i.test(c.name));

/** A number cell as a Swedish report writes it: "5 320 000", "-156 300", "34,2". */
function swedishNumber(value: number): string {
  const [whole, decimals] = Math.abs(value).toString().split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${value < 0 ? "-" : ""}${grouped}${decimals ? `,${decimals}` : ""}`;
}

/**
 * A workbook's sheets as layout text: each sheet's name a title line, each row one line of cells set
 * out in columns (`input/tabCells.ts`), numbers written as a report writes them; a row cites the line
 * of its first figure (else of its first cell).
 */
function workbookLines(root: XmlElement): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  for (const sheet of root.children.filter((c) => /^worksheet$/i.test(c.name))) {
    const title = sheet.attributes.find((a) => /^name$/i.test(localName(a.name)));
    out.push({ text: "", from: sheet.line });
    if (title) out.push({ text: title.value, from: title.line });
    const rows: { cells: string[]; from: number }[] = [];
    for (const table of sheet.children.filter((c) => /^table$/i.test(c.name)))
      for (const row of table.children.filter((c) => /^row$/i.test(c.name))) {
        const cells: string[] = [];
        let from: number | undefined;
        let first: number | undefined;
        for (const cell of row.children.filter((c) => /^cell$/i.test(c.name))) {
          const index = Number(cell.attributes.find((a) => /^index$/i.test(localName(a.name)))?.value);
          if (Number.isInteger(index) && index > cells.length + 1) while (cells.length < index - 1) cells.push("");
          const data = cell.children.find((c) => /^data$/i.test(c.name));
          const type = data?.attributes.find((a) => /^type$/i.test(localName(a.name)))?.value;
          const value = data?.text?.value ?? "";
          const number = type === "Number" ? xmlScalar(value) : undefined;
          cells.push(typeof number === "number" ? swedishNumber(number) : value.replace(/\t/g, " "));
          first ??= data?.text?.line ?? cell.line;
          if (typeof number === "number") from ??= data!.text!.line;
        }
        if (cells.some((c) => c !== "")) rows.push({ cells, from: from ?? first ?? row.line });
      }
    // A title in the header's first cell over bare years ("Deltagare, hela förbundet | 2025 | 2024"): the
    // table's caption, printed above it as a report prints one, the label column's header left empty.
    const head = rows[0];
    if (
      head &&
      /\p{L}/u.test(head.cells[0] ?? "") &&
      head.cells.length >= 2 &&
      head.cells.slice(1).every((c) => /^(?:19|20)\d\d$/.test(c.trim()))
    ) {
      out.push({ text: head.cells[0]!, from: head.from });
      head.cells = ["", ...head.cells.slice(1)];
    }
    const width = Math.max(0, ...rows.map((r) => r.cells.length));
    const aligned = alignTabCells(
      rows.map((r) => [...r.cells, ...Array<string>(width - r.cells.length).fill("")].join("\t")),
    );
    rows.forEach((r, j) => out.push({ text: aligned[j]!.trimEnd(), from: r.from }));
  }
  out.push({ text: "", from: root.line });
  return out;
}

const ROW_ELEMENT = /^(?:row|rad|rader)$/i;
const CELL_ELEMENT = /^(?:cell|cella|c|kolumn|column|td|varde|value)$/i;
const COLUMNS_ELEMENT = /^(?:kolumner|columns|header|rubriker|rubrikrad|huvud)$/i;
const COLUMN_REF = /^(?:kolumn|column|col|ref|kolumn_id|kolumnid)$/i;

/**
 * A table exported as XML (rows of cells, "<rad><cell kolumn="k2">166</cell></rad>", the columns
 * declared once by id or the first row the header): set out in columns as layout text, the table's
 * title a caption line above it, each row citing its first figure's line; undefined where the element
 * holds no such table (two rows of two cells at least).
 */
function xmlTableLines(table: XmlElement): { text: string; from: number }[] | undefined {
  const rows = table.children.filter((c) => ROW_ELEMENT.test(c.name));
  if (rows.length < 2 || !rows.every((r) => r.children.filter((c) => CELL_ELEMENT.test(c.name)).length >= 2))
    return undefined;
  const declared = table.children.find((c) => COLUMNS_ELEMENT.test(c.name));
  const ids = declared?.children.map((c) => c.attributes.find((a) => /^id$/i.test(localName(a.name)))?.value) ?? [];
  const header = declared?.children.map((c) => c.text?.value ?? "") ?? [];
  const out: { text: string; from: number }[] = [{ text: "", from: table.line }];
  const title = table.attributes.find((a) => /^(?:titel|title|rubrik|namn|name)$/i.test(localName(a.name)));
  if (title) out.push({ text: title.value, from: title.line });
  const set: { cells: string[]; from: number }[] = [];
  // "Mått | 2025 | 2024": the label column's generic name over bare years is no caption; a report leaves it empty.
  if (
    header.length >= 2 &&
    /^(?:mått|nyckeltal|variabel|post|uppgift|benämning|rad|indikator)$/i.test(header[0]!.trim()) &&
    header.slice(1).every((c) => /^(?:19|20)\d\d$/.test(c.trim()))
  )
    header[0] = "";
  if (header.length > 0) set.push({ cells: header, from: declared!.line });
  for (const row of rows) {
    const cells: string[] = [];
    let from: number | undefined;
    row.children
      .filter((c) => CELL_ELEMENT.test(c.name))
      .forEach((cell, j) => {
        const ref = cell.attributes.find((a) => COLUMN_REF.test(localName(a.name)))?.value;
        const at = ref !== undefined && ids.includes(ref) ? ids.indexOf(ref) : j;
        while (cells.length <= at) cells.push("");
        const value = xmlScalar(cell.text?.value ?? "");
        cells[at] = typeof value === "number" ? swedishNumber(value) : String(value);
        if (typeof value === "number") from ??= cell.text!.line;
      });
    set.push({ cells, from: from ?? row.line });
  }
  const width = Math.max(...set.map((r) => r.cells.length));
  const aligned = alignTabCells(
    set.map((r) => [...r.cells, ...Array<string>(width - r.cells.length).fill("")].join("\t")),
  );
  set.forEach((r, j) => out.push({ text: aligned[j]!.trimEnd(), from: r.from }));
  out.push({ text: "", from: table.line });
  return out;
}

export interface XmlData {
  /** The document's lines with each XML block blanked: no other step reads the markup. */
  lines: string[];
  /** Per block, its first line (0-based) and the lines it is set out as, each citing its value's line. */
  blocks: Map<number, { text: string; from: number }[]>;
}

/**
 * The XML data blocks of a document (an open-data file, a system's export, a workbook saved as XML;
 * never a web page or a feed, which the HTML and feed steps read): each set out as long-format tables
 * (`rowsOf`), a workbook as its sheets' tables, and blanked where it stood; undefined where there is
 * none. A block that sets out fewer than two figures is left as written.
 */
export function xmlData(lines: readonly string[]): XmlData | undefined {
  // Cheap first: a "<" somewhere in the document (`wholeText.ts`); each line is asked below.
  if (!characters(lines).has("<")) return undefined;
  let out: XmlData | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("<")) continue;
    const open = XML_OPEN.exec(line);
    if (!open || (open[1] && PAGE_ROOT.test(localName(open[1])))) continue;
    const block = parseXmlBlock(lines, i);
    if (!block) continue;
    const { root, last } = block;
    if (PAGE_ROOT.test(root.name)) {
      i = last;
      continue;
    }
    let set: { text: string; from: number }[];
    const table = isWorkbook(root) ? undefined : xmlTableLines(root);
    if (isWorkbook(root)) set = workbookLines(root);
    else if (table) set = table;
    else {
      const rows: Row[] = [];
      const ids = declaredIds(root);
      const wrapper: Node = { kind: "object", line: root.line, entries: [[root.name, xmlNode(root, ids)]] };
      rowsOf(
        wrapper,
        { path: [], exit: false, moneyUnit: declaredMoneyUnit(lines, i) },
        undefined,
        rows,
        captionUnitAbove(lines, i),
      );
      set = rows.length >= 2 ? tablesOf(uniqueRows(rows), i) : [];
    }
    if (set.filter((r) => r.text.trim() !== "").length < 2) {
      i = last;
      continue;
    }
    out ??= { lines: [...lines], blocks: new Map() };
    for (let k = i; k <= last; k++) out.lines[k] = "";
    out.blocks.set(i, set);
    i = last;
  }
  return out;
}

/**
 * Figures a decoder of another format read (`recordFiles.ts`: an accounting file, a status-column
 * export, fixed-length records) set out as long-format tables and members' lists, as a block here is.
 */
export const setOutRows = (rows: readonly Row[], blockLine: number) => tablesOf(uniqueRows(rows), blockLine);

/** Rows that say the same figure twice (the result in both statements) set out once. */
function uniqueRows(rows: readonly Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = [r.scope, r.measure.toLowerCase(), r.gender, r.year, r.value, r.unit, r.member].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------- outlines ----------

/** A label's words folded to a key's form ("Jämförelse, länets förbund" → "jamforelse_lanets_forbund"). */
const labelKey = (label: string) =>
  fold(label)
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, "_")
    .replace(/^_+|_+$/g, "");
/** A branch comparing with others (the county, the nation, an average): never the federation's outcome. */
const COMPARISON_WORD = /(?:^|_)(?:jamforelse\w*|riket|rikets|lanet|lanets|nationellt|snitt|genomsnitt|median)(?:_|$)/;
/** "Insatsen Starten", "Projekt: Lyftet": an intervention's branch named in its label. */
const INTERVENTION_LABEL = /^(?:insatsen|insats|projektet|projekt)\s*:?\s+(\S.*)$/iu;
/** A branch of the year's money whose children may be members' fees ("Intäkter", "Medlemsavgifter (tkr)"). */
const FEES_LABEL = /(?:^|_)(?:intakter|medlemsavgift\w*|medlemsbidrag\w*|bidrag|finansiering|tilldelning)(?:_|$)/;
const OUTLINE_GENDER = (label: string): "K" | "M" | "T" | undefined => {
  const l = label.trim().toLowerCase();
  if (/^(?:varav\s+)?(?:kvinnor|kvinna|k)$/.test(l)) return "K";
  if (/^(?:varav\s+)?(?:män|man|m)$/.test(l)) return "M";
  return TOTAL_LABEL.test(l) && !/\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}\s+\p{L}/u.test(l) ? "T" : undefined;
};
const YEAR_IN_LABEL = /(?<!\d)((?:19|20)\d\d)(?!\d)/;

interface OutlineContext {
  year?: number;
  scope?: string;
  unit?: string;
  /** The parent's measure, where its label names one by itself. */
  measure?: string;
  exits: boolean;
  fees: boolean;
  equity: boolean;
  /** The parent holds a figure of its own: its children are its parts. */
  valued: boolean;
  /** The parent lists the interventions: each child branch is one. */
  interventions: boolean;
}

/**
 * An outline's nodes as records the structured reader reads ("matt", "kon", "ar", "enhet", "insats",
 * "varde"; a member's fee as "medlem" and "belopp"): each figure's measure its own label where that
 * names one, its parent's where it says only a part (a gender, "Totalt"), a destination under the
 * exits, a member under the money coming in, a day under the equity. A branch of another year dates
 * its figures; a target's, a comparison's, structural work's or an unreadable figure's branch is passed
 * over, and so are the parts of a figure that are none of those ("Insatser: 4 105 000" under costs).
 */
function outlineRecords(nodes: readonly OutlineNode[], ctx: OutlineContext, out: [string, Node | Leaf][]): void {
  for (const node of nodes) {
    if (node.unreadable) continue;
    const year = YEAR_IN_LABEL.exec(node.label);
    const label = node.label
      .replace(YEAR_IN_LABEL, " ")
      .replace(/\s+/g, " ")
      .replace(/^[,:–-]\s*|[,:–-]\s*$/g, "")
      .trim();
    const key = labelKey(label);
    if (key === "" && node.value === undefined && !year) continue;
    if (NOT_OUTCOME.test(key) || PER_HEAD.test(key) || COMPARISON_WORD.test(key) || STRUCTURAL_KEY.test(key)) continue;
    const here: OutlineContext = { ...ctx, year: year ? Number(year[1]) : ctx.year, unit: node.unit ?? ctx.unit };
    // The root naming the federation ("Samordningsförbundet Snårby 2025"): whose the figures are.
    if (FEDERATION_NAME.test(label) && node.value === undefined) {
      outlineRecords(node.children, { ...here, scope: label, measure: undefined, valued: false }, out);
      continue;
    }
    const named = INTERVENTION_LABEL.exec(label);
    if (named && node.value === undefined) {
      outlineRecords(
        node.children,
        { ...here, scope: named[1]!, measure: undefined, valued: false, interventions: false },
        out,
      );
      continue;
    }
    if (ctx.interventions) {
      // A figure straight under the interventions' list ("Vägskälet: 48 deltagare"): whose and what is unclear.
      if (node.value !== undefined || node.children.length === 0) continue;
      outlineRecords(
        node.children,
        { ...here, scope: label, measure: undefined, valued: false, interventions: false },
        out,
      );
      continue;
    }
    const gender = OUTLINE_GENDER(label);
    const member = ctx.fees && MEMBER_LABEL.test(label);
    let measure: string | undefined;
    if (gender && ctx.measure) measure = ctx.measure;
    else if (ctx.exits && !gender) measure = `Avslutade till ${label.replace(/^(?:gick\s+|vidare\s+)?till\s+/iu, "")}`;
    else if (ctx.equity) measure = `Eget kapital ${label}`;
    else if (!ctx.valued && !member && conceptLabel([label], false) !== "") measure = label;
    // The parts of a figure that are no split, destination, member or day ("Insatser" under "Kostnader"): passed over.
    if (ctx.valued && !gender && !ctx.exits && !member && !ctx.equity) continue;
    if (node.value !== undefined) {
      const entries: [string, Node | Leaf][] = [];
      const leaf = (value: Scalar): Leaf => ({ value, line: node.line });
      if (member) entries.push(["medlem", leaf(label)], ["belopp", leaf(node.value)]);
      else if (measure) {
        entries.push(["matt", leaf(measure)], ["varde", leaf(node.value)]);
        if (gender && gender !== "T") entries.push(["kon", leaf(gender)]);
      }
      if (entries.length > 0) {
        if (here.year !== undefined) entries.push(["ar", leaf(here.year)]);
        if (here.unit) entries.push(["enhet", leaf(here.unit)]);
        if (here.scope !== undefined && !member) entries.push(["insats", leaf(here.scope)]);
        out.push([String(out.length), { kind: "object", line: node.line, entries }]);
      }
    }
    if (node.children.length === 0) continue;
    const exits =
      EXIT_PATH.test(key) || /^avslut/.test(key) || bestConcept(label, ["participants"])?.concept.code === "exited";
    outlineRecords(
      node.children,
      {
        ...here,
        measure: measure ?? (conceptLabel([label], false) !== "" ? label : undefined),
        exits: exits && !gender,
        fees: FEES_LABEL.test(key),
        equity: /(?:^|_)eget_kapital(?:_|$)/.test(key) && node.value === undefined,
        valued: node.value !== undefined,
        interventions: INTERVENTION_ARRAY.test(key),
      },
      out,
    );
  }
}

/** An outline block set out as long-format tables (and a members' list), or undefined where fewer than two figures come of it. */
function outlineLines(
  block: OutlineBlock,
  lines: readonly string[],
  reportYear: number | undefined,
): { text: string; from: number }[] | undefined {
  const records: [string, Node | Leaf][] = [];
  outlineRecords(
    block.nodes,
    { exits: false, fees: false, equity: false, valued: false, interventions: false },
    records,
  );
  const rows: Row[] = [];
  rowsOf(
    { kind: "array", line: block.first, entries: records },
    { path: [], exit: false, moneyUnit: declaredMoneyUnit(lines, block.first), undated: true },
    undefined,
    rows,
    captionUnitAbove(lines, block.first),
  );
  if (rows.length < 2) return undefined;
  // Members' fees no branch dates: the report's year where the text above names that year and no other.
  if (reportYear !== undefined && yearsAbove(lines, block.first).join() === String(reportYear))
    for (const r of rows) if (r.member !== undefined && r.year === undefined) r.year = reportYear;
  const set = tablesOf(uniqueRows(rows), block.first);
  // Right under a blank line, the set-out tables need no blank of their own: the caption above stays the table's.
  return block.first > 0 && lines[block.first - 1]!.trim() === "" && set[0]?.text === "" ? set.slice(1) : set;
}
