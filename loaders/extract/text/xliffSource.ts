import type { SourceLines } from "./sourceLines.ts";
export function xliffSource(_lines: readonly string[]): SourceLines | undefined {
  return undefined;
}
