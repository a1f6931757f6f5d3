/**
 * Loaded documents' line counts, and the lines of those whose text normalising reads (the
 * documents curated files cite), kept as one string per document rather than one per line.
 * The loader streams every document's lines into document_line as it reads them
 * (readInputs' `onLines`); the corpus's text is never held at once.
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

  /** A document whose text is not kept: only its number of lines. */
  setCount(documentId: string, count: number): void {
    this.counts.set(documentId, count);
  }

  /** Whether the document's text is kept (set), not only its count. */
  holdsText(documentId: string): boolean {
    return this.texts.has(documentId) || this.verbatim.has(documentId);
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

  /** Add another set's documents (counts and any text kept). */
  merge(other: DocumentLines): void {
    for (const [id, n] of other.counts) this.counts.set(id, n);
    for (const [id, t] of other.texts) this.texts.set(id, t);
    for (const [id, l] of other.verbatim) this.verbatim.set(id, l);
  }
}
