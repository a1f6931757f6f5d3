/**
 * A data export's code list: each code cell of a table's rows written as its meaning, so the
 * long-format readers read the measure in words; an organisation column's other bodies never read.
 * Made-up federations, codes and figures, in words of our own.
 */
import { describe, expect, it } from "vitest";
import { codeListOf, codeLists } from "../../loaders/extract/text/codeLists.ts";
import { extractFromLines } from "../../loaders/extract/extractDocument.ts";
import type { ManifestEntry } from "../../loaders/schema/manifest.ts";
import type { AnyFact } from "../helpers.ts";

const entry: ManifestEntry = {
  federation_id: "rodvik",
  kind: "annual_report",
  date: "2026-03-10",
  period_year: 2025,
  title: "Nyckeltal 2025",
  file: "rodvik/export.csv",
  sha256: "0".repeat(64),
};

const keys = (lines: string[]) =>
  (extractFromLines(entry, lines, entry.sha256).facts as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : f.table === "participant_count"
        ? `${f.year}:${f.measure}:${f.gender}=${f.value}`
        : `${f.table}:${f.year}:${f.category ?? f.indicator ?? ""}=${f.value ?? f.amount_sek}`,
  );

describe("codeListOf", () => {
  it("reads comment lines of definitions, codes split by a slash taking the first meaning's head", () => {
    const list = codeListOf([
      "# Koder",
      "# PART_ALL = deltagare under året (alla som varit inskrivna)",
      "# UT_JOBB / UT_SKOLA = avslutade till arbete / till studier",
      "# PENG_IN: verksamhetens intäkter; PENG_UT: verksamhetens kostnader",
    ]);
    expect(Object.fromEntries(list ?? [])).toEqual({
      PART_ALL: "deltagare under året",
      UT_JOBB: "avslutade till arbete",
      UT_SKOLA: "avslutade till studier",
      PENG_IN: "verksamhetens intäkter",
      PENG_UT: "verksamhetens kostnader",
    });
  });

  it("reads a two-column code table under a heading of its own", () => {
    const list = codeListOf([
      "Kod        Beskrivning",
      "NY         Nya deltagare",
      "SLUT       Avslutade deltagare",
      "RES        Årets resultat",
    ]);
    expect(list?.get("SLUT")).toBe("Avslutade deltagare");
    expect(list?.size).toBe(3);
  });

  it("never takes fewer than three definitions, a wildcard, a code said twice or a definition in running text", () => {
    expect(codeListOf(["# A1 = nya deltagare", "# A2 = avslutade"])).toBeUndefined();
    expect(
      codeListOf(["RESULTAT: förbundet gick med överskott", "INTÄKTER: som budgeterat", "KOSTNADER: lägre än väntat"]),
    ).toBeUndefined();
    const list = codeListOf([
      "# AVG_* = medlemsavgift",
      "# NY = nya",
      "# NY = nyinskrivna",
      "# UT = avslutade",
      "# RES = resultat",
      "# EK = eget kapital",
    ]);
    expect(list?.has("AVG_*")).toBe(false);
    expect(list?.has("NY")).toBe(false);
    expect(list?.get("UT")).toBe("avslutade");
  });
});

describe("codeLists", () => {
  const rows = [
    "period   kod       kon    varde   enhet",
    "2025     PART_ALL  Alla     140   pers",
    "2025     UT_JOBB   Alla      12   pers",
  ];
  const list = [
    "# PART_ALL = deltagare under året",
    "# UT_JOBB = avslutade till arbete",
    "# UT_SKOLA = avslutade till studier",
  ];

  it("writes each code cell of a table in columns as its meaning, the other columns kept in place", () => {
    const out = codeLists([...list, ...rows])!;
    expect(out[4]).toMatch(/^2025 {5}deltagare under året +Alla {5}140 {3}pers$/);
    const at = (line: string, word: string) => line.indexOf(word);
    expect(at(out[3]!, "kon")).toBe(at(out[4]!, "Alla"));
    expect(at(out[5]!, "Alla")).toBe(at(out[4]!, "Alla"));
    expect(out.slice(0, 3)).toEqual(list);
  });

  it("writes a separated row's code cell as its meaning", () => {
    const out = codeLists([...list, "ar;matt;varde", "2025;PART_ALL;140", "2025;UT_SKOLA;7"])!;
    expect(out.slice(4)).toEqual(["2025;deltagare under året;140", "2025;avslutade till studier;7"]);
  });

  it("leaves a document alone where the codes stand in no table row, or one code only", () => {
    expect(codeLists([...list, "Vi följer PART_ALL och UT_JOBB varje månad."])).toBeUndefined();
    expect(codeLists([...list, "2025;PART_ALL;140", "2025;ANNAT;7"])).toBeUndefined();
    expect(
      codeLists([
        "PART_ALL = deltagare",
        "UT_JOBB = arbete",
        "UT_SKOLA = studier",
        "2025;PART_ALL;140",
        "2025;UT_JOBB;7",
      ]),
    ).toBeUndefined();
  });
});

describe("an open-data export with a code list, read", () => {
  const exportLines = [
    "# Röd Viks samordningsförbund – statistik (öppna data)",
    "# Kodförklaring:",
    "#   DTOT = deltagare under året",
    "#   DNY  = nya deltagare under året",
    "#   DUT  = avslutade deltagare under året",
    "#   KINT = verksamhetens intäkter",
    "#   KKOS = verksamhetens kostnader",
    "#   KRES = årets resultat",
    "#   KBUD = budgeterade kostnader",
    "organisation;period;kod;kon;varde;enhet",
    "Samordningsförbundet Rodvik;2025;DTOT;Alla;131;pers",
    "Samordningsförbundet Rodvik;2025;DTOT;Kvinna;70;pers",
    "Samordningsförbundet Rodvik;2025;DTOT;Man;61;pers",
    "Samordningsförbundet Rodvik;2025;DNY;Alla;64;pers",
    "Samordningsförbundet Rodvik;2025;DUT;Alla;58;pers",
    "Samordningsförbundet Rodvik;2025;KINT;Alla;4120,5;tkr",
    "Samordningsförbundet Rodvik;2025;KKOS;Alla;4010,0;tkr",
    "Samordningsförbundet Rodvik;2025;KRES;Alla;110,5;tkr",
    "Samordningsförbundet Rodvik;2025;KBUD;Alla;4300,0;tkr",
    "Samordningsförbundet Rodvik;2024;DTOT;Alla;117;pers",
    "Alla förbund i regionen;2025;DTOT;Alla;980;pers",
    "Alla förbund i regionen;2025;KINT;Alla;30200,0;tkr",
    "Samordningsförbundet Rodvik;2026;DTOT;Alla;44;pers",
  ];

  it("reads the own federation's rows of the report's year by the codes' meanings", () => {
    const facts = keys(exportLines);
    expect(facts).toEqual(
      expect.arrayContaining([
        "2025:enrolled:all=131",
        "2025:enrolled:woman=70",
        "2025:enrolled:man=61",
        "2025:new:all=64",
        "2025:exited:all=58",
        "actual:2025:revenue_operating=4120500",
        "actual:2025:cost_operating=4010000",
        "actual:2025:result=110500",
      ]),
    );
  });

  it("never reads another body's rows, the budget as an outcome, last year's or next year's rows as the year's", () => {
    const facts = keys(exportLines);
    expect(facts.filter((f) => /=(?:980|30200000|4300000|44)$/.test(f) && !f.startsWith("budget:"))).toEqual([]);
    expect(facts.filter((f) => /2025:.*=117$/.test(f))).toEqual([]);
    expect(facts.filter((f) => f.includes("2026"))).toEqual([]);
  });

  it("never reads the rows of an organisation column that names no own federation", () => {
    const other = exportLines.map((l) => l.replace("Samordningsförbundet Rodvik", "Samordningsförbundet Grannby"));
    expect(keys(other).filter((f) => f.includes("2025"))).toEqual([]);
  });

  it("reads no codes at all without the code list", () => {
    const facts = keys(exportLines.filter((l) => !l.startsWith("#")));
    expect(facts.filter((f) => /=(?:131|64|58|4120500)$/.test(f))).toEqual([]);
  });

  const commaFile = (publisher: string) => [
    `# Öppna data: ${publisher}`,
    "# Kodlista",
    "# DTOT = deltagare under året",
    "# DNY = nya deltagare under året",
    "# DUT = avslutade deltagare under året",
    "ar,kod,kon,varde,enhet",
    "2025,DTOT,Alla,131,pers",
    "2025,DTOT,Kvinna,70,pers",
    "2025,DTOT,Man,61,pers",
    "2025,DNY,Alla,64,pers",
    "2025,DUT,Alla,58,pers",
  ];

  it("reads a comma-separated file whose comment lines name the own federation as its publisher", () => {
    expect(keys(commaFile("Samordningsförbundet Rodvik"))).toEqual(
      expect.arrayContaining([
        "2025:enrolled:all=131",
        "2025:enrolled:woman=70",
        "2025:new:all=64",
        "2025:exited:all=58",
      ]),
    );
  });

  it("never reads such a file whose comment lines name another federation", () => {
    expect(keys(commaFile("Samordningsförbundet Grannby")).filter((f) => f.startsWith("2025:"))).toEqual([]);
    expect(
      keys(commaFile("Samordningsförbundet Rodvik och Samordningsförbundet Grannby")).filter((f) =>
        f.startsWith("2025:"),
      ),
    ).toEqual([]);
  });
});
