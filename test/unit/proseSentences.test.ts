import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { readSentence, readSentenceInContext } from "../../loaders/extract/general/figureGrammar.ts";
import { parseProseFigures } from "../../loaders/extract/general/parseProseFigures.ts";
import { lineAt, proseUnits } from "../../loaders/extract/general/proseSentences.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (text: string, year = 2023) => new DocumentText("test/2023-annual-report", text.split("\n"), year);
const texts = (text: string) => proseUnits(doc(text)).map((u) => u.text);
const factsOf = (text: string) => parseProseFigures(doc(text)).facts as AnyFact[];

describe("the sentence pre-pass", () => {
  it("joins a word hyphenated across a line break, and the number keeps its own line", () => {
    const units = proseUnits(
      doc(
        [
          "Förbundets insatser nådde under året många invånare i länet och 64 del-",
          "tagare avslutade sin insats hos någon av insatserna.",
        ].join("\n"),
      ),
    );
    expect(units).toHaveLength(1);
    expect(units[0]!.text).toContain("64 deltagare avslutade");
    expect(lineAt(units[0]!, units[0]!.text.indexOf("64"))).toBe(1);
    expect(lineAt(units[0]!, units[0]!.text.indexOf("avslutade"))).toBe(2);
  });

  it("keeps the hyphen of a shared ending ('arbets- och studiemotiverande')", () => {
    const [t] = texts(
      [
        "Insatserna är till för unga vuxna som behöver stöd i arbets-",
        "och studiemotiverande aktiviteter under året.",
      ].join("\n"),
    );
    expect(t).toContain("arbets- och studiemotiverande");
  });

  it("does not undo a hyphen before a capital ('Region-' / 'Kommunen' stays two words)", () => {
    const [t] = texts(
      ["Samverkan mellan parterna i länet har fortsatt att utvecklas, med stöd från FK-", "Arbetsförmedlingen."].join(
        "\n",
      ),
    );
    expect(t).not.toContain("FKArbetsförmedlingen");
  });

  it("joins a line-break hyphen that text extraction kept inside a line, but not a shared ending", () => {
    const [t] = texts("Under året har 45 del- tagare i arbets- och studiemotiverande insatser fått stöd.");
    expect(t).toBe("Under året har 45 deltagare i arbets- och studiemotiverande insatser fått stöd.");
  });

  it("runs a line ending in 'varav' or a comma on into a line that starts with a digit", () => {
    expect(
      texts(
        ["Bland förbundets insatser avslutades 102 deltagare, varav", "37 gick vidare till arbete eller studier."].join(
          "\n",
        ),
      ),
    ).toEqual(["Bland förbundets insatser avslutades 102 deltagare, varav 37 gick vidare till arbete eller studier."]);
  });

  it("joins an amount whose unit wrapped to the next line ('(budget 6,0' / 'Mkr).')", () => {
    expect(
      texts("Kostnaderna för året landade på 5,8 Mkr (budget 6,0\nMkr). Årets resultat blev ett underskott."),
    ).toEqual(["Kostnaderna för året landade på 5,8 Mkr (budget 6,0 Mkr). Årets resultat blev ett underskott."]);
  });

  it("does not join a short row ending on a number to a line starting with a unit", () => {
    expect(texts("Intäkter 2024 6 400\nMkr i tabellen nedan.")).toEqual([
      "Intäkter 2024 6 400",
      "Mkr i tabellen nedan.",
    ]);
  });

  it("does not run a short table row on into the next row", () => {
    expect(texts(["Kvinnor 60", "Män 42", "Totalt 102"].join("\n"))).toEqual(["Kvinnor 60", "Män 42", "Totalt 102"]);
  });

  it("does not join a sentence to a heading after it, even after 'och'", () => {
    const units = texts(
      ["Under året har vi arbetat vidare med samverkan och", "", "Ekonomi", "Årets resultat blev bra."].join("\n"),
    );
    expect(units).toEqual([
      "Under året har vi arbetat vidare med samverkan och",
      "Ekonomi",
      "Årets resultat blev bra.",
    ]);
  });

  it("drops table-of-contents lines, with dot leaders or under 'Innehåll'", () => {
    const units = texts(
      [
        "Innehåll",
        "1 Förbundets deltagare 4",
        "2 Ekonomi 9",
        "",
        "Deltagare i insatserna .......... 12",
        "Ekonomi... 14",
        "",
        "Verksamheten i korthet",
      ].join("\n"),
    );
    expect(units).toEqual(["Innehåll", "Verksamheten i korthet"]);
  });

  it("does not drop a prose line that ends in a number outside a table of contents", () => {
    expect(texts("Antalet nya deltagare i förbundets insatser var 45")).toEqual([
      "Antalet nya deltagare i förbundets insatser var 45",
    ]);
  });

  it("reads the split of a wrapped 'varav' sentence as the federation's exits", () => {
    const facts = factsOf(
      [
        "Året i siffror",
        "",
        "Under året avslutades i förbundets insatser 102 deltagare, varav",
        "37 gick vidare till arbete eller studier.",
      ].join("\n"),
    );
    expect(facts.map((f) => [f.table, f.measure ?? f.category, f.value, f.line])).toEqual([
      ["participant_count", "exited", 102, 3],
      ["participant_breakdown", "work_or_studies", 37, 4],
    ]);
  });
});

describe("a change from one value to another", () => {
  it("never reads the value before the change as a count of people", () => {
    const r = readSentence("Andelen som gick vidare till arbete sjönk från 34 till 30 procent.");
    expect(r.figures).toEqual([]);
    expect(r.setAside.map((a) => [a.token.value, a.reason])).toEqual([[34, "change_from"]]);
  });

  it("reads the new value of a rate with its base, not the old one", () => {
    const r = readSentence("Andelen som gick vidare till arbete eller studier ökade från 34 % till 40 % (48 av 120).");
    expect(r.figures.map((f) => [f.kind, f.token.value])).toEqual([["rate", 40]]);
  });

  it("leaves 'från' alone when no 'till' and number follow", () => {
    const r = readSentence("Av de avslutade gick 12 deltagare från insatsen till arbete.");
    expect(r.figures.map((f) => [f.kind, f.token.value])).toEqual([["exit_outcome", 12]]);
  });
});

const figures = (s: string, previous?: string, exitedBefore: number[] = []) =>
  readSentenceInContext(s, previous, { exitedBefore }).figures.map((f) => {
    const what = f.kind === "count" ? `${f.measure}/${f.gender}` : f.kind === "exit_outcome" ? f.category : f.indicator;
    const year = f.kind === "count" && f.year !== undefined ? `@${f.year}` : "";
    return `${what}=${f.token.value}${year}${f.kind === "rate" ? ` n=${f.base}` : ""}`;
  });

describe("moving on to seek work, in words", () => {
  const before = "Av de 48 deltagare som avslutade sin insats under året gick 8 till arbete.";
  it("reads 'gick över till att söka arbete' as job seekers", () => {
    expect(figures("Sex gick över till att söka arbete på heltid.", before, [48])).toEqual(["job_seeker=6"]);
  });
  it("must not read support to seek work as a destination", () => {
    expect(figures("Sex fick stöd att söka arbete.", before, [48]).filter((f) => f.startsWith("job_seeker"))).toEqual(
      [],
    );
  });
});

describe("a share of the exits the sentence before gave, in a sentence of its own", () => {
  const before = "Under året avslutades 120 deltagare; 54 av dem gick till arbete eller började studera.";
  it("reads 'Det blir 45 procent av alla som avslutades' with the sentence before's exits as its base", () => {
    expect(figures("Det blir 45 procent av alla som avslutades.", before, [120])).toEqual([
      "work_or_studies_rate_reported=45 n=120",
    ]);
  });
  it("must not read a change or a share of someone else as that rate", () => {
    expect(figures("Det blir 45 procent fler än året innan.", before, [120])).toEqual([]);
    expect(figures("Det blir 45 procent av alla deltagare.", before, [120])).toEqual([]);
  });
});

describe("participants in prose: splits, parts of a group, earlier years", () => {
  it("reads a gender split in a bracket between the count and its verb", () => {
    expect(figures("Sammanlagt har 212 deltagare (120 kvinnor och 92 män) varit inskrivna under året.")).toEqual([
      "enrolled/all=212",
      "enrolled/woman=120",
      "enrolled/man=92",
    ]);
  });

  it("reads a gender split in the next sentence that points back to one count", () => {
    expect(figures("Av dessa var 70 kvinnor och 66 män.", "Förbundets insatser nådde 136 personer.")).toEqual([
      "enrolled/woman=70",
      "enrolled/man=66",
    ]);
  });

  it("does not give a split to a sentence before it that has two counts", () => {
    expect(
      figures("Av dessa var 40 kvinnor och 41 män.", "Under året kom 81 nya deltagare och 60 avslutades."),
    ).toEqual([]);
  });

  it("reads 'N av dem' by the verb that follows", () => {
    expect(figures("54 av dem var nya för året.")).toEqual(["new/all=54"]);
    expect(figures("19 av dessa fick ett arbete och sju påbörjade studier.")).toEqual(["work=19", "studies=7"]);
  });

  it("does not read 'N av dem' without a verb that says what it counts", () => {
    expect(figures("12 av dem i olika åldrar.")).toEqual([]);
  });

  it("reads a rate 'blev därmed' with the one exit count before it as its base", () => {
    expect(figures("Andelen som gick till arbete eller studier blev därmed 38 procent.", undefined, [84])).toEqual([
      "work_or_studies_rate_reported=38 n=84",
    ]);
  });

  it("does not give such a rate a base when two exit counts came before", () => {
    expect(figures("Andelen som gick till arbete eller studier blev därmed 38 procent.", undefined, [84, 20])).toEqual(
      [],
    );
  });

  it("reads '(2023: 170)' after a count as the earlier year's count", () => {
    expect(figures("Antalet deltagare i insatserna var 180 (2023: 170), varav 95 kvinnor och 85 män.")).toEqual([
      "enrolled/all=180",
      "enrolled/woman=95",
      "enrolled/man=85",
      "enrolled/all=170@2023",
    ]);
  });

  it("does not read a year bracket after a number that is no count", () => {
    expect(figures("Förbundet hade 4 möten (2023: 2) med styrelsen.")).toEqual([]);
  });

  it("stores the earlier year's count for its year, and runs a line on into '28 procent.'", () => {
    const facts = factsOf(
      [
        "Året i siffror",
        "",
        "Förbundets insatser har haft 180 deltagare (2022: 170). Under året avslutades 50 deltagare och",
        "av dem gick 14 till arbete och sju till studier. Andelen till arbete eller studier blev därmed",
        "42 procent.",
      ].join("\n"),
    );
    expect(facts.map((f) => [f.table, f.measure ?? f.category ?? f.indicator, f.year, f.value, f.line])).toEqual([
      ["participant_count", "enrolled", 2023, 180, 3],
      ["participant_count", "enrolled", 2022, 170, 3],
      ["participant_count", "exited", 2023, 50, 3],
      ["participant_breakdown", "work", 2023, 14, 4],
      ["participant_breakdown", "studies", 2023, 7, 4],
      ["indicator", "work_or_studies_rate_reported", 2023, 42, 5],
    ]);
  });
});

describe("paragraphs whose sentences end at the right margin", () => {
  const first = "Förbundets insatser har under året nått fler personer än året innan, vilket";
  it("runs on into the next line when a full line ends a sentence", () => {
    const lines = [
      first,
      "märks i statistiken och i samtalen med medlemmarna under hela året.",
      "Det innebär att arbetet fortsätter.",
    ];
    expect(texts(lines.join("\n"))).toHaveLength(1);
  });

  it("does not run on after a short last line of a paragraph", () => {
    expect(
      texts([first, "märks tydligt.", "Nästa stycke handlar om något annat helt och hållet."].join("\n")),
    ).toHaveLength(2);
  });

  it("does not run on after a single full line that ends a sentence", () => {
    const single = "Ekonomin är fortsatt stabil och förbundet har inga större risker inför nästa år.";
    expect(texts([single, "Nästa stycke handlar om något annat helt och hållet."].join("\n"))).toHaveLength(2);
  });
});

describe("a base of exits written 'av de N deltagare som avslutade'", () => {
  it("reads N as the exit count", () => {
    expect(figures("Av de 64 deltagare som avslutade sin insats gick 20 till arbete.")).toEqual([
      "exited/all=64",
      "work=20",
    ]);
  });

  it("does not read N as exits when the clause says they began", () => {
    expect(figures("Av de 64 deltagare som började under året gick 20 till arbete.")).toEqual(["work=20"]);
  });
});
