import { afterAll, describe, expect, it } from 'vitest';
import { infraFileIndex, renderInfraFiles } from '../../src/render/infra/index.js';
import type { Plan } from '../../src/types.js';
import { baremetalIpi, baremetalUpiHa, oneUnknownIp, snoNone, vsphereUpiCompact } from './plans.js';
import { find, run, tempDir, writeArtifact } from './real-tools.js';

function dhcp(plan: Plan, method: 'UPI' | 'IPI' = 'UPI'): string {
  return find(renderInfraFiles(plan, method), `infra/dhcp/dnsmasq-${plan.clusterName}.conf`).content;
}

/** Active (uncommented) lines that start with `key=`. */
function options(conf: string, key: string): string[] {
  return conf.split('\n').filter((line) => line.startsWith(`${key}=`));
}

describe('dnsmasq reservations', () => {
  it('HA bare metal: one reservation per node, reservations-only range of the machine network', () => {
    const conf = dhcp(baremetalUpiHa());
    expect(options(conf, 'dhcp-host')).toEqual([
      'dhcp-host=52:54:00:aa:00:10,172.16.10.10,master-0',
      'dhcp-host=52:54:00:aa:00:11,172.16.10.11,master-1',
      'dhcp-host=52:54:00:aa:00:12,172.16.10.12,master-2',
      'dhcp-host=52:54:00:aa:00:20,172.16.10.20,worker-0',
      'dhcp-host=52:54:00:aa:00:21,172.16.10.21,worker-1',
    ]);
    expect(options(conf, 'dhcp-range')).toEqual(['dhcp-range=172.16.10.0,static,255.255.255.0']);
    expect(options(conf, 'domain')).toEqual(['domain=bm.dc.corp.test,172.16.10.0/24']);
    expect(conf).toContain('# dhcp-host=<BOOTSTRAP_MAC>,<BOOTSTRAP_IP>,bootstrap');
    expect(conf).toMatch(/ISC dhcpd reached end of life/);
  });

  it('unknown IP: the node is named in a comment, not reserved', () => {
    const conf = dhcp(oneUnknownIp());
    expect(options(conf, 'dhcp-host').map((line) => line.split(',')[2])).toEqual([
      'master-0',
      'master-1',
      'worker-0',
    ]);
    expect(conf).toContain('# master-2: IP address not in the answers');
    expect(conf).toContain(
      '# worker 2 of 2 (not listed in hosts): boot MAC and IP address not in the answers',
    );
  });

  it('single node: the node only, no bootstrap', () => {
    const conf = dhcp(snoNone());
    expect(options(conf, 'dhcp-host')).toEqual(['dhcp-host=52:54:00:bb:00:10,192.168.100.10,tiny-0']);
    expect(conf).not.toContain('bootstrap');
  });

  it('no file without MACs (vSphere compact) or when the installer owns the network', () => {
    expect(renderInfraFiles(vsphereUpiCompact(), 'UPI').some((a) => a.path.startsWith('infra/dhcp/'))).toBe(
      false,
    );
    const plan = baremetalUpiHa();
    plan.ownership = { ...plan.ownership, network: 'installer' };
    expect(infraFileIndex(plan, 'UPI').dhcp).toBeUndefined();
  });

  it('bare-metal IPI: reservations for the nodes and a small pool for the bootstrap VM outside nodes and VIPs', () => {
    const conf = dhcp(baremetalIpi(), 'IPI');
    expect(options(conf, 'dhcp-host')).toHaveLength(5);
    expect(conf).not.toMatch(/^dhcp-host=.*bootstrap/m);
    expect(options(conf, 'dhcp-range')).toEqual(['dhcp-range=172.16.10.250,172.16.10.254,255.255.255.0,12h']);
  });

  it('bare-metal IPI with bootstrapExternalStaticIP: reservations only, no pool', () => {
    const plan = baremetalIpi();
    plan.platformConfig = { bootstrapExternalStaticIP: '172.16.10.9' };
    const conf = dhcp(plan, 'IPI');
    expect(options(conf, 'dhcp-range')).toEqual(['dhcp-range=172.16.10.0,static,255.255.255.0']);
  });

  it('the bootstrap pool skips addresses the plan already uses', () => {
    const plan = baremetalIpi();
    plan.vips = { api: ['172.16.10.252'], ingress: ['172.16.10.6'] };
    expect(options(dhcp(plan, 'IPI'), 'dhcp-range')).toEqual([
      'dhcp-range=172.16.10.247,172.16.10.251,255.255.255.0,12h',
    ]);
  });
});

describe('dnsmasq --test accepts every generated file', () => {
  const tmp = tempDir('infra-dhcp-');
  afterAll(() => tmp.remove());
  const ipv6 = baremetalUpiHa();
  ipv6.networking.machineNetwork = ['fd00:10::/64'];
  ipv6.hosts = ipv6.hosts.map((host, i) => ({ ...host, ip: `fd00:10::${i + 10}` }));

  it.each([
    ['baremetal-ha', baremetalUpiHa()],
    ['sno', snoNone()],
    ['unknown-ip', oneUnknownIp()],
    ['ipv6', ipv6],
    ['baremetal-ipi', baremetalIpi()],
  ] as [string, Plan][])('%s', async (name, plan) => {
    const method = plan.clusterName === 'ipi' ? 'IPI' : 'UPI';
    const file = writeArtifact(tmp.dir, { path: `${name}.conf`, content: dhcp(plan, method) });
    const result = await run('dnsmasq', ['--test', `--conf-file=${file}`]);
    expect(result.output).toContain('syntax check OK');
    expect(result.exitCode).toBe(0);
  });

  it('and rejects a broken one (the check is real)', async () => {
    const broken = dhcp(snoNone()).replace(',static,', ',stattic,');
    const file = writeArtifact(tmp.dir, { path: 'broken.conf', content: broken });
    const result = await run('dnsmasq', ['--test', `--conf-file=${file}`]);
    expect(result.output).toContain('bad dhcp-range');
    expect(result.exitCode).not.toBe(0);
  });
});
