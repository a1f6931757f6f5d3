/**
 * Shapes of running text from the sixth held-out set, in made-up federations' words: a paragraph
 * whose sentences each end a line, "Nya under året var 41", "fick 118 personer stöd", a gender
 * split in a bracket after a labelled count, destinations after the year's exits named again as a
 * base, the turnover as a verb, and a result signed by revenue − costs.
 */
import { describe, expect, it } from "vitest";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { findAmounts } from "../../loaders/extract/numbers.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const counts = (s: string) =>
  readSentence(s, { year: 2024 }).figures.map(
    (f) =>
      `${f.kind === "count" ? `${f.measure}/${f.gender}` : f.kind === "exit_outcome" ? f.category : f.indicator}=${f.token.value}`,
  );
/** The participant figures the annual report's readers store from running text. */
const prose = (text: string, year = 2024) =>
  (parseAnnualReport(docOf(text.split("\n"), year)).facts as AnyFact[])
    .filter((f) => f.section === "general:prose")
    .map((f) => {
      const what = f.table === "participant_count" ? `${f.measure}/${f.gender}` : (f.category ?? f.indicator);
      return `${f.intervention ?? "förbundet"} ${what}=${f.value}${f.n ? ` n=${f.n}` : ""}`;
    });

describe("the grammar of a count said as who got support, or as the measure's subject", () => {
  it("reads 'fick N personer stöd' as enrolled with its split, and 'Nya under året var N' as new", () => {
    expect(
      counts("Totalt fick 118 personer stöd i förbundets insatser under 2024, varav 66 kvinnor och 52 män."),
    ).toEqual(["enrolled/all=118", "enrolled/woman=66", "enrolled/man=52"]);
    expect(counts("Nya under året var 41.")).toEqual(["new/all=41"]);
    expect(counts("Avslutade deltagare under året blev 47.")).toEqual(["exited/all=47"]);
  });

  it("reads a labelled count with its gender split in a bracket, and not a bracket of other figures", () => {
    expect(counts("Deltagare i insatser 2024: 140 (80 kvinnor, 60 män)")).toEqual([
      "enrolled/all=140",
      "enrolled/woman=80",
      "enrolled/man=60",
    ]);
    expect(counts("Deltagare i insatser 2024: 140 (80, 60)")).toEqual([]);
  });

  it("reads 'en annan positiv stegförflyttning' as a destination of its own, and not a positive step alone", () => {
    expect(counts("Av de 60 avslutade gick 20 till arbete och 6 fick en annan positiv stegförflyttning.")).toEqual([
      "exited/all=60",
      "work=20",
      "other_positive=6",
    ]);
    expect(counts("Av de 60 avslutade fick 31 en positiv stegförflyttning.")).toEqual(["exited/all=60"]);
  });

  it("must not read support given to others, a target or a plan as the measure's subject", () => {
    expect(counts("Under året fick 35 arbetsgivare stöd av förbundet.")).toEqual([]);
    expect(counts("Nya mål under året var 41.")).toEqual([]);
    expect(counts("Nya platser under året var 12.")).toEqual([]);
  });
});

describe("a paragraph whose sentences each end a line", () => {
  const paragraph = [
    "Deltagare per kommun",
    "",
    "Totalt fick 118 personer stöd i förbundets insatser under 2024, varav 66 kvinnor och 52 män.",
    "Nya under året var 41. Under året avslutades 47 deltagare, 25 kvinnor och 22 män.",
    "Tolv av dem gick till arbete och fem till studier, alltså 36 procent av de avslutade.",
  ];

  it("keeps the federation's scope from line to line, with the year 'under året' names", () => {
    expect(prose(paragraph.join("\n"))).toEqual([
      "förbundet enrolled/all=118",
      "förbundet enrolled/woman=66",
      "förbundet enrolled/man=52",
      "förbundet new/all=41",
      "förbundet exited/all=47",
      "förbundet exited/woman=25",
      "förbundet exited/man=22",
      "förbundet work=12",
      "förbundet studies=5",
      "förbundet work_or_studies_rate_reported=36 n=47",
    ]);
  });

  it("must not carry the scope over a blank line, to inhabitants, the country's federations or a total since the start", () => {
    expect(
      prose(
        [
          "Deltagare per kommun",
          "",
          "Totalt fick 118 personer stöd i förbundets insatser under 2024.",
          "",
          "Nya under året var 41.",
        ].join("\n"),
      ),
    ).toEqual(["förbundet enrolled/all=118"]);
    expect(
      prose(
        [
          "Deltagare per kommun",
          "",
          "Totalt fick 118 personer stöd i förbundets insatser under 2024.",
          "Ekeby är förbundets största kommun med 21 300 invånare.",
          "Förbundet är ett av landets cirka 75 samordningsförbund.",
          "Sedan starten har mer än 1 400 personer tagit del av insatserna.",
        ].join("\n"),
      ),
    ).toEqual(["förbundet enrolled/all=118"]);
  });

  it("must not carry it to a target, a member's own figure or a project's figures", () => {
    expect(
      prose(
        [
          "Deltagare per kommun",
          "",
          "Totalt fick 118 personer stöd i förbundets insatser under 2024.",
          "Till 2025 är målet att 140 deltagare ska skrivas in.",
          "Ekeby kommun hade under året 310 personer med försörjningsstöd.",
          "Projektet Vägval, som delfinansieras av ESF+, avslutade under året 22 deltagare.",
        ].join("\n"),
      ),
    ).toEqual(["förbundet enrolled/all=118"]);
  });
});

describe("destinations after the year's exits", () => {
  const summary = [
    "1. Året i korthet",
    "",
    "Sammanlagt var 180 personer inskrivna i förbundets insatser under året. Avslutade deltagare: 80.",
    "",
    "2. Vart gick deltagarna?",
    "",
  ];

  it("reads a paragraph opening on the federation's exits as a base, and the destinations after it", () => {
    expect(
      prose(
        [
          ...summary,
          "Av de 80 som avslutades gick 20 till arbete och 10 till studier. Ytterligare 12 gick vidare",
          "till gemensam kartläggning hos Försäkringskassan. 9 fortsatte i rehabilitering hos någon av",
          "medlemmarna och 15 avslutades av andra orsaker.",
        ].join("\n"),
      ),
    ).toEqual([
      "förbundet enrolled/all=180",
      "förbundet exited/all=80",
      "förbundet exited/all=80",
      "förbundet work=20",
      "förbundet studies=10",
      "förbundet joint_assessment=12",
      "förbundet continued_rehab=9",
      "förbundet other_exit=15",
    ]);
  });

  it("must not take a base the federation's exits are not, nor one an intervention's exits also are", () => {
    expect(prose([...summary, "Av de 30 som avslutades gick 8 till arbete."].join("\n"))).toEqual([
      "förbundet enrolled/all=180",
      "förbundet exited/all=80",
    ]);
    expect(
      prose(
        [
          ...summary.slice(0, 4),
          "2. Insatsen Bron",
          "",
          "I Bron avslutades 80 deltagare under året.",
          "",
          "3. Vart gick deltagarna?",
          "",
          "Av de 80 som avslutades gick 20 till arbete.",
        ].join("\n"),
      ).filter((f) => f.includes("work")),
    ).toEqual([]);
  });

  it("must not give destinations the exits of a sentence before when they name someone else", () => {
    expect(
      prose(
        [
          "Deltagare",
          "",
          "Under året avslutades 60 deltagare i förbundets insatser. I Bron gick 9 till arbete.",
          "Nio gick till arbete i Kompassen.",
        ].join("\n"),
      ),
    ).toEqual(["förbundet exited/all=60"]);
  });
});

describe("the year's revenue and result in running text", () => {
  const finance = (text: string) =>
    (parseAnnualReport(docOf(text.split("\n"))).facts as AnyFact[])
      .filter((f) => f.table === "finance")
      .map((f) => `${f.item}=${f.amount_sek}`);

  it("reads 'omsatte' as the revenue, and signs an unsigned result by revenue − costs", () => {
    expect(finance("Ekonomi\n\nFörbundet omsatte 5,6 Mkr under 2024.")).toEqual(["revenue_operating=5600000"]);
    expect(
      finance(
        "Ekonomi\n\nFörbundets intäkter 2024 var 8 204 300 kr. Kostnaderna uppgick till 8 411 800 kr. Årets resultat blev 207 500 kr.",
      ),
    ).toEqual(["revenue_operating=8204300", "cost_operating=8411800", "result=-207500"]);
  });

  it("must not sign a result that differs from revenue − costs, or one within their rounding", () => {
    expect(
      finance(
        "Ekonomi\n\nFörbundets intäkter 2024 var 8 204 300 kr. Kostnaderna uppgick till 8 411 800 kr. Årets resultat blev 198 200 kr.",
      ),
    ).toEqual(["revenue_operating=8204300", "cost_operating=8411800"]);
    expect(finance("Ekonomi\n\nIntäkterna blev 6,2 Mkr och kostnaderna 6,1 Mkr. Årets resultat blev 0,1 Mkr.")).toEqual(
      ["revenue_operating=6200000", "cost_operating=6100000"],
    );
  });

  it("must not read a member's or the project's turnover as the federation's", () => {
    expect(finance("Ekonomi\n\nEkeby kommun omsatte 1,9 miljarder kronor under 2024.")).toEqual([]);
    expect(finance("Ekonomi\n\nProjektet Vägval omsatte 3,1 Mkr under 2024.")).toEqual([]);
    expect(finance("Ekonomi\n\nRegion Västmark hade kostnader på 19 Mkr under 2024.")).toEqual([]);
    expect(finance("Ekonomi\n\nFörsäkringskassan redovisade intäkter på 4,2 Mkr för länet.")).toEqual([]);
  });

  it("never reads 'miljarder' as 'milj.'", () => {
    expect(findAmounts("omsatte 1,9 miljarder kronor")).toEqual([]);
    expect(findAmounts("3,1 milj. kr").map((a) => a.sek)).toEqual([3100000]);
  });
});
