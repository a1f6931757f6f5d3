/**
 * The words of the lexicon, folded: every word of the concept lexicon's stems and negative cues
 * (`concepts.ts`), of the statement labels (`statementLabels.ts`), of the statement headings and of
 * the destinations' names (`codes.ts` `exitOutcome`).
 * The OCR repair of the text layer (extract/text/brokenWords.ts) joins the fragments of a word
 * that OCR broke with a space ("Verksamh etens", "Å rets resu ltat") only where the joined word
 * is one of these: a word learnt for a reader is a word the repair knows too.
 */
import { CONCEPTS, fold, PROSE_CONCEPTS } from "./concepts.ts";
import { STATEMENT_LABELS } from "./statementLabels.ts";
import { exitOutcome } from "./codes.ts";

/**
 * Headings of the statements and of the balance sheet's groups, which no label list holds: they
 * are what a reader looks for to find a table ("RESULTATRÄKN ING" must read as its heading).
 */
export const HEADING_WORDS = [
  "resultaträkning",
  "balansräkning",
  "kassaflödesanalys",
  "finansieringsanalys",
  "noter",
  "tillgångar",
  "anläggningstillgångar",
  "omsättningstillgångar",
  "skulder",
  "avsättningar",
  "fordringar",
  "årsredovisning",
  "verksamhetsberättelse",
  "förvaltningsberättelse",
  "samordningsförbund",
];

/** Shorter words are too common to be told from a real word OCR left alone ("nya", "före", "till"). */
const MIN_LENGTH = 5;

/** Every folded word of the lexicon of at least five letters; a word may be a stem ("intakt", "kvinn"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set(
  [
    ...[...CONCEPTS, ...PROSE_CONCEPTS].flatMap((c) => [...c.stems, ...(c.negativeCues ?? [])]),
    // A label pattern's literal words ("(summa )?kortfristiga skulder"); a pattern's fragments
    // ("(över|under)skott") give stems no word starts with, which join nothing.
    ...STATEMENT_LABELS.flatMap((l) => l.patterns.map((p) => p.source)),
    ...HEADING_WORDS,
    // The destinations' names ("Aktivt arbetssökande", "Fortsatt rehabilitering"): a narrow exit
    // table's header hyphenates them over its lines ("Arbets-" / "sökande").
    ...exitOutcome.entries.map((e) => e.sv),
  ]
    .flatMap((text) => fold(text).split(/[^\p{L}]+/u))
    .filter((w) => w.length >= MIN_LENGTH),
);

/** The longest word of the lexicon, so a look-up never tries a longer prefix. */
export const LONGEST_LABEL_WORD = Math.max(...[...LABEL_WORDS].map((w) => w.length));
