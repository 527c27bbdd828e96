import { isCloudPlatform } from '../../knowledge/platform-matrix.js';
import { isTwoNode, TWO_NODE_HARDWARE } from '../../knowledge/topologies.js';
import type { ChecklistItem } from '../../types.js';
import { shellQuote } from '../../util/shell-quote.js';
import type { MessageKey } from '../catalog.js';
import { type ChecklistContext, item, kindFor } from '../context.js';
import { STREAM_ARCH } from '../data/platforms.js';
import { minimumSizing } from '../data/sizing.js';
import { SOURCES } from '../data/sources.js';

/** Machine counts and minimum sizes for this topology (installation-machine-requirements in the docs). */
export function sizingItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  const arch = plan.architecture;
  const rows: string[][] = [];
  const summary: string[] = [];
  // Two-node layouts have their own minimums (knowledge/topologies.ts TWO_NODE_HARDWARE).
  const twoNode = isTwoNode(plan.topology) ? TWO_NODE_HARDWARE[plan.topology] : undefined;
  const row = (roleKey: MessageKey, count: number, role: Parameters<typeof minimumSizing>[0]) => {
    const base = minimumSizing(role, arch);
    const own = role === 'control-plane' || role === 'bootstrap' ? twoNode?.roles[role] : undefined;
    const s = own
      ? {
          ...base,
          vcpu: own.threads,
          ramGb: own.ramGb,
          storageGb: own.storageGb,
          iops: own.iops ?? base.iops,
        }
      : base;
    rows.push([
      t(roleKey),
      String(count),
      s.os,
      String(s.vcpu),
      `${s.ramGb} GB`,
      `${s.storageGb} GB`,
      String(s.iops),
    ]);
  };
  if (plan.topology === 'sno') {
    // On a cloud the installer still runs a temporary bootstrap machine beside the single node ("Additional
    // requirements for installing single-node OpenShift on a cloud provider"); elsewhere the node bootstraps itself.
    if (ctx.method === 'IPI' && isCloudPlatform(plan.platform)) {
      row('role.bootstrap', 1, 'bootstrap');
      summary.push(t('machines.summary.bootstrap'));
    }
    row('role.sno', 1, 'sno');
    summary.push(t('machines.summary.sno'));
  } else {
    // The bootstrap exists for every non-single-node install; with IPI the installer creates it (installation-machine-requirements in the docs).
    // The Agent-based installer has none: its rendezvous host, a control-plane node, bootstraps the cluster.
    const bootstrap = ctx.path !== 'Agent-based';
    if (bootstrap) row('role.bootstrap', 1, 'bootstrap');
    row('role.control-plane', plan.controlPlaneReplicas, 'control-plane');
    summary.push(
      ...(bootstrap ? [t('machines.summary.bootstrap')] : []),
      t('machines.summary.control-plane', { count: plan.controlPlaneReplicas }),
    );
    const arbiter = twoNode?.roles.arbiter;
    if (plan.arbiterReplicas > 0 && arbiter) {
      rows.push([
        t('role.arbiter'),
        String(plan.arbiterReplicas),
        'RHCOS',
        String(arbiter.threads),
        `${arbiter.ramGb} GB`,
        `${arbiter.storageGb} GB${arbiter.ssd ? ' SSD' : ''}`,
        String(minimumSizing('worker', arch).iops),
      ]);
      summary.push(t('machines.summary.arbiter', { count: plan.arbiterReplicas }));
    }
    if (plan.computeReplicas > 0) {
      row('role.worker', plan.computeReplicas, 'worker');
      summary.push(t('machines.summary.worker', { count: plan.computeReplicas }));
    }
  }
  // Bare-metal IPI still runs on the customer's servers: sizing them is a task even though the installer boots them.
  const kind = plan.platform === 'baremetal' ? 'task' : kindFor(ctx, 'machines');
  const details = [
    t(
      kind !== 'task'
        ? 'machines.sizing.verify-details'
        : isCloudPlatform(plan.platform)
          ? 'machines.sizing.cloud-details'
          : plan.architecture === 's390x'
            ? 'machines.sizing.ibmz-details'
            : plan.topology === 'sno'
              ? 'machines.sizing.sno-details'
              : 'machines.sizing.details',
    ),
    ...(plan.topology === 'compact' ? [t('machines.sizing.compact')] : []),
    ...(twoNode ? [t('two-node.sizing.details')] : []),
    ...(twoNode?.roles.arbiter && plan.arbiterReplicas > 0 ? [t('two-node.sizing.arbiter')] : []),
  ].join(' ');
  return [
    item({
      id: 'machines.sizing',
      phase: 'machines',
      owner: 'machines',
      kind,
      title: t('machines.sizing.title', { summary: summary.join(', ') }),
      details,
      table: {
        columns: [t('col.role'), t('col.count'), t('col.os'), 'vCPU', 'RAM', t('col.storage'), 'IOPS'],
        rows,
      },
      source: [SOURCES.machines, SOURCES.sizing, ...(twoNode ? [twoNode.source] : [])].join('; '),
    }),
  ];
}

/** RHCOS boot media per platform (the docs’ UPI prerequisites RHCOS boot media). */
function mediaKey(ctx: ChecklistContext): MessageKey {
  switch (ctx.plan.platform) {
    case 'vsphere':
      return 'machines.rhcos.media.vsphere';
    case 'aws':
      return 'machines.rhcos.media.aws';
    case 'azure':
      return 'machines.rhcos.media.azure';
    case 'gcp':
      return 'machines.rhcos.media.gcp';
    case 'openstack':
      return 'machines.rhcos.media.openstack';
    case 'ibmz':
      return 'machines.rhcos.media.ibmz';
    default:
      return 'machines.rhcos.media.metal';
  }
}

/** The stream-metadata query that prints this platform's image location. */
function streamQuery(ctx: ChecklistContext): string {
  const arch = STREAM_ARCH[ctx.plan.architecture];
  const base = `openshift-install coreos print-stream-json | jq -r '.architectures.${arch}`;
  switch (ctx.plan.platform) {
    case 'aws':
      return `${base}.images.aws.regions["${String(ctx.plan.platformConfig.region ?? 'us-east-1')}"].image'`;
    case 'vsphere':
      return `${base}.artifacts.vmware.formats.ova.disk.location'`;
    case 'azure':
      return `${base}.artifacts.azure.formats."vhd.gz".disk.location'`;
    case 'gcp':
      return `${base}.images.gcp.name'`;
    case 'openstack':
      return `${base}.artifacts.openstack.formats."qcow2.gz".disk.location'`;
    case 'ibmz':
      return `${base}.artifacts.metal.formats.pxe'`;
    default:
      return `${base}.artifacts.metal.formats.iso.disk.location'`;
  }
}

/**
 * The advanced parameters of each cloned VM ("Installing RHCOS and starting the OpenShift bootstrap process" of the
 * vSphere UPI book): its Ignition in guestinfo as base64, the disk UUID the storage driver needs, steal clock
 * accounting. The bootstrap carries the small merge-bootstrap.ign that points at the hosted bootstrap.ign.
 */
function vsphereVmCommands(ctx: ChecklistContext): string[] {
  const dir = ctx.installDir;
  const vm = (name: string, ignition: string) =>
    `govc vm.change -vm ${shellQuote(name)} -e "guestinfo.ignition.config.data=$(base64 -w0 ${dir}/${ignition})" -e guestinfo.ignition.config.data.encoding=base64 -e disk.EnableUUID=TRUE -e stealclock.enable=TRUE`;
  return [
    ...(ctx.bootstrap ? [vm(ctx.bootstrap.name, 'merge-bootstrap.ign')] : []),
    ...ctx.controlPlane.map((n) => vm(n.name, 'master.ign')),
    ...ctx.workers.map((n) => vm(n.name, 'worker.ign')),
  ];
}

/**
 * UPI machines: images and vSphere VM settings (the docs’ UPI prerequisites). On AWS, Azure and GCP the documented templates'
 * stacks create the machines from the release's image instead (items/cloud-upi.ts).
 */
export function upiMachineItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  if (ctx.method !== 'UPI' || ctx.path === 'Agent-based') return [];
  const values = {
    version: plan.ocpVersion,
    platform: plan.platform,
    arch: STREAM_ARCH[plan.architecture],
    region: String(plan.platformConfig.region ?? ''),
    project: String(plan.platformConfig.projectID ?? ''),
  };
  const items: ChecklistItem[] = [
    item({
      id: 'machines.rhcos',
      phase: 'machines',
      owner: 'machines',
      kind: 'task',
      title: t('machines.rhcos.title', values),
      details: t('machines.rhcos.details', { media: t(mediaKey(ctx), values) }),
      commands: [streamQuery(ctx)],
      source: `${SOURCES.inputs}; ${SOURCES.metal}`,
    }),
  ];
  if (plan.platform === 'vsphere') {
    items.push(
      item({
        id: 'machines.vsphere-settings',
        phase: 'machines',
        owner: 'machines',
        kind: 'task',
        title: t('machines.vsphere.title'),
        details: t('machines.vsphere.details'),
        commands: vsphereVmCommands(ctx),
        source: `${SOURCES.vsphereUpi}; ${SOURCES.network}`,
      }),
    );
  }
  return items;
}
