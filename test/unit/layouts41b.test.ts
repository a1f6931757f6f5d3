import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseLeaderRows } from "../../loaders/extract/general/leaderRows.ts";
import { parseMemberContributions } from "../../loaders/extract/general/parseMemberContributions.ts";
import { parseAttendance } from "../../loaders/extract/minutes/parseAttendance.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import type { AnyFact } from "../helpers.ts";

const doc = (lines: string[]) => new DocumentText("tallvik/2024-annual-report", lines, 2024);
const money = (lines: string[]) =>
  (parseLeaderRows(doc(lines)).facts as AnyFact[])
    .filter((f) => f.table === "finance")
    .map((f) => `${f.item}@${f.year}=${f.amount_sek}`);

/** A key-figure list under a caption, the unit given once for the whole report. */
const STATEMENT = (
  other = "Övriga intäkter                    212",
  financial = "Finansiella intäkter                 4",
) => [
  "Förutsättningar: alla belopp i tusental kronor (tkr) om inget annat sägs.",
  "",
  "Tabell 3  Resultat och ställning",
  "Medlemsavgifter                  7 200",
  other,
  "Verksamhetens intäkter           7 412",
  "Verksamhetens kostnader         -7 530",
  "Verksamhetens resultat            -118",
  financial,
  "Årets resultat                    -114",
  "Eget kapital vid årets slut      1 406",
];

describe("a key-figure list with a money row the lexicon names no item for (r41b)", () => {
  it("reads the statement's rows where an 'Övriga intäkter' row stands among them and the sums hold", () => {
    expect(money(STATEMENT())).toEqual([
      "revenue_operating@2024=7412000",
      "cost_operating@2024=7530000",
      "operating_result@2024=-118000",
      "result@2024=-114000",
      "equity_end@2024=1406000",
    ]);
  });
  it("counts gross financial income in the result's sum, and refuses the result where it does not add up", () => {
    expect(money(STATEMENT(undefined, "Finansiella intäkter                 9"))).not.toContain("result@2024=-114000");
    expect(money(STATEMENT(undefined, "Finansiella intäkter                 9"))).not.toContain(
      "equity_end@2024=1406000",
    );
  });
  it("never reads a list whose odd row is a count (participants) as money", () => {
    const facts = money(STATEMENT("Deltagare                          212"));
    expect(facts).toEqual([]);
  });
  it("never takes a budget's row as a money noun", () => {
    expect(money(STATEMENT("Budgeterade intäkter               212"))).toEqual([]);
  });
});

/** A framed summary box: counts other readers read above, then money rows with a remark after the figure. */
const BOX = (resultRemark = "(budget −300)", equityRemark = "(31 december)") => [
  "Året 2024 i korthet",
  "",
  "Deltagare            176 (94 kvinnor / 82 män)",
  "Avslutade             73, varav 17 till arbete",
  "Till arbete/studier   36 % (mål 40 %)",
  "Intäkter (tkr)     5 210",
  "Kostnader (tkr)    5 294",
  `Resultat (tkr)       −84   ${resultRemark}`,
  `Eget kapital (tkr)   930   ${equityRemark}`,
];

describe("money rows with a bracketed remark after the figure, under counts (r41b)", () => {
  it("reads the year's figures and leaves the budget's figure in the remark", () => {
    expect(money(BOX())).toEqual([
      "revenue_operating@2024=5210000",
      "cost_operating@2024=5294000",
      "result@2024=-84000",
      "equity_end@2024=930000",
    ]);
  });
  it("never reads the remark's budget figure as the result", () => {
    expect(money(BOX("(budget −84)"))).not.toContain("result@2024=-300000");
  });
  it("keeps a row whose bracket is no comparison (a forecast word) out of the list", () => {
    const facts = money(BOX("(prognos)"));
    expect(facts).not.toContain("result@2024=-84000");
  });
  it("refuses the list when the block's title names another year", () => {
    const lines = BOX();
    lines[0] = "Året 2023 i korthet";
    expect(money(lines)).toEqual([]);
  });
});

interface Row {
  person: string;
  role: string;
  serving: boolean | null;
  member: string | null;
}
const attendance = (text: string) =>
  (
    parseAttendance(new DocumentText("x/2026-03-12-committee-minutes", text.split("\n"), 2026))
      .facts as unknown as Row[]
  ).map((r) => `${r.person}:${r.role}:${r.serving}:${r.member}`);

const PER_MEMBER = `Samordningsförbundet Tallvik
PROTOKOLL FRÅN ARBETSUTSKOTTET

DELTAGANDE, MEDLEM FÖR MEDLEM
Region Tallmark        Eva Rask (S), ledamot, vice ordförande
Arbetsförmedlingen     Leo Dahl, ledamot
Tallviks kommun        Siv Ahl (M), ersättare – tjänstgör för Bo Rönn (M)
Ekeby kommun           Ines Malm (KD), ersättare, ej tjänstgörande
Hagfors kommun         ej representerad

§ 1  Mötets öppnande
Ordföranden öppnar mötet.`;

describe("attendance set out per member: the body left, the person and role right (r41b)", () => {
  it("reads each person with the member body, the role and the service the line says", () => {
    expect(attendance(PER_MEMBER)).toEqual([
      "Eva Rask:member:null:Region Tallmark",
      "Leo Dahl:member:null:Arbetsförmedlingen",
      "Siv Ahl:deputy:true:Tallviks kommun",
      "Ines Malm:deputy:false:Ekeby kommun",
    ]);
  });
  it("never reads a line whose right cell names no board role (a guest, an official beside a body)", () => {
    const text = PER_MEMBER.replace("Leo Dahl, ledamot", "Leo Dahl, handläggare");
    expect(attendance(text).some((r) => r.startsWith("Leo Dahl"))).toBe(false);
  });
  it("never takes a left cell that is no member body (a project, a unit) as the member", () => {
    const text = PER_MEMBER.replace("Region Tallmark        Eva Rask", "Projekt Kliv           Eva Rask");
    expect(attendance(text).some((r) => r.startsWith("Eva Rask"))).toBe(false);
  });
});

/** A summary typed with dot leaders inside a policy document: rows saying they are the federation's. */
const SUMMARY = (first = "Förbundets intäkter 2024", remark = "(budget -180 000 kr)") => [
  "Översynen bygger på årsredovisningen för 2024 (§ 5). I sammandrag:",
  "",
  `  ${first} ................ 8 410 000 kr`,
  "    varav bidrag från medlemmarna ......... 8 300 000 kr",
  "  Förbundets kostnader 2024 ............... 8 102 500 kr",
  `  Årets resultat .......................... 307 500 kr  ${remark}`,
  "  Eget kapital 2024-12-31 ................. 1 620 000 kr",
  "  Deltagare i insatserna .................. 240",
  "    varav nya under året .................. 101",
  "  Avslutade deltagare ..................... 96",
  "    varav till arbete ..................... 25",
  "    varav till studier .................... 12",
];
const all = (lines: string[]) =>
  (parseLeaderRows(doc(lines)).facts as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.item}=${f.amount_sek}`
      : f.table === "participant_breakdown"
        ? `${f.category}=${f.value}`
        : `${f.measure}=${f.value}`,
  );

describe("a dot-leader summary whose rows name the federation, a budget remark after the result (r41b)", () => {
  it("reads the money, the counts and the destinations under the exits", () => {
    expect(all(SUMMARY())).toEqual([
      "revenue_operating=8410000",
      "cost_operating=8102500",
      "result=307500",
      "equity_end=1620000",
      "enrolled=240",
      "new=101",
      "exited=96",
      "work=25",
      "studies=12",
    ]);
  });
  it("never stores the budget's figure in the remark", () => {
    expect(all(SUMMARY()).some((f) => f.includes("180000"))).toBe(false);
  });
  it("keeps the counts unread where the rows name an intervention, not the federation", () => {
    const facts = all(SUMMARY("Projektets intäkter 2024"));
    expect(facts.some((f) => f.startsWith("enrolled") || f.startsWith("exited"))).toBe(false);
  });
});

const feesOf = (decision: string, lead = "kostnader på 9 000 000 kr. Medlemsbidragen 2026:") =>
  (
    parseMinutes(
      new DocumentText(
        "x/minutes",
        [
          "Samordningsförbundet Tallvik",
          "Protokoll",
          "",
          "Punkt 2   Budget 2026 och medlemsbidrag                         § 39",
          "          Budgeten för 2026 omfattar intäkter på 8 800 000 kr och",
          `          ${lead}`,
          "            Staten                                      4 400 000 kr",
          "            Region Tallmark                             2 200 000 kr",
          "            Tallviks kommun                             1 300 000 kr",
          "            Ekeby kommun                                  900 000 kr",
          `          ${decision}`,
          "",
          "Punkt 3   Nästa möte                                            § 40",
          "          Nästa möte hålls i mars.",
        ],
        2025,
      ),
      { date: "2025-11-20", kind: "board_minutes" },
    ).facts as AnyFact[]
  )
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}:${f.year}:${f.basis}=${f.amount_sek}`);

describe("members' fees set out in an item's background and adopted by its decision (r41b)", () => {
  it("stores the list as the year's budget where the decision adopts the fees for that year", () => {
    expect(feesOf("Styrelsen beslutar att fastställa budget och medlemsbidrag för 2026 enligt förslaget.")).toEqual([
      "Staten:2026:budget=4400000",
      "Region Tallmark:2026:budget=2200000",
      "Tallviks kommun:2026:budget=1300000",
      "Ekeby kommun:2026:budget=900000",
    ]);
  });
  it("stores nothing where the decision sends the item back (not approved)", () => {
    expect(feesOf("Styrelsen beslutar att återremittera ärendet till förbundschefen.")).toEqual([]);
  });
  it("stores nothing where the decision names another year than the list's lead", () => {
    expect(feesOf("Styrelsen beslutar att fastställa medlemsbidrag för 2027 enligt förslaget.")).toEqual([]);
  });
  it("stores nothing where the lead is money paid back to the members", () => {
    expect(
      feesOf(
        "Styrelsen beslutar att fastställa budget och medlemsbidrag för 2026 enligt förslaget.",
        "kostnader. Återbetalning av medlemsbidragen 2026:",
      ),
    ).toEqual([]);
  });
});

const accountsOf = (lead: string, result = "236") =>
  (
    parseMinutes(
      new DocumentText(
        "x/minutes",
        [
          "Samordningsförbundet Tallvik",
          "Protokoll",
          "",
          "§ 20  Årsredovisning 2025",
          lead,
          "  Verksamhetens intäkter 9 120 · Verksamhetens kostnader 8 892",
          `  Finansiella intäkter 8 · Årets resultat ${result} · Eget kapital 31/12 2 904`,
          "Styrelsen beslutar att fastställa årsredovisningen för 2025.",
          "",
          "§ 21  Nästa möte",
          "Nästa möte hålls i maj.",
        ],
        2026,
      ),
      { date: "2026-03-12", kind: "board_minutes" },
    ).facts as AnyFact[]
  )
    .filter((f) => f.table === "finance")
    .map((f) => `${f.item}@${f.year}/${f.basis}=${f.amount_sek}`);

describe("the closed year's accounts as items on lines set apart by middle dots (r41b)", () => {
  it("reads each item where the lead states the unit and the sums hold", () => {
    expect(accountsOf("Controllern gick igenom bokslutet (belopp i tkr):")).toEqual([
      "revenue_operating@2025/actual=9120000",
      "cost_operating@2025/actual=8892000",
      "result@2025/actual=236000",
      "equity_end@2025/actual=2904000",
    ]);
  });
  it("stores none where revenue − costs + financial items is not the result", () => {
    expect(accountsOf("Controllern gick igenom bokslutet (belopp i tkr):", "300")).toEqual([]);
  });
  it("stores none where the lead states no unit (never guessed as kronor)", () => {
    expect(accountsOf("Controllern gick igenom bokslutet:")).toEqual([]);
  });
  it("stores none under a lead about a budget", () => {
    expect(accountsOf("Controllern gick igenom budgeten (belopp i tkr):")).toEqual([]);
  });
});

const contributions = (repaid: string) =>
  (
    parseMemberContributions(
      new DocumentText(
        "tallvik/2025-annual-report",
        [
          "3. Resultat",
          ...repaid.split("\n"),
          "",
          "4. Medlemsbidrag",
          "Medlemmarnas bidrag 2025 (tkr): Försäkringskassan och Arbetsförmedlingen 4 800,",
          "Region Tallmark 2 400, Tallviks kommun 1 500 och Ekeby kommun 900.",
        ],
        2025,
      ),
      [],
      [],
    ).facts as AnyFact[]
  )
    .filter((f) => f.table === "member_contribution")
    .map((f) => `${f.member}=${f.amount_sek}`);

describe("money paid back to the members leaves the year's fee list whole (r41b)", () => {
  it("reads the state's and the region's fee where a repayment earlier names them too", () => {
    const facts = contributions(
      "Återbetalningen fördelades efter medlemmarnas andelar: staten 300 tkr, regionen\n150 tkr och kommunerna tillsammans 150 tkr.",
    );
    expect(facts).toContain("Staten=4800000");
    expect(facts).toContain("Region Tallmark=2400000");
  });
  it("never stores the repayment as a fee", () => {
    const facts = contributions(
      "Återbetalningen fördelades efter medlemmarnas andelar: staten 300 tkr, regionen\n150 tkr och kommunerna tillsammans 150 tkr.",
    );
    expect(facts.some((f) => f.endsWith("=300000") || f.endsWith("=150000"))).toBe(false);
  });
});
