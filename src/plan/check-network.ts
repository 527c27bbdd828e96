import { type Problem, problemIn, problemOf } from '../answers/problems.js';
import { VIP_PLATFORMS } from '../knowledge/platform-defaults.js';
import { USER_MANAGED_LB_PLATFORMS } from '../knowledge/powervc.js';
import { TOPOLOGY_FACTS } from '../knowledge/topologies.js';
import type { Plan } from '../types.js';
import { CHECK_MESSAGES as M } from './check-messages.js';
import {
  type Cidr,
  containsIp,
  ipFamily,
  isIp,
  isNetworkAddress,
  overlaps,
  parseCidr,
  sameIp,
} from './network.js';

interface NamedCidr {
  key: string;
  cidr: Cidr;
  label: { en: string; ko: string };
}

/** Network rules of validateNetworking (installconfig.go): syntax, network address, hostPrefix, sizes and overlaps. */
export function checkNetworks(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const named: NamedCidr[] = [];
  const collect = (key: string, text: string, label: { en: string; ko: string }) => {
    const cidr = parseCidr(text);
    if (!cidr) {
      problems.push(problemOf(key, M.notCidr, { text }));
      return undefined;
    }
    if (!isNetworkAddress(cidr)) problems.push(problemOf(key, M.hostBits, { text, network: cidr.network }));
    named.push({ key, cidr, label });
    return cidr;
  };
  const label = (text: { en: string; ko: string }, index: number) => ({
    en: text.en.replace('{index}', String(index)),
    ko: text.ko.replace('{index}', String(index)),
  });
  plan.networking.machineNetwork.forEach((text, i) => {
    collect(`networking.machineNetwork[${i}]`, text, label(M.labelMachine, i));
  });
  plan.networking.serviceNetwork.forEach((text, i) => {
    const key = `networking.serviceNetwork[${i}]`;
    const cidr = collect(key, text, label(M.labelService, i));
    // Service networks larger than /12 (IPv4) or /108 (IPv6) are refused by the installer (validateNetworking).
    if (cidr?.family === 'ipv4' && cidr.prefix < 12)
      problems.push(problemOf(key, M.serviceTooLarge4, { prefix: cidr.prefix }));
    if (cidr?.family === 'ipv6' && cidr.prefix < 108)
      problems.push(problemOf(key, M.serviceTooLarge6, { prefix: cidr.prefix }));
  });
  plan.networking.clusterNetwork.forEach((entry, i) => {
    const key = `networking.clusterNetwork[${i}]`;
    const cidr = collect(`${key}.cidr`, entry.cidr, label(M.labelCluster, i));
    if (!cidr) return;
    const bits = cidr.family === 'ipv4' ? 32 : 128;
    if (cidr.family === 'ipv6' && entry.hostPrefix !== 64) {
      problems.push(problemOf(`${key}.hostPrefix`, M.hostPrefix6));
    } else if (entry.hostPrefix < cidr.prefix || entry.hostPrefix > bits) {
      problems.push(
        problemOf(`${key}.hostPrefix`, M.hostPrefixRange, {
          prefix: cidr.prefix,
          bits,
          hostPrefix: entry.hostPrefix,
          cidr: entry.cidr,
        }),
      );
    }
  });
  // Overlaps in every direction between and within the three lists (validateNetworking (installconfig.go)).
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i];
      const b = named[j];
      if (a && b && overlaps(a.cidr, b.cidr)) {
        const values = { network: b.cidr.network, other: a.cidr.network };
        problems.push(
          problemIn(b.key, M.overlap, { ...values, label: a.label.en }, { ...values, label: a.label.ko }),
        );
      }
    }
  }
  return problems;
}

/** VIP rules of validateVIPsForPlatform (installconfig.go): valid IPs, inside a machine network, API and ingress distinct. */
export function checkVips(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  if (!plan.vips) return problems;
  if (!VIP_PLATFORMS.includes(plan.platform)) {
    return [
      problemOf('vips', M.vipsPlatform, { platforms: VIP_PLATFORMS.join(', '), platform: plan.platform }),
    ];
  }
  const machineNetworks = plan.networking.machineNetwork
    .map(parseCidr)
    .filter((c): c is Cidr => c !== undefined);
  const networks = plan.networking.machineNetwork.join(', ');
  // Behind a user-managed load balancer (PowerVC) the addresses are its front ends: anywhere, and possibly one address.
  const loadBalancerAddresses = USER_MANAGED_LB_PLATFORMS.includes(plan.platform);
  for (const kind of ['api', 'ingress'] as const) {
    const list = plan.vips[kind];
    list.forEach((vip, i) => {
      const key = `vips.${kind}[${i}]`;
      if (!isIp(vip)) {
        problems.push(problemOf(key, M.notIp, { value: vip }));
        return;
      }
      if (!loadBalancerAddresses && !machineNetworks.some((network) => containsIp(network, vip)))
        problems.push(problemOf(key, M.vipOutside, { vip, networks }));
    });
    if (list.length === 2 && ipFamily(list[0] ?? '') === ipFamily(list[1] ?? ''))
      problems.push(problemOf(`vips.${kind}`, M.vipFamilies));
  }
  plan.vips.ingress.forEach((vip, i) => {
    if (!loadBalancerAddresses && plan.vips?.api.some((api) => sameIp(api, vip)))
      problems.push(problemOf(`vips.ingress[${i}]`, M.ingressIsApi, { vip }));
  });
  if (plan.vips.api.length > 0 && plan.vips.ingress.length === 0)
    problems.push(problemOf('vips.ingress', M.ingressRequired));
  if (plan.vips.ingress.length > 0 && plan.vips.api.length === 0)
    problems.push(problemOf('vips.api', M.apiRequired));
  return problems;
}

export function checkHosts(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const machineNetworks = plan.networking.machineNetwork
    .map(parseCidr)
    .filter((c): c is Cidr => c !== undefined);
  const networks = plan.networking.machineNetwork.join(', ');
  const seenNames = new Map<string, number>();
  const seenMacs = new Map<string, number>();
  const seenIps = new Map<string, number>();
  plan.hosts.forEach((host, i) => {
    const key = `hosts[${i}]`;
    // The zone files and DHCP reservations name each host <name>.<cluster>.<baseDomain>: at most 253 characters (RFC 1035).
    const fqdn = `${host.name}.${plan.clusterName}.${plan.baseDomain}`;
    if (fqdn.length > 253)
      problems.push(problemOf(`${key}.name`, M.hostNameLength, { length: fqdn.length, fqdn }));
    const name = seenNames.get(host.name);
    if (name !== undefined)
      problems.push(problemOf(`${key}.name`, M.hostNameTaken, { name: host.name, other: name }));
    seenNames.set(host.name, i);
    if (host.bootMACAddress) {
      const mac = host.bootMACAddress.toLowerCase();
      const other = seenMacs.get(mac);
      if (other !== undefined)
        problems.push(problemOf(`${key}.bootMACAddress`, M.macTaken, { mac: host.bootMACAddress, other }));
      seenMacs.set(mac, i);
    }
    const ip = host.ip;
    if (ip === undefined) return;
    if (!isIp(ip)) {
      problems.push(problemOf(`${key}.ip`, M.notIp, { value: ip }));
      return;
    }
    if (!machineNetworks.some((network) => containsIp(network, ip)))
      problems.push(problemOf(`${key}.ip`, M.hostOutside, { ip, networks }));
    const other = seenIps.get(ip);
    if (other !== undefined) problems.push(problemOf(`${key}.ip`, M.ipTaken, { ip, other }));
    seenIps.set(ip, i);
    const vips = [...(plan.vips?.api ?? []), ...(plan.vips?.ingress ?? [])];
    if (vips.some((vip) => sameIp(vip, ip))) problems.push(problemOf(`${key}.ip`, M.hostIsVip, { ip }));
  });
  const controlPlaneHosts = plan.hosts.filter((h) => h.role === 'control-plane').length;
  if (controlPlaneHosts > plan.controlPlaneReplicas) {
    problems.push(
      problemOf('hosts', M.tooManyControlPlane, {
        count: controlPlaneHosts,
        topology: plan.topology,
        replicas: plan.controlPlaneReplicas,
      }),
    );
  }
  // One temporary bootstrap machine at most, and none for a single node, which bootstraps in place (install-sno-generating-the-install-iso-manually (docs)).
  const bootstrapHosts = plan.hosts.filter((h) => h.role === 'bootstrap').length;
  if (bootstrapHosts > 1) problems.push(problemOf('hosts', M.tooManyBootstrap, { count: bootstrapHosts }));
  if (bootstrapHosts > 0 && plan.topology === 'sno') problems.push(problemOf('hosts', M.bootstrapSno));
  const workerHosts = plan.hosts.filter((h) => h.role === 'worker').length;
  if (!TOPOLOGY_FACTS[plan.topology].computeAllowed && workerHosts > 0)
    problems.push(problemOf('hosts', M.workersNotAllowed, { count: workerHosts, topology: plan.topology }));
  return problems;
}
