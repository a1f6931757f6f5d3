import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { aboutAnotherBody, otherFederationIn } from "../../loaders/extract/general/otherBodies.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import type { AnyFact } from "../helpers.ts";

const prose = (lines: string[]) => {
  const out = parseAnnualReport(new DocumentText("vassby/2024-annual-report", lines, 2024));
  return {
    finance: (out.facts as AnyFact[])
      .filter((f) => f.table === "finance")
      .map((f) => `${f.item}=${f.amount_sek}@${f.line}`),
    why: out.findings.filter((f) => /another body/.test(f.message)).map((f) => f.line),
  };
};

describe("figures of another body in running text", () => {
  it("tells a member's own accounts from the federation's", () => {
    expect(aboutAnotherBody("Åby kommun redovisade för 2024 ett överskott på 31,6 mnkr.")).toBe(true);
    expect(aboutAnotherBody("Regionens egna kostnader ökade till 9 800 mnkr.")).toBe(true);
    expect(aboutAnotherBody("Kommunen hade ett eget kapital på 1 212 mnkr.")).toBe(true);
    // Each cue the quick look before the patterns searches for: a county council, a region named, "ett eget resultat".
    expect(aboutAnotherBody("Landstinget redovisade ett underskott på 4,2 mnkr.")).toBe(true);
    expect(aboutAnotherBody("Region Östmark visade ett överskott på 12 mnkr.")).toBe(true);
    expect(aboutAnotherBody("Det blev ett eget resultat på 3,1 mnkr för året.")).toBe(true);
    // A member taking people in counts its own, not the federation's participants.
    expect(aboutAnotherBody("Arbetsförmedlingen tog emot 41 deltagare från förbundets insatser under 2024.")).toBe(
      true,
    );
    expect(aboutAnotherBody("Tallby kommun tog emot 28 deltagare i sin arbetsträning.")).toBe(true);
  });

  it("must not take the federation's own sentences, or a member's fee to it, for another body's", () => {
    expect(aboutAnotherBody("Förbundet redovisar för 2024 ett överskott om 212 000 kronor.")).toBe(false);
    expect(aboutAnotherBody("Förbundet tog emot 204 deltagare från kommunen under 2024.")).toBe(false);
    expect(aboutAnotherBody("Det egna kapitalet uppgick per 2024-12-31 till 1 874 019 kronor.")).toBe(false);
    expect(aboutAnotherBody("Åby kommuns medlemsavgift till förbundet uppgick 2024 till 990 000 kronor.")).toBe(false);
    expect(aboutAnotherBody("Förbundets resultat påverkar inte kommunens redovisning.")).toBe(false);
    // "ett eget kapital" is the term for equity, not a member's own figure.
    expect(aboutAnotherBody("Vid utgången av 2024 fanns ett eget kapital på 410 tkr.")).toBe(false);
  });

  it("does not store a member's result quoted beside the federation's, and says why", () => {
    const { finance, why } = prose([
      "Förbundet redovisar för 2024 ett överskott om 212 000 kronor.",
      "",
      "Åby kommun redovisade för 2024 ett överskott på 31,6 mnkr.",
    ]);
    expect(finance).toContain("result=212000@1");
    expect(finance.some((f) => f.includes("31600000"))).toBe(false);
    expect(why).toEqual([3]);
  });

  it("drops a member's deficit whose sign a word gives, not only an amount written with its sign", () => {
    const { finance, why } = prose([
      "Förbundet redovisar för 2024 ett underskott om 212 000 kronor.",
      "",
      "Åby kommun redovisade ett underskott på 12 miljoner kronor för 2024.",
    ]);
    expect(finance).toContain("result=-212000@1");
    expect(finance.some((f) => f.includes("12000000"))).toBe(false);
    expect(why).toEqual([3]);
  });

  it("drops another federation's figures, and a later sentence opening on its name", () => {
    const { finance, why } = prose([
      "Vårt grannförbund Samordningsförbundet Norrhed hade 210 deltagare under 2024.",
      "",
      "Norrhed redovisade ett resultat på 300 000 kronor och intäkter på 12 400 000 kronor.",
      "",
      "Förbundets intäkter uppgick till 8 100 000 kronor.",
    ]);
    expect(finance.some((f) => f.includes("12400000") || f.includes("300000"))).toBe(false);
    expect(why).toContain(3);
    // Must fire: the federation's own sentence after them.
    expect(finance).toContain("revenue_operating=8100000@5");
  });

  it("drops a later sentence opening on the other federation's name in the genitive", () => {
    const { finance, why } = prose([
      "Förbunden i länet samarbetar. Samordningsförbundet Norrhed hade 305 deltagare under 2024.",
      "Norrheds resultat blev ett underskott på 0,9 Mkr och det egna kapitalet 4,1 Mkr.",
      "",
      "Vassbys resultat blev ett överskott på 150 000 kronor.",
    ]);
    expect(finance.some((f) => f.includes("900000") || f.includes("4100000"))).toBe(false);
    expect(why).toContain(2);
    // Must fire: a sentence opening on another name's genitive that names no other federation.
    expect(finance).toContain("result=150000@4");
  });

  it("keeps the federation's own name, genitive or not, as its own", () => {
    const { finance } = prose([
      "Samordningsförbundet Vassby hade intäkter på 8 100 000 kronor under 2024.",
      "",
      "Samordningsförbundet Vassbys resultat blev ett överskott på 150 000 kronor.",
    ]);
    expect(finance).toContain("revenue_operating=8100000@1");
    expect(finance).toContain("result=150000@3");
  });

  it("takes the federations in the plural for all of them, not this one, and drops their grouped counts", () => {
    const out = parseAnnualReport(
      new DocumentText(
        "vassby/2024-annual-report",
        [
          "Deltagare",
          "",
          "Förbunden i landet stödde omkring 1 100 insatser; drygt 18 000 personer deltog i dem under 2024.",
          "",
          "Under 2024 deltog 214 personer i förbundets insatser.",
        ],
        2024,
      ),
    );
    const counts = (out.facts as AnyFact[]).filter((f) => f.table === "participant_count").map((f) => f.value);
    expect(counts).not.toContain(18000);
    // Must fire: the federation's own count in the next paragraph.
    expect(counts).toContain(214);
  });
});

describe("another federation named in a sentence", () => {
  it("is found by each way of naming one: the federation before or after its place, Finsam", () => {
    expect(otherFederationIn("Samordningsförbundet Norrby redovisade 12 mnkr.", "vassby")).toBe("Norrby");
    expect(otherFederationIn("Norrby samordningsförbund hade 40 deltagare.", "vassby")).toBe("Norrby");
    expect(otherFederationIn("Finsam Österdal hade 40 deltagare.", "vassby")).toBe("Österdal");
    expect(otherFederationIn("Finsamförbundet i Kvarnlid hade 40 deltagare.", "vassby")).toBe("Kvarnlid");
  });

  it("must not be found where only the federation itself is named, as itself or as förbundet", () => {
    expect(otherFederationIn("Förbundet redovisade ett överskott på 12 mnkr.", "vassby")).toBeUndefined();
    expect(otherFederationIn("Förbundets Kansli Norrby hade 3 tjänster.", "vassby")).toBeUndefined();
    expect(otherFederationIn("Vassby samordningsförbund redovisade 12 mnkr.", "vassby")).toBeUndefined();
  });
});

describe("a table whose source line names another federation", () => {
  const members = (source: string) =>
    (
      parseAnnualReport(
        new DocumentText(
          "vassby/2024-annual-report",
          [
            "Samordningsförbundet Vassby",
            "Årsredovisning 2024",
            "",
            "Medlemsavgifter 2024 (tkr)",
            "Medlem                 Avgift",
            "Staten                  6 000",
            "Region Östmark          3 000",
            "Åby                     1 800",
            "Ekeby                   1 200",
            "Totalt                 12 000",
            source,
          ],
          2024,
        ),
      ).facts as AnyFact[]
    ).filter((f) => f.table === "member_contribution");

  it("stores nothing from it", () => {
    expect(members("Källa: Samordningsförbundet Norrhed, årsredovisning 2024")).toEqual([]);
  });

  it("must fire: a source naming the federation itself, or no federation, leaves the table its own", () => {
    expect(members("Källa: Samordningsförbundet Vassby, ekonomisystemet").map((f) => f.amount_sek)).toEqual(
      members("").map((f) => f.amount_sek),
    );
    expect(members("Källa: egen sammanställning").length).toBeGreaterThan(0);
  });
});

describe("a list after a lead or under a heading that is someone else's", () => {
  const facts = (lines: string[]) =>
    (parseAnnualReport(new DocumentText("vassby/2024-annual-report", lines, 2024)).facts as AnyFact[])
      .filter((f) => f.table === "finance" || f.table === "participant_count")
      .map((f) => `${f.table === "finance" ? f.item : f.measure}:${f.year}=${f.amount_sek ?? f.value}`);
  const list = ["- Deltagare: 305", "- Intäkter: 12,4 mnkr", "- Resultat: 0,4 mnkr"];

  it("stores nothing from a list a lead naming another federation opens, the lead capitalised or not", () => {
    expect(facts(["Omvärld", "Grannförbundet Norrhed redovisade följande för 2024:", ...list])).toEqual([]);
    expect(facts(["Omvärld", "Så här såg det ut i ett annat förbund under 2024:", ...list])).toEqual([]);
  });

  it("stores nothing under a heading about the year before, or about a member's own accounts", () => {
    expect(facts(["Förra året i siffror", ...list])).toEqual([]);
    expect(facts(["Åby kommuns bokslut 2024", ...list])).toEqual([]);
  });

  it("must fire: the same list under the federation's own heading or lead", () => {
    const own = ["revenue_operating:2024=12400000", "result:2024=400000", "enrolled:2024=305"];
    expect(facts(["Året i siffror", ...list]).sort()).toEqual([...own].sort());
    expect(facts(["Omvärld", "Förbundet redovisade följande för 2024:", ...list])).toEqual(
      expect.arrayContaining(["revenue_operating:2024=12400000", "result:2024=400000"]),
    );
  });
});
