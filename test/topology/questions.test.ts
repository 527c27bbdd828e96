import { describe, expect, it } from 'vitest';
import { scriptedPrompter } from '../../src/answers/prompter.js';
import { askMissing } from '../../src/answers/questionnaire.js';
import { QUESTIONS, type QuestionContext } from '../../src/answers/questions.js';

const question = (id: string) => {
  const q = QUESTIONS.find((entry) => entry.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const ctx: QuestionContext = { methodFor: () => 'IPI', fileProblem: () => undefined };
const topologies = (sofar: Record<string, unknown>) =>
  (question('topology').choices?.(sofar) ?? []).map((c) => [c.value, c.name]);

describe('wizard questions of the two-node topologies, control-plane size and PowerVC', () => {
  it('offers the two-node topologies the release has on the platform, with their level', () => {
    expect(topologies({ platform: 'baremetal', ocpVersion: '4.18' }).map(([v]) => v)).toEqual([
      'ha',
      'compact',
      'sno',
    ]);
    const at419 = topologies({ platform: 'baremetal', ocpVersion: '4.19' });
    expect(at419.map(([v]) => v)).toEqual(['ha', 'compact', 'sno', 'two-node-arbiter']);
    expect(at419[3]?.[1]).toContain('(Technology Preview in 4.19)');
    const at421 = topologies({ platform: 'baremetal', ocpVersion: '4.21' });
    expect(at421.slice(3).map(([v, n]) => [v, String(n).includes('Technology Preview')])).toEqual([
      ['two-node-arbiter', false],
      ['two-node-fencing', true],
    ]);
    // platform none takes an arbiter from 4.22; vSphere never takes a two-node topology.
    expect(topologies({ platform: 'none', ocpVersion: '4.21' }).map(([v]) => v)).toEqual([
      'ha',
      'compact',
      'sno',
      'two-node-fencing',
    ]);
    expect(topologies({ platform: 'none', ocpVersion: '4.22' }).map(([v]) => v)).toContain(
      'two-node-arbiter',
    );
    expect(topologies({ platform: 'vsphere', ocpVersion: '4.22' }).map(([v]) => v)).toEqual([
      'ha',
      'compact',
      'sno',
    ]);
  });

  it('asks for workers beside an arbiter (default 0), not beside fencing', () => {
    const workers = question('computeReplicas');
    expect(workers.when?.({ topology: 'two-node-arbiter' }, ctx)).toBe(true);
    expect(workers.default?.({ topology: 'two-node-arbiter' }, ctx)).toBe(0);
    expect(workers.when?.({ topology: 'two-node-fencing' }, ctx)).toBe(false);
  });

  it('asks for 4 or 5 control-plane nodes only with the Agent-based installer from 4.18', () => {
    const replicas = question('controlPlaneReplicas');
    expect(replicas.when?.({ topology: 'ha', installMethod: 'agent', ocpVersion: '4.18' }, ctx)).toBe(true);
    expect(replicas.when?.({ topology: 'ha', installMethod: 'agent', ocpVersion: '4.17' }, ctx)).toBe(false);
    expect(replicas.when?.({ topology: 'ha', installMethod: 'IPI', ocpVersion: '4.22' }, ctx)).toBe(false);
  });

  it('asks PowerVC for its cloud, DHCP subnet, flavor and image, and its machine network', () => {
    const sofar = { platform: 'powervc', ocpVersion: '4.22' };
    for (const id of ['powervc.cloud', 'powervc.subnetID', 'powervc.computeFlavor', 'powervc.clusterOSImage'])
      expect(question(id).when?.(sofar, ctx), id).toBe(true);
    expect(question('networking.machineNetwork').when?.(sofar, ctx)).toBe(true);
    expect(question('ownership.loadBalancer').default?.(sofar, ctx)).toBe('customer');
    expect((question('platform').choices?.({}) ?? []).map((c) => c.value)).toContain('powervc');
  });
});

describe('the wizard asks the hosts a two-node cluster needs', () => {
  const upiOnNone: QuestionContext = {
    methodFor: (s) => (s.platform === 'none' ? 'UPI' : 'IPI'),
    fileProblem: () => undefined,
  };
  const base = {
    ocpVersion: '4.22',
    clusterName: 'duo',
    baseDomain: 'example.com',
    architecture: 'amd64',
    connectivity: 'connected',
    fips: false,
    'networking.machineNetwork': '10.0.0.0/24',
    'secrets.pullSecretFile': '',
    'secrets.sshKeyFile': '',
  };

  it('fencing on platform none: both control-plane hosts with their BMCs, no worker, no arbiter', async () => {
    const prompter = scriptedPrompter({
      ...base,
      platform: 'none',
      installMethod: 'auto',
      topology: 'two-node-fencing',
      'hosts[].name*': ['master-0', 'master-1'],
      'hosts[].ip*': ['10.0.0.10', '10.0.0.11'],
      'hosts[].bootMACAddress*': ['52:54:00:00:00:10', '52:54:00:00:00:11'],
      'hosts[].bmc.address*': [
        'redfish://10.1.0.10/redfish/v1/Systems/1',
        'redfish://10.1.0.11/redfish/v1/Systems/1',
      ],
      'hosts[].bmc.credentialsFile*': ['./bmc-0.yaml', './bmc-1.yaml'],
      'hosts[].bootstrap-ip': '',
    });
    const answers = await askMissing(prompter, {}, upiOnNone, new Set());
    expect(answers.hosts).toEqual([
      {
        role: 'control-plane',
        name: 'master-0',
        ip: '10.0.0.10',
        bootMACAddress: '52:54:00:00:00:10',
        bmc: { address: 'redfish://10.1.0.10/redfish/v1/Systems/1', credentialsFile: './bmc-0.yaml' },
      },
      {
        role: 'control-plane',
        name: 'master-1',
        ip: '10.0.0.11',
        bootMACAddress: '52:54:00:00:00:11',
        bmc: { address: 'redfish://10.1.0.11/redfish/v1/Systems/1', credentialsFile: './bmc-1.yaml' },
      },
    ]);
    expect(prompter.notes.join('\n')).toContain('Pacemaker fences each control-plane host');
  });

  it('an arbiter on bare-metal IPI: two control-plane hosts and the arbiter, each with its BMC', async () => {
    const prompter = scriptedPrompter({
      ...base,
      platform: 'baremetal',
      installMethod: 'auto',
      topology: 'two-node-arbiter',
      computeReplicas: '0',
      'ownership.machines': 'installer',
      'ownership.network': 'customer',
      'ownership.dns': 'customer',
      'ownership.loadBalancer': 'installer',
      'ownership.storage': 'installer',
      'requirements.installerCredentials': true,
      'requirements.autoscaling': false,
      'requirements.hardenedInfrastructure': false,
      'vips.api': '10.0.0.5',
      'vips.ingress': '10.0.0.6',
      'hosts[].name*': ['master-0', 'master-1', 'arbiter-0'],
      'hosts[].ip*': ['10.0.0.10', '10.0.0.11', '10.0.0.12'],
      'hosts[].bootMACAddress*': ['52:54:00:00:00:10', '52:54:00:00:00:11', '52:54:00:00:00:12'],
      'hosts[].bmc.address*': [
        'redfish://10.1.0.10/redfish/v1/Systems/1',
        'redfish://10.1.0.11/redfish/v1/Systems/1',
        'redfish://10.1.0.12/redfish/v1/Systems/1',
      ],
      'hosts[].bmc.credentialsFile*': ['./bmc.yaml', './bmc.yaml', './bmc.yaml'],
    });
    const answers = await askMissing(prompter, {}, upiOnNone, new Set());
    expect((answers.hosts as { role: string; name: string }[]).map((h) => [h.role, h.name])).toEqual([
      ['control-plane', 'master-0'],
      ['control-plane', 'master-1'],
      ['arbiter', 'arbiter-0'],
    ]);
  });
});
