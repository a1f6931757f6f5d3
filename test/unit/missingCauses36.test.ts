/**
 * Stop 36, the most common causes of missing figures in the tuning set, each closed by a general
 * rule (made-up federations, our own words). Cause 1: a destination list under a numbered caption
 * ("Tabell 3 Avslutade deltagare … och vad de gått vidare till") closed by a total that names the
 * exits ("Summa avslutade"), its rows labelled with remarks ("Arbete (även med lönestöd)") and a
 * row of the other and the unknown together ("Annat eller okänt").
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseLeaderRows } from "../../loaders/extract/general/leaderRows.ts";
import { exitRowCategory, otherExitRow } from "../../loaders/extract/general/exitRowLabel.ts";
import { isFederationCaption } from "../../loaders/extract/general/sectionScope.ts";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { readSentence } from "../../loaders/extract/general/figureGrammar.ts";
import { formFields } from "../../loaders/extract/text/formFields.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("p36-miss-kvarnholm/2025-annual-report", lines, 2025);
const read = (lines: string[]) => {
  const out = parseLeaderRows(doc(lines));
  return [...out.facts, ...(out.awaiting ?? [])] as AnyFact[];
};
const shown = (facts: AnyFact[]) =>
  facts.map((f) =>
    f.table === "participant_breakdown" ? `${f.category}=${f.value}` : `${f.measure}/${f.gender}=${f.value}@${f.year}`,
  );

const EXIT_LIST = (caption: string, last = "Summa avslutade", rows = ["17", "8", "12", "9", "5"]) => [
  "Verksamheten i korthet",
  "",
  caption,
  `Arbete (även med lönestöd)                     ${rows[0]}`,
  `Studier                                         ${rows[1]}`,
  `Aktivt arbetssökande                           ${rows[2]}`,
  `Fortsatt rehabilitering                         ${rows[3]}`,
  `Annat eller okänt                               ${rows[4]}`,
  `${last}                                 51`,
  "",
];

describe("a destination list closed by the exits' own total (leader rows)", () => {
  it("reads the exits and each destination under a numbered caption about the participants in general", () => {
    expect(shown(read(EXIT_LIST("Tabell 3 Avslutade deltagare 2025 och vad de gått vidare till")))).toEqual([
      "exited/all=51@2025",
      "work=17",
      "studies=8",
      "job_seeker=12",
      "continued_rehab=9",
      "other_exit=5",
    ]);
  });

  it("reads a caption that says how the people were counted ('fördelade på', 'unika personer')", () => {
    const facts = read(EXIT_LIST("Tabell 3. Avslutade deltagare fördelade på vad de gick till (unika personer)"));
    expect(shown(facts)).toContain("exited/all=51@2025");
    expect(shown(facts)).toContain("other_exit=5");
  });

  it("stores no destination where the rows do not add up to the exits' total", () => {
    const facts = read(
      EXIT_LIST("Tabell 3 Avslutade deltagare 2025 och vad de gått vidare till", "Summa avslutade", [
        "17",
        "8",
        "12",
        "9",
        "6",
      ]),
    );
    expect(facts.filter((f) => f.table === "participant_breakdown")).toEqual([]);
  });

  it("keeps a caption naming an intervention out: its list is no one's the reader may store", () => {
    const facts = read(EXIT_LIST("Tabell 3 Avslutade deltagare i Brobygget och vad de gått vidare till"));
    expect(facts).toEqual([]);
  });

  it("never takes another year's caption as the report's", () => {
    const facts = read(EXIT_LIST("Tabell 3 Avslutade deltagare 2024 och vad de gått vidare till"));
    expect(facts).toEqual([]);
  });
});

describe("caption words and exit labels", () => {
  it("a caption's words on how people are counted name no one", () => {
    expect(isFederationCaption("Tabell 2 Avslutade deltagare 2025 och vad de gått vidare till")).toBe(true);
    expect(
      isFederationCaption("Avslutade deltagare fördelat på vad de gick vidare till (utfall 2025, antal personer):"),
    ).toBe(true);
    expect(isFederationCaption("Tabell 2. Avslutade deltagare 2025 efter vad de gick till (unika personer)")).toBe(
      true,
    );
    // Must not fire: a name among the words.
    expect(isFederationCaption("Tabell 2 Avslutade deltagare på Brobygget och vad de gått vidare till")).toBe(false);
    expect(isFederationCaption("Avslutade deltagare i Steget fördelade på kön")).toBe(false);
  });

  it("a bracket saying what a category also holds keeps the category", () => {
    expect(exitRowCategory("Arbete (även med lönestöd)")).toBe("work");
    expect(exitRowCategory("Studier (även folkhögskola)")).toBe("studies");
    // Must not fire: a bracket naming another category is no remark on what it includes.
    expect(exitRowCategory("Arbete (eller studier)")).not.toBe("work");
  });

  it("the other exits and the unknown said together in words are one row of other exits", () => {
    expect(otherExitRow("Annat eller okänt")).toBe(true);
    expect(otherExitRow("Övrigt eller uppgift saknas")).toBe(true);
    expect(otherExitRow("Annat / ej angivet")).toBe(true);
    // Must not fire: a destination after "eller" is no unknown.
    expect(otherExitRow("Annat eller arbete")).toBe(false);
    expect(otherExitRow("Annat eller studier")).toBe(false);
    expect(otherExitRow("Okänt eller annat")).toBe(false);
  });
});

/**
 * Cause 2: a members' table whose header names no fee ("Medlem   tkr", "Medlem   2025 (kr)   2026 (kr,
 * beslutat)", "Medlem   Andel, %   2024   2025") under a caption that does, a chart's caption lines or a
 * blank line between: read as a fee table, each year column its year's, stored only where the law's split
 * or the Summa row holds.
 */
const fees = (lines: string[], year = 2025) =>
  (
    memberAmountLists(new DocumentText("p36-miss-kvarnholm/2025-annual-report", lines, year), memberOf)
      .facts as AnyFact[]
  ).map((f) => `${f.member}@${f.year}/${f.basis}=${f.amount_sek}`);

const FEE_ROWS = (state = "4 100") => [
  `Försäkringskassan och Arbetsförmedlingen   ${state}`,
  "Region Kvarnmark                     2 050",
  "Holmsta kommun                       1 230",
  "Lerviks kommun                         820",
  "Summa                                8 200",
];

describe("a members' table whose header names no fee, under a caption that does", () => {
  it("reads a unit-only column under a chart's caption naming the fees and the year", () => {
    expect(
      fees([
        "Diagram 4: Medlemsavgifter 2025 per medlem",
        "[Stapeldiagram, tkr]",
        "Underlag till diagram 4",
        "Medlem                               tkr",
        ...FEE_ROWS(),
      ]),
    ).toEqual([
      "Staten@2025/actual=4100000",
      "Region Kvarnmark@2025/actual=2050000",
      "Holmsta kommun@2025/actual=1230000",
      "Lerviks kommun@2025/actual=820000",
    ]);
  });

  it("reads year columns beside a share column, each year its own, the shares never", () => {
    const out = fees([
      "Tabell 6. Medlemsbidrag 2024–2025. Tkr och procent",
      "",
      "Medlem                                 Andel, %        2024         2025",
      "Försäkringskassan och Arbetsförmedlingen   50,0       4 000        4 100",
      "Region Kvarnmark                           25,0       2 000        2 050",
      "Holmsta kommun                             15,0       1 200        1 230",
      "Lerviks kommun                             10,0         800          820",
      "Summa                                     100,0       8 000        8 200",
    ]);
    expect(out).toContain("Staten@2025/actual=4100000");
    expect(out).toContain("Lerviks kommun@2024/actual=800000");
    expect(out.some((f) => f.endsWith("=50000") || f.endsWith("=50"))).toBe(false);
  });

  it("reads a later year's column with a unit in its bracket as that year's budget", () => {
    const out = fees([
      "Svar: Medlemmarnas bidrag framgår av tabellen nedan.",
      "",
      "Medlem                                   2025 (kr)     2026 (kr, beslutat)",
      "Försäkringskassan och Arbetsförmedlingen 4 100 000     4 100 000",
      "Region Kvarnmark                         2 050 000     2 050 000",
      "Holmsta kommun                           1 230 000     1 250 000",
      "Lerviks kommun                             820 000       800 000",
      "Summa                                    8 200 000     8 200 000",
    ]);
    expect(out).toContain("Holmsta kommun@2025/actual=1230000");
    expect(out).toContain("Holmsta kommun@2026/budget=1250000");
    expect(out).not.toContain("Holmsta kommun@2025/actual=1250000");
  });

  it("must not read such a header under a caption naming no fee (a population table)", () => {
    expect(
      fees([
        "Tabell 6. Invånare 16–64 år per medlem 2025",
        "",
        "Medlem                               tkr",
        ...FEE_ROWS(),
      ]),
    ).toEqual([]);
  });

  it("must not store a table whose state is not half the members' money", () => {
    expect(
      fees([
        "Diagram 4: Medlemsavgifter 2025 per medlem",
        "Medlem                               tkr",
        ...FEE_ROWS("4 300"),
      ]),
    ).toEqual([]);
  });
});

/**
 * Cause 3: a form the federation filled in (an application for the state's money, a network's yearly
 * survey): its name field without a colon ("1.1 Förbundets namn*      Samordningsförbundet X"), a required
 * mark glued to its label before the answer's gap ("Årets resultat (kr)*      -366 450"), its parts in
 * capitals ("3. EKONOMI ENLIGT ÅRSREDOVISNINGEN", "AVSNITT 2  EKONOMI"), a field line over a list ("Avser
 * år*: 2025"); and a list of money with net financial items and no operating result.
 */
const formRead = (lines: string[]) => {
  const reading = readingText(lines, 2025);
  const out = parseLeaderRows(new DocumentText("p36-kvarnholm/2025-annual-report", reading.lines, 2025));
  return [...out.facts, ...(out.awaiting ?? [])] as AnyFact[];
};
const formShown = (facts: AnyFact[]) =>
  facts.map((f) =>
    f.table === "finance"
      ? `${f.item}=${f.amount_sek}`
      : f.table === "participant_breakdown"
        ? `${f.category}=${f.value}`
        : `${f.measure}/${f.gender}=${f.value}`,
  );

const FORM = (name = "Samordningsförbundet Kvarnholm", result = "-366 450") => [
  "ANSÖKAN OM MEDEL FÖR ÅR 2027",
  "Fält markerade * är obligatoriska.",
  "",
  "1. UPPGIFTER OM FÖRBUNDET",
  `   1.1 Förbundets namn*            ${name}`,
  "   1.2 Organisationsnummer*        222000-0000",
  "   1.3 Kontaktperson*              Eva Lind, förbundschef",
  "",
  "3. EKONOMI ENLIGT FASTSTÄLLD ÅRSREDOVISNING",
  "   Avser år*: 2025     Fastställd av styrelsen: 2026-02-20",
  "   3.1 Verksamhetens intäkter (kr)*                         8 120 000",
  "   3.2 Verksamhetens kostnader (kr)*                        8 488 650",
  "   3.3 Finansiella poster, netto (kr)                           2 200",
  `   3.4 Årets resultat (kr)*                                  ${result}`,
  "   3.5 Eget kapital vid årets slut (kr)*                    1 497 390",
  "",
  "4. VERKSAMHET ENLIGT ÅRSREDOVISNINGEN (samma år som under 3)",
  "   4.1 Antal deltagare i individinriktade insatser*            176",
  "   4.2 Antal nya individer under året                           84",
  "   4.3 Antal avslutade individer under året*                    71",
  "",
];

describe("a form the federation filled in", () => {
  it("blanks a required mark glued to the label before the answer's gap, each cell in its place", () => {
    const out = formFields([
      "   3.1 Intäkter (kr)*     8 120",
      "   3.2 Kostnader (kr)*    8 400",
      "   3.3 Resultat (kr)*     -280",
    ]);
    expect(out).toEqual([
      "       Intäkter (kr)      8 120",
      "       Kostnader (kr)     8 400",
      "       Resultat (kr)      -280",
    ]);
    // Must not fire: no form (no numbered fields), the glued mark stays.
    expect(formFields(["Intäkter (kr)*     8 120", "Kostnader (kr)*    8 400"])).toBeUndefined();
  });

  it("reads the form's money and counts as the federation's where its name field names it", () => {
    expect(formShown(formRead(FORM()))).toEqual([
      "revenue_operating=8120000",
      "cost_operating=8488650",
      "result=-366450",
      "equity_end=1497390",
      "enrolled/all=176",
      "new/all=84",
      "exited/all=71",
    ]);
  });

  it("must not read a form another federation filled in", () => {
    expect(formRead(FORM("Samordningsförbundet Tallmo"))).toEqual([]);
  });

  it("must not store the money where revenue − costs + the financial items is not the result", () => {
    expect(formShown(formRead(FORM(undefined, "-360 000"))).filter((f) => !f.includes("/"))).toEqual([]);
  });

  it("a part in capitals keeps the form's scope; a heading naming an intervention does not", () => {
    const lines = [...FORM().slice(0, 8), "Insats: Bryggan", ...FORM().slice(16)];
    expect(formRead(lines)).toEqual([]);
  });
});

/**
 * Cause 4: destinations in running text written label first after the year's exits ("Avslutade: 108,
 * varav arbete 29, studier 17, …") and a list of "N till …" closing on "och 12 till annat" (the rest,
 * which the grammar took for the destination named before it, then refused the whole sentence).
 */
const said = (sentence: string) =>
  readSentence(sentence, { year: 2025 }).figures.map((f) =>
    f.kind === "exit_outcome"
      ? `${f.category}=${f.token.value}`
      : f.kind === "count"
        ? `${f.measure}=${f.token.value}`
        : f.kind,
  );

describe("destinations after the year's exits in running text", () => {
  it("reads a list of parts after 'varav', label before number, where it adds up to the exits", () => {
    expect(
      said("Avslutade: 96, varav arbete 30, studier 12, arbetssökande 20, annan rehabilitering 19 och annan orsak 15."),
    ).toEqual(["exited=96", "work=30", "studies=12", "job_seeker=20", "continued_rehab=19", "other_exit=15"]);
  });

  it("must not read the parts where they do not add up to the exits", () => {
    expect(said("Avslutade: 96, varav arbete 30, studier 12, arbetssökande 20, annan orsak 15.")).toEqual([
      "exited=96",
    ]);
  });

  it("must not read parts that are no destinations (a gender split is another reader's)", () => {
    expect(said("Avslutade: 96, varav kvinnor 50 och män 46.").some((f) => /^(work|studies|other_exit)=/.test(f))).toBe(
      false,
    );
  });

  it("reads 'och 12 till annat' closing a list as the other exits, never the destination before it", () => {
    expect(
      said("Av de 78 som avslutade gick 19 till arbete, 22 till fortsatt rehabilitering eller vård och 37 till annat."),
    ).toEqual(["exited=78", "work=19", "continued_rehab=22", "other_exit=37"]);
    // Must not fire: "till annat än" compares, it names no destination.
    expect(said("Av de 78 som avslutade gick 12 till annat än studier.")).not.toContain("other_exit=12");
  });
});
