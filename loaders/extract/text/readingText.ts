/**
 * The text the readers read, made from a document's lines before any reader runs: letters OCR
 * read for digits inside numbers put back (`letterDigits.ts`), footnote markers after numbers
 * dropped (`footnoteMarkers.ts`), a text layer's blank line after every line dropped (`doubleSpacedLines.ts`), the prior year's figure in parentheses after each key figure
 * dropped where the document says so (`priorYearParentheses.ts`), words OCR broke with a space
 * joined (`brokenWords.ts`), two tables side by side read one after the other
 * (`sideBySideTables.ts`), a page set in two columns read column by
 * column (`twoColumns.ts`), and a table exported one cell per line set back in columns
 * (`general/cellsPerLine.ts`), and an infographic's figures standing above their labels said as
 * sentences (`figuresAboveLabels.ts`), and a table spoken row by row for screen readers set in columns
 * (`spokenTables.ts`), a grid table's rows boxed over several lines one line each (`gridTables.ts`),
 * and a draft's tracked changes read as corrected, the deleted text blanked (`trackedChanges.ts`), and a
 * document-sharing site's transcript, each page run onto one line, set apart again (`transcriptPages.ts`),
 * the site's list of other documents ("Relevanta dokument") blanked (`relatedDocuments.ts`), a site's
 * text preview with every PDF line a paragraph run into its sentences (`previewLines.ts`),
 * and a header set on its side, one letter a line, read upright (`rotatedHeaders.ts`), a heading's
 * bar mark ("▌2024") taken away (`headingMarks.ts`), a standard's disclosure numbers at a heading's
 * margin ("GRI 201-1") cut (`disclosureReferences.ts`), a video's subtitle cues read as one run of speech,
 * their numbers and time codes dropped (`subtitleCues.ts`), a post's emoji read as bullets or blank space
 * (`emojiMarks.ts`), a recorded conversation's time stamps blanked and its chief's turns read as answers
 * (`transcriptTurns.ts`), a survey export's questions and answers set on one labelled line
 * (`surveyAnswers.ts`), and HTML in the
 * text (a Markdown page's raw tables, entities, comments) read as layout text (`htmlMarkup.ts`), and
 * JSON, YAML dumps, comma-separated records, XML data and outlines (a mind map's tree) set out as
 * long-format tables (`structuredData.ts`), and files a system writes (an SIE accounting file, a
 * status-column export, fixed-length records, rendered R Markdown) read as what holds (`recordFiles.ts`), and
 * a dashboard's stacked cards under a filter naming one year said as "Label: figure" (`kpiCards.ts`);
 * before all of these, the å, ä and ö a viewer dropped or a font set as a stand-in put back
 * (`swedishLetters.ts`).
 * What the readers cite is put back into the document's own line
 * numbers afterwards (`toDocumentLines`), so every fact, finding and coverage entry names the
 * line of the document it was read from. Pure.
 */
import type { ParseOutput } from "../documentText.ts";
import { joinBrokenWords } from "./brokenWords.ts";
import { doubleSpacedLines } from "./doubleSpacedLines.ts";
import { feedMarkup } from "./feedMarkup.ts";
import { formFields } from "./formFields.ts";
import { blankMissingCells } from "./missingCells.ts";
import { spokenTables } from "./spokenTables.ts";
import { blankAnnotationColumns } from "./annotationColumns.ts";
import { readingOrder } from "./twoColumns.ts";
import { labelValueColumns } from "./labelValueColumns.ts";
import { sumColumnStatements } from "./sumColumnStatements.ts";
import { debitCreditMarks } from "./debitCreditMarks.ts";
import { sideBySideTables } from "./sideBySideTables.ts";
import { joinRaggedDigits, mayHoldRaggedDigits } from "./raggedDigits.ts";
import { repairLetterDigits } from "./letterDigits.ts";
import { dropAuthorYearCitations } from "./authorYearCitations.ts";
import { blankFlatFootnoteMarks, mayHoldFootnoteMarkers, stripFootnoteMarkers } from "./footnoteMarkers.ts";
import { withoutOlderMail } from "./olderMail.ts";
import { withoutRelatedDocuments } from "./relatedDocuments.ts";
import { withoutMarkupBalloons, withoutTrackedChanges } from "./trackedChanges.ts";
import { withoutBoxFrames } from "./boxFrames.ts";
import { withoutHeadingMarks } from "./headingMarks.ts";
import { blankDisclosureReferences } from "./disclosureReferences.ts";
import { blankBarGlyphs } from "./barGlyphs.ts";
import { sparklineColumns } from "./sparklineColumns.ts";
import { blankChangeParentheses } from "./changeParentheses.ts";
import { fractionCards } from "./fractionCards.ts";
import { blankWholeKronaMarks } from "./wholeKronaMarks.ts";
import { readCheckedBoxes } from "./checkedBoxes.ts";
import { checklistItems } from "./checklistItems.ts";
import { blankChangeArrows } from "./changeArrows.ts";
import { readWordsThenDigits } from "./wordsThenDigits.ts";
import { readFeesAfterOne } from "./feesAfterOne.ts";
import { readThankYouFees } from "./thankYouFees.ts";
import { twoDigitYears } from "./twoDigitYears.ts";
import { sixDigitDates } from "./sixDigitDates.ts";
import { currencyBeforeAmount } from "./currencyBeforeAmount.ts";
import { numberedListMarks } from "./numberedListMarks.ts";
import { blankLineNumbers } from "./lineNumbers.ts";
import { blankCornerLabels } from "./cornerLabels.ts";
import { datedStatementColumns } from "./unlabelledYearColumns.ts";
import { slashYearPairs } from "./slashYearPairs.ts";
import { ledgerReports } from "./ledgerReports.ts";
import { hyphenatedHeaders } from "./hyphenatedHeaders.ts";
import { readPriorYearParentheses } from "./priorYearParentheses.ts";
import { readDeclaredNotation } from "./declaredNotation.ts";
import { readFootnoteLegends } from "./footnoteLegends.ts";
import { blankBracketedCells } from "./bracketedCells.ts";
import { joinCellLines } from "../general/cellsPerLine.ts";
import { cellAddressRows } from "./cellAddresses.ts";
import { figuresAboveLabels } from "./figuresAboveLabels.ts";
import { joinGridTables } from "./gridTables.ts";
import { labelStrips } from "./labelStrips.ts";
import { withoutComparisonSubRows } from "./comparisonSubRows.ts";
import { definitionLists } from "./definitionLists.ts";
import { wikiTables } from "./wikiTables.ts";
import { taggedValues } from "./taggedValues.ts";
import { legendColumns } from "./legendColumns.ts";
import { pairedRows } from "./pairedRows.ts";
import { detailSumColumns } from "./detailSumColumns.ts";
import { wrappedCellTables } from "./wrappedCellTables.ts";
import { wrappedRowLabels } from "./wrappedRowLabels.ts";
import { dittoCells } from "./dittoCells.ts";
import { genderRowGroups } from "./genderRowGroups.ts";
import { yearSpanSummaryColumns } from "./yearSpanSummaryColumns.ts";
import { caseDecisionColumns } from "./caseDecisionColumns.ts";
import { moneyArithmetic } from "./moneyArithmetic.ts";
import { transcriptPages } from "./transcriptPages.ts";
import { previewLines } from "./previewLines.ts";
import { compactTables, htmlMarkup, type HtmlText } from "./htmlMarkup.ts";
import { yearGroupHeaders } from "./yearGroupHeaders.ts";
import { rotatedHeaders } from "./rotatedHeaders.ts";
import { relativeYearHeaders } from "./relativeYearHeaders.ts";
import { captionedYearColumns } from "./captionedYearColumns.ts";
import { abbreviatedLabels } from "./abbreviatedLabels.ts";
import { countUnitCells, countUnitSuffixes } from "./countUnitCells.ts";
import { destinationBullets } from "./destinationBullets.ts";
import { letterSpacedHeadings } from "./letterSpacedHeadings.ts";
import { staircaseRows } from "./staircaseRows.ts";
import { arithmeticLines } from "./arithmeticLines.ts";
import { equalsLines } from "./equalsLines.ts";
import { outcomeNotes } from "./outcomeNotes.ts";
import { rewordedLines } from "./rewordedLines.ts";
import { measureThenCount } from "./measureThenCount.ts";
import { partColumnsBesideTotals } from "./partColumnsBesideTotals.ts";
import { derivedColumns } from "./derivedColumns.ts";
import { totalsInHeadings } from "./totalsInHeadings.ts";
import { unlabelledSums } from "./unlabelledSums.ts";
import { blankThreadNumbers } from "./threadNumbers.ts";
import { subtitleCues } from "./subtitleCues.ts";
import { narrowPageLines } from "./narrowPages.ts";
import { withoutEmoji } from "./emojiMarks.ts";
import { altTextFigures } from "./altTextFigures.ts";
import { glossaryExamples } from "./glossaryExamples.ts";
import { transcriptTurns } from "./transcriptTurns.ts";
import { surveyAnswers } from "./surveyAnswers.ts";
import { documentLanguage, englishLines, type DocumentLanguage } from "./englishText.ts";
import { commaThousands, dottedThousands } from "../numbers.ts";
import { restoreSwedishLetters } from "./swedishLetters.ts";
import { mimeMessage } from "./mimeMessage.ts";
import { withoutTemplateResidue } from "./templateResidue.ts";
import { withoutInventedExamples } from "./inventedExamples.ts";
import { withoutWrongColumns } from "./correctionColumns.ts";
import { structuredData, xmlData, type XmlData } from "./structuredData.ts";
import { stackedCards } from "./kpiCards.ts";
import { sourceFormat, type SourceLines } from "./sourceFormats.ts";
import { recordFiles } from "./recordFiles.ts";
import { codeLists } from "./codeLists.ts";
import { partYearColumns } from "./partYearColumns.ts";
import { groupedTables } from "./groupedTables.ts";
import { countShareGroups } from "./countShareGroups.ts";
import { indentedTables } from "./indentedTables.ts";
import { spannedHeaders } from "./spannedHeaders.ts";
import { equalBasisHeaders } from "./equalBasisHeaders.ts";
import { columnBlocks } from "./columnBlocks.ts";
import { declaredColumnOrder } from "./declaredColumnOrder.ts";
import { yearSeries } from "./yearSeries.ts";
import { blankIntervalColumns } from "./intervalColumns.ts";
import { blankWordedDeviations } from "./wordedDeviations.ts";
import { emDashCells } from "./emDashCells.ts";

export interface ReadingText {
  /** The lines the readers walk. */
  lines: readonly string[];
  /**
   * The document line (1-based) of each of `lines`, where the reading order differs from the
   * document's; undefined when line n of `lines` is line n of the document (nearly always).
   */
  origin?: number[];
  /** The lines of `lines` cut from a page set in two columns (see `DocumentText.inColumn`). */
  columnLines?: Set<number>;
  /** Per document line, the numbers OCR spaced out digit by digit that were closed up on it. */
  ragged: Map<number, number[]>;
  /** Document lines (1-based) where a letter OCR read for a digit was put back inside a number. */
  letterDigits: Set<number>;
  /** The document's language, decided once; an English document is read in the lexicon's words (`englishText.ts`). */
  language: DocumentLanguage;
  /** An English document's lines in the lexicon's words, one per document line (before any column is cut apart). */
  english?: string[];
  /**
   * A Swedish document whose dots group thousands ("4.860.000 kr"): its lines with those dots read
   * as spaces (`numbers.ts` `dottedThousands`), or two years' figures set apart by a slash set in year
   * columns (`slashYearPairs.ts`): one per document line; facts quote the document's own.
   */
  dotted?: string[];
  /**
   * A document whose å, ä and ö a viewer dropped or a font set as a stand-in ("Intkter",
   * "Int?kter"), or an e-mail's raw source decoded (`mimeMessage.ts`): its lines with the letters put
   * back (`swedishLetters.ts`) or decoded, one per document line;
   * facts quote the document's own.
   */
  lettered?: string[];
  /**
   * Document lines (1-based) a step said again in the readers' words, with what it made of each ("Resultat:
   * 231 deltagare …" said "Under 2025 hade förbundet 231 deltagare …", `outcomeNotes.ts`): facts quoting such
   * a line quote the document's own (`rewordedLines.ts`).
   */
  reworded?: Map<number, string>;
}

/** The document's lines repaired for reading: one line per document line unless columns were cut apart. */
export function readingText(documentLines: readonly string[], reportYear?: number): ReadingText {
  // RTF, LaTeX, iCalendar or XLIFF source: its decoded text read as the document (`sourceFormats.ts`).
  const source = sourceFormat(documentLines, reportYear);
  if (source) return fromSource(readingText(source.lines, reportYear), source);
  // An e-mail saved as its raw source: quoted-printable text decoded, base64 attachments blank (`mimeMessage.ts`).
  const decoded = mimeMessage(documentLines);
  // Å, ä and ö a viewer dropped or a font set as "?" put back first: every reader names them.
  const restored = restoreSwedishLetters(decoded ?? documentLines) ?? decoded;
  // "  1   Samordningsförbundet X", " 22   94 skrevs ut.": the margin's line numbers blanked (`lineNumbers.ts`).
  const lettered = blankLineNumbers(restored ?? documentLines) ?? restored ?? documentLines;
  // HTML in the text (a Markdown page's raw <table>s, entities, comments): tables laid out as
  // layout text, one row a line, the rest plain text (`htmlMarkup.ts`).
  // A news feed or XML page: its machine elements blanked, bodies written in escaped HTML unescaped.
  // XML data (an open-data file, a system's export, a workbook saved as XML): set out as long-format
  // tables at the end, its markup blanked meanwhile so no page or feed step reads it (`structuredData.ts`).
  // "# DELT_TOT = deltagare totalt under året": a data export's code cells written as their meaning (`codeLists.ts`).
  const coded = codeLists(lettered);
  const xml0 = xmlData(coded ?? lettered);
  // A file a system writes (an SIE accounting file): its records blanked, what holds set out as tables (`recordFiles.ts`).
  const records = recordFiles(xml0?.lines ?? coded ?? lettered, reportYear);
  const xml: XmlData | undefined = records
    ? { lines: records.lines, blocks: new Map([...(xml0?.blocks ?? []), ...records.blocks]) }
    : xml0;
  const marked0 = xml?.lines ?? coded ?? lettered;
  const fed = feedMarkup(marked0, reportYear);
  const html = htmlMarkup(fed ?? marked0);
  // An e-mail's older messages are of their own time: the readers see them blank (`olderMail.ts`).
  const own = html?.lines ?? fed ?? marked0;
  // A document-sharing site's list of other documents ("Relevanta dokument"): other years', other
  // federations' snippets, blank for the readers (`relatedDocuments.ts`).
  const mail = withoutOlderMail(withoutRelatedDocuments(own) ?? own);
  // A draft's tracked changes ("~~52~~ 55", "[struken: 141] 143"): the deleted text blanked (`trackedChanges.ts`).
  const inline = withoutTrackedChanges(mail) ?? mail;
  const unboxed = withoutMarkupBalloons(inline) ?? inline;
  // A fact box drawn with box-drawing characters ("┌───┐" / "│ Deltagare: 231 │"): its frame blanked.
  const framed = withoutBoxFrames(unboxed) ?? unboxed;
  // A post's emoji ("✅ 96 nya deltagare", "… och 🎓 22 till studier"): a bullet opening a line, else blank.
  const plain = withoutEmoji(framed) ?? framed;
  // "[00:00:24] Jonas Falk: Vi hade …": a transcript's time stamps blanked, the federation's chief's turns as answers.
  const spokenTurns = transcriptTurns(plain) ?? plain;
  // A survey tool's export ("F6. Förbundets totala intäkter 2025" / "Svar: 5960000"): one labelled line.
  const turns = surveyAnswers(spokenTurns) ?? spokenTurns;
  // "[Bild 2/7] Alt-text: Stor siffra 392 och texten "personer deltog …"": a picture's number and words said as
  // the sentence it shows, its lead blank (`altTextFigures.ts`); the document's own line quoted (`rewordedLines`).
  const described0 = altTextFigures(turns) ?? turns;
  // "**Nya deltagare**" / … / "*Hos oss 2025:* 71.": a glossary's own figure with its term said before it (`glossaryExamples.ts`).
  const described = glossaryExamples(described0) ?? described0;
  // "Beslut:  ☒ Bifall   ☐ Avslag": a form's marked choice kept, its unmarked ones blanked (`checkedBoxes.ts`).
  // "✔ Styrelsemöte 12/2: verksamhetsstatistik 2025." / "    Resultat: 254 deltagare (…)": a done task's
  // outcome note, its counts said as the federation's sentences of that year (`outcomeNotes.ts`), before
  // the task's box is read.
  const noted = (reportYear === undefined ? undefined : outcomeNotes(described, reportYear)) ?? described;
  // "[x] A3  Summa verksamhetens intäkter 5 801 300": a closing checklist's marks and point numbers blanked,
  // its unit-less amounts in kronor (`checklistItems.ts`), before a form's boxes are read.
  // "Deltagare 2025: inskrivna 201, därav nya 88; avslutade 94": a lead's counts after their words turned
  // round, "201 inskrivna" (`measureThenCount.ts`), before a form's boxes are read.
  const counted = measureThenCount(noted) ?? noted;
  const listed = checklistItems(counted) ?? counted;
  // Both steps may say a line in other words ("Nya under året 64" turned round): facts quote the document's own.
  const reworded = rewordedLines(turns, listed, documentLines.length);
  const chosen = readCheckedBoxes(listed) ?? listed;
  // A template's instruction lines and example values, and its unfilled merge fields ("«År»"): blank.
  const residueless = withoutTemplateResidue(chosen) ?? chosen;
  // An instruction's filled-in example whose figures it says are invented: blank (`inventedExamples.ts`).
  const filled = withoutInventedExamples(residueless) ?? residueless;
  // A heading set off by a bar at its start ("▌2024"): the bar taken away.
  const headings = withoutHeadingMarks(filled) ?? filled;
  // "Ekonomiskt resultat        GRI 201-1": a standard's disclosure numbers at a heading's margin are no figures (`disclosureReferences.ts`).
  const marked = blankDisclosureReferences(headings) ?? headings;
  // "Arbete   ████████ 16": a text bar chart's bars blanked, each row a label and its value (`barGlyphs.ts`).
  // "Inskrivna   ▂▃▄▆█   193" under "2021 → 2025": a sparkline's column cut out of its table (`sparklineColumns.ts`).
  const sparkless = sparklineColumns(marked) ?? marked;
  const bars0 = blankBarGlyphs(sparkless) ?? sparkless;
  // "188   ▲ 14", "(▼ 3)": a change since last year after an arrow, blanked (`changeArrows.ts`).
  const glyphs0 = blankChangeArrows(bars0) ?? bars0;
  // "212 (+14)" under "förändringen mot 2024 inom parentes": the declared change blanked (`changeParentheses.ts`).
  const glyphs1 = blankChangeParentheses(glyphs0) ?? glyphs0;
  // "- Arbete: 18 av 74 (24 %).": a card's fraction of its whole read as the card's figure (`fractionCards.ts`).
  const glyphs = fractionCards(glyphs1) ?? glyphs1;
  // "4 200 000:-": whole kronor marked by a colon and a dash, the mark blanked (`wholeKronaMarks.ts`).
  const marks0 = blankWholeKronaMarks(glyphs) ?? glyphs;
  // "tvåhundrafemtiotusen (250 000) kronor": a figure in words then in digits read as the digits (`wordsThenDigits.ts`).
  const marks1 = readWordsThenDigits(marks0) ?? marks0;
  // "uppgick till kr 6 150 000": the currency before the amount turned round (`currencyBeforeAmount.ts`).
  const marks2 = currencyBeforeAmount(marks1) ?? marks1;
  // "  1) Region Lövholmen 1 537 500 kr,": a numbered list's clause numbers blanked (`numberedListMarks.ts`).
  const kronor0 = numberedListMarks(marks2) ?? marks2;
  // "Tallåsens medlemsavgift var 590 tkr (Moravik 1 120 tkr, …)": one member's fee, the others' in a
  // bracket after it, said as the members' list (`feesAfterOne.ts`).
  const kronor1 = readFeesAfterOne(kronor0) ?? kronor0;
  // "Tack till Åby kommun som bidrog med 1 860 000 kronor förra året, till …": the members' fees told as
  // thanks, said as the members' list (`thankYouFees.ts`).
  const kronor = readThankYouFees(kronor1) ?? kronor1;
  // "Utf -25    Bu -25    Utf -24": a header's two-digit years written out (`twoDigitYears.ts`).
  const bars1 = twoDigitYears(kronor, reportYear) ?? kronor;
  // "250101-251231   240101-241231", "251231   241231": a header's six-digit dates of whole years
  // written as the years (`sixDigitDates.ts`).
  const bars = sixDigitDates(bars1, reportYear) ?? bars1;
  // "Rad \ Kolumn", "Avslut \ Kön": a cross-table's corner cell names no column; blanked (`cornerLabels.ts`).
  const lines = blankCornerLabels(bars) ?? bars;
  const letterDigits = new Set<number>();
  const language = documentLanguage(lines);
  const english = language === "en" ? englishLines(lines) : undefined;
  // Two years' figures set apart by a slash under a legend naming the years: read in year columns.
  // A document in English number notation ("6,215,000", "53.7 %"), proven by its own numbers: read as Swedish.
  const thousands = english ? undefined : (dottedThousands(lines) ?? commaThousands(lines));
  const pairs = english ? undefined : (slashYearPairs(thousands ?? lines) ?? thousands);
  // An accounting system's print-out ("Konto  Benämning … Ackumulerat  Budget helår"): read as a statement.
  const dotted = english ? undefined : (ledgerReports(pairs ?? lines) ?? pairs);
  // A form's field numbers and required marks ("2.1 Antal deltagare *   203"): no figure, no label.
  const fields = formFields(english ?? dotted ?? lines);
  // "97   uppgift saknas": a cell saying its figure is missing is an empty cell; "2/8 Under 2024 …": a
  // thread's post numbers are no figures.
  const read = fields ?? english ?? dotted ?? lines;
  // A table spoken row by row for screen readers ("Rad 2. Post: Kostnader. 2025: minus 9 305."): in columns.
  const spoken = spokenTables(read) ?? read;
  const threads = blankThreadNumbers(spoken) ?? spoken;
  // "Avslutade under året   "   49": a ditto mark the document declares written out as the figure above it,
  // an undeclared one's row blanked, so no figure slides into the mark's column (`dittoCells.ts`).
  const base = dittoCells(threads) ?? threads;
  // "Kommentar", "Status", a target's "Målvärde 2025" closing a table: columns no reader reads, blanked.
  // Years set over groups of "Budget  Utfall" columns: one header naming both.
  // A header set on its side, one letter a line ("r" / "o" / … / "K"): one header line (`rotatedHeaders.ts`).
  // "Not   Innevarande år   Föregående år": a header naming its years relative to the report's, set
  // to those years (`relativeYearHeaders.ts`).
  // "Inskrivna ..... 118; 131; 140; 152; 167" under a note giving the series' years: in year columns (`yearSeries.ts`).
  // "2025   2024   2023   Förändring 2024–2025   Snitt 2023–2025": a closing change or mean column's years
  // blanked, so the header reads as years and the columns it closes stay unread (`yearSpanSummaryColumns.ts`).
  // "Deltagare totalt — 214 — 198": a spaced em dash between a row's cells read as a gap, a header of
  // the years a note above declares written over a headless block (`emDashCells.ts`).
  const dashed = emDashCells(base) ?? base;
  const spans = yearSpanSummaryColumns(dashed) ?? dashed;
  const series0 = yearSeries(spans, reportYear) ?? spans;
  // "Inskrivna deltagare: 214; 200; 231" under a note "står värdena i ordningen Utfall 2025; Budget 2025;
  // Utfall 2024": in the note's columns, a note for one table holding for it alone (`declaredColumnOrder.ts`).
  const series1 = declaredColumnOrder(series0) ?? series0;
  // "Kolumn: Mått" over the row labels, then "Kolumn: Totalt" over one value a line: a table printed
  // column by column set back in rows (`columnBlocks.ts`).
  const series2 = columnBlocks(series1) ?? series1;
  // "Medlem   Budget 2025 = Utfall 2025": a column both the year's budget and its outcome, read as the outcome.
  const series = equalBasisHeaders(series2) ?? series2;
  // "Verks. kostn.", "EK vid årets utg.", "Utf. 2025   Bu 2025": a table's abbreviations written out
  // (the common ones, and those a legend in the document gives) in the gaps beside them.
  const unabbreviated0 = abbreviatedLabels(series) ?? series;
  // "Nyckeltal   Enhet   2025" over "  varav kvinnor   antal   104": a count's unit cell blanked.
  const unabbreviated1 = countUnitCells(unabbreviated0) ?? unabbreviated0;
  // "Deltagare   203 pers.   188 pers." under "2025   2024": a count's unit in each cell blanked.
  const unabbreviated = countUnitSuffixes(unabbreviated1) ?? unabbreviated1;
  const relative00 = relativeYearHeaders(unabbreviated, reportYear) ?? unabbreviated;
  // "Föreg. år   Budget   Utfall" over a table whose numbered caption under it dates it ("Tabell 4. …
  // Utfall avser 2025, föregående år 2024. Belopp i tkr."): the roles set to years, the unit the title.
  const relative0 = captionedYearColumns(relative00, reportYear) ?? relative00;
  // "Kansli  Individ  Struktur  Totalt" / "2025": the parts' columns blanked where they add up to the
  // whole's of the report's year in every row (`partColumnsBesideTotals.ts`).
  const relative = (reportYear === undefined ? undefined : partColumnsBesideTotals(relative0, reportYear)) ?? relative0;
  // "D E L T A G A R E" between blank lines: a heading with its letters spaced out, set back as its word.
  const spacedOut0 = letterSpacedHeadings(relative) ?? relative;
  // "+   Nya   68" / "./. Avslutade   63" / "=   Summa   142": a staircase's operators blanked, "./. 105 600" a minus.
  const stairs = staircaseRows(spacedOut0) ?? spacedOut0;
  // "61 kvinnor + 51 män   = 112 inskrivna   OK": a sum of participants that adds up, said as a sentence.
  const summed0 = arithmeticLines(stairs) ?? stairs;
  // "Kapitlets siffror:" / "    Deltagare totalt = 164": a box of "name = value" lines said as a card's
  // "name: value", a bare amount given the unit the document states once (`equalsLines.ts`).
  const summed = equalsLines(summed0) ?? summed0;
  // A block's sum under a rule with no label ("----------" / "7 810 000"): labelled by its block where it adds up.
  const spacedOut = unlabelledSums(summed) ?? summed;
  const upright = rotatedHeaders(spacedOut) ?? spacedOut;
  const yearGroups = yearGroupHeaders(upright) ?? upright;
  // Years set over groups of "Antal  Andel" columns: the shares blanked, each year over its count.
  const grouped0 = countShareGroups(yearGroups) ?? yearGroups;
  // "Antal   Per 10 000 invånare", "2025   % av intäkterna", "| Avgift | Andel |": a rate or share
  // column proven the quotient of the value column beside it in every row, taken out (`derivedColumns.ts`).
  const grouped1 = derivedColumns(grouped0) ?? grouped0;
  // "Verksamhetens intäkter, totalt 6 214 300 kr:" over parts set in that add up to it: the group's sum
  // row "Summa verksamhetens intäkter   6 214 300" (`totalsInHeadings.ts`).
  const grouped = totalsInHeadings(grouped1) ?? grouped1;
  // A statement whose year header was lost ("Not" over two amount columns): its years set over the
  // columns only where the equity identities prove which is the report's (`unlabelledYearColumns.ts`).
  // "Okt–dec 2025   Okt–dec 2024   Jan–dec 2025   Jan–dec 2024": a quarter's columns beside the whole
  // year's, the quarter's blanked and the year's headed by their years alone (`partYearColumns.ts`).
  const wholeYear0 = partYearColumns(grouped) ?? grouped;
  // "Kansli   Insatser   Summa" over a statement's rows: the cost centres' columns blanked, the Summa column
  // the statement's (`sumColumnStatements.ts`).
  const wholeYear1 = sumColumnStatements(wholeYear0) ?? wholeYear0;
  // "4 200 000   K" under a legend naming debit and credit: the amounts signed by their marks (`debitCreditMarks.ts`).
  const wholeYear = debitCreditMarks(wholeYear1) ?? wholeYear1;
  const dated = datedStatementColumns(wholeYear, reportYear) ?? wholeYear;
  // "(1)  (2)  (3)" over a statement, "Kolumnförklaring: (1) utfall 2024, (2) budget 2025, …" near it: the
  // marks written as the legend names them (`legendColumns.ts`).
  const legend = legendColumns(dated, reportYear) ?? dated;
  // "Inskrivna 122 (130) [109]" under a note declaring "utfall (budget) [föregående år]", "97/110" under
  // "utfall/budget": the declared marks taken out, the year's figure read as its own (`declaredNotation.ts`).
  const notation = readDeclaredNotation(legend, reportYear) ?? legend;
  // "Intäkter*   8 120" over "* tusentals kronor", "2026*" over "* = budget": a note's meaning written where its mark stands.
  const declared = readFootnoteLegends(notation) ?? notation;
  const missing = blankMissingCells(declared) ?? declared;
  // "Totalt   132 1   70": a note's marker flattened to a plain digit after a cell, blanked (`footnoteMarkers.ts`).
  const marks = blankFlatFootnoteMarks(missing) ?? missing;
  // "17 (23 %)", "123 (118)" under a prior-year legend: a table cell's bracket blanked (`bracketedCells.ts`).
  const cells = blankBracketedCells(marks) ?? marks;
  // Per line: footnote markers dropped, look-alike letters in numbers put back, broken words joined;
  // the markers only where a look over the whole text finds what they need (`wholeText.ts`).
  // A table indented as a whole ("  Ekonomi (kronor)    Utfall 2025 …"): its common margin taken away.
  const flush = indentedTables(cells) ?? cells;
  // "Målintervall   Utfall 2025   Bedömning   Utfall 2024": a target's interval and a verdict in words
  // among the outcome columns, blanked (`intervalColumns.ts`).
  // "Avvikelse" / "388 gynnsam", "8 under": a deviation with a direction word, never a figure, blanked (`wordedDeviations.ts`).
  const deviations = blankWordedDeviations(flush) ?? flush;
  const intervalled = blankIntervalColumns(deviations) ?? deviations;
  // "Uppgift   Stod felaktigt   Rätt uppgift": a correction's wrong figures blanked (`correctionColumns.ts`).
  const scored = withoutWrongColumns(intervalled) ?? intervalled;
  const unmarked0 = readPriorYearParentheses(blankAnnotationColumns(scored, reportYear) ?? scored);
  // "– Avslut till arbete 19; till studier 9": an exit bullet's destinations written as cards ("label: count").
  const bulleted = destinationBullets(unmarked0) ?? unmarked0;
  // "… 231 personer (Samordningsförbundet Ekvik, 2026, s. 8)": a source's author and year, no year of the figures (`authorYearCitations.ts`).
  const unmarked = dropAuthorYearCitations(bulleted) ?? bulleted;
  const stripped = mayHoldFootnoteMarkers(unmarked) ? sameOr(unmarked, unmarked.map(stripFootnoteMarkers)) : unmarked;
  const joined = sameOr(
    stripped,
    stripped.map((line, i) => {
      const r = repairLetterDigits(line);
      if (r.numbers) letterDigits.add(i + 1);
      return joinBrokenWords(r.line);
    }),
  );
  // A header's words hyphenated across its stacked lines ("in-" / "skrivna"): each set whole.
  const repaired = hyphenatedHeaders(joined) ?? joined;
  // Two tables side by side on the same lines: the left one, then the right one.
  const sides = sideBySideTables(repaired);
  const order = readingOrder(sides?.lines ?? repaired);
  const text: ReadingText = order
    ? { ...order, ragged: new Map(), letterDigits, language, english, dotted }
    : { lines: sides?.lines ?? repaired, ragged: new Map(), letterDigits, language, english, dotted };
  if (restored) text.lettered = restored;
  if (reworded) text.reworded = reworded;
  if (sides) text.origin = (text.origin ?? sides.lines.map((_, i) => i + 1)).map((n) => sides.origin[n - 1]!);
  // After the columns are cut apart: a number never runs across the columns' gap.
  if (mayHoldRaggedDigits(text.lines))
    text.lines = sameOr(
      text.lines,
      text.lines.map((line, i) => {
        const r = joinRaggedDigits(line);
        if (r.values.length > 0) {
          const n = text.origin?.[i] ?? i + 1;
          text.ragged.set(n, [...(text.ragged.get(n) ?? []), ...r.values]);
        }
        return r.line;
      }),
    );
  if (html) setHtmlTables(text, html);
  // Two lists of "Label: value" side by side ("Deltagare totalt: 203   Verksamhetens intäkter: …"): the left
  // list, then the right (`labelValueColumns.ts`).
  regroup(text, labelValueColumns(text.lines));
  regroup(text, doubleSpacedLines(text.lines));
  setSubtitleCues(text);
  setNarrowPages(text);
  setGridTables(text);
  // Text cells wrapping within their columns under a rule of dashes: each cell said as a paragraph.
  regroup(text, wrappedCellTables(text.lines));
  // A table's row labels wrapped onto a second line ("Samverkansteam vid" / "psykisk ohälsa", "Förvärvsarbete,
  // även" / "med lönestöd   8   10   18"): each label joined on its figures' line (`wrappedRowLabels.ts`).
  regroup(text, wrappedRowLabels(text.lines));
  // Genders as groups of rows ("Kvinnor" over set-in rows and "Summa kvinnor", then "Män"): each gender's
  // sum said as the gender's row where the sums prove it, the rows under the headings taken out (`genderRowGroups.ts`).
  regroup(text, genderRowGroups(text.lines));
  // An item of minutes as two columns, "Ärende" beside "Beslut": the case's lines, then the decision's.
  regroup(text, caseDecisionColumns(text.lines));
  // "4 420 000 intäkter − 4 512 600 kostnader = −92 600 verksamhetens resultat": a checked sum of the
  // accounts said as sentences, one an item (`moneyArithmetic.ts`); one line per line.
  if (reportYear !== undefined) text.lines = moneyArithmetic(text.lines, reportYear) ?? text.lines;
  setTranscriptPages(text);
  setPreviewLines(text);
  setCellAddresses(text);
  setCellsInColumns(text);
  // A key-figure table grouped under headings in capitals, its header once over all: a header per group.
  regroup(text, groupedTables(text.lines));
  // "Budget / helår / 2025" beside "------ Utfall ------" over "jan–aug (67 % av året)" and "jan–dec (100 % av
  // året)": a header merged over three lines written anew on one, the whole year's outcome and budget kept,
  // the part of the year's and the shares' columns blanked (`spannedHeaders.ts`).
  regroup(text, spannedHeaders(text.lines, reportYear));
  // A table in wiki markup ("{|" / "! Medlem !! Bidrag" / "|-" / "| Staten || 4 500" / "|}"): its rows laid out in
  // columns, the markup's lines taken out (`wikiTables.ts`).
  regroup(text, wikiTables(text.lines));
  // A definition list's terms ("Deltagare totalt" / ":   187" / ":   2024 – 172"): each set on its value's
  // line as a row of key figures, its comparisons taken out (`definitionLists.ts`).
  regroup(text, definitionLists(text.lines, reportYear));
  // Each item's label over its tagged values ("Budget 2025: 7 100    Utfall 2025: 7 214"): a table under
  // the outcome tags, a row per item on its values' line, budgets and targets taken out (`taggedValues.ts`).
  regroup(text, taggedValues(text.lines));
  // Two label–value pairs on each line of a box ("Deltagare totalt ..... 156    Nya deltagare ..... 74"):
  // the left column's rows, then the right's (`pairedRows.ts`).
  regroup(text, pairedRows(text.lines));
  // A statement's inner "Specifikation" and outer "Summa" columns: one year's column, the groups' unlabelled
  // sums labelled where their details add up to them (`detailSumColumns.ts`).
  regroup(text, detailSumColumns(text.lines));
  // An item's comparisons set in under it ("    mål   175", "    föregående år   149"): taken out.
  // "    budget   7 600" under its item: set on the item's row under "Utfall   Budget".
  regroup(text, withoutComparisonSubRows(text.lines, reportYear));
  // Key figures as a strip, labels over figures ("Intäkter   Kostnader" / "6 120   6 304"): one line a pair.
  regroup(text, labelStrips(text.lines));
  setFiguresBeforeLabels(text);
  setXmlData(text, xml);
  setStructuredData(text, reportYear);
  setStackedCards(text);
  return text;
}

/**
 * `mapped`, or `lines` where every line of `mapped` is the same text: the steps after a per-line
 * repair that changed nothing are handed the array before it, so its whole text and characters,
 * already looked at (`wholeText.ts`, remembered per array), are not joined and counted again.
 */
function sameOr(lines: readonly string[], mapped: string[]): readonly string[] {
  for (let i = 0; i < lines.length; i++) if (mapped[i] !== lines[i]) return mapped;
  return lines;
}

/**
 * The reading text of a source format's decoded lines (`sourceFormats.ts`), citing the document's lines:
 * each reading line the document line its decoded line cites. The views one per document line (an
 * English document's, a dotted one's, a lettered one's) are of the decoded lines, not the document's:
 * they are dropped, so facts quote the decoded text.
 */
function fromSource(inner: ReadingText, source: SourceLines): ReadingText {
  const doc = (n: number) => (source.from[n - 1] ?? 0) + 1;
  const remap = (set: ReadonlySet<number>) => new Set([...set].map(doc));
  const ragged = new Map<number, number[]>();
  for (const [n, values] of inner.ragged) ragged.set(doc(n), [...(ragged.get(doc(n)) ?? []), ...values]);
  const text: ReadingText = {
    lines: inner.lines,
    origin: (inner.origin ?? inner.lines.map((_, i) => i + 1)).map(doc),
    ragged,
    letterDigits: remap(inner.letterDigits),
    language: inner.language,
  };
  if (inner.columnLines) text.columnLines = inner.columnLines;
  return text;
}

/**
 * The reading lines regrouped (`joined.lines`, each from reading line `joined.from[k]`): every
 * new line cites the document line its source line cites, and stays in a column where that did.
 */
function regroup(text: ReadingText, joined: { lines: string[]; from: number[] } | undefined): void {
  if (!joined) return;
  const docLine = (i: number) => text.origin?.[i] ?? i + 1;
  const columns = text.columnLines;
  text.origin = joined.from.map(docLine);
  text.lines = joined.lines;
  if (columns) text.columnLines = new Set(joined.from.flatMap((i, k) => (columns.has(i + 1) ? [k + 1] : [])));
}

/** An HTML table's rows together, its emptied lines dropped (`htmlMarkup.ts`); each row cites its own line. */
const setHtmlTables = (text: ReadingText, html: HtmlText) =>
  regroup(
    text,
    compactTables(text.lines, html, (i) => text.origin?.[i] ?? i + 1),
  );

/**
 * A video's subtitle file (`subtitleCues.ts`): the cue numbers and time codes dropped, the cues' speech
 * one run of text; each line cites its own document line. A cue's lines are short as a narrow column's
 * are, so where one ends says nothing of where a sentence ends: they are read as a column's lines, a
 * paragraph running on to its blank line (a new speaker).
 */
function setSubtitleCues(text: ReadingText): void {
  const cues = subtitleCues(text.lines);
  if (!cues) return;
  regroup(text, cues);
  const columns = text.columnLines ?? new Set<number>();
  text.lines.forEach((line, k) => {
    if (line.trim() !== "") columns.add(k + 1);
  });
  text.columnLines = columns;
}

/**
 * A page set in a narrow measure, a teletext page's 40 characters (`narrowPages.ts`): its lines are read
 * as a narrow column's, a paragraph running on to its blank line, since a line's end there says nothing
 * of a sentence's.
 */
function setNarrowPages(text: ReadingText): void {
  // A page already read in columns (two columns cut apart, a subtitle file's cues) has its own.
  if (text.columnLines && text.columnLines.size > 0) return;
  text.columnLines = narrowPageLines(text.lines);
}

/** A grid table's rows, each boxed over several lines, one line each (`gridTables.ts`); each cites its figures' line. */
const setGridTables = (text: ReadingText) => regroup(text, joinGridTables(text.lines));

/**
 * A document-sharing site's transcript, each page run onto one line (`transcriptPages.ts`): the page's
 * heading, text and table rows set apart again; each cites its page's line.
 */
const setTranscriptPages = (text: ReadingText) => regroup(text, transcriptPages(text.lines));

/**
 * A sharing site's text preview, every PDF line a paragraph of its own (`previewLines.ts`): a sentence's
 * lines run into one, a list's rows closed up, the site's "Sida: n av N" dropped; each cites its first line.
 */
const setPreviewLines = (text: ReadingText) => regroup(text, previewLines(text.lines));

/**
 * An infographic's figures standing above their labels said as sentences, figure first, one run of
 * blocks one paragraph (`figuresAboveLabels.ts`); each sentence cites its figure's document line.
 */
const setFiguresBeforeLabels = (text: ReadingText) => regroup(text, figuresAboveLabels(text.lines));

/**
 * XML data set out where its block stood (`structuredData.ts` `xmlData`): each set-out line cites its
 * value's document line; the block's blanked lines give way to them.
 */
function setXmlData(text: ReadingText, xml: XmlData | undefined): void {
  if (!xml) return;
  const docLine = (i: number) => text.origin?.[i] ?? i + 1;
  const lines: string[] = [];
  const origin: number[] = [];
  const columns = text.columnLines ? new Set<number>() : undefined;
  const placed = new Set<number>();
  text.lines.forEach((line, i) => {
    const at = docLine(i) - 1;
    const set = xml.blocks.get(at);
    if (set && !placed.has(at)) {
      placed.add(at);
      for (const r of set) {
        lines.push(r.text);
        origin.push(r.from + 1);
      }
      return;
    }
    lines.push(line);
    origin.push(docLine(i));
    if (text.columnLines?.has(i + 1)) columns!.add(lines.length);
  });
  text.lines = lines;
  text.origin = origin;
  if (columns) text.columnLines = columns;
}

/**
 * JSON, a YAML dump or comma-separated records pasted into the text, set out as long-format tables
 * (`structuredData.ts`); each row cites its value's document line.
 */
const setStructuredData = (text: ReadingText, reportYear?: number) =>
  regroup(text, structuredData(text.lines, reportYear));

/**
 * A dashboard's stacked cards and "Mått: … Värde: …" lines under a filter naming one year: "Label:
 * figure" lines under the year's title (`kpiCards.ts`).
 */
const setStackedCards = (text: ReadingText) => regroup(text, stackedCards(text.lines));

/**
 * A table exported one cell per line set back in columns (`general/cellsPerLine.ts`): a row's
 * label and cells become one reading line, which cites the label's document line. A table with
 * a number OCR repaired on any of its lines stays as written (its figures are judged per line).
 */
/**
 * A workbook printed one cell a line, each line opening with its address ("B4 | 41"): each sheet row set
 * back on one line, its cells at their columns' places (`cellAddresses.ts`); each row cites its first cell's line.
 */
const setCellAddresses = (text: ReadingText) => regroup(text, cellAddressRows(text.lines));

function setCellsInColumns(text: ReadingText): void {
  const docLine = (i: number) => text.origin?.[i] ?? i + 1;
  regroup(
    text,
    joinCellLines(text.lines, (i) => text.ragged.has(docLine(i)) || text.letterDigits.has(docLine(i))),
  );
}

/** "line 12", "lines 12, 14", "header line 7": line numbers in a reader's message. */
const LINE_REFERENCE = /\b(lines?) (\d+(?:, \d+)*)/g;

/** Put what the readers cite (reading-order line numbers) into the document's line numbers. */
export function toDocumentLines(out: ParseOutput, origin: readonly number[] | undefined): void {
  if (!origin) return;
  const line = (n: number) => origin[n - 1] ?? n;
  const message = (text: string) =>
    text.replace(
      LINE_REFERENCE,
      (_, word: string, ns: string) =>
        `${word} ${ns
          .split(", ")
          .map((n) => line(Number(n)))
          .join(", ")}`,
    );
  out.facts = out.facts.map((f) => ({ ...f, line: line(f.line) }));
  out.findings = out.findings.map((f) => ({
    ...f,
    line: line(f.line),
    ...(typeof f.other_line === "number" ? { other_line: line(f.other_line) } : {}),
    message: message(f.message),
  }));
  out.coverage = out.coverage.map((c) => ({
    ...c,
    line: c.line === null ? null : line(c.line),
    ...(typeof c.note === "string" ? { note: message(c.note) } : {}),
  }));
}

/** The document lines a set of reading-order lines comes from. */
export function documentLineSet(lines: ReadonlySet<number>, origin: readonly number[] | undefined): Set<number> {
  return origin ? new Set([...lines].map((n) => origin[n - 1] ?? n)) : new Set(lines);
}
