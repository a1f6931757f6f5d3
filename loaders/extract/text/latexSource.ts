import type { SourceLines } from "./sourceLines.ts";
export function latexSource(_lines: readonly string[]): SourceLines | undefined {
  return undefined;
}
