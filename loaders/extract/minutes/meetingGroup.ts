/**
 * The working group whose own notes these are ("Minnesanteckningar och beslut – beredningsgruppen",
 * "Protokoll, styrgruppen"): a group named in the document's title lines is the body that decides in
 * it, as the board decides in the board's minutes ("Beredningsgruppen noterade informationen.").
 * Only the title names it: a group mentioned under an item ("arbetsgruppen noterade …" in the board's
 * minutes) or in a head that names a board or committee too decides nothing.
 */
import { oncePerDocument, type DocumentText } from "../documentText.ts";
import { plainAt } from "./minutesText.ts";

/** A group's noun in the definite ("beredningsgruppen") or bare form, one word. */
const GROUP = /(?<!\p{L})(\p{L}{3,}grupp)(?:en)?(?!\p{L})/iu;
/** A board or a committee named in the title: then the group is not the meeting's body. */
const BOARD = /styrelse|direktion|arbetsutskott|presidi|nämnd|fullmäktige|(?<!\p{L})au(?!\p{L})/iu;
/** How many of the first non-empty lines make the title. */
const TITLE_LINES = 3;

/** The meeting's group in the definite form, lower case ("beredningsgruppen"), or undefined. */
export const meetingGroup = oncePerDocument((doc: DocumentText): string | undefined => {
  const title: string[] = [];
  for (let n = 1; n <= doc.lineCount && title.length < TITLE_LINES; n++) {
    const t = plainAt(doc, n);
    if (t !== "") title.push(t);
  }
  const head = title.join(" ");
  const m = GROUP.exec(head);
  if (!m || BOARD.test(head)) return undefined;
  return `${m[1]!.toLowerCase()}en`;
});
