/**
 * Boards named in a decision's sentence, as minutes of a joint meeting of two federations' boards write
 * them: "Krokviks styrelse beslutar att bevilja …" (the document's own federation's board, named by the
 * genitive of its name), "Styrelserna beslutar, var för sig, att …" (both boards, ours among them), and
 * "Ekhamns styrelse beslutar att …" (the other federation's board, whose decisions are never ours). The
 * other is told only by a name the document gives a federation in full ("Samordningsförbundet Ekhamn"),
 * so a member's board ("Åby kommuns styrelse") is neither. Pure.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { federationsNamedIn, namesFederation, ownFederation } from "../general/federationNames.ts";

/** A board named by a genitive opening the sentence: "Krokviks styrelse", "Norra Ådals arbetsutskott". */
const NAMED_BOARD =
  /^((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*s)\s+(?:förbundsstyrelse|styrelse|arbetsutskott|direktion|beredningsgrupp)(?!\p{L})/u;
/**
 * A board named after its noun: "Styrelsen för Samordningsförbundet Knapptorp beslutar …", "Styrelsen i
 * Knapptorp beslutar …", "Förbundsstyrelsen för Finsam Sävö …". The name, one or two capitalised words.
 */
const BOARD_OF_NAME =
  /^(?:[Ff]örbunds)?[Ss]tyrelsen\s+(?:för|i)\s+(?:[Ss]amordningsförbundet\s+|[Ff]insam\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?=\s+\p{Ll})/u;
/** Both boards of a joint meeting deciding: "Styrelserna beslutar", "De båda styrelserna godkänner". */
const BOTH_BOARDS = /^(?:(?:de\s+)?båda\s+)?styrelserna(?!\p{L})/iu;

/** The first words of every federation the document names in full that is not its own ("Ekhamn"). */
const otherFederations = oncePerDocument((doc: DocumentText): ReadonlySet<string> => {
  const own = ownFederation(doc);
  const out = new Set<string>();
  for (const line of doc.lines) {
    if (!/örbund|insam/i.test(line)) continue;
    for (const { name } of federationsNamedIn(line)) {
      const words = name.split(/\s+/);
      // "Samordningsförbundet Ekhamn Styrelsen": the longest run of words that is ours is ours.
      if (words.some((_, k) => namesFederation(words.slice(0, k + 1).join(" "), own))) continue;
      out.add(words[0]!.toLowerCase());
    }
  }
  return out;
});

/**
 * Whether a short name is another federation's the document names in full ("Sävö" of "Samordningsförbundet
 * Sävö"): its first word, in the genitive too ("Sävös").
 */
export function namesAnotherFederation(doc: DocumentText, name: string): boolean {
  const first = name.trim().split(/\s+/)[0]!.toLowerCase();
  const others = otherFederations(doc);
  return others.has(first) || others.has(first.replace(/s$/, ""));
}

/** Whose board opens the sentence: the own federation's, both boards, another federation's, or none named. */
export function boardOfSentence(doc: DocumentText, text: string): "own" | "both" | "other" | undefined {
  const t = text.trimStart();
  if (BOTH_BOARDS.test(t)) return "both";
  const named = BOARD_OF_NAME.exec(t);
  if (named) {
    if (namesFederation(named[1]!, ownFederation(doc))) return "own";
    return namesAnotherFederation(doc, named[1]!) ? "other" : undefined;
  }
  const m = NAMED_BOARD.exec(t);
  if (!m) return undefined;
  const genitive = m[1]!;
  if (namesFederation(genitive, ownFederation(doc))) return "own";
  const first = genitive.split(/\s+/)[0]!.toLowerCase();
  const others = otherFederations(doc);
  // "Ekhamns styrelse" of "Samordningsförbundet Ekhamn" (a name in the genitive; "Vännäs" its own genitive).
  if (others.has(first.replace(/s$/, "")) || others.has(first)) return "other";
  return undefined;
}

/**
 * The sentence with a board of ours named at its start read as "Styrelsen", so every pattern that knows
 * the deciding body knows it ("Krokviks styrelse beslutar att …" → "Styrelsen beslutar att …"); any
 * other sentence as written.
 */
export function asOwnBoard(doc: DocumentText, text: string): string {
  const whose = boardOfSentence(doc, text);
  if (whose === "both") return text.trimStart().replace(BOTH_BOARDS, "Styrelsen");
  if (whose !== "own") return text;
  const t = text.trimStart();
  const named = BOARD_OF_NAME.exec(t);
  if (named) return "Styrelsen" + t.slice(named[0].length);
  const m = NAMED_BOARD.exec(t)!;
  const body = /arbetsutskott/i.test(m[0]) ? "Arbetsutskottet" : /direktion/i.test(m[0]) ? "Direktionen" : "Styrelsen";
  return body + t.slice(m[0].length);
}
