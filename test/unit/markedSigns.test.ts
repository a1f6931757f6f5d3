/**
 * Signs written after a print-out's numbers (a trailing minus, a credit mark "Kr"), read only where
 * the block's own sums settle them. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { markedSigns } from "../../loaders/extract/text/markedSigns.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const finance = (lines: string[]) =>
  documentFacts({ federation: "hagtorp" }, lines)
    .filter((f) => f.table === "finance")
    .map((f) => `${f.year}:${f.item}=${f.amount_sek}`);

const TRAILING = [
  "Samordningsförbundet Hagtorp",
  "Årsredovisning 2024",
  "",
  "Resultaträkning (kr)                 2024          2023",
  "Summa intäkter                  3.950.000     3.800.000",
  "Summa kostnader                 4.121.600-    3.655.300-",
  "Rörelseresultat                   171.600-      144.700",
  "Ränteintäkter                         900           400",
  "Årets resultat                    170.700-      145.100",
];

const CREDIT = [
  "Samordningsförbundet Hagtorp",
  "Årsredovisning 2024",
  "",
  "Utdrag ur bokföringen, perioden januari till december",
  "Klass                            Helår 2024        Helår 2023",
  "Intäkter                       3.950.000 Kr      3.800.000 Kr",
  "Kostnader                      4.121.600         3.655.300",
  "Resultat                         171.600           144.700 Kr",
];

describe("markedSigns", () => {
  it("reads a trailing minus as the number's sign where the statement's sums hold", () => {
    const f = finance(TRAILING);
    expect(f).toEqual(
      expect.arrayContaining(["2024:cost_operating=4121600", "2024:result=-170700", "2023:result=145100"]),
    );
    expect(f).not.toContain("2024:result=170700");
  });

  it("reads a credit mark as revenue or surplus and an unmarked amount as a cost or deficit", () => {
    const f = finance(CREDIT);
    expect(f).toEqual(
      expect.arrayContaining([
        "2024:revenue_operating=3950000",
        "2024:cost_operating=4121600",
        "2024:result=-171600",
        "2023:result=144700",
      ]),
    );
  });

  it("keeps every number's right edge", () => {
    const out = markedSigns(["Intäkter    500 000", "Kostnader   620 000-", "Resultat    120 000-"])!;
    expect(out).toEqual(["Intäkter    500 000", "Kostnader  -620 000", "Resultat   -120 000"]);
  });

  it("leaves a block whose sums do not hold with the marks as written", () => {
    expect(markedSigns(["Intäkter    500 000", "Kostnader   620 000-", "Resultat    110 000-"])).toBeUndefined();
    // Credit marks with a result the marks cannot explain.
    expect(markedSigns(["Intäkter    500 000 Kr", "Kostnader   620 000", "Resultat    120 000 Kr"])).toBeUndefined();
  });

  it("never reads the lower-case unit kr as a credit, nor a range's dash as a sign", () => {
    expect(markedSigns(["Intäkter    500 000 kr", "Kostnader   620 000", "Resultat    120 000"])).toBeUndefined();
    expect(markedSigns(["Åldersgrupp 18-   24", "Deltagare   16-   30", "Resultat    2-   6"])).toBeUndefined();
    // A block not closing on a result line is no income statement.
    expect(markedSigns(["Lokaler     50 000", "Personal    80 000-", "Summa       30 000-"])).toBeUndefined();
  });

  it("turns a ledger's credit convention written with trailing minus signs and öre", () => {
    const ledger = (result: string) => [
      "Samordningsförbundet Hagtorp",
      "Period: 2024-01 -- 2024-12",
      "",
      `Konto  Benämning                 Utfall ack 2024    Budget helår 2024    Utfall ack 2023`,
      "-----  ------------------------  -----------------  -------------------  -----------------",
      "3010   Bidrag från medlemmarna     3.900.000,00-        3.900.000,00-        3.750.000,00-",
      "3090   Övriga intäkter                50.000,00-                0,00            50.000,00-",
      "       S:A INTÄKTER                3.950.000,00-        3.900.000,00-        3.800.000,00-",
      "",
      "4010   Köpta insatser              3.400.000,00         3.500.000,00         3.200.000,00",
      "5010   Kansli                        721.600,00           700.000,00           455.300,00",
      "       S:A KOSTNADER               4.121.600,00         4.200.000,00         3.655.300,00",
      "",
      "       RÖRELSERESULTAT               171.600,00           300.000,00           144.700,00-",
      "8310   Ränteintäkter                     900,00-                0,00               400,00-",
      `       ÅRETS RESULTAT                ${result}           300.000,00           145.100,00-`,
    ];
    const f = finance(ledger("170.700,00"));
    expect(f).toEqual(
      expect.arrayContaining([
        "2024:revenue_operating=3950000",
        "2024:cost_operating=4121600",
        "2024:result=-170700",
        "2023:result=145100",
      ]),
    );
    expect(f).not.toContain("2024:result=170700");
    // A result the print-out's sums do not give leaves every sign unread.
    expect(finance(ledger("170.000,00")).filter((x) => x.startsWith("2024:") && x.includes("result"))).toEqual([]);
  });
});
