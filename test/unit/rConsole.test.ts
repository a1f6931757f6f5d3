/**
 * R Markdown rendered to Markdown (`text/rConsole.ts`): code chunks blanked, the console's "## " tables
 * set out in columns (row numbers, tibble dimensions and type rows dropped), vectors and statistics
 * never read. Made-up federations and figures.
 */
import { describe, expect, it } from "vitest";
import { isKnitrOutput, rConsole } from "../../loaders/extract/text/rConsole.ts";
import type { AnyFact } from "../helpers.ts";
import { extractReport } from "../support/reportFacts.ts";

const facts = (lines: string[]) =>
  (extractReport(lines, "tornvik", 2025) as AnyFact[]).map((f) =>
    f.table === "finance"
      ? `${f.basis}:${f.year}:${f.item}=${f.amount_sek}`
      : f.table === "member_contribution"
        ? `fee:${f.year}=${f.amount_sek}`
        : `${f.intervention ?? "fed"}:${f.year}:${f.measure ?? f.category}:${f.gender ?? ""}=${f.value}`,
  );

const report = [
  "---",
  'title: "Samordningsförbundet Tornvik 2025"',
  "output: github_document",
  "---",
  "",
  "## Deltagare",
  "",
  "``` r",
  "d %>% filter(ar >= 2024) %>% select(ar, inskrivna, nya, avslutade)",
  "```",
  "",
  "    ## # A tibble: 2 × 4",
  "    ##      ar inskrivna   nya avslutade",
  "    ##   <dbl>     <dbl> <dbl>     <dbl>",
  "    ## 1  2024       140    70        66",
  "    ## 2  2025       152    81        73",
  "",
  "``` r",
  "mean(per_insats$deltagare)",
  "```",
  "",
  "    ## [1] 38.6",
  "",
  "    ##    Min. 1st Qu.  Median    Mean 3rd Qu.    Max. ",
  "    ##    9.00   21.50   33.00   38.60   52.00   81.00",
  "",
  "    ## # A tibble: 3 × 2",
  "    ##   avslut_till       n",
  "    ##   <chr>         <int>",
  "    ## 1 Arbete           20",
  "    ## 2 Studier           9",
  "    ## 3 Annat avslut     44",
];

describe("rendered R Markdown", () => {
  it("reads the console's tables: years as rows set out as year columns, a count of destinations as the exits'", () => {
    const got = facts(report);
    expect(got).toEqual(
      expect.arrayContaining([
        "fed:2025:enrolled:all=152",
        "fed:2025:new:all=81",
        "fed:2025:exited:all=73",
        "fed:2025:work:=20",
        "fed:2025:studies:=9",
      ]),
    );
  });

  it("stores no row number, dimension, vector, statistic or earlier year's row as 2025's (must not fire)", () => {
    const got = facts(report);
    for (const bad of ["=1", "=2", "=3", "=4", "=38", "=39", "=9.00", "=33", "=81", "=140", "=70", "=66"])
      expect(got.filter((f) => f.startsWith("fed:2025:") && f.endsWith(bad) && !f.includes(":new:"))).toEqual([]);
  });

  it("reads a matrix printed with row names and years as its columns", () => {
    const got = facts([
      "Samordningsförbundet Tornvik",
      "",
      "## Deltagare",
      "",
      "``` r",
      "xtabs(antal ~ matt + ar, data = d)",
      "```",
      "",
      "    ##                      2024 2025",
      "    ##   Inskrivna deltagare  140  152",
      "    ##   Nya deltagare         70   81",
    ]);
    expect(got).toEqual(expect.arrayContaining(["fed:2025:enrolled:all=152", "fed:2025:new:all=81"]));
    expect(got).not.toContain("fed:2025:enrolled:all=140");
  });

  it("blanks the code and leaves a table comparing federations unread (must not fire)", () => {
    const lines = [
      "```{r}",
      "lan %>% select(forbund, deltagare)",
      "```",
      "",
      "```",
      "##     forbund deltagare",
      "## 1   Tornvik       152",
      "## 2  Östervik       130",
      "```",
    ];
    const out = rConsole(lines)!.lines;
    expect(out.join("").trim()).toBe("");
  });

  it("leaves a Markdown page that is no R output alone, its headings included (must not fire)", () => {
    const page = ["# Årsberättelse", "", "## Deltagare", "", "Vi hade 152 deltagare 2025.", "", "    kod i ett block"];
    expect(isKnitrOutput(page)).toBe(false);
    expect(rConsole(page)).toBeUndefined();
    const rendered = ["``` r", "x <- 1", "```", "", "## Ekonomi", "", "Intäkterna var 5 mnkr."];
    expect(rConsole(rendered)!.lines[4]).toBe("## Ekonomi");
  });
});
