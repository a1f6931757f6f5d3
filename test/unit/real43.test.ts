/**
 * Shapes of real published pages from the r43-real probes and set 35b, in made-up federations' words.
 * Each rule has a case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { parseSplitHeader } from "../../loaders/extract/general/columnHeaders.ts";
import { blankThreadNumbers } from "../../loaders/extract/text/threadNumbers.ts";
import { lastYearIsReportYear, writtenAfterYear } from "../../loaders/extract/general/writtenLater.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[], year: number) => new DocumentText("harvmo/2025-annual-report", lines, year);
/** Participant figures read from running text, as "year:measure/gender=value" or "year:category=value". */
const figures = (lines: string[], year = 2025) =>
  (parseProseFigures(doc(lines, year)).facts as AnyFact[]).map((f) =>
    f.table === "participant_count"
      ? `${f.year}:${f.measure}/${f.gender}=${f.value}`
      : f.table === "participant_breakdown"
        ? `${f.year}:${f.category}=${f.value}`
        : `${f.table}:${f.year}:${f.value}`,
  );
/** The counts a sentence's grammar reads, as "measure/gender=value". */
const counts = (sentence: string) =>
  readSentence(sentence, { year: 2025 })
    .figures.filter((f) => f.kind === "count")
    .map((f) => (f.kind === "count" ? `${f.measure}/${f.gender}=${f.token.value}` : ""));

describe("a page of folding questions ('+ Hur många …?') put to the federation", () => {
  const page = (third: string[]) => [
    "Frågor och svar",
    "",
    "+ Vad gör ett samordningsförbund?",
    "  Fyra parter finansierar tillsammans stöd till den som behöver hjälp från flera håll.",
    "",
    "+ Hur många tog del av ert stöd förra året?",
    "  Under 2025 deltog 182 personer i de insatser vi finansierar. 70 av dem var nya.",
    "",
    ...third,
    "",
    "+ Var finns årsredovisningen?",
    "  Under fliken Dokument.",
  ];

  it("reads an answer pointing back at its question's group as the federation's (must fire)", () => {
    const out = figures(
      page([
        "▸ Hur många gick vidare till jobb eller studier?",
        "  Av dem som slutade 2025 fick 33 arbete och 12 började studera.",
      ]),
    );
    expect(out).toContain("2025:enrolled/all=182");
    expect(out).toContain("2025:work=33");
    expect(out).toContain("2025:studies=12");
  });

  it("leaves an answer to a question naming an intervention, and a lone folded question, alone (must not fire)", () => {
    const named = figures(
      page([
        "+ Hur många gick vidare från Brobygget?",
        "  Av dem som slutade 2025 fick 33 arbete och 12 började studera.",
      ]),
    );
    expect(named).not.toContain("2025:work=33");
    // One folding question on a page that puts none to the federation: whose the answer is stays open.
    const lone = figures([
      "Nyheter",
      "",
      "+ Hur gick det för deltagarna?",
      "  Av dem som slutade 2025 fick 33 arbete och 12 började studera.",
    ]);
    expect(lone).not.toContain("2025:work=33");
  });
});

describe("a bare count with its gender split after a document's or an answer's lead", () => {
  it("reads the count as the year's participants (must fire)", () => {
    expect(counts("Verksamhetsberättelsen anger 240 deltagare (131 kvinnor, 109 män), varav 101 nya.")).toEqual(
      expect.arrayContaining(["enrolled/all=240", "enrolled/woman=131", "enrolled/man=109", "new/all=101"]),
    );
    expect(counts("– 240 deltagare under 2025 (131 kvinnor, 109 män), varav 101 nya")).toContain("enrolled/all=240");
    expect(counts("AB: Ja, 240 är personer i insatserna 2025 (131 kvinnor och 109 män).")).toContain(
      "enrolled/all=240",
    );
  });

  it("leaves a split that does not add up, a survey's respondents and a seminar's audience (must not fire)", () => {
    expect(counts("Verksamhetsberättelsen anger 240 deltagare (120 kvinnor, 109 män), varav 101 nya.")).not.toContain(
      "enrolled/all=240",
    );
    expect(counts("I enkäten anger 44 deltagare (30 kvinnor, 14 män) att de fått bättre hälsa.")).toEqual([]);
    expect(counts("Seminariet anger 90 deltagare (60 kvinnor, 30 män).")).not.toContain("enrolled/all=90");
    expect(counts("Kansliet anger 240 deltagare (131 kvinnor, 109 män) som mål för 2026.")).not.toContain(
      "enrolled/all=240",
    );
  });
});

describe("a split header with a change column over no year ('Utfall Utfall Förändring Budget' / '2025 2024 2025')", () => {
  const basis = "                                    Utfall      Utfall     Förändring    Budget";
  const years = "                                      2025        2024                     2025";
  it("gives each year to the word above it and the change its own column (must fire)", () => {
    const h = parseSplitHeader(basis.trim(), years.trim(), { basis, year: years });
    expect(h?.columns.map((c) => (c.kind === "amount" ? `${c.basis}:${c.year}` : c.kind))).toEqual([
      "actual:2025",
      "actual:2024",
      "unknown",
      "budget:2025",
    ]);
  });

  it("leaves a header whose 'Utfall' or 'Budget' has no year under it, or a year between two words, unread (must not fire)", () => {
    const noBudgetYear = "                                      2025        2024        ";
    expect(parseSplitHeader(basis.trim(), noBudgetYear.trim(), { basis, year: noBudgetYear })).toBeNull();
    const between = "                                            2025     2024                2025";
    expect(parseSplitHeader(basis.trim(), between.trim(), { basis, year: between })).toBeNull();
  });
});

describe("a thread's opening post numbered at its end ('… en tråd. 1/5')", () => {
  const thread = [
    "Förbundet Ormvik · 2 mars 2026",
    "Så gick vårt 2025 – en tråd. 1/5",
    "",
    "2/5 I våra insatser deltog 240 personer under 2025.",
    "3/5 Av dem var 90 nya.",
    "4/5 88 avslutade sin insats.",
    "5/5 Läs mer på webben.",
  ];

  it("blanks the closing number as the thread's other post numbers are (must fire)", () => {
    const out = blankThreadNumbers(thread)!;
    expect(out[1]!.trimEnd()).toBe("Så gick vårt 2025 – en tråd.");
    expect(out[1]).toHaveLength(thread[1]!.length);
    expect(out[3]!.trim()).toBe("I våra insatser deltog 240 personer under 2025.");
  });

  it("leaves a closing fraction outside a thread, of another size, or one a post already opens on (must not fire)", () => {
    expect(blankThreadNumbers(["Så gick vårt år. 1/5", "2/5 Mer text här."])).toBeUndefined();
    const other = blankThreadNumbers([...thread.slice(0, 1), "Andelen var 1/4", ...thread.slice(2)])!;
    expect(other[1]).toBe("Andelen var 1/4");
    const taken = blankThreadNumbers([...thread.slice(0, 1), "Som sagt i 3/5", ...thread.slice(2)])!;
    expect(taken[1]).toBe("Som sagt i 3/5");
  });
});

describe("a recording looking back on the year ('Textning till filmen \"Året som gått 2025\"'): its 'förra året'", () => {
  const film = (head: string[]) =>
    new DocumentText(
      "harvmo/2025-annual-report",
      [...head, "", "Förra året hade vi", "236 deltagare i våra insatser."],
      2025,
    );

  it("is the report's year, said fronted as 'Under året' (must fire)", () => {
    const d = film(['Undertexter till videon "Så blev vårt 2025" – Samordningsförbundet Härvmo']);
    expect(writtenAfterYear(d)).toBe(true);
    expect(lastYearIsReportYear(d, "Förra året hade vi 236 deltagare i våra insatser.")).toBe(
      "Under året hade vi 236 deltagare i våra insatser.",
    );
    const pod = film(["Poddavsnitt 14: vi blickar tillbaka på 2025 med förbundschefen"]);
    expect(writtenAfterYear(pod)).toBe(true);
  });

  it("stays the year before in an annual report, a trailer, or a recording naming another year (must not fire)", () => {
    expect(writtenAfterYear(film(["Årsredovisning 2025", "Året som gått 2025"]))).toBe(false);
    expect(writtenAfterYear(film(['Trailer till filmen "Året som gått 2025"']))).toBe(false);
    expect(writtenAfterYear(film(["Filmen om året som gått 2025 och jämförelsen med 2024"]))).toBe(false);
    expect(writtenAfterYear(film(["Filmen om vår verksamhet 2025"]))).toBe(false);
  });
});

describe("a list under a lead opening on the federation and ending on its colon", () => {
  const minutes = (lead: string[], bullets: string[]) => [
    "SOCIALNÄMNDEN I ÖRNBY",
    "",
    "§ 12 Meddelanden",
    "",
    ...lead,
    ...bullets,
    "",
    "Nämnden lägger meddelandena till handlingarna.",
  ];
  const bullets = ["  – 206 avslutade; 51 till arbete och 19 till studier", "  – av deltagarna var 88 bosatta i Örnby"];

  it("reads the bullets naming no one as the federation's (must fire)", () => {
    const out = figures(
      minutes(
        ["1. Samordningsförbundet Härvmo, protokoll 2026-02-20, § 4 Årsredovisning 2025.", "   Kansliets sammandrag:"],
        bullets,
      ),
    );
    expect(out).toContain("2025:exited/all=206");
    expect(out).toContain("2025:work=51");
    expect(out).toContain("2025:studies=19");
    expect(out.some((f) => f.endsWith("=88"))).toBe(false);
  });

  it("leaves a list led by another federation, by one intervention, or by a lead without its colon (must not fire)", () => {
    const other = figures(
      minutes(
        ["1. Samordningsförbundet Gråby, protokoll 2026-02-20, § 4 Årsredovisning 2025.", "   Sammandrag:"],
        bullets,
      ),
    );
    expect(other).not.toContain("2025:exited/all=206");
    const one = figures(
      minutes(["1. Samordningsförbundet Härvmo, slutrapport för insatsen Brobygget 2025.", "   Sammandrag:"], bullets),
    );
    expect(one).not.toContain("2025:exited/all=206");
    const noColon = figures(
      minutes(["1. Samordningsförbundet Härvmo, protokoll 2026-02-20, § 4 Årsredovisning 2025."], bullets),
    );
    expect(noColon).not.toContain("2025:exited/all=206");
  });
});

describe("figures given as the federation's own word ('…, enligt förbundet')", () => {
  const page = (line: string) => ["LIVE: Fullmäktige i Örnby", "", `14.05  ${line}`];

  it("are the federation's where the sentence names no one (must fire)", () => {
    const out = figures(page("Av de 140 som avslutade gick 44 till arbete och 15 till studier, uppger förbundet."));
    expect(out).toContain("2025:exited/all=140");
    expect(out).toContain("2025:work=44");
  });

  it("are not where another federation, one intervention or a span since the start is named (must not fire)", () => {
    expect(figures(page("Av de 140 som avslutade gick 44 till arbete, enligt Samordningsförbundet Gråby."))).toEqual(
      [],
    );
    expect(figures(page("Insatsen Brobygget hade 45 deltagare, enligt förbundet."))).not.toContain(
      "2025:enrolled/all=45",
    );
    expect(figures(page("Sedan starten har 900 personer deltagit, enligt förbundet."))).toEqual([]);
  });
});

describe("a bare count after a short tag that is no answer's ('AF: 45 deltagare (…)')", () => {
  it("is left unread: an agency's or an intervention's tag names whose the count is (must not fire)", () => {
    expect(counts("AF: 45 deltagare (20 kvinnor, 25 män).")).toEqual([]);
    expect(counts("KAA: 45 deltagare (20 kvinnor, 25 män), varav 12 nya.")).not.toContain("enrolled/all=45");
  });
});

describe("a bare count told by a body rather than a document ('Arbetsförmedlingen anger 45 deltagare (…)')", () => {
  it("is left unread (must not fire)", () => {
    expect(counts("Arbetsförmedlingen anger 45 deltagare (20 kvinnor, 25 män).")).toEqual([]);
    expect(counts("Årsrapporten anger 45 deltagare (20 kvinnor, 25 män).")).toContain("enrolled/all=45");
  });
});
