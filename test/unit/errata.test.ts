/**
 * A correction notice names a figure printed wrongly: it is stored neither from the notice nor
 * from the body that still prints it (nor the gender split of that sentence); the other figures
 * stand. Without a notice, "står att" in running text changes nothing.
 */
import { describe, expect, it } from "vitest";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

const counts = (lines: string[]) =>
  (parseAnnualReport(docOf(lines, 2024)).facts as AnyFact[])
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${f.measure}/${f.gender}=${f.value}@${f.line}`);

const BODY = [
  "Samordningsförbundet Exempel",
  "Årsrapport 2024",
  "",
  "Deltagarna",
  "Under 2024 deltog 164 personer (95 kvinnor och 69 män) i förbundets insatser. Under året skrevs",
  "87 nya deltagare in.",
];

describe("a correction notice", () => {
  it("keeps the figure it names as printed wrongly out, and the rest of that sentence, but not the next sentence", () => {
    const notice = [
      "Rättelse",
      "Korrigering 1. Sid 4. Där står att 164 personer deltog i förbundets insatser under 2024.",
      "Rätt antal är 158.",
      "",
    ];
    const read = counts([...notice, ...BODY]);
    expect(read.filter((r) => /=(164|95|69)@/.test(r))).toEqual([]);
    expect(read).toContain("new/all=87@10");
  });

  it("must not drop anything where the document has no correction notice", () => {
    const read = counts([...BODY, "", "I rapporten står att 164 personer deltog, vilket stämmer."]);
    expect(read).toEqual(expect.arrayContaining(["enrolled/all=164@5", "enrolled/woman=95@5", "new/all=87@6"]));
  });
});

const finance = (lines: string[]) =>
  (parseAnnualReport(docOf(lines, 2024)).facts as AnyFact[])
    .filter((f) => f.table === "finance")
    .map((f) => `${f.item}=${f.amount_sek}@${f.line}`);

describe("a correction giving the right figure first and the wrong one after 'inte'", () => {
  const sheet = [
    "Samordningsförbundet Exempel",
    "Rättelser till årsrapporten 2024",
    "",
    "Rättelse: på sidan 3 ska det stå 131, inte 113, i meningen om hur många personer som deltog i insatserna under året.",
    "",
    "Rättelse: sid. 5, antalet nya deltagare är 52 och inte 25.",
    "",
    "Rättelse: på sidan 8 ska årets resultat vara ett överskott på 96 000 kronor, inte 69 000 kronor.",
  ];

  it("stores the right figure from the notice's own sentence (must fire)", () => {
    expect(counts(sheet)).toEqual(expect.arrayContaining(["enrolled/all=131@4", "new/all=52@6"]));
    expect(finance(sheet)).toContain("result=96000@8");
  });

  it("never stores the wrong one, in the notice or in the body that prints it (must not fire)", () => {
    const body = [
      "Samordningsförbundet Exempel",
      "Årsrapport 2024",
      "",
      "Under 2024 deltog 113 personer i förbundets insatser, 60 kvinnor och 53 män.",
      "Förbundets resultat blev ett överskott på 69 000 kronor.",
      "",
      "Rättelse: Antalet deltagare ska vara 131, inte 113. Resultatet ska vara 96 000 kronor, inte 69 000 kronor.",
    ];
    const read = counts(body);
    expect(read.filter((r) => /=(113|60|53)@/.test(r))).toEqual([]);
    expect(read).toContain("enrolled/all=131@7");
    expect(finance(body)).toEqual(["result=96000@7"]);
    expect(counts(sheet).filter((r) => /=(113|25)@/.test(r))).toEqual([]);
  });

  it("changes nothing outside a notice, and a corrected intervention's count is not the federation's (must not fire)", () => {
    const plain = counts([
      "Samordningsförbundet Exempel",
      "",
      "Under 2024 deltog 120 personer i förbundets insatser, inte 150 som styrelsen hade räknat med.",
    ]);
    expect(plain).toContain("enrolled/all=120@3");
    const one = counts([
      "Samordningsförbundet Exempel",
      "",
      "Rättelse: i insatsen Bryggan var antalet deltagare 44 och inte 34.",
    ]);
    expect(one).toEqual([]);
  });
});

describe("a correction notice in the past tense", () => {
  it("keeps out the figure an earlier version printed ('stod att 131') and reads the right one", () => {
    const lines = [
      "Samordningsförbundet Exempel",
      "",
      "Under 2024 deltog 131 personer i förbundets insatser.",
      "",
      "RÄTTELSE: I en tidigare version av texten stod att 131 personer deltog under 2024.",
      "Rätt antal är 137.",
    ];
    const read = counts(lines);
    expect(read.some((c) => c.startsWith("enrolled/all=131"))).toBe(false);
    expect(read.some((c) => c.startsWith("enrolled/all=137"))).toBe(true);
  });

  it("changes nothing where no notice says so ('stod' in running text)", () => {
    const lines = [
      "Samordningsförbundet Exempel",
      "",
      "Under 2024 deltog 131 personer i förbundets insatser. Det stod att läsa i lokaltidningen.",
    ];
    expect(counts(lines).some((c) => c.startsWith("enrolled/all=131"))).toBe(true);
  });
});

describe("a notice in the past tense", () => {
  it("drops the figure it says 'stod' printed (must fire), and only that one (must not fire)", () => {
    const read = counts([
      ...BODY.slice(0, 4),
      "Under 2024 deltog 171 personer i förbundets insatser. Under året skrevs 87 nya deltagare in.",
      "",
      "Rättelse: I en tidigare version stod att 171 personer deltog. Rätt antal är 164.",
    ]);
    expect(read.filter((r) => r.includes("=171@"))).toEqual([]);
    expect(read).toContain("new/all=87@5");
  });
});
