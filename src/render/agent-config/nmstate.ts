import { AGENT_DEFAULTS } from '../../knowledge/agent-installer.js';
import { type Cidr, containsIp, ipFamily, parseCidr } from '../../plan/network.js';
import type { Host, HostInterface, Plan } from '../../types.js';

/**
 * A host's NMState desired state (agent-config `hosts[].networkConfig`) from the answers: one ethernet stanza per NIC,
 * a bond and a VLAN when the answers give them, the static address on the interface that carries it, the DNS servers
 * and a default route in the main table — the patterns of the docs’ agent-config examples. Logical interface names:
 * the agent maps each to its NIC by MAC address.
 */

export interface HostNetwork {
  interfaces: HostInterface[];
  /** The interface that carries the host's address: the VLAN, else the bond, else the boot NIC. */
  addressed: string;
  /** Undefined when the host needs no NMState (one NIC with DHCP). */
  networkConfig?: Record<string, unknown>;
  /** Prefix length of the static address, from the machine network that contains it. */
  prefix?: number;
}

/** The NICs of a host: as answered, else one interface with the boot MAC under the default logical name. */
export function hostInterfaces(host: Host): HostInterface[] {
  if (host.interfaces?.length)
    return host.interfaces.map((nic) => ({ name: nic.name, macAddress: nic.macAddress }));
  return host.bootMACAddress ? [{ name: AGENT_DEFAULTS.interfaceName, macAddress: host.bootMACAddress }] : [];
}

/** The machine network that holds the address, for its prefix length. */
function networkOf(plan: Plan, ip: string): Cidr | undefined {
  return plan.networking.machineNetwork
    .map(parseCidr)
    .find((network): network is Cidr => network !== undefined && containsIp(network, ip));
}

function vlanName(base: string, id: number): string {
  // Kernel names stop at 15 characters; `<base>.<id>` is the NMState docs' convention and fits for common bases.
  const name = `${base}.${id}`;
  return name.length <= 15 ? name : `vlan${id}`;
}

export function hostNetwork(plan: Plan, host: Host): HostNetwork {
  const nics = hostInterfaces(host);
  const mtu = plan.agent?.mtu;
  const withMtu = (entry: Record<string, unknown>) =>
    mtu !== undefined && mtu !== AGENT_DEFAULTS.mtu ? { ...entry, mtu } : entry;
  const boot = nics.find((n) => n.macAddress.toLowerCase() === host.bootMACAddress?.toLowerCase()) ?? nics[0];
  const bond = host.bond;
  const vlanBase = host.vlan ? (host.vlan.base ?? bond?.name ?? boot?.name) : undefined;
  const vlan =
    host.vlan && vlanBase
      ? { name: vlanName(vlanBase, host.vlan.id), base: vlanBase, id: host.vlan.id }
      : undefined;
  const addressed = vlan?.name ?? bond?.name ?? boot?.name ?? AGENT_DEFAULTS.interfaceName;

  const family = host.ip ? ipFamily(host.ip) : undefined;
  const network = host.ip ? networkOf(plan, host.ip) : undefined;
  const single = nics.length === 1 && !bond && !vlan;
  if (!host.ip && single) return { interfaces: nics, addressed };

  // Fresh objects everywhere: a shared one would be printed as a YAML anchor and alias.
  const disabled = () => ({ enabled: false });
  const ipStanzas = (): Record<string, unknown> => {
    if (!host.ip || !family || !network) {
      return { ipv4: { enabled: true, dhcp: true }, ipv6: disabled() };
    }
    const address = {
      enabled: true,
      dhcp: false,
      address: [{ ip: host.ip, 'prefix-length': network.prefix }],
    };
    return family === 'ipv4'
      ? { ipv4: address, ipv6: disabled() }
      : { ipv4: disabled(), ipv6: { ...address, autoconf: false } };
  };
  const noAddress = () => ({ ipv4: disabled(), ipv6: disabled() });

  const interfaces: Record<string, unknown>[] = nics.map((nic) =>
    withMtu({
      name: nic.name,
      type: 'ethernet',
      state: 'up',
      'mac-address': nic.macAddress,
      ...(nic.name === addressed ? ipStanzas() : noAddress()),
    }),
  );
  if (bond) {
    interfaces.push(
      withMtu({
        name: bond.name,
        type: 'bond',
        state: 'up',
        'link-aggregation': {
          mode: bond.mode,
          options: { miimon: String(AGENT_DEFAULTS.bondMiimon) },
          port: [...bond.ports],
        },
        ...(bond.name === addressed ? ipStanzas() : noAddress()),
      }),
    );
  }
  if (vlan) {
    interfaces.push(
      withMtu({
        name: vlan.name,
        type: 'vlan',
        state: 'up',
        vlan: { 'base-iface': vlan.base, id: vlan.id },
        ...ipStanzas(),
      }),
    );
  }
  const config: Record<string, unknown> = { interfaces };
  const dns = plan.agent?.dnsServers ?? [];
  if (host.ip && dns.length > 0) config['dns-resolver'] = { config: { server: [...dns] } };
  const gateway = plan.agent?.gateway;
  if (host.ip && gateway && family === ipFamily(gateway)) {
    config.routes = {
      config: [
        {
          destination: family === 'ipv4' ? '0.0.0.0/0' : '::/0',
          'next-hop-address': gateway,
          'next-hop-interface': addressed,
          'table-id': AGENT_DEFAULTS.routeTable,
        },
      ],
    };
  }
  return {
    interfaces: nics,
    addressed,
    networkConfig: config,
    ...(network ? { prefix: network.prefix } : {}),
  };
}
