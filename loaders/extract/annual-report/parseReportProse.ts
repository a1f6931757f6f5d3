/**
 * Figures stated in the report's running text: yearly participant totals, exit
 * destinations, the positive-step rate as reported, the socio-economic estimate and its
 * parameters, goal outcomes quoted in prose, the equity guideline, the violence (VNR)
 * survey, and the diagrams that exist only as images. Text wraps across lines, so patterns
 * run over the joined text and each match is traced back to the line it starts on.
 */
import type { Gender } from "../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../documentText.ts";
import { parseSwedishNumber } from "../numbers.ts";

/** The document as one string, with a map back from character offsets to line numbers. */
export class ProseIndex {
  readonly text: string;
  private readonly starts: number[] = [];
  constructor(readonly doc: DocumentText) {
    const parts: string[] = [];
    let offset = 0;
    for (let n = 1; n <= doc.lineCount; n++) {
      this.starts.push(offset);
      const t = doc.at(n);
      parts.push(t);
      offset += t.length + 1;
    }
    this.text = parts.join(" ");
  }
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** The lines a match spans, joined: the provenance text. */
  snippet(start: number, end: number): string {
    const a = this.lineAt(start);
    const b = this.lineAt(Math.max(start, end - 1));
    return this.doc.join(a, b);
  }
}

const num = (s: string) => parseSwedishNumber(s) ?? Number.NaN;
const WORD_NUMBERS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10 };
/** A count as written: "3" or "tre"; NaN for anything else. */
const countWord = (s: string) => WORD_NUMBERS[s.toLowerCase()] ?? Number(s);

export function parseReportProse(doc: DocumentText): ParseOutput {
  const idx = new ProseIndex(doc);
  const facts: FactInput[] = [];
  const findings: FindingInput[] = [];
  const coverage: ParseOutput["coverage"] = [];
  const year = doc.periodYear;
  const section = "prose";

  type Emit = (m: RegExpExecArray, at: (group: number) => { line: number; text: string }) => void;
  const rules: { name: string; re: RegExp; emit: Emit }[] = [
    {
      name: "participants_total",
      re: /Under (20\d\d) har (\d+) personer deltagit i de olika/g,
      emit: (m, at) => facts.push({ table: "participant_count", intervention: null, year: Number(m[1]), measure: "enrolled", gender: "all", value: Number(m[2]), ...at(2), section, approximate: false }),
    },
    {
      name: "positive_steps_quoted",
      re: /(\d+) av (\d+) (?:utskrivna|avslutade) deltagare(?:.{0,400}?)(?:motsvarar det|motsvara)\s+(ca\s+)?(\d+(?:,\d+)?)\s?%/g,
      emit: (m, at) => {
        const ind = { table: "indicator" as const, year, scope: "federation", gender: "all" as const, n: Number(m[2]), section };
        facts.push({ ...ind, indicator: "positive_step_count_reported", value: Number(m[1]), unit: "count", note: "positive steps as the federation counts them (work, studies, GK, job seeker)", ...at(1), approximate: false });
        facts.push({ ...ind, indicator: "positive_step_rate_reported", value: num(m[4]!), unit: "percent", note: "positive-step rate as the federation reports it", ...at(4), approximate: !!m[3] });
      },
    },
    {
      name: "consultations_total",
      re: /lyft (\d+) konsulta\w*/g,
      emit: (m, at) => facts.push({ table: "participant_count", intervention: null, year, measure: "consultations", gender: "all", value: Number(m[1]), ...at(1), section, approximate: false }),
    },
    {
      name: "exit_summary",
      re: /avslutades (\d+) individer sina insatser\. (\d+) individer gick till egenförsörjning i form av arbete, subventionerat arbete eller studier\. (\d+) individer avslutades genom att gå in i den gemensamma kartläggningen.{0,40}?Ytterligare (\d+) individer skrevs vid avslut in sig som arbetssökande/g,
      emit: (m, at) => {
        const b = { table: "participant_breakdown" as const, intervention: null, year, population: "exited" as const, dimension: "exit_outcome" as const, section, approximate: false };
        facts.push({ table: "participant_count", intervention: null, year, measure: "exited", gender: "all", value: Number(m[1]), ...at(1), section, approximate: false });
        // The socio-economic section splits these into work and studies; keep the joint figure as reported, not as a category (it would count people twice).
        facts.push({ table: "indicator", year, scope: "federation", indicator: "work_or_studies_count_reported", gender: "all", value: Number(m[2]), unit: "count", n: Number(m[1]), note: "exits to work, subsidised work or studies, as one figure", ...at(2), section, approximate: false });
        facts.push({ ...b, category: "joint_assessment", value: Number(m[3]), source_label: "gemensamma kartläggningen hos FK/AF", ...at(3) });
        facts.push({ ...b, category: "job_seeker", value: Number(m[4]), source_label: "arbetssökande på arbetsförmedlingen", ...at(4) });
      },
    },
    {
      name: "positive_step_rate_exits",
      re: /(\d+(?:,\d+)?)\s?% \((\d+)\/(\d+)\) av individerna har vid avslut gjort en positiv stegförflyttning/g,
      emit: (m, at) => {
        const ind = { table: "indicator" as const, year, scope: "federation", gender: "all" as const, n: Number(m[3]), section };
        facts.push({ ...ind, indicator: "positive_step_rate_reported", value: num(m[1]!), unit: "percent", note: "positive-step rate as the federation reports it (exit section)", ...at(1), approximate: false });
        facts.push({ ...ind, indicator: "positive_step_count_reported", value: Number(m[2]), unit: "count", note: "positive steps as the federation counts them (exit section)", ...at(2), approximate: false });
      },
    },
    {
      name: "socioeconomic_work",
      re: /var det (\d+) deltagare som avslutades till arbete.{0,200}?(\d+) deltagare x ([\d ]+) kr x (\d+) ?mån, totalt ([\d ]+) kr/g,
      emit: (m, at) => {
        facts.push({ table: "participant_breakdown", intervention: null, year, population: "exited", dimension: "exit_outcome", category: "work", value: Number(m[1]), source_label: "avslutades till arbete (socioekonomisk beräkning)", ...at(1), section, approximate: false });
        socio("socioeconomic_saving_work", num(m[5]!), "sek", Number(m[2]), "saving from participants who went to work: n × monthly effect × months", at(5));
      },
    },
    {
      name: "socioeconomic_studies",
      re: /ytterligare (\d+) personer börjat studera.{0,300}?(\d+) deltagare x ([\d ]+) kr x (\d+) mån, totalt\s*(?:ytterligare\s*)?([\d ]+?) kr/g,
      emit: (m, at) => {
        facts.push({ table: "participant_breakdown", intervention: null, year, population: "exited", dimension: "exit_outcome", category: "studies", value: Number(m[1]), source_label: "börjat studera efter avslutad insats (socioekonomisk beräkning)", ...at(1), section, approximate: false });
        socio("socioeconomic_saving_studies", num(m[5]!.trim()), "sek", Number(m[2]), "saving from participants who went on to studies: n × monthly cost × months", at(5));
      },
    },
    {
      name: "socioeconomic_total",
      re: /förbundet har sparat .{0,40}? ([\d ]+?) kr under (20\d\d)/g,
      emit: (m, at) => socio("socioeconomic_saving_total", num(m[1]!.trim()), "sek", null, "total estimated saving to society", at(1)),
    },
    {
      name: "socioeconomic_parameters",
      re: /ersättning offentlig försörjning per person och månad är (ca )?([\d ]+?) kr.{0,60}?administrativ kostnad .{0,120}? är ([\d ]+?) kr per person och månad.{0,80}?arbeta med (ca )?([\d ]+?) kr\/månad \(vid heltidsarbete med grundlön ([\d ]+?) kr\).{0,120}? är därmed ([\d ]+?) kr i minskade kostnader och ([\d ]+?) kr i ökade samhällsintäkter, totalt ([\d ]+?) kr per månad/g,
      emit: (m, at) => {
        const p = (indicator: string, g: number, note: string, approximate = false) =>
          facts.push({ table: "indicator", year, scope: "federation", indicator, gender: "all", value: num(m[g]!.trim()), unit: "sek_per_month", n: null, note, ...at(g), section, approximate });
        p("socioeconomic_public_support_per_month", 2, "average public support per person and month (schablon)", !!m[1]);
        p("socioeconomic_admin_cost_per_month", 3, "administrative cost per person and month (schablon)");
        p("socioeconomic_new_tax_income_per_month", 5, "new tax income per person in work and month (schablon)", !!m[4]);
        p("socioeconomic_base_salary_per_month", 6, "full-time base salary assumed");
        p("socioeconomic_reduced_cost_per_month", 7, "reduced public cost per person in work and month");
        p("socioeconomic_increased_income_per_month", 8, "increased public income per person in work and month");
        p("socioeconomic_total_effect_per_month", 9, "total effect per person in work and month");
      },
    },
    {
      name: "intervention_budget_prose",
      re: /helårsbudgeten för insats- och projektmedel år (20\d\d) på kr ([\d ]+?)\./g,
      emit: (m, at) => facts.push({ table: "finance", year: Number(m[1]), basis: "budget", item: "intervention_budget_total", amount_sek: num(m[2]!.trim()), value: null, source_label: "helårsbudgeten för insats- och projektmedel (text)", ...at(2), section, approximate: false }),
    },
    {
      name: "intervention_costs_budgeted_goal",
      re: /Budgeterade insatskostnader var\s+([\d ]+?) kr och utfallet blev\s+([\d ]+?) kr vilket i procent innebär (\d+(?:,\d+)?) ?% i avvikelse/g,
      emit: (m, at) => {
        facts.push({ table: "finance", year, basis: "budget", item: "intervention_budget_total", amount_sek: num(m[1]!.trim()), value: null, source_label: "Budgeterade insatskostnader (måluppföljning)", ...at(1), section, approximate: false });
        facts.push({ table: "finance", year, basis: "actual", item: "grants_paid", amount_sek: num(m[2]!.trim()), value: null, source_label: "utfallet (måluppföljning)", ...at(2), section, approximate: false });
      },
    },
    {
      name: "equity_guideline",
      re: /eget kapital kunna uppgå till ([\d ]+?) kr och utfallet blev (20\d\d) att förbundets behållning blev ([\d ]+?) kr/g,
      emit: (m, at) => {
        facts.push({ table: "finance", year: Number(m[2]), basis: "actual", item: "equity_guideline_cap", amount_sek: num(m[1]!.trim()), value: null, source_label: "eget kapital enligt NR riktlinjer kunna uppgå till", ...at(1), section, approximate: false });
        facts.push({ table: "finance", year: Number(m[2]), basis: "actual", item: "equity_end", amount_sek: num(m[3]!.trim()), value: null, source_label: "förbundets behållning (måluppföljning)", ...at(3), section, approximate: false });
      },
    },
    {
      name: "share_to_interventions",
      re: /medlemsintäkter på\s+([\d ]+?) kr och en budgeterad kostnad för de individinriktade insatserna på ([\d ]+?) kr där utfallet blev ([\d ]+?) kr, vilket motsvarar (\d+(?:,\d+)?) ?%/g,
      emit: (m, at) => {
        facts.push({ table: "finance", year, basis: "actual", item: "member_revenue", amount_sek: num(m[1]!.trim()), value: null, source_label: "medlemsintäkter (måluppföljning)", ...at(1), section, approximate: false });
        facts.push({ table: "indicator", year, scope: "federation", indicator: "share_to_interventions_reported", gender: "all", value: num(m[4]!), unit: "percent", n: null, note: "share of member revenue paid to individual interventions, as reported", ...at(4), section, approximate: false });
      },
    },
    {
      name: "share_to_interventions_budget",
      re: /\((\d+(?:,\d+)?) ?% resp (\d+(?:,\d+)?) ?%\)/g,
      emit: (m, at) => facts.push({ table: "indicator", year, scope: "federation", indicator: "share_to_interventions_budget_reported", gender: "all", value: num(m[2]!), unit: "percent", n: null, note: "share of member revenue budgeted for individual interventions, as reported", ...at(2), section, approximate: false }),
    },
    {
      name: "mean_age",
      re: /redovisat (\d+) deltagares åldersspann.{0,300}?medelålder på deltagarna hamnar på (\d+(?:,\d+)?) år mot föregående år \((20\d\d)\) på (\d+(?:,\d+)?) år/g,
      emit: (m, at) => {
        facts.push({ table: "indicator", year, scope: "federation", indicator: "mean_age", gender: "all", value: num(m[2]!), unit: "years", n: Number(m[1]), note: "approximate mean age of participants", ...at(2), section, approximate: true });
        facts.push({ table: "indicator", year: Number(m[3]), scope: "federation", indicator: "mean_age", gender: "all", value: num(m[4]!), unit: "years", n: null, note: "approximate mean age of participants (previous year, quoted in the next report)", ...at(4), section, approximate: true });
      },
    },
    {
      name: "education_shares",
      re: /(\d+) procent enbart grundskola och (\d+)\s+procent har fullföljt gymnasieutbildningen/g,
      emit: (m, at) => {
        facts.push({ table: "indicator", year, scope: "federation", indicator: "share_compulsory_only", gender: "all", value: Number(m[1]), unit: "percent", n: null, note: "share with compulsory school only, of participants whose education is known", ...at(1), section, approximate: false });
        facts.push({ table: "indicator", year, scope: "federation", indicator: "share_upper_secondary", gender: "all", value: Number(m[2]), unit: "percent", n: null, note: "share who completed upper secondary school, of participants whose education is known", ...at(2), section, approximate: false });
      },
    },
    {
      name: "time_in_support_shares",
      re: /(\d+) procent av deltagarna har haft offentlig försörjning i mer än ett år och (ca )?(\d+) procent av\s*deltagarna har haft offentlig försörjning i mer än fem år\. Medelsnittet ligger på (ca )?(\d+(?:,\d+)?) år/g,
      emit: (m, at) => {
        const ind = { table: "indicator" as const, year, scope: "federation", gender: "all" as const, n: null, section };
        facts.push({ ...ind, indicator: "share_support_over_1y", value: Number(m[1]), unit: "percent", note: "share of enrolled participants with more than one year in public support", ...at(1), approximate: false });
        facts.push({ ...ind, indicator: "share_support_over_5y", value: Number(m[3]), unit: "percent", note: "share of enrolled participants with more than five years in public support", ...at(3), approximate: !!m[2] });
        facts.push({ ...ind, indicator: "mean_years_in_support", value: num(m[5]!), unit: "years", note: "mean time in public support", ...at(5), approximate: !!m[4] });
      },
    },
    {
      name: "stakeholder_meetings",
      // The organisational goal's outcome: visits and presentations, often in words ("två medlemsdialoger").
      re: /(\d+|\p{L}+) besök i kommunfullmäktige, (\d+|\p{L}+) medlemsdialoger med kommunerna samt (\d+|\p{L}+) möte med Regionledning/gu,
      emit: (m, at) => {
        const parts = [[1, "council_visits", "visits to municipal councils (kommunfullmäktige)"], [2, "member_dialogues", "member dialogues with the municipalities"], [3, "region_leadership_meetings", "meetings with the region's leadership"]] as const;
        for (const [g, indicator, note] of parts) {
          const v = countWord(m[g]!);
          if (Number.isFinite(v)) facts.push({ table: "indicator", year, scope: "federation", indicator, gender: "all", value: v, unit: "count", n: null, note, ...at(g), section, approximate: false });
        }
      },
    },
    {
      name: "information_sessions",
      re: /(\d+|\p{L}+) informationer har hållits under ((?:19|20)\d\d)/gu,
      emit: (m, at) => {
        const v = countWord(m[1]!);
        if (Number.isFinite(v)) facts.push({ table: "indicator", year: Number(m[2]), scope: "federation", indicator: "information_sessions", gender: "all", value: v, unit: "count", n: null, note: "presentations of the federation to stakeholders", ...at(1), section, approximate: false });
      },
    },
    {
      name: "training_participants",
      re: /Sammanlagt har ett (\d+)-tal personer gått dessa utbildningar/g,
      emit: (m, at) => facts.push({ table: "indicator", year, scope: "federation", indicator: "training_participants", gender: "all", value: Number(m[1]), unit: "count", n: null, note: "people trained in structural interventions (education for partner staff)", ...at(1), section, approximate: true }),
    },
    {
      name: "staff_by_gender",
      re: /Vi är (\d+(?:,\d+)?) tjänster på förbundets kansli\. (\w+) kvinnor och (\w+) man är anställda/g,
      emit: (m, at) => {
        facts.push({ table: "finance", year, basis: "actual", item: "staff_fte", amount_sek: null, value: num(m[1]!), source_label: "tjänster på förbundets kansli", ...at(1), section, approximate: false });
        for (const [g, gender] of [[2, "woman"], [3, "man"]] as const) {
          const v = countWord(m[g]!);
          if (Number.isFinite(v)) facts.push({ table: "indicator", year, scope: "federation", indicator: "staff_employed", gender, value: v, unit: "count", n: null, note: "people employed by the federation", ...at(g), section, approximate: false });
        }
      },
    },
    {
      name: "auditor_balance_result",
      re: /balanskravsresultatet är negativt om (\d+(?:,\d+)?) mnkr/g,
      emit: (m, at) => facts.push({ table: "finance", year, basis: "actual", item: "balance_result", amount_sek: -Math.round(num(m[1]!) * 1_000_000), value: null, source_label: "revisorerna: balanskravsresultatet är negativt om … mnkr", ...at(1), section, approximate: true }),
    },
    {
      name: "balance_result",
      re: /= Balanskravsresultat\s+(-?[\d ]+\d)/g,
      emit: (m, at) => facts.push({ table: "finance", year, basis: "actual", item: "balance_result", amount_sek: num(m[1]!.trim()), value: null, source_label: "Balanskravsresultat", ...at(1), section: "balance_requirement", approximate: false }),
    },
  ];

  function socio(indicator: string, value: number, unit: "sek", n: number | null, note: string, where: { line: number; text: string }) {
    facts.push({ table: "indicator", year, scope: "federation", indicator, gender: "all", value, unit, n, note, ...where, section, approximate: false });
  }

  for (const rule of rules) {
    const before = facts.length;
    for (const m of idx.text.matchAll(rule.re)) {
      const match = m as RegExpExecArray;
      const at = (g: number) => {
        const start = groupStart(match, g);
        return { line: idx.lineAt(start), text: idx.snippet(match.index!, match.index! + match[0].length).slice(0, 600) };
      };
      try {
        rule.emit(match, at);
      } catch (err) {
        findings.push({ check_id: "prose.unreadable", severity: "error", subject: `prose:${rule.name}`, line: idx.lineAt(match.index!), value: match[0].slice(0, 200), message: `prose "${rule.name}": ${(err as Error).message}` });
      }
    }
    coverage.push({ section: `prose:${rule.name}`, status: facts.length > before ? "parsed" : "missing", line: null, facts: facts.length - before, note: null });
  }

  parseViolenceSurvey(doc, idx, facts, coverage);
  parseGoalPercents(idx, year, facts);

  // Diagrams: the text has the caption, not the numbers.
  for (const n of doc.findAll(/^Diagram \d+,/)) coverage.push({ section: `image:${doc.at(n).slice(0, 60)}`, status: "image_only", line: n, facts: 0, note: "figure exists only as an image; its numbers are not in the text" });
  const surveyPages = doc.findAll(/^(Utvärdering Individer|Personal|Chefsgruppen|Styrelsen)\s+20\d\d\s*$/);
  // A survey's heading repeats on every page; one coverage row per survey.
  for (const n of surveyPages.filter((n, i) => surveyPages.findIndex((m) => doc.at(m) === doc.at(n)) === i)) coverage.push({ section: `image:survey:${doc.at(n)}`, status: "image_only", line: n, facts: 0, note: "survey charts are images; free-text answers are not extracted (they may name people)" });

  // Drop facts whose numbers did not read (never store NaN), whichever field holds them.
  const good = facts.filter((f) => {
    const fields = f as Partial<Record<"value" | "amount_sek" | "n", unknown>>;
    if ([fields.value, fields.amount_sek, fields.n].some((v) => typeof v === "number" && !Number.isFinite(v))) {
      findings.push({ check_id: "prose.unreadable_number", severity: "error", subject: `prose:${f.table}`, line: f.line, value: f.text.slice(0, 200), message: "a number in running text could not be read; not loaded" });
      return false;
    }
    return true;
  });
  return { facts: good, findings, coverage };
}

/** Start offset of a capture group (ES2022 `d` flag would do this; the group text is searched after the match start instead). */
function groupStart(m: RegExpExecArray, g: number): number {
  const text = m[g];
  if (text === undefined) return m.index!;
  let offset = 0;
  // Search past earlier groups so a repeated number finds its own position.
  for (let k = 1; k < g; k++) if (m[k] !== undefined) {
    const at = m[0].indexOf(m[k]!, offset);
    if (at >= 0) offset = at + m[k]!.length;
  }
  const at = m[0].indexOf(text, offset);
  return m.index! + (at >= 0 ? at : 0);
}

/** The domestic-violence (VNR, "Stoppa våldet") survey figures. */
function parseViolenceSurvey(doc: DocumentText, idx: ProseIndex, facts: FactInput[], coverage: ParseOutput["coverage"]) {
  const start = doc.find(/^Stoppa Våldet\s*$/i);
  if (start === undefined) {
    coverage.push({ section: "vnr_survey", status: "missing", line: null, facts: 0, note: "section 'Stoppa Våldet' not found" });
    return;
  }
  const before = facts.length;
  const year = doc.periodYear;
  const scope = "project:stoppa-valdet";
  const add = (indicator: string, value: number, unit: "percent" | "count", line: number, gender: Gender = "all", n: number | null = null, note: string | null = null) =>
    facts.push({ table: "indicator", year, scope, indicator, gender, value, unit, n, note, line, text: doc.at(line), section: "vnr_survey", approximate: false });
  const end = doc.find(/^Våld i nära relationer 20\d\d|^Utvärdering Individer/, start) ?? doc.lineCount;
  const from = idx.lineAt(0);
  void from;
  let responses: number | null = null;
  for (let n = start; n <= end; n++) {
    const t = doc.at(n);
    let m = /fick in (\d+) svar/.exec(t);
    if (m) add("vnr_responses", (responses = Number(m[1])), "count", n, "all", null, "survey responses");
    m = /^(\d+) angav kvinna, (\d+) angav man, (\w+) valde att inte ange/.exec(t);
    if (m) {
      add("vnr_responses", Number(m[1]), "count", n, "woman", null, "survey responses");
      add("vnr_responses", Number(m[2]), "count", n, "man", null, "survey responses");
      const u = countWord(m[3]!);
      if (Number.isFinite(u)) add("vnr_responses", u, "count", n, "unknown", null, "survey responses, gender not given");
    }
    for (const a of t.matchAll(/[Åå]ldersgruppen (\d+)[–-](\d+) år (?:är )?(\d+) individer/g)) add(`vnr_responses_age_${a[1]}_${a[2]}`, Number(a[3]), "count", n, "all", null, `survey responses aged ${a[1]}–${a[2]}`);
    m = /(\d+(?:,\d+)?)% svarar för första gången, (\d+(?:,\d+)?)%/.exec(t);
    if (m) {
      add("vnr_first_response_share", num(m[1]!), "percent", n, "all", responses, "share answering for the first time");
      add("vnr_second_response_share", num(m[2]!), "percent", n, "all", responses, "share answering for the second time");
    }
    m = /^svarar för tredje gången|(\d+(?:,\d+)?)% svarar för tredje gången/.exec(t);
    if (m?.[1]) add("vnr_third_response_share", num(m[1]), "percent", n, "all", responses, "share answering for the third time");
    m = /(\d+)% har svarat ja på minst en fråga/.exec(t);
    if (m) add("vnr_any_violence_share", Number(m[1]), "percent", n, "all", null, "unique respondents answering yes to at least one question on violence");
    m = /så ser vi att (\d+)\s*$/.exec(t);
    const next = doc.at(n + 1);
    const w = m ? /^individer av (\d+) har svarat ja/.exec(next) : null;
    if (m && w) add("vnr_any_violence_count", Number(m[1]), "count", n, "woman", Number(w[1]), "women answering yes to at least one question on violence");
    m = /procentsats\s*$/.exec(t) ? null : /^på (\d+(?:,\d+)?)% som har upplevelse av våld/.exec(t);
    if (m) add("vnr_any_violence_share", num(m[1]!), "percent", n, "woman", null, "women answering yes to at least one question on violence");
    m = /uppkommer till (\d+) jakande svar av (\d+) inkomna/.exec(`${t} ${next}`);
    if (m && /uppkommer till/.test(t)) add("vnr_any_violence_count", Number(m[1]), "count", n, "man", Number(m[2]), "men answering yes to at least one question on violence");
    m = /^en procent på (\d+(?:,\d+)?) ?%/.exec(t);
    if (m) add("vnr_any_violence_share", num(m[1]!), "percent", n, "man", null, "men answering yes to at least one question on violence");
    m = /^(Fysiskt våld|Sexuellt våld|Psykiskt våld|kränkningar)\s+(\d+) (\d+)% (\d+) (\d+)%/.exec(t);
    if (m) {
      const kind = { "Fysiskt våld": "physical", "Sexuellt våld": "sexual", "Psykiskt våld": "psychological", kränkningar: "sexual_harassment" }[m[1]!]!;
      add(`vnr_${kind}_violence_count`, Number(m[2]), "count", n, "woman", null, `women answering yes: ${m[1]} by a close person`);
      add(`vnr_${kind}_violence_share`, Number(m[3]), "percent", n, "woman", null, `women answering yes: ${m[1]} by a close person`);
      add(`vnr_${kind}_violence_count`, Number(m[4]), "count", n, "man", null, `men answering yes: ${m[1]} by a close person`);
      add(`vnr_${kind}_violence_share`, Number(m[5]), "percent", n, "man", null, `men answering yes: ${m[1]} by a close person`);
    }
    // "Sexuella / kränkningar / (blank) / 65 45% 6 6%": a row label wrapped over lines.
    m = /^(\d+) (\d+)% (\d+) (\d+)%\s*$/.exec(t);
    if (m && /kränkningar/i.test(doc.join(Math.max(start, n - 3), n - 1))) {
      add("vnr_sexual_harassment_count", Number(m[1]), "count", n, "woman", null, "women answering yes: sexual harassment by a close person");
      add("vnr_sexual_harassment_share", Number(m[2]), "percent", n, "woman", null, "women answering yes: sexual harassment by a close person");
      add("vnr_sexual_harassment_count", Number(m[3]), "count", n, "man", null, "men answering yes: sexual harassment by a close person");
      add("vnr_sexual_harassment_share", Number(m[4]), "percent", n, "man", null, "men answering yes: sexual harassment by a close person");
    }
    m = /(\d+(?:,\d+)?) ?% svarar ja(?:g)? på denna/.exec(t);
    if (m) {
      const q = doc.join(Math.max(start, n - 2), n);
      const which = /hotad, kontrollerad/.test(q) ? "threatened_controlled" : /slagen, sparkad/.test(q) ? "physical" : /sexuella handlingar/.test(q) ? "sexual_pressure" : /sexuella kränkningar/.test(q) ? "sexual_harassment" : undefined;
      if (which) add(`vnr_question_${which}_share`, num(m[1]!), "percent", n, "all", null, "share answering yes to the question, both genders");
    }
    m = /Så svarar (\d+(?:,\d+)?)% ja\s+medan (\d+(?:,\d+)?)% svarar nej|Så svarar (\d+(?:,\d+)?)% ja/.exec(t);
    if (m) add("vnr_used_violence_share", num((m[1] ?? m[3])!), "percent", n, "all", null, "share answering yes to having used violence against someone as an adult");
    m = /svarar (\d+(?:,\d+)?) ?% att de har fått det/.exec(t);
    if (m) add("vnr_asked_before_share", num(m[1]!), "percent", n, "all", null, "share who had been asked about violence before");
    m = /Från (\d+) svar förra året till (\d+) svar i år/.exec(t);
    if (m) facts.push({ table: "indicator", year: year - 1, scope, indicator: "vnr_responses", gender: "all", value: Number(m[1]), unit: "count", n: null, note: "survey responses (previous year, quoted in the next report)", line: n, text: t, section: "vnr_survey", approximate: false });
  }
  coverage.push({ section: "vnr_survey", status: facts.length > before ? "parsed" : "missing", line: start, facts: facts.length - before, note: "diagrams in bilaga 10 are images" });
}

/** Survey percentages quoted in the goal follow-up. */
function parseGoalPercents(idx: ProseIndex, year: number, facts: FactInput[]) {
  const rules: { re: RegExp; indicator: string; note: string; nGroup?: number }[] = [
    { re: /(\d+(?:,\d+)?) % av\s+(\d+) deltagare upplever det alltid, ofta och ibland/g, indicator: "participants_experience_support_share", note: "participants who experience support and influence (always, often or sometimes)", nGroup: 2 },
    { re: /upplevd\s+positiv\s+stegförflyttning på\s+(\d+(?:,\d+)?) ?%/g, indicator: "participants_experienced_positive_step_share", note: "participants who experienced a positive step (survey)" },
    { re: /Bedömd positiv\s+stegförflyttning\s+(\d+(?:,\d+)?) ?%/g, indicator: "participants_assessed_positive_step_share", note: "participants assessed by staff to have made a positive step" },
    { re: /(\d+(?:,\d+)?) % av personal\s+som är involverad i samverkan\s+upplever/g, indicator: "staff_collaboration_benefit_share", note: "staff in collaboration who find it benefits the individual" },
  ];
  for (const r of rules)
    for (const m of idx.text.matchAll(r.re)) {
      const line = idx.lineAt(m.index! + m[0].indexOf(m[1]!));
      facts.push({ table: "indicator", year, scope: "federation", indicator: r.indicator, gender: "all", value: num(m[1]!), unit: "percent", n: r.nGroup ? Number(m[r.nGroup]) : null, note: r.note, line, text: idx.snippet(m.index!, m.index! + m[0].length), section: "goals", approximate: false });
    }
}
