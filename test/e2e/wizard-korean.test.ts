import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QUESTIONS_KO } from '../../src/answers/questions-ko.js';
import { CLI, tempDir } from './run-cli.js';
import { answer, capturedScreens, keys, start, waitFor, waitForFile } from './tmux.js';

/**
 * A whole wizard run with --lang ko in a real terminal: every screen it draws up to the written plan is Korean. Words
 * of four or more ASCII letters may appear only as names: products and platforms, answer values, commands, files and
 * key names. Paths, URLs, host names, keys such as ctrl+t and dotted or hyphenated identifiers are not words.
 */
const ALLOWED = new Set([
  // Products, platforms and vendors.
  'OpenShift',
  'Amazon',
  'Services',
  'Microsoft',
  'Azure',
  'Google',
  'Cloud',
  'VMware',
  'vSphere',
  'vsphere',
  'Nutanix',
  'OpenStack',
  'Power',
  'Virtual',
  'Server',
  'PowerVC',
  'LinuxONE',
  'Oracle',
  'Agent',
  'agent',
  'vCenter',
  'RHEL',
  'HAProxy',
  'Redfish',
  'Pacemaker',
  'baremetal',
  'none',
  'ibmz',
  'ibmcloud',
  'powervs',
  'powervc',
  'external',
  'nutanix',
  'openstack',
  'azure',
  // Answer values the answers file spells the same way.
  'auto',
  'compact',
  'connected',
  'proxy',
  'disconnected',
  'installer',
  'customer',
  'External',
  'Internal',
  'amd64',
  'arm64',
  'ppc64le',
  's390x',
  'x86_64',
  'aarch64',
  'core',
  'YAML',
  'JSON',
  'FIPS',
  'CIDR',
  'IPv4',
  'IPv6',
  'DHCP',
  'HTTP',
  'VLAN',
  'VNet',
  'MachineSet',
  // Commands and terms of the installer.
  'openshift',
  'install',
  'config',
  'yaml',
  'keygen',
  'bootstrap',
  'place',
  'username',
  'password',
]);

/** The ASCII words of a screen that are not names: paths, URLs, hosts, identifiers and allowed names removed. */
function englishWords(screen: string): string[] {
  const tokens = screen.split(/[\s()[\]{},;"'“”‘’<>|=→—•❯✔?]+/);
  return tokens
    .filter((t) => !/[/.:@~_+\\-]/.test(t.replace(/[.:]$/, '')))
    .flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9]{3,}/g) ?? [])
    .filter((word) => !ALLOWED.has(word));
}

const ko = (id: string) => `? ${QUESTIONS_KO[id]?.message ?? id}`;

describe('the wizard in Korean (tmux)', () => {
  it('finds English sentences on a screen, and not names, paths or keys', () => {
    expect(englishWords('? Where will the cluster run?\n↑↓ navigate • ⏎ select')).toEqual([
      'Where',
      'will',
      'cluster',
      'navigate',
      'select',
    ]);
    expect(
      englishWords('✔ 기본 도메인 example.com\n  ~/.ssh/id_ed25519.pub ctrl+t VMware vSphere(vsphere)'),
    ).toEqual([]);
  });

  it('speaks Korean on every screen of a whole vSphere run and writes a valid plan', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'plan');
    const exit = path.join(dir, 'exit');
    const name = `ocp-wizard-ko-${process.pid}`;
    start(
      name,
      `cd ${dir} && HOME=${dir} NO_COLOR=1 node ${CLI} plan --lang ko --out ${out}; echo $? > ${exit}`,
    );
    const ask = (id: string, ...sent: string[]) => answer(name, ko(id), ...sent);
    await answer(name, ko('platform'), 'Down', 'Down', 'Down', 'Enter');
    await ask('ocpVersion', 'Enter');
    await ask('clusterName', 'vs', 'Enter');
    await ask('baseDomain', 'Example.com', 'Enter');
    await waitFor(name, '소문자 DNS 도메인'); // the schema's rule, in Korean
    keys(name, 'C-u', 'example.com', 'Enter');
    for (const id of ['architecture', 'installMethod', 'topology', 'computeReplicas']) await ask(id, 'Enter');
    for (const part of ['machines', 'network', 'dns', 'loadBalancer', 'storage'])
      await ask(`ownership.${part}`, 'Enter');
    for (const id of ['installerCredentials', 'autoscaling', 'hardenedInfrastructure'])
      await ask(`requirements.${id}`, 'Enter');
    await ask('connectivity', 'Enter');
    await ask('fips', 'x', 'Enter'); // neither y nor n: inquirer's own complaint, in Korean
    await waitFor(name, 'y(예) 또는 n(아니요)');
    keys(name, 'BSpace', 'n', 'Enter');
    await ask('vsphere.vcenter', 'https://vc.example.com', 'Enter');
    await waitFor(name, '"https://", 포트, 경로 없이');
    keys(name, 'C-u', 'vc.example.com', 'Enter');
    await ask('vsphere.datacenter', 'dc1', 'Enter');
    await ask('vsphere.cluster', 'c1', 'Enter');
    await ask('vsphere.datastore', 'ds1', 'Enter');
    await ask('vsphere.network', 'net', 'Enter');
    await ask('vsphere.credentialsFile', 'Enter');
    await answer(name, /\? .*: 사용자 이름/, 'administrator@vsphere.local', 'Enter');
    await answer(name, /\? .*: 암호/, 's3cret', 'Enter');
    await ask('networking.machineNetwork', 'Enter');
    await ask('vips.api', '192.168.1.5', 'Enter'); // outside the machine network: refused in Korean
    await waitFor(name, /\? API.*192\.168\.1\.5\n> .*[가-힣]/);
    keys(name, 'C-u', '10.0.0.5', 'Enter');
    await ask('vips.ingress', '10.0.0.6', 'Enter');
    await ask('secrets.pullSecretFile', 'Enter');
    await answer(name, '? 지금 ssh-keygen으로 SSH 키 쌍을 만들까요?', 'Enter');
    await answer(name, '? 개인 키를 어디에 저장할까요?', 'Enter');
    await waitFor(name, '바꿀 답의 이름 일부를 입력해 찾으십시오');
    keys(name, 'z', 'z', 'z');
    await waitFor(name, '맞는 항목이 없습니다');
    keys(name, 'BSpace', 'BSpace', 'BSpace');
    await waitFor(name, /❯ 이대로 좋습니다: 계획 쓰기/);
    const screens = capturedScreens(name);
    keys(name, 'Enter');
    expect((await waitForFile(exit, 30_000)).trim()).toBe('0');
    const config = parse(readFileSync(path.join(out, 'install-config.yaml'), 'utf8'));
    expect(config.metadata.name).toBe('vs');
    expect(screens.length).toBeGreaterThan(20);
    const found = new Set(screens.flatMap(englishWords));
    expect([...found].sort()).toEqual([]);
  });
});
