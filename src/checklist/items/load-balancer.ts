import { isCloudPlatform } from '../../knowledge/platform-matrix.js';
import type { ChecklistItem } from '../../types.js';
import { type ChecklistContext, type ClusterNode, customerBuilds, item, OWNER_OF } from '../context.js';
import { isOnPremIpi } from '../data/platforms.js';
import { SOURCES } from '../data/sources.js';
import { apiEndpoint, type Endpoint, frontendText, ingressEndpoint, routerNodesText } from '../endpoints.js';

interface Pool {
  id: 'lb.api' | 'lb.mcs' | 'lb.ingress-https' | 'lb.ingress-http';
  port: number;
  endpoint: Endpoint;
  health: 'cell.readyz' | 'cell.tcp';
  scope: 'cell.internal-external' | 'cell.internal';
}

/**
 * Load balancers of installation-load-balancing-user-infra (docs): 6443 and 22623 → bootstrap + control plane, 443 and 80 → router nodes (workers, or the
 * control plane of a three-node cluster, or the single node), layer 4 only, /readyz health checks on 6443.
 */
export function loadBalancerItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  const owner = OWNER_OF.loadBalancer;
  if (!customerBuilds(ctx, 'loadBalancer')) {
    if (isOnPremIpi(plan.platform, ctx.method)) {
      return [
        item({
          id: 'lb.vips',
          phase: 'loadBalancer',
          owner,
          kind: 'verify',
          title: t('lb.vips.verify-title'),
          details: t('lb.vips.verify-details', {
            apiVip: plan.vips?.api.join(', ') ?? t('cell.assign'),
            ingressVip: plan.vips?.ingress.join(', ') ?? t('cell.assign'),
          }),
          source: `${SOURCES.vsphereIpi}; ${SOURCES.ports}`,
        }),
      ];
    }
    if (isCloudPlatform(plan.platform)) {
      return [
        item({
          id: 'lb.api',
          phase: 'loadBalancer',
          owner,
          kind: 'verify',
          title: t('lb.api.verify-title'),
          details: t('lb.api.verify-details'),
          source: `${SOURCES.aws}; ${SOURCES.azure}; ${SOURCES.lb}`,
        }),
        item({
          id: 'lb.ingress',
          phase: 'loadBalancer',
          owner,
          kind: 'verify',
          title: t('lb.ingress.verify-title'),
          details: t('lb.ingress.verify-details', { routerNodes: routerNodesText(ctx) }),
          source: `${SOURCES.aws}; ${SOURCES.lb}`,
        }),
      ];
    }
    return [];
  }

  const api = apiEndpoint(ctx);
  const ingress = ingressEndpoint(ctx);
  const pools: Pool[] = [
    { id: 'lb.api', port: 6443, endpoint: api, health: 'cell.readyz', scope: 'cell.internal-external' },
    { id: 'lb.mcs', port: 22623, endpoint: api, health: 'cell.tcp', scope: 'cell.internal' },
    {
      id: 'lb.ingress-https',
      port: 443,
      endpoint: ingress,
      health: 'cell.tcp',
      scope: 'cell.internal-external',
    },
    {
      id: 'lb.ingress-http',
      port: 80,
      endpoint: ingress,
      health: 'cell.tcp',
      scope: 'cell.internal-external',
    },
  ];
  const sno = plan.topology === 'sno';
  const routerNodes = routerNodesText(ctx);
  const items = pools.map((pool) => {
    // A single node is its own endpoint; an optional load balancer in front of it has an address of its own.
    // Table cells name the frontend (its address, else what it is); titles add the address only when it is known.
    const frontend = sno
      ? t(pool.port === 6443 || pool.port === 22623 ? 'cell.api-lb' : 'cell.ingress-lb')
      : (pool.endpoint.address ?? pool.endpoint.label);
    const titleAddress = sno ? '' : frontendText(pool.endpoint);
    const backends = pool.endpoint.backends.map((n) => n.name).join(', ');
    const notes = [
      ...(sno ? [t('lb.sno-note')] : []),
      ...(pool.id === 'lb.api' && !sno ? [t('lb.shared-note')] : []),
    ];
    return item({
      id: pool.id,
      phase: 'loadBalancer',
      owner,
      kind: 'task',
      title: t(`${pool.id}.title`, { frontend: titleAddress, backends }),
      // Bootstrap-in-place has no joining nodes during the install: the MCS only serves machines added later.
      details: [
        t(sno && pool.id === 'lb.mcs' ? 'lb.mcs.sno-details' : `${pool.id}.details`, { routerNodes }),
        ...notes,
      ].join(' '),
      table: {
        columns: [t('col.frontend'), t('col.backends'), t('col.ip'), t('col.health'), t('col.scope')],
        rows: pool.endpoint.backends.map((n) => [
          `${frontend}:${pool.port}`,
          n.fqdn,
          n.ip ?? t('cell.assign'),
          t(pool.health),
          t(pool.scope),
        ]),
      },
      source: SOURCES.lb,
    });
  });
  if (sno) return items;
  items.push(
    item({
      id: 'lb.haproxy',
      phase: 'loadBalancer',
      owner,
      kind: 'task',
      title: t('lb.haproxy.title'),
      details: t('lb.haproxy.details'),
      commands: [haproxyConfig(api.backends, ingress.backends)],
      source: `${SOURCES.lb} (doc HAProxy sample)`,
    }),
  );
  return items;
}

/** Where HAProxy reaches a back end: its address when known, else its DNS name (installation-dns-user-infra (docs) records). */
function target(n: ClusterNode): string {
  return n.ip ?? n.fqdn;
}

/**
 * The documented HAProxy sample (installation-load-balancing-user-infra (docs)): tcp mode everywhere, /readyz check with TLS on 6443, the bootstrap as a
 * backup server, `balance source` on the ingress ports.
 */
export function haproxyConfig(apiBackends: ClusterNode[], ingressBackends: ClusterNode[]): string {
  const server = (n: ClusterNode, port: number, checks: string) =>
    `  server ${n.name} ${target(n)}:${port} ${checks}${n.role === 'bootstrap' ? ' backup' : ''}`;
  const lines = [
    'listen api-server-6443',
    '  bind *:6443',
    '  mode tcp',
    '  option httpchk GET /readyz HTTP/1.0',
    '  option log-health-checks',
    '  balance roundrobin',
    // rise 2 / fall 3: healthy after 2 good probes, out after 3 failed ones, as the docs’ load-balancing requirements say;
    // the docs’ own sample config has the two numbers swapped.
    ...apiBackends.map((n) => server(n, 6443, 'verify none check check-ssl inter 10s fall 3 rise 2')),
    'listen machine-config-server-22623',
    '  bind *:22623',
    '  mode tcp',
    ...apiBackends.map((n) => server(n, 22623, 'check inter 1s')),
    'listen ingress-router-443',
    '  bind *:443',
    '  mode tcp',
    '  balance source',
    ...ingressBackends.map((n) => server(n, 443, 'check inter 1s')),
    'listen ingress-router-80',
    '  bind *:80',
    '  mode tcp',
    '  balance source',
    ...ingressBackends.map((n) => server(n, 80, 'check inter 1s')),
  ];
  return lines.join('\n');
}

/** Taking the bootstrap out of the API pools after bootstrap-complete (installation-load-balancing-user-infra in the docs). UPI only. */
export function removeBootstrapItem(ctx: ChecklistContext): ChecklistItem[] {
  if (ctx.method !== 'UPI' || !ctx.bootstrap || !customerBuilds(ctx, 'loadBalancer')) return [];
  return [
    item({
      id: 'lb.remove-bootstrap',
      phase: 'install',
      owner: 'loadBalancer',
      kind: 'task',
      title: ctx.t('lb.remove-bootstrap.title', { bootstrap: ctx.bootstrap.fqdn }),
      details: ctx.t('lb.remove-bootstrap.details'),
      source: `${SOURCES.lb}; ${SOURCES.flow}`,
    }),
  ];
}
