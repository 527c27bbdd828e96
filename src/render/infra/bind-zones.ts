import ipaddr from 'ipaddr.js';
import { wantsNodeRecords } from '../../checklist/data/platforms.js';
import { publicFloatingIp } from '../../knowledge/openstack-floating-ips.js';
import type { Method, Plan } from '../../types.js';
import { type Endpoint, endpoints } from './endpoints.js';
import {
  arbiterSlots,
  bootstrapSlot,
  clusterDomain,
  controlPlaneSlots,
  ipPlaceholder,
  type NodeSlot,
  slotLabel,
  workerSlots,
} from './nodes.js';
import { reverseName } from './reverse.js';

/** One BIND zone file of infra/dns/. */
export interface ZoneFile {
  kind: 'forward' | 'reverse';
  /** Zone name without the trailing dot. */
  zone: string;
  path: string;
  content: string;
}

export const DNS_DIR = 'infra/dns';
export const NAMED_SNIPPET_PATH = `${DNS_DIR}/named.conf.zones`;

/** Short TTL: records are often corrected while the cluster is being built; raise it once the cluster is stable. */
const TTL = 300;

function recordType(ip: string): 'A' | 'AAAA' {
  return ipaddr.parse(ip).kind() === 'ipv4' ? 'A' : 'AAAA';
}

function record(owner: string, type: string, value: string, comment?: string): string {
  const line = `${owner.padEnd(16)} IN ${type.padEnd(5)} ${value}`;
  return comment === undefined ? line : `${line}  ; ${comment}`;
}

/**
 * SOA and NS with placeholders the plan cannot know (the customer's name server and contact), fixed serial 1 so the
 * same plan always yields the same file. ns1 sits outside the zone, so the zone needs no glue address for it.
 */
function zoneHead(zone: string, plan: Plan): string[] {
  const ns = `ns1.${plan.baseDomain}.`;
  const mailbox = `hostmaster.${plan.baseDomain}.`;
  return [
    `$ORIGIN ${zone}.`,
    `$TTL ${TTL}`,
    `; REPLACE: ${ns} (primary name server) and ${mailbox} (contact mailbox) are placeholders.`,
    `@ IN SOA ${ns} ${mailbox} (`,
    '    1        ; serial: fixed so the planner output is reproducible; raise it on every edit',
    '    3600     ; refresh',
    '    900      ; retry',
    '    1209600  ; expire',
    `    ${TTL} )    ; negative-answer TTL`,
    record('@', 'NS', ns, 'REPLACE: your authoritative name server(s)'),
  ];
}

const ENDPOINT_WHY: Record<Endpoint['kind'], string> = {
  vip: 'installer-managed virtual IP (vips in the answers)',
  'floating-ip': 'OpenStack floating IP (platform.openstack in the answers)',
  node: 'the single node itself (docs: “User-provisioned DNS requirements”, single-node)',
  'load-balancer': 'the load balancer address (read from vips in the answers)',
  unknown: 'unknown',
};

function endpointRecords(owner: string, target: Endpoint, placeholder: string, purpose: string): string[] {
  if (target.addresses.length === 0) {
    return [`; ${purpose}`, `;${record(owner, 'A', placeholder, 'REPLACE and uncomment (AAAA for IPv6)')}`];
  }
  return [
    `; ${purpose} → ${ENDPOINT_WHY[target.kind]}`,
    ...target.addresses.map((ip) => record(owner, recordType(ip), ip)),
  ];
}

function nodeRecords(slot: NodeSlot, domain: string): string[] {
  if (slot.ip !== undefined) return [record(slot.name ?? slotLabel(slot), recordType(slot.ip), slot.ip)];
  if (slot.name === undefined)
    return [`; ${slotLabel(slot)}: add its A/AAAA record here and its PTR record.`];
  const why =
    slot.role === 'bootstrap'
      ? `bootstrap (temporary; delete after bootstrap-complete): its address is not in the answers (hosts[].role: bootstrap) — REPLACE ${ipPlaceholder(slot)}, uncomment, add the PTR.`
      : `${slot.name}.${domain}: IP address unknown (hosts[].ip not answered) — REPLACE ${ipPlaceholder(slot)}, uncomment, add the PTR.`;
  return [`; ${why}`, `;${record(slot.name, 'A', ipPlaceholder(slot))}`];
}

/**
 * Every machine that gets A and PTR records: bootstrap (UPI only; IPI creates it itself), control plane, workers.
 * None where the installer creates the machines and only api and *.apps are asked for (the checklist's rule).
 */
function dnsSlots(plan: Plan, method: Method): NodeSlot[] {
  if (!wantsNodeRecords(plan.platform, method)) return [];
  const bootstrap = method === 'UPI' ? bootstrapSlot(plan, method) : undefined;
  return [
    ...(bootstrap === undefined ? [] : [bootstrap]),
    ...controlPlaneSlots(plan),
    ...arbiterSlots(plan),
    ...workerSlots(plan),
  ];
}

/** What api/api-int/*.apps point to, in words, and the placeholders for its unknown addresses. */
function targetWords(
  plan: Plan,
  method: Method,
): { what: string; apiPlaceholder: string; apiIntPlaceholder?: string; ingressPlaceholder: string } {
  if (method === 'IPI') {
    // OpenStack with an external network: outside clients reach the floating IPs; api-int stays on the API VIP.
    const floating = publicFloatingIp(plan, method, 'apiFloatingIP') !== undefined;
    return floating
      ? {
          what: 'the API and Ingress floating IPs (api-int: the API VIP)',
          apiPlaceholder: '<API_FLOATING_IP>',
          apiIntPlaceholder: '<API_VIP>',
          ingressPlaceholder: '<INGRESS_FLOATING_IP>',
        }
      : {
          what: 'the API and Ingress VIPs',
          apiPlaceholder: '<API_VIP>',
          ingressPlaceholder: '<INGRESS_VIP>',
        };
  }
  const node = controlPlaneSlots(plan)[0];
  if (plan.topology === 'sno' && node !== undefined) {
    return {
      what: 'the single node',
      apiPlaceholder: ipPlaceholder(node),
      ingressPlaceholder: ipPlaceholder(node),
    };
  }
  return { what: 'the load balancer', apiPlaceholder: '<API_LB_IP>', ingressPlaceholder: '<INGRESS_LB_IP>' };
}

function forwardZone(plan: Plan, method: Method): ZoneFile {
  const zone = clusterDomain(plan);
  const target = endpoints(plan, method);
  const unknown = target.api.kind === 'unknown' || target.ingress.kind === 'unknown';
  const lines = [
    `; Forward zone for OpenShift cluster ${zone} (${method}) — BIND format; check with: named-checkzone ${zone} <file>`,
    `; Why a zone for ${zone} and not for ${plan.baseDomain}: every cluster record lives under ${zone} (docs: “User-provisioned DNS requirements”),`,
    `; so the parent zone only needs one delegation (${zone}. IN NS <this server>) and none of its records change.`,
    '; Lines marked REPLACE hold placeholders; commented records wait for an address the plan does not know.',
  ];
  const { what, apiPlaceholder, apiIntPlaceholder, ingressPlaceholder } = targetWords(plan, method);
  if (unknown) {
    lines.push(
      `; api, api-int and *.apps must point to ${what} (docs: “User-provisioned DNS requirements”). An address the answers do not give is not invented:`,
      '; those records are written commented out — uncomment them once it is known. A wrong address here would only',
      '; show up an hour later as a failed install; a missing one shows up at once in dig.',
    );
  }
  lines.push(...zoneHead(zone, plan), '');
  lines.push(
    ...endpointRecords('api', target.api, apiPlaceholder, 'Kubernetes API: external clients and all nodes'),
  );
  // IPI nodes resolve api-int through the installer's in-cluster DNS; the record is harmless and keeps `dig` uniform.
  lines.push(
    ...endpointRecords(
      'api-int',
      target.apiInt,
      apiIntPlaceholder ?? apiPlaceholder,
      'Internal API: kubelets, Ignition (22623)',
    ),
  );
  lines.push(
    ...endpointRecords(
      '*.apps',
      target.ingress,
      ingressPlaceholder,
      'Application routes (wildcard, no PTR needed)',
    ),
  );
  const slots = dnsSlots(plan, method);
  if (slots.length > 0) {
    lines.push(
      '',
      '; Machines: one A/AAAA record each, plus the PTR in the reverse zone (docs: “User-provisioned DNS requirements”).',
    );
  }
  for (const slot of slots) lines.push(...nodeRecords(slot, zone));
  return { kind: 'forward', zone, path: `${DNS_DIR}/${zone}.zone`, content: `${lines.join('\n')}\n` };
}

interface Ptr {
  ip: string;
  fqdn: string;
}

/**
 * PTRs: every machine with a known address; api and api-int too when they point to a customer load balancer
 * (installation-dns-user-infra (docs) UPI table). Never for a VIP or for the single node's own address: RHCOS takes its host name from
 * the PTR of its address (installation-dns-user-infra (docs)), and a second name on that address would make it ambiguous.
 */
function ptrRecords(plan: Plan, method: Method): Ptr[] {
  const domain = clusterDomain(plan);
  const ptrs: Ptr[] = [];
  const api = endpoints(plan, method).api;
  if (api.kind === 'load-balancer') {
    for (const ip of api.addresses) {
      ptrs.push({ ip, fqdn: `api.${domain}` }, { ip, fqdn: `api-int.${domain}` });
    }
  }
  for (const slot of dnsSlots(plan, method)) {
    if (slot.ip !== undefined && slot.name !== undefined)
      ptrs.push({ ip: slot.ip, fqdn: `${slot.name}.${domain}` });
  }
  return ptrs;
}

function reverseZones(plan: Plan, method: Method): ZoneFile[] {
  const byZone = new Map<string, string[]>();
  for (const ptr of ptrRecords(plan, method)) {
    const name = reverseName(ptr.ip, plan.networking.machineNetwork);
    const lines = byZone.get(name.zone) ?? [];
    lines.push(record(name.owner, 'PTR', `${ptr.fqdn}.`, ptr.ip));
    byZone.set(name.zone, lines);
  }
  return [...byZone.entries()].map(([zone, records]) => {
    const lines = [
      `; Reverse zone ${zone} for OpenShift cluster ${clusterDomain(plan)} (${method}) — BIND format.`,
      '; RHCOS sets its host name from the PTR of its address unless DHCP provides one, and node certificate',
      '; requests carry that name (docs: “User-provisioned DNS requirements”); without PTRs nodes come up named "localhost".',
      ...zoneHead(zone, plan),
      '',
      ...records,
    ];
    return { kind: 'reverse', zone, path: `${DNS_DIR}/${zone}.zone`, content: `${lines.join('\n')}\n` };
  });
}

/** The forward zone of the cluster subdomain, then one reverse zone per octet/nibble-aligned block of known addresses. */
export function renderZones(plan: Plan, method: Method): ZoneFile[] {
  return [forwardZone(plan, method), ...reverseZones(plan, method)];
}

/** named.conf zone statements for the generated files, to `include` from the server's named.conf. */
export function renderNamedSnippet(zones: ZoneFile[]): string {
  const lines = [
    '// BIND zone statements for the zone files in this folder. In named.conf: include "<path>/named.conf.zones";',
    "// ADAPT: file paths are relative to named's `directory` option; copy the .zone files there or make them absolute.",
    '// `type primary` needs BIND 9.16 or newer; older servers spell it `type master`.',
    ...zones.map((zone) => `zone "${zone.zone}" { type primary; file "${zone.zone}.zone"; };`),
  ];
  return `${lines.join('\n')}\n`;
}
