import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { Finding } from '../../src/types.js';
import { validateInstallConfigText } from '../../src/validate/index.js';
import type { UnreadableFile } from '../../src/validate/parse.js';

/*
 * The classes of disagreement with the installer found on real-world install-configs (A–G), the installer rules the
 * validator lacked, and the five worst messages, each with the snippet that shows it. Expectations are the installer's
 * verdict for the release named (openshift/installer at that release's branch), not this validator's earlier output.
 */

const BASE = `apiVersion: v1
baseDomain: example.com
metadata:
  name: demo
pullSecret: '{"auths":{"cloud.openshift.com":{"auth":"ZmFrZTpmYWtl"}}}'
sshKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBEgd+zLZkqZnqXURBOcJ6Bz7qQ1oABujEE+HPmkT6qQ core@example
`;

function check(snippet: string, ocpVersion: string, installer?: 'agent') {
  return validateInstallConfigText(BASE + snippet, { ocpVersion, ...(installer ? { installer } : {}) });
}

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');
const ids = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule}@${f.path}`);

describe('A: unknown fields are warnings up to 4.21 and errors from 4.22', () => {
  const lbType = `controlPlane:
  name: master
  replicas: 3
  platform:
    aws:
      lbType: NLB
compute: [{name: worker, replicas: 3}]
platform:
  aws: {region: us-east-1}
`;
  it('4.21: lbType under the control-plane pool is ignored with a warning that says where it belongs', () => {
    const result = check(lbType, '4.21');
    expect(result.valid).toBe(true);
    const finding = result.findings.find((f) => f.rule === 'unknown-field');
    expect(finding).toMatchObject({
      severity: 'warning',
      path: 'controlPlane.platform.aws.lbType',
      line: 12,
    });
    expect(finding?.message).toContain('it belongs in platform.aws');
    expect(finding?.message).toContain('ignores it');
    // The old suggestion turned lbType: NLB into the instance type NLB.
    expect(finding?.message).not.toContain('did you mean');
  });
  it('4.22: the same key stops the installer', () => {
    const result = check(lbType, '4.22');
    expect(result.valid).toBe(false);
    expect(errors(result.findings)[0]?.message).toContain('refuses the file ("unknown field")');
  });
  it('real-world keys of this kind are warnings at 4.20 and name their block when they have one', () => {
    const snippet = `controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 3}]
vpcRegion: us-south
networking:
  defaultNetwork: {type: OVNKubernetes}
platform:
  architecture: amd64
  subnets: [subnet-1]
  aws: {region: us-east-1, privateLink: true}
`;
    const result = check(snippet, '4.20');
    expect(result.valid).toBe(true);
    const byPath = new Map(result.findings.map((f) => [f.path, f]));
    expect(byPath.get('platform.architecture')?.message).toContain(
      'controlPlane, compute[] or arbiter'.slice(0, 12),
    );
    expect(byPath.get('platform.subnets')?.message).toContain('platform.aws');
    expect(byPath.get('platform.subnets')?.message).not.toContain('platform.azure');
    for (const path of ['vpcRegion', 'networking.defaultNetwork', 'platform.aws.privateLink']) {
      expect(byPath.get(path)?.severity, path).toBe('warning');
    }
  });
  const powervs = `platform:
  powervs: {userID: ibm-user-id, region: dal, zone: dal12, serviceInstanceID: 00000000-0000-0000-0000-000000000000}
`;
  it('4.14: Power VS serviceInstanceID is that release’s field', () => {
    expect(check(powervs, '4.14').findings).toEqual([]);
  });
  it('4.15: serviceInstanceID was renamed serviceInstanceGUID', () => {
    const finding = check(powervs, '4.15').findings.find(
      (f) => f.path === 'platform.powervs.serviceInstanceID',
    );
    expect(finding).toMatchObject({ severity: 'warning', rule: 'unknown-field' });
    expect(finding?.message).toContain('use platform.powervs.serviceInstanceGUID instead');
  });
});

describe('B: agent-based installs need no hosts or BMCs in install-config', () => {
  const agent = `controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 0}]
networking:
  machineNetwork: [{cidr: 192.168.50.0/24}]
platform:
  baremetal:
    apiVIPs: [192.168.50.5]
    ingressVIPs: [192.168.50.6]
`;
  it('valid for the Agent-based installer', () => {
    expect(errors(check(agent, '4.20', 'agent').findings)).toEqual([]);
  });
  it('hosts listed without bmc are fine too, and compute replicas are not counted against them', () => {
    const hosts = `${agent.replace('replicas: 0', 'replicas: 2')}    hosts:
    - {name: m0, role: master, bootMACAddress: '52:54:00:00:00:01'}
`;
    expect(errors(check(hosts, '4.20', 'agent').findings)).toEqual([]);
  });
  it('for openshift-install create, a host without a BMC is a warning: the BMCs are checked only when provisioning', () => {
    const hosts = `${agent.replace('replicas: 3}', 'replicas: 1}')}    hosts:
    - {name: m0, role: master, bootMACAddress: '52:54:00:00:00:01'}
`;
    const result = check(hosts, '4.20');
    expect(ids(result.findings)).toContain('warning baremetal-bmc@platform.baremetal.hosts[0].bmc');
    expect(errors(result.findings).filter((f) => f.path.includes('bmc'))).toEqual([]);
  });
  it('for openshift-install create the hosts are required, and the message points agent users to agent-config.yaml', () => {
    const finding = errors(check(agent, '4.20').findings)[0];
    expect(finding).toMatchObject({ rule: 'platform-required-field', path: 'platform.baremetal.hosts' });
    expect(finding?.message).toContain('agent-config.yaml');
  });
});

describe('C: legacy vSphere UPI (flat fields) is accepted with warnings', () => {
  const legacy = `controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 0}]
platform:
  vsphere:
    vCenter: vcenter.example.com
    username: admin@vsphere.local
    password: secret
    datacenter: dc1
    defaultDatastore: ds1
`;
  it('4.16: valid, with the deprecation and the installer’s two warnings, on paths the user wrote', () => {
    const result = check(legacy, '4.16');
    expect(result.valid).toBe(true);
    expect(ids(result.findings).sort()).toEqual([
      'warning vsphere-legacy-fields@platform.vsphere.vCenter',
      'warning vsphere-legacy-upi@platform.vsphere.cluster',
      'warning vsphere-legacy-upi@platform.vsphere.network',
    ]);
    expect(
      result.findings.some(
        (f) => f.path.includes('failureDomains') || f.message.includes('failureDomains[0]'),
      ),
    ).toBe(false);
  });
  it('a missing datastore is reported on the flat field, not on the generated failure domain', () => {
    const result = check(legacy.replace('    defaultDatastore: ds1\n', ''), '4.16');
    expect(errors(result.findings).map((f) => f.path)).toEqual(['platform.vsphere.defaultDatastore']);
  });
});

describe('D: rules apply from the release that added them', () => {
  const sno = `controlPlane: {name: master, replicas: 1}
compute: [{name: worker, replicas: 0}]
platform:
  vsphere:
    vcenters: [{server: vcenter.example.com, user: u, password: p, datacenters: [dc1]}]
    failureDomains:
    - {name: fd1, region: r1, zone: z1, server: vcenter.example.com,
       topology: {datacenter: dc1, computeCluster: /dc1/host/c1, datastore: /dc1/datastore/ds1, networks: [n1]}}
`;
  it('single-node platform check: absent in 4.17, from 4.18', () => {
    expect(check(sno, '4.17').findings.filter((f) => f.rule === 'single-node-platform')).toEqual([]);
    expect(errors(check(sno, '4.18').findings).map((f) => f.rule)).toEqual(['single-node-platform']);
  });
  const ovn = `controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 0}]
networking:
  clusterNetwork: [{cidr: 100.64.0.0/14, hostPrefix: 23}]
platform: {none: {}}
`;
  it('OVN internal subnets: a warning before 4.19, an error from 4.19; the join subnet is named only where it exists', () => {
    const old = check(ovn, '4.14').findings.find((f) => f.rule === 'ovn-internal-subnet');
    expect(old?.severity).toBe('warning');
    expect(old?.message).not.toContain('internalJoinSubnet');
    expect(check(ovn, '4.18').findings.find((f) => f.rule === 'ovn-internal-subnet')?.message).toContain(
      'internalJoinSubnet',
    );
    expect(check(ovn, '4.19').valid).toBe(false);
  });
  const two = `controlPlane: {name: master, replicas: 2}
compute: [{name: worker, replicas: 0}]
platform: {none: {}}
`;
  it('two-node control plane: a warning without fencing or arbiter vocabulary in 4.18, the installer’s error from 4.19', () => {
    const old = check(two, '4.18');
    expect(old.valid).toBe(true);
    expect(old.findings[0]?.message).not.toContain('controlPlane.fencing');
    expect(errors(check(two, '4.19').findings).map((f) => f.rule)).toEqual(['replicas']);
  });
});

describe('E: the YAML reader accepts and refuses what go-yaml v2 does', () => {
  const multiline = `apiVersion: v1
baseDomain: example.com
metadata:
  name: demo
controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 0}]
platform: {none: {}}
pullSecret: '{"auths":{"cloud.openshift.com":{"auth":"ZmFrZTpmYWtl"}}}'
sshKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBEgd+zLZkqZnqXURBOcJ6Bz7qQ1oABujEE+HPmkT6qQ core@bastion
"
`;
  it('a double-quoted value continued at column 1 is read (no indentation rule inside quotes)', () => {
    expect(validateInstallConfigText(multiline)).toEqual({ findings: [], valid: true });
  });
  it('two documents: the first is checked, and the second gets a plain sentence', () => {
    const text = `apiVersion: v1
baseDomain: example.com
metadata:
  name: demo
controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 0}]
---
platform: {none: {}}
`;
    const result = validateInstallConfigText(text);
    const second = result.findings.find((f) => f.rule === 'yaml-multiple-documents');
    expect(second).toMatchObject({ severity: 'warning', line: 7, column: 1 });
    expect(second?.message).toContain('reads only the first document');
    expect(second?.message).toContain('delete the "---" line');
    // As for the installer, the first document lacks the platform and the pull secret.
    expect(errors(result.findings).map((f) => f.rule)).toEqual(['platform-required', 'pull-secret-required']);
    expect(result.findings.some((f) => /parseAllDocuments|YAML\.|Document/.test(f.message))).toBe(false);
  });
});

describe('F: a check the installer does not make statically is a warning', () => {
  it('a failure domain datacenter missing from the vCenter’s list', () => {
    const snippet = `controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 3}]
networking:
  machineNetwork: [{cidr: 10.0.0.0/24}]
platform:
  vsphere:
    apiVIPs: [10.0.0.5]
    ingressVIPs: [10.0.0.6]
    vcenters:
    - {server: vcenter.example.com, user: admin@vsphere.local, password: secret, datacenters: [DC1]}
    failureDomains:
    - name: fd1
      region: r1
      zone: z1
      server: vcenter.example.com
      topology: {datacenter: DC2, computeCluster: /DC2/host/c1, datastore: /DC2/datastore/ds1, networks: [ocp-net]}
`;
    const result = check(snippet, '4.18');
    expect(result.valid).toBe(true);
    expect(ids(result.findings)).toEqual([
      'warning platform-field-value@platform.vsphere.failureDomains[0].topology.datacenter',
    ]);
  });
});

describe('G: colon-separated decimals stay text (go-yaml has no base-60 numbers)', () => {
  it('an unquoted MAC made of decimal groups is a MAC address', () => {
    const snippet = `controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 0}]
networking:
  machineNetwork: [{cidr: 10.0.0.0/24}]
platform:
  baremetal:
    apiVIPs: [10.0.0.5]
    ingressVIPs: [10.0.0.6]
    hosts:
    - {name: m0, role: master, bootMACAddress: 52:54:00:12:34:56, bmc: {address: 'redfish-virtualmedia://10.0.1.10/redfish/v1/Systems/1', username: a, password: b}}
    - {name: m1, role: master, bootMACAddress: 52:54:00:ab:34:57, bmc: {address: 'redfish-virtualmedia://10.0.1.11/redfish/v1/Systems/1', username: a, password: b}}
    - {name: m2, role: master, bootMACAddress: '52:54:00:12:34:58', bmc: {address: 'redfish-virtualmedia://10.0.1.12/redfish/v1/Systems/1', username: a, password: b}}
`;
    expect(check(snippet, '4.21').findings).toEqual([]);
  });
});

describe('rules the validator lacked', () => {
  const tnf = `controlPlane:
  name: master
  replicas: 2
  fencing:
    credentials:
    - {hostName: master-0, address: 'redfish+https://10.0.1.10/redfish/v1/Systems/1', username: admin, password: secret}
    - {hostName: master-1, address: 'redfish+https://10.0.1.11/redfish/v1/Systems/1', username: admin, password: secret}
compute: [{name: worker, replicas: 0}]
platform: {none: {}}
`;
  it('two-node with fencing needs TechPreviewNoUpgrade in 4.20 and 4.21 (DualReplica), not in 4.22', () => {
    for (const version of ['4.20', '4.21']) {
      const finding = errors(check(tnf, version).findings)[0];
      expect(finding, version).toMatchObject({ rule: 'feature-gated-field', path: 'controlPlane.fencing' });
      expect(finding?.message).toContain(
        'platform.none.fencingCredentials: Forbidden: this field is protected by the DualReplica feature gate',
      );
      expect(finding?.message).toContain('generally available from OpenShift 4.22');
    }
    expect(errors(check(tnf, '4.22').findings)).toEqual([]);
    expect(errors(check(`featureSet: TechPreviewNoUpgrade\n${tnf}`, '4.21').findings)).toEqual([]);
  });
  const arbiter = `controlPlane: {name: master, replicas: 2}
arbiter: {name: arbiter, replicas: 1}
compute: [{name: worker, replicas: 0}]
networking:
  machineNetwork: [{cidr: 10.0.0.0/24}]
platform:
  baremetal:
    apiVIPs: [10.0.0.5]
    ingressVIPs: [10.0.0.6]
    hosts:
    - {name: m0, role: master, bootMACAddress: '52:54:00:00:00:01', bmc: {address: 'redfish://10.0.1.1/redfish/v1/Systems/1', username: a, password: b}}
    - {name: m1, role: master, bootMACAddress: '52:54:00:00:00:02', bmc: {address: 'redfish://10.0.1.2/redfish/v1/Systems/1', username: a, password: b}}
    - {name: a0, role: arbiter, bootMACAddress: '52:54:00:00:00:03', bmc: {address: 'redfish://10.0.1.3/redfish/v1/Systems/1', username: a, password: b}}
`;
  it('arbiter: no such field in 4.18, HighlyAvailableArbiter TechPreview in 4.19, GA from 4.20', () => {
    const old = check(arbiter, '4.18').findings.find((f) => f.path === 'arbiter');
    expect(old).toMatchObject({ severity: 'warning', rule: 'unknown-field' });
    expect(old?.message).toContain('added in 4.19');
    const tp = errors(check(arbiter, '4.19').findings)[0];
    expect(tp?.message).toContain(
      'HighlyAvailableArbiter feature must be enabled in order to use arbiter cluster deployment',
    );
    expect(errors(check(arbiter, '4.20').findings)).toEqual([]);
  });
  it('arbiter on platform none: refused in 4.21, accepted in 4.22', () => {
    const none = `controlPlane: {name: master, replicas: 2}
arbiter: {name: arbiter, replicas: 1}
compute: [{name: worker, replicas: 0}]
platform: {none: {}}
`;
    expect(errors(check(none, '4.21').findings).map((f) => `${f.rule}@${f.path}`)).toEqual([
      'arbiter@arbiter.platform',
    ]);
    expect(errors(check(none, '4.22').findings)).toEqual([]);
  });
  it('mixed architectures: none in 4.16, AWS from 4.17, bare metal from 4.20', () => {
    const aws = `controlPlane: {name: master, replicas: 3, architecture: amd64}
compute: [{name: worker, replicas: 3, architecture: arm64}]
platform:
  aws: {region: us-east-1}
`;
    expect(errors(check(aws, '4.16').findings).map((f) => f.rule)).toEqual(['heterogeneous-architecture']);
    expect(errors(check(aws, '4.17').findings)).toEqual([]);
    const bm = arbiter
      .replace('replicas: 2}', 'replicas: 2, architecture: amd64}')
      .replace(
        'compute: [{name: worker, replicas: 0}]',
        'compute: [{name: worker, replicas: 0, architecture: arm64}]',
      );
    expect(errors(check(bm, '4.19').findings).map((f) => f.rule)).toContain('heterogeneous-architecture');
    expect(errors(check(bm, '4.20').findings)).toEqual([]);
  });
  it('a vSphere datastore in another datacenter than the failure domain', () => {
    const snippet = `controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 3}]
platform:
  vsphere:
    vcenters: [{server: vcenter.example.com, user: u, password: p, datacenters: [DC1, DC2]}]
    failureDomains:
    - {name: fd1, region: r1, zone: z1, server: vcenter.example.com,
       topology: {datacenter: DC1, computeCluster: /DC1/host/c1, datastore: /DC2/datastore/ds1, networks: [n1]}}
`;
    const finding = errors(check(snippet, '4.21').findings)[0];
    expect(finding).toMatchObject({ path: 'platform.vsphere.failureDomains[0].topology.datastore' });
    expect(finding?.message).toContain('does not exist in the correct datacenter');
  });
  it('IPMI cannot do UEFI secure boot', () => {
    const snippet = `controlPlane: {name: master, replicas: 1}
compute: [{name: worker, replicas: 0}]
networking:
  machineNetwork: [{cidr: 10.0.0.0/24}]
platform:
  baremetal:
    apiVIPs: [10.0.0.5]
    ingressVIPs: [10.0.0.6]
    hosts:
    - {name: m0, role: master, bootMACAddress: '52:54:00:00:00:01', bootMode: UEFISecureBoot, bmc: {address: 'ipmi://10.0.1.10', username: a, password: b}}
`;
    expect(errors(check(snippet, '4.21').findings).map((f) => f.message)).toContainEqual(
      expect.stringContaining('driver ipmi does not support UEFI secure boot'),
    );
  });
  it('AWS gp2 volumes take no iops; GCP control planes no pd-standard; Azure disk types are case-sensitive', () => {
    const aws = `controlPlane: {name: master, replicas: 3, platform: {aws: {rootVolume: {type: gp2, size: 120, iops: 4000}}}}
platform:
  aws: {region: us-east-1}
`;
    expect(errors(check(aws, '4.21').findings)[0]?.message).toContain('iops not supported for type gp2');
    const gcp = `controlPlane: {name: master, replicas: 3, platform: {gcp: {osDisk: {diskType: pd-standard}}}}
platform:
  gcp: {projectID: p, region: us-central1}
`;
    expect(errors(check(gcp, '4.21').findings)[0]).toMatchObject({
      path: 'controlPlane.platform.gcp.osDisk.diskType',
    });
    const azure = `compute: [{name: worker, replicas: 3, platform: {azure: {osDisk: {diskType: Premium_lrs}}}}]
platform:
  azure: {region: eastus, baseDomainResourceGroupName: rg}
`;
    expect(errors(check(azure, '4.21').findings)[0]?.message).toContain('Unsupported value: "Premium_lrs"');
  });
});

describe('the five worst messages, now', () => {
  function unreadable(text: string): UnreadableFile {
    try {
      validateInstallConfigText(text);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return error as UnreadableFile;
    }
    throw new Error('expected the file to be refused');
  }

  it('1. two documents: a plain sentence, no library advice (see class E)', () => {
    const result = validateInstallConfigText(`${BASE}---\nplatform: {none: {}}\n`);
    expect(result.findings.find((f) => f.rule === 'yaml-multiple-documents')?.message).toMatch(
      /^a second YAML document starts on line 7/,
    );
  });
  it('2. a misplaced known key says where it belongs (see class A)', () => {
    const result = check(
      'controlPlane: {name: master, platform: {aws: {lbType: NLB}}}\nplatform: {aws: {region: r}}\n',
      '4.21',
    );
    expect(result.findings[0]?.message).toMatch(
      /^"lbType" is not a field in controlPlane\.platform\.aws; it belongs in platform\.aws\./,
    );
  });
  it('3. legacy vSphere UPI names no structure the user did not write (see class C)', () => {
    const result = check(
      'platform:\n  vsphere: {vCenter: vc.example.com, username: u, password: p, datacenter: dc1, defaultDatastore: ds1}\n',
      '4.16',
    );
    expect(result.findings.map((f) => f.path).join()).not.toContain('failureDomains');
  });
  it('4. agent-based bare metal gets no BMC demand (see class B)', () => {
    const result = check(
      'platform:\n  baremetal: {apiVIPs: [10.0.0.5], ingressVIPs: [10.0.0.6]}\nnetworking: {machineNetwork: [{cidr: 10.0.0.0/24}]}\n',
      '4.21',
      'agent',
    );
    expect(result.findings.some((f) => /BMC|bmc/.test(f.message))).toBe(false);
  });
  it('5a. an over-indented key is named on its own line, with the line shown', () => {
    const error = unreadable(`apiVersion: v1
baseDomain: example.com
metadata:
  name: demo
controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 0}]
platform:
  vsphere:
    defaultDatastore: ds1
      apiVIPs: [10.0.0.5]
`);
    expect(error.line).toBe(10);
    expect(error.column).toBe(7);
    expect(error.message).toContain('indented more than "defaultDatastore" on line 9');
    expect(error.excerpt).toContain('10 |       apiVIPs: [10.0.0.5]');
  });
  it('5b. an unclosed quote is named where it opens, and the excerpt hides the pull secret', () => {
    const error = unreadable(`apiVersion: v1
baseDomain: example.com
metadata:
  name: demo
controlPlane: {name: master, replicas: 3}
compute: [{name: worker, replicas: 0}]
platform: {none: {}}
pullSecret: '{"auths":{"cloud.openshift.com":{"auth":"ZmFrZTpmYWtl"}}}
sshKey: ssh-ed25519 AAAA
`);
    expect([error.line, error.column]).toEqual([8, 13]);
    expect(error.message).toContain("the ' quote that opens here is never closed");
    expect(error.excerpt).toContain('8 | pullSecret: <hidden>');
    expect(error.excerpt).not.toContain('ZmFrZTpmYWtl');
  });
  it('runner-up: an unknown platform does not leak "undefined" into other messages', () => {
    const result = check(
      'controlPlane: {name: master, architecture: s390x}\ncompute: [{name: worker, architecture: ppc64le}]\nplatform: {libvirt: {uri: x}}\n',
      '4.21',
    );
    expect(result.findings.some((f) => f.message.includes('undefined'))).toBe(false);
  });
});
