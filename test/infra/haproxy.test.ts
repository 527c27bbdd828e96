import { afterAll, describe, expect, it } from 'vitest';
import { renderInfraFiles } from '../../src/render/infra/index.js';
import type { Method, Plan } from '../../src/types.js';
import { baremetalIpi, baremetalUpiHa, makePlan, oneUnknownIp, snoNone, vsphereUpiCompact } from './plans.js';
import { find, run, tempDir, writeArtifact } from './real-tools.js';

function haproxy(plan: Plan, method: Method = 'UPI'): string {
  return find(renderInfraFiles(plan, method), 'infra/haproxy.cfg').content;
}

/** The lines of one `listen` section, up to the next blank line. */
function section(cfg: string, name: string): string[] {
  const start = cfg.indexOf(`listen ${name}\n`);
  expect(start, `listen ${name}`).toBeGreaterThanOrEqual(0);
  return cfg.slice(start).split('\n\n')[0]?.split('\n') ?? [];
}

/** Active (not commented) server lines as [name, address:port]. */
function servers(lines: string[]): string[][] {
  return lines
    .map((line) => line.trim())
    .filter((line) => line.startsWith('server '))
    .map((line) => line.split(/\s+/).slice(1, 3));
}

const API_CHECK = 'check check-ssl verify none inter 10s fall 3 rise 2';

describe('haproxy.cfg content', () => {
  it('HA bare metal: API and MCS → control plane (+ bootstrap placeholder), ingress → workers, layer 4', () => {
    const cfg = haproxy(baremetalUpiHa());
    const api = section(cfg, 'api-server-6443');
    expect(servers(api)).toEqual([
      ['master-0', '172.16.10.10:6443'],
      ['master-1', '172.16.10.11:6443'],
      ['master-2', '172.16.10.12:6443'],
    ]);
    // Load balancer requirements for user-provisioned infrastructure: /readyz over HTTPS, probed every 10 s, 3 failures (≤ 30 s) out, 2 successes in.
    expect(api).toContain('  option httpchk GET /readyz HTTP/1.0');
    expect(api).toContain(`  server master-0 172.16.10.10:6443 ${API_CHECK}`);
    expect(api).toContain('  balance roundrobin');
    // The bootstrap has no address in the answers: a commented placeholder marked for removal.
    expect(api).toContain(
      `  # server bootstrap <BOOTSTRAP_IP>:6443 ${API_CHECK} backup  # REMOVE after 'openshift-install wait-for bootstrap-complete'`,
    );
    const mcs = section(cfg, 'machine-config-server-22623');
    expect(servers(mcs).map((s) => s[1])).toEqual([
      '172.16.10.10:22623',
      '172.16.10.11:22623',
      '172.16.10.12:22623',
    ]);
    expect(
      mcs.some(
        (line) => line.includes('# server bootstrap <BOOTSTRAP_IP>:22623') && line.includes('# REMOVE after'),
      ),
    ).toBe(true);
    expect(mcs.join('\n')).not.toContain('httpchk');
    for (const port of [443, 80]) {
      const ingress = section(cfg, `ingress-router-${port}`);
      expect(servers(ingress)).toEqual([
        ['worker-0', `172.16.10.20:${port}`],
        ['worker-1', `172.16.10.21:${port}`],
      ]);
      expect(ingress).toContain('  balance source');
      expect(ingress.join('\n')).not.toContain('bootstrap');
    }
    for (const name of [
      'api-server-6443',
      'machine-config-server-22623',
      'ingress-router-443',
      'ingress-router-80',
    ]) {
      expect(section(cfg, name)).toContain('  mode tcp');
    }
  });

  it('compact: the control-plane nodes carry the ingress pools', () => {
    const cfg = haproxy(vsphereUpiCompact());
    expect(servers(section(cfg, 'ingress-router-443'))).toEqual([
      ['cp-0', '192.168.20.10:443'],
      ['cp-1', '192.168.20.11:443'],
      ['cp-2', '192.168.20.12:443'],
    ]);
  });

  it('single node: every pool is the node, and there is no bootstrap (bootstrap-in-place)', () => {
    const cfg = haproxy(snoNone());
    for (const [name, port] of [
      ['api-server-6443', 6443],
      ['machine-config-server-22623', 22623],
      ['ingress-router-443', 443],
      ['ingress-router-80', 80],
    ] as const) {
      expect(servers(section(cfg, name))).toEqual([['tiny-0', `192.168.100.10:${port}`]]);
    }
    expect(cfg).not.toContain('bootstrap <BOOTSTRAP_IP>');
  });

  it('unknown IP: names the node, leaves its server line commented, invents no address', () => {
    const cfg = haproxy(oneUnknownIp());
    const api = section(cfg, 'api-server-6443');
    expect(servers(api).map((s) => s[0])).toEqual(['master-0', 'master-1']);
    expect(api.some((line) => line.startsWith('  # master-2: IP address unknown'))).toBe(true);
    expect(api).toContain(`  # server master-2 <MASTER_2_IP>:6443 ${API_CHECK}`);
    // The second worker is not listed in hosts at all.
    const ingress = section(cfg, 'ingress-router-443');
    expect(servers(ingress)).toEqual([['worker-0', '10.1.3.20:443']]);
    expect(ingress.some((line) => line.includes('worker 2 of 2 (not listed in hosts)'))).toBe(true);
    // Every dotted-quad in the file is one of the answered host addresses.
    const addresses = new Set(cfg.match(/\b\d+\.\d+\.\d+\.\d+\b/g));
    expect([...addresses].sort()).toEqual(['10.1.2.10', '10.1.2.11', '10.1.3.20']);
  });

  it('IPv6 node addresses are bracketed', () => {
    const plan = baremetalUpiHa();
    plan.hosts = plan.hosts.map((host, i) => ({ ...host, ip: `fd00:10::${i + 10}` }));
    plan.networking.machineNetwork = ['fd00:10::/64'];
    expect(servers(section(haproxy(plan), 'api-server-6443'))[0]).toEqual(['master-0', '[fd00:10::10]:6443']);
  });

  it('IPI: no haproxy.cfg unless the platform asks for a user-managed load balancer', () => {
    const plan = baremetalIpi();
    expect(renderInfraFiles(plan, 'IPI').map((a) => a.path)).not.toContain('infra/haproxy.cfg');
    plan.platformConfig = { loadBalancer: { type: 'UserManaged' } };
    const cfg = haproxy(plan, 'IPI');
    expect(servers(section(cfg, 'api-server-6443')).map((s) => s[0])).toEqual([
      'master-0',
      'master-1',
      'master-2',
    ]);
  });

  it('IPI bare metal with bootstrapExternalStaticIP: the bootstrap line is active, backup, marked for removal', () => {
    const plan = baremetalIpi();
    plan.platformConfig = { loadBalancer: { type: 'UserManaged' }, bootstrapExternalStaticIP: '172.16.10.9' };
    expect(section(haproxy(plan, 'IPI'), 'api-server-6443')).toContain(
      `  server bootstrap 172.16.10.9:6443 ${API_CHECK} backup  # REMOVE after 'openshift-install wait-for bootstrap-complete'`,
    );
  });

  it('is deterministic', () => {
    expect(haproxy(baremetalUpiHa())).toBe(haproxy(baremetalUpiHa()));
  });
});

describe('haproxy -c accepts every generated file', () => {
  const tmp = tempDir('infra-haproxy-');
  afterAll(() => tmp.remove());

  const cases: [string, Plan][] = [
    ['baremetal-ha', baremetalUpiHa()],
    ['vsphere-compact', vsphereUpiCompact()],
    ['sno', snoNone()],
    ['unknown-ip', oneUnknownIp()],
    // No host known at all: every server line is commented, each pool is empty — still a valid file.
    ['no-hosts', makePlan({ clusterName: 'blank', baseDomain: 'corp.test' })],
  ];
  it.each(cases)('%s', async (name, plan) => {
    const file = writeArtifact(tmp.dir, { path: `${name}.cfg`, content: haproxy(plan) });
    const result = await run('haproxy', ['-c', '-f', file]);
    expect(result.output).toContain('Configuration file is valid');
    expect(result.exitCode).toBe(0);
  });

  it('and rejects a broken one (the check is real)', async () => {
    const broken = haproxy(snoNone()).replace('balance source', 'balance nonsense');
    const file = writeArtifact(tmp.dir, { path: 'broken.cfg', content: broken });
    expect((await run('haproxy', ['-c', '-f', file])).exitCode).not.toBe(0);
  });
});
