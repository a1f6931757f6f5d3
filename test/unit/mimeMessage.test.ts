/** An e-mail saved as its raw source: quoted-printable parts decoded, base64 blanked, one line per line. */
import { describe, expect, it } from "vitest";
import { mimeMessage } from "../../loaders/extract/text/mimeMessage.ts";

const message = [
  "From: =?utf-8?Q?P=C3=A4r_=C3=85str=C3=B6m?= <par@lindo.example>",
  "Subject: =?utf-8?Q?=C3=85rets_siffror?= =?utf-8?Q?_2025?=",
  'Content-Type: multipart/mixed; boundary="==B0und4ry=="',
  "",
  "--==B0und4ry==",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Int=C3=A4kter: 4=C2=A0120=C2=A0000 kr",
  "Av de avslutade gick 12 till arbete och 9 blev aktivt arbe=",
  "tss=C3=B6kande under =C3=A5ret.",
  "",
  "--==B0und4ry==",
  "Content-Type: application/pdf",
  "Content-Transfer-Encoding: base64",
  "",
  "JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K",
  "--==B0und4ry==--",
];

describe("mimeMessage", () => {
  const out = mimeMessage(message)!;

  it("decodes a quoted-printable part in its charset, one line per document line", () => {
    expect(out).toHaveLength(message.length);
    expect(out[8]).toBe("Intäkter: 4\u00a0120\u00a0000 kr");
  });

  it("moves a word a soft break cut back onto the line it began on; the next line keeps its own text", () => {
    expect(out[9]).toBe("Av de avslutade gick 12 till arbete och 9 blev aktivt arbetssökande");
    expect(out[10]).toBe(" under året.");
  });

  it("decodes encoded words in headers and blanks a base64 body", () => {
    expect(out[0]).toBe("From: Pär Åström <par@lindo.example>");
    expect(out[1]).toBe("Subject: Årets siffror 2025");
    expect(out[16]).toBe("");
  });

  it("moves a number's group a soft break cut off before its space back onto its line", () => {
    const out = mimeMessage([
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Int=C3=A4kterna uppgick till 5 760=",
      " 000 kr och kostnaderna till 5 702 300 kr.",
    ])!;
    expect(out[3]).toBe("Intäkterna uppgick till 5 760 000");
    expect(out[4]).toBe(" kr och kostnaderna till 5 702 300 kr.");
  });

  it("reads a rule of dashes inside a body as text, not as a part's boundary", () => {
    const out = mimeMessage([
      'Content-Type: multipart/mixed; boundary="B0und"',
      "",
      "--B0und",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "--------------------",
      "F=C3=B6rbundets int=C3=A4kter: 5=C2=A0760=C2=A0000 kr",
      "--B0und--",
    ])!;
    expect(out[7]).toBe("Förbundets intäkter: 5\u00a0760\u00a0000 kr");
  });

  it("passes by a document that is no MIME message, whatever its '=' and '=C3'", () => {
    expect(mimeMessage(["Summa = 4 120 000 kr", "Kod =C3=A4 i texten", "Resultat ="])).toBeUndefined();
  });

  it("leaves a part with no transfer encoding as written", () => {
    const plain = mimeMessage([
      "Content-Type: text/plain",
      "Content-Transfer-Encoding: 8bit",
      "",
      "Resultat = 61 200 kr =",
    ]);
    expect(plain).toBeUndefined();
  });
});
