import { isCloudPlatform } from '../../knowledge/platform-matrix.js';
import type { ChecklistItem } from '../../types.js';
import { sh } from '../../util/shell-quote.js';
import {
  type ChecklistContext,
  clusterNodes,
  customerBuilds,
  item,
  type NodeRole,
  roleKey,
} from '../context.js';
import { isOnPremIpi, wantsNodeRecords } from '../data/platforms.js';
import { SOURCES } from '../data/sources.js';
import { apiEndpoint, endpointText, ingressEndpoint } from '../endpoints.js';

/**
 * DNS records of installation-dns-user-infra (docs). UPI: api, api-int, *.apps, a record and PTR per node (on-prem), no cluster-level wildcard.
 * On-prem IPI (ipi-vsphere-installation-reqs in the docs): only api → API VIP and *.apps → ingress VIP. Cloud IPI: the installer writes the
 * records itself (installation-aws-limits in the docs), so they become verify lines.
 */
export function dnsItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t, domain } = ctx;
  const resolvers = t(
    plan.publish === 'Internal' ? 'cell.internal-clients-and-nodes' : 'cell.clients-and-nodes',
  );
  const api = apiEndpoint(ctx);
  const ingress = ingressEndpoint(ctx);
  const recordTable = (name: string, target: string, from: string, ptr: boolean) => ({
    columns: [t('col.record'), t('col.type'), t('col.target'), t('col.resolvers'), 'PTR'],
    rows: [[name, 'A/AAAA', target, from, t(ptr ? 'cell.yes' : 'cell.no')]],
  });

  if (ctx.method === 'IPI' && isCloudPlatform(plan.platform)) {
    const zone = plan.publish === 'Internal' ? t('dns.zone.private', { zone: domain }) : plan.baseDomain;
    return [
      item({
        id: 'dns.api',
        phase: 'dns',
        owner: 'dns',
        kind: 'verify',
        title: t('dns.api.verify-title', { domain }),
        details: t('dns.api.verify-details', { zone }),
        commands: [sh`dig +short ${`api.${domain}`}`],
        source: SOURCES.dns,
      }),
      item({
        id: 'dns.api-int',
        phase: 'dns',
        owner: 'dns',
        kind: 'verify',
        title: t('dns.api-int.verify-title', { domain }),
        details: t('dns.api-int.verify-details'),
        source: SOURCES.dns,
      }),
      item({
        id: 'dns.apps',
        phase: 'dns',
        owner: 'dns',
        kind: 'verify',
        title: t('dns.apps.verify-title', { domain }),
        details: t('dns.apps.verify-details'),
        commands: [sh`dig +short ${`console-openshift-console.apps.${domain}`}`],
        source: SOURCES.dns,
      }),
    ];
  }

  // Everything below is built by the customer: the installer never writes DNS outside the clouds.
  const kind = 'task' as const;
  const onPremIpi = isOnPremIpi(plan.platform, ctx.method);
  const apiTarget = endpointText(ctx, api);
  const appsTarget = endpointText(ctx, ingress);
  const items: ChecklistItem[] = [
    item({
      id: 'dns.api',
      phase: 'dns',
      owner: 'dns',
      kind,
      title: t('dns.api.title', { domain, target: apiTarget }),
      details: t(onPremIpi ? 'dns.api.vip-details' : 'dns.api.details', { resolvers }),
      table: recordTable(`api.${domain}`, apiTarget, resolvers, !onPremIpi),
      commands: [sh`dig +short ${`api.${domain}`}`],
      source: onPremIpi ? `${SOURCES.dns}; ${SOURCES.vsphereIpi}; ${SOURCES.baremetalIpi}` : SOURCES.dns,
    }),
  ];
  // On-prem IPI resolves api-int inside the cluster by itself (installation-dns-user-infra (docs) last line: only api and *.apps).
  if (!onPremIpi) {
    items.push(
      item({
        id: 'dns.api-int',
        phase: 'dns',
        owner: 'dns',
        kind,
        title: t('dns.api-int.title', { domain, target: apiTarget }),
        details: t('dns.api-int.details'),
        table: recordTable(`api-int.${domain}`, apiTarget, t('cell.nodes'), true),
        commands: [sh`dig +short ${`api-int.${domain}`}`],
        source: SOURCES.dns,
      }),
    );
  }
  items.push(
    item({
      id: 'dns.apps',
      phase: 'dns',
      owner: 'dns',
      kind,
      title: t('dns.apps.title', { domain, target: appsTarget }),
      details: t('dns.apps.details', { domain, resolvers }),
      table: recordTable(`*.apps.${domain}`, appsTarget, resolvers, false),
      commands: [sh`dig +short ${`test.apps.${domain}`}`],
      source: SOURCES.dns,
    }),
    item({
      id: 'dns.no-cluster-wildcard',
      phase: 'dns',
      owner: 'dns',
      kind,
      title: t('dns.no-cluster-wildcard.title', { domain }),
      details: t('dns.no-cluster-wildcard.details', { domain }),
      source: SOURCES.wildcard,
    }),
  );

  if (wantsNodeRecords(plan.platform, ctx.method) && customerBuilds(ctx, 'dns'))
    items.push(...nodeRecordItems(ctx));
  return items;
}

function nodeRecordItems(ctx: ChecklistContext): ChecklistItem[] {
  const { t, domain } = ctx;
  // The bootstrap only exists for UPI; with IPI on bare metal it is a VM on the provisioner with its own address.
  const nodes = [...(ctx.method === 'UPI' && ctx.bootstrap ? [ctx.bootstrap] : []), ...clusterNodes(ctx)];
  const roleText = (role: NodeRole) => t(roleKey(role));
  const unknown = nodes.some((n) => !n.ip);
  const api = apiEndpoint(ctx);
  const ptrRows: string[][] = [];
  // api and api-int get PTRs only on a customer load balancer, never on a VIP (the zone files follow the same rule).
  const sno = ctx.plan.topology === 'sno';
  if (api.address && !sno && ctx.method === 'UPI') {
    ptrRows.push([api.address, `api.${domain}`], [api.address, `api-int.${domain}`]);
  }
  for (const n of nodes) ptrRows.push([n.ip ?? t('cell.assign'), n.fqdn]);
  return [
    item({
      id: 'dns.nodes',
      phase: 'dns',
      owner: 'dns',
      kind: 'task',
      title: t(sno ? 'dns.nodes.sno-title' : 'dns.nodes.title', { domain }),
      details: [
        t(sno ? 'dns.nodes.sno-details' : 'dns.nodes.details'),
        ...(unknown ? [t('dns.nodes.unknown')] : []),
      ].join(' '),
      table: {
        columns: [t('col.record'), t('col.type'), t('col.target'), t('col.role')],
        rows: nodes.map((n) => [n.fqdn, 'A/AAAA', n.ip ?? t('cell.assign'), roleText(n.role)]),
      },
      source: SOURCES.dns,
    }),
    item({
      id: 'dns.ptr',
      phase: 'dns',
      owner: 'dns',
      kind: 'task',
      title: t(sno ? 'dns.ptr.sno-title' : ctx.method === 'UPI' ? 'dns.ptr.title' : 'dns.ptr.ipi-title'),
      details: t('dns.ptr.details'),
      table: { columns: [t('col.ip'), t('col.record')], rows: ptrRows },
      commands: nodes.filter((n) => n.ip).map((n) => sh`dig +short -x ${n.ip ?? ''}`),
      source: SOURCES.dns,
    }),
  ];
}
