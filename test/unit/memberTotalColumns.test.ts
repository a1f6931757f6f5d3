/** A column per member municipality or platform with their total last: the total is the federation's. */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMultiYearTables } from "../../loaders/extract/general/parseMultiYearTables.ts";
import type { AnyFact } from "../helpers.ts";

/** The made-up federation "Samordningsförbundet Nedre Lövsjö". */
const facts = (lines: string[], year = 2024) =>
  parseMultiYearTables(new DocumentText("nedre-lovsjo/2024-annual-report", lines, year)).facts as AnyFact[];
const show = (fs: AnyFact[]) =>
  fs.map((f) =>
    f.table === "participant_count"
      ? `${f.intervention}:${f.year}:${f.measure}/${f.gender}=${f.value}`
      : f.table === "participant_breakdown"
        ? `${f.intervention}:${f.year}:${f.category}=${f.value}`
        : `${f.table}:${f.year}=${f.amount_sek}`,
  );

const PLATFORMS = [
  "Förvaltningsberättelse",
  "",
  "Deltagare per lokalt team",
  "                               Ålunda   Myrby   Kvarnsta   Totalt",
  "Deltagare under året              120      45        35      200",
  "  varav kvinnor                    70      20        15      105",
  "Nya deltagare                      50      20        10       80",
  "Avslutade                          40      15        12       67",
  "  därav till arbete                10       4         3       17",
];

describe("a column per member with their total last", () => {
  it("reads the total column as the federation's, a member's column never", () => {
    expect(show(facts(PLATFORMS)).sort()).toEqual(
      [
        "null:2024:enrolled/all=200",
        "null:2024:enrolled/woman=105",
        "null:2024:new/all=80",
        "null:2024:exited/all=67",
        "null:2024:work=17",
      ].sort(),
    );
  });

  it("reads no row whose members do not add up to its total (must not fire)", () => {
    const partial = PLATFORMS.map((l) => l.replace("50      20        10       80", "50      20        10       95"));
    const read = show(facts(partial));
    expect(read).not.toContain("null:2024:new/all=95");
    expect(read).not.toContain("null:2024:new/all=50");
    expect(read).toContain("null:2024:enrolled/all=200");
  });

  it("reads nothing from a split by gender or from federations compared side by side (must not fire)", () => {
    const gender = PLATFORMS.map((l) => l.replace("Ålunda   Myrby   Kvarnsta", "   Kvinnor     Män       Okänt"));
    expect(facts(gender).filter((f) => f.value === 200)).toEqual([]);
    const bodies = PLATFORMS.map((l) => l.replace("Ålunda   Myrby   Kvarnsta", "Finsam Ö  Finsam V  Finsam N"));
    expect(facts(bodies)).toEqual([]);
  });

  it("reads nothing under a caption naming another year than the report's (must not fire)", () => {
    const earlier = PLATFORMS.map((l) => (l === "Deltagare per lokalt team" ? "Deltagare per lokalt team 2023" : l));
    expect(facts(earlier)).toEqual([]);
  });

  it("stores no amount from a member's table (must not fire)", () => {
    const money = [
      "Förvaltningsberättelse",
      "",
      "Medlemmarnas andel (tkr)",
      "                               Ålunda   Myrby   Kvarnsta   Totalt",
      "Verksamhetens intäkter (tkr)      600     300       100     1 000",
    ];
    expect(facts(money).filter((f) => f.table === "finance")).toEqual([]);
  });
});

describe("a destination row under the exits, its 'därav' aside", () => {
  const YEARS = [
    "Förvaltningsberättelse",
    "",
    "Deltagare                         2024      2023",
    "Inskrivna                          150       140",
    "  därav övrigt                      12        10",
    "Avslutade                           60        55",
    "  därav fortsatt rehabilitering     21        20",
    "  därav övrigt                       9         7",
  ];
  const outcomes = (lines: string[]) =>
    (facts(lines).filter((f) => f.table === "participant_breakdown") as AnyFact[]).map(
      (f) => `${f.year}:${f.category}=${f.value}`,
    );

  it("reads the code list's category after 'därav', and 'övrigt' as the other exits", () => {
    expect(outcomes(YEARS).sort()).toEqual(
      ["2024:continued_rehab=21", "2023:continued_rehab=20", "2024:other_exit=9", "2023:other_exit=7"].sort(),
    );
  });

  it("reads no destination under a count that is not the exits (must not fire)", () => {
    expect(outcomes(YEARS)).not.toContain("2024:other_exit=12");
    const noExits = YEARS.map((l) => l.replace("Avslutade  ", "Nya        "));
    expect(outcomes(noExits)).toEqual([]);
  });
});
