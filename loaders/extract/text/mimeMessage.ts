/**
 * An e-mail saved as its raw source (an .eml file, "Visa källa"): its text parts are written in
 * quoted-printable ("Int=C3=A4kter: 5=C2=A0760=C2=A0000 kr", a line cut with a soft break "=" at its
 * end), its headers in encoded words ("=?utf-8?Q?=C3=85rsredovisning_2025?="), and its attachments
 * often in base64. Read as written, no label and no amount would be whole. Here, one line per document
 * line: a quoted-printable part is decoded in its charset, a line cut by a soft break takes the rest of
 * its cut word's rest from the line that goes on (each line keeps the rest of its own text), encoded
 * words in headers are decoded, and a base64 body (a PDF, an image) is blanked: no text to read.
 * Only a message that says so in its own headers ("Content-Transfer-Encoding: quoted-printable" or
 * "base64") is touched; any other document is passed by. Pure.
 */
import { someLineMatches } from "./wholeText.ts";

const TRANSFER_ENCODING = /^content-transfer-encoding:\s*(quoted-printable|base64)\s*$/i;
const CHARSET = /\bcharset\s*=\s*"?([\w-]+)"?/i;
const CONTENT_TYPE = /^content-type:/i;
/** The boundary a multipart message declares in its Content-Type: boundary="----=_Part_1". */
const BOUNDARY_PARAMETER = /\bboundary\s*=\s*"?([^";\s]+)"?/i;
/** "=?utf-8?Q?Maria_=C3=96berg?=", "=?iso-8859-1?B?…?=": an RFC 2047 encoded word. */
const ENCODED_WORD = /=\?([\w-]+)\?([QqBb])\?([^?\s]*)\?=/g;

export function mimeMessage(lines: readonly string[]): string[] | undefined {
  if (!someLineMatches(lines, TRANSFER_ENCODING)) return undefined;
  const out = [...lines];
  let changed = false;
  // Only the declared boundaries part the message: a rule of dashes inside a body is text.
  const boundaries = new Set<string>();
  for (const l of lines) {
    const b = BOUNDARY_PARAMETER.exec(l);
    if (b) boundaries.add(`--${b[1]}`);
  }
  const isBoundary = (l: string) => {
    const t = l.trim();
    return boundaries.has(t) || boundaries.has(t.replace(/--$/, ""));
  };
  let i = 0;
  while (i < out.length) {
    // A part's (or the message's) headers: up to the first blank line.
    const headerStart = i;
    let encoding: string | undefined;
    let charset = "utf-8";
    while (i < out.length && out[i]!.trim() !== "") {
      const h = out[i]!;
      const enc = TRANSFER_ENCODING.exec(h.trim());
      if (enc) encoding = enc[1]!.toLowerCase();
      if (CONTENT_TYPE.test(h) || /^\s/.test(h)) charset = CHARSET.exec(h)?.[1]?.toLowerCase() ?? charset;
      const words = decodeEncodedWords(h);
      if (words !== h) {
        out[i] = words;
        changed = true;
      }
      i++;
    }
    // The body: up to the next boundary line.
    const bodyStart = i + 1;
    let end = bodyStart;
    while (end < out.length && !isBoundary(out[end]!)) end++;
    if (encoding === "quoted-printable") {
      changed = decodeQuotedPrintable(out, bodyStart, end, charset) || changed;
    } else if (encoding === "base64") {
      for (let k = bodyStart; k < end; k++)
        if (out[k] !== "") {
          out[k] = "";
          changed = true;
        }
    }
    i = Math.max(end + 1, headerStart + 1);
  }
  return changed ? out : undefined;
}

/**
 * Decode lines [from, to) in place. A soft break cuts a line anywhere, inside a word or a character's
 * bytes ("arbe=" / "tss=C3=B6kande"): the cut word's rest moves up to the line it began on, and each
 * line keeps the rest of its own text, so a sentence's figures still cite the lines they stand on.
 */
function decodeQuotedPrintable(lines: string[], from: number, to: number, charset: string): boolean {
  const raw = lines.slice(from, to);
  for (let k = 0; k + 1 < raw.length; k++) {
    while (raw[k]!.endsWith("=") && k + 1 < raw.length) {
      // "… 5 760=" / " 000 kr": a break before a number's next group moves that group up too.
      const rest =
        (/\d$/.test(raw[k]!.slice(0, -1)) ? /^ \d{3}(?!\d)\S*/.exec(raw[k + 1]!)?.[0] : undefined) ??
        /^\S*/.exec(raw[k + 1]!)![0];
      raw[k] = raw[k]!.slice(0, -1) + rest;
      raw[k + 1] = raw[k + 1]!.slice(rest.length);
      // The next line was all one cut word and is cut again: its whole text moved up, and so does the next one's.
      if (raw[k + 1] === "" && rest.endsWith("=")) continue;
      break;
    }
  }
  let changed = false;
  raw.forEach((r, k) => {
    const text = decodeBytes(r, charset);
    if (text !== lines[from + k]) changed = true;
    lines[from + k] = text;
  });
  return changed;
}

/** "=C3=A4" and its kind as bytes in the charset; every other character as it stands. */
function decodeBytes(raw: string, charset: string): string {
  if (!raw.includes("=")) return raw;
  const bytes: number[] = [];
  for (let j = 0; j < raw.length; j++) {
    const hex = raw[j] === "=" ? /^[0-9A-F]{2}$/i.exec(raw.slice(j + 1, j + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      j += 2;
    } else for (const b of Buffer.from(raw[j]!, "utf8")) bytes.push(b);
  }
  return textOf(Uint8Array.from(bytes), charset);
}

function textOf(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** A header line with its encoded words decoded (adjacent words joined, as RFC 2047 says). */
function decodeEncodedWords(line: string): string {
  if (!line.includes("=?")) return line;
  return line
    .replace(/(\?=)\s+(?==\?)/g, "$1")
    .replace(ENCODED_WORD, (_all, charset: string, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? textOf(Uint8Array.from(Buffer.from(text, "base64")), charset.toLowerCase())
        : decodeBytes(text.replace(/_/g, " "), charset.toLowerCase()),
    );
}
