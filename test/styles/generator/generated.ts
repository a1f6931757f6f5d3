/**
 * The style generator (loaders/synth/styles/, shared with `finsam synth`) as the style tests use
 * it: each generated truth parsed with the truth.yaml schema, which fills its defaults.
 */
import type { z } from "zod";
import {
  generate as generateDocument,
  type Generated as GeneratedDocument,
} from "../../../loaders/synth/styles/generate.ts";
import type { GeneratedTruth } from "../../../loaders/synth/styles/doc.ts";
import { truthSchema, type Truth } from "../truth.ts";

export interface Generated extends Omit<GeneratedDocument, "truth"> {
  truth: Truth;
}

// The generator's plain truth type must stay a valid input of the schema: a compile-time check.
const _fits = (t: GeneratedTruth): z.input<typeof truthSchema> => t;
void _fits;

export function generate(seed: number): Generated {
  const g = generateDocument(seed);
  return { ...g, truth: truthSchema.parse(g.truth) };
}
