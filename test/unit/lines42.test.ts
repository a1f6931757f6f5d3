/**
 * Rules of stop 42's r42-lines (sets 34/34b): "name = value" boxes, a unit the document states once in
 * a sentence, a statement captioned by words of the economy over outcome columns, and a
 * "Sammanställning" heading. Each with cases where it must fire and where it must not. Documents are
 * made up here.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { equalsLines } from "../../loaders/extract/text/equalsLines.ts";
import { subtitleCues } from "../../loaders/extract/text/subtitleCues.ts";
import { readDocumentUnit } from "../../loaders/reference/units.ts";
import type { AnyFact } from "../helpers.ts";
import { countsOf, exitsOf, extractReport } from "../support/reportFacts.ts";

const money = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "finance").map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);
const fees = (facts: AnyFact[]) =>
  facts.filter((f) => f.table === "member_contribution").map((f) => `${f.member}=${f.amount_sek}`);

describe("a box of 'name = value' lines", () => {
  const BOX = [
    "Samordningsförbundet Ekträsk",
    "Verksamhetsberättelse 2025",
    "",
    "Alla siffror nedan: personer i antal, belopp avser tusen kronor.",
    "",
    "Deltagarna i siffror",
    "  • Deltagare totalt = 140",
    "  • varav kvinnor = 80",
    "  • varav män = 60",
    "  • Nya under året = 51",
    "  • Mål för nya = 70",
    "  • Avslutade = 47",
    "  • Avslut till arbete = 12",
    "  • Deltagare totalt 2024 = 133",
    "",
    "Ekonomin i siffror",
    "  • Intäkter = 5 300",
    "  • Kostnader = 5 210",
    "  • Årets resultat = 90",
    "  • Budgeterat resultat = -100",
    "  • Eget kapital vid årets ingång = 880",
    "  • Eget kapital vid årets utgång = 970",
    "",
  ];
  const facts = extractReport(BOX, "ektrask", 2025);
  it("reads each line as a labelled figure of the year", () => {
    expect(countsOf(facts)).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=140",
        "förbundet:enrolled/woman=80",
        "förbundet:enrolled/man=60",
        "förbundet:new/all=51",
        "förbundet:exited/all=47",
      ]),
    );
    expect(exitsOf(facts)).toContain("förbundet:work=12");
  });
  it("reads bare amounts in the unit the document states once", () => {
    expect(money(facts)).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=5300000",
        "2025:actual:cost_operating=5210000",
        "2025:actual:result=90000",
        "2025:actual:equity_end=970000",
      ]),
    );
  });
  it("stores no target, last year's figure, budget or opening equity as the year's outcome (must not fire)", () => {
    expect(countsOf(facts).filter((c) => /=(70|133)$/.test(c))).toEqual([]);
    expect(money(facts).filter((m) => /2025:actual:.*=(-100000|880000)$/.test(m))).toEqual([]);
  });
  it("says each line as a card's line, with the unit only on money", () => {
    const out = equalsLines([
      "Siffror",
      "Deltagare = 140",
      "Intäkter = 5 300",
      "",
      "Belopp i tkr om inte annat anges.",
    ]);
    expect(out?.slice(1, 3)).toEqual(["Deltagare: 140", "Intäkter: 5 300 tkr"]);
  });
  it("leaves a sum, a ratio, a formula and a lone line as written (must not fire)", () => {
    expect(equalsLines(["Andel till arbete: 26 av 79 = 32,9 %", "Resultat = 7 420 − 7 588 = −168"])).toBeUndefined();
    expect(equalsLines(["Soliditet = eget kapital / tillgångar", "Kvot = 3 / 4"])).toBeUndefined();
    expect(equalsLines(["Text före.", "Deltagare totalt = 140", "Text efter."])).toBeUndefined();
  });
  it("writes no unit after a count under a caption about money (must not fire)", () => {
    const out = equalsLines([
      "Ekonomi och deltagare",
      "Antal deltagare = 140",
      "Kostnader = 5 210",
      "Belopp anges i tkr.",
    ]);
    expect(out?.[1]).toBe("Antal deltagare: 140");
  });
  it("writes no unit where the document states none (must not fire)", () => {
    expect(equalsLines(["Ekonomi", "Intäkter = 5 300", "Kostnader = 5 210"])?.slice(1)).toEqual([
      "Intäkter: 5 300",
      "Kostnader: 5 210",
    ]);
  });
  it("reads the members' fees under a caption naming them", () => {
    const lines = [
      "Samordningsförbundet Ekträsk",
      "Verksamhetsberättelse 2025",
      "",
      "Belopp avser tusen kronor (tkr).",
      "",
      "Medlemsbidrag 2025",
      "    Staten = 2 650",
      "    Region Norrvall = 1 325",
      "    Ekträsks kommun = 1 325",
      "",
    ];
    expect(fees(extractReport(lines, "ektrask", 2025))).toEqual(
      expect.arrayContaining(["Staten=2650000", "Region Norrvall=1325000"]),
    );
  });
});

describe("the document's unit stated once in a sentence", () => {
  it("reads the unit right after its verb or noun", () => {
    expect(readDocumentUnit(["Förbundet redovisar i tusentals kronor med en decimal (tkr)."])?.unit).toBe("tkr");
    expect(readDocumentUnit(["*Antal avser personer. Belopp avser tusen kronor (tkr).*"])?.unit).toBe("tkr");
    expect(readDocumentUnit(["Personer räknas i antal, pengar i miljoner kronor."])?.unit).toBe("mkr");
  });
  it("reads no unit where words stand between the verb and an amount's unit (must not fire)", () => {
    expect(readDocumentUnit(["Beloppen är tusentals kronor lägre än i budgeten."])).toBeNull();
    expect(readDocumentUnit(["Beloppet avser bidrag till insatsen Bron om 300 tkr."])).toBeNull();
    expect(readDocumentUnit(["Förbundet redovisar i årsredovisningen ett resultat på 5 612 tkr."])).toBeNull();
    expect(readDocumentUnit(["Vi redovisar i bilagan hur pengarna använts, totalt 4 tkr."])).toBeNull();
  });
});

describe("a statement captioned by words of the economy over outcome columns", () => {
  const lines = (caption: string, balance: string) => [
    "Samordningsförbundet Ekträsk",
    "Förvaltningsberättelse 2025",
    "",
    "Förbundet redovisar i tusentals kronor med en decimal.",
    "",
    `${caption}                      Utfall 2025     Utfall 2024`,
    "Verksamhetens intäkter                 5300,0          5100,0",
    "Verksamhetens kostnader               -5210,4         -5150,2",
    "Verksamhetens resultat                   89,6           -50,2",
    "Årets resultat                           89,6           -50,2",
    "",
    `${balance}                               2025            2024`,
    "Summa tillgångar                       1304,1          1220,7",
    "Eget kapital                            970,0           880,4",
    "",
  ];
  it("reads the year's column, the year before as its own", () => {
    const m = money(extractReport(lines("Ekonomiskt utfall", "Balansposter per 31 december"), "ektrask", 2025));
    expect(m).toEqual(
      expect.arrayContaining([
        "2025:actual:revenue_operating=5300000",
        "2025:actual:result=89600",
        "2025:actual:assets_total=1304100",
        "2025:actual:equity_end=970000",
      ]),
    );
    expect(m.filter((x) => /^2025:actual:.*=(5100000|-50200|1220700|880400)$/.test(x))).toEqual([]);
  });
  it("reads no column as the outcome under a caption naming a budget (must not fire)", () => {
    const m = money(extractReport(lines("Budget och utfall", "Budgetposter"), "ektrask", 2025));
    expect(m.filter((x) => x.startsWith("2025:actual:"))).toEqual([]);
  });
});

describe("a 'Sammanställning' heading", () => {
  it("is the federation's summary", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ekträsk",
        "Årsrapport 2025",
        "",
        "Sammanställning",
        "Inskrivna deltagare: 212",
        "Utskrivna: 74",
        "",
      ],
      "ektrask",
      2025,
    );
    expect(countsOf(facts)).toEqual(expect.arrayContaining(["förbundet:enrolled/all=212", "förbundet:exited/all=74"]));
  });
  it("under an intervention's section is that intervention's (must not fire)", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ekträsk",
        "Årsrapport 2025",
        "",
        "Insatser",
        "",
        "Insatsen Bron",
        "",
        "Bron är ett stöd för unga vuxna.",
        "",
        "Sammanställning",
        "Inskrivna deltagare: 40",
        "Utskrivna: 12",
        "",
      ],
      "ektrask",
      2025,
    );
    expect(countsOf(facts).filter((c) => c.startsWith("förbundet:"))).toEqual([]);
  });
  it("naming an intervention is no summary of the federation (must not fire)", () => {
    const facts = extractReport(
      [
        "Samordningsförbundet Ekträsk",
        "Årsrapport 2025",
        "",
        "Sammanställning för insatsen Bron",
        "Inskrivna deltagare: 40",
        "Utskrivna: 12",
        "",
      ],
      "ektrask",
      2025,
    );
    expect(countsOf(facts).filter((c) => c.startsWith("förbundet:"))).toEqual([]);
  });
});

describe("minutes whose items are numbered before the § ('16 §  Title')", () => {
  const minutes = (items: string[]) =>
    (
      parseMinutes(
        new DocumentText(
          "ektrask/2026-05-12-board-minutes",
          [
            "Samordningsförbundet Ekträsk",
            "Protokoll, styrelsen 2026-05-12",
            "",
            "Närvarande: Anna Frisk (S), ordförande, Ekträsks kommun",
            "",
            ...items,
          ],
          2026,
        ),
        { date: "2026-05-12", kind: "board_minutes" },
      ).facts as AnyFact[]
    )
      .filter((f) => f.table === "decision")
      .map((f) => `${f.item_ref}:${f.outcome}${f.amount_sek ? `=${f.amount_sek}` : ""}`);
  it("reads each item under its heading", () => {
    expect(
      minutes([
        "31 §. Ansökan – Vägen vidare",
        "Styrelsen beviljar 240 000 kr för 2026, i enlighet med 12 § i förra protokollet.",
        "",
        "32 § Delårsrapport",
        "Rapporten läggs till handlingarna.",
        "",
      ]),
    ).toEqual(["§31:approved=240000", "§32:noted"]);
  });
  it("takes no reference in running text, nor a lone numbered line, for a heading (must not fire)", () => {
    expect(
      minutes([
        "Styrelsen tog del av beslutet enligt",
        "9 § den 12 februari och godkände planen.",
        "",
        "14 § Dagordning",
        "Dagordningen fastställdes.",
        "",
      ]),
    ).toEqual([]);
  });
  it("keeps a '§ 5' heading document's items as before (must not change)", () => {
    expect(minutes(["§ 5 Dagordning", "Dagordningen godkändes. Se även 3 § Övrigt.", ""])).toEqual(["§5:approved"]);
  });
});

/** A subtitle file: cue number, time code, speech lines, blank line. */
const srt = (cues: string[][]) =>
  cues.flatMap((speech, k) => [
    String(k + 1),
    `00:00:${String(k * 4).padStart(2, "0")},000 --> 00:00:${String(k * 4 + 3).padStart(2, "0")},500`,
    ...speech,
    "",
  ]);

describe("a film's captions: a count's parts and a measure told cue by cue", () => {
  const film = (who: string) =>
    countsOf(
      extractReport(
        srt([
          ["Det här är vår film om 2025."],
          [`Under 2025 tog ${who} emot`],
          ["sammanlagt 150 deltagare."],
          ["Kvinnorna var 81"],
          ["och männen 69."],
          ["Nya under året var 64,"],
          ["och 58 personer skrevs ut."],
        ]),
        "ektrask",
        2025,
      ),
    );
  it("reads the women, the men and the new as the federation's count's", () => {
    expect(film("insatserna")).toEqual(
      expect.arrayContaining([
        "förbundet:enrolled/all=150",
        "förbundet:enrolled/woman=81",
        "förbundet:enrolled/man=69",
        "förbundet:new/all=64",
      ]),
    );
  });
  it("never reads them as the federation's after one intervention's count (must not fire)", () => {
    expect(film("insatsen Bron").filter((c) => c.startsWith("förbundet:"))).toEqual([]);
  });
  it("breaks the speech where a speaker's name in brackets opens a cue's line, the name dropped", () => {
    const cues = subtitleCues(
      srt([["Vi hade 150 deltagare."], ["[Lena Ståhl, ordförande] Och nästa år?"], ["220 är målet."]]),
    )!;
    expect(cues.lines).toEqual(["Vi hade 150 deltagare.", "", "Och nästa år?", "220 är målet."]);
  });
  it("keeps a sound's description or a bracket inside the speech as before (must not fire)", () => {
    const cues = subtitleCues(
      srt([["Vi hade 150 deltagare."], ["[musik] och så vidare"], ["Det var [enligt oss] bra."]]),
    )!;
    expect(cues.lines).toEqual(["Vi hade 150 deltagare.", "[musik] och så vidare", "Det var [enligt oss] bra."]);
  });
});

describe("the two agencies' joint share named 'gemensamt' or 'tillsammans'", () => {
  it("is the state's share", () => {
    expect(memberOf("Försäkringskassan och Arbetsförmedlingen gemensamt")).toBe(
      "Försäkringskassan och Arbetsförmedlingen",
    );
    expect(memberOf("FK och AF tillsammans")).toBe("FK och AF");
  });
  it("makes no member of one agency or the municipalities so marked (must not fire)", () => {
    expect(memberOf("Försäkringskassan gemensamt")).toBeNull();
    expect(memberOf("Kommunerna tillsammans")).toBeNull();
    expect(memberOf("Försäkringskassan och Arbetsförmedlingen gemensamt med regionen")).toBeNull();
  });
});
