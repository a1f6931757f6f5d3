/**
 * A video's subtitle file (SubRip ".srt" or WebVTT) saved as a report's text: numbered cues, each a
 * time code ("00:00:29,400 --> 00:00:33,000") over a line or two of speech, a sentence or a label
 * running on over the cue's end into the next ("Under året deltog" / "187 personer …"). The cue
 * numbers and time codes are no figures, and the blank lines between cues are no paragraph breaks:
 * a speaker talks on. So the cues' speech lines are read as one run of text, each line citing its own
 * document line; the cue numbers, time codes, a WebVTT header and a cue's sound or picture
 * description ("[lugn musik]", "(applåder)") are dropped. A speaker's name in brackets opening a cue
 * ("[Anna, deltagare]", alone on its line or opening the speech) or a WebVTT voice tag naming another speaker than the last ("<v Anna>") is a
 * new voice: it breaks the text into a new paragraph, so a participant's own numbers never run into the
 * federation's sentences. WebVTT's header lines and its inline tags are dropped.
 *
 * Only a document with at least three time-code lines, nearly every time code's line a time code
 * alone and every cue number (a line of digits alone) right above one. Pure.
 */

/** "00:00:29,400 --> 00:00:33,000", WebVTT's "00:29.400 --> 00:33.000" and cue settings after it. */
const TIME = String.raw`(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}`;
const TIME_CODE = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}(?:\s+[\w-]+:\S+)*\s*$`);
const CUE_NUMBER = /^\s*\d{1,5}\s*$/;
const VTT_HEADER = /^\s*WEBVTT\b/;
/** A WebVTT header's own lines under "WEBVTT" ("Kind: captions", "Language: sv"). */
const VTT_SETTING = /^\s*[A-Z][\w-]*:\s*\S+\s*$/;
/** A WebVTT voice tag opening a cue's line ("<v Nora Ek>", "<v.loud Anna>"): its speaker. */
const VOICE = /^\s*<v(?:\.[\w.-]+)?\s+([^>]+)>/;
/** WebVTT's other inline tags: "</v>", "<i>", "</i>", "<c.yellow>", "<00:00:05.000>". */
const INLINE_TAG = /<\/?(?:v|c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>/g;
/** A whole line in brackets: a sound or picture description, or a speaker's name. */
const BRACKETED = /^\s*(?:\[[^\]]*\]|\([^)]*\))\s*$/;
/** A speaker's name: capitalised words, maybe a comma and a role ("[Vera Lund]", "[Amir, deltagare i …]"). */
const SPEAKER = /^\s*\[\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*(?:,[^\]]*)?\]\s*$/u;
/** A speaker's name in brackets opening a cue's line of speech ("[Lena Ståhl, ordförande] Och nästa år?"). */
const SPEAKER_OPENING = /^\s*\[\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*(?:,[^\]]*)?\]\s*(?=\S)/u;
const MIN_CUES = 3;

export function subtitleCues(lines: readonly string[]): { lines: string[]; from: number[] } | undefined {
  // Cheap first: an arrow on some line.
  let codes = 0;
  for (const line of lines) if (line.includes("-->") && TIME_CODE.test(line)) codes++;
  if (codes < MIN_CUES) return undefined;
  const out: string[] = [];
  const from: number[] = [];
  const breakParagraph = () => {
    if (out.length > 0 && out[out.length - 1] !== "") {
      out.push("");
      from.push(from[from.length - 1]!);
    }
  };
  let inCue = false;
  let inHeader = false;
  let voice: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (TIME_CODE.test(raw)) {
      inCue = true;
      inHeader = false;
      continue;
    }
    if (VTT_HEADER.test(raw)) inHeader = true;
    if (inHeader && !inCue && VTT_SETTING.test(raw)) continue;
    // "<v Nora Ek>stöttade vi …": a voice tag names who speaks; another voice is a new speaker.
    const tagged = raw.includes("<") ? VOICE.exec(raw) : null;
    if (tagged) {
      const who = tagged[1]!.trim();
      if (voice !== undefined && who !== voice) breakParagraph();
      voice = who;
    }
    const line = raw.includes("<") ? raw.replace(VOICE, "").replace(INLINE_TAG, "") : raw;
    // A cue number stands right above its time code; a header or a blank line between cues goes.
    if (CUE_NUMBER.test(line) && i + 1 < lines.length && TIME_CODE.test(lines[i + 1]!)) continue;
    if (VTT_HEADER.test(line) || line.trim() === "") {
      if (!inCue) breakParagraph();
      continue;
    }
    if (inCue && BRACKETED.test(line)) {
      if (SPEAKER.test(line)) breakParagraph();
      continue;
    }
    // "[Lena Ståhl, ordförande] Och nästa år?": a new voice opening the line; its name dropped.
    const speaker = inCue && line.includes("[") ? SPEAKER_OPENING.exec(line) : null;
    if (speaker) breakParagraph();
    out.push(speaker ? line.slice(speaker[0].length) : line);
    from.push(i);
  }
  return { lines: out, from };
}
