/**
 * answers.yaml is "the complete answers that reproduce this plan": read back, it must give the same plan as the
 * answers it was written from, for every bundled scenario (each platform, topology and method the scenarios cover).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNormalisedAnswers } from '../../src/answers/normalise.js';
import { parseAnswersText } from '../../src/answers/parse.js';
import { buildPlan } from '../../src/plan/build.js';
import { answers, SCENARIOS } from '../helpers/answers.js';

const OUT = path.join(SCENARIOS, 'plan-folder');
const names = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5));

describe('answers.yaml gives back the plan it was written from', () => {
  it.each(names)('%s', (name) => {
    const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), `${name}.yaml`);
    delete raw.description;
    const plan = buildPlan(answers(raw), { baseDir: SCENARIOS, home: '/home/tester' });
    const written = renderNormalisedAnswers(plan, OUT);
    const back = buildPlan(answers(parseAnswersText(written, 'answers.yaml')), {
      baseDir: OUT,
      home: '/home/tester',
    });
    expect(back).toEqual(plan);
  });

  it('keeps a control plane of five (Agent-based, 4.18 and newer)', () => {
    const raw = parseAnswersText(
      readFileSync(path.join(SCENARIOS, 'agent-baremetal-5cp.yaml'), 'utf8'),
      'agent-baremetal-5cp.yaml',
    );
    delete raw.description;
    const plan = buildPlan(answers(raw), { baseDir: SCENARIOS, home: '/home/tester' });
    expect(plan.controlPlaneReplicas).toBe(5);
    expect(parseAnswersText(renderNormalisedAnswers(plan, OUT), 'answers.yaml')).toMatchObject({
      topology: 'ha',
      controlPlaneReplicas: 5,
    });
  });
});
