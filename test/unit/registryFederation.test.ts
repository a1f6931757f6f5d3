/**
 * The registry's facts about a document's federation handed to its extraction: a name rule knows
 * the federation by its registered name whatever id the user chose at add-federation ("fed07",
 * "vls"), and never takes another federation's name for ours. Made-up federations throughout.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import {
  namesFederation,
  namesOwnFederation,
  ownFederation,
  ownNameAsFederation,
} from "../../loaders/extract/general/federationNames.ts";
import { parseMultiYearTables } from "../../loaders/extract/general/parseMultiYearTables.ts";
import { memberAmountLists } from "../../loaders/extract/general/memberAmountLists.ts";
import { memberOf } from "../../loaders/extract/general/parseMemberContributions.ts";
import { ownMembersNamed } from "../../loaders/extract/general/ownMembers.ts";
import { buildRegistry } from "../../loaders/ingest/addFederation.ts";
import { federationFacts, type FederationFacts } from "../../loaders/schema/registry.ts";
import { manifestEntryOf } from "../support/manifestEntry.ts";
import type { AnyFact } from "../helpers.ts";

const LONNMO: FederationFacts = federationFacts(
  buildRegistry({
    id: "fed07",
    name: "Samordningsförbundet Västra Lönnmo",
    county: "Ekmarks län",
    members: [
      "Lönnmo kommun=municipality=lonnmo",
      "Grävika kommun=municipality=gravika",
      "Region Ekmark=region",
      "Försäkringskassan=social_insurance_agency",
      "Arbetsförmedlingen=employment_service",
    ],
  }),
);

describe("the registry's name of the document's federation", () => {
  it("names the federation by its registered name where the id spells nothing", () => {
    expect(namesFederation("Västra Lönnmo", LONNMO)).toBe(true);
    expect(namesFederation("Samordningsförbundet Västra Lönnmo", LONNMO)).toBe(true);
    expect(namesFederation("Västra Lönnmos samordningsförbund", LONNMO)).toBe(true);
    expect(namesOwnFederation("Styrelsen för Samordningsförbundet Västra Lönnmo beslutade", LONNMO)).toBe(true);
    expect(ownNameAsFederation("Samordningsförbundet Västra Lönnmo hade 140 deltagare", LONNMO)).toMatch(
      /^ +Förbundet hade 140 deltagare$/,
    );
  });

  it("never takes a neighbour's name, a part of ours or a member's name for ours", () => {
    expect(namesFederation("Samordningsförbundet Östra Lönnmo", LONNMO)).toBe(false);
    expect(namesFederation("Lönnmo", LONNMO)).toBe(false);
    expect(namesFederation("Lönnmo kommun", LONNMO)).toBe(false);
    expect(namesFederation("Samordningsförbundet", LONNMO)).toBe(false);
    expect(ownNameAsFederation("Samordningsförbundet Östra Lönnmo hade 121 deltagare", LONNMO)).toBe(
      "Samordningsförbundet Östra Lönnmo hade 121 deltagare",
    );
  });

  it("is the id alone without the registry's facts: a name the id does not spell is not ours", () => {
    expect(namesFederation("Samordningsförbundet Västra Lönnmo", "fed07")).toBe(false);
    expect(ownFederation(new DocumentText("fed07/2024-annual-report", [], 2024))).toBe("fed07");
    expect(ownFederation(new DocumentText("fed07/2024-annual-report", [], 2024, "plain_text", undefined, LONNMO))).toBe(
      LONNMO,
    );
  });

  it("gives extraction the document's own federation only, its members without the state", () => {
    expect(LONNMO.id).toBe("fed07");
    expect(LONNMO.members).toContain("Grävika kommun");
    expect(LONNMO.members.some((m) => /staten/i.test(m))).toBe(false);
  });
});

const TABLE = [
  "Nyckeltal 2024                       Västra Lönnmo    Östra Lönnmo",
  "Deltagare totalt                               140             121",
  "Nya deltagare                                   71              64",
  "Avslutade deltagare                             66              50",
  "Årets resultat (tkr)                          -380             133",
];
const read = (lines: string[], facts?: FederationFacts) =>
  (
    parseMultiYearTables(new DocumentText("fed07/2024-annual-report", lines, 2024, "plain_text", undefined, facts))
      .facts as AnyFact[]
  ).map((f) => Number(f.value ?? f.amount_sek));

describe("an id that spells a neighbour's name", () => {
  const NORRA_EKBY: FederationFacts = { id: "ekby", name: "Samordningsförbundet Norra Ekby", members: [] };
  const EKBY_TABLE = [
    "Nyckeltal 2024                          Norra Ekby            Ekby",
    "Deltagare totalt                               140             121",
    "Nya deltagare                                   71              64",
  ];
  const readAs = (facts: FederationFacts | string) =>
    (
      parseMultiYearTables(
        typeof facts === "string"
          ? new DocumentText(`${facts}/2024-annual-report`, EKBY_TABLE, 2024)
          : new DocumentText("ekby/2024-annual-report", EKBY_TABLE, 2024, "plain_text", undefined, facts),
      ).facts as AnyFact[]
    ).map((f) => Number(f.value));

  it("never makes the neighbour ours where the registry names the federation (must not fire)", () => {
    expect(namesFederation("Samordningsförbundet Ekby", NORRA_EKBY)).toBe(false);
    expect(namesFederation("Ekby", NORRA_EKBY)).toBe(false);
    expect(readAs(NORRA_EKBY)).not.toContain(121);
  });

  it("reads the registered name's column (must fire)", () => {
    expect(namesFederation("Samordningsförbundet Norra Ekby", NORRA_EKBY)).toBe(true);
    expect(readAs(NORRA_EKBY)).toEqual([140, 71]);
  });
});

describe("a name registered in the genitive or with 'Finsam'", () => {
  const facts = (name: string): FederationFacts => ({ id: "fed03", name, members: [] });
  it("is the federation's name however the document writes it", () => {
    const genitive = facts("Tjärnhults samordningsförbund");
    expect(namesFederation("Samordningsförbundet Tjärnhult", genitive)).toBe(true);
    expect(namesFederation("Tjärnhults samordningsförbund", genitive)).toBe(true);
    expect(namesFederation("Finsam Kronsjö", facts("Finsam Kronsjö"))).toBe(true);
    expect(namesFederation("Samordningsförbundet Kronsjö", facts("Finsam Kronsjö"))).toBe(true);
  });
  it("keeps a name ending in s that is no genitive whole, and another name another's", () => {
    const vasteras = facts("Samordningsförbundet Västerås");
    expect(namesFederation("Samordningsförbundet Västerås", vasteras)).toBe(true);
    expect(namesFederation("Samordningsförbundet Västera", vasteras)).toBe(false);
    expect(namesFederation("Samordningsförbundet Tjärnby", facts("Tjärnhults samordningsförbund"))).toBe(false);
  });
});

describe("a column per federation under an id that spells nothing", () => {
  it("reads the column the registered name heads", () => {
    expect(read(TABLE, LONNMO)).toEqual([140, 71, 66, -380_000]);
  });

  it("reads nothing without the registry's facts, and never the neighbour's column", () => {
    expect(read(TABLE)).toEqual([]);
    const neighbourOnly = TABLE.map((l, i) => (i === 0 ? l.replace("Västra Lönnmo", "Norra Lönnmo ") : l));
    expect(read(neighbourOnly, LONNMO)).toEqual([]);
  });
});

describe("the facts handed to the extraction", () => {
  it("must be the entry's own federation's", () => {
    const entry = manifestEntryOf({ federation: "fed08" });
    expect(() => extractFromLines(entry, ["Årsredovisning 2024"], entry.sha256, LONNMO)).toThrow(/fed07/);
  });
});

const BERGMARK: FederationFacts = federationFacts(
  buildRegistry({
    id: "bm2",
    name: "Samordningsförbundet Bergmark",
    county: "Bergmarks län",
    members: [
      "Ålsta kommun=municipality=alsta",
      "Kvarnby kommun=municipality=kvarnby",
      "Region Bergmark=region",
      "Försäkringskassan=social_insurance_agency",
      "Arbetsförmedlingen=employment_service",
    ],
  }),
);
const memberRows = (caption: string, rows: [string, string][]) => [
  "Årsredovisning 2024",
  "",
  caption,
  ...rows.map(([label, amount]) => `  ${label.padEnd(44)}${amount.padStart(12)}`),
];
const OWN_ROWS: [string, string][] = [
  ["Staten", "2 600 000"],
  ["Region Bergmark", "1 300 000"],
  ["Ålsta kommun", "780 000"],
  ["Kvarnby kommun", "520 000"],
  ["Summa", "5 200 000"],
];
const NEIGHBOUR_ROWS: [string, string][] = OWN_ROWS.map(([label, amount]) => [
  label.replace("Ålsta", "Backa").replace("Kvarnby", "Ulvsjö"),
  amount,
]);
const readList = (lines: string[], facts?: FederationFacts) =>
  (
    memberAmountLists(new DocumentText("bm2/2024-annual-report", lines, 2024, "plain_text", undefined, facts), memberOf)
      .facts as AnyFact[]
  ).map((f) => `${f.member}=${f.amount_sek}`);

describe("the registry's members where the document names none", () => {
  it("gives the own members' keys, the state among them", () => {
    const doc = new DocumentText(
      "bm2/2024-annual-report",
      ["Årsredovisning 2024"],
      2024,
      "plain_text",
      undefined,
      BERGMARK,
    );
    expect([...(ownMembersNamed(doc, memberOf) ?? [])].sort()).toEqual([
      "alsta",
      "kvarnby",
      "region:bergmark",
      "state",
    ]);
    expect(
      ownMembersNamed(new DocumentText("bm2/2024-annual-report", ["Årsredovisning 2024"], 2024), memberOf),
    ).toBeNull();
  });

  it("reads a list of every registered member closed by its own total, under a caption naming no money (must fire)", () => {
    const lines = memberRows("Stöd från offentliga aktörer", OWN_ROWS);
    expect(readList(lines)).toEqual([]);
    expect(readList(lines, BERGMARK)).toEqual([
      "Staten=2600000",
      "Region Bergmark=1300000",
      "Ålsta kommun=780000",
      "Kvarnby kommun=520000",
    ]);
  });

  it("passes over the municipalities' part named together ('Kommunernas'), no place of its own (must fire)", () => {
    const lines = [
      "Årsredovisning 2024",
      "",
      "Medlemsbidragen 2024 var totalt 5 200 tkr, varav staten 2 600 tkr och Region Bergmark 1 300 tkr.",
      "Kommunernas 1 300 tkr fördelades efter invånarantal: Ålsta 780 tkr och Kvarnby 520 tkr.",
    ];
    expect(readList(lines, BERGMARK)).toEqual(readList(lines));
    expect(readList(lines, BERGMARK)).toContain("Staten=2600000");
  });

  it("never reads a list naming municipalities of another federation as ours (must not fire)", () => {
    const lines = memberRows("Medlemsbidrag 2024 (kr)", NEIGHBOUR_ROWS);
    expect(readList(lines)).toHaveLength(4);
    expect(readList(lines, BERGMARK)).toEqual([]);
    // The same list of the registered members is read.
    expect(readList(memberRows("Medlemsbidrag 2024 (kr)", OWN_ROWS), BERGMARK)).toHaveLength(4);
  });
});
