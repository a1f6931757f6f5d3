/**
 * Documents as a new user may have saved them: `styles:score --encoding windows-1252` writes each
 * text document in Windows-1252 (as Excel's CSV and Notepad's "ANSI" save it on a Swedish Windows)
 * before it is ingested; a document with a character that code page cannot write stays UTF-8.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";

/** The characters Windows-1252 writes in 0x80–0x9F; 0xA0–0xFF are Latin-1's own. */
const HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x2c6: 0x88,
  0x2030: 0x89,
  0x160: 0x8a,
  0x2039: 0x8b,
  0x152: 0x8c,
  0x17d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x2dc: 0x98,
  0x2122: 0x99,
  0x161: 0x9a,
  0x203a: 0x9b,
  0x153: 0x9c,
  0x17e: 0x9e,
  0x178: 0x9f,
};

/** The text in Windows-1252, or undefined where a character has no byte there. */
export function windows1252(text: string): Uint8Array | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (HIGH[c] !== undefined) out.push(HIGH[c]);
    else return undefined;
  }
  return Uint8Array.from(out);
}

const TEXT_TYPES = new Set([".txt", ".md", ".csv", ".tsv", ".html", ".htm", ".xml"]);

/** The file to ingest: a copy in Windows-1252 under `dir` where it can be written so, else the file itself. */
export function inWindows1252(file: string, dir: string, n: number): { file: string; recoded: boolean } {
  if (!TEXT_TYPES.has(extname(file).toLowerCase())) return { file, recoded: false };
  const bytes = windows1252(readFileSync(file, "utf8"));
  if (bytes === undefined) return { file, recoded: false };
  const sub = join(dir, `cp1252-${n}`);
  mkdirSync(sub, { recursive: true });
  const copy = join(sub, basename(file));
  writeFileSync(copy, bytes);
  return { file: copy, recoded: true };
}
