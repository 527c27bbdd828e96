import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/checklist/build.js';
import { catalogs, loadCatalog } from '../../src/checklist/catalog.js';
import { EN } from '../../src/checklist/catalog-en.js';
import { recommend } from '../../src/recommend/recommend.js';
import { renderZones } from '../../src/render/infra/bind-zones.js';
import { renderDhcp } from '../../src/render/infra/dhcp.js';
import { renderHaproxy } from '../../src/render/infra/haproxy.js';
import type { ChecklistItem, Lang, Plan } from '../../src/types.js';
import { twoNodePlan } from './factory.js';

const CUSTOMER = {
  machines: 'customer',
  network: 'customer',
  dns: 'customer',
  loadBalancer: 'customer',
  storage: 'customer',
} as const;

async function checklistOf(plan: Plan, lang: Lang = 'en'): Promise<ChecklistItem[]> {
  await loadCatalog(lang);
  return buildChecklist(plan, recommend(plan, lang), lang, { hasPullSecret: true });
}

const ids = (items: ChecklistItem[]) => items.map((i) => i.id);
const byId = (items: ChecklistItem[], id: string) => items.find((i) => i.id === id);

describe('two-node checklist items', () => {
  it('an arbiter cluster: latency, etcd slow profile, etcd backup; no fencing items', async () => {
    const items = await checklistOf(twoNodePlan('two-node-arbiter', '4.20'));
    expect(ids(items)).toEqual(
      expect.arrayContaining([
        'two-node.arbiter-latency',
        'two-node.etcd-slow-profile',
        'two-node.etcd-backup',
      ]),
    );
    expect(ids(items)).not.toContain('two-node.redfish');
    expect(ids(items)).not.toContain('prepare.tech-preview');
    const latency = byId(items, 'two-node.arbiter-latency');
    expect(latency?.title).toBe('Keep arbiter-0 within 500 ms of both control-plane nodes');
    expect(latency?.commands).toEqual([
      'ssh core@10.0.0.10 ping -c 20 10.0.0.12',
      'ssh core@10.0.0.11 ping -c 20 10.0.0.12',
    ]);
    expect(byId(items, 'two-node.etcd-slow-profile')?.commands?.[0]).toContain(
      '"controlPlaneHardwareSpeed": "Slower"',
    );
  });

  it('a fencing cluster: Redfish reachability from the nodes, Pacemaker, etcd backup; no arbiter items', async () => {
    const items = await checklistOf(twoNodePlan('two-node-fencing', '4.22'));
    const redfish = byId(items, 'two-node.redfish');
    expect(redfish?.table?.rows).toEqual([
      ['master-0', 'https://10.1.0.10/redfish/v1/Systems/1'],
      ['master-1', 'https://10.1.0.11/redfish/v1/Systems/1'],
    ]);
    // curl asks for the password: no credential in the checklist.
    expect(redfish?.commands?.[0]).toBe(
      "curl -sk -u <bmc-user> -o /dev/null -w '%{http_code}\\n' https://10.1.0.10/redfish/v1/Systems/1",
    );
    expect(byId(items, 'two-node.pacemaker')?.kind).toBe('verify');
    expect(ids(items)).toContain('two-node.etcd-backup');
    expect(ids(items)).not.toContain('two-node.arbiter-latency');
  });

  it('asks the client to accept the Technology Preview exactly where the release needs the feature set', async () => {
    for (const [plan, expected] of [
      [twoNodePlan('two-node-arbiter', '4.19'), true],
      [twoNodePlan('two-node-arbiter', '4.20'), false],
      [twoNodePlan('two-node-fencing', '4.21'), true],
      [twoNodePlan('two-node-fencing', '4.22'), false],
    ] as const) {
      const item = byId(await checklistOf(plan), 'prepare.tech-preview');
      expect(item !== undefined, `${plan.topology} ${plan.ocpVersion}`).toBe(expected);
      if (item) expect(item.details).toContain('cannot be turned off after the installation');
    }
  });

  it('states the two-node minimums in the sizing table: arbiter 2/8 GB/50 GB SSD, control plane 120 GB', async () => {
    const sizing = byId(await checklistOf(twoNodePlan('two-node-arbiter', '4.22')), 'machines.sizing');
    expect(sizing?.title).toBe('Machines: 1 bootstrap, 2 control plane, 1 arbiter');
    expect(sizing?.table?.rows).toEqual([
      ['Bootstrap', '1', 'RHCOS', '4', '16 GB', '100 GB', '300'],
      ['Control plane', '2', 'RHCOS', '4', '16 GB', '120 GB', '300'],
      ['Arbiter', '1', 'RHCOS', '2', '8 GB', '50 GB SSD', '300'],
    ]);
    const fencing = byId(await checklistOf(twoNodePlan('two-node-fencing', '4.22')), 'machines.sizing');
    expect(fencing?.table?.rows).toEqual([
      ['Bootstrap', '1', 'RHCOS', '4', '16 GB', '120 GB', '300'],
      ['Control plane', '2', 'RHCOS', '4', '16 GB', '120 GB', '300'],
    ]);
  });

  it('UPI with an arbiter boots it with arbiter.ign right after the control plane', async () => {
    const plan = twoNodePlan('two-node-arbiter', '4.22', 'none', { ownership: CUSTOMER });
    const list = ids(await checklistOf(plan));
    const boot = list.indexOf('install.boot');
    expect(boot).toBeGreaterThan(-1);
    expect(list[boot + 1]).toBe('two-node.arbiter-ignition');
  });

  it('the Agent-based installer boots the arbiter from its ISO: no arbiter.ign step', async () => {
    const plan = twoNodePlan('two-node-arbiter', '4.22', 'none', {
      ownership: CUSTOMER,
      installMethod: 'agent',
    });
    const list = ids(await checklistOf(plan));
    expect(list).not.toContain('two-node.arbiter-ignition');
    expect(list).toContain('two-node.arbiter-latency');
  });

  it('lists the arbiter with the other nodes: BMC table, DNS and address tables', async () => {
    const items = await checklistOf(
      twoNodePlan('two-node-arbiter', '4.20', 'baremetal', {
        ownership: { ...CUSTOMER, machines: 'installer' },
      }),
    );
    expect(byId(items, 'ipi.baremetal.bmc')?.table?.rows.map((r) => [r[0], r[1]])).toEqual([
      ['master-0', 'Control plane'],
      ['master-1', 'Control plane'],
      ['arbiter-0', 'Arbiter'],
    ]);
    expect(byId(items, 'dns.nodes')?.table?.rows.map((r) => r[0])).toContain('arbiter-0.demo.example.com');
  });

  it('has its sentences in both catalogs, in one contiguous block, with the same placeholders', async () => {
    const { en, ko } = await catalogs();
    const block = (catalog: Record<string, string>) => {
      const keys = Object.keys(catalog);
      const start = keys.indexOf('role.arbiter');
      const end = keys.findLastIndex((k) => k.startsWith('powervc.'));
      return keys.slice(start, end + 1);
    };
    const mine = block(en);
    expect(mine.length).toBeGreaterThan(30);
    // Nothing of another part sits inside the block, and nothing of this part outside it.
    for (const key of mine)
      expect(key).toMatch(/^(role\.arbiter|machines\.summary\.arbiter|two-node\.|powervc\.)/);
    const outside = Object.keys(EN).filter((k) => !mine.includes(k));
    expect(outside.filter((k) => k.startsWith('two-node.') || k.startsWith('powervc.'))).toEqual([]);
    expect(block(ko)).toEqual(mine);
    for (const key of mine as (keyof typeof en)[]) {
      if (/\.(title|details)$/.test(key)) expect(ko[key], key).toMatch(/[\uAC00-\uD7A3]/);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ko[key]), key).toEqual(names(en[key]));
    }
  });
});

describe('infra files of a worker-less two-node cluster', () => {
  it('HAProxy sends ingress to the two control-plane nodes, never to the arbiter', () => {
    const plan = twoNodePlan('two-node-arbiter', '4.22', 'none', { ownership: CUSTOMER });
    const cfg = renderHaproxy(plan, 'UPI');
    const ingress = cfg.slice(cfg.indexOf('listen ingress-router-443'));
    const section = ingress.slice(0, ingress.indexOf('\n\n'));
    expect(section).toMatch(/server master-0 10\.0\.0\.10:443/);
    expect(section).toMatch(/server master-1 10\.0\.0\.11:443/);
    expect(cfg).not.toContain('arbiter-0 10.0.0.12:');
    expect(cfg).toContain(
      '# Ingress backends: the two control-plane nodes (no workers: they run the routers; the arbiter runs none).',
    );
  });

  it('HAProxy of a fencing cluster names its two control-plane nodes as the routers', () => {
    const cfg = renderHaproxy(
      twoNodePlan('two-node-fencing', '4.22', 'none', { ownership: CUSTOMER }),
      'UPI',
    );
    expect(cfg).toContain(
      '# Ingress backends: the two control-plane nodes (no workers: they run the routers).',
    );
  });

  it('DNS and DHCP know the arbiter like any node', () => {
    const plan = twoNodePlan('two-node-arbiter', '4.22', 'none', { ownership: CUSTOMER });
    const zones = renderZones(plan, 'UPI');
    const forward = zones.find((z) => z.kind === 'forward')?.content ?? '';
    expect(forward).toMatch(/^arbiter-0\s+IN A\s+10\.0\.0\.12$/m);
    const reverse = zones
      .filter((z) => z.kind === 'reverse')
      .map((z) => z.content)
      .join('\n');
    expect(reverse).toContain('arbiter-0.demo.example.com.');
    expect(renderDhcp(plan, 'UPI')).toContain('dhcp-host=52:54:00:00:00:12,10.0.0.12,arbiter-0');
  });
});
