import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlan } from '../../src/pipeline.js';
import { ROOT } from '../helpers/answers.js';
import { SCENARIO_RELEASES, scenarioAtRelease } from '../helpers/scenario-releases.js';

/*
 * Every install-config the planner renders passes validate at its release: each bundled scenario, re-targeted at
 * every release from 4.14 to the newest where its answers can be planned.
 */

const cases = SCENARIO_RELEASES;

let checked = 0;

describe('rendered install-configs validate at every release', () => {
  it.each(cases)('%s at %s', (name, version) => {
    const planned = scenarioAtRelease(name, version);
    if (!planned) return; // the answers refuse this release for this scenario (e.g. a platform that does not exist yet)
    const { plan, inputs } = planned;
    const output = renderPlan(plan, inputs, 'en', path.join(ROOT, '.plans', name));
    expect(output.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(output.valid).toBe(true);
    checked++;
  });
  it('most scenarios plan at most releases (the loop above is not skipping everything)', () => {
    expect(checked).toBeGreaterThan(cases.length * 0.8);
  });
});
