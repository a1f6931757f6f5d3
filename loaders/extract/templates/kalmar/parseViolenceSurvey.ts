/**
 * The domestic-violence (VNR, "Stoppa våldet") survey in the annual report: responses by
 * gender and age, and the shares answering yes, read line by line within its section.
 */
import type { Gender } from "../../../reference/codes.ts";
import type { FactInput } from "../../../schema/facts.ts";
import type { DocumentText, ParseOutput } from "../../documentText.ts";
import { countWord, num } from "./proseNumbers.ts";

/** The domestic-violence (VNR, "Stoppa våldet") survey figures. */
export function parseViolenceSurvey(doc: DocumentText, facts: FactInput[], coverage: ParseOutput["coverage"]) {
  const start = doc.find(/^Stoppa Våldet\s*$/i);
  if (start === undefined) {
    coverage.push({
      section: "vnr_survey",
      status: "missing",
      line: null,
      facts: 0,
      note: "section 'Stoppa Våldet' not found",
    });
    return;
  }
  const before = facts.length;
  const year = doc.periodYear;
  const scope = "project:stoppa-valdet";
  const add = (
    indicator: string,
    value: number,
    unit: "percent" | "count",
    line: number,
    gender: Gender = "all",
    n: number | null = null,
    note: string | null = null,
  ) =>
    facts.push({
      table: "indicator",
      year,
      scope,
      indicator,
      gender,
      value,
      unit,
      n,
      note,
      line,
      text: doc.at(line),
      section: "vnr_survey",
      approximate: false,
    });
  const end = doc.find(/^Våld i nära relationer 20\d\d|^Utvärdering Individer/, start) ?? doc.lineCount;
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
      if (Number.isFinite(u))
        add("vnr_responses", u, "count", n, "unknown", null, "survey responses, gender not given");
    }
    for (const a of t.matchAll(/[Åå]ldersgruppen (\d+)[–-](\d+) år (?:är )?(\d+) individer/g))
      add(
        `vnr_responses_age_${a[1]}_${a[2]}`,
        Number(a[3]),
        "count",
        n,
        "all",
        null,
        `survey responses aged ${a[1]}–${a[2]}`,
      );
    m = /(\d+(?:,\d+)?)% svarar för första gången, (\d+(?:,\d+)?)%/.exec(t);
    if (m) {
      add("vnr_first_response_share", num(m[1]!), "percent", n, "all", responses, "share answering for the first time");
      add(
        "vnr_second_response_share",
        num(m[2]!),
        "percent",
        n,
        "all",
        responses,
        "share answering for the second time",
      );
    }
    m = /^svarar för tredje gången|(\d+(?:,\d+)?)% svarar för tredje gången/.exec(t);
    if (m?.[1])
      add("vnr_third_response_share", num(m[1]), "percent", n, "all", responses, "share answering for the third time");
    m = /(\d+)% har svarat ja på minst en fråga/.exec(t);
    if (m)
      add(
        "vnr_any_violence_share",
        Number(m[1]),
        "percent",
        n,
        "all",
        null,
        "unique respondents answering yes to at least one question on violence",
      );
    m = /så ser vi att (\d+)\s*$/.exec(t);
    const next = doc.at(n + 1);
    const w = m ? /^individer av (\d+) har svarat ja/.exec(next) : null;
    if (m && w)
      add(
        "vnr_any_violence_count",
        Number(m[1]),
        "count",
        n,
        "woman",
        Number(w[1]),
        "women answering yes to at least one question on violence",
      );
    m = /procentsats\s*$/.exec(t) ? null : /^på (\d+(?:,\d+)?)% som har upplevelse av våld/.exec(t);
    if (m)
      add(
        "vnr_any_violence_share",
        num(m[1]!),
        "percent",
        n,
        "woman",
        null,
        "women answering yes to at least one question on violence",
      );
    m = /uppkommer till (\d+) jakande svar av (\d+) inkomna/.exec(`${t} ${next}`);
    if (m && /uppkommer till/.test(t))
      add(
        "vnr_any_violence_count",
        Number(m[1]),
        "count",
        n,
        "man",
        Number(m[2]),
        "men answering yes to at least one question on violence",
      );
    m = /^en procent på (\d+(?:,\d+)?) ?%/.exec(t);
    if (m)
      add(
        "vnr_any_violence_share",
        num(m[1]!),
        "percent",
        n,
        "man",
        null,
        "men answering yes to at least one question on violence",
      );
    m = /^(Fysiskt våld|Sexuellt våld|Psykiskt våld|kränkningar)\s+(\d+) (\d+)% (\d+) (\d+)%/.exec(t);
    if (m) {
      const kind = {
        "Fysiskt våld": "physical",
        "Sexuellt våld": "sexual",
        "Psykiskt våld": "psychological",
        kränkningar: "sexual_harassment",
      }[m[1]!]!;
      add(
        `vnr_${kind}_violence_count`,
        Number(m[2]),
        "count",
        n,
        "woman",
        null,
        `women answering yes: ${m[1]} by a close person`,
      );
      add(
        `vnr_${kind}_violence_share`,
        Number(m[3]),
        "percent",
        n,
        "woman",
        null,
        `women answering yes: ${m[1]} by a close person`,
      );
      add(
        `vnr_${kind}_violence_count`,
        Number(m[4]),
        "count",
        n,
        "man",
        null,
        `men answering yes: ${m[1]} by a close person`,
      );
      add(
        `vnr_${kind}_violence_share`,
        Number(m[5]),
        "percent",
        n,
        "man",
        null,
        `men answering yes: ${m[1]} by a close person`,
      );
    }
    // "Sexuella / kränkningar / (blank) / 65 45% 6 6%": a row label wrapped over lines.
    m = /^(\d+) (\d+)% (\d+) (\d+)%\s*$/.exec(t);
    if (m && /kränkningar/i.test(doc.join(Math.max(start, n - 3), n - 1))) {
      add(
        "vnr_sexual_harassment_count",
        Number(m[1]),
        "count",
        n,
        "woman",
        null,
        "women answering yes: sexual harassment by a close person",
      );
      add(
        "vnr_sexual_harassment_share",
        Number(m[2]),
        "percent",
        n,
        "woman",
        null,
        "women answering yes: sexual harassment by a close person",
      );
      add(
        "vnr_sexual_harassment_count",
        Number(m[3]),
        "count",
        n,
        "man",
        null,
        "men answering yes: sexual harassment by a close person",
      );
      add(
        "vnr_sexual_harassment_share",
        Number(m[4]),
        "percent",
        n,
        "man",
        null,
        "men answering yes: sexual harassment by a close person",
      );
    }
    m = /(\d+(?:,\d+)?) ?% svarar ja(?:g)? på denna/.exec(t);
    if (m) {
      const q = doc.join(Math.max(start, n - 2), n);
      const which = /hotad, kontrollerad/.test(q)
        ? "threatened_controlled"
        : /slagen, sparkad/.test(q)
          ? "physical"
          : /sexuella handlingar/.test(q)
            ? "sexual_pressure"
            : /sexuella kränkningar/.test(q)
              ? "sexual_harassment"
              : undefined;
      if (which)
        add(
          `vnr_question_${which}_share`,
          num(m[1]!),
          "percent",
          n,
          "all",
          null,
          "share answering yes to the question, both genders",
        );
    }
    m = /Så svarar (\d+(?:,\d+)?)% ja\s+medan (\d+(?:,\d+)?)% svarar nej|Så svarar (\d+(?:,\d+)?)% ja/.exec(t);
    if (m)
      add(
        "vnr_used_violence_share",
        num((m[1] ?? m[3])!),
        "percent",
        n,
        "all",
        null,
        "share answering yes to having used violence against someone as an adult",
      );
    m = /svarar (\d+(?:,\d+)?) ?% att de har fått det/.exec(t);
    if (m)
      add(
        "vnr_asked_before_share",
        num(m[1]!),
        "percent",
        n,
        "all",
        null,
        "share who had been asked about violence before",
      );
    m = /Från (\d+) svar förra året till (\d+) svar i år/.exec(t);
    if (m)
      facts.push({
        table: "indicator",
        year: year - 1,
        scope,
        indicator: "vnr_responses",
        gender: "all",
        value: Number(m[1]),
        unit: "count",
        n: null,
        note: "survey responses (previous year, quoted in the next report)",
        line: n,
        text: t,
        section: "vnr_survey",
        approximate: false,
      });
  }
  coverage.push({
    section: "vnr_survey",
    status: facts.length > before ? "parsed" : "missing",
    line: start,
    facts: facts.length - before,
    note: "diagrams in bilaga 10 are images",
  });
}
