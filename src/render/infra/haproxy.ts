import type { Method, Plan } from '../../types.js';
import { LB_CHECK_TIMING, LB_FRONTENDS, type LbFrontend } from './lb-frontends.js';
import {
  bootstrapSlot,
  clusterDomain,
  controlPlaneSlots,
  ingressSlots,
  ipPlaceholder,
  type NodeSlot,
  slotLabel,
  workerSlots,
} from './nodes.js';

export const HAPROXY_PATH = 'infra/haproxy.cfg';

const REMOVE_BOOTSTRAP = "# REMOVE after 'openshift-install wait-for bootstrap-complete'";
const TIMING = `inter ${LB_CHECK_TIMING.inter} fall ${LB_CHECK_TIMING.fall} rise ${LB_CHECK_TIMING.rise}`;

/** HAProxy wants IPv6 addresses in brackets before the port. */
function hostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** Check keywords per frontend: /readyz over TLS for the API (certificate not verified: it is the cluster's own CA). */
function checkOptions(frontend: LbFrontend): string {
  return frontend.check === 'https-readyz' ? `check check-ssl verify none ${TIMING}` : `check ${TIMING}`;
}

function serverLines(frontend: LbFrontend, slot: NodeSlot): string[] {
  const isBootstrap = slot.role === 'bootstrap';
  // The bootstrap is a backup: it only takes traffic while no control-plane node passes its check (docs sample).
  const tail = isBootstrap ? ` backup  ${REMOVE_BOOTSTRAP}` : '';
  if (slot.ip !== undefined && slot.name !== undefined) {
    return [`  server ${slot.name} ${hostPort(slot.ip, frontend.port)} ${checkOptions(frontend)}${tail}`];
  }
  // A node the plan cannot place: say which, and leave a commented line — never an invented address.
  const name = slot.name ?? ipPlaceholder(slot).replace('_IP>', '_NAME>');
  const why = isBootstrap
    ? '  # bootstrap: its address is not in the answers (hosts[].role: bootstrap) — REPLACE <BOOTSTRAP_IP> and uncomment the line below.'
    : slot.name === undefined
      ? `  # ${slotLabel(slot)}: name and IP unknown — REPLACE ${name} and ${ipPlaceholder(slot)}, then uncomment.`
      : `  # ${slotLabel(slot)}: IP address unknown (hosts[].ip not answered) — REPLACE ${ipPlaceholder(slot)} and uncomment.`;
  return [why, `  # server ${name} ${ipPlaceholder(slot)}:${frontend.port} ${checkOptions(frontend)}${tail}`];
}

function listenSection(frontend: LbFrontend, slots: NodeSlot[]): string[] {
  const lines = [
    `# ${frontend.purpose} — port ${frontend.port}, ${frontend.exposure === 'internal' ? 'internal only (nodes), never exposed outside' : 'internal and external clients'}.`,
    `# Source: ${frontend.source}.`,
    `listen ${frontend.name}`,
    `  bind *:${frontend.port}  # ADAPT: bind to the load balancer's own address if this host has several`,
    '  mode tcp',
    `  balance ${frontend.balance}`,
  ];
  if (frontend.check === 'https-readyz') {
    lines.push('  option httpchk GET /readyz HTTP/1.0', '  http-check expect status 200');
  }
  for (const slot of slots) lines.push(...serverLines(frontend, slot));
  return lines;
}

/**
 * haproxy.cfg for the customer's API and ingress load balancer: layer 4 (`mode tcp`) only, because the API and the
 * routers terminate TLS themselves (installation-load-balancing-user-infra (docs)). API and ingress share one HAProxy here, as in the doc example; the
 * header says to split them for production scale.
 */
export function renderHaproxy(plan: Plan, method: Method): string {
  const domain = clusterDomain(plan);
  const bootstrap = bootstrapSlot(plan, method);
  const apiSlots = [...(bootstrap === undefined ? [] : [bootstrap]), ...controlPlaneSlots(plan)];
  const ingress = ingressSlots(plan);
  const workers = workerSlots(plan).length > 0;
  const ingressWho = workers
    ? 'compute (worker) nodes'
    : plan.topology === 'compact'
      ? 'the control-plane nodes (compact cluster: they run the routers)'
      : plan.topology === 'sno'
        ? 'the single node'
        : plan.topology === 'two-node-arbiter'
          ? 'the two control-plane nodes (no workers: they run the routers; the arbiter runs none)'
          : 'the two control-plane nodes (no workers: they run the routers)';

  const header = [
    `# HAProxy for OpenShift cluster ${domain} (${method}): API, Machine Config Server and ingress.`,
    '# Written by ocp-planner from the plan; node addresses come from hosts[].ip in the answers.',
    '# Lines marked ADAPT need a local decision; lines marked REPLACE hold a placeholder the plan cannot know.',
    '# Layer 4 only (mode tcp): the API servers and routers terminate TLS themselves (docs: “Load balancing requirements for user-provisioned infrastructure”).',
    '# Production: separate API and ingress load balancers scale better (docs: “Load balancing requirements for user-provisioned infrastructure”); this file serves both.',
    '# RHEL with SELinux enforcing: setsebool -P haproxy_connect_any=1 (lets HAProxy bind 6443 and 22623).',
    '# Check before (re)loading: haproxy -c -f /etc/haproxy/haproxy.cfg',
    `# Ingress backends: ${ingressWho}.`,
  ];
  if (plan.topology === 'sno') {
    header.push(
      '# Single node: the docs point api, api-int and *.apps straight at the node (docs: “User-provisioned DNS requirements”), so this load balancer is',
      '# optional. Use it only if clients must pass a load balancer, and then point those DNS records at it instead.',
    );
  }
  if (bootstrap !== undefined) {
    header.push(
      "# After 'openshift-install wait-for bootstrap-complete' remove the bootstrap server lines from both API pools.",
    );
  }
  const global = [
    'global',
    '  log /dev/log local0',
    '  maxconn 20000',
    '  user haproxy',
    '  group haproxy',
    '',
    'defaults',
    '  mode tcp',
    '  log global',
    '  option tcplog',
    '  option dontlognull',
    '  retries 3',
    '  timeout connect 10s',
    '  # Long client/server timeouts: API watches and `oc logs -f` hold one connection open for minutes.',
    '  timeout client 1h',
    '  timeout server 1h',
    '  timeout check 10s',
  ];
  const sections = LB_FRONTENDS.map((frontend) =>
    listenSection(
      frontend,
      frontend.pool === 'api' ? (frontend.bootstrap ? apiSlots : controlPlaneSlots(plan)) : ingress,
    ),
  );
  return `${[header.join('\n'), global.join('\n'), ...sections.map((s) => s.join('\n'))].join('\n\n')}\n`;
}
