/**
 * Label rules for intervention appendices: section headings, participant-count rows, and
 * the band mappings (age, time in public support) that need arithmetic, not just a pattern.
 */
import { ageBand } from "./codes.ts";
import type { BreakdownDimension, Gender, Measure, Population } from "./codes.ts";

export type SectionKey = BreakdownDimension | "consultation_referrer" | "participants" | "text";

export interface SectionRule {
  key: SectionKey;
  heading: RegExp;
}

/** Section headings; order matters only for headings that could match twice (none do). */
export const SECTION_RULES: readonly SectionRule[] = [
  {
    key: "participants",
    heading:
      /^Deltagare( halv- och helår| helår| halvår)?( 20\d\d)?$|^Deltagare\s+antal\b|^Insatsens resultat på individnivå/i,
  },
  { key: "age_band", heading: /^(Ålder på|Åldersspann|Ålder\b)/i },
  { key: "education", heading: /^Utbildningsbakgrund/i },
  { key: "referrer", heading: /^Remitterande( myndighet)?\b|^Fördelning på remitterande/i },
  { key: "consultation_referrer", heading: /^Konsultation(er|sremisser)\s*$/i },
  { key: "time_in_support", heading: /^Tid i offentlig försörjning/i },
  { key: "income_source", heading: /^Försörjningskälla\b(?! vid avslut antal)/i },
  { key: "exit_outcome", heading: /^Avslutade deltagare$|^Avslut mot\b/i },
  {
    key: "text",
    heading: /^(Nämn vad|Insatsens (syfte|tidsram|metod|deltagare)|Framgångsfaktorer|Sedan uppstart|Målgrupp|Mål:)/i,
  },
];

/**
 * Prose summary lines ("Totalt antal deltagare under året 51 st (32 kvinnor, 19 män)",
 * "Antal till arbete eller studier 9 st (37,5%)"). They end any table section they follow.
 */
export const PROSE_COUNT =
  /^(Totalt antal deltagare under året|Antal avslutade deltagare|Antal nya deltagare|Budgeterat antal deltagare|Antal konsultationsremisser|Antal till arbete eller studier|Antal (?:till )?vidare rehabilitering|Sammanlagt positiv stegförflyttning)\s+(\d+)\s*st\b\.?\s*(.*)$/i;

/** Lines that are page furniture, not content. */
export const JUNK_LINE =
  /Comfact Signature|^Sida \d|^Textruta$|^Bilaga \d+$|^Signering av justerare|^på varje sida|^Joakim Ivarsson$/;

export interface CountRule {
  pattern: RegExp;
  measure: Measure;
  gender: Gender;
}

/** Rows of the participants block (template and prose). Tested against the cleaned label. */
export const COUNT_RULES: readonly CountRule[] = [
  {
    pattern: /^(antal )?inskrivna totalt( under (året|20\d\d))?$|^totalt antal (deltagare|inskrivna)( under året)?$/i,
    measure: "enrolled",
    gender: "all",
  },
  { pattern: /^kvinn(a|or)$/i, measure: "enrolled", gender: "woman" },
  { pattern: /^(man|män)$/i, measure: "enrolled", gender: "man" },
  { pattern: /^icke.?binära?$/i, measure: "enrolled", gender: "nonbinary" },
  { pattern: /^(antal )?nya deltagare$/i, measure: "new", gender: "all" },
  { pattern: /^(antal )?avslutade deltagare$/i, measure: "exited", gender: "all" },
  { pattern: /^(antal )?pågående deltagare$/i, measure: "ongoing", gender: "all" },
  { pattern: /^budgeterat antal deltagare$/i, measure: "budgeted", gender: "all" },
  { pattern: /^antal konsultation(er|sremisser)$/i, measure: "consultations", gender: "all" },
];

/** Population a heading states, if it states one. */
export function populationFromHeading(heading: string): Population | undefined {
  const h = heading.toLowerCase();
  if (/nyinskriv/.test(h)) return "new";
  if (/utskrivning|vid avslut|avslutade/.test(h)) return "exited";
  if (/under året inskrivna|inskrivna under året|alla inskrivna|inskrivna deltagare/.test(h)) return "enrolled";
  return undefined;
}

/** "18-24" → "16-24"; a source band maps to the published band it falls in. */
export function ageBandFor(from: number, to: number): string | undefined {
  for (const code of ageBand.codes) {
    const m = /^(\d+)-(\d+)$/.exec(code);
    if (!m) continue;
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    if (from >= lo - 2 && to <= hi + 1 && from <= hi) return code;
  }
  return undefined;
}

/**
 * Time in public support: "upp till 3 år" is the band (2,3], "<1 år" is [0,1), "2-3 år" is
 * [2,3), "mer än 9 år" is > 9. The published bands are lt_1y, 1_2y, 2_5y, gt_5y.
 */
export function timeBandFor(label: string): string | undefined {
  const l = label.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(saknas|okänd|uppgift saknas|ingen inkomst)/.test(l)) return "unknown";
  let m = /^upp till (\d+) år/.exec(l);
  if (m) return upperBound(Number(m[1]));
  m = /^<\s*(\d+) år/.exec(l);
  if (m) return upperBound(Number(m[1]));
  m = /^(\d+)\s*[-–]\s*(\d+) år/.exec(l);
  if (m) return upperBound(Number(m[2]));
  m = /^(mer än|över|>)\s*(\d+) år/.exec(l);
  if (m) return Number(m[2]) >= 5 ? "gt_5y" : undefined;
  return undefined;
}

function upperBound(years: number): string | undefined {
  if (years <= 1) return "lt_1y";
  if (years <= 2) return "1_2y";
  if (years <= 5) return "2_5y";
  return "gt_5y";
}
