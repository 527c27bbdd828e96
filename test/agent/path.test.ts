import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plan/check.js';
import { installChoiceOf } from '../../src/plan/install-path.js';
import { missingForAgent } from '../../src/plan/required-agent.js';
import { findFlips } from '../../src/recommend/counterfactuals.js';
import { recommend } from '../../src/recommend/recommend.js';
import { answers, planOf } from '../helpers/answers.js';
import { agentAnswers, render } from './helpers.js';

const problems = (raw: Record<string, unknown>) => checkPlan(planOf(raw), answers(raw));

describe('installMethod decides the rendered path (plan.json install)', () => {
  const base = { version: 1, clusterName: 'c', baseDomain: 'example.com', ocpVersion: '4.22' };

  it.each([
    [{ platform: 'aws' }, { method: 'IPI', chosen: 'recommended' }],
    [
      { platform: 'aws', installMethod: 'UPI' },
      { method: 'UPI', chosen: 'answers' },
    ],
    [
      { platform: 'none', installMethod: 'agent' },
      { method: 'Agent-based', chosen: 'answers' },
    ],
    // External platforms have no other installer: auto renders the Agent-based installer.
    [{ platform: 'external' }, { method: 'Agent-based', chosen: 'recommended' }],
  ])('%o → %o', (raw, install) => {
    expect(installChoiceOf(planOf({ ...base, ...raw }))).toEqual(install);
  });

  it('IPI on platform none is an error that names the answer forbidding it', () => {
    const found = problems({ ...base, platform: 'none', installMethod: 'IPI' });
    // Two facts forbid it on none: the platform itself, and machines that are the customer's by default there.
    expect(found.map((p) => p.key)).toEqual(['installMethod', 'installMethod']);
    expect(found[1]?.message).toContain('because of ownership.machines');
    expect(found[0]?.message).toContain('cannot work because of platform');
    expect(found[0]?.message).toContain('Use installMethod: auto, UPI, agent');
  });

  it('IPI with customer-provisioned machines names ownership.machines', () => {
    const found = problems({
      ...base,
      platform: 'vsphere',
      installMethod: 'IPI',
      ownership: { machines: 'customer' },
    });
    expect(found.map((p) => p.message).join('\n')).toContain('because of ownership.machines');
  });

  it('the Agent-based installer on a cloud is an error; Nutanix only from 4.19', () => {
    expect(problems({ ...base, platform: 'aws', installMethod: 'agent' })[0]?.message).toContain(
      'the Agent-based installer does not install on AWS in OpenShift 4.22',
    );
    const nutanix = { ...base, platform: 'nutanix', installMethod: 'agent' };
    expect(problems({ ...nutanix, ocpVersion: '4.18' }).map((p) => p.key)).toContain('installMethod');
    expect(problems({ ...nutanix, ocpVersion: '4.19' }).map((p) => p.key)).not.toContain('installMethod');
  });

  it('UPI on an external platform is an error that points to installMethod: agent', () => {
    expect(problems({ ...base, platform: 'external', installMethod: 'UPI' })[0]?.message).toContain(
      'use installMethod: agent',
    );
  });

  it('a bootstrap host and an agent block without the agent path are refused', () => {
    const withBootstrap = agentAnswers();
    (withBootstrap.hosts as Record<string, unknown>[]).push({
      name: 'bs',
      role: 'bootstrap',
      ip: '10.1.0.30',
    });
    expect(problems(withBootstrap).map((p) => p.key)).toContain('hosts[5].role');
    expect(problems({ ...agentAnswers(), installMethod: 'auto' }).map((p) => p.key)).toContain('agent');
  });
});

describe('the recommendation keeps its IPI/UPI verdict and says why the path differs', () => {
  it('bare metal with BMC access: IPI recommended, the agent path rendered and explained', () => {
    const plan = planOf(agentAnswers());
    const rec = recommend(plan, 'en');
    expect(rec.method).toBe('IPI');
    expect(rec.reasons.every((r) => r.favours === 'IPI' || r.favours === 'UPI')).toBe(true);
    expect(rec.warnings.join('\n')).toContain(
      'renders the Agent-based installer because installMethod: agent says so',
    );
    // Not offered as an alternative to itself.
    expect(rec.alternatives.map((a) => a.method)).not.toContain('Agent-based');
    expect(render(plan).install).toEqual({ method: 'Agent-based', chosen: 'answers' });
  });

  it('explicit UPI against an IPI recommendation is rendered and the warning says so', () => {
    const raw = { ...agentAnswers(), installMethod: 'UPI', agent: undefined };
    const plan = planOf(raw);
    const rec = recommend(plan, 'en');
    expect(rec.method).toBe('IPI');
    expect(rec.warnings.join('\n')).toContain('This plan renders UPI because installMethod: UPI says so');
    expect(rec.warnings.join('\n')).not.toContain('Agent-based installer because');
  });

  it('says when the Agent-based installer is the better way, and which answer renders it', () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        { platform: 'baremetal', connectivity: 'disconnected', mirror: { registry: 'm.example.com:5000' } },
        'disconnected',
      ],
      [{ platform: 'baremetal', requirements: { installerCredentials: false } }, 'BMC credentials'],
      [{ platform: 'baremetal', topology: 'sno' }, 'single-node'],
      [{ platform: 'external' }, 'external platform'],
    ];
    for (const [raw, words] of cases) {
      const plan = planOf({
        version: 1,
        clusterName: 'c',
        baseDomain: 'example.com',
        ...raw,
        installMethod: 'auto',
      });
      const rec = recommend(plan, 'en');
      const agent = rec.alternatives.find((a) => a.method === 'Agent-based');
      if (plan.platform === 'external') {
        // The only installer there: the path itself, not an alternative.
        expect(rec.warnings.join('\n')).toContain('installs only with the Agent-based installer');
        continue;
      }
      expect(agent?.when, words).toContain(words);
      expect(agent?.when).toContain('installMethod: agent');
      expect(agent?.renderedBy).toEqual({ installMethod: 'agent' });
    }
  });

  it('counterfactuals ignore installMethod: the same flips with auto and with agent', () => {
    const agent = planOf(agentAnswers());
    const auto = planOf({ ...agentAnswers(), installMethod: 'auto', agent: undefined });
    expect(findFlips(agent)).toEqual(findFlips(auto));
  });
});

describe('what an Agent-based plan cannot do without', () => {
  it('VIPs, rendezvous IP, MACs, DNS and gateway for static addresses, NTP when disconnected', () => {
    const raw = agentAnswers({
      vips: undefined,
      agent: undefined,
      connectivity: 'disconnected',
      mirror: { registry: 'm.example.com:5000' },
      hosts: [{ name: 'm0', role: 'control-plane', ip: '10.1.0.10' }],
    });
    expect(missingForAgent(planOf(raw)).map((p) => p.key)).toEqual([
      'vips.api',
      'vips.ingress',
      'hosts[0].bootMACAddress',
      'agent.dnsServers',
      'agent.gateway',
      'agent.ntpSources',
    ]);
  });

  it('without hosts the rendezvous IP must be answered; vSphere needs its VM folder', () => {
    const vsphere = {
      ...agentAnswers({ hosts: undefined, platform: 'vsphere' }),
      vsphere: {
        vcenter: 'vc',
        datacenter: 'dc',
        cluster: 'c',
        datastore: 'ds',
        network: 'n',
        credentialsFile: './files/vsphere.yaml',
      },
    };
    expect(missingForAgent(planOf(vsphere)).map((p) => p.key)).toEqual([
      'vsphere.folder',
      'agent.rendezvousIP',
    ]);
  });

  it('the rendezvous IP must be a control-plane address inside the machine network', () => {
    expect(problems(agentAnswers({ agent: { rendezvousIP: '10.1.0.20' } }))[0]?.message).toContain(
      'w0, a worker host',
    );
    expect(problems(agentAnswers({ agent: { rendezvousIP: '10.9.0.1' } }))[0]?.message).toContain(
      'outside the machine network',
    );
  });

  it('bond ports must be interfaces of the host', () => {
    const raw = agentAnswers();
    (raw.hosts as Record<string, unknown>[])[0] = {
      name: 'm0',
      role: 'control-plane',
      ip: '10.1.0.10',
      interfaces: [
        { name: 'eno1', macAddress: '52:54:00:01:00:10' },
        { name: 'eno2', macAddress: '52:54:00:01:01:10' },
      ],
      bond: { ports: ['eno1', 'eno3'] },
    };
    expect(problems(raw)).toEqual([
      {
        key: 'hosts[0].bond.ports[1]',
        message: '"eno3" is not one of the host\'s interfaces (eno1, eno2)',
        ko: '"eno3"은(는) 이 호스트의 인터페이스(eno1, eno2)에 없습니다',
      },
    ]);
  });
});
