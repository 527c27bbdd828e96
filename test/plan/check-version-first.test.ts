import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/schema.js';
import { checkPlan } from '../../src/plan/check.js';
import { makePlan } from '../install-config/factory.js';

// The cross-field rules read the release tables; an unusable release must be reported, never crash them.
describe('an unusable ocpVersion', () => {
  it.each(['aws', '4.13', '4'])('"%s" is the one problem reported', (ocpVersion) => {
    const plan = makePlan('baremetal', 'two-node-fencing', { ocpVersion });
    const problems = checkPlan(plan, { ocpVersion } as unknown as Answers);
    expect(problems.map((p) => p.key)).toEqual(['ocpVersion']);
  });
});
