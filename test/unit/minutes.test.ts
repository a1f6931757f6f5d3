import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import { splitLines } from "../../loaders/input/readSourceFile.ts";
import { ROOT, type AnyFact } from "../helpers.ts";

const SEEDS = {
  kalmarBoard: {
    file: "kalmar/kalmar_2024-03-08_styrelseprotokoll.txt",
    date: "2024-03-08",
    kind: "board_minutes" as const,
  },
  kalmarAu: {
    file: "kalmar/kalmar_2025-12-05_au-protokoll.txt",
    date: "2025-12-05",
    kind: "committee_minutes" as const,
  },
  blekinge: {
    file: "blekinge/blekinge_2025-05-05_styrelseprotokoll.txt",
    date: "2025-05-05",
    kind: "board_minutes" as const,
  },
  insjoriket: {
    file: "insjoriket/insjoriket_2021-11-25_styrelseprotokoll.md",
    date: "2021-11-25",
    kind: "board_minutes" as const,
  },
};
type Seed = (typeof SEEDS)[keyof typeof SEEDS];

const linesOf = (seed: Seed) => splitLines(readFileSync(resolve(ROOT, "data/sources", seed.file), "utf8"));
function parse(seed: Seed, lines = linesOf(seed)) {
  const out = parseMinutes(new DocumentText("x/minutes", lines, Number(seed.date.slice(0, 4))), {
    date: seed.date,
    kind: seed.kind,
  });
  const facts = out.facts as AnyFact[];
  const of = (table: string) => facts.filter((f) => f.table === table);
  const decision = (ref: string) => of("decision").find((d) => d.item_ref === ref);
  return { ...out, facts, of, decision };
}
/** A decision without its position: what must survive renumbering and reordering. */
const gist = (d: AnyFact) => `${d.title}|${d.outcome}|${d.amount_sek}|${d.recipient}|${d.reservations.join(",")}`;

describe("Kalmar board minutes 2024-03-08 (plain text, attendance table)", () => {
  const p = parse(SEEDS.kalmarBoard);

  it("reads the meeting", () => {
    expect(p.of("meeting")[0]).toMatchObject({
      body: "board",
      date: "2024-03-08",
      start_time: "13:00",
      place: expect.stringContaining("Trädgårdsgatan"),
    });
  });

  it("reads every item with its outcome", () => {
    expect(p.of("decision").map((d) => d.item_ref)).toEqual(Array.from({ length: 23 }, (_, i) => `§${i + 1}`));
    expect(p.decision("§1")).toMatchObject({ outcome: "approved", category: "decision" });
    expect(p.decision("§4")).toMatchObject({ outcome: "noted", category: "information" });
    expect(p.decision("§16")).toMatchObject({
      outcome: "approved",
      category: "decision",
      title: "Förslag till reviderad budget 2024",
    });
    expect(p.decision("§19")).toMatchObject({ outcome: "rejected", amount_sek: 60000, recipient: "Plattformen" });
    expect(p.decision("§9")!.title).toBe(
      "Information från granskning av årsredovisning via KPMG samt basgranskning via Ernst & Young",
    );
  });

  it("reads who served and who was a deputy from the table's columns", () => {
    const a = p.of("attendance");
    expect(a.filter((x) => x.role === "member" && x.serving)).toHaveLength(16);
    expect(a.filter((x) => x.role === "deputy").map((x) => x.person)).toEqual([
      "Sven Sparavec",
      "Tomas Zander",
      "Jonny Bengtsson",
      "Cathrine P Ahlgren",
      "Per-Olov Johansson",
      "Marianne Hennel",
    ]);
    expect(a.find((x) => x.person === "Madeleine Rosenqvist")).toMatchObject({
      member: "Region Kalmar län",
      serving: true,
    });
    expect(a.find((x) => x.person === "Joakim Ivarsson")).toMatchObject({ role: "official", note: "Förbundschef" });
    expect(a.filter((x) => x.role === "guest")).toHaveLength(3);
  });

  it("says serving is unknown, not guessed, when the text layer drops trailing empty cells", () => {
    const trimmed = parse(
      SEEDS.kalmarBoard,
      linesOf(SEEDS.kalmarBoard).map((l) => l.trimEnd()),
    );
    const table = trimmed.of("attendance").filter((a) => a.member !== null);
    expect(table).toHaveLength(22);
    expect(table.every((a) => a.serving === null)).toBe(true);
  });

  it("keeps items without a decision, with outcome other and a note", () => {
    expect(p.decision("§14")).toMatchObject({ outcome: "other", decision_text: "" });
    expect(p.findings.some((f) => f.check_id === "minutes.no_decision" && f.subject === "decision:§14")).toBe(true);
  });

  it("gives the same decisions when items are renumbered and reordered", () => {
    const lines = linesOf(SEEDS.kalmarBoard);
    const start = lines.findIndex((l) => /^§15 /.test(l));
    const end = lines.findIndex((l) => /Övriga frågor/.test(l) && lines.indexOf(l) > start);
    const blocks: string[][] = [];
    for (let i = start; i < end; i++)
      if (/^§\d+/.test(lines[i]!)) blocks.push([lines[i]!]);
      else blocks.at(-1)!.push(lines[i]!);
    const shuffled = [...blocks].reverse().map((b, k) => [b[0]!.replace(/^§\d+/, `§${40 + k}`), ...b.slice(1)]);
    const altered = [...lines.slice(0, start), ...shuffled.flat(), ...lines.slice(end)];
    const before = new Set(
      p
        .of("decision")
        .filter((d) => Number(d.item_ref.slice(1)) >= 15 && Number(d.item_ref.slice(1)) <= 21)
        .map(gist),
    );
    const after = parse(SEEDS.kalmarBoard, altered);
    expect(
      new Set(
        after
          .of("decision")
          .filter((d) => Number(d.item_ref.slice(1)) >= 40)
          .map(gist),
      ),
    ).toEqual(before);
  });
});

describe("Kalmar committee (AU) minutes 2025-12-05", () => {
  const p = parse(SEEDS.kalmarAu);

  it("reads the meeting and the deciding members", () => {
    expect(p.of("meeting")[0]).toMatchObject({
      body: "committee",
      start_time: "09:00",
      end_time: "10:20",
      place: "Digitalt via Teams",
    });
    expect(
      p
        .of("attendance")
        .filter((a) => a.role === "member")
        .map((a) => a.person),
    ).toEqual(["Jonas Erlandsson", "Madelene Rosenqvist", "Lucas Lodge", "Roger Holmberg", "Jeanette Gustafsson"]);
  });

  it("numbers a repeated § in document order", () => {
    expect(p.decision("§20")!.title).toBe("Övriga frågor");
    expect(p.decision("§20#2")!.title).toBe("Avslutning");
  });

  it("puts the state allocation and budget income for 2026 in finance", () => {
    const f = p.of("finance");
    expect(f.find((x) => x.item === "state_grant")).toMatchObject({ year: 2026, basis: "budget", amount_sek: 7799000 });
    expect(f.find((x) => x.item === "revenue_operating")).toMatchObject({
      year: 2026,
      basis: "budget",
      amount_sek: 15598000,
    });
  });

  it("reads the new positive-step target for 2026", () => {
    expect(p.of("goal")[0]).toMatchObject({
      year: 2026,
      indicator: "positive_step_rate_reported",
      target: 65,
      level: "individual",
    });
  });

  it("classifies the decisions", () => {
    expect(p.decision("§16")).toMatchObject({ outcome: "approved" });
    expect(p.decision("§19")).toMatchObject({ outcome: "approved", category: "discussion" });
    expect(p.decision("§8")).toMatchObject({ outcome: "noted" });
  });
});

describe("Blekinge board minutes 2025-05-05 (headings apart from text, decision list)", () => {
  const p = parse(SEEDS.blekinge);

  it("reads each referenced decision once, though it is written three times", () => {
    const refs = p
      .of("decision")
      .filter((d) => d.decision_ref)
      .map((d) => d.item_ref);
    expect(refs).toEqual(["§9:1", "§11:1", "§12:1", "§13:1", "§14:1", "§14:2", "§15:1", "§16:1"]);
    expect(
      p.findings.filter(
        (f) => f.check_id.startsWith("minutes.decision_repeated") || f.check_id === "minutes.unplaced_decision",
      ),
    ).toEqual([]);
  });

  it("reads amounts, recipients, periods, outcomes and reservations", () => {
    expect(p.decision("§11:1")).toMatchObject({
      outcome: "approved",
      amount_sek: 968431,
      decision_ref: "Beslut 2025-3 §11:1",
      period_start: "2025-01-01",
      period_end: "2026-12-31",
      title: "Ansökan Utökad individinsats, Olofströms kommun",
    });
    expect(p.decision("§12:1")).toMatchObject({
      amount_sek: 465000,
      period_start: "2025-06-01",
      period_end: "2026-02-28",
      recipient: "Sölvesborgs kommun",
    });
    expect(p.decision("§13:1")).toMatchObject({ outcome: "referred_back" });
    expect(p.decision("§14:1")).toMatchObject({
      amount_sek: 450000,
      recipient: "Karlskrona kommun",
      reservations: ["Eva Johnsson", "Therese Seefried", "Karin Blomdahl"],
    });
    expect(p.decision("§15:1")).toMatchObject({ amount_sek: 10700000, approximate: false });
  });

  it("places the procedural decisions under their items by their words", () => {
    expect(p.decision("§2")).toMatchObject({
      outcome: "approved",
      decision_text: "Styrelsen valde Johanna Månsson till justerare.",
    });
    expect(p.decision("§3")).toMatchObject({ outcome: "approved" });
    expect(p.decision("§4")).toMatchObject({ outcome: "noted" });
    expect(p.decision("§7")).toMatchObject({ outcome: "noted" });
  });

  it("reads the budget frame by municipality and checks it against its total", () => {
    const frame = p.of("allocation").filter((a) => a.item_ref === "§15:1");
    expect(frame.map((a) => [a.recipient, a.amount_sek])).toEqual([
      ["Karlskrona", 3278240],
      ["Karlshamn", 1960000],
      ["Ronneby", 2435976],
      ["Sölvesborg", 1506679],
      ["Olofström", 1493993],
    ]);
    expect(frame.every((a) => a.year === 2026)).toBe(true);
    expect(p.findings.find((f) => f.check_id === "allocation.frame_total_within_precision")).toMatchObject({
      value: "10700000",
      other_value: "10674888",
    });
    expect(
      p
        .of("allocation")
        .filter((a) => a.item_ref !== "§15:1")
        .map((a) => a.amount_sek),
    ).toEqual([968431, 465000, 450000]);
  });

  it("records the people named as acting when there is no attendance list", () => {
    expect(p.of("attendance").map((a) => a.person)).toEqual([
      "Ingrid Hermansson",
      "Johanna Månsson",
      "Eva Johnsson",
      "Therese Seefried",
      "Karin Blomdahl",
    ]);
    expect(p.findings.some((f) => f.check_id === "minutes.no_attendance_list")).toBe(true);
  });

  it("gives the same decisions without the decision list at the end", () => {
    const lines = linesOf(SEEDS.blekinge);
    const cut = lines.findIndex((l) => /^\s*Inga övriga frågor/.test(l));
    const altered = parse(SEEDS.blekinge, lines.slice(0, cut + 1));
    expect(altered.of("decision").map(gist)).toEqual(p.of("decision").map(gist));
  });

  it("reads amounts however they are written", () => {
    for (const [written, sek] of [
      ["968 431 kr", 968431],
      ["968431 SEK", 968431],
      ["0,97 mkr", 970000],
    ] as const) {
      const altered = linesOf(SEEDS.blekinge).map((l) => l.replace("968 431 kronor", written));
      expect(parse(SEEDS.blekinge, altered).decision("§11:1")!.amount_sek).toBe(sek);
    }
  });

  it("joins a § heading split over two lines", () => {
    const altered = linesOf(SEEDS.blekinge).flatMap((l) =>
      l.startsWith("§11 ") ? ["§11 Ansökan Utökad individinsats,", "Olofströms kommun"] : [l],
    );
    expect(parse(SEEDS.blekinge, altered).decision("§11:1")!.title).toBe(
      "Ansökan Utökad individinsats, Olofströms kommun",
    );
  });

  it("reports a frame whose lines do not add up to its stated total", () => {
    const altered = linesOf(SEEDS.blekinge).map((l) =>
      l.replace("- Karlshamn 1 960 000 kr", "- Karlshamn 1 460 000 kr"),
    );
    const f = parse(SEEDS.blekinge, altered).findings.find((x) => x.check_id === "allocation.frame_total");
    expect(f).toMatchObject({ severity: "warning", value: "10700000", other_value: "10174888" });
  });

  it("stores no outcome for a decision it cannot classify, only a finding (other would be a wrong outcome)", () => {
    const altered = linesOf(SEEDS.blekinge).map((l) =>
      l.replace("Att återremittera Ronneby kommuns ansökan.", "Ronneby kommuns ansökan hanteras enligt diskussionen."),
    );
    const p2 = parse(SEEDS.blekinge, altered);
    expect(parse(SEEDS.blekinge).decision("§13:1")).toMatchObject({ outcome: "referred_back" });
    expect(p2.decision("§13:1")).toBeUndefined();
    expect(
      p2.findings.some((f) => f.check_id === "minutes.unclassified_decision" && f.subject === "decision:§13:1"),
    ).toBe(true);
  });
});

describe("Insjöriket board minutes 2021-11-25 (Markdown)", () => {
  const p = parse(SEEDS.insjoriket);

  it("reads bold § headings and the 'Beslut:' blocks", () => {
    expect(p.of("decision").map((d) => d.item_ref)).toEqual(Array.from({ length: 16 }, (_, i) => `§${1121 + i}`));
    expect(p.decision("§1122")).toMatchObject({
      outcome: "approved",
      decision_text: "Att utse Anna Strand och Tomas Angervik som justerare",
    });
    expect(p.decision("§1125")).toMatchObject({ outcome: "noted" });
    for (const ref of ["§1128", "§1131", "§1132"]) expect(p.decision(ref)).toMatchObject({ outcome: "postponed" });
  });

  it("reads members leaving, with month-only dates flagged approximate", () => {
    expect(p.of("member_change").map((m) => [m.member, m.left_on, m.approximate])).toEqual([
      ["Härryda kommun", "2024-01-01", true],
      ["Alingsås kommun", "2025-01-01", true],
    ]);
  });

  it("reads attendance with roles and partial presence", () => {
    const a = p.of("attendance");
    expect(a.find((x) => x.person === "Eva Hallberg")).toMatchObject({
      member: "Arbetsförmedlingen",
      role: "member",
      note: "är med mellan kl 13:30 – 14:00",
    });
    expect(a.find((x) => x.person === "Tomas Angervik")).toMatchObject({ member: "Mölndal stad", role: "deputy" });
    expect(a.find((x) => x.person === "Pernilla Nilsson")).toMatchObject({ role: "guest" });
    expect(a.find((x) => x.person === "Annika Ruys-Hagberg")).toMatchObject({ role: "official" });
    expect(p.of("meeting")[0]).toMatchObject({ start_time: null, place: "Brogatan 16, Mölndals Stad" });
  });

  it("reads the project's results and a yearly cost as indicators", () => {
    const ind = p.of("indicator");
    expect(ind.find((i) => i.indicator === "goal_reached_or_steps_share")).toMatchObject({
      scope: "project:respondere",
      value: 61,
    });
    expect(ind.find((i) => i.indicator === "work_or_studies_share")).toMatchObject({ value: 35, approximate: true });
    expect(ind.find((i) => i.indicator === "yearly_cost")).toMatchObject({ value: 20000, unit: "sek" });
  });
});

describe("a budget in brief under a decision", () => {
  const minutes = (rows: string[]) =>
    parse({ file: "", date: "2024-11-14", kind: "board_minutes" }, [
      "Samordningsförbundet Tallby",
      "Protokoll från styrelsemöte 2024-11-14",
      "",
      "§ 5 Budget 2025",
      "Förbundschefen presenterade förslaget till budget och fördelning för 2025.",
      ...rows,
      "Beslut: Styrelsen fastställer budgeten för 2025 enligt förslaget.",
    ]);

  it("stores no allocation from lines naming revenue, costs and the result", () => {
    const p = minutes(["Intäkter           9 600 tkr", "Kostnader        -10 100 tkr", "Resultat            -500 tkr"]);
    expect(p.of("allocation")).toEqual([]);
    expect(p.findings.some((f) => f.check_id === "allocation.statement_lines")).toBe(true);
  });

  it("must fire: lines naming the recipients are the frame's allocations", () => {
    const p = minutes(["- Tallby kommun 1 200 000 kr", "- Ekeby kommun 800 000 kr", "Totalt 2 000 000 kr"]);
    expect(p.of("allocation").map((a) => [a.recipient, a.amount_sek])).toEqual([
      ["Tallby kommun", 1200000],
      ["Ekeby kommun", 800000],
    ]);
  });
});

describe("a decision granting a list of interventions after a colon", () => {
  const minutes = (decision: string[]) =>
    parse({ file: "", date: "2024-11-14", kind: "board_minutes" }, [
      "Samordningsförbundet Tallby",
      "Protokoll från styrelsemöte 2024-11-14",
      "",
      "§ 8 Insatsbudget 2025",
      ...decision,
    ]);

  it("takes the Totalt line as the decision's amount and each line as an allocation, never the first line's", () => {
    const p = minutes([
      "Beslut: Styrelsen beviljar följande insatser för 2025:",
      "- Steget 1 200 000 kr",
      "- Bron 900 000 kr",
      "Totalt 2 100 000 kr",
    ]);
    expect(p.decision("§8")?.amount_sek).toBe(2100000);
    expect(p.of("allocation").map((a) => [a.recipient, a.amount_sek])).toEqual([
      ["Steget", 1200000],
      ["Bron", 900000],
    ]);
  });

  it("must fire: a decision naming its one amount keeps it", () => {
    const p = minutes(["Beslut: Styrelsen beviljar Steget 1 200 000 kr för 2025."]);
    expect(p.decision("§8")?.amount_sek).toBe(1200000);
  });

  it("reads each line's own period after its amount ('… 400 000 kr för perioden 2025-02-01–2025-07-31')", () => {
    const p = minutes([
      "Beslut: Styrelsen beviljar följande insatser för 2025:",
      "",
      "- Bron, Tallby kommun: 400 000 kr för perioden 2025-02-01–2025-07-31",
      "- Ankaret, Region Tallmo: 250 000 kr för perioden 2025-01-01–2025-12-31",
    ]);
    expect(p.of("allocation").map((a) => [a.amount_sek, a.period_start, a.period_end])).toEqual([
      [400000, "2025-02-01", "2025-07-31"],
      [250000, "2025-01-01", "2025-12-31"],
    ]);
  });

  it("must not take a line whose tail after the amount holds more than a period", () => {
    const p = minutes([
      "Beslut: Styrelsen beviljar följande insatser för 2025:",
      "- Bron, Tallby kommun: 400 000 kr för 12 deltagare under 2025",
      "- Ankaret, Region Tallmo: 250 000 kr för 8 deltagare under 2025",
    ]);
    expect(p.of("allocation")).toEqual([]);
  });
});
