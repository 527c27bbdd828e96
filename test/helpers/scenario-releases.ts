import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnswersText } from '../../src/answers/parse.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { KNOWN_OCP_VERSIONS } from '../../src/knowledge/releases.js';
import { checkPlan } from '../../src/plan/check.js';
import type { Inputs, Plan } from '../../src/types.js';
import { answers, planOf, ROOT, SCENARIOS } from './answers.js';

/** Every bundled scenario paired with every known release, for tests that re-target scenarios release by release. */
export const SCENARIO_RELEASES = listScenarioNames(ROOT).flatMap((name) =>
  KNOWN_OCP_VERSIONS.map((version) => [name, version] as const),
);

/**
 * The scenario's plan re-targeted at `version`, with its inputs read, or undefined when its answers refuse that
 * release (a platform or topology that does not exist yet, a cross-field rule of that release).
 */
export function scenarioAtRelease(name: string, version: string): { plan: Plan; inputs: Inputs } | undefined {
  const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name);
  raw.ocpVersion = version;
  let plan: Plan;
  try {
    plan = planOf(raw);
  } catch {
    return undefined;
  }
  if (checkPlan(plan, answers(raw)).length > 0) return undefined;
  return { plan, inputs: readInputs(plan).inputs };
}
