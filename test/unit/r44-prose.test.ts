/**
 * Stop 44, branch r44-prose: prose rules. Made-up federation (Lövsäter), interventions and figures.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";
import { countsEarlierParticipation } from "../../loaders/extract/general/earlierParticipation.ts";
import { opensOnOthersReport } from "../../loaders/extract/general/othersReport.ts";
import { headerColumns, readGridRow } from "../../loaders/extract/general/layoutGrid.ts";

/** Participant facts as "year:whose:measure-or-destination/gender=value". */
const people = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_breakdown" || f.table === "participant_count")
    .map((f) => `${f.year}:${f.intervention ?? "förbundet"}:${f.category ?? f.measure}/${f.gender ?? ""}=${f.value}`);
const report = (lines: string[], heading = "Verksamhetsberättelse 2025") =>
  people(extractReport(["Samordningsförbundet Lövsäter", heading, "", ...lines], "lovsater", 2025));

describe("othersReport: a sentence opening on another's report as its source", () => {
  it("an intervention's report ('Brobyggets rapport anger … varav 57 nya') gives no federation figure (must not fire)", () => {
    const facts = report([
      "Nytt från insatserna",
      "",
      "Brobyggets rapport anger 180 deltagare (96 kvinnor, 84 män), varav 57 nya.",
    ]);
    expect(facts.filter((f) => f.includes(":förbundet:"))).toEqual([]);
  });
  it("an agency's statistics ('Arbetsförmedlingens statistik visar …') gives no federation figure (must not fire)", () => {
    const facts = report([
      "Omvärld",
      "",
      "Arbetsförmedlingens statistik visar 412 inskrivna unga, varav 95 nya under året.",
    ]);
    expect(facts.filter((f) => f.includes(":förbundet:"))).toEqual([]);
  });
  it("the federation's own report or the year's ('Förbundets rapport anger …, varav 57 nya') still reads (must fire)", () => {
    expect(report(["Förbundets rapport anger 180 deltagare (96 kvinnor, 84 män), varav 57 nya."])).toContain(
      "2025:förbundet:new/all=57",
    );
    expect(opensOnOthersReport("Årets uppföljning visar 180 deltagare.")).toBe(false);
    expect(opensOnOthersReport("Kansliets sammanställning anger 180 deltagare.")).toBe(false);
  });
  it("a sentence opening on a genitive that is no report ('Stegets deltagare …') is not this rule's (must not fire)", () => {
    expect(opensOnOthersReport("Brobyggets deltagare var 40 under året.")).toBe(false);
    expect(opensOnOthersReport("Brobyggets slutrapport redovisar 40 deltagare.")).toBe(true);
  });
});

describe("earlierParticipation: people who had taken part before", () => {
  const prose = (s: string) => report(["Deltagare", "", s], "Årsredovisning 2025");
  it("'hade 45 personer tidigare deltagit i någon insats' is no count of the enrolled (must not fire)", () => {
    expect(prose("Under 2025 hade 45 personer tidigare deltagit i någon av förbundets insatser.")).toEqual([]);
    expect(prose("Av de nyinskrivna hade 31 deltagare redan varit inskrivna i en insats förut.")).toEqual([]);
  });
  it("the words themselves: before or after the participle, never a comparison", () => {
    expect(countsEarlierParticipation("personer sedan tidigare deltagit i en insats")).toBe(true);
    expect(countsEarlierParticipation("personer deltagit i någon insats förut")).toBe(true);
    expect(countsEarlierParticipation("personer deltagit i insatserna fler än tidigare")).toBe(false);
    expect(countsEarlierParticipation("personer deltagit i insatserna")).toBe(false);
  });
  it("the year's count beside it still reads ('deltog 210 personer, varav 45 hade deltagit tidigare') (must fire)", () => {
    expect(prose("Under 2025 deltog 210 personer i förbundets insatser, varav 45 hade deltagit tidigare.")).toContain(
      "2025:förbundet:enrolled/all=210",
    );
    expect(prose("Under 2025 har 210 personer deltagit i förbundets insatser, fler än tidigare.")).toContain(
      "2025:förbundet:enrolled/all=210",
    );
  });
});

describe("countBracketParts: a count's parts labelled in a bracket after it", () => {
  const form = (...rows: string[]) =>
    report(
      ["3. Förbundets nyckeltal", "Antal deltagare i förbundets insatser 2025:   188 (varav nya 74)", ...rows],
      "Intyg 2025",
    );
  it("'188 (varav nya 74)' gives the year's new, and a form's next row 'Antal avslutade 2025: 66 (arbete 19, studier 8)' its exits and where they went (must fire)", () => {
    const facts = form("Antal avslutade 2025:   66 (arbete 19, studier 8)");
    expect(facts).toContain("2025:förbundet:enrolled/all=188");
    expect(facts).toContain("2025:förbundet:new/all=74");
    expect(facts).toContain("2025:förbundet:exited/all=66");
    expect(facts).toContain("2025:förbundet:work/=19");
    expect(facts).toContain("2025:förbundet:studies/=8");
  });
  it("'(därav 74 nya, 66 avslutade)' after the participants reads both parts (must fire)", () => {
    const facts = report(["Under 2025 hade förbundets insatser 188 deltagare (därav 74 nya, 66 avslutade)."]);
    expect(facts).toContain("2025:förbundet:new/all=74");
    expect(facts).toContain("2025:förbundet:exited/all=66");
  });
  it("a bracket of targets, shares, a year or destinations beyond the exits is no list of parts (must not fire)", () => {
    for (const row of [
      "Antal avslutade 2025:   66 (mål arbete 19, studier 8)",
      "Antal avslutade 2025:   66 (arbete 19 %, studier 8 %)",
      "Antal avslutade 2025:   66 (2024: arbete 19, studier 8)",
      "Antal avslutade 2025:   66 (arbete 49, studier 28)",
    ]) {
      const facts = form(row);
      expect(facts.filter((f) => /:(work|studies)\//.test(f))).toEqual([]);
    }
  });
  it("a part larger than the count, or a destination named twice, reads nothing (must not fire)", () => {
    expect(report(["Under 2025 hade förbundets insatser 188 deltagare (varav nya 274)."])).not.toContain(
      "2025:förbundet:new/all=274",
    );
    const facts = form("Antal avslutade 2025:   66 (arbete 19, arbete 8)");
    expect(facts.filter((f) => /:(work|studies)\//.test(f))).toEqual([]);
  });
  it("a form's exits row under a row naming one intervention is not carried to the federation (must not fire)", () => {
    const facts = report(
      [
        "3. Nyckeltal",
        "Antal deltagare i Brobygget 2025:   88 (varav nya 34)",
        "Antal avslutade 2025:   26 (arbete 9, studier 3)",
      ],
      "Intyg 2025",
    );
    expect(facts.filter((f) => f.includes(":förbundet:"))).toEqual([]);
  });
});

describe("figureGrammar nextLabelAfterOch: two labelled counts joined by 'och'", () => {
  const prose = (s: string) =>
    report(
      ["Deltagare", "", "Under 2025 var 231 deltagare inskrivna i förbundets insatser.", s],
      "Årsredovisning 2025",
    );
  it("'Antalet nya deltagare under året blev 97 och antalet avslutade 88' reads both counts (must fire)", () => {
    const facts = prose("Antalet nya deltagare under året blev 97 och antalet avslutade 88.");
    expect(facts).toContain("2025:förbundet:new/all=97");
    expect(facts).toContain("2025:förbundet:exited/all=88");
  });
  it("'Antalet nya deltagare var 97, antalet avslutade 88': a comma joins them as 'och' does (must fire)", () => {
    const facts = prose("Antalet nya deltagare var 97, antalet avslutade 88.");
    expect(facts).toContain("2025:förbundet:new/all=97");
    expect(facts).toContain("2025:förbundet:exited/all=88");
  });
  it("'… blev 97 och antalet kvinnor 120' names no measure after 'och': the first count stays unread (must not fire)", () => {
    const facts = prose("Antalet nya deltagare under året blev 97 och antalet kvinnor 120.");
    expect(facts).not.toContain("2025:förbundet:new/all=97");
  });
});

describe("spacedRunCells: two amounts one space apart in a laid-out row", () => {
  const header = "Nyckeltal                          Enhet      2025      2024";
  const columns = headerColumns(header, (c) => /^(?:19|20)\d\d$/.test(c));
  const row = (r: string) => readGridRow(r, { raw: header, columns }, () => true).values;
  it("'kr    1 287 640 1 352 020' under two year columns splits one way only (must fire)", () => {
    expect(row("Eget kapital vid årets slut        kr    1 287 640 1 352 020")).toEqual([1287640, 1352020]);
  });
  it("a run that splits more than one way, or stands under one column, stays unread (must not fire)", () => {
    // 287 640 | 352 020, 287 | 640 352 020 … : the columns do not settle it.
    expect(row("Eget kapital vid årets slut        kr      287 640 352 020")).toBeNull();
    // Three columns over two amounts: 1 287 | 640 | 1 352 020 and 1 | 287 640 | 1 352 020 both fit.
    const three = "Nyckeltal                          Enhet      2025      2024       Mål";
    const cols3 = headerColumns(three, (c) => /^(?:(?:19|20)\d\d|Mål)$/.test(c));
    expect(
      readGridRow(
        "Eget kapital vid årets slut        kr    1 287 640 1 352 020",
        { raw: three, columns: cols3 },
        () => true,
      ).values,
    ).toBeNull();
  });
  it("a whole report reads the year's closing equity from such a row (must fire)", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Lövsäter",
        "Årsredovisning 2025",
        "",
        "Ekonomi",
        "",
        "Nyckeltal                                   Enhet      2025      2024",
        "Verksamhetens intäkter                      tkr       5 210     5 040",
        "Årets resultat                              kr      -48 200   122 400",
        "Eget kapital vid årets slut                 kr    1 104 560 1 152 760",
      ],
      "lovsater",
      2025,
    );
    expect(
      facts.filter((f) => f.table === "finance" && f.item === "equity_end").map((f) => `${f.year}:${f.amount_sek}`),
    ).toContain("2025:1104560");
  });
});

describe("memberAmountLists: a share cell closing a member's line", () => {
  const fees = (caption: string) =>
    extractReport(
      [
        "Samordningsförbundet Lövsäter",
        "Årsredovisning 2025",
        "",
        caption,
        "Medlem                                  Bidrag        Andel",
        "Staten (FK och AF)                    2 400 tkr       50 %",
        "Region Lövmark                        1 200 tkr       25 %",
        "Lövsäters kommun                        720 tkr       15 %",
        "Norrby kommun                           480 tkr       10 %",
        "Summa                                 4 800 tkr      100 %",
      ],
      "lovsater",
      2025,
    )
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.year}:${f.basis}:${f.member}=${f.amount_sek}`);
  it("'Region Lövmark   1 200 tkr   25 %' under 'Medlemsbidrag 2025' is the member's fee, the share no amount (must fire)", () => {
    const read = fees("C. MEDLEMSBIDRAG 2025");
    expect(read).toContain("2025:actual:Region Lövmark=1200000");
    expect(read).toContain("2025:actual:Staten=2400000");
    expect(read.some((f) => f.endsWith("=25") || f.endsWith("=25000"))).toBe(false);
  });
  it("the same lines under a heading of another year store nothing for the report's year (must not fire)", () => {
    expect(fees("C. MEDLEMSBIDRAG 2023").filter((f) => f.startsWith("2025:"))).toEqual([]);
  });
});

describe("proseSentences: a Markdown quote's marks over a wrapped sentence", () => {
  const page = (...lines: string[]) => report(["## Året i korthet", "", ...lines]);
  it("'> … deltog i förbundets' / '> insatser, 98 kvinnor och 76 män' reads as one sentence (must fire)", () => {
    const facts = page(
      "> 2025 blev ett rekordår: **174 personer** deltog i förbundets",
      "> insatser, 98 kvinnor och 76 män. **81** av dem var nya för året.",
    );
    expect(facts).toContain("2025:förbundet:enrolled/all=174");
    expect(facts).toContain("2025:förbundet:enrolled/woman=98");
    expect(facts).toContain("2025:förbundet:new/all=81");
  });
  it("a quote under another body's lead stays that body's, its wrapped sentence read or not (must not fire)", () => {
    const facts = page(
      "Arbetsförmedlingen skriver i sin återrapportering:",
      "",
      "> Under 2025 deltog 4 210 personer i myndighetens",
      "> insatser i länet, 2 304 kvinnor och 1 906 män.",
    );
    expect(facts.filter((f) => f.includes(":förbundet:"))).toEqual([]);
  });
});

describe("parseProseFigures: a form's numbered section over its label rows", () => {
  const form = (participantsRow: string) =>
    people(
      extractReport(
        [
          "INTYG OM MEDFINANSIERING",
          "",
          "1. Projektägare",
          "Organisation:                 Region Lövmark",
          "Projektnamn:                  Vägen vidare",
          "",
          "2. Medfinansiär",
          "Organisation:                 Samordningsförbundet Lövsäter",
          "",
          "3. Medfinansiärens uppgifter",
          "Årets resultat:               112 400 kr",
          participantsRow,
          "Antal avslutade 2025:                               66 (arbete 19, studier 8)",
        ],
        "lovsater",
        2025,
      ),
    );
  it("the exits row goes on from the federation's row above it under '3. Medfinansiärens uppgifter' (must fire)", () => {
    const facts = form("Antal deltagare i förbundets egna insatser 2025:   188 (varav nya 74)");
    expect(facts).toContain("2025:förbundet:exited/all=66");
    expect(facts).toContain("2025:förbundet:work/=19");
  });
  it("under a row naming an intervention the exits row is no one's (must not fire)", () => {
    expect(
      form("Antal deltagare i Vägen vidare 2025:   188 (varav nya 74)").filter((f) => f.includes(":förbundet:")),
    ).toEqual([]);
  });
});

describe("figureGrammar NEW: 'kom till oss för första gången'", () => {
  const prose = (s: string) =>
    report(["Deltagare", "", `Under 2025 tog förbundets insatser emot 231 personer. ${s}`], "Årsredovisning 2025");
  it("'Drygt hälften – 122 personer – kom till oss för första gången under året' is the year's new (must fire)", () => {
    expect(prose("Drygt hälften – 122 personer – kom till oss för första gången under året.")).toContain(
      "2025:förbundet:new/all=122",
    );
  });
  it("'För första gången kom 231 personer …' is a record, no count of the new (must not fire)", () => {
    expect(prose("För första gången kom 231 personer till oss under ett år.")).not.toContain(
      "2025:förbundet:new/all=231",
    );
  });
});
