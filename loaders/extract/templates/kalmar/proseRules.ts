/**
 * The prose rules: each a pattern over the report's running text and what its match
 * states (yearly participant totals, exit destinations, the positive-step rate as
 * reported, the socio-economic estimate and its parameters, finance figures quoted in the
 * goal follow-up, the equity guideline, staff and stakeholder counts).
 */
import type { FactInput } from "../../../schema/facts.ts";
import { UNIT_FACTOR } from "../../../reference/units.ts";
import { countWord, num } from "./proseNumbers.ts";

/** What a rule does with a match; `at(g)` gives group g's line and the provenance text of the whole match. */
export type Emit = (m: RegExpExecArray, at: (group: number) => { line: number; text: string }) => void;

export interface ProseRule {
  name: string;
  re: RegExp;
  /**
   * For a pattern that opens with a word (`(\d+|\p{L}+) …`): the text that follows that word in
   * every match. The search starts from each place it occurs instead of trying the pattern at
   * every character of the report (ProseIndex.matchAll); the matches are the same.
   */
  after?: string;
  emit: Emit;
}

/** The rules for a report of `year`; each pushes what it reads onto `facts`. */
export function proseRules(facts: FactInput[], year: number): ProseRule[] {
  const section = "prose";
  const rules: ProseRule[] = [
    {
      name: "participants_total",
      re: /Under (20\d\d) har (\d+) personer deltagit i de olika/g,
      emit: (m, at) =>
        facts.push({
          table: "participant_count",
          intervention: null,
          year: Number(m[1]),
          measure: "enrolled",
          gender: "all",
          value: Number(m[2]),
          ...at(2),
          section,
          approximate: false,
        }),
    },
    {
      name: "positive_steps_quoted",
      re: /(\d+) av (\d+) (?:utskrivna|avslutade) deltagare(?:.{0,400}?)(?:motsvarar det|motsvara)\s+(ca\s+)?(\d+(?:,\d+)?)\s?%/g,
      emit: (m, at) => {
        const ind = {
          table: "indicator" as const,
          year,
          scope: "federation",
          gender: "all" as const,
          n: Number(m[2]),
          section,
        };
        facts.push({
          ...ind,
          indicator: "positive_step_count_reported",
          value: Number(m[1]),
          unit: "count",
          note: "positive steps as the federation counts them (work, studies, GK, job seeker)",
          ...at(1),
          approximate: false,
        });
        facts.push({
          ...ind,
          indicator: "positive_step_rate_reported",
          value: num(m[4]!),
          unit: "percent",
          note: "positive-step rate as the federation reports it",
          ...at(4),
          approximate: !!m[3],
        });
      },
    },
    {
      name: "consultations_total",
      re: /lyft (\d+) konsulta\w*/g,
      emit: (m, at) =>
        facts.push({
          table: "participant_count",
          intervention: null,
          year,
          measure: "consultations",
          gender: "all",
          value: Number(m[1]),
          ...at(1),
          section,
          approximate: false,
        }),
    },
    {
      name: "exit_summary",
      re: /avslutades (\d+) individer sina insatser\. (\d+) individer gick till egenförsörjning i form av arbete, subventionerat arbete eller studier\. (\d+) individer avslutades genom att gå in i den gemensamma kartläggningen.{0,40}?Ytterligare (\d+) individer skrevs vid avslut in sig som arbetssökande/g,
      emit: (m, at) => {
        const b = {
          table: "participant_breakdown" as const,
          intervention: null,
          year,
          population: "exited" as const,
          dimension: "exit_outcome" as const,
          section,
          approximate: false,
        };
        facts.push({
          table: "participant_count",
          intervention: null,
          year,
          measure: "exited",
          gender: "all",
          value: Number(m[1]),
          ...at(1),
          section,
          approximate: false,
        });
        // The socio-economic section splits these into work and studies; keep the joint figure as reported, not as a category (it would count people twice).
        facts.push({
          table: "indicator",
          year,
          scope: "federation",
          indicator: "work_or_studies_count_reported",
          gender: "all",
          value: Number(m[2]),
          unit: "count",
          n: Number(m[1]),
          note: "exits to work, subsidised work or studies, as one figure",
          ...at(2),
          section,
          approximate: false,
        });
        facts.push({
          ...b,
          category: "joint_assessment",
          value: Number(m[3]),
          source_label: "gemensamma kartläggningen hos FK/AF",
          ...at(3),
        });
        facts.push({
          ...b,
          category: "job_seeker",
          value: Number(m[4]),
          source_label: "arbetssökande på arbetsförmedlingen",
          ...at(4),
        });
      },
    },
    {
      name: "positive_step_rate_exits",
      re: /(\d+(?:,\d+)?)\s?% \((\d+)\/(\d+)\) av individerna har vid avslut gjort en positiv stegförflyttning/g,
      emit: (m, at) => {
        const ind = {
          table: "indicator" as const,
          year,
          scope: "federation",
          gender: "all" as const,
          n: Number(m[3]),
          section,
        };
        facts.push({
          ...ind,
          indicator: "positive_step_rate_reported",
          value: num(m[1]!),
          unit: "percent",
          note: "positive-step rate as the federation reports it (exit section)",
          ...at(1),
          approximate: false,
        });
        facts.push({
          ...ind,
          indicator: "positive_step_count_reported",
          value: Number(m[2]),
          unit: "count",
          note: "positive steps as the federation counts them (exit section)",
          ...at(2),
          approximate: false,
        });
      },
    },
    {
      name: "socioeconomic_work",
      re: /var det (\d+) deltagare som avslutades till arbete.{0,200}?(\d+) deltagare x ([\d ]+) kr x (\d+) ?mån, totalt ([\d ]+) kr/g,
      emit: (m, at) => {
        facts.push({
          table: "participant_breakdown",
          intervention: null,
          year,
          population: "exited",
          dimension: "exit_outcome",
          category: "work",
          value: Number(m[1]),
          source_label: "avslutades till arbete (socioekonomisk beräkning)",
          ...at(1),
          section,
          approximate: false,
        });
        socio(
          "socioeconomic_saving_work",
          num(m[5]!),
          "sek",
          Number(m[2]),
          "saving from participants who went to work: n × monthly effect × months",
          at(5),
        );
      },
    },
    {
      name: "socioeconomic_studies",
      re: /ytterligare (\d+) personer börjat studera.{0,300}?(\d+) deltagare x ([\d ]+) kr x (\d+) mån, totalt\s*(?:ytterligare\s*)?([\d ]+?) kr/g,
      emit: (m, at) => {
        facts.push({
          table: "participant_breakdown",
          intervention: null,
          year,
          population: "exited",
          dimension: "exit_outcome",
          category: "studies",
          value: Number(m[1]),
          source_label: "börjat studera efter avslutad insats (socioekonomisk beräkning)",
          ...at(1),
          section,
          approximate: false,
        });
        socio(
          "socioeconomic_saving_studies",
          num(m[5]!.trim()),
          "sek",
          Number(m[2]),
          "saving from participants who went on to studies: n × monthly cost × months",
          at(5),
        );
      },
    },
    {
      name: "socioeconomic_total",
      re: /förbundet har sparat .{0,40}? ([\d ]+?) kr under (20\d\d)/g,
      emit: (m, at) =>
        socio("socioeconomic_saving_total", num(m[1]!.trim()), "sek", null, "total estimated saving to society", at(1)),
    },
    {
      name: "socioeconomic_parameters",
      re: /ersättning offentlig försörjning per person och månad är (ca )?([\d ]+?) kr.{0,60}?administrativ kostnad .{0,120}? är ([\d ]+?) kr per person och månad.{0,80}?arbeta med (ca )?([\d ]+?) kr\/månad \(vid heltidsarbete med grundlön ([\d ]+?) kr\).{0,120}? är därmed ([\d ]+?) kr i minskade kostnader och ([\d ]+?) kr i ökade samhällsintäkter, totalt ([\d ]+?) kr per månad/g,
      emit: (m, at) => {
        const p = (indicator: string, g: number, note: string, approximate = false) =>
          facts.push({
            table: "indicator",
            year,
            scope: "federation",
            indicator,
            gender: "all",
            value: num(m[g]!.trim()),
            unit: "sek_per_month",
            n: null,
            note,
            ...at(g),
            section,
            approximate,
          });
        p(
          "socioeconomic_public_support_per_month",
          2,
          "average public support per person and month (schablon)",
          !!m[1],
        );
        p("socioeconomic_admin_cost_per_month", 3, "administrative cost per person and month (schablon)");
        p(
          "socioeconomic_new_tax_income_per_month",
          5,
          "new tax income per person in work and month (schablon)",
          !!m[4],
        );
        p("socioeconomic_base_salary_per_month", 6, "full-time base salary assumed");
        p("socioeconomic_reduced_cost_per_month", 7, "reduced public cost per person in work and month");
        p("socioeconomic_increased_income_per_month", 8, "increased public income per person in work and month");
        p("socioeconomic_total_effect_per_month", 9, "total effect per person in work and month");
      },
    },
    {
      name: "intervention_budget_prose",
      re: /helårsbudgeten för insats- och projektmedel år (20\d\d) på kr ([\d ]+?)\./g,
      emit: (m, at) =>
        facts.push({
          table: "finance",
          year: Number(m[1]),
          basis: "budget",
          item: "intervention_budget_total",
          amount_sek: num(m[2]!.trim()),
          value: null,
          source_label: "helårsbudgeten för insats- och projektmedel (text)",
          ...at(2),
          section,
          approximate: false,
        }),
    },
    {
      name: "intervention_costs_budgeted_goal",
      re: /Budgeterade insatskostnader var\s+([\d ]+?) kr och utfallet blev\s+([\d ]+?) kr vilket i procent innebär (\d+(?:,\d+)?) ?% i avvikelse/g,
      emit: (m, at) => {
        facts.push({
          table: "finance",
          year,
          basis: "budget",
          item: "intervention_budget_total",
          amount_sek: num(m[1]!.trim()),
          value: null,
          source_label: "Budgeterade insatskostnader (måluppföljning)",
          ...at(1),
          section,
          approximate: false,
        });
        facts.push({
          table: "finance",
          year,
          basis: "actual",
          item: "grants_paid",
          amount_sek: num(m[2]!.trim()),
          value: null,
          source_label: "utfallet (måluppföljning)",
          ...at(2),
          section,
          approximate: false,
        });
      },
    },
    {
      name: "equity_guideline",
      re: /eget kapital kunna uppgå till ([\d ]+?) kr och utfallet blev (20\d\d) att förbundets behållning blev ([\d ]+?) kr/g,
      emit: (m, at) => {
        facts.push({
          table: "finance",
          year: Number(m[2]),
          basis: "actual",
          item: "equity_guideline_cap",
          amount_sek: num(m[1]!.trim()),
          value: null,
          source_label: "eget kapital enligt NR riktlinjer kunna uppgå till",
          ...at(1),
          section,
          approximate: false,
        });
        facts.push({
          table: "finance",
          year: Number(m[2]),
          basis: "actual",
          item: "equity_end",
          amount_sek: num(m[3]!.trim()),
          value: null,
          source_label: "förbundets behållning (måluppföljning)",
          ...at(3),
          section,
          approximate: false,
        });
      },
    },
    {
      name: "share_to_interventions",
      re: /medlemsintäkter på\s+([\d ]+?) kr och en budgeterad kostnad för de individinriktade insatserna på ([\d ]+?) kr där utfallet blev ([\d ]+?) kr, vilket motsvarar (\d+(?:,\d+)?) ?%/g,
      emit: (m, at) => {
        facts.push({
          table: "finance",
          year,
          basis: "actual",
          item: "member_revenue",
          amount_sek: num(m[1]!.trim()),
          value: null,
          source_label: "medlemsintäkter (måluppföljning)",
          ...at(1),
          section,
          approximate: false,
        });
        facts.push({
          table: "indicator",
          year,
          scope: "federation",
          indicator: "share_to_interventions_reported",
          gender: "all",
          value: num(m[4]!),
          unit: "percent",
          n: null,
          note: "share of member revenue paid to individual interventions, as reported",
          ...at(4),
          section,
          approximate: false,
        });
      },
    },
    {
      name: "share_to_interventions_budget",
      re: /\((\d+(?:,\d+)?) ?% resp (\d+(?:,\d+)?) ?%\)/g,
      emit: (m, at) =>
        facts.push({
          table: "indicator",
          year,
          scope: "federation",
          indicator: "share_to_interventions_budget_reported",
          gender: "all",
          value: num(m[2]!),
          unit: "percent",
          n: null,
          note: "share of member revenue budgeted for individual interventions, as reported",
          ...at(2),
          section,
          approximate: false,
        }),
    },
    {
      name: "mean_age",
      re: /redovisat (\d+) deltagares åldersspann.{0,300}?medelålder på deltagarna hamnar på (\d+(?:,\d+)?) år mot föregående år \((20\d\d)\) på (\d+(?:,\d+)?) år/g,
      emit: (m, at) => {
        facts.push({
          table: "indicator",
          year,
          scope: "federation",
          indicator: "mean_age",
          gender: "all",
          value: num(m[2]!),
          unit: "years",
          n: Number(m[1]),
          note: "approximate mean age of participants",
          ...at(2),
          section,
          approximate: true,
        });
        facts.push({
          table: "indicator",
          year: Number(m[3]),
          scope: "federation",
          indicator: "mean_age",
          gender: "all",
          value: num(m[4]!),
          unit: "years",
          n: null,
          note: "approximate mean age of participants (previous year, quoted in the next report)",
          ...at(4),
          section,
          approximate: true,
        });
      },
    },
    {
      name: "education_shares",
      re: /(\d+) procent enbart grundskola och (\d+)\s+procent har fullföljt gymnasieutbildningen/g,
      emit: (m, at) => {
        facts.push({
          table: "indicator",
          year,
          scope: "federation",
          indicator: "share_compulsory_only",
          gender: "all",
          value: Number(m[1]),
          unit: "percent",
          n: null,
          note: "share with compulsory school only, of participants whose education is known",
          ...at(1),
          section,
          approximate: false,
        });
        facts.push({
          table: "indicator",
          year,
          scope: "federation",
          indicator: "share_upper_secondary",
          gender: "all",
          value: Number(m[2]),
          unit: "percent",
          n: null,
          note: "share who completed upper secondary school, of participants whose education is known",
          ...at(2),
          section,
          approximate: false,
        });
      },
    },
    {
      name: "time_in_support_shares",
      re: /(\d+) procent av deltagarna har haft offentlig försörjning i mer än ett år och (ca )?(\d+) procent av\s*deltagarna har haft offentlig försörjning i mer än fem år\. Medelsnittet ligger på (ca )?(\d+(?:,\d+)?) år/g,
      emit: (m, at) => {
        const ind = {
          table: "indicator" as const,
          year,
          scope: "federation",
          gender: "all" as const,
          n: null,
          section,
        };
        facts.push({
          ...ind,
          indicator: "share_support_over_1y",
          value: Number(m[1]),
          unit: "percent",
          note: "share of enrolled participants with more than one year in public support",
          ...at(1),
          approximate: false,
        });
        facts.push({
          ...ind,
          indicator: "share_support_over_5y",
          value: Number(m[3]),
          unit: "percent",
          note: "share of enrolled participants with more than five years in public support",
          ...at(3),
          approximate: !!m[2],
        });
        facts.push({
          ...ind,
          indicator: "mean_years_in_support",
          value: num(m[5]!),
          unit: "years",
          note: "mean time in public support",
          ...at(5),
          approximate: !!m[4],
        });
      },
    },
    {
      name: "stakeholder_meetings",
      // The organisational goal's outcome: visits and presentations, often in words ("två medlemsdialoger").
      re: /(\d+|\p{L}+) besök i kommunfullmäktige, (\d+|\p{L}+) medlemsdialoger med kommunerna samt (\d+|\p{L}+) möte med Regionledning/gu,
      after: " besök i kommunfullmäktige, ",
      emit: (m, at) => {
        const parts = [
          [1, "council_visits", "visits to municipal councils (kommunfullmäktige)"],
          [2, "member_dialogues", "member dialogues with the municipalities"],
          [3, "region_leadership_meetings", "meetings with the region's leadership"],
        ] as const;
        for (const [g, indicator, note] of parts) {
          const v = countWord(m[g]!);
          if (Number.isFinite(v))
            facts.push({
              table: "indicator",
              year,
              scope: "federation",
              indicator,
              gender: "all",
              value: v,
              unit: "count",
              n: null,
              note,
              ...at(g),
              section,
              approximate: false,
            });
        }
      },
    },
    {
      name: "information_sessions",
      re: /(\d+|\p{L}+) informationer har hållits under ((?:19|20)\d\d)/gu,
      after: " informationer har hållits under ",
      emit: (m, at) => {
        const v = countWord(m[1]!);
        if (Number.isFinite(v))
          facts.push({
            table: "indicator",
            year: Number(m[2]),
            scope: "federation",
            indicator: "information_sessions",
            gender: "all",
            value: v,
            unit: "count",
            n: null,
            note: "presentations of the federation to stakeholders",
            ...at(1),
            section,
            approximate: false,
          });
      },
    },
    {
      name: "training_participants",
      re: /Sammanlagt har ett (\d+)-tal personer gått dessa utbildningar/g,
      emit: (m, at) =>
        facts.push({
          table: "indicator",
          year,
          scope: "federation",
          indicator: "training_participants",
          gender: "all",
          value: Number(m[1]),
          unit: "count",
          n: null,
          note: "people trained in structural interventions (education for partner staff)",
          ...at(1),
          section,
          approximate: true,
        }),
    },
    {
      name: "staff_by_gender",
      re: /Vi är (\d+(?:,\d+)?) tjänster på förbundets kansli\. (\w+) kvinnor och (\w+) man är anställda/g,
      emit: (m, at) => {
        facts.push({
          table: "finance",
          year,
          basis: "actual",
          item: "staff_fte",
          amount_sek: null,
          value: num(m[1]!),
          source_label: "tjänster på förbundets kansli",
          ...at(1),
          section,
          approximate: false,
        });
        for (const [g, gender] of [
          [2, "woman"],
          [3, "man"],
        ] as const) {
          const v = countWord(m[g]!);
          if (Number.isFinite(v))
            facts.push({
              table: "indicator",
              year,
              scope: "federation",
              indicator: "staff_employed",
              gender,
              value: v,
              unit: "count",
              n: null,
              note: "people employed by the federation",
              ...at(g),
              section,
              approximate: false,
            });
        }
      },
    },
    {
      name: "auditor_balance_result",
      re: /balanskravsresultatet är negativt om (\d+(?:,\d+)?) mnkr/g,
      emit: (m, at) =>
        facts.push({
          table: "finance",
          year,
          basis: "actual",
          item: "balance_result",
          amount_sek: -Math.round(num(m[1]!) * UNIT_FACTOR.mkr),
          value: null,
          source_label: "revisorerna: balanskravsresultatet är negativt om … mnkr",
          ...at(1),
          section,
          approximate: true,
        }),
    },
    {
      name: "balance_result",
      re: /= Balanskravsresultat\s+(-?[\d ]+\d)/g,
      emit: (m, at) =>
        facts.push({
          table: "finance",
          year,
          basis: "actual",
          item: "balance_result",
          amount_sek: num(m[1]!.trim()),
          value: null,
          source_label: "Balanskravsresultat",
          ...at(1),
          section: "balance_requirement",
          approximate: false,
        }),
    },
  ];

  function socio(
    indicator: string,
    value: number,
    unit: "sek",
    n: number | null,
    note: string,
    where: { line: number; text: string },
  ) {
    facts.push({
      table: "indicator",
      year,
      scope: "federation",
      indicator,
      gender: "all",
      value,
      unit,
      n,
      note,
      ...where,
      section,
      approximate: false,
    });
  }

  return rules;
}
