import { describe, expect, it, vi } from 'vitest';
import { validateFiles } from '../../src/validate/files.js';

/*
 * How validate runs the Agent-based installer's own checks (src/validate/agent, filled by the agent path): an
 * install-config with an agent-config is checked with usingAgentMethod, the agent's findings land in the file they
 * name with a line and column, and agent-config.yaml is read strictly. The agent checks are replaced here by fakes
 * that report one finding each, so the wiring is tested whatever the real checks find.
 */

const calls: Array<{ fn: string; args: unknown[] }> = [];
vi.mock('../../src/validate/agent/index.js', () => ({
  checkAgentInstallConfig: (...args: unknown[]) => {
    calls.push({ fn: 'install-config', args });
    return [
      {
        severity: 'error',
        path: 'controlPlane.replicas',
        message: 'replicas from the agent',
        rule: 'agent-replicas',
      },
    ];
  },
  checkAgentConfig: (...args: unknown[]) => {
    calls.push({ fn: 'agent-config', args });
    return [
      {
        severity: 'warning',
        path: 'hosts[0].interfaces',
        message: 'interfaces from the agent',
        rule: 'agent-hosts',
      },
    ];
  },
}));

const INSTALL = `apiVersion: v1
baseDomain: example.com
metadata:
  name: demo
pullSecret: '{"auths":{"cloud.openshift.com":{"auth":"ZmFrZTpmYWtl"}}}'
controlPlane:
  name: master
  replicas: 3
compute: [{name: worker, replicas: 0}]
networking:
  machineNetwork: [{cidr: 192.168.50.0/24}]
platform:
  baremetal:
    apiVIPs: [192.168.50.5]
    ingressVIPs: [192.168.50.6]
`;
const AGENT = `apiVersion: v1beta1
kind: AgentConfig
metadata:
  name: demo
rendezvousIP: 192.168.50.10
hosts:
- hostname: m0
  interfaces:
  - {name: eno1, macAddress: '52:54:00:00:00:01'}
`;

describe('agent wiring', () => {
  it('an install-config with an agent-config beside it is an Agent-based install; each file gets its own findings', () => {
    calls.length = 0;
    const [install, agent] = validateFiles(
      [
        { name: 'c1/install-config.yaml', kind: 'install-config', text: INSTALL },
        { name: 'c1/agent-config.yaml', kind: 'agent-config', text: AGENT },
      ],
      { ocpVersion: '4.21', lang: 'ko' },
    );
    expect(install).toMatchObject({
      installer: 'agent',
      usable: true,
      valid: false,
      pairedWith: 'c1/agent-config.yaml',
    });
    // No hosts and no BMC needed; the agent's finding is placed on controlPlane.replicas (line 8).
    expect(install?.findings.map((f) => `${f.severity} ${f.rule}@${f.path}:${f.line}`)).toEqual([
      'error agent-replicas@controlPlane.replicas:8',
    ]);
    expect(agent).toMatchObject({ kind: 'agent-config', installer: 'agent', valid: true });
    expect(agent?.findings.map((f) => `${f.rule}@${f.path}:${f.line}:${f.column}`)).toEqual([
      'agent-hosts@hosts[0].interfaces:8:3',
    ]);
    // The agent checks receive the converted config and the release whose rules apply.
    const installArgs = calls.find((c) => c.fn === 'install-config')?.args ?? [];
    // The agent checks write their sentences in the user's language.
    expect(installArgs[1]).toEqual({ ocpVersion: '4.21', lang: 'ko' });
    expect((installArgs[0] as { platform: unknown }).platform).toEqual({
      baremetal: { apiVIPs: ['192.168.50.5'], ingressVIPs: ['192.168.50.6'] },
    });
    const agentArgs = calls.find((c) => c.fn === 'agent-config')?.args ?? [];
    expect((agentArgs[0] as { rendezvousIP: string }).rendezvousIP).toBe('192.168.50.10');
    expect((agentArgs[1] as { metadata: unknown }).metadata).toEqual({ name: 'demo' });
  });

  it('agent-config.yaml is read strictly: an unknown key is an error with a sibling suggestion', () => {
    const [agent] = validateFiles([
      { name: 'agent-config.yaml', kind: 'agent-config', text: `${AGENT}rendevousIP: 1.2.3.4\n` },
    ]);
    const finding = agent?.findings.find((f) => f.rule === 'unknown-field');
    expect(finding).toMatchObject({ severity: 'error', path: 'rendevousIP', line: 10 });
    expect(finding?.message).toContain('did you mean "rendezvousIP"?');
    // Without an install-config, the agent checks get none.
    expect(calls.at(-1)?.args[1]).toBeUndefined();
  });

  it('--installer agent checks an install-config alone with the agent rules', () => {
    calls.length = 0;
    const [install] = validateFiles(
      [{ name: 'install-config.yaml', kind: 'install-config', text: INSTALL }],
      {
        installer: 'agent',
      },
    );
    expect(install?.installer).toBe('agent');
    expect(calls.map((c) => c.fn)).toEqual(['install-config']);
    const plain = validateFiles([{ name: 'install-config.yaml', kind: 'install-config', text: INSTALL }]);
    expect(plain[0]?.installer).toBe('installer');
    expect(plain[0]?.findings.map((f) => f.path)).toContain('platform.baremetal.hosts');
  });

  it('pairs files by folder; an unreadable partner is reported and does not stop the other', () => {
    const reports = validateFiles([
      { name: 'a/install-config.yaml', kind: 'install-config', text: INSTALL },
      { name: 'b/install-config.yaml', kind: 'install-config', text: INSTALL },
      { name: 'b/agent-config.yaml', kind: 'agent-config', text: 'hosts: [\n' },
    ]);
    expect(reports.map((r) => [r.file, r.installer, r.usable])).toEqual([
      ['a/install-config.yaml', 'installer', true],
      ['b/install-config.yaml', 'agent', true],
      ['b/agent-config.yaml', 'agent', false],
    ]);
    expect(reports[2]?.problem?.line).toBe(1);
  });
});
