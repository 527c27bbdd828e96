import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersText } from '../../src/answers/parse.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { KNOWN_OCP_VERSIONS } from '../../src/knowledge/releases.js';
import { renderPlan } from '../../src/pipeline.js';
import { checkPlan } from '../../src/plan/check.js';
import { answers, planOf, ROOT, SCENARIOS } from '../helpers/answers.js';

/*
 * Every install-config the planner renders passes validate at its release: each bundled scenario, re-targeted at
 * every release from 4.14 to the newest where its answers can be planned.
 */

const cases = listScenarioNames(ROOT).flatMap((name) =>
  KNOWN_OCP_VERSIONS.map((version) => [name, version] as const),
);

let checked = 0;

describe('rendered install-configs validate at every release', () => {
  it.each(cases)('%s at %s', (name, version) => {
    const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name);
    raw.ocpVersion = version;
    let plan: ReturnType<typeof planOf>;
    try {
      plan = planOf(raw);
    } catch {
      return; // the answers refuse this release for this scenario (e.g. a platform that does not exist yet)
    }
    if (checkPlan(plan, answers(raw)).length > 0) return;
    const { inputs } = readInputs(plan);
    const output = renderPlan(plan, inputs, 'en', path.join(ROOT, '.plans', name));
    expect(output.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(output.valid).toBe(true);
    checked++;
  });
  it('most scenarios plan at most releases (the loop above is not skipping everything)', () => {
    expect(checked).toBeGreaterThan(cases.length * 0.8);
  });
});
