import { isCloudPlatform } from '../../knowledge/platform-matrix.js';
import type { ChecklistItem } from '../../types.js';
import { sh } from '../../util/shell-quote.js';
import { type ChecklistContext, clusterNodes, item } from '../context.js';
import { isOnPremIpi } from '../data/platforms.js';
import { SOURCES } from '../data/sources.js';

/** Checks after the install, with this cluster's names (the docs’ UPI installation procedure steps 2, 16–20; installation-user-provisioned-validating-dns). */
export function verifyItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t, domain, installDir } = ctx;
  const nodeCount = plan.controlPlaneReplicas + plan.arbiterReplicas + plan.computeReplicas;
  const summary = [
    plan.topology === 'sno'
      ? t('machines.summary.sno')
      : t('machines.summary.control-plane', { count: plan.controlPlaneReplicas }),
    ...(plan.arbiterReplicas > 0 ? [t('machines.summary.arbiter', { count: plan.arbiterReplicas })] : []),
    ...(plan.computeReplicas > 0 ? [t('machines.summary.worker', { count: plan.computeReplicas })] : []),
  ].join(', ');
  // api-int is resolved inside the cluster on on-prem IPI (installation-dns-user-infra (docs)), so only check it where a record exists.
  const apiInt = !isOnPremIpi(plan.platform, ctx.method);
  const knownIps = clusterNodes(ctx).filter((n) => n.ip);
  const dnsCommands = [
    sh`dig +short ${`api.${domain}`}`,
    ...(apiInt && !(isCloudPlatform(plan.platform) && ctx.method === 'IPI')
      ? [sh`dig +short ${`api-int.${domain}`}`]
      : []),
    sh`dig +short ${`test.apps.${domain}`}`,
    ...(ctx.method === 'UPI' && !isCloudPlatform(plan.platform)
      ? knownIps.map((n) => sh`dig +short -x ${n.ip ?? ''}`)
      : []),
  ];
  return [
    item({
      id: 'verify.dns',
      phase: 'verify',
      owner: 'dns',
      kind: 'verify',
      // The title names only the records this plan's DNS holds: on-prem IPI serves api-int and node names in-cluster.
      title: t(
        !apiInt
          ? 'verify.dns.title-vips'
          : isCloudPlatform(plan.platform)
            ? 'verify.dns.title-cloud'
            : 'verify.dns.title',
      ),
      details: t('verify.dns.details'),
      commands: dnsCommands,
      source: `${SOURCES.dns}; ${SOURCES.flow} (step 2)`,
    }),
    item({
      id: 'verify.api',
      phase: 'verify',
      owner: 'platform',
      kind: 'verify',
      title: t('verify.api.title', { domain }),
      details: t('verify.api.details'),
      commands: [sh`curl -k ${`https://api.${domain}:6443/readyz`}`],
      source: SOURCES.lb,
    }),
    item({
      id: 'verify.nodes',
      phase: 'verify',
      owner: 'platform',
      kind: 'verify',
      title: t(nodeCount === 1 ? 'verify.nodes.one-title' : 'verify.nodes.title', { count: nodeCount }),
      details: t('verify.nodes.details', { summary }),
      commands: [`export KUBECONFIG=${installDir}/auth/kubeconfig`, 'oc get nodes -o wide'],
      source: `${SOURCES.flow} (step 17)`,
    }),
    item({
      id: 'verify.operators',
      phase: 'verify',
      owner: 'platform',
      kind: 'verify',
      title: t('verify.operators.title'),
      details: t('verify.operators.details', { version: plan.ocpVersion }),
      commands: ['oc get co', 'oc get clusterversion'],
      source: `${SOURCES.flow} (steps 18, 20)`,
    }),
    item({
      id: 'verify.console',
      phase: 'verify',
      owner: 'platform',
      kind: 'verify',
      title: t('verify.console.title'),
      details: t('verify.console.details', { domain }),
      commands: [
        `curl -k -o /dev/null -w '%{http_code}\\n' https://console-openshift-console.apps.${domain}`,
      ],
      source: SOURCES.dns,
    }),
  ];
}
