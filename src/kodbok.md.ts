// The codebook as a site page, from the same generator as docs/codebook.md and the package's
// codebook.md. Angle brackets outside code spans are escaped so "<federation_id>" stays text.
import { renderCodebook } from "../loaders/warehouse/codebook.ts";

const escapeOutsideCode = (line: string) =>
  line
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/</g, "&lt;").replace(/\$\{/g, () => "&#36;{")))
    .join("");
// The codebook itself is English: marked lang="en" so screen readers switch voice (WCAG 3.1.2).
const body = renderCodebook().split("\n").map(escapeOutsideCode).join("\n");
process.stdout.write(
  `---\ntitle: Kodbok\n---\n\n${body.replace(/^# .*$/m, '# Kodbok (codebook)\n\nDen publicerade datamängdens tabeller, kolumner och kodlistor, på engelska som forskarnas övriga dokumentation. Samma text finns som codebook.md i datapaketet.\n\n<div lang="en">\n')}\n\n</div>\n`,
);
