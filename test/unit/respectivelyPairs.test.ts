/**
 * Two amounts said of two things at once, paired by "respektive" (`general/respectivelyPairs.ts`):
 * must fire and must not. Documents are made up here.
 */
import { describe, expect, it } from "vitest";
import { distributeRespectively } from "../../loaders/extract/general/respectivelyPairs.ts";
import { lineAt } from "../../loaders/extract/general/proseSentences.ts";
import { extractReport } from "../support/reportFacts.ts";
import type { AnyFact } from "../helpers.ts";

const unit = (text: string, starts = [{ offset: 0, line: 7 }]) => ({ text, starts });

describe("two amounts paired by 'respektive'", () => {
  it("says each thing with its own amount", () => {
    const out = distributeRespectively(
      unit("Intäkterna och kostnaderna blev 6 120 000 respektive 6 004 500 kr, ett litet överskott."),
    );
    expect(out.text).toBe("Intäkterna blev 6 120 000 kr och kostnaderna blev 6 004 500 kr, ett litet överskott.");
  });
  it("keeps each amount on the line it stands on", () => {
    const text = "Staten och regionen bidrog med 3 300 000 respektive 1 650 000 kronor.";
    const wrap = text.indexOf("1 650 000");
    const out = distributeRespectively(
      unit(text, [
        { offset: 0, line: 4 },
        { offset: wrap, line: 5 },
      ]),
    );
    expect(lineAt(out, out.text.indexOf("3 300 000"))).toBe(4);
    expect(lineAt(out, out.text.indexOf("1 650 000"))).toBe(5);
  });
  it("reads the report's revenue, costs and the members' fees", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Klövsjöhed",
        "Årsredovisning 2025",
        "",
        "Förbundets medlemmar är Klövsjö kommun, Region Hedmark, Försäkringskassan och Arbetsförmedlingen.",
        "",
        "Ekonomi",
        "Intäkterna och kostnaderna uppgick till 5 210 000 respektive 5 388 400 kronor under året.",
        "",
        "Medlemsbidrag",
        "Staten och Region Hedmark bidrog med 2 600 000 respektive 1 300 000 kronor.",
        "",
      ],
      "klovsjohed",
      2025,
    ) as AnyFact[];
    const money = facts
      .filter((f) => f.table === "finance" || f.table === "member_contribution")
      .map((f) => `${f.item ?? f.member}=${f.amount_sek}`);
    expect(money).toContain("revenue_operating=5210000");
    expect(money).toContain("cost_operating=5388400");
    expect(money).toContain("Region Hedmark=1300000");
    expect(money).not.toContain("Staten=1300000");
    expect(money).not.toContain("revenue_operating=5388400");
  });
  it("leaves counts paired by 'respektive' as written (must not fire)", () => {
    const text = "Nya och avslutade deltagare under 2025 var 92 respektive 87.";
    expect(distributeRespectively(unit(text)).text).toBe(text);
  });
  it("leaves three amounts to the member lists' reading (must not fire)", () => {
    const text = "Åby, Berga och Cedertorp betalade 400 000, 300 000 respektive 200 000 kronor.";
    expect(distributeRespectively(unit(text)).text).toBe(text);
  });
  it("leaves a subject that is no pair of things as written (must not fire)", () => {
    const text = "Årets resultat var 120 000 respektive 80 000 kronor för de två halvåren.";
    expect(distributeRespectively(unit(text)).text).toBe(text);
  });
});

describe("a result said after the items it comes after ('Efter finansiella intäkter blev årets resultat …')", () => {
  const report = (sentence: string) =>
    extractReport(
      ["Samordningsförbundet Videbäcken", "Årsredovisning 2025", "", "Ekonomi", sentence, ""],
      "videbacken",
      2025,
    ) as AnyFact[];
  const results = (facts: AnyFact[]) =>
    facts.filter((f) => f.table === "finance").map((f) => `${f.item}=${f.amount_sek}`);
  it("reads the year's result, not the financial items", () => {
    const read = results(report("Efter finansiella intäkter blev årets resultat -117 900 kr."));
    expect(read).toContain("result=-117900");
  });
  it("leaves the financial items' own amount unread as the result (must not fire)", () => {
    const read = results(report("Efter finansiella intäkter på 4 400 kr blev resultatet ett underskott."));
    expect(read.some((r) => r.endsWith("=4400") || r.endsWith("=-4400"))).toBe(false);
  });
});
