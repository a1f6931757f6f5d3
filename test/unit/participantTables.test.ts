import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseParticipantTables, readColumns } from "../../loaders/extract/general/parseParticipantTables.ts";
import { isHeading } from "../../loaders/extract/general/sectionScope.ts";
import { docOf, reportLines, type AnyFact } from "../helpers.ts";

const doc = (lines: string[], year = 2023) => new DocumentText("test/2023-annual-report", lines, year);
const parse = (lines: string[], year = 2023) => {
  const out = parseParticipantTables(doc(lines, year));
  return { facts: out.facts as AnyFact[], findings: out.findings, coverage: out.coverage };
};
const counts = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_count")
    .map((f) => `${f.intervention}:${f.year}:${f.measure}/${f.gender}=${f.value}@${f.line}`);
const exits = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "participant_breakdown")
    .map((f) => `${f.intervention}:${f.category}=${f.value}@${f.line}`);

describe("header columns", () => {
  it("reads columns in any order, one line", () => {
    expect(readColumns(["Insats Kvinnor Män Totalt Nya Avslutade"])).toEqual([
      { measure: "enrolled", gender: "woman" },
      { measure: "enrolled", gender: "man" },
      { measure: "enrolled", gender: "all" },
      { measure: "new", gender: "all" },
      { measure: "exited", gender: "all" },
    ]);
    expect(readColumns(["Avslutade Pågående Antal deltagare K M"])?.map((c) => `${c.measure}/${c.gender}`)).toEqual([
      "exited/all",
      "ongoing/all",
      "enrolled/all",
      "enrolled/woman",
      "enrolled/man",
    ]);
  });

  it("gives each gender pair to the measure before it when there are several", () => {
    expect(readColumns(["Nya K M Avslutade K M"])?.map((c) => `${c.measure}/${c.gender}`)).toEqual([
      "new/all",
      "new/woman",
      "new/man",
      "exited/all",
      "exited/woman",
      "exited/man",
    ]);
  });

  it("reads stacked header cells", () => {
    expect(
      readColumns([
        "Insatsnamn",
        "Budget antal delt.",
        "Totalt antal delt.",
        "Antal nya",
        "delt.",
        "Pågående delt.",
      ])?.map((c) => c.measure),
    ).toEqual(["budgeted", "enrolled", "new", "ongoing"]);
  });

  it("refuses a header with a column named twice or only one column", () => {
    expect(readColumns(["Totalt Summa"])).toBeUndefined();
    expect(readColumns(["Insats Totalt"])).toBeUndefined();
  });
});

describe("participant tables", () => {
  it("reads intervention rows and a Summa row as the federation's", () => {
    const { facts } = parse([
      "Deltagare per insats",
      "",
      "Insats Kvinnor Män Totalt",
      "Steget 12 8 20",
      "Unga vuxna 1 200 1 100 2 300",
      "Summa 1 212 1 108 2 320",
      "",
      "Kommentar till tabellen.",
    ]);
    expect(counts(facts)).toEqual([
      "Steget:2023:enrolled/woman=12@4",
      "Steget:2023:enrolled/man=8@4",
      "Steget:2023:enrolled/all=20@4",
      "Unga vuxna:2023:enrolled/woman=1200@5",
      "Unga vuxna:2023:enrolled/man=1100@5",
      "Unga vuxna:2023:enrolled/all=2300@5",
      "null:2023:enrolled/woman=1212@6",
      "null:2023:enrolled/man=1108@6",
      "null:2023:enrolled/all=2320@6",
    ]);
  });

  it("reads K/M columns and gender rows, never as interventions", () => {
    const { facts } = parse([
      "Året i siffror",
      "",
      "Totalt Nya Avslutade",
      "Kvinnor 60 20 15",
      "Män 50 18 12",
      "Totalt 110 38 27",
    ]);
    expect(counts(facts)).toEqual([
      "null:2023:enrolled/woman=60@4",
      "null:2023:new/woman=20@4",
      "null:2023:exited/woman=15@4",
      "null:2023:enrolled/man=50@5",
      "null:2023:new/man=18@5",
      "null:2023:exited/man=12@5",
      "null:2023:enrolled/all=110@6",
      "null:2023:new/all=38@6",
      "null:2023:exited/all=27@6",
    ]);
  });

  it("skips a member's row with a finding", () => {
    const { facts, findings } = parse([
      "Insats Totalt Nya",
      "Exempelby kommun 30 12",
      "Region Exempel 4 2",
      "Steget 20 8",
    ]);
    expect(counts(facts)).toEqual(["Steget:2023:enrolled/all=20@4", "Steget:2023:new/all=8@4"]);
    expect(findings.filter((f) => f.check_id === "participant_table.member_row").map((f) => f.line)).toEqual([2, 3]);
  });

  it("reads a table of members' participants as members, never interventions, and keeps its total", () => {
    const { facts, findings } = parse([
      "Deltagare per medlem i förbundets insatser",
      "Kommun Totalt Kvinnor Män",
      "Norrby 30 18 12",
      "Söderby 20 9 11",
      "Totalt 50 27 23",
    ]);
    expect(counts(facts)).toEqual([
      "null:2023:enrolled/all=50@5",
      "null:2023:enrolled/woman=27@5",
      "null:2023:enrolled/man=23@5",
    ]);
    expect(findings.filter((f) => f.check_id === "participant_table.member_row").map((f) => f.value)).toEqual([
      "Norrby",
      "Söderby",
    ]);
  });

  it("stores a table of gender rows only when it knows whose it is", () => {
    expect(parse(["Steget", "", "Totalt Nya Avslutade", "Kvinnor 6 2 1", "Män 4 2 2"]).facts).toEqual([]);
    expect(counts(parse(["Året i siffror", "", "Totalt Nya Avslutade", "Kvinnor 6 2 1"]).facts)).toEqual([
      "null:2023:enrolled/woman=6@4",
      "null:2023:new/woman=2@4",
      "null:2023:exited/woman=1@4",
    ]);
  });

  it("joins a label wrapped above its numbers and reads blank lines between rows", () => {
    const { facts } = parse([
      "Insats Totalt Avslutade",
      "",
      "Arbetslivsinriktad rehabilitering",
      "för unga 14 6",
      "",
      "Steget 20 8",
    ]);
    expect(counts(facts)).toEqual([
      "Arbetslivsinriktad rehabilitering för unga:2023:enrolled/all=14@4",
      "Arbetslivsinriktad rehabilitering för unga:2023:exited/all=6@4",
      "Steget:2023:enrolled/all=20@6",
      "Steget:2023:exited/all=8@6",
    ]);
  });

  it("reports a row with the wrong number of values and stores none of it", () => {
    const { facts, findings } = parse(["Insats Totalt Nya Avslutade", "Steget 20 8 5", "Bron 14 6"]);
    expect(counts(facts)).toHaveLength(3);
    expect(findings.map((f) => [f.check_id, f.line])).toEqual([["participant_table.column_count", 3]]);
  });

  it("reads a table whose rows are years", () => {
    const { facts } = parse([
      "Deltagare i samtliga insatser de senaste åren:",
      "Antal deltagare Antal nya Antal avslutade",
      "2021 180 90 70",
      "2022 200 110 95",
      "2023 230 120 100",
    ]);
    expect(counts(facts).filter((c) => c.includes(":2022:"))).toEqual([
      "null:2022:enrolled/all=200@4",
      "null:2022:new/all=110@4",
      "null:2022:exited/all=95@4",
    ]);
  });

  it("does not guess whose a table of years is", () => {
    const { facts, findings } = parse([
      "Antal deltagare Antal nya Antal avslutade",
      "2022 200 110 95",
      "2023 230 120 100",
    ]);
    expect(facts).toEqual([]);
    expect(findings.map((f) => [f.check_id, f.line])).toEqual([
      ["coverage.unread_number", 2],
      ["coverage.unread_number", 3],
    ]);
  });

  it("reads a table with year columns and measure rows", () => {
    const { facts } = parse([
      "Förbundets insatser i siffror",
      "Deltagare 2023 2022",
      "Inskrivna 245 230",
      "varav kvinnor 140 128",
      "varav män 105 102",
      "Nya deltagare 120 111",
      "Avslutade 85 90",
      "",
      "Verksamhetens intäkter 100 200",
    ]);
    expect(counts(facts)).toEqual([
      "null:2023:enrolled/all=245@3",
      "null:2022:enrolled/all=230@3",
      "null:2023:enrolled/woman=140@4",
      "null:2022:enrolled/woman=128@4",
      "null:2023:enrolled/man=105@5",
      "null:2022:enrolled/man=102@5",
      "null:2023:new/all=120@6",
      "null:2022:new/all=111@6",
      "null:2023:exited/all=85@7",
      "null:2022:exited/all=90@7",
    ]);
  });

  it("reads a gender table with year columns ('Kön 2024 2023'), each column as its year", () => {
    const { facts } = parse(
      ["Förbundets deltagare", "Deltagare efter kön", "Kön 2024 2023", "Kvinnor 41 37", "Män 29 34", "Totalt 70 71"],
      2024,
    );
    expect(counts(facts)).toEqual([
      "null:2024:enrolled/woman=41@4",
      "null:2023:enrolled/woman=37@4",
      "null:2024:enrolled/man=29@5",
      "null:2023:enrolled/man=34@5",
      "null:2024:enrolled/all=70@6",
      "null:2023:enrolled/all=71@6",
    ]);
    // Under an intervention's heading it is that intervention's; with no owner it is not stored.
    expect(counts(parse(["Insats: Bron", "", "Kön 2024 2023", "Kvinnor 8 6", "Män 5 7"], 2024).facts)).toEqual([
      "Bron:2024:enrolled/woman=8@4",
      "Bron:2023:enrolled/woman=6@4",
      "Bron:2024:enrolled/man=5@5",
      "Bron:2023:enrolled/man=7@5",
    ]);
    expect(parse(["Kön 2024 2023", "Kvinnor 8 6", "Män 5 7"], 2024).facts).toEqual([]);
    // Years that do not run one after the other are no header.
    expect(parse(["Förbundets deltagare", "Kön 2024 2021", "Kvinnor 41 37", "Män 29 34"], 2024).facts).toEqual([]);
  });

  it("does not read amounts under a header that looks like participants", () => {
    expect(
      parse(["Insatsernas kostnader, kr", "Insats Budget Totalt", "Steget 500 000 480 000", "Bron 300 000 310 000"])
        .facts,
    ).toEqual([]);
    expect(parse(["Året i siffror", "", "Insats Budget Totalt", "Steget 500 000 480 000"]).facts).toEqual([]);
  });

  it("leaves prose and financial statements alone", () => {
    const { facts } = parse([
      "Resultaträkning 2023 2022",
      "Verksamhetens intäkter 4 200 000 4 100 000",
      "Under året har 245 personer deltagit, 12 fler än 2022.",
    ]);
    expect(facts).toEqual([]);
  });

  it("gives a table under an intervention's heading to that intervention, and leaves its total row unread", () => {
    const { facts, findings } = parse(["", "Insats: Bron", "", "Totalt Kvinnor Män", "Summa 14 8 6", "Kvinnor 8 0 0"]);
    expect(counts(facts)).toEqual([]);
    // The total row's, and the "Kvinnor 8 0 0" row's: its women and men do not add up to its total.
    expect(findings.map((f) => `${f.check_id}@${f.line}`)).toEqual([
      "coverage.unread_number@5",
      "coverage.unread_number@6",
    ]);
  });
});

describe("whose a table under a caption is", () => {
  const report = (heading: string, caption: string) => [
    heading,
    "",
    "Samverkan har fortsatt att utvecklas under året.",
    "",
    caption,
    "",
    "Kvinnor Män Totalt",
    "Deltagare totalt 49 52 101",
    "Nyinskrivna 27 28 55",
  ];

  it("takes a caption naming participants ('Tabell 1. Deltagare') as the federation's where no section says", () => {
    expect(counts(parse(report("Utblick", "Tabell 1. Deltagare")).facts)).toContain("null:2023:enrolled/all=101@8");
  });

  it("reads 'Året som gått' as the federation's summary", () => {
    expect(counts(parse(report("Året som gått", "Tabell 1")).facts)).toContain("null:2023:enrolled/all=101@8");
  });

  it("does not make an intervention's table or a caption naming something else the federation's (must not fire)", () => {
    expect(counts(parse(report("Insatsen Steget", "Tabell 1. Deltagare")).facts)).toContain(
      "Steget:2023:enrolled/all=101@8",
    );
    expect(counts(parse(report("Utblick", "Tabell 1. Steget")).facts)).toEqual([]);
  });
});

describe("money near a participant table", () => {
  const table = (above: string[]) => [
    "Året i siffror",
    "",
    ...above,
    "Deltagare 2023",
    "",
    "Totalt  Kvinnor  Män",
    "Deltagare totalt  81  39  42",
    "Nyinskrivna  31  15  16",
  ];

  it("reads the table when only the paragraph before it speaks of money", () => {
    const lines = table(["Intäkterna uppgick till 4,4 milj. kr och kostnaderna till 4,0 mnkr.", ""]);
    expect(counts(parse(lines).facts)).toContain("null:2023:enrolled/woman=39@8");
  });

  it("does not read a table whose caption gives an amount unit (must not fire)", () => {
    const lines = table(["Belopp i tkr"]);
    expect(counts(parse(lines).facts)).toEqual([]);
  });
});

describe("an older scanned report's participant and exit tables", () => {
  const TABLES = [
    "Verksamheten under året",
    "Tabell 1  Deltagare  2016",
    "                            Kvinnor    Män    Totalt",
    "Inskrivna 1 januari           31        24       55",
    "Nya under året                40        35       75",
    "Avslutade                     38        31       69",
    "Inskrivna 31 december         33        28       61",
    "",
    "Tabell 2  Avslutade  2016  efter avslutsorsak",
    "                             K      M     Tot",
    "Arbete                        4      5      9",
    "Studier                       5      —      5",
    "Annan insats / fortsatt",
    "rehabilitering               11      8     19",
    "Övrigt                       36     —      36",
    "Summa                        56     13     69",
  ];
  const { facts } = parse(TABLES, 2016);
  it("stores no count at a date as the year's figures or as an intervention", () => {
    expect(counts(facts).filter((c) => /@(4|7)$/.test(c))).toEqual([]);
    // Must not fire: the year's rows around them are read.
    expect(counts(facts)).toContain("null:2016:new/all=75@5");
    expect(counts(facts)).toContain("null:2016:exited/all=69@6");
  });
  it("takes an unknown row among measure rows for an unknown measure, never an intervention", () => {
    const table = (last: string) =>
      counts(
        parse([
          "Deltagare under året",
          "                                 Kvinnor   Män   Totalt",
          "Inskrivna under perioden             120    95      215",
          "Nya under perioden                    61    48      109",
          `${last.padEnd(36)}  40    33       73`,
        ]).facts,
      );
    // Must fire: a stock at the period's end and a measure the lexicon does not know are unread.
    expect(table("Pågående vid periodens slut").filter((c) => c.endsWith("@5"))).toEqual([]);
    expect(table("Inskrivna i väntan på start").filter((c) => c.endsWith("@5"))).toEqual([]);
    expect(table("Inskrivna i väntan på start")).toContain("null:2023:new/all=109@4");
    // Must not fire: rows that name interventions under the same columns are interventions.
    const perIntervention = counts(
      parse([
        "Deltagare per insats",
        "Insats                           Kvinnor   Män   Totalt",
        "Steget                               40    33       73",
        "Navet                                21    15       36",
        "Totalt                               61    48      109",
      ]).facts,
    );
    expect(perIntervention).toContain("Steget:2023:enrolled/all=73@3");
    expect(perIntervention).toContain("null:2023:enrolled/all=109@5");
  });
  it("reads the exit table under its numbered caption: dashes as empty cells, a label wrapped over two lines", () => {
    expect(exits(facts)).toEqual([
      "null:work=9@11",
      "null:studies=5@12",
      "null:continued_rehab=19@14",
      "null:other_exit=36@15",
    ]);
    // Its rows are destinations, never interventions.
    expect(counts(facts).filter((c) => !c.startsWith("null:"))).toEqual([]);
  });
  it("reads an exit table captioned by where the exited went", () => {
    const caption = (c: string) =>
      exits(
        parse(
          [
            "Verksamheten under året",
            c,
            "",
            "                          Antal",
            "Arbete                       21",
            "Studier                       9",
            "Summa avslutade              30",
          ],
          2024,
        ).facts,
      );
    expect(caption("Tabell 2. Avslutade deltagare 2024 efter vad de gick vidare till")).toEqual([
      "null:work=21@5",
      "null:studies=9@6",
    ]);
    // Must not fire: a caption about something else is no exit table.
    expect(caption("Tabell 2. Avslutade deltagare 2024 efter vad de tyckte om insatsen")).toEqual([]);
  });
  it("keeps a total row with a dash unread (must not fire)", () => {
    const out = parse([...TABLES.slice(0, -1), "Summa                        56     —     69"], 2016);
    expect(counts(out.facts).filter((c) => c.endsWith("@16"))).toEqual([]);
  });
});

describe("a header laid out in columns, read cell by cell", () => {
  const table = (header: string) => [
    "Tabell 4. Deltagare och avslut per insats 2023",
    "",
    header,
    "Brobygget             52              30          27             6              3",
    "Nästa Steg            40              22          25             4              5",
    "Summa                 92              52          52            10              8",
  ];

  it("takes 'Deltagare' after the label column's title as the participants column, and the Summa row as the federation's", () => {
    const { facts } = parse(
      table("Insats          Deltagare   varav kvinnor   Avslutade   Till arbete   Till studier"),
    );
    expect(counts(facts).filter((c) => c.startsWith("null:"))).toEqual([
      "null:2023:enrolled/all=92@6",
      "null:2023:enrolled/woman=52@6",
      "null:2023:exited/all=52@6",
    ]);
    expect(exits(facts)).toContain("null:work=10@6");
    expect(exits(facts)).toContain("Brobygget:studies=3@4");
    // An intervention's row is never the federation's.
    expect(counts(facts)).toContain("Brobygget:2023:enrolled/all=52@4");
  });

  it("reads a by-municipality table: its Summa row is the federation's, its member rows never are", () => {
    const { facts, findings } = parse([
      "Tabell 2. Deltagare och avslut per hemkommun 2023",
      "",
      "Hemkommun        Deltagare   Kvinnor   Män   Avslutade   Till arbete   Till studier",
      "Norrby                  61        35    26          33             8              4",
      "Söderås                 44        20    24          21             5              2",
      "Summa                  105        55    50          54            13              6",
    ]);
    expect(counts(facts)).toEqual([
      "null:2023:enrolled/all=105@6",
      "null:2023:enrolled/woman=55@6",
      "null:2023:enrolled/man=50@6",
      "null:2023:exited/all=54@6",
    ]);
    expect(exits(facts)).toEqual(["null:work=13@6", "null:studies=6@6"]);
    expect(findings.filter((f) => f.check_id === "participant_table.member_row").map((f) => f.line)).toEqual([4, 5]);
  });

  it("reads an exit table whose header is drawn with pipes, share after the count", () => {
    const { facts } = parse([
      "Vart gick förbundets deltagare?",
      "",
      "| Avslutsorsak | Antal | Andel |",
      "|---|---:|---:|",
      "| Arbete | 13 | 25 % |",
      "| Studier | 6 | 12 % |",
      "| Summa | 52 | 100 % |",
    ]);
    expect(exits(facts)).toEqual(["null:work=13@5", "null:studies=6@6"]);
  });

  it("does not read a laid-out header with a cell that names no column (must not fire)", () => {
    expect(
      parse(table("Insats          Deltagare   Budget kr   Avslutade   Till arbete   Till studier")).facts,
    ).toEqual([]);
  });
});

describe("exit tables", () => {
  it("maps labels through the exit-outcome codes; an unknown label is reported, a blank cell is not reported", () => {
    const { facts, findings } = parse([
      "Avslutsorsaker",
      "",
      "Avslutade till antal",
      "Arbete 12",
      "Studier 7",
      "Arbetssökande",
      "Gemensam kartläggning 4",
      "Flyttat 3",
      "Summa 26",
      "",
      "",
      "Text efter tabellen 5",
    ]);
    expect(exits(facts)).toEqual(["null:work=12@4", "null:studies=7@5", "null:joint_assessment=4@7"]);
    expect(counts(facts)).toEqual(["null:2023:exited/all=26@9"]);
    expect(findings.map((f) => [f.check_id, f.line, f.value])).toEqual([["exit_table.unknown_label", 8, "Flyttat"]]);
  });

  it("reads a table headed 'Avslutade efter orsak  Antal'", () => {
    const { facts } = parse([
      "Avslutsorsaker",
      "",
      "Avslutade efter orsak                 Antal",
      "Arbete                                   11",
      "Studier                                   4",
      "Summa                                    15",
    ]);
    expect(exits(facts)).toEqual(["null:work=11@4", "null:studies=4@5"]);
  });

  it("does not read 'Avslutade efter orsak' with a word that is no column as an exit table (must not fire)", () => {
    const lines = ["Avslutsorsaker", "", "Avslutade efter orsak redovisas i bilaga", "Arbete 11", "Studier 4"];
    expect(exits(parse(lines).facts)).toEqual([]);
  });

  it("reads 'Arbete/studier' as the joint category", () => {
    expect(
      exits(parse(["Avslutsorsaker", "", "Avslutade till antal", "Arbete/studier 9", "Aktivt arbetssökande 3"]).facts),
    ).toEqual(["null:work_or_studies=9@4", "null:job_seeker=3@5"]);
  });

  it("takes the total column of a gender-split exit table", () => {
    const { facts } = parse([
      "Avslutsorsaker",
      "",
      "Orsak till avslut Kvinnor Män Totalt",
      "Arbete 5 7 12",
      "Studier 4 3 7",
    ]);
    expect(exits(facts)).toEqual(["null:work=12@4", "null:studies=7@5"]);
  });

  it("does not guess whose an exit table is", () => {
    const { facts, findings } = parse(["Steget", "", "Avslut mot antal", "Arbete 5", "Studier 2"]);
    expect(facts).toEqual([]);
    expect(findings.map((f) => [f.check_id, f.line])).toEqual([["coverage.unread_number", 3]]);
  });

  it("reads the count column of an exit table that also has shares", () => {
    expect(
      exits(parse(["Avslutsorsaker", "", "Avslut mot antal andel", "Arbete 12 32%", "Studier 5 13 %"]).facts),
    ).toEqual(["null:work=12@4", "null:studies=5@5"]);
  });

  it("reads a pipe-drawn exit table with the share before the count, its caption naming all interventions", () => {
    const { facts } = parse([
      "Tabell 3. Avslutade deltagare 2023 efter vad de gick vidare till (samtliga insatser).",
      "",
      "| Vidare till          | Andel | Antal |",
      "|----------------------|------:|------:|",
      "| Arbete               |  25 % |    13 |",
      "| Studier              |  12 % |     6 |",
      "| Annat                |  63 % |    33 |",
      "| **Summa**            | **100 %** | **52** |",
    ]);
    expect(exits(facts)).toEqual(["null:work=13@5", "null:studies=6@6", "null:other_exit=33@7"]);
    expect(counts(facts)).toEqual(["null:2023:exited/all=52@8"]);
    // The fact cites the document's line as written, pipes and all.
    expect(facts.find((f) => f.category === "work")!.text).toBe("| Arbete | 25 % | 13 |");
  });

  it("does not read a pipe-drawn exit table whose column line holds a word that is no column (must not fire)", () => {
    const lines = [
      "Tabell 3. Avslutade deltagare efter vad de gick vidare till (samtliga insatser).",
      "",
      "| Vidare till | Andel | Antal | Kommentar |",
      "|-------------|------:|------:|-----------|",
      "| Arbete      |  25 % |    13 | varav två |",
      "| Studier     |  12 % |     6 | hösten    |",
    ];
    expect(exits(parse(lines).facts)).toEqual([]);
    // A first cell with a number in it is no label column's heading.
    const numbered = [
      ...lines.slice(0, 2),
      "| 2023 | Andel | Antal |",
      ...lines.slice(3, 6).map((l) => l.replace(/ [^|]+ \|$/, "")),
    ];
    expect(exits(parse(numbered).facts)).toEqual([]);
  });

  it("does not read an exit table with shares only", () => {
    expect(parse(["Avslutsorsaker", "", "Avslut mot andel", "Arbete 40", "Studier 20"]).facts).toEqual([]);
  });

  it("reads 'Övrigt' and 'Annan orsak' rows of an exit table as other exits, with counts beside shares", () => {
    const { facts, findings } = parse([
      "Avslutsorsaker",
      "",
      "Avslutade till Antal Andel",
      "Arbete 7 35 %",
      "Studier 4 20 %",
      "Övrigt 6 30 %",
      "Annan insats 3 15 %",
      "Totalt 20 100 %",
    ]);
    expect(exits(facts)).toEqual(["null:work=7@4", "null:studies=4@5", "null:other_exit=6@6"]);
    expect(counts(facts)).toEqual(["null:2023:exited/all=20@8"]);
    // A row naming something else stays a finding, not an other exit.
    expect(findings.map((f) => [f.check_id, f.value])).toEqual([["exit_table.unknown_label", "Annan insats"]]);
    expect(exits(parse(["Avslutsorsaker", "", "Avslut mot antal", "Arbete 2", "Annan orsak 1"]).facts)).toEqual([
      "null:work=2@4",
      "null:other_exit=1@5",
    ]);
  });

  it("reads counts beside a share column headed 'Andel %' whose shares carry no % sign", () => {
    const { facts } = parse([
      "Avslutade deltagare efter orsak",
      "                         Antal    Andel %",
      "Arbete                      12       30,0",
      "Studier                      8       20,0",
      "Arbetssökande               20       50,0",
      "Summa                       40      100,0",
    ]);
    expect(exits(facts)).toEqual(["null:work=12@3", "null:studies=8@4", "null:job_seeker=20@5"]);
    expect(counts(facts)).toEqual(["null:2023:exited/all=40@6"]);
  });

  it("never reads a decimal in a count column as a count (must not fire)", () => {
    const { facts } = parse([
      "Avslutade deltagare efter orsak",
      "                         Antal    Andel %",
      "Arbete                    12,5       30,0",
      "Studier                      8       20,0",
    ]);
    expect(exits(facts).filter((f) => f.includes("work"))).toEqual([]);
  });

  it("does not store two rows of one category (their sum is on no line)", () => {
    expect(
      exits(
        parse(["Avslutsorsaker", "", "Avslut mot antal", "Arbete 5", "Subventionerat arbete 3", "Studier 2"]).facts,
      ),
    ).toEqual(["null:studies=2@6"]);
  });
});

describe("the general layers on the real Kalmar report", () => {
  const out = parseAnnualReport(docOf(reportLines()));
  const facts = out.facts as AnyFact[];
  const key = (f: AnyFact) =>
    [
      f.table,
      String(f.table === "indicator" ? f.scope : f.intervention)
        .toLowerCase()
        .replace(/^intervention:/, ""),
      f.year,
      f.measure,
      f.gender,
      f.population,
      f.category,
      f.indicator,
    ].join("|");
  const general = facts.filter((f) => f.section.startsWith("general:"));
  const template = new Map<string, number[]>();
  for (const f of facts.filter((f) => !f.section.startsWith("general:")))
    template.set(key(f), [...(template.get(key(f)) ?? []), f.value]);

  it("reads table 1, table 2, the appendices' exit tables and the prose", () => {
    const by = (s: string) => general.filter((f) => f.section === s).length;
    expect(by("general:participant_table")).toBe(115); // 9 rows × 5 of table 1, 14 years × 5 of table 2
    expect(by("general:exit_table")).toBe(43); // with Pontibus's labels wrapped over two lines
    expect(by("general:prose")).toBeGreaterThanOrEqual(20);
  });

  it("agrees with Kalmar's template parsers on every figure both read", () => {
    const disagree = general.filter((f) => template.has(key(f)) && !template.get(key(f))!.includes(f.value));
    expect(disagree.map((f) => `${key(f)}=${f.value}@${f.line}`)).toEqual([]);
  });

  it("finds nothing the template parsers do not also have, but a rate its exits and destinations confirm", () => {
    // "Antal till arbete eller studier 9 st (37,5%)" under "Antal avslutade deltagare 24 st": 9 of 24
    // is 37.5 %; the template reads the count, the general reader its rate too (reportedRates.ts).
    expect(general.filter((f) => !template.has(key(f))).map((f) => `${key(f)}=${f.value} n=${f.n}@${f.line}`)).toEqual([
      "indicator|plattformen|2024||all|||work_or_studies_rate_reported=37.5 n=24@1677",
    ]);
  });

  it("reads the headline rate with its base and the federation's exits from prose", () => {
    const rate = general.find((f) => f.indicator === "positive_step_rate_reported" && f.scope === "federation");
    expect([rate?.value, rate?.n, rate?.line]).toEqual([59, 159, 763]);
    expect(
      general
        .filter((f) => f.section === "general:prose" && f.table === "participant_breakdown" && f.intervention === null)
        .map((f) => `${f.category}=${f.value}`),
    ).toEqual(["joint_assessment=40", "job_seeker=10"]);
  });
});

/** General-layer facts of a whole report, as short strings. */
function generalFacts(text: string, year = 2023): string[] {
  const out = parseAnnualReport(new DocumentText("test/2023-annual-report", text.split("\n"), year));
  return (
    (out.facts as AnyFact[])
      // Participant figures only: the general statements layer reads the finance rows.
      .filter(
        (f) =>
          f.section.startsWith("general:") &&
          (f.table === "participant_count" || f.table === "participant_breakdown" || f.table === "indicator"),
      )
      .map((f) => {
        const who = f.table === "indicator" ? f.scope : (f.intervention ?? "federation");
        const what =
          f.table === "participant_count"
            ? `${f.measure}/${f.gender}`
            : f.table === "participant_breakdown"
              ? `exit:${f.category}`
              : `${f.indicator} n=${f.n}`;
        return `${who} ${f.year} ${what}=${f.value}${f.approximate ? "~" : ""} @${f.line}`;
      })
  );
}

describe("whole reports in other federations' styles", () => {
  it("a prose summary with numbers in words, hedges and a table of contents", () => {
    const report = [
      "Samordningsförbundet Norrdal",
      "Årsredovisning 2023",
      "",
      "Innehåll",
      "Ordföranden har ordet 3",
      "Verksamheten i korthet 4",
      "Ekonomi 9",
      "",
      "3",
      "Ordföranden har ordet",
      "",
      "Det har varit ett händelserikt år. Vi har arbetat vidare med att utveckla samverkan i länet och",
      "tackar alla medarbetare för deras insatser under året.",
      "",
      "4",
      "Verksamheten i korthet",
      "",
      "Under året har totalt 212 personer deltagit i förbundets individinriktade insatser, varav 118",
      "kvinnor och 94 män. Drygt 90 nya deltagare skrevs in under året. Sammanlagt avslutades 87",
      "personer. Av de 87 som avslutades gick 34 procent till arbete eller studier. Tjugo personer",
      "gick vidare till arbete och elva började studera. Ett tiotal personer avslutades till",
      "fortsatt rehabilitering.",
      "",
      "Förbundet har också genomfört utbildningsdagar och nätverksträffar där cirka 450",
      "yrkesverksamma deltog under året.",
      "",
      "Ekonomi",
      "",
      "Förbundets intäkter uppgick till 9,8 miljoner kronor och 45 personer per år ska kunna delta.",
    ].join("\n");
    expect(generalFacts(report)).toEqual([
      "federation 2023 enrolled/all=212 @18",
      "federation 2023 enrolled/woman=118 @18",
      "federation 2023 enrolled/man=94 @19",
      "federation 2023 new/all=90~ @19",
      "federation 2023 exited/all=87 @19",
      "federation 2023 exited/all=87 @20",
      "federation 2023 work_or_studies_rate_reported n=87=34 @20",
      "federation 2023 exit:work=20 @20",
      "federation 2023 exit:studies=11 @21",
      // "utbildningsdagar och nätverksträffar där cirka 450 …": attendees, not participants.
    ]);
  });

  it("numbered sections with header-driven tables and an exit table", () => {
    const report = [
      "1. SAMMANFATTNING",
      "",
      "Förbundet finansierade fyra insatser under 2023.",
      "",
      "4. INSATSER",
      "",
      "4.1 Steget",
      "",
      "Steget vänder sig till unga vuxna. Under året har 41 personer deltagit i Steget och 15 har",
      "avslutat sin insats. Sex personer började arbeta eller studera.",
      "",
      "4.2 Bron",
      "",
      "Bron har haft nitton deltagare under året.",
      "",
      "5. DELTAGARE",
      "",
      "Tabell 3. Deltagare per insats 2023",
      "Insats Totalt K M Nya Avslutade",
      "Steget 41 22 19 20 15",
      "Bron 19 12 7 9 6",
      "Norrdals kommun 5 3 2 1 1",
      "Summa 60 34 26 29 21",
      "",
      "5.2 Avslutsorsaker",
      "",
      "Avslut mot Kvinnor Män Totalt",
      "Arbete 4 3 7",
      "Studier 2 1 3",
      "Gemensam kartläggning 2 2 4",
      "Flyttat från orten 1 0 1",
      "Summa 10 7 17",
    ].join("\n");
    expect(generalFacts(report)).toEqual([
      "Steget 2023 enrolled/all=41 @20",
      "Steget 2023 enrolled/woman=22 @20",
      "Steget 2023 enrolled/man=19 @20",
      "Steget 2023 new/all=20 @20",
      "Steget 2023 exited/all=15 @20",
      "Bron 2023 enrolled/all=19 @21",
      "Bron 2023 enrolled/woman=12 @21",
      "Bron 2023 enrolled/man=7 @21",
      "Bron 2023 new/all=9 @21",
      "Bron 2023 exited/all=6 @21",
      "federation 2023 enrolled/all=60 @23",
      "federation 2023 enrolled/woman=34 @23",
      "federation 2023 enrolled/man=26 @23",
      "federation 2023 new/all=29 @23",
      "federation 2023 exited/all=21 @23",
      "federation 2023 exited/all=17 @32",
      "federation 2023 exited/woman=10 @32",
      "federation 2023 exited/man=7 @32",
      "federation 2023 exit:work=7 @28",
      "federation 2023 exit:studies=3 @29",
      "federation 2023 exit:joint_assessment=4 @30",
      "Steget 2023 enrolled/all=41 @9",
      "Steget 2023 exited/all=15 @9",
      "Steget 2023 exit:work_or_studies=6 @10",
      "Bron 2023 enrolled/all=19 @14",
    ]);
  });
});

describe("a short report in tkr with numbers in words", () => {
  it("reads the counts written in words and keeps amounts in tkr out of participant figures", () => {
    const report = [
      "Verksamheten 2023",
      "",
      "Förbundet har under året finansierat tre insatser med totalt 4 200 tkr. I dessa har sammanlagt sextiotvå",
      "personer deltagit, varav trettiofyra kvinnor och tjugoåtta män. Av dessa har nitton personer avslutats;",
      "sju har gått till arbete och fyra till studier. Ett tiotal personer väntar på plats.",
      "",
      "Ekonomi",
      "",
      "Resultaträkning, tkr 2023 2022",
      "Verksamhetens intäkter 4 350 4 100",
    ].join("\n");
    expect(generalFacts(report)).toEqual([
      "federation 2023 enrolled/all=62 @3",
      "federation 2023 enrolled/woman=34 @4",
      "federation 2023 enrolled/man=28 @4",
      "federation 2023 exited/all=19 @4",
      "federation 2023 exit:work=7 @5",
      "federation 2023 exit:studies=4 @5",
    ]);
  });
});

describe("headers and row labels through the lexicon", () => {
  it("reads a header with an abbreviation it once did not know ('K M Tot Avslutade')", () => {
    expect(readColumns(["Insats K M Tot Avslutade"])?.map((c) => `${c.measure}/${c.gender}`)).toEqual([
      "enrolled/woman",
      "enrolled/man",
      "enrolled/all",
      "exited/all",
    ]);
    const { facts } = parse([
      "Förbundets insatser",
      "Insats K M Tot Avslutade",
      "Trappan 14 9 23 8",
      "Bryggan 20 17 37 15",
    ]);
    expect(counts(facts)).toContain("Trappan:2023:enrolled/all=23@3");
    expect(counts(facts)).toContain("Bryggan:2023:exited/all=15@4");
  });

  it("must not make a column of the noun after a measure ('Nya deltagare Avslutade deltagare')", () => {
    expect(readColumns(["Insats Nya deltagare Avslutade deltagare"])?.map((c) => `${c.measure}/${c.gender}`)).toEqual([
      "new/all",
      "exited/all",
    ]);
  });

  it("reads measure rows under gender columns as the measures, never as interventions", () => {
    const { facts } = parse([
      "Deltagare i förbundets insatser",
      "",
      "Kvinnor Män Alla",
      "Deltagare 61 52 113",
      "Nyinskrivna 30 24 54",
      "Utskrivna 22 19 41",
    ]);
    expect(counts(facts)).toEqual([
      "null:2023:enrolled/woman=61@4",
      "null:2023:enrolled/man=52@4",
      "null:2023:enrolled/all=113@4",
      "null:2023:new/woman=30@5",
      "null:2023:new/man=24@5",
      "null:2023:new/all=54@5",
      "null:2023:exited/woman=22@6",
      "null:2023:exited/man=19@6",
      "null:2023:exited/all=41@6",
    ]);
    expect(facts.some((f) => f.intervention === "Nyinskrivna")).toBe(false);
  });

  it("must not read measure rows whose owner is unclear, nor intervention rows as measures", () => {
    const unclear = parse(["Kvinnor Män Totalt", "Inskrivna deltagare 41 35 76"]);
    expect(unclear.facts).toEqual([]);
    expect(unclear.findings.map((f) => f.line)).toEqual([2]);
    // Under a measure header ("Nya Avslutade") a row label is an intervention as before.
    expect(counts(parse(["Förbundets insatser", "Insats Nya Avslutade", "Trappan 12 9"]).facts)).toEqual([
      "Trappan:2023:new/all=12@3",
      "Trappan:2023:exited/all=9@3",
    ]);
  });

  it("reads an exit table whose column words stand on a line of their own", () => {
    const { facts } = parse([
      "Året i siffror",
      "Vart gick deltagarna efter avslut?",
      "",
      "Antal Andel",
      "Arbete 21 25 %",
      "Studier 9 11 %",
      "Summa avslutade 84 100 %",
    ]);
    expect(exits(facts)).toEqual(["null:work=21@5", "null:studies=9@6"]);
    expect(counts(facts)).toEqual(["null:2023:exited/all=84@7"]);
  });

  it("must not take a heading about exits above prose for an exit table", () => {
    const { facts } = parse([
      "Året i siffror",
      "Avslutsorsaker",
      "",
      "Under året gick 21 av deltagarna till arbete och 9 till studier.",
    ]);
    expect(exits(facts)).toEqual([]);
  });
});

describe("topic headings and exit labels", () => {
  it("reads a top-level 'Deltagare 2024' table as the federation's, and the same under an intervention as the intervention's", () => {
    const rows = ["", "Män Kvinnor Totalt", "Inskrivna deltagare 40 45 85", "Varav nya 12 15 27"];
    expect(counts(parse(["Deltagare 2024", ...rows], 2024).facts)).toContain("null:2024:new/all=27@5");
    expect(counts(parse(["Insats: Bryggan", "", "Deltagare 2024", ...rows], 2024).facts)).toContain(
      "Bryggan:2024:new/all=27@7",
    );
  });

  it("maps 'Reguljära studier' and 'Annan rehabiliterande insats' to their codes, and not an unnamed other intervention", () => {
    const { facts, findings } = parse([
      "Avslutsorsaker",
      "Antal",
      "Reguljära studier 6",
      "Annan rehabiliterande insats 4",
      "Annan insats 3",
    ]);
    expect(exits(facts)).toEqual(["null:studies=6@3", "null:continued_rehab=4@4"]);
    expect(findings.find((f) => f.check_id === "exit_table.unknown_label")?.line).toBe(5);
  });

  it("maps 'Annan rehabilitering' to continued rehabilitation, and not 'Annan sysselsättning' nor 'Rehabiliteringsersättning'", () => {
    const { facts, findings } = parse([
      "Avslutsorsaker",
      "Antal",
      "Studier 3",
      "Ny rehabilitering hos annan aktör 5",
      "Annan sysselsättning 2",
      "Rehabiliteringsersättning 4",
    ]);
    expect(exits(facts)).toEqual(["null:studies=3@3", "null:continued_rehab=5@4"]);
    expect(findings.filter((f) => f.check_id === "exit_table.unknown_label").map((f) => f.line)).toEqual([5, 6]);
  });

  it("reads 'Avslut efter vad deltagarna gick till' over a label column of its own and gender columns", () => {
    const table = (caption: string) => [
      "Samtliga insatser",
      "",
      caption,
      "Har gått till                  Kvinnor    Män   Totalt",
      "Arbete                              11      9       20",
      "Studier                              4      3        7",
      "Annat avslut                         6      5       11",
      "Summa                               21     17       38",
    ];
    const { facts } = parse(table("Tabell 3. Avslut 2023 efter vad deltagarna gick till"));
    expect(exits(facts)).toEqual(["null:work=20@5", "null:studies=7@6", "null:other_exit=11@7"]);
    expect(counts(facts)).toContain("null:2023:exited/all=38@8");
    // Where the new participants came from is no exit table.
    expect(exits(parse(table("Tabell 3. Nya 2023 efter vad deltagarna kom ifrån")).facts)).toEqual([]);
  });

  it("reads a table under a heading made only of words about participants as the federation's", () => {
    const table = ["", "Kv Män Alla", "Inskrivna 31 29 60", "Nytillkomna 10 8 18"];
    for (const heading of ["Antal deltagare per år", "Deltagarutveckling", "Individinsatser, antal deltagare"])
      expect(counts(parse([heading, ...table], 2024).facts)).toContain("null:2024:new/all=18@5");
  });

  it("must not give the federation a table under a participants heading that names someone", () => {
    const table = ["", "Kv Män Alla", "Inskrivna 31 29 60", "Nytillkomna 10 8 18"];
    expect(counts(parse(["Antal deltagare i Vägvalet", ...table], 2024).facts)).toEqual([]);
  });

  it("reads 'Arbete (inkl. subventionerad anställning)' as work, the remark only widening the category", () => {
    const { facts } = parse(["Avslutsorsaker", "Antal", "Arbete (inkl. lönebidrag) 9", "Studier 2"]);
    expect(exits(facts)).toEqual(["null:work=9@3", "null:studies=2@4"]);
  });

  it("must not let an inclusion remark turn another category into work", () => {
    const { facts, findings } = parse(["Avslutsorsaker", "Antal", "Arbetsträning (inklusive praktik) 5", "Studier 2"]);
    expect(exits(facts)).toEqual(["null:studies=2@4"]);
    expect(findings.find((f) => f.check_id === "exit_table.unknown_label")?.line).toBe(3);
  });

  it("reads a 'Tot' row under a list of interventions as the federation's total", () => {
    const { facts } = parse([
      "Individinriktade insatser",
      "",
      "K M Tot",
      "Lotsen 8 6 14",
      "Bron 5 9 14",
      "Tot 13 15 28",
    ]);
    expect(counts(facts)).toContain("null:2023:enrolled/all=28@6");
    expect(counts(facts).some((c) => c.startsWith("Tot:"))).toBe(false);
  });

  it("must not take an intervention whose name begins with 'Tot' for a total row", () => {
    const { facts } = parse(["Individinriktade insatser", "", "K M Tot", "Totem 8 6 14", "Bron 5 9 14"]);
    expect(counts(facts)).toContain("Totem:2023:enrolled/all=14@4");
  });

  it("reads a table under a heading that opens with 'Förbundets' as the federation's", () => {
    const table = ["", "Kv Män Alla", "Inskrivna 31 29 60"];
    expect(counts(parse(["Förbundets utveckling i korta drag", ...table], 2024).facts)).toContain(
      "null:2024:enrolled/all=60@4",
    );
  });

  it("must not give the federation a table under an intervention's heading that ends like a summary", () => {
    const table = ["", "Kv Män Alla", "Inskrivna 31 29 60"];
    const stored = counts(parse(["Insats: Lotsen", "", "Lotsens år i korta drag", ...table], 2024).facts);
    expect(stored.filter((c) => c.startsWith("null:"))).toEqual([]);
  });

  it("takes a question standing as a paragraph of its own for a heading over an exit table", () => {
    const { facts } = parse([
      "Vad gjorde deltagarna efter avslut?",
      "",
      "Avslutade till antal",
      "Arbete 11",
      "Studier 4",
    ]);
    expect(exits(facts)).toEqual(["null:work=11@4", "null:studies=4@5"]);
  });

  it("must not take a question that runs on into its paragraph for a heading", () => {
    const doc = new DocumentText(
      "test/2023-annual-report",
      ["Var hamnade de som avslutades efter avslut?", "Det redovisar vi nedan för varje insats.", ""],
      2023,
    );
    expect(isHeading(doc, 1)).toBe(false);
  });
});

describe("exit tables by gender and tables per member area", () => {
  const byGender = [
    "3 Verksamheten",
    "",
    "3.4 Avslutade deltagare",
    "",
    "Avslut till                    Kvinnor       Män    Totalt",
    "Arbete                               4         8        12",
    "Studier                              3         2         5",
    "Annan                                6         1         7",
    "Totalt                              13        11        24",
  ];

  it("stores the total row's gender cells as exits per gender, and each destination's total", () => {
    const { facts, findings } = parse(byGender, 2024);
    expect(counts(facts)).toEqual([
      "null:2024:exited/all=24@9",
      "null:2024:exited/woman=13@9",
      "null:2024:exited/man=11@9",
    ]);
    expect(exits(facts)).toEqual(["null:work=12@6", "null:studies=5@7", "null:other_exit=7@8"]);
    // The destinations' gender cells have no place in the schema: said once, not stored.
    expect(findings.filter((f) => /per gender are not stored/.test(f.message))).toHaveLength(1);
  });

  it("must not store gender cells as a destination's total or as exits when the header has no gender columns", () => {
    const { facts } = parse(byGender, 2024);
    expect(exits(facts).some((e) => /=(4|8|3|2|6|1)@/.test(e))).toBe(false);
    const countOnly = parse(["Avslutade deltagare", "", "Avslut till antal", "Arbete 12", "Summa 12"], 2024);
    expect(counts(countOnly.facts)).toEqual(["null:2024:exited/all=12@5"]);
  });

  it("must not take a heading naming an intervention's exits for the federation's", () => {
    const named = parse(
      ["Avslutade deltagare i Steget", "", "Avslut till Kvinnor Män Totalt", "Arbete 4 8 12", "Totalt 4 8 12"],
      2024,
    );
    expect(named.facts).toEqual([]);
    // Inside an intervention's section the same heading keeps the intervention's scope.
    const inside = parse(
      [
        "Insatsen Steget",
        "",
        "Avslutade deltagare",
        "",
        "Avslut till Kvinnor Män Totalt",
        "Arbete 4 8 12",
        "Totalt 4 8 12",
      ],
      2024,
    );
    expect(counts(inside.facts)).toEqual([
      "Steget:2024:exited/all=12@7",
      "Steget:2024:exited/woman=4@7",
      "Steget:2024:exited/man=8@7",
    ]);
  });

  it("stores a member-area table's total row only, and says why the area and subset rows are not stored", () => {
    const { facts, findings } = parse(
      [
        "Inskrivna deltagare per medlemskommun 2024",
        "",
        "Kommun                         Kvinnor       Män    Totalt",
        "Åby                                 14        10        24",
        "Bergsjö                              9        12        21",
        "Totalt                              23        22        45",
        "  varav 16–29 år                     7         9        16",
        "",
        "Förbundets insatser hade alltså 45 deltagare.",
      ],
      2024,
    );
    expect(counts(facts)).toEqual([
      "null:2024:enrolled/woman=23@6",
      "null:2024:enrolled/man=22@6",
      "null:2024:enrolled/all=45@6",
    ]);
    const why = findings.filter((f) => f.check_id === "participant_table.member_row").map((f) => f.message);
    expect(why).toHaveLength(3);
    expect(why[2]).toMatch(/subset/);
    expect(why[0]).toMatch(/no table of its own/);
  });

  it("reads an exit table headed 'Avslutade efter orsak' with its count column", () => {
    const { facts } = parse(
      [
        "Verksamheten 2024",
        "",
        "Avslutade efter orsak          Antal",
        "Arbete            11",
        "Studier     4",
        "Summa    15",
      ],
      2024,
    );
    expect(exits(facts)).toEqual(["null:work=11@4", "null:studies=4@5"]);
    expect(counts(facts)).toEqual(["null:2024:exited/all=15@6"]);
  });

  it("must not take 'Avslutade efter orsak' above prose for an exit table", () => {
    const { facts } = parse(
      ["Verksamheten 2024", "", "Avslutade efter orsak", "Av de 15 som avslutades gick 11 till arbete.", ""],
      2024,
    );
    expect(exits(facts)).toEqual([]);
  });

  it("reads an exit table headed with abbreviations 'K M Tot'", () => {
    const { facts } = parse(
      ["Avslutade deltagare", "", "Avslut till K M Tot", "Arbete 3 5 8", "Studier 2 1 3", "Summa 5 6 11"],
      2024,
    );
    expect(exits(facts)).toEqual(["null:work=8@4", "null:studies=3@5"]);
    expect(counts(facts)).toEqual([
      "null:2024:exited/all=11@6",
      "null:2024:exited/woman=5@6",
      "null:2024:exited/man=6@6",
    ]);
  });

  it("must not read an exit table whose header has a word that is no column", () => {
    const { facts } = parse(["Avslutade deltagare", "", "Avslut till K M Tot Kommentar", "Arbete 3 5 8"], 2024);
    expect(facts).toEqual([]);
  });

  it("reads exit tables headed 'Sysselsättning efter avslut' and 'Avslutsanledning'", () => {
    const counted = parse(
      ["Verksamheten 2024", "", "Sysselsättning efter avslut Antal", "Arbete 9", "Studier 3"],
      2024,
    );
    expect(exits(counted.facts)).toEqual(["null:work=9@4", "null:studies=3@5"]);
    const byGender = parse(
      ["Verksamheten 2024", "", "Avslutsanledning Kvinnor Män Totalt", "Arbete 4 5 9", "Studier 1 2 3"],
      2024,
    );
    expect(exits(byGender.facts)).toEqual(["null:work=9@4", "null:studies=3@5"]);
  });

  it("must not take 'Sysselsättning efter avslut' in a sentence for a table header", () => {
    const { facts } = parse(["Verksamheten 2024", "", "Sysselsättning efter avslut följs upp efter 90 dagar."], 2024);
    expect(facts).toEqual([]);
  });
});

describe("table shapes: destination columns, pipes, stacked headers, varav rows", () => {
  const PIPES = [
    "Tabell 2. Deltagare och avslut per insats 2023",
    "",
    "Insats | Deltagare totalt | varav kvinnor | varav män | Avslutade | Till arbete | Till studier",
    "Bron | 50 | 30 | 20 | 22 | 6 | 4",
    "Ledstången | 40 | 25 | 15 | 18 | 5 | 2",
    "Förbundet totalt | 90 | 55 | 35 | 40 | 11 | 6",
  ];

  it("reads a table drawn with pipes, its varav columns as genders and its 'Till arbete'/'Till studier' columns as destinations", () => {
    const { facts } = parse(PIPES);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "null:2023:enrolled/all=90@6",
        "null:2023:enrolled/woman=55@6",
        "null:2023:enrolled/man=35@6",
        "null:2023:exited/all=40@6",
        "Bron:2023:enrolled/all=50@4",
      ]),
    );
    expect(exits(facts)).toEqual(
      expect.arrayContaining(["null:work=11@6", "null:studies=6@6", "Bron:work=6@4", "Ledstången:studies=2@5"]),
    );
  });

  it("reads a Markdown table whose header is stacked over two lines, the total row first", () => {
    const md = [
      "Tabell 1. Deltagare per insats 2023",
      "",
      "| Insats           | Deltagare | varav   | varav | Avslutade |",
      "|                  | totalt    | kvinnor | män   | deltagare |",
      "|------------------|----------:|--------:|------:|----------:|",
      "| Alla insatser    |        90 |      55 |    35 |        40 |",
      "| Bron             |        50 |      30 |    20 |        22 |",
      "| Ledstången       |        40 |      25 |    15 |        18 |",
    ];
    const { facts } = parse(md);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "null:2023:enrolled/all=90@6",
        "null:2023:enrolled/woman=55@6",
        "null:2023:exited/all=40@6",
        "Bron:2023:enrolled/man=20@7",
      ]),
    );
    // Must not fire: the header's last line alone ("totalt kvinnor män deltagare") is not the table's
    // columns, so no row is read with its first numbers taken into the label.
    expect(
      facts
        .filter((f) => f.intervention === null)
        .map((f) => f.value)
        .sort((a, b) => a - b),
    ).toEqual([35, 40, 55, 90]);
  });

  it("must not store an intervention row's destinations or counts as the federation's", () => {
    const { facts } = parse(PIPES);
    const federation = facts.filter((f) => f.intervention === null);
    expect(federation.map((f) => f.value).sort((a, b) => a - b)).toEqual([6, 11, 35, 40, 55, 90]);
  });

  it("reads a destination only after 'till', 'varav' or an exits column: 'Deltagare Arbete' names no destination", () => {
    expect(readColumns(["Insats Totalt Avslutade Till arbete"])?.map((c) => c.exit ?? c.measure)).toEqual([
      "enrolled",
      "exited",
      "work",
    ]);
    expect(readColumns(["Insats | Avslutade | varav arbete/studier"])?.map((c) => c.exit ?? c.measure)).toEqual([
      "exited",
      "work_or_studies",
    ]);
    expect(readColumns(["Insats Deltagare Arbete"])).toBeUndefined();
    // "Avslut till Kvinnor Män": the exit table's header, whose rows are destinations.
    expect(readColumns(["Avslut till Kvinnor Män Totalt"])?.some((c) => c.exit)).toBeFalsy();
  });

  const STACKED = [
    "Tabell 4. Deltagare per insats 2023",
    "",
    "                                  Kv   Män  Summa Antal avslut    Varav till",
    "Insats                                                        arbete/studier",
    "-----------------------------------------------------------------------------",
    "Språngbrädan, Åby                 12     9     21           10             4",
    "Hälsa och arbete i",
    "  samverkan                        8    11     19            9             3",
    "Unga på väg – stöd till egen      15    13     28           12             5",
    "  försörjning (Åby/Ösby)",
    "-----------------------------------------------------------------------------",
    "Totalt förbundet                  35    33     68           31            12",
  ];

  it("merges a header stacked over two lines by position, passes over the rules and joins labels wrapped by indentation", () => {
    const { facts } = parse(STACKED);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "null:2023:enrolled/woman=35@12",
        "null:2023:enrolled/man=33@12",
        "null:2023:enrolled/all=68@12",
        "null:2023:exited/all=31@12",
        "Hälsa och arbete i samverkan:2023:enrolled/all=19@8",
        "Unga på väg – stöd till egen försörjning (Åby/Ösby):2023:enrolled/all=28@9",
      ]),
    );
    expect(exits(facts)).toContain("null:work_or_studies=12@12");
  });

  it("must not read the stacked header's lower line alone, nor an indented line as the next row's label", () => {
    const { facts } = parse(STACKED);
    expect(facts.some((f) => String(f.intervention).startsWith("försörjning"))).toBe(false);
    expect(facts.some((f) => f.intervention === "samverkan")).toBe(false);
  });

  it("stores a 'varav kvinnor' row as a part of the intervention above it, never as the federation's", () => {
    const { facts } = parse([
      "Deltagare per insats",
      "Insats Totalt Avslutade",
      "Bron 30 10",
      "varav kvinnor 18 7",
      "Ledstången 20 8",
      "Summa 50 18",
    ]);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "Bron:2023:enrolled/woman=18@4",
        "Bron:2023:exited/woman=7@4",
        "null:2023:enrolled/all=50@6",
      ]),
    );
    expect(counts(facts).some((c) => c.startsWith("null:2023:enrolled/woman"))).toBe(false);
  });

  it("must not store a varav row larger than its whole, nor a varav group as an intervention", () => {
    const { facts, findings } = parse([
      "Deltagare per insats",
      "Insats Totalt Avslutade",
      "Bron 30 10",
      "varav kvinnor 41 6",
      "varav unga vuxna 12 4",
      "Summa 30 10",
    ]);
    expect(facts.some((f) => f.value === 41 || f.value === 12)).toBe(false);
    expect(facts.some((f) => /varav/i.test(String(f.intervention)))).toBe(false);
    expect(findings.map((f) => f.message).join(" ")).toMatch(/larger than it/);
  });
});

describe("destinations are parts of the exits", () => {
  it("stores destinations that fit within the row's exits, and must not store those that add to more", () => {
    const { facts, findings } = parse([
      "Avslut per insats",
      "Insats | Avslutade | Till arbete | Till studier",
      "Bron | 20 | 6 | 4",
      "Ledstången | 10 | 8 | 5",
      "Totalt | 30 | 14 | 9",
    ]);
    expect(exits(facts)).toEqual(["Bron:work=6@3", "Bron:studies=4@3", "null:work=14@5", "null:studies=9@5"]);
    expect(findings.some((f) => f.check_id === "participant_table.parts_exceed_whole" && f.line === 4)).toBe(true);
  });
});

describe("a title over gender columns", () => {
  it("reads 'Kvinnor  Män' under 'Deltagare' and under 'Avslutade' as each measure's genders", () => {
    const { facts } = parse([
      "Deltagare och avslut per insats 2023",
      "",
      "                     Deltagare            Avslutade",
      "Insats            Kvinnor     Män      Kvinnor     Män",
      "Bron                   12       9            5       4",
      "Summa                  12       9            5       4",
    ]);
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "null:2023:enrolled/woman=12@6",
        "null:2023:enrolled/man=9@6",
        "null:2023:exited/woman=5@6",
        "null:2023:exited/man=4@6",
      ]),
    );
  });

  it("must not read the two gender pairs without their titles (which measure each is cannot be told)", () => {
    const { facts } = parse(["Insats            Kvinnor     Män      Kvinnor     Män", "Bron   12   9   5   4"]);
    expect(facts).toEqual([]);
  });
});

describe("a table with a row per year and the measures as columns", () => {
  const table = (extra: string[]) => [
    "3 Deltagare",
    "",
    "År      Deltagare  Kvinnor  Män  Avslutade  Till arbete  Andel arbete/studier",
    "2023           140       80   60         50           12                  30 %",
    "2024           150       85   65         60           15                  35 %",
    ...extra,
  ];

  it("reads each year's row as that year's, and the share column as a rate, never a count", () => {
    const { facts } = parse(table([]), 2024);
    expect(counts(facts)).toEqual([
      "null:2023:enrolled/all=140@4",
      "null:2023:enrolled/woman=80@4",
      "null:2023:enrolled/man=60@4",
      "null:2023:exited/all=50@4",
      "null:2024:enrolled/all=150@5",
      "null:2024:enrolled/woman=85@5",
      "null:2024:enrolled/man=65@5",
      "null:2024:exited/all=60@5",
    ]);
    expect(exits(facts)).toEqual(["null:work=12@4", "null:work=15@5"]);
    const out = parseParticipantTables(doc(table([]), 2024));
    expect(out.awaiting?.map((f) => (f.table === "indicator" ? `${f.indicator}:${f.year}=${f.value}` : ""))).toEqual([
      "work_or_studies_rate_reported:2023=30",
      "work_or_studies_rate_reported:2024=35",
    ]);
  });

  it("must not store a target row or a change row, even when every cell is filled", () => {
    const { facts, findings } = parse(
      table([
        "Målvärde       160       90   70         65           20                  40 %",
        "Förändring      10        5    5         10            3                   5 %",
      ]),
      2024,
    );
    expect(facts.filter((f) => f.line === 6 || f.line === 7)).toEqual([]);
    expect(findings.filter((f) => f.line === 6 || f.line === 7)).toHaveLength(2);
  });

  it("must not store a row whose share stands in a count column", () => {
    const { facts } = parse(
      ["3 Deltagare", "", "Insats      Deltagare  Avslutade", "Bron             40       25 %"],
      2024,
    );
    expect(facts).toEqual([]);
  });
});

describe("a years-as-columns table whose title says it covers the interventions", () => {
  const lines = (title: string, total: string) => [
    "Samordningsförbundet Exempelby",
    "Verksamhetsberättelse 2023",
    "",
    `${title}             2023    2022`,
    "Inskrivna                          140     131",
    "Avslutade                           60      57",
    "",
    "Avslutade 2023 efter vad de gick vidare till",
    "Arbete                              21",
    "Studier                             12",
    "Annat                               27",
    `Summa                               ${total}`,
  ];

  it("reads the table as the federation's, and the exit table whose total is those exits", () => {
    const { facts } = parse(lines("Deltagare i insatserna", "60"));
    expect(counts(facts)).toEqual(
      expect.arrayContaining([
        "null:2023:enrolled/all=140@5",
        "null:2022:enrolled/all=131@5",
        "null:2023:exited/all=60@6",
      ]),
    );
    expect(exits(facts)).toEqual(["null:work=21@9", "null:studies=12@10", "null:other_exit=27@11"]);
  });

  it("reads neither when the title names no one (must not fire)", () => {
    const { facts } = parse(lines("Deltagare", "60"));
    expect(counts(facts)).toEqual([]);
    expect(exits(facts)).toEqual([]);
  });
});

describe("a table of another year or of parts of the year", () => {
  const rows = ["Steget         31           25", "Bron           22           18", "Totalt         53           43"];

  it("stores nothing from a table whose caption names one year that is not the report's", () => {
    const { facts, findings } = parse(["Deltagare per insats 2022", "", "Insats        Nya    Avslutade", ...rows]);
    expect(counts(facts)).toEqual([]);
    expect(findings.some((f) => /names 2022, not the report's year 2023/.test(f.message))).toBe(true);
    // A header naming the other year, and a pivot's year filter, say the same.
    const header = parse([
      "Verksamheten i siffror",
      "Deltagare 2022   Kvinnor   Män   Totalt",
      "Inskrivna        98    90      188",
    ]);
    expect(counts(header.facts)).toEqual([]);
    const pivot = parse(["År                 2022", "", "Radetiketter      Nya   Avslutade", ...rows]);
    expect(counts(pivot.facts)).toEqual([]);
  });

  it("must fire: a caption naming the report's year, or no year, keeps the table the year's", () => {
    const own = parse(["Deltagare per insats 2023", "", "Insats        Nya    Avslutade", ...rows]);
    expect(counts(own.facts)).toContain("Steget:2023:new/all=31@4");
    expect(counts(own.facts)).toContain("null:2023:exited/all=43@6");
    const none = parse(["Deltagare per insats", "", "Insats        Nya    Avslutade", ...rows]);
    expect(counts(none.facts)).toContain("Bron:2023:new/all=22@5");
  });

  it("never takes a quarter's or a span of months' row for an intervention", () => {
    const { facts, findings } = parse([
      "Insats        Nya    Avslutade",
      "Steget         31          25",
      "Q1             18           9",
      "Jan–apr        24          15",
      "Maj–aug        19          17",
    ]);
    expect(counts(facts)).toEqual(["Steget:2023:new/all=31@2", "Steget:2023:exited/all=25@2"]);
    expect(findings.filter((f) => /a part of the year/.test(f.message))).toHaveLength(3);
  });
});

describe("years as rows beside a target or a part of the year (red team, stop 29)", () => {
  const table = (rows: string[]) =>
    counts(
      parse(
        ["Deltagare i förbundets insatser totalt", "År                   Inskrivna    Nya    Avslutade", ...rows],
        2025,
      ).facts,
    );

  it("reads the plain year rows as the federation's", () => {
    expect(table(["2025                       171     74           66"])).toEqual([
      "null:2025:enrolled/all=171@3",
      "null:2025:new/all=74@3",
      "null:2025:exited/all=66@3",
    ]);
  });

  it("must not read a target row or a year with words beside it as anyone's counts, nor name an intervention after it", () => {
    const rows = table([
      "2025 (mål)                 190     80           70",
      "2025 (t.o.m. juni)         118     39           31",
      "2025                       171     74           66",
    ]);
    expect(rows.filter((r) => /190|118|=80|=39/.test(r))).toEqual([]);
    expect(rows).toContain("null:2025:enrolled/all=171@5");
  });
});

describe("a flow table with those left at the year's end and a row of empty cells", () => {
  const table = (emptyRow: string) => [
    "Deltagare",
    "",
    "                    Inskrivna   Nya       Avslutade   Kvar 31 dec",
    "Kvinnor                    88         40          31            57",
    "Män                        75         37          30            45",
    emptyRow,
    "Totalt                    163         77          61           102",
  ];

  it("reads 'Kvar 31 dec' as ongoing, and the dash row as no row at all", () => {
    const { facts } = parse(table("Annat kön                   –          –           –             –"));
    expect(counts(facts)).toContain("null:2023:ongoing/all=102@7");
    expect(counts(facts)).toContain("null:2023:enrolled/all=163@7");
    expect(counts(facts)).toContain("null:2023:enrolled/woman=88@4");
  });

  it("stops at a row with figures in fewer cells than the columns, never running its label on", () => {
    const { facts } = parse(table("Annat kön                   –          2"));
    expect(counts(facts).some((c) => c.includes("Annat"))).toBe(false);
  });
});

describe("a table of each participant's status at enrolment and at exit", () => {
  it("is no count of the enrolled and the exited: its Summa row is never the federation's", () => {
    const { facts } = parse([
      "Försörjning (avslutade deltagare)",
      "                                   Vid inskrivning    Vid avslut",
      "Sjukpenning                                     17             6",
      "Ekonomiskt bistånd                              33            21",
      "Lön                                              2            25",
      "Summa                                           52            52",
    ]);
    expect(counts(facts)).toEqual([]);
  });

  it("still reads 'Inskrivna' and 'Avslutade' columns", () => {
    const { facts } = parse([
      "Deltagare",
      "Insats                Inskrivna    Avslutade",
      "Summa                        52           31",
    ]);
    expect(counts(facts)).toEqual(["null:2023:enrolled/all=52@3", "null:2023:exited/all=31@3"]);
  });
});

describe("a sum over interventions beside a row of unique persons", () => {
  const table = (last: string) => [
    "Deltagare per insats 2023",
    "Insats              Deltagare  Kvinnor  Män  Avslutade",
    "Bryggan                 40        22     18      15",
    "Steget                  25        10     15       9",
    "Summa                   65        32     33      24",
    last,
  ];

  it("stores the unique persons' row as the federation's and sets the sum aside", () => {
    const { facts, findings } = parse(table("Hela förbundet, unika individer   58   29   29   22"));
    expect(counts(facts).filter((c) => c.startsWith("null"))).toEqual([
      "null:2023:enrolled/all=58@6",
      "null:2023:enrolled/woman=29@6",
      "null:2023:enrolled/man=29@6",
      "null:2023:exited/all=22@6",
    ]);
    expect(counts(facts).filter((c) => c.startsWith("Bryggan"))).toHaveLength(4);
    expect(findings.some((f) => f.line === 5 && /counts each person once/.test(f.message))).toBe(true);
  });

  it("stores neither when two total rows differ and neither says it counts people once", () => {
    const { facts } = parse(table("Totalt förbundet       58   29   29   22"));
    expect(counts(facts).filter((c) => c.startsWith("null"))).toEqual([]);
  });

  it("leaves two total rows that agree as they are", () => {
    const { facts } = parse(table("Förbundet totalt       65   32   33   24"));
    expect(counts(facts).filter((c) => c.startsWith("null:2023:enrolled/all"))).toEqual([
      "null:2023:enrolled/all=65@5",
      "null:2023:enrolled/all=65@6",
    ]);
  });
});

describe("a cross-tab captioned with its table's number", () => {
  const table = (caption: string) => [
    "Årsredovisning 2024",
    "",
    caption,
    "",
    "Avslut till              Kvinnor    Män    Totalt    Procent",
    "Arbete                         7      9        16        40",
    "Studier                        5      3         8        20",
    "Annat                          9      7        16        40",
    "Totalt                        21     19        40       100",
  ];

  it("is the federation's where the caption after its number speaks of the participants only", () => {
    const facts = parse(
      table("Tabell C4. Avslutade deltagare 2024 efter avslutsorsak och kön, antal och procent"),
      2024,
    ).facts;
    expect(counts(facts)).toEqual([
      "null:2024:exited/all=40@9",
      "null:2024:exited/woman=21@9",
      "null:2024:exited/man=19@9",
    ]);
    expect(exits(facts)).toEqual(["null:work=16@6", "null:studies=8@7", "null:other_exit=16@8"]);
  });

  it("is no one's where the caption names an intervention", () => {
    const facts = parse(table("Tabell C4. Avslutade deltagare i Lotsen 2024 efter avslutsorsak och kön"), 2024).facts;
    expect(facts.filter((f) => f.intervention === null)).toEqual([]);
  });
});

describe("a group's title over rows set in under it, in a table of years", () => {
  const table = (title: string, indent = "    ") => [
    "Årsredovisning 2024",
    "",
    "Tabell C1. Deltagare efter kön, 2022–2024",
    "",
    "                                  2022      2023      2024",
    title,
    `${indent}Kvinnor                         40        44        47`,
    `${indent}Män                             35        38        41`,
    `${indent}Totalt                          75        82        88`,
    "Avslutade under året               30        33        35",
  ];

  it("makes each set-in row a part of the count the title names", () => {
    const facts = parse(table("Nyinskrivna under året"), 2024).facts;
    expect(counts(facts).filter((c) => c.includes(":2024:"))).toEqual([
      "null:2024:new/woman=47@7",
      "null:2024:new/man=41@8",
      "null:2024:new/all=88@9",
      "null:2024:exited/all=35@10",
    ]);
  });

  it("ends the table at a title that names no count, or whose rows are not set in under it", () => {
    expect(counts(parse(table("Övriga uppgifter"), 2024).facts).filter((c) => c.includes("@7"))).toEqual([]);
    expect(counts(parse(table("Nyinskrivna under året", ""), 2024).facts).filter((c) => c.includes("new/"))).toEqual(
      [],
    );
  });
});

describe("an exit table read under its own numbered caption", () => {
  const table = (caption: string) => [
    "Årsredovisning 2024",
    "",
    caption,
    "",
    "                          Kvinnor    Män    Totalt",
    "Arbete                         6      4        10",
    "Studier                        3      5         8",
    "Annat                          7      5        12",
    "Totalt                        16     14        30",
  ];

  it("is the federation's where the caption speaks of the participants only", () => {
    const facts = parse(table("Bilaga 2. Avslutade deltagare efter avslutsorsak"), 2024).facts;
    expect(exits(facts)).toEqual(["null:work=10@6", "null:studies=8@7", "null:other_exit=12@8"]);
  });

  it("gives the federation no destinations where the caption names an intervention", () => {
    const facts = parse(table("Bilaga 2. Avslutade deltagare i Lotsen efter avslutsorsak"), 2024).facts;
    expect(exits(facts).filter((e) => e.startsWith("null:"))).toEqual([]);
  });
});

describe("a table of where one intervention's exits went", () => {
  it("is no list of interventions: its rows and total are never stored as participants (must not fire)", () => {
    const { facts } = parse([
      "Lotsen",
      "",
      "Avslutade deltagare i Lotsen efter avslutsorsak",
      "                         Kvinnor    Män    Totalt",
      "Arbete                         5      4         9",
      "Studier                        2      3         5",
      "Annat                          6      4        10",
      "Totalt                        13     11        24",
    ]);
    expect(counts(facts).filter((f) => f.includes("enrolled"))).toEqual([]);
  });

  it("still reads the exits per intervention under a caption about the exits", () => {
    const { facts } = parse([
      "Deltagare",
      "",
      "Avslutade per insats 2023",
      "                  Kvinnor    Män    Totalt",
      "Steget                  5      4         9",
      "Bron                    2      3         5",
      "Totalt                  7      7        14",
    ]);
    expect(counts(facts).some((f) => f.startsWith("Steget:"))).toBe(true);
  });
});

describe("a total-only row whose label ends in a year (stop 38)", () => {
  const table = (label: string, year = 2025) =>
    counts(
      parse(
        [
          "Deltagare 2025",
          "",
          "Insats                                       Kvinnor   Män   Totalt",
          "Arbetsträning                                    41    33       74",
          "Ung väg                                          22    29       51",
          "",
          "Unika personer i förbundet 2025                  60    55      115",
          `${label.padEnd(49)}${" ".repeat(15)}48`,
        ],
        year,
      ).facts,
    );

  it("reads 'varav nya under 2025' with its figure under Totalt as the year's new participants", () => {
    expect(table("varav nya under 2025")).toContain("null:2025:new/all=48@8");
  });

  it("stores nothing from a row naming another year ('varav nya under 2024', must not fire)", () => {
    expect(table("varav nya under 2024").filter((x) => x.includes("=48"))).toEqual([]);
  });

  it("takes no year into a label that does not end in 'under'/'år'/'i'/'för' ('Avslutade deltagare 2025', must not fire)", () => {
    expect(table("Avslutade deltagare 2025").filter((x) => x.includes("=48"))).toEqual([]);
  });
});
