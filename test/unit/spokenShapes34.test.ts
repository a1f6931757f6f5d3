/**
 * Informal and spoken shapes (stop 34): a video's subtitle file, an aside between a count and the
 * sentence pointing back to it, a spoken chain of members' amounts. Made-up federations, figures and
 * words; each rule has a case where it must fire and one where it must not.
 */
import { describe, expect, it } from "vitest";
import { subtitleCues } from "../../loaders/extract/text/subtitleCues.ts";
import { withoutEmoji } from "../../loaders/extract/text/emojiMarks.ts";
import { transcriptTurns } from "../../loaders/extract/text/transcriptTurns.ts";
import { surveyAnswers } from "../../loaders/extract/text/surveyAnswers.ts";
import type { AnyFact } from "../helpers.ts";
import { documentFacts, type EntryOptions } from "../support/manifestEntry.ts";

const entry: EntryOptions = { federation: "lindmo", year: 2025, title: "Årsredovisning 2025" };
/** What the whole extraction stores, as short strings ("enrolled/all=140", "work=20", "rate=35", "member:Staten=…"). */
const stored = (lines: string[]) =>
  documentFacts(entry, lines).flatMap((f: AnyFact) =>
    f.table === "participant_count"
      ? [`${f.measure}/${f.gender}=${f.value}${f.intervention ? `@${f.intervention}` : ""}`]
      : f.table === "participant_breakdown"
        ? [`${f.category}=${f.value}`]
        : f.table === "indicator"
          ? [`rate=${f.value}`]
          : f.table === "member_contribution"
            ? [`member:${f.member}=${f.amount_sek}`]
            : f.table === "finance"
              ? [`${f.item}=${f.amount_sek}`]
              : [],
  );

/** A subtitle file: cue number, time code, speech lines, blank line. */
const srt = (cues: string[][]) =>
  cues.flatMap((speech, k) => [
    String(k + 1),
    `00:00:${String(k * 4).padStart(2, "0")},000 --> 00:00:${String(k * 4 + 3).padStart(2, "0")},500`,
    ...speech,
    "",
  ]);

describe("a video's subtitle cues", () => {
  const VIDEO = srt([
    ["[stråkar spelar]"],
    ["Välkommen! Mitt namn är Ola Berg,", "förbundschef i Lindmo."],
    ["Under det gångna året hade"],
    ["142 personer stöd i våra insatser,", "80 kvinnor och 62 män."],
    ["[Elin, deltagare]", "Jag var hemma i fyra år."],
    ["[Ola Berg]", "Förbundets kostnader landade på 5,2 miljoner kronor."],
    ["Staten, genom Försäkringskassan och"],
    ["Arbetsförmedlingen, betalade 2,6 miljoner."],
  ]);

  it("drops the cue numbers and time codes and reads a sentence running over a cue's end", () => {
    const got = stored(VIDEO);
    expect(got).toContain("enrolled/all=142");
    expect(got).toContain("enrolled/woman=80");
    expect(got).toContain("enrolled/man=62");
    expect(got).toContain("cost_operating=5200000");
    // A cue's line ending on "och" is no heading: its sentence runs on into the next cue.
    expect(got).toContain("member:Staten=2600000");
    // No cue number or part of a time code is a count, nor the participant's years.
    expect(got.filter((g) => /=(?:[1-9]|1\d|2\d|4)$/.test(g))).toEqual([]);
  });

  it("keeps each speech line on its own document line, a speaker's name breaking the paragraph", () => {
    const cues = subtitleCues(VIDEO)!;
    expect(cues.lines.filter((l) => l !== "")).toEqual([
      "Välkommen! Mitt namn är Ola Berg,",
      "förbundschef i Lindmo.",
      "Under det gångna året hade",
      "142 personer stöd i våra insatser,",
      "80 kvinnor och 62 män.",
      "Jag var hemma i fyra år.",
      "Förbundets kostnader landade på 5,2 miljoner kronor.",
      "Staten, genom Försäkringskassan och",
      "Arbetsförmedlingen, betalade 2,6 miljoner.",
    ]);
    expect(cues.lines[cues.from.indexOf(VIDEO.indexOf("Under det gångna året hade"))]).toBe(
      "Under det gångna året hade",
    );
    // The participant's quote stands between two breaks of its own.
    const quote = cues.lines.indexOf("Jag var hemma i fyra år.");
    expect([cues.lines[quote - 1], cues.lines[quote + 1]]).toEqual(["", ""]);
  });

  it("leaves a document with a time code or two alone, and a number alone that no time code follows", () => {
    const agenda = ["Program", "09:00:00,000 --> 09:45:00,000", "Fika", "", "12", "Deltagare"];
    expect(subtitleCues(agenda)).toBeUndefined();
    const cues = subtitleCues(["12", "deltagare", "", ...srt([["a"], ["b"], ["c"]])])!;
    expect(cues.lines.slice(0, 2)).toEqual(["12", "deltagare"]);
  });
});

describe("an aside between a count and the sentence pointing back to it", () => {
  it("is passed over: the pointer goes back to the federation's count", () => {
    const got = stored([
      "Samordningsförbundet Lindmo",
      "",
      "Förbundets insatser hade 140 deltagare under året. Det är fler än vi räknat med. 52 av dem var nya.",
      "61 personer avslutade sin insats. Vart tog de vägen? 20 började arbeta och 9 började studera.",
    ]);
    expect(got).toContain("new/all=52");
    expect(got).toContain("work=20");
    expect(got).toContain("studies=9");
  });

  it("is not an aside where it names an intervention, nor where the count before is no one's", () => {
    const named = stored([
      "Samordningsförbundet Lindmo",
      "",
      "Förbundets insatser hade 140 deltagare under året. Insatsen Bryggan startade i maj. 52 av dem var nya.",
    ]);
    expect(named).not.toContain("new/all=52");
    const noOne = stored([
      "Samordningsförbundet Lindmo",
      "",
      "Projektet hade 40 deltagare. Det gick bra. 12 av dem var nya.",
    ]);
    expect(noOne.filter((g) => g.startsWith("new/"))).toEqual([]);
  });
});

describe("a sentence going on from the one before: 'Ytterligare', 'Det betyder att'", () => {
  const HEAD = ["Samordningsförbundet Lindmo", ""];
  it("carries the federation's exits to a rate drawn from them and to further destinations", () => {
    const got = stored([
      ...HEAD,
      "Förbundets insatser hade 150 deltagare. 70 personer avslutade sin insats. 21 fick arbete och 7 började studera. Det betyder att 40 procent gick till arbete eller studier. Ytterligare 15 blev arbetssökande.",
    ]);
    expect(got).toContain("rate=40");
    expect(got).toContain("job_seeker=15");
  });

  it("does not carry it where the further count names an intervention", () => {
    const got = stored([
      ...HEAD,
      "Förbundets insatser hade 150 deltagare. 70 personer avslutade sin insats. Ytterligare 15 deltog i insatsen Bryggan.",
    ]);
    expect(got.filter((g) => g.endsWith("=15"))).toEqual([]);
  });
});

describe("a spoken chain of members' amounts", () => {
  const HEAD = ["Samordningsförbundet Lindmo", ""];
  it("reads a member's apposition after 'alltså' and a last link whose unit is left unsaid", () => {
    const got = stored([
      ...HEAD,
      "Staten, alltså Försäkringskassan och Arbetsförmedlingen, betalade 2,4 miljoner, regionen 1,2 miljoner, Lindmo kommun 0,8 miljoner och Åsby kommun 400 000.",
    ]);
    expect(got).toContain("member:Staten=2400000");
    expect(got).toContain("member:Åsby kommun=400000");
  });

  it("leaves the unsaid unit alone after amounts in thousands, and a bare number outside a chain", () => {
    const thousands = stored([
      ...HEAD,
      "Staten betalade 2 400 tkr, regionen 1 200 tkr, Lindmo kommun 800 tkr och Åsby kommun 400 000.",
    ]);
    expect(thousands.filter((g) => g.startsWith("member:Åsby"))).toEqual([]);
    const alone = stored([...HEAD, "I Åsby kommun bor 400 000 personer och regionen betalade 1,2 miljoner."]);
    expect(alone.filter((g) => g.startsWith("member:Åsby"))).toEqual([]);
  });
});

describe("a news page's correction the next day", () => {
  const PAGE = [
    "LOKALBLADET  ·  Nyheter i korthet",
    "",
    "MÅNDAG 9 MARS 2026",
    "",
    "Samordningsförbundet Lindmo redovisar sitt år",
    "Under året deltog 168 personer i förbundets insatser, och 49 av dem som avslutade började arbeta eller studera.",
    "",
    "TISDAG 10 MARS 2026",
    "",
    "RÄTTELSE",
    "I gårdagens notis stod det att 168 personer deltog i förbundets insatser. Rätt är 161, varav 90 kvinnor och 71 män.",
  ];

  it("stores the right count and its split, and keeps a destination beside the wrong count of all taking part", () => {
    const got = stored(PAGE);
    expect(got).toContain("enrolled/all=161");
    expect(got).toContain("enrolled/woman=90");
    expect(got).toContain("enrolled/man=71");
    expect(got).toContain("work_or_studies=49");
    expect(got).not.toContain("enrolled/all=168");
  });

  it("drops the destinations where the wrong figure is the exits they are part of, and a split that does not add up", () => {
    const exits = [
      ...PAGE.slice(0, 5),
      "Under året avslutade 77 personer sin insats, och 49 av dem började arbeta eller studera.",
      ...PAGE.slice(6, 10),
      "I gårdagens notis stod det att 77 personer avslutade sin insats. Rätt är 71, varav 40 kvinnor och 39 män.",
    ];
    const got = stored(exits);
    expect(got).not.toContain("work_or_studies=49");
    expect(got).not.toContain("exited/all=77");
    expect(got.filter((g) => g.startsWith("exited/woman") || g.startsWith("exited/man"))).toEqual([]);
  });
});

describe("a fact box whose lead stands apart from the federation's name by a gap", () => {
  const STORY = (lead: string) => [
    "Berättelse: Från sjukskrivning till jobb",
    "",
    "Vera gick i insatsen Kliv i två år och har nu ett jobb. Insatsen Kliv har haft 90 deltagare sedan starten.",
    "",
    `${lead}`,
    "• 150 deltagare under 2025, varav 64 nya.",
    "• 58 avslutade sin insats.",
  ];
  it("is the federation's when it names the document's own federation", () => {
    const got = stored(STORY("FAKTA  Samordningsförbundet Lindmo"));
    expect(got).toContain("new/all=64");
    expect(got).toContain("exited/all=58");
  });
  it("is not where it names another federation, nor where 'Fakta' leads no name", () => {
    expect(stored(STORY("FAKTA  Samordningsförbundet Västeråsen")).filter((g) => g.startsWith("exited"))).toEqual([]);
    expect(stored(STORY("FAKTA  Insatsen Kliv")).filter((g) => /^exited\/all=58$/.test(g))).toEqual([]);
  });
});

describe("a post's emoji", () => {
  it("reads an emoji opening a line as a bullet and one inside a line as blank space", () => {
    const got = stored([
      "Samordningsförbundet Lindmo",
      "",
      "Så gick året för förbundet:",
      "🙋 210 personer fick stöd i våra insatser",
      "🌱 88 nya deltagare under året",
      "👋 73 avslutade – 💼 25 till arbete och 📖 9 till studier",
    ]);
    expect(got).toContain("new/all=88");
    expect(got).toContain("exited/all=73");
    expect(got).toContain("studies=9");
  });

  it("leaves a lone symbol and the signs of law and trade as written", () => {
    expect(withoutEmoji(["Text: kansliet © 2026", "Ett ✔ i rutan", "Inget mer"])).toBeUndefined();
    const three = withoutEmoji(["© 2026 ✅ klart", "🎉 fest", "📌 möte"])!;
    expect(three[0]).toBe("© 2026   klart");
    expect(three[1]).toBe("•  fest");
  });
});

describe("a WebVTT caption file's header and voice tags", () => {
  const VTT = [
    "WEBVTT",
    "Kind: captions",
    "",
    "00:01.000 --> 00:04.000",
    "<v Ulla Berg>Förbundets insatser hade",
    "",
    "00:04.200 --> 00:07.000",
    "<v Ulla Berg>175 deltagare under året, varav",
    "",
    "00:07.200 --> 00:09.000",
    "<v Ulla Berg>92 kvinnor och 83 män.",
    "",
    "00:09.200 --> 00:12.000",
    "<v Jon>Jag har gått här i <i>tre</i> år.",
  ];
  it("drops the header and the tags, a word that may open a label going on with the sentence", () => {
    const cues = subtitleCues(VTT)!;
    expect(cues.lines.filter((l) => l !== "")).toEqual([
      "Förbundets insatser hade",
      "175 deltagare under året, varav",
      "92 kvinnor och 83 män.",
      "Jag har gått här i tre år.",
    ]);
    const got = stored(VTT);
    expect(got).toContain("enrolled/all=175");
    expect(got).toContain("enrolled/woman=92");
  });
  it("breaks the paragraph where another voice speaks, never where the same one goes on", () => {
    const cues = subtitleCues(VTT)!;
    const jon = cues.lines.indexOf("Jag har gått här i tre år.");
    expect(cues.lines[jon - 1]).toBe("");
    expect(cues.lines[cues.lines.indexOf("92 kvinnor och 83 män.") - 1]).not.toBe("");
  });
});

describe("a correction in a post's comment or on a correction sheet", () => {
  const POST = [
    "Samordningsförbundet Lindmo",
    "",
    "Årets siffror:",
    "• 201 personer fick stöd i våra insatser",
    "• 84 avslutade – 30 till arbete och 8 till studier, det är 45 procent av dem som avslutade",
    "",
    "Kommentarer",
    "",
    "Samordningsförbundet Lindmo: Tack! Och en rättelse från oss: det var 28 som gick till arbete, inte 30. Andelen blir därmed 43 procent.",
  ];
  it("reads the right figure of a cleft pair, keeps the exits and the other destination, and takes the notice's rate", () => {
    const got = stored(POST);
    expect(got).toContain("work=28");
    expect(got).toContain("exited/all=84");
    expect(got).toContain("studies=8");
    expect(got).toContain("rate=43");
    expect(got).not.toContain("work=30");
    expect(got).not.toContain("rate=45");
  });
  it("is no notice where 'rättelse' has no colon after it", () => {
    const got = stored([...POST.slice(0, 8), "Vi gör en rättelse i nästa nummer om vi hittar fel."]);
    expect(got).toContain("work=30");
  });
  it("reads a pair whose figures carry their noun, and keeps the sentence's other figures from nowhere", () => {
    const got = stored([
      "Korrigering 1. Sidan 4. Det ska vara 141 deltagare, inte 152 deltagare.",
      "",
      "Samordningsförbundet Lindmo",
      "",
      "Under 2025 deltog 152 personer i förbundets insatser, varav 80 kvinnor och 72 män.",
    ]);
    expect(got).toContain("enrolled/all=141");
    expect(got.filter((g) => /=(152|80|72)$/.test(g))).toEqual([]);
  });
});

describe("a recorded conversation's transcript", () => {
  const TALK = (intro: string) => [
    "Lindmopodden, avsnitt 3",
    "",
    `[00:00:04] Värd: Välkommen! Med mig har jag ${intro}`,
    "",
    "[00:00:20] Värd: Hur många deltagare hade ni under året?",
    "",
    "[00:00:26] Maria Lund: Vi hade 164 deltagare i våra insatser.",
    "",
    "[00:00:40] Värd: Och hur många avslutade?",
    "",
    "[00:00:43] Maria Lund: 70 avslutade sin insats. Av dem fick 19 ett jobb.",
  ];
  it("blanks the time stamps and reads the federation's chief's turns as the federation's answers", () => {
    const got = stored(TALK("Maria Lund, förbundschef i Samordningsförbundet Lindmo."));
    expect(got).toContain("enrolled/all=164");
    expect(got).toContain("exited/all=70");
    expect(got).toContain("work=19");
    expect(got.filter((g) => /=(0|4|20|26|40|43)$/.test(g))).toEqual([]);
  });
  it("keeps the label of a speaker the transcript never names as the federation's", () => {
    const turns = transcriptTurns(TALK("Maria Lund, som leder ett projekt i Åby."))!;
    expect(turns[6]!.trim()).toBe("Maria Lund: Vi hade 164 deltagare i våra insatser.");
    expect(stored(TALK("Maria Lund, som leder ett projekt i Åby.")).filter((g) => g.startsWith("exited"))).toEqual([]);
    expect(transcriptTurns(["10:00 Kaffe: i matsalen", "Punkt 2"])).toBeUndefined();
  });
});

describe("a survey tool's export of one federation's answer", () => {
  const SURVEY = (name: string) => [
    "Export av enskilt svar",
    "Svar-ID: 5512        Inskickad: 2026-02-11 10:14",
    "",
    "Sida 1 av 2 – Om förbundet",
    "",
    "F1. Förbundets namn",
    `    Svar: ${name}`,
    "",
    "F2. Län",
    "    Svar: Lindlands län",
    "",
    "Sida 2 av 2 – Ekonomi (ange hela kronor, inga mellanslag)",
    "",
    "F3. Förbundets totala intäkter 2025",
    "    Svar: 4870000",
    "",
    "F4. Eget kapital 2025-12-31",
    "    Svar: 912400",
    "",
    "F5. Avslutade deltagare 2025",
    "    Svar: 64",
  ];
  it("reads each question and its answer as one labelled line, the page's amounts in kronor, for the federation naming itself", () => {
    const lines = surveyAnswers(SURVEY("Samordningsförbundet Lindmo"))!;
    expect(lines[6]!.trim()).toBe("Förbundets namn: Samordningsförbundet Lindmo");
    expect(lines[14]!.trim()).toBe("Förbundets totala intäkter 2025: 4 870 000 kr");
    expect(lines[20]!.trim()).toBe("Avslutade deltagare 2025: 64");
    expect(lines[1]).toBe("Svar-ID: 5512        Inskickad: 2026-02-11 10:14");
    const got = stored(SURVEY("Samordningsförbundet Lindmo"));
    expect(got).toContain("revenue_operating=4870000");
    expect(got).toContain("equity_end=912400");
    expect(got).toContain("exited/all=64");
  });
  it("stores no count where the answer names another federation, and leaves a form with fewer than three answers alone", () => {
    expect(stored(SURVEY("Samordningsförbundet Västeråsen")).filter((g) => g.startsWith("exited"))).toEqual([]);
    expect(surveyAnswers(["F1. Namn", "    Svar: Anna", "", "F2. Ort", "Svar: Åby"])).toBeUndefined();
  });
});
