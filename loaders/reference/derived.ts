/**
 * What derived measures count, defined once (published-schema.md, "Derived measures"; the
 * codebook documents them): the harmonised positive-step rate counts these exit outcomes, in
 * the marts (marts.ts) and in the site's outcome loader.
 */
import type { exitOutcome } from "./codes.ts";

type ExitOutcome = (typeof exitOutcome.codes)[number];

export const POSITIVE_EXIT_OUTCOMES: readonly ExitOutcome[] = [
  "work",
  "studies",
  "work_or_studies",
  "joint_assessment",
  "job_seeker",
];

/** What the work-or-studies rate counts (a subset of the positive steps, without GK and job seeking). */
export const WORK_OR_STUDIES_EXIT_OUTCOMES: readonly ExitOutcome[] = ["work", "studies", "work_or_studies"];
