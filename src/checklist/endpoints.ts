import { publicFloatingIp } from '../knowledge/openstack-floating-ips.js';
import type { ChecklistContext, ClusterNode } from './context.js';
import { isOnPremIpi } from './data/platforms.js';

/** Where api/api-int and *.apps point, and which machines sit behind them. */
export interface Endpoint {
  /** Localised name of the thing the record points at: load balancer, VIP or the single node. */
  label: string;
  address?: string;
  backends: ClusterNode[];
}

/** `label address` or just the label when the address is not known yet. */
export function endpointText(ctx: ChecklistContext, e: Endpoint): string {
  return e.address ? ctx.t('cell.with-address', { label: e.label, address: e.address }) : e.label;
}

/** The frontend's address as a title suffix, ` (10.0.0.5)`, or nothing when the address is not known yet. */
export function frontendText(e: Endpoint): string {
  return e.address ? ` (${e.address})` : '';
}

function singleNode(ctx: ChecklistContext): ClusterNode[] {
  return ctx.controlPlane.slice(0, 1);
}

/**
 * API endpoint (installation-dns-user-infra in the docs): a single node is its own endpoint; on-prem IPI uses the API VIP; otherwise the API
 * load balancer (its address from `vips.api` when the answers give one) in front of bootstrap + control plane.
 */
export function apiEndpoint(ctx: ChecklistContext): Endpoint {
  const { plan } = ctx;
  if (plan.topology === 'sno') {
    const node = singleNode(ctx);
    return { label: ctx.t('cell.the-node'), ...(node[0]?.ip ? { address: node[0].ip } : {}), backends: node };
  }
  const backends = [...(ctx.bootstrap ? [ctx.bootstrap] : []), ...ctx.controlPlane];
  const fip = publicFloatingIp(ctx.plan, ctx.method, 'apiFloatingIP');
  if (fip) return { label: ctx.t('diagram.api-fip'), ...fip, backends };
  const vip = plan.vips?.api[0];
  const label = isOnPremIpi(plan.platform, ctx.method) ? ctx.t('diagram.api-vip') : ctx.t('cell.api-lb');
  return { label, ...(vip ? { address: vip } : {}), backends };
}

/**
 * Ingress endpoint (installation-load-balancing-user-infra (docs)): routers run on compute nodes by default and on the control plane in a three-node
 * cluster; a single node carries everything.
 */
export function ingressEndpoint(ctx: ChecklistContext): Endpoint {
  const { plan } = ctx;
  if (plan.topology === 'sno') {
    const node = singleNode(ctx);
    return { label: ctx.t('cell.the-node'), ...(node[0]?.ip ? { address: node[0].ip } : {}), backends: node };
  }
  const backends = plan.topology === 'compact' || ctx.workers.length === 0 ? ctx.controlPlane : ctx.workers;
  const fip = publicFloatingIp(ctx.plan, ctx.method, 'ingressFloatingIP');
  if (fip) return { label: ctx.t('diagram.ingress-fip'), ...fip, backends };
  const vip = plan.vips?.ingress[0];
  const label = isOnPremIpi(plan.platform, ctx.method)
    ? ctx.t('diagram.ingress-vip')
    : ctx.t('cell.ingress-lb');
  return { label, ...(vip ? { address: vip } : {}), backends };
}

/** Which nodes run the routers, in words. */
export function routerNodesText(ctx: ChecklistContext): string {
  if (ctx.plan.topology === 'sno') return ctx.t('lb.router-nodes.single');
  if (ctx.plan.topology === 'compact' || ctx.workers.length === 0)
    return ctx.t('lb.router-nodes.control-plane');
  return ctx.t('lb.router-nodes.workers');
}
