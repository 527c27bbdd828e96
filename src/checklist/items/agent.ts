import {
  AGENT_SOURCES,
  agentDocs,
  ISO_VALIDITY_HOURS,
  MAX_CLOCK_SKEW_MINUTES,
  ociDocs,
} from '../../knowledge/agent-installer.js';
import { agentStanza } from '../../plan/install-path.js';
import { agentHosts, hostInterfaces, minimalIsoOf, rendezvousIpOf } from '../../render/agent-config/index.js';
import type { ChecklistItem } from '../../types.js';
import { type ChecklistContext, item } from '../context.js';
import { registryItems } from './install-upi.js';

/** The plan folder's second file, which the installer consumes together with install-config.yaml. */
const AGENT_CONFIG = 'agent-config.yaml';

/**
 * The Agent-based installation flow (openshift/installer cmd/openshift-install/agent.go; the Agent-based Installer
 * book of the release): both files into a fresh folder, the image (ISO, or PXE files when bootArtifactsBaseURL is
 * given), every host booted from it within 24 hours with the rendezvous host first, then the two wait-for commands.
 * No bootstrap machine, no Ignition hosting and no CSR round: the Assisted service on the rendezvous host does them.
 * The live remainder of the Assisted validations becomes verify items with the command to run.
 */
export function agentItems(ctx: ChecklistContext): ChecklistItem[] {
  if (ctx.path !== 'Agent-based') return [];
  const { plan, t, installDir, planDir } = ctx;
  const docs = agentDocs(plan.ocpVersion);
  const dir = `--dir ${installDir}`;
  const pxe = plan.agent?.bootArtifactsBaseURL;
  const oci = plan.platform === 'external' && (plan.platformConfig.platformName ?? 'oci') === 'oci';
  const rendezvousIp = rendezvousIpOf(plan) ?? t('cell.assign');
  const owner = plan.hosts.find((h) => h.ip === rendezvousIp)?.name;
  const rendezvous = owner ? `${owner} (${rendezvousIp})` : rendezvousIp;
  const hosts = agentHosts(plan);
  const wanted = plan.controlPlaneReplicas + plan.arbiterReplicas + plan.computeReplicas;

  const items: ChecklistItem[] = [
    item({
      id: 'agent.nmstate-tool',
      phase: 'prepare',
      owner: 'platform',
      kind: 'task',
      title: t('agent.nmstate-tool.title'),
      details: t('agent.nmstate-tool.details'),
      commands: ['sudo dnf install -y nmstate', 'nmstatectl --version'],
      source: `${AGENT_SOURCES.nmstate}; ${docs}`,
    }),
  ];
  if (oci) {
    items.push(
      item({
        id: 'agent.oci-resources',
        phase: 'prepare',
        owner: 'platform',
        kind: 'task',
        title: t('agent.oci-resources.title'),
        details: t('agent.oci-resources.details', { domain: ctx.domain }),
        source: ociDocs(plan.ocpVersion),
      }),
      item({
        id: 'agent.oci-manifests',
        phase: 'install',
        owner: 'platform',
        kind: 'task',
        title: t('agent.oci-manifests.title'),
        details: t('agent.oci-manifests.details', { installDir }),
        commands: [
          `mkdir -p ${installDir}/openshift`,
          `cp <oracle-custom-manifests>/*.yaml ${installDir}/openshift/`,
        ],
        source: `${ociDocs(plan.ocpVersion)}; ${AGENT_SOURCES.assisted} (platform-requirements-satisfied)`,
      }),
    );
  }
  items.push(
    item({
      id: 'install.dir',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t('agent.dir.title', { installDir }),
      details: t('agent.dir.details', { planDir }),
      commands: [
        `mkdir ${installDir}`,
        `cp ${planDir}/install-config.yaml ${planDir}/${AGENT_CONFIG} ${installDir}/`,
      ],
      source: `${AGENT_SOURCES.commands}; ${docs}`,
    }),
    item({
      id: 'agent.image',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t(pxe ? 'agent.pxe.title' : 'agent.image.title'),
      details: [
        t(pxe ? 'agent.pxe.details' : 'agent.image.details', {
          installDir,
          url: pxe ?? '',
          hours: ISO_VALIDITY_HOURS,
        }),
        ...(minimalIsoOf(plan) ? [t('agent.image.minimal')] : []),
        ...(oci ? [t('agent.image.oci')] : []),
      ].join(' '),
      commands: [
        pxe
          ? `openshift-install agent create pxe-files ${dir}`
          : `openshift-install agent create image ${dir}`,
        ...(pxe ? [`ls ${installDir}/boot-artifacts/`] : []),
      ],
      source: `${AGENT_SOURCES.commands}; ${docs}`,
    }),
    item({
      id: 'agent.boot',
      phase: 'install',
      owner: 'machines',
      kind: 'task',
      title: t('agent.boot.title', { count: wanted }),
      details: [
        t('agent.boot.details', { rendezvous, hours: ISO_VALIDITY_HOURS }),
        ...(hosts.length < wanted ? [t('agent.boot.unlisted', { listed: hosts.length, wanted })] : []),
      ].join(' '),
      table: {
        columns: [t('agent.col.host'), t('agent.col.role'), t('agent.col.ip'), t('agent.col.macs')],
        rows: hosts.map((host) => [
          host.name,
          host.role,
          host.ip ?? 'DHCP',
          hostInterfaces(host)
            .map((nic) => nic.macAddress)
            .join(', '),
        ]),
      },
      source: `${docs}; ${AGENT_SOURCES.agentHosts}`,
    }),
    item({
      id: 'install.bootstrap-complete',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t('agent.bootstrap.title'),
      details: t('agent.bootstrap.details', { rendezvous }),
      commands: [`openshift-install agent wait-for bootstrap-complete ${dir} --log-level=info`],
      source: `${AGENT_SOURCES.commands}; ${docs}`,
    }),
    ...registryItems(ctx),
    item({
      id: 'install.complete',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t('agent.complete.title'),
      details: t('agent.complete.details', { installDir }),
      commands: [`openshift-install agent wait-for install-complete ${dir}`],
      source: `${AGENT_SOURCES.commands}; ${docs}`,
    }),
    ...liveValidationItems(ctx, rendezvousIp),
  );
  return items;
}

/**
 * The Assisted validations that only the booted hosts can decide (assisted-validations.json classes P and L): the
 * checklist gives the command a person runs before or while the agent waits.
 */
function liveValidationItems(ctx: ChecklistContext, rendezvousIp: string): ChecklistItem[] {
  const { plan, t } = ctx;
  const vips = [...(plan.vips?.api ?? []), ...(plan.vips?.ingress ?? [])];
  const usesVips = ['baremetal', 'vsphere', 'nutanix'].includes(agentStanza(plan));
  const mtu = plan.agent?.mtu ?? 1500;
  const peer =
    plan.hosts.find((h) => h.role !== 'bootstrap' && h.ip && h.ip !== rendezvousIp)?.ip ?? '<other-host-ip>';
  const items: ChecklistItem[] = [];
  if (usesVips && vips.length > 0) {
    items.push(
      item({
        id: 'agent.verify-vips-free',
        phase: 'verify',
        owner: 'network',
        kind: 'verify',
        title: t('agent.verify-vips-free.title'),
        details: t('agent.verify-vips-free.details', { vips: vips.join(', ') }),
        commands: vips.map((vip) => `arping -D -c 3 -I <interface> ${vip}`),
        source: `${AGENT_SOURCES.assisted} (api-vips-valid, ingress-vips-valid)`,
      }),
    );
  }
  items.push(
    item({
      id: 'agent.verify-time',
      phase: 'verify',
      owner: 'platform',
      kind: 'verify',
      title: t('agent.verify-time.title'),
      details: t('agent.verify-time.details', { minutes: MAX_CLOCK_SKEW_MINUTES }),
      commands: [`ssh core@${rendezvousIp} chronyc sources`, `ssh core@${rendezvousIp} chronyc tracking`],
      source: `${AGENT_SOURCES.assisted} (ntp-synced, time-synced-between-host-and-service)`,
    }),
    item({
      id: 'agent.verify-mtu',
      phase: 'verify',
      owner: 'network',
      kind: 'verify',
      title: t('agent.verify-mtu.title', { mtu }),
      details: t('agent.verify-mtu.details', { mtu }),
      commands: [`ssh core@${rendezvousIp} ping -M do -c 3 -s ${mtu - 28} ${peer}`],
      source: `${AGENT_SOURCES.assisted} (mtu-valid)`,
    }),
    item({
      id: 'agent.verify-validations',
      phase: 'verify',
      owner: 'platform',
      kind: 'verify',
      title: t('agent.verify-validations.title'),
      details: t('agent.verify-validations.details'),
      commands: [
        `openshift-install agent wait-for bootstrap-complete --dir ${ctx.installDir} --log-level=debug`,
      ],
      source: `${AGENT_SOURCES.assisted}; ${agentDocs(plan.ocpVersion)}`,
    }),
  );
  return items;
}
