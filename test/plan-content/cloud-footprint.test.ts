import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { footprintOf } from '../../src/knowledge/cloud-footprint.js';
import type { Plan, Platform, Topology } from '../../src/types.js';
import { makePlan } from '../install-config/factory.js';
import { itemOf, renderOnprem, textOf } from './onprem-plans.js';

function cloudIpi(platform: Platform, topology: Topology, overrides: Partial<Plan> = {}): Plan {
  return makePlan(platform, topology, { installMethod: 'IPI', ocpVersion: '4.20', ...overrides });
}

describe('cloud quotas follow the topology, not the default cluster of the docs', () => {
  // The docs' figures for the default cluster (bootstrap + 3 control plane + 3 compute) are the HA rows.
  it.each([
    ['gcp', 'ha', 28, 896],
    ['gcp', 'compact', 16, 512],
    ['gcp', 'sno', 16, 256],
    ['azure', 'ha', 44, undefined],
    ['azure', 'compact', 32, undefined],
    ['azure', 'sno', 16, undefined],
  ] as const)('%s %s: %i vCPUs while installing', (platform, topology, vcpu, diskGb) => {
    const plan = cloudIpi(platform, topology);
    const f = footprintOf(plan);
    expect(f?.vcpu).toBe(vcpu);
    const text = textOf(itemOf(renderOnprem(plan), `ipi.${platform}.quotas`));
    expect(text).toContain(platform === 'gcp' ? `${vcpu} CPUs` : `${vcpu} vCPUs`);
    if (diskGb !== undefined) expect(text).toContain(`${diskGb} GB of SSD persistent disk`);
    expect(text).not.toContain('A default cluster');
  });

  it('AWS: load balancers by publish, NAT gateways only when the installer builds the VPC', () => {
    const external = textOf(itemOf(renderOnprem(cloudIpi('aws', 'ha')), 'ipi.aws.quotas'));
    expect(external).toContain('3 load balancers');
    expect(external).toContain('NAT gateway and an Elastic IP per availability zone');
    const internal = textOf(
      itemOf(
        renderOnprem(
          cloudIpi('aws', 'compact', {
            publish: 'Internal',
            ownership: { ...makePlan('aws').ownership, network: 'customer' },
          }),
        ),
        'ipi.aws.quotas',
      ),
    );
    expect(internal).toContain('4 instances (1 bootstrap, 3 control plane)');
    expect(internal).toContain('2 internal load balancers');
    expect(internal).toContain('creates no NAT gateway');
    expect(internal).not.toContain('3 load balancers');
  });

  it('Azure publish Internal: no public IP for the API or routers', () => {
    const text = textOf(
      itemOf(renderOnprem(cloudIpi('azure', 'ha', { publish: 'Internal' })), 'ipi.azure.quotas'),
    );
    expect(text).toContain('get no public IP');
    expect(text).not.toContain('3 public IPs');
  });
});

describe('private clusters on the clouds', () => {
  it.each(['aws', 'azure', 'gcp'] as const)(
    '%s Internal: private zone, an installation host inside',
    (platform) => {
      const r = renderOnprem(cloudIpi(platform, 'ha', { publish: 'Internal' }));
      const zoneId = { aws: 'ipi.aws.hosted-zone', azure: 'ipi.azure.dns-zone', gcp: 'ipi.gcp.dns-zone' }[
        platform
      ];
      const zone = itemOf(r, zoneId);
      expect(zone?.title).toContain('demo.example.com');
      expect(zone?.details).toContain('no public records are written');
      expect(zone?.commands).toBeUndefined();
      expect(textOf(itemOf(r, `ipi.${platform}.private-host`))).toContain('DNS forwarder');
      expect(itemOf(r, 'dns.api')?.details).toContain('demo.example.com (private)');
      const external = renderOnprem(cloudIpi(platform, 'ha'));
      expect(itemOf(external, `ipi.${platform}.private-host`)).toBeUndefined();
      expect(itemOf(external, zoneId)?.details).not.toContain('publish Internal');
    },
  );

  it('Azure Internal names outboundType; the others do not', () => {
    expect(
      textOf(
        itemOf(renderOnprem(cloudIpi('azure', 'ha', { publish: 'Internal' })), 'ipi.azure.private-host'),
      ),
    ).toContain('UserDefinedRouting');
    expect(
      textOf(itemOf(renderOnprem(cloudIpi('gcp', 'ha', { publish: 'Internal' })), 'ipi.gcp.private-host')),
    ).not.toContain('outboundType');
  });

  it('AWS disconnected: VPC endpoints for ec2, elasticloadbalancing and s3 in the region', () => {
    const plan = cloudIpi('aws', 'ha', {
      connectivity: 'disconnected',
      publish: 'Internal',
      platformConfig: { region: 'eu-west-1' },
    });
    const text = textOf(itemOf(renderOnprem(plan), 'ipi.aws.vpc-endpoints'));
    for (const service of ['ec2', 'elasticloadbalancing', 's3'])
      expect(text).toContain(`${service}.eu-west-1.amazonaws.com`);
    expect(itemOf(renderOnprem(cloudIpi('aws', 'ha')), 'ipi.aws.vpc-endpoints')).toBeUndefined();
  });

  it('GCP names the installer roles', () => {
    const text = textOf(itemOf(renderOnprem(cloudIpi('gcp', 'ha')), 'ipi.gcp.service-account'));
    for (const role of ['roles/compute.admin', 'roles/iam.serviceAccountKeyAdmin', 'roles/dns.admin'])
      expect(text).toContain(role);
  });
});

describe('single node on a cloud', () => {
  it('GCP: the control plane gets n2-standard-8, above the 4-vCPU default; the plan still validates', () => {
    const r = renderOnprem(
      cloudIpi('gcp', 'sno', { platformConfig: { projectID: 'demo-project', region: 'us-central1' } }),
    );
    expect(r.installConfig.controlPlane.platform).toEqual({ gcp: { type: 'n2-standard-8' } });
    expect(r.installConfigText).toContain('below the 8 a single node needs');
    expect(r.valid).toBe(true);
  });

  it('GCP arm64 gets t2a-standard-8', () => {
    const r = renderOnprem(cloudIpi('gcp', 'sno', { architecture: 'arm64' }));
    expect(r.installConfig.controlPlane.platform).toEqual({ gcp: { type: 't2a-standard-8' } });
  });

  it('a type the answers give for every pool is kept', () => {
    const r = renderOnprem(
      cloudIpi('gcp', 'sno', {
        platformConfig: { projectID: 'demo-project', defaultMachinePlatform: { type: 'n2-standard-16' } },
      }),
    );
    expect(r.installConfig.controlPlane.platform).toBeUndefined();
  });

  it.each(['aws', 'azure'] as const)(
    '%s: the installer default already fits, nothing written',
    (platform) => {
      expect(renderOnprem(cloudIpi(platform, 'sno')).installConfig.controlPlane.platform).toBeUndefined();
    },
  );

  it('the sizing table lists the temporary bootstrap beside the node', () => {
    const sizing = itemOf(renderOnprem(cloudIpi('aws', 'sno')), 'machines.sizing');
    expect(sizing?.title).toBe('Machines: 1 bootstrap, 1 single node');
    expect(sizing?.table?.rows.map((row) => row[0])).toEqual([
      'Bootstrap',
      'Single node (control plane + worker)',
    ]);
    // Bare-metal single node bootstraps in place: no bootstrap machine.
    const metal = makePlan('none', 'sno', { installMethod: 'UPI' });
    expect(itemOf(renderOnprem(metal), 'machines.sizing')?.title).not.toContain('bootstrap');
  });
});

describe('cloud UPI DNS', () => {
  function cloudUpi(platform: Platform, dns: 'customer' | 'installer'): Plan {
    return makePlan(platform, 'ha', {
      installMethod: 'UPI',
      ownership: {
        machines: 'customer',
        network: 'customer',
        dns,
        loadBalancer: 'customer',
        storage: 'customer',
      },
    });
  }

  it.each(['aws', 'azure', 'gcp'] as const)(
    '%s: the DNS phase checks what the template steps write, no PTR',
    (platform) => {
      const r = renderOnprem(cloudUpi(platform, 'customer'));
      for (const id of ['dns.api', 'dns.api-int', 'dns.apps']) {
        const dns = itemOf(r, id);
        expect(dns?.kind).toBe('verify');
        expect(textOf(dns)).not.toMatch(/Create the matching PTR|PTR record\.$/);
      }
      expect(itemOf(r, 'dns.nodes')).toBeUndefined();
      const stackId = platform === 'gcp' ? 'cloud.stack.dns' : 'cloud.stack.infra';
      expect(itemOf(r, 'dns.api')?.title).toContain(itemOf(r, stackId)?.title ?? 'missing');
      expect(itemOf(r, 'machines.sizing')?.details).toContain('availability zones');
      expect(itemOf(r, 'machines.sizing')?.details).not.toContain('physical');
    },
  );

  it('customer DNS: the manifests step removes the ingress operator’s zones; installer DNS keeps them', () => {
    const kept = itemOf(renderOnprem(cloudUpi('aws', 'installer')), 'install.manifests');
    expect(kept?.commands?.join('\n')).not.toContain('cluster-dns-02-config.yml');
    const manifests = itemOf(renderOnprem(cloudUpi('aws', 'customer')), 'install.manifests');
    expect(manifests?.details).toContain('remove privateZone and publicZone');
    const awk = manifests?.commands?.find((c) => c.startsWith('awk '));
    expect(awk).toBeDefined();

    // The commands work on the manifest the installer writes.
    const dir = mkdtempSync(path.join(tmpdir(), 'dns-manifest-'));
    const installDir = path.join(dir, 'demo-install');
    execFileSync('mkdir', ['-p', path.join(installDir, 'manifests')]);
    const file = path.join(installDir, 'manifests', 'cluster-dns-02-config.yml');
    writeFileSync(
      file,
      [
        'apiVersion: config.openshift.io/v1',
        'kind: DNS',
        'metadata:',
        '  creationTimestamp: null',
        '  name: cluster',
        'spec:',
        '  baseDomain: demo.example.com',
        '  privateZone:',
        '    tags:',
        '      Name: demo-x7k2p-int',
        '      kubernetes.io/cluster/demo-x7k2p: owned',
        '  publicZone:',
        '    id: Z3URY6TWQ91KVV',
        'status: {}',
        '',
      ].join('\n'),
    );
    const script = (manifests?.commands ?? []).filter((c) => /^(awk|mv) /.test(c)).join('\n');
    execFileSync('sh', ['-c', script], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(
      [
        'apiVersion: config.openshift.io/v1',
        'kind: DNS',
        'metadata:',
        '  creationTimestamp: null',
        '  name: cluster',
        'spec:',
        '  baseDomain: demo.example.com',
        'status: {}',
        '',
      ].join('\n'),
    );
  });
});
