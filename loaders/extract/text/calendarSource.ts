import type { SourceLines } from "./sourceLines.ts";
export function calendarSource(_lines: readonly string[]): SourceLines | undefined {
  return undefined;
}
