import { describe, expect, it } from "vitest";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { DocumentText } from "../../loaders/extract/documentText.ts";

/** The member contributions a text lists, as "member=sek@line" (with " year basis" when not the report's outcome). */
const read = (lines: string[], year = 2025, id = "p40-ulvbacka/2025-annual-report") =>
  (
    memberAmountLists(new DocumentText(id, lines, year), memberOf).facts as {
      member: string;
      amount_sek: number;
      line: number;
      year: number;
      basis: string;
    }[]
  ).map(
    (f) =>
      `${f.member}=${f.amount_sek}@${f.line}${f.year === year && f.basis === "actual" ? "" : ` ${f.year} ${f.basis}`}`,
  );

describe("a members' list whose caption stands past a blank line", () => {
  it("reads the list under a table's caption set one blank line above it", () => {
    expect(
      read([
        "Tabell 5. Finansiering 2025 (tkr)",
        "",
        "  Staten (FK och AF)            3 600",
        "  Region Ulvmark                1 800",
        "  Ulvbacka kommun               1 100",
        "  Rävsjö kommun                   700",
        "  Summa                         7 200",
      ]),
    ).toEqual(["Staten=3600000@3", "Region Ulvmark=1800000@4", "Ulvbacka kommun=1100000@5", "Rävsjö kommun=700000@6"]);
  });

  it("reads the list under a lead sentence ending in a colon, past a blank line", () => {
    expect(
      read([
        "Så här mycket betalade varje medlem till förbundet under 2025:",
        "",
        "    Försäkringskassan (för staten)     2 400 000 kr",
        "    Region Ulvmark                     1 200 000 kr",
        "    Ulvbacka kommun                      750 000 kr",
        "    Rävsjö kommun                        450 000 kr",
      ]),
    ).toEqual(["Staten=2400000@3", "Region Ulvmark=1200000@4", "Ulvbacka kommun=750000@5", "Rävsjö kommun=450000@6"]);
  });

  it("takes a proposal's lead past a blank line as next year's budget, never the year's outcome", () => {
    expect(
      read([
        "Styrelsen föreslår följande medlemsavgifter för 2026:",
        "",
        "    Staten                             2 500 000 kr",
        "    Region Ulvmark                     1 250 000 kr",
        "    Ulvbacka kommun                      780 000 kr",
        "    Rävsjö kommun                        470 000 kr",
      ]),
    ).not.toContain("Staten=2500000@3");
  });

  it("takes no sentence ending in a full stop past a blank line as the list's caption", () => {
    expect(
      read([
        "Förbundet finansieras av medlemmarna enligt lagen.",
        "",
        "    Staten                             2 400 000 kr",
        "    Region Ulvmark                     1 200 000 kr",
        "    Ulvbacka kommun                      750 000 kr",
        "    Rävsjö kommun                        450 000 kr",
      ]),
    ).toEqual([]);
  });

  it("takes no caption two blank lines up", () => {
    expect(
      read([
        "Tabell 5. Finansiering 2025 (tkr)",
        "",
        "",
        "  Staten (FK och AF)            3 600",
        "  Region Ulvmark                1 800",
        "  Ulvbacka kommun               1 100",
        "  Rävsjö kommun                   700",
      ]),
    ).toEqual([]);
  });
});

describe("varav parts under a whole whose label closes on a bracket", () => {
  it("reads the parts under 'Intäkter (medlemsbidrag)' with dot leaders", () => {
    expect(
      read([
        "Fakta om förbundet 2025",
        "  Intäkter (medlemsbidrag) .................... 8 000 000 kr",
        "     varav staten (FK och AF) ..................  4 000 000 kr",
        "     varav Region Ulvmark ......................  2 000 000 kr",
        "     varav kommunerna tillsammans ..............  2 000 000 kr",
      ]),
    ).toEqual(["Staten=4000000@3", "Region Ulvmark=2000000@4"]);
  });

  it("reads no parts under a bracketed label that is no revenue nor fee", () => {
    expect(
      read([
        "Fakta om förbundet 2025",
        "  Kostnader (insatser) ........................ 8 000 000 kr",
        "     varav staten (FK och AF) ..................  4 000 000 kr",
        "     varav Region Ulvmark ......................  2 000 000 kr",
        "     varav kommunerna tillsammans ..............  2 000 000 kr",
      ]),
    ).toEqual([]);
  });
});
