import ipaddr from 'ipaddr.js';
import { say } from '../../i18n/text.js';
import { containsIp, parseCidr } from '../../plan/network.js';
import type { Lang, Method, Plan } from '../../types.js';
import { INFRA_TEXT, infraComment } from './infra-text.js';
import {
  arbiterSlots,
  bootstrapSlot,
  clusterDomain,
  controlPlaneSlots,
  type NodeSlot,
  slotLabel,
  workerSlots,
} from './nodes.js';

export function dhcpPath(plan: Plan): string {
  return `infra/dhcp/dnsmasq-${plan.clusterName}.conf`;
}

/** dnsmasq writes IPv6 addresses in dhcp-host lines in brackets. */
function hostAddress(ip: string): string {
  return ip.includes(':') ? `[${ip}]` : ip;
}

/** Addresses of the dynamic pool that gives the bare-metal IPI bootstrap VM its address (its MAC is random). */
export const BOOTSTRAP_POOL_SIZE = 5;

/**
 * `static` ranges: dnsmasq answers only the reserved hosts on that network and hands out no dynamic leases, so the
 * file cannot hand a VIP or another machine's address to a stranger (VIPs stay outside any pool).
 */
function rangeLines(plan: Plan, reserved: NodeSlot[]): string[] {
  const lines: string[] = [];
  for (const text of plan.networking.machineNetwork) {
    const cidr = parseCidr(text);
    if (cidr === undefined) continue;
    if (!reserved.some((slot) => slot.ip !== undefined && containsIp(cidr, slot.ip))) continue;
    const base = cidr.network.split('/')[0] ?? '';
    const mask =
      cidr.family === 'ipv4'
        ? ipaddr.IPv4.subnetMaskFromPrefixLength(cidr.prefix).toString()
        : String(cidr.prefix);
    lines.push(`dhcp-range=${base},static,${mask}`);
  }
  return lines;
}

function ipv4ToNumber(ip: string): number {
  return ipaddr.IPv4.parse(ip)
    .toByteArray()
    .reduce((n, byte) => n * 256 + byte, 0);
}

function numberToIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/**
 * The highest run of free addresses in the first IPv4 machine network, below its broadcast address, that holds no
 * node, VIP or other planned address: the bare-metal IPI bootstrap VM is a libvirt guest with a random MAC and takes
 * its machine-network address from DHCP unless bootstrapExternalStaticIP is set.
 */
export function bootstrapPool(plan: Plan): { start: string; end: string; mask: string } | undefined {
  const cidr = plan.networking.machineNetwork.map(parseCidr).find((c) => c?.family === 'ipv4');
  if (cidr === undefined || cidr.prefix > 28) return undefined;
  const used = new Set(
    [...plan.hosts.map((h) => h.ip), ...(plan.vips?.api ?? []), ...(plan.vips?.ingress ?? [])]
      .filter((ip): ip is string => ip !== undefined && ipaddr.IPv4.isValid(ip))
      .map(ipv4ToNumber),
  );
  const network = ipv4ToNumber(cidr.network.split('/')[0] ?? '');
  const broadcast = network + 2 ** (32 - cidr.prefix) - 1;
  for (let end = broadcast - 1; end - BOOTSTRAP_POOL_SIZE > network; end -= 1) {
    const start = end - BOOTSTRAP_POOL_SIZE + 1;
    let free = true;
    for (let n = start; n <= end; n += 1) if (used.has(n)) free = false;
    if (free) {
      const mask = ipaddr.IPv4.subnetMaskFromPrefixLength(cidr.prefix).toString();
      return { start: numberToIpv4(start), end: numberToIpv4(end), mask };
    }
  }
  return undefined;
}

/** Bare-metal IPI without bootstrapExternalStaticIP: the bootstrap VM needs a lease, so a small pool is served. */
function needsBootstrapPool(plan: Plan, method: Method): boolean {
  return (
    method === 'IPI' &&
    plan.platform === 'baremetal' &&
    bootstrapSlot(plan, method) !== undefined &&
    typeof plan.platformConfig.bootstrapExternalStaticIP !== 'string'
  );
}

function missing(slot: NodeSlot, lang: Lang): string[] {
  const what = [
    slot.mac === undefined ? say(INFRA_TEXT.dhcpMac, lang) : '',
    slot.ip === undefined ? say(INFRA_TEXT.dhcpIp, lang) : '',
  ]
    .filter((part) => part !== '')
    .join(say(INFRA_TEXT.dhcpAnd, lang));
  return infraComment('dhcpMissing', lang, { label: slotLabel(slot, lang), what });
}

/** The dhcp-range lines: reservations only, plus the bootstrap VM's pool where bare-metal IPI needs one. */
function rangeSection(plan: Plan, method: Method, ranges: string[], lang: Lang): string[] {
  const pool = needsBootstrapPool(plan, method) ? bootstrapPool(plan) : undefined;
  if (pool) {
    return [
      ...infraComment('dhcpPool', lang, { size: BOOTSTRAP_POOL_SIZE }),
      `dhcp-range=${pool.start},${pool.end},${pool.mask},12h`,
    ];
  }
  if (needsBootstrapPool(plan, method)) {
    return [...infraComment('dhcpPoolAdapt', lang), ...ranges];
  }
  return [
    ...infraComment('dhcpStatic', lang),
    ...(ranges.length > 0 ? ranges : infraComment('dhcpNoRange', lang)),
  ];
}

/**
 * DHCP reservations in dnsmasq syntax: MAC → fixed address and host name for every node whose MAC and IP are known.
 * RHCOS needs persistent addresses and its host name from DHCP (installation-network-user-infra).
 */
export function renderDhcp(plan: Plan, method: Method, lang: Lang = 'en'): string {
  const domain = clusterDomain(plan);
  const bootstrap = method === 'UPI' ? bootstrapSlot(plan, method) : undefined;
  const nodes = [...controlPlaneSlots(plan), ...arbiterSlots(plan), ...workerSlots(plan)];
  const reserved = nodes.filter(
    (slot) => slot.ip !== undefined && slot.mac !== undefined && slot.name !== undefined,
  );
  const ranges = rangeLines(plan, reserved);
  const lines = [
    ...infraComment('dhcpTitle', lang, { domain, method }),
    ...infraComment('dhcpWhy', lang),
    ...infraComment('dhcpCheck', lang),
    '',
    ...rangeSection(plan, method, ranges, lang),
    // Option 15 (domain) for the cluster's networks only, so other networks served by this dnsmasq keep theirs.
    ...plan.networking.machineNetwork
      .filter((cidr) => parseCidr(cidr) !== undefined)
      .map((cidr) => `domain=${domain},${cidr}`),
    ...infraComment('dhcpOptions', lang),
    '# dhcp-option=option:router,<GATEWAY_IP>',
    '# dhcp-option=option:dns-server,<DNS_SERVER_IP>',
    '',
  ];
  if (bootstrap?.ip !== undefined && bootstrap.mac !== undefined) {
    lines.push(
      ...infraComment('dhcpBootstrap', lang),
      `dhcp-host=${bootstrap.mac},${hostAddress(bootstrap.ip)},${bootstrap.name}`,
    );
  } else if (bootstrap !== undefined) {
    lines.push(
      ...infraComment('dhcpBootstrapUnknown', lang),
      `# dhcp-host=<BOOTSTRAP_MAC>,<BOOTSTRAP_IP>,${bootstrap.name}`,
    );
  }
  for (const slot of nodes) {
    if (reserved.includes(slot)) {
      lines.push(`dhcp-host=${slot.mac},${hostAddress(slot.ip ?? '')},${slot.name}`);
    } else {
      lines.push(...missing(slot, lang));
    }
  }
  return `${lines.join('\n')}\n`;
}
