/**
 * fix42-att: whose board a joint meeting's list label names. A federation named in the label is ours only
 * where it is our registered name (or, without the registry's facts, our id), or every word of it is a
 * whole word of ours: a name that merely starts like ours ("Lindmark" beside "Lindmarken") is another
 * federation's, and its people are no members or deputies of ours. Made-up federations and people.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { findRecipient } from "../../loaders/extract/minutes/readDecisions.ts";
import type { FederationFacts } from "../../loaders/schema/registry.ts";
import type { AnyFact } from "../helpers.ts";

const facts = (name: string): FederationFacts => ({
  id: "lindmarken",
  name,
  members: ["Lindmarkens kommun", "Region Åmark", "Försäkringskassan", "Arbetsförmedlingen"],
});

function people(label: string, federation?: FederationFacts): string[] {
  const lines = [
    "Protokoll från gemensamt sammanträde för styrelserna i två samordningsförbund",
    "",
    "Datum: 2026-11-05",
    "",
    "Närvarande ledamöter",
    "  Eva Strand (S), Lindmarkens kommun, ordförande",
    "",
    label,
    "  Bertil Vass (C), Vikby kommun",
    "  Ylva Holm, Arbetsförmedlingen",
    "",
    "§ 1  Mötets öppnande",
    "Styrelserna beslutar att godkänna dagordningen.",
  ];
  const doc = new DocumentText("lindmarken/minutes", lines, 2026, "plain_text", new Set(), federation);
  const out = parseMinutes(doc, { date: "2026-11-05", kind: "board_minutes" });
  return (out.facts as AnyFact[]).filter((f) => f.table === "attendance").map((f) => `${f.person}:${f.role}`);
}

describe("a list label naming a federation: ours by whole words, never by a part of a word", () => {
  it("passes over a federation whose name is a part of ours (must not read its people)", () => {
    const rows = people("Närvarande från Samordningsförbundet Lindmark", facts("Samordningsförbundet Lindmarken"));
    expect(rows.filter((r) => r.startsWith("Bertil Vass") || r.startsWith("Ylva Holm"))).toEqual([]);
    expect(rows).toContain("Eva Strand:member");
  });
  it("passes over it by the id too, without the registry's facts (must not read its people)", () => {
    const rows = people("Närvarande från Samordningsförbundet Lindmark");
    expect(rows.filter((r) => r.startsWith("Bertil Vass"))).toEqual([]);
  });
  it("reads the people under our own name (must fire)", () => {
    const rows = people("Närvarande från Samordningsförbundet Lindmarken", facts("Samordningsförbundet Lindmarken"));
    expect(rows).toContain("Bertil Vass:member");
  });
  it("reads them under our name by the id alone, without the registry's facts (must fire)", () => {
    expect(people("Närvarande från Samordningsförbundet Lindmarken")).toContain("Bertil Vass:member");
  });
  it("reads them under our name shortened to a whole word of it (must fire)", () => {
    const rows = people(
      "Närvarande från Samordningsförbundet Lindmarken",
      facts("Samordningsförbundet Norra Lindmarken"),
    );
    expect(rows).toContain("Bertil Vass:member");
  });
  it("passes over a longer name holding ours as a part of a word (must not read its people)", () => {
    const rows = people("Närvarande från Samordningsförbundet Lindmarkenby", facts("Samordningsförbundet Lindmarken"));
    expect(rows.filter((r) => r.startsWith("Bertil Vass"))).toEqual([]);
  });
});

describe("findRecipient: a federation, the state or a role is never a grant's recipient (review42 R6)", () => {
  it("refuses the federation a decision opens on, and any name after it (must not fire)", () => {
    expect(
      findRecipient("Samordningsförbundet Ravik tilldelas 3 400 000 kr i statliga medel för 2026.", ""),
    ).toBeNull();
    expect(
      findRecipient("Samordningsförbundet Ravik tilldelas 3 400 000 kr, varav Åby kommun betalar 200 000 kr.", ""),
    ).toBeNull();
  });
  it("refuses a role or the state as the subject granted a sum (must not fire)", () => {
    expect(findRecipient("Förbundschefen tilldelas 50 000 kr att fördela under året.", "")).toBeNull();
    expect(findRecipient("Ordföranden beviljas 10 000 kr för representation.", "")).toBeNull();
    expect(findRecipient("att Kansliet tilldelas 80 000 kr för utbildning", "")).toBeNull();
    expect(findRecipient("Staten tilldelas 100 000 kr.", "")).toBeNull();
  });
  it("still reads an intervention or a member agency opening a decision as the recipient (must fire)", () => {
    expect(findRecipient("Steget vidare beviljas 300 000 kr för perioden 2026-04-01–2026-12-31.", "")).toBe(
      "Steget vidare",
    );
    expect(findRecipient("Arbetsförmedlingen beviljas 250 000 kr för ett gemensamt team.", "")).toBe(
      "Arbetsförmedlingen",
    );
    expect(findRecipient("Finsam Ungdomsspåret beviljas 200 000 kr för 2026.", "")).toBe("Finsam Ungdomsspåret");
  });
});
