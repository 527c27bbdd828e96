import { describe, expect, test } from 'vitest';
import { buildChecklist } from '../../src/checklist/build.js';
import {
  CHECKLIST_OWNERS,
  CHECKLIST_PHASES,
  type ChecklistItem,
  type Plan,
  type Recommendation,
} from '../../src/types.js';
import { makePlan, makeRec, PLANS } from './factory.js';

function build(
  plan: Plan,
  rec: Recommendation,
  lang: 'en' | 'ko' = 'en',
  hasPullSecret = true,
): ChecklistItem[] {
  return buildChecklist(plan, rec, lang, { hasPullSecret });
}

function byId(items: ChecklistItem[], id: string): ChecklistItem {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}; have ${items.map((i) => i.id).join(', ')}`);
  return found;
}

/** Column `col` of every row of an item's table. */
function column(it: ChecklistItem, col: number): string[] {
  return (it.table?.rows ?? []).map((r) => r[col] ?? '');
}

const ALL_CASES: [string, () => Plan, 'IPI' | 'UPI'][] = [
  ['UPI bare metal ha', PLANS.upiBaremetalHa, 'UPI'],
  ['UPI vSphere compact', PLANS.upiVsphereCompact, 'UPI'],
  ['single node on none', PLANS.snoNone, 'UPI'],
  ['IPI AWS', PLANS.ipiAws, 'IPI'],
  ['IPI vSphere', PLANS.ipiVsphere, 'IPI'],
  ['disconnected', PLANS.disconnected, 'UPI'],
  ['proxy', PLANS.proxy, 'UPI'],
];

describe('load balancers (installation-load-balancing-user-infra (docs))', () => {
  test('UPI bare metal ha: 6443/22623 → bootstrap + control plane, 443/80 → workers, at the VIP addresses', () => {
    const items = build(PLANS.upiBaremetalHa(), makeRec('UPI'));
    const apiPool = [
      'bootstrap.bm.dc.acme.test',
      'cp-0.bm.dc.acme.test',
      'cp-1.bm.dc.acme.test',
      'cp-2.bm.dc.acme.test',
    ];
    for (const [id, port] of [
      ['lb.api', 6443],
      ['lb.mcs', 22623],
    ] as const) {
      const it = byId(items, id);
      expect(it.kind).toBe('task');
      expect(it.owner).toBe('loadBalancer');
      expect(column(it, 0)).toEqual(apiPool.map(() => `172.16.10.5:${port}`));
      expect(column(it, 1)).toEqual(apiPool);
      expect(column(it, 2)).toEqual(['to assign', '172.16.10.10', '172.16.10.11', '172.16.10.12']);
    }
    for (const [id, port] of [
      ['lb.ingress-https', 443],
      ['lb.ingress-http', 80],
    ] as const) {
      const it = byId(items, id);
      expect(column(it, 0)).toEqual([`172.16.10.6:${port}`, `172.16.10.6:${port}`]);
      expect(column(it, 1)).toEqual(['compute-0.bm.dc.acme.test', 'compute-1.bm.dc.acme.test']);
      expect(column(it, 2)).toEqual(['172.16.10.20', '172.16.10.21']);
    }
    expect(byId(items, 'lb.api').details).toContain('/readyz');
    expect(byId(items, 'lb.api').table?.rows[0]?.[3]).toContain('5–10 s');
    expect(byId(items, 'lb.remove-bootstrap').phase).toBe('install');
    const haproxy = byId(items, 'lb.haproxy').commands?.[0] ?? '';
    expect(haproxy).toContain('server bootstrap bootstrap.bm.dc.acme.test:6443');
    expect(haproxy).toMatch(/server bootstrap .*:22623 check inter 1s backup/);
    expect(haproxy).toContain('server compute-1 172.16.10.21:80 check inter 1s');
  });

  test('UPI vSphere compact: routers run on the control plane, so 443/80 → the three control plane nodes', () => {
    const items = build(PLANS.upiVsphereCompact(), makeRec('UPI'));
    const cp = ['master-0.vc.lab.acme.test', 'master-1.vc.lab.acme.test', 'master-2.vc.lab.acme.test'];
    expect(column(byId(items, 'lb.api'), 1)).toEqual(['bootstrap.vc.lab.acme.test', ...cp]);
    expect(column(byId(items, 'lb.ingress-https'), 1)).toEqual(cp);
    expect(column(byId(items, 'lb.ingress-http'), 1)).toEqual(cp);
    expect(byId(items, 'lb.ingress-https').details).toContain('three-node cluster');
  });

  test('single node: every pool has the node as its only back end, no bootstrap anywhere', () => {
    const items = build(PLANS.snoNone(), makeRec('UPI'));
    for (const id of ['lb.api', 'lb.mcs', 'lb.ingress-https', 'lb.ingress-http']) {
      expect(column(byId(items, id), 1)).toEqual(['edge-node.edge.shop.acme.test']);
    }
    expect(items.some((i) => i.id === 'lb.remove-bootstrap')).toBe(false);
    expect(JSON.stringify(items)).not.toContain('bootstrap.edge');
  });

  test('IPI AWS: the installer builds the load balancers → verify lines only', () => {
    const items = build(PLANS.ipiAws(), makeRec('IPI'));
    expect(byId(items, 'lb.api').kind).toBe('verify');
    expect(byId(items, 'lb.ingress').kind).toBe('verify');
    expect(items.some((i) => i.id === 'lb.mcs' || i.id === 'lb.haproxy')).toBe(false);
  });

  test('IPI vSphere: keepalived VIPs are a verify line; a customer load balancer turns them into tasks', () => {
    const items = build(PLANS.ipiVsphere(), makeRec('IPI'));
    expect(byId(items, 'lb.vips').kind).toBe('verify');
    expect(byId(items, 'lb.vips').details).toContain('192.168.10.5');
    const plan = PLANS.ipiVsphere();
    plan.ownership.loadBalancer = 'customer';
    const own = build(plan, makeRec('IPI'));
    expect(byId(own, 'lb.api').kind).toBe('task');
    // IPI has no customer bootstrap to take out of the pools: the installer deletes its own.
    expect(own.some((i) => i.id === 'lb.remove-bootstrap')).toBe(false);
  });
});

describe('DNS (installation-dns-user-infra in the docs)', () => {
  test('UPI: api, api-int → API load balancer, *.apps → ingress, node A + PTR records from plan.hosts', () => {
    const items = build(PLANS.upiBaremetalHa(), makeRec('UPI'));
    expect(byId(items, 'dns.api').table?.rows[0]?.slice(0, 3)).toEqual([
      'api.bm.dc.acme.test',
      'A/AAAA',
      'API load balancer 172.16.10.5',
    ]);
    expect(byId(items, 'dns.api-int').table?.rows[0]?.[0]).toBe('api-int.bm.dc.acme.test');
    expect(byId(items, 'dns.api-int').table?.rows[0]?.[3]).toBe('every node');
    expect(byId(items, 'dns.apps').table?.rows[0]?.slice(0, 3)).toEqual([
      '*.apps.bm.dc.acme.test',
      'A/AAAA',
      'ingress load balancer 172.16.10.6',
    ]);
    // The wildcard needs no PTR; api and api-int do.
    expect(byId(items, 'dns.apps').table?.rows[0]?.[4]).toBe('no');
    expect(byId(items, 'dns.api').table?.rows[0]?.[4]).toBe('yes');
    expect(column(byId(items, 'dns.nodes'), 0)).toEqual([
      'bootstrap.bm.dc.acme.test',
      'cp-0.bm.dc.acme.test',
      'cp-1.bm.dc.acme.test',
      'cp-2.bm.dc.acme.test',
      'compute-0.bm.dc.acme.test',
      'compute-1.bm.dc.acme.test',
    ]);
    expect(column(byId(items, 'dns.nodes'), 2)).toEqual([
      'to assign',
      '172.16.10.10',
      '172.16.10.11',
      '172.16.10.12',
      '172.16.10.20',
      '172.16.10.21',
    ]);
    expect(byId(items, 'dns.ptr').commands).toContain('dig +short -x 172.16.10.21');
    expect(byId(items, 'dns.no-cluster-wildcard').title).toContain('*.bm.dc.acme.test');
  });

  test('single node: the records point at the node itself', () => {
    const items = build(PLANS.snoNone(), makeRec('UPI'));
    for (const id of ['dns.api', 'dns.api-int', 'dns.apps']) {
      expect(byId(items, id).title).toContain('10.0.5.10');
    }
  });

  test('IPI vSphere: api → API VIP and *.apps → ingress VIP are DNS-team tasks; no api-int record', () => {
    const items = build(PLANS.ipiVsphere(), makeRec('IPI'));
    expect(byId(items, 'dns.api')).toMatchObject({ kind: 'task', owner: 'dns' });
    expect(byId(items, 'dns.api').title).toBe('Record api.vsprod.vmw.acme.test → API VIP 192.168.10.5');
    expect(byId(items, 'dns.apps').title).toBe(
      'Wildcard record *.apps.vsprod.vmw.acme.test → Ingress VIP 192.168.10.6',
    );
    expect(items.some((i) => i.id === 'dns.api-int')).toBe(false);
    expect(byId(items, 'network.vips').kind).toBe('task');
    expect(byId(items, 'fw.ports').table?.rows.some((r) => r[1] === 'VRRP (IP 112)')).toBe(true);
  });

  test('IPI AWS: records are verify lines, the hosted zone is a DNS-team task', () => {
    const items = build(PLANS.ipiAws(), makeRec('IPI'));
    for (const id of ['dns.api', 'dns.api-int', 'dns.apps']) expect(byId(items, id).kind).toBe('verify');
    expect(byId(items, 'ipi.aws.hosted-zone')).toMatchObject({
      kind: 'task',
      owner: 'dns',
      phase: 'prepare',
    });
    expect(byId(items, 'ipi.aws.hosted-zone').title).toBe('Route 53 hosted zone for aws.acme.test');
    expect(byId(items, 'ipi.aws.credentials').owner).toBe('security');
    expect(byId(items, 'ipi.aws.quotas').title).toContain('eu-west-1');
    expect(byId(items, 'ipi.aws.quotas').details).toContain('7 instances');
  });
});

describe('ownership, kinds and owners', () => {
  test('task or verify follows who builds the part', () => {
    const installerNet = build(PLANS.ipiAws(), makeRec('IPI'));
    expect(byId(installerNet, 'fw.ports').kind).toBe('verify');
    const plan = PLANS.ipiAws();
    plan.ownership.network = 'customer';
    expect(byId(build(plan, makeRec('IPI')), 'fw.ports').kind).toBe('task');
    expect(byId(build(PLANS.upiBaremetalHa(), makeRec('UPI')), 'fw.ports').kind).toBe('task');
    expect(byId(installerNet, 'machines.sizing').kind).toBe('verify');
    expect(byId(build(PLANS.upiBaremetalHa(), makeRec('UPI')), 'machines.sizing').kind).toBe('task');
  });

  test('owners map to the teams of the ownership answers', () => {
    const items = build(PLANS.upiBaremetalHa(), makeRec('UPI'), 'en', false);
    const ownerOf = (prefix: string) =>
      new Set(items.filter((i) => i.id.startsWith(prefix)).map((i) => i.owner));
    expect(ownerOf('dns.')).toEqual(new Set(['dns']));
    expect(ownerOf('lb.')).toEqual(new Set(['loadBalancer']));
    expect(ownerOf('fw.')).toEqual(new Set(['network']));
    expect(ownerOf('machines.')).toEqual(new Set(['machines']));
    expect(byId(items, 'install.registry-storage').owner).toBe('storage');
    expect(byId(items, 'install.manifests').owner).toBe('platform');
    expect(byId(items, 'prepare.pull-secret').owner).toBe('security');
    for (const i of items) {
      expect(CHECKLIST_OWNERS).toContain(i.owner);
      expect(CHECKLIST_PHASES).toContain(i.phase);
    }
  });

  test('pull secret item only without a pull secret; FIPS item only with fips', () => {
    expect(
      build(PLANS.upiBaremetalHa(), makeRec('UPI'), 'en', true).some((i) => i.id === 'prepare.pull-secret'),
    ).toBe(false);
    const dark = build(PLANS.disconnected(), makeRec('UPI'), 'en', false);
    expect(byId(dark, 'prepare.pull-secret').details).toContain('mirror.air.acme.test:5000');
    expect(byId(dark, 'prepare.fips')).toMatchObject({
      owner: 'security',
      commands: [
        'fips-mode-setup --check',
        'oc adm release extract --registry-config ./pull-secret.json --command=openshift-install-fips --to . "$RELEASE_IMAGE"',
      ],
    });
    expect(build(PLANS.upiBaremetalHa(), makeRec('UPI')).some((i) => i.id === 'prepare.fips')).toBe(false);
  });
});

describe('install commands (the docs’ UPI installation procedure, the UPI procedure of the installer’s docs/user)', () => {
  test('UPI ha: fresh folder, manifests, mastersSchedulable false, ignition, wait-for, CSRs, registry, complete — in order', () => {
    const items = build(PLANS.upiBaremetalHa(), makeRec('UPI'));
    const order = [
      'install.dir',
      'install.manifests',
      'install.ignition-configs',
      'ignition.host',
      'install.boot',
      'install.bootstrap-complete',
      'lb.remove-bootstrap',
      'install.csr',
      'install.registry-storage',
      'install.complete',
    ];
    expect(items.filter((i) => i.phase === 'install').map((i) => i.id)).toEqual(order);
    expect(byId(items, 'install.dir').commands).toEqual([
      'mkdir bm-install',
      'cp bm-plan/install-config.yaml bm-install/',
    ]);
    const manifests = byId(items, 'install.manifests').commands ?? [];
    expect(manifests[0]).toBe('openshift-install create manifests --dir bm-install');
    expect(manifests.some((c) => c.includes('mastersSchedulable: false'))).toBe(true);
    // Platform none / bare metal UPI has no Machine API objects to delete (installation-user-infra-generate-k8s-manifest-ignition (docs)).
    expect(manifests.some((c) => c.startsWith('rm '))).toBe(false);
    expect(byId(items, 'install.ignition-configs').commands).toEqual([
      'openshift-install create ignition-configs --dir bm-install',
    ]);
    expect(byId(items, 'install.ignition-configs').details).toContain('24 hours');
    expect(byId(items, 'install.bootstrap-complete').commands).toEqual([
      'openshift-install wait-for bootstrap-complete --dir bm-install --log-level=info',
    ]);
    const csr = byId(items, 'install.csr').commands ?? [];
    expect(csr).toContain('oc get csr');
    expect(
      csr.some(
        (c) =>
          c.startsWith("oc get csr -o go-template='") &&
          c.endsWith('xargs --no-run-if-empty oc adm certificate approve'),
      ),
    ).toBe(true);
    expect(byId(items, 'install.complete').commands).toEqual([
      'openshift-install wait-for install-complete --dir bm-install',
    ]);
  });

  test('UPI vSphere compact: deletes the vSphere machine manifests and keeps the control plane schedulable', () => {
    const items = build(PLANS.upiVsphereCompact(), makeRec('UPI'));
    const manifests = byId(items, 'install.manifests').commands ?? [];
    expect(manifests).toContain('rm -f vc-install/openshift/99_openshift-cluster-api_master-machines-*.yaml');
    expect(manifests).toContain(
      'rm -f vc-install/openshift/99_openshift-cluster-api_worker-machineset-*.yaml',
    );
    expect(manifests.some((c) => c.includes('mastersSchedulable: false'))).toBe(false);
    // Each clone gets its Ignition in guestinfo, the disk UUID and steal clock accounting before it is powered on.
    expect(byId(items, 'machines.vsphere-settings').commands).toContain(
      'govc vm.change -vm master-2 -e "guestinfo.ignition.config.data=$(base64 -w0 vc-install/master.ign)" -e guestinfo.ignition.config.data.encoding=base64 -e disk.EnableUUID=TRUE -e stealclock.enable=TRUE',
    );
    expect(byId(items, 'install.boot').commands).toContain('govc vm.power -on master-2');
    expect(byId(items, 'install.boot').details).not.toContain('installs RHCOS to disk');
    expect(byId(items, 'machines.sizing').title).toBe('Machines: 1 bootstrap, 3 control plane');
  });

  test('single node: bootstrap-in-place ISO, no CSR round, sizing 8 vCPU / 16 GB / 120 GB', () => {
    const items = build(PLANS.snoNone(), makeRec('UPI'));
    expect(byId(items, 'install.sno-ignition').commands?.[0]).toBe(
      'openshift-install create single-node-ignition-config --dir edge-install',
    );
    expect(items.some((i) => i.id === 'install.csr')).toBe(false);
    expect(byId(items, 'machines.sizing').table?.rows).toEqual([
      ['Single node (control plane + worker)', '1', 'RHCOS', '8', '16 GB', '120 GB', '300'],
    ]);
    expect(byId(items, 'install.boot').details).toContain('/dev/nvme0n1');
  });

  test('IPI: create cluster in the fresh folder, then verify lines', () => {
    const items = build(PLANS.ipiAws(), makeRec('IPI'));
    expect(byId(items, 'install.create-cluster').commands).toEqual([
      'openshift-install create cluster --dir cloud-install --log-level=info',
    ]);
    expect(items.some((i) => i.id === 'install.manifests' || i.id === 'install.csr')).toBe(false);
    expect(byId(items, 'verify.api').commands).toEqual([
      'curl -k https://api.cloud.aws.acme.test:6443/readyz',
    ]);
    expect(byId(items, 'verify.dns').commands?.[0]).toBe('dig +short api.cloud.aws.acme.test');
    expect(byId(items, 'verify.operators').commands).toContain('oc get co');
    expect(byId(items, 'verify.nodes').title).toBe('All 6 nodes are Ready');
    expect(items.filter((i) => i.phase === 'verify').every((i) => i.kind === 'verify')).toBe(true);
  });

  test('machine table counts follow the topology and the minimum sizes of installation-minimum-resource-requirements (docs)', () => {
    const ha = byId(build(PLANS.upiBaremetalHa(), makeRec('UPI')), 'machines.sizing').table?.rows;
    expect(ha).toEqual([
      ['Bootstrap', '1', 'RHCOS', '4', '16 GB', '100 GB', '300'],
      ['Control plane', '3', 'RHCOS', '4', '16 GB', '100 GB', '300'],
      ['Compute (worker)', '2', 'RHCOS', '2', '8 GB', '100 GB', '300'],
    ]);
    const power = byId(build(makePlan({ architecture: 'ppc64le' }), makeRec('UPI')), 'machines.sizing').table
      ?.rows;
    expect(power?.[1]?.[3]).toBe('2');
  });
});

describe('connectivity', () => {
  test('disconnected: oc-mirror v2 into the plan registry, trust bundle, no internet allowlist', () => {
    const items = build(PLANS.disconnected(), makeRec('UPI'));
    const cmds = byId(items, 'mirror.release').commands ?? [];
    expect(cmds[0]).toContain('- name: stable-4.18');
    expect(cmds[1]).toBe(
      'oc mirror -c imageset-config.yaml --workspace file://dark-mirror docker://mirror.air.acme.test:5000 --v2',
    );
    expect(byId(items, 'mirror.trust-bundle').owner).toBe('security');
    expect(byId(items, 'mirror.trust-bundle').commands).toEqual([
      'openssl s_client -connect mirror.air.acme.test:5000 -showcerts </dev/null',
    ]);
    expect(items.some((i) => i.id === 'fw.egress')).toBe(false);
  });

  test('disconnected before 4.18 uses the oc-mirror v1 plugin', () => {
    const plan = { ...PLANS.disconnected(), ocpVersion: '4.16' };
    const cmds = byId(build(plan, makeRec('UPI')), 'mirror.release').commands ?? [];
    expect(cmds[1]).toBe('oc mirror --config imageset-config.yaml docker://mirror.air.acme.test:5000');
  });

  test('proxy: noProxy entries checked against the plan', () => {
    const items = build(PLANS.proxy(), makeRec('UPI'));
    const it = byId(items, 'proxy.no-proxy');
    expect(it.title).toBe('Proxy http://10.90.0.2:3128 and noProxy entries');
    // The installer adds the machine network to noProxy itself: only the cluster domain is the user's to list.
    expect(it.table?.rows.map((r) => r.slice(0, 2))).toEqual([['.px.proxy.acme.test', 'yes']]);
    expect(it.details).toContain('adds its machine, cluster and service networks');
    const other = PLANS.proxy();
    other.proxy = { httpProxy: 'http://10.90.0.2:3128', noProxy: 'localhost' };
    expect(byId(build(other, makeRec('UPI')), 'proxy.no-proxy').table?.rows.map((r) => r[1])).toEqual(['no']);
    expect(byId(items, 'fw.egress').details).toContain('and on the proxy');
  });
});

describe('identity and values', () => {
  test.each(ALL_CASES)('%s: ids unique, well-formed, identical in en and ko', (_, make, method) => {
    const en = build(make(), makeRec(method), 'en', false);
    const ko = build(make(), makeRec(method), 'ko', false);
    const ids = en.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(ko.map((i) => i.id)).toEqual(ids);
    expect(ko.map((i) => i.commands ?? [])).toEqual(en.map((i) => i.commands ?? []));
    expect(ko.map((i) => [i.phase, i.owner, i.kind])).toEqual(en.map((i) => [i.phase, i.owner, i.kind]));
    // Korean titles are Korean sentences, not English with Korean headings.
    for (const i of ko) expect(i.title, i.id).toMatch(/[\uac00-\ud7a3]/);
    // Phases come out in the order of types.ts.
    const ranks = en.map((i) => CHECKLIST_PHASES.indexOf(i.phase));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test.each(ALL_CASES)('%s: every name comes from the plan, never example.com', (_, make, method) => {
    const plan = make();
    const items = build(plan, makeRec(method));
    const text = JSON.stringify(items);
    expect(text).not.toContain('example.com');
    const domain = `${plan.clusterName}.${plan.baseDomain}`;
    for (const id of ['dns.api', 'dns.api-int', 'dns.apps', 'dns.nodes']) {
      const it = items.find((i) => i.id === id);
      if (!it?.table) continue;
      for (const name of column(it, 0)) expect(name.endsWith(`.${domain}`)).toBe(true);
    }
    for (const id of ['lb.api', 'lb.mcs', 'lb.ingress-https', 'lb.ingress-http']) {
      const it = items.find((i) => i.id === id);
      if (!it?.table) continue;
      for (const name of column(it, 1)) expect(name.endsWith(`.${domain}`)).toBe(true);
    }
    const sizing = byId(items, 'machines.sizing').table?.rows ?? [];
    const counted = sizing.filter((r) => r[0] !== 'Bootstrap').reduce((n, r) => n + Number(r[1]), 0);
    expect(counted).toBe(plan.controlPlaneReplicas + plan.computeReplicas);
  });

  test('the same input gives the same checklist', () => {
    expect(build(PLANS.upiBaremetalHa(), makeRec('UPI'))).toEqual(
      build(PLANS.upiBaremetalHa(), makeRec('UPI')),
    );
  });
});
