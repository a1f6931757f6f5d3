import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseNumberWord, findNumberWords } from "../../loaders/extract/general/numberWords.ts";
import {
  mayReadFigures,
  readSentence,
  readSentenceInContext,
  splitSentences,
  tokenize,
  type Figure,
} from "../../loaders/extract/general/figureGrammar.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { isFurniture } from "../../loaders/extract/general/sectionScope.ts";
import { parseSwedishNumber } from "../../loaders/extract/numbers.ts";
import { parseAnnualReport } from "../../loaders/extract/templates/kalmar/parseAnnualReport.ts";
import { docOf, type AnyFact } from "../helpers.ts";

/** A figure as a short string, for exact comparisons: "enrolled/all=245~" (~ = approximate). */
function show(f: Figure): string {
  const v = `${f.token.value}${f.token.approximate ? "~" : ""}`;
  if (f.kind === "count") return `${f.measure}/${f.gender}=${v}`;
  if (f.kind === "exit_outcome") return `exit:${f.category}=${v}`;
  return `${f.indicator}=${v} n=${f.base}`;
}
const read = (s: string) => readSentence(s).figures.map(show);

describe("Swedish numbers in words", () => {
  it.each([
    ["noll", 0],
    ["två", 2],
    ["tolv", 12],
    ["tretton", 13],
    ["nitton", 19],
    ["tjugo", 20],
    ["tjugoen", 21],
    ["tjugoett", 21],
    ["tjugotvå", 22],
    ["trettiofem", 35],
    ["nittionio", 99],
    ["hundra", 100],
    ["etthundra", 100],
    ["tvåhundra", 200],
    ["tvåhundrafemtio", 250],
    ["hundratjugo", 120],
    ["tusen", 1000],
    ["tvåtusen", 2000],
    ["Femton", 15],
    ["TRE", 3],
  ])("%s = %d", (word, value) => expect(parseNumberWord(word)).toBe(value));

  it.each([
    "en",
    "ett",
    "tiotal",
    "femtiotal",
    "hundratals",
    "tusentals",
    "tre-",
    "tioen",
    "sexa",
    "tjugosju2",
    "Stefan",
    "entre",
  ])("%s is not a number", (word) => {
    expect(parseNumberWord(word)).toBeUndefined();
  });

  it("finds whole words only", () => {
    expect(
      findNumberWords("Tre personer och tretton deltagare, inte trettonde eller entreprenad").map((w) => w.value),
    ).toEqual([3, 13]);
  });
});

describe("tokens", () => {
  it("groups space thousands and keeps ranges, dates and glued tokens apart", () => {
    const nums = tokenize("Drygt 1 250 personer 16-64 år den 2024-12-31 i 7tjugo och ett 50-tal, 12mån").filter(
      (t) => t.type === "number",
    );
    expect(nums.map((t) => [t.type === "number" && t.value, t.type === "number" && t.approximate])).toEqual([
      [1250, true],
    ]);
  });

  it("marks percent and hedges", () => {
    const [a, b, c] = tokenize("ca 57 %, knappt 40 procent och mer än 12").filter((t) => t.type === "number");
    expect(a).toMatchObject({ value: 57, percent: true, approximate: true });
    expect(b).toMatchObject({ value: 40, percent: true, approximate: true });
    expect(c).toMatchObject({ value: 12, percent: false, approximate: true });
  });
});

describe("the figure grammar", () => {
  it.each([
    // counts
    ["Under året har totalt 245 personer deltagit i förbundets insatser.", ["enrolled/all=245"]],
    ["Under 2023 har 1 234 personer fått stöd genom förbundets insatser.", ["enrolled/all=1234"]],
    ["Totalt har 87 deltagare tagit del av insatserna.", ["enrolled/all=87"]],
    ["I insatsen har 34 personer varit inskrivna under året.", ["enrolled/all=34"]],
    [
      "Verksamheten har under året haft 150 deltagare (80 kvinnor, 70 män).",
      ["enrolled/all=150", "enrolled/woman=80", "enrolled/man=70"],
    ],
    [
      "Under året deltog 212 personer, varav 120 kvinnor och 92 män.",
      ["enrolled/all=212", "enrolled/woman=120", "enrolled/man=92"],
    ],
    ["Cirka 120 nya deltagare har skrivits in under året.", ["new/all=120~"]],
    ["Under året tillkom 64 nya deltagare.", ["new/all=64"]],
    ["Under året avslutades 98 individer.", ["exited/all=98"]],
    ["Totalt 55 personer har avslutat sin insats.", ["exited/all=55"]],
    ["Tolv personer har fått stöd i insatsen under tre månader.", ["enrolled/all=12"]],
    ["Under året har trettiofem personer deltagit i insatserna.", ["enrolled/all=35"]],
    ["Antal deltagare: 245", ["enrolled/all=245"]],
    ["Nya deltagare: 120", ["new/all=120"]],
    ["Avslutade deltagare: drygt 90", ["exited/all=90~"]],
    ["Nya 20", ["new/all=20"]],
    ["Avslutade 15 st", ["exited/all=15"]],
    ["Antal unika deltagare: 842", ["enrolled/all=842"]],
    ["Deltagare i individinriktade insatser: 176 personer", ["enrolled/all=176"]],
    // Must not fire: a label naming something besides the participants is not a count of them.
    ["Deltagare per handläggare: 14", []],
    ["Deltagare i Steget och Bron: 40", []],
    ["Insatserna har under året nått 520 personer.", ["enrolled/all=520"]],
    ["Vid årets slut var 198 personer inskrivna.", ["ongoing/all=198"]],
    // Must not fire: an average per member of staff is no count of the year's participants.
    ["Varje handläggare hade i snitt 14 deltagare.", []],
    ["Coacherna hade 18 deltagare per handläggare.", []],
    // The year's last day as a date before the count: those enrolled at the end, never the year's all.
    ["Den 31 december 2024 var 77 deltagare inskrivna.", ["ongoing/all=77"]],
    ["Per den 31 december var 64 personer inskrivna i insatserna.", ["ongoing/all=64"]],
    // Must fire as the year's: a date that is not the year's last day says nothing of a stock.
    ["Den 1 mars startade insatsen och under året var 90 deltagare inskrivna.", ["enrolled/all=90"]],
    // Must not fire: a stock counted at the year's start, or a count early in it, is no count of the year.
    ["Vid årets början fanns 64 deltagare inskrivna i insatserna.", []],
    ["I början av året skrevs 11 nya personer in.", []],
    ["Från föregående år fanns 38 deltagare kvar från förra året i insatsen.", []],
    // Must still fire: "ingående" as constituent says nothing of the year's start.
    ["I de ingående insatserna deltog 152 personer under året.", ["enrolled/all=152"]],
    ["Per den 1 januari fanns 47 personer inskrivna.", []],
    ["Insatsen startade den 1 januari. Under året deltog 45 personer.", ["enrolled/all=45"]],
    // Must still fire: the year's count beside a start of an intervention on a date.
    ["Under året var 171 personer inskrivna, och insatsen Bryggan startade den 1 april.", ["enrolled/all=171"]],
    // Must not fire: a span of several years counts the span, never the report's year.
    ["Under de fyra åren gick 52 deltagare vidare till studier.", []],
    ["Mellan 2021 och 2024 skrevs 310 personer in i insatsen.", []],
    ["Under projektperioden avslutade 118 deltagare sin insats.", []],
    // Must still fire: one year named, and a year in a name after the count's clause.
    ["Under året avslutade 61 personer sin insats.", ["exited/all=61"]],
    // Must not fire: a perfect tense at the year's end counts everyone so far, or those still in.
    ["Vid årets slut hade 132 personer deltagit.", []],
    [
      "Under året deltog 245 personer och vid årets slut var 130 fortfarande inskrivna.",
      ["enrolled/all=245", "ongoing/all=130"],
    ],
    [
      "Av de 412 deltagare som avslutat sin insats under året har 38 procent gått vidare till arbete eller studier.",
      ["exited/all=412", "work_or_studies_rate_reported=38 n=412"],
    ],
    [
      "Av totalt 188 avslutade deltagare har 72 personer (38 %) gått till arbete eller studier.",
      ["exited/all=188", "exit:work_or_studies=72", "work_or_studies_rate_reported=38 n=188"],
    ],
    // exits
    // A number with its own verb after "och" opens a new clause: the destination before it is
    // the other number's, so "8 fortsatte i rehabilitering" is never a job seeker (the verb alone,
    // outside a sentence about leaving, names no destination: unread).
    ["Tre blev arbetssökande och 8 fortsatte i rehabilitering.", ["exit:job_seeker=3"]],
    // Must still fire: a number without a verb of its own shares the list's verb.
    ["Av de 40 avslutade gick 12 till arbete och 6 till studier.", ["exited/all=40", "exit:work=12", "exit:studies=6"]],
    [
      "Av de 85 avslutade gick 32 (38 %) till arbete eller studier.",
      ["exited/all=85", "exit:work_or_studies=32", "work_or_studies_rate_reported=38 n=85"],
    ],
    [
      "16 personer har gått ut i förvärvsarbete och 9 har gått vidare till studier.",
      ["exit:work=16", "exit:studies=9"],
    ],
    ["Knappt tjugo ungdomar började arbeta eller studera efter avslutad insats.", ["exit:work_or_studies=20~"]],
    [
      "Av de 85 som avslutades gick 30 till arbete, 12 till studier och fem blev arbetssökande.",
      ["exited/all=85", "exit:work=30", "exit:studies=12", "exit:job_seeker=5"],
    ],
    ["Åtta unga har börjat studera.", ["exit:studies=8"]],
    [
      "Elva personer avslutades till gemensam kartläggning hos Försäkringskassan och Arbetsförmedlingen.",
      ["exit:joint_assessment=11"],
    ],
    ["Sju personer gick vidare till fortsatt rehabilitering.", ["exit:continued_rehab=7"]],
    // rates
    [
      "Av de 85 som avslutades gick 41 procent till arbete eller studier.",
      ["exited/all=85", "work_or_studies_rate_reported=41 n=85"],
    ],
    [
      "Av 98 avslutade deltagare har 36 procent gjort en positiv stegförflyttning.",
      ["exited/all=98", "positive_step_rate_reported=36 n=98"],
    ],
    [
      "59% (92/159) av individerna har vid avslut gjort en positiv stegförflyttning.",
      ["positive_step_rate_reported=59 n=159"],
    ],
    [
      "Totalt 98 personer avslutade sin insats och av dessa gick 37 procent till arbete eller studier.",
      ["exited/all=98", "work_or_studies_rate_reported=37 n=98"],
    ],
    ["Totalt antal deltagare 2023: 245", ["enrolled/all=245"]],
    ["Antalet deltagare uppgick till 245 (230).", ["enrolled/all=245"]],
    [
      "Deltagare i siffror: 245 inskrivna, 120 nya och 85 avslutade.",
      ["enrolled/all=245", "new/all=120", "exited/all=85"],
    ],
    ["245 personer deltog under 2023 i förbundets insatser.", ["enrolled/all=245"]],
    [
      "Insatsen Steget har under året haft 45 deltagare, 25 kvinnor och 20 män.",
      ["enrolled/all=45", "enrolled/woman=25", "enrolled/man=20"],
    ],
    [
      "Av de 120 deltagare som avslutades under året gick 45 till arbete och 20 till studier.",
      ["exited/all=120", "exit:work=45", "exit:studies=20"],
    ],
    [
      "Under året avslutade 176 deltagare sin insats, varav 62 till arbete eller studier.",
      ["exited/all=176", "exit:work_or_studies=62"],
    ],
    [
      "Andelen deltagare som gått vidare till arbete eller studier var 35 procent (62 av 176).",
      ["work_or_studies_rate_reported=35 n=176"],
    ],
    ["Positiv stegförflyttning: 64 procent (n=130)", ["positive_step_rate_reported=64 n=130"]],
    [
      "Av de 85 som avslutades var 60 % kvinnor och 45 procent gick till arbete eller studier.",
      ["exited/all=85", "work_or_studies_rate_reported=45 n=85"],
    ],
    // a broader positive rate than work or studies is not the work-or-studies rate
    ["Av de 64 avslutade gick 40 procent vidare till arbete, studier eller aktivt arbetssökande.", ["exited/all=64"]],
    // another figure's verb is not this one's
    [
      "Under året har 250 personer deltagit i förbundets nätverksträffar och 45 personer i förbundets insatser.",
      ["structural_participants/all=250"],
    ],
    ["Till arbete och studier gick 12 personer.", ["exit:work_or_studies=12"]],
    ["Antal till arbete och studier: 9 st", ["exit:work_or_studies=9"]],
    [
      "Bron stöttar dem som behöver stöd från flera myndigheter samtidigt och under året har 23 personer deltagit i insatsen.",
      ["enrolled/all=23"],
    ],
    // structural work is never enrolled
    [
      "Drygt 300 personer deltog i utbildningsdagar och nätverksträffar under året.",
      ["structural_participants/all=300~"],
    ],
    ["Sammanlagt 1 250 personer deltog i föreläsningar och seminarier.", ["structural_participants/all=1250"]],
    [
      "Under året har 420 yrkesverksamma deltagit i förbundets utbildningar och nätverk.",
      ["structural_participants/all=420"],
    ],
    ["Den strukturövergripande insatsen nådde 75 personer.", ["structural_participants/all=75"]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    // a rate with no stated base
    "41 procent av de avslutade gick till arbete eller studier.",
    "Andelen som gick till arbete eller studier var 38 %.",
    // targets, plans and capacity
    "Målet är att 50 % av deltagarna ska gå till arbete eller studier.",
    "Insatsen är budgeterad för 30 deltagare.",
    "45 personer deltar årligen i insatsen.",
    "Insatsen tar emot 20 deltagare åt gången.",
    "I genomsnitt deltog 35 personer per månad.",
    "Sedan starten har 400 personer deltagit.",
    // vague amounts
    "Ett tiotal personer har avslutats.",
    "Ett femtiotal personer gick utbildningen.",
    "Hundratals personer har deltagit i insatserna.",
    // years, dates, pages, ages, durations, money, references
    "Förbundet bildades 2009 och har sedan 2015 sex medlemmar.",
    "Målgruppen är personer 16-64 år, se sidan 12.",
    "Insatsen pågick i tre månader från den 1 mars.",
    "Deltagarna var mellan 18 och 29 år gamla.",
    "Kostnaden per deltagare var 45 000 kronor.",
    "Se bilaga 3 och tabell 4 för fler uppgifter.",
    "Förbundet har tre anställda.",
    // several destinations for one number
    "91 av 159 utskrivna deltagare var i arbete och/eller studier, gick vidare till GK samt skrev in sig som arbetssökande.",
    // enrolled verb and destination in one clause
    "120 personer har deltagit i insatser med målet arbete eller studier.",
    // a bracketed part of another figure
    "Antal vidare rehabilitering 8 st (33%) (5 st GK)",
    // last year's figures and comparisons
    "Jämfört med föregående år har antalet deltagare ökat från 230 till 245.",
    // individual and structural work in one clause
    "Under året har 250 personer deltagit i förbundets insatser och utbildningar.",
    // a label that is an exit category, not a count
    "annat avslut 1",
    // OCR noise inside a number
    "Under 2O23 deltog 4S personer i förbundets insatser.",
    "Totalt har 1 2O0 personer deltagit i insatserna.",
    "Under året har l2 personer avslutats.",
    // a gender split with no count before it
    "Av dessa var 40 kvinnor.",
  ])("stores nothing from: %s", (sentence) => {
    const r = readSentence(sentence);
    expect(
      r.figures.filter((f) => !(f.kind === "count" && f.measure === "exited" && f.token.value === 159)).map(show),
    ).toEqual([]);
  });

  it("reports numbers it cannot read in sentences about participants, and only there", () => {
    expect(readSentence("Av dessa var 40 kvinnor.").unread.map((t) => t.raw)).toEqual(["40"]);
    expect(readSentence("41 procent av de avslutade gick till arbete eller studier.").unread.map((t) => t.raw)).toEqual(
      ["41"],
    );
    expect(readSentence("Förbundet bildades 2009 enligt lag (2003:1210).").unread).toEqual([]);
    expect(readSentence("Kostnaden per deltagare var 45 000 kronor.").setAside.map((a) => a.reason)).toEqual(["money"]);
  });

  it("names the years a sentence mentions, periods included", () => {
    expect(readSentence("Jämfört med 2023 då 280 personer deltog har 330 personer deltagit under 2024.").years).toEqual(
      [2023, 2024],
    );
    expect(readSentence("Under perioden 2021–2023 deltog 600 personer.").years).toEqual([2021, 2023]);
    expect(readSentence("Verksamhetsåret 2023/24 deltog 600 personer.").years).toEqual([2023, 2024]);
  });
});

describe("sentences", () => {
  it("split at full stops but not after abbreviations or inside decimals", () => {
    const text = "Vi hade ca. 40 deltagare, bl.a. från AF. Av dessa gick 3,5 procent vidare. 12 personer avslutades.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "Vi hade ca. 40 deltagare, bl.a. från AF.",
      "Av dessa gick 3,5 procent vidare.",
      "12 personer avslutades.",
    ]);
  });
});

const doc = (text: string, year = 2023) => new DocumentText("test/2023-annual-report", text.split("\n"), year);
const factsOf = (text: string, year = 2023) => parseProseFigures(doc(text, year)).facts as AnyFact[];

describe("prose figures in a report", () => {
  const report = [
    "Samordningsförbundet Exempel",
    "",
    "Året i siffror",
    "",
    "Under året har totalt 245 personer deltagit i förbundets insatser, varav 140 kvinnor och 105",
    "män. Av de 85 som avslutades gick 41 procent till arbete eller studier. Drygt 300 personer",
    "deltog i utbildningsdagar och nätverk.",
    "",
    "3 Insatser",
    "",
    "3.1 Steget",
    "",
    "Under året har 34 personer deltagit i Steget och tolv har avslutat sin insats. Fem",
    "personer började arbeta eller studera.",
    "",
    "Ekonomi",
    "",
    "Under året avslutades 40 personer och sidan 12 visar mer.",
  ].join("\n");
  const facts = factsOf(report);
  const pick = (pred: (f: AnyFact) => boolean) =>
    facts
      .filter(pred)
      .map(
        (f) =>
          `${f.table}:${f.table === "indicator" ? f.scope : f.intervention}:${f.measure ?? f.category ?? f.indicator}:${f.gender ?? ""}=${f.value}@${f.line}`,
      );

  it("reads the federation's summary as whole-federation figures, citing each number's own line", () => {
    expect(pick((f) => f.intervention === null || f.scope === "federation")).toEqual([
      "participant_count:null:enrolled:all=245@5",
      "participant_count:null:enrolled:woman=140@5",
      "participant_count:null:enrolled:man=105@5",
      "participant_count:null:exited:all=85@6",
      "indicator:federation:work_or_studies_rate_reported:all=41@6",
    ]);
    expect(facts.find((f) => f.indicator === "work_or_studies_rate_reported")?.n).toBe(85);
  });

  it("must not store attendees of training days and networks as participants, of any measure", () => {
    expect(facts.filter((f) => f.value === 300)).toEqual([]);
    expect(factsOf("Under 2023 lockade förbundets temadag 212 deltagare från medlemmarnas verksamheter.")).toEqual([]);
    expect(factsOf("Totalt 612 personer deltog i förbundets webbinarier under 2023.")).toEqual([]);
  });

  it("takes a capital after a colon for a clause's first word, not a name", () => {
    const report = (s: string) => ["Uppföljning av internkontrollplan 2023", "", "Deltagarstatistik", s].join("\n");
    // Must fire: "Utfall: Under 2023 …" names no one; the federation's figures are read.
    expect(
      factsOf(report("Utfall: Under 2023 var 146 deltagare inskrivna och 58 avslutades.")).map((f) => f.value),
    ).toEqual([146, 58]);
    // Must not fire: a name later in the clause still makes the sentence one intervention's.
    expect(factsOf(report("Utfall: Under 2023 hade Steget 46 deltagare inskrivna.")).map((f) => f.value)).toEqual([]);
  });

  it("takes a name taking in participants for one intervention's, not the federation's", () => {
    const summary = (s: string) => ["Verksamhet 2023", "", s].join("\n");
    // Must fire: a capitalised subject that takes in participants names someone.
    expect(factsOf(summary("Steget tog emot 58 deltagare under året."))).toEqual([]);
    // Must not fire: the federation as subject is read.
    expect(factsOf(summary("Förbundet tog emot 58 deltagare under året.")).map((f) => f.value)).toEqual([58]);
  });

  it("leaves a rate in a bracket with a label of its own unread, but reads a bare bracketed rate", () => {
    const rates = (s: string) =>
      factsOf(s)
        .filter((f) => f.table === "indicator")
        .map((f) => `${f.value} n=${f.n}`);
    // Must fire: the bracket's "före insats" names another time's share.
    expect(
      rates(
        "Under året avslutades 170 deltagare i förbundets insatser. Av dessa gick 31 procent till arbete eller studier (före insatsen: 5 procent).",
      ),
    ).toEqual(["31 n=170"]);
    expect(
      rates(
        "Under året avslutades 170 deltagare i förbundets insatser. Av dessa gick 31 procent (riket 38 procent) till arbete eller studier.",
      ),
    ).toEqual(["31 n=170"]);
    // Must not fire: a bare bracket restates the count before it as a share.
    expect(
      rates(
        "Under året avslutades 120 deltagare i förbundets insatser. Av dessa gick 48 (40 procent) till arbete eller studier.",
      ),
    ).toEqual(["40 n=120"]);
  });

  it("never stores people reached by structural work as participants, and leaves them unread", () => {
    // Must not fire, even where the sentence names the structural interventions themselves.
    const text = "Totalt deltog cirka 300 personer i förbundets strukturövergripande insatser under 2023.";
    expect(factsOf(text)).toEqual([]);
    const unread = parseProseFigures(doc(text)).findings.filter((f) => f.check_id === "coverage.unread_number");
    expect(unread.map((f) => f.value)).toEqual(["300"]);
    // Must fire: the individual interventions' participants in the same shape are read.
    expect(
      factsOf("Totalt deltog 300 personer i förbundets individinriktade insatser under 2023.").map(
        (f) => `${f.measure}=${f.value}`,
      ),
    ).toEqual(["enrolled=300"]);
  });

  it("gives figures under an intervention's heading to that intervention", () => {
    expect(pick((f) => f.intervention === "Steget")).toEqual([
      "participant_count:Steget:enrolled:all=34@13",
      "participant_count:Steget:exited:all=12@13",
      "participant_breakdown:Steget:work_or_studies:=5@13",
    ]);
  });

  it("takes 'i individinriktade insatser' (every one of them) as the federation's, but not one named intervention", () => {
    const text = (where: string) =>
      ["Samordningsförbundet Exempel", "", "4 Måluppfyllelse", "", `Under året deltog 212 personer ${where}.`].join(
        "\n",
      );
    expect(factsOf(text("i individinriktade insatser")).map((f) => `${f.intervention}:${f.value}`)).toEqual([
      "null:212",
    ]);
    // Must not fire: one intervention's participants are not the federation's.
    expect(factsOf(text("i den individinriktade insatsen Steget")).filter((f) => f.intervention === null)).toEqual([]);
  });

  it("stores nothing when it cannot tell whose figure it is", () => {
    expect(facts.filter((f) => f.line === 18)).toEqual([]);
    const unread = parseProseFigures(doc(report)).findings.filter((f) => f.check_id === "coverage.unread_number");
    expect(unread.map((f) => [f.line, f.value])).toContainEqual([18, "40"]);
    expect(unread.every((f) => f.severity === "info")).toBe(true);
  });

  it("does not give an intervention's figures to the federation because the sentence says 'totalt' or 'förbundet'", () => {
    const text = [
      "Mellansteget",
      "",
      "Insatsen finansieras av förbundet. Totalt har 45 personer deltagit under året och tolv har avslutats.",
      "",
      "Sammanfattning",
      "",
      "I insatsen Bron har 30 personer deltagit.",
    ].join("\n");
    expect(factsOf(text)).toEqual([]);
    const unread = parseProseFigures(doc(text)).findings.map((f) => [f.line, f.value]);
    expect(unread).toEqual([
      [3, "45"],
      [3, "tolv"],
      [7, "30"],
    ]);
  });

  it("in a summary, leaves alone a sentence that names one intervention", () => {
    const text = [
      "Sammanfattning",
      "",
      "Steget har haft 40 deltagare under året. I KRUS deltog 48 personer. Under året deltog 212 personer i förbundets insatser och 87 avslutades. Belopp anges i tkr. Nio personer gick till arbete.",
    ].join("\n");
    expect(factsOf(text).map((f) => `${f.measure ?? f.category}=${f.value}`)).toEqual([
      "enrolled=212",
      "exited=87",
      "work=9",
    ]);
  });

  it("never stores a figure of a sentence that names another year as the report's year", () => {
    // Dated as a whole by an earlier year, the figure is that year's (sentenceYear.ts).
    expect(
      factsOf("Året i siffror\n\nUnder 2022 deltog 280 personer i förbundets insatser.", 2023).map((f) => f.year),
    ).toEqual([2022]);
    // The compared count is its named year's, never the report's (comparisonClauses.ts).
    expect(
      factsOf("Året i siffror\n\nFörbundets insatser hade 280 deltagare, mot 250 under 2022.", 2023)
        .filter((f) => f.value === 250)
        .map((f) => f.year),
    ).toEqual([2022]);
    expect(
      factsOf("Året i siffror\n\nUnder 2023 deltog 280 personer i förbundets insatser.", 2023).map((f) => f.value),
    ).toEqual([280]);
  });

  it("reads a rate that leans on the sentence before, under a heading ending in a colon", () => {
    const text = [
      "Verksamheten i korthet:",
      "",
      "• Förbundets insatser hade under året 160 personer inskrivna, varav 90 kvinnor och 70 män. 120 deltagare",
      "avslutades under året, av dessa började 48 personer arbeta eller studera. Det motsvarar 40 procent av de",
      "avslutade deltagarna.",
      "• Under året deltog cirka 1 500 personer i strukturinriktade insatser som seminarier.",
    ].join("\n");
    expect(
      factsOf(text).map(
        (f) =>
          `${f.measure ?? f.category ?? f.indicator}/${f.gender ?? ""}=${f.value}${f.n ? ` n=${f.n}` : ""}@${f.line}`,
      ),
    ).toEqual([
      "enrolled/all=160@3",
      "enrolled/woman=90@3",
      "enrolled/man=70@3",
      "exited/all=120@3",
      "work_or_studies/=48@4",
      "work_or_studies_rate_reported/all=40 n=120@4",
    ]);
  });

  it("reads a sentence across a page break with a running header, and the header does not end a section", () => {
    const header = "Samordningsförbundet Exempel – Årsredovisning 2023";
    const text = [
      header,
      "",
      "Insats: Bron",
      "",
      "Bron arbetar med unga vuxna som behöver stöd från flera myndigheter samtidigt och under året har 23",
      "",
      "7",
      header,
      "",
      "personer deltagit i insatsen. Text om metoden följer här.",
      "",
      "8",
      header,
      "",
      "Under året har nio personer avslutat sin insats.",
    ].join("\n");
    expect(factsOf(text).map((f) => `${f.intervention}:${f.measure}=${f.value}@${f.line}`)).toEqual([
      "Bron:enrolled=23@5",
      "Bron:exited=9@15",
    ]);
  });

  it("reads 'Av dessa …, vilket motsvarar N procent' with the base from the sentence before", () => {
    const text =
      "Året i siffror\n\nUnder året avslutades 188 deltagare. Av dessa gick 72 till arbete eller studier, vilket motsvarar 38 procent.";
    expect(
      factsOf(text).map((f) => `${f.measure ?? f.category ?? f.indicator}=${f.value}${f.n ? ` n=${f.n}` : ""}`),
    ).toEqual(["exited=188", "work_or_studies=72", "work_or_studies_rate_reported=38 n=188"]);
  });

  it("keeps a table of contents and page numbers out", () => {
    const toc =
      "Innehåll\n\n1 Sammanfattning 3\n2 Deltagare 5\n3 Insatser 7\n\n4 Året i siffror\n\n12 Under året har 64 nya deltagare skrivits in i förbundets insatser.";
    const f = factsOf(toc);
    expect(f.map((x) => `${x.measure}=${x.value}`)).toEqual(["new=64"]);
  });
});

describe("exits for other reasons, rehabilitation as a verb, OCR damage, a base stated earlier in the paragraph", () => {
  it.each([
    // an exit whose reason is given instead of a destination
    ["Under året avslutades 14 personer av andra orsaker.", ["exit:other_exit=14"]],
    ["Elva deltagare avslutade insatsen av annan anledning, till exempel flytt.", ["exit:other_exit=11"]],
    ["Sex gick till annat avslut.", ["exit:other_exit=6"]],
    [
      "Av de 40 avslutade gick 12 till arbete och 5 avslutades på grund av andra orsaker.",
      ["exited/all=40", "exit:work=12", "exit:other_exit=5"],
    ],
    // the reason does not make the total an exit category
    ["15 deltagare avslutades under året, flera av andra skäl.", ["exited/all=15"]],
    // rehabilitation as a past-tense verb, in a sentence about people who left
    [
      "Av de 30 som avslutades gick 10 till arbete och åtta fortsatte med rehabilitering.",
      ["exited/all=30", "exit:work=10", "exit:continued_rehab=8"],
    ],
    // a number damaged by OCR is no figure, but it ends the clause before it as a number would
    [
      "Av de avslutade gick 11 till arbete, 6 till studier, l4 till fortsatt rehabilitering och 2 till annat avslut.",
      ["exit:work=11", "exit:studies=6", "exit:other_exit=2"],
    ],
    // a gender split after a total damaged by OCR: the total's clause says what the parts count
    [
      "Under året deltog 2l4 personer i förbundets insatser, varav 120 kvinnor och 94 män.",
      ["enrolled/woman=120", "enrolled/man=94"],
    ],
    [
      "Under året deltog 2l4 personer i förbundets insatser (120 kvinnor, 94 män).",
      ["enrolled/woman=120", "enrolled/man=94"],
    ],
    // a label with a year damaged by OCR
    ["Nya deltagare under 2O11: 30", ["new/all=30"]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    // a reason that also names a destination is two readings
    "Tolv personer avslutades av andra skäl än arbete eller studier.",
    // a reason in a sentence that is not about leaving
    "Av andra skäl har 8 personer inte kunnat börja i insatsen.",
    // continuing rehabilitation inside the intervention is not an exit
    "Tjugo deltagare fortsatte med rehabilitering inom insatsen under hela året.",
    "12 deltagare fortsätter med rehabilitering nästa år.",
    // a damaged total of structural work anchors no gender split
    "Drygt 3O0 personer deltog i utbildningsdagar, varav 200 kvinnor och 100 män.",
    // a damaged number is never stored
    "Under året har 2l personer avslutats till annat avslut.",
    // a share of the exited with no exit count to lean on
    "Hela 45 procent av de avslutade gick till arbete eller studier.",
  ])("stores nothing from: %s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it("keeps a number whose look-alike tail OCR split off as one damaged token, and the Swedish 'i' as a word", () => {
    const damaged = tokenize("Under 20 IO deltog 35 personer").filter((t) => t.type !== "word");
    expect(damaged.map((t) => [t.type, t.text])).toEqual([
      ["other", "20 IO"],
      ["number", "35"],
    ]);
    expect(
      tokenize("Under året deltog 20 i insatsen")
        .filter((t) => t.type === "number")
        .map((t) => t.text),
    ).toEqual(["20"]);
  });

  it("names a year damaged by OCR, so that a sentence about another year stays unread", () => {
    expect(readSentence("Nya deltagare under 20 IO: 48").years).toEqual([2010]);
    expect(
      factsOf("Året i siffror\n\nNya deltagare under 20 IO: 48", 2010).map((f) => `${f.measure}=${f.value}@${f.line}`),
    ).toEqual(["new=48@3"]);
    expect(factsOf("Året i siffror\n\nNya deltagare under 20 IO: 48", 2011)).toEqual([]);
    // "IO" is no intervention's name
    expect(
      factsOf("Sammanfattning\n\nI 2O11 deltog 35 personer i förbundets insatser.", 2011).map((f) => f.value),
    ).toEqual([35]);
  });

  it("takes the base of 'N procent av de avslutade' from the one exit count the paragraph stated", () => {
    const text = [
      "Verksamheten i korthet",
      "",
      "Under året avslutade 64 deltagare sin insats i förbundets insatser. Av dem gick 20 till arbete och 12",
      "till studier. Det innebär att 50 procent av de avslutade gick till arbete eller studier.",
    ].join("\n");
    expect(
      factsOf(text).map(
        (f) => `${f.measure ?? f.category ?? f.indicator}=${f.value}${f.n ? ` n=${f.n}` : ""}@${f.line}`,
      ),
    ).toEqual(["exited=64@3", "work=20@3", "studies=12@3", "work_or_studies_rate_reported=50 n=64@4"]);
  });

  it("does not guess the base when the paragraph gave two exit counts, none, or one in another paragraph", () => {
    const two =
      "Året i siffror\n\nUnder 2023 avslutades 40 deltagare i förbundets insatser. I december avslutades ytterligare 6 deltagare. 45 procent av de avslutade gick till arbete eller studier.";
    expect(factsOf(two).filter((f) => f.table === "indicator")).toEqual([]);
    const elsewhere =
      "Året i siffror\n\nUnder året avslutades 40 deltagare i förbundets insatser.\n\n45 procent av de avslutade gick till arbete eller studier.";
    expect(factsOf(elsewhere).filter((f) => f.table === "indicator")).toEqual([]);
    // a share of all participants is not a share of the exited
    const ofAll =
      "Året i siffror\n\nUnder året avslutades 40 deltagare i förbundets insatser. 45 procent av deltagarna gick till arbete eller studier.";
    expect(factsOf(ofAll).filter((f) => f.table === "indicator")).toEqual([]);
    // a hedged exit count is no base
    const hedged =
      "Året i siffror\n\nUnder året avslutades drygt 40 deltagare i förbundets insatser. 45 procent av de avslutade gick till arbete eller studier.";
    expect(factsOf(hedged).filter((f) => f.table === "indicator")).toEqual([]);
    // an intervention's exit count in a summary is not the federation's base
    const named =
      "Året i siffror\n\nI Steget avslutades 20 deltagare. 40 procent av de avslutade gick till arbete eller studier.";
    expect(factsOf(named)).toEqual([]);
  });
});

describe("where a section is the federation's", () => {
  const header = (page: number) => `${page} Samordningsförbundet Exempel Årsredovisning 2024`;
  const text = [
    "Innehåll",
    "1. SAMMANFATTNING ..................... 2",
    "2. VERKSAMHETEN ....................... 3",
    header(2),
    "1. SAMMANFATTNING",
    "Andelen avslutade som fick arbete eller började studera var 44 procent (22 av 50).",
    header(3),
    "2. VERKSAMHETEN",
    "Förbundet finansierade fyra insatser under året.",
    "2.1 Avslutade deltagare",
    "Under året avslutades 50 deltagare.",
    "2.2 Steget",
    "Under året avslutades 12 deltagare.",
    header(4),
    "3. Förbundets verksamhet under 2024",
    "Under året deltog 130 personer.",
  ].join("\n");

  it("reads a heading after a running header that carries the page number, and numbered topics under a summary", () => {
    expect(
      factsOf(text, 2024).map(
        (f) =>
          `${f.table === "indicator" ? f.scope : f.intervention}:${f.measure ?? f.indicator}=${f.value}${f.n ? ` n=${f.n}` : ""}@${f.line}`,
      ),
    ).toEqual(["federation:work_or_studies_rate_reported=44 n=50@6", "null:exited=50@11", "null:enrolled=130@16"]);
  });

  it("takes a repeated line as page furniture only when its page numbers run up", () => {
    const d = doc(
      [
        header(2),
        "Steget hade många deltagare i år 9",
        "x",
        header(3),
        "Steget hade många deltagare i år 4",
        "y",
        header(4),
        "Steget hade många deltagare i år 12",
      ].join("\n"),
    );
    expect([1, 2, 4, 5, 7, 8].map((n) => isFurniture(d, n))).toEqual([true, false, true, false, true, false]);
  });
});

/**
 * A value is derivable from a line if a number token on it, in digits (space thousands, a group
 * never followed by another digit) or in Swedish words, has that value.
 */
function derivable(value: number, line: string): boolean {
  const digits = [
    ...line.replace(/[\u00a0\u202f]/g, " ").matchAll(/\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d,])|\d+(?:,\d+)?/g),
  ].map((m) => parseSwedishNumber(m[0]));
  const words = findNumberWords(line).map((w) => w.value);
  return [...digits, ...words].includes(value);
}

const SEEDS = [
  "Under året har totalt 245 personer deltagit i förbundets insatser, varav 140 kvinnor och 105 män.",
  "Av de 85 som avslutades gick 41 procent till arbete eller studier.",
  "Knappt tjugo ungdomar började arbeta eller studera efter avslutad insats.",
  "Drygt 300 personer deltog i utbildningsdagar och nätverk.",
  "59% (92/159) av individerna har vid avslut gjort en positiv stegförflyttning.",
  "Av de 85 som avslutades gick 30 till arbete, 12 till studier och fem blev arbetssökande.",
  "Antal deltagare: 1 245",
];

describe("property: the grammar never throws and every stored number is on its cited line", () => {
  const check = (text: string) => {
    const d = doc(`Året i siffror\n\n${text}`);
    const out = parseProseFigures(d);
    for (const f of out.facts as AnyFact[])
      expect(derivable(f.value, d.at(f.line)), `${f.value} on line ${f.line}: ${d.at(f.line)}`).toBe(true);
  };

  it("on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(() => readSentence(s)).not.toThrow();
        check(s);
      }),
      { numRuns: 300 },
    );
  });

  it("on text made of Swedish words, numbers and line breaks", () => {
    const word = fc.constantFrom(
      "personer",
      "deltagare",
      "varav",
      "kvinnor",
      "män",
      "avslutades",
      "till",
      "arbete",
      "studier",
      "eller",
      "procent",
      "%",
      "av",
      "de",
      "ca",
      "drygt",
      "tolv",
      "tjugoen",
      "ett",
      "2023",
      "1 200",
      "45",
      "nya",
      "har",
      "deltagit",
      "under",
      "året",
      ",",
      ".",
      "\n",
      "(",
      ")",
      "positiv",
      "stegförflyttning",
      "utbildningsdagar",
      "totalt",
      "förbundets",
      "insatser",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (ws) => check(ws.join(" "))),
      { numRuns: 400 },
    );
  });

  it("reads back a count written any way: digits with space thousands, or words, with or without a hedge", () => {
    const swedish = (n: number) => n.toLocaleString("sv-SE").replace(/\u00a0/g, " ");
    const words: Record<number, string> = {
      2: "två",
      3: "tre",
      7: "sju",
      12: "tolv",
      15: "femton",
      20: "tjugo",
      21: "tjugoen",
      35: "trettiofem",
      100: "hundra",
      250: "tvåhundrafemtio",
    };
    const written = fc.oneof(
      fc.integer({ min: 2, max: 999_999 }).map((n) => ({ n, text: swedish(n) })),
      fc.constantFrom(...Object.entries(words)).map(([n, w]) => ({ n: Number(n), text: w })),
    );
    const hedge = fc.constantFrom("", "cirka ", "ca ", "drygt ", "knappt ", "över ", "ungefär ", "omkring ", "nästan ");
    const frame = fc.constantFrom(
      (x: string) => [`Under året har ${x} personer deltagit i förbundets insatser.`, "enrolled"],
      (x: string) => [`Totalt avslutades ${x} deltagare.`, "exited"],
      (x: string) => [`Under året skrevs ${x} nya deltagare in.`, "new"],
      (x: string) => [`Sammanlagt deltog ${x} personer i förbundets utbildningsdagar.`, "structural_participants"],
    );
    fc.assert(
      fc.property(written, hedge, frame, ({ n, text }, h, make) => {
        const [sentence, measure] = make(`${h}${text}`);
        const figures = readSentence(sentence!).figures;
        expect(figures.map((f) => [f.kind === "count" && f.measure, f.token.value, f.token.approximate])).toEqual([
          [measure, n, h !== ""],
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it("on mutated seed sentences", () => {
    const mutate = fc.tuple(
      fc.constantFrom(...SEEDS),
      fc.array(
        fc.tuple(
          fc.nat(200),
          fc.constantFrom("", " ", "\n", "7", " 3 ", "tre", "%", ",", ".", "ca ", "1 000", "(", ")"),
        ),
        { maxLength: 6 },
      ),
    );
    fc.assert(
      fc.property(mutate, ([seed, edits]) => {
        let s = seed;
        for (const [at, ins] of edits) {
          const k = at % (s.length + 1);
          s = s.slice(0, k) + ins + s.slice(k + (ins === "" ? 1 : 0));
        }
        check(s);
      }),
      { numRuns: 400 },
    );
  });
});

describe("web summaries: 'hade … deltagare', a split after a year, the year before in the number's clause", () => {
  it("reads 'hade under året N deltagare, varav K kvinnor och M män' as enrolled with its split", () => {
    expect(read("Förbundets insatser hade under året 212 deltagare, varav 120 kvinnor och 92 män.")).toEqual([
      "enrolled/all=212",
      "enrolled/woman=120",
      "enrolled/man=92",
    ]);
  });

  it("keeps this year's count when another clause compares it with the year before", () => {
    expect(read("Insatserna hade 98 deltagare, något fler än året innan.")).toEqual(["enrolled/all=98"]);
  });

  it("does not read a count whose own clause is the year before", () => {
    expect(read("Året innan hade förbundet 130 deltagare.")).toEqual([]);
    expect(read("Förra året hade insatserna 75 deltagare.")).toEqual([]);
  });

  it("does not read 'hade' with seminars, staff or places as participants", () => {
    expect(read("Förbundet hade fyra seminarier under hösten.")).toEqual([]);
    expect(read("Kansliet hade tre medarbetare.")).toEqual([]);
    expect(read("Insatsen hade 15 platser.")).toEqual([]);
  });

  it("splits a total damaged by OCR even when a year stands between it and the split", () => {
    expect(read("Totalt deltog l86 personer i förbundets insatser under 2022, varav 101 kvinnor och 85 män.")).toEqual([
      "enrolled/woman=101",
      "enrolled/man=85",
    ]);
  });

  it("does not split a year that stands where the total should", () => {
    expect(read("Under 2022, varav 101 kvinnor och 85 män.")).toEqual([]);
  });
});

describe("a rate beside its target, and a rate drawn from the figures just given", () => {
  it("reads the outcome and leaves the target of a following comparison", () => {
    expect(
      readSentence(
        "Andelen som gick till arbete eller studier blev 44 procent (22/50), vilket är över målet på 40 procent.",
      ).figures.map(show),
    ).toEqual(["work_or_studies_rate_reported=44 n=50"]);
  });

  it("reads this year's count when a comparison with the year before follows its clause, and not the earlier count", () => {
    expect(read("Under året deltog 143 personer i förbundets insatser, jämfört med 130 föregående år.")).toEqual([
      "enrolled/all=143",
    ]);
    expect(read("Jämfört med föregående år deltog 143 personer i förbundets insatser.")).toEqual([]);
    expect(read("Under året deltog 143 personer i förbundets insatser, en ökning från 130.")).toEqual([]);
  });

  it("does not read a rate when the target stands before it or in its own clause", () => {
    expect(read("Målet är att 40 procent (20/50) ska gå till arbete eller studier.")).toEqual([]);
    expect(
      read("Förbundets mål var 40 procent (20/50) till arbete eller studier, och utfallet blev 44 procent (22/50)."),
    ).toEqual([]);
  });

  const paragraph = (third: string) =>
    [
      "Året i korthet",
      "",
      "Förbundets insatser hade under året 96 deltagare. Av de 50 deltagare som avslutade sin insats gick",
      `tolv till arbete och tio till studier. ${third}`,
    ].join("\n");

  it("gives a rate drawn from the federation's figures ('därmed') the federation's scope and base", () => {
    const facts = factsOf(paragraph("Andelen till arbete eller studier blev därmed 44 procent."));
    expect(facts.filter((f) => f.table === "indicator").map((f) => [f.scope, f.value, f.n])).toEqual([
      ["federation", 44, 50],
    ]);
  });

  it("does not give the federation a drawn rate that names an intervention", () => {
    const facts = factsOf(paragraph("I Bryggan blev andelen till arbete eller studier därmed 44 procent."));
    expect(facts.filter((f) => f.table === "indicator")).toEqual([]);
  });
});

describe("a sentence pointing back is about whom the sentence before was", () => {
  const summary = (first: string) => ["Året i siffror", "", `${first} Av dem gick elva till arbete.`].join("\n");

  it("does not give the federation the exits of one named intervention, in a federation's section", () => {
    const facts = factsOf(summary("Insatsen Ankaret, som vänder sig till unga, avslutade 31 deltagare under året."));
    expect(facts).toEqual([]);
  });

  it("still gives the federation a pointing-back sentence after the federation's own figure", () => {
    const facts = factsOf(summary("Förbundets insatser avslutade 31 deltagare under året."));
    expect(facts.map((f) => `${f.intervention}:${f.measure ?? f.category}=${f.value}`)).toEqual([
      "null:exited=31",
      "null:work=11",
    ]);
  });
});

describe("'Av dessa gick N procent …' after the sentence that gave the exits", () => {
  const para = (first: string) =>
    factsOf(["Året i siffror", "", `${first} Av dessa gick 45 procent till arbete eller studier.`].join("\n"), 2024)
      .filter((f) => f.table === "indicator")
      .map((f) => `${f.value} n=${f.n}`);

  it("takes the base from the one exit count of the sentence before", () => {
    expect(para("Totalt avslutades 120 deltagare i förbundets insatser under året.")).toEqual(["45 n=120"]);
  });

  it("does not take a base when the sentence before counted the enrolled, or counted two groups", () => {
    expect(para("Förbundets insatser hade 300 deltagare.")).toEqual([]);
    expect(para("Förbundets insatser avslutade 120 deltagare och hade 300 deltagare.")).toEqual([]);
  });
});

describe("a gender split with no total", () => {
  it("counts both genders by the verb of their clause", () => {
    expect(read("Under året deltog 81 kvinnor och 62 män i förbundets insatser.")).toEqual([
      "enrolled/woman=81",
      "enrolled/man=62",
    ]);
    expect(read("Insatserna avslutades av 30 kvinnor och 28 män.")).toEqual(["exited/woman=30", "exited/man=28"]);
  });

  it("does not read a split whose clause has no count verb, a seminar's, or one gender alone", () => {
    expect(read("I förbundets insatser var 81 kvinnor och 62 män.")).toEqual([]);
    expect(read("Under året deltog 81 kvinnor och 62 män i förbundets seminarier.")).toEqual([]);
    expect(read("Under året deltog 81 kvinnor i förbundets insatser.")).toEqual([]);
    expect(read("Under året deltog 81 kvinnor och 62 kvinnor i förbundets insatser.")).toEqual([]);
  });
});

describe("a count in a sentence pointing back is a part of the count before", () => {
  it("does not store a second exit count from 'Av dem avslutades 14 …' after the exits", () => {
    const facts = factsOf(
      "Året i siffror\n\nFörbundets insatser avslutade 58 deltagare. Av dem avslutades 14 personer på grund av flytt.",
      2024,
    );
    expect(facts.map((f) => `${f.measure}=${f.value}`)).toEqual(["exited=58"]);
  });

  it("still reads the new and the exited among the enrolled just counted", () => {
    const facts = factsOf(
      "Året i siffror\n\nI förbundets insatser deltog 300 personer. Av dessa var 97 nya och 120 avslutade under året.",
      2024,
    );
    expect(facts.map((f) => `${f.measure}=${f.value}`)).toEqual(["enrolled=300", "new=97", "exited=120"]);
  });
});

describe("counts that are not the year's participants", () => {
  it("does not read people reached by information work, or a half-year's count", () => {
    expect(read("Förbundet har under året nått 1 200 personer genom sina informationsinsatser.")).not.toContain(
      "enrolled/all=1200",
    );
    expect(read("I förbundets insatser deltog 62 personer under första halvåret.")).toEqual([]);
    expect(read("Vid delårsbokslutet hade förbundets insatser 48 deltagare.")).toEqual([]);
  });
});

describe("a proportion is not a count", () => {
  it("does not read 'sju av tio avslutade' or '3 av 10' as the exited", () => {
    expect(read("I förbundets insatser gick sju av tio avslutade deltagare till arbete eller studier.")).toEqual([]);
    expect(read("I förbundets insatser gick 3 av 10 avslutade deltagare till arbete.")).toEqual([]);
  });

  it("still reads a base written in digits ('33 av 159 avslutade deltagare')", () => {
    expect(read("I förbundets insatser gick 33 av 159 avslutade deltagare till arbete eller studier.")).toContain(
      "exited/all=159",
    );
  });
});

describe("exits and new participants in sentences other authors write", () => {
  it("reads the particle after the noun, 'N avslut', and a semicolon's clause on its own", () => {
    expect(read("Under året skrevs 64 personer in i någon av insatserna.")).toEqual(["new/all=64"]);
    expect(read("Förbundets insatser hade 150 deltagare och 70 avslut.")).toEqual([
      "enrolled/all=150",
      "exited/all=70",
    ]);
    expect(
      read("Av årets deltagare var 52 nyinskrivna (30 kvinnor och 22 män); resten fortsatte från föregående år."),
    ).toEqual(["new/all=52", "new/woman=30", "new/man=22"]);
  });

  it("does not read the clause of a semicolon that names another year, nor a particle too far from its verb", () => {
    expect(read("Föregående år var 48 nyinskrivna; i år var de fler.")).toEqual([]);
    expect(read("Under året skrevs det om 64 personer i lokaltidningen och om insatserna.")).toEqual([]);
  });
});

describe("a sentence that leans on the one before for its year and scope", () => {
  const rateAndCounts = (text: string, year = 2024) =>
    parseAnnualReport(docOf(text.split("\n"), year))
      .facts.map((f) => f as AnyFact)
      .filter((f) => f.section === "general:prose")
      .map((f) => `${f.year} ${f.measure ?? f.category ?? f.indicator}=${f.value}${f.n ? ` n=${f.n}` : ""}`);

  it("gives 'Under samma period …' and 'var då …' the scope and the year of the sentence before", () => {
    expect(
      rateAndCounts(
        "Verksamheten\n\nUnder året deltog 120 personer i de individinriktade insatserna. Under samma period avslutades 50 deltagare.",
      ),
    ).toEqual(["2024 enrolled=120", "2024 exited=50"]);
    expect(
      rateAndCounts(
        "Jämförelse\n\nÅr 2023 hade förbundet 150 deltagare och 60 avslut. Andelen som gick vidare till arbete eller studier var då 40 procent.",
      ),
    ).toEqual(["2023 enrolled=150", "2023 exited=60", "2023 work_or_studies_rate_reported=40 n=60"]);
  });

  it("does not give the federation 'hade förbundet' figures of a named intervention, nor 'då' without a dated sentence", () => {
    expect(rateAndCounts("Jämförelse\n\nÅr 2023 hade förbundet 40 deltagare i Bryggan.")).toEqual([]);
    expect(
      rateAndCounts(
        "Jämförelse\n\nFörra året var annorlunda. Andelen som gick vidare till arbete eller studier var då 40 procent.",
      ),
    ).toEqual([]);
  });
});

describe("destinations after 'blev', and a count compared with an earlier year's", () => {
  it("reads 'blev N aktivt arbetssökande' as exits to job seeking", () => {
    expect(read("Under året blev 9 aktivt arbetssökande.")).toEqual(["exit:job_seeker=9"]);
  });

  it("does not read 'blev N' before no destination", () => {
    expect(read("Under året blev 9 sjukskrivna igen.")).toEqual([]);
  });

  it("reads ', jämfört med N personer under <earlier year>' as that year's count of the same people", () => {
    const r = readSentence("Under 2024 deltog 150 personer i insatserna, jämfört med 139 personer under 2023.", {
      year: 2024,
    });
    expect(r.figures.map((f) => `${show(f)}${f.kind === "count" && f.year ? `@${f.year}` : ""}`)).toEqual([
      "enrolled/all=150",
      "enrolled/all=139@2023",
    ]);
  });

  it("does not date a compared count by a later year, nor when two counts stand before the comparison", () => {
    const year = (s: string) =>
      readSentence(s, { year: 2024 })
        .figures.filter((f) => f.kind === "count" && f.year !== undefined)
        .map(show);
    expect(year("Under 2024 deltog 150 personer, jämfört med 170 personer under 2025.")).toEqual([]);
    expect(year("Under 2024 deltog 150 personer och 60 avslutades, jämfört med 139 personer under 2023.")).toEqual([]);
  });
});

describe("destinations listed after one exit, and what is no destination", () => {
  it("reads 'N av de avslutade gick till …' and rehabilitation continued 'i annan rehabilitering'", () => {
    expect(read("Totalt 25 av de avslutade gick till arbete eller studier.")).toEqual(["exit:work_or_studies=25"]);
    expect(
      read(
        "Av de 70 som avslutades gick 15 till arbete, medan 12 fortsatte i annan rehabilitering och 43 avslutades av andra skäl.",
      ),
    ).toEqual(["exited/all=70", "exit:work=15", "exit:continued_rehab=12", "exit:other_exit=43"]);
  });

  it("does not read a forecast, nor 'N av de avslutade' without a destination", () => {
    expect(read("Vi räknar med att 15 går till arbete nästa år.")).toEqual([]);
    expect(read("Förbundet hoppas att 15 deltagare får arbete under 2025.")).toEqual([]);
    expect(read("Totalt 25 av de avslutade var kvinnor.")).toEqual([]);
  });
});

describe("an earlier year's figure in a bracket, the year written after it", () => {
  it("reads '(170 år 2023)' after a count as that year's count, and keeps this year's rate beside '(31 procent 2023)'", () => {
    const r = readSentence("Förbundets insatser hade 180 deltagare (170 år 2023).", { year: 2024 });
    expect(r.figures.map((f) => `${show(f)}${f.kind === "count" && f.year ? `@${f.year}` : ""}`)).toEqual([
      "enrolled/all=180",
      "enrolled/all=170@2023",
    ]);
    const facts = parseAnnualReport(
      docOf(
        [
          "Året i siffror",
          "",
          "Under året avslutade 84 deltagare sin insats i förbundets insatser.",
          "",
          "Andelen som gick till arbete eller studier var 36 procent (31 procent 2023).",
        ],
        2024,
      ),
    ).facts as AnyFact[];
    expect(facts.filter((f) => f.table === "indicator").map((f) => `${f.year} ${f.value} n=${f.n}`)).toEqual([
      "2024 36 n=84",
    ]);
  });

  it("does not take a bracket naming a later year, or one with words besides its figure", () => {
    const dated = (s: string) =>
      readSentence(s, { year: 2024 })
        .figures.filter((f) => f.kind === "count" && f.year !== undefined)
        .map(show);
    expect(dated("Förbundets insatser hade 180 deltagare (se tabell 3 för 2023).")).toEqual([]);
    expect(dated("Förbundets insatser hade 180 deltagare (därav 20 nya 2024).")).toEqual([]);
  });
});

describe("a clause on the figures after the last destination", () => {
  it("leaves the destination of its own number: ', vilket ger en andel till arbete eller studier' is no part of the list", () => {
    expect(
      read(
        "Av de avslutade gick 11 till arbete och 5 till studier, vilket ger en andel till arbete eller studier på 40 procent.",
      ),
    ).toEqual(expect.arrayContaining(["exit:work=11", "exit:studies=5"]));
  });

  it("still reads a list that runs on past a comma as one joint destination", () => {
    expect(read("Av de avslutade gick 16 till studier, arbete eller praktik.")).not.toContain("exit:studies=16");
  });
});

describe("the year before's figure in a bracket, the year named in words", () => {
  it("reads this year's count and sets the bracket's aside", () => {
    expect(read("Avslutade deltagare: 57 (föregående år 63)")).toEqual(["exited/all=57"]);
    expect(read("Nya deltagare under året var 71 (året innan: 80 personer).")).toEqual(["new/all=71"]);
    expect(
      readSentence("Avslutade deltagare: 57 (föregående år 63)").setAside.map((a) => [a.token.value, a.reason]),
    ).toContainEqual([63, "prior_year"]);
  });
  it("must not read a count the sentence itself gives for the year before", () => {
    expect(read("Föregående år avslutades 63 deltagare.")).toEqual([]);
    expect(read("Avslutade deltagare föregående år: 63")).toEqual([]);
    // A bracket with no figure before it is no earlier year's figure of one: nothing changes.
    expect(read("Avslutade deltagare (föregående år 63)")).toEqual([]);
  });
});

describe("a question mark ends a figure's clause", () => {
  it("does not read the question's count as the destination after it", () => {
    // Must not fire: "120" counts those who left; "arbete" opens the answer after the question mark.
    expect(read("Vart tog de 120 som avslutade vägen? arbete 40 · studier 12")).not.toContain("exit:work=120");
    expect(read("Vart tog de 120 som avslutade vägen? arbete 40 · studier 12")).toContain("exited/all=120");
  });

  it("still reads a destination in the same clause as its number", () => {
    expect(read("Hur många gick till arbete? 40 gick till arbete.")).toContain("exit:work=40");
  });
});

describe("a question over its list of destinations", () => {
  it("reads the list after 'Vart tog de 90 som avslutade vägen?' where it adds up to the 90", () => {
    expect(read("Vart tog de 90 som avslutade vägen? arbete 30 · studier 20 · fortsatt rehab 25 · övrigt 15")).toEqual([
      "exited/all=90",
      "exit:work=30",
      "exit:studies=20",
      "exit:continued_rehab=25",
      "exit:other_exit=15",
    ]);
    expect(read("Vart gick de avslutade? arbete 30, studier 20, arbetssökande 12")).toEqual([
      "exit:work=30",
      "exit:studies=20",
      "exit:job_seeker=12",
    ]);
  });

  it("reads nothing from the list where it does not add up to the count the question gives", () => {
    expect(read("Vart tog de 95 som avslutade vägen? arbete 30 · studier 20 · fortsatt rehab 25 · övrigt 15")).toEqual([
      "exited/all=95",
    ]);
  });

  it("reads nothing after a question that names no exits", () => {
    expect(read("Hur gick det för de nya? arbete 30, studier 20")).toEqual([]);
  });
});

describe("people counted in more than one intervention", () => {
  it("sets aside the overlap between the interventions' counts", () => {
    expect(read("Sex personer tog del av två insatser under året och räknas en gång i totalen.")).toEqual([]);
    expect(read("Elva deltagare hade stöd i flera insatser samtidigt.")).toEqual([]);
    expect(read("Av dem var 7 inskrivna i mer än en insats.")).toEqual([]);
  });

  it("still reads the year's participants in the interventions, counted or named", () => {
    expect(read("Under året deltog 96 personer i insatser.")).toEqual(["enrolled/all=96"]);
    expect(read("Totalt deltog 96 personer i förbundets tre insatser.")).toEqual(["enrolled/all=96"]);
    expect(read("I två insatser deltog 58 personer.")).toEqual(["enrolled/all=58"]);
  });
});

describe("a draft's or an earlier version's figures", () => {
  it("sets aside every number a superseded text is said to have given", () => {
    expect(
      read("Årsberättelsens första utkast angav att 151 personer (83 kvinnor och 68 män) deltog under året."),
    ).toEqual([]);
    expect(read("I en tidigare version av rapporten stod att 47 deltagare hade avslutat.")).toEqual([]);
  });

  it("reads a sentence naming a draft without saying what it gave, and the figures of a settled text", () => {
    expect(read("Under året deltog 151 personer, vilket bokslutet visade.")).toEqual(["enrolled/all=151"]);
    expect(read("Styrelsen godkände utkastet till plan, och under året deltog 151 personer.")).toEqual([
      "enrolled/all=151",
    ]);
  });
});

describe("which sentences the grammar may read anything from", () => {
  it("lets through every sentence with a number and a word some figure needs", () => {
    for (const s of [
      "Under året deltog 142 personer i insatserna.",
      "Året innan var de 118.",
      "Det motsvarar 40 procent.",
      "Av dem gick tolv till arbete.",
      "Antal inskrivna totalt 34",
      "8 st (5 st GK)",
      "Kvinnorna var fler än männen, 80 mot 62.",
      "Övrigt 12 (flytt, avbrott)",
    ])
      expect(mayReadFigures(s), s).toBe(true);
  });

  it("rules out a sentence with no number, and a number among words no figure needs", () => {
    for (const s of [
      "Förbundet höll sex styrelsemöten.",
      "Driftbidrag från kommunen 148 128 148 128",
      "Summa 8 978 036 13 467 054",
      "Medlemmarna betalade 1 200 tkr den 31 mars 2024.",
      "Förbundet bildades 2009.",
    ])
      expect(mayReadFigures(s), s).toBe(false);
  });

  it("rules out only what the grammar reads as nothing, in any context", () => {
    const words = [
      "Förbundet",
      "kommunen",
      "medel",
      "tkr",
      "kronor",
      "var",
      "blev",
      "av dem",
      "därav",
      "varav",
      "vilket",
      "till",
      "gick",
      "fick",
      "det",
      "de",
      "totalt",
      "summa",
      "procent",
      "%",
      "år",
      "under året",
      "2023",
      "(",
      ")",
      ",",
      ":",
      ".",
      "12",
      "45",
      "1 200",
      "tolv",
      "m.m",
      "andel",
      "medlemmar",
      "t.ex",
      "före detta",
      "St",
    ];
    const contexts = [
      {},
      { year: 2024, exitedBefore: [50] },
      { year: 2024, countsJustBefore: [{ measure: "exited" as const, value: 50 }], lead: "Avslutade 2024:" },
    ];
    const before = "Under 2024 avslutade 50 deltagare, av dem gick 20 till arbete eller studier.";
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (picked) => {
        const s = picked.join(" ");
        if (mayReadFigures(s)) return;
        for (const c of contexts) {
          const r = readSentenceInContext(s, before, c);
          expect(r.figures.length + r.unread.length + r.baseless.length, s).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("a label that is only the participants, with or without its colon", () => {
  const read = (s: string) =>
    readSentence(s).figures.map(
      (f) => `${f.kind}:${"measure" in f ? f.measure : ""}:${"gender" in f ? f.gender : ""}=${f.token.value}`,
    );
  it("counts the year's participants after a label dated by the year ('Deltagare under 2025: 143')", () => {
    expect(read("Deltagare under 2025: 143 (80 kvinnor, 63 män)")).toEqual([
      "count:enrolled:all=143",
      "count:enrolled:woman=80",
      "count:enrolled:man=63",
    ]);
    expect(read("Deltagare för år 2025: 143")).toEqual(["count:enrolled:all=143"]);
  });
  it("counts them after a label set apart by spaces, a split following ('… insatser      143, varav …')", () => {
    expect(read("Deltagare i individinriktade insatser      143, varav 80 kvinnor och 63 män")).toEqual([
      "count:enrolled:all=143",
      "count:enrolled:woman=80",
      "count:enrolled:man=63",
    ]);
  });
  it("counts nothing after a label about people waiting, or about another body's programme", () => {
    expect(read("Deltagare i kö: 12")).toEqual([]);
    expect(read("Deltagare i Arbetsförmedlingens program 2025: 510")).toEqual([]);
    expect(read("Personer i kö vid årets slut 12")).toEqual([]);
  });
});

describe("the exits set in commas after a fronted 'av dem som avslutade …'", () => {
  const read = (s: string) =>
    readSentence(s).figures.map(
      (f) => `${f.kind}:${"measure" in f ? f.measure : "category" in f ? f.category : ""}=${f.token.value}`,
    );
  it("counts the apposition as the exits, the destinations after it as theirs", () => {
    expect(read("Av dem som slutade i en insats under hösten, 77 personer, fick 21 en anställning.")).toEqual([
      "count:exited=77",
      expect.stringMatching(/=21$/),
    ]);
    expect(read("Bland dem som skrevs ut, 64, började 12 studera.")).toContain("count:exited=64");
  });
  it("counts nothing as the exits where the clause names how they ended, or no exit at all", () => {
    expect(read("Av dem som avslutades till arbete, 20 personer, hade 9 en lönebidragsanställning.")).not.toContain(
      "count:exited=20",
    );
    expect(read("Av dem som deltog i kursen, 45 personer, var 30 kvinnor.")).not.toContain("count:exited=45");
  });
});
