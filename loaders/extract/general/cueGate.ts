/**
 * Cue gates: the readers' cheap first looks, kept in one place. Most of a reader's patterns need a
 * word any text they match must hold ("insatser" for "två nya insatser", "bodde" for a member's
 * residents), and most sentences and documents hold none of them; a pattern with look-behinds and
 * alternatives tried at every character costs far more than a search for the word. A cue is that
 * word (or several, one of which every match holds), looked for once per text and remembered, so
 * that every pattern gated by it returns at once where it is missing.
 *
 * A cue must never miss: wherever a pattern it gates matches, the cue matches the same text. Write
 * it as the literal words the pattern's alternatives all need, with the pattern's own flags for
 * case (a cue ignoring case where its pattern does, so that every letter folds alike). A cue may
 * find more than the pattern does: then the pattern is asked as before. A document's cue
 * (`documentMayHold`) is looked for in the document's cleaned lines one by one: it must be found in
 * one line, so a cue for words a sentence may wrap over two lines ("den" / "nya") is a sentence's
 * cue only. `gated` records each pair, and the unit tests check every pair on text where the
 * pattern matches.
 *
 * Adding a reader's cue: define it here (`defineCue`), gate the reader's pattern with it (`gated`),
 * or ask `mayHold` / `documentMayHold` before a reader's scan. Pure: the answers are remembered for
 * the last text and per document only.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";

/** A cue: its name (for tests and messages) and the pattern that finds it. */
export interface Cue {
  readonly id: number;
  readonly name: string;
  readonly pattern: RegExp;
}

const cues: Cue[] = [];

/** A cue of the readers (see above); its pattern keeps no state (neither global nor sticky). */
export function defineCue(name: string, pattern: RegExp): Cue {
  if (pattern.global || pattern.sticky) throw new Error(`a cue keeps no state: ${name} ${pattern}`);
  if (cues.some((c) => c.name === name)) throw new Error(`a cue of that name is defined already: ${name}`);
  const cue = { id: cues.length, name, pattern };
  cues.push(cue);
  if (cues.length > lastStates.length) {
    lastStates = new Uint8Array(2 * cues.length);
    lastText = undefined;
  }
  return cue;
}

/**
 * Per cue of the last text asked about: 0 not asked yet, 1 found, 2 missing. One array, emptied
 * for each new text (most sentences are asked about once or twice: an array made per text cost
 * more than the looks it saved).
 */
let lastText: string | undefined;
let lastStates = new Uint8Array(32);

/** Whether `text` may hold what the patterns gated by `cue` find (false: none of them matches). */
export function mayHold(text: string, cue: Cue): boolean {
  if (text !== lastText) {
    lastText = text;
    lastStates.fill(0, 0, cues.length);
  }
  const state = lastStates[cue.id];
  if (state !== 0) return state === 1;
  const found = cue.pattern.test(text);
  lastStates[cue.id] = found ? 1 : 2;
  return found;
}

/** A pattern asked only where its cue is found: `test` answers as `pattern.test` does. */
export interface Gated {
  readonly cue: Cue;
  readonly pattern: RegExp;
  test(text: string): boolean;
}

const pairs: Gated[] = [];

/** `pattern` behind `cue`; the pattern keeps no state, as a gate must not skip its `lastIndex`. */
export function gated(cue: Cue, pattern: RegExp): Gated {
  if (pattern.global || pattern.sticky) throw new Error(`a gated pattern keeps no state: ${pattern}`);
  const gate: Gated = { cue, pattern, test: (text) => mayHold(text, cue) && pattern.test(text) };
  pairs.push(gate);
  return gate;
}

/**
 * A global pattern (for `replace`, `matchAll`) a reader asks only where `mayHold(text, cue)` finds its
 * cue: recorded beside the gated ones, so the tests check this cue never misses either. Returns the pattern.
 */
export function guarding(cue: Cue, pattern: RegExp): RegExp {
  const single = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""));
  pairs.push({ cue, pattern: single, test: (text) => mayHold(text, cue) && single.test(text) });
  return pattern;
}

/** Every gated or guarded pattern defined so far (a guarded one without its global flag), for the tests that check its cue never misses. */
export function gatedPatterns(): readonly Gated[] {
  return pairs;
}

/** Every cue defined so far. */
export function definedCues(): readonly Cue[] {
  return cues;
}

/** Per document: its cleaned lines' states for each cue (as `lastStates`). */
const documentStates = oncePerDocument((_doc: DocumentText) => ({ states: new Uint8Array(cues.length) }));

/**
 * Whether some cleaned line of the document holds the cue (false: no line does, and a reader
 * matching its gated patterns line by line, or within one line's sentences, finds nothing).
 */
export function documentMayHold(doc: DocumentText, cue: Cue): boolean {
  const view = documentStates(doc);
  if (view.states.length < cues.length) {
    const grown = new Uint8Array(cues.length);
    grown.set(view.states);
    view.states = grown;
  }
  const state = view.states[cue.id];
  if (state !== 0) return state === 1;
  let found = false;
  for (let n = 1; n <= doc.lineCount && !found; n++) found = cue.pattern.test(doc.at(n));
  view.states[cue.id] = found ? 1 : 2;
  return found;
}

// The cues. Each names the patterns it gates; those patterns ignore case as their cue does.

/** One intervention by its word: "insatsen", "projektet", "teamet", "i den nya gruppverksamheten" (a sentence's cue). */
export const ONE_INTERVENTION_CUE = defineCue("one intervention", /insatsen|projektet|teamet| nya /iu);
/** Some or all of the interventions ("två nya insatser", "i de individinriktade insatserna"). */
export const INTERVENTIONS_CUE = defineCue("interventions", /insatser/iu);
/** Any word for an intervention ("en insats", "insatsen", "insatser"). */
export const INTERVENTION_STEM_CUE = defineCue("intervention stem", /insats/iu);
/** The interventions or the federation ("förbundets insatser", "i förbundet totalt"). */
export const FEDERATION_OR_INTERVENTIONS_CUE = defineCue("federation or interventions", /insatser|förbundet/iu);
/** The federation by its word ("förbundet", "samordningsförbundet"). */
export const FEDERATION_WORD_CUE = defineCue("federation word", /förbundet/iu);
/** A member's residents or its own people ("kommunens", "invånare", "bodde", "folkbokförda"). */
export const RESIDENTS_CUE = defineCue("residents", /kommunen|regionens|invånare|bodde|bor|folkbokförd|boende/iu);
/** A new intervention brought up ("ett nytt projekt", "en egen verksamhet"). */
export const NEW_INTERVENTION_CUE = defineCue("new intervention", /ett nytt|en ny|ett eget|en egen/iu);
/**
 * Other federations, unnamed or many ("grannförbundet", "andra förbund", "förbunden", "länets förbund"):
 * never "förbundet" alone, which most sentences of a report hold.
 */
export const OTHER_FEDERATIONS_CUE = defineCue(
  "other federations",
  /grannförbund|andra förbund|övriga förbund|annat förbund|annat samordningsförbund|förbunden|förbund(?!\p{L})/iu,
);
/** A record said of a figure ("det högsta antalet sedan starten"): dashComments.ts's record comments. */
export const RECORD_WORD_CUE = defineCue("record word", /högsta|lägsta|största|minsta|flesta|färsta|bästa|sämsta/iu);
/** A change said of a figure ("en ökning som …"): dashComments.ts's change comments. */
export const CHANGE_WORD_CUE = defineCue(
  "change word",
  /ökning|minskning|höjning|sänkning|förbättring|försämring|uppgång|nedgång/iu,
);
