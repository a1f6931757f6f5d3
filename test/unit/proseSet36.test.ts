/**
 * Shapes of running text from the p36 probes, in made-up federations' words. Each rule has a case
 * where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { narrowPageLines } from "../../loaders/extract/text/narrowPages.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { parseProseFinance } from "../../loaders/extract/general/parseProseFinance.ts";
import { contributionSentences } from "../../loaders/extract/general/contributionSentences.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import type { AnyFact } from "../helpers.ts";

/** A document read as the pipeline reads it: the reading text's repairs and columns first. */
function docOf(lines: string[], year = 2025): DocumentText {
  const t = readingText(lines, year);
  return new DocumentText("granlida/2025-annual-report", t.lines, year, "plain_text", t.columnLines);
}
const counts = (lines: string[], year = 2025) =>
  (parseProseFigures(docOf(lines, year)).facts as AnyFact[]).map((f) =>
    f.table === "participant_count"
      ? `${f.year}:${f.intervention ?? "federation"}:${f.measure}/${f.gender}=${f.value}`
      : f.table === "participant_breakdown"
        ? `${f.year}:${f.intervention ?? "federation"}:${f.category}=${f.value}`
        : `${f.table}:${f.year}:${f.value}`,
  );
const money = (lines: string[], year = 2025) =>
  (parseProseFinance(docOf(lines, year)).facts as AnyFact[]).map(
    (f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`,
  );

/** A teletext page about a made-up federation: 40 characters a line, page number, footer. */
const PAGE = [
  " 220 Text-TV         Fredag 6 mar 2026",
  " GRANMARK              PUBLICERAD 08.30",
  "",
  " GRANLIDA FINSAM:",
  " STÖDET NÅDDE FLER",
  "",
  " Samordningsförbundet Granlida lämnade",
  " i går sin årsredovisning för 2025.",
  "",
  " Sammanlagt deltog 187 personer i de",
  " insatser som förbundet betalar för.",
  " Av dem var 99 kvinnor och 88 män.",
  "",
  " Under året skrevs 81 personer in",
  " och 76 avslutade sin insats.",
  "",
  " Förbundets intäkter uppgick till",
  " 8,1 miljoner kronor och kostnaderna",
  " till 8,6 miljoner kronor.",
  "",
  " Inrikes 101  Ekonomi 200  Sport 300",
];

describe("a page set in a narrow measure (text/narrowPages.ts)", () => {
  it("is found where short lines wrap sentences (must fire)", () => {
    const narrow = narrowPageLines(PAGE);
    expect(narrow).toBeDefined();
    expect(narrow!.has(17)).toBe(true);
    expect(narrow!.has(3)).toBe(false);
  });

  it("is not found in a dashboard's cards, a list of short rows or a report's wide text (must not fire)", () => {
    const cards = ["Instrumentpanel", "Filter: År = 2025", ""];
    for (const [label, value] of [
      ["Antal deltagare", "176"],
      ["Antal nya", "88"],
      ["Antal avslutade", "87"],
      ["Till arbete", "21"],
      ["Till studier", "12"],
      ["Andel", "38 %"],
    ])
      cards.push(label!, value!, "");
    expect(narrowPageLines(cards)).toBeUndefined();
    const rows = ["Avslutsorsak", ...["Arbete 21", "Studier 12", "Arbetssökande 18", "Rehabilitering 22"]];
    expect(narrowPageLines([...rows, "", ...rows, "", ...rows])).toBeUndefined();
    const wide = PAGE.map((l) => (l.trim() === "" ? l : `${l} och några ord till som gör raden lång nog`));
    expect(narrowPageLines(wide)).toBeUndefined();
  });

  it("reads a sentence wrapped over its short lines as one: revenue and costs apart (must fire)", () => {
    const out = money(PAGE);
    expect(out).toContain("2025:actual:revenue_operating=8100000");
    expect(out).toContain("2025:actual:cost_operating=8600000");
    expect(out).not.toContain("2025:actual:cost_operating=8100000");
  });

  it("carries the federation's item over its paragraphs (must fire)", () => {
    const out = counts(PAGE);
    expect(out).toContain("2025:federation:enrolled/all=187");
    expect(out).toContain("2025:federation:enrolled/woman=99");
    expect(out).toContain("2025:federation:new/all=81");
    expect(out).toContain("2025:federation:exited/all=76");
  });

  it("never carries it into a paragraph naming an intervention, a member's residents or past a heading (must not fire)", () => {
    const page = [
      ...PAGE.slice(0, 16),
      " Insatsen Nästa steg i Granby hade",
      " 52 deltagare och 20 av dem var nya.",
      "",
      " Av deltagarna bodde 61 i Granby",
      " kommun och resten i Lidås kommun.",
      "",
      " INSATSEN VÄGEN VIDARE",
      "",
      " Under året skrevs 33 personer in",
      " och 30 avslutade sin insats.",
      "",
      " Inrikes 101  Ekonomi 200  Sport 300",
    ];
    const out = counts(page);
    expect(out).toContain("2025:federation:new/all=81");
    expect(out.filter((f) => f.includes(":federation:") && /=(52|20|61|33|30)$/.test(f))).toEqual([]);
  });

  it("leaves a report's paragraphs of ordinary width as they were (must not fire)", () => {
    // The lead and a sentence naming no one in one paragraph of a wide newsletter: no narrow page, so the
    // lead opens nothing; the same words on a narrow page do.
    const wide = [
      "Nyhetsbrev nr 3, mars 2026",
      "",
      "Fler fick stöd under 2025",
      "",
      "Samordningsförbundet Granlida lämnade i går sin årsredovisning för 2025 till medlemmarna och revisorerna.",
      "Under året skrevs 81 personer in och 76 avslutade sin insats enligt insatsernas egna uppgifter.",
      "",
      "Insatsen Steget",
      "",
      "Steget hade 61 deltagare under året.",
    ];
    expect(counts(wide).filter((f) => f.includes(":federation:"))).toEqual([]);
    const narrow = [
      "Nyhetsbrev nr 3, mars 2026",
      "",
      "Fler fick stöd under 2025",
      "",
      "Samordningsförbundet Granlida lämnade",
      "i går sin årsredovisning för 2025",
      "till medlemmarna och revisorerna.",
      "Under året skrevs 81 personer in och",
      "76 avslutade sin insats enligt",
      "insatsernas egna uppgifter.",
      "",
      "Insatsen Steget",
      "",
      "Steget hade 61 deltagare under året",
      "enligt den rapport som insatsen",
      "lämnade till styrelsen i januari.",
    ];
    expect(narrowPageLines(narrow)).toBeDefined();
    expect(counts(narrow)).toContain("2025:federation:new/all=81");
  });
});

describe("a count said as there being so many ('Det var 213 deltagare …')", () => {
  const head = ["Samordningsförbundet Granlida", "Verksamhetsberättelse 2025", ""];
  it("is the year's participants (must fire)", () => {
    expect(
      counts([...head, "Under 2025 var det 213 deltagare i förbundets insatser, varav 108 kvinnor och 105 män."]),
    ).toEqual([
      "2025:federation:enrolled/all=213",
      "2025:federation:enrolled/woman=108",
      "2025:federation:enrolled/man=105",
    ]);
    expect(counts([...head, "I förbundets insatser fanns det 213 deltagare under året."])).toEqual([
      "2025:federation:enrolled/all=213",
    ]);
  });

  it("is no count of a seminar, a queue, a change or the year's start (must not fire)", () => {
    for (const sentence of [
      "Det var 40 personer på förbundets seminarium om samverkan.",
      "Det var 30 fler deltagare i förbundets insatser än året innan.",
      "Vid årets början fanns det 82 deltagare i förbundets insatser.",
      "Det var 12 personer i kö till förbundets insatser vid årets slut.",
      // An answer alone: whatever was asked.
      "Det var 120 personer.",
    ])
      expect(counts([...head, sentence]).filter((f) => f.includes("enrolled"))).toEqual([]);
  });
});

describe("a hedged count beside an exact one of the same measure and year", () => {
  const head = ["Pressmeddelande 2026-03-12", "", "Fler fick stöd", ""];
  it("is dropped where the text gives the exact count, even one it cannot place (must fire)", () => {
    const out = counts([
      ...head,
      "Samordningsförbundet Granlida har lämnat sin årsredovisning. Över 200 personer fick stöd i förbundets insatser.",
      "",
      "Insatsen Steget",
      "",
      "Steget hade 61 deltagare.",
      "",
      "Sammanfattning",
      "",
      "Exakt var det 213 deltagare under 2025.",
    ]);
    expect(out.filter((f) => f.endsWith("=200"))).toEqual([]);
  });

  it("is kept, as approximate, where it is the only count of its measure (must not fire)", () => {
    const doc = docOf([
      "Samordningsförbundet Granlida",
      "Verksamhetsberättelse 2025",
      "",
      "Drygt 140 personer fick stöd i någon av förbundets insatser under 2025, och 58 av dem avslutade sin insats.",
    ]);
    const hedged = (parseProseFigures(doc).facts as AnyFact[]).filter((f) => f.approximate);
    expect(hedged.map((f) => `${f.measure}=${f.value}`)).toEqual(["enrolled=140"]);
  });
});

describe("money under a heading naming its year alone ('## 2024' / 'Bokslutet för 2024 är klart')", () => {
  const head = ["# Ekonomi – Samordningsförbundet Granlida", "", "Här redovisar vi ekonomin år för år.", ""];
  it("dates a sentence naming no year by an earlier year's heading, and a budget by a later one's (must fire)", () => {
    const out = money([
      ...head,
      "## 2025",
      "",
      "Intäkterna uppgick till 6,2 mnkr och kostnaderna till 6,5 mnkr.",
      "",
      "## 2024",
      "",
      "Intäkterna uppgick till 6,0 mnkr och kostnaderna till 5,7 mnkr.",
      "",
      "### Bokslutet för 2023 är klart",
      "",
      "Förbundets intäkter blev 5 840 000 kronor och kostnaderna 5 910 000 kronor.",
      "",
      "## 2026",
      "",
      "Budgeten omfattar intäkter på 6,4 mnkr och kostnader på 6,9 mnkr.",
    ]);
    expect(out).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=6200000",
        "2024:actual:revenue_operating=6000000",
        "2024:actual:cost_operating=5700000",
        "2023:actual:revenue_operating=5840000",
        "2026:budget:revenue_operating=6400000",
        "2026:budget:cost_operating=6900000",
      ]),
    );
    expect(out.filter((f) => f.startsWith("2025:") && /=(6000000|5700000|5840000|6400000|6900000)$/.test(f))).toEqual(
      [],
    );
  });

  it("leaves a sentence naming its own year, a later year's outcome and a plan's heading as they were (must not fire)", () => {
    const own = money([
      ...head,
      "## 2024",
      "",
      "Under 2025 uppgick intäkterna till 6,2 mnkr och kostnaderna till 6,5 mnkr.",
    ]);
    expect(own.filter((f) => f.startsWith("2024:"))).toEqual([]);
    const later = money([...head, "## 2026", "", "Intäkterna uppgick till 6,4 mnkr och kostnaderna till 6,9 mnkr."]);
    expect(later.filter((f) => f.includes(":actual:"))).toEqual([]);
    const plan = money(
      [
        "Verksamhetsplan 2026 för Samordningsförbundet Granlida",
        "",
        "## 2025",
        "",
        "Intäkterna uppgick till 6,2 mnkr och kostnaderna till 6,5 mnkr.",
      ],
      2026,
    );
    expect(plan.filter((f) => f.startsWith("2025:actual"))).toEqual([]);
  });
});

describe("a letter the federation signs (signedLetters.ts)", () => {
  const body = [
    "Kommunstyrelsen i Granby kommun",
    "",
    "Svar på er skrivelse om stödet till unga vuxna",
    "",
    "Tack för er skrivelse. Under 2025 fick 212 personer stöd, och 95 av dem avslutade sitt stöd under året.",
    "Ni skriver att ni själva räknar med att 40 personer behöver stöd nästa år.",
    "",
  ];
  const signed = (signer: string[]) => counts([...body, "Med vänlig hälsning", "", "Karin Alm", ...signer]);

  it("gives its body's figures naming no one to the federation (must fire)", () => {
    expect(signed(["Förbundschef", "Samordningsförbundet Granlida"])).toEqual([
      "2025:federation:enrolled/all=212",
      "2025:federation:exited/all=95",
    ]);
  });

  it("gives nothing where another body signs, two federations sign, or the addressee's words are told back (must not fire)", () => {
    expect(signed(["Kommundirektör", "Granby kommun"])).toEqual([]);
    expect(signed(["Samordningsförbundet Granlida", "Samordningsförbundet Norrlida"])).toEqual([]);
    expect(signed(["Förbundschef", "Samordningsförbundet Granlida"]).filter((f) => f.endsWith("=40"))).toEqual([]);
  });

  it("reads an e-mail's answers written inline below the signature, a letter's appendix never (must fire, must not fire)", () => {
    const mail = [
      "Från: Karin Alm",
      "Till: Bo Berg",
      "Ämne: SV: Frågor om 2025",
      "",
      "Hej Bo, svaren står inline nedan.",
      "",
      "Vänliga hälsningar",
      "Karin Alm",
      "Förbundschef, Samordningsförbundet Granlida",
      "",
      "> 1. Hur många var med under året?",
      "",
      "Under 2025 fick 212 personer stöd.",
    ];
    expect(counts(mail)).toEqual(["2025:federation:enrolled/all=212"]);
    const letter = mail.slice(4).filter((l) => !l.startsWith(">"));
    expect(counts(letter)).toEqual([]);
  });
});

describe("'de insatser vi finansierar' as the federation's interventions", () => {
  const head = ["Nyhetsbrev nr 2, 2026", "", "Året som gick", ""];
  const tail = ["", "Insatsen Steget", "", "Steget hade 61 deltagare under året."];
  it("makes the sentence the federation's (must fire)", () => {
    expect(
      counts([
        ...head,
        "Under 2025 tog 212 personer del av de insatser vi finansierar, 118 kvinnor och 94 män.",
        ...tail,
      ]),
    ).toContain("2025:federation:enrolled/all=212");
  });
  it("never where the sentence names one intervention (must not fire)", () => {
    for (const sentence of [
      "Steget, en av de insatser vi finansierar, hade 45 deltagare under 2025.",
      "Steget, en av de insatser som förbundet finansierar, hade 45 deltagare under 2025.",
    ])
      expect(counts([...head, sentence, ...tail]).filter((f) => f.includes(":federation:"))).toEqual([]);
    // "i någon av våra insatser" is any of them: the federation's still.
    expect(counts([...head, "Under 2025 har 186 personer deltagit i någon av våra sju insatser.", ...tail])).toContain(
      "2025:federation:enrolled/all=186",
    );
  });
});

describe("a news item under a lead naming the federation (narrowPageScope.ts federationLedLines)", () => {
  const release = [
    "PRESSMEDDELANDE 2026-03-12",
    "",
    "Över 200 personer fick stöd förra året",
    "",
    "Samordningsförbundet Granlida har lämnat sin årsredovisning för 2025 till medlemmarna.",
    "",
    "Under året skrevs 97 personer in och 81 avslutade sin insats.",
  ];
  it("gives the item's sentences naming no one to the federation (must fire)", () => {
    expect(counts(release)).toEqual(["2025:federation:new/all=97", "2025:federation:exited/all=81"]);
  });

  it("never in a document with an intervention's section, with no lead, or after a count since the start (must not fire)", () => {
    expect(
      counts([...release, "", "Insatsen Steget", "", "Steget hade 61 deltagare."]).filter((f) =>
        f.includes(":federation:"),
      ),
    ).toEqual([]);
    const noLead = release.map((l) => l.replace("Samordningsförbundet Granlida har", "Styrelsen har"));
    expect(counts(noLead)).toEqual([]);
    const sinceStart = [
      ...release.slice(0, 5),
      "",
      "Sedan starten 2009 har förbundet haft 1 480 deltagare. 412 av dem har fått jobb.",
    ];
    expect(counts(sinceStart).filter((f) => f.endsWith("=412"))).toEqual([]);
  });
});

describe("a narrow page's label line wrapped into its sentence ('Eget kapital vid årets slut: 3,1' / 'miljoner, …')", () => {
  it("is running text, no table row the prose would restate (must fire)", () => {
    const page = [
      ...PAGE.slice(0, 19),
      "",
      " Eget kapital vid årets slut: 2,1",
      " miljoner kronor, över riktlinjens",
      " tak för förbundet.",
      "",
      " Inrikes 101  Ekonomi 200  Sport 300",
    ];
    expect(money(page)).toContain("2025:actual:equity_end=2100000");
  });

  it("leaves a row of a table in a wide report a row (must not fire)", () => {
    const wide = [
      "Samordningsförbundet Granlida",
      "Årsredovisning 2025",
      "",
      "Balansräkning (kr)                                  2025-12-31",
      "Eget kapital vid årets slut                          2 100 000",
      "",
      "Det egna kapitalet var 2,1 miljoner kronor vid årets slut, över riktlinjens tak för förbundet.",
    ];
    expect(money(wide).filter((f) => f.includes("equity_end"))).toEqual([]);
  });
});

describe("members' money said in the passive ('Förbundet finansierades 2025 av staten med …')", () => {
  const read = (text: string) =>
    (contributionSentences(docOf([text], 2025), new Set(), memberOf) as AnyFact[]).map(
      (f) => `${f.member}=${f.amount_sek}`,
    );
  it("reads the chain after the passive lead (must fire)", () => {
    expect(
      read(
        "Förbundet finansierades 2025 av staten med 4,8 miljoner, Region Granmark 2,4 miljoner, Granby kommun 1,5 miljoner och Lidås kommun 0,9 miljoner kronor.",
      ),
    ).toEqual(["staten=4800000", "Region Granmark=2400000", "Granby kommun=1500000", "Lidås kommun=900000"]);
  });
  it("reads no money for something else, its currency word before 'för' (must not fire)", () => {
    expect(read("Förbundet finansierades av Region Granmark med 2,4 miljoner kronor för ett projekt om unga.")).toEqual(
      [],
    );
    expect(read("Region Granmark bidrog med 2,4 miljoner kronor till ett projekt om unga.")).toEqual([]);
    expect(read("Insatsen finansierades av Region Granmark med 2,4 miljoner kronor.")).toEqual([]);
  });
  it("reads one member's part of the fees as its fee (must fire), never a share or a part of something else (must not fire)", () => {
    expect(read("Region Granmarks del av medlemsavgifterna var 1 450 000 kr.")).toEqual(["Region Granmark=1450000"]);
    expect(read("Regionens andel av medlemsavgifterna var 25 procent.")).toEqual([]);
    expect(read("Regionens del av kostnaderna för projektet var 1 450 000 kr.")).toEqual([]);
  });
});
