import { type Problem, problemOf } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import { AGENT_DEFAULTS } from '../knowledge/agent-installer.js';
import type { Plan } from '../types.js';
import { AGENT_MESSAGES as M } from './check-agent-messages.js';
import { checkInstallMethod, installChoiceOf, isAgentPath } from './install-path.js';
import { type Cidr, containsIp, isIp, parseCidr, sameIp } from './network.js';

/**
 * Cross-field rules of the answers for the Agent-based path (keys are answers keys): the installMethod itself, the
 * agent block and every host's interfaces, bond and VLAN. The agent-config renderer relies on them, so that what it
 * writes passes the installer's agent-config rules (checked again on the rendered file by validate/agent).
 */
export function checkAgentAnswers(plan: Plan, answers: Answers): Problem[] {
  // An installMethod the platform cannot take is its own rule's problem; the agent answers wait until it is fixed.
  if (checkInstallMethod(plan).length > 0) return [];
  if (!isAgentPath(installChoiceOf(plan)))
    return answers.agent !== undefined ? [problemOf('agent', M.agentBlockUnused)] : [];
  return [
    ...checkAgentBlock(plan),
    ...plan.hosts.flatMap((_, i) => checkHostNetwork(plan, i)),
    ...checkExternal(plan),
  ];
}

function machineNetworks(plan: Plan): Cidr[] {
  return plan.networking.machineNetwork.map(parseCidr).filter((c): c is Cidr => c !== undefined);
}

function networksOf(plan: Plan): string {
  return plan.networking.machineNetwork.join(', ');
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
    const key = 'agent.rendezvousIP';
    if (!isIp(rendezvous)) problems.push(problemOf(key, M.notIp, { value: rendezvous }));
    else {
      if (!inMachineNetwork(plan, rendezvous))
        problems.push(problemOf(key, M.rendezvousOutside, { ip: rendezvous, networks: networksOf(plan) }));
      const owner = plan.hosts.find((h) => h.ip !== undefined && sameIp(h.ip, rendezvous));
      if (owner && owner.role !== 'control-plane')
        problems.push(
          problemOf(key, M.rendezvousRole, { ip: rendezvous, host: owner.name, role: owner.role }),
        );
      const vips = [...(plan.vips?.api ?? []), ...(plan.vips?.ingress ?? [])];
      if (vips.some((vip) => sameIp(vip, rendezvous)))
        problems.push(problemOf(key, M.rendezvousVip, { ip: rendezvous }));
    }
  }
  agent?.dnsServers.forEach((server, i) => {
    if (!isIp(server)) problems.push(problemOf(`agent.dnsServers[${i}]`, M.notIp, { value: server }));
  });
  if (agent?.gateway !== undefined) {
    if (!isIp(agent.gateway)) problems.push(problemOf('agent.gateway', M.notIp, { value: agent.gateway }));
    else if (!inMachineNetwork(plan, agent.gateway))
      problems.push(
        problemOf('agent.gateway', M.gatewayOutside, { ip: agent.gateway, networks: networksOf(plan) }),
      );
  }
  agent?.ntpSources.forEach((source, i) => {
    if (!isIp(source) && !isDomainName(source))
      problems.push(problemOf(`agent.ntpSources[${i}]`, M.ntpSource, { value: source }));
  });
  if (
    agent?.bootArtifactsBaseURL !== undefined &&
    !/^[a-z][a-z0-9+.-]*:\/\/[^\s/]+/i.test(agent.bootArtifactsBaseURL)
  ) {
    problems.push(problemOf('agent.bootArtifactsBaseURL', M.bootArtifactsBaseURL));
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
      problems.push(problemOf(`${key}.interfaces[${i}].name`, M.interfaceTwice, { name }));
  });
  const macs = new Map<string, string>();
  plan.hosts.forEach((other, h) => {
    if (h >= index) return;
    for (const mac of hostMacs(other)) macs.set(mac.toLowerCase(), other.name);
  });
  (host.interfaces ?? []).forEach((nic, i) => {
    const owner = macs.get(nic.macAddress.toLowerCase());
    if (owner !== undefined)
      problems.push(
        problemOf(`${key}.interfaces[${i}].macAddress`, M.macOtherHost, { mac: nic.macAddress, host: owner }),
      );
    const sameHost = (host.interfaces ?? []).findIndex(
      (n) => n.macAddress.toLowerCase() === nic.macAddress.toLowerCase(),
    );
    if (sameHost !== i)
      problems.push(
        problemOf(`${key}.interfaces[${i}].macAddress`, M.macSameHost, {
          mac: nic.macAddress,
          other: sameHost,
        }),
      );
  });
  if (host.interfaces?.length && host.bootMACAddress) {
    const found = host.interfaces.some(
      (n) => n.macAddress.toLowerCase() === host.bootMACAddress?.toLowerCase(),
    );
    if (!found)
      problems.push(
        problemOf(`${key}.bootMACAddress`, M.bootMacNotInterface, { mac: host.bootMACAddress, index }),
      );
  }
  const known = names.length > 0 ? names : [AGENT_DEFAULTS.interfaceName];
  if (host.bond) {
    if (names.length === 0) problems.push(problemOf(`${key}.interfaces`, M.bondNeedsInterfaces));
    host.bond.ports.forEach((port, i) => {
      if (names.length > 0 && !names.includes(port))
        problems.push(
          problemOf(`${key}.bond.ports[${i}]`, M.bondPortUnknown, { port, names: names.join(', ') }),
        );
    });
    if (names.includes(host.bond.name))
      problems.push(problemOf(`${key}.bond.name`, M.bondNameTaken, { name: host.bond.name }));
  }
  if (host.vlan?.base !== undefined) {
    const bases = [...known, ...(host.bond ? [host.bond.name] : [])];
    if (!bases.includes(host.vlan.base))
      problems.push(
        problemOf(`${key}.vlan.base`, M.vlanBaseUnknown, { base: host.vlan.base, bases: bases.join(', ') }),
      );
    else if (host.bond?.ports.includes(host.vlan.base))
      problems.push(
        problemOf(`${key}.vlan.base`, M.vlanOnPort, { base: host.vlan.base, bond: host.bond.name }),
      );
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
    return [problemOf('external.cloudControllerManager', M.ociCloudControllerManager)];
  }
  return [];
}
