import { fencingAddress } from '../../knowledge/fencing.js';
import { rulesVersion } from '../../knowledge/releases.js';
import { docsPage, TWO_NODE_HARDWARE } from '../../knowledge/topologies.js';
import { featureSetFor, techPreviewFeaturesOf } from '../../plan/feature-set.js';
import type { ChecklistItem } from '../../types.js';
import { shellQuote } from '../../util/shell-quote.js';
import { type ChecklistContext, item } from '../context.js';

/**
 * The steps a two-node cluster adds (arbiter: latency, etcd profile; fencing: Redfish reachability from the nodes,
 * Pacemaker status) and those every Technology Preview feature set adds, plus the etcd backup both two-node layouts
 * ask for. Sources are the documentation pages of the plan's release.
 */

function sources(ctx: ChecklistContext) {
  const v = rulesVersion(ctx.plan.ocpVersion);
  const book = 'installing_a_two_node_openshift_cluster';
  return {
    arbiter: docsPage(
      v,
      'installing_on_bare_metal',
      'Installing on bare metal: Configuring a local arbiter node',
    ),
    arbiterUpi: docsPage(
      v,
      'installing_on_any_platform',
      'Installing on any platform: Creating the Kubernetes manifest and Ignition config files',
    ),
    fencing: docsPage(
      v,
      book,
      'Installing a two-node OpenShift cluster: Preparing to install a two-node OpenShift cluster with fencing',
    ),
    fencingPost: docsPage(
      v,
      book,
      'Installing a two-node OpenShift cluster: Verifying etcd health in a two-node OpenShift cluster with fencing',
    ),
    etcdTuning: docsPage(
      v,
      'scalability_and_performance',
      'Scalability and performance: Setting tuning parameters for etcd',
    ),
    etcdBackup: docsPage(v, 'backup_and_restore', 'Backup and restore: Backing up etcd data'),
    featureGates: docsPage(v, 'nodes', 'Nodes: Enabling features using feature gates'),
    // The release notes' Technology Preview tables give each feature's level per release.
    releaseNotes: docsPage(v, 'release_notes', `OpenShift Container Platform ${v} release notes`),
  };
}

/** The Technology Preview feature set a plan needs, stated as a decision the client must accept. */
function techPreviewItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  if (featureSetFor(plan) === undefined) return [];
  const features = techPreviewFeaturesOf(plan);
  return [
    item({
      id: 'prepare.tech-preview',
      phase: 'prepare',
      owner: 'platform',
      kind: 'task',
      title: t('two-node.tech-preview.title', { version: plan.ocpVersion }),
      details: t('two-node.tech-preview.details', {
        features: features.map((use) => `${use.gate.gate} (${use.path})`).join(', '),
        version: plan.ocpVersion,
      }),
      commands: ['oc get featuregate cluster -o jsonpath={.spec.featureSet}'],
      source: `${sources(ctx).featureGates}; ${sources(ctx).releaseNotes}`,
    }),
  ];
}

function arbiterItems(ctx: ChecklistContext): ChecklistItem[] {
  const { t } = ctx;
  const hardware = TWO_NODE_HARDWARE['two-node-arbiter'];
  const latency = hardware.arbiterLatencyMs ?? 500;
  const arbiter = ctx.arbiters[0];
  const src = sources(ctx);
  const pings = arbiter?.ip
    ? ctx.controlPlane.map((n) => `ssh core@${n.ip ?? n.fqdn} ping -c 20 ${arbiter.ip}`)
    : [];
  const items: ChecklistItem[] = [
    item({
      id: 'two-node.arbiter-latency',
      phase: 'network',
      owner: 'network',
      kind: 'task',
      title: t('two-node.arbiter-latency.title', { latency, arbiter: arbiter?.name ?? 'arbiter' }),
      details: t('two-node.arbiter-latency.details', { latency }),
      commands: pings,
      source: hardware.source,
    }),
    item({
      id: 'two-node.etcd-slow-profile',
      phase: 'postInstall',
      owner: 'platform',
      kind: 'task',
      title: t('two-node.etcd-slow-profile.title'),
      details: t('two-node.etcd-slow-profile.details', { latency }),
      commands: [
        `oc patch etcd/cluster --type=merge -p '{"spec": {"controlPlaneHardwareSpeed": "Slower"}}'`,
        'oc get etcd/cluster -o jsonpath={.spec.controlPlaneHardwareSpeed}',
      ],
      source: `${src.arbiter}; ${src.etcdTuning}`,
    }),
  ];
  // Only UPI hosts Ignition files: the Agent-based installer's ISO carries the arbiter's configuration itself.
  if (ctx.path === 'UPI') {
    items.push(
      item({
        id: 'two-node.arbiter-ignition',
        phase: 'install',
        owner: 'machines',
        kind: 'task',
        title: t('two-node.arbiter-ignition.title', { arbiter: arbiter?.name ?? 'arbiter' }),
        details: t('two-node.arbiter-ignition.details', { domain: ctx.domain, installDir: ctx.installDir }),
        commands: [
          `sha512sum ${ctx.installDir}/arbiter.ign`,
          'sudo coreos-installer install --ignition-url=http://<http-server>/arbiter.ign <disk> --ignition-hash=sha512-<digest>',
        ],
        source: `${src.arbiter}; ${src.arbiterUpi}`,
      }),
    );
  }
  return items;
}

/** `https://host[:port]/path` for a curl check of the Redfish system, from the fencing address. */
function redfishUrl(bmcAddress: string): string | undefined {
  const parsed = fencingAddress(bmcAddress);
  return parsed.ok ? parsed.address.replace(/^redfish\+/, '') : undefined;
}

function fencingItems(ctx: ChecklistContext): ChecklistItem[] {
  const { t } = ctx;
  const src = sources(ctx);
  const bmcs = ctx.plan.hosts
    .filter((h) => h.role === 'control-plane' && h.bmc)
    .map((h) => ({ name: h.name, url: redfishUrl(h.bmc?.address ?? '') }));
  const first = ctx.controlPlane[0]?.name ?? 'master-0';
  return [
    item({
      id: 'two-node.redfish',
      phase: 'network',
      owner: 'network',
      kind: 'task',
      title: t('two-node.redfish.title'),
      details: t('two-node.redfish.details', {
        machineNetwork: ctx.plan.networking.machineNetwork.join(', '),
      }),
      table: {
        columns: [t('col.host'), t('col.bmc')],
        rows: bmcs.map((b) => [b.name, b.url ?? t('cell.assign')]),
      },
      // curl asks for the password itself: the BMC credentials never appear in the checklist.
      commands: bmcs.flatMap((b) =>
        b.url ? [`curl -sk -u <bmc-user> -o /dev/null -w '%{http_code}\\n' ${shellQuote(b.url)}`] : [],
      ),
      source: src.fencing,
    }),
    item({
      id: 'two-node.pacemaker',
      phase: 'verify',
      owner: 'platform',
      kind: 'verify',
      title: t('two-node.pacemaker.title'),
      details: t('two-node.pacemaker.details'),
      commands: [
        `oc debug node/${first} -- chroot /host pcs status --full`,
        `oc debug node/${first} -- chroot /host pcs stonith status`,
        'oc get etcd -o jsonpath=\'{range .items[0].status.conditions[?(@.type=="EtcdMembersAvailable")]}{.message}{"\\n"}{end}\'',
      ],
      source: src.fencingPost,
    }),
  ];
}

function backupItem(ctx: ChecklistContext): ChecklistItem {
  const { t } = ctx;
  const first = ctx.controlPlane[0]?.name ?? 'master-0';
  return item({
    id: 'two-node.etcd-backup',
    phase: 'postInstall',
    owner: 'platform',
    kind: 'task',
    title: t('two-node.etcd-backup.title'),
    details: t('two-node.etcd-backup.details'),
    commands: [
      `oc debug --as-root node/${first} -- chroot /host /usr/local/bin/cluster-backup.sh /home/core/assets/backup`,
    ],
    source: `${sources(ctx).fencing}; ${sources(ctx).etcdBackup}`,
  });
}

/** Items that follow a given step of another file rather than the end of their phase. */
const FOLLOWS: Readonly<Record<string, string>> = { 'two-node.arbiter-ignition': 'install.boot' };

/**
 * `items` with this file's items added: each after the step it follows (the arbiter boots with the control plane,
 * right after install.boot), the others at the end, where the phase sort puts them in their phase.
 */
export function withTwoNodeItems(items: ChecklistItem[], ctx: ChecklistContext): ChecklistItem[] {
  const out = [...items];
  for (const extra of twoNodeItems(ctx)) {
    const after = FOLLOWS[extra.id];
    const at = after === undefined ? -1 : out.findIndex((i) => i.id === after);
    if (at < 0) out.push(extra);
    else out.splice(at + 1, 0, extra);
  }
  return out;
}

/** Every item of this file that belongs to the plan. */
export function twoNodeItems(ctx: ChecklistContext): ChecklistItem[] {
  const { topology } = ctx.plan;
  return [
    ...techPreviewItems(ctx),
    ...(topology === 'two-node-arbiter' ? arbiterItems(ctx) : []),
    ...(topology === 'two-node-fencing' ? fencingItems(ctx) : []),
    ...(topology === 'two-node-arbiter' || topology === 'two-node-fencing' ? [backupItem(ctx)] : []),
  ];
}
