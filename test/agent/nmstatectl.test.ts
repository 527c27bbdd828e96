import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTools } from '../../src/tools/doctor.js';
import { nmstatectlFindings } from '../../src/validate/agent/index.js';
import { fakeRunner, installerVersionOutput } from '../tools/fakes.js';
import { render, scenarioPlan } from './helpers.js';

const agentConfig = render(scenarioPlan('agent-none-compact')).ac;

describe('nmstatectl gc on every host (behind the ToolRunner)', () => {
  it('is skipped cleanly when nmstatectl is not installed', async () => {
    const runner = fakeRunner({});
    const tmpRoot = mkdtempSync(path.join(tmpdir(), 'agent-gc-'));
    expect(await nmstatectlFindings(runner, agentConfig, { tmpRoot })).toEqual({ ran: false, findings: [] });
    expect(runner.calls).toEqual([]);
  });

  it('runs gc on each host document and reports a refusal as an error of that host', async () => {
    const tmpRoot = mkdtempSync(path.join(tmpdir(), 'agent-gc-'));
    const runner = fakeRunner({
      nmstatectl: (args) =>
        String(args[1]).endsWith('host-1.yaml')
          ? { exitCode: 1, stderr: 'NmstateError: InvalidArgument: bad bond\n' }
          : { exitCode: 0, stdout: '[connection]\n' },
    });
    const result = await nmstatectlFindings(runner, agentConfig, { tmpRoot });
    expect(result.ran).toBe(true);
    expect(runner.calls.map((c) => [c.file, c.args[0]])).toEqual([
      ['nmstatectl', 'gc'],
      ['nmstatectl', 'gc'],
      ['nmstatectl', 'gc'],
    ]);
    expect(result.findings).toEqual([
      {
        severity: 'error',
        file: 'agent-config.yaml',
        path: 'hosts[1].networkConfig',
        rule: 'nmstatectl-gc',
        message:
          'nmstatectl gc refused the NMState document of trio-1 (the installer runs the same check): NmstateError: InvalidArgument: bad bond',
      },
    ]);
    // The host documents were written to a private folder that is gone afterwards.
    expect(readdirSync(tmpRoot)).toEqual([]);
  });
});

describe('doctor and nmstatectl', () => {
  const base = {
    'openshift-install': { stdout: installerVersionOutput('4.22.1') },
    oc: { stdout: 'Client Version: 4.22.1\n' },
    'ssh-keygen': { exitCode: 1 },
    ssh: { stderr: 'OpenSSH_9.2p1\n' },
  };

  it('reports nmstatectl with its version when it is installed', async () => {
    const report = await checkTools(fakeRunner({ ...base, nmstatectl: { stdout: 'nmstatectl 2.2.38\n' } }), {
      ocpVersion: '4.22',
      disconnected: false,
    });
    const tool = report.tools.find((t) => t.name === 'nmstatectl');
    expect(tool).toMatchObject({ status: 'ok', version: '2.2.38', found: true });
    expect(tool?.message).toContain('nmstatectl gc');
  });

  it('leaves it out, and stays ok, when it is not installed', async () => {
    const report = await checkTools(fakeRunner(base), { ocpVersion: '4.22', disconnected: false });
    expect(report.tools.map((t) => t.name)).not.toContain('nmstatectl');
    expect(report.ok).toBe(true);
  });
});
