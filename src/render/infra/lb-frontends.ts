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
  purpose: string;
  source: string;
}

export const LB_FRONTENDS: readonly LbFrontend[] = [
  {
    name: 'api-server-6443',
    port: 6443,
    pool: 'api',
    bootstrap: true,
    check: 'https-readyz',
    balance: 'roundrobin',
    exposure: 'internal-and-external',
    purpose: 'Kubernetes API (oc, kubelets, openshift-install wait-for)',
    source:
      '“Load balancing requirements for user-provisioned infrastructure”: API 6443, stateless, /readyz check',
  },
  {
    name: 'machine-config-server-22623',
    port: 22623,
    pool: 'api',
    bootstrap: true,
    check: 'tcp',
    balance: 'roundrobin',
    exposure: 'internal',
    purpose: 'Machine Config Server (Ignition for joining nodes)',
    source:
      '“Load balancing requirements for user-provisioned infrastructure”: 22623 internal only, TCP check',
  },
  {
    name: 'ingress-router-443',
    port: 443,
    pool: 'ingress',
    bootstrap: false,
    check: 'tcp',
    balance: 'source',
    exposure: 'internal-and-external',
    purpose: 'HTTPS routes (*.apps, console, OAuth)',
    source:
      '“Load balancing requirements for user-provisioned infrastructure”: ingress 443, layer 4, connection or source-IP persistence recommended',
  },
  {
    name: 'ingress-router-80',
    port: 80,
    pool: 'ingress',
    bootstrap: false,
    check: 'tcp',
    balance: 'source',
    exposure: 'internal-and-external',
    purpose: 'HTTP routes (*.apps)',
    source:
      '“Load balancing requirements for user-provisioned infrastructure”: ingress 80, layer 4, connection or source-IP persistence recommended',
  },
];

/**
 * Health-check timing. installation-load-balancing-user-infra (docs): probe every 5–10 s, healthy after 2 successes, unhealthy after 3 failures, and the
 * instance must leave the pool within 30 s of /readyz failing — 10 s × 3 = 30 s. (The doc's own HAProxy sample writes
 * `fall 2 rise 3`, the reverse of its prose; we follow the prose, which states the requirement.) The docs give timings
 * only for the API; the other pools use the same values so every pool reacts alike.
 */
export const LB_CHECK_TIMING = { inter: '10s', fall: 3, rise: 2 } as const;
