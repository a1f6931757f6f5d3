/**
 * Resolve names as documents write them ("Oskarshmns Kommun", "Plattform", "SAMBA
 * Rehabilitering Emmaboda/ Nybro") to registry ids, through the registry's short names,
 * full names and aliases. One intervention, one id, whatever the spelling.
 */
import { slugify } from "./slug.ts";
import type { Registry } from "../schema/registry.ts";

const key = (s: string) => slugify(s.replace(/\b(kommuns?|stads?)\b/gi, " ").replace(/^driftbidrag från\s*/i, ""));

export function memberIdFor(registry: Registry, shortName: string): string {
  return `${registry.federation_id}/${slugify(shortName)}`;
}

export function interventionIdFor(registry: Registry, shortName: string): string {
  return `${registry.federation_id}/${slugify(shortName)}`;
}

export class NameResolver {
  /**
   * Answers by (method, federation, name): a national load asks the same few hundred names
   * millions of times, and each answer slugs every candidate name of the registry.
   */
  private readonly answers = new Map<string, string | undefined>();
  private readonly wordsByFederation = new Map<string, { id: string; words: string }[]>();
  constructor(private readonly registries: ReadonlyMap<string, Registry>) {}

  private remembered(kind: string, federationId: string, name: string, find: () => string | undefined) {
    const k = `${kind}\u0000${federationId}\u0000${name}`;
    if (this.answers.has(k)) return this.answers.get(k);
    const answer = find();
    this.answers.set(k, answer);
    return answer;
  }

  registry(federationId: string): Registry | undefined {
    return this.registries.get(federationId);
  }

  member(federationId: string, name: string): string | undefined {
    return this.remembered("member", federationId, name, () => this.findMember(federationId, name));
  }

  private findMember(federationId: string, name: string): string | undefined {
    const reg = this.registries.get(federationId);
    if (!reg) return undefined;
    const k = key(name);
    for (const m of reg.members) {
      for (const candidate of [m.short_name, m.name, ...m.aliases]) {
        const c = key(candidate);
        if (c === k || `${c}s` === k || c === `${k}s`) return memberIdFor(reg, m.short_name);
      }
    }
    // A name whose å, ä and ö a viewer dropped ("Hlleby kommun", "ker kommun"): the one member whose
    // name spells it without them, never a guess between two.
    if (!/[åäöÅÄÖ]/.test(name)) {
      const ids = new Set<string>();
      for (const m of reg.members)
        for (const candidate of [m.short_name, m.name, ...m.aliases]) {
          if (!/[åäöÅÄÖ]/.test(candidate)) continue;
          const c = key(candidate.replace(/[åäöÅÄÖ]/g, ""));
          if (c !== "" && (c === k || `${c}s` === k || c === `${k}s`)) ids.add(memberIdFor(reg, m.short_name));
        }
      if (ids.size === 1) return [...ids][0];
    }
    // "Regionen": running text names the federation's region so; it is that member when there is only one.
    if (k === "regionen" || k === "regionens") {
      const regions = reg.members.filter((m) => m.member_type === "region");
      if (regions.length === 1) return memberIdFor(reg, regions[0]!.short_name);
    }
    return undefined;
  }

  /** Exact match first, then the longest name that starts the label ("KRUS Kalmar" → KRUS). */
  intervention(federationId: string, name: string): string | undefined {
    return this.remembered("intervention", federationId, name, () => this.findIntervention(federationId, name));
  }

  private findIntervention(federationId: string, name: string): string | undefined {
    const reg = this.registries.get(federationId);
    if (!reg) return undefined;
    const k = key(name);
    let best: { id: string; len: number } | undefined;
    for (const iv of reg.interventions) {
      for (const candidate of [iv.short_name, iv.name, ...iv.aliases]) {
        const c = key(candidate);
        if (c === "") continue;
        if (c === k) return interventionIdFor(reg, iv.short_name);
        if (k.startsWith(`${c}-`) && (!best || c.length > best.len))
          best = { id: interventionIdFor(reg, iv.short_name), len: c.length };
      }
    }
    return best?.id;
  }

  /** A member named anywhere in a phrase: "FINSAM Olofströms individinsats" → blekinge/olofstrom. */
  memberIn(federationId: string, phrase: string): string | undefined {
    const whole = this.member(federationId, phrase);
    if (whole) return whole;
    const words = phrase.split(/[\s,/()"]+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w));
    for (let len = Math.min(3, words.length); len >= 1; len--)
      for (let i = 0; i + len <= words.length; i++) {
        const id = this.member(federationId, words.slice(i, i + len).join(" "));
        if (id) return id;
      }
    return undefined;
  }

  /** The intervention a text names, by its longest name or alias ("ansökan från Plattformen"). */
  interventionIn(federationId: string, text: string): string | undefined {
    return this.remembered("interventionIn", federationId, text, () => this.findInterventionIn(federationId, text));
  }

  private findInterventionIn(federationId: string, text: string): string | undefined {
    const reg = this.registries.get(federationId);
    if (!reg) return undefined;
    const hay = ` ${slugify(text).replace(/-/g, " ")} `;
    let best: { id: string; len: number } | undefined;
    for (const { id, words } of this.interventionWords(reg)) {
      if (!hay.includes(words)) continue;
      // `words` has a space on each side.
      if (!best || words.length - 2 > best.len) best = { id, len: words.length - 2 };
    }
    return best?.id;
  }

  /** Each intervention's names and aliases of four characters or more as spaced words (" ung kraft "), once per registry: a load asks for every decision's text. */
  private interventionWords(reg: Registry): { id: string; words: string }[] {
    let list = this.wordsByFederation.get(reg.federation_id);
    if (!list) {
      list = [];
      for (const iv of reg.interventions)
        for (const candidate of [iv.short_name, iv.name, ...iv.aliases]) {
          const c = slugify(candidate).replace(/-/g, " ");
          if (c.length >= 4) list.push({ id: interventionIdFor(reg, iv.short_name), words: ` ${c} ` });
        }
      this.wordsByFederation.set(reg.federation_id, list);
    }
    return list;
  }
}
