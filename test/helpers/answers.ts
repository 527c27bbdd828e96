import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Answers } from '../../src/answers/schema.js';
import { AnswersSchema } from '../../src/answers/schema.js';
import { buildPlan } from '../../src/plan/build.js';
import type { Plan } from '../../src/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCENARIOS = path.join(ROOT, 'scenarios');
export const FILES = path.join(SCENARIOS, 'files');

/** Parses answers with the real schema (throws on field errors, so a typo in a test fails loudly). */
export function answers(raw: Record<string, unknown>): Answers {
  return AnswersSchema.parse(raw) as Answers;
}

/** A plan from answers, with file references relative to the scenarios folder. */
export function planOf(raw: Record<string, unknown>): Plan {
  return buildPlan(answers(raw), { baseDir: SCENARIOS, home: '/home/tester' });
}
