import { atLeast } from '../../knowledge/releases.js';
import type { ChecklistItem } from '../../types.js';
import { sh } from '../../util/shell-quote.js';
import { type ChecklistContext, item } from '../context.js';
import { SOURCES } from '../data/sources.js';

/** `host:port` or `host/path` → host, for noProxy, which takes domains and addresses only (installconfig.go (publish, credentials, mirrors, proxy)). */
function hostOf(registry: string): string {
  return (
    registry
      .replace(/^[a-z]+:\/\//, '')
      .split('/')[0]
      ?.split(':')[0] ?? registry
  );
}

/** Whether a noProxy list already covers an entry: the same element, or a `.domain` suffix that matches it. */
function covered(entry: string, list: string[]): boolean {
  return list.some(
    (e) => e === entry || (e.startsWith('.') && !entry.includes('/') && `.${entry}`.endsWith(e)),
  );
}

/**
 * Proxy: the cluster adds its own networks to noProxy, but internal destinations (the cluster domain, vCenter,
 * Prism Central, the mirror) must bypass the proxy too (configuring-firewall (docs) "review the list for a proxy"; installconfig.go (publish, credentials, mirrors, proxy);
 * oc-mirror user reports: without the machine network in noProxy, node traffic goes through the proxy).
 */
export function proxyItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t, domain } = ctx;
  if (plan.connectivity !== 'proxy') return [];
  const list = (plan.proxy?.noProxy ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // The installer adds the machine, cluster and service networks, api-int, .svc and .cluster.local itself
  // (pkg/asset/manifests/proxy.go createNoProxy): only what it cannot know is listed.
  const entries: [string, string][] = [[`.${domain}`, t('noproxy.cluster-domain')]];
  const vcenter = plan.platformConfig.vcenter;
  if (plan.platform === 'vsphere' && typeof vcenter === 'string')
    entries.push([vcenter, t('noproxy.vcenter')]);
  const prism = plan.platformConfig.prismCentral;
  if (plan.platform === 'nutanix' && typeof prism === 'string') entries.push([prism, t('noproxy.prism')]);
  if (plan.mirror) entries.push([hostOf(plan.mirror.registry), t('noproxy.mirror')]);
  const proxy = plan.proxy?.httpsProxy ?? plan.proxy?.httpProxy ?? '';
  return [
    item({
      id: 'proxy.no-proxy',
      phase: 'network',
      owner: 'network',
      kind: 'task',
      title: t('proxy.noproxy.title', { proxy }),
      details: t('proxy.noproxy.details'),
      table: {
        columns: [t('col.entry'), t('col.present'), t('col.why')],
        rows: entries.map(([entry, why]) => [entry, t(covered(entry, list) ? 'cell.yes' : 'cell.no'), why]),
      },
      source: `${SOURCES.proxyRule}; ${SOURCES.egress}`,
    }),
  ];
}

/**
 * Disconnected: the mirror registry, the oc-mirror run and the trust bundle (the docs’ UPI prerequisites; oc-mirror user reports).
 * oc-mirror v2 is the documented tool from 4.18; older releases use the v1 plugin and its metadata storage.
 */
export function mirrorItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  if (plan.connectivity !== 'disconnected' || !plan.mirror) return [];
  const registry = plan.mirror.registry;
  // The registry may carry a namespace path; TLS and /v2/ live on its host and port.
  const hostPort = registry.split('/')[0] ?? registry;
  const channel = `stable-${plan.ocpVersion}`;
  const v2 = atLeast(plan.ocpVersion, '4.18');
  const imageset = [
    "cat > imageset-config.yaml <<'EOF'",
    'kind: ImageSetConfiguration',
    `apiVersion: mirror.openshift.io/${v2 ? 'v2alpha1' : 'v1alpha2'}`,
    ...(v2 ? [] : ['storageConfig:', '  local:', `    path: ./${plan.clusterName}-mirror-metadata`]),
    'mirror:',
    '  platform:',
    '    channels:',
    `    - name: ${channel}`,
    '      type: ocp',
    'EOF',
  ].join('\n');
  const mirrorCommand = v2
    ? sh`oc mirror -c imageset-config.yaml --workspace ${`file://${plan.clusterName}-mirror`} ${`docker://${registry}`} --v2`
    : sh`oc mirror --config imageset-config.yaml ${`docker://${registry}`}`;
  return [
    item({
      id: 'mirror.registry',
      phase: 'prepare',
      owner: 'platform',
      kind: 'task',
      title: t('mirror.registry.title', { registry }),
      details: t('mirror.registry.details', { registry }),
      commands: [`${sh`curl -sS ${`https://${hostPort}/v2/`}`} -o /dev/null -w '%{http_code}\\n'`],
      source: SOURCES.mirror,
    }),
    item({
      id: 'mirror.release',
      phase: 'prepare',
      owner: 'platform',
      kind: 'task',
      title: t('mirror.release.title', { version: plan.ocpVersion, registry }),
      details: t(v2 ? 'mirror.release.details-v2' : 'mirror.release.details', {
        channel,
        workspace: `${plan.clusterName}-mirror`,
      }),
      commands: [imageset, mirrorCommand],
      source: SOURCES.mirror,
    }),
    // What oc-mirror wrote besides the images: catalog sources and release signatures are applied after the
    // install, and the default OperatorHub sources, unreachable here, are switched off.
    item({
      id: 'mirror.cluster-resources',
      phase: 'postInstall',
      owner: 'platform',
      kind: 'task',
      title: t('mirror.resources.title'),
      details: t(v2 ? 'mirror.resources.details-v2' : 'mirror.resources.details', {
        workspace: `${plan.clusterName}-mirror`,
      }),
      commands: [
        v2
          ? sh`oc apply -f ${`${plan.clusterName}-mirror/working-dir/cluster-resources/`}`
          : 'oc apply -f ./oc-mirror-workspace/results-*/',
        `oc patch OperatorHub cluster --type merge -p '{"spec":{"disableAllDefaultSources":true}}'`,
      ],
      source: SOURCES.mirror,
    }),
    item({
      id: 'mirror.trust-bundle',
      phase: 'prepare',
      owner: 'security',
      kind: 'task',
      title: t('mirror.trust.title'),
      details: [
        t('mirror.trust.details', { registry }),
        ...(plan.mirror.caBundleFile ? [] : [t('mirror.trust.missing')]),
      ].join(' '),
      commands: [
        `${sh`openssl s_client -connect ${hostPort.includes(':') ? hostPort : `${hostPort}:443`} -showcerts`} </dev/null`,
      ],
      source: `${SOURCES.mirror}; installconfig.go (publish, credentials, mirrors, proxy) mirrors`,
    }),
  ];
}
