import { describe, expect, it } from "vitest";
import { contributionSentences } from "../../loaders/extract/general/contributionSentences.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { docOf, type AnyFact } from "../helpers.ts";

/** The member contributions a text states, as "member=sek~@line" (~ = approximate). */
const read = (text: string, year = 2024) =>
  (contributionSentences(docOf(text.split("\n"), year), new Set(), memberOf) as AnyFact[]).map(
    (f) => `${f.member}=${f.amount_sek}${f.approximate ? "~" : ""}@${f.line}${f.year === year ? "" : ` ${f.year}`}`,
  );

describe("member contributions in running text", () => {
  it("reads a chain of members after one verb, each with 'med' and its amount, over wrapped lines", () => {
    expect(
      read(
        [
          "Ekonomi",
          "",
          "Förbundets verksamhet finansierades som vanligt av medlemmarna. Staten bidrog med 3,2 mnkr,",
          "Region Kustmark med 1,6 mnkr och Strandby kommun med ca 0,8 mnkr.",
        ].join("\n"),
      ),
    ).toEqual(["Staten=3200000@3", "Region Kustmark=1600000@4", "Strandby kommun=800000~@4"]);
  });

  it("reads the named members of a chain whose subject is the municipalities together, and not the collective", () => {
    expect(
      read(
        "Kommunerna bidrog med 1,2 mnkr, Region Kustmark med 1,2 mnkr och Försäkringskassan och Arbetsförmedlingen med 2,4 mnkr.",
      ),
    ).toEqual(["Region Kustmark=1200000@1", "Försäkringskassan och Arbetsförmedlingen=2400000@1"]);
  });

  it("reads a member's fee, written with the member in the genitive or after 'från'", () => {
    expect(read("Strandby kommuns medlemsavgift uppgick till 812 tkr.")).toEqual(["Strandby kommun=812000@1"]);
    expect(read("Medlemsavgiften från Region Kustmark var 1,6 mnkr.")).toEqual(["Region Kustmark=1600000@1"]);
    expect(read("Strandby kommuns medlemsavgift för 2024 uppgick till 0,9 mnkr.")).toEqual([
      "Strandby kommun=900000@1",
    ]);
    expect(read("Strandby kommuns medlemsavgift för 2025 uppgick till 0,9 mnkr.")).toEqual([]);
    expect(read("Kommunens medlemsavgift för året var 0,9 mnkr.")).toEqual([]);
  });

  it("does not read a collective or an unnamed member ('kommunerna', 'varje kommun'); 'regionen' is the one region", () => {
    expect(read("Kommunerna bidrog med 2,1 mnkr och regionen med 2,1 mnkr.")).toEqual(["Regionen=2100000@1"]);
    expect(read("Staten bidrog med 4,2 mnkr och varje kommun med 0,5 mnkr.")).toEqual(["Staten=4200000@1"]);
  });

  it("does not read a budget, a plan, another year, a change or a price per inhabitant", () => {
    expect(read("Enligt budget bidrar staten med 4,0 mnkr och Region Kustmark bidrog med 2,0 mnkr.")).toEqual([]);
    expect(read("Strandby kommun ska bidra med 0,9 mnkr, och Staten bidrog med 3,0 mnkr enligt förslag.")).toEqual([]);
    expect(read("Under 2023 bidrog Staten med 3,0 mnkr. Staten bidrog med 3,1 mnkr.")).toEqual(["Staten=3100000@1"]);
    expect(read("Strandby kommuns medlemsavgift ökade med 40 tkr.")).toEqual([]);
    expect(read("Strandby kommun bidrog med 12 kr per invånare.")).toEqual([]);
  });

  it("does not read money a member gave for one project, nor a municipality's own figures in a council decision", () => {
    expect(read("Region Kustmark bidrog med 0,4 mnkr till projektet Nya steg.")).toEqual([]);
    expect(
      read(
        "Kommunfullmäktige beviljar styrelsen ansvarsfrihet. Kommunens andel av förbundets kostnader var 0,9 mnkr och kommunens resultat 12,4 mnkr.",
      ),
    ).toEqual([]);
  });
});

describe("a share of the income and its payer", () => {
  it("reads 'Hälften av intäkterna kommer från staten via …, 4,1 mnkr'", () => {
    expect(
      read(
        "Hälften av intäkterna kommer från staten via Försäkringskassan och Arbetsförmedlingen, 4,1 mnkr under 2024.",
      ),
    ).toEqual(["staten=4100000@1"]);
  });

  it("reads nothing for a payer that is no named member, or in a budget", () => {
    expect(read("Hälften av intäkterna kommer från kommunerna, 4,1 mnkr under 2024.")).toEqual([]);
    expect(read("Hälften av intäkterna kommer enligt budgeten från staten, 4,1 mnkr.")).toEqual([]);
  });
});
