/** An intervention appendix's sections, found by their headings so their order does not matter. */
import type { DocumentText } from "../../documentText.ts";
import { PROSE_COUNT, SECTION_RULES, type SectionKey } from "../../../reference/appendixLabels.ts";
import type { AppendixBlock } from "../../general/findAppendices.ts";

export interface Section {
  key: SectionKey;
  heading: string;
  from: number;
  to: number;
}

/** Split a block into sections by heading; lines before the first heading belong to none. */
export function sectionsOf(doc: DocumentText, block: AppendixBlock): Section[] {
  const heads: { key: SectionKey; line: number; heading: string }[] = [];
  let last: SectionKey | undefined;
  for (let n = block.from; n <= block.to; n++) {
    const text = doc.at(n);
    const rule =
      PROSE_COUNT.test(text) && last !== "text"
        ? { key: "participants" as const }
        : SECTION_RULES.find((r) => r.heading.test(text));
    if (!rule || rule.key === last) continue;
    // "Remitterande" may wrap onto "myndighet" on the next line; either way one heading.
    const heading = text;
    const next = doc.nextNonBlank(n, 2, block.to);
    heads.push({ key: rule.key, line: n, heading });
    last = rule.key;
    if (next !== undefined && /^\(?(myndighet|nyinskrivna deltagare|deltagare)\)?\s*$/i.test(doc.at(next))) {
      heads[heads.length - 1]!.heading += " " + doc.at(next);
      n = next;
    }
  }
  return heads.map((h, i) => ({
    key: h.key,
    heading: h.heading,
    from: h.line,
    to: (heads[i + 1]?.line ?? block.to + 1) - 1,
  }));
}
