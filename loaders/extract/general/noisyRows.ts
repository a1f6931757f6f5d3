/**
 * A statement row with OCR noise in its cells ("Verksamhetens kostnader 2 -5 6l2 418 -5 533 907").
 * The noisy cell is never read. A clean cell beside it is read only when its column is certain:
 * every way the row's tokens can be cut into the header's columns (a note number first where
 * the header has a Not column; numbers as a leader and three-digit groups; a noisy token may
 * stand for a leader or a group of its length; no number across a column gap of two spaces)
 * puts the same tokens in that column. Pure functions.
 */
import { ocrNoiseSpans } from "../text/ocrNoise.ts";
import { NUMBER_SPACES } from "../numbers.ts";

export interface NoisyRow {
  label: string;
  /** One value per value column; null where the cell has noise or its tokens are not certain. */
  values: (number | null)[];
  /** No cutting into the header's columns exists: nothing on the row is read. */
  unreadable: boolean;
  /** The noisy tokens, as written. */
  noise: string[];
}

interface Tok {
  text: string;
  noisy: boolean;
  /** A column gap (two spaces or a tab) stands before it. */
  gap: boolean;
}

const NUMERIC = /^-?\d+(,\d+)?$/;
const LEADER = /^-?[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;
const GROUP_LAST = /^\d{3}(,\d+)?$/;
const NOTE = /^\d{1,2}$/;
const MAX_READINGS = 512;

/** Token spans [from, to] of each cell, for every cutting of `toks` into `count` cells. */
function cuttings(toks: readonly Tok[], count: number): [number, number][][] {
  const out: [number, number][][] = [];
  const canLead = (t: Tok) => (t.noisy ? t.text.replace(/^-/, "").length <= 3 : LEADER.test(t.text));
  const canGroup = (t: Tok, last: boolean) =>
    t.noisy ? !t.text.startsWith("-") && t.text.length === 3 : (last ? GROUP_LAST : GROUP).test(t.text);
  const walk = (i: number, acc: [number, number][]) => {
    if (out.length >= MAX_READINGS) return;
    if (i === toks.length) {
      if (acc.length === count) out.push([...acc]);
      return;
    }
    if (acc.length >= count) return;
    const first = toks[i]!;
    if (!first.noisy && !NUMERIC.test(first.text)) return;
    acc.push([i, i]);
    walk(i + 1, acc);
    acc.pop();
    if (!canLead(first) || first.text.includes(",")) return;
    for (let j = i + 1; j < toks.length && !toks[j]!.gap; j++) {
      if (!canGroup(toks[j]!, true)) break;
      acc.push([i, j]);
      walk(j + 1, acc);
      acc.pop();
      if (!canGroup(toks[j]!, false)) break;
    }
  };
  walk(0, []);
  return out;
}

/**
 * Read a row whose trailing numbers include OCR noise, under `columns` value columns (after a
 * Not column when `hasNote`). Returns undefined when the row's numbers have no noise (the
 * ordinary reader applies) or when it has no numbers.
 */
export function readNoisyRow(raw: string, columns: number, hasNote: boolean): NoisyRow | undefined {
  const line = raw.replace(/[\u2212\u2013]/g, "-").replace(NUMBER_SPACES, " ");
  const noisyStarts = new Set(ocrNoiseSpans(line).map((s) => s.start));
  if (noisyStarts.size === 0) return undefined;
  const spans = [...line.matchAll(/\S+/g)];
  const toks: Tok[] = spans.map((m, i) => ({
    text: m[0],
    noisy: noisyStarts.has(m.index!),
    gap: i > 0 && /( {2,}|\t)/.test(line.slice(spans[i - 1]!.index! + spans[i - 1]![0].length, m.index!)),
  }));
  let k = toks.length;
  while (k > 0 && (toks[k - 1]!.noisy || NUMERIC.test(toks[k - 1]!.text))) k--;
  const tail = toks.slice(k);
  if (!tail.some((t) => t.noisy)) return undefined;
  const label = toks
    .slice(0, k)
    .map((t) => t.text)
    .join(" ")
    .replace(/[:*]+$/, "")
    .trim();
  const noise = tail.filter((t) => t.noisy).map((t) => t.text);
  const readings = cuttings(tail, columns);
  // A note number first: its cells start one token later.
  if (hasNote && tail.length > 1 && !tail[0]!.noisy && NOTE.test(tail[0]!.text))
    for (const r of cuttings(tail.slice(1), columns)) readings.push(r.map(([a, b]) => [a + 1, b + 1]));
  if (readings.length === 0) return { label, values: [], unreadable: true, noise };
  const values = Array.from({ length: columns }, (_, c): number | null => {
    const [from, to] = readings[0]![c]!;
    if (readings.some((r) => r[c]![0] !== from || r[c]![1] !== to)) return null;
    const cell = tail.slice(from, to + 1);
    if (cell.some((t) => t.noisy)) return null;
    const sign = cell[0]!.text.startsWith("-") ? -1 : 1;
    return (
      sign *
      Number(
        cell
          .map((t) => t.text.replace("-", ""))
          .join("")
          .replace(",", "."),
      )
    );
  });
  return { label, values, unreadable: false, noise };
}
