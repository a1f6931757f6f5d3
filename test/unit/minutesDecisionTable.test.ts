/**
 * Minutes whose decisions stand in one table ("§ | Ärende | Beslut | Belopp"), read by what the
 * header says each column holds, and notes on the items below it; made-up federations.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { decisionColumn } from "../../loaders/reference/concepts.ts";
import { type AnyFact } from "../helpers.ts";

function parse(text: string) {
  const doc = new DocumentText("x/minutes", text.split("\n"), 2025);
  const out = parseMinutes(doc, { date: "2025-03-12", kind: "board_minutes" });
  const facts = out.facts as AnyFact[];
  return { out, of: (table: string) => facts.filter((f) => f.table === table) };
}

const HEAD = `Samordningsförbundet Granlid
Protokoll från styrelsens sammanträde 2025-03-12

Beslutande: Olle Berg, Granlids kommun`;

const PIPES = `${HEAD}

| Paragraf | Ärende                                        | Styrelsens beslut              | Beviljat belopp |
|----------|-----------------------------------------------|--------------------------------|-----------------|
| § 12     | Ansökan Nya vägar, Granlids kommun (sökt 700 000 kr) | Beviljas 2025-05-01 – 2025-12-31 | 640 000 kr |
| § 13     | Ansökan Språkstöd, Region Tallmark            | Avslås                         | –               |
| § 14     | Förlängning Arbetslaget                       | Beviljas under 2025            | 300 000 kr      |
| § 15     | Delårsrapport                                 | Läggs till handlingarna        |                 |
|          | Totalt                                        |                                | 940 000 kr      |

Anteckningar
§ 12 Kansliet bedömde att sökt belopp kunde sänkas.
§ 15 Ekonomen redogjorde för utfallet hittills i år.
`;

describe("a decision table", () => {
  it("reads each row's outcome, the granted amount from its column and the period from the decision cell", () => {
    const { of } = parse(PIPES);
    const d = of("decision");
    expect(d.map((x) => `${x.item_ref} ${x.outcome} ${x.amount_sek}`)).toEqual([
      "§12 approved 640000",
      "§13 rejected null",
      "§14 approved 300000",
      "§15 noted null",
    ]);
    expect(d[0]).toMatchObject({ recipient: "Granlids kommun", period_start: "2025-05-01", period_end: "2025-12-31" });
    const a = of("allocation");
    expect(a.map((x) => `${x.recipient} ${x.amount_sek}`)).toEqual(["Granlids kommun 640000", "Arbetslaget 300000"]);
  });

  it("stores no applied amount and no total row as a grant, and no note as an item of unknown outcome", () => {
    const { of } = parse(PIPES);
    expect(of("allocation").map((x) => x.amount_sek)).not.toContain(700000);
    expect(of("allocation").map((x) => x.amount_sek)).not.toContain(940000);
    expect(of("decision").filter((x) => x.outcome === "other")).toEqual([]);
    expect(of("decision").filter((x) => x.item_ref === "§12")).toHaveLength(1);
  });

  it("reads a table set out in columns, a wrapped cell joined to its row", () => {
    const text = `${HEAD}

§        Ärende                         Beslut                       Belopp (tkr)
21       Ansökan Stegvis, Region        Beviljas för perioden         450
         Tallmark                       2025-04-01 – 2026-03-31
22       Medlemsavgifter 2026           Bordläggs                     –
`;
    const { of } = parse(text);
    expect(of("decision").map((x) => `${x.item_ref} ${x.outcome} ${x.amount_sek} ${x.period_end}`)).toEqual([
      "§21 approved 450000 2026-03-31",
      "§22 postponed null null",
    ]);
    expect(of("allocation")).toMatchObject([{ recipient: "Region Tallmark", amount_sek: 450000 }]);
  });

  it("does not read an amount in a unit the table does not state, nor a proposal column as the decision", () => {
    const bare = parse(`${HEAD}

| § | Ärende | Beslut | Belopp |
|---|---|---|---|
| 4 | Ansökan Nya vägar, Granlids kommun | Beviljas | 640 000 |
`);
    expect(bare.of("decision")).toEqual([]);
    expect(bare.of("allocation")).toEqual([]);
    expect(bare.out.findings.map((f) => f.check_id)).toContain("minutes.decision_table_amount_unread");
    // A row that grants nothing needs no amount read: its outcome stands.
    const rejected = parse(`${HEAD}

| § | Ärende | Beslut | Belopp |
|---|---|---|---|
| 4 | Ansökan Nya vägar, Granlids kommun | Avslås | 640 000 |
`);
    expect(rejected.of("decision").map((x) => `${x.item_ref} ${x.outcome} ${x.amount_sek}`)).toEqual([
      "§4 rejected null",
    ]);
    const proposal = parse(`${HEAD}

| § | Ärende | Förslag till beslut | Sökt belopp |
|---|---|---|---|
| 4 | Ansökan Nya vägar, Granlids kommun | Beviljas | 640 000 kr |
`);
    expect(proposal.of("decision")).toEqual([]);
    expect(proposal.of("allocation")).toEqual([]);
  });

  it("reads the sum from the decision cell when the table has no amount column, and sub-items by their number", () => {
    const { of } = parse(`${HEAD}

| § | Ärende | Beslut |
|---|---|---|
| 8:1 | Ansökan Nya vägar, Granlids kommun | Beviljas med 210 000 kr för 2025 |
| 8:2 | Ansökan Språkstöd, Region Tallmark | Återremitteras |
`);
    expect(of("decision").map((x) => `${x.item_ref} ${x.outcome} ${x.amount_sek}`)).toEqual([
      "§8:1 approved 210000",
      "§8:2 referred_back null",
    ]);
  });

  it("takes the item's own decision where the row's decision cell names no outcome", () => {
    const { of } = parse(`${HEAD}

| § | Ärende | Beslut |
|---|---|---|
| 9 | Revisionsrapport | Se nedan |
| 10 | Arvoden | Se nedan |

§ 9 Revisionsrapport
Styrelsen beslutar att lägga rapporten till handlingarna.

§ 10 Arvoden
Ordföranden redogjorde för arvodena.
`);
    // §10's row and its text name no outcome: it is not stored as decided, nor as a second item.
    expect(of("decision").map((x) => `${x.item_ref} ${x.outcome}`)).toEqual(["§9 noted"]);
  });

  it("reads the item from the opening of the title's cell where no column of its own holds it", () => {
    const { of } = parse(`${HEAD}

| Ärende | Beslut/åtgärd | Belopp |
|---|---|---|
| § 31 Ansökan Nya vägar, Granlids kommun | Beviljas | 125 tkr |
| Kansliets rapport | Läggs till handlingarna | |
`);
    expect(of("decision").map((x) => `${x.item_ref} ${x.title} ${x.outcome} ${x.amount_sek}`)).toEqual([
      "§31 Ansökan Nya vägar, Granlids kommun approved 125000",
    ]);
  });

  it("names columns from their header words, an applied amount apart from a granted one", () => {
    expect(decisionColumn("§")).toBe("item");
    expect(decisionColumn("Ärende nr")).toBe("item");
    expect(decisionColumn("Nr")).toBe("item");
    expect(decisionColumn("Ärende")).toBe("title");
    expect(decisionColumn("Beslut")).toBe("decision");
    expect(decisionColumn("Beviljat belopp")).toBe("amount");
    expect(decisionColumn("Belopp (kr)")).toBe("amount");
    expect(decisionColumn("Sökt belopp")).toBe("applied");
    expect(decisionColumn("Förslag till beslut")).toBeUndefined();
    expect(decisionColumn("Beslutsdatum")).toBeUndefined();
    expect(decisionColumn("Beslut/åtgärd")).toBe("decision");
  });
});

describe("a decision table drawn with inner pipes only", () => {
  const INNER = `${HEAD}

§ | Ärende | Beslut | Belopp
§ 4 | Ansökan Stegen | Beviljas | 450 000 kr
§ 5 | Ansökan Bron | Avslås |
§ 6 | Verksamhetsplan 2026 | Fastställs |

Not: § 5 Sökt belopp var 300 000 kr.
§ 6 Planen omfattar 9 000 000 kr varav 2 000 000 kr till insatser.
`;

  it("reads each row as the table's, a last pipe closing an empty cell", () => {
    const { of } = parse(INNER);
    expect(of("decision").map((x) => `${x.item_ref} ${x.outcome} ${x.amount_sek}`)).toEqual([
      "§4 approved 450000",
      "§5 rejected null",
      "§6 approved null",
    ]);
    expect(of("allocation").map((x) => x.amount_sek)).toEqual([450000]);
  });

  it("must not read the rows as headings of items whose text runs over the next rows", () => {
    const { of } = parse(INNER);
    // One decision per item: no rejection carrying the row above's grant, no note as a decision of its own.
    expect(of("decision").filter((x) => x.item_ref === "§4")).toHaveLength(1);
    expect(of("decision").filter((x) => x.outcome === "rejected" && x.amount_sek !== null)).toEqual([]);
    expect(of("decision").map((x) => x.item_ref)).not.toContain("§6#2");
  });
});

describe("a decision table set out in columns, each row opening with its §", () => {
  const LAYOUT = `${HEAD}

Beslut i sammandrag
§     Ärende                     Beslut          Belopp
§ 4   Ansökan Stegen             Beviljas        450 000 kr
§ 5   Ansökan Bron               Avslås
§ 6   Delårsrapport              Noteras

Kommentarer
§ 5 Sökt belopp var 300 000 kr.
`;

  it("reads one decision per row, and no row as a heading whose text runs over the rows below", () => {
    const { of } = parse(LAYOUT);
    expect(of("decision").map((x) => `${x.item_ref} ${x.outcome} ${x.amount_sek}`)).toEqual([
      "§4 approved 450000",
      "§5 rejected null",
      "§6 noted null",
    ]);
  });
});

describe("an item mentioned again", () => {
  it("adds no decision of unknown outcome where the item's decision was read", () => {
    const { of } = parse(`${HEAD}

§ 5 Ansökan Nya vägar
Styrelsen beslutar att avslå ansökan.

§ 5 (forts.)
Diskussionen fortsatte efter pausen.
`);
    expect(of("decision").map((x) => `${x.item_ref} ${x.outcome}`)).toEqual(["§5 rejected"]);
  });

  it("keeps an item that decided nothing when it is mentioned only once", () => {
    const { of } = parse(`${HEAD}

§ 5 Information från kansliet
Förbundschefen informerade om läget.
`);
    expect(of("decision").map((x) => `${x.item_ref} ${x.outcome}`)).toEqual(["§5 other"]);
  });
});
