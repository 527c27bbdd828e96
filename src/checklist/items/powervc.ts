import { POWERVC, POWERVC_ENHANCEMENT, type PowervcQuota } from '../../knowledge/powervc.js';
import { rulesVersion } from '../../knowledge/releases.js';
import { docsPage } from '../../knowledge/topologies.js';
import type { ChecklistItem } from '../../types.js';
import type { MessageKey } from '../catalog.js';
import { type ChecklistContext, item } from '../context.js';

/**
 * The PowerVC prerequisites of installer-provisioned infrastructure ("Installing a cluster on IBM PowerVC with
 * customizations" of the plan's release): the clouds.yaml entry with an administrative account, free capacity, the
 * RHCOS image to import, the DHCP-served network, and what the installer creates itself.
 */

const QUOTA_KEYS: Record<PowervcQuota['resource'], MessageKey> = {
  subnets: 'powervc.quota.subnets',
  ram: 'powervc.quota.ram',
  vcpus: 'powervc.quota.vcpus',
  volumeStorage: 'powervc.quota.volume-storage',
  instances: 'powervc.quota.instances',
};

export function powervcItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  if (plan.platform !== 'powervc' || ctx.method !== 'IPI') return [];
  const v = rulesVersion(plan.ocpVersion);
  const book = 'installing_on_ibm_powervc';
  const requirements = docsPage(
    v,
    book,
    'Installing on IBM PowerVC: Infrastructure requirements for installing OpenShift Container Platform on IBM PowerVC',
  );
  const guidelines = docsPage(
    v,
    book,
    'Installing on IBM PowerVC: Resource guidelines for installing OpenShift Container Platform on PowerVC',
  );
  const sample = docsPage(
    v,
    book,
    'Installing on IBM PowerVC: Installation configuration for a cluster on IBM PowerVC with a user-managed load balancer',
  );
  const cloud = String(plan.platformConfig.cloud ?? 'powervc');
  const subnet = typeof plan.platformConfig.subnetID === 'string' ? plan.platformConfig.subnetID : undefined;
  const image =
    typeof plan.platformConfig.clusterOSImage === 'string' ? plan.platformConfig.clusterOSImage : '';
  const instances = 1 + plan.controlPlaneReplicas + plan.computeReplicas;
  return [
    item({
      id: 'powervc.clouds-yaml',
      phase: 'prepare',
      owner: 'platform',
      kind: 'task',
      title: t('powervc.clouds-yaml.title', { cloud }),
      details: t('powervc.clouds-yaml.details', { cloud }),
      commands: [`openstack --os-cloud ${cloud} token issue -c expires -f value`],
      source: requirements,
    }),
    item({
      id: 'powervc.capacity',
      phase: 'prepare',
      owner: 'machines',
      kind: 'task',
      title: t('powervc.capacity.title', { instances }),
      details: t('powervc.capacity.details', { instances }),
      table: {
        columns: [t('powervc.col.resource'), t('powervc.col.recommended')],
        rows: POWERVC.quotas.map((q) => [
          t(QUOTA_KEYS[q.resource]),
          q.unit ? `${q.value} ${q.unit}` : String(q.value),
        ]),
      },
      source: guidelines,
    }),
    item({
      id: 'powervc.image',
      phase: 'prepare',
      owner: 'machines',
      kind: 'task',
      title: t('powervc.image.title', { image: image || 'RHCOS' }),
      details: t('powervc.image.details', { image: image || t('cell.assign') }),
      commands: [POWERVC.imageQuery],
      source: requirements,
    }),
    item({
      id: 'powervc.network',
      phase: 'network',
      owner: 'network',
      kind: 'task',
      title: t('powervc.network.title'),
      details: t('powervc.network.details', {
        subnet: subnet ?? t('cell.assign'),
        machineNetwork: plan.networking.machineNetwork.join(', '),
      }),
      commands: subnet ? [`openstack --os-cloud ${cloud} subnet show ${subnet} -c cidr -c enable_dhcp`] : [],
      source: `${requirements}; ${POWERVC_ENHANCEMENT}`,
    }),
    item({
      id: 'powervc.installer-creates',
      phase: 'machines',
      owner: 'machines',
      kind: 'verify',
      title: t('powervc.installer-creates.title'),
      details: t('powervc.installer-creates.details', {
        controlPlane: plan.controlPlaneReplicas,
        compute: plan.computeReplicas,
      }),
      commands: [`openstack --os-cloud ${cloud} server list -c Name -c Status -c Networks`],
      source: `${sample}; ${POWERVC_ENHANCEMENT}`,
    }),
  ];
}
