/**
 * Whose a paragraph is after a blank line (stop 39, the commonest cause of missing prose figures), in a
 * made-up federation's words. Each rule has a case where it must fire and cases where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import { contributionSentences } from "../../loaders/extract/general/contributionSentences.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import type { AnyFact } from "../helpers.ts";

/** A document about the federation: its name in the title, then the given lines. */
const titled = (lines: string[], title = ["Samordningsförbundet Ekmyra", "Nyheter"]) =>
  new DocumentText("ekmyra/2025-annual-report", [...title, "", ...lines], 2025);
/** Participant figures read, as "whose:measure/gender=value" or "whose:category=value". */
const figures = (d: DocumentText) =>
  (parseProseFigures(d).facts as AnyFact[])
    .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown")
    .map((f) =>
      f.table === "participant_count"
        ? `${f.intervention ?? "federation"}:${f.measure}/${f.gender}=${f.value}`
        : `${f.intervention ?? "federation"}:${f.category}=${f.value}`,
    );

const FEDERATION = "Förbundet hade 196 deltagare i sina insatser under 2025.";
const EXITS = "83 personer avslutade sin insats under året. 21 av dem gick till arbete och 10 till studier.";

describe("the federation's paragraph goes on over a blank line", () => {
  it("reads a paragraph opening on its count, naming no one, as the federation's (must fire)", () => {
    expect(figures(titled([FEDERATION, "", EXITS]))).toEqual([
      "federation:enrolled/all=196",
      "federation:exited/all=83",
      "federation:work=21",
      "federation:studies=10",
    ]);
  });

  it("reads a paragraph pointing back or dated by the year the same way (must fire)", () => {
    expect(figures(titled([FEDERATION, "", "Av deltagarna avslutade 70 sin insats under året."]))).toContain(
      "federation:exited/all=70",
    );
    expect(figures(titled([FEDERATION, "", "Under året avslutade 61 deltagare sin insats."]))).toContain(
      "federation:exited/all=61",
    );
    // A paragraph with no figure and naming no one between changes nothing.
    expect(figures(titled([FEDERATION, "", "Det är fler än något år tidigare.", "", EXITS]))).toContain(
      "federation:exited/all=83",
    );
  });

  it("never carries it where the title names no federation (must not fire)", () => {
    expect(figures(titled([FEDERATION, "", EXITS], ["Nyheter från länet"]))).toEqual(["federation:enrolled/all=196"]);
  });

  it("never carries it past a paragraph naming someone, a place or a figure of its own (must not fire)", () => {
    expect(
      figures(titled([FEDERATION, "", "I Sjöviks egen jobbsatsning deltog 52 personer.", "", EXITS])),
    ).not.toContain("federation:exited/all=83");
    expect(
      figures(titled([FEDERATION, "", "Under hösten tog insatsen Bron över arbetet i Sjövik.", "", EXITS])),
    ).not.toContain("federation:exited/all=83");
    expect(figures(titled([FEDERATION, "", "Sedan starten har 1 400 personer deltagit.", "", EXITS]))).not.toContain(
      "federation:exited/all=83",
    );
  });

  it("never carries it to a paragraph naming someone or a member's residents, nor over a heading (must not fire)", () => {
    expect(figures(titled([FEDERATION, "", "32 personer i Bron avslutade sin insats under året."]))).not.toContain(
      "federation:exited/all=32",
    );
    expect(figures(titled([FEDERATION, "", "30 av kommunens invånare avslutade under året."]))).toEqual([
      "federation:enrolled/all=196",
    ]);
    expect(figures(titled([FEDERATION, "", "Bron", "", EXITS]))).not.toContain("federation:exited/all=83");
  });

  it("never carries it into a document with an intervention's section (must not fire)", () => {
    const lines = [FEDERATION, "", "Insatsen Bron", "Bron arbetar med unga vuxna.", "", FEDERATION, "", EXITS];
    expect(figures(titled(lines))).not.toContain("federation:exited/all=83");
  });
});

describe("a new intervention brought up in the paragraph before", () => {
  const project = "Under hösten startade förbundet ett nytt projekt för unga vuxna i Sjövik, Ungdomsbron.";
  const count = "42 personer deltog under de första månaderna, och 9 av dem har redan avslutat.";

  it("reads the federation's own count before it, and the federation's words after it (must fire)", () => {
    const read = figures(titled(["Året i korthet", "", FEDERATION, "", project, ""], ["Samordningsförbundet Ekmyra"]));
    expect(read).toEqual(["federation:enrolled/all=196"]);
    expect(
      figures(
        titled(
          ["Året i korthet", "", project, "", "Förbundets insatser hade totalt 196 deltagare under 2025."],
          ["Samordningsförbundet Ekmyra"],
        ),
      ),
    ).toEqual(["federation:enrolled/all=196"]);
  });

  it("never reads the next paragraph naming no one as the federation's, under a glance title or none (must not fire)", () => {
    const glance = figures(
      titled(["Året i korthet", "", FEDERATION, "", project, "", count], ["Samordningsförbundet Ekmyra"]),
    );
    expect(glance).toEqual(["federation:enrolled/all=196"]);
    const plain = figures(
      titled([FEDERATION, "", project, "", count], ["Samordningsförbundet Ekmyra", "Årsberättelse 2025"]),
    );
    expect(plain).toEqual(["federation:enrolled/all=196"]);
  });

  it("an intervention named in passing, or all of them listed, changes nothing (must fire)", () => {
    const lines = [
      "Året i korthet",
      "",
      "Målet nåddes inte, främst för att insatsen Vägval saknade handledare under våren.",
      "",
      "Under året avslutade 58 personer sin insats.",
    ];
    expect(figures(titled(lines, ["Samordningsförbundet Ekmyra"]))).toEqual(["federation:exited/all=58"]);
  });
});

describe("a count between the verb of leaving or starting and the participant's own intervention", () => {
  const read = (s: string) =>
    readSentence(s).figures.map((f) => (f.kind === "count" ? `${f.measure}/${f.gender}=${f.token.value}` : f.kind));

  it("reads 'avslutade N sin insats' after all the participants or a dating phrase (must fire)", () => {
    expect(read("Av deltagarna avslutade 70 sin insats under året.")).toEqual(["exited/all=70"]);
    expect(read("Av samtliga deltagare avslutade 151 sin insats under året.")).toEqual(["exited/all=151"]);
    expect(read("Under året påbörjade 40 sin insats.")).toEqual(["new/all=40"]);
  });

  it("never reads it after a part of the participants, nor a count of interventions or other things (must not fire)", () => {
    expect(read("Av kvinnorna avslutade 30 sin insats.")).toEqual([]);
    expect(read("Av de unga avslutade 14 sin insats under året.")).toEqual([]);
    expect(read("Förbundet avslutade 3 insatser under året.")).toEqual([]);
    expect(read("Kommunen avslutade 12 sina avtal.")).toEqual([]);
  });
});

describe("the text right under the document's own title", () => {
  const doc = (lines: string[]) => new DocumentText("ekmyra/2025-annual-report", lines, 2025);

  it("reads a paragraph naming no one right under the federation's name as the federation's (must fire)", () => {
    const lines = [
      "Samordningsförbundet Ekmyra",
      "Årsredovisningen 2025 är klar",
      "",
      "I korthet: 212 deltagare (118 kvinnor, 94 män), varav 104 nya under året.",
      "",
      "Ekonomi",
      "Intäkterna var 7,2 miljoner kronor.",
    ];
    expect(figures(doc(lines))).toEqual([
      "federation:enrolled/all=212",
      "federation:enrolled/woman=118",
      "federation:enrolled/man=94",
      "federation:new/all=104",
    ]);
  });

  it("never does under a title naming another federation, nor in a page with a bare name's heading (must not fire)", () => {
    const other = ["Samordningsförbundet Lövmo", "", "I korthet: 212 deltagare, varav 104 nya under året."];
    expect(figures(doc(other))).toEqual([]);
    const page = [
      "Samordningsförbundet Ekmyra",
      "",
      "I korthet: 212 deltagare, varav 104 nya under året.",
      "",
      "Steget",
      "Under året deltog 40 personer.",
    ];
    expect(figures(doc(page))).toEqual([]);
  });
});

describe("a question heading the next answer", () => {
  const talk = (question: string) => [
    "Moderator: Hur många fick stöd förra året?",
    "",
    "Förbundschef: Vi hade 231 deltagare i våra insatser under 2025.",
    "",
    question,
    "",
    "Förbundschef: 88 avslutade sin insats under året. Av dem gick 24 till arbete.",
  ];
  const title = ["Samtal om året i Samordningsförbundet Ekmyra"];

  it("carries the federation's answer on past a question naming no one (must fire)", () => {
    expect(figures(titled(talk("Moderator: Och hur många gick vidare?"), title))).toEqual([
      "federation:enrolled/all=231",
      "federation:exited/all=88",
      "federation:work=24",
    ]);
  });

  it("never past a question naming someone, a group or an intervention (must not fire)", () => {
    for (const q of [
      "Moderator: Och hur gick det för Bron?",
      "Moderator: Och hur gick det för de unga?",
      "Moderator: Och hur gick det i insatsen?",
    ])
      expect(figures(titled(talk(q), title))).toEqual(["federation:enrolled/all=231"]);
  });
});

describe("the year's budgeted result named with its sign word or minus", () => {
  const money = (s: string) => readMoneySentence(s, 2025).figures.map((f) => `${f.year}:${f.basis}:${f.item}=${f.sek}`);

  it("reads 'hade budgeterat ett underskott på', 'mot ett budgeterat underskott på' and a signed budgeted result (must fire)", () => {
    expect(
      money(
        "Årets resultat blev ett underskott på 74 000 kronor, och vi hade budgeterat ett underskott på 200 000 kronor.",
      ),
    ).toEqual(["2025:actual:result=-74000", "2025:budget:result=-200000"]);
    expect(money("Resultatet blev 38 400 kr, mot ett budgeterat underskott på 150 000 kr.")).toEqual([
      "2025:budget:result=-150000",
    ]);
    expect(money("Årets resultat blev 92 150 kr, att jämföra med ett budgeterat resultat på -120 000 kr.")).toEqual([
      "2025:budget:result=-120000",
    ]);
  });

  it("never reads an unsigned budgeted result, another year's, nor the next year's as the year's (must not fire)", () => {
    expect(money("Årets resultat blev 92 150 kr, att jämföra med ett budgeterat resultat på 120 000 kr.")).toEqual([]);
    expect(money("Nästa år har vi budgeterat ett underskott på 300 000 kronor.")).not.toContain(
      "2025:budget:result=-300000",
    );
    expect(
      money(
        "Resultatet blev ett överskott på 212 000 kronor, mot ett budgeterat underskott på 150 000 kronor för 2024.",
      ),
    ).toEqual([]);
  });
});

describe("a chain of members' contributions whose first amount ends on its unit and the year", () => {
  const fees = (s: string) =>
    (
      contributionSentences(
        new DocumentText("ekmyra/2025-annual-report", ["Samordningsförbundet Ekmyra", "", s], 2025),
        new Set(),
        memberOf,
      ) as AnyFact[]
    ).map((f) => `${f.year}:${f.member}=${f.amount_sek}`);

  it("reads every link after 'kronor 2025,' or 'kronor under året,' (must fire)", () => {
    const got = fees(
      "Staten bidrog med 6,8 miljoner kronor 2025, Tallmyra kommun med 2,4 miljoner och Hedviks kommun med 1,0 miljoner.",
    );
    expect(got).toEqual(["2025:Staten=6800000", "2025:Tallmyra kommun=2400000", "2025:Hedviks kommun=1000000"]);
    expect(fees("Staten bidrog med 6,8 miljoner kronor under året, och Tallmyra kommun med 2,4 miljoner.")).toEqual([
      "2025:Staten=6800000",
      "2025:Tallmyra kommun=2400000",
    ]);
  });

  it("reads nothing where the first amount is another year's (must not fire)", () => {
    expect(
      fees(
        "Staten bidrog med 6,8 miljoner kronor 2024, Tallmyra kommun med 2,4 miljoner och Hedviks kommun med 1,0 miljoner.",
      ),
    ).toEqual([]);
  });
});

describe("a member's place alone and a fee's year after its amount", () => {
  const registered = (lines: string[], members: string[]) =>
    new DocumentText(
      "ekmyra/2025-annual-report",
      ["Samordningsförbundet Ekmyra", "", ...lines],
      2025,
      "plain_text",
      new Set(),
      { id: "ekmyra", name: "Samordningsförbundet Ekmyra", members },
    );
  const fees = (d: DocumentText) =>
    (contributionSentences(d, new Set(), memberOf) as AnyFact[]).map((f) => `${f.year}:${f.member}=${f.amount_sek}`);
  const members = ["Sjöby kommun", "Sjöby", "Torsvikens kommun", "Torsviken", "Region Kustland"];

  it("reads a place the registry names as an own municipality as that member (must fire)", () => {
    expect(fees(registered(["Sjöby betalade 720 000 kr och Torsviken 420 000 kr."], members))).toEqual([
      "2025:Sjöby kommun=720000",
      "2025:Torsviken kommun=420000",
    ]);
  });

  it("never a place the registry does not name, nor in a sentence naming another year (must not fire)", () => {
    expect(fees(registered(["Sjöby betalade 720 000 kr och Lövsta 420 000 kr."], members))).toEqual([
      "2025:Sjöby kommun=720000",
    ]);
    expect(fees(registered(["Sjöby betalade 720 000 kr 2024 och 760 000 kr 2025."], members))).not.toContain(
      "2025:Sjöby kommun=720000",
    );
  });

  it("dates a fee by the bare year right after its amount (must not store it as the report year's)", () => {
    const got = fees(registered(["Harkeby kommuns avgift var 1 402 tkr 2024 och 1 435 tkr 2025."], ["Harkeby kommun"]));
    expect(got).not.toContain("2025:Harkeby kommun=1402000");
  });
});

describe("'var N personer med i insatserna'", () => {
  const read = (s: string) =>
    readSentence(s).figures.map((f) => (f.kind === "count" ? `${f.measure}/${f.gender}=${f.token.value}` : f.kind));

  it("counts the participants and their gender split (must fire)", () => {
    expect(read("Under 2025 var 164 personer med i insatserna, 93 kvinnor och 71 män.")).toEqual([
      "enrolled/all=164",
      "enrolled/woman=93",
      "enrolled/man=71",
    ]);
    expect(read("Under 2025 var 164 personer med i de individinriktade insatserna.")).toEqual(["enrolled/all=164"]);
  });

  it("never counts members of a board, a network or anything but the interventions (must not fire)", () => {
    expect(read("Under 2025 var 12 personer med i styrelsen.")).toEqual([]);
    expect(read("Under 2025 var 30 personer med i nätverket.")).not.toContain("enrolled/all=30");
  });
});

describe("a label, its colon and its count right after the federation's sentence", () => {
  // A binder's page whose title names no federation: only the sentence's own words say whose it is.
  const binder = ["Bokslutspärm, underlag E"];
  const para = (second: string) =>
    figures(
      titled(
        ["Deltagare i förbundets individinriktade insatser 2025: 121, varav kvinnor 64 och män 57.", second],
        binder,
      ),
    );

  it("goes on about the federation's participants (must fire)", () => {
    expect(para("Nya under året: 58. Avslutade under året: 49.")).toEqual(
      expect.arrayContaining(["federation:new/all=58", "federation:exited/all=49"]),
    );
  });

  it("never after a sentence about one intervention, nor a label naming someone (must not fire)", () => {
    const one = figures(titled(["Insatsen Bron hade 40 deltagare under 2025.", "Nya under året: 18."], binder));
    expect(one).not.toContain("federation:new/all=18");
    expect(para("Nya i Bron: 18.")).not.toContain("federation:new/all=18");
  });
});
