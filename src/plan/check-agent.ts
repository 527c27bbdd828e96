import type { Problem } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import { AGENT_DEFAULTS } from '../knowledge/agent-installer.js';
import type { Plan } from '../types.js';
import { checkInstallMethod, installChoiceOf, isAgentPath } from './install-path.js';
import { type Cidr, containsIp, isIp, parseCidr, sameIp } from './network.js';

/**
 * Cross-field rules of the answers for the Agent-based path (keys are answers keys): the installMethod itself, the
 * agent block and every host's interfaces, bond and VLAN. The agent-config renderer relies on them, so that what it
 * writes passes the installer's agent-config rules (checked again on the rendered file by validate/agent).
 */
export function checkAgentAnswers(plan: Plan, answers: Answers): Problem[] {
  const problems = checkInstallMethod(plan);
  if (problems.length > 0) return problems;
  if (!isAgentPath(installChoiceOf(plan))) {
    if (answers.agent !== undefined) {
      return [
        {
          key: 'agent',
          message:
            'is read only by the Agent-based installer; set installMethod: agent, or remove the agent block',
        },
      ];
    }
    return [];
  }
  return [
    ...checkAgentBlock(plan),
    ...plan.hosts.flatMap((_, i) => checkHostNetwork(plan, i)),
    ...checkExternal(plan),
  ];
}

function machineNetworks(plan: Plan): Cidr[] {
  return plan.networking.machineNetwork.map(parseCidr).filter((c): c is Cidr => c !== undefined);
}

function inMachineNetwork(plan: Plan, ip: string): boolean {
  return machineNetworks(plan).some((network) => containsIp(network, ip));
}

/** rendezvousIP: a control-plane host's address inside the machine network (agenthosts.go forbids a worker's). */
function checkAgentBlock(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const agent = plan.agent;
  const rendezvous = agent?.rendezvousIP;
  if (rendezvous !== undefined) {
    if (!isIp(rendezvous))
      problems.push({ key: 'agent.rendezvousIP', message: `"${rendezvous}" is not an IP address` });
    else {
      if (!inMachineNetwork(plan, rendezvous)) {
        problems.push({
          key: 'agent.rendezvousIP',
          message: `${rendezvous} is outside the machine network (${plan.networking.machineNetwork.join(', ')}); the rendezvous host is a cluster node`,
        });
      }
      const owner = plan.hosts.find((h) => h.ip !== undefined && sameIp(h.ip, rendezvous));
      if (owner && owner.role !== 'control-plane') {
        problems.push({
          key: 'agent.rendezvousIP',
          message: `${rendezvous} is the address of ${owner.name}, a ${owner.role} host; the rendezvous IP must be a control-plane host's`,
        });
      }
      const vips = [...(plan.vips?.api ?? []), ...(plan.vips?.ingress ?? [])];
      if (vips.some((vip) => sameIp(vip, rendezvous))) {
        problems.push({
          key: 'agent.rendezvousIP',
          message: `${rendezvous} is also a VIP; use the control-plane host's own address`,
        });
      }
    }
  }
  agent?.dnsServers.forEach((server, i) => {
    if (!isIp(server))
      problems.push({ key: `agent.dnsServers[${i}]`, message: `"${server}" is not an IP address` });
  });
  if (agent?.gateway !== undefined) {
    if (!isIp(agent.gateway))
      problems.push({ key: 'agent.gateway', message: `"${agent.gateway}" is not an IP address` });
    else if (!inMachineNetwork(plan, agent.gateway)) {
      problems.push({
        key: 'agent.gateway',
        message: `${agent.gateway} is outside the machine network (${plan.networking.machineNetwork.join(', ')}); the default route's next hop must be on the hosts' network`,
      });
    }
  }
  agent?.ntpSources.forEach((source, i) => {
    if (!isIp(source) && !isDomainName(source)) {
      problems.push({
        key: `agent.ntpSources[${i}]`,
        message: `"${source}" is not an IP address or DNS name (the installer: "NTP server is not a valid IP or domain name")`,
      });
    }
  });
  if (
    agent?.bootArtifactsBaseURL !== undefined &&
    !/^[a-z][a-z0-9+.-]*:\/\/[^\s/]+/i.test(agent.bootArtifactsBaseURL)
  ) {
    problems.push({
      key: 'agent.bootArtifactsBaseURL',
      message:
        'must be an absolute URL such as http://pxe.example.com/agent (where the PXE files will be served)',
    });
  }
  return problems;
}

/** A DNS name as the installer's validate.DomainName accepts it (a trailing dot allowed). */
export function isDomainName(text: string): boolean {
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((label) => /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/i.test(label));
}

/** Interfaces, bond and VLAN of one host: names unique, bond ports among the interfaces, MACs unique across hosts. */
function checkHostNetwork(plan: Plan, index: number): Problem[] {
  const host = plan.hosts[index];
  if (!host || host.role === 'bootstrap') return [];
  const problems: Problem[] = [];
  const key = `hosts[${index}]`;
  const names = (host.interfaces ?? []).map((i) => i.name);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i)
      problems.push({ key: `${key}.interfaces[${i}].name`, message: `"${name}" is listed twice` });
  });
  const macs = new Map<string, string>();
  plan.hosts.forEach((other, h) => {
    if (h >= index) return;
    for (const mac of hostMacs(other)) macs.set(mac.toLowerCase(), other.name);
  });
  (host.interfaces ?? []).forEach((nic, i) => {
    const owner = macs.get(nic.macAddress.toLowerCase());
    if (owner !== undefined) {
      problems.push({
        key: `${key}.interfaces[${i}].macAddress`,
        message: `${nic.macAddress} is already ${owner}'s; every NIC has its own MAC address`,
      });
    }
    const sameHost = (host.interfaces ?? []).findIndex(
      (n) => n.macAddress.toLowerCase() === nic.macAddress.toLowerCase(),
    );
    if (sameHost !== i) {
      problems.push({
        key: `${key}.interfaces[${i}].macAddress`,
        message: `${nic.macAddress} is also interfaces[${sameHost}]`,
      });
    }
  });
  if (host.interfaces?.length && host.bootMACAddress) {
    const found = host.interfaces.some(
      (n) => n.macAddress.toLowerCase() === host.bootMACAddress?.toLowerCase(),
    );
    if (!found) {
      problems.push({
        key: `${key}.bootMACAddress`,
        message: `${host.bootMACAddress} is not one of the host's interfaces; add it to hosts[${index}].interfaces or drop bootMACAddress`,
      });
    }
  }
  const known = names.length > 0 ? names : [AGENT_DEFAULTS.interfaceName];
  if (host.bond) {
    if (names.length === 0) {
      problems.push({
        key: `${key}.interfaces`,
        message: 'are required with a bond: name each bonded NIC with its MAC address',
      });
    }
    host.bond.ports.forEach((port, i) => {
      if (names.length > 0 && !names.includes(port)) {
        problems.push({
          key: `${key}.bond.ports[${i}]`,
          message: `"${port}" is not one of the host's interfaces (${names.join(', ')})`,
        });
      }
    });
    if (names.includes(host.bond.name)) {
      problems.push({
        key: `${key}.bond.name`,
        message: `"${host.bond.name}" is also an interface name; name the bond differently`,
      });
    }
  }
  if (host.vlan?.base !== undefined) {
    const bases = [...known, ...(host.bond ? [host.bond.name] : [])];
    if (!bases.includes(host.vlan.base)) {
      problems.push({
        key: `${key}.vlan.base`,
        message: `"${host.vlan.base}" is neither an interface nor the bond of this host (${bases.join(', ')})`,
      });
    } else if (host.bond?.ports.includes(host.vlan.base)) {
      problems.push({
        key: `${key}.vlan.base`,
        message: `"${host.vlan.base}" is a bond port; put the VLAN on the bond ${host.bond.name}`,
      });
    }
  }
  return problems;
}

/** Every MAC a host is known by. */
export function hostMacs(host: Plan['hosts'][number]): string[] {
  const macs = (host.interfaces ?? []).map((n) => n.macAddress);
  if (host.bootMACAddress && !macs.some((m) => m.toLowerCase() === host.bootMACAddress?.toLowerCase())) {
    macs.push(host.bootMACAddress);
  }
  return macs;
}

/** Oracle Cloud needs its own cloud controller manager ("must be set to External", pkg/asset/agent/installconfig.go). */
function checkExternal(plan: Plan): Problem[] {
  if (plan.platform !== 'external') return [];
  const name = plan.platformConfig.platformName ?? 'oci';
  if (name === 'oci' && plan.platformConfig.cloudControllerManager === '') {
    return [
      {
        key: 'external.cloudControllerManager',
        message: 'must be External with platformName oci: Oracle Cloud runs its own cloud controller manager',
      },
    ];
  }
  return [];
}
