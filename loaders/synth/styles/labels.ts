/**
 * Label variants per concept, as Swedish reports write them: synonyms, abbreviations, case, dash
 * bullets. Deliberately wider than any reader's lexicon: the generator tests transfer.
 */
import type { Rng } from "./prng.ts";

export const LABELS = {
  revenue: [
    "Verksamhetens intäkter",
    "Verksamhetsintäkter",
    "Summa intäkter",
    "Summa verksamhetens intäkter",
    "Intäkter",
    "Rörelsens intäkter",
  ],
  cost: [
    "Verksamhetens kostnader",
    "Verksamhetskostnader",
    "Summa kostnader",
    "Summa verksamhetens kostnader",
    "Kostnader",
    "Rörelsens kostnader",
  ],
  operating: [
    "Verksamhetens resultat",
    "Verksamhetens nettoresultat",
    "Resultat före finansiella poster",
    "Rörelseresultat",
  ],
  finIncome: ["Finansiella intäkter", "Ränteintäkter", "Ränteintäkter och liknande poster"],
  finCost: ["Finansiella kostnader", "Räntekostnader", "Bankkostnader"],
  result: ["Årets resultat", "Årets resultat", "Resultat", "Årets över-/underskott", "Årets överskott/underskott"],
  equity: ["Summa eget kapital", "Eget kapital", "Utgående eget kapital", "Eget kapital vid årets slut"],
  assets: ["Summa tillgångar", "Tillgångar totalt", "Summa tillgångar"],
  enrolled: ["Inskrivna", "Antal deltagare", "Deltagare totalt", "Inskrivna deltagare", "Deltagare"],
  new: ["Nya", "Nyinskrivna", "Nya deltagare", "Nya under året", "Varav nya"],
  exited: ["Avslutade", "Avslutade deltagare", "Avslutade under året", "Utskrivna"],
  women: ["Kvinnor", "varav kvinnor", "Varav kvinnor", "Kv"],
  men: ["Män", "varav män", "Varav män"],
} as const;

export type Concept = keyof typeof LABELS;

export interface LabelChoice {
  text: string;
  features: string[];
}

/** A label for `concept`, sometimes upper case or behind a dash bullet. */
export function label(concept: Concept, rng: Rng, opts: { bullet?: boolean } = {}): LabelChoice {
  const variants = LABELS[concept];
  const i = rng.int(0, variants.length - 1);
  let text: string = variants[i]!;
  const features: string[] = [];
  if (i > 0) features.push("label-synonym");
  if (rng.chance(0.1)) {
    text = text.toUpperCase();
    features.push("label-upper");
  }
  if (opts.bullet && rng.chance(0.5)) {
    text = `${rng.pick(["– ", "- ", "• "])}${text}`;
    features.push("dash-bullet");
  }
  return { text, features };
}
