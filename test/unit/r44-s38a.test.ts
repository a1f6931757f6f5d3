/**
 * Table layouts of set 38: a table printed sideways as column blocks ("Kolumn: Mått" then one block per
 * column), semicolon rows whose column order a reading note declares, a trailing earlier-year comparison
 * column beside undated columns, and a destinations table beside a budget column of dashes. Made-up
 * federations and figures, own words.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import { columnBlocks } from "../../loaders/extract/text/columnBlocks.ts";
import { declaredColumnOrder, declaredOrder } from "../../loaders/extract/text/declaredColumnOrder.ts";
import { blankAnnotationColumns } from "../../loaders/extract/text/annotationColumns.ts";
import { spannedHeaders } from "../../loaders/extract/text/spannedHeaders.ts";
import { equalBasisHeaders } from "../../loaders/extract/text/equalBasisHeaders.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "ekmyra",
  kind: "annual_report",
  date: "2026-03-10",
  period_year: 2025,
  title: "Årsredovisning 2025",
  file: "ekmyra/arsredovisning-2025.txt",
  sha256: "0".repeat(64),
};
const facts = (lines: string[]) => extractFromLines(entry, lines, entry.sha256).facts as AnyFact[];
const counts = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "participant_count" && !f.intervention)
    .map((f) => `${f.measure}/${f.gender}@${f.year}=${f.value}`)
    .sort();
const money = (fs: AnyFact[]) =>
  fs.filter((f) => f.table === "finance").map((f) => `${f.item}/${f.basis}@${f.year}=${f.amount_sek}`);
const exits = (fs: AnyFact[]) =>
  fs
    .filter((f) => f.table === "participant_breakdown" && !f.intervention)
    .map((f) => `${f.category}@${f.year}=${f.value}`)
    .sort();

const head = ["Ekmyra samordningsförbund", "Årsredovisning 2025", ""];

describe("a table printed sideways as column blocks", () => {
  const blocks = [
    "Tabell 2. Deltagare 2025",
    "",
    "Kolumn: Mått",
    "  Deltagare under året",
    "  Nya deltagare",
    "",
    "Kolumn: Kvinnor",
    "  48",
    "  20",
    "",
    "Kolumn: Män",
    "  40",
    "  17",
    "",
    "Kolumn: Totalt",
    "  88",
    "  37",
    "",
    "Kolumn: Totalt 2024",
    "  91",
    "  42",
    "",
  ];
  it("sets the blocks back in rows, one line per document line", () => {
    const out = columnBlocks(blocks)!;
    expect(out).toHaveLength(blocks.length);
    expect(out[2]!.split(/\s{2,}/)).toEqual(["Mått", "Kvinnor", "Män", "Totalt", "Totalt 2024"]);
    expect(out[3]!.split(/\s{2,}/)).toEqual(["Deltagare under året", "48", "40", "88", "91"]);
    expect(out.slice(6).every((l) => l === "")).toBe(true);
  });

  it("reads each column by its title: the year's counts, never the earlier year's", () => {
    const fs = facts([...head, ...blocks]);
    expect(counts(fs)).toEqual(
      expect.arrayContaining([
        "enrolled/all@2025=88",
        "enrolled/woman@2025=48",
        "enrolled/man@2025=40",
        "new/all@2025=37",
      ]),
    );
    expect(counts(fs).filter((c) => /@2025=(?:91|42)$/.test(c))).toEqual([]);
  });

  it("reads a budget block before the outcome's as the budget", () => {
    const fs = facts([
      ...head,
      "Kolumn: Post",
      "  Verksamhetens intäkter",
      "  Verksamhetens kostnader",
      "  Årets resultat",
      "",
      "Kolumn: Budget 2025",
      "  3 100 000",
      "  3 300 000",
      "  −200 000",
      "",
      "Kolumn: Utfall 2025",
      "  3 100 000",
      "  3 164 500",
      "  −64 500",
      "",
    ]);
    expect(money(fs)).toEqual(
      expect.arrayContaining(["cost_operating/actual@2025=3164500", "result/actual@2025=-64500"]),
    );
    expect(money(fs)).not.toContain("cost_operating/actual@2025=3300000");
    expect(money(fs)).not.toContain("result/actual@2025=-200000");
  });

  it("leaves numbers on lines of their own with no column line over them", () => {
    const lines = ["Mått", "  Deltagare under året", "  Nya deltagare", "", "Kvinnor", "  48", "  20", ""];
    expect(columnBlocks(lines)).toBeUndefined();
  });

  it("leaves a block whose count differs from the labels', or holds words among the figures", () => {
    const short = ["Kolumn: Mått", "  Deltagare", "  Nya", "  Avslutade", "", "Kolumn: Totalt", "  88", "  37", ""];
    expect(columnBlocks(short)).toBeUndefined();
    const worded = ["Kolumn: Mått", "  Deltagare", "  Nya", "", "Kolumn: Kommentar", "  ökning", "  37", ""];
    expect(columnBlocks(worded)).toBeUndefined();
  });

  it("leaves a first block of figures (no labels) as written", () => {
    const lines = ["Kolumn: År", "  2024", "  2025", "", "Kolumn: Totalt", "  88", "  37", ""];
    expect(columnBlocks(lines)).toBeUndefined();
  });
});

describe("semicolon rows in the columns a reading note declares", () => {
  const note = [
    "Läsanvisning",
    "Om inget annat anges står värdena i ordningen Utfall 2025; Budget 2025; Utfall 2024.",
    "",
  ];
  const participants = [
    "Deltagare",
    "",
    "Deltagare under året: 143; 150; 129",
    "  varav kvinnor: 80; –; 70",
    "  varav män: 63; –; 59",
    "Nya deltagare: 61; 70; 55",
    "",
  ];
  it("reads the note's first column as the year's outcome, never the budget or last year", () => {
    const fs = facts([...head, ...note, ...participants]);
    expect(counts(fs)).toEqual(
      expect.arrayContaining([
        "enrolled/all@2025=143",
        "enrolled/woman@2025=80",
        "enrolled/man@2025=63",
        "new/all@2025=61",
      ]),
    );
    expect(counts(fs).filter((c) => /@2025=(?:150|129|70|55)$/.test(c))).toEqual([]);
  });

  it("holds a note for one table for the next block only, the standing order after it", () => {
    const lines = [
      ...note,
      "I denna tabell är ordningen en annan: Budget 2025; Utfall 2025.",
      "",
      "Intäkter: 900; 910",
      "Kostnader: 950; 940",
      "",
      "Text.",
      "",
      "Intäkter: 910; 900; 870",
      "Kostnader: 940; 950; 860",
    ];
    const out = declaredColumnOrder(lines)!;
    expect(out[4]!.trim().split(/\s{2,}/)).toEqual(["Budget 2025", "Utfall 2025"]);
    expect(out[9]!.trim().split(/\s{2,}/)).toEqual(["Utfall 2025", "Budget 2025", "Utfall 2024"]);
  });

  it("sets no row whose count of values is not the note's", () => {
    const out = declaredColumnOrder([...note, "", "Intäkter: 900; 910", "Kostnader: 950; 940"]);
    expect(out).toBeUndefined();
  });

  it("reads nothing without a note declaring the order", () => {
    const fs = facts([...head, ...participants]);
    expect(counts(fs).filter((c) => /@2025=(?:150|129)$/.test(c))).toEqual([]);
    expect(declaredColumnOrder(participants)).toBeUndefined();
  });

  it("takes no list of prose words, nor an order of things that are no columns, as a note", () => {
    expect(declaredOrder("Styrelsen behandlade ärendena i ordningen budget; plan; uppföljning.")).toBeUndefined();
    expect(declaredOrder("Vi samverkar med: Arbetsförmedlingen; Försäkringskassan; regionen.")).toBeUndefined();
    expect(declaredOrder("Värdena står i ordningen utfall 2025, budget 2025 och utfall 2024.")?.columns).toEqual([
      "Utfall 2025",
      "Budget 2025",
      "Utfall 2024",
    ]);
    expect(declaredOrder("Ärendena togs i ordningen 3, 4 och 5.")).toBeUndefined();
    expect(declaredOrder("Värdena står i ordningen Utfall 2025; Budget 2025.")?.columns).toEqual([
      "Utfall 2025",
      "Budget 2025",
    ]);
  });
});

describe("a trailing earlier-year comparison column beside undated columns", () => {
  it("is blanked, so the undated columns are read as the table's", () => {
    const lines = [
      "Mått                 Kvinnor   Män   Totalt   Totalt 2024",
      "Deltagare under året      48    40       88            91",
    ];
    const out = blankAnnotationColumns(lines, 2025)!;
    expect(out[0]).toBe("Mått                 Kvinnor   Män   Totalt");
    expect(out[1]!.trimEnd()).toBe("Deltagare under året      48    40       88");
  });

  it("stays where the other columns name years too, or the year is the report's", () => {
    const dated = ["Mått         Antal 2025   Antal 2024", "Deltagare           88           91"];
    expect(blankAnnotationColumns(dated, 2025)).toBeUndefined();
    const same = ["Mått         Kvinnor   Män   Totalt 2025", "Deltagare        48    40           88"];
    expect(blankAnnotationColumns(same, 2025)).toBeUndefined();
  });
});

describe("a destinations table beside a budget column of dashes and a share row", () => {
  const table = (share: string) => [
    ...head,
    "Avslut",
    "Avslutsorsak                 Utfall 2025   Budget 2025   Utfall 2024",
    "Till arbete                           14             –            12",
    "Till studier                           6             –             5",
    "Annat avslut                          20             –            19",
    "Summa avslutade                       40            45            36",
    share,
    "",
  ];
  it("reads the outcome columns, the budget's total and the share row no bar", () => {
    const fs = exits(facts(table("Andel till arbete eller studier (%)    50            60            47")));
    expect(fs).toEqual(expect.arrayContaining(["work@2025=14", "studies@2025=6", "work@2024=12"]));
  });

  it("reads nothing where the outcome column misses its total", () => {
    const fs = facts(table(""));
    const broken = facts([
      ...head,
      "Avslut",
      "Avslutsorsak                 Utfall 2025   Budget 2025",
      "Till arbete                           14             –",
      "Till studier                           6             –",
      "Summa avslutade                       25            45",
      "",
    ]);
    expect(exits(fs)).toContain("work@2025=14");
    expect(exits(broken)).toEqual([]);
  });
});

describe("a header merged over three lines with a dashed span over part-year and whole-year columns", () => {
  const table = (span: string, lower: string, bottom: string) => [
    ...head,
    "Tabell 3. Ekonomi (kronor)",
    "",
    `                      Budget      ${span}    Förbrukat`,
    `                      helår       ${lower}    av budget`,
    `Post                  2025        ${bottom}    (%)`,
    "Summa intäkter      3 200 000    1 590 000          3 180 000          99",
    "Summa kostnader     3 400 000    1 702 000          3 291 000          97",
    "Årets resultat       −200 000     −112 000           −111 000           –",
    "",
  ];
  const spanned = table(
    "---------- Utfall ----------",
    "jan–jun          jan–dec      ",
    "(50 % av året)   (100 % av året)",
  );

  it("writes the header anew on its last line, the part of the year's and the share's cells blanked", () => {
    const out = spannedHeaders(spanned)!;
    expect(out.lines).toHaveLength(spanned.length - 2);
    expect(out.lines[5]!.trim().split(/\s{2,}/)).toEqual(["Post", "Budget 2025", "2025"]);
    expect(out.lines[6]!.trim().split(/\s{2,}/)).toEqual(["Summa intäkter", "3 200 000", "3 180 000"]);
    expect(out.from.slice(4, 7)).toEqual([4, 7, 8]);
  });

  it("reads the whole year's column as the outcome and the budget as the budget", () => {
    const fs = money(facts(spanned));
    expect(fs).toEqual(
      expect.arrayContaining([
        "revenue_operating/actual@2025=3180000",
        "cost_operating/actual@2025=3291000",
        "result/actual@2025=-111000",
        "cost_operating/budget@2025=3400000",
      ]),
    );
    expect(fs.filter((f) => /actual@2025=(?:1590000|1702000|-112000|3400000|3200000|99|97)$/.test(f))).toEqual([]);
  });

  it("reads a span drawn with em dashes alike", () => {
    const short = table(
      "———— Utfall ————————————",
      "jan–jun          jan–dec      ",
      "(50 % av året)   (100 % av året)",
    );
    expect(money(facts(short))).toContain("cost_operating/actual@2025=3291000");
  });

  it("leaves the table as written where no column is the whole year's outcome", () => {
    const interim = table(
      "---------- Utfall ----------",
      "jan–mar          jan–jun      ",
      "(25 % av året)   (50 % av året)",
    );
    expect(money(facts(interim)).filter((f) => f.includes("/actual@2025"))).toEqual([]);
  });

  it("leaves a stack whose one year is not the report's as written (next year's budget beside an outcome)", () => {
    const nextYear = table(
      "---------- Utfall ----------",
      "jan–jun          jan–dec      ",
      "(50 % av året)   (100 % av året)",
    ).map((l) => l.replace("2025        ", "2026        "));
    expect(spannedHeaders(nextYear, 2025)).toBeUndefined();
    expect(spannedHeaders(spanned, 2025)).toBeDefined();
  });

  it("leaves a stack naming two years as written", () => {
    const twoYears = table(
      "---------- Utfall ----------",
      "jan–dec          jan–dec      ",
      "2024             2025         ",
    );
    expect(money(facts(twoYears)).filter((f) => /actual@2025=(?:1590000|1702000)$/.test(f))).toEqual([]);
  });
});

describe("a key-figure table closing on the balance sheet's total", () => {
  it("reads 'Balansomslutning' after the result and the equity as the year's assets", () => {
    const fs = money(
      facts([
        ...head,
        "Ekonomi (kronor)              Utfall 2025    Utfall 2024",
        "Verksamhetens intäkter          4 100 000      3 950 000",
        "Verksamhetens kostnader         4 180 000      3 900 000",
        "Årets resultat                    -80 000         50 000",
        "Eget kapital vid årets slut       610 000        690 000",
        "Balansomslutning                  905 000        960 000",
        "",
      ]),
    );
    expect(fs).toEqual(expect.arrayContaining(["assets_total/actual@2025=905000", "assets_total/actual@2024=960000"]));
    expect(fs).not.toContain("assets_total/actual@2025=960000");
  });

  it("reads no balance sheet's own line ('Summa tillgångar') in an income statement", () => {
    const fs = money(
      facts([
        ...head,
        "Resultaträkning (kronor)      Utfall 2025    Utfall 2024",
        "Verksamhetens intäkter          4 100 000      3 950 000",
        "Verksamhetens kostnader         4 180 000      3 900 000",
        "Årets resultat                    -80 000         50 000",
        "Summa tillgångar                  905 000        960 000",
        "",
      ]),
    );
    expect(fs.filter((f) => f.startsWith("assets_total"))).toEqual([]);
  });
});

describe("a header cell saying the budget and the outcome are one", () => {
  const table = (cell: string) => [
    "Medlem                " + cell + "    Andel",
    "Staten                       1 500 000          50 %",
    "Region Ekmyra                  750 000          25 %",
    "Ekmyra kommun                  750 000          25 %",
  ];
  it("reads the column as the year's outcome", () => {
    const out = equalBasisHeaders(table("Budget 2025 = Utfall 2025"))!;
    expect(out[0]!.trim().split(/\s{2,}/)).toEqual(["Medlem", "Utfall 2025", "Andel"]);
    expect(out[0]!.length).toBe(table("Budget 2025 = Utfall 2025")[0]!.length);
    const fs = facts([...head, "Medlemsbidrag (kronor)", ...table("Budget 2025 = Utfall 2025"), ""]);
    expect(
      fs.filter((f) => f.table === "member_contribution" && f.basis === "actual" && f.year === 2025).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it("leaves two years, or a forecast, as written", () => {
    expect(equalBasisHeaders(table("Budget 2026 = Utfall 2025"))).toBeUndefined();
    expect(equalBasisHeaders(table("Prognos 2025 = Utfall 2025"))).toBeUndefined();
    expect(
      equalBasisHeaders(["Vi noterar att budget 2025 = utfall 2025 i stort.", "Staten  1 500 000"]),
    ).toBeUndefined();
  });
});

describe("a members' table ends at the next table's numbered caption", () => {
  it("reads no row of the next table as a member's", () => {
    const fs = facts([
      ...head,
      "Medlemsbidrag (kronor)",
      "Medlem                     Utfall 2025",
      "Staten                       1 500 000",
      "Region Ekmyra                  750 000",
      "Ekmyra kommun                  750 000",
      "",
      "Tabell 2. Deltagare",
      "",
      "Mått                              2025",
      "Deltagare under året               143",
      "",
    ]);
    const members = fs.filter((f) => f.table === "member_contribution").map((f) => String(f.member));
    expect(members).toEqual(expect.arrayContaining(["Staten", "Region Ekmyra", "Ekmyra kommun"]));
    expect(members.some((m) => /mått|deltagare/iu.test(m))).toBe(false);
  });
});
