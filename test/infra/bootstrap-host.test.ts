import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/checklist/build.js';
import { recommend } from '../../src/recommend/recommend.js';
import { renderInfraFiles } from '../../src/render/infra/index.js';
import { renderInstallConfig } from '../../src/render/install-config/index.js';
import { planOf } from '../helpers/answers.js';

/** A UPI bare-metal plan whose answers list the bootstrap machine (hosts[].role: bootstrap). */
const plan = planOf({
  clusterName: 'bm',
  baseDomain: 'dc.example.net',
  platform: 'baremetal',
  computeReplicas: 2,
  ownership: { machines: 'customer', network: 'customer', dns: 'customer', loadBalancer: 'customer' },
  networking: { machineNetwork: ['10.20.0.0/24'] },
  hosts: [
    { name: 'boot', role: 'bootstrap', ip: '10.20.0.9', bootMACAddress: '52:54:00:00:00:09' },
    { name: 'm0', role: 'control-plane', ip: '10.20.0.10', bootMACAddress: '52:54:00:00:00:10' },
    { name: 'm1', role: 'control-plane', ip: '10.20.0.11', bootMACAddress: '52:54:00:00:00:11' },
    { name: 'm2', role: 'control-plane', ip: '10.20.0.12', bootMACAddress: '52:54:00:00:00:12' },
    { name: 'w0', role: 'worker', ip: '10.20.0.20', bootMACAddress: '52:54:00:00:00:20' },
    { name: 'w1', role: 'worker', ip: '10.20.0.21', bootMACAddress: '52:54:00:00:00:21' },
  ],
});
const files = Object.fromEntries(renderInfraFiles(plan, 'UPI').map((a) => [a.path, a.content]));

describe('a bootstrap host in the answers reaches every file that needs its address', () => {
  it('HAProxy serves 6443 and 22623 from it as a backup marked for removal, and haproxy accepts the file', () => {
    const cfg = files['infra/haproxy.cfg'] ?? '';
    expect(cfg).toMatch(/^ {2}server boot 10\.20\.0\.9:6443 .* backup {2}# REMOVE after/m);
    expect(cfg).toMatch(/^ {2}server boot 10\.20\.0\.9:22623 .* backup/m);
    const dir = mkdtempSync(path.join(tmpdir(), 'ocp-boot-'));
    writeFileSync(path.join(dir, 'haproxy.cfg'), cfg);
    expect(
      execFileSync('haproxy', ['-c', '-f', path.join(dir, 'haproxy.cfg')], { encoding: 'utf8' }),
    ).toContain('valid');
  });

  it('the zones carry its A and PTR records, DHCP its reservation', () => {
    expect(files['infra/dns/bm.dc.example.net.zone']).toMatch(/^boot\s+IN A\s+10\.20\.0\.9$/m);
    expect(files['infra/dns/0.20.10.in-addr.arpa.zone']).toMatch(
      /^9\s+IN PTR\s+boot\.bm\.dc\.example\.net\./m,
    );
    expect(files['infra/dhcp/dnsmasq-bm.conf']).toContain('dhcp-host=52:54:00:00:00:09,10.20.0.9,boot');
  });

  it('the checklist names it in the load-balancer pool with its address', () => {
    const items = buildChecklist(plan, recommend(plan, 'en'), 'en', { hasPullSecret: true });
    const api = items.find((i) => i.id === 'lb.api');
    expect(api?.table?.rows[0]?.slice(1, 3)).toEqual(['boot.bm.dc.example.net', '10.20.0.9']);
  });

  it('bare-metal IPI leaves it out of platform.baremetal.hosts (the installer runs its own bootstrap VM)', () => {
    const ipi = {
      ...plan,
      hosts: plan.hosts.map((h) => ({ ...h, bmc: { address: 'redfish://x', credentialsFile: '/x' } })),
    };
    const config = renderInstallConfig(ipi, 'IPI', {
      credentials: { '/x': { username: 'u', password: 'p' } },
    });
    expect(config).not.toContain('name: boot\n');
    expect(config).toContain('name: m0');
  });
});
