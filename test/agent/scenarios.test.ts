import { describe, expect, it } from 'vitest';
import { containsIp, parseCidr } from '../../src/plan/network.js';
import { checkAgentConfig } from '../../src/validate/agent/index.js';
import { itWithOracle, withOracle } from '../helpers/oracle.js';
import { checkAgainstInstallerSchema } from '../install-config/installer-schema.js';
import { AGENT_SCENARIOS, agentSchemaErrors, render, scenarioPlan } from './helpers.js';

/** Checklist steps that exist only for a bootstrap machine and hosted Ignition files (UPI) or for IPI. */
const NOT_AGENT = [
  'install.manifests',
  'install.ignition-configs',
  'ignition.host',
  'install.boot',
  'install.csr',
  'install.create-cluster',
  'lb.remove-bootstrap',
];

describe.each(AGENT_SCENARIOS)('Agent-based scenario %s', (name) => {
  const plan = scenarioPlan(name);
  const out = render(plan);

  itWithOracle('renders an agent-config.yaml valid against the v1beta1 schema', () => {
    expect(agentSchemaErrors(out.ac)).toEqual([]);
  });

  it('passes the agent rules and the installer schema with no error', () => {
    expect(
      checkAgentConfig(out.ac, out.ic, { ocpVersion: plan.ocpVersion }).filter((f) => f.severity === 'error'),
    ).toEqual([]);
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([]);
    withOracle(() => expect(checkAgainstInstallerSchema(out.ic)).toEqual([]));
  });

  it('names a control-plane host of the machine network as the rendezvous host', () => {
    const rendezvous = out.ac.rendezvousIP as string;
    const networks = plan.networking.machineNetwork.map((c) => parseCidr(c));
    expect(networks.some((n) => n !== undefined && containsIp(n, rendezvous))).toBe(true);
    const owner = plan.hosts.find((h) => h.ip === rendezvous);
    if (owner) expect(owner.role).toBe('control-plane');
  });

  it('lists every host with hostname, role and its MAC addresses', () => {
    const hosts = out.ac.hosts as { hostname: string; role: string; interfaces: { macAddress: string }[] }[];
    expect(hosts.map((h) => h.hostname)).toEqual(plan.hosts.map((h) => h.name));
    expect(hosts.map((h) => h.role)).toEqual(
      plan.hosts.map(
        (h) => ({ 'control-plane': 'master', worker: 'worker', arbiter: 'arbiter' })[h.role as 'worker'],
      ),
    );
    for (const [i, host] of plan.hosts.entries()) {
      const macs = hosts[i]?.interfaces.map((n) => n.macAddress) ?? [];
      if (host.bootMACAddress) expect(macs).toContain(host.bootMACAddress);
    }
  });

  it('leaves out what the agent ignores or takes from agent-config.yaml', () => {
    const platform = out.ic.platform as Record<string, Record<string, unknown>>;
    expect(out.ic.publish).toBeUndefined();
    expect(out.ic.credentialsMode).toBeUndefined();
    expect(out.ic.bootstrapInPlace).toBeUndefined();
    expect((out.ic.controlPlane as Record<string, unknown>).hyperthreading).toBeUndefined();
    expect(platform.baremetal?.hosts).toBeUndefined();
    expect(platform.baremetal?.provisioningNetwork).toBeUndefined();
    expect(out.agentConfig).not.toMatch(/password/i);
  });

  it('has the agent steps in the checklist and none of UPI or IPI', () => {
    const ids = out.checklist.map((i) => i.id);
    for (const id of [
      'install.dir',
      'agent.image',
      'agent.boot',
      'install.bootstrap-complete',
      'install.complete',
    ]) {
      expect(ids).toContain(id);
    }
    for (const id of NOT_AGENT) expect(ids).not.toContain(id);
    const commands = out.checklist.flatMap((i) => i.commands ?? []);
    expect(commands).toContain(
      `openshift-install agent wait-for install-complete --dir ${plan.clusterName}-install`,
    );
    expect(commands.some((c) => c.includes('agent-config.yaml'))).toBe(true);
    expect(JSON.parse(out.artifacts.find((a) => a.path === 'plan.json')?.content ?? '{}').install).toEqual({
      method: 'Agent-based',
      chosen: 'answers',
    });
  });
});

describe('what each scenario shows', () => {
  it('bonds and VLANs reach the NMState of every bare-metal host', () => {
    const out = render(scenarioPlan('agent-baremetal-disconnected'));
    const host = (
      out.ac.hosts as { networkConfig: { interfaces: Record<string, unknown>[]; routes: unknown } }[]
    )[0];
    const byName = Object.fromEntries(host?.networkConfig.interfaces.map((i) => [i.name, i]) ?? []);
    expect(byName.bond0?.['link-aggregation']).toEqual({
      mode: 'active-backup',
      options: { miimon: '100' },
      port: ['eno1', 'eno2'],
    });
    expect(byName['bond0.120']).toMatchObject({
      type: 'vlan',
      vlan: { 'base-iface': 'bond0', id: 120 },
      ipv4: { address: [{ ip: '10.20.0.10', 'prefix-length': 24 }] },
    });
    expect(host?.networkConfig.routes).toEqual({
      config: [
        {
          destination: '0.0.0.0/0',
          'next-hop-address': '10.20.0.1',
          'next-hop-interface': 'bond0.120',
          'table-id': 254,
        },
      ],
    });
    expect(out.ac.additionalNTPSources).toEqual(['ntp1.plant.example.com', '10.20.0.2']);
    expect((out.ic.platform as Record<string, unknown>).baremetal).toEqual({
      apiVIPs: ['10.20.0.5'],
      ingressVIPs: ['10.20.0.6'],
    });
  });

  it('a single node and Oracle Cloud get the platforms the agent accepts for them', () => {
    expect(render(scenarioPlan('agent-sno-baremetal')).ic.platform).toEqual({ none: {} });
    const oci = render(scenarioPlan('external-oci-compact'));
    expect(oci.ic.platform).toEqual({
      external: { platformName: 'oci', cloudControllerManager: 'External' },
    });
    expect(oci.ac.minimalISO).toBe(true);
    expect(oci.checklist.map((i) => i.id)).toEqual(
      expect.arrayContaining(['agent.oci-manifests', 'agent.oci-resources']),
    );
  });

  it('PXE booting replaces the ISO when a boot artifacts URL is given', () => {
    const out = render(scenarioPlan('agent-none-compact'));
    expect(out.ac.bootArtifactsBaseURL).toBe('http://pxe.example.net/trio');
    const image = out.checklist.find((i) => i.id === 'agent.image');
    expect(image?.commands).toContain('openshift-install agent create pxe-files --dir trio-install');
    // platform none: the customer's HAProxy, without a bootstrap machine in its pools.
    const haproxy = out.artifacts.find((a) => a.path === 'infra/haproxy.cfg')?.content ?? '';
    expect(haproxy).toContain('172.16.30.10');
    expect(haproxy).not.toMatch(/bootstrap/i);
  });

  it('vSphere keeps its inventory, the folder the agent requires, and the VIPs; hosts use DHCP', () => {
    const out = render(scenarioPlan('agent-vsphere-ha'));
    const vsphere = (out.ic.platform as Record<string, Record<string, unknown>>).vsphere ?? {};
    expect((vsphere.failureDomains as { topology: { folder: string } }[])[0]?.topology.folder).toBe(
      '/dc1/vm/vsagent',
    );
    expect(vsphere.apiVIPs).toEqual(['192.168.20.5']);
    expect(out.ac.rendezvousIP).toBe('192.168.20.10');
    expect((out.ac.hosts as Record<string, unknown>[]).every((h) => h.networkConfig === undefined)).toBe(
      true,
    );
  });
});
