import { describe, expect, it } from 'vitest';
import { checkAgentConfig, checkAgentInstallConfig } from '../../src/validate/agent/index.js';

/** A valid Agent-based pair: 3 control plane + 1 worker on bare metal, static addresses. */
function installConfig(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    baseDomain: 'example.com',
    metadata: { name: 'demo' },
    controlPlane: { name: 'master', replicas: 3, architecture: 'amd64' },
    compute: [{ name: 'worker', replicas: 1, architecture: 'amd64' }],
    networking: { machineNetwork: [{ cidr: '10.1.0.0/24' }], networkType: 'OVNKubernetes' },
    platform: { baremetal: { apiVIPs: ['10.1.0.5'], ingressVIPs: ['10.1.0.6'] } },
    pullSecret: '{"auths":{"x":{"auth":"eA=="}}}',
    ...overrides,
  };
}

function nmstate(ip: string, mac: string, name = 'eno1'): Record<string, unknown> {
  return {
    interfaces: [
      {
        name,
        type: 'ethernet',
        state: 'up',
        'mac-address': mac,
        ipv4: { enabled: true, dhcp: false, address: [{ ip, 'prefix-length': 24 }] },
      },
    ],
    'dns-resolver': { config: { server: ['10.1.0.2'] } },
    routes: {
      config: [
        {
          destination: '0.0.0.0/0',
          'next-hop-address': '10.1.0.1',
          'next-hop-interface': name,
          'table-id': 254,
        },
      ],
    },
  };
}

function host(n: number, role: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const mac = `52:54:00:01:00:${String(10 + n)}`;
  return {
    hostname: `h${n}`,
    role,
    interfaces: [{ name: 'eno1', macAddress: mac }],
    networkConfig: nmstate(`10.1.0.${10 + n}`, mac),
    ...overrides,
  };
}

function agentConfig(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'v1beta1',
    kind: 'AgentConfig',
    metadata: { name: 'demo' },
    rendezvousIP: '10.1.0.10',
    hosts: [host(0, 'master'), host(1, 'master'), host(2, 'master'), host(3, 'worker')],
    ...overrides,
  };
}

const at = (version = '4.22') => ({ ocpVersion: version });

describe('the valid pair', () => {
  it('has no finding', () => {
    expect(checkAgentInstallConfig(installConfig(), at())).toEqual([]);
    expect(checkAgentConfig(agentConfig(), installConfig(), at())).toEqual([]);
  });
});

/** Each rule of the agent installer on install-config.yaml, with its exact wording (pkg/asset/agent/installconfig.go). */
describe.each([
  {
    rule: 'unsupported platform',
    config: installConfig({ platform: { aws: { region: 'us-east-1' } } }),
    path: 'platform',
    message:
      'Unsupported value: "aws": supported values: "baremetal", "vsphere", "nutanix", "none", "external"',
  },
  {
    rule: 'ppc64le only on none',
    config: installConfig({ controlPlane: { name: 'master', replicas: 3, architecture: 'ppc64le' } }),
    path: 'platform',
    message: 'Invalid value: "baremetal": CPU architecture "ppc64le" only supports platform "none".',
  },
  {
    rule: 'single node only on none or external',
    config: installConfig({
      controlPlane: { name: 'master', replicas: 1 },
      compute: [{ name: 'worker', replicas: 0 }],
    }),
    path: 'platform',
    message:
      'Invalid value: "baremetal": Only platform none and external supports 1 ControlPlane and 0 Compute nodes',
  },
  {
    rule: 'single node has no workers',
    config: installConfig({ controlPlane: { name: 'master', replicas: 1 }, platform: { none: {} } }),
    path: 'compute.replicas',
    message:
      'Forbidden: Total number of compute replicas must be 0 when controlPlane.replicas is 1 for platform none or external. Found 1',
  },
  {
    rule: 'single node runs OVN-Kubernetes',
    config: installConfig({
      controlPlane: { name: 'master', replicas: 1 },
      compute: [{ name: 'worker', replicas: 0 }],
      platform: { none: {} },
      networking: { networkType: 'OpenShiftSDN' },
    }),
    path: 'networking.networkType',
    message:
      'Invalid value: "OpenShiftSDN": Only OVNKubernetes network type is allowed for Single Node OpenShift (SNO) cluster',
  },
  {
    rule: 'exactly one arbiter',
    config: installConfig({
      controlPlane: { name: 'master', replicas: 2 },
      arbiter: { name: 'arbiter', replicas: 2 },
      compute: [{ name: 'worker', replicas: 0 }],
    }),
    path: 'arbiter.replicas',
    message: 'Invalid value: 2: TNA (Two Node with Arbiter) configuration requires exactly 1 arbiter replica',
  },
  {
    rule: 'two control-plane nodes need an arbiter or fencing',
    config: installConfig({
      controlPlane: { name: 'master', replicas: 2 },
      compute: [{ name: 'worker', replicas: 0 }],
    }),
    path: 'controlPlane.replicas',
    message:
      'Unsupported value: 2: supported values: "3", "1", "4", "5", "2 (with arbiter)", "2 (with fencing)"',
  },
  {
    rule: 'exactly two fencing credentials',
    config: installConfig({
      controlPlane: { name: 'master', replicas: 2, fencing: { credentials: [{ hostName: 'h0' }] } },
      compute: [{ name: 'worker', replicas: 0 }],
      platform: { none: {} },
    }),
    path: 'controlPlane.fencing.credentials',
    message: 'Invalid value: 1: must provide exactly 2 fencing credentials for 2 control plane replicas',
  },
  {
    rule: 'Oracle Cloud needs its cloud controller manager',
    config: installConfig({ platform: { external: { platformName: 'oci' } } }),
    path: 'platform.external.cloudControllerManager',
    message:
      'Invalid value: "": When using external oci platform, platform.external.cloudControllerManager must be set to External',
  },
  {
    rule: 'vSphere credentials need a folder',
    config: installConfig({
      platform: {
        vsphere: {
          vcenters: [{ server: 'vc', user: 'u', password: 'p', datacenters: ['dc'] }],
          failureDomains: [{ name: 'fd', topology: { datacenter: 'dc' } }],
        },
      },
    }),
    path: 'platform.vsphere.failureDomains[0].topology.folder',
    message: 'Required value: must specify a folder for agent-based installs',
  },
])('install-config rule: $rule', ({ config, path, message }) => {
  it('is an error at the path with the installer’s words', () => {
    const found = checkAgentInstallConfig(config, at()).filter((f) => f.path === path);
    expect(found.map((f) => f.severity)).toContain('error');
    expect(found.map((f) => f.message).join('\n')).toContain(message);
  });
});

/** Each rule of the agent installer on agent-config.yaml (agent_config.go, agenthosts.go), with its exact wording. */
describe.each([
  {
    rule: 'rendezvous IP parses',
    config: agentConfig({ rendezvousIP: '10.1.0.300' }),
    path: 'rendezvousIP',
    message: 'Invalid value: "10.1.0.300": "10.1.0.300" is not a valid IP',
  },
  {
    rule: 'NTP sources are IPs or names',
    config: agentConfig({ additionalNTPSources: ['ntp_bad!'] }),
    path: 'additionalNTPSources',
    message: 'Invalid value: "ntp_bad!": NTP server is not a valid IP or domain name',
  },
  {
    rule: 'boot artifacts URL is a URI',
    config: agentConfig({ bootArtifactsBaseURL: 'pxe.example.com/agent' }),
    path: 'bootArtifactsBaseURL',
    message: 'Invalid value: "pxe.example.com/agent": invalid URI "pxe.example.com/agent" (no scheme)',
  },
  {
    rule: 'at least one interface',
    config: agentConfig({ hosts: [host(0, 'master', { interfaces: [] })] }),
    path: 'hosts[0].interfaces',
    message: 'Required value: at least one interface must be defined for each node',
  },
  {
    rule: 'every interface has a MAC',
    config: agentConfig({ hosts: [host(0, 'master', { interfaces: [{ name: 'eno1' }] })] }),
    path: 'hosts[0].interfaces[0].macAddress',
    message: 'Required value: each interface must have a MAC address defined',
  },
  {
    rule: 'MACs are valid',
    config: agentConfig({
      hosts: [host(0, 'master', { interfaces: [{ name: 'eno1', macAddress: '000000' }] })],
    }),
    path: 'hosts[0].interfaces[0].macAddress',
    message: 'Invalid value: "000000": address 000000: invalid MAC address',
  },
  {
    rule: 'MACs are unique across hosts',
    config: agentConfig({
      hosts: [
        host(0, 'master'),
        host(1, 'master', { interfaces: [{ name: 'eno1', macAddress: '52:54:00:01:00:10' }] }),
      ],
    }),
    path: 'hosts[1].interfaces[0].macAddress',
    message: 'Invalid value: "52:54:00:01:00:10": duplicate MAC address found',
  },
  {
    rule: 'roles of the release',
    config: agentConfig({ hosts: [host(0, 'boss')] }),
    path: 'hosts[0].role',
    message: 'Unsupported value: "boss": supported values: "master", "worker", "arbiter"',
  },
  {
    rule: 'device names are /dev or by-path',
    config: agentConfig({
      hosts: [
        host(0, 'master', { rootDeviceHints: { deviceName: '/dev/disk/by-id/wwn-0x5000c500a0b1c2d3' } }),
      ],
    }),
    path: 'hosts[0].rootDeviceHints.deviceName',
    message:
      'Invalid value: "/dev/disk/by-id/wwn-0x5000c500a0b1c2d3": Device Name of root device hint must be path in /dev/ or /dev/disk/by-path/',
  },
  {
    rule: 'device names are /dev paths',
    config: agentConfig({ hosts: [host(0, 'master', { rootDeviceHints: { deviceName: 'sda' } })] }),
    path: 'hosts[0].rootDeviceHints.deviceName',
    message: 'Invalid value: "sda": Device Name of root device hint must be a /dev/ path',
  },
  {
    rule: 'no WWN extensions',
    config: agentConfig({
      hosts: [host(0, 'master', { rootDeviceHints: { wwnWithExtension: '0x5000c500a0b1c2d3' } })],
    }),
    path: 'hosts[0].rootDeviceHints.wwnWithExtension',
    message: 'Forbidden: WWN extensions are not supported in root device hints',
  },
  {
    rule: 'no WWN vendor extensions',
    config: agentConfig({ hosts: [host(0, 'master', { rootDeviceHints: { wwnVendorExtension: '0x1' } })] }),
    path: 'hosts[0].rootDeviceHints.wwnVendorExtension',
    message: 'Forbidden: WWN vendor extensions are not supported in root device hints',
  },
  {
    rule: 'the rendezvous host is not a worker',
    config: agentConfig({ rendezvousIP: '10.1.0.13' }),
    path: 'hosts[3].role',
    message:
      "Forbidden: Host h3 has role 'worker' and has the rendezvousIP assigned to it. The rendezvousIP must be assigned to a control plane host.",
  },
  {
    rule: 'hosts per role within the replicas',
    config: agentConfig({
      hosts: [host(0, 'master'), host(1, 'master'), host(2, 'master'), host(3, 'worker'), host(4, 'worker')],
    }),
    path: 'hosts',
    message: 'the number of worker hosts defined (2) exceeds the configured Compute replicas (1)',
  },
  {
    rule: 'unknown keys (strict unmarshal)',
    config: agentConfig({ rendezvousIp: '10.1.0.10' }),
    path: 'rendezvousIp',
    message: 'unknown field "rendezvousIp"',
  },
  {
    rule: 'Assisted hostname-unique',
    config: agentConfig({ hosts: [host(0, 'master'), host(1, 'master', { hostname: 'h0' })] }),
    path: 'hosts[1].hostname',
    message: 'Assisted validation hostname-unique',
  },
  {
    rule: 'Assisted belongs-to-machine-cidr',
    config: agentConfig({
      hosts: [host(0, 'master', { networkConfig: nmstate('10.9.0.10', '52:54:00:01:00:10') })],
    }),
    path: 'hosts[0].networkConfig',
    message: 'Assisted validation belongs-to-machine-cidr',
  },
  {
    rule: 'Assisted has-default-route',
    config: agentConfig({
      hosts: [
        host(0, 'master', {
          networkConfig: { ...nmstate('10.1.0.10', '52:54:00:01:00:10'), routes: undefined },
        }),
      ],
    }),
    path: 'hosts[0].networkConfig.routes',
    message: 'Assisted validation has-default-route',
  },
  {
    rule: 'Assisted api-vips-valid (a VIP is a host address)',
    config: agentConfig({
      hosts: [host(0, 'master', { networkConfig: nmstate('10.1.0.5', '52:54:00:01:00:10') })],
    }),
    path: 'hosts[0].networkConfig',
    message: 'Assisted validations api-vips-valid',
  },
])('agent-config rule: $rule', ({ config, path, message }) => {
  it('is an error at the path with the installer’s words', () => {
    const found = checkAgentConfig(config, installConfig(), at()).filter((f) => f.path === path);
    expect(found.map((f) => f.severity)).toContain('error');
    expect(found.map((f) => f.message).join('\n')).toContain(message);
  });
});

describe('rules that follow the release', () => {
  it('the arbiter role exists from 4.20 (the day before: master and worker only)', () => {
    const arbiter = agentConfig({ hosts: [host(0, 'master'), host(1, 'master'), host(2, 'arbiter')] });
    const tna = installConfig({
      controlPlane: { name: 'master', replicas: 2 },
      arbiter: { name: 'arbiter', replicas: 1 },
      compute: [{ name: 'worker', replicas: 0 }],
    });
    const roleFindings = (version: string) =>
      checkAgentConfig(arbiter, tna, at(version)).filter((f) => f.path === 'hosts[2].role');
    expect(
      roleFindings('4.19')
        .map((f) => f.message)
        .join('\n'),
    ).toContain('Unsupported value: "arbiter": supported values: "master", "worker"');
    expect(roleFindings('4.20')).toEqual([]);
  });

  it('Nutanix is an agent platform from 4.19', () => {
    const nutanix = installConfig({
      platform: { nutanix: { apiVIPs: ['10.1.0.5'], ingressVIPs: ['10.1.0.6'] } },
    });
    expect(checkAgentInstallConfig(nutanix, at('4.18')).map((f) => f.rule)).toContain('agent-platform');
    expect(checkAgentInstallConfig(nutanix, at('4.19')).map((f) => f.rule)).not.toContain('agent-platform');
  });

  it('four control-plane nodes from 4.16 (1 or 3 before)', () => {
    const four = installConfig({ controlPlane: { name: 'master', replicas: 4 } });
    expect(
      checkAgentInstallConfig(four, at('4.15')).find((f) => f.path === 'controlPlane.replicas')?.message,
    ).toContain('Unsupported value: 4: supported values: "3", "1"');
    expect(
      checkAgentInstallConfig(four, at('4.16')).filter((f) => f.path === 'controlPlane.replicas'),
    ).toEqual([]);
  });

  it('fencing needs TechPreviewNoUpgrade in 4.21 and nothing in 4.22', () => {
    const tnf = installConfig({
      controlPlane: {
        name: 'master',
        replicas: 2,
        fencing: { credentials: [{ hostName: 'h0' }, { hostName: 'h1' }] },
      },
      compute: [{ name: 'worker', replicas: 0 }],
      platform: { none: {} },
    });
    const gate = 'fencing configuration requires FeatureGateDualReplica to be enabled';
    expect(
      checkAgentInstallConfig(tnf, at('4.21'))
        .map((f) => f.message)
        .join('\n'),
    ).toContain(gate);
    expect(
      checkAgentInstallConfig({ ...tnf, featureSet: 'TechPreviewNoUpgrade' }, at('4.21')).filter(
        (f) => f.severity === 'error',
      ),
    ).toEqual([]);
    expect(checkAgentInstallConfig(tnf, at('4.22')).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('warnings', () => {
  it('fields the agent ignores are named as the installer names them', () => {
    const found = checkAgentInstallConfig(
      installConfig({
        publish: 'Internal',
        controlPlane: { name: 'master', replicas: 3, hyperthreading: 'Disabled' },
      }),
      at(),
    );
    expect(found.map((f) => [f.severity, f.path])).toEqual([
      ['warning', 'controlPlane.hyperthreading'],
      ['warning', 'publish'],
    ]);
    expect(found[1]?.message).toContain('Internal is ignored');
  });

  it('interface names that NMState does not know are a warning, unless NMState matches by MAC', () => {
    const renamed = agentConfig({
      hosts: [host(0, 'master', { interfaces: [{ name: 'nic0', macAddress: '52:54:00:01:00:10' }] })],
    });
    const found = checkAgentConfig(renamed, installConfig(), at()).filter(
      (f) => f.rule === 'agent-interface-name',
    );
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]?.message).toContain('interface name "nic0" not found in networkConfig interfaces [eno1]');
    const byMac = nmstate('10.1.0.10', '52:54:00:01:00:10');
    (byMac.interfaces as Record<string, unknown>[])[0] = {
      ...(byMac.interfaces as Record<string, unknown>[])[0],
      identifier: 'mac-address',
    };
    const matched = agentConfig({
      hosts: [
        host(0, 'master', {
          interfaces: [{ name: 'nic0', macAddress: '52:54:00:01:00:10' }],
          networkConfig: byMac,
        }),
      ],
    });
    expect(
      checkAgentConfig(matched, installConfig(), at()).filter((f) => f.rule === 'agent-interface-name'),
    ).toEqual([]);
  });

  it('fewer hosts than replicas is a warning; a mirror without NTP sources is a warning', () => {
    const found = checkAgentConfig(
      agentConfig({ hosts: [host(0, 'master')] }),
      installConfig({ imageDigestSources: [{ source: 'quay.io/x', mirrors: ['m/x'] }] }),
      at(),
    );
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(found.map((f) => f.rule).sort()).toEqual(['agent-host-count', 'ntp-server-configured']);
  });

  it('messages come in Korean with the installer’s words kept', () => {
    const [finding] = checkAgentConfig(agentConfig({ rendezvousIP: 'x' }), installConfig(), {
      ocpVersion: '4.22',
      lang: 'ko',
    });
    expect(finding?.message).toContain('"x" is not a valid IP');
    expect(finding?.message).toMatch(/[\uAC00-\uD7A3]/);
  });
});
