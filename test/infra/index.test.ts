import { describe, expect, it } from 'vitest';
import { infraFileIndex, renderInfraFiles } from '../../src/render/infra/index.js';
import type { Plan } from '../../src/types.js';
import { baremetalIpi, baremetalUpiHa, makePlan, oneUnknownIp, snoNone, vsphereUpiCompact } from './plans.js';

describe('infraFileIndex: which file fulfils which checklist concern', () => {
  it('UPI bare metal, customer owns everything: LB, forward + reverse DNS, named snippet, DHCP', () => {
    expect(infraFileIndex(baremetalUpiHa(), 'UPI')).toEqual({
      loadBalancer: 'infra/haproxy.cfg',
      dnsForward: 'infra/dns/bm.dc.corp.test.zone',
      dnsReverse: ['infra/dns/10.16.172.in-addr.arpa.zone'],
      dnsServerConfig: 'infra/dns/named.conf.zones',
      dhcp: 'infra/dhcp/dnsmasq-bm.conf',
    });
  });

  it('UPI vSphere compact without MACs: no DHCP file', () => {
    expect(infraFileIndex(vsphereUpiCompact(), 'UPI')).toEqual({
      loadBalancer: 'infra/haproxy.cfg',
      dnsForward: 'infra/dns/vc.vmw.corp.test.zone',
      dnsReverse: ['infra/dns/20.168.192.in-addr.arpa.zone'],
      dnsServerConfig: 'infra/dns/named.conf.zones',
    });
  });

  it('addresses in two /24s of a /16 machine network share one /16 reverse zone', () => {
    expect(infraFileIndex(oneUnknownIp(), 'UPI').dnsReverse).toEqual(['infra/dns/1.10.in-addr.arpa.zone']);
  });

  it('only the parts the customer owns', () => {
    const plan = baremetalUpiHa();
    plan.ownership = { ...plan.ownership, dns: 'installer', network: 'installer' };
    expect(infraFileIndex(plan, 'UPI')).toEqual({ loadBalancer: 'infra/haproxy.cfg' });
    plan.ownership = { ...plan.ownership, loadBalancer: 'installer', dns: 'customer' };
    expect(Object.keys(infraFileIndex(plan, 'UPI')).sort()).toEqual([
      'dnsForward',
      'dnsReverse',
      'dnsServerConfig',
    ]);
  });

  it('no known address: the forward zone alone, and an empty reverse list', () => {
    const plan = makePlan({ clusterName: 'blank', baseDomain: 'corp.test' });
    expect(infraFileIndex(plan, 'UPI')).toEqual({
      loadBalancer: 'infra/haproxy.cfg',
      dnsForward: 'infra/dns/blank.corp.test.zone',
      dnsReverse: [],
      dnsServerConfig: 'infra/dns/named.conf.zones',
    });
  });

  it('IPI: DNS and DHCP on a VIP platform, no haproxy (keepalived/HAProxy of the installer serve the VIPs)', () => {
    expect(infraFileIndex(baremetalIpi(), 'IPI')).toEqual({
      dnsForward: 'infra/dns/ipi.dc.corp.test.zone',
      dnsReverse: ['infra/dns/10.16.172.in-addr.arpa.zone'],
      dnsServerConfig: 'infra/dns/named.conf.zones',
      dhcp: 'infra/dhcp/dnsmasq-ipi.conf',
    });
  });

  it('public clouds: no HAProxy or BIND files; UPI gets parameter files of the cloud templates instead', () => {
    for (const platform of ['aws', 'azure', 'gcp'] as const) {
      const plan: Plan = { ...baremetalUpiHa(), platform };
      const upi = renderInfraFiles(plan, 'UPI').map((a) => a.path);
      expect(upi.length).toBeGreaterThan(0);
      expect(upi.every((p) => p.startsWith(`infra/${platform}/`))).toBe(true);
      expect(Object.keys(infraFileIndex(plan, 'UPI'))).toEqual(['cloudUpi']);
      expect(infraFileIndex(plan, 'IPI')).toEqual({});
    }
  });

  it('index and files always agree', () => {
    for (const [plan, method] of [
      [baremetalUpiHa(), 'UPI'],
      [vsphereUpiCompact(), 'UPI'],
      [snoNone(), 'UPI'],
      [oneUnknownIp(), 'UPI'],
      [baremetalIpi(), 'IPI'],
    ] as const) {
      const paths = renderInfraFiles(plan, method).map((a) => a.path);
      expect(Object.values(infraFileIndex(plan, method)).flat().sort()).toEqual([...paths].sort());
    }
  });
});

describe('every file', () => {
  const plans: [Plan, 'UPI' | 'IPI'][] = [
    [baremetalUpiHa(), 'UPI'],
    [vsphereUpiCompact(), 'UPI'],
    [snoNone(), 'UPI'],
    [oneUnknownIp(), 'UPI'],
    [baremetalIpi(), 'IPI'],
  ];

  it('is byte-identical when rendered twice (no dates, no random values)', () => {
    for (const [plan, method] of plans) {
      expect(renderInfraFiles(structuredClone(plan), method)).toEqual(renderInfraFiles(plan, method));
    }
  });

  it("uses only the plan's names: never example.com, always the cluster domain", () => {
    for (const [plan, method] of plans) {
      for (const artifact of renderInfraFiles(plan, method)) {
        expect(artifact.content, artifact.path).not.toContain('example.com');
        expect(artifact.content, artifact.path).toContain(`${plan.clusterName}.${plan.baseDomain}`);
        expect(artifact.path.startsWith('infra/'), artifact.path).toBe(true);
      }
    }
  });
});
