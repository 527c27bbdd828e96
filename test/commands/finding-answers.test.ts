import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QUESTIONS } from '../../src/answers/questions.js';
import { type Answers, AnswersSchema } from '../../src/answers/schema.js';
import { loadCatalog } from '../../src/checklist/catalog.js';
import { answerKeyOf } from '../../src/commands/finding-answers.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { renderPlan } from '../../src/pipeline.js';
import { buildPlan } from '../../src/plan/build.js';
import { validateInstallConfigObject } from '../../src/validate/index.js';
import { SCENARIOS } from '../helpers/answers.js';

/** Every answer the wizard can ask again: its questions, and the hosts list (as a whole or one host). */
const ASKED = new Set(QUESTIONS.map((q) => q.id));
const askable = (key: string) => ASKED.has(key) || key === 'hosts' || /^hosts\[\d+\]$/.test(key);

/** Every string leaf of the answers, so a rendered field holding one of them is known to come from an answer. */
function answerValues(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.length > 2) out.add(value);
  else if (Array.isArray(value)) for (const v of value) answerValues(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) answerValues(v, out);
  return out;
}

type Leaf = { path: (string | number)[]; value: string };
function leaves(value: unknown, at: (string | number)[] = [], out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string') out.push({ path: at, value });
  else if (Array.isArray(value))
    value.forEach((v, i) => {
      leaves(v, [...at, i], out);
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) leaves(v, [...at, k], out);
  return out;
}

function withLeaf(config: unknown, at: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(config) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at.at(-1) as string | number] = value;
  return copy;
}

/** Values no field accepts, each for a different kind of field. */
const BAD_VALUES = ['https://Not Valid/x', '999.999.1.1', '10.0.0.0/33', 'UPPER_case name', '-'];

const SCENARIO_NAMES = [
  'vsphere-ipi-ha',
  'vsphere-ipi-disconnected-fips',
  'baremetal-ipi-ha',
  'nutanix-ipi-ha',
  'openstack-ipi-ha',
  'none-upi-compact-proxy',
  'aws-ipi-private',
  'azure-ipi-ha',
  'gcp-ipi-compact',
];

beforeAll(async () => {
  await loadCatalog('en');
});

describe('validator findings on a rendered plan lead back to a question the wizard asks', () => {
  for (const name of SCENARIO_NAMES) {
    it(`${name}: every error on a field filled from an answer maps to that answer's question`, () => {
      const raw = parse(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'));
      const answers = AnswersSchema.parse(raw) as Answers;
      const plan = buildPlan(answers, { baseDir: SCENARIOS, home: '/home/tester' });
      const { inputs } = readInputs(plan);
      const output = renderPlan(plan, inputs, 'en', '/tmp/unused-plan');
      const text = output.artifacts.find((a) => a.path === 'install-config.yaml')?.content ?? '';
      const config = parse(text);
      const fromAnswers = answerValues(raw);
      const candidates = leaves(config).filter(
        (leaf) =>
          fromAnswers.has(leaf.value) &&
          !['apiVersion', 'pullSecret', 'sshKey'].includes(String(leaf.path[0])) &&
          // Machine-pool names are fixed by the installer (master, worker, arbiter), whatever a host's role says.
          !(
            leaf.path.at(-1) === 'name' &&
            ['compute', 'controlPlane', 'arbiter'].includes(String(leaf.path[0]))
          ),
      );
      expect(candidates.length).toBeGreaterThan(3);
      const unmapped: string[] = [];
      let errors = 0;
      for (const leaf of candidates) {
        for (const bad of BAD_VALUES) {
          const findings = validateInstallConfigObject(withLeaf(config, leaf.path, bad), {
            ocpVersion: plan.ocpVersion,
          }).filter((f) => f.severity === 'error');
          for (const finding of findings) {
            errors++;
            const key = answerKeyOf(finding, answers);
            if (key === undefined || !askable(key)) unmapped.push(`${finding.path} → ${String(key)}`);
          }
        }
      }
      expect(errors).toBeGreaterThan(0);
      expect([...new Set(unmapped)]).toEqual([]);
    });
  }

  it('maps a proxy CA finding to the proxy CA question when no mirror CA was given', () => {
    const answers = AnswersSchema.parse({
      version: 1,
      clusterName: 'p',
      baseDomain: 'example.com',
      platform: 'none',
      connectivity: 'proxy',
      proxy: { httpProxy: 'http://proxy:3128', caBundleFile: './proxy-ca.pem' },
    }) as Answers;
    const finding = { path: 'additionalTrustBundle', message: 'x', severity: 'error' as const };
    expect(answerKeyOf(finding, answers)).toBe('proxy.caBundleFile');
  });
});
