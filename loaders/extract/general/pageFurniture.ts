/**
 * Lines whose numbers are never figures: the table of contents (a heading and its page number,
 * with dot leaders, or an entry in the block under "Innehåll") and the page furniture
 * sectionScope.ts knows (page numbers, running headers and footers). Numbers on them are not
 * "unread numbers", and a figure read from a dot-leader contents line is not stored. Pure.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { isFurniture } from "./sectionScope.ts";

/** "Resultaträkning ........ 12", "4.2 Balansräkning … 14". */
const DOT_LEADERS = /(?:\.\s?){3,}\s*\d{1,3}\s*$|…\s*\d{1,3}\s*$/u;
/** The heading of a table of contents. */
const CONTENTS_HEADING = /^\s*(innehåll|innehållsförteckning)\s*:?\s*$/iu;
/** An entry under it: a heading, then a page number ("Förvaltningsberättelse 3", "4.2 Resultaträkning 14"); no sentence. */
const CONTENTS_ENTRY = /^(\d+(\.\d+)*\.?\s+)?\p{Lu}[^.!?]{1,70}\s\d{1,3}$/u;

/** An entry's heading standing alone, and its page number on the next line. */
const CONTENTS_TITLE = /^(\d+(\.\d+)*\.?\s+)?\p{Lu}[^.!?\d]{1,70}$/u;
const PAGE_NUMBER = /^\d{1,3}$/;

/** A page's or slide's number standing alone: "8/10", "Sida 3 av 12", "3 (12)"; it ends a table or a list. */
export const PAGE_MARK = /^\s*(?:sida\s+)?\d{1,3}\s*(?:\/|av|\()\s*\d{1,3}\)?\s*$/i;

export interface Furniture {
  /** Lines of a table of contents: no unread numbers. */
  contents: ReadonlySet<number>;
  /** Contents lines with dot leaders: unmistakable, so no figure read from them is stored either. */
  leaders: ReadonlySet<number>;
  /** Page numbers and running headers or footers: no unread numbers (a lone number may still be a split table cell). */
  furniture: ReadonlySet<number>;
}

/** The document's contents and furniture lines (the prose units and the extraction's last step both ask). */
export const pageFurniture: (doc: DocumentText) => Furniture = oncePerDocument(furnitureOf);

function furnitureOf(doc: DocumentText): Furniture {
  const contents = new Set<number>();
  const leaders = new Set<number>();
  const furniture = new Set<number>();
  let inContents = false;
  for (let n = 1; n <= doc.lineCount; n++) {
    const t = doc.at(n);
    if (CONTENTS_HEADING.test(t)) {
      inContents = true;
      continue;
    }
    if (DOT_LEADERS.test(t)) {
      contents.add(n);
      leaders.add(n);
      continue;
    }
    if (isFurniture(doc, n)) {
      furniture.add(n);
      continue;
    }
    if (inContents && t !== "") {
      if (CONTENTS_ENTRY.test(t)) contents.add(n);
      // An entry exported over two lines, its page number on a line of its own ("Balansräkning" / "7").
      else if (CONTENTS_TITLE.test(t) && PAGE_NUMBER.test(doc.at(n + 1))) {
        contents.add(n);
        contents.add(++n);
      }
      // The first line that is no entry (nor furniture, nor blank) ends the contents.
      else inContents = false;
    }
  }
  for (const n of figureLists(doc, leaders)) {
    contents.delete(n);
    leaders.delete(n);
  }
  return { contents, leaders, furniture };
}

/**
 * Dot-leader lines that are a list of figures, not a table of contents: a run of them (blank
 * lines between allowed) whose numbers go down somewhere ("Till arbete …… 21", "Till studier
 * …… 9"), or among which a figure no page has ("Summa intäkter …… 5 340", "Resultat …… -157",
 * "Andel …… 41 %"). Page numbers only go up; a lone dot-leader line stays contents.
 */
function figureLists(doc: DocumentText, leaders: ReadonlySet<number>): number[] {
  const out: number[] = [];
  let run: number[] = [];
  let figure = false;
  const close = () => {
    const pages = run.map((n) => Number(/(\d{1,3})\s*$/.exec(doc.at(n))![1]));
    if (figure || pages.some((p, i) => i > 0 && p < pages[i - 1]!)) out.push(...run);
    run = [];
    figure = false;
  };
  for (let n = 1; n <= doc.lineCount; n++) {
    if (leaders.has(n)) run.push(n);
    else if (/\.\s?\./.test(doc.at(n)) && LEADER_FIGURE.test(doc.at(n))) figure = true;
    else if (doc.at(n) !== "") close();
  }
  close();
  return out;
}

/** A dot-leader line ending on a figure no page number is: grouped thousands, a sign, a decimal or a share. */
const LEADER_FIGURE = /(?:\.\s?){3,}\s*(?:[-−]\s?\d[\d ]*|\d{1,3}(?: \d{3})+|\d+,\d+|\d+\s?%)\s*$/u;
