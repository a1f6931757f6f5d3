import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseFederationRows } from "../../loaders/extract/general/federationRows.ts";
import type { AnyFact } from "../helpers.ts";

const TABLE = (caption: string) => [
  "Länets förbund lämnade sina årsredovisningar i april.",
  caption,
  "Förbund                         Deltagare  Avslutade  Till arbete/studier  Resultat, tkr  Kostnad per deltagare, kr",
  "Samordningsförbundet Älvbo             150         80                 40 %            −75                     41 000",
  "Finsam Bergadal                        210        120                 35 %            130                     38 000",
];
const read = (lines: string[], federation = "alvbo") => {
  const out = parseFederationRows(new DocumentText(`${federation}/2023-annual-report`, lines, 2023));
  return [...out.facts, ...(out.awaiting ?? [])] as AnyFact[];
};
const shown = (facts: AnyFact[]) =>
  facts.map((f) =>
    f.table === "finance"
      ? `${f.item}=${f.amount_sek}`
      : f.table === "indicator"
        ? `rate=${f.value}`
        : `${f.measure}=${f.value}`,
  );

describe("a table with one row per federation", () => {
  it("reads only the document's own federation's row, each column through the lexicon", () => {
    expect(shown(read(TABLE("")))).toEqual(["enrolled=150", "exited=80", "result=-75000", "rate=40"]);
  });

  it("reads the other federation's row only in that federation's document", () => {
    expect(shown(read(TABLE(""), "bergadal"))).toEqual(["enrolled=210", "exited=120", "result=130000", "rate=35"]);
  });

  it("reads no row of a federation the document is not about, and no cost per participant (must not fire)", () => {
    expect(read(TABLE(""), "norrby")).toEqual([]);
    expect(read(TABLE("")).some((f) => f.amount_sek === 41_000_000 || f.value === 41_000)).toBe(false);
  });

  it("reads nothing under a caption naming another year (must not fire)", () => {
    expect(read(TABLE("Uppföljning 2022"))).toEqual([]);
  });
});

describe("the author's fee in a table of federations", () => {
  const lines = (head: string) => [
    head,
    "Regionstyrelsen",
    "",
    "Förbund                         Deltagare  Regionens bidrag, tkr",
    "Samordningsförbundet Älvbo             150                    900",
    "Finsam Bergadal                        210                  1 200",
  ];
  const fees = (head: string) =>
    read(lines(head))
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}=${f.amount_sek}`);

  it("is the fee of the region the document's head names", () => {
    expect(fees("REGION NORRLID")).toEqual(["Region Norrlid=900000"]);
  });

  it("is no one's where the head names no region (must not fire)", () => {
    expect(fees("Protokollsutdrag")).toEqual([]);
    expect(fees("Åby kommun")).toEqual([]);
  });
});

describe("a county's table of federations, grouped under its counties, the unit in its caption", () => {
  const lines = (älvbo: string, caption = "Tabell 3. Förbundens ekonomi 2023, tusental kronor") => [
    caption,
    "Region / förbund             Statens bidrag  Intäkter  Årets resultat  Eget kapital 2022  Eget kapital 2023  Budget 2024  Kapital/intäkter",
    "Norrlids län",
    älvbo,
    "  Finsam Bergadal                    1 900     4 010              60                700                760        4 100            19 %",
    "Länet i sin helhet                   4 350     9 350            -180              1 950              1 770        9 400            19 %",
  ];
  const own =
    "  Samordningsförbundet Älvbo         2 450     5 340            -240              1 250              1 010        5 300            19 %";
  const shownMoney = (facts: AnyFact[]) =>
    facts.map((f) =>
      f.table === "member_contribution" ? `${f.member}=${f.amount_sek}` : `${f.item}@${f.year}=${f.amount_sek}`,
    );

  it("reads the own row's money in the caption's unit, each equity for the year its column names", () => {
    expect(shownMoney(read(lines(own)))).toEqual([
      "Staten=2450000",
      "revenue_operating@2023=5340000",
      "result@2023=-240000",
      "equity_end@2022=1250000",
      "equity_end@2023=1010000",
    ]);
    expect(read(lines(own), "bergadal").find((f) => f.item === "result")?.amount_sek).toBe(60_000);
  });

  it("stores none of the row's equity and result where they do not roll, nor a budget or a ratio column (must not fire)", () => {
    const broken = own.replace("1 010", "1 100");
    expect(shownMoney(read(lines(broken)))).toEqual(["Staten=2450000", "revenue_operating@2023=5340000"]);
    // The county's row and a neighbour's are never the federation's, whatever the county's name.
    expect(read(lines(own), "norrlid")).toEqual([]);
    // A caption in no known unit leaves the money unread.
    expect(
      read(lines(own, "Tabell 3. Förbundens ekonomi 2023, hundratals kronor")).filter((f) => f.table === "finance"),
    ).toEqual([]);
  });
});

describe("a work-or-studies column of counts in a table of federations", () => {
  const lines = (cell: string) => [
    "Tabell 5. Deltagare 2023",
    "Förbund / län                  Avslutade         Därav arbete/studier",
    "Norrlids län",
    `  Samordningsförbundet Älvbo          90${cell.padStart(30)}`,
    "  Finsam Bergadal                    120                            44",
  ];
  const parts = (cell: string) => read(lines(cell)).filter((f) => f.table === "participant_breakdown");

  it("is a part of the row's exits", () => {
    expect(parts("33").map((f) => `${f.category}=${f.value}`)).toEqual(["work_or_studies=33"]);
  });

  it("is not stored where it is more than the row's exits (must not fire)", () => {
    expect(parts("133")).toEqual([]);
  });
});

describe("stop 29: a bare fee column in a body's table of the federations it belongs to", () => {
  const lines = (head: string, second = "Bidrag 2024 (tkr)") => [
    head,
    "Kommunstyrelsen",
    "",
    `Samordningsförbund                 Bidrag 2023 (tkr)    ${second}`,
    "Samordningsförbundet Älvbo                      610                  640",
    "Finsam Bergadal                                 420                  450",
    "Summa                                         1 030                1 090",
  ];
  const fees = (head: string, second?: string) =>
    read(lines(head, second))
      .filter((f) => f.table === "member_contribution")
      .map((f) => `${f.member}:${f.year}:${f.basis}=${f.amount_sek}`);

  it("is the fee of the author the head names, this year's an outcome and next year's a budget", () => {
    expect(fees("Åby kommun")).toEqual(["Åby kommun:2023:actual=610000", "Åby kommun:2024:budget=640000"]);
  });

  it("is no one's where the head names no author, and a column two years on is never read (must not fire)", () => {
    expect(fees("Protokollsutdrag")).toEqual([]);
    expect(fees("Åby kommun", "Bidrag 2025 (tkr)")).toEqual(["Åby kommun:2023:actual=610000"]);
  });
});

describe("a member's note on the joint bodies it belongs to (stop 43)", () => {
  /** A municipality's note: the label title on the header's lower line, a word hyphenated over both, the unit in the lead. */
  const NOTE = (lead: string, head = "ÅSBY KOMMUN · ÅRSREDOVISNING 2023") => [
    head,
    "",
    "Not 17  Organisationer utanför den sammanställda redovisningen",
    "",
    "Kommunen ingår i några förbund som inte konsolideras. Uppgifterna kommer ur organisationernas bokslut.",
    lead,
    "",
    "                              Ägar-     Intäk-    Årets      Eget       Kommunens",
    "Organisation                  andel %   ter       resultat   kapital    avgift 2023",
    "-------------------------------------------------------------------------------------",
    "Räddningstjänsten Dalsnäs     14,0      48 100       -910     9 400      6 720",
    "Samordningsförbundet Älvbo     9,5       9 870        215     2 060        812",
    "Dalsnäs vattenförbund         20,0      31 000        440     7 700      2 150",
    "-------------------------------------------------------------------------------------",
    "Summa                                                                  9 682",
  ];
  const money = (facts: AnyFact[]) =>
    facts.map((f) => (f.table === "member_contribution" ? `${f.member}=${f.amount_sek}` : `${f.item}=${f.amount_sek}`));

  it("reads the own federation's row through the stacked header, in the unit the lead declares", () => {
    const got = money(read(NOTE("Beloppen anges i tusentals kronor.")));
    expect(got).toEqual(
      expect.arrayContaining([
        "revenue_operating=9870000",
        "result=215000",
        "equity_end=2060000",
        "Åsby kommun=812000",
      ]),
    );
    expect(got).toHaveLength(4);
  });

  it("reads no other body's row, no share column and no sum (must not fire)", () => {
    const got = read(NOTE("Beloppen anges i tusentals kronor."));
    const amounts = got.map((f) => f.amount_sek);
    for (const other of [48_100_000, -910_000, 9_400_000, 6_720_000, 9_682_000, 9_500, 95_000])
      expect(amounts).not.toContain(other);
  });

  it("stores no money where the lead declares no unit, only names an amount in passing (must not fire)", () => {
    expect(read(NOTE("Kommunen betalade 9,7 mnkr till förbunden under året."))).toEqual([]);
    expect(read(NOTE(""))).toEqual([]);
  });

  it("names no payer without a member's head, and reads no table of bodies in another federation's document (must not fire)", () => {
    const noHead = money(read(NOTE("Beloppen anges i tusentals kronor.", "Not till årsredovisningen")));
    expect(noHead.filter((g) => g.includes("kommun"))).toEqual([]);
    expect(read(NOTE("Beloppen anges i tusentals kronor."), "norrby")).toEqual([]);
  });
});
