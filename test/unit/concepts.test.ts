import { describe, expect, it } from "vitest";
import {
  bestConcept,
  bestProseConcept,
  CONCEPTS,
  foldLabel,
  matchConcepts,
  proseConceptMatches,
} from "../../loaders/reference/concepts.ts";

const best = (label: string, ...kinds: Parameters<typeof bestConcept>[1][]) => bestConcept(label, kinds[0])?.concept.id;

describe("concept lexicon", () => {
  it("undoes case, diacritics, hyphenation, bullets and varav", () => {
    expect(foldLabel("– varav Kvinnor")).toMatchObject({ words: ["kvinnor"], bullet: true, part: true });
    expect(foldLabel("Antal del-tagare").words).toEqual(["antal", "deltagare"]);
    expect(foldLabel("ÅRETS RESULTAT (tkr)").words).toEqual(["arets", "resultat"]);
    expect(foldLabel("Summa intäkter")).toMatchObject({ total: true });
  });

  it("names statement rows whatever their spelling", () => {
    expect(best("Verksamhetens intäkter (tkr)")).toBe("finance:revenue_operating");
    expect(best("Summa intäkter")).toBe("finance:revenue_operating");
    expect(best("Rörelsens kostnader")).toBe("finance:cost_operating");
    expect(best("Verksamhetens resultat")).toBe("finance:operating_result");
    expect(best("Verksamhetens netto")).toBe("finance:operating_result");
    // Must not fire: net revenue and net costs are not the operating result's "netto".
    expect(best("Verksamhetens nettointäkter", ["finance"])).not.toBe("finance:operating_result");
    expect(best("Arets resultat")).toBe("finance:result");
    expect(best("Summa eget kapital")).toBe("finance:equity_end");
  });

  it("reads a label naming the federation as its owner and 'totala' as a total ('Förbundets totala kostnader')", () => {
    expect(best("Förbundets totala intäkter (kr)", ["finance"])).toBe("finance:revenue_operating");
    expect(best("Samordningsförbundets totala kostnader", ["finance"])).toBe("finance:cost_operating");
    expect(best("Totala deltagare", ["participants"])).toBe("participants:enrolled");
    // Must not fire: the owner's word names no figure by itself, nor does a budget become the outcome.
    expect(best("Förbundets andel", ["finance"])).toBeUndefined();
    expect(best("Förbundets totala budget för intäkter", ["finance"])).toBeUndefined();
  });

  it("takes the counted noun as context, not as a second measure ('Nya deltagare', 'Utskrivna personer')", () => {
    expect(best("Nya deltagare", ["participants"])).toBe("participants:new");
    expect(best("Antal nya deltagare", ["participants"])).toBe("participants:new");
    expect(best("Utskrivna personer", ["participants"])).toBe("participants:exited");
    expect(best("Verksamhetsintäkter")).toBe("finance:revenue_operating");
    // Must not fire: the noun alone is the enrolled count, never new or exited.
    expect(best("Deltagare", ["participants"])).toBe("participants:enrolled");
  });

  it("names column heads by abbreviation", () => {
    expect(best("K", ["gender"])).toBe("gender:woman");
    expect(best("M", ["gender"])).toBe("gender:man");
    expect(best("Tot", ["gender"])).toBe("gender:all");
    expect(best("Bokslut", ["basis"])).toBe("basis:actual");
    expect(best("Not", ["basis"])).toBe("basis:note");
    expect(best("Prognos", ["basis"])).toBe("basis:forecast");
  });

  it("names participant measures and keeps structural counts out", () => {
    expect(best("Nyinskrivna", ["participants"])).toBe("participants:new");
    expect(best("Antal inskrivna deltagare", ["participants"])).toBe("participants:enrolled");
    expect(best("Avslutade", ["participants"])).toBe("participants:exited");
    // Must not fire: people at seminars, staff, board members.
    expect(best("Deltagare i strukturövergripande insatser", ["participants"])).toBeUndefined();
    expect(best("Deltagare på seminarier", ["participants"])).toBeUndefined();
    expect(best("Antal anställda", ["participants"])).toBeUndefined();
  });

  it("tells a rate from a count and a target from an outcome", () => {
    expect(best("Andel till arbete eller studier (%)", ["rate", "exit"])).toBe("rate:work_or_studies");
    expect(best("Arbete eller studier", ["exit"])).toBe("exit:work_or_studies");
    // Must not fire: a target is no outcome, "Arbetsträning" is no work.
    expect(best("Mål: andel till arbete eller studier", ["rate"])).toBeUndefined();
    expect(best("Arbetsträning", ["exit"])).toBeUndefined();
  });

  it("does not name a budget row, a financial item or a part-total as the operating figure", () => {
    expect(best("Budgeterade intäkter", ["finance"])).toBeUndefined();
    expect(best("Finansiella intäkter", ["finance"])).toBe("finance:revenue_financial");
    expect(best("Personalkostnader", ["finance"])).toBeUndefined();
    expect(best("Resultat efter finansiella poster", ["finance"])).toBeUndefined();
  });

  it("names no money figure of the year in a ratio per head, in a label or a clause", () => {
    expect(best("Intäkter per anställd", ["finance"])).toBeUndefined();
    expect(best("Kostnad per invånare", ["finance"])).toBeUndefined();
    expect(best("Resultat kr/deltagare", ["finance"])).toBeUndefined();
    expect(bestProseConcept("Intäkter per anställd", ["finance"])).toBeUndefined();
    // Must fire: the same words without the ratio, and a balance date after "per".
    expect(best("Intäkter", ["finance"])).toBe("finance:revenue_operating");
    expect(bestProseConcept("Intäkterna uppgick till", ["finance"])?.concept.id).toBe("finance:revenue_operating");
    expect(best("Eget kapital per 31 december", ["finance"])).toBe("finance:equity_end");
  });

  it("leaves an ambiguous label unnamed rather than guess", () => {
    // Both "intäkter" and "kostnader": neither concept covers the label alone.
    expect(best("Intäkter och kostnader")).toBeUndefined();
    expect(matchConcepts("Intäkter och kostnader", ["finance"]).length).toBeGreaterThan(1);
  });

  it("has unique ids", () => {
    expect(new Set(CONCEPTS.map((c) => c.id)).size).toBe(CONCEPTS.length);
  });
});

describe("balance dates and joint destinations in labels", () => {
  it("reads 'Eget kapital 31/12' as the closing equity, and must not read 'Eget kapital 1/1' as it", () => {
    expect(best("Eget kapital 31/12", ["finance"])).toBe("finance:equity_end");
    expect(best("Eget kapital per 31 december", ["finance"])).toBe("finance:equity_end");
    expect(best("Eget kapital 1/1", ["finance"])).toBeUndefined();
  });

  it("reads 'arbete/studier' as the joint destination, and must not read it as work", () => {
    expect(best("arbete/studier", ["exit"])).toBe("exit:work_or_studies");
    expect(best("arbete", ["exit"])).toBe("exit:work");
  });
});

describe("a clause of running text asked again", () => {
  it("is named as the first time, whatever text it was cut from, and by the kinds asked", () => {
    const text = "Under året uppgick intäkterna till 4 200 tkr och kostnaderna till 4 000 tkr.";
    const clause = text.slice(9, 30);
    const first = proseConceptMatches(clause, ["finance"]).map((m) => [m.concept.id, m.score]);
    expect(first.length).toBeGreaterThan(0);
    expect(proseConceptMatches(`${clause}`.slice(0), ["finance"]).map((m) => [m.concept.id, m.score])).toEqual(first);
    expect(proseConceptMatches("Under året uppgick intäkterna", ["finance"]).map((m) => m.concept.id)).toEqual(
      first.map(([id]) => id),
    );
    expect(proseConceptMatches(clause, ["participants"])).toEqual([]);
  });
});
