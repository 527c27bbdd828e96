import { wantsNodeRecords } from '../../checklist/data/platforms.js';
import { say } from '../../i18n/text.js';
import { publicFloatingIp } from '../../knowledge/openstack-floating-ips.js';
import type { Lang, Method, Plan } from '../../types.js';
import { parseAddress } from '../../util/ip-address.js';
import { type Endpoint, endpoints } from './endpoints.js';
import { INFRA_TEXT, type InfraTextId, infraComment } from './infra-text.js';
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
  return parseAddress(ip).kind() === 'ipv4' ? 'A' : 'AAAA';
}

function record(owner: string, type: string, value: string, comment?: string): string {
  const line = `${owner.padEnd(16)} IN ${type.padEnd(5)} ${value}`;
  return comment === undefined ? line : `${line}  ; ${comment}`;
}

/**
 * SOA and NS with placeholders the plan cannot know (the customer's name server and contact), fixed serial 1 so the
 * same plan always yields the same file. ns1 sits outside the zone, so the zone needs no glue address for it.
 */
function zoneHead(zone: string, plan: Plan, lang: Lang): string[] {
  const ns = `ns1.${plan.baseDomain}.`;
  const mailbox = `hostmaster.${plan.baseDomain}.`;
  return [
    `$ORIGIN ${zone}.`,
    `$TTL ${TTL}`,
    ...infraComment('soaPlaceholders', lang, { ns, mailbox }, ';'),
    `@ IN SOA ${ns} ${mailbox} (`,
    `    1        ; ${say(INFRA_TEXT.soaSerial, lang)}`,
    '    3600     ; refresh',
    '    900      ; retry',
    '    1209600  ; expire',
    `    ${TTL} )    ; ${say(INFRA_TEXT.soaNegativeTtl, lang)}`,
    record('@', 'NS', ns, say(INFRA_TEXT.nsPlaceholder, lang)),
  ];
}

const ENDPOINT_WHY: Record<Endpoint['kind'], InfraTextId> = {
  vip: 'endpointVip',
  'floating-ip': 'endpointFloatingIp',
  node: 'endpointNode',
  'load-balancer': 'endpointLoadBalancer',
  unknown: 'endpointUnknown',
};

function endpointRecords(
  owner: string,
  target: Endpoint,
  placeholder: string,
  purpose: InfraTextId,
  lang: Lang,
): string[] {
  const what = say(INFRA_TEXT[purpose], lang);
  if (target.addresses.length === 0) {
    return [`; ${what}`, `;${record(owner, 'A', placeholder, say(INFRA_TEXT.recordUncomment, lang))}`];
  }
  return [
    `; ${what} → ${say(INFRA_TEXT[ENDPOINT_WHY[target.kind]], lang)}`,
    ...target.addresses.map((ip) => record(owner, recordType(ip), ip)),
  ];
}

function nodeRecords(slot: NodeSlot, domain: string, lang: Lang): string[] {
  if (slot.ip !== undefined) return [record(slot.name ?? slotLabel(slot), recordType(slot.ip), slot.ip)];
  if (slot.name === undefined)
    return infraComment('nodeRecordMissing', lang, { label: slotLabel(slot, lang) }, ';');
  const values = { ip: ipPlaceholder(slot), fqdn: `${slot.name}.${domain}` };
  const why = infraComment(
    slot.role === 'bootstrap' ? 'nodeBootstrapUnknown' : 'nodeIpUnknown',
    lang,
    values,
    ';',
  );
  return [...why, `;${record(slot.name, 'A', ipPlaceholder(slot))}`];
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
): { what: InfraTextId; apiPlaceholder: string; apiIntPlaceholder?: string; ingressPlaceholder: string } {
  if (method === 'IPI') {
    // OpenStack with an external network: outside clients reach the floating IPs; api-int stays on the API VIP.
    const floating = publicFloatingIp(plan, method, 'apiFloatingIP') !== undefined;
    return floating
      ? {
          what: 'targetFloatingIps',
          apiPlaceholder: '<API_FLOATING_IP>',
          apiIntPlaceholder: '<API_VIP>',
          ingressPlaceholder: '<INGRESS_FLOATING_IP>',
        }
      : { what: 'targetVips', apiPlaceholder: '<API_VIP>', ingressPlaceholder: '<INGRESS_VIP>' };
  }
  const node = controlPlaneSlots(plan)[0];
  if (plan.topology === 'sno' && node !== undefined) {
    return {
      what: 'targetNode',
      apiPlaceholder: ipPlaceholder(node),
      ingressPlaceholder: ipPlaceholder(node),
    };
  }
  return { what: 'targetLoadBalancer', apiPlaceholder: '<API_LB_IP>', ingressPlaceholder: '<INGRESS_LB_IP>' };
}

function forwardZone(plan: Plan, method: Method, lang: Lang): ZoneFile {
  const zone = clusterDomain(plan);
  const target = endpoints(plan, method);
  const unknown = target.api.kind === 'unknown' || target.ingress.kind === 'unknown';
  const lines = [
    ...infraComment('forwardTitle', lang, { zone, method }, ';'),
    ...infraComment('forwardWhy', lang, { zone, baseDomain: plan.baseDomain }, ';'),
    ...infraComment('forwardMarkers', lang, {}, ';'),
  ];
  const { what, apiPlaceholder, apiIntPlaceholder, ingressPlaceholder } = targetWords(plan, method);
  if (unknown)
    lines.push(...infraComment('forwardUnknown', lang, { what: say(INFRA_TEXT[what], lang) }, ';'));
  lines.push(...zoneHead(zone, plan, lang), '');
  lines.push(...endpointRecords('api', target.api, apiPlaceholder, 'recordApi', lang));
  // IPI nodes resolve api-int through the installer's in-cluster DNS; the record is harmless and keeps `dig` uniform.
  lines.push(
    ...endpointRecords('api-int', target.apiInt, apiIntPlaceholder ?? apiPlaceholder, 'recordApiInt', lang),
  );
  lines.push(...endpointRecords('*.apps', target.ingress, ingressPlaceholder, 'recordApps', lang));
  const slots = dnsSlots(plan, method);
  if (slots.length > 0) lines.push('', ...infraComment('machines', lang, {}, ';'));
  for (const slot of slots) lines.push(...nodeRecords(slot, zone, lang));
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

function reverseZones(plan: Plan, method: Method, lang: Lang): ZoneFile[] {
  const byZone = new Map<string, string[]>();
  for (const ptr of ptrRecords(plan, method)) {
    const name = reverseName(ptr.ip, plan.networking.machineNetwork);
    const lines = byZone.get(name.zone) ?? [];
    lines.push(record(name.owner, 'PTR', `${ptr.fqdn}.`, ptr.ip));
    byZone.set(name.zone, lines);
  }
  return [...byZone.entries()].map(([zone, records]) => {
    const lines = [
      ...infraComment('reverseTitle', lang, { zone, domain: clusterDomain(plan), method }, ';'),
      ...infraComment('reverseWhy', lang, {}, ';'),
      ...zoneHead(zone, plan, lang),
      '',
      ...records,
    ];
    return { kind: 'reverse', zone, path: `${DNS_DIR}/${zone}.zone`, content: `${lines.join('\n')}\n` };
  });
}

/** The forward zone of the cluster subdomain, then one reverse zone per octet/nibble-aligned block of known addresses. */
export function renderZones(plan: Plan, method: Method, lang: Lang = 'en'): ZoneFile[] {
  return [forwardZone(plan, method, lang), ...reverseZones(plan, method, lang)];
}

/** named.conf zone statements for the generated files, to `include` from the server's named.conf. */
export function renderNamedSnippet(zones: ZoneFile[], lang: Lang = 'en'): string {
  const lines = [
    ...infraComment('namedInclude', lang, {}, '//'),
    ...infraComment('namedPaths', lang, {}, '//'),
    ...infraComment('namedPrimary', lang, {}, '//'),
    ...zones.map((zone) => `zone "${zone.zone}" { type primary; file "${zone.zone}.zone"; };`),
  ];
  return `${lines.join('\n')}\n`;
}
