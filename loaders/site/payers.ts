/**
 * The members' contributions summed per federation, year and payer (the state's half, the
 * region, the municipalities): the stacks of Ekonomi's payers chart, reshaped here with arquero
 * so the page only filters rows. Pure.
 */
import * as aq from "arquero";
import { PAYER_OF_MEMBER_TYPE } from "../reference/codes.ts";

export interface Contribution {
  federation_id: string;
  year: number;
  basis: string;
  member_type: keyof typeof PAYER_OF_MEMBER_TYPE;
  amount_sek: number;
  document_id: string;
}

/** Actual contributions per federation, year and payer; a payer with no contribution has no row (missing is not zero). */
export function paidByPayer(contributions: readonly Contribution[]) {
  return aq
    .from(
      contributions
        .filter((c) => c.basis === "actual")
        .map((c) => ({ ...c, payer: PAYER_OF_MEMBER_TYPE[c.member_type] })),
    )
    .groupby("federation_id", "year", "payer")
    .rollup({ amount_sek: aq.op.sum("amount_sek"), document_id: aq.op.min("document_id") })
    .orderby("federation_id", "year", "payer")
    .objects() as { federation_id: string; year: number; payer: string; amount_sek: number; document_id: string }[];
}
