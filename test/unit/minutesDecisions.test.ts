/**
 * What a minutes item decided, in shapes the seeds do not have: a working committee's proposal to
 * the board, a board adopting a proposal "enligt förslaget", grant verbs (bevilja, anslå, tilldela,
 * avsätta), items postponed, referred back or only noted, money another body puts in, and a
 * header written in two columns with officials and signature lines. Every federation, person and
 * amount is made up.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { splitLines } from "../../loaders/input/readSourceFile.ts";
import { choosePrecedence } from "../../loaders/normalize/choosePrecedence.ts";
import { rowKey, type Candidate } from "../../loaders/normalize/factMappers.ts";
import type { RowOf } from "../../loaders/schema/tables.ts";
import type { AnyFact } from "../helpers.ts";

function parse(text: string, kind: "board_minutes" | "committee_minutes" = "board_minutes") {
  const out = parseMinutes(new DocumentText("x/minutes", splitLines(text), 2025), { date: "2025-02-12", kind });
  const facts = out.facts as AnyFact[];
  const of = (table: string) => facts.filter((f) => f.table === table);
  return { of, decision: (ref: string) => of("decision").find((d) => d.item_ref === ref) };
}

/** One agenda item with the body given, after a short header. */
const item = (body: string) => `Samordningsförbundet Ekvik\nProtokoll\n\n§ 12  Ansökan om medel, Brobygget\n${body}\n`;

describe("a working committee's proposal to the board", () => {
  const au = item(
    [
      "Lunda kommun söker 380 000 kr för insatsen Brobygget under 2025.",
      "",
      "Arbetsutskottets förslag till styrelsen",
      "att bevilja Lunda kommun 380 000 kr för insatsen Brobygget under perioden",
      "2025-01-01–2025-12-31.",
    ].join("\n"),
  );

  it("keeps the proposal as the item's decision row, with its amount, as proposed", () => {
    const d = parse(au, "committee_minutes").decision("§12");
    expect(d).toMatchObject({ outcome: "proposed", amount_sek: 380000, recipient: "Lunda kommun" });
    expect(d?.period_start).toBe("2025-01-01");
  });

  it("never stores a proposal as a grant (must not fire)", () => {
    expect(parse(au, "committee_minutes").of("allocation")).toEqual([]);
  });

  it("reads 'beslutar att föreslå styrelsen att bevilja' as a proposal, not a grant (must not fire)", () => {
    const p = parse(
      item("Arbetsutskottet beslutar att föreslå styrelsen att bevilja Lunda kommun 380 000 kr under 2025."),
      "committee_minutes",
    );
    expect(p.decision("§12")).toMatchObject({ outcome: "proposed", amount_sek: 380000 });
    expect(p.of("allocation")).toEqual([]);
  });

  it("reads 'beslutar att överlämna ärendet till styrelsen' as a proposal", () => {
    const p = parse(
      item("Arbetsutskottet beslutar att överlämna ärendet till styrelsen med förslag att bevilja 380 000 kr."),
      "committee_minutes",
    );
    expect(p.decision("§12")?.outcome).toBe("proposed");
    expect(p.of("allocation")).toEqual([]);
  });

  it("reads a proposal in a sentence of its own, and a board's decision adopting it", () => {
    const au = parse(
      item("Arbetsutskottet föreslår styrelsen att bevilja Lunda kommun 380 000 kr under 2025."),
      "committee_minutes",
    );
    expect(au.decision("§12")).toMatchObject({ outcome: "proposed", amount_sek: 380000 });
    expect(au.of("allocation")).toEqual([]);
    const board = parse(
      item(
        "Styrelsen föreslås besluta att bevilja Lunda kommun 380 000 kr under 2025.\n\nStyrelsen beslutar i enlighet med förslaget.",
      ),
    );
    expect(board.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 380000 });
    expect(board.of("allocation").map((a) => a.amount_sek)).toEqual([380000]);
  });

  it("a board that postpones a proposal in a sentence grants nothing (must not fire)", () => {
    const p = parse(
      item(
        "Styrelsen föreslås besluta att bevilja Lunda kommun 380 000 kr under 2025.\n\nStyrelsen beslutar att bordlägga ärendet.",
      ),
    );
    expect(p.decision("§12")).toMatchObject({ outcome: "postponed", amount_sek: null });
    expect(p.of("allocation")).toEqual([]);
  });

  it("a proposal to reject is still only a proposal", () => {
    const p = parse(
      item("Arbetsutskottet beslutar att föreslå styrelsen att avslå ansökan om 380 000 kr."),
      "committee_minutes",
    );
    expect(p.decision("§12")?.outcome).toBe("proposed");
  });
});

describe("a board decision that adopts the proposal", () => {
  const board = (proposal: string, decision: string) =>
    item(["Förslag till beslut", proposal, "", "Beslut", decision].join("\n"));

  it("takes the amount, recipient and period of the proposal it adopts, and grants it", () => {
    const p = parse(
      board(
        "att bevilja Lunda kommun 380 000 kr för insatsen Brobygget under 2025.",
        "Styrelsen beslutar enligt förslaget.",
      ),
    );
    expect(p.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 380000, recipient: "Lunda kommun" });
    expect(p.of("allocation").map((a) => [a.recipient, a.amount_sek, a.year])).toEqual([
      ["Lunda kommun", 380000, 2025],
    ]);
  });

  it("ends the proposal at the decision written right under it, without a blank line", () => {
    const p = parse(
      item(
        [
          "Förslag till beslut",
          "att bevilja Lunda kommun 380 000 kr för insatsen Brobygget under 2025.",
          "Beslut",
          "Styrelsen beslutar enligt förslaget.",
        ].join("\n"),
      ),
    );
    expect(p.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 380000 });
  });

  it("also when the board approves 'arbetsutskottets förslag' in other words", () => {
    const p = parse(
      board(
        "att bevilja Lunda kommun 380 000 kr under 2025.",
        "Styrelsen beslutar att godkänna arbetsutskottets förslag.",
      ),
    );
    expect(p.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 380000 });
  });

  it("adopting a proposal to reject grants nothing (must not fire)", () => {
    const p = parse(
      board("att avslå ansökan om 380 000 kr från Lunda kommun.", "Styrelsen beslutar enligt förslaget."),
    );
    expect(p.decision("§12")?.outcome).toBe("rejected");
    expect(p.of("allocation")).toEqual([]);
  });

  it("a decision with its own amount keeps it, not the proposal's", () => {
    const p = parse(
      board(
        "att bevilja Lunda kommun 380 000 kr under 2025.",
        "Styrelsen beslutar att bevilja Lunda kommun 300 000 kr under 2025.",
      ),
    );
    expect(p.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 300000 });
  });

  it("a decision that does not refer to the proposal takes nothing from it (must not fire)", () => {
    const p = parse(
      board("att bevilja Lunda kommun 380 000 kr under 2025.", "Styrelsen beslutar att bordlägga ärendet."),
    );
    expect(p.decision("§12")).toMatchObject({ outcome: "postponed", amount_sek: null });
    expect(p.of("allocation")).toEqual([]);
  });
});

describe("grant verbs and items that grant nothing", () => {
  it("reads anslå, tilldela and avsätta as decisions granting money", () => {
    for (const verb of ["anslå", "tilldela"]) {
      const p = parse(item(`Styrelsen beslutar att ${verb} Lunda kommun 120 000 kr för insatsen under 2025.`));
      expect(p.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 120000 });
      expect(p.of("allocation").map((a) => a.amount_sek)).toEqual([120000]);
    }
    const own = parse(item("Styrelsen beslutar att avsätta 30 000 kr ur kansliets budget till en temadag."));
    expect(own.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 30000 });
  });

  it("postponed, referred back or noted items are never grants, whatever amounts they name (must not fire)", () => {
    const cases: [string, string][] = [
      ["Ansökan om 250 000 kr från Lunda kommun bordläggs till nästa sammanträde.", "postponed"],
      ["Styrelsen beslutar att avvakta med beslut om 250 000 kr till Lunda kommun.", "postponed"],
      ["Ärendet om 250 000 kr till Lunda kommun återremitteras till kansliet.", "referred_back"],
      ["Styrelsen noterar att Lunda kommun har förbrukat 250 000 kr.", "noted"],
      ["Redovisningen av 250 000 kr till Lunda kommun läggs till handlingarna.", "noted"],
    ];
    for (const [text, outcome] of cases) {
      const p = parse(item(text));
      expect(p.decision("§12")?.outcome, text).toBe(outcome);
      expect(p.decision("§12")?.amount_sek, text).toBeNull();
      expect(p.of("allocation"), text).toEqual([]);
    }
  });

  it("does not take money another body puts in, or a comparison, for the grant (must not fire)", () => {
    const cond = parse(
      item(
        "Styrelsen beslutar att bevilja medel till Brobygget under förutsättning att Region Ås bidrar med 150 000 kr.",
      ),
    );
    expect(cond.decision("§12")?.amount_sek).toBeNull();
    const both = parse(
      item(
        "Styrelsen beslutar, under förutsättning att Region Ås bidrar med 150 000 kr, att bevilja Lunda kommun 200 000 kr under 2025.",
      ),
    );
    expect(both.decision("§12")?.amount_sek).toBe(200000);
    const more = parse(
      item("Styrelsen beslutar att bevilja Lunda kommun, vilket är 20 000 kr mer än i fjol, 220 000 kr."),
    );
    expect(more.decision("§12")?.amount_sek).toBe(220000);
  });
});

describe("decision markers and rates", () => {
  it("reads 'Styrelsens beslut' followed by lowercase att-clauses as the decision", () => {
    const p = parse(item("Ansökan har beretts.\n\nStyrelsens beslut\natt bevilja Lunda kommun 210 000 kr under 2025."));
    expect(p.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 210000, recipient: "Lunda kommun" });
  });

  it("does not take 'Beslutsunderlag' for a decision marker (must not fire)", () => {
    const p = parse(item("Beslutsunderlag\natt bevilja Lunda kommun 210 000 kr enligt ansökan."));
    expect(p.decision("§12")?.outcome).toBe("other");
    expect(p.of("allocation")).toEqual([]);
  });

  it("reads 'Beslut:' with the decision on the same line like a decision on its own line", () => {
    const p = parse(
      item(
        [
          "Lunda kommun söker medel för att fortsätta insatsen Brobygget.",
          "Beslut: Styrelsen beviljar Lunda kommun 640 000 kronor för insatsen Brobygget under perioden 2025-03-01–2026-02-28.",
        ].join("\n"),
      ),
    );
    expect(p.decision("§12")).toMatchObject({
      outcome: "approved",
      amount_sek: 640000,
      recipient: "Lunda kommun",
      period_start: "2025-03-01",
      period_end: "2026-02-28",
      decision_text: expect.stringMatching(/^Styrelsen beviljar/),
    });
    const own = parse(
      item("Lunda kommun söker medel.\nBeslut:\nStyrelsen beviljar Lunda kommun 640 000 kronor under 2025."),
    );
    expect(own.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 640000 });
  });

  it("reads a decision under 'Beslut' that mentions a proposal, but not a body proposing to the board", () => {
    const decided = parse(
      item("Beslut\nStyrelsen beslutar att bevilja Lunda kommun 210 000 kr under 2025, så som beredningen föreslår."),
    );
    expect(decided.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 210000 });
    const proposed = parse(
      item("Beslut\nArbetsutskottet föreslår styrelsen att Lunda kommun beviljas 210 000 kr under 2025."),
      "committee_minutes",
    );
    expect(proposed.decision("§12")?.outcome).not.toBe("approved");
    expect(proposed.of("allocation")).toEqual([]);
  });

  it("takes neither 'Beslut om …' nor a proposal after 'Beslut:' for the decision (must not fire)", () => {
    const about = parse(item("Beslut om medel till Lunda kommun, 640 000 kronor, fattas i mars."));
    expect(about.decision("§12")?.amount_sek ?? null).toBeNull();
    expect(about.of("allocation")).toEqual([]);
    const proposal = parse(
      item("Beslut: Arbetsutskottet föreslår styrelsen att bevilja Lunda kommun 640 000 kronor under 2025."),
    );
    expect(proposal.of("allocation")).toEqual([]);
  });

  it("stores no outcome for a decision it marks but cannot classify (must not fire)", () => {
    const p = parse(item("Beslut: Styrelsen återkommer i frågan om 640 000 kronor till Lunda kommun."));
    expect(p.decision("§12")).toBeUndefined();
    expect(p.of("allocation")).toEqual([]);
    // An item that decides nothing at all is kept as "other": nothing was decided.
    expect(parse(item("Förbundschefen informerade om läget.")).decision("§12")).toMatchObject({ outcome: "other" });
  });

  it("takes a yearly rate as the sum only for a period of one year", () => {
    const one = parse(item("Styrelsen beslutar att bevilja Lunda kommun 380 000 kr per år under 2025."));
    expect(one.decision("§12")?.amount_sek).toBe(380000);
  });

  it("never takes a rate per participant, or a yearly rate over several years, for the sum (must not fire)", () => {
    const perHead = parse(item("Styrelsen beslutar att bevilja Lunda kommun 25 000 kr per deltagare under 2025."));
    expect(perHead.decision("§12")?.amount_sek).toBeNull();
    expect(perHead.of("allocation")).toEqual([]);
    // Over whole years the rate is each year's grant, one allocation per year; never the period's sum.
    const twoYears = parse(
      item("Styrelsen beslutar att bevilja Lunda kommun 380 000 kr per år under perioden 2025-01-01–2026-12-31."),
    );
    expect(twoYears.decision("§12")?.amount_sek).toBeNull();
    expect(twoYears.of("allocation").map((a) => [a.year, a.amount_sek])).toEqual([
      [2025, 380000],
      [2026, 380000],
    ]);
    // Over a period of broken years no year's grant is known.
    const broken = parse(
      item("Styrelsen beslutar att bevilja Lunda kommun 380 000 kr per år under perioden 2025-07-01–2027-06-30."),
    );
    expect(broken.decision("§12")?.amount_sek).toBeNull();
    expect(broken.of("allocation")).toEqual([]);
  });
});

describe("a grant given year by year in the decision's own sentence", () => {
  it("stores one allocation per year and no single amount for the decision", () => {
    const p = parse(
      item("Styrelsen beslutar att bevilja Lunda kommun 380 000 kr för 2025 och 400 000 kr för 2026 till Brobygget."),
    );
    expect(p.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: null });
    expect(p.of("allocation").map((a) => [a.year, a.amount_sek])).toEqual([
      [2025, 380000],
      [2026, 400000],
    ]);
  });

  it("one amount for one year stays the decision's amount (must not fire)", () => {
    const p = parse(item("Styrelsen beslutar att bevilja Lunda kommun 380 000 kr för 2025."));
    expect(p.decision("§12")?.amount_sek).toBe(380000);
    expect(p.of("allocation").map((a) => [a.year, a.amount_sek])).toEqual([[2025, 380000]]);
  });
});

describe("budget figures stated in minutes", () => {
  const budget = (sentence: string) =>
    parse(`Samordningsförbundet Ekvik\n\n§ 4  Budget 2026\n${sentence}\n`)
      .of("finance")
      .map((f) => `${f.year}:${f.basis}:${f.item}=${f.amount_sek}`);

  it("reads the total budget income the minutes state", () => {
    expect(budget("6 100 000 kr från statligt håll ger en total inkomst i budget för 2026 på 12 200 000 kr.")).toEqual([
      "2026:budget:state_grant=6100000",
      "2026:budget:revenue_operating=12200000",
    ]);
  });

  it("does not store a budget that is only proposed (must not fire)", () => {
    expect(
      budget(
        "Förslaget innebär att 6 100 000 kr från statligt håll ger en total inkomst i budget för 2026 på 12 200 000 kr.",
      ),
    ).toEqual([]);
  });
});

describe("two lists side by side", () => {
  const text = [
    "Samordningsförbundet Ekvik",
    "",
    "Beslutande:                             Ersättare:",
    "Sofia Berg, ordförande, Lunda kommun     Lars Ek, Region Ås",
    "Jonas Ek, Försäkringskassan              Maja Lind, Lunda kommun",
    "",
    "Övriga deltagande:",
    "Karin Holm, förbundschef",
    "",
    "§ 12  Val av justerare",
  ].join("\n");

  it("reads each column under its own label", () => {
    const people = parse(text).of("attendance");
    expect(people.map((p) => [p.person, p.role, p.member])).toEqual([
      ["Sofia Berg", "member", "Lunda kommun"],
      ["Lars Ek", "deputy", "Region Ås"],
      ["Jonas Ek", "member", "Försäkringskassan"],
      ["Maja Lind", "deputy", "Lunda kommun"],
      ["Karin Holm", "official", null],
    ]);
  });

  it("never joins a deputy onto a member's line (must not fire)", () => {
    const people = parse(text).of("attendance");
    expect(people.some((p) => /Lars|Maja/.test(String(p.member)))).toBe(false);
    expect(people.filter((p) => p.role === "member").map((p) => p.person)).toEqual(["Sofia Berg", "Jonas Ek"]);
  });
});

describe("a header written in two columns", () => {
  const header = [
    "SAMORDNINGSFÖRBUNDET EKVIK                         PROTOKOLL",
    "",
    "Ledamöter          Sofia Berg (S), ordförande, Lunda kommun",
    "                   Jonas Ek, Försäkringskassan",
    "",
    "Tjänstepersoner    Karin Holm, förbundschef",
    "                   Per Vik, controller, § 12",
    "",
    "Justerare          Jonas Ek",
    "",
    "Underskrifter      Sekreterare ....................  Karin Holm",
    "                   Ordförande  ....................  Sofia Berg",
    "",
    "§ 12  Val av justerare",
    "Jonas Ek utses att justera protokollet.",
  ].join("\n");

  it("reads the members beside the label and on the lines under it", () => {
    const people = parse(header).of("attendance");
    expect(people.filter((p) => p.role === "member").map((p) => [p.person, p.member])).toEqual([
      ["Sofia Berg", "Lunda kommun"],
      ["Jonas Ek", "Försäkringskassan"],
    ]);
  });

  it("reads the officials as officials and guests, with the items they attended", () => {
    const byName = new Map(
      parse(header)
        .of("attendance")
        .map((p) => [p.person, p]),
    );
    expect(byName.get("Karin Holm")).toMatchObject({ role: "official", note: "förbundschef" });
    expect(byName.get("Per Vik")).toMatchObject({ note: "controller, § 12" });
    expect(byName.get("Per Vik")?.role).not.toBe("member");
  });

  it("reads deputies who do not vote, and an official under 'Tjänsteman'", () => {
    const people = parse(
      [
        "Samordningsförbundet Ekvik",
        "",
        "Beslutande ledamöter: Sofia Berg, Lunda kommun",
        "Ej beslutande ersättare: Lars Ek, Region Ås",
        "Tjänsteman: Karin Holm, förbundschef",
        "",
        "§ 12  Val av justerare",
      ].join("\n"),
    ).of("attendance");
    expect(people.map((p) => [p.person, p.role, p.serving])).toEqual([
      ["Sofia Berg", "member", true],
      ["Lars Ek", "deputy", false],
      ["Karin Holm", "official", null],
    ]);
  });

  it("takes no one from the signature lines or the dotted leaders, and no official as a member (must not fire)", () => {
    const people = parse(header).of("attendance");
    expect(people.some((p) => /\.\.|^Sekreterare|^Ordförande/.test(String(p.person)))).toBe(false);
    expect(people.filter((p) => p.person === "Karin Holm").map((p) => p.role)).toEqual(["official"]);
    expect(people.filter((p) => p.role === "deputy")).toEqual([]);
  });
});

describe("a grant split by year in the warehouse", () => {
  const grant = (year: number | null, amount: number, line: number): Candidate<"allocation"> => {
    const row: RowOf<"allocation"> = {
      document_id: "ekvik/2025-02-12-board-minutes",
      item_ref: "§12",
      recipient: "Lunda kommun",
      federation_id: "ekvik",
      year,
      purpose: "Brobygget",
      amount_sek: amount,
      approximate: false,
      recipient_member_id: null,
      intervention_id: null,
      period_start: null,
      period_end: null,
      decision_ref: null,
      source_line: line,
    };
    return {
      row,
      key: rowKey("allocation", row),
      compare: String(amount),
      amount,
      section: "allocation",
      periodMatches: true,
      approximate: false,
      documentDate: "2025-02-12",
      line,
    };
  };

  it("keeps one row per year for the same item and recipient", () => {
    const { rows, conflicts } = choosePrecedence("allocation", [grant(2025, 400000, 20), grant(2026, 420000, 21)]);
    expect(rows.map((r) => [r.year, r.amount_sek])).toEqual([
      [2025, 400000],
      [2026, 420000],
    ]);
    expect(conflicts).toEqual([]);
  });

  it("still keeps one row when the same year's grant is read twice (must not fire)", () => {
    const { rows } = choosePrecedence("allocation", [grant(2025, 400000, 20), grant(2025, 400000, 30)]);
    expect(rows).toHaveLength(1);
  });
});

describe("member fees a board sets in a list", () => {
  const fees = (lead: string, rows: string[], kind: "board_minutes" | "committee_minutes" = "board_minutes") =>
    parse(
      [
        "Samordningsförbundet Ekvik",
        "Protokoll",
        "",
        "§ 14  Medlemsavgifter 2026",
        "Beslut",
        lead,
        ...rows,
        "",
        "§ 15  Nästa möte",
        "Nästa möte hålls i mars.",
      ].join("\n"),
      kind,
    );
  const ROWS = [
    "Staten (FK och AF)                  2 400 000 kr",
    "Region Ekvik                        1 200 000 kr",
    "Lunda kommun                          700 000 kr",
    "Bro kommun                            500 000 kr",
  ];

  it("stores each member's fee as the year's budget, and neither the fees nor their sum as grants", () => {
    const p = fees("Styrelsen beslutar att medlemsavgifterna för 2026 fastställs enligt följande:", ROWS);
    expect(p.of("member_contribution").map((f) => `${f.member}:${f.year}:${f.basis}=${f.amount_sek}`)).toEqual([
      "Staten (FK och AF):2026:budget=2400000",
      "Region Ekvik:2026:budget=1200000",
      "Lunda kommun:2026:budget=700000",
      "Bro kommun:2026:budget=500000",
    ]);
    expect(p.of("allocation")).toEqual([]);
    expect(p.decision("§14")).toMatchObject({ outcome: "approved", amount_sek: null });
  });

  it("stores a list with a Totalt line only when the members add up to it", () => {
    const lead = "Styrelsen beslutar att medlemsavgifterna för 2026 fastställs enligt följande:";
    expect(
      fees(lead, [...ROWS, "Totalt                              4 800 000 kr"]).of("member_contribution"),
    ).toHaveLength(4);
    expect(fees(lead, [...ROWS, "Totalt                              4 900 000 kr"]).of("member_contribution")).toEqual(
      [],
    );
  });

  it("stores no fees a committee only proposes, and none from a list of grants (must not fire)", () => {
    const proposed = fees(
      "Arbetsutskottet föreslår styrelsen att medlemsavgifterna för 2026 fastställs enligt följande:",
      ROWS,
      "committee_minutes",
    );
    expect(proposed.of("member_contribution")).toEqual([]);
    const grants = fees("Styrelsen beslutar att fördela medel för 2026 enligt följande:", [
      "Region Ekvik                        300 000 kr",
      "Lunda kommun                        200 000 kr",
    ]);
    expect(grants.of("member_contribution")).toEqual([]);
  });

  it("stores nothing from a list with a line that is not a member's (must not fire)", () => {
    const p = fees("Styrelsen beslutar att medlemsavgifterna för 2026 fastställs enligt följande:", [
      ...ROWS.slice(0, 2),
      "Insatsen Brobygget                  700 000 kr",
    ]);
    expect(p.of("member_contribution")).toEqual([]);
  });

  it("reads the fees set as one sentence wrapped over lines under a lead stating their total", () => {
    const lead =
      "Styrelsen beslutar att fastställa medlemsavgifterna för 2026 till totalt 4 800 000 kr, fördelade så här:";
    const wrapped = [
      "Försäkringskassan 2 400 000 kr, Region Ekvik 1 200 000 kr, Lunda kommun 700 000 kr",
      "och Bro kommun 500 000 kr.",
    ];
    expect(
      fees(lead, wrapped)
        .of("member_contribution")
        .map((f) => `${f.member}:${f.year}:${f.basis}=${f.amount_sek}@${f.line}`),
    ).toEqual([
      "Staten:2026:budget=2400000@7",
      "Region Ekvik:2026:budget=1200000@7",
      "Lunda kommun:2026:budget=700000@7",
      "Bro kommun:2026:budget=500000@8",
    ]);
  });

  it("keeps an agency as written where its fee is not the others' together (must not fire)", () => {
    const p = fees("Styrelsen beslutar att medlemsavgifterna för 2026 fastställs enligt följande:", [
      "Försäkringskassan                   2 000 000 kr",
      ...ROWS.slice(1),
    ]);
    expect(p.of("member_contribution").map((f) => f.member)).toEqual([
      "Försäkringskassan",
      "Region Ekvik",
      "Lunda kommun",
      "Bro kommun",
    ]);
  });

  it("stores no wrapped fee sentence that misses its lead's total, or whose lead states none (must not fire)", () => {
    const wrapped = [
      "Försäkringskassan 2 400 000 kr, Region Ekvik 1 200 000 kr, Lunda kommun 700 000 kr",
      "och Bro kommun 500 000 kr.",
    ];
    const off =
      "Styrelsen beslutar att fastställa medlemsavgifterna för 2026 till totalt 4 900 000 kr, fördelade så här:";
    expect(fees(off, wrapped).of("member_contribution")).toEqual([]);
    const none = "Styrelsen beslutar att fastställa medlemsavgifterna för 2026, fördelade så här:";
    expect(fees(none, wrapped).of("member_contribution")).toEqual([]);
  });
});

describe("a decision's amount and recipient as written", () => {
  it("takes no amount from a number grouped wrongly ('4,200 000 kr') (must not fire)", () => {
    const p = parse(item("Styrelsen beslutar att fastställa ramen för insatserna 2026 till 4,200 000 kr."));
    expect(p.decision("§12")?.amount_sek).toBeNull();
  });

  it("names a region granted money by its whole name", () => {
    const p = parse(item("Styrelsen beslutar att bevilja Region Ekvik 640 000 kr under 2026."));
    expect(p.decision("§12")?.recipient).toBe("Region Ekvik");
  });
});

describe("amount lines under a grant", () => {
  it("stores no applied amount, and no split whose lines do not add up to the sum decided", () => {
    const p = parse(
      item(
        [
          "Sökt belopp: 500 000 kr",
          "- Lunda kommun 300 000 kr",
          "- Region Ekvik 200 000 kr",
          "Beslut: Styrelsen beviljar 350 000 kr till Lunda kommun för 2025.",
        ].join("\n"),
      ),
    );
    const amounts = p.of("allocation").map((a) => a.amount_sek);
    expect(amounts).not.toContain(500000);
    expect(amounts).not.toContain(300000);
    expect(amounts).not.toContain(200000);
    expect(p.decision("§12")).toMatchObject({ outcome: "approved", amount_sek: 350000 });
  });

  it("stores each line of a split that adds up to the sum decided (must fire)", () => {
    const p = parse(
      item(
        [
          "Sökt belopp: 500 000 kr",
          "- Lunda kommun 300 000 kr",
          "- Region Ekvik 50 000 kr",
          "Beslut: Styrelsen beviljar 350 000 kr för 2025.",
        ].join("\n"),
      ),
    );
    expect(p.of("allocation").map((a) => `${a.recipient} ${a.amount_sek}`)).toEqual([
      "Lunda kommun 300000",
      "Region Ekvik 50000",
    ]);
  });
});

describe("stop 29: attendance listed on one line with semicolons", () => {
  const att = (line: string) =>
    parse(
      [
        "Samordningsförbundet Ekvik",
        "Protokoll",
        "",
        line,
        "",
        "§ 1 Val av justerare",
        "Beslut: att utse Ida Ros.",
      ].join("\n"),
    )
      .of("attendance")
      .map((f) => `${f.person}|${f.member}|${f.role}`);

  it("reads each semicolon-separated entry as one person", () => {
    expect(
      att(
        "Närvarande ledamöter: Ida Ros (S), ordförande, Lunda kommun; Per Åman (M), Region Ekvik; Eva Sund, Försäkringskassan",
      ),
    ).toEqual(["Ida Ros|Lunda kommun|member", "Per Åman|Region Ekvik|member", "Eva Sund|Försäkringskassan|member"]);
  });

  it("must not split an entry whose semicolon parts are not people", () => {
    expect(att("Närvarande ledamöter: Ida Ros (S), Lunda kommun; ordförande").map((r) => r.split("|")[0])).toEqual([
      "Ida Ros",
    ]);
  });
});

describe("stop 29: a fee table under an item's § heading", () => {
  const minutes = (decision: string) =>
    parse(
      [
        "Samordningsförbundet Ekvik",
        "Protokoll",
        "",
        "§ 9 Förslag till medlemsavgifter 2026",
        "",
        "Medlem                      Andel    Avgift 2026 (kr)",
        "Staten (FK och AF)           50 %           2 400 000",
        "Region Ekvik                 25 %           1 200 000",
        "Lunda kommun                 25 %           1 200 000",
        "Totalt                      100 %           4 800 000",
        "",
        decision,
        "",
        "§ 10 Nästa möte",
        "Nästa möte hålls i mars.",
      ].join("\n"),
    ).of("member_contribution");

  it("stores the table's fees as next year's budget where the item is decided", () => {
    expect(minutes("Styrelsen beslutar att fastställa avgifterna enligt tabellen.").map((f) => f.amount_sek)).toEqual([
      2400000, 1200000, 1200000,
    ]);
  });

  it("stores nothing from the table of an item postponed or referred back (must not fire)", () => {
    expect(minutes("Styrelsen beslutar att bordlägga ärendet till nästa sammanträde.")).toEqual([]);
    expect(minutes("Styrelsen beslutar att återremittera ärendet till kansliet.")).toEqual([]);
  });
});

describe("stop 29: a Markdown fee table in minutes, decided 'Enligt förslag'", () => {
  const minutes = (total: string, decision = "**Beslut:** Enligt förslag.") =>
    parse(
      [
        "# Samordningsförbundet Ekvik – protokoll",
        "",
        "## § 9 Medlemsavgifter 2026",
        "",
        "| Medlem | Andel | 2025 | 2026 |",
        "|---|---|---|---|",
        "| Försäkringskassan | 50 % | 2 000 000 | 2 400 000 |",
        "| Region Ekvik | 25 % | 1 000 000 | 1 200 000 |",
        "| Lunda kommun | 25 % | 1 000 000 | 1 200 000 |",
        `| Totalt | 100 % | 4 000 000 | ${total} |`,
        "",
        decision,
        "",
        "## § 10 Nästa möte",
        "Nästa möte hålls i mars.",
      ].join("\n"),
    );

  it("reads each year column by its pipes, next year's a budget, the agency paying half the state; the item approved", () => {
    const p = minutes("4 800 000");
    expect(
      p
        .of("member_contribution")
        .filter((f) => f.year === 2026)
        .map((f) => `${f.member}:${f.basis}=${f.amount_sek}`),
    ).toEqual(["Staten:budget=2400000", "Region Ekvik:budget=1200000", "Lunda kommun:budget=1200000"]);
    expect(p.decision("§9")).toMatchObject({ outcome: "approved" });
  });

  it("stores nothing where a year column misses its Totalt, or the item is postponed (must not fire)", () => {
    expect(minutes("4 900 000").of("member_contribution")).toEqual([]);
    expect(minutes("4 800 000", "**Beslut:** Ärendet bordläggs.").of("member_contribution")).toEqual([]);
  });
});
