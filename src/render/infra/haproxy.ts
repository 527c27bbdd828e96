import { say } from '../../i18n/text.js';
import type { Lang, Method, Plan } from '../../types.js';
import { INFRA_TEXT, infraComment } from './infra-text.js';
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

const TIMING = `inter ${LB_CHECK_TIMING.inter} fall ${LB_CHECK_TIMING.fall} rise ${LB_CHECK_TIMING.rise}`;

/** HAProxy wants IPv6 addresses in brackets before the port. */
function hostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** Check keywords per frontend: /readyz over TLS for the API (certificate not verified: it is the cluster's own CA). */
function checkOptions(frontend: LbFrontend): string {
  return frontend.check === 'https-readyz' ? `check check-ssl verify none ${TIMING}` : `check ${TIMING}`;
}

function serverLines(frontend: LbFrontend, slot: NodeSlot, lang: Lang): string[] {
  const isBootstrap = slot.role === 'bootstrap';
  // The bootstrap is a backup: it only takes traffic while no control-plane node passes its check (docs sample).
  const tail = isBootstrap ? ` backup  # ${say(INFRA_TEXT.lbRemoveBootstrap, lang)}` : '';
  if (slot.ip !== undefined && slot.name !== undefined) {
    return [`  server ${slot.name} ${hostPort(slot.ip, frontend.port)} ${checkOptions(frontend)}${tail}`];
  }
  // A node the plan cannot place: say which, and leave a commented line — never an invented address.
  const name = slot.name ?? ipPlaceholder(slot).replace('_IP>', '_NAME>');
  const values = { label: slotLabel(slot, lang), name, ip: ipPlaceholder(slot) };
  const id = isBootstrap ? 'lbBootstrapUnknown' : slot.name === undefined ? 'lbSlotUnknown' : 'lbIpUnknown';
  const why = `  # ${say(INFRA_TEXT[id], lang, values)}`;
  return [why, `  # server ${name} ${ipPlaceholder(slot)}:${frontend.port} ${checkOptions(frontend)}${tail}`];
}

function listenSection(frontend: LbFrontend, slots: NodeSlot[], lang: Lang): string[] {
  const exposure = say(INFRA_TEXT[frontend.exposure === 'internal' ? 'lbInternal' : 'lbExternal'], lang);
  const lines = [
    ...infraComment('lbSection', lang, { purpose: frontend.purpose[lang], port: frontend.port, exposure }),
    ...infraComment('lbSource', lang, { source: frontend.source[lang] }),
    `listen ${frontend.name}`,
    `  bind *:${frontend.port}  # ${say(INFRA_TEXT.lbBind, lang)}`,
    '  mode tcp',
    `  balance ${frontend.balance}`,
  ];
  if (frontend.check === 'https-readyz') {
    lines.push('  option httpchk GET /readyz HTTP/1.0', '  http-check expect status 200');
  }
  for (const slot of slots) lines.push(...serverLines(frontend, slot, lang));
  return lines;
}

/**
 * haproxy.cfg for the customer's API and ingress load balancer: layer 4 (`mode tcp`) only, because the API and the
 * routers terminate TLS themselves (installation-load-balancing-user-infra (docs)). API and ingress share one HAProxy here, as in the doc example; the
 * header says to split them for production scale.
 */
export function renderHaproxy(plan: Plan, method: Method, lang: Lang = 'en'): string {
  const domain = clusterDomain(plan);
  const bootstrap = bootstrapSlot(plan, method);
  const apiSlots = [...(bootstrap === undefined ? [] : [bootstrap]), ...controlPlaneSlots(plan)];
  const ingress = ingressSlots(plan);
  const workers = workerSlots(plan).length > 0;
  const ingressWho = workers
    ? 'lbIngressWorkers'
    : plan.topology === 'compact'
      ? 'lbIngressCompact'
      : plan.topology === 'sno'
        ? 'lbIngressSno'
        : plan.topology === 'two-node-arbiter'
          ? 'lbIngressArbiter'
          : 'lbIngressTwoNode';

  const header = [
    ...infraComment('lbTitle', lang, { domain, method }),
    ...infraComment('lbWritten', lang),
    ...infraComment('lbMarkers', lang),
    ...infraComment('lbLayer4', lang),
    ...infraComment('lbProduction', lang),
    ...infraComment('lbSelinux', lang),
    ...infraComment('lbCheck', lang),
    ...infraComment('lbIngressBackends', lang, { who: say(INFRA_TEXT[ingressWho], lang) }),
  ];
  if (plan.topology === 'sno') header.push(...infraComment('lbSnoOptional', lang));
  if (bootstrap !== undefined) header.push(...infraComment('lbRemoveBootstrapHeader', lang));
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
    `  # ${say(INFRA_TEXT.lbTimeouts, lang)}`,
    '  timeout client 1h',
    '  timeout server 1h',
    '  timeout check 10s',
  ];
  const sections = LB_FRONTENDS.map((frontend) =>
    listenSection(
      frontend,
      frontend.pool === 'api' ? (frontend.bootstrap ? apiSlots : controlPlaneSlots(plan)) : ingress,
      lang,
    ),
  );
  return `${[header.join('\n'), global.join('\n'), ...sections.map((s) => s.join('\n'))].join('\n\n')}\n`;
}
