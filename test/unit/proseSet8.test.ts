/**
 * Shapes of running text from the eighth round of tuning, in made-up federations' words: a
 * letter's answer giving the exits as "avslutade en insats", reasons given as examples, and a
 * pointer back to a member's residents.
 */
import { describe, expect, it } from "vitest";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { isHeading, scopeByLine } from "../../loaders/extract/general/sectionScope.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const figures = (s: string, lead?: string) =>
  readSentence(s, { year: 2024, ...(lead ? { lead } : {}) }).figures.map(
    (f) => `${f.kind === "exit_outcome" ? f.category : f.kind}=${f.token.value}`,
  );

/** The participant figures the annual report's readers store from running text. */
const prose = (text: string, year = 2024) =>
  (parseAnnualReport(docOf(text.split("\n"), year)).facts as AnyFact[])
    .filter((f) => f.section === "general:prose")
    .map((f) => {
      const what = f.table === "participant_count" ? `${f.measure}/${f.gender}` : (f.category ?? f.indicator);
      return `${f.intervention ?? "förbundet"} ${what}=${f.value}${f.n ? ` n=${f.n}` : ""}`;
    });

describe("participants who left 'en insats': any one of the federation's", () => {
  it("reads the exits and the destinations pointing back to them as the federation's", () => {
    expect(
      prose(
        [
          "Fråga 2. Hur gick det för deltagarna?",
          "Svar: 64 deltagare avslutade en insats under 2024. Av dem fick 12 ett arbete och 8 började",
          "studera. Övriga 44 avslutades av andra skäl, till exempel flytt eller att insatsen inte längre",
          "passade.",
        ].join("\n"),
      ),
    ).toEqual(["förbundet exited/all=64", "förbundet work=12", "förbundet studies=8", "förbundet other_exit=44"]);
  });

  it("must not read a member's residents, a named intervention's exits or a part pointing back to residents", () => {
    expect(prose("Under 2024 avslutade 15 deltagare som bodde i kommunen en insats.")).toEqual([]);
    expect(prose("I Vändpunkten avslutade 20 deltagare en insats under 2024.")).toEqual([]);
    expect(
      prose(
        [
          "Svar: 64 deltagare avslutade en insats under 2024. Av dem fick 12 ett arbete.",
          "Av de 9 avslutade som bodde i Åby gick 4 till arbete.",
        ].join("\n"),
      ),
    ).toEqual(["förbundet exited/all=64", "förbundet work=12"]);
  });

  it("must not let an example clear a sentence that names the intervention outside it", () => {
    expect(
      prose(
        [
          "Svar: 64 deltagare avslutade en insats under 2024. Av dem fick 12 ett arbete.",
          "Övriga 52 lämnade insatsen av andra skäl, till exempel flytt.",
        ].join("\n"),
      ),
    ).toEqual(["förbundet exited/all=64", "förbundet work=12"]);
  });
});

describe("a paragraph dated by one year goes on past an aside that gave no figure", () => {
  it("reads the exits after a sentence about a member's residents as the federation's", () => {
    expect(
      prose(
        [
          "Under 2024 deltog 120 personer i förbundets insatser. Av dem bodde 30 i Åby kommun. Totalt",
          "avslutades 70 deltagare under året.",
        ].join("\n"),
      ),
    ).toEqual(["förbundet enrolled/all=120", "förbundet exited/all=70"]);
  });

  it("must not carry the scope past another year or past a sentence about someone else's figures", () => {
    expect(
      prose(
        "Under 2024 deltog 120 personer i förbundets insatser. Av dem bodde 30 i Åby kommun. Under 2023 avslutades 70 deltagare.",
      ),
    ).toEqual(["förbundet enrolled/all=120"]);
    expect(
      prose(
        "Under 2024 deltog 120 personer i förbundets insatser. I Steget avslutades 20 deltagare under året. Totalt avslutades 70 deltagare under året.",
      ),
    ).toEqual(["förbundet enrolled/all=120"]);
  });
});

describe("a list of destinations after a lead about the exits", () => {
  it("reads each destination named before its number, the lead in the sentence or on the line above", () => {
    expect(figures("Avslutade deltagare: arbete 12, studier 7, aktivt arbetssökande 5 och annat 9.")).toEqual([
      "work=12",
      "studies=7",
      "job_seeker=5",
      "other_exit=9",
    ]);
    expect(figures("Arbete 12, studier 7, fortsatt rehabilitering 15.", "Vart de avslutade gick under 2024:")).toEqual([
      "work=12",
      "studies=7",
      "continued_rehab=15",
    ]);
  });

  it("must not read a list under a target, another year's lead, a lead about others, or an item that is no destination", () => {
    expect(figures("Målet för de avslutade: arbete 12, studier 7.")).toEqual([]);
    expect(figures("Arbete 12, studier 7.", "Avslutade 2023 fördelade på vart de gick:")).toEqual([]);
    expect(figures("Arbete 12, studier 7.", "Inskrivna deltagare per kommun:")).toEqual([]);
    expect(figures("Avslutade deltagare: arbete 12, Vändpunkten 7.")).toEqual([]);
    expect(figures("Avslutade deltagare: arbete 12, arbete 7.")).toEqual([]);
  });

  it("keeps the section's scope over a lead line and reads its list as the federation's", () => {
    const text = [
      "Deltagare",
      "Förbundets insatser hade 90 deltagare under 2024.",
      "",
      "Avslutade 2024 fördelade på vart de gick:",
      "Arbete 12, studier 7, annat avslut 21.",
    ].join("\n");
    expect(scopeByLine(docOf(text.split("\n")))[4]!.kind).toBe("federation");
    expect(prose(text)).toEqual([
      "förbundet enrolled/all=90",
      "förbundet work=12",
      "förbundet studies=7",
      "förbundet other_exit=21",
    ]);
  });

  it("must not keep the scope over a lead that names someone", () => {
    const lines = [
      "Deltagare",
      "Förbundets insatser hade 90 deltagare under 2024.",
      "",
      "Avslutade i Vändpunkten:",
      "Arbete 4, studier 2.",
    ];
    expect(scopeByLine(docOf(lines))[4]!.kind).toBe("unknown");
  });
});

describe("a table header set in from the margin", () => {
  it("is no heading over rows of figures", () => {
    const lines = [
      "Deltagare",
      "",
      "                        Helår 2024      2023",
      "Inskrivna deltagare       140          120",
    ];
    expect(isHeading(docOf(lines), 3)).toBe(false);
  });

  it("must not take a centred heading of one cell for a header", () => {
    const lines = ["", "                  Resultaträkning", "Verksamhetens intäkter     5 000     4 000"];
    expect(isHeading(docOf(lines), 2)).toBe(true);
  });
});

describe("a table row's cells closed to one space by the prose pre-pass", () => {
  it("must not read two cells as one grouped number", () => {
    const text = ["Deltagare", "", "Nya deltagare                    12           124"].join("\n");
    expect(prose(text).filter((f) => f.includes("12124"))).toEqual([]);
  });

  it("still reads a grouped number as written in a sentence", () => {
    expect(prose(["Deltagare", "Förbundets insatser hade 1 124 deltagare under 2024."].join("\n"))).toEqual([
      "förbundet enrolled/all=1124",
    ]);
  });
});

describe("the whole year's column beside a column headed by a name and a year", () => {
  const counts = (lines: string[]) =>
    (parseAnnualReport(docOf(lines)).facts as AnyFact[])
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year} ${f.measure}/${f.gender}=${f.value}`);

  it("reads the whole year's column and never the named one", () => {
    expect(
      counts([
        "Deltagare",
        "",
        "                        Helår 2024     Övre Ådalen 2023",
        "Inskrivna deltagare            140                  95",
        "Avslutade deltagare             61                  40",
      ]),
    ).toEqual(["2024 enrolled/all=140", "2024 exited/all=61"]);
  });

  it("must not read a whole year other than the report's, nor a header with a cell that is no name", () => {
    expect(
      counts([
        "Deltagare",
        "",
        "                        Helår 2023     Övre Ådalen 2022",
        "Inskrivna deltagare            140                  95",
      ]),
    ).toEqual([]);
    expect(
      counts([
        "Deltagare",
        "",
        "                        Helår 2024     Budget 2024 (tkr)",
        "Inskrivna deltagare            140                  95",
      ]),
    ).toEqual([]);
  });
});

describe("callouts: a gender split on its own line, destinations under a heading about the exits", () => {
  const callouts = (split: string) =>
    [
      "Året i siffror",
      "",
      "  140",
      "  personer deltog i våra insatser",
      "",
      `  ${split}`,
      "",
      "  60",
      "  deltagare avslutade sin insats",
      "",
      "Vart gick de som avslutade?",
      "",
      "  12",
      "  fick ett arbete",
      "",
      "  9",
      "  fortsatte sin rehabilitering hos en medlem",
    ].join("\n");

  it("reads a split that adds up to the count above it, and a destination said by its verb alone", () => {
    expect(prose(callouts("80 kvinnor, 60 män"))).toEqual([
      "förbundet enrolled/all=140",
      "förbundet enrolled/woman=80",
      "förbundet enrolled/man=60",
      "förbundet exited/all=60",
      "förbundet work=12",
      "förbundet continued_rehab=9",
    ]);
  });

  it("must not read a split that does not add up, nor a verb-only destination under a heading about something else", () => {
    expect(prose(callouts("80 kvinnor, 50 män")).filter((f) => /woman|man=/.test(f))).toEqual([]);
    expect(
      prose(
        [
          "Året i siffror",
          "",
          "  60",
          "  deltagare avslutade sin insats",
          "",
          "Samverkan",
          "",
          "  9",
          "  fortsatte sin rehabilitering hos en medlem",
        ].join("\n"),
      ),
    ).toEqual(["förbundet exited/all=60"]);
  });
});

describe("going on to seek work as a destination", () => {
  it("reads 'gick över till att söka arbete' as job seekers", () => {
    expect(
      figures("Av dem fick nio ett arbete och sex gick över till att söka arbete via Arbetsförmedlingen."),
    ).toEqual(["work=9", "job_seeker=6"]);
  });

  it("must not read support to seek work as a destination", () => {
    expect(figures("Av dem fick sex stöd att söka arbete.")).toEqual([]);
  });
});
