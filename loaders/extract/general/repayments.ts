/**
 * Money going back to the members (a repayment, a return of equity, a dividend): a list of amounts in a
 * sentence about it splits that money among them, never their contributions. One home for the
 * contribution readers (`parseMemberContributions.ts`, `memberAmountLists.ts`). Pure.
 */

/** Money going back to the members: a repayment, a return of equity, a dividend. */
const REPAYMENT = /återbetal|återför(?:s|a|as|es|des|ing)|utdelning|återlämn/iu;

/**
 * A repayment named only as the cause of a fee's level ("Medlemsavgifterna för 2026, sänkta efter
 * återföringen av överskottet, fördelas: …"): the sentence's subject is the fee, the return a reason
 * given for it after "efter", "på grund av", "till följd av" or "med anledning av".
 */
const REPAYMENT_AS_CAUSE =
  /(?<=(?:medlems(?:avgift|bidrag)|avgift)\p{L}*(?!\p{L})[^.!?]*?)(?<!\p{L})(?:efter|på grund av|till följd av|med anledning av)\s+(?:\p{L}+\s+){0,2}?(?:återbetal|återför|utdelning|återlämn)\p{L}*/giu;
/** Whether a text speaks of money paid back, a repayment given only as a fee's cause aside. */
export const speaksOfRepayment = (text: string) =>
  REPAYMENT.test(text) && REPAYMENT.test(text.replace(REPAYMENT_AS_CAUSE, " "));
