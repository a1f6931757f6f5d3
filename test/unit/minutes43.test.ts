/**
 * Minutes shapes of stop 43 (made-up federations, own words): items numbered through the year with no §
 * ("31. Val av justerare"), items carrying the board's short name before the § ("FS § 12"), an attendance
 * table of x marks read by its columns, a time set in a cell of the heading line, officials listed
 * "Därutöver deltog:", a joint meeting's lists under each board's short name and its part headings, our
 * board's sentence first in a joint item; and what must stay unread.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { parseAttendance } from "../../loaders/extract/minutes/parseAttendance.ts";
import { findAgendaItems } from "../../loaders/extract/minutes/findAgendaItems.ts";
import { markTableHeader, readMarkTable } from "../../loaders/extract/minutes/markTable.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import type { FederationFacts } from "../../loaders/schema/registry.ts";
import { type AnyFact } from "../helpers.ts";

const federation: FederationFacts = {
  id: "hassleby",
  name: "Samordningsförbundet Hassleby",
  members: ["Hasslebys kommun", "Orrnäs kommun", "Region Tjärnmark", "Försäkringskassan", "Arbetsförmedlingen"],
};

function parse(text: string, date = "2026-05-20") {
  const doc = new DocumentText("hassleby/minutes", text.split("\n"), 2026, "plain_text", new Set(), federation);
  const facts = parseMinutes(doc, { date, kind: "board_minutes" }).facts as AnyFact[];
  return (table: string) => facts.filter((f) => f.table === table);
}
const decisionsOf = (of: (t: string) => AnyFact[]) =>
  Object.fromEntries(of("decision").map((d) => [d.item_ref, `${d.outcome}${d.amount_sek ? ` ${d.amount_sek}` : ""}`]));
const who = (rows: AnyFact[]) => rows.map((r) => `${r.person}:${r.role}:${r.serving}`);
const items = (text: string) =>
  findAgendaItems(new DocumentText("x/minutes", text.split("\n"), 2026)).map((i) => `${i.ref} ${i.title}`);

describe("items numbered through the year with no §", () => {
  const MINUTES = `Protokoll, Samordningsförbundet Hassleby

17. Mötets öppnande
Ordföranden öppnar mötet.

18. Justering
Beslut: Eva Grund utses att justera protokollet.

19. Ansökan – Vägen ut
Orrnäs kommun söker 400 000 kr.
Beslut: Vägen ut beviljas 350 000 kr för perioden 2026-07-01–2027-06-30.

20. Övriga frågor
Inga övriga frågor.`;

  it("reads a run opening on a later number as the items, each decision its own", () => {
    expect(items(MINUTES)).toEqual([
      "§17 Mötets öppnande",
      "§18 Justering",
      "§19 Ansökan – Vägen ut",
      "§20 Övriga frågor",
    ]);
    const of = parse(MINUTES);
    expect(decisionsOf(of)).toMatchObject({ "§18": "approved", "§19": "approved 350000" });
    expect(of("allocation").map((a) => a.amount_sek)).toEqual([350000]);
  });

  it("never takes a short numbered list, a list with a gap or a number twice for items", () => {
    expect(items(MINUTES.replace("20. Övriga frågor", "Övriga frågor"))).toEqual([]);
    expect(items(MINUTES.replace("19. Ansökan", "21. Ansökan"))).toEqual([]);
    // A numbered list in an item's text breaks the run: nothing is taken.
    expect(items(`${MINUTES}\n\nStyrelsen noterar:\n1. Budget följs.`)).toEqual([]);
  });
});

describe("items with the board's short name before the §", () => {
  const MINUTES = `Protokoll, förbundsstyrelsen i Samordningsförbundet Hassleby

FS § 41  Val av justerare
Lena Oxe utses att justera protokollet.

FS § 42  Ansökan – Kliv
Dnr 2026/31
Region Tjärnmark ansöker om 820 000 kr.

Beslut
Styrelsen beviljar Region Tjärnmark 700 000 kr för perioden 2026-09-01–2027-08-31.

FS § 43  Information
Beslut: Informationen tas emot.`;

  it("reads each prefixed heading as its § item", () => {
    expect(items(MINUTES)).toEqual(["§41 Val av justerare", "§42 Ansökan – Kliv", "§43 Information"]);
    const of = parse(MINUTES);
    expect(decisionsOf(of)).toEqual({ "§41": "approved", "§42": "approved 700000", "§43": "noted" });
    expect(of("allocation").map((a) => a.amount_sek)).toEqual([700000]);
  });

  it("never takes a reference opening a line, a prefix that changes, or numbers running back, for items", () => {
    expect(items("Bakgrund\nAU § 12 Beslutet från arbetsutskottet gäller.\nMer text.")).toEqual([]);
    expect(items("FS § 41  Val av justerare\ntext\nAU § 42  Ansökan\ntext")).toEqual([]);
    expect(items("FS § 41  Val av justerare\ntext\nFS § 40  Ansökan\ntext")).toEqual([]);
  });
});

describe("an attendance table of x marks set in columns", () => {
  const read = (text: string) =>
    parseAttendance(new DocumentText("x/2026-05-20-board-minutes", text.split("\n"), 2026)).facts as AnyFact[];
  const TABLE = `Närvarande
Namn                   Organisation         Ledamot   Ersättare   Beslutande
Eva Grund (S)          Hasslebys kommun     x                     x
Per Alm                Försäkringskassan    x                     x
Olle Tuv (M)           Orrnäs kommun                  x           x
Kim Rask (C)           Region Tjärnmark               x

§ 1 Mötets öppnande`;

  it("reads each row's role and serving from the columns its marks stand under", () => {
    expect(who(read(TABLE))).toEqual([
      "Eva Grund:member:true",
      "Per Alm:member:true",
      "Olle Tuv:deputy:true",
      "Kim Rask:deputy:false",
    ]);
  });

  it("reads a deputy column beside a serving column (a serving deputy marked in both)", () => {
    const rows = read(`Närvarande
Namn                 Representerar      Tjänstgör   Ersättare
Eva Grund (S)        Hasslebys kommun   x
Olle Tuv (M)         Orrnäs kommun      x           x
Kim Rask (C)         Region Tjärnmark               x

§ 1 Mötets öppnande`);
    expect(who(rows)).toEqual(["Eva Grund:member:true", "Olle Tuv:deputy:true", "Kim Rask:deputy:false"]);
  });

  it("leaves a table whose marks moved out of their columns to the other readers", () => {
    const lines = [
      "Namn  Representerar  Tjänstgör  Ersättare",
      "Eva Grund  Hasslebys kommun  x",
      "Olle Tuv Orrnäs kommun x  x",
    ];
    const header = markTableHeader(lines[0]!)!;
    expect(header).toBeDefined();
    expect(readMarkTable(lines, 1, 4, header)).toBeUndefined();
  });

  it("never reads a header without a deputies' column, or with a column it does not know, as a table of marks", () => {
    expect(markTableHeader("Namn          Organisation      Ledamot     Tjänstgör")).toBeUndefined();
    expect(markTableHeader("Namn          Organisation      Belopp      Ersättare")).toBeUndefined();
    expect(markTableHeader("Insats        Organisation      Ledamot     Ersättare")).toBeUndefined();
  });

  it("never stores a row with no mark, a row marked both member and deputy, or one a presence column leaves empty", () => {
    const rows = read(`Närvarande
Namn                 Organisation       Ledamot   Ersättare   Närvarande
Eva Grund (S)        Hasslebys kommun   x                     x
Lars Ek (V)          Orrnäs kommun      x
Kim Rask (C)         Region Tjärnmark   x         x           x
Siv Mo               Försäkringskassan

§ 1 Mötets öppnande`);
    expect(who(rows)).toEqual(["Eva Grund:member:null"]);
  });
});

describe("the heading's lines", () => {
  it("reads the hours from a cell of a line of label cells, and from a 'Klockan:' label", () => {
    const cell = parse(
      `Protokoll\nDatum: 2026-05-20        Tid: 13.00–15.30        Plats: Kansliet\n\n§ 1 Öppnande\nText.`,
    );
    expect(cell("meeting").map((m) => `${m.start_time}-${m.end_time}`)).toEqual(["13:00-15:30"]);
    const label = parse(`Protokoll\nSammanträdesdag: 2026-05-20\nKlockan: 09:00-11:45\n\n§ 1 Öppnande\nText.`);
    expect(label("meeting").map((m) => `${m.start_time}-${m.end_time}`)).toEqual(["09:00-11:45"]);
  });

  it("never reads the adjusting's or the next meeting's hours in such a cell as the meeting's", () => {
    const of = parse(
      `Protokoll\nJustering: 2026-05-27        Tid: 10.00–10.30\n\nNästa möte: 2026-06-10        Tid: 09.00–12.00\n\n§ 1 Öppnande\nText.`,
    );
    expect(of("meeting").map((m) => m.start_time)).toEqual([null]);
  });

  it("reads officials under 'Därutöver deltog:' with their titles, an auditor attending one item a guest", () => {
    const rows = parseAttendance(
      new DocumentText(
        "x/2026-05-20-board-minutes",
        [
          "Beslutande: Eva Grund (S), Hasslebys kommun",
          "Därutöver deltog: Ali Berg, förbundschef; Tova Lin, revisor (punkt 4)",
          "",
          "§ 1 Öppnande",
        ],
        2026,
      ),
    ).facts as AnyFact[];
    expect(who(rows)).toEqual(["Eva Grund:member:true", "Ali Berg:official:null", "Tova Lin:guest:null"]);
  });
});

describe("a joint meeting of two federations' boards", () => {
  const HEAD = `Protokoll, gemensamt sammanträde
Samordningsförbundet Hassleby och Samordningsförbundet Ljungö

Datum: 2026-05-20`;

  it("reads our board's list under its short name, passes over the other's, and reads no part heading as a person", () => {
    const of = parse(`${HEAD}

Deltagare Hassleby
Eva Grund (S), ordförande, Hasslebys kommun
Olle Tuv (M), Orrnäs kommun, ersättare, tjänstgörande

Deltagare Ljungö
Rut Bly (C), ordförande, Ljungö kommun

Tjänstepersoner
Ali Berg, förbundschef

Del A. Gemensamma frågor

§ 1 Öppnande
Text.`);
    expect(who(of("attendance"))).toEqual(["Eva Grund:member:true", "Olle Tuv:deputy:true", "Ali Berg:official:null"]);
  });

  it("reads our board's decision first in a joint item, and nothing of an item the other board decides", () => {
    const of = parse(`${HEAD}

§ 2  Gemensam temadag
Hasslebys styrelse beslutar att genomföra temadagen tillsammans med Ljungö.
Ljungös styrelse beslutar detsamma.

§ 3  Ansökan – Ungdomslotsen
Ljungö kommun söker 300 000 kr.
Ljungös styrelse beslutar att bevilja 280 000 kr för perioden 2026-07-01–2026-12-31.
Hasslebys styrelse har ingen del i beslutet.

§ 4  Årsredovisning 2025
Ljungös resultat för 2025 blev ett överskott på 64 300 kr.
Ljungös styrelse beslutar att godkänna årsredovisningen för 2025.`);
    expect(decisionsOf(of)).toEqual({ "§2": "approved" });
    expect(of("allocation")).toEqual([]);
    expect(of("finance")).toEqual([]);
  });

  it("never reads a list under a short name that is no federation's as ours or the other's", () => {
    const of = parse(`Protokoll, Samordningsförbundet Hassleby

Deltagare Orrnäs
Eva Grund (S), Hasslebys kommun

§ 1 Öppnande
Text.`);
    // "Orrnäs" is a member, no federation: the label is no board's list, so nobody is read as deciding under it.
    expect(of("attendance").filter((a) => a.role === "member" && a.serving === true)).toEqual([]);
  });
});

describe("a report received", () => {
  it("reads a decision 'Informationen tas emot.' or 'Styrelsen tackar för informationen.' as noted, never more", () => {
    const of = parse(`Protokoll, Samordningsförbundet Hassleby

§ 5  Rapport från kansliet
Förbundschefen berättar om arbetet.
Beslut: Informationen tas emot.

§ 6  Rapport från Steget
Insatsen berättar om året.
Beslut: Styrelsen tackar för informationen.

§ 7  Rapport och ansökan
Steget ansöker om 200 000 kr.
Beslut: Informationen tas emot och ansökan bereds vidare.`);
    const d = decisionsOf(of);
    expect(d["§5"]).toBe("noted");
    expect(d["§6"]).toBe("noted");
    expect(d["§7"]).not.toBe("noted");
  });
});

describe("the finance officer's year-end table in an item on the closed year", () => {
  const ITEM = (lead: string) => `Protokoll, Samordningsförbundet Hassleby

§ 3   Bokslut och uppföljning per december 2025
      ${lead}

                               Ack. utfall    Helårs-    Ack. utfall
                               jan–dec 2025   budget     jan–dec 2024
      Intäkter                      7 410      7 500         7 020
      Kostnader                    -7 220     -7 650        -7 100
      Resultat                        190       -150           -80
      Prognosen i oktober var ett resultat på 90 tkr.

      Styrelsen beslutar att lägga uppföljningen till handlingarna.`;

  it("reads the year's accumulated outcome in the unit its lead sentence states, never the budget or the year before", () => {
    const of = parse(ITEM("Ekonomen redovisar utfallet per den 31 december 2025 (tkr):"), "2026-02-10");
    expect(of("finance").map((f) => `${f.year} ${f.basis} ${f.item}=${f.amount_sek}`)).toEqual([
      "2025 actual revenue_operating=7410000",
      "2025 actual cost_operating=7220000",
      "2025 actual result=190000",
    ]);
  });

  it("stores nothing where the lead states no unit", () => {
    const of = parse(ITEM("Ekonomen redovisar utfallet per den 31 december 2025:"), "2026-02-10");
    expect(of("finance")).toEqual([]);
  });
});

describe("a headless budget table under a stacked header and a lead sentence stating its unit", () => {
  const TABLE = (lead: string, upper = "Utfall        Budget") => [
    lead,
    "",
    `                     ${upper}`,
    "                     2025          2025",
    "Intäkter            5 210         5 300",
    "Kostnader          -5 020        -5 400",
    "Resultat              190          -100",
  ];
  const money = (lines: string[]) =>
    (parseStatements(new DocumentText("x/y", lines, 2025)).facts as AnyFact[])
      .filter((f) => f.table === "finance")
      .map((f) => `${f.basis} ${f.item}=${f.amount_sek}`);

  it("takes the unit from the caption over the header's upper line, a day in words no figure", () => {
    expect(money(TABLE("Uppföljning per den 31 december 2025 (tkr):"))).toEqual(
      expect.arrayContaining(["actual revenue_operating=5210000", "actual result=190000"]),
    );
  });

  it("never takes the unit of a caption holding another figure, nor over an upper line holding one", () => {
    expect(money(TABLE("Uppföljning av 12 insatser (tkr):"))).toEqual([]);
    expect(money(TABLE("Uppföljning per den 31 december 2025 (tkr):", "Utfall 12 mån   Budget"))).toEqual([]);
  });
});

describe("other wordings of the same shapes", () => {
  const read = (text: string) =>
    parseAttendance(new DocumentText("x/2026-05-20-board-minutes", text.split("\n"), 2026)).facts as AnyFact[];

  it("reads a table of marks drawn with pipes by each cell's place", () => {
    const rows = read(`Närvarande

| Namn | Representerar | Tjänstgör | Ersättare |
|---|---|:-:|:-:|
| Eva Grund (S) | Hasslebys kommun | x | |
| Olle Tuv (M) | Orrnäs kommun | x | x |
| Kim Rask (C) | Region Tjärnmark | | x |

§ 1 Mötets öppnande`);
    expect(who(rows)).toEqual(["Eva Grund:member:true", "Olle Tuv:deputy:true", "Kim Rask:deputy:false"]);
  });

  it("never reads a pipe table whose mark columns hold words, or whose rows have another count of cells", () => {
    const header = markTableHeader("| Namn | Representerar | Tjänstgör | Ersättare |")!;
    expect(readMarkTable(["", "| Eva Grund | Hasslebys kommun | Ja | |"], 1, 3, header)).toBeUndefined();
    expect(readMarkTable(["", "| Eva Grund | Hasslebys kommun | x |"], 1, 3, header)).toBeUndefined();
  });

  it("reads items numbered with a closing bracket ('12) …') as numbered items", () => {
    expect(items("12) Öppnande\nText.\n\n13) Justering\nText.\n\n14) Ansökan\nText.\n\n15) Avslutning\nText.")).toEqual(
      ["§12 Öppnande", "§13 Justering", "§14 Ansökan", "§15 Avslutning"],
    );
  });

  it("reads 'Styrelsen för Samordningsförbundet X' and 'Xs förbundsstyrelse' as the board named, ours or the other's", () => {
    const of = parse(`Protokoll, gemensamt sammanträde
Samordningsförbundet Hassleby och Samordningsförbundet Ljungö

§ 2  Ansökan – Steget
Orrnäs kommun söker 250 000 kr.
Styrelsen för Samordningsförbundet Hassleby beslutar att bevilja 240 000 kr för perioden 2026-07-01–2027-06-30.

§ 3  Ansökan – Bron
Ljungö kommun söker 300 000 kr.
Styrelsen för Samordningsförbundet Ljungö beslutar att bevilja 290 000 kr för perioden 2026-07-01–2027-06-30.

§ 4  Ansökan – Vägen
Ljungö kommun söker 150 000 kr.
Ljungös förbundsstyrelse beslutar att bevilja 150 000 kr för perioden 2026-07-01–2026-12-31.`);
    expect(decisionsOf(of)).toEqual({ "§2": "approved 240000" });
    expect(of("allocation").map((a) => a.amount_sek)).toEqual([240000]);
  });
});

describe("abbreviated column words and a label cell without its colon", () => {
  it("reads 'Tjg' and 'Närv.' columns as the deciding and presence columns", () => {
    const rows = parseAttendance(
      new DocumentText(
        "x/2026-05-20-board-minutes",
        [
          "Namn               Organisation        Ledamot   Ersättare   Närv.   Tjg",
          "Eva Grund (S)      Hasslebys kommun    x                     x       x",
          "Olle Tuv (M)       Orrnäs kommun                 x           x       x",
          "Kim Rask (C)       Region Tjärnmark              x           x",
          "Siv Mo             Försäkringskassan   x",
          "",
          "§ 1 Mötets öppnande",
        ],
        2026,
      ),
    ).facts as AnyFact[];
    expect(who(rows)).toEqual(["Eva Grund:member:true", "Olle Tuv:deputy:true", "Kim Rask:deputy:false"]);
  });

  it("reads 'Tid 13.00–15.30' in a cell of the heading line, never the next meeting's", () => {
    const cell = parse(
      `Protokoll\nDatum 2026-05-20        Tid 13.00–15.30        Plats Kansliet\n\n§ 1 Öppnande\nText.`,
    );
    expect(cell("meeting").map((m) => `${m.start_time}-${m.end_time}`)).toEqual(["13:00-15:30"]);
    const next = parse(
      `Protokoll\nDatum: 2026-05-20\n\nNästa möte 2026-06-10        Tid 09.00–12.00\n\n§ 1 Öppnande\nText.`,
    );
    expect(next("meeting").map((m) => m.start_time)).toEqual([null]);
  });
});
