import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseLeaderRows } from "../../loaders/extract/general/leaderRows.ts";
import { pageFurniture } from "../../loaders/extract/general/pageFurniture.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("alvbo/2023-annual-report", lines, 2023);
const read = (lines: string[]) => {
  const out = parseLeaderRows(doc(lines));
  return [...out.facts, ...(out.awaiting ?? [])] as AnyFact[];
};
const shown = (facts: AnyFact[]) =>
  facts.map((f) =>
    f.table === "finance"
      ? `${f.item}@${f.year}=${f.amount_sek}`
      : f.table === "member_contribution"
        ? `${f.member}=${f.amount_sek}`
        : f.table === "participant_breakdown"
          ? `${f.category}=${f.value}`
          : f.table === "indicator"
            ? `rate=${f.value}`
            : `${f.measure}/${f.gender}=${f.value}`,
  );

/** Key figures typed with dot leaders, in other words and indents than any report we hold. */
const PEOPLE = (women = "52") => [
  "Förbundets siffror",
  "",
  "Deltagare i insatserna under året ............... 97",
  `  därav kvinnor ................................. ${women}`,
  "  därav män ..................................... 45",
  "Avslutade under året ............................ 40",
  "  till studier .................................. 6",
  "  till arbete ................................... 15",
  "  annat ........................................ 19",
  "Andel till arbete eller studier ................. 53 %",
];

const MONEY = (heading: string, result = "62") => [
  heading,
  "Summa intäkter ....................... 3 900",
  "Summa kostnader ...................... 3 850",
  "Verksamhetens resultat ................. 50",
  "Finansiella poster ..................... 12",
  `Årets resultat ....................... ${result}`,
  "Eget kapital vid årets början ........ 1 010",
  "Eget kapital vid årets slut .......... 1 072",
];

describe("lists of dot-leader rows", () => {
  it("read a list of counts: the parts under a count only where they add up to it", () => {
    expect(shown(read(PEOPLE()))).toEqual([
      "enrolled/all=97",
      "enrolled/woman=52",
      "enrolled/man=45",
      "exited/all=40",
      "studies=6",
      "work=15",
      "other_exit=19",
      "rate=53",
    ]);
  });

  it("store no women and men that do not add up to their count (must not fire)", () => {
    expect(shown(read(PEOPLE("55"))).filter((s) => s.includes("woman") || s.includes("/man"))).toEqual([]);
  });

  it("read the year's money in the heading's unit where its sums hold", () => {
    expect(shown(read(MONEY("Ekonomin i korthet (tkr)")))).toEqual([
      "revenue_operating@2023=3900000",
      "cost_operating@2023=3850000",
      "operating_result@2023=50000",
      "financial_items@2023=12000",
      "result@2023=62000",
      "equity_end@2022=1010000",
      "equity_end@2023=1072000",
    ]);
  });

  it("store no money under a budget's heading, in no unit, or where the result does not add up (must not fire)", () => {
    expect(read(MONEY("Budget 2024 (tkr)"))).toEqual([]);
    expect(read(MONEY("Ekonomin i korthet"))).toEqual([]);
    expect(shown(read(MONEY("Ekonomin i korthet (tkr)", "72")))).toEqual([
      "revenue_operating@2023=3900000",
      "cost_operating@2023=3850000",
      "operating_result@2023=50000",
    ]);
  });

  it("read rows led by an ellipsis, each stating its unit, and none where the rows' units differ (must not fire)", () => {
    const withUnits = (last: string) => [
      "Ekonomin i korthet",
      "Summa intäkter …… 3 900 tkr",
      "Summa kostnader …… 3 850 tkr",
      `Verksamhetens resultat …… 50 ${last}`,
    ];
    expect(shown(read(withUnits("tkr")))).toEqual([
      "revenue_operating@2023=3900000",
      "cost_operating@2023=3850000",
      "operating_result@2023=50000",
    ]);
    expect(read(withUnits("kr"))).toEqual([]);
  });

  it("read members' fees where the state's half is the others' together, and none where it is not (must not fire)", () => {
    const fees = (state: string) => [
      "Medlemmarnas bidrag (kr)",
      `Staten ............................ ${state}`,
      "Region Norrlid .................... 700 000",
      "Älvby kommun ...................... 450 000",
      "Åsby kommun ....................... 250 000",
    ];
    expect(shown(read(fees("1 400 000")))).toEqual([
      "Staten=1400000",
      "Region Norrlid=700000",
      "Älvby kommun=450000",
      "Åsby kommun=250000",
    ]);
    expect(read(fees("1 500 000"))).toEqual([]);
  });
});

describe("a run of dot-leader lines", () => {
  it("with a figure no page has is a list, though its other numbers only go up", () => {
    const lines = [
      "Nyckeltal",
      "Kostnad per deltagare .......... 34 500",
      "Insatser ........ 6",
      "Deltagare .......... 97",
    ];
    expect([...pageFurniture(doc(lines)).leaders]).toEqual([]);
  });
  it("of page numbers that only go up is a table of contents (must not fire)", () => {
    const lines = ["Innehåll", "Inledning .......... 3", "Deltagare .......... 6", "Ekonomi .......... 11"];
    expect([...pageFurniture(doc(lines)).leaders]).toEqual([2, 3, 4]);
    expect(read(lines)).toEqual([]);
  });
});

describe("a money list with the result straight after the costs", () => {
  const list = (result: string) => [
    "Ekonomin i korthet (kr.)",
    "Intäkter (medlemsavgifter) .................... 6 120 000 kr.",
    "Kostnader ..................................... 6 305 400 kr.",
    `Årets resultat ................................ ${result} kr.`,
    "Budgeterade kostnader ......................... 6 500 000 kr.",
  ];

  it("stores revenue, costs and result where revenue − costs is the result, and no budget row", () => {
    expect(shown(read(list("-185 400")))).toEqual([
      "revenue_operating@2023=6120000",
      "cost_operating@2023=6305400",
      "result@2023=-185400",
    ]);
  });

  it("stores none of them where revenue − costs is not the result", () => {
    expect(shown(read(list("185 400")))).toEqual([]);
  });
});

describe("a list of key figures mixing money and counts under a heading with no unit", () => {
  const MIXED = (women = "30") => [
    "Kort om 2023 (ur årsredovisningen, fastställd 2024-02-20)",
    "  Intäkter ............................... 6 400 000 kr",
    "  Kostnader .............................. 6 350 000 kr",
    "  Årets resultat ............................ 50 000 kr",
    `  Deltagare i insatserna .............. 64 (${women} kvinnor, 34 män)`,
    "  Avslutade ........................................ 25",
    "    till arbete ..................................... 9",
    "    till studier .................................... 4",
    "    övriga avslut .................................. 12",
  ];

  it("reads the rows stating kronor as money and the rest as counts, the split in a bracket where it adds up", () => {
    expect(shown(read(MIXED()))).toEqual([
      "revenue_operating@2023=6400000",
      "cost_operating@2023=6350000",
      "result@2023=50000",
      "enrolled/all=64",
      "enrolled/woman=30",
      "enrolled/man=34",
      "exited/all=25",
      "work=9",
      "studies=4",
      "other_exit=12",
    ]);
  });

  it("stores no split that does not add up, and no counts under a heading stating a unit (must not fire)", () => {
    expect(shown(read(MIXED("31"))).filter((f) => f.includes("woman") || f.includes("/man"))).toEqual([]);
    const underUnit = [
      "Ekonomi och deltagare (tkr)",
      ...MIXED()
        .slice(1)
        .map((l) => l.replace(/ kr$/, "")),
    ];
    expect(shown(read(underUnit)).filter((f) => f.startsWith("enrolled") || f.startsWith("exited"))).toEqual([]);
  });
});

describe("a list of key figures set apart by wide gaps, as a printed form sets its answers", () => {
  const FORM = (women = "52") => [
    "Deltagare i förbundets insatser",
    "----------------------------------------",
    "Antal deltagare under året                  97",
    `varav kvinnor                               ${women}`,
    "varav män                                   45",
    "varav annan könstillhörighet                –",
    "Antal nya deltagare under året              38",
    "Antal avslutade under året                  40",
  ];

  it("is read as a list: a 'varav' row is a part of the row above, an empty row goes on with the list", () => {
    expect(shown(read(FORM()))).toEqual([
      "enrolled/all=97",
      "enrolled/woman=52",
      "enrolled/man=45",
      "new/all=38",
      "exited/all=40",
    ]);
  });

  it("stores no parts that do not add up, and no list of fewer than three gap rows (must not fire)", () => {
    expect(shown(read(FORM("53"))).filter((f) => f.includes("woman") || f.includes("/man"))).toEqual([]);
    expect(read(["Deltagare", "Antal deltagare under året        97", "Antal avslutade under året        40"])).toEqual(
      [],
    );
  });
});

describe("a list of where the year's exits went, under a heading about the exits", () => {
  const EXITS = (work = "11") => [
    "Avslut 2023 (alla insatser)",
    `Arbete, även med lönestöd ............ ${work}`,
    "Studier ............................... 5",
    "Fortsatt rehab annan huvudman ......... 7",
    "Övrigt/okänt .......................... 9",
    "Summa ................................ 32",
  ];

  it("gives the destinations and, from its total, the exits, where they add up", () => {
    expect(shown(read(EXITS()))).toEqual([
      "exited/all=32",
      "work=11",
      "studies=5",
      "continued_rehab=7",
      "other_exit=9",
    ]);
  });

  it("stores nothing where they do not add up, or under a heading not about the exits (must not fire)", () => {
    expect(read(EXITS("12"))).toEqual([]);
    expect(read(["Insatsernas platser", ...EXITS().slice(1)])).toEqual([]);
  });
});

describe("a 'varav nya' row under the year's participants", () => {
  const rows = (part: string) => [
    "Förbundets år i siffror",
    "Deltagare i insatserna ............ 120",
    `${part} ........................ 64`,
    "Avslutade ......................... 51",
  ];

  it("counts the new among them", () => {
    expect(shown(read(rows("varav nya under året")))).toEqual(["enrolled/all=120", "new/all=64", "exited/all=51"]);
  });

  it("counts nothing new for a part that names no new participants (must not fire)", () => {
    expect(shown(read(rows("varav unga vuxna"))).filter((f) => f.startsWith("new"))).toEqual([]);
  });
});

describe("lists the review found read as the federation's year (must not fire)", () => {
  it("reads no targets under a heading of goals set in columns", () => {
    expect(
      read([
        "Förbundets deltagare",
        "",
        "Mål för året                              Målvärde",
        "Antal deltagare under året                   150",
        "Antal nya deltagare                           80",
        "Antal avslutade                               70",
      ]),
    ).toEqual([]);
  });

  it("takes no list right under the federation's as its own where its heading names an intervention or one gender", () => {
    const federation = [
      "Samtliga insatser",
      "Antal deltagare ...................... 131",
      "Antal nya deltagare ................... 70",
      "Antal avslutade ....................... 60",
    ];
    const intervention = [
      "Jobbverkstan (Lindmo kommun)",
      "Antal deltagare ....................... 33",
      "Antal nya deltagare ................... 12",
      "Antal avslutade ....................... 15",
    ];
    expect(shown(read([...federation, ...intervention])).filter((f) => /=(33|12|15)$/.test(f))).toEqual([]);
    const women = [
      "Avslutade kvinnor, vart de gick",
      "Arbete ............................ 11",
      "Studier ............................ 5",
      "Övrigt ............................ 16",
      "Summa ............................. 32",
    ];
    expect(shown(read([...federation, ...women])).filter((f) => /=(32|11|16)$/.test(f))).toEqual([]);
  });
});

describe("a money list whose it is", () => {
  const intervention = [
    "Insats: Steget",
    "Steget tar emot unga vuxna som står långt från arbete.",
    "Ekonomi (tkr)",
    "Summa intäkter ....................... 2 240",
    "Summa kostnader ...................... 2 100",
    "Verksamhetens resultat ................ 140",
  ];
  const money = (f: string) => f.includes("@");

  it("stores no intervention's revenue, costs and result, though they add up", () => {
    expect(shown(read(intervention)).filter(money)).toEqual([]);
    expect(shown(read(["Jobbverkstan (Lindmo kommun)", ...MONEY("Ekonomi (tkr)").slice(1)]))).toEqual([]);
  });

  it("stores neither of two lists no section places, each adding up (whose is which is unclear)", () => {
    const other = ["Ekonomi (tkr)", ...intervention.slice(3)];
    expect(shown(read([...other, "", ...MONEY("Ekonomi (tkr)")])).filter(money)).toEqual([]);
  });

  it("reads the one list under a numbered heading no section places, and the federation's beside an intervention's (must not fire)", () => {
    expect(shown(read(MONEY("3. Ekonomi (tkr)")))).toContain("revenue_operating@2023=3900000");
    expect(shown(read([...intervention, "", ...MONEY("Förbundets ekonomi (tkr)")]))).toContain(
      "revenue_operating@2023=3900000",
    );
  });
});

describe("a fact box with bulleted rows set in under their count (stop 43)", () => {
  const BOX = (heading: string, women = "61", remark = "  (motsvarar 16 % av intäkterna)") => [
    "Samordningsförbundet Alvbo",
    "",
    heading,
    "Verksamhetens intäkter ....................... 6 420 tkr",
    "Verksamhetens kostnader ...................... 6 505 tkr",
    "Årets resultat ............................... -85 tkr",
    `Eget kapital vid årets slut .................. 1 020 tkr${remark}`,
    "Personer i insatser .......................... 117",
    `   • kvinnor .................................. ${women}`,
    "   • män ...................................... 56",
    "   • nyinskrivna under året ................... 49",
    "Avslut under året ............................ 44",
  ];

  it("reads the bulleted women, men and new under their count, and the equity before a share's remark", () => {
    const got = shown(read(BOX("Årets siffror i sammandrag")));
    expect(got).toEqual(
      expect.arrayContaining([
        "enrolled/all=117",
        "enrolled/woman=61",
        "enrolled/man=56",
        "new/all=49",
        "exited/all=44",
        "equity_end@2023=1020000",
        "result@2023=-85000",
      ]),
    );
  });

  it("stores no women and men that do not add up, and no count under a heading naming someone (must not fire)", () => {
    const wrong = shown(read(BOX("Årets siffror i sammandrag", "62")));
    expect(wrong.filter((g) => /woman|man=/.test(g))).toEqual([]);
    const someone = shown(read(BOX("Jobbverkstan Norr i sammandrag")));
    expect(someone.filter((g) => /^(enrolled|new|exited)\//.test(g))).toEqual([]);
  });

  it("keeps a row whose bracket is not a share of something out of the list (must not fire)", () => {
    const got = shown(read(BOX("Årets siffror i sammandrag", "61", "  (mål 1 500 tkr)")));
    expect(got.filter((g) => g.startsWith("equity_end"))).toEqual([]);
  });

  it("reads a bulleted 'nya' only as a part of the participants' count it is set in under (must not fire)", () => {
    const lines = BOX("Årets siffror i sammandrag");
    lines[10] = "   • nyinskrivna under året ................... 149";
    expect(shown(read(lines)).filter((g) => g.startsWith("new/"))).toEqual([]);
  });
});

describe("a two-column table set out with its figures left-aligned (stop 43)", () => {
  const KEY = (last: string) => [
    "Förbundet 2023 i siffror",
    "",
    "Deltagare i insatser       88",
    "Intäkter (kr)              5 200 000",
    "Kostnader (kr)             5 050 000",
    "Resultat (kr)              150 000",
    last,
  ];

  it("reads the row whose long label leaves three spaces, its figure starting where the others' do", () => {
    expect(shown(read(KEY("Eget kapital 31 dec (kr)   1 110 000")))).toContain("equity_end@2023=1110000");
  });

  it("reads no such row whose figure starts elsewhere (must not fire)", () => {
    const got = shown(read(KEY("Eget kapital 31 dec (kr)   1 110 000".replace("   ", "  "))));
    expect(got.filter((g) => g.startsWith("equity_end"))).toEqual([]);
    const off = shown(read(KEY("Eget kapital vid årets slut (kr)   1 110 000")));
    expect(off.filter((g) => g.startsWith("equity_end"))).toEqual([]);
  });
});
