/**
 * A sentence opening on another's report as its source: "Stegets rapport anger 240 deltagare …", "Regionens
 * statistik visar att …", "Arbetsförmedlingens uppföljning redovisar …". The figures are what that body (an
 * intervention, a member, an agency) counted, for its own work: none of them is the federation's. The
 * federation's own documents ("Förbundets rapport", "Kansliets sammanställning", "Årets uppföljning") are no
 * other's. A name inside the sentence ("Enligt Stegets rapport …") is already a name the prose reader heeds;
 * only the opening word, whose capital every sentence has, needs this look.
 */

/** A capitalised genitive, then (after an adjective at most) a report's noun, then a verb of telling. */
const REPORT_LEAD =
  /^[\s*_]*(\p{Lu}\p{L}*s) (?:\p{L}+ )?(?:\p{L}*rapport|\p{L}*redovisning|uppföljning|statistik|sammanställning|utvärdering|rapportering|dokumentation|enkät|mätning|siffror)(?:en|erna|er|ar|arna|na)? (?:anger|angav|visar|visade|redovisar|redovisade|uppger|uppgav|rapporterar|rapporterade|noterar|noterade|pekar på|talar om|räknar|räknade)(?!\p{L})/u;
/** The federation's own genitives, and words of time or of all the interventions that name no other body. */
const OWN_GENITIVE =
  /^(?:förbundets|samordningsförbundets|kansliets|styrelsens|förbundsstyrelsens|förbundschefens|ledningens|årets|verksamhetsårets|helårets|bokslutets|revisionens|revisorernas|våra|vårt|vår|egna|insatsernas)$/iu;

/** Whether the sentence opens on a report of someone other than the federation as the source of its figures. */
export function opensOnOthersReport(sentence: string): boolean {
  const m = REPORT_LEAD.exec(sentence);
  return m !== null && !OWN_GENITIVE.test(m[1]!);
}
