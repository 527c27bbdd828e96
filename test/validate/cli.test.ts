import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../e2e/run-cli.js';

/* `ocp-planner validate PATH...` through the built CLI (the command-line and validation contract): many files and folders in one run. */

const BASE = `apiVersion: v1
baseDomain: example.com
metadata:
  name: demo
pullSecret: '{"auths":{"cloud.openshift.com":{"auth":"ZmFrZTpmYWtl"}}}'
sshKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBEgd+zLZkqZnqXURBOcJ6Bz7qQ1oABujEE+HPmkT6qQ core@example
`;
const GOOD = `${BASE}controlPlane: {name: master, replicas: 3}\ncompute: [{name: worker, replicas: 0}]\nplatform: {none: {}}\n`;
const BAD = GOOD.replace('name: demo', 'name: Demo_1');
const AGENT_INSTALL = `${BASE}controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 0}]
networking:
  machineNetwork: [{cidr: 192.168.50.0/24}]
platform:
  baremetal:
    apiVIPs: [192.168.50.5]
    ingressVIPs: [192.168.50.6]
`;
const AGENT_CONFIG =
  'apiVersion: v1beta1\nkind: AgentConfig\nmetadata:\n  name: demo\nrendezvousIP: 192.168.50.10\n';

let dir: string;
beforeAll(() => {
  dir = tempDir('ocp-planner-validate-');
  for (const [name, files] of Object.entries({
    good: { 'install-config.yaml': GOOD },
    bad: { 'install-config.yaml': BAD },
    agent: { 'install-config.yaml': AGENT_INSTALL, 'agent-config.yaml': AGENT_CONFIG },
    broken: { 'install-config.yaml': `${BASE}platform: {none: {}\n` },
    empty: {},
  })) {
    mkdirSync(path.join(dir, name));
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, name, file), text);
  }
});

const at = (...names: string[]) => names.map((n) => path.join(dir, n));

describe('validate PATH...', () => {
  it('one valid file: exit 0, one JSON object', async () => {
    const result = await runCli(['validate', ...at('good/install-config.yaml'), '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      kind: 'install-config',
      installer: 'installer',
      valid: true,
      findings: [],
    });
  });

  it('several folders: an array in the order given; exit 1 when one has an error', async () => {
    const result = await runCli(['validate', ...at('good', 'bad', 'agent'), '--json']);
    expect(result.code).toBe(1);
    const reports = JSON.parse(result.stdout) as Array<{
      file: string;
      valid: boolean;
      installer: string;
      kind: string;
    }>;
    expect(reports.map((r) => [path.relative(dir, r.file), r.kind, r.installer, r.valid])).toEqual([
      ['good/install-config.yaml', 'install-config', 'installer', true],
      ['bad/install-config.yaml', 'install-config', 'installer', false],
      ['agent/install-config.yaml', 'install-config', 'agent', true],
      ['agent/agent-config.yaml', 'agent-config', 'agent', true],
    ]);
  });

  it('an install-config with an agent-config beside it is an Agent-based install, also when named alone', async () => {
    const result = await runCli(['validate', ...at('agent/install-config.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toContain('checked for the Agent-based installer, together with');
    expect(result.stdout + result.stderr).toContain('agent-config.yaml: no problems found');
  });

  it('an unusable file: exit 2, a located sentence with the line, and the other files still reported', async () => {
    const result = await runCli(['validate', ...at('broken', 'good', 'empty', 'missing.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(
      /broken\/install-config\.yaml:7:11: error: the file is not valid YAML for the installer: /,
    );
    expect(result.stdout + result.stderr).toContain('7 | platform: {none: {}');
    expect(result.stdout + result.stderr).toContain('good/install-config.yaml: no problems found');
    expect(result.stdout + result.stderr).toContain(
      'the folder holds neither install-config.yaml nor agent-config.yaml',
    );
    expect(result.stdout + result.stderr).toContain('the file does not exist');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |internal error/);
  });

  it('--lang ko writes findings and the summary in Korean, with paths and rule ids unchanged', async () => {
    const result = await runCli(['validate', ...at('bad/install-config.yaml'), '--lang', 'ko']);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain(
      '오류: metadata.name: "Demo_1"은(는) 올바른 클러스터 이름이 아닙니다',
    );
    expect(result.stdout + result.stderr).toContain('[cluster-name-dns-label]');
    expect(result.stdout + result.stderr).toMatch(/install-config\.yaml: 오류 1건, 경고 0건/);
    // The JSON of a Korean run carries Korean messages too.
    const json = await runCli(['validate', ...at('bad/install-config.yaml'), '--lang', 'ko', '--json']);
    expect(JSON.parse(json.stdout).findings[0].message).toMatch(/[가-힣]/);
  });

  it('--installer agent checks an install-config without an agent-config by the agent rules', async () => {
    const file = path.join(dir, 'solo.yaml');
    writeFileSync(file, AGENT_INSTALL);
    const plain = await runCli(['validate', file, '--json']);
    expect(plain.code).toBe(1);
    const agent = await runCli(['validate', file, '--installer', 'agent', '--json']);
    expect(agent.code).toBe(0);
    expect(JSON.parse(agent.stdout).installer).toBe('agent');
    expect((await runCli(['validate', file, '--installer', 'ipi'])).code).toBe(2);
  });

  it('a release newer than 4.22 is accepted with a warning that the 4.22 rules apply; older than 4.14 is refused', async () => {
    const newer = await runCli(['validate', ...at('good'), '--ocp-version', '5.0']);
    expect(newer.code).toBe(0);
    expect(newer.stderr).toContain('OpenShift 5.0 is newer than 4.22');
    const older = await runCli(['validate', ...at('good'), '--ocp-version', '4.13']);
    expect(older.code).toBe(2);
    expect(older.stderr).toContain('older than 4.14');
  });
});
