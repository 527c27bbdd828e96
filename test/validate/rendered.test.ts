/**
 * The planner checks the install-config it renders as an object and parses the text only to place findings
 * (validateRenderedInstallConfig). That is right only if the text says what the object says: for every bundled
 * scenario at every release, the findings must be exactly those of validating the rendered text as a user's file.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderPlan } from '../../src/pipeline.js';
import { type ValidateResult, validateInstallConfigText } from '../../src/validate/index.js';
import { ROOT } from '../helpers/answers.js';
import { SCENARIO_RELEASES, scenarioAtRelease } from '../helpers/scenario-releases.js';

interface Call {
  text: string;
  ocpVersion: string | undefined;
  result: ValidateResult;
}

const calls = vi.hoisted(() => [] as Call[]);
vi.mock('../../src/validate/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/validate/index.js')>();
  return {
    ...actual,
    validateRenderedInstallConfig: (...args: Parameters<typeof actual.validateRenderedInstallConfig>) => {
      const result = actual.validateRenderedInstallConfig(...args);
      calls.push({ text: args[1], ocpVersion: args[2]?.ocpVersion, result });
      return result;
    },
  };
});

const cases = SCENARIO_RELEASES;

let withFindings = 0;

describe('a rendered install-config checked as an object finds what its text finds', () => {
  it.each(cases)('%s at %s', (name, version) => {
    const planned = scenarioAtRelease(name, version);
    if (!planned) return; // the answers refuse this release for this scenario
    const { plan, inputs } = planned;
    calls.length = 0;
    renderPlan(plan, inputs, 'en', path.join(ROOT, '.plans', name));
    expect(calls).toHaveLength(1);
    const [call] = calls;
    if (!call) return;
    expect(call.ocpVersion).toBe(version);
    const fromText = validateInstallConfigText(call.text, {
      ocpVersion: version,
      fileName: 'install-config.yaml',
    });
    expect(call.result).toEqual(fromText);
    if (fromText.findings.length > 0) {
      withFindings++;
      // Placed findings carry the line of the node in the rendered text.
      for (const finding of call.result.findings) expect(finding.line).toBeGreaterThan(0);
    }
  });
  it('some rendered configs have findings to place (the comparison above is not only of empty lists)', () => {
    expect(withFindings).toBeGreaterThan(5);
  });
});
