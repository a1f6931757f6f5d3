/**
 * A cross-tab of the year's exits by gender (rows) and destination (columns), its destination
 * headers hyphenated over two or three lines: the Totalt row's destinations and exits are the
 * federation's, each gender row its exits; nothing is an enrolled count. Made-up federations.
 */
import { describe, expect, it } from "vitest";
import { hyphenatedHeaders } from "../../loaders/extract/text/hyphenatedHeaders.ts";
import { stackHeader } from "../../loaders/extract/general/layoutGrid.ts";
import { documentFacts } from "../support/manifestEntry.ts";

const read = (lines: string[]) =>
  documentFacts({ federation: "alnas" }, lines)
    .filter((f) => f.table === "participant_count" || f.table === "participant_breakdown")
    .map((f) => `${f.intervention ?? "fed"}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`);

const head = ["Samordningsförbundet Alnäs", "Årsredovisning 2024", ""];

describe("a gender × destination cross-tab", () => {
  it("reads the destinations and the exits of a header of destinations closed by Summa", () => {
    const facts = read([
      ...head,
      "Avslutade deltagare under året efter kön och vad de gick vidare till",
      "",
      "              Arbete   Studier   Arbetssökande   Annat   Summa",
      "Kvinnor          6        3            4            1       14",
      "Män              5        1            6            2       14",
      "Totalt          11        4           10            3       28",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        "fed:exited:all=28",
        "fed:exited:woman=14",
        "fed:exited:man=14",
        "fed:work:=11",
        "fed:job_seeker:=10",
      ]),
    );
    expect(facts.filter((f) => f.includes("enrolled"))).toEqual([]);
    expect(facts.filter((f) => f.endsWith("work:=6") || f.endsWith("work:=5"))).toEqual([]);
  });

  it("reads a header hyphenated over three lines", () => {
    const facts = read([
      ...head,
      "Avslutade deltagare efter kön och vart de gick 2024",
      "",
      "               Stu-      Arbets-     Fortsatt     Summa",
      "               dier      sökande     rehabili-",
      "                                     tering",
      "Kvinnor          3          4            2           9",
      "Män              2          5            1           8",
      "Totalt           5          9            3          17",
    ]);
    expect(facts).toEqual(expect.arrayContaining(["fed:exited:all=17", "fed:studies:=5", "fed:continued_rehab:=3"]));
  });

  it("is never the federation's under a caption naming an intervention (must not fire)", () => {
    const facts = read([
      ...head,
      "Avslutade deltagare i Bryggan efter kön och på vad de gick vidare till",
      "",
      "              Arbete   Studier   Arbetssökande   Annat   Summa",
      "Kvinnor          6        3            4            1       14",
      "Män              5        1            6            2       14",
      "Totalt          11        4           10            3       28",
    ]);
    expect(facts.filter((f) => f.startsWith("fed:"))).toEqual([]);
  });

  it("is no header of destinations with one destination alone (must not fire)", () => {
    const facts = read([
      ...head,
      "Deltagare efter kön",
      "",
      "              Arbete   Summa",
      "Kvinnor          6       14",
      "Totalt          11       28",
    ]);
    expect(facts.filter((f) => f.includes("exited") || f.includes("work"))).toEqual([]);
  });
});

describe("a hyphenated header word too long for its place", () => {
  it("is moved left on the upper line, still over its column", () => {
    const lines = ["                 Arbe-     Arbets-     Fortsatt", "                 te        sökande     rehab"];
    const out = hyphenatedHeaders(lines)!;
    const at = out[0]!.indexOf("Arbetssökande");
    expect(at).toBeGreaterThan(out[1]!.indexOf("Arbete") + "Arbete".length);
    expect(at).toBeLessThanOrEqual(lines[0]!.indexOf("Arbets-") + 3);
    expect(out[1]!.trim().split(/\s{2,}/)).toEqual(["Arbete", "rehab"]);
  });

  it("stays as written where moving it would cover a cell of the lower line (must not fire)", () => {
    const lines = ["                 Arbets-   Fortsatt", "        Studier  sökande   rehab"];
    expect(hyphenatedHeaders(lines)?.[0]).not.toContain("Arbetssökande");
  });
});

describe("a destination header broken over two lines where the whole words do not fit", () => {
  const tab = (lower: string) => [
    ...head,
    "Avslutade deltagare efter kön och vad de gick vidare till",
    "",
    "              Arbete  Studier  Arbets-   Fortsatt  Annat/     Totalt",
    lower,
    "Kvinnor           10        4         6        7         3        30",
    "Män                8        3         7        5         2        25",
    "Totalt            18        7        13       12         5        55",
  ];

  it("is merged by position, the broken words joined", () => {
    const facts = read(tab("                               sökande   rehab     ej känt"));
    expect(facts).toEqual(
      expect.arrayContaining([
        "fed:exited:all=55",
        "fed:job_seeker:=13",
        "fed:continued_rehab:=12",
        "fed:other_exit:=5",
      ]),
    );
  });

  it("is no header where a lower run stands under no cell of the upper line (must not fire)", () => {
    const facts = read(tab("   se not 3                    sökande   rehab     ej känt"));
    expect(facts.filter((f) => f.includes("job_seeker"))).toEqual([]);
  });

  it("never joins a word broken before 'och' (must not fire)", () => {
    expect(stackHeader(["Sjuk-       Aktivitets-", "och rehab   ersättning"])).toEqual([
      "Sjuk- och rehab",
      "Aktivitetsersättning",
    ]);
  });
});
