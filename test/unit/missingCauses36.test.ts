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
