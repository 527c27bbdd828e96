import type { Text } from '../../types.js';

/**
 * The four load-balancer frontends a user-provisioned cluster needs (installation-load-balancing-user-infra (docs), modules/installation-load-balancing-user-infra).
 * The HAProxy renderer walks this table; it never decides a port or a pool by itself.
 */

/** Which machines answer behind a frontend. */
export type LbPool = 'api' | 'ingress';

/** How HAProxy decides that a backend server is healthy. */
export type LbHealthCheck = 'https-readyz' | 'tcp';

export interface LbFrontend {
  /** HAProxy `listen` section name: purpose plus port, so a log line names both. */
  name: string;
  port: number;
  /** api: bootstrap + control plane; ingress: the nodes that run the router pods. */
  pool: LbPool;
  /** The bootstrap machine serves this port until `wait-for bootstrap-complete` (installation-load-balancing-user-infra (docs), the docs’ UPI installation procedure step 15). */
  bootstrap: boolean;
  check: LbHealthCheck;
  /** roundrobin = stateless (API); source = client-IP persistence (ingress). */
  balance: 'roundrobin' | 'source';
  /** Reachable from outside the cluster network, or only from the nodes. */
  exposure: 'internal-and-external' | 'internal';
  /** What the frontend serves, and where its requirements come from, in both languages (haproxy.cfg comments). */
  purpose: Text;
  source: Text;
}

const LB_DOCS = '“Load balancing requirements for user-provisioned infrastructure”';

export const LB_FRONTENDS: readonly LbFrontend[] = [
  {
    name: 'api-server-6443',
    port: 6443,
    pool: 'api',
    bootstrap: true,
    check: 'https-readyz',
    balance: 'roundrobin',
    exposure: 'internal-and-external',
    purpose: {
      en: 'Kubernetes API (oc, kubelets, openshift-install wait-for)',
      ko: 'Kubernetes API(oc, kubelet, openshift-install wait-for)',
    },
    source: {
      en: `${LB_DOCS}: API 6443, stateless, /readyz check`,
      ko: `${LB_DOCS}: API 6443, 상태 비저장, /readyz 상태 확인`,
    },
  },
  {
    name: 'machine-config-server-22623',
    port: 22623,
    pool: 'api',
    bootstrap: true,
    check: 'tcp',
    balance: 'roundrobin',
    exposure: 'internal',
    purpose: {
      en: 'Machine Config Server (Ignition for joining nodes)',
      ko: 'Machine Config Server(클러스터에 합류하는 노드의 Ignition)',
    },
    source: {
      en: `${LB_DOCS}: 22623 internal only, TCP check`,
      ko: `${LB_DOCS}: 22623은 내부 전용, TCP 상태 확인`,
    },
  },
  {
    name: 'ingress-router-443',
    port: 443,
    pool: 'ingress',
    bootstrap: false,
    check: 'tcp',
    balance: 'source',
    exposure: 'internal-and-external',
    purpose: { en: 'HTTPS routes (*.apps, console, OAuth)', ko: 'HTTPS 라우트(*.apps, 콘솔, OAuth)' },
    source: {
      en: `${LB_DOCS}: ingress 443, layer 4, connection or source-IP persistence recommended`,
      ko: `${LB_DOCS}: 인그레스 443, L4, 연결 또는 소스 IP 기반 세션 유지 권장`,
    },
  },
  {
    name: 'ingress-router-80',
    port: 80,
    pool: 'ingress',
    bootstrap: false,
    check: 'tcp',
    balance: 'source',
    exposure: 'internal-and-external',
    purpose: { en: 'HTTP routes (*.apps)', ko: 'HTTP 라우트(*.apps)' },
    source: {
      en: `${LB_DOCS}: ingress 80, layer 4, connection or source-IP persistence recommended`,
      ko: `${LB_DOCS}: 인그레스 80, L4, 연결 또는 소스 IP 기반 세션 유지 권장`,
    },
  },
];

/**
 * Health-check timing. installation-load-balancing-user-infra (docs): probe every 5–10 s, healthy after 2 successes, unhealthy after 3 failures, and the
 * instance must leave the pool within 30 s of /readyz failing — 10 s × 3 = 30 s. (The doc's own HAProxy sample writes
 * `fall 2 rise 3`, the reverse of its prose; we follow the prose, which states the requirement.) The docs give timings
 * only for the API; the other pools use the same values so every pool reacts alike.
 */
export const LB_CHECK_TIMING = { inter: '10s', fall: 3, rise: 2 } as const;
