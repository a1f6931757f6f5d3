/**
 * A recorded conversation's transcript (a podcast, a radio interview, a recorded meeting), each turn
 * opening on its time stamp and its speaker ("[00:00:24] Jonas Falk: Vi hade 193 deltagare …",
 * "12:41 Programledare: Hur många …?"). The time stamps are no figures: blanked where they stand. The
 * turns of the speaker the transcript names as the federation's chief or chair (the name on a line
 * with "förbundschef", "ordförande i förbundet" …) are the federation speaking of itself: their label
 * is read as an answer's dialogue dash ("– Vi hade 193 deltagare …"), as an interview prints it
 * (`general/interviewAnswers.ts`); every other speaker's turn keeps its label.
 *
 * Only where three turns or more open on a time stamp and a speaker. Pure: one line per line.
 */

/** "[00:00:24] Jonas Falk: ", "(12:41) Programledare: ", "00:12:41 Anna: ": time stamp, speaker, colon. */
const TURN = /^(\s*)([[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s+)(\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2}|\p{L}+):\s/u;
/** The federation's own office, named beside the speaker somewhere in the transcript. */
const OFFICE =
  /(?<!\p{L})(?:förbundschef\p{L}*|förbundets (?:ordförande|chef)|ordförande(?:n)? (?:i|för) (?:samordnings)?förbundet)(?!\p{L})/iu;
const MIN_TURNS = 3;

export function transcriptTurns(lines: readonly string[]): string[] | undefined {
  const turns: { i: number; lead: number; stamp: number; speaker: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap first: a colon among the first characters and a digit.
    const colon = line.indexOf(":");
    if (colon < 0 || colon > 14 || !/\d/.test(line.slice(0, 12))) continue;
    const m = TURN.exec(line);
    if (m) turns.push({ i, lead: m[1]!.length, stamp: m[2]!.length, speaker: m[3]! });
  }
  if (turns.length < MIN_TURNS) return undefined;
  // The federation's speaker: a speaker whose full name stands on a line naming the office, or the line before.
  const speakers = new Set(turns.map((t) => t.speaker));
  const federation = new Set<string>();
  // The name and the office may wrap onto two lines ("… Jonas Falk, som är" / "förbundschef för …").
  for (let i = 0; i < lines.length; i++) {
    if (!OFFICE.test(lines[i]!)) continue;
    const near = `${lines[i - 1] ?? ""} ${lines[i]!}`;
    for (const s of speakers) if (s.includes(" ") && near.includes(s)) federation.add(s);
  }
  const out = [...lines];
  for (const t of turns) {
    const line = lines[t.i]!;
    const label = t.speaker.length + 1;
    const rest = line.slice(t.lead + t.stamp + label);
    const said = federation.has(t.speaker)
      ? `–${" ".repeat(label - 1)}`
      : line.slice(t.lead + t.stamp, t.lead + t.stamp + label);
    out[t.i] = `${line.slice(0, t.lead)}${" ".repeat(t.stamp)}${said}${rest}`;
  }
  return out;
}
