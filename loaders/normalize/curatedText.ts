/**
 * A curated fact cites a line and copies its text. When the document is replaced, the line may
 * now hold something else; then the curated value may no longer be what the document says.
 */
import { clean } from "../extract/documentText.ts";

/** Whether the curated `text` still stands on its line (the text may span the line and the next). */
export function curatedTextMatches(text: string, line: string | undefined): boolean {
  const now = clean((line ?? "").normalize("NFC"));
  const was = clean(text.normalize("NFC"));
  return now !== "" && (was === now || was.includes(now));
}
