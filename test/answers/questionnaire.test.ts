import { describe, expect, it } from 'vitest';
import { scriptedPrompter } from '../../src/answers/prompter.js';
import { askMissing, prune, review, validateAnswer } from '../../src/answers/questionnaire.js';
import { QUESTIONS, type QuestionContext, type Sofar } from '../../src/answers/questions.js';

/** Machines owned by the customer → UPI, else IPI: enough of the recommendation for the question flow. */
const ctx: QuestionContext = {
  methodFor: (s: Sofar) =>
    s.platform === undefined
      ? undefined
      : (s.ownership as Record<string, string> | undefined)?.machines === 'customer' || s.platform === 'none'
        ? 'UPI'
        : 'IPI',
  fileProblem: (_key, file) => (file.includes('missing') ? `${file} does not exist` : undefined),
};

const awsScript = {
  platform: 'aws',
  ocpVersion: '4.18',
  clusterName: 'prod',
  baseDomain: 'example.com',
  architecture: 'amd64',
  topology: 'ha',
  computeReplicas: '3',
  'ownership.machines': 'installer',
  'ownership.network': 'installer',
  'ownership.dns': 'installer',
  'ownership.loadBalancer': 'installer',
  'ownership.storage': 'installer',
  'requirements.installerCredentials': true,
  'requirements.autoscaling': true,
  'requirements.hardenedInfrastructure': false,
  connectivity: 'connected',
  publish: 'External',
  fips: false,
  'aws.region': 'eu-west-1',
  'secrets.pullSecretFile': './pull-secret.json',
  'secrets.sshKeyFile': '',
};

describe('questionnaire', () => {
  it('asks the aws flow in the natural order: where, size, ownership, constraints, platform, secrets', async () => {
    const prompter = scriptedPrompter(awsScript);
    const answers = await askMissing(prompter, {}, ctx, new Set());
    expect(prompter.asked).toEqual(Object.keys(awsScript));
    expect(answers).toEqual({
      platform: 'aws',
      ocpVersion: '4.18',
      clusterName: 'prod',
      baseDomain: 'example.com',
      architecture: 'amd64',
      topology: 'ha',
      computeReplicas: 3,
      ownership: {
        machines: 'installer',
        network: 'installer',
        dns: 'installer',
        loadBalancer: 'installer',
        storage: 'installer',
      },
      requirements: { installerCredentials: true, autoscaling: true, hardenedInfrastructure: false },
      connectivity: 'connected',
      publish: 'External',
      fips: false,
      aws: { region: 'eu-west-1' },
      secrets: { pullSecretFile: './pull-secret.json' },
    });
  });

  it('asks only what an answers file left out', async () => {
    const prefill = {
      ...Object.fromEntries(Object.entries(awsScript).filter(([k]) => !k.includes('.'))),
      computeReplicas: 3,
    };
    delete (prefill as Record<string, unknown>).clusterName;
    const prompter = scriptedPrompter({
      clusterName: 'prod',
      'ownership.machines': 'installer',
      'ownership.network': 'installer',
      'ownership.dns': 'installer',
      'ownership.loadBalancer': 'installer',
      'ownership.storage': 'installer',
      'requirements.installerCredentials': true,
      'requirements.autoscaling': false,
      'requirements.hardenedInfrastructure': false,
      'aws.region': 'us-east-1',
      'secrets.pullSecretFile': '',
      'secrets.sshKeyFile': '',
    });
    await askMissing(prompter, prefill, ctx, new Set());
    expect(prompter.asked).not.toContain('platform');
    expect(prompter.asked[0]).toBe('clusterName');
  });

  it('asks proxy and mirror follow-ups only when they apply, and vSphere details for vSphere', async () => {
    const prompter = scriptedPrompter({
      ...awsScript,
      platform: 'vsphere',
      installMethod: 'auto',
      connectivity: 'proxy',
      'proxy.httpProxy': 'http://proxy.corp:3128',
      'proxy.httpsProxy': 'http://proxy.corp:3128',
      'proxy.noProxy': '.corp',
      'proxy.caBundleFile': '',
      'vsphere.vcenter': 'vc.corp',
      'vsphere.datacenter': 'dc1',
      'vsphere.cluster': 'c1',
      'vsphere.datastore': 'ds1',
      'vsphere.network': 'net',
      'vsphere.credentialsFile': './vsphere.yaml',
      'networking.machineNetwork': '10.0.0.0/24',
      'vips.api': '10.0.0.5',
      'vips.ingress': '10.0.0.6',
    });
    const answers = await askMissing(prompter, {}, ctx, new Set());
    expect(prompter.asked).not.toContain('publish');
    expect(prompter.asked).not.toContain('aws.region');
    expect(prompter.asked).not.toContain('mirror.registry');
    expect(answers.vips).toEqual({ api: ['10.0.0.5'], ingress: ['10.0.0.6'] });
    expect(answers.proxy).toEqual({
      httpProxy: 'http://proxy.corp:3128',
      httpsProxy: 'http://proxy.corp:3128',
      noProxy: '.corp',
    });
    expect(answers.networking).toEqual({ machineNetwork: ['10.0.0.0/24'] });
  });

  it('skips ownership and constraint questions on platform none (everything is the customer’s), and asks the single node with its disk', async () => {
    const prompter = scriptedPrompter({
      platform: 'none',
      installMethod: 'auto',
      ocpVersion: '4.18',
      clusterName: 'tiny',
      baseDomain: 'example.org',
      architecture: 'amd64',
      topology: 'sno',
      connectivity: 'connected',
      fips: false,
      'networking.machineNetwork': '192.168.1.0/24',
      'secrets.pullSecretFile': '',
      'secrets.sshKeyFile': '',
      'hosts[].name': 'sno-0',
      'hosts[].ip': '192.168.1.20',
      'hosts[].installationDisk': '/dev/disk/by-id/wwn-0x5000c500a0b1c2d3',
    });
    const answers = await askMissing(prompter, {}, ctx, new Set());
    expect(prompter.asked.some((id) => id.startsWith('ownership.') || id.startsWith('requirements.'))).toBe(
      false,
    );
    expect(prompter.asked).not.toContain('hosts.known');
    expect(answers.hosts).toEqual([
      {
        role: 'control-plane',
        name: 'sno-0',
        ip: '192.168.1.20',
        installationDisk: '/dev/disk/by-id/wwn-0x5000c500a0b1c2d3',
      },
    ]);
  });

  it('collects node names and addresses for UPI, with the bootstrap machine first', async () => {
    const prompter = scriptedPrompter({
      platform: 'none',
      installMethod: 'auto',
      ocpVersion: '4.18',
      clusterName: 'c',
      baseDomain: 'example.org',
      architecture: 'amd64',
      topology: 'compact',
      connectivity: 'connected',
      fips: false,
      'networking.machineNetwork': '10.0.0.0/24',
      'secrets.pullSecretFile': '',
      'secrets.sshKeyFile': '',
      'hosts.known': true,
      'hosts[].name*': ['n0', 'n1', 'n2'],
      'hosts[].ip*': ['10.0.0.10', '10.0.0.11', '10.0.0.12'],
      'hosts[].bootstrap-ip': '10.0.0.9',
    });
    const answers = await askMissing(prompter, {}, ctx, new Set());
    expect(answers.hosts).toEqual([
      { role: 'bootstrap', name: 'bootstrap', ip: '10.0.0.9' },
      { role: 'control-plane', name: 'n0', ip: '10.0.0.10' },
      { role: 'control-plane', name: 'n1', ip: '10.0.0.11' },
      { role: 'control-plane', name: 'n2', ip: '10.0.0.12' },
    ]);
  });

  it('collects every bare-metal host with its BMC for IPI', async () => {
    const prompter = scriptedPrompter({
      ...awsScript,
      platform: 'baremetal',
      installMethod: 'auto',
      topology: 'compact',
      'networking.machineNetwork': '10.0.0.0/24',
      'vips.api': '10.0.0.5',
      'vips.ingress': '10.0.0.6',
      'hosts[].name*': ['m0', 'm1', 'm2'],
      'hosts[].ip*': ['10.0.0.10', '10.0.0.11', ''],
      'hosts[].bootMACAddress*': ['52:54:00:00:00:10', '52:54:00:00:00:11', '52:54:00:00:00:12'],
      'hosts[].bmc.address*': ['redfish://10.1.0.10/x', 'redfish://10.1.0.11/x', 'ipmi://10.1.0.12'],
      'hosts[].bmc.credentialsFile*': ['./bmc.yaml', './bmc.yaml', './bmc.yaml'],
    });
    const answers = await askMissing(prompter, {}, ctx, new Set());
    expect(answers.hosts).toEqual([
      {
        role: 'control-plane',
        name: 'm0',
        ip: '10.0.0.10',
        bootMACAddress: '52:54:00:00:00:10',
        bmc: { address: 'redfish://10.1.0.10/x', credentialsFile: './bmc.yaml' },
      },
      {
        role: 'control-plane',
        name: 'm1',
        ip: '10.0.0.11',
        bootMACAddress: '52:54:00:00:00:11',
        bmc: { address: 'redfish://10.1.0.11/x', credentialsFile: './bmc.yaml' },
      },
      {
        role: 'control-plane',
        name: 'm2',
        bootMACAddress: '52:54:00:00:00:12',
        bmc: { address: 'ipmi://10.1.0.12', credentialsFile: './bmc.yaml' },
      },
    ]);
  });

  it('validates typed answers with the same zod rules as the answers file', () => {
    const byId = (id: string) => QUESTIONS.find((q) => q.id === id) ?? expect.unreachable(id);
    expect(validateAnswer(byId('clusterName'), 'Prod', {}, ctx)).toContain('lower-case');
    expect(validateAnswer(byId('clusterName'), 'prod', {}, ctx)).toBe(true);
    expect(validateAnswer(byId('computeReplicas'), 'two', {}, ctx)).not.toBe(true);
    expect(validateAnswer(byId('vips.api'), '10.0.0.1, 10.0.0.2, 10.0.0.3', {}, ctx)).toContain(
      'at most two',
    );
    expect(validateAnswer(byId('secrets.pullSecretFile'), './missing.json', {}, ctx)).toBe(
      './missing.json does not exist',
    );
    expect(validateAnswer(byId('secrets.pullSecretFile'), '', {}, ctx)).toBe(true);
    expect(validateAnswer(byId('baseDomain'), '', {}, ctx)).toBe('an answer is required');
  });

  it('lets one answer be changed on the review screen, re-asking what now applies and dropping what does not', async () => {
    const start: Sofar = {
      platform: 'aws',
      clusterName: 'prod',
      baseDomain: 'example.com',
      connectivity: 'proxy',
      proxy: { httpProxy: 'http://p:1', httpsProxy: 'http://p:1' },
      aws: { region: 'us-east-1' },
    };
    const prompter = scriptedPrompter({
      'review*': ['connectivity', '__write__'],
      connectivity: 'connected',
    });
    const asked = new Set(QUESTIONS.map((q) => q.id));
    const result = await review(prompter, start, ctx, asked);
    expect(result.connectivity).toBe('connected');
    expect(result.proxy).toBeUndefined();
    expect(result.aws).toEqual({ region: 'us-east-1' });
    const screen = prompter.notes.find((n) => n.includes('Review your answers')) ?? '';
    expect(screen).toMatch(/Where and what\n {4}Platform +aws\n {4}Cluster name +prod/);
    expect(screen).not.toContain('clusterName');
  });

  it('suggests the customer for DNS and network on vSphere and bare metal, where the installer creates neither', () => {
    const suggested = (id: string, platform: string) =>
      QUESTIONS.find((q) => q.id === id)?.default?.({ platform }, ctx);
    expect(suggested('ownership.dns', 'vsphere')).toBe('customer');
    expect(suggested('ownership.network', 'baremetal')).toBe('customer');
    expect(suggested('ownership.machines', 'vsphere')).toBe('installer');
    expect(suggested('ownership.dns', 'aws')).toBe('installer');
    expect(suggested('ownership.dns', 'openstack')).toBe('customer');
    expect(suggested('ownership.network', 'openstack')).toBe('installer');
  });

  it('prunes a platform block and VIPs after the platform changes but keeps answers the user gave elsewhere', () => {
    const pruned = prune(
      { platform: 'gcp', aws: { region: 'x' }, vips: { api: ['10.0.0.5'] }, clusterName: 'p' },
      ctx,
    );
    expect(pruned).toEqual({ platform: 'gcp', clusterName: 'p' });
  });
});
