import { describe, expect, it } from "vitest";
import { documentLanguage, englishLine, englishLines } from "../../loaders/extract/text/englishText.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts } from "../support/manifestEntry.ts";

/** A made-up federation's English page about its year. */
const SUMMARY = `Samordningsförbundet Älvmo – Älvmo Coordination Association
Our year 2024 in short

Samordningsförbundet Älvmo is a coordination association under the Swedish Act on Financial
Coordination of Rehabilitation Measures. Our members are the municipalities of Älvmo and Brink,
Region Västmark, the Swedish Social Insurance Agency and the Swedish Public Employment Service.

Participants
During 2024 the services we fund had 318 participants, 170 women and 148 men (2023: 290
participants). 121 people started during the year and 114 finished. Of those who finished, 33
moved on to work and 15 to studies – 42 per cent of all who finished. Our target is 45 per cent.

Finances
The association's income totalled SEK 12,310,000 and its costs SEK 12,744,900, leaving a
deficit of SEK 434,900 for the year (2023: a surplus of SEK 118,250). Equity at 31 December
2024 stood at SEK 3,102,600.

Looking ahead
For 2025 the board has set a budget of SEK 12.5 million and planned costs of SEK 12,900,000.
The municipality's own result for 2024 was a surplus of SEK 41,200,000.
The county's costs for rehabilitation in 2024 were SEK 45,000,000.
`;

const factsOf = (text: string, year = 2024) =>
  documentFacts({ federation: "alvmo", year, title: `Annual summary ${year}` }, text.split("\n"));
const finance = (facts: AnyFact[]) =>
  facts
    .filter((f) => f.table === "finance")
    .map((f) => `${f.item} ${f.year} ${f.basis} ${f.amount_sek}`)
    .sort();

describe("a document's language, decided once", () => {
  it("tells an English summary from a Swedish report", () => {
    expect(documentLanguage(SUMMARY.split("\n"))).toBe("en");
    expect(
      documentLanguage([
        "Förbundet har under året arbetat med fyra insatser och det egna kapitalet var 2,5 mnkr.",
        "Styrelsen har sammanträtt sex gånger och antog en ny verksamhetsplan för 2025 som gäller till 2027.",
        "Rapporten finns på engelska: The annual report of the association is available in English.",
      ]),
    ).toBe("sv");
  });

  it("keeps a short text with a few English words Swedish", () => {
    expect(
      documentLanguage(["Samordningsförbundet Älvmo – Älvmo Coordination Association", "Årsredovisning 2024"]),
    ).toBe("sv");
  });
});

describe("an English line in the lexicon's words", () => {
  it("writes numbers the Swedish way: commas group thousands, a point is the decimal", () => {
    expect(englishLine("income totalled SEK 10,412,000")).toBe("intäkter uppgick till 10 412 000 kr");
    expect(englishLine("a budget of SEK 10.6 million")).toBe("ett budget av 10,6 mkr");
    expect(englishLine("1,234 thousand SEK")).toBe("1 234 tkr");
    expect(englishLine("43 per cent")).toBe("43 procent");
    expect(englishLine("at 31 December 2024")).toBe("at 31 december 2024");
  });

  it("keeps a table's cells where they stood", () => {
    const line = "Revenue                 12,310       11,870";
    const rewritten = englishLine(line);
    expect(rewritten).toBe("Intäkter                12 310       11 870");
    expect(rewritten.indexOf("12 310")).toBe(line.indexOf("12,310"));
  });

  it("reads a hedge only right before a number", () => {
    expect(englishLine("about 1,150 people")).toBe("ca 1 150 personer");
    expect(englishLine("a report about the year")).toBe("ett report about året");
  });
});

describe("an English summary read by the same readers", () => {
  const facts = factsOf(SUMMARY);

  it("reads participants, exits and the rate", () => {
    const counts = facts
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.measure}/${f.gender} ${f.year} ${f.value}`)
      .sort();
    // "(2023: 290 participants)": the year before's count, read as that year's (the Swedish readers' brackets).
    expect(counts).toEqual([
      "enrolled/all 2023 290",
      "enrolled/all 2024 318",
      "enrolled/man 2024 148",
      "enrolled/woman 2024 170",
      "exited/all 2024 114",
      "new/all 2024 121",
    ]);
    const exits = facts.filter((f) => f.table === "participant_breakdown").map((f) => `${f.category} ${f.value}`);
    expect(exits.sort()).toEqual(["studies 15", "work 33"]);
    const rates = facts.filter((f) => f.table === "indicator").map((f) => f.value);
    expect(rates).toEqual([42]);
  });

  it("reads revenue, costs, a deficit by its word, last year's surplus in brackets and equity", () => {
    expect(finance(facts)).toEqual([
      "cost_operating 2024 actual 12744900",
      "equity_end 2024 actual 3102600",
      "result 2023 actual 118250",
      "result 2024 actual -434900",
      "revenue_operating 2024 actual 12310000",
    ]);
  });

  it("stores no target, no budget, no planned amount and no figure of the municipality or the county", () => {
    expect(facts.some((f) => f.table === "indicator" && f.value === 45)).toBe(false);
    const amounts = facts.filter((f) => f.table === "finance").map((f) => Math.abs(Number(f.amount_sek)));
    for (const a of [12_500_000, 12_900_000, 41_200_000, 45_000_000]) expect(amounts).not.toContain(a);
    expect(facts.some((f) => f.table === "participant_count" && f.value === 290 && f.year === 2024)).toBe(false);
  });

  it("quotes the document's own words, not the rewritten ones", () => {
    const revenue = facts.find((f) => f.table === "finance" && f.item === "revenue_operating")!;
    expect(revenue.text).toContain("The association's income totalled SEK 12,310,000");
    expect(revenue.text).not.toContain("intäkter");
  });
});

describe("a Swedish document is never read as English", () => {
  it("keeps a comma a decimal comma", () => {
    const text = [
      "Samordningsförbundet Älvmo",
      "Årsredovisning 2024",
      "",
      "Förbundet har under året haft fyra insatser och det egna kapitalet har minskat något.",
      "Det egna kapitalet uppgick vid årets slut till 3,102 mnkr, vilket är i nivå med riktlinjen för förbundet.",
      "Verksamhetens intäkter uppgick till 12,310 mnkr och det är samma nivå som året innan för förbundet.",
    ].join("\n");
    const amounts = finance(factsOf(text));
    expect(amounts).toContain("equity_end 2024 actual 3102000");
    expect(amounts.some((a) => a.endsWith(" 3102") || a.endsWith(" 12310"))).toBe(false);
  });
});

describe("an English table's columns", () => {
  it("keep their places when the labels grow, and a line without columns stays where it was", () => {
    const [title, header, row, prose] = englishLines([
      "   Participants over five years",
      `${" ".repeat(28)}2024   2023`,
      "Share to work or studies (%)  40     38",
      "Our participants were many.",
    ]);
    expect(title).toBe("   Deltagare over fem years");
    expect(prose).toBe("Våra deltagare var many.");
    // Each year's column still ends where its cell ends.
    expect(header!.indexOf("2024") + 4).toBe(row!.indexOf("40") + 2);
    expect(header!.indexOf("2023") + 4).toBe(row!.indexOf("38") + 2);
  });
});

describe("words a line break cut apart", () => {
  it("puts a phrase back together on its first line, and a scale or a currency with its number", () => {
    expect(
      englishLines(["Equity was SEK 2.7 million, compared", "with SEK 2.9 million the previous", "year."]),
    ).toEqual(["Eget kapital var 2,7 mkr, jämfört med", "2,9 mkr föregående år", "."]);
    expect(englishLines(["Income amounted to SEK 9.8", "million in 2024."])).toEqual([
      "Intäkter uppgick till 9,8 mkr",
      "under 2024.",
    ]);
    expect(englishLines(["Costs amounted to SEK", "10,318,000 in 2024."])).toEqual([
      "Kostnader uppgick till",
      "10 318 000 kr under 2024.",
    ]);
  });

  it("never moves a number off its line, nor joins a table's rows", () => {
    const rows = ["Operating income      9,812     9,540", "Operating expenses  -10,318    -9,301"];
    const [income, costs] = englishLines(rows);
    // The labels grew in Swedish: both rows' cells moved right alike, still right-aligned in their columns.
    expect(income).toMatch(/^Verksamhetens intäkter +9 812 +9 540$/);
    expect(costs).toMatch(/^Verksamhetens kostnader +-10 318 +-9 301$/);
    expect(income!.indexOf("9 812") + 5).toBe(costs!.indexOf("-10 318") + 7);
    expect(income!.length).toBe(costs!.length);
    expect(englishLines(["The previous year the deficit was", "412,000 kronor."])).toEqual([
      "Föregående år the underskott var",
      "412 000 kronor.",
    ]);
  });

  it("keeps the year before in a wrapped sentence, so that its figure is not the year's", () => {
    const facts = factsOf(
      [
        "Finances",
        "The association's income totalled SEK 12,310,000 and its costs SEK 12,744,900. In the previous",
        "year the equity was SEK 3,537,500 and at the end of this year it was lower.",
      ].join("\n"),
    );
    expect(finance(facts).some((f) => f.includes("equity_end 2024"))).toBe(false);
  });
});

describe("money the readers must not take for a figure", () => {
  it("leaves billions as written, so that no amount in kronor comes of them", () => {
    expect(englishLines(["a deficit of SEK 1.2", "billion for the county."])).toEqual([
      "ett underskott av SEK 1,2 billion",
      "för regionen.",
    ]);
    expect(englishLine("a deficit of SEK 1.2 billion")).toBe("ett underskott av SEK 1,2 billion");
    expect(englishLine("costs of SEK 1,2 bn")).toBe("kostnader av SEK 1,2 bn");
  });
});

describe("an English table's facts name its own words", () => {
  it("quotes the row's label as the document writes it", () => {
    const text = [
      "Our year 2024 in short",
      "",
      "The association had a good year and we thank all of our members for the work that was done.",
      "",
      "Income statement (SEK thousand)     2024      2023",
      "Operating income                  9,812     9,540",
      "Operating expenses              -10,318    -9,301",
      "Result for the year                -494       247",
    ].join("\n");
    const revenue = factsOf(text).find(
      (f) => f.table === "finance" && f.item === "revenue_operating" && f.year === 2024,
    );
    expect(revenue?.amount_sek).toBe(9_812_000);
    expect(revenue?.source_label).toMatch(/^Operating income/);
    expect(revenue?.text).toContain("9,812");
  });
});

describe("numbers written in words", () => {
  it("reads destinations counted in English words, and no count of things", () => {
    const facts = factsOf(
      [
        "Our year 2024 in brief",
        "",
        "During the year our interventions had 96 participants. Of the forty who finished, twelve found",
        "work, nine began studies and three continued their rehabilitation. Four interventions were",
        "funded during the year and two projects ended.",
      ].join("\n"),
    );
    const exits = facts
      .filter((f) => f.table === "participant_breakdown")
      .map((f) => `${f.category} ${f.value}`)
      .sort();
    expect(exits).toEqual(["continued_rehab 3", "studies 9", "work 12"]);
    expect(facts.some((f) => f.table === "participant_count" && [4, 2].includes(Number(f.value)))).toBe(false);
  });
});

describe("decimal points in a table's cells", () => {
  it("are read in every cell, and a heading's number is none", () => {
    expect(englishLine("Equity (MSEK)        2.6       3.1")).toBe("Eget kapital (MSEK)  2,6       3,1");
    expect(englishLine("4.2 Income statement")).toBe("4.2 Resultaträkning");
    expect(englishLine("kSEK 850 and MSEK 4.2")).toBe("850 tkr och 4,2 mkr");
  });
});

describe("a conditional is no outcome", () => {
  it("stores no amount of a sentence in 'would' or 'could'", () => {
    const facts = factsOf(
      [
        "Our year 2024 in brief",
        "",
        "The association had a calm year and we thank all of our members for the work that was done.",
        "Without the new interventions the costs would have been SEK 10,100,000 and the income could",
        "have been SEK 10,900,000.",
      ].join("\n"),
    );
    expect(finance(facts)).toEqual([]);
  });
});
