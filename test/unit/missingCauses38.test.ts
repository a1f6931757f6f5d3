/**
 * Stop 38, the most common causes of missing figures in the tuning set (made-up federations, our own
 * words): a count with no verb whose gender split stands in a bracket ("2025: 184 deltagare (101
 * kvinnor, 83 män), varav 92 nya"); a participants' label carrying its year and a remark on how it
 * counts before its colon ("Deltagare i individinsatserna 2025 (unika personer): 143, varav kvinnor 80
 * och män 63"); a rate set against its goal after a comma with no verb ("var 38 procent, något under
 * målet på 40 procent"); in the federation's own document, a paragraph of several sentences naming no
 * one (a later sentence's capital is no name; a pronoun pointing back to what the sentence before named
 * is about that), and a name as the subject right after a lead's colon ("Svar: Språngbrädan hade 35
 * deltagare"), which is one intervention's. Members' contributions: a list after a lead naming the
 * municipalities' part or the charter's split ("Kommunernas del fördelades …:", "Fördelning enligt
 * förbundsordningen:"); the funding told amount before payer ("… med 3 200 000 kr från staten, …"), the
 * state's half proving it; a list with no lead proved by its sums, never under a line naming another year.
 * An item of the federation's own minutes on its annual report ("§ 3 Årsredovisning 2025") is the
 * federation's, to the next item. A card's row of a measure and its count ("Nya under året   88") under the
 * federation's row goes on about the same participants.
 */
import { describe, expect, it } from "vitest";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "sorbacka",
  kind: "annual_report",
  date: "2026-03-10",
  period_year: 2025,
  title: "Årsredovisning 2025",
  file: "sorbacka/arsredovisning-2025.txt",
  sha256: "0".repeat(64),
};
const facts = (lines: string[]) => extractFromLines(entry, lines, entry.sha256).facts as AnyFact[];
const counts = (lines: string[]) =>
  facts(lines)
    .filter((f) => f.table === "participant_count" && f.intervention === null)
    .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`)
    .sort();
const rates = (lines: string[]) =>
  facts(lines)
    .filter((f) => f.table === "indicator")
    .map((f) => `${f.indicator}=${f.value}`)
    .sort();

const HEAD = ["Samordningsförbundet Sörbacka", "Verksamhetsberättelse 2025", "", "Året i korthet"];

describe("a count with no verb and its gender split in a bracket", () => {
  it("reads the count, its women and men, and the new after it (must fire)", () => {
    expect(counts([...HEAD, "• 2025: 184 deltagare (101 kvinnor, 83 män), varav 92 nya."])).toEqual([
      "2025:enrolled/all=184",
      "2025:enrolled/man=83",
      "2025:enrolled/woman=101",
      "2025:new/all=92",
    ]);
    expect(counts([...HEAD, "I korthet: 212 deltagare (118 kvinnor och 94 män), varav 104 nya under året."])).toEqual([
      "2025:enrolled/all=212",
      "2025:enrolled/man=94",
      "2025:enrolled/woman=118",
      "2025:new/all=104",
    ]);
    expect(counts([...HEAD, "Förbundets samtliga individinsatser 2025: 176 deltagare (98 kvinnor, 78 män)."])).toEqual([
      "2025:enrolled/all=176",
      "2025:enrolled/man=78",
      "2025:enrolled/woman=98",
    ]);
  });

  it("dates a bullet led by the year before to that year, never the report's (must fire, must NOT store 2025)", () => {
    const got = counts([...HEAD, "• 2024: 171 deltagare (94 kvinnor, 77 män), varav 88 nya."]);
    expect(got.filter((c) => c.startsWith("2025"))).toEqual([]);
  });

  it("stores nothing where the split does not add up, or a lead names a goal (must NOT fire)", () => {
    expect(counts([...HEAD, "• 2025: 184 deltagare (101 kvinnor, 80 män)."])).toEqual([]);
    expect(counts([...HEAD, "Målet: 200 deltagare (110 kvinnor, 90 män)."])).toEqual([]);
    expect(counts([...HEAD, "Temadagen: 143 personer (80 kvinnor, 63 män)."])).toEqual([]);
  });
});

describe("a participants' label with its year and a remark on how it counts", () => {
  it("reads the labelled count and its split (must fire)", () => {
    expect(
      counts([...HEAD, "Deltagare i individinsatserna 2025 (unika personer): 143, varav kvinnor 80 och män 63."]),
    ).toEqual(["2025:enrolled/all=143", "2025:enrolled/man=63", "2025:enrolled/woman=80"]);
  });

  it("never counts a structural training's attendees (must NOT fire)", () => {
    expect(counts([...HEAD, "Deltagare i utbildningsinsatser (strukturinriktat): 212 personer."])).toEqual([]);
  });
});

describe("a rate set against its goal after a comma", () => {
  const exits = [
    ...HEAD,
    "Under 2025 avslutade 100 deltagare sin insats i förbundets insatser. Av dem gick 26 till arbete och 10 till studier.",
  ];
  it("reads the outcome, never the goal (must fire)", () => {
    for (const tail of [
      "något under målet på 40 procent",
      "mot förbundets mål på 40 procent",
      "strax under målet",
      "mot målet 40 %",
    ])
      expect(rates([...exits, `Andelen som gick till arbete eller studier var 36 procent, ${tail}.`])).toEqual([
        "work_or_studies_rate_reported=36",
      ]);
  });

  it("stores no target said with a verb of the plan, whatever follows (must NOT fire)", () => {
    expect(rates([...exits, "Andelen som ska gå till arbete eller studier är 40 procent, över målet."])).toEqual([]);
    expect(
      rates([...exits, "Målet är att 40 procent ska gå till arbete eller studier, mot målet 35 procent i fjol."]),
    ).toEqual([]);
  });
});

describe("a paragraph of several sentences in the federation's own document", () => {
  const TOPIC = ["Samordningsförbundet Sörbacka", "Verksamhetsberättelse 2025", "", "Händelser under året"];
  it("reads it as the federation's though a later sentence opens on a capital (must fire)", () => {
    expect(
      counts([
        ...TOPIC,
        "Antal deltagare 2025 var 138, varav 71 kvinnor och 67 män. Under året skrevs 64 personer in.",
      ]),
    ).toEqual(["2025:enrolled/all=138", "2025:enrolled/man=67", "2025:enrolled/woman=71", "2025:new/all=64"]);
  });

  it("never where a later sentence points back to what the one before named (must NOT fire)", () => {
    expect(
      counts([...TOPIC, "Under året startade förbundet en satsning för unga vuxna. De hade 41 deltagare."]),
    ).toEqual([]);
  });

  it("never reads an answer whose subject is a name after the lead's colon (must NOT fire)", () => {
    expect(
      counts([
        ...TOPIC,
        "Fråga: Hur gick det för Språngbrädan?",
        "Svar: Språngbrädan hade 35 deltagare och 12 av dem avslutade.",
      ]),
    ).toEqual([]);
  });
});

const fees = (lines: string[]) =>
  facts(lines)
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}=${f.amount_sek}@${f.year}:${f.basis}`);
const ECONOMY = ["Samordningsförbundet Sörbacka", "Årsredovisning 2025", "", "Ekonomi"];

describe("members' contributions under a lead naming the municipalities' part or the charter's split", () => {
  it("reads the list after the colon (must fire)", () => {
    expect(
      fees([
        ...ECONOMY,
        "Kommunernas del fördelades efter invånarantal: Sörby kommun 1 134 tkr, Ekås kommun 588 tkr och Åby kommun 378 tkr.",
      ]),
    ).toEqual(["Sörby kommun=1134000@2025:actual", "Ekås kommun=588000@2025:actual", "Åby kommun=378000@2025:actual"]);
    expect(
      fees([
        ...ECONOMY,
        "Fördelning enligt förbundsordningen: staten 4 000 000 kr · Region Sörmark 2 000 000 kr · Sörby kommun 1 380 000 kr · Ekås kommun 620 000 kr.",
      ]),
    ).toHaveLength(4);
  });

  it("never reads the municipalities' costs or a later year's budget so (must NOT fire)", () => {
    expect(
      fees([...ECONOMY, "Kommunernas kostnader för insatsen: Sörby kommun 1 134 tkr, Ekås kommun 588 tkr."]),
    ).toEqual([]);
    expect(
      fees([
        ...ECONOMY,
        "Kommunernas del av budgeten för 2026: Sörby kommun 1 134 tkr, Ekås kommun 588 tkr och Åby kommun 378 tkr.",
      ]),
    ).toEqual([]);
  });
});

describe("the federation funded payer by payer, each amount before its payer", () => {
  const funded =
    "Förbundet finansierades 2025 med 3 200 000 kr från staten, 1 600 000 kr från Region Sörmark och 1 600 000 kr från de två kommunerna";
  it("reads the members' parts, and the municipalities' in the bracket where they add up (must fire)", () => {
    expect(fees([...ECONOMY, `${funded} (Sörby kommun 1 040 000 kr och Ekås kommun 560 000 kr).`])).toEqual([
      "staten=3200000@2025:actual",
      "Region Sörmark=1600000@2025:actual",
      "Sörby kommun=1040000@2025:actual",
      "Ekås kommun=560000@2025:actual",
    ]);
    expect(fees([...ECONOMY, `${funded}.`])).toEqual([
      "staten=3200000@2025:actual",
      "Region Sörmark=1600000@2025:actual",
    ]);
  });

  it("stores nothing where the state is not half, nor the bracket's parts where they do not add up (must NOT fire)", () => {
    expect(
      fees([
        ...ECONOMY,
        "Förbundet finansierades 2025 med 3 200 000 kr från staten, 1 500 000 kr från Region Sörmark och 1 600 000 kr från kommunerna.",
      ]),
    ).toEqual([]);
    expect(fees([...ECONOMY, `${funded} (Sörby kommun 1 000 000 kr och Ekås kommun 560 000 kr).`])).toEqual([
      "staten=3200000@2025:actual",
      "Region Sörmark=1600000@2025:actual",
    ]);
  });
});

describe("a list of members and amounts with no lead, proved by its sums", () => {
  const list =
    "Staten 4 000 000 kronor, Region Sörmark 2 000 000 kronor, Sörby kommun 1 380 000 kronor och Ekås kommun 620 000 kronor.";
  it("reads it where the state's amount is the other members' together (must fire)", () => {
    expect(fees([...ECONOMY, list])).toHaveLength(4);
    expect(
      fees([
        ...ECONOMY,
        "Intäkterna var 9 200 tkr, fördelade på staten 4 600 tkr, Region Sörmark 2 300 tkr, Sörby kommun 1 380 tkr och Ekås kommun 920 tkr.",
      ]),
    ).toHaveLength(4);
  });

  it("never where no sum proves it, or the line above dates it to another year (must NOT fire)", () => {
    expect(fees([...ECONOMY, list.replace("620 000", "600 000")])).toEqual([]);
    expect(
      fees([
        ...ECONOMY,
        "Beviljade medel: Sörby kommun 1 380 000 kr, Ekås kommun 620 000 kr och Region Sörmark 2 000 000 kr.",
      ]),
    ).toEqual([]);
    expect(fees([...ECONOMY, "", "Avgifterna 2024 (pdf)", list])).toEqual([]);
  });
});

describe("an item of the federation's minutes on its own annual report", () => {
  const minutes: ManifestEntry = {
    ...entry,
    kind: "board_minutes",
    date: "2026-02-19",
    period_year: 2026,
    file: "sorbacka/protokoll-2026-02-19.txt",
  };
  const countsOf = (lines: string[]) =>
    (extractFromLines(minutes, lines, minutes.sha256).facts as AnyFact[])
      .filter((f) => f.table === "participant_count" && f.intervention === null)
      .map((f) => `${f.year}:${f.measure}/${f.gender}=${f.value}`)
      .sort();
  const HEAD_MINUTES = [
    "Samordningsförbundet Sörbacka",
    "Protokoll från styrelsens sammanträde 2026-02-19",
    "",
    "§ 1 Mötets öppnande",
    "Ordföranden öppnade mötet.",
    "",
  ];
  it("reads the item's counts as the federation's, to the next item (must fire)", () => {
    expect(
      countsOf([
        ...HEAD_MINUTES,
        "§ 2  Årsredovisning 2025                                   Dnr 2026/4",
        "Ekonomen redogjorde för bokslutet. Under 2025 var 146 deltagare inskrivna, varav 70 nya.",
        "",
        "§ 3 Ansökan om medel – Vägen vidare",
        "Under 2025 hade 40 deltagare stöd i insatsen.",
      ]),
    ).toEqual(["2025:enrolled/all=146", "2025:new/all=70"]);
  });

  it("never an item on another federation's report, nor a sentence naming one intervention (must NOT fire)", () => {
    expect(
      countsOf([
        ...HEAD_MINUTES,
        "§ 2 Årsredovisning 2025 för Samordningsförbundet Ymer",
        "Under 2025 var 146 deltagare inskrivna, varav 70 nya.",
      ]),
    ).toEqual([]);
    expect(
      countsOf([...HEAD_MINUTES, "§ 2 Årsredovisning 2025", "Bryggan hade 38 deltagare under 2025, varav 20 nya."]),
    ).toEqual([]);
  });
});

describe("a card's rows of a measure and its count under the federation's row", () => {
  const CARD = ["Samordningsförbundet Sörbacka", "Underlag till medlemsdialogen 2025", "", "FÖRBUNDET 2025"];
  it("reads the new and the exited as the federation's (must fire)", () => {
    expect(
      counts([
        ...CARD,
        "  Deltagare i individinsatser        203   (112 kvinnor, 91 män)",
        "  Nya under året                      88",
        "  Avslutade under året                79",
      ]),
    ).toEqual([
      "2025:enrolled/all=203",
      "2025:enrolled/man=91",
      "2025:enrolled/woman=112",
      "2025:exited/all=79",
      "2025:new/all=88",
    ]);
  });

  it("never under a row that is one intervention's or names no one's (must NOT fire)", () => {
    expect(
      counts([...CARD, "  Bryggan                             43", "  Nya under året                      18"]),
    ).toEqual([]);
    expect(counts([...CARD, "  Nya under året                      18"])).toEqual([]);
  });

  it("never reads a table's row of one cell as a card's row: the table places it (must NOT fire)", () => {
    const table = [
      "Samordningsförbundet Sörbacka",
      "Verksamhetsberättelse 2025",
      "",
      "Deltagare 2025 i förbundets insatser",
      "",
      "                       Kvinnor   Män   Totalt",
      "Inskrivna under året       104    84      188",
      "Nya under året             97",
    ];
    expect(counts(table).filter((c) => c.includes(":new/"))).toEqual([]);
  });
});
