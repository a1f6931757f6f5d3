/**
 * Words with which a report says a figure is the whole federation's, not one intervention's or one
 * member's. One list for every reader that decides a figure's scope from words: a sentence's own
 * words (`extract/general/wholeFederationSentences.ts`), a heading's (`sectionScope.ts`).
 */

/**
 * The federation named as the whole in a sentence: "i förbundet", "inom hela förbundet", "förbundet
 * som helhet", "totalt för förbundet", "förbundets individinriktade verksamhet", "förbundets
 * deltagare", "samtliga insatser". Strong enough to decide a sentence that names no one.
 */
export const WHOLE_FEDERATION_PHRASE =
  /(?<!\p{L})(?:(?:i|inom|för) (?:hela )?(?:samordnings)?förbundet|(?:samordnings)?förbundet (?:som helhet|totalt|sammantaget|sammanlagt)|totalt (?:för|i|inom) (?:hela )?(?:samordnings)?förbundet|(?:samordnings)?förbundets (?:samlade |hela |samtliga |alla )?(?:individinriktade |individuella )?(?:verksamhet|deltagare)|(?:samtliga|alla) (?:förbundets |våra )?(?:\p{L}+ )?insatser)(?!\p{L})/iu;

/**
 * The federation telling its own year's figures with a reporting verb: "Förbundet redovisar 236
 * deltagare", "Samordningsförbundet Norrby summerar verksamhetsåret till …", "Förbundet rapporterar
 * att 81 personer avslutade …". The teller is the whole federation (its name at most two capitalised
 * words), as strong as the phrases above.
 */
export const FEDERATION_TELLS =
  /(?<!\p{L})(?:[Ss]amordningsförbundet|[Ff]örbundet)(?: \p{Lu}[\p{L}-]*){0,2} (?:redovisar|redovisade|rapporterar|rapporterade|noterar|noterade|summerar|summerade)(?!\p{L})/u;

/**
 * A sum's word ("totalt", "sammanlagt", "sammantaget", "tillsammans"; not "tillsammans med", a
 * partner): weaker, as an intervention's own section says "totalt 45 deltagare" too. It decides a
 * sentence only where nothing around it names one intervention.
 */
export const SUM_WORD = /(?<!\p{L})(?:totalt|sammanlagt|sammantaget|tillsammans(?! med))(?!\p{L})/iu;

/** The letters every word of the two lists above holds one of: a cheap look before the patterns. */
export const SCOPE_WORD_CUE = /totalt|sammanlagt|sammantaget|tillsammans|förbundet|insatser/iu;

/**
 * A heading or caption that is the whole federation and nothing else: "Hela förbundet", "Förbundet
 * som helhet", "Totalt för förbundet", "Alla insatser tillsammans", "Samtliga insatser": a card or a
 * section under it gives the federation's figures.
 */
export const WHOLE_FEDERATION_HEADING =
  /^(?:hela (?:samordnings)?förbundet|(?:samordnings)?förbundet (?:som helhet|totalt|sammanlagt)|totalt (?:för|i) (?:hela )?(?:samordnings)?förbundet|(?:alla|samtliga) (?:förbundets )?(?:\p{L}+ )?insatser(?:na)?(?: tillsammans| totalt)?|insatserna tillsammans)$/iu;

/**
 * A lead that hands the text below it to another body: a member or a state agency ("Försäkringskassan
 * skriver …:", "Ur Hagby kommuns årsredovisning 2024:", "Regionens uppföljning visar:"), a national body
 * or report ("Nationella nätverket", "regeringen", "den nationella uppföljningen", "SCB"), or the press
 * ("Lokaltidningen skrev:"). The federation's own people ("ordföranden", "förbundschefen") are none.
 */
export const OTHER_BODY_LEAD =
  /(?<!\p{L})(?:försäkringskassan\p{L}*|arbetsförmedlingen\p{L}*|\p{Lu}[\p{L}-]+ kommuns?|kommunens|kommunen|\p{Lu}[\p{L}-]+ stads?|region \p{Lu}[\p{L}-]+s?|regionens|regionen|landstinget\p{L}*|regeringen\p{L}*|riksdagen\p{L}*|nationella (?:nätverket|rådet|uppföljningen|sammanställningen)|nns|skr|scb|isf|inspektionen för socialförsäkringen|socialstyrelsen\p{L}*|\p{L}*tidning\p{L}*|riket|hela landet)(?!\p{L})/iu;

/**
 * The country or the county as the place of a sentence's figures: "Av de 13 200 som avslutades i landet
 * …", "i riket", "i hela Sverige", "i länet", "på riksnivå", "nationellt". Such figures are many
 * federations' together, never the federation's own.
 */
export const ELSEWHERE_PLACE =
  /(?<!\p{L})(?:i (?:hela )?(?:landet|riket|sverige|länet)|på (?:riks|läns)nivå|nationellt)(?!\p{L})/iu;
/** The federation as the one a sentence speaks of ("förbundet", "förbundets", "hos oss", "vi", "våra"). */
export const OUR_WORDS = /(?<!\p{L})(?:(?:samordnings)?förbundets?|hos oss|vi|vår|vårt|våra)(?!\p{L})/iu;
