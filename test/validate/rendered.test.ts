/**
 * The planner checks the install-config it renders as an object and parses the text only to place findings
 * (validateRenderedInstallConfig). That is right only if the text says what the object says: for every bundled
 * scenario at every release, the findings must be exactly those of validating the rendered text as a user's file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseAnswersText } from '../../src/answers/parse.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { KNOWN_OCP_VERSIONS } from '../../src/knowledge/releases.js';
import { renderPlan } from '../../src/pipeline.js';
import { checkPlan } from '../../src/plan/check.js';
import { type ValidateResult, validateInstallConfigText } from '../../src/validate/index.js';
import { answers, planOf, ROOT, SCENARIOS } from '../helpers/answers.js';

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

const cases = listScenarioNames(ROOT).flatMap((name) =>
  KNOWN_OCP_VERSIONS.map((version) => [name, version] as const),
);

let withFindings = 0;

describe('a rendered install-config checked as an object finds what its text finds', () => {
  it.each(cases)('%s at %s', (name, version) => {
    const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name);
    raw.ocpVersion = version;
    let plan: ReturnType<typeof planOf>;
    try {
      plan = planOf(raw);
    } catch {
      return; // the answers refuse this release for this scenario
    }
    if (checkPlan(plan, answers(raw)).length > 0) return;
    const { inputs } = readInputs(plan);
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
