import { afterAll, describe, expect, it } from 'vitest';
import { renderInfraFiles } from '../../src/render/infra/index.js';
import { reverseName } from '../../src/render/infra/reverse.js';
import type { Artifact, Method, Plan } from '../../src/types.js';
import { baremetalIpi, baremetalUpiHa, makePlan, oneUnknownIp, snoNone, vsphereUpiCompact } from './plans.js';
import { find, run, tempDir, writeArtifact } from './real-tools.js';

function zones(plan: Plan, method: Method = 'UPI'): Artifact[] {
  return renderInfraFiles(plan, method).filter((a) => a.path.endsWith('.zone'));
}

/** Active (uncommented) records as "owner TYPE value", whitespace collapsed, comments stripped. */
function records(zone: string): string[] {
  return zone
    .split('\n')
    .map((line) => line.replace(/;.*$/, '').trim().replace(/\s+/g, ' '))
    .filter((line) => / IN (A|AAAA|PTR) /.test(line))
    .map((line) => line.replace(' IN ', ' '));
}

describe('reverse zone names (octet and nibble boundaries)', () => {
  it.each([
    ['172.16.10.12', ['172.16.10.0/24'], '10.16.172.in-addr.arpa', '12'],
    ['10.1.3.20', ['10.1.0.0/16'], '1.10.in-addr.arpa', '20.3'],
    // A /20 is rounded up to its /24s: never a zone that claims addresses outside the machine network.
    ['10.2.17.5', ['10.2.16.0/20'], '17.2.10.in-addr.arpa', '5'],
    ['192.0.2.7', [], '2.0.192.in-addr.arpa', '7'],
    [
      'fd00:10::a',
      ['fd00:10::/64'],
      '0.0.0.0.0.0.0.0.0.1.0.0.0.0.d.f.ip6.arpa',
      'a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0',
    ],
  ])('%s in %j → %s / %s', (ip, networks, zone, owner) => {
    expect(reverseName(ip, networks)).toMatchObject({ zone, owner });
  });
});

describe('BIND zone content', () => {
  it('UPI HA: zone for the cluster subdomain, node A records, LB records commented (address unknown)', () => {
    const files = zones(baremetalUpiHa());
    expect(files.map((f) => f.path)).toEqual([
      'infra/dns/bm.dc.corp.test.zone',
      'infra/dns/10.16.172.in-addr.arpa.zone',
    ]);
    const forward = files[0]?.content ?? '';
    expect(forward).toContain('$ORIGIN bm.dc.corp.test.\n');
    expect(forward).toContain('@ IN SOA ns1.dc.corp.test. hostmaster.dc.corp.test. (');
    expect(forward).toMatch(/^@ +IN NS +ns1\.dc\.corp\.test\. +; REPLACE/m);
    expect(records(forward)).toEqual([
      'master-0 A 172.16.10.10',
      'master-1 A 172.16.10.11',
      'master-2 A 172.16.10.12',
      'worker-0 A 172.16.10.20',
      'worker-1 A 172.16.10.21',
    ]);
    // No load-balancer address in the answers: the records are there but commented, with a REPLACE marker.
    expect(forward).toMatch(/^;api +IN A +<API_LB_IP> +; REPLACE/m);
    expect(forward).toMatch(/^;api-int +IN A +<API_LB_IP>/m);
    expect(forward).toMatch(/^;\*\.apps +IN A +<INGRESS_LB_IP>/m);
    expect(forward).toMatch(/^;bootstrap +IN A +<BOOTSTRAP_IP>/m);
    expect(records(files[1]?.content ?? '')).toEqual([
      '10 PTR master-0.bm.dc.corp.test.',
      '11 PTR master-1.bm.dc.corp.test.',
      '12 PTR master-2.bm.dc.corp.test.',
      '20 PTR worker-0.bm.dc.corp.test.',
      '21 PTR worker-1.bm.dc.corp.test.',
    ]);
  });

  it('UPI with the load balancer address given as vips: api/api-int/apps records and api/api-int PTRs', () => {
    const plan = baremetalUpiHa();
    plan.vips = { api: ['172.16.10.5'], ingress: ['172.16.10.6'] };
    const [forward, reverse] = zones(plan);
    expect(records(forward?.content ?? '').slice(0, 3)).toEqual([
      'api A 172.16.10.5',
      'api-int A 172.16.10.5',
      '*.apps A 172.16.10.6',
    ]);
    // DNS requirements for user-provisioned infrastructure: api and api-int need PTRs, *.apps does not.
    expect(records(reverse?.content ?? '').slice(0, 2)).toEqual([
      '5 PTR api.bm.dc.corp.test.',
      '5 PTR api-int.bm.dc.corp.test.',
    ]);
    expect(reverse?.content).not.toContain('6 PTR');
  });

  it('SNO: api, api-int and *.apps point at the node; its address has exactly one PTR, the node name', () => {
    const [forward, reverse] = zones(snoNone());
    expect(records(forward?.content ?? '')).toEqual([
      'api A 192.168.100.10',
      'api-int A 192.168.100.10',
      '*.apps A 192.168.100.10',
      'tiny-0 A 192.168.100.10',
    ]);
    expect(forward?.content).not.toContain('bootstrap');
    expect(reverse?.path).toBe('infra/dns/100.168.192.in-addr.arpa.zone');
    expect(records(reverse?.content ?? '')).toEqual(['10 PTR tiny-0.tiny.edge.test.']);
  });

  it('IPI on bare metal with customer DNS: records to the VIPs, no bootstrap, no PTR for a VIP', () => {
    const [forward, reverse] = zones(baremetalIpi(), 'IPI');
    expect(records(forward?.content ?? '').slice(0, 3)).toEqual([
      'api A 172.16.10.5',
      'api-int A 172.16.10.5',
      '*.apps A 172.16.10.6',
    ]);
    expect(forward?.content).not.toContain('bootstrap');
    expect(records(reverse?.content ?? '').map((r) => r.split(' ')[0])).toEqual([
      '10',
      '11',
      '12',
      '20',
      '21',
    ]);
  });

  it('IPI on OpenStack with floating IPs: api and *.apps to the floating IPs, api-int to the VIP the nodes use', () => {
    const plan: Plan = {
      ...baremetalIpi(),
      platform: 'openstack',
      platformConfig: { cloud: 'openstack', apiFloatingIP: '203.0.113.5', ingressFloatingIP: '203.0.113.6' },
    };
    expect(records(zones(plan, 'IPI')[0]?.content ?? '').slice(0, 3)).toEqual([
      'api A 203.0.113.5',
      'api-int A 172.16.10.5',
      '*.apps A 203.0.113.6',
    ]);
  });

  it('IPI without VIPs in the answers: the records wait commented with VIP placeholders', () => {
    const plan = baremetalIpi();
    delete plan.vips;
    const forward = zones(plan, 'IPI')[0]?.content ?? '';
    expect(forward).toMatch(/^;api +IN A +<API_VIP>/m);
    expect(forward).toMatch(/^;\*\.apps +IN A +<INGRESS_VIP>/m);
    expect(forward).toContain('must point to the API and Ingress VIPs');
  });

  it('SNO with the node address unknown: records commented with the node placeholder', () => {
    const plan = snoNone();
    plan.hosts = [{ name: 'tiny-0', role: 'control-plane' }];
    const files = zones(plan);
    expect(files).toHaveLength(1);
    expect(files[0]?.content).toMatch(/^;api +IN A +<TINY_0_IP>/m);
    expect(files[0]?.content).toContain('must point to the single node');
    expect(records(files[0]?.content ?? '')).toEqual([]);
  });

  it('IPI on a cloud or with installer DNS: no zone files', () => {
    expect(zones({ ...baremetalIpi(), platform: 'aws' }, 'IPI')).toEqual([]);
    const installerDns = baremetalIpi();
    installerDns.ownership = { ...installerDns.ownership, dns: 'installer' };
    expect(zones(installerDns, 'IPI')).toEqual([]);
  });

  it('dual stack: AAAA for IPv6 addresses and an ip6.arpa zone', () => {
    const plan = snoNone();
    plan.networking.machineNetwork = ['192.168.100.0/24', 'fd00:10::/64'];
    plan.hosts = [{ name: 'tiny-0', role: 'control-plane', ip: 'fd00:10::10' }];
    const files = zones(plan);
    expect(records(files[0]?.content ?? '')).toContain('api AAAA fd00:10::10');
    expect(files[1]?.path).toBe('infra/dns/0.0.0.0.0.0.0.0.0.1.0.0.0.0.d.f.ip6.arpa.zone');
    expect(records(files[1]?.content ?? '')).toEqual([
      '0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0 PTR tiny-0.tiny.edge.test.',
    ]);
  });

  it('unknown IP: the node is named in a comment and its record is commented', () => {
    const forward = find(renderInfraFiles(oneUnknownIp(), 'UPI'), 'infra/dns/gap.corp.test.zone').content;
    expect(records(forward)).toEqual([
      'master-0 A 10.1.2.10',
      'master-1 A 10.1.2.11',
      'worker-0 A 10.1.3.20',
    ]);
    expect(forward).toMatch(/^; master-2\.gap\.corp\.test: IP address unknown/m);
    expect(forward).toMatch(/^;master-2 +IN A +<MASTER_2_IP>/m);
    expect(forward).toContain('; worker 2 of 2 (not listed in hosts)');
  });

  it('named.conf.zones declares every zone file', () => {
    const snippet = find(renderInfraFiles(baremetalUpiHa(), 'UPI'), 'infra/dns/named.conf.zones').content;
    expect(snippet).toContain('zone "bm.dc.corp.test" { type primary; file "bm.dc.corp.test.zone"; };');
    expect(snippet).toContain(
      'zone "10.16.172.in-addr.arpa" { type primary; file "10.16.172.in-addr.arpa.zone"; };',
    );
  });
});

describe('named-checkzone accepts every generated zone', () => {
  const tmp = tempDir('infra-zones-');
  afterAll(() => tmp.remove());
  const ipv6 = snoNone();
  ipv6.networking.machineNetwork = ['fd00:10::/64'];
  ipv6.hosts = [{ name: 'tiny-0', role: 'control-plane', ip: 'fd00:10::10' }];
  const noVips = baremetalIpi();
  delete noVips.vips;
  const withLb = baremetalUpiHa();
  withLb.vips = { api: ['172.16.10.5'], ingress: ['172.16.10.6'] };

  const cases: [string, Artifact][] = [
    ...zones(baremetalUpiHa()),
    ...zones(withLb),
    ...zones(vsphereUpiCompact()),
    ...zones(snoNone()),
    ...zones(oneUnknownIp()),
    ...zones(ipv6),
    ...zones(baremetalIpi(), 'IPI'),
    ...zones(makePlan({ clusterName: 'blank', baseDomain: 'corp.test' })),
    ...zones(noVips, 'IPI'),
  ].map((zone, i) => [`${i}: ${zone.path}`, zone]);

  it.each(cases)('%s', async (_label, zone) => {
    const name = zone.path.replace(/^infra\/dns\//, '').replace(/\.zone$/, '');
    const file = writeArtifact(tmp.dir, {
      path: `${_label.split(':')[0]}-${name}.zone`,
      content: zone.content,
    });
    const result = await run('named-checkzone', [name, file]);
    expect(result.output).toContain(`zone ${name}/IN: loaded serial 1`);
    expect(result.exitCode).toBe(0);
  });

  it('and rejects a broken one (the check is real)', async () => {
    const zone = zones(snoNone())[0] as Artifact;
    const file = writeArtifact(tmp.dir, {
      path: 'broken.zone',
      content: zone.content.replace('IN A     192', 'IN A     999'),
    });
    expect((await run('named-checkzone', ['tiny.edge.test', file])).exitCode).not.toBe(0);
  });
});
