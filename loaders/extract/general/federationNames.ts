/**
 * Whether a piece of a document (a table's title, a column's header) names the document's own
 * federation. Extraction knows the federation by its id, which `add-federation` makes from its
 * short name ("Samordningsförbundet Norra Ekdalen" → `norra-ekdalen`); a name whose words, without
 * the words every federation's name shares, make that id is the federation's. Any other name is
 * not: a neighbouring federation's column, or a name the id does not spell (then nothing is read).
 * Where the caller read the registry (ingest, extract), the document carries its federation's
 * facts (`DocumentText.federation`): then a name is ours where its words make the registered name's,
 * whatever the id ("fed07", "vfs"), and the id spells no name (it may spell a neighbour's). Pure.
 */
import { slugify } from "../../reference/slug.ts";
import type { FederationFacts } from "../../schema/registry.ts";
import type { DocumentText } from "../documentText.ts";

/**
 * The document's own federation as the name rules know it: its id, or the registry's facts about
 * it where the document was given them.
 */
export type OwnFederation = string | FederationFacts;

/** The document's own federation: the registry's facts where it was given them, else its id. */
export function ownFederation(doc: DocumentText): OwnFederation {
  return doc.federation ?? federationOfDocument(doc.documentId);
}

/** The id of the own federation. */
export function federationIdOf(federation: OwnFederation): string {
  return typeof federation === "string" ? federation : federation.id;
}

/**
 * The registered name's keys, once per facts: "Samordningsförbundet Västra Fjällen" → "vastra-fjallen";
 * a name registered in the genitive before the generic word ("Tjärnhults samordningsförbund") also
 * as a text writes it before "Samordningsförbundet" ("tjarnhult").
 */
function registeredKeys(federation: OwnFederation): readonly string[] {
  if (typeof federation === "string") return NO_KEYS;
  let keys = registeredKeyCache.get(federation);
  if (keys === undefined) {
    const key = federationNameKey(federation.name);
    const genitive = /\p{L}s\s+(?:samordningsförbund|finsamförbund|förbund)\p{L}*\s*$/iu.test(federation.name);
    keys = key === "" ? NO_KEYS : genitive && key.length > 3 ? [key, key.slice(0, -1)] : [key];
    registeredKeyCache.set(federation, keys);
  }
  return keys;
}
const NO_KEYS: readonly string[] = [];
const registeredKeyCache = new WeakMap<FederationFacts, readonly string[]>();

/** Words of a federation's name that say what it is, not which one ("Samordningsförbundet i X län"). */
const GENERIC_WORD = /^(samordningsförbund(et)?|finsamförbund(et)?|förbund(et)?|finsam|i|län|s)$/i;
/** A name as a column header writes it: one to five words of letters, starting with a capital. */
const NAME = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,4}$/u;

/** The federation id of a document id ("norra-ekdalen/2024-annual-report" → "norra-ekdalen"). */
export function federationOfDocument(documentId: string): string {
  // Asked for every sentence: no array of the id's parts made each time.
  const slash = documentId.indexOf("/");
  return slash < 0 ? documentId : documentId.slice(0, slash);
}

/**
 * Whether `text` is the name of the own federation, with or without "Samordningsförbundet": its
 * words make the registered name where the registry's facts are given, else the id.
 */
export function namesFederation(text: string, federation: OwnFederation): boolean {
  const words = text
    .replace(/[,:;()]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && !GENERIC_WORD.test(w));
  if (words.length === 0) return false;
  const slug = slugify(words.join(" "));
  // "Norra Dalarnas samordningsförbund": the name in the genitive before the generic word.
  const genitive = slug.endsWith("s") && slug.length > 3 ? slug.slice(0, -1) : undefined;
  // The registered name, where the registry's facts are given, is the name: an id a user chose may
  // spell a neighbour's name ("ekby" for "Samordningsförbundet Norra Ekby" beside Ekby's federation).
  const registered = registeredKeys(federation);
  if (registered.length > 0) return registered.some((key) => slug === key || genitive === key);
  const federationId = federationIdOf(federation);
  const key = idKey(federationId);
  return slug === federationId || slug === key || (genitive !== undefined && genitive === key);
}

/**
 * The id as a name's key: a project's code before it ("r10-", "real20-") and the words every
 * federation's name shares ("samordningsforbundet-norra-dalarna", "finsam-norra-dalarna", "sf-…")
 * taken away, as a user choosing the id at `add-federation` may have written them.
 */
function idKey(federationId: string): string {
  const known = idKeys.get(federationId);
  if (known !== undefined) return known;
  const key = federationId
    .replace(CODE_PREFIX, "")
    .split("-")
    .filter((w) => w !== "" && !GENERIC_ID_WORD.test(w))
    .join("-");
  idKeys.set(federationId, key);
  return key;
}
const idKeys = new Map<string, string>();
/** The generic words of a name as an id spells them (slugs have no å, ä, ö). */
const GENERIC_ID_WORD = /^(samordningsforbund(et)?|finsamforbund(et)?|forbund(et)?|finsam|sf|i|lan|s)$/;

/**
 * A federation's name without the words every federation's name shares, as a slug:
 * "Samordningsförbundet Älvmo" and "Finsamförbundet i Älvmo" both give "alvmo". Two federations
 * whose names give one key cannot be told apart by a document's title or a reader.
 */
export function federationNameKey(name: string): string {
  return slugify(
    name
      .replace(/[,:;()]/g, " ")
      .split(/\s+/)
      .filter((w) => w !== "" && !GENERIC_WORD.test(w))
      .join(" "),
  );
}

/**
 * A code some projects put before the name in their ids ("r10-lovsjo", "2209-savsjoholm"): one
 * token with a digit in it, which no word of a name has. The rest must still be the whole name.
 */
const CODE_PREFIX = /^[a-z]{0,6}\d+[a-z0-9]*-(?=[a-z])/;

/** Whether a header cell could be a federation's name (a column per federation), ours or another's. */
export function isNameCell(cell: string): boolean {
  return NAME.test(cell.trim());
}

/** "Samordningsförbundet Myrbacka", "Finsamförbundet i Norra Ekdalen": a federation named in full, up to three words. */
const FULL_NAME = /(?<!\p{L})(?:Samordningsförbundet|Finsamförbundet)((?: (?:i )?\p{Lu}[\p{L}-]*){1,3})/gu;

/**
 * The text with the document's own federation, named in full, written "Förbundet" (right-aligned in
 * the name's place, offsets kept): its place name ("Myrbacka", also a member's) names no one else.
 * Another federation's name stays as written.
 */
export function ownNameAsFederation(text: string, federation: OwnFederation): string {
  if (!text.includes("förbundet")) return text;
  return text.replace(FULL_NAME, (whole: string) => {
    // The longest run of the name's words that is the federation's ("… Myrbacka Region …" is not).
    const words = whole.split(" ");
    for (let n = words.length; n >= 2; n--) {
      const name = words.slice(0, n).join(" ");
      if (namesFederation(name, federation))
        return " ".repeat(name.length - "Förbundet".length) + "Förbundet" + whole.slice(name.length);
    }
    return whole;
  });
}

/** Whether a text names the document's own federation in full ("… för Samordningsförbundet Bergsdalen"). */
export function namesOwnFederation(text: string, federation: OwnFederation): boolean {
  if (!/örbundet/.test(text)) return false;
  for (const m of text.matchAll(FULL_NAME)) {
    const words = m[1]!.trim().split(" ");
    for (let k = words.length; k >= 1; k--) if (namesFederation(words.slice(0, k).join(" "), federation)) return true;
  }
  return false;
}

/**
 * A heading set in capitals as a name is written ("SAMORDNINGSFÖRBUNDET ÄLVBY" → "Samordningsförbundet
 * Älvby"), so a federation named in a newsletter's capital headings is found as in running text.
 */
export function asNameCase(text: string): string {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{3}/u.test(text)) return text;
  const folded = text.replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
  // "SAMORDNINGSFÖRBUNDET SUMMERAR 2025", "FÖRBUNDET VÄXER I ÅR": a news headline whose generic word is
  // the subject of a verb in the present tense with more words after it names no federation "Summerar":
  // the verb is written as a verb, so no reader takes it for another federation.
  return folded.replace(HEADLINE_VERB, (_m, word: string, verb: string) => `${word} ${verb.toLowerCase()}`);
}
/**
 * The generic word, then a verb in the present tense, then more of the headline: a verb of "-erar" (no place's
 * name ends so), or one of the verbs news headlines use; "Väster", "Öster" stay names.
 */
const HEADLINE_VERB =
  /(?<!\p{L})((?:Samordnings|Finsam)?[Ff]örbundet) (\p{Lu}\p{Ll}+erar|(?:Sammanfattar|Summerar|Växer|Satsar|Fyller|Firar|Startar|Söker|Bjuder|Öppnar|Ökar|Minskar|Utökar|Flyttar|Byter|Tackar|Efterlyser|Anställer|Visar|Ordnar|Delar|Tar|Ger|Når)(?!\p{L}))(?= +\S)/gu;

/**
 * A federation named in full, the generic word then its name's capitalised words: "Samordningsförbundet
 * Älvdal", "samordningsförbundet i Norrdal", "SAMORDNINGSFÖRBUNDET MORAVIK", "Finsamförbundet i Åby",
 * "Finsam Norra Dal". One pattern for every reader that asks whose federation a line names.
 */
const FEDERATION_NAMED =
  /(?<!\p{L})([Ss]amordningsförbund(?:et)?|SAMORDNINGSFÖRBUNDET|[Ff]insamförbund(?:et)?|FINSAMFÖRBUNDET|[Ff]insam|FINSAM)\s+(?:i\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/gu;

/** A federation a text names in full: the generic word as written ("Samordningsförbundet", "Finsam") and the name after it. */
export interface NamedFederation {
  word: string;
  name: string;
}

/** The federations a text names in full (`FEDERATION_NAMED`), in order. */
export function federationsNamedIn(text: string): NamedFederation[] {
  return [...text.matchAll(FEDERATION_NAMED)].map((m) => ({ word: m[1]!, name: m[2]! }));
}

/**
 * Whether a name read after the generic word is the own federation's: its first words, longest first,
 * make the name ("Moravik" in "Samordningsförbundet Moravik Årsredovisning" is ours).
 */
export function namesOwnFederationFirst(name: string, federation: OwnFederation): boolean {
  const words = name.trim().split(/\s+/);
  for (let w = words.length; w >= 1; w--) if (namesFederation(words.slice(0, w).join(" "), federation)) return true;
  return false;
}
