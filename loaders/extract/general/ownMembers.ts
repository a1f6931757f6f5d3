/**
 * The federation's own members as the document names them in one sentence ("Förbundets medlemmar är
 * Åby kommun, Böda kommun, Region X, Försäkringskassan och Arbetsförmedlingen.", "Medlemmar i
 * förbundet är …", "Samordningsförbundet består av …"): the members a list of amounts must be to be
 * the federation's. Read only where every part of the sentence is a member's name (a municipality,
 * a region, the state or one of its two agencies) and it names a municipality and a region; a
 * sentence naming another federation, or one part that is no member ("de fyra kommunerna"), and the
 * document names no members here (null).
 *
 * A member's key is what two writings of one name share: the state and its agencies are "state", a
 * region "region:<place>", a municipality its place ("Rågviks kommun", "Rågvik" → "ragvik"). Pure.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { slugify } from "../../reference/slug.ts";
import { proseUnits } from "./proseSentences.ts";
import { namesAnotherFederation } from "./memberAmountLists.ts";
import type { MemberOf } from "./contributionLists.ts";

/** The sentence's lead: the members are, or the federation consists of, what follows. */
const MEMBERS_ARE =
  /(?:(?:\b(?:förbundets|våra)\s+|(?:^|[.!?]\s+))medlemmar(?:na)?(?:\s+i\s+(?:samordnings)?förbundet)?\s+(?:är|var|utgörs\s+av)|(?:samordnings)?förbundet\s+(?:består|bildas)\s+av)\s*:?\s+([^.;:]+?)\.(?=\s|$)/iu;
/** The parts of a list of names. */
const PART_CUT = /\s*,\s*(?:och\s+|samt\s+)?|\s+(?:och|samt)\s+/i;
/** "Åby, Böda och Cedby kommuner": the municipalities named before their common noun. */
const SHARED_NOUN = /\s+kommuner$/i;

/** The key of a member's name as a list or a sentence writes it, or null where it names none. */
export function memberKey(name: string, memberOf: MemberOf): string | null {
  const t = name.trim();
  if (/^(?:staten|försäkringskassan|arbetsförmedlingen|fk|af)\b/i.test(t)) {
    return memberOf(t) === null && !/^(?:fk|af)$/i.test(t) ? null : "state";
  }
  const region = /^region\s+(.+)$/i.exec(t);
  if (region) return memberOf(t) === null ? null : `region:${slugify(region[1]!)}`;
  const municipality = /^(.+?)\s+kommun$/i.exec(t);
  if (municipality) return memberOf(t) === null ? null : placeKey(municipality[1]!);
  // A place written alone ("Åby"): one or two capitalised words.
  return /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$/u.test(t) ? placeKey(t) : null;
}

/** A municipality's place, its genitive s taken off ("Rågviks" and "Rågvik" are one). */
function placeKey(place: string): string {
  return slugify(place).replace(/s$/, "");
}

/**
 * The keys of the federation's own members: those the document names in its sentence on its members,
 * else those the registry gives (`DocumentText.federation`, the members told at add-federation, every
 * spelling of each), or null where neither names them. A list naming a region or a municipality none
 * of them is is another body's money (a neighbour federation's members).
 */
export function ownMembersNamed(doc: DocumentText, memberOf: MemberOf): ReadonlySet<string> | null {
  return named(doc)(memberOf) ?? registered(doc)(memberOf);
}

const registered = oncePerDocument((doc: DocumentText) => {
  const answers = new Map<MemberOf, ReadonlySet<string> | null>();
  return (memberOf: MemberOf) => {
    if (!answers.has(memberOf)) answers.set(memberOf, registeredMembers(doc, memberOf));
    return answers.get(memberOf)!;
  };
});

/**
 * The registry's members as keys: only where it names a region and a municipality each in a form a
 * key is read from, as the document's sentence must; the state is always a member.
 */
function registeredMembers(doc: DocumentText, memberOf: MemberOf): ReadonlySet<string> | null {
  const names = doc.federation?.members ?? [];
  const keys = new Set<string>();
  for (const name of names) {
    const key = memberKey(name, memberOf);
    if (key !== null) keys.add(key);
  }
  if (
    ![...keys].some((k) => k.startsWith("region:")) ||
    ![...keys].some((k) => k !== "state" && !k.startsWith("region:"))
  )
    return null;
  keys.add("state");
  return keys;
}

const named = oncePerDocument((doc: DocumentText) => {
  const answers = new Map<MemberOf, ReadonlySet<string> | null>();
  return (memberOf: MemberOf) => {
    if (!answers.has(memberOf)) answers.set(memberOf, readOwnMembers(doc, memberOf));
    return answers.get(memberOf)!;
  };
});

function readOwnMembers(doc: DocumentText, memberOf: MemberOf): ReadonlySet<string> | null {
  for (const unit of proseUnits(doc)) {
    // The lead writes "medlemmar" or "består"/"bildas": a unit without them ("medlemsavgift" alone) is not searched.
    if (!/medlemmar|består|bildas/i.test(unit.text)) continue;
    const m = MEMBERS_ARE.exec(unit.text);
    if (!m) continue;
    const sentenceStart = Math.max(0, unit.text.lastIndexOf(". ", m.index) + 1);
    if (namesAnotherFederation(doc, unit.text.slice(sentenceStart, m.index + m[0].length))) continue;
    const parts = m[1]!.replace(/\s+/g, " ").trim().split(PART_CUT);
    // "Åby, Böda och Cedby kommuner": each place a municipality.
    const keys = parts.map((raw) => memberKey(raw.replace(SHARED_NOUN, ""), memberOf));
    if (keys.some((k) => k === null)) continue;
    const kinds = keys as string[];
    if (!kinds.some((k) => k.startsWith("region:")) || !kinds.some((k) => k !== "state" && !k.startsWith("region:")))
      continue;
    return new Set(kinds);
  }
  return null;
}

/** The municipalities together, as a list may open their part ("Kommunerna", "Kommunernas"). */
const MUNICIPALITIES_TOGETHER = /^(?:de\s+\p{L}+\s+)?kommuner(?:na|nas)?$/iu;

/** A list's members ("state", "region", "municipality", "place", as `memberAmountLists` kinds them) against the document's own. */
export type Cover = "all" | "some" | "foreign";

/**
 * Whether a list's members are the document's own: "foreign" where one region or municipality of
 * the list is none of them, "all" where the list names every one of them (the state too) and no
 * other, "some" where its members are among them but some are missing.
 */
export function coverOf(own: ReadonlySet<string>, members: readonly { kind: string; name: string }[]): Cover {
  const regions = [...own].filter((k) => k.startsWith("region:"));
  const keys = new Set<string>();
  for (const m of members) {
    const key =
      m.kind === "state"
        ? "state"
        : m.kind === "region"
          ? /^region(?:en)?$/i.test(m.name) && regions.length === 1
            ? regions[0]!
            : `region:${slugify(m.name.replace(/^region\s+/i, ""))}`
          : m.kind === "municipality" || m.kind === "place"
            ? placeKey(m.name.replace(/\s+kommun$/i, ""))
            : null;
    // "Kommunernas 2 100 tkr fördelades …": the municipalities together, no place of their own.
    if (key === null || (m.kind === "place" && MUNICIPALITIES_TOGETHER.test(m.name))) continue;
    if (!own.has(key)) return "foreign";
    keys.add(key);
  }
  return [...own].every((k) => keys.has(k)) ? "all" : "some";
}
