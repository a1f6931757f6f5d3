/**
 * Stop 42's closures of the open review cases (review41 R1b, R3e, R15b, R20, R22b, R25; review37 R7): one
 * more case per fix in other words than the review's, each a must-NOT or a must-fire. Made-up federations
 * (Ravik, Vindå, Grånäs, Kolmyra as the review tests use), people and figures.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { partOfYearItemOver } from "../../loaders/extract/general/partYear.ts";
import { blankAnnotationColumns } from "../../loaders/extract/text/annotationColumns.ts";
import { calendarSource } from "../../loaders/extract/text/calendarSource.ts";
import { moneyArithmetic } from "../../loaders/extract/text/moneyArithmetic.ts";
import { quoteRewordedLines, rewordedLines } from "../../loaders/extract/text/rewordedLines.ts";
import type { FactInput } from "../../loaders/schema/facts.ts";
import type { AnyFact } from "../helpers.ts";
import { countsOf, extractReport } from "../support/reportFacts.ts";

const report = (lines: string[], federation = "ravik", year = 2025) =>
  extractReport(["Samordningsförbundet Ravik", `Verksamhetsberättelse ${year}`, "", ...lines], federation, year);
const participants = (facts: AnyFact[]) =>
  facts.filter((f) => f.table.startsWith("participant")).map((f) => `${f.year}:${f.measure ?? f.category}=${f.value}`);

describe("a span since the federation began, in other words than 'sedan starten' (R1b)", () => {
  const deltagare = (sentence: string) => participants(report(["Förbundets deltagare", "", sentence]));
  it("'sedan verksamheten kom igång' is no count of the year (must not fire)", () => {
    expect(deltagare("Sedan verksamheten kom igång har 512 personer deltagit i förbundets insatser.")).not.toContain(
      "2025:enrolled=512",
    );
  });
  it("'Av dessa …' after a count 'sedan förbundets bildande' is no part of the year's exits (must not fire)", () => {
    const got = deltagare(
      "Sammanlagt har 275 personer avslutat en insats sedan förbundets bildande. Av dessa fick 70 ett arbete och 30 började studera.",
    );
    expect(got).not.toContain("2025:work=70");
    expect(got).not.toContain("2025:exited=275");
  });
  it("a part after the year's own exits, in one sentence after a semicolon, is read (must fire)", () => {
    expect(
      deltagare("Under året avslutade 64 personer sin insats; 21 av dem fick ett arbete och 9 började studera."),
    ).toEqual(expect.arrayContaining(["2025:exited=64", "2025:work=21"]));
  });
  it("a record since the federation began said of the year's count keeps the count (must fire)", () => {
    expect(
      deltagare("Förbundet hade 140 deltagare under året, vilket är fler än något år sedan förbundet bildades."),
    ).toContain("2025:enrolled=140");
  });
});

describe("the year's exits narrowed to an age group by the sentence's lead (R15b)", () => {
  const exits = (second: string) =>
    participants(report(["Förbundets deltagare", "", `Under året avslutade 38 personer. ${second}`]));
  it("'Bland deltagarna över 50 år gick 6 till arbete' is no part of all exits (must not fire)", () => {
    expect(exits("Bland deltagarna över 50 år gick 6 till arbete och 3 till studier.")).not.toContain("2025:work=6");
  });
  it("'Av dessa som var yngre än 30 år fick 7 ett arbete' is no part of all exits (must not fire)", () => {
    expect(exits("Av dessa som var yngre än 30 år fick 7 ett arbete och 4 började studera.")).not.toContain(
      "2025:work=7",
    );
  });
  it("'Av dem som avslutade gick 8 till arbete' is all exits' part (must fire)", () => {
    expect(exits("Av dem som avslutade gick 8 till arbete och 5 till studier.")).toContain("2025:work=8");
  });
});

describe("a remark column saying its row is preliminary or another year's is not blanked away (R3e)", () => {
  const table = (remark: string) => [
    "Nyckeltal                 2025   Kommentar",
    "Deltagare                  140   Ökning jämfört med 2024",
    `Avslutade                   58   ${remark}`,
  ];
  it("'Prognos, ej fastställd' keeps the table as written (must not blank)", () => {
    expect(blankAnnotationColumns(table("Prognos, ej fastställd"), 2025)).toBeUndefined();
  });
  it("'Avser 2024' keeps the table as written (must not blank)", () => {
    expect(blankAnnotationColumns(table("Avser 2024"), 2025)).toBeUndefined();
  });
  it("'Avser 2025' and a comparison with last year are plain remarks: blanked (must fire)", () => {
    const out = blankAnnotationColumns(table("Avser 2025"), 2025);
    expect(out?.[0]).toBe("Nyckeltal                 2025");
    expect(out?.[2]).toBe("Avslutade                   58");
  });
  it("a members' table whose remark says 'Beräknat belopp' stores no fee of the year (must not fire)", () => {
    const lines = [
      "Samordningsförbundet Vindå",
      "Bilaga 1 till årsredovisningen 2025",
      "",
      "Förbundets medlemmar är Vindå kommun, Lerby kommun, Region Vindmark, Försäkringskassan och",
      "Arbetsförmedlingen.",
      "",
      "Medlemsbidrag",
      "",
      "Medlem                           tkr  Kommentar",
      "Försäkringskassan och AF         4 200  Statens hälft.",
      "Region Vindmark                  2 100  Beräknat belopp.",
      "Vindå kommun                     1 470  Efter folkmängden.",
      "Lerby kommun                       630  Efter folkmängden.",
      "",
    ];
    const fees = extractReport(lines, "vinda", 2025)
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.year}:${f.basis}:${f.member}=${f.amount_sek}`);
    expect(fees).not.toContain("2025:actual:Region Vindmark=2100000");
  });
});

describe("a line a step said again in the readers' words is quoted as the document writes it (R20)", () => {
  const PAGE = [
    "Samordningsförbundet Grånäs – Årets gång 2026",
    "",
    "Sidan visar styrelsens återkommande punkter. Under klara punkter står utfallet.",
    "",
    "MARS",
    "  ✔ Styrelsen fastställer verksamhetsstatistik 2025.",
    "      Utfall: 96 avslutade: 31 till arbete, 12 till studier och 18 till",
    "      aktivt arbetssökande.",
    "",
  ];
  it("the exits and their destinations quote the note's own lines, never 'Under 2025 hade förbundet' (must not fire)", () => {
    const facts = (extractReport(PAGE, "granas", 2025) as AnyFact[]).filter((f) => f.table.startsWith("participant"));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.text).not.toMatch(/Under 2025 hade förbundet/);
    expect(facts.find((f) => f.value === 96)?.text).toMatch(/^Utfall: 96 avslutade/);
  });
  it("only the lines a step changed are recorded, and only their facts are given the document's words", () => {
    const before = ["a", "Resultat: 12 deltagare.", "Under 2025 deltog 40 personer."];
    const after = ["a", "Under 2025 hade förbundet 12 deltagare.", "Under 2025 deltog 40 personer."];
    const reworded = rewordedLines(before, after, 3)!;
    expect([...reworded.keys()]).toEqual([2]);
    expect(rewordedLines(before, before, 3)).toBeUndefined();
    const fact = (line: number, text: string) =>
      ({ table: "participant_count", line, text, value: 1 }) as unknown as FactInput;
    const out = quoteRewordedLines(
      [fact(2, "Under 2025 hade förbundet 12 deltagare."), fact(3, "Under 2025 deltog 40 personer.")],
      reworded,
      before,
    ) as AnyFact[];
    expect(out.map((f) => f.text)).toEqual(["Resultat: 12 deltagare.", "Under 2025 deltog 40 personer."]);
  });
});

describe("a note set in under an item naming a part of the year is that part's (R25)", () => {
  const money = (item: string) =>
    (
      extractReport(
        [
          "Samordningsförbundet Grånäs",
          "Styrelsens uppföljning 2025",
          "",
          `- ${item}`,
          "    Intäkterna uppgick till 4 100 tkr och kostnaderna till 3 900 tkr.",
          "",
        ],
        "granas",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "finance")
      .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);
  it("under '- Delårsrapport januari–augusti 2025' the revenue is no year's (must not fire)", () => {
    expect(money("Delårsrapport januari–augusti 2025")).not.toContain("2025:actual:revenue_operating=4100000");
  });
  it("under '- Tertialrapport 2 2025' the revenue is no year's (must not fire)", () => {
    expect(money("Tertialrapport 2 2025")).not.toContain("2025:actual:revenue_operating=4100000");
  });
  it("under '- Årsbokslut 2025' the revenue is the year's (must fire)", () => {
    expect(money("Årsbokslut 2025")).toContain("2025:actual:revenue_operating=4100000");
  });
  it("an unindented line, or one after a blank line, has no item over it", () => {
    const doc = new DocumentText(
      "granas/2025-annual-report",
      [
        "Halvårsrapport 2025",
        "Intäkter 4 100 tkr.",
        "- Halvår 2025",
        "",
        "    Intäkter 4 100 tkr.",
        "- Halvår 2025",
        "    Intäkter 4 100 tkr.",
      ],
      2025,
    );
    expect(partOfYearItemOver(doc, 2)).toBeUndefined();
    expect(partOfYearItemOver(doc, 5)).toBeUndefined();
    expect(partOfYearItemOver(doc, 7)).toBe("- Halvår 2025");
  });
});

describe("a Markdown table's cell is its column's year's (R22b)", () => {
  const table = (header: string) => [header, "|---|---:|", "| Deltagare | 118 |", "| Nya | 47 |"];
  it("'| Nyckeltal | Utfall 2024 |' in a 2025 report stores no 2025 count (must not fire)", () => {
    const got = participants(report(table("| Nyckeltal | Utfall 2024 |")));
    expect(got).not.toContain("2025:enrolled=118");
    expect(got).not.toContain("2025:new=47");
  });
  it("'| Mått | 2025 |' is the year's (must fire)", () => {
    expect(participants(report(table("| Mått | 2025 |")))).toContain("2025:enrolled=118");
  });
  it("a table of both years is read by its columns (must fire)", () => {
    const got = participants(
      report(["| Mått | 2024 | 2025 |", "|---|---:|---:|", "| Deltagare | 130 | 140 |", "| Avslutade | 50 | 60 |"]),
    );
    expect(got).toEqual(expect.arrayContaining(["2025:enrolled=140", "2024:enrolled=130"]));
    expect(got).not.toContain("2025:enrolled=130");
  });
});

describe("a calendar event held before the report's year ended tells no whole year (R7)", () => {
  const calendar = (start: string) => [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "BEGIN:VEVENT",
    "UID:k1@kolmyra.example",
    `DTSTART;VALUE=DATE:${start}`,
    "SUMMARY:Styrelsemöte – verksamhetsberättelse",
    "DESCRIPTION:Under året deltog 176 personer i förbundets insatser\\, varav 71 nya.",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  const text = (start: string, year?: number) => calendarSource(calendar(start), year)?.lines.join("\n") ?? "";
  it("a meeting on 2025-11-20 in the 2025 report's calendar: its text is not read (must not fire)", () => {
    expect(text("20251120", 2025)).not.toContain("176");
  });
  it("a meeting on 2026-02-18 tells the 2025 report's year: read (must fire)", () => {
    expect(text("20260218", 2025)).toContain("176 personer");
  });
  it("with no report's year known, every event is read as before", () => {
    expect(text("20251120")).toContain("176 personer");
  });
  it("a calendar of cancelled events only is read as no text, never as its source's lines (must not fire)", () => {
    const cancelled = calendar("20260218").map((l) => (l === "END:VEVENT" ? "STATUS:CANCELLED\nEND:VEVENT" : l));
    const counts = countsOf(
      extractReport(
        cancelled.flatMap((l) => l.split("\n")),
        "rv37-kolmyra",
        2025,
      ),
    );
    expect(counts).not.toContain("förbundet:enrolled/all=176");
  });
  it("the whole extraction stores no 2025 count from the November 2025 event (must not fire)", () => {
    const counts = countsOf(extractReport(calendar("20251120"), "rv37-kolmyra", 2025));
    expect(counts).not.toContain("förbundet:enrolled/all=176");
  });
});

describe("a checked equity bridge under an earlier item's text naming the interventions together (real25 shape)", () => {
  const SUM = "Ingående 1 804 000 kr + årets resultat −96 500 kr = utgående 1 707 500 kr.";
  it("an item above on 'insatsernas rapporter' and 'insatsmedel' leaves the sum the federation's (must fire)", () => {
    const out = moneyArithmetic(
      [
        "Kontrollpunkt   Utfall",
        "",
        "Utbetalda insatsmedel till 5 insatser stämmer med besluten.",
        "",
        "Statistiken stämmer med insatsernas rapporter.",
        "",
        `Avstämning av eget kapital. ${SUM}`,
      ],
      2025,
    );
    expect(out?.[6]).toContain("Eget kapital vid årets slut uppgick till 1 707 500 kr.");
  });
  it("a lead naming one intervention ('Kontrollen avser insatsen Steget.') keeps the sum as written (must not fire)", () => {
    expect(moneyArithmetic(["Kontrollen avser insatsen Steget.", "", SUM], 2025)).toBeUndefined();
    expect(moneyArithmetic(["Projektets ekonomi", SUM], 2025)).toBeUndefined();
  });
});

describe("a heading opening on another organisation's own ('Föreningens ekonomi') heads no figure of the federation's (real26 shape)", () => {
  const money = (heading: string) =>
    (
      extractReport(
        [
          "Samordningsförbundet Ravik",
          "Verksamhetsberättelse 2025",
          "",
          heading,
          "Intäkterna uppgick till 540 000 kronor och kostnaderna till 512 000 kronor.",
          "",
        ],
        "ravik",
        2025,
      ) as AnyFact[]
    )
      .filter((f) => f.table === "finance")
      .map((f) => `${f.year}:${f.item}=${f.amount_sek}`);
  it("under 'FÖRENINGENS EKONOMI' or 'Bolagets resultat' the money is not the federation's (must not fire)", () => {
    expect(money("FÖRENINGENS EKONOMI")).not.toContain("2025:revenue_operating=540000");
    expect(money("Bolagets resultat")).not.toContain("2025:revenue_operating=540000");
  });
  it("under 'Förbundets ekonomi' it is (must fire)", () => {
    expect(money("Förbundets ekonomi")).toContain("2025:revenue_operating=540000");
  });
});
