/**
 * Every infra/ file of every bundled scenario passes the program that will load it: `haproxy -c`,
 * `named-checkzone` and `dnsmasq --test`. A missing program fails the test; scripts/test-deps.sh installs them.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { renderPlan } from '../../src/pipeline.js';
import { ROOT } from '../helpers/answers.js';
import { run, tempDir, writeArtifact } from '../infra/real-tools.js';
import { markedFiles, scenarioPlan } from '../io/plan-fixture.js';

const files = markedFiles();
const tmp = tempDir('scenario-infra-');
afterAll(() => {
  tmp.remove();
  rmSync(files, { recursive: true, force: true });
});

const cases = listScenarioNames(ROOT).flatMap((name) => {
  const plan = scenarioPlan(name, files);
  const output = renderPlan(plan, readInputs(plan).inputs, 'en', path.join(tmp.dir, name));
  return (
    output.artifacts
      // The on-premises files; the cloud UPI parameter files have checks of their own (test/infra/cloud-*.test.ts).
      .filter((a) => /^infra\/(haproxy\.cfg|dns\/.*\.zone|dhcp\/.*)$/.test(a.path))
      .map((artifact) => [`${name}: ${artifact.path}`, name, artifact] as const)
  );
});

describe('infra files of every scenario pass their own checkers', () => {
  it('covers HAProxy, BIND and dnsmasq files', () => {
    const paths = cases.map(([, , a]) => a.path);
    expect(paths.some((p) => p.endsWith('haproxy.cfg'))).toBe(true);
    expect(paths.some((p) => p.endsWith('.zone'))).toBe(true);
    expect(paths.some((p) => p.includes('/dhcp/'))).toBe(true);
  });

  it.each(cases)('%s', async (_label, name, artifact) => {
    const dir = tmp.mkdir(name);
    const file = writeArtifact(dir, artifact);
    if (artifact.path.endsWith('haproxy.cfg')) {
      const result = await run('haproxy', ['-c', '-f', file]);
      expect(result.output).toContain('Configuration file is valid');
      expect(result.exitCode).toBe(0);
    } else if (artifact.path.endsWith('.zone')) {
      const zone = path.basename(artifact.path, '.zone');
      const result = await run('named-checkzone', [zone, file]);
      expect(result.output).toContain(`zone ${zone}/IN: loaded serial 1`);
      expect(result.exitCode).toBe(0);
    } else if (artifact.path.includes('/dhcp/')) {
      const result = await run('dnsmasq', ['--test', `--conf-file=${file}`]);
      expect(result.output).toContain('syntax check OK');
      expect(result.exitCode).toBe(0);
    } else {
      throw new Error(`no checker for ${artifact.path}`);
    }
  });
});
