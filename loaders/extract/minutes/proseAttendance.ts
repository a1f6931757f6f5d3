/**
 * Attendance told as a running paragraph before the first item, with no list and no label:
 * "Vid mötet deltog ordföranden Eva Holm (Åby kommun), ledamoten Per Ek (Region Ravik) och ledamoten
 * Li Sand. För Åby kommun tjänstgjorde ersättaren Bo Lund i stället för ledamoten Kim Berg, som hade
 * förhinder. Ersättaren Ida Ros var med utan att tjänstgöra. Från kansliet deltog förbundschefen Jon Ek."
 *
 * The grammar, sentence by sentence: a sentence whose verb says someone took part (deltog, närvarade,
 * var med, tjänstgjorde) and that says no "not"; in it, each person named right after a board or office
 * role's noun (ordföranden, ledamoten, ersättaren, förbundschefen …), a bare name after "och" or a comma
 * taking the role before it. The role noun gives the role; a deputy served where the sentence says
 * "tjänstgjorde", did not where it says "utan att tjänstgöra". Never stored: the member a deputy stood in
 * for ("i stället för ledamoten …"), anyone the sentence says was absent ("…, som hade förhinder"), a
 * person with no role noun before them, and any sentence outside the paragraphs before the first item.
 */
import type { DocumentText } from "../documentText.ts";
import { PARTY_NAME, plainAt } from "./minutesText.ts";

export type ProseRole = "member" | "deputy" | "official" | "guest";

export interface ProsePerson {
  person: string;
  member: string | null;
  role: ProseRole;
  serving: boolean | null;
  note: string | null;
  line: number;
}

/** A verb saying someone took part in the meeting, past or present. */
const PRESENCE_VERB =
  /(?<!\p{L})(?:deltog|deltar|närvarade|närvarar|medverkade|tjänstgjorde|var\s+(?:också\s+|även\s+)?(?:med|närvarande))(?!\p{L})/iu;
/** A sentence denying presence ("deltog inte", "var inte närvarande", "kunde inte delta"). */
const DENIED = /(?<!\p{L})(?:inte|ej|icke|aldrig)(?!\p{L})/iu;
/** A deputy's not serving said in the sentence. */
const NOT_SERVING =
  /utan\s+att\s+tjänstgöra|utan\s+rösträtt|(?:inte|ej|icke)\s+tjänstgörande|tjänstgjorde\s+(?:inte|ej|icke)/iu;
const SERVED = /(?<!\p{L})tjänstgjorde(?!\p{L})/iu;

/** A word with its first letter in either case ("Ersättaren" opening a sentence, "ersättaren" inside one). */
const either = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
/** Role nouns, the definite and the bare form, longest first so "vice ordföranden" is not read "ordföranden". */
const ROLE_NOUNS: [string, ProseRole][] = [
  [`(?:(?:${either("förste")}|${either("andre")}|\\d:e)\\s+)?${either("vice")}\\s+ordförande(?:n)?`, "member"],
  [`${either("ordförande")}(?:n)?`, "member"],
  [`${either("ledam")}(?:oten|ot|öterna|öter)`, "member"],
  [`${either("ersättar")}(?:en|e|na)`, "deputy"],
  [
    `(?:${either("biträdande")}\\s+)?(?:${["förbundschef", "sekreterare", "controller", "ekonom", "samordnare", "processledare", "kanslist", "administratör", "verksamhetsutvecklare", "utvecklingsledare"].map(either).join("|")})(?:en|n)?`,
    "official",
  ],
];
const ROLE_SOURCE = ROLE_NOUNS.map(([re]) => `(?:${re})`).join("|");
/** A role noun as a word of its own, a capital (a name) after it. */
const ROLE_NOUN = new RegExp(`(?<!\\p{L})(?:${ROLE_SOURCE})\\s+(?=\\p{Lu})`, "gu");
const ROLE_AT = new RegExp(`^(?:${ROLE_SOURCE})(?!\\p{L})`, "u");
/** A person's name: two or three capitalised words (a double first name or surname hyphenated). */
const NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?!\p{L})/u;
/** Words before a name saying it is the one stood in for, not one present. */
const STOOD_IN_FOR =
  /(?:i\s+stället\s+för|istället\s+för|ersatte|ersätter|för)(?:\s+(?:den|det|de|sin|sina))?(?:\s+(?:frånvarande|ordinarie|sjuka?|sjukskrivna?))?\s+$/iu;
/** "den frånvarande ledamoten Kim Berg", "ej närvarande ledamoten …": the role's person said to be away. */
const ABSENT_BEFORE = /(?<!\p{L})(?:frånvarande|ej\s+närvarande|inte\s+närvarande)\s+$/iu;
/** A clause right after a name (and its bracket) saying that person was away. */
const ABSENT_AFTER =
  /^\s*,?\s*som\s+(?:hade|har|anmält|anmälde|meddelat|meddelade)\s+förhinder|^\s*,?\s*som\s+(?:var|är)\s+(?:frånvarande|borta)|^\s*,?\s*som\s+(?:inte|ej)\s+(?:kunde|deltog|närvarade)/iu;
/** "Från kansliet deltog …": the office's people; "Från Åby kommun deltog …": a member body's, guests. */
const FROM_LEAD = /^från\s+([^,.]+?)\s+(?:deltog|närvarade|medverkade|var)(?!\p{L})/iu;
/** "För Åby kommun tjänstgjorde ersättaren …": the member body the deputy served for. */
const FOR_BODY_LEAD = /^för\s+([^,.]+?)\s+tjänstgjorde(?!\p{L})/iu;

/** A paragraph's lines joined, each character's source line kept. */
interface Paragraph {
  text: string;
  lineAt: number[];
}

function paragraphs(doc: DocumentText, from: number, stop: number): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | undefined;
  for (let n = from; n < stop; n++) {
    const t = plainAt(doc, n);
    if (t === "") {
      cur = undefined;
      continue;
    }
    if (!cur) out.push((cur = { text: "", lineAt: [] }));
    if (cur.text !== "") {
      cur.text += " ";
      cur.lineAt.push(n);
    }
    cur.text += t;
    for (let k = 0; k < t.length; k++) cur.lineAt.push(n);
  }
  return out;
}

/** The sentences of a paragraph, with their offsets: a full stop, then a space and a capital. */
function sentences(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?](?=\s+\p{Lu})/gu)) {
    out.push({ text: text.slice(from, m.index + 1), at: from });
    from = m.index + 1;
    while (text[from] === " ") from++;
  }
  if (from < text.length) out.push({ text: text.slice(from), at: from });
  return out;
}

function roleOfNoun(noun: string): ProseRole {
  return ROLE_NOUNS.find(([re]) => new RegExp(`^(?:${re})$`, "u").test(noun))![1];
}

/**
 * The people a sentence says took part, each with the offset of their name in the sentence; none where
 * the sentence has no presence verb or denies it.
 */
export function proseSentencePeople(s: string): (Omit<ProsePerson, "line"> & { at: number })[] {
  if (!PRESENCE_VERB.test(s)) return [];
  // "deltog inte", "var inte närvarande": a sentence denying presence names nobody present; "utan att
  // tjänstgöra" is no denial of presence.
  if (DENIED.test(s.replace(NOT_SERVING, ""))) return [];
  const notServing = NOT_SERVING.test(s);
  const served = SERVED.test(s) && !notServing;
  const from = FROM_LEAD.exec(s)?.[1]?.trim();
  const fromBody = from && !/kansli|förbund/iu.test(from) && PARTY_NAME.test(from) ? from : undefined;
  const forLead = FOR_BODY_LEAD.exec(s)?.[1]?.trim();
  const forBody = forLead && PARTY_NAME.test(forLead) ? forLead : undefined;
  const out: (Omit<ProsePerson, "line"> & { at: number })[] = [];
  const take = (at: number, name: string, role: ProseRole, title: string, titleAt: number): number => {
    let end = at + name.length;
    const bracket = /^\s*\(([^()]*)\)/u.exec(s.slice(end));
    let member: string | null = null;
    if (bracket) {
      const body = bracket[1]!.trim();
      const whole = PARTY_NAME.exec(body);
      if (whole && whole.index === 0 && whole[0].trim() === body) member = body;
      end += bracket[0].length;
    }
    // "i stället för (den frånvarande) ledamoten Kim Berg": the member stood in for; "…, som hade förhinder",
    // "den frånvarande ledamoten …": away.
    const before = s.slice(0, titleAt);
    const stoodInFor = STOOD_IN_FOR.test(before);
    const absent = ABSENT_AFTER.test(s.slice(end)) || ABSENT_BEFORE.test(before);
    if (stoodInFor || absent) return end;
    const official = role === "official";
    out.push({
      person: name,
      member: official ? null : (member ?? (role === "deputy" ? (forBody ?? null) : null)),
      role: official && fromBody ? "guest" : role,
      serving: role === "deputy" ? (notServing ? false : served ? true : null) : role === "member" ? true : null,
      note: official ? (fromBody ? `${title}, ${fromBody}` : title) : null,
      at,
    });
    return end;
  };
  for (const noun of s.matchAll(ROLE_NOUN)) {
    const title = noun[0].trim();
    const role = roleOfNoun(title);
    let k = noun.index + noun[0].length;
    const first = NAME.exec(s.slice(k));
    if (!first) continue;
    k = take(k, first[0], role, title, noun.index);
    // "ledamöterna Per Ek och Li Sand": bare names after a comma or "och" keep the role said before them.
    for (;;) {
      const joint = /^(?:\s*,\s*|\s+och\s+)/u.exec(s.slice(k));
      if (!joint) break;
      const at = k + joint[0].length;
      if (ROLE_AT.test(s.slice(at))) break;
      const name = NAME.exec(s.slice(at));
      if (!name) break;
      k = take(at, name[0], role, title, at);
    }
  }
  return out;
}

/**
 * The people the paragraphs in lines [from, stop) tell as present, in the order told; a name told twice
 * is kept once (its first telling).
 */
export function readProseAttendance(doc: DocumentText, from: number, stop: number): ProsePerson[] {
  const out: ProsePerson[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs(doc, from, stop))
    for (const s of sentences(p.text))
      for (const person of proseSentencePeople(s.text)) {
        if (seen.has(person.person)) continue;
        seen.add(person.person);
        const { at, ...rest } = person;
        out.push({ ...rest, line: p.lineAt[s.at + at]! });
      }
  return out;
}
