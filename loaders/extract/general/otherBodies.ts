/**
 * Figures of another body in running text. A member's decision on the federation's accounts, or
 * an auditors' report, quotes the federation's result beside the member's own: "Åby kommun
 * redovisade för 2023 ett eget resultat på 31,6 mnkr", "regionens egna kostnader"; a member
 * taking people in ("Arbetsförmedlingen tog emot 46 deltagare från insatserna") counts its own. A figure in
 * such a sentence is the member's, not the federation's: a prose fact read from it is not
 * stored, and becomes a `coverage.unread_number` finding saying why. Sentences about the
 * federation ("Förbundet redovisar ett överskott", "Det egna kapitalet uppgick till") are left
 * alone. Pure.
 */
import { slugify } from "../../reference/slug.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import { oncePerDocument, type DocumentText, type ParseOutput } from "../documentText.ts";
import { findAmounts } from "../numbers.ts";
import { lineAt, proseUnits, sentencesOf } from "./proseSentences.ts";
import {
  asNameCase,
  ownFederation,
  namesFederation,
  namesOwnFederation,
  federationIdOf,
  federationNameKey,
  federationsNamedIn,
  namesOwnFederationFirst,
  type OwnFederation,
} from "./federationNames.ts";
import { inDocumentTitle, isHeading } from "./sectionScope.ts";
import { unreadNumber } from "../findings.ts";
import { foreignLines, ownNamedInFull } from "./foreignPassages.ts";
import { ELSEWHERE_PLACE, OUR_WORDS } from "../../reference/scopeWords.ts";
import { OTHER_FEDERATIONS_CUE, gated } from "./cueGate.ts";

/** Prose readers whose facts the guard checks. */
const PROSE_SECTIONS = new Set(["general:prose", "general:prose_finance", "general:prose_labelled"]);

/** A member or another organisation as the subject that reports a figure of its own. */
const OTHER_SUBJECT =
  /(?:(?<!\p{L})\p{Lu}[\p{L}-]+\s+kommun|(?<!\p{L})Region\s+\p{Lu}[\p{L}-]+|(?<!\p{L})(?:[Kk]ommunen|[Rr]egionen|[Kk]ommunkoncernen|[Ll]andstinget|Försäkringskassan|Arbetsförmedlingen))\s+(?:redovisade|redovisar|hade|har haft|visade|visar|fick|gjorde|budgeterade|omsatte|omsätter|tog emot|tar emot|har tagit emot)(?!\p{L})/u;
/**
 * Its own accounts: "kommunens egna kostnader", "Åby kommuns resultat", "ett eget resultat". Not
 * "ett eget kapital": that is the accounting term for equity, the federation's as much as anyone's.
 */
const OTHER_OWN =
  /(?:(?<!\p{L})(?:[Kk]ommunens|[Rr]egionens|[Kk]ommunkoncernens|[Ll]andstingets)|(?<!\p{L})\p{Lu}[\p{L}-]+\s+kommuns|(?<!\p{L})Region\s+\p{Lu}[\p{L}-]+s)\s+(?:egna?|egen|eget|resultat|ekonomi|kostnader|intäkter|budget|balansräkning|bokslut)(?!\p{L})|(?<!\p{L})ett eget resultat(?!\p{L})/u;
/** The federation named as the one that reports: the sentence is its own. */
const FEDERATION_SUBJECT = /\b(?:samordnings)?förbundet\s+(?:redovisade|redovisar|hade|har|visade|visar|fick)\b/i;

/**
 * The head of a member's own minutes or extract ("ÅBY KOMMUN  PROTOKOLLSUTDRAG", "Kommunfullmäktige
 * Sammanträdesdatum 2025-04-28"): from there on the text is the member's, quoting the federation.
 */
const MEMBER_MINUTES =
  /^(?:\p{Lu}[\p{Lu}-]+\s+KOMMUN|REGION\s+\p{Lu}[\p{Lu}-]+|\p{Lu}[\p{L}-]+\s+kommun|Region\s+\p{Lu}[\p{L}-]+)\s+.*\b(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLLSUTDRAG|PROTOKOLL|TJÄNSTESKRIVELSE|[Ss]ammanträdesprotokoll|[Pp]rotokollsutdrag|[Tt]jänsteskrivelse)\b|^(?:Kommunfullmäktige|Kommunstyrelsen|Kommunstyrelsens arbetsutskott|Regionfullmäktige|Regionstyrelsen|KOMMUNFULLMÄKTIGE|KOMMUNSTYRELSEN|REGIONFULLMÄKTIGE|REGIONSTYRELSEN)(?!\p{L}).*(?:[Ss]ammanträdesdatum|SAMMANTRÄDESDATUM|[Pp]rotokoll|PROTOKOLL|(?:19|20)\d\d-\d\d-\d\d)/u;
/** A sentence that names the federation or its report: in a member's minutes only such sentences carry its figures. */
const NAMES_FEDERATION =
  /(?<!\p{L})(?:samordnings)?förbund(?:et|ets)?(?!\p{L})|(?<!\p{L})årsredovisning(?:en)?(?!\p{L})|(?<!\p{L})finsam(?!\p{L})/iu;
/** … and one that names the member itself, which hands the paragraph over to the member. */
const NAMES_MEMBER = /(?<!\p{L})(?:kommunen|kommunens|regionen|regionens|kommunkoncernen|kommunkoncernens)(?!\p{L})/iu;

/**
 * Another federation, named ("Samordningsförbundet Norrby", "Norrby samordningsförbund") or not
 * ("vårt grannförbund", "övriga förbund"): its figures, set out in the same words as the
 * federation's own, are never the federation's.
 */
const NAMED_FEDERATION =
  /(?<!\p{L})(?:Samordningsförbundet|Finsamförbundet|Finsam)\s+((?:i\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})|(?<!\p{L})(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})s?\s+samordningsförbund(?!\p{L})/gu;
/** Text every match of NAMED_FEDERATION holds ("Samordningsförbundet", "Finsamförbundet", "Finsam", "samordningsförbund"). */
const NAMED_CUE = /amordningsförbund|Finsam/;
const UNNAMED_FEDERATION = gated(
  OTHER_FEDERATIONS_CUE,
  /(?<!\p{L})(?:grannförbund|andra förbund|övriga förbund|ett annat förbund|ett annat samordningsförbund|[Ss]amordningsförbunden(?!s)|[Ff]örbunden(?!s)|(?:[Ll]andets|[Aa]lla|[Ss]amtliga) (?:samordnings)?förbund(?!\p{L}))/iu,
);
/**
 * Many federations together beyond those words ("Förbundens samlade resultat", "länets
 * samordningsförbund", "de elva förbunden", "76 samordningsförbund"), or the weakest and strongest
 * of them ("det svagaste enskilda resultatet"): a county's or the nation's figures, never ours.
 */
const MANY_FEDERATIONS = gated(
  OTHER_FEDERATIONS_CUE,
  /(?<!\p{L})(?:(?:samordnings)?förbundens|(?:länets|de \p{L}+|\d+) (?:samordnings)?förbund(?:en|ens)?)(?!\p{L})/iu,
);
const ONE_OF_MANY =
  /(?<!\p{L})(?:det|den) (?:\p{L}+ )?(?:svagaste|starkaste|högsta|lägsta|bästa|sämsta) (?:enskilda )?(?:resultatet|utfallet|förbundet)(?!\p{L})/iu;

/**
 * Whether a name could be the document's own federation: its id spelt by the name's words, with or
 * without a genitive s, or either one's slug inside the other's. A name that might be ours is ours:
 * the figures beside it stay read as before.
 */
function mightBeOwn(name: string, federation: OwnFederation): boolean {
  const words = name.replace(/^i\s+/, "");
  if (namesFederation(words, federation) || namesFederation(words.replace(/s$/, ""), federation)) return true;
  const slug = slugify(words);
  const keys = [
    federationIdOf(federation),
    ...(typeof federation === "string" ? [] : [federationNameKey(federation.name)]),
  ];
  return keys.some((key) => key !== "" && (slug.includes(key) || key.includes(slug.replace(/s$/, ""))));
}

/**
 * The other federation a sentence names, as the word a later sentence may open with ("Norrby
 * redovisade …"), "" for one it does not name ("grannförbundet"), or undefined for none.
 */
export function otherFederationIn(sentence: string, federation: OwnFederation): string | undefined {
  // "Det svagaste enskilda resultatet …" needs no word for the federations (a plain search first).
  if (/ste /.test(sentence) && ONE_OF_MANY.test(sentence)) return "";
  // A plain search first: most sentences name no federation. The federations in the plural
  // ("Förbunden finansierade …", "landets samordningsförbund") are all of them: not ours alone.
  if (!/örbund|Finsam/.test(sentence)) return undefined;
  // A federation named writes "…amordningsförbund…" or "Finsam": most sentences say "förbundet" only,
  // and are not searched at every capital.
  if (NAMED_CUE.test(sentence))
    for (const m of sentence.matchAll(NAMED_FEDERATION)) {
      const name = (m[1] ?? m[2])!;
      if (!mightBeOwn(name, federation)) return name.replace(/^i\s+/, "").split(/\s+/)[0]!;
    }
  return UNNAMED_FEDERATION.test(sentence) || MANY_FEDERATIONS.test(sentence) ? "" : undefined;
}

/** ", vilket är i nivå med …", ", som är högre än …": a clause comparing the figure before it with others'. */
const COMPARING_CLAUSE =
  /,\s*(?:vilket|som) (?:är|var|ligger|låg)(?: \p{L}+){0,2} (?:i nivå med|än|jämfört med|i linje med)(?!\p{L})/u;

/**
 * Every match of OTHER_SUBJECT or OTHER_OWN holds one of these ("[Kk]ommun…", "[Rr]egion…",
 * "[Ll]andsting…", "Försäkringskassan", "Arbetsförmedlingen", "ett eget resultat"): a plain search first, as most sentences name none.
 */
const OTHER_CUE = /ommun|egion|andsting|kassan|förmedlingen|eget resultat/;

/**
 * Text every match of OTHER_SUBJECT holds (its verb), and every match of OTHER_OWN (its owner): most
 * sentences naming a member ("kommunerna", "Region Åby") hold neither, and are not searched at
 * every capital.
 */
const SUBJECT_VERB_CUE = /redovisa|hade|haft|visa|fick|gjorde|budgeterade|omsatte|omsätter|emot/;
const OWN_CUE = /ommunens|egionens|ommunkoncernens|andstingets|kommuns|Region|ett eget resultat/;

/** Whether a sentence's figures are another body's (a member's own accounts). */
export function aboutAnotherBody(sentence: string): boolean {
  if (!OTHER_CUE.test(sentence) || FEDERATION_SUBJECT.test(sentence)) return false;
  return (
    (SUBJECT_VERB_CUE.test(sentence) && OTHER_SUBJECT.test(sentence)) ||
    (OWN_CUE.test(sentence) && OTHER_OWN.test(sentence))
  );
}

/** The numbers a prose fact stores, in kronor or as counts. */
function storedValues(f: FactInput): number[] {
  if (f.table === "finance") return f.amount_sek === null || f.amount_sek === undefined ? [] : [f.amount_sek];
  if (f.table === "participant_count" || f.table === "participant_breakdown" || f.table === "indicator")
    return [f.value];
  return [];
}

interface OtherBodySentence {
  from: number;
  to: number;
  amounts: number[];
  numbers: number[];
}

/**
 * The sentences whose figures are another body's: a member's own accounts anywhere, and in a
 * member's minutes on the federation's report every sentence until one names the federation (and
 * not the member since). Once per document: the prose finance reader's one-figure gate asks too.
 */
export const otherBodySentences: (doc: DocumentText) => OtherBodySentence[] = oncePerDocument((doc) => {
  const flagged: OtherBodySentence[] = [];
  const federationId = ownFederation(doc);
  const memberFrom = doc.find(MEMBER_MINUTES) ?? Infinity;
  /** In a member's text, a section headed by the federation ("Förbundets verksamhet 2023") is about it. */
  let headingNamesFederation = false;
  /** Whether the federation is named so far in the paragraph: lines right under each other, one sentence a line. */
  let federationNamed = false;
  let lastLine = -1;
  /** Other federations the text named so far: a sentence opening on one's name is about it. */
  const others = new Set<string>();
  /**
   * Under a heading that names another federation ("Kvarnlids samordningsförbund" over its year's
   * figures, in a paper comparing several), every sentence is that federation's, up to the next heading.
   */
  let otherSection = false;
  const inForeign = foreignLines(doc);
  // A heading in capitals is read as a name is written; its words all capitalised then, the name
  // runs on into the next words ("KRÅKVIK-SÄLJE  KRÅKVIK-SÄLJE COORDINATION …"): one naming ours
  // by its first words names no other.
  const headingsOtherFederation = (heading: string) => {
    const folded = asNameCase(heading);
    if (folded !== heading && namesOwnFederation(folded, federationId)) return undefined;
    return otherFederationIn(folded, federationId);
  };
  /** A paragraph opening on another federation's full name goes on about it ("Av dem avslutade …", "Förbundet redovisade …"). */
  let paragraphOther = false;
  for (const unit of proseUnits(doc)) {
    const onNextLine = unit.starts[0]!.line === lastLine + 1;
    lastLine = lineAt(unit, Math.max(0, unit.text.length - 1));
    if (unit.starts.length === 1 && isHeading(doc, unit.starts[0]!.line)) {
      const other = inDocumentTitle(doc, unit.starts[0]!.line) ? undefined : headingsOtherFederation(unit.text);
      otherSection = (other !== undefined && other !== "") || headsNamedOther(unit.text, otherFullNames(doc));
      paragraphOther = false;
      if (otherSection) continue;
    }
    // Most documents are no member's minutes: their paragraphs need no naming kept.
    const inMember = (unit.starts.at(-1)?.line ?? 0) >= memberFrom;
    if (inMember && unit.starts.length === 1 && isHeading(doc, unit.starts[0]!.line)) {
      headingNamesFederation = NAMES_FEDERATION.test(unit.text) && !NAMES_MEMBER.test(unit.text);
      federationNamed = headingNamesFederation;
      continue;
    }
    if (!onNextLine) federationNamed = headingNamesFederation;
    // A paragraph without a digit holds no figure a prose reader stores (their numbers are digits),
    // but it may name the federation or the member for the lines right under it, or another
    // federation a later sentence opens on.
    if (!/\d/.test(unit.text)) {
      if (inMember && NAMES_MEMBER.test(unit.text)) federationNamed = false;
      else if (inMember && NAMES_FEDERATION.test(unit.text)) federationNamed = true;
      if (/örbund|Finsam/.test(unit.text))
        for (const s of sentencesOf(unit)) {
          const other = otherFederationIn(unit.text.slice(s.start, s.end), federationId);
          if (other) others.add(other);
        }
      continue;
    }
    // A paragraph's lines right under each other go on with it; a blank line or a heading ends it.
    if (!onNextLine) paragraphOther = false;
    for (const s of sentencesOf(unit)) {
      const sentence = unit.text.slice(s.start, s.end);
      const other = otherFederationIn(sentence, federationId);
      if (other) others.add(other);
      // "Norrby redovisade …", "Norrbys resultat blev …": its name, or its genitive, opens the sentence.
      const opening = sentence.trimStart();
      const opensOnOther = [...others].some(
        (name) => opening.startsWith(`${name} `) || opening.startsWith(`${name}s `),
      );
      // "Samordningsförbundet Älvdal hade 210 deltagare …" as the subject of a paragraph's sentence:
      // the paragraph's sentences after it are Älvdal's, until one names the federation or "oss".
      if (other && FULL_NAME_OPENING.test(opening) && ownNamedInFull(doc)) paragraphOther = true;
      else if (paragraphOther && (WE.test(sentence) || namesOwnFederation(sentence, federationId)))
        paragraphOther = false;
      // A sentence naming the member as well ("… påverkar inte kommunens ekonomi") hands the paragraph over to it.
      if (inMember && NAMES_MEMBER.test(sentence)) federationNamed = false;
      else if (inMember && NAMES_FEDERATION.test(sentence)) federationNamed = true;
      const unnamed = inMember && !federationNamed && lineAt(unit, s.start) >= memberFrom;
      // A quoted block under another body's lead, an item of minutes on another federation: theirs.
      const foreign = inForeign.has(lineAt(unit, s.start)) || elsewhere(sentence) || paragraphOther;
      if (!unnamed && !otherSection && !foreign && other === undefined && !opensOnOther && !aboutAnotherBody(sentence))
        continue;
      // "… var 33 procent, vilket är i nivå med länets övriga förbund": another federation named only
      // in a clause comparing the figure before it is that clause's; the figure compared stays.
      const clause = COMPARING_CLAUSE.exec(sentence)?.index;
      const theirs =
        !otherSection &&
        !foreign &&
        other !== undefined &&
        !unnamed &&
        !opensOnOther &&
        clause !== undefined &&
        otherFederationIn(sentence.slice(0, clause), federationId) === undefined &&
        !aboutAnotherBody(sentence)
          ? sentence.slice(clause)
          : sentence;
      const to = lineAt(unit, Math.max(s.start, s.end - 1));
      flagged.push({
        from: lineAt(unit, s.start),
        to,
        // Unsigned: a sign word ("ett underskott på 12 mnkr") signs the fact, not the amount written.
        amounts: findAmounts(theirs).map((a) => Math.abs(a.sek)),
        numbers: numbersIn(theirs),
      });
      // "Grannförbundet Norrby redovisade följande för 2024:" over "- Deltagare: 305" lines: the
      // list the lead opens, down to its blank line, is the other federation's too.
      if (other !== undefined && /:\s*$/.test(sentence))
        for (let k = to + 1; k <= doc.lineCount && doc.at(k) !== ""; k++)
          flagged.push({
            from: k,
            to: k,
            amounts: findAmounts(doc.at(k)).map((a) => Math.abs(a.sek)),
            numbers: numbersIn(doc.at(k)),
          });
    }
  }
  return flagged;
});

/**
 * A heading that is only the name of another federation the text names in full ("Samordningsförbundet Sälje
 * Västra"), with or without a year ("Sälje Västra 2025"): a region's or a network's section on that
 * federation. Never a heading with any other word ("Sälje Västras insatser i Norrby"), nor our own name.
 */
function headsNamedOther(heading: string, others: ReadonlySet<string>): boolean {
  if (others.size === 0) return false;
  const name = heading.replace(/\s+(?:19|20)\d\d$/, "").trim();
  return name !== "" && others.has(name);
}

/** The names of the other federations the document names in full, as written after the generic word. */
const otherFullNames = oncePerDocument((doc: DocumentText): ReadonlySet<string> => {
  const federationId = ownFederation(doc);
  const names = new Set<string>();
  for (const line of doc.lines)
    if (/örbund|Finsam|FINSAM/.test(line))
      for (const f of federationsNamedIn(line)) if (!namesOwnFederationFirst(f.name, federationId)) names.add(f.name);
  return names;
});

/** The federation speaking of itself: "vi", "hos oss", "våra". */
const WE = /(?<!\p{L})(?:vi|oss|vår|vårt|våra)(?!\p{L})/iu;
/** A sentence opening on a federation's full name: "Samordningsförbundet Älvdal hade …", "Älvdals samordningsförbund …". */
const FULL_NAME_OPENING =
  /^(?:(?:Samordningsförbundet|Finsamförbundet)\s+(?:i\s+)?\p{Lu}|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}s?\s+samordningsförbund)/u;

/**
 * "Av de 13 200 som avslutades i landet gick 4 600 …": a sentence placing its figures in the country
 * or the county, naming neither the federation nor "oss", is many federations' (a plain search first).
 */
const elsewhere = (sentence: string) =>
  /landet|riket|sverige|länet|nivå|nationellt/i.test(sentence) &&
  ELSEWHERE_PLACE.test(sentence) &&
  !OUR_WORDS.test(sentence);

/**
 * Every number a sentence may hold: each run of digits ("240 198 438" is three table cells) and each
 * run grouped by thousands ("drygt 19 000 personer" is 19 000). More numbers only drop more facts.
 */
function numbersIn(text: string): number[] {
  const runs = (text.match(/\d+/g) ?? []).map(Number);
  const grouped = (text.match(/\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/g) ?? []).map((g) =>
    Number(g.replace(/\D/g, "")),
  );
  return grouped.length === 0 ? runs : [...runs, ...grouped];
}

/** Whether an amount on a line was said in another body's sentence. */
export function anotherBodysAmount(doc: DocumentText, line: number, sek: number): boolean {
  return otherBodySentences(doc).some((s) => line >= s.from && line <= s.to && s.amounts.includes(Math.abs(sek)));
}

/** "Källa: Samordningsförbundet Norrhav, årsredovisning 2024": a line naming where the lines above come from. */
const SOURCE_LINE = /^\s*(?:källa|källor|uppgifter från)\s*:/i;

/**
 * The lines of each block (the lines right above, up to a blank line) under a source line naming
 * another federation ("Källa: Samordningsförbundet Norrhav"): a table copied from its report,
 * whose figures are never the federation's, whatever reader read them.
 */
const otherFederationsTables = oncePerDocument((doc: DocumentText): { from: number; to: number }[] => {
  const blocks: { from: number; to: number }[] = [];
  const federationId = ownFederation(doc);
  for (let n = 2; n <= doc.lineCount; n++) {
    if (!SOURCE_LINE.test(doc.at(n)) || otherFederationIn(doc.at(n), federationId) === undefined) continue;
    let from = n - 1;
    while (from > 1 && doc.at(from - 1) !== "") from--;
    if (doc.at(n - 1) !== "") blocks.push({ from, to: n - 1 });
  }
  return blocks;
});

/**
 * Drop the prose facts read from another body's sentences, and every fact read from a table
 * another federation's report is named as the source of; each leaves a finding.
 */
export function dropOtherBodies(doc: DocumentText, input: ParseOutput): ParseOutput {
  const out = dropOtherFederationsTables(doc, input);
  const flagged = otherBodySentences(doc);
  if (flagged.length === 0) return out;
  const findings: FindingInput[] = [];
  const byLine = new Map<number, typeof flagged>();
  for (const s of flagged) for (let n = s.from; n <= s.to; n++) byLine.set(n, [...(byLine.get(n) ?? []), s]);
  // A module-level check and loops, not a closure made per call: V8 keeps a closure's optimized
  // code only while an instance of it lives, and this runs on every fact of every document.
  const facts: FactInput[] = [];
  for (const f of out.facts) if (keptBesideFlagged(f, byLine, findings)) facts.push(f);
  // A rate waiting for its base goes with its sentence too.
  let awaiting: FactInput[] | undefined;
  if (out.awaiting) {
    awaiting = [];
    for (const f of out.awaiting) if (keptBesideFlagged(f, byLine, findings)) awaiting.push(f);
  }
  return { ...out, facts, ...(awaiting ? { awaiting } : {}), findings: [...out.findings, ...findings] };
}

/**
 * Whether a fact stays: not a prose fact whose value a flagged sentence on its line states (then
 * a finding says why it went).
 */
function keptBesideFlagged(
  f: FactInput,
  byLine: ReadonlyMap<number, readonly { amounts: readonly number[]; numbers: readonly number[] }[]>,
  findings: FindingInput[],
): boolean {
  if (!PROSE_SECTIONS.has(f.section)) return true;
  const values = storedValues(f);
  const here = byLine.get(f.line);
  if (here === undefined) return true;
  let hit = false;
  for (const s of here) {
    const stated = f.table === "finance" ? s.amounts : s.numbers;
    for (const v of values)
      if (stated.includes(Math.abs(v))) {
        hit = true;
        break;
      }
    if (hit) break;
  }
  if (!hit) return true;
  findings.push(
    unreadNumber({
      subject: f.section,
      line: f.line,
      value: values.join(" "),
      message: `"${values.join(" ")}" in running text was not stored: the sentence is about a member's or another body's own accounts, stands in another body's passage (a quote under its lead, another federation's section or item), or a member's minutes quote it without naming the federation`,
    }),
  );
  return false;
}

function dropOtherFederationsTables(doc: DocumentText, out: ParseOutput): ParseOutput {
  const blocks = otherFederationsTables(doc);
  if (blocks.length === 0) return out;
  const findings: FindingInput[] = [];
  const keep = (f: FactInput) => {
    if (!blocks.some((b) => f.line >= b.from && f.line <= b.to)) return true;
    findings.push(
      unreadNumber({
        subject: f.section,
        line: f.line,
        value: f.table === "member_contribution" ? String(f.amount_sek) : storedValues(f).join(" "),
        message: "the table's source line names another federation: its figures are not this federation's; not stored",
      }),
    );
    return false;
  };
  const facts = out.facts.filter(keep);
  const awaiting = out.awaiting?.filter(keep);
  return { ...out, facts, ...(awaiting ? { awaiting } : {}), findings: [...out.findings, ...findings] };
}
