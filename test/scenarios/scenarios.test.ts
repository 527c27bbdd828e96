import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseAnswersText } from '../../src/answers/parse.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { renderPlan } from '../../src/pipeline.js';
import { checkPlan } from '../../src/plan/check.js';
import { missingForMethod } from '../../src/plan/required.js';
import { missingForAgent } from '../../src/plan/required-agent.js';
import { answers, planOf, ROOT, SCENARIOS } from '../helpers/answers.js';
import { expectInstallerSchemaValid } from '../install-config/installer-schema.js';

const names = listScenarioNames(ROOT);
const SECRETS = [
  'ZmFrZS11c2VyOmZha2UtdG9rZW4=',
  'fake-vcenter-password',
  'fake-bmc-password',
  'fake-prism-password',
];

function load(name: string) {
  const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name);
  const plan = planOf(raw);
  return { raw, plan };
}

describe.each(names)('scenario %s', (name) => {
  it('is valid, complete and renders a plan that passes the installer schema and our validator', async () => {
    const { raw, plan } = load(name);
    expect(checkPlan(plan, answers(raw))).toEqual([]);
    const { inputs, problems } = readInputs(plan);
    expect(problems).toEqual([]);
    // The plan folder is never written here; its path only shapes the relative paths in answers.yaml.
    const output = renderPlan(plan, inputs, 'en', path.join(ROOT, '.plans', name));
    // agent-* and external-* scenarios render the Agent-based installer; the others follow their name.
    const agent = /^(agent|external)-/.test(name);
    expect(agent ? missingForAgent(plan) : missingForMethod(plan, output.recommendation.method)).toEqual([]);
    expect(output.install.method).toBe(agent ? 'Agent-based' : output.recommendation.method);
    const expectedMethod = agent ? output.recommendation.method : name.includes('-upi') ? 'UPI' : 'IPI';
    expect(output.recommendation.method).toBe(expectedMethod);
    expect(output.artifacts.some((a) => a.path === 'agent-config.yaml')).toBe(agent);
    expect(output.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(output.valid).toBe(true);
    const config = parse(output.installConfig);
    expectInstallerSchemaValid(config);
    expect(config.metadata.name).toBe(plan.clusterName);
    if (expectedMethod === 'UPI' && !agent) expect(config.compute[0].replicas).toBe(0);
    if (agent) expect(config.compute[0].replicas).toBe(plan.computeReplicas);
    for (const artifact of output.artifacts) {
      if (artifact.path === 'install-config.yaml') continue;
      for (const secret of SECRETS)
        expect(artifact.content, `${secret} in ${artifact.path}`).not.toContain(secret);
      await expect(artifact.content).toMatchFileSnapshot(
        `../__snapshots__/scenarios/${name}/${artifact.path.replace(/^\./, 'dot')}`,
      );
    }
    await expect(output.installConfig).toMatchFileSnapshot(
      `../__snapshots__/scenarios/${name}/install-config.yaml`,
    );
    const korean = renderPlan(plan, inputs, 'ko', path.join(ROOT, '.plans', name));
    const checklistKo = korean.artifacts.find((a) => a.path === 'checklist.md')?.content ?? '';
    expect(checklistKo).toMatch(/[\uAC00-\uD7A3]/);
    await expect(checklistKo).toMatchFileSnapshot(`../__snapshots__/scenarios/${name}/checklist.ko.md`);
  });
});

describe('scenario coverage', () => {
  it('covers every platform, both methods, all topologies, proxy, disconnected, publish Internal and FIPS', () => {
    const plans = names.map((n) => load(n).plan);
    expect(new Set(plans.map((p) => p.platform)).size).toBe(13);
    expect(new Set(plans.map((p) => p.topology))).toEqual(
      new Set(['ha', 'compact', 'sno', 'two-node-arbiter', 'two-node-fencing']),
    );
    expect(names.some((n) => n.includes('-ipi'))).toBe(true);
    expect(names.some((n) => n.includes('-upi'))).toBe(true);
    expect(plans.some((p) => p.connectivity === 'proxy')).toBe(true);
    expect(plans.some((p) => p.connectivity === 'disconnected')).toBe(true);
    expect(plans.some((p) => p.publish === 'Internal')).toBe(true);
    expect(plans.some((p) => p.fips)).toBe(true);
  });
});
