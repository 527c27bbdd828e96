import ipaddr from 'ipaddr.js';
import { containsIp, parseCidr } from '../../plan/network.js';
import type { Method, Plan } from '../../types.js';
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

/**
 * `static` ranges: dnsmasq answers only the reserved hosts on that network and hands out no dynamic leases, so the
 * file cannot hand a VIP or another machine's address to a stranger (docs §5.5: VIPs stay outside any pool).
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

function missing(slot: NodeSlot): string {
  const what = [slot.mac === undefined ? 'boot MAC' : '', slot.ip === undefined ? 'IP address' : '']
    .filter((part) => part !== '')
    .join(' and ');
  return `# ${slotLabel(slot)}: ${what} not in the answers — add a dhcp-host line once known.`;
}

/**
 * DHCP reservations in dnsmasq syntax: MAC → fixed address and host name for every node whose MAC and IP are known.
 * RHCOS needs persistent addresses and its host name from DHCP (docs §3.3 installation-network-user-infra).
 */
export function renderDhcp(plan: Plan, method: Method): string {
  const domain = clusterDomain(plan);
  const bootstrap = method === 'UPI' ? bootstrapSlot(plan, method) : undefined;
  const nodes = [...controlPlaneSlots(plan), ...arbiterSlots(plan), ...workerSlots(plan)];
  const reserved = nodes.filter(
    (slot) => slot.ip !== undefined && slot.mac !== undefined && slot.name !== undefined,
  );
  const ranges = rangeLines(plan, reserved);
  const lines = [
    `# DHCP reservations for OpenShift cluster ${domain} (${method}) — dnsmasq format, e.g. /etc/dnsmasq.d/.`,
    '# Why dnsmasq: ISC dhcpd reached end of life in 2022; Kea, its successor, needs a long JSON file for a few fixed',
    '# leases; dnsmasq is small, packaged everywhere, and the same daemon can also serve DNS and PXE in lab set-ups.',
    '# Why reservations: nodes need persistent addresses and their host names from DHCP (docs §3.3).',
    '# Check: dnsmasq --test --conf-file=<this file>',
    '',
    '# Reservations only: `static` serves the reserved hosts and hands out no dynamic leases.',
    ...(ranges.length > 0
      ? ranges
      : [
          '# No machine network holds a reserved address: ADAPT and add dhcp-range=<network>,static,<netmask>.',
        ]),
    // Option 15 (domain) for the cluster's networks only, so other networks served by this dnsmasq keep theirs.
    ...plan.networking.machineNetwork
      .filter((cidr) => parseCidr(cidr) !== undefined)
      .map((cidr) => `domain=${domain},${cidr}`),
    '# REPLACE: uncomment with your gateway and DNS server (the one serving the zones in infra/dns/).',
    '# dhcp-option=option:router,<GATEWAY_IP>',
    '# dhcp-option=option:dns-server,<DNS_SERVER_IP>',
    '',
  ];
  if (bootstrap?.ip !== undefined && bootstrap.mac !== undefined) {
    lines.push(
      '# bootstrap (temporary): delete this reservation after bootstrap-complete.',
      `dhcp-host=${bootstrap.mac},${hostAddress(bootstrap.ip)},${bootstrap.name}`,
    );
  } else if (bootstrap !== undefined) {
    lines.push(
      '# bootstrap (temporary): its MAC and address are not in the answers (hosts[].role: bootstrap) — REPLACE and',
      '# uncomment, delete after bootstrap-complete.',
      `# dhcp-host=<BOOTSTRAP_MAC>,<BOOTSTRAP_IP>,${bootstrap.name}`,
    );
  }
  for (const slot of nodes) {
    if (reserved.includes(slot)) {
      lines.push(`dhcp-host=${slot.mac},${hostAddress(slot.ip ?? '')},${slot.name}`);
    } else {
      lines.push(missing(slot));
    }
  }
  return `${lines.join('\n')}\n`;
}
