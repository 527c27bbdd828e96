import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setIn } from '../../src/answers/dotted.js';
import { parseAnswersText } from '../../src/answers/parse.js';
import { type Answers, AnswersSchema } from '../../src/answers/schema.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { UsageError } from '../../src/errors.js';
import { renderPlan } from '../../src/pipeline.js';
import { buildPlan } from '../../src/plan/build.js';
import { checkPlan } from '../../src/plan/check.js';
import { missingBaseKeys, missingForMethod } from '../../src/plan/required.js';
import { chooseMethod } from '../../src/recommend/recommend.js';
import { ROOT, SCENARIOS } from '../helpers/answers.js';

const scenarios = listScenarioNames(ROOT).map((name) =>
  parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name),
);
const KEYS = [
  'platform',
  'topology',
  'computeReplicas',
  'architecture',
  'connectivity',
  'publish',
  'fips',
  'ocpVersion',
  'ownership.machines',
  'ownership.dns',
  'ownership.loadBalancer',
  'requirements.autoscaling',
  'requirements.installerCredentials',
  'requirements.hardenedInfrastructure',
  'networking.machineNetwork',
  'networking.serviceNetwork',
  'networking.clusterNetwork',
  'vips.api',
  'vips.ingress',
  'hosts',
  'proxy.httpProxy',
  'mirror.registry',
  'clusterName',
  'baseDomain',
  'aws.region',
  'vsphere.vcenter',
];
const VALUES = fc.oneof(
  fc.constantFrom(
    'aws',
    'none',
    'baremetal',
    'vsphere',
    'ha',
    'sno',
    'compact',
    'customer',
    'installer',
    'proxy',
    'disconnected',
    'Internal',
    'arm64',
    's390x',
    '4.14',
    '4.21',
    '10.0.0.0/16',
    '10.128.0.0/14',
    '::/0',
    'fd00::/48',
  ),
  fc.array(fc.constantFrom('10.0.0.5', '10.0.0.0/16', 'fd00::5', 'x', '172.30.0.0/16'), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Runs the planner as far as the answers allow; only a UsageError may escape, never another exception. */
function planAsFarAsPossible(raw: Record<string, unknown>): void {
  const parsed = AnswersSchema.safeParse(raw);
  if (!parsed.success) return;
  const answers = parsed.data as Answers;
  if (missingBaseKeys(answers).length > 0) return;
  const plan = buildPlan(answers, { baseDir: SCENARIOS, home: '/home/tester' });
  if (checkPlan(plan, answers).length > 0) return;
  const method = chooseMethod(plan);
  if (missingForMethod(plan, method).length > 0) return;
  const output = renderPlan(plan, { credentials: {} }, 'en', path.join(ROOT, '.plans', 'property'));
  expect(output.artifacts.length).toBeGreaterThanOrEqual(6);
}

describe('random changes to valid answers never crash the planner', () => {
  it('validates or plans every mutated scenario without an unexpected exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios),
        fc.array(fc.tuple(fc.constantFrom(...KEYS), VALUES), { minLength: 1, maxLength: 4 }),
        (scenario, changes) => {
          let raw = scenario;
          for (const [key, value] of changes) raw = setIn(raw, key, value);
          try {
            planAsFarAsPossible(raw);
          } catch (error) {
            if (!(error instanceof UsageError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
