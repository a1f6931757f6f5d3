/**
 * Every loaded document's lines, kept as one string per document rather than one per line: at
 * national scale (millions of lines) a string per line costs more in headers than in text. The
 * loader streams them into document_line; normalising reads single lines only (curated checks).
 */
export class DocumentLines {
  private readonly texts = new Map<string, string>();
  /** Documents whose lines hold a "\n" of their own, which joining would blur: kept as given. */
  private readonly verbatim = new Map<string, readonly string[]>();
  private readonly counts = new Map<string, number>();

  set(documentId: string, lines: readonly string[]): void {
    if (lines.some((l) => l.includes("\n"))) this.verbatim.set(documentId, lines);
    else this.texts.set(documentId, lines.join("\n"));
    this.counts.set(documentId, lines.length);
  }

  has(documentId: string): boolean {
    return this.counts.has(documentId);
  }

  lineCount(documentId: string): number | undefined {
    return this.counts.get(documentId);
  }

  /** The document's lines (a new array each call). */
  get(documentId: string): readonly string[] | undefined {
    const text = this.texts.get(documentId);
    if (text !== undefined) return this.counts.get(documentId) === 0 ? [] : text.split("\n");
    return this.verbatim.get(documentId);
  }

  /** Document ids in code-unit order, the warehouse's key order for document_line. */
  ids(): string[] {
    return [...this.counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
