/**
 * Names and titles people type (registry names, document titles) are printed to terminals and
 * pages. Document text has its control characters removed when it is read (normalizeText.ts);
 * typed text is refused instead, so a stored name is exactly what was meant and an ANSI escape
 * in `--name` never reaches a terminal.
 */
import { z } from "zod";

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides. */
const CONTROL = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** `text` safe to print: every control character written as its code ("evil\\u001B[31m"). */
export function escapeControls(text: string): string {
  return text.replace(
    new RegExp(CONTROL.source, "gu"),
    (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/** Why `text` is refused, or null. */
export function controlCharacterIn(text: string): string | null {
  const m = CONTROL.exec(text);
  if (!m) return null;
  const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `contains a control character (U+${code} at character ${m.index + 1}); type it without`;
}

/**
 * A string without control characters; `what` names it in the message (e.g. "--name").
 * `lines`: line breaks and tabs are text too (a reason written as a YAML block over lines).
 */
export function plainText(what?: string, options: { lines?: boolean } = {}) {
  return z.string().superRefine((text, ctx) => {
    const why = controlCharacterIn(options.lines ? text.replace(/[\n\t]/g, " ") : text);
    if (why) ctx.addIssue({ code: "custom", message: what ? `${what} ${why}` : why });
  });
}
