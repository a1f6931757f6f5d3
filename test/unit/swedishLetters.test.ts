import { describe, expect, it } from "vitest";
import { letterDamage, restoreSwedishLetters } from "../../loaders/extract/text/swedishLetters.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { NameResolver } from "../../loaders/reference/resolveNames.ts";
import { buildRegistry } from "../../loaders/ingest/addFederation.ts";
import { extractDocumentLines } from "../support/manifestEntry.ts";
import type { AnyFact } from "../helpers.ts";

const drop = (lines: string[]) => lines.map((l) => l.replace(/[åäöÅÄÖ]/g, ""));
const standIn = (lines: string[], c: string) => lines.map((l) => l.replace(/[åäöÅÄÖ]/g, c));

/** A made-up federation's key figures, as written with its letters. */
const KEY_FIGURES = [
  "Samordningsförbundet Tallmora",
  "Nyckeltal för året",
  "Personer i insatserna under året        244",
  "   varav män                              102",
  "Övriga kostnader                     410 000",
  "Årets resultat                       -77 000",
  "Förbundschefen bedömer läget som stabilt, även på längre sikt.",
];

describe("Swedish letters a viewer dropped", () => {
  it("puts å, ä and ö back where a word's skeleton is one word of the vocabulary", () => {
    expect(letterDamage(drop(KEY_FIGURES))).toEqual({ kind: "dropped" });
    expect(restoreSwedishLetters(drop(KEY_FIGURES))).toEqual([
      "Samordningsförbundet Tallmora",
      "Nyckeltal för året",
      "Personer i insatserna under året        244",
      "   varav män                              102",
      "Övriga kostnader                     410 000",
      "Årets resultat                       -77 000",
      "Förbundschefen bedömer läget som stabilt, även på längre sikt.",
    ]);
  });

  it("writes capitals back in a heading in capitals", () => {
    const lines = drop(["ÅRSREDOVISNING 2025", "RESULTATRÄKNING", "Summa tillgångar   1 200", "Årets resultat   -40"]);
    expect(restoreSwedishLetters(lines)?.slice(0, 2)).toEqual(["ÅRSREDOVISNING 2025", "RESULTATRÄKNING"]);
  });

  it("never touches a document that has its letters, even with a word missing one", () => {
    const lines = ["Årets resultat blev -12 000 kr.", "Intkter 4 100 000 kr", "varav mn 40"];
    expect(letterDamage(lines)).toBeUndefined();
    expect(restoreSwedishLetters(lines)).toBeUndefined();
  });

  it("leaves a skeleton of two words as written: 'r' is 'år' or 'är', 'ln' 'lön' or 'län'", () => {
    const out = restoreSwedishLetters(
      drop(["Det r bra att intäkterna ökade.", "Kostnad för ln och län", "Årets resultat -5"]),
    );
    expect(out?.[0]).toBe("Det r bra att intäkterna ökade.");
    expect(out?.[1]).toBe("Kostnad för ln och ln");
  });

  it("reads a lone 'r' after a word of time as 'år'", () => {
    const out = restoreSwedishLetters(drop(["Föregående år deltog 96 personer, nästa år fler.", "Årets resultat -5"]));
    expect(out?.[0]).toBe("Föregående år deltog 96 personer, nästa år fler.");
  });

  it("leaves a name it cannot know as written, and 'mn' before a currency as the unit", () => {
    const out = restoreSwedishLetters(
      drop(["Hällaby kommun  1 040", "Intäkter 4,2 mn kr", "Årets resultat -5", "varav män 4"]),
    );
    expect(out).toEqual(["Hllaby kommun  1 040", "Intäkter 4,2 mn kr", "Årets resultat -5", "varav män 4"]);
  });

  it("needs two different restorable words before it calls a document damaged", () => {
    expect(letterDamage(["Intkter 4 100 000 kr", "Kostnader 3 900 000 kr"])).toBeUndefined();
    expect(letterDamage(["Intkter 4 100 000 kr", "rets resultat 200 000 kr"])).toEqual({ kind: "dropped" });
  });
});

describe("Swedish letters a font set as one stand-in character", () => {
  it("reads '?', U+FFFD and '#' standing for å, ä and ö", () => {
    for (const c of ["?", "\uFFFD", "#"]) {
      const out = restoreSwedishLetters(standIn(KEY_FIGURES, c));
      expect(out?.slice(1)).toEqual(KEY_FIGURES.slice(1));
      expect(out?.[0]).toBe("Samordningsförbundet Tallmora");
    }
    // A name no vocabulary holds loses its stand-in, as a viewer drops the letter.
    expect(
      restoreSwedishLetters(standIn(["Sjömora kommun  918 000", "Årets resultat  -5", "varav män 4"], "?"))?.[0],
    ).toBe("Sjmora kommun  918 000");
  });

  it("leaves a document's questions alone", () => {
    const lines = ["Vad hände med de som avslutade?", "Årets resultat blev ett överskott.", "Hur gick det?Bra."];
    expect(letterDamage(lines)).toBeUndefined();
  });
});

describe("reading a damaged document", () => {
  it("reads its figures and quotes its own lines", () => {
    const lines = drop([
      "Verksamheten i siffror 2025",
      "Samordningsförbundet Tallmora",
      "",
      "Deltagare i insatserna               2025      2024",
      "Inskrivna totalt                      188       171",
      "   varav kvinnor                      101        90",
      "   varav män                           87        81",
    ]);
    expect(readingText(lines).lettered?.[6]).toBe("   varav män                           87        81");
    const facts = extractDocumentLines({ federation: "tallmora", kind: "annual_report", year: 2025 }, lines)
      .facts as AnyFact[];
    const men = facts.find((f) => f.table === "participant_count" && f.gender === "man" && f.year === 2025);
    expect(men?.value).toBe(87);
    expect(men?.text).toContain("varav mn");
  });

  it("leaves an undamaged document's reading as it was", () => {
    expect(readingText(["Årets resultat 12 000 kr", "varav män 4"]).lettered).toBeUndefined();
  });
});

describe("a member's name whose letters were dropped", () => {
  const args = {
    id: "tallmora",
    name: "Samordningsförbundet Tallmora",
    county: "Norrmarks län",
    members: ["Region Norrmark=region", "Åsby kommun=municipality=Åsby", "Sälje kommun=municipality=Sälje"],
  };
  it("is the one member whose name spells it without å, ä and ö", () => {
    const resolver = new NameResolver(new Map([["tallmora", buildRegistry(args)]]));
    expect(resolver.member("tallmora", "sby kommun")).toBe("tallmora/asby");
    expect(resolver.member("tallmora", "Slje kommun")).toBe("tallmora/salje");
  });
  it("is no member where two members' names spell it, nor where a name has its letters", () => {
    const two = buildRegistry({ ...args, members: [...args.members, "Ösby kommun=municipality=Ösby"] });
    const resolver = new NameResolver(new Map([["tallmora", two]]));
    expect(resolver.member("tallmora", "sby kommun")).toBeUndefined();
    expect(resolver.member("tallmora", "Sljö kommun")).toBeUndefined();
  });
});

describe("the state's fee paid through the agency", () => {
  it("reads 'Försäkringskassan (för staten)' as the agency, the bracket saying whose it is", () => {
    expect(memberOf("Försäkringskassan (för staten)")).toBe("Försäkringskassan");
  });
  it("reads no other bracket so", () => {
    expect(memberOf("Försäkringskassan (för regionen)")).toBeNull();
  });
});

describe("UTF-8 read as Windows-1252", () => {
  it("reads each pair as its letter, and a lone 'Ã' (Å, Ä, Ö losing their second byte) as the word's capital", () => {
    const lines = [
      "SamordningsfÃ¶rbundet Tallmora â€“ Ã¥rsredovisning",
      "Ãrets resultat 12 000 kr, varav mÃ¤n 4",
      "Ãsby kommun  410 000",
    ];
    expect(restoreSwedishLetters(lines)).toEqual([
      "Samordningsförbundet Tallmora – årsredovisning",
      "Årets resultat 12 000 kr, varav män 4",
      "sby kommun  410 000",
    ]);
  });
  it("leaves a document with one such pair alone", () => {
    expect(restoreSwedishLetters(["Årets resultat 12 000 kr", "Konsult: JOÃ¥O AB"])).toBeUndefined();
  });
});
