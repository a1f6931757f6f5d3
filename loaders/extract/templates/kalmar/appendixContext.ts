/** What the parts of the intervention-appendix parser share: the block, where facts and findings go, the counts read so far. */
import type { Gender, Measure } from "../../../reference/codes.ts";
import type { FactInput, FindingInput } from "../../../schema/facts.ts";
import type { DocumentText } from "../../documentText.ts";
import type { AppendixBlock } from "../../general/findAppendices.ts";

export interface AppendixContext {
  doc: DocumentText;
  block: AppendixBlock;
  year: number;
  /** `appendix:<intervention>`: the section of every fact read from the block. */
  section: string;
  facts: FactInput[];
  findings: FindingInput[];
  /** Participant counts read so far, by `measure:gender`. */
  counts: Map<string, number>;
  subject: (what: string) => string;
  /** Store a participant count once; a repeat with another value is a finding. */
  emitCount: (
    measure: Measure,
    gender: Gender,
    value: number,
    line: number,
    approximate?: boolean,
  ) => false | undefined;
  /** Report a cell that holds no count; false, so it can filter. */
  notACount: (what: string, value: number, line: number) => false;
}

/** A number of people: whole and not negative. */
export function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
