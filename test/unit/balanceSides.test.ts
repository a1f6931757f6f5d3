import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseStatements } from "../../loaders/extract/general/parseStatements.ts";
import { sideBySideTables } from "../../loaders/extract/text/sideBySideTables.ts";
import type { AnyFact } from "../helpers.ts";

const money = (lines: string[]) =>
  (parseStatements(new DocumentText("alvbo/2023-annual-report", lines, 2023)).facts as AnyFact[])
    .filter((f) => f.item === "equity_end" || f.item === "assets_total")
    .map((f) => `${f.item}@${f.year}=${f.amount_sek}`);

/** A balance sheet whose side names stand in its headers' first cells, each side's columns at their own x. */
const sides = (equityHeader: string) => [
  "Balansräkning, kronor",
  "TILLGÅNGAR              2023-12-31     2022-12-31",
  "Bank                       812 400        745 100",
  "Summa tillgångar           812 400        745 100",
  "",
  equityHeader,
  "Eget kapital",
  "Summa eget kapital                  603 900       588 000",
  "Skulder                             208 500       157 100",
  "Summa eget kapital och skulder      812 400       745 100",
];

describe("a balance sheet side named in its header's first cell", () => {
  it("reads each side under its own header, the cells placed by that header", () => {
    expect(money(sides("EGET KAPITAL OCH SKULDER            2023-12-31    2022-12-31"))).toEqual([
      "assets_total@2023=812400",
      "assets_total@2022=745100",
      "equity_end@2023=603900",
      "equity_end@2022=588000",
    ]);
  });

  it("stops at a side whose header orders its years otherwise (must not fire)", () => {
    expect(money(sides("EGET KAPITAL OCH SKULDER            2022-12-31    2023-12-31"))).toEqual([
      "assets_total@2023=812400",
      "assets_total@2022=745100",
    ]);
  });
});

describe("two balance sheet sides side by side under a header of dates", () => {
  const page = [
    "Balansräkning (kr)",
    "TILLGÅNGAR            2023-12-31   2022-12-31    EGET KAPITAL OCH SKULDER     2023-12-31   2022-12-31",
    "Omsättningstillgångar                            Eget kapital",
    "Bank                     812 400      745 100    Summa eget kapital              603 900      588 000",
    "Summa tillgångar         812 400      745 100    Skulder                         208 500      157 100",
  ];

  it("cuts the header of dates too, so that each side keeps its columns", () => {
    const read = sideBySideTables(page)!;
    expect(read.lines).toContain("EGET KAPITAL OCH SKULDER     2023-12-31   2022-12-31");
    expect(money(read.lines)).toContain("equity_end@2023=603900");
  });

  it("leaves a line of figures above the rows alone: no header (must not fire)", () => {
    const figures = [page[0]!, page[1]!.replace("2022-12-31    EGET", "2022-12-31    12 400"), ...page.slice(2)];
    expect(sideBySideTables(figures)!.lines).not.toContain("EGET KAPITAL OCH SKULDER     2023-12-31   2022-12-31");
  });
});
