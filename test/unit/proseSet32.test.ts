/**
 * Shapes of running text from the p32 probes, in made-up federations' words: a sentence's own
 * whole-federation words, cards of label–value lines, a draft's tracked changes. Each rule has a
 * case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { isFurniture } from "../../loaders/extract/general/sectionScope.ts";
import { withoutMarkupBalloons, withoutTrackedChanges } from "../../loaders/extract/text/trackedChanges.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { withoutBoxFrames } from "../../loaders/extract/text/boxFrames.ts";
import { readMoneySentence } from "../../loaders/extract/general/moneyGrammar.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts, type EntryOptions } from "../support/manifestEntry.ts";

const doc = (lines: string[], year = 2024) => new DocumentText("alvmo/2024-annual-report", lines, year);
/** Participant figures read from running text, as "measure/gender=value" or "category=value", "@intervention" for one's. */
const figures = (lines: string[]) =>
  (parseProseFigures(doc(["Samordningsförbundet Älvmo", "Årsredovisning 2024", "", ...lines])).facts as AnyFact[]).map(
    (f) =>
      f.table === "participant_count"
        ? `${f.measure}/${f.gender}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`
        : f.table === "participant_breakdown"
          ? `${f.category}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`
          : `${f.table}:${f.value}`,
  );

describe("a sentence's own whole-federation words decide its scope", () => {
  it("reads a sum's word under a topic's heading as the federation's (must fire)", () => {
    expect(
      figures([
        "Insats: Ljuset",
        "Ljuset ger stöd till personer med psykisk ohälsa.",
        "",
        "Viktiga händelser",
        "Totalt fick 184 personer stöd under 2024.",
        "Sammanlagt avslutade 61 av dem sin insats under året.",
      ]),
    ).toEqual(["enrolled/all=184", "exited/all=61"]);
  });

  it("reads the federation named as the whole in any unscoped section (must fire)", () => {
    expect(figures(["Steget och Ljuset", "Inom hela förbundet skrevs 77 nya deltagare in under 2024."])).toEqual([
      "new/all=77",
    ]);
  });

  it("reads a whole-federation phrase under a topic's subheading of an intervention's section (must fire)", () => {
    expect(
      figures([
        "Insats: Ljuset",
        "Under 2024 deltog 37 personer i Ljuset.",
        "",
        "Utfall och resultat",
        "Förbundets samlade verksamhet hade 142 deltagare under året.",
        "Sammantaget avslutade 58 personer sin insats.",
      ]),
    ).toEqual(["enrolled/all=37@Ljuset", "enrolled/all=142", "exited/all=58"]);
  });

  it("leaves a sum's word under a bare name's heading, or its topic's subheading, unread (must not fire)", () => {
    expect(figures(["Ljuset", "Totalt deltog 37 personer under året."])).toEqual([]);
    expect(figures(["Ljuset", "Ljuset är ett stöd för unga.", "", "Resultat", "Totalt deltog 37 personer."])).toEqual(
      [],
    );
  });

  it("leaves a sum's word after a sentence about one intervention in its paragraph (must not fire)", () => {
    expect(
      figures(["Händelser under året", "Ljuset tar emot unga vuxna. Sammanlagt deltog 37 personer under 2024."]),
    ).toEqual([]);
  });

  it("keeps a sentence under an intervention's own heading the intervention's (must not fire)", () => {
    expect(figures(["Insats: Ljuset", "Totalt deltog 37 personer i förbundet under 2024."])).toEqual([
      "enrolled/all=37@Ljuset",
    ]);
    expect(figures(["Insats: Ljuset", "Resultat", "Totalt deltog 37 personer under 2024."])).toEqual([
      "enrolled/all=37@Ljuset",
    ]);
  });

  it("never reads a member's residents as the whole (must not fire)", () => {
    expect(figures(["Händelser under året", "Totalt deltog 37 personer som bor i kommunen under 2024."])).toEqual([]);
  });
});

const entry: EntryOptions = { federation: "alvmo", title: "Årsberättelse" };
/** The federation's participant counts the whole extraction stores, as "measure/gender=value", sorted. */
const extracted = (lines: string[]) =>
  documentFacts(entry, ["Samordningsförbundet Älvmo", "Årsberättelse 2024", "", ...lines])
    .flatMap((f) =>
      f.table === "participant_count" && f.intervention === null ? [`${f.measure}/${f.gender}=${f.value}`] : [],
    )
    .sort();

describe("cards of label–value lines", () => {
  const card = (heading: string, n: number, w: number) => [
    heading,
    `Deltagare: ${n}`,
    `Varav kvinnor: ${w}`,
    `Varav män: ${n - w}`,
    `Avslutade: ${Math.round(n / 3)}`,
    "",
  ];

  it("reads a card headed by the whole federation as the federation's (must fire)", () => {
    expect(
      extracted([...card("Bron", 30, 18), ...card("Ljuset", 41, 25), ...card("Förbundet som helhet", 71, 43)]),
    ).toEqual(["enrolled/all=71", "enrolled/man=28", "enrolled/woman=43", "exited/all=24"]);
  });

  it("reads no card headed by a name as the federation's (must not fire)", () => {
    expect(extracted([...card("Bron", 30, 18), ...card("Ljuset", 41, 25)])).toEqual([]);
  });

  it("takes no card's label repeated with rising values for a running header (must fire, must not fire)", () => {
    const d = doc(["Bron", "Varav kvinnor: 18", "", "Ljuset", "Varav kvinnor: 25", "", "Alla", "Varav kvinnor: 43"]);
    expect([2, 5, 8].map((n) => isFurniture(d, n))).toEqual([false, false, false]);
    const paged = doc([2, 3, 4].flatMap((p) => [`${p} Samordningsförbundet Älvmo Årsredovisning 2024`, "text"]));
    expect([1, 3, 5].map((n) => isFurniture(paged, n))).toEqual([true, true, true]);
  });
});

describe("a draft's tracked changes", () => {
  it("blanks deleted text and keeps inserted text in its columns (must fire)", () => {
    const lines = [
      "Under ~~2023~~ 2024 skrevs ~~40~~ 44 personer ut.",
      "Kostnaderna var [struken: 5 100 000] 5 150 000 kronor.",
      "Av dem gick <del>7</del> <ins>8</ins> till studier och {--3--}{++4++} till arbete.",
      "[tillagd: 29 nya deltagare skrevs in.] {~~12~>13~~} avslut",
    ];
    const read = withoutTrackedChanges(lines)!;
    expect(read.map((l) => l.length)).toEqual(lines.map((l) => l.length));
    expect(read.map((l) => l.replace(/\s+/g, " ").trim())).toEqual([
      "Under 2024 skrevs 44 personer ut.",
      "Kostnaderna var 5 150 000 kronor.",
      "Av dem gick 8 till studier och 4 till arbete.",
      "29 nya deltagare skrevs in. 13 avslut",
    ]);
    expect(read[1]!.indexOf("5 150 000")).toBe(lines[1]!.indexOf("5 150 000"));
  });

  it("leaves text without a mark opened and closed on one line alone (must not fire)", () => {
    expect(
      withoutTrackedChanges([
        "Cirka ~40 personer deltog [se bilaga 2].",
        "Tabell <4> visar {antal} deltagare ~~ per år",
        "Det struken: 41 står inget i en hakparentes.",
      ]),
    ).toBeUndefined();
  });

  it("reads the corrected figures of a draft, never the struck ones (must fire, must not fire)", () => {
    const facts = documentFacts(entry, [
      "Samordningsförbundet Älvmo",
      "Verksamhetsberättelse ~~2023~~ 2024",
      "",
      "Deltagare",
      "Under ~~2023~~ 2024 deltog [struken: 131] 136 personer i förbundets insatser.",
      "Under året avslutade ~~50~~ 53 personer sin insats.",
    ]);
    const counts = facts
      .filter((f) => f.table === "participant_count")
      .map((f) => `${f.year} ${f.measure}=${f.value}`)
      .sort();
    expect(counts).toEqual(["2024 enrolled=136", "2024 exited=53"]);
  });
});

describe("a draft printed with its markup balloons in the margin", () => {
  const pad = (text: string, balloon = "") => (balloon ? text.padEnd(62) + balloon : text);
  it("blanks each balloon and the lines its text runs on (must fire)", () => {
    const lines = [
      pad("Under året deltog 212 personer i förbundets", "Borttaget: 205"),
      pad("insatser, varav 120 kvinnor och 92 män.", "Kommenterad [KL1]: Rättat"),
      pad("", "efter slutlig statistik."),
      pad("Årets resultat blev 84 000 kronor.", "Borttaget: 91 000"),
    ];
    const read = withoutMarkupBalloons(lines)!;
    expect(read.map((l) => l.trimEnd())).toEqual([
      "Under året deltog 212 personer i förbundets",
      "insatser, varav 120 kvinnor och 92 män.",
      "",
      "Årets resultat blev 84 000 kronor.",
    ]);
  });

  it("leaves a table's last column and a label in running text alone (must not fire)", () => {
    expect(
      withoutMarkupBalloons([
        "Medlem                                      Belopp",
        "Region Älvmark                            1 950 000",
        "Åby kommun                                  976 000",
        "Borttaget: ordet i en mening om ändringar står till vänster.",
      ]),
    ).toBeUndefined();
  });
});

describe("running text's counts in more shapes", () => {
  const read = (s: string) =>
    readSentence(s, { year: 2024 }).figures.map((f) =>
      f.kind === "count"
        ? `${f.measure}=${f.token.value}`
        : f.kind === "exit_outcome"
          ? `${f.category}=${f.token.value}`
          : "",
    );
  it("reads a labelled count before a new clause with a count of its own (must fire, must not fire)", () => {
    expect(read("Nya deltagare under året var 64, och 51 personer skrevs ut.")).toEqual(["new=64", "exited=51"]);
    expect(read("Nya deltagare var 64, och 12 av dem var under 25 år.")).toEqual(["new=64"]);
  });

  it("reads a labelled count closed by a dating phrase (must fire, must not fire)", () => {
    expect(read("Antalet deltagare var 173 under året.")).toEqual(["enrolled=173"]);
    expect(read("Antalet nya deltagare var 58 under 2024.")).toEqual(["new=58"]);
    expect(read("Antalet deltagare var 173 under året i Bron.")).toEqual([]);
  });

  it("reads going on to other rehabilitation as a destination (must fire, must not fire)", () => {
    expect(read("17 av dem fortsatte till annan rehabilitering eller vård.")).toEqual(["continued_rehab=17"]);
    expect(read("17 deltagare fortsatte i insatsen under nästa år.")).toEqual([]);
  });

  it("reads a destination's count out of the exits counted in its base (must fire, must not fire)", () => {
    expect(read("11 av årets 73 avslutade deltagare gick till studier.")).toEqual(["studies=11", "exited=73"]);
    expect(read("Nio av de 73 avslutade var män.")).toEqual(["exited=73"]);
  });
});

describe("a topic's heading repeated in every section", () => {
  it("is a heading, never a running header, and heads the federation's key figures at the top level (must fire)", () => {
    const goal = (name: string, line: string) => [name, "Delmål: fler i arbete.", "Nyckeltal", line, ""];
    expect(
      figures([
        ...goal("HÄLSA", "▸ 88 nya deltagare skrevs in under året."),
        ...goal("UTBILDNING", "▸ 70 deltagare avslutade sin insats under året."),
        ...goal("ARBETE", "▸ 19 deltagare gick till arbete."),
      ]),
    ).toEqual(["new/all=88", "exited/all=70", "work=19"]);
  });

  it("keeps an intervention's key figures the intervention's (must not fire)", () => {
    expect(
      figures([
        "Insats: Ljuset",
        "Nyckeltal",
        "▸ 19 deltagare gick till arbete.",
        "",
        "Insats: Bron",
        "Nyckeltal",
        "▸ 7 deltagare gick till arbete.",
        "",
        "Insats: Leden",
        "Nyckeltal",
        "▸ 5 deltagare gick till arbete.",
      ]),
    ).toEqual(["work=19@Ljuset", "work=7@Bron", "work=5@Leden"]);
  });
});

describe("a plan's or a hypothesis's words, one list for counts and amounts", () => {
  const counts = (s: string) =>
    readSentence(s, { year: 2024 }).figures.map((f) => (f.kind === "count" ? `${f.measure}=${f.token.value}` : f.kind));
  const amounts = (s: string) => readMoneySentence(s, 2024).figures.map((f) => `${f.item}=${f.sek}`);

  it("stores no count and no amount a hypothesis gives (must fire)", () => {
    expect(counts("Antalet deltagare bedöms bli 150 under året.")).toEqual([]);
    expect(counts("Troligen avslutar 61 personer sin insats.")).toEqual([]);
    expect(counts("Sannolikt skrivs 40 nya deltagare in.")).toEqual([]);
    expect(amounts("Intäkterna antas bli 6 200 000 kronor.")).toEqual([]);
    expect(amounts("Kostnaderna uppskattas till 6 450 000 kronor.")).toEqual([]);
    expect(amounts("Om intäkterna blir 6 100 000 kronor uppstår ett underskott.")).toEqual([]);
    expect(counts("Om 30 personer avslutar sin insats nås målet.")).toEqual([]);
  });

  it("reads the same figures said as outcomes (must not fire)", () => {
    expect(counts("Under året deltog 150 personer.")).toEqual(["enrolled=150"]);
    expect(counts("61 personer avslutade sin insats.")).toEqual(["exited=61"]);
    expect(amounts("Intäkterna blev 6 200 000 kronor.")).toEqual(["revenue_operating=6200000"]);
    expect(amounts("Kostnaderna uppgick till 6 450 000 kronor.")).toEqual(["cost_operating=6450000"]);
    expect(counts("Om året kan sägas att 150 personer deltog.")).toEqual(["enrolled=150"]);
  });
});

describe("a heading naming an earlier year over a sentence dated by it", () => {
  const plan = (heading: string, sentence: string) =>
    (
      parseProseFigures(doc(["Samordningsförbundet Älvmo", "Verksamhetsplan 2025", "", heading, sentence], 2025))
        .facts as AnyFact[]
    ).map((f) => `${f.year} ${f.measure}=${f.value}`);
  it("reads the sentence's figures as that year's (must fire)", () => {
    expect(plan("Så blev 2024", "Under 2024 deltog 118 personer i förbundets insatser.")).toEqual([
      "2024 enrolled=118",
    ]);
  });

  it("reads nothing where the sentence names no year of its own, or another (must not fire)", () => {
    expect(plan("Så blev 2024", "Totalt deltog 118 personer i förbundets insatser.")).toEqual([]);
    expect(plan("Så blev 2023", "Under 2024 deltog 118 personer i förbundets insatser.")).toEqual([]);
  });
});

describe("an amount in a sentence dated as a whole by one earlier year", () => {
  const amounts = (s: string) => readMoneySentence(s, 2024).figures.map((f) => `${f.year} ${f.item}=${f.sek}`);
  it("is that year's revenue or costs (must fire)", () => {
    expect(amounts("Under 2023 var förbundets intäkter 5 100 000 kronor och kostnaderna 4 900 000 kronor.")).toEqual([
      "2023 revenue_operating=5100000",
      "2023 cost_operating=4900000",
    ]);
  });

  it("is no balance said of a year, no comparison and no plan (must not fire)", () => {
    expect(amounts("Under 2023 var det egna kapitalet 2 100 000 kronor.")).toEqual([]);
    expect(amounts("Jämfört med 2023 ökade intäkterna till 5 600 000 kronor.")).toEqual([]);
    expect(amounts("Under 2023 beräknades kostnaderna till 4 900 000 kronor.")).toEqual([]);
  });
});

describe("a fact box drawn with box-drawing characters", () => {
  const box = [
    "┌──────────────────────────────────────────┐",
    "│ FAKTA: Samordningsförbundet Älvmo 2024   │",
    "│ Deltagare: 188                           │",
    "│ Avslut: arbete 30 · studier 12 ·         │",
    "│ annan rehabilitering 20 · övrigt 18      │",
    "└──────────────────────────────────────────┘",
  ];
  it("blanks the frame and reads the box as our federation's (must fire)", () => {
    expect(withoutBoxFrames(box)!.map((l) => l.trim())).toEqual([
      "",
      "FAKTA: Samordningsförbundet Älvmo 2024",
      "Deltagare: 188",
      "Avslut: arbete 30 · studier 12 ·",
      "annan rehabilitering 20 · övrigt 18",
      "",
    ]);
    const facts = documentFacts(entry, [
      "Välfärdsbladet nr 3",
      "",
      "Text om året.",
      "",
      ...box,
      "",
      "Avslutade: 80",
    ]).flatMap((f) => (f.table === "participant_count" && f.intervention === null ? [`${f.measure}=${f.value}`] : []));
    expect(facts).toContain("enrolled=188");
  });

  it("leaves a box with no bottom rule, and a pipe-drawn table, as written (must not fire)", () => {
    expect(withoutBoxFrames(box.slice(0, 5))).toBeUndefined();
    expect(withoutBoxFrames(["| Insats | Deltagare |", "|---|---|", "| Bron | 40 |"])).toBeUndefined();
  });
});

describe("a list's items wrapped after a middle dot", () => {
  it("reads the list as one sentence, its other rehabilitation a destination (must fire)", () => {
    expect(
      figures([
        "Året i siffror",
        "Avslutade: 80",
        "Avslut: arbete 30 · studier 12 ·",
        "annan rehabilitering 20 · övrigt 18",
      ]),
    ).toEqual(["exited/all=80", "work=30", "studies=12", "continued_rehab=20", "other_exit=18"]);
  });

  it("reads other rehabilitation named in passing as no destination (must not fire)", () => {
    expect(
      readSentence("Under året erbjöds annan rehabilitering till 20 personer.", { year: 2024 }).figures.filter(
        (f) => f.kind === "exit_outcome",
      ),
    ).toEqual([]);
  });
});

describe("a clause with the federation as its own subject", () => {
  const counts = (s: string) =>
    readSentence(s, { year: 2024 }).figures.map((f) => (f.kind === "count" ? `${f.measure}=${f.token.value}` : f.kind));
  it("keeps a plan's words in its own clause (must fire)", () => {
    expect(counts("Målet var 150 deltagare, och förbundet nådde 168 deltagare.")).toEqual(["enrolled=168"]);
  });

  it("still reads a plan's words in the number's own clause (must not fire)", () => {
    expect(counts("Förbundet hade 168 deltagare och räknar med 190 nästa år.")).toEqual([]);
    expect(counts("Målet var 150 deltagare och förbundet nådde nästan dit.")).toEqual([]);
  });
});
