/**
 * Every code list of the published schema, defined once. Parsers, the loader,
 * the codebook generator and the site all read these. Each entry carries the
 * Swedish label shown to people and, where a parser maps document labels onto
 * the code, the label patterns it recognises (matched against a normalised label,
 * see `normalizeLabel`).
 */
import { z } from "zod";
import { detached } from "../config/detachedString.ts";

export interface CodeEntry {
  readonly code: string;
  /** Swedish label for people (site, codebook). */
  readonly sv: string;
  /** English description for the codebook. */
  readonly en: string;
  /** Regexes over the normalised document label that map onto this code. */
  readonly patterns?: readonly RegExp[];
}

function codeList<const T extends readonly CodeEntry[]>(entries: T) {
  const codes = entries.map((e) => e.code) as unknown as readonly [T[number]["code"], ...T[number]["code"][]];
  return {
    entries,
    codes,
    schema: z.enum(codes as unknown as [string, ...string[]]) as unknown as z.ZodEnum<{ [K in T[number]["code"]]: K }>,
  };
}

export const memberType = codeList([
  { code: "municipality", sv: "Kommun", en: "Municipality" },
  { code: "region", sv: "Region", en: "Region (county council)" },
  { code: "social_insurance_agency", sv: "Försäkringskassan", en: "Swedish Social Insurance Agency (FK)" },
  { code: "employment_service", sv: "Arbetsförmedlingen", en: "Swedish Public Employment Service (AF)" },
  { code: "state", sv: "Staten (FK och AF gemensamt)", en: "The joint state grant paid by FK and AF (pseudo-member)" },
] as const);

/**
 * Who pays, as the Finsam act splits the money: the state's half (FK, AF and their joint grant),
 * the region's quarter and the municipalities' quarter. Each member type's payer, in that order.
 */
export const PAYER_OF_MEMBER_TYPE = {
  state: "Staten (FK och AF)",
  social_insurance_agency: "Staten (FK och AF)",
  employment_service: "Staten (FK och AF)",
  region: "Region",
  municipality: "Kommunerna",
} as const satisfies Record<(typeof memberType.codes)[number], string>;
export const PAYERS = ["Staten (FK och AF)", "Region", "Kommunerna"] as const;

export const documentKind = codeList([
  { code: "annual_report", sv: "Årsredovisning", en: "Annual report (årsredovisning)" },
  { code: "board_minutes", sv: "Styrelseprotokoll", en: "Board minutes (styrelseprotokoll)" },
  { code: "committee_minutes", sv: "AU-protokoll", en: "Working committee minutes (arbetsutskott, AU)" },
  { code: "other", sv: "Övrigt", en: "Other document" },
] as const);

export const interventionKind = codeList([
  { code: "individual", sv: "Individinriktad insats", en: "Long-running individual programme" },
  { code: "structural", sv: "Strukturövergripande insats", en: "Structural work (training, collaboration)" },
  { code: "project", sv: "Projekt", en: "Time-limited project or pilot" },
] as const);

export const measure = codeList([
  { code: "budgeted", sv: "Budgeterat antal", en: "Budgeted number of participants (places)" },
  { code: "enrolled", sv: "Inskrivna under året", en: "All participants enrolled at any time during the year" },
  { code: "new", sv: "Nya", en: "Newly enrolled during the year" },
  { code: "exited", sv: "Avslutade", en: "Exited during the year" },
  { code: "ongoing", sv: "Pågående vid årets slut", en: "Enrolled at the end of the period" },
  { code: "consultations", sv: "Konsultationer", en: "Case consultations without enrolment" },
  {
    code: "structural_participants",
    sv: "Deltagare i strukturinsatser",
    en: "People reached by structural work (training days, networks); never part of enrolled. No reader stores it (every held-out author counted such people as no participants); only entered by hand, with a reason",
  },
] as const);

export const gender = codeList([
  { code: "all", sv: "Alla", en: "All genders (total)" },
  { code: "woman", sv: "Kvinnor", en: "Women", patterns: [/^kvinn/, /^k$/] },
  { code: "man", sv: "Män", en: "Men", patterns: [/^man$/, /^män$/, /^m$/] },
  { code: "nonbinary", sv: "Icke-binära", en: "Non-binary", patterns: [/icke.?bin/] },
  { code: "unknown", sv: "Ej angivet", en: "Not stated", patterns: [/ej angiv/, /okänt/] },
] as const);

export const population = codeList([
  { code: "new", sv: "Nyinskrivna", en: "Participants newly enrolled during the year" },
  { code: "enrolled", sv: "Alla inskrivna under året", en: "All participants enrolled during the year" },
  { code: "exited", sv: "Avslutade", en: "Participants who exited during the year" },
  { code: "referred", sv: "Remisser totalt", en: "All referrals received" },
  { code: "referred_accepted", sv: "Remisser, ja till insats", en: "Referrals accepted into the intervention" },
  { code: "consultations", sv: "Konsultationer", en: "Case consultations" },
] as const);

export const ageBand = codeList([
  { code: "16-24", sv: "16–24 år", en: "Age 16-24" },
  { code: "25-34", sv: "25–34 år", en: "Age 25-34" },
  { code: "35-44", sv: "35–44 år", en: "Age 35-44" },
  { code: "45-54", sv: "45–54 år", en: "Age 45-54" },
  { code: "55-64", sv: "55–64 år", en: "Age 55-64" },
  { code: "unknown", sv: "Uppgift saknas", en: "Unknown" },
] as const);

export const education = codeList([
  {
    code: "compulsory_incomplete",
    sv: "Ej avslutad grundskola",
    en: "Compulsory school not completed",
    patterns: [/(ej|inte) (avslutad|fullföljd|färdigställd) grundskol/],
  },
  { code: "compulsory", sv: "Grundskola", en: "Compulsory school completed", patterns: [/grundskol/] },
  { code: "upper_secondary", sv: "Gymnasium", en: "Upper secondary school completed", patterns: [/(?<!efter)gymnasi/] },
  {
    code: "post_secondary_1y",
    sv: "Eftergymnasial 1 år",
    en: "Post-secondary education, 1 year",
    patterns: [/^1 (års?|år) eftergymn/],
  },
  {
    code: "post_secondary_2y",
    sv: "Eftergymnasial 2 år",
    en: "Post-secondary education, 2 years",
    patterns: [/^2 (års?|år) eftergymn/],
  },
  {
    code: "post_secondary_3y_plus",
    sv: "Eftergymnasial 3 år eller mer",
    en: "Post-secondary education, 3 years or more",
    patterns: [/^3 (års?|år)( eller mer)? eftergymn/],
  },
  { code: "unknown", sv: "Uppgift saknas", en: "Unknown or other", patterns: [/^saknas/, /^okänd/, /^annat/] },
] as const);

export const referrer = codeList([
  {
    code: "employment_service",
    sv: "Arbetsförmedlingen",
    en: "Employment service (AF)",
    patterns: [/^arbetsförm/, /^af$/],
  },
  {
    code: "social_insurance_agency",
    sv: "Försäkringskassan",
    en: "Social insurance agency (FK)",
    patterns: [/^försäkringsk/, /^fk$/],
  },
  {
    code: "municipality",
    sv: "Kommunen",
    en: "Municipality, incl. social services (Soc)",
    patterns: [/^kommun/, /^soc/, /socialtj/],
  },
  {
    code: "region",
    sv: "Regionen",
    en: "Region, incl. psychiatry (ÖP) and health centres (HC)",
    patterns: [/^region/, /^öp$/, /^hc$/, /psykiatri/, /hälsocentral/, /vårdcentral/],
  },
  { code: "unknown", sv: "Uppgift saknas", en: "Unknown", patterns: [/^saknas/, /^okänd/] },
] as const);

export const timeInSupport = codeList([
  { code: "lt_1y", sv: "Under 1 år", en: "Less than one year in public support" },
  { code: "1_2y", sv: "1–2 år", en: "One to two years" },
  { code: "2_5y", sv: "2–5 år", en: "Two to five years" },
  { code: "gt_5y", sv: "Över 5 år", en: "More than five years" },
  { code: "unknown", sv: "Uppgift saknas", en: "Unknown" },
] as const);

export const incomeSource = codeList([
  {
    code: "sickness_benefit",
    sv: "Sjukpenning/rehabiliteringspenning",
    en: "Sickness or rehabilitation benefit",
    patterns: [/^sjukpenning/, /^rehab.*(penning|ersättning)/],
  },
  {
    code: "activity_compensation",
    sv: "Aktivitetsersättning",
    en: "Activity compensation",
    patterns: [/^aktivitetsersättning/],
  },
  { code: "sickness_compensation", sv: "Sjukersättning", en: "Sickness compensation", patterns: [/^sjukersättning/] },
  {
    code: "activity_support",
    sv: "Aktivitetsstöd",
    en: "Activity support (labour market programme)",
    patterns: [/^aktivitetsstöd/],
  },
  {
    code: "social_assistance",
    sv: "Försörjningsstöd",
    en: "Social assistance",
    patterns: [/^försörjningsstöd/, /^ekonomiskt bistånd/],
  },
  {
    code: "study_support",
    sv: "Studiestöd/studiemedel",
    en: "Study support or student finance",
    patterns: [/^studie(stöd|medel)/],
  },
  { code: "unemployment_insurance", sv: "A-kassa", en: "Unemployment insurance", patterns: [/^a.?kassa/] },
  {
    code: "employment",
    sv: "Lön/anställning",
    en: "Wages from employment",
    patterns: [/^lön/, /^anställning/, /^arbete/],
  },
  {
    code: "no_public_support",
    sv: "Ingen offentlig försörjning",
    en: "No public support",
    patterns: [/^ingen offentlig/],
  },
  {
    code: "no_income",
    sv: "Ingen försörjning alls",
    en: "No income at all",
    patterns: [/^ingen (försörjning|inkomst)/],
  },
  { code: "other", sv: "Annat", en: "Other", patterns: [/^annat/, /^övrig/] },
  { code: "unknown", sv: "Uppgift saknas", en: "Unknown", patterns: [/^saknas/, /^okänd/] },
] as const);

export const exitOutcome = codeList([
  {
    code: "joint_assessment",
    sv: "Gemensam kartläggning (GK)",
    en: "Joint FK/AF assessment (gemensam kartläggning)",
    patterns: [/^gemensam kartl/, /^gk$/],
  },
  {
    code: "work",
    sv: "Arbete",
    en: "Work, incl. subsidised employment",
    // "Förvärvsarbete": gainful work, the statistics' word for it.
    patterns: [/^(subventionerat )?(förvärvs)?arbete$/, /^anställning$/],
  },
  {
    code: "studies",
    sv: "Studier",
    en: "Studies",
    patterns: [/^studie/, /^utbildning/, /^(reguljära|ordinarie) (studier|utbildning)/],
  },
  {
    code: "work_or_studies",
    sv: "Arbete eller studier",
    en: "Work or studies, where the source does not split them",
    patterns: [/arbete (eller|och\/eller|\/) studie/],
  },
  {
    code: "job_seeker",
    sv: "Aktivt arbetssökande",
    en: "Registered as active job seeker",
    patterns: [/arbetssökande/],
  },
  {
    code: "other_positive",
    sv: "Annan positiv stegförflyttning",
    en: "Other positive step",
    patterns: [/^annan positiv (steg|förfl)/],
  },
  {
    code: "continued_rehab",
    sv: "Fortsatt rehabilitering",
    en: "Continued rehabilitation",
    patterns: [
      /^(fortsatt|vidare) rehab/,
      /^(annan|annan fortsatt|ny) rehabiliterande insats/,
      // "Annan rehabilitering": went on to rehabilitation elsewhere; "annan" names the provider, not "other".
      /^(annan|ny) rehabilitering( hos annan (part|aktör|huvudman))?$/,
      // "Annan insats / fortsatt rehabilitering": the two said together, as one destination.
      /^annan insats (\/ |eller )?(fortsatt |vidare )rehab/,
      // "Annan rehabilitering/vård", "vård eller rehabilitering": rehabilitation or care elsewhere, said as one.
      /^(annan |fortsatt )?rehabilitering ?(\/|eller|och) ?(vård|behandling)$/,
      /^(vård|behandling) ?(\/|eller|och) ?(annan |fortsatt )?rehabilitering$/,
    ],
  },
  { code: "other_exit", sv: "Annat avslut", en: "Other exit", patterns: [/^annat avslut/, /^övrigt avslut/] },
  {
    code: "unknown",
    sv: "Uppgift saknas",
    en: "Unknown",
    // "(tom)": a spreadsheet pivot's row for the records whose destination cell is blank.
    patterns: [/^saknas/, /^okänd/, /^uppgift saknas$/, /^\((tom|tomt|blank)\)$/],
  },
] as const);

export const breakdownDimension = codeList([
  { code: "age_band", sv: "Ålder", en: "Age band" },
  { code: "education", sv: "Utbildningsbakgrund", en: "Highest completed education" },
  { code: "referrer", sv: "Remitterande myndighet", en: "Referring authority" },
  { code: "time_in_support", sv: "Tid i offentlig försörjning", en: "Time in public support before entry" },
  {
    code: "income_source",
    sv: "Försörjningskälla",
    en: "Income source (at exit for population exited, at entry otherwise)",
  },
  { code: "exit_outcome", sv: "Avslut mot", en: "Destination at exit" },
] as const);

/** Categories per dimension, for validation. */
export const dimensionCategories: Record<BreakdownDimension, readonly string[]> = {
  age_band: ageBand.codes,
  education: education.codes,
  referrer: referrer.codes,
  time_in_support: timeInSupport.codes,
  income_source: incomeSource.codes,
  exit_outcome: exitOutcome.codes,
};

export const financeBasis = codeList([
  { code: "actual", sv: "Utfall", en: "Actual (outcome)" },
  { code: "budget", sv: "Budget", en: "Budget" },
] as const);

/** Fixed finance items; open families are `cost_line:<slug>`, `revenue_line:<slug>`, `receivable:<slug>`, `liability:<slug>`. */
export const financeItem = codeList([
  { code: "revenue_operating", sv: "Verksamhetens intäkter", en: "Operating revenue" },
  { code: "revenue_financial", sv: "Finansiella intäkter", en: "Financial income" },
  { code: "cost_financial", sv: "Finansiella kostnader", en: "Financial costs (positive number)" },
  { code: "cost_operating", sv: "Verksamhetens kostnader", en: "Operating costs (positive number)" },
  { code: "result", sv: "Årets resultat", en: "Result for the year" },
  { code: "equity_end", sv: "Eget kapital vid årets slut", en: "Equity at year end" },
  {
    code: "equity_start",
    sv: "Eget kapital vid årets början",
    en: "Equity at the start of the year (the balance sheet's 'Eget kapital' line)",
  },
  { code: "grants_paid", sv: "Lämnade bidrag", en: "Grants paid to interventions" },
  { code: "personnel_cost", sv: "Personalkostnader", en: "Personnel costs" },
  { code: "other_external_cost", sv: "Övriga externa kostnader", en: "Other external costs (incl. grants paid)" },
  { code: "state_grant", sv: "Statligt bidrag (FK och AF)", en: "The joint state grant" },
  { code: "cash_end", sv: "Likvida medel vid årets slut", en: "Cash and bank at year end" },
  { code: "cash_start", sv: "Likvida medel vid årets början", en: "Cash and bank at the start of the year" },
  { code: "cash_flow", sv: "Årets kassaflöde", en: "Cash flow for the year" },
  { code: "cash_flow_operating", sv: "Kassaflöde från den löpande verksamheten", en: "Cash flow from operations" },
  {
    code: "change_receivables",
    sv: "Förändring kortfristiga fordringar",
    en: "Change in short-term receivables (cash-flow statement)",
  },
  {
    code: "change_liabilities",
    sv: "Förändring kortfristiga skulder",
    en: "Change in short-term liabilities (cash-flow statement)",
  },
  { code: "operating_result", sv: "Verksamhetens resultat", en: "Operating result before financial items" },
  { code: "result_after_financial", sv: "Resultat efter finansiella poster", en: "Result after financial items" },
  { code: "receivables_total", sv: "Kortfristiga fordringar", en: "Short-term receivables (total)" },
  { code: "current_assets", sv: "Summa omsättningstillgångar", en: "Total current assets" },
  { code: "assets_total", sv: "Summa tillgångar", en: "Total assets" },
  { code: "liabilities_short", sv: "Kortfristiga skulder", en: "Short-term liabilities (total)" },
  {
    code: "equity_and_liabilities",
    sv: "Summa eget kapital och skulder",
    en: "Total equity, provisions and liabilities",
  },
  { code: "balance_result", sv: "Balanskravsresultat", en: "Balance requirement result" },
  { code: "member_revenue", sv: "Medlemsavgifter", en: "Member contributions as stated in the budget follow-up" },
  { code: "net_cost", sv: "Nettokostnad", en: "Net cost (budget follow-up)" },
  { code: "financial_items", sv: "Finansiella poster", en: "Financial items, net" },
  { code: "intervention_budget_total", sv: "Insatsbudget totalt", en: "Total budget for interventions and projects" },
  {
    code: "equity_guideline_cap",
    sv: "Tak för eget kapital enligt riktlinje",
    en: "Maximum equity under the national council's guideline",
  },
  { code: "staff_fte", sv: "Anställda (årsarbetare)", en: "Staff, full-time equivalents (value, not money)" },
] as const);

/**
 * A deciding body proposing to the federation's owners ("Styrelsen föreslår medlemmarna …",
 * "Direktionen föreslår förbundsstämman …", under "Styrelsens beslut": "att föreslå medlemmarna att
 * fastställa …"): what it decides is a proposal, the owners decide.
 */
export const PROPOSES_TO_OWNERS =
  /(?:(?<!\p{L})(?:förbunds)?(?:styrelsen|direktionen|arbetsutskottet)\s+föreslår|^att\s+föreslå)\s+(?:medlemmarna|förbundsstämman|ägarna|huvudmännen|medlemskommunerna|(?:kommun|region)?fullmäktige)(?!\p{L})/u;

/**
 * Decision outcomes. Patterns run over a decision's own text, in this order: a proposal to
 * another body wins over everything it proposes ("beslutar att föreslå styrelsen att avslå");
 * a refusal or a referral must win over the "godkänna"/"bevilja" inside "inte
 * godkänna"/"bevilja … återremiss".
 */
export const decisionOutcome = codeList([
  {
    code: "proposed",
    sv: "Förslag till annat organ",
    en: "Proposed to another body (a working committee's proposal to the board); not decided here",
    patterns: [
      /\b(?:beslutar|beslutade|beslöt|beslöts|beslutades|har beslutat)\s+(?:att\s+)?(?:för egen del\s+)?föreslå(?!\p{L})/u,
      /\b(?:beslutar|beslutade|beslöt|beslöts|beslutades|har beslutat)\s+(?:att\s+)?(?:överlämna|hänskjuta)\s+(?:\p{L}+\s+)?till\s+(?:förbunds)?(?:styrelsen|direktionen)(?!\p{L})/u,
      // "Styrelsen föreslår medlemmarna en ram för 2027 …": the board's decision is a proposal to the owners.
      PROPOSES_TO_OWNERS,
    ],
  },
  { code: "referred_back", sv: "Återremiss", en: "Referred back (återremiss)", patterns: [/återremi(tt|ss)/] },
  {
    code: "postponed",
    sv: "Bordlagt",
    en: "Postponed (bordlagd)",
    patterns: [
      /bordl(ägg|agd|ades|ägga)|skjut(s|a) upp|flyttas till nästa (möte|sammanträde)|avvakta(r|s)? med (beslut|att besluta)/,
      // "Ärendet kan inte avgöras per capsulam och tas upp vid sammanträdet den 22 april": the item itself, moved.
      /(?<![a-zåäö])ärendet(?![a-zåäö])[^.]{0,60} tas upp (igen )?(vid|på) (nästa |kommande |ett senare )?(sammanträde|möte)/,
      // "Styrelsen beslutar att återkomma i ärendet vid nästa sammanträde": the body returns to the item itself at a
      // later meeting (a task "att återkomma med ett förslag" or a sub-question "i frågan om …" is no postponement).
      /(?<![a-zåäö])återkomm(?:a|er)\s+(?:i|till)\s+(?:ärendet|frågan)\s+(?:vid|på|under)\s+(?:nästa|kommande|ett senare|ett kommande|senare)\s+(?:sammanträde|möte)/,
    ],
  },
  {
    code: "rejected",
    sv: "Avslag",
    en: "Rejected",
    patterns: [
      /\b(inte|ej) (godkänna|bevilja|anta|fastställa|bifalla)|\bavsl(å|ås|og|ogs|ag)\b|\bavslå /,
      // "Styrelsen godkänner inte ansökan", "beviljar ej": the present tense negated.
      /\b(godkänner|beviljar|antar|fastställer|bifaller|tillstyrker)\s+(inte|ej)\b/,
      // "att inte ställa sig bakom förslaget", "ställer sig inte bakom": declining to support it.
      /\b(inte|ej) ställa sig bakom|\bställ(er|de) sig (inte|ej) bakom/,
    ],
  },
  {
    code: "noted",
    sv: "Lades till handlingarna",
    en: "Noted (lades till handlingarna)",
    // "Antecknades." (an old minute's whole decision): noted in the minutes.
    patterns: [
      /till handlingarna|\bnoter(a|ar|as|ade|ades)\b|^\s*antecknades(?: till protokollet)?\s*\.?\s*$/,
      // "Arbetsutskottet har tagit del av redovisningen.": the body took note of a report, deciding nothing else.
      /^\s*(?:beslut\s*:?\s*)?(?:styrelsen|arbetsutskottet|au|direktionen|presidiet|förbundsstyrelsen|nämnden)\s+(?:har\s+tagit|tar|tog)\s+del\s+av\s+(?:\p{L}+\s+){0,3}?(?:informationen|redovisningen|rapporten|uppföljningen|återrapporteringen|redogörelsen)\s*\.?\s*$/u,
      // "Beslut:  Information" (a form's decision box): the item was information, noted.
      /^\s*(?:beslut\s*:?\s*)?(?:information|informationsärende)\s*\.?\s*$/,
      // "Informationen tas till protokollet.", "Rapporten antecknas till protokollet": a report taken note of
      // in the minutes (a reservation or a statement entered there is no outcome of its own).
      /\b(?:informationen|rapporten|redovisningen|uppföljningen|redogörelsen|föredragningen)\s+(?:tas|togs|antecknas|antecknades|förs|fördes)\s+till\s+protokollet\b/,
      // "Informationen tas emot.", "Rapporten mottogs.", "Styrelsen tackar för informationen.": a report received,
      // the whole decision (a sentence going on to decide more is no mere receipt).
      /^\s*(?:beslut\s*:?\s*)?(?:informationen|rapporten|redovisningen|uppföljningen|redogörelsen|föredragningen)\s+(?:tas\s+emot|togs\s+emot|mottas|mottogs)\s*\.?\s*$/,
      /^\s*(?:beslut\s*:?\s*)?(?:styrelsen|arbetsutskottet|au|direktionen|förbundsstyrelsen)\s+tack(?:ar|ade)\s+för\s+(?:informationen|redovisningen|rapporten|föredragningen|redogörelsen)\s*\.?\s*$/,
    ],
  },
  {
    code: "approved",
    sv: "Beviljat/godkänt",
    en: "Approved",
    patterns: [
      // "att ställa sig bakom ansökan": the body endorses what it names.
      /\bställ(a|er|de) sig bakom\b/,
      /\b(godkänn|godkände|godkänt|bevilja|beviljas|beviljade|fastställ|utse|utses|väljs|valde|välja|väljer|anta|antas|bifall|uppdra|ge .{0,40}i uppdrag|ställa in|inställ|anslå|anslås|anslog|tilldela|tilldelas|tilldelade|fördela|fördelas|fördelade|avsätta|avsätts|avsatte|förlänga|förlängs|förlänger|förlängde)/,
      // "Beslut: Enligt förslag.": the proposal before it adopted as it stood.
      /^\s*(?:beslut\s*:?\s*)?(?:enligt|i enlighet med)\s+(?:förslag(?:et)?|(?:arbetsutskottets|beredningens|förbundschefens|kansliets)\s+förslag)\s*[.!]?\s*$/,
    ],
  },
  { code: "other", sv: "Övrigt", en: "Other or not classified" },
] as const);

export const decisionBody = codeList([
  { code: "board", sv: "Styrelsen", en: "Board" },
  { code: "committee", sv: "Arbetsutskottet", en: "Working committee (AU)" },
  { code: "members_meeting", sv: "Medlemssamråd", en: "Members' meeting" },
] as const);

export const decisionCategory = codeList([
  { code: "information", sv: "Information", en: "Information item" },
  { code: "decision", sv: "Beslut", en: "Decision item" },
  { code: "discussion", sv: "Diskussion", en: "Discussion item" },
] as const);

export const attendanceRole = codeList([
  { code: "member", sv: "Ledamot", en: "Member of the board or committee" },
  { code: "deputy", sv: "Ersättare", en: "Deputy" },
  { code: "official", sv: "Tjänsteperson", en: "Official (staff)" },
  { code: "guest", sv: "Gäst", en: "Guest" },
] as const);

export const goalLevel = codeList([
  { code: "individual", sv: "Individnivå", en: "Individual level" },
  { code: "structural", sv: "Strukturnivå", en: "Structural level" },
  { code: "organisational", sv: "Organisationsnivå", en: "Organisational level" },
  { code: "financial", sv: "Ekonomisk nivå", en: "Financial level" },
] as const);

/**
 * What a follow-up goal measures. Patterns read the goal's own wording; a goal that matches
 * none gets `<level>_goal_<n>` so it still has a stable key within its federation and year.
 */
export const goalIndicator = codeList([
  {
    code: "participants_experience_support_share",
    sv: "Deltagare som upplever stöd och inflytande",
    en: "Share of participants who experience support and influence",
    patterns: [/uppleva stöd och inflytande/],
  },
  {
    code: "participants_experienced_positive_step_share",
    sv: "Deltagare som upplever en positiv stegförflyttning",
    en: "Share of participants who experience a positive step",
    patterns: [/uppleva en positiv stegförflyttning/],
  },
  {
    code: "participants_assessed_positive_step_share",
    sv: "Deltagare som bedöms ha gjort en positiv stegförflyttning",
    en: "Share of participants assessed to have made a positive step",
    patterns: [/bedöm\w* ha gjort en positiv stegförflyttning/],
  },
  {
    code: "positive_step_rate_reported",
    sv: "Andel avslutade till arbete, studier m.m.",
    en: "Share of exited participants who went to work, studies or similar (the federation's positive-step goal)",
    patterns: [
      /(kommit|gått|avslut\w*) (ut )?(i|till|mot) arbete,? (eller )?studier/,
      /mål (i|för|om) positiv stegförflyttning/,
    ],
  },
  {
    code: "staff_collaboration_benefit_share",
    sv: "Personal som upplever att samverkan ger bättre förutsättningar",
    en: "Share of staff in collaboration who find it gives individuals better conditions",
    patterns: [/personal .*samverkan .*(bättre förutsättningar|nytta)/],
  },
  {
    code: "federation_presented_to_stakeholders",
    sv: "Förbundet presenterat hos intressenter",
    en: "The federation is presented to its stakeholders",
    patterns: [/presenterat hos .*intressenter/],
  },
  {
    code: "equity_within_guideline",
    sv: "Eget kapital inom nationella rådets riktlinje",
    en: "Equity at year end within the national council's guideline",
    patterns: [/(behållning|eget kapital).*riktlinje/],
  },
  {
    code: "intervention_budget_deviation",
    sv: "Insatsernas utfall avviker högst från budget",
    en: "Interventions' actual costs deviate from budget by at most the target percent",
    patterns: [/budget.*avvik|avvik.*budget|utfallet inte avviker/],
  },
  {
    code: "share_to_interventions_reported",
    sv: "Andel av medlen till individinriktade insatser",
    en: "Share of allotted funds that goes to individual interventions",
    patterns: [/med(len|el) .*individinriktade insatser/],
  },
  {
    code: "socioeconomic_calculation",
    sv: "Socioekonomisk beräkning",
    en: "The federation makes a socio-economic calculation",
    patterns: [/socioekonomisk beräkning/],
  },
] as const);

/** How a document's text was obtained: a PDF's own text layer, OCR of a scanned PDF, or a plain-text file. */
export const textSource = codeList([
  { code: "text_layer", sv: "PDF:ens textlager", en: "The PDF's own text layer" },
  {
    code: "ocr",
    sv: "OCR (textigenkänning)",
    en: "Optical character recognition of a scanned PDF (ocrmypdf, Swedish)",
  },
  { code: "plain_text", sv: "Textfil", en: "A plain-text or Markdown copy of the document" },
] as const);

export const unit = codeList([
  { code: "percent", sv: "procent", en: "Percent (57.2, not 0.572)" },
  { code: "count", sv: "antal", en: "Count" },
  { code: "sek", sv: "kronor", en: "Swedish kronor, whole" },
  { code: "years", sv: "år", en: "Years" },
  { code: "sek_per_month", sv: "kronor per månad", en: "Kronor per person and month" },
  { code: "text", sv: "text", en: "Qualitative, see goal_text/assessment" },
] as const);

export const severity = codeList([
  { code: "error", sv: "Fel", en: "A figure could not be parsed or contradicts another beyond tolerance" },
  { code: "warning", sv: "Varning", en: "Two figures disagree, or a value was read from a damaged cell" },
  {
    code: "info",
    sv: "Information",
    en: "An inference the loader made and documents, or a money gap within the rounding of whole kronor",
  },
] as const);

export type MemberType = z.infer<typeof memberType.schema>;
export type DocumentKind = z.infer<typeof documentKind.schema>;
export type InterventionKind = z.infer<typeof interventionKind.schema>;
export type Measure = z.infer<typeof measure.schema>;
export type Gender = z.infer<typeof gender.schema>;
export type Population = z.infer<typeof population.schema>;
export type BreakdownDimension = z.infer<typeof breakdownDimension.schema>;
export type FinanceBasis = z.infer<typeof financeBasis.schema>;
export type DecisionOutcome = z.infer<typeof decisionOutcome.schema>;
export type GoalLevel = z.infer<typeof goalLevel.schema>;
export type Severity = z.infer<typeof severity.schema>;
export type TextSource = z.infer<typeof textSource.schema>;

/** Finance items: a fixed code or one of the open families with a slug. */
export const financeItemSchema = z
  .string()
  .refine(
    (s) =>
      (financeItem.codes as readonly string[]).includes(s) ||
      /^(cost_line|receivable|liability|revenue_line):[a-z0-9-]+$/.test(s),
    {
      message:
        "unknown finance item (expected a finance.item code or cost_line:/receivable:/liability:/revenue_line:<slug>)",
    },
  );

/** Lower-case, collapse whitespace, strip trailing stars/colons; used before matching `patterns`. */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\u00a0\t]+/g, " ")
    .replace(/[*:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Map a document label onto a code of `list`, or undefined if no pattern matches. */
export function matchCode(list: { entries: readonly CodeEntry[] }, label: string): string | undefined {
  // The readers ask for the same labels again and again (each exit row by several readers, every
  // year's report): the answer is remembered per list and label. The lists are constants and no
  // pattern is global or sticky, so an answer never changes.
  let known = matchedCodes.get(list);
  if (known === undefined) matchedCodes.set(list, (known = new Map()));
  let code = known.get(label);
  if (code === undefined && !known.has(label)) {
    if (known.size >= MATCHED_LIMIT) known.clear();
    code = codeOf(list, label);
    // A copy: a label cut from a document's line would keep the whole document alive.
    known.set(detached(label), code);
  }
  return code;
}

/** Labels remembered per list before its memory is emptied: a bound on memory only. */
const MATCHED_LIMIT = 5_000;
const matchedCodes = new WeakMap<object, Map<string, string | undefined>>();

function codeOf(list: { entries: readonly CodeEntry[] }, label: string): string | undefined {
  const norm = normalizeLabel(label);
  for (const e of list.entries) if (e.patterns?.some((p) => p.test(norm))) return e.code;
  return undefined;
}

/** data_quality.check_id: what each check looks for, in Swedish for the site and English for the codebook. */
export const qualityCheck = codeList([
  {
    code: "allocation.cost_breakdown",
    sv: "Kostnadsspecifikation av ett beslut (inte separata beviljanden)",
    en: "Amount lines that specify one grant's costs; not loaded as separate allocations",
  },
  {
    code: "allocation.frame_total",
    sv: "Ramens summa stämmer inte med raderna",
    en: "An allocation frame's stated total differs from the sum of its lines",
  },
  {
    code: "allocation.frame_total_within_precision",
    sv: "Ramens summa stämmer inom angiven noggrannhet",
    en: "A frame total stated to a precision agrees with the sum of its lines",
  },
  {
    code: "allocation.statement_lines",
    sv: "Budgetens eller räkenskapernas poster (inte beviljanden)",
    en: "Amount lines that name a budget's or the accounts' items (revenue, costs, result); not loaded as allocations",
  },
  {
    code: "allocation.rejected_item",
    sv: "Belopp i ett avslaget ärende (inte beviljanden)",
    en: "Amount lines in an item whose decision is a refusal (the sum applied for, another board's grant); not loaded as allocations",
  },
  {
    code: "allocation.frame_without_decision",
    sv: "Fördelning utan beslutsparagraf",
    en: "Allocation lines found with no decision item to attach them to",
  },
  {
    code: "appendix.column_inferred",
    sv: "Kolumn härledd ur radens form",
    en: "One value in a two-column row; the column was inferred",
  },
  {
    code: "appendix.damaged_cell",
    sv: "Skadad tabellcell",
    en: "A table cell has stray characters; its digits were read",
  },
  {
    code: "appendix.duplicate_count",
    sv: "Samma uppgift två gånger i bilagan",
    en: "The same label appears twice in an intervention appendix",
  },
  {
    code: "appendix.not_a_count",
    sv: "Cell som inte är ett antal",
    en: "A count cell holds a negative or fractional number; not loaded",
  },
  {
    code: "appendix.partial_count",
    sv: "Deltid eller del av person i cell",
    en: "A cell adds a part-time or partial count; only the whole count is stored",
  },
  {
    code: "appendix.split_category",
    sv: "Kategori delad i två",
    en: "A combined category was split into schema categories as the text says",
  },
  {
    code: "appendix.split_cell",
    sv: "Värde skilt från sin rubrik",
    en: "A value was found on another line than its label",
  },
  { code: "appendix.unexpected_column", sv: "Oväntad kolumn", en: "A table has a column the parser does not know" },
  {
    code: "appendix.unknown_label",
    sv: "Okänd rubrik i bilaga",
    en: "A row label in an intervention appendix maps to no code",
  },
  {
    code: "breakdown.population_assumed",
    sv: "Population antagen",
    en: "The population of a breakdown is neither stated nor inferable; an assumption was made",
  },
  {
    code: "breakdown.population_inferred",
    sv: "Population härledd ur summan",
    en: "The population of a breakdown was inferred from its sum",
  },
  {
    code: "coverage.candidate_unread",
    sv: "Trolig rad som inte lästes",
    en: "A line that names a missing core figure, on which no reader read a figure; the message says why",
  },
  {
    code: "coverage.unknown_unit",
    sv: "Okänd enhet",
    en: "A table or section states a unit the readers do not know (e.g. hundreds of kronor, euro); its amounts are not read",
  },
  {
    code: "coverage.unread_number",
    sv: "Tal som inte lästes",
    en: "A number in the text whose meaning could not be read with certainty; not stored",
  },
  {
    code: "curated.text_mismatch",
    sv: "Kurerad rad stämmer inte med dokumentet",
    en: "A curated fact's text no longer matches its line in the (replaced) document",
  },
  {
    code: "curated.value_not_on_line",
    sv: "Kurerat värde finns inte på raden",
    en: "A curated fact's value is not a number on the line it cites (typed by hand?)",
  },
  { code: "document.no_text_layer", sv: "PDF utan textlager", en: "A PDF has no text layer (scanned?); it needs OCR" },
  {
    code: "document.section_missing",
    sv: "Avsnitt saknas i dokumentet",
    en: "An expected section was not found in the document",
  },
  { code: "document.truncated", sv: "Dokumentet verkar avkortat", en: "The document text ends early" },
  {
    code: "exit_table.unknown_label",
    sv: "Okänd avslutsorsak i tabell",
    en: "A row label in an exit table maps to no exit-outcome code; not stored",
  },
  { code: "goal.level_missing", sv: "Målets nivå saknas", en: "A goal could not be placed on a level" },
  { code: "goal.no_assessment", sv: "Mål utan bedömning", en: "A goal has no assessment" },
  { code: "goal.unparsed", sv: "Mål som inte gick att läsa", en: "A goal row could not be parsed" },
  {
    code: "identity.breakdown_sum",
    sv: "Fördelningen summerar inte till totalen",
    en: "A breakdown's categories do not sum to its population total",
  },
  {
    code: "identity.budget_deviation",
    sv: "Utfall avviker från budget",
    en: "An intervention's actual deviates from budget beyond the goal",
  },
  {
    code: "identity.cash_carry",
    sv: "Likvida medel förs inte över mellan åren",
    en: "Cash at the start of a year differs from the previous year's end",
  },
  {
    code: "identity.contributions_sum",
    sv: "Medlemsbidragen summerar inte till totalen",
    en: "Members' contributions (and the table's other revenue lines) add to more than the table's total; not stored",
  },
  {
    code: "identity.enrolled_minus_exited",
    sv: "Inskrivna minus avslutade är inte pågående",
    en: "Enrolled minus exited differs from ongoing",
  },
  {
    code: "identity.equity_carry",
    sv: "Eget kapital förs inte över mellan åren",
    en: "Opening equity differs from the previous year's closing equity",
  },
  {
    code: "identity.equity_roll",
    sv: "Eget kapital går inte ihop med resultatet",
    en: "Opening equity plus result differs from closing equity",
  },
  {
    code: "identity.exit_outcomes_sum",
    sv: "Avslutsorsakerna summerar inte till avslutade",
    en: "Exit outcome categories do not sum to exited",
  },
  {
    code: "identity.funding_split",
    sv: "Insatsens medel fördelas inte helt",
    en: "Shares of a shared intervention do not sum to one",
  },
  {
    code: "identity.gender_sum",
    sv: "Kvinnor och män summerar inte till totalen",
    en: "Gender counts do not sum to the total",
  },
  {
    code: "identity.grants_paid",
    sv: "Lämnade bidrag stämmer inte med insatsernas utfall",
    en: "Grants paid differ from the sum of interventions' actuals",
  },
  {
    code: "identity.operating_result",
    sv: "Intäkter minus kostnader är inte verksamhetens resultat",
    en: "Operating revenue minus operating costs differs from the stated operating result; not stored",
  },
  {
    code: "identity.quoted_rate",
    sv: "Angiven andel stämmer inte med antalen",
    en: "A quoted rate differs from the counts it is computed from",
  },
  { code: "identity.result", sv: "Resultatet går inte ihop", en: "Revenue minus cost differs from the stated result" },
  {
    code: "identity.table_total",
    sv: "Tabellens rader summerar till mer än totalraden",
    en: "A participant table's intervention rows add to more than its total row; not stored",
  },
  {
    code: "input.duplicate_document",
    sv: "Samma dokument-id två gånger",
    en: "Two manifest entries give the same document id",
  },
  {
    code: "input.rejected",
    sv: "Indata avvisad",
    en: "An input file or curated row failed validation and was not loaded",
  },
  {
    code: "intervention_budget.shared_pot",
    sv: "Insats finansierad ur gemensam pott",
    en: "An intervention has no budget of its own; it is funded from a pot",
  },
  { code: "member.left_on_conflict", sv: "Olika datum för utträde", en: "Sources disagree on when a member left" },
  {
    code: "minutes.body_mismatch",
    sv: "Organet stämmer inte med manifestet",
    en: "The minutes' body differs from the manifest",
  },
  {
    code: "minutes.date_mismatch",
    sv: "Mötesdatum stämmer inte med manifestet",
    en: "The meeting date differs from the manifest",
  },
  { code: "minutes.date_missing", sv: "Mötesdatum saknas", en: "No meeting date found in the minutes" },
  {
    code: "minutes.decision_repeated_differently",
    sv: "Beslut återgivet på två sätt",
    en: "A decision appears twice with different wording",
  },
  {
    code: "minutes.decision_without_item",
    sv: "Beslut utan paragraf",
    en: "A decision was found outside any agenda item",
  },
  {
    code: "minutes.decision_without_text",
    sv: "Beslutspunkt utan beslutstext",
    en: "A decision item has no decision text",
  },
  {
    code: "minutes.goal_unknown_indicator",
    sv: "Okänt mål i protokoll",
    en: "A target in minutes maps to no known indicator",
  },
  {
    code: "minutes.attendance_name_unread",
    sv: "Namn i närvarolistan kunde inte läsas",
    en: "An attendance entry is no whole name (a label or a bracket cut in two); not stored",
  },
  {
    code: "minutes.no_attendance_list",
    sv: "Närvarolista saknas",
    en: "The minutes have no attendance list; those named as acting are recorded",
  },
  {
    code: "minutes.no_decision",
    sv: "Paragraf utan beslut",
    en: "An item records no decision (information or discussion)",
  },
  { code: "minutes.no_items", sv: "Inga paragrafer hittades", en: "No agenda items were found in the minutes" },
  {
    code: "minutes.unclassified_decision",
    sv: "Beslut med oklart utfall",
    en: "A decision's outcome could not be classified",
  },
  {
    code: "minutes.unplaced_decision",
    sv: "Beslut som inte kunde placeras",
    en: "A decision text could not be matched to its item",
  },
  {
    code: "normalize.unknown_name",
    sv: "Okänt namn på insats eller medlem",
    en: "A name matches no intervention or member in the registry",
  },
  {
    code: "participant_table.column_count",
    sv: "Tabellrad med fel antal värden",
    en: "A participant table row has another number of values than its header has columns; not stored",
  },
  {
    code: "participant_table.member_row",
    sv: "Medlem som rad i deltagartabell",
    en: "A participant table row names a member, not an intervention; not stored",
  },
  {
    code: "plausibility.out_of_bounds",
    sv: "Orimligt värde",
    en: "A figure outside the plausible range of its concept (persons, kronor, shares); not stored",
  },
  {
    code: "precedence.conflict",
    sv: "Två källor anger olika värden",
    en: "Two sources give different values; the one kept follows the precedence rules",
  },
  {
    code: "prose.unreadable",
    sv: "Text som inte gick att tolka",
    en: "A sentence expected to hold a figure could not be read",
  },
  { code: "prose.unreadable_number", sv: "Tal som inte gick att tolka", en: "A number in the text could not be read" },
  {
    code: "registry.intervention_added",
    sv: "Ny insats lagd till registret",
    en: "An intervention first seen in a document was added to the federation registry",
  },
  {
    code: "statement.ambiguous_digits",
    sv: "Tvetydiga siffror",
    en: "Digits in a statement row could be read more than one way",
  },
  {
    code: "statement.decimal_amount",
    sv: "Belopp med decimaler i kronortabell",
    en: "A statement cell in whole kronor has decimals (prose or another unit); not loaded",
  },
  { code: "statement.no_year_header", sv: "Årsrubrik saknas", en: "A financial statement has no year header" },
  { code: "statement.short_row", sv: "Rad med för få värden", en: "A statement row has fewer values than columns" },
  {
    code: "statement.unit_mislabelled",
    sv: "Fel enhet i rubriken",
    en: "A table's heading states another unit than its cells have",
  },
  {
    code: "statement.unit_scaled",
    sv: "Belopp omräknat från tkr/Mkr",
    en: "A statement in tkr or Mkr was scaled to whole kronor",
  },
  {
    code: "statement.unit_unknown",
    sv: "Enheten framgår inte",
    en: "A statement table states no unit and the document's other statements do not tell it; not loaded",
  },
  { code: "statement.unmapped_row", sv: "Rad utan kod", en: "A statement row maps to no finance item" },
  {
    code: "text.control_characters",
    sv: "Styrtecken borttagna ur texten",
    en: "Control characters (NUL etc.) were removed from the text",
  },
] as const);

/** How a fact was obtained: read by a parser from the document's text (by its source), typed by a person, or from a registry. */
export const obtained = codeList([
  { code: "parsed_text_layer", sv: "Läst ur PDF:ens textlager", en: "Read by a parser from the PDF's text layer" },
  { code: "parsed_ocr", sv: "Läst ur OCR-text", en: "Read by a parser from OCR text of a scanned PDF" },
  { code: "parsed_plain_text", sv: "Läst ur textfil", en: "Read by a parser from a plain-text or Markdown copy" },
  { code: "curated", sv: "Manuellt inlagd", en: "Typed by a person from the cited line, with a stated reason" },
  { code: "registry", sv: "Förbundsregistret", en: "From the federation registry (data/federations/)" },
] as const);
export type Obtained = (typeof obtained.codes)[number];

/** A parsed fact's `obtained` code from its document's text source. */
export const OBTAINED_BY_TEXT_SOURCE = {
  text_layer: "parsed_text_layer",
  ocr: "parsed_ocr",
  plain_text: "parsed_plain_text",
} as const satisfies Record<(typeof textSource.codes)[number], Obtained>;

export const allCodeLists = {
  obtained,
  member_type: memberType,
  document_kind: documentKind,
  intervention_kind: interventionKind,
  measure,
  gender,
  population,
  dimension: breakdownDimension,
  age_band: ageBand,
  education,
  referrer,
  time_in_support: timeInSupport,
  income_source: incomeSource,
  exit_outcome: exitOutcome,
  finance_basis: financeBasis,
  finance_item: financeItem,
  decision_outcome: decisionOutcome,
  decision_body: decisionBody,
  decision_category: decisionCategory,
  attendance_role: attendanceRole,
  goal_level: goalLevel,
  goal_indicator: goalIndicator,
  unit,
  text_source: textSource,
  severity,
  quality_check: qualityCheck,
} as const;
