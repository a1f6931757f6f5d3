/**
 * A document-sharing site's transcript, each page run onto one line: its heading, text and table
 * rows set apart again (`text/transcriptPages.ts`). Made-up federation and figures.
 */
import { describe, expect, it } from "vitest";
import { splitEmptyLabels, splitNumberRun, transcriptPages } from "../../loaders/extract/text/transcriptPages.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

const FILLER =
  "Styrelsen har sammanträtt sex gånger under året och förbundet har haft en förbundschef och en processledare anställda.";
const TRANSCRIPT = [
  "Transkript",
  "",
  "1 ÅRSREDOVISNING 2024 Samordningsförbundet Videå",
  "",
  `2 FÖRVALTNINGSBERÄTTELSE ${FILLER} Av de 40 som avslutades gick 14 till arbete eller studier.`,
  "",
  "3 Deltagare 2024 Kvinnor Män Totalt Inskrivna 61 52 113 varav nya 30 24 54 Avslutade 22 18 40 Avslutsorsak Arbete 9 Studier 5 Annat 26 Summa 40 Källa: insatsernas rapporter.",
  "",
  `4 EKONOMI ${FILLER}`,
];

describe("a transcript's page lines", () => {
  it("are set apart into heading, text and a table whose rows stand in the header's columns", () => {
    const out = transcriptPages(TRANSCRIPT)!;
    expect(out.lines).toContain("FÖRVALTNINGSBERÄTTELSE");
    const row = out.lines.find((l) => l.startsWith("Inskrivna"))!;
    expect(row.split(/\s{2,}/)).toEqual(["Inskrivna", "61", "52", "113"]);
    expect(out.from[out.lines.indexOf(row)]).toBe(6);
    expect(out.lines).toContain("Avslutsorsak");
  });

  it("are read as the report's participants and exits, each citing its page's line", () => {
    const facts = extractReport(TRANSCRIPT, "videa", 2024);
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:enrolled/all=113", "förbundet:enrolled/woman=61", "förbundet:new/all=54"]),
    );
    expect(exitsOf(facts)).toEqual(expect.arrayContaining(["förbundet:work=9", "förbundet:studies=5"]));
    expect(facts.find((f) => f.table === "participant_count" && f.value === 113)?.line).toBe(7);
  });

  it("are left as written in a document with fewer than three page lines, or numbered out of order (must not fire)", () => {
    expect(transcriptPages(TRANSCRIPT.slice(0, 6))).toBeUndefined();
    const shuffled = TRANSCRIPT.map((l) => l.replace(/^3 /, "7 ").replace(/^4 /, "9 "));
    expect(transcriptPages(shuffled)).toBeUndefined();
  });
});

describe("a run of numbers split into a header's columns", () => {
  it("splits where one split alone gives three-digit groups", () => {
    expect(splitNumberRun(["96", "71", "167"], 3)).toEqual(["96", "71", "167"]);
    expect(splitNumberRun(["7", "912", "400", "7", "640", "000"], 2)).toEqual(["7 912 400", "7 640 000"]);
    expect(splitNumberRun(["1", "7", "912", "400", "7", "640", "000"], 3)).toEqual(["1", "7 912 400", "7 640 000"]);
  });

  it("leaves a run that splits more ways than one, or into too few numbers (must not fire)", () => {
    expect(splitNumberRun(["-133", "912", "241", "779"], 2)).toBeUndefined();
    expect(splitNumberRun(["12", "5"], 3)).toBeUndefined();
  });
});

describe("a transcript's prose pages", () => {
  const PROSE = [
    "Transkript",
    "",
    "1 Årsredovisning 2024 Samordningsförbundet Videå Fastställd av förbundsstyrelsen i februari året efter verksamhetsåret och sänd till medlemmarna",
    "",
    `2 Verksamhet Förbundet har under året finansierat tre insatser: Ny start, Brobygget och Vidare. ${FILLER}`,
    "",
    `3 Deltagare Under 2024 har 121 personer deltagit i förbundets insatser. Av dem avslutade 47 sin insats under året. ${FILLER}`,
  ];

  it("open on their heading in the text's own letters, set apart, the page number dropped", () => {
    const out = transcriptPages(PROSE)!;
    expect(out.lines).toContain("Deltagare");
    expect(out.lines).toContain("Verksamhet");
    expect(out.lines.some((l) => l.startsWith("Under 2024 har 121"))).toBe(true);
    expect(out.lines.some((l) => /^\d /.test(l))).toBe(false);
  });

  it("keep a table's page, a sentence's opening and a name as written (must not fire)", () => {
    const table =
      "4 Resultaträkning (tkr) Not Verksamhetens intäkter 1 5 912 5 644 Verksamhetens kostnader 2 -5 705 -5 871 Årets resultat 221 -208";
    const out = transcriptPages([
      ...PROSE,
      "",
      table,
      "",
      `5 Samordningsförbundet Videå har ${FILLER}`,
      "",
      `6 Under året har ${FILLER}`,
    ])!;
    expect(out.lines).not.toContain("Resultaträkning (tkr)");
    expect(out.lines).not.toContain("Samordningsförbundet");
    expect(out.lines).not.toContain("Under");
  });
});

describe("a transcript page's table under year columns", () => {
  const PAGES = (table: string) => [
    "Transkript",
    "",
    `1 ÅRSREDOVISNING 2024 Samordningsförbundet Videå ${FILLER}`,
    "",
    `2 FÖRVALTNINGSBERÄTTELSE ${FILLER}`,
    "",
    `3 ${table} ${FILLER}`,
  ];

  it("sets each row's numbers under its year (must fire)", () => {
    const out = transcriptPages(
      PAGES("DELTAGARE Antal deltagare 2024 2023 Inskrivna 131 120 Avslutade 52 47 Källa: insatsernas rapporter."),
    )!;
    const row = out.lines.find((l) => l.startsWith("Inskrivna"))!;
    expect(row.split(/\s{2,}/)).toEqual(["Inskrivna", "131", "120"]);
    expect(out.lines.find((l) => l.startsWith("Antal deltagare"))!.split(/\s{2,}/)).toEqual([
      "Antal deltagare",
      "2024",
      "2023",
    ]);
  });

  it("sets a member whose cells the site dropped on a row of its own, with no figures (must fire)", () => {
    const out = transcriptPages(
      PAGES("AVGIFTER Medlemsavgifter (tkr) 2024 2023 Försäkringskassan Region Videland 900 900 Videå kommun 450 430"),
    )!;
    expect(out.lines).toContain("Försäkringskassan");
    expect(out.lines.find((l) => l.startsWith("Region Videland"))!.split(/\s{2,}/)).toEqual([
      "Region Videland",
      "900",
      "900",
    ]);
  });

  it("leaves years in a sentence and a statement's page as written (must not fire)", () => {
    const prose = transcriptPages(
      PAGES("UTVECKLING Mellan 2023 2024 och 2025 har förbundet växt och 131 personer deltog under året."),
    )!;
    expect(prose.lines.some((l) => /\s{2,}\d/.test(l))).toBe(false);
    const statement = transcriptPages(
      PAGES("RESULTATRÄKNING 2024 2023 Verksamhetens intäkter 412 398 Verksamhetens kostnader -401 -377"),
    )!;
    expect(statement.lines.some((l) => l.startsWith("Verksamhetens intäkter  "))).toBe(false);
  });
});

describe("a captioned list on a transcript page with no table", () => {
  const PAGES = (list: string) => [
    "Transkript",
    "",
    `1 ÅRSREDOVISNING 2024 Samordningsförbundet Videå ${FILLER}`,
    "",
    `2 FÖRVALTNINGSBERÄTTELSE ${FILLER}`,
    "",
    `3 AVSLUTADE ${list} ${FILLER}`,
  ];

  it("is set out one row a line, a label whose figure the site dropped alone on its line (must fire)", () => {
    const out = transcriptPages(
      PAGES(
        "Avslut till Arbete 11 Studier Aktivt arbetssökande 6 Övrigt 9 Summa 26 Två insatser har inte rapporterat.",
      ),
    )!;
    expect(out.lines).toContain("Studier");
    expect(out.lines.find((l) => l.startsWith("Aktivt"))!.split(/\s{2,}/)).toEqual(["Aktivt arbetssökande", "6"]);
    const facts = extractReport(
      PAGES(
        "Avslut till Arbete 11 Studier Aktivt arbetssökande 6 Övrigt 9 Summa 26 Två insatser har inte rapporterat.",
      ),
      "videa",
      2024,
    );
    expect(exitsOf(facts)).toEqual(expect.arrayContaining(["förbundet:work=11", "förbundet:job_seeker=6"]));
    expect(exitsOf(facts).some((e) => e.includes("studies"))).toBe(false);
  });

  it("keeps a label of two words that is one label whole (must not fire)", () => {
    expect(splitEmptyLabels(["Arbete", "eller", "studier"])).toEqual([["Arbete", "eller", "studier"]]);
    expect(splitEmptyLabels(["Region", "Västra", "Götaland"])).toEqual([["Region", "Västra", "Götaland"]]);
    expect(splitEmptyLabels(["Upplands", "Väsby", "kommun"])).toEqual([["Upplands", "Väsby", "kommun"]]);
    expect(splitEmptyLabels(["Staten", "Region", "Nordby", "Åby", "kommun"])).toEqual([
      ["Staten"],
      ["Region", "Nordby"],
      ["Åby", "kommun"],
    ]);
  });
});

describe("a sharing site's text with no page numbers opening its lines", () => {
  const TABLE = "Deltagare Kvinnor Män Totalt Inskrivna under året 64 51 115 Avslutade under året 27 22 49";
  const SITE = ["Full text", "", "(4)", "", "Deltagare", "", TABLE, "", "(5)"];

  it("has a flattened table set out in its header's columns (must fire)", () => {
    const out = transcriptPages(SITE)!;
    expect(out.lines.find((l) => l.startsWith("Avslutade"))!.split(/\s{2,}/)).toEqual([
      "Avslutade under året",
      "27",
      "22",
      "49",
    ]);
    expect(out.from[out.lines.findIndex((l) => l.startsWith("Avslutade"))]).toBe(6);
  });

  it("is left as written where no site's words say it is a site's copy (must not fire)", () => {
    expect(transcriptPages(SITE.slice(1))).toBeUndefined();
  });
});

describe("a transcript page's heading in capitals with a colon", () => {
  it("is set apart whole, the intervention's name with it (must fire)", () => {
    const out = transcriptPages([
      "Transkript",
      "",
      `1 ÅRSREDOVISNING 2024 ${FILLER}`,
      "",
      `2 INSATS: BROBYGGET Brobygget vänder sig till unga vuxna. ${FILLER}`,
      "",
      `3 EKONOMI ${FILLER}`,
    ])!;
    expect(out.lines).toContain("INSATS: BROBYGGET");
  });

  it("leaves a capitalised word of a sentence after a colon in the text (must not fire)", () => {
    const out = transcriptPages([
      "Transkript",
      "",
      `1 EKONOMI ${FILLER}`,
      "",
      `2 Sammanfattning: EU-medel ${FILLER}`,
      "",
      `3 EKONOMI ${FILLER}`,
    ])!;
    expect(out.lines).not.toContain("Sammanfattning: EU-medel");
  });
});
