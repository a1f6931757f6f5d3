/** A report published as its LaTeX source, read as it prints: macros expanded, comments and drafts never read. */
import { describe, expect, it } from "vitest";
import { latexSource, siNumber } from "../../loaders/extract/text/latexSource.ts";
import { readingText } from "../../loaders/extract/text/readingText.ts";

const report = [
  "% Årsredovisning -- utkast 3",
  "\\documentclass[11pt]{article}",
  "\\usepackage{siunitx}",
  "\\setcounter{secnumdepth}{3}",
  "\\newcommand{\\deltagare}{219}",
  "\\newcommand{\\tkr}[1]{#1\\,tkr}",
  "\\def\\ar{2025}",
  "\\title{Årsredovisning \\ar\\\\ Samordningsförbundet Kvistby}",
  "\\begin{document}",
  "\\maketitle",
  "\\section*{Deltagare}",
  "Under \\ar{} deltog \\deltagare{} personer, varav \\num{120} kvinnor % Q2: 201",
  "och 99 män.\\footnote{Räknat en gång per person.} Andelen var \\SI{31.5}{\\percent}, 12{,}5~\\% fler.",
  "\\iffalse",
  "Tidigare: 230 personer.",
  "\\fi",
  "\\begin{tabular}{l S S}",
  "\\toprule",
  "{Post} & {2025} & {2024} \\\\",
  "\\midrule",
  "Årets resultat & -214300 & 90800 \\\\",
  "Eget kapital & \\tkr{1\\,902} & {--} \\\\",
  "\\bottomrule",
  "\\end{tabular}",
  "\\begin{itemize}",
  "  \\item Region Kvistmark: \\num{1404500}~kr",
  "\\end{itemize}",
  "\\vspace{2em}",
  "\\end{document}",
  "Text efter dokumentets slut: 999.",
];

describe("latexSource", () => {
  const out = latexSource(report)!;
  const at = (text: string) => out.lines.findIndex((l) => l.includes(text));

  it("expands the document's macros where used, with and without arguments, and prints the title", () => {
    expect(out.lines.slice(0, 2)).toEqual(["Årsredovisning 2025", "Samordningsförbundet Kvistby"]);
    expect(out.lines[at("deltog")]).toBe("Under 2025 deltog 219 personer, varav 120 kvinnor");
    expect(out.from[at("deltog")]).toBe(11);
    expect(out.lines[at("Eget kapital")]!.split(/\s{2,}/)).toEqual(["Eget kapital", "1 902 tkr", "–"]);
  });

  it("prints numbers as siunitx does, the decimal sign a comma, and {,} as a comma", () => {
    expect(out.lines[at("och 99 män.")]).toBe("och 99 män. Andelen var 31,5 %, 12,5 % fler.");
    expect(siNumber("1702900")).toBe("1 702 900");
    expect(siNumber("5618")).toBe("5618");
    expect(siNumber("5618", 4)).toBe("5 618");
    expect(siNumber("-27.9")).toBe("-27,9");
  });

  it("sets a tabular's rows out in columns, rules dropped and S columns grouped", () => {
    expect(out.lines[at("Årets resultat")]!.split(/\s{2,}/)).toEqual(["Årets resultat", "-214 300", "90 800"]);
    expect(out.lines[at("Post")]!.split(/\s{2,}/)).toEqual(["Post", "2025", "2024"]);
  });

  it("reads a footnote as its own line after its paragraph, and an item as a list line", () => {
    expect(out.lines[at("och 99 män.") + 1]).toBe("Räknat en gång per person.");
    expect(out.lines[at("Region Kvistmark")]).toBe("- Region Kvistmark: 1 404 500 kr");
  });

  it("never reads comments, an \\iffalse block, the preamble, layout arguments or text after \\end{document}", () => {
    const all = out.lines.join("\n");
    expect(all).not.toMatch(/201|230|utkast|11pt|secnumdepth|\b3\b|2em|999|siunitx/);
  });

  it("reads a figure's superscript mark as no digit, a declared unit with its prefix, a box's size as nothing", () => {
    const out = latexSource([
      "\\documentclass{article}",
      "\\DeclareSIUnit\\krona{kr}",
      "\\begin{document}",
      "Deltagare: \\num{146}\\textsuperscript{1} och 38$^{2}$ nya.\\newline Budget: \\SI{5.8}{\\mega\\krona}.",
      "\\resizebox{\\textwidth}{!}{\\begin{tabular}{lr} Nya & 74 \\\\ \\end{tabular}}",
      "\\end{document}",
    ])!;
    expect(out.lines).toEqual(["Deltagare: 146 och 38 nya.", "Budget: 5,8 Mkr.", "Nya   74"]);
  });

  it("never reads a note to the authors or struck-out, deleted or replaced text; reads added and highlighted text", () => {
    const out = latexSource([
      "\\documentclass{article}",
      "\\begin{document}",
      "Deltagare: \\sout{139} \\added{146}.\\todo{Kolla mot systemet: 141?}",
      "Avslutade: \\replaced{68}{71}, nya: \\deleted{70} \\hl{74}.",
      "\\end{document}",
    ])!;
    expect(out.lines).toEqual(["Deltagare: 146.", "Avslutade: 68, nya: 74."]);
  });

  it("reads a chapter's file with no preamble whose first command is a heading, and must not read a heading alone", () => {
    const chapter = [
      "% kapitel 3",
      "\\section{Deltagare}",
      "Nya var 74.",
      "\\begin{tabular}{lr}",
      "Avslutade & 68 \\\\",
      "\\end{tabular}",
    ];
    expect(latexSource(chapter)!.lines).toEqual(["Deltagare", "Nya var 74.", "Avslutade   68"]);
    expect(latexSource(["\\section{Deltagare}", "Nya var 74 (se \\begin-rutan)."])).toBeUndefined();
    expect(latexSource(["Deltagare", "\\section{Nya}", "\\begin{itemize}"])).toBeUndefined();
  });

  it("reads a long table's header once and its last footer after the body, never the page header or footer again", () => {
    const out = latexSource([
      "\\documentclass{article}",
      "\\begin{document}",
      "\\begin{longtable}{lrr}",
      "Post & 2025 & 2024 \\\\ \\endfirsthead",
      "Post (forts.) & 2025 & 2024 \\\\ \\endhead",
      "\\multicolumn{3}{r}{Fortsätter på nästa sida} \\\\ \\endfoot",
      "Årets resultat & 124700 & 90800 \\\\ \\endlastfoot",
      "Intäkter & 5618000 & 5480000 \\\\",
      "\\end{longtable}",
      "\\end{document}",
    ])!;
    expect(out.lines.map((l) => l.split(/\s{2,}/))).toEqual([
      ["Post", "2025", "2024"],
      ["Intäkter", "5618000", "5480000"],
      ["Årets resultat", "124700", "90800"],
    ]);
    // A tabular with no markers keeps every row.
    expect(
      latexSource(["\\documentclass{article}", "\\begin{tabular}{lr} A & 1 \\\\ B & 2 \\end{tabular}"])!.lines,
    ).toHaveLength(2);
  });

  it("must not fire on a text that merely holds backslashes, braces or a percent sign", () => {
    const plain = [
      "Årsredovisning 2025",
      "Sökväg: \\\\server\\rapporter\\{2025} – 45 % av målet.",
      "\\documentclass nämns i mallen.",
    ];
    expect(latexSource(plain)).toBeUndefined();
    expect(readingText(plain, 2025).origin).toBeUndefined();
    // A first line that is a command, but no preamble among the first lines.
    expect(latexSource(["\\noindent Text", "Mer text 2025."])).toBeUndefined();
  });
});
