import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/answers/problems.js';
import { answeredAt, askMissing } from '../../src/answers/questionnaire.js';
import { QUESTIONS, type QuestionContext, type Sofar } from '../../src/answers/questions.js';
import { resolveAnswers } from '../../src/commands/resolve-answers.js';
import { drivingPrompter, WIZARD, wizardContext } from './wizard-driver.js';

const index = (id: string) => QUESTIONS.findIndex((q) => q.id === id);

/** Enough of the recommendation for the question flow: machines owned by the customer → UPI, else IPI. */
function fakeContext(problemsFor: QuestionContext['problemsFor']): QuestionContext {
  return {
    methodFor: (s: Sofar) => (s.platform === undefined ? undefined : 'IPI'),
    fileProblem: () => undefined,
    ...(problemsFor ? { problemsFor } : {}),
  };
}

const awsScript = {
  platform: 'aws',
  ocpVersion: '4.20',
  clusterName: 'prod',
  baseDomain: 'example.com',
  'aws.region': 'eu-west-1',
};

const vsphereScript = {
  platform: 'vsphere',
  ocpVersion: '4.20',
  clusterName: 'v',
  baseDomain: 'example.com',
  'vsphere.vcenter': 'vc.example.com',
  'vsphere.datacenter': 'dc1',
  'vsphere.cluster': 'c1',
  'vsphere.datastore': 'ds1',
  'vsphere.network': 'net',
  'vsphere.credentialsFile': './files/vsphere.yaml',
  'vips.api': '10.0.0.5',
  'vips.ingress': '10.0.0.6',
  'secrets.pullSecretFile': './files/pull-secret.json',
  'secrets.sshKeyFile': './files/id_ed25519.pub',
  review: '__write__',
};

describe('the answers known at each question', () => {
  it('are the questions up to this one, the answers already given, and what no question asks', () => {
    const known = answeredAt({ platform: 'aws', fips: true }, new Set(['platform']), index('clusterName'));
    expect(known.has('platform')).toBe(true);
    expect(known.has('ocpVersion')).toBe(true);
    expect(known.has('clusterName')).toBe(true);
    expect(known.has('baseDomain')).toBe(false);
    // Given already (an answers file), so known although its question comes later.
    expect(known.has('fips')).toBe(true);
    expect(known.has('hosts')).toBe(false);
    // No question fills the bare-metal block: the wizard never changes it.
    expect(known.has('baremetal')).toBe(true);
  });

  it('are every answer once the questions are behind (the hosts, the review)', () => {
    const known = answeredAt({}, new Set(), QUESTIONS.length);
    for (const question of QUESTIONS) expect(known.has(question.id)).toBe(true);
    expect(known.has('hosts')).toBe(true);
  });
});

describe('cross-field rules in the wizard', () => {
  it('judge a typed answer with the answers known at its prompt, not with later defaults', async () => {
    const seen: { clusterName: unknown; baseDomain: boolean }[] = [];
    const ctx = fakeContext((sofar, answered) => {
      seen.push({ clusterName: sofar.clusterName, baseDomain: answered?.has('baseDomain') ?? true });
      return [];
    });
    await askMissing(drivingPrompter(awsScript), {}, ctx, new Set());
    const atClusterName = seen.filter((s) => s.clusterName === 'prod' && !s.baseDomain);
    expect(atClusterName.length).toBeGreaterThan(0);
    expect(seen.some((s) => s.baseDomain)).toBe(true);
  });

  it('ask an earlier answer again as soon as a rule that names it can run, its value as the default', async () => {
    const clash: Problem = {
      key: 'clusterName',
      message: 'prod is taken under example.com',
      ko: 'example.com에는 prod가 이미 있습니다',
    };
    const ctx = fakeContext((sofar, answered) =>
      answered?.has('baseDomain') && sofar.clusterName === 'prod' && sofar.baseDomain === 'example.com'
        ? [clash]
        : [],
    );
    const prompter = drivingPrompter({ ...awsScript, clusterName: ['prod', 'prod2'] });
    const answers = await askMissing(prompter, {}, ctx, new Set());
    const ids = prompter.log.map((l) => l.id);
    // Right after the base domain (the last input of the rule), before anything else.
    expect(ids.slice(2, 5)).toEqual(['clusterName', 'baseDomain', 'clusterName']);
    expect(prompter.log[4]).toMatchObject({ id: 'clusterName', default: 'prod', answer: 'prod2' });
    expect(prompter.notes).toContain('  ✖ prod is taken under example.com');
    expect(answers.clusterName).toBe('prod2');
    // Nothing else is asked twice.
    expect(ids.filter((id) => id !== 'clusterName').length).toBe(new Set(ids).size - 1);
  });

  it('refuse a VIP outside the machine network at its prompt, and the plan resolves', async () => {
    const prompter = drivingPrompter({ ...vsphereScript, 'vips.api': ['192.168.1.5', '10.0.0.5'] });
    const resolved = await resolveAnswers(WIZARD, wizardContext(prompter));
    const refused = prompter.log.find((l) => l.rejected !== undefined);
    expect(refused).toMatchObject({ id: 'vips.api', answer: '192.168.1.5' });
    expect(refused?.rejected).toContain('10.0.0.0/16');
    expect(resolved.plan.vips).toEqual({ api: ['10.0.0.5'], ingress: ['10.0.0.6'] });
  });

  it('ask the service network when the machine network overlaps its default, offering a free one', async () => {
    const prompter = drivingPrompter({
      ...vsphereScript,
      'networking.machineNetwork': '172.30.0.0/24',
      'vips.api': '172.30.0.5',
      'vips.ingress': '172.30.0.6',
    });
    const resolved = await resolveAnswers(WIZARD, wizardContext(prompter));
    expect(prompter.log.find((l) => l.id === 'networking.serviceNetwork')?.default).toBe('172.31.0.0/16');
    expect(resolved.plan.networking.serviceNetwork).toEqual(['172.31.0.0/16']);
    expect(prompter.log.filter((l) => l.id === 'review')).toHaveLength(1);
  });

  it('ask the pod network when the machine network overlaps its default, offering a free one', async () => {
    const prompter = drivingPrompter({
      ...vsphereScript,
      'networking.machineNetwork': '10.128.0.0/24',
      'vips.api': '10.128.0.5',
      'vips.ingress': '10.128.0.6',
    });
    const resolved = await resolveAnswers(WIZARD, wizardContext(prompter));
    expect(prompter.log.find((l) => l.id === 'networking.clusterNetwork')?.default).toBe('10.132.0.0/14');
    expect(resolved.plan.networking.clusterNetwork).toEqual([{ cidr: '10.132.0.0/14', hostPrefix: 23 }]);
  });

  it('refuse an empty answer the plan needs on this path, and ask the boot MAC of every Agent host', async () => {
    const prompter = drivingPrompter({
      platform: 'baremetal',
      ocpVersion: '4.20',
      clusterName: 'a',
      baseDomain: 'example.com',
      installMethod: 'agent',
      topology: 'compact',
      'vips.api': ['', '10.0.0.5'],
      'vips.ingress': '10.0.0.6',
      'agent.rendezvousIP': '10.0.0.20',
      'agent.dnsServers': '10.0.0.1',
      'agent.gateway': '10.0.0.1',
      'secrets.pullSecretFile': './files/pull-secret.json',
      'secrets.sshKeyFile': './files/id_ed25519.pub',
      'hosts.known': true,
      'hosts[].ip': ['10.0.0.20', '10.0.0.21', '10.0.0.22'],
      'hosts[].bootMACAddress': ['52:54:00:00:00:10', '52:54:00:00:00:11', '52:54:00:00:00:12'],
      review: '__write__',
    });
    const resolved = await resolveAnswers(WIZARD, wizardContext(prompter));
    const refused = prompter.log.find((l) => l.rejected !== undefined);
    expect(refused).toMatchObject({ id: 'vips.api', answer: '' });
    expect(refused?.rejected).toContain('Agent-based');
    // No bootstrap machine on the Agent path, and each host is known by its boot NIC.
    expect(prompter.log.some((l) => l.id === 'hosts[].bootstrap-ip')).toBe(false);
    expect(resolved.plan.hosts.map((h) => h.bootMACAddress)).toEqual([
      '52:54:00:00:00:10',
      '52:54:00:00:00:11',
      '52:54:00:00:00:12',
    ]);
    expect(prompter.notes.some((n) => n.includes('These answers need attention'))).toBe(false);
  });

  it('ask an empty answer again before the review once a later answer makes the plan need it', async () => {
    const prompter = drivingPrompter({
      platform: 'none',
      ocpVersion: '4.20',
      clusterName: 'a',
      baseDomain: 'example.com',
      installMethod: 'agent',
      topology: 'compact',
      'agent.rendezvousIP': '10.0.0.20',
      'agent.dnsServers': '10.0.0.1',
      'agent.gateway': ['', '10.0.0.1'],
      'secrets.pullSecretFile': './files/pull-secret.json',
      'secrets.sshKeyFile': './files/id_ed25519.pub',
      'hosts.known': true,
      'hosts[].ip': ['10.0.0.20', '10.0.0.21', '10.0.0.22'],
      'hosts[].bootMACAddress': ['52:54:00:00:00:10', '52:54:00:00:00:11', '52:54:00:00:00:12'],
      review: '__write__',
    });
    const resolved = await resolveAnswers(WIZARD, wizardContext(prompter));
    const ids = prompter.log.map((l) => l.id);
    // Empty was fine until the hosts got static addresses; then it is asked again, before the review.
    const again = ids.lastIndexOf('agent.gateway');
    expect(again).toBeGreaterThan(ids.lastIndexOf('hosts[].bootMACAddress'));
    expect(again).toBeLessThan(ids.indexOf('review'));
    expect(resolved.plan.agent?.gateway).toBe('10.0.0.1');
    expect(prompter.notes.some((n) => n.includes('These answers need attention'))).toBe(false);
  });
});
