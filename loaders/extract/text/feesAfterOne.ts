/**
 * One member's fee with the other members' fees in a bracket after it, as a member's own text writes it
 * ("Tallåsens medlemsavgift var 590 tkr (Moravik 1 120 tkr, regionen 1 710 tkr, staten 3 420 tkr)",
 * "Åby kommuns medlemsavgift 2025 var 840 tkr (övriga medlemmar: Böda kommun 560 tkr," / "Region X 1 400
 * tkr och staten 2 800 tkr)."): said as the members' list it is ("Medlemsavgifterna 2025 var: Tallåsen
 * 590 tkr, Moravik 1 120 tkr, …"), the first member named without its genitive, the bracket's marks and
 * its lead ("övriga medlemmar:") taken out. The list is then the members' list reader's, which stores it
 * only where the law's identities confirm it. Only where the bracket opens right after the first fee's
 * amount and unit, closes on that line or one of the next two, and holds two amounts with units or more,
 * each after a name. Pure.
 */
import { mayHold } from "./wholeText.ts";

const AMOUNT = String.raw`\d{1,3}(?: \d{3})*(?:,\d+)?\s?(?:tkr|kr|kronor|mkr|mnkr|miljoner kronor)`;
/** "Tallåsens medlemsavgift (2025) var 590 tkr (" up to the bracket's lead. */
const OPENING = new RegExp(
  String.raw`(?<![\p{L}])(?<name>\p{Lu}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}?)s (?<noun>medlemsavgift|medlemsbidrag|avgift till förbundet)(?<year> (?:för |under )?(?:19|20)\d\d)? (?<verb>var|uppgick till|blev) (?<amount>${AMOUNT}) \((?:(?:de )?(?:övriga|andra)(?: medlemmar(?:na)?| parter(?:na)?)?\s*:\s*)?`,
  "u",
);
/** An item of the bracket's list: a name and its amount with a unit. */
const ITEM = new RegExp(String.raw`\p{L}[\p{L} -]*?\s${AMOUNT}`, "gu");

/** The lines with each such fee and bracket said as the members' list; undefined where none is. */
export function readFeesAfterOne(lines: readonly string[]): string[] | undefined {
  if (!mayHold(lines, /(?:medlemsavgift|medlemsbidrag|avgift till förbundet) /i)) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = (out ?? lines)[i]!;
    // The noun with its genitive's "s" before it and a space after, as OPENING needs it: most lines
    // lack it, and are not searched at every capital letter.
    if (
      !line.includes("s medlemsavgift ") &&
      !line.includes("s medlemsbidrag ") &&
      !line.includes("s avgift till förbundet ")
    )
      continue;
    const m = OPENING.exec(line);
    if (!m) continue;
    const from = m.index + m[0].length;
    // The bracket's close: on this line or one of the next two, with no bracket opening before it.
    let close: { line: number; at: number } | undefined;
    let inside = "";
    for (let k = i; k <= Math.min(lines.length - 1, i + 2) && !close; k++) {
      const text = (out ?? lines)[k]!;
      const start = k === i ? from : 0;
      const end = text.indexOf(")", start);
      const open = text.indexOf("(", start);
      if (open >= 0 && (end < 0 || open < end)) break;
      inside += " " + (end < 0 ? text.slice(start) : text.slice(start, end));
      if (end >= 0) close = { line: k, at: end };
    }
    if (!close || (inside.match(ITEM) ?? []).length < 2) continue;
    const g = m.groups!;
    const said = `Medlemsavgifterna${g.year ?? ""} var: ${g.name} ${g.amount}, `;
    out ??= [...lines];
    out[i] = line.slice(0, m.index) + said + line.slice(from);
    const shift = close.line === i ? said.length - m[0].length : 0;
    const closing = out[close.line]!;
    out[close.line] = closing.slice(0, close.at + shift) + closing.slice(close.at + shift + 1);
  }
  return out;
}
