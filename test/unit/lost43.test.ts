/**
 * Stop 43, r43-lost: right figures stop 41's review fixes refused with the wrong ones, won back by making
 * each refusal precise. Every review41 must-NOT case still holds; these add a must-fire and must-NOT
 * cases in other words for each narrowed rule. Made-up federation (Ravik), people and figures.
 */
import { describe, expect, it } from "vitest";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

const report = (lines: string[], year = 2025) =>
  extractReport(["Samordningsförbundet Ravik", `Verksamhetsberättelse ${year}`, "", ...lines], "ravik", year);

describe("destinationRuns: a header setting a count's column apart from its shares", () => {
  // e9ade4cf refused any table whose caption or header names a share; a header "Antal   Andel" says the
  // share is a column of its own, and the rows' whole numbers are the counts.
  const rows = [
    "Arbete                     31       28,2",
    "Studier                    12       10,9",
    "Arbetssökande              27       24,5",
    "Annat                      40       36,4",
    "Summa                     110      100,0",
  ];
  it("reads the counts under 'Antal' beside a share and its interval (must fire)", () => {
    const facts = report([
      "Tabell 3. Läget när insatsen avslutades (n = 110)",
      "                           Antal    Andel     90 % KI",
      "Arbete                        31    28,2 %    21,4–35,9",
      "Studier                       12    10,9 %     6,4–17,1",
      "Arbetssökande                 27    24,5 %    18,0–32,1",
      "Annat                         40    36,4 %    28,9–44,5",
      "Summa                        110   100,0 %",
    ]);
    expect(exitsOf(facts)).toEqual(
      expect.arrayContaining(["förbundet:work=31", "förbundet:studies=12", "förbundet:job_seeker=27"]),
    );
  });
  it("a caption naming count and share ('antal och andel') over such a header (must fire)", () => {
    const facts = report(["Avslut 2025, antal och andel", "Destination               Antal    Andel", ...rows]);
    expect(exitsOf(facts)).toContain("förbundet:work=31");
  });
  it("a header of shares alone over whole numbers summing to 100 stores nothing (must not fire)", () => {
    const facts = report([
      "Avslutade deltagare 2025 efter vart de gick",
      "Gick vidare till        Andel (%)",
      "Arbete                     28",
      "Studier                    11",
      "Arbetssökande              25",
      "Annat                      36",
      "Summa                     100",
    ]);
    expect(exitsOf(facts)).not.toContain("förbundet:work=28");
    expect(countsOf(facts)).not.toContain("förbundet:exited/all=100");
  });
  it("a header 'Antal   Andel' under a caption naming a group stores nothing as all exits' (must not fire)", () => {
    const facts = report(["Avslutade kvinnor 2025", "Gick vidare till        Antal    Andel (%)", ...rows]);
    expect(exitsOf(facts)).not.toContain("förbundet:work=31");
  });
  it("a header 'Antal   Andel' under a caption of a span since the start stores nothing (must not fire)", () => {
    const facts = report(["Avslut sedan starten 2019", "Gick vidare till        Antal    Andel (%)", ...rows]);
    expect(exitsOf(facts)).not.toContain("förbundet:work=31");
  });
  it("whole-number shares beside the counts make a second column no year heads (must not fire)", () => {
    const facts = report([
      "Avslutade deltagare 2025 efter vart de gick",
      "Gick vidare till        Antal    Andel (%)",
      "Arbete                     31       28",
      "Studier                    12       11",
      "Arbetssökande              27       25",
      "Annat                      40       36",
      "Summa                     110      100",
    ]);
    expect(exitsOf(facts)).not.toContain("förbundet:work=28");
  });
});

describe("destinationRuns part: the destination written before its count", () => {
  // e9ade4cf asked a part's first count to follow lead words only ("Av dem gick"); a list written label
  // first ("Till arbete 15, till studier 8") opens on the destination itself.
  const list = (last: string, note: string[] = []) =>
    exitsOf(report([...note, "Deltagarna", "• Deltagare 182, nya 95", "• Avslutade 64", last]));
  it("'• Till arbete 15, till studier 8' after the year's exits (must fire)", () => {
    expect(list("• Till arbete 15, till studier 8")).toEqual(
      expect.arrayContaining(["förbundet:work=15", "förbundet:studies=8"]),
    );
  });
  it("the same under a note declaring the brackets last year's ('årets utfall (fg år)') (must fire)", () => {
    const facts = exitsOf(
      report([
        "Talen anges som årets utfall (fg år).",
        "",
        "Deltagarna",
        "• Deltagare 182 (170), nya 95 (88)",
        "• Avslutade 64 (58)",
        "• Till arbete 15 (12), till studier 8 (9)",
      ]),
    );
    expect(facts).toEqual(expect.arrayContaining(["förbundet:work=15", "förbundet:studies=8"]));
  });
  it("a group's destinations written label first are not all exits' ('Kvinnor till arbete 9') (must not fire)", () => {
    expect(list("• Kvinnor till arbete 9, till studier 5")).not.toContain("förbundet:work=9");
  });
  it("an intervention's destinations written label first are not the federation's ('I Steget till arbete 6') (must not fire)", () => {
    expect(list("• I Steget till arbete 6, till studier 2")).not.toContain("förbundet:work=6");
  });
  it("a name before the destination label ('Steget arbete 6') is not the federation's (must not fire)", () => {
    expect(list("• Steget arbete 6, studier 2")).not.toContain("förbundet:work=6");
  });
  it("the destination's label alone ('Arbete 15, studier 8') after the year's exits (must fire)", () => {
    expect(list("• Arbete 15, studier 8")).toEqual(
      expect.arrayContaining(["förbundet:work=15", "förbundet:studies=8"]),
    );
  });
  it("a group named before the destination label ('Unga arbete 7') is not all exits' (must not fire)", () => {
    expect(list("• Unga arbete 7, studier 4")).not.toContain("förbundet:work=7");
  });
});

describe("parseProseFigures: 'Av dem' right after the exits named as a part ('N av dem avslutade')", () => {
  // 9c86bf5d refused every 'Av dem …' after 'N av dem …' (R26: a part that is a group); where the part
  // named before is the exits, 'Av dem gick …' says where those exits went.
  const exits = (sentences: string) =>
    exitsOf(report(["Deltagare", "", sentences])).filter((f) => f.startsWith("förbundet:"));
  it("'… och 88 av dem lämnade insatserna. Av dem gick 30 till arbete eller studier.' (must fire)", () => {
    expect(
      exits(
        "Under 2025 fick 214 personer stöd i förbundets insatser, och 88 av dem lämnade insatserna under året. Av dem gick 30 till arbete eller studier.",
      ),
    ).toContain("förbundet:work_or_studies=30");
  });
  it("'Av dem som slutade har …' after the exits' part (must fire)", () => {
    expect(
      exits(
        "Förbundet hade 214 deltagare 2025, och 88 av dem slutade under året. Av dem som slutade gick 19 till arbete och 9 till studier.",
      ),
    ).toEqual(expect.arrayContaining(["förbundet:work=19", "förbundet:studies=9"]));
  });
  it("after a part that is a group, 'Av dem gick …' stays unread (must not fire)", () => {
    expect(
      exits("Förbundet hade 214 deltagare 2025, och 61 av dem var under 30 år. Av dem gick 19 till arbete."),
    ).not.toContain("förbundet:work=19");
  });
  it("after the exits and a group both named as parts, 'Av dem gick …' stays unread (must not fire)", () => {
    expect(
      exits(
        "Förbundet hade 214 deltagare 2025; 88 av dem avslutade och 40 av dessa var nyanlända. Av dem gick 12 till arbete.",
      ),
    ).not.toContain("förbundet:work=12");
  });
  it("'Av dem var 41 kvinnor' after the exits' part is no count of the women enrolled (must not fire)", () => {
    const facts = report([
      "Deltagare",
      "",
      "Förbundet hade 214 deltagare 2025, och 88 av dem avslutade under året. Av dem var 41 kvinnor.",
    ]);
    expect(countsOf(facts)).not.toContain("förbundet:enrolled/woman=41");
  });
});

describe("parseMultiYearTables bareCardIsOwnYear: a reading note measuring against the budget is no plan's title", () => {
  // f1d4ba2a refused a scorecard 'Utfall   Mål' wherever 'budget' stood in the first ten lines; a note
  // saying the differences are against the budget is a comparison, not a plan's title.
  const counts = (lines: string[], year = 2025) =>
    (documentFacts({ federation: "tjarnliden", year }, lines) as AnyFact[])
      .filter((f) => f.table === "participant_count" && f.intervention === null)
      .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`);
  const CARD = [
    "Deltagare 2025",
    "                              Utfall    Mål    Skillnad",
    "Deltagare under året             144    130    14 fler",
    "Avslutade deltagare               58     60    2 färre",
  ];
  it("a note 'Avvikelser redovisas jämfört med budget och mål' leaves the card read (must fire)", () => {
    const lines = [
      "Samordningsförbundet Tjärnliden – årsberättelse 2025",
      "",
      "Läsanvisning: avvikelser redovisas jämfört med budget och mål, i ord efter talet.",
      "",
      ...CARD,
    ];
    expect(counts(lines)).toEqual(expect.arrayContaining(["2025:enrolled/all=144", "2025:exited/all=58"]));
  });
  it("a plan's title with the same note still refuses the card (must not fire)", () => {
    const lines = [
      "Samordningsförbundet Tjärnliden",
      "Verksamhetsplan 2026",
      "",
      "Läsanvisning: avvikelser redovisas jämfört med budget och mål.",
      "",
      ...CARD.map((l) => l.replace("2025", "2026")),
    ];
    expect(counts(lines, 2026)).not.toContain("2026:enrolled/all=144");
  });
  it("a title naming the budget ('Budget och verksamhet 2026') still refuses the card (must not fire)", () => {
    const lines = ["Samordningsförbundet Tjärnliden", "Budget och verksamhet 2026", "", ...CARD.slice(1)];
    expect(counts(lines, 2026)).not.toContain("2026:enrolled/all=144");
  });
});

describe("readDecisions: 'beslutar att' with the adopted thing first and a passive verb", () => {
  // e257bbc1 made 'beslutar att' approved only after an adopting verb in the active; the passive says the
  // same ("att förbundets firma tecknas av …", "att N utses till …").
  const outcome = (decision: string) =>
    (
      documentFacts({ federation: "ravik", kind: "board_minutes", date: "2026-02-12" }, [
        "Samordningsförbundet Ravik",
        "Protokoll fört vid styrelsens sammanträde",
        "Datum: 2026-02-12 kl. 13.00–15.00",
        "",
        "§ 4  Sekreterare och attest",
        decision,
        "",
      ]) as AnyFact[]
    ).find((f) => f.table === "decision" && f.item_ref === "§4")?.outcome;
  it("'… att avtalet om lokaler tecknas av förbundschefen' is approved (must fire)", () => {
    expect(outcome("Styrelsen beslutar att avtalet om lokaler tecknas av förbundschefen.")).toBe("approved");
  });
  it("'… att en arbetsgrupp för uppföljning inrättas' is approved (must fire)", () => {
    expect(outcome("Styrelsen beslutade att en arbetsgrupp för uppföljning inrättas från 1 mars.")).toBe("approved");
  });
  it("'… att avtalet tecknas först vid nästa sammanträde' is no approval (must not fire)", () => {
    expect(outcome("Styrelsen beslutar att avtalet med regionen tecknas först vid nästa sammanträde.")).not.toBe(
      "approved",
    );
  });
  it("'… att ärendet återremitteras till kansliet' stays no approval (must not fire)", () => {
    expect(outcome("Styrelsen beslutar att ärendet återremitteras till kansliet.")).not.toBe("approved");
  });
  it("'… att ärendet överlämnas till förbundsstämman' is no approval (must not fire)", () => {
    expect(outcome("Styrelsen beslutar att ärendet överlämnas till förbundsstämman.")).not.toBe("approved");
  });
  it("'… att ansökan inte beviljas i år' is no approval (must not fire)", () => {
    expect(outcome("Styrelsen beslutar att ansökan från Steget inte beviljas i år.")).not.toBe("approved");
  });
});
