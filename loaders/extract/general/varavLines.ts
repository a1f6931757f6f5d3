/**
 * Gender parts listed under a labelled count, one per line, as "Året i siffror" and key-figure
 * pages write them:
 *
 *   Deltagare i individinriktade insatser: 176 personer
 *   – varav kvinnor: 98
 *   – varav män: 78
 *
 * ("– därav kvinnor: 98" says the same). Stored only when both genders are listed right under the count and add up to it: a part alone,
 * or parts that do not add up, could belong to anything the list names.
 *
 * And where the exits went, listed the same way under the year's exits ("Avslutade: 189" / "därav till
 * arbete 48" / "därav till studier 27"): each part a destination, stored only where each names a
 * different destination and together they are no more than the exits ("of which" names some, not all).
 *
 * And the same split in a sentence of its own ("Deltagarna i individinsatserna var 137 kvinnor och
 * 114 män", "…, varav 119 kvinnor och 93 män"): stored only where the two add up to the one
 * federation count of the year read elsewhere that the sentence's words allow (exits where it
 * speaks of "avslut", new participants of "nya", else the enrolled). Pure.
 */
import type { FactInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { scopeByLine } from "./sectionScope.ts";
import { destinationRowCategory, exitRowCategory } from "./exitRowLabel.ts";

type Count = Extract<FactInput, { table: "participant_count" }>;

const VARAV_GENDER =
  /^\s*[-–•*]?\s*(?:varav|därav)\s+(kvinnor|män)\s*:?\s*(\d{1,3}(?: \d{3})*)\s*(?:personer|st)?\.?\s*$/i;

/** The two gender lines under each stored whole count that has no gender split of its own yet. */
export function parseVaravLines(doc: DocumentText, read: readonly FactInput[]): ParseOutput {
  const counts = read.filter((f): f is Count => f.table === "participant_count");
  const split = new Set(counts.filter((c) => c.gender !== "all").map((c) => keyOf(c)));
  const facts: FactInput[] = [];
  for (const total of counts) {
    if (total.gender !== "all" || total.approximate || split.has(keyOf(total))) continue;
    const parts: { gender: "woman" | "man"; value: number; line: number }[] = [];
    for (let n = total.line + 1; n <= Math.min(doc.lineCount, total.line + 2); n++) {
      const m = VARAV_GENDER.exec(doc.at(n));
      if (!m) break;
      parts.push({ gender: /^k/i.test(m[1]!) ? "woman" : "man", value: Number(m[2]!.replace(/ /g, "")), line: n });
    }
    if (parts.length !== 2 || parts[0]!.gender === parts[1]!.gender) continue;
    if (parts[0]!.value + parts[1]!.value !== total.value) continue;
    for (const p of parts) {
      const { confirmed_by: _confirmed, ...rest } = total;
      facts.push({ ...rest, gender: p.gender, value: p.value, line: p.line, text: doc.at(p.line).trim() });
    }
    split.add(keyOf(total));
  }
  facts.push(...varavDestinations(doc, counts, read));
  facts.push(...genderSplitSentences(doc, counts, split));
  facts.push(...genderAmongLines(doc, counts, split));
  return { facts, findings: [], coverage: [] };
}

/**
 * "Kvinnor bland deltagarna: 233" over "Män bland deltagarna: 188": each gender's part of a group, labelled
 * on a line of its own, the group named after "bland"/"av" (the participants, the new, those who left).
 */
const GENDER_AMONG =
  /^\s*[-–•*]?\s*(kvinnor|män)\s+(?:bland|av)\s+(deltagarna|de inskrivna|de nya|de nya deltagarna|de avslutade|de som avslutade)\s*:?\s*(\d{1,3}(?: \d{3})*)\s*(?:personer|st)?\.?\s*$/iu;

/**
 * Both genders' lines one under the other, the group they name the same: stored as the split of the one
 * federation count of the year read elsewhere that their group names and that they add up to exactly (the
 * lines name no year and stand apart from the count, so only that sum ties them to it). Never in an
 * intervention's section, never beside another count of the same size.
 */
function genderAmongLines(doc: DocumentText, counts: readonly Count[], split: Set<string>): FactInput[] {
  const facts: FactInput[] = [];
  const wholes = counts.filter(
    (c) => c.gender === "all" && c.intervention === null && c.year === doc.periodYear && !c.approximate,
  );
  if (wholes.length === 0) return facts;
  const scopes = scopeByLine(doc);
  for (let n = 1; n < doc.lineCount; n++) {
    const first = GENDER_AMONG.exec(doc.at(n));
    if (!first) continue;
    const second = GENDER_AMONG.exec(doc.at(n + 1));
    if (!second || first[1]!.toLowerCase() === second[1]!.toLowerCase()) continue;
    if (first[2]!.toLowerCase() !== second[2]!.toLowerCase()) continue;
    if (scopes[n - 1]!.kind === "intervention" || scopes[n]!.kind === "intervention") continue;
    const group = first[2]!.toLowerCase();
    const measure = /avslut/.test(group) ? "exited" : /nya/.test(group) ? "new" : "enrolled";
    const [a, b] = [Number(first[3]!.replace(/ /g, "")), Number(second[3]!.replace(/ /g, ""))];
    const matching = wholes.filter((c) => c.measure === measure && c.value === a + b);
    const total = matching[0];
    if (!total || matching.some((c) => c.line !== total.line) || split.has(keyOf(total))) continue;
    const { confirmed_by: _confirmed, ...rest } = total;
    for (const [m, line] of [
      [first, n],
      [second, n + 1],
    ] as const)
      facts.push({
        ...rest,
        gender: /^k/i.test(m[1]!) ? "woman" : "man",
        value: Number(m[3]!.replace(/ /g, "")),
        line,
        text: doc.at(line).trim(),
      });
    split.add(keyOf(total));
    n++;
  }
  return facts;
}

/** "137 kvinnor och 114 män", "93 män och 119 kvinnor": the two genders' counts side by side. */
const GENDER_PAIR =
  /(?<![\d,.])(\d{1,3}(?: \d{3})?) (kvinnor|män) (?:och|samt|,) (\d{1,3}(?: \d{3})?) (kvinnor|män)(?![\p{L}\d])/u;
/** Words that make the pair no outcome of the year: a target, a plan, a share, another time. */
const NOT_THE_COUNT =
  /(?<!\p{L})(mål\p{L}*|budget\p{L}*|plan\p{L}*|procent|andel\p{L}*|prognos|beräkna\p{L}*|förväntas|året innan|föregående år|i fjol|tidigare år)(?!\p{L})|%/iu;

function genderSplitSentences(doc: DocumentText, counts: readonly Count[], split: Set<string>): FactInput[] {
  const facts: FactInput[] = [];
  const wholes = counts.filter(
    (c) => c.gender === "all" && c.intervention === null && c.year === doc.periodYear && !c.approximate,
  );
  if (wholes.length === 0) return facts;
  const scopes = scopeByLine(doc);
  for (let n = 1; n <= doc.lineCount; n++) {
    const own = doc.at(n);
    // "… Av dem var 251 kvinnor" / "och 212 män; …": a pair wrapped onto the next line of its paragraph is
    // read across the break, on the line it opens on.
    const next = n < doc.lineCount ? doc.at(n + 1) : "";
    let line = own;
    // Cheap first: both gender words on the line.
    let m = line.includes("kvinnor") && line.includes("män") ? GENDER_PAIR.exec(line) : null;
    if (!m && next !== "" && WRAPPED_PAIR.test(own)) {
      line = `${own} ${next}`;
      m = GENDER_PAIR.exec(line);
      if (m && m.index + m[0].length <= own.length) m = null;
    }
    if (!m || m[2] === m[4] || scopes[n - 1]!.kind === "intervention") continue;
    const sentence = sentenceOf(line, m.index);
    const years = (sentence.match(/\b(19|20)\d\d\b/g) ?? []).map(Number);
    if (NOT_THE_COUNT.test(sentence) || years.some((y) => y !== doc.periodYear)) continue;
    // The measure is named before the pair or in its clause ("… 212 män; 187 var nya för året": the new are another clause's).
    const clause = clauseOf(sentence, m.index - line.indexOf(sentence));
    const measure = /avslut/i.test(clause) ? "exited" : /\bnya\b|nyinskriv/i.test(clause) ? "new" : "enrolled";
    const [a, b] = [Number(m[1]!.replace(/ /g, "")), Number(m[3]!.replace(/ /g, ""))];
    const matching = wholes.filter((c) => c.measure === measure && c.value === a + b);
    const total = matching[0];
    if (!total || matching.some((c) => c.value !== total.value) || split.has(keyOf(total))) continue;
    const { confirmed_by: _confirmed, ...rest } = total;
    // Each count cites the line it stands on (the second of a wrapped pair, the next line).
    const secondAt = m.index + m[0].lastIndexOf(m[3]!, m[0].length - m[4]!.length - 1);
    for (const [value, word, at] of [
      [a, m[2]!, n],
      [b, m[4]!, secondAt > own.length ? n + 1 : n],
    ] as const)
      facts.push({
        ...rest,
        gender: word === "kvinnor" ? "woman" : "man",
        value,
        line: at,
        text: at === n ? own : doc.at(at),
      });
    split.add(keyOf(total));
  }
  return facts;
}

/** A line ending on a gender's count, its pair's other half on the next line of the paragraph ("… 251 kvinnor" / "och 212 män"). */
const WRAPPED_PAIR = /\d (?:kvinnor|män)(?:\s+(?:och|samt))?$/u;

/**
 * A sentence up to the end of the clause holding the character at `at` (cut at its next semicolon): the words
 * before the pair may name its measure ("avslutade 40 personer sin insats; 22 kvinnor och 18 män"), the
 * clauses after it never do ("… 212 män; 187 var nya för året").
 */
function clauseOf(sentence: string, at: number): string {
  const end = sentence.indexOf("; ", at);
  return sentence.slice(0, end < 0 ? undefined : end);
}

/** The sentence of a line around the character at `at` (a line may hold the end of one and the start of the next). */
function sentenceOf(line: string, at: number): string {
  const start = line.lastIndexOf(". ", at) + 1;
  const end = line.indexOf(". ", at);
  return line.slice(start, end < 0 ? undefined : end + 1);
}

function keyOf(c: Count): string {
  return `${c.intervention ?? ""}|${c.year}|${c.measure}`;
}

/** "därav till arbete   48", "– varav studier: 27": a part of the exits above, its destination and figure. */
const VARAV_PART =
  /^\s*[-–•*]?\s*(?:varav|därav)\s+(\p{L}[\p{L} ]*?)\s*(?::\s*|\s{2,}|\s)(\d{1,3}(?: \d{3})*)\s*(?:personer|st)?\.?\s*$/iu;

/**
 * "  – till arbete   14", "    till studier ..... 9": a destination set in under the exits' line, with
 * no "varav": a part of the exits above where it is indented deeper than their line.
 */
const SET_IN_PART =
  /^(\s*)[-–•*]?\s*((?:gick\s+)?till\s+\p{L}[\p{L} ]*?)\s*(?::\s*|\s*\.{2,}\s*|\s{2,}|\s)(\d{1,3}(?: \d{3})*)\s*(?:personer|st)?\.?\s*$/iu;
const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/** A part line under the exits at `totalLine`: "därav …", or a destination set in deeper than that line. */
function partAt(doc: DocumentText, n: number, totalLine: number): { label: string; value: string } | undefined {
  const m = VARAV_PART.exec(doc.at(n));
  if (m) return { label: m[1]!, value: m[2]! };
  // Indents are read from the lines as written (`at` normalises whitespace away).
  const set = SET_IN_PART.exec(doc.lines[n - 1] ?? "");
  if (set && set[1]!.length > indentOf(doc.lines[totalLine - 1] ?? "")) return { label: set[2]!, value: set[3]! };
  return undefined;
}

/** The destinations listed one a line under the federation's exits of the year, where they may be its parts. */
function varavDestinations(doc: DocumentText, counts: readonly Count[], read: readonly FactInput[]): FactInput[] {
  const facts: FactInput[] = [];
  const told = new Set(
    read.flatMap((f) =>
      f.table === "participant_breakdown" && f.intervention === null ? [`${f.year}|${f.category}`] : [],
    ),
  );
  for (const total of counts) {
    if (total.measure !== "exited" || total.gender !== "all" || total.intervention !== null || total.approximate)
      continue;
    const parts: { category: string; value: number; line: number; label: string }[] = [];
    // Every "därav" line of the run must name a destination: one that names something else
    // ("därav avbrott 5") leaves the run's sum unknown, and none of it is read.
    let unknown = false;
    for (let n = total.line + 1; n <= Math.min(doc.lineCount, total.line + 8); n++) {
      const m = partAt(doc, n, total.line);
      if (!m) break;
      const label = m.label.trim();
      const category = destinationRowCategory(label) ?? exitRowCategory(label);
      if (!category) {
        unknown = true;
        break;
      }
      parts.push({ category, value: Number(m.value.replace(/ /g, "")), line: n, label });
    }
    if (parts.length === 0 || unknown) continue;
    const categories = new Set(parts.map((p) => p.category));
    const sum = parts.reduce((a, p) => a + p.value, 0);
    if (categories.size !== parts.length || sum > total.value) continue;
    if (parts.some((p) => told.has(`${total.year}|${p.category}`))) continue;
    for (const p of parts)
      facts.push({
        table: "participant_breakdown",
        intervention: null,
        year: total.year,
        population: "exited",
        dimension: "exit_outcome",
        category: p.category,
        value: p.value,
        source_label: p.label,
        line: p.line,
        text: doc.at(p.line).trim(),
        section: total.section,
        approximate: false,
      } as FactInput);
  }
  return facts;
}
