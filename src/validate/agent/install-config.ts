import {
  AGENT_CONTROL_PLANE_REPLICAS,
  agentPlatforms,
  NONE_ONLY_ARCHITECTURES,
  SINGLE_NODE_PLATFORMS,
} from '../../knowledge/agent-installer.js';
import { featureGate, featureSetsFor, gateLevel } from '../../knowledge/feature-gates.js';
import { atLeast, valueAt } from '../../knowledge/releases.js';
import type { Architecture, Platform } from '../../types.js';
import { isObj, list, type Obj, obj, quoteList, str } from '../read.js';
import { type AgentFindings, shown } from './findings.js';

const ARCHITECTURES: readonly string[] = ['amd64', 'arm64', 'ppc64le', 's390x'];

/** The one platform key of `platform`, as the installer's Platform.Name() reads it. */
export function platformName(config: Obj): string | undefined {
  const platform = obj(config.platform);
  return platform
    ? Object.keys(platform).find((key) => isObj(platform[key]) || platform[key] === null)
    : undefined;
}

function replicas(pool: unknown, fallback: number): number {
  const value = obj(pool)?.replicas;
  return typeof value === 'number' ? value : fallback;
}

/** Control-plane, arbiter and worker replicas as the agent counts them (GetReplicaCount). */
export function replicaCounts(config: Obj): { masters: number; arbiters: number; workers: number } {
  const workers = list(config.compute).reduce<number>((sum, pool) => sum + replicas(pool, 0), 0);
  return {
    masters: replicas(config.controlPlane, 3),
    arbiters: isObj(config.arbiter) ? replicas(config.arbiter, 0) : 0,
    workers: config.compute === undefined ? 3 : workers,
  };
}

/** Whether the DualReplica gate (two-node with fencing) is on for this file in this release. */
export function dualReplicaEnabled(config: Obj, version: string): boolean {
  const level = gateLevel(featureGate('two-node-fencing'), version);
  const featureSet = str(config.featureSet) ?? '';
  if (featureSet === 'CustomNoUpgrade') {
    const enabled = list(obj(config.featureGates)?.enabled ?? config.featureGates);
    return level !== 'absent' && enabled.some((g) => String(g).startsWith('DualReplica'));
  }
  return featureSetsFor(level).includes(featureSet);
}

/**
 * The agent's own rules on install-config.yaml (openshift/installer pkg/asset/agent/installconfig.go
 * validateInstallConfig): supported platforms and architectures, control-plane sizes, single node, two-node with an
 * arbiter or with fencing, Oracle Cloud, vSphere credentials; and warnUnusedConfig's warnings for fields it ignores.
 * Messages are the installer's, after the path.
 */
export function checkInstallConfigForAgent(config: Obj, version: string, out: AgentFindings): void {
  const platform = platformName(config);
  const architecture = str(obj(config.controlPlane)?.architecture) ?? 'amd64';
  const supported = agentPlatforms(version);
  if (platform !== undefined && !supported.includes(platform as Platform)) {
    out.error('platform', 'agent-platform', {
      en: `Unsupported value: "${platform}": supported values: ${quoteList(supported)} — the Agent-based installer of OpenShift ${version} installs only on these platforms.`,
      ko: `Unsupported value: "${platform}": supported values: ${quoteList(supported)} — OpenShift ${version}의 Agent-based Installer는 이 플랫폼에만 설치합니다.`,
    });
  }
  if (
    platform !== undefined &&
    platform !== 'none' &&
    NONE_ONLY_ARCHITECTURES.includes(architecture as Architecture)
  ) {
    out.error('platform', 'agent-architecture-platform', {
      en: `Invalid value: "${platform}": CPU architecture "${architecture}" only supports platform "none".`,
      ko: `Invalid value: "${platform}": CPU architecture "${architecture}" only supports platform "none". — ${architecture}는 platform: none으로만 설치할 수 있습니다.`,
    });
  }
  if (!ARCHITECTURES.includes(architecture)) {
    out.error('controlPlane.architecture', 'agent-architecture', {
      en: `Unsupported value: "${architecture}": supported values: ${quoteList(ARCHITECTURES)}`,
      ko: `Unsupported value: "${architecture}": supported values: ${quoteList(ARCHITECTURES)} — 지원되는 아키텍처 중 하나로 바꾸십시오.`,
    });
  }
  list(config.compute).forEach((pool, i) => {
    const arch = str(obj(pool)?.architecture);
    if (arch !== undefined && !ARCHITECTURES.includes(arch)) {
      out.error(`compute[${i}].architecture`, 'agent-architecture', {
        en: `Unsupported value: "${arch}": supported values: ${quoteList(ARCHITECTURES)}`,
        ko: `Unsupported value: "${arch}": supported values: ${quoteList(ARCHITECTURES)} — 지원되는 아키텍처 중 하나로 바꾸십시오.`,
      });
    }
  });
  checkReplicas(config, version, platform, out);
  checkExternal(config, platform, out);
  if (platform === 'vsphere') checkVsphere(config, out);
  warnUnused(config, platform, out);
}

function checkReplicas(config: Obj, version: string, platform: string | undefined, out: AgentFindings): void {
  const { masters, arbiters, workers } = replicaCounts(config);
  const fencing = list(obj(obj(config.controlPlane)?.fencing)?.credentials);
  const dualReplica = dualReplicaEnabled(config, version);
  const sizes = valueAt(AGENT_CONTROL_PLANE_REPLICAS, version, [1, 3]);
  const shownSizes = [
    ...['3', '1', ...sizes.filter((n) => n > 3).map(String)],
    ...(atLeast(version, '4.20') ? ['2 (with arbiter)'] : []),
    ...(dualReplica ? ['2 (with fencing)'] : []),
  ];
  const twoNode =
    masters === 2 && ((atLeast(version, '4.20') && isObj(config.arbiter)) || fencing.length > 0);
  if (!sizes.includes(masters) && !twoNode) {
    out.error(
      'controlPlane.replicas',
      masters === 2 ? 'sufficient-masters-count' : 'agent-control-plane-replicas',
      {
        en: `Unsupported value: ${masters}: supported values: ${quoteList(shownSizes)} — ${masters === 2 ? 'two control-plane nodes need an arbiter (two-node-arbiter) or fencing credentials (two-node-fencing)' : `the Agent-based installer of OpenShift ${version} installs ${sizes.join(', ')} control-plane nodes`}.`,
        ko: `Unsupported value: ${masters}: supported values: ${quoteList(shownSizes)} — ${masters === 2 ? '컨트롤 플레인 2대에는 아비터(two-node-arbiter)나 펜싱 자격 증명(two-node-fencing)이 필요합니다' : `OpenShift ${version}의 Agent-based Installer는 컨트롤 플레인 ${sizes.join(', ')}대를 설치합니다`}.`,
      },
    );
  }
  if (masters === 1) {
    if (workers === 0) {
      if (platform !== undefined && !SINGLE_NODE_PLATFORMS.includes(platform as Platform)) {
        out.error('platform', 'agent-single-node-platform', {
          en: `Invalid value: "${platform}": Only platform none and external supports 1 ControlPlane and 0 Compute nodes`,
          ko: `Invalid value: "${platform}": Only platform none and external supports 1 ControlPlane and 0 Compute nodes — 단일 노드는 platform: none 또는 external로 설치하십시오.`,
        });
      }
      const networkType = str(obj(config.networking)?.networkType) ?? 'OVNKubernetes';
      if (networkType !== 'OVNKubernetes') {
        out.error('networking.networkType', 'agent-single-node-network', {
          en: `Invalid value: "${networkType}": Only OVNKubernetes network type is allowed for Single Node OpenShift (SNO) cluster`,
          ko: `Invalid value: "${networkType}": Only OVNKubernetes network type is allowed for Single Node OpenShift (SNO) cluster — networkType을 OVNKubernetes로 바꾸십시오.`,
        });
      }
    } else {
      out.error('compute.replicas', 'agent-single-node-compute', {
        en: `Forbidden: Total number of compute replicas must be 0 when controlPlane.replicas is 1 for platform none or external. Found ${workers}`,
        ko: `Forbidden: Total number of compute replicas must be 0 when controlPlane.replicas is 1 for platform none or external. Found ${workers} — 단일 노드에는 워커를 둘 수 없습니다.`,
      });
    }
    if (arbiters > 0) {
      out.error('arbiter.replicas', 'agent-single-node-arbiter', {
        en: `Forbidden: Total number of arbiter replicas must be 0 when controlPlane.replicas is 1 for Single Node Openshift (SNO) cluster. Found ${arbiters}`,
        ko: `Forbidden: Total number of arbiter replicas must be 0 when controlPlane.replicas is 1 for Single Node Openshift (SNO) cluster. Found ${arbiters} — 단일 노드에는 아비터를 둘 수 없습니다.`,
      });
    }
  }
  if (masters !== 2) return;
  if (isObj(config.arbiter) && arbiters !== 1) {
    out.error('arbiter.replicas', 'agent-arbiter-replicas', {
      en: `Invalid value: ${arbiters}: TNA (Two Node with Arbiter) configuration requires exactly 1 arbiter replica`,
      ko: `Invalid value: ${arbiters}: TNA (Two Node with Arbiter) configuration requires exactly 1 arbiter replica — arbiter.replicas를 1로 하십시오.`,
    });
  }
  if (fencing.length > 0) {
    if (!dualReplica) {
      out.error('controlPlane.fencing', 'agent-fencing-gate', {
        en: `Invalid value: "configured": fencing configuration requires FeatureGateDualReplica to be enabled — in OpenShift ${version} set featureSet: TechPreviewNoUpgrade.`,
        ko: `Invalid value: "configured": fencing configuration requires FeatureGateDualReplica to be enabled — OpenShift ${version}에서는 featureSet: TechPreviewNoUpgrade가 필요합니다.`,
      });
    }
    if (fencing.length !== 2) {
      out.error('controlPlane.fencing.credentials', 'agent-fencing-credentials', {
        en: `Invalid value: ${fencing.length}: must provide exactly 2 fencing credentials for 2 control plane replicas`,
        ko: `Invalid value: ${fencing.length}: must provide exactly 2 fencing credentials for 2 control plane replicas — 두 컨트롤 플레인 호스트의 자격 증명을 하나씩 넣으십시오.`,
      });
    }
  }
}

function checkExternal(config: Obj, platform: string | undefined, out: AgentFindings): void {
  if (platform !== 'external') return;
  const external = obj(obj(config.platform)?.external) ?? {};
  const ccm = str(external.cloudControllerManager) ?? '';
  if (str(external.platformName) === 'oci' && ccm !== 'External') {
    out.error('platform.external.cloudControllerManager', 'agent-external-oci', {
      en: `Invalid value: ${shown(ccm)}: When using external oci platform, platform.external.cloudControllerManager must be set to External`,
      ko: `Invalid value: ${shown(ccm)}: When using external oci platform, platform.external.cloudControllerManager must be set to External — Oracle Cloud는 자체 클라우드 컨트롤러 매니저를 사용합니다.`,
    });
  }
}

/** vSphere credentials are all or nothing, and with them every failure domain needs a folder (validateVSpherePlatform). */
function checkVsphere(config: Obj, out: AgentFindings): void {
  const vsphere = obj(obj(config.platform)?.vsphere) ?? {};
  let credentials = false;
  list(vsphere.vcenters).forEach((item, i) => {
    const vcenter = obj(item) ?? {};
    const fields = { server: str(vcenter.server), user: str(vcenter.user), password: str(vcenter.password) };
    const datacenters = list(vcenter.datacenters);
    const any = Object.values(fields).some((v) => v) || datacenters.length > 0;
    if (!any) return;
    credentials = true;
    for (const [field, value] of [
      ...Object.entries(fields),
      ['datacenter', datacenters.length > 0 ? 'x' : ''],
    ]) {
      if (!value) {
        out.error(`platform.vsphere.vcenters[${i}].${field}`, 'agent-vsphere-credentials', {
          en: 'Required value: All credential fields are required if any one is specified',
          ko: 'Required value: All credential fields are required if any one is specified — vCenter 서버, 사용자, 비밀번호, 데이터센터를 모두 넣거나 모두 빼십시오.',
        });
      }
    }
  });
  if (!credentials) return;
  list(vsphere.failureDomains).forEach((item, i) => {
    if (!str(obj(obj(item)?.topology)?.folder)) {
      out.error(`platform.vsphere.failureDomains[${i}].topology.folder`, 'agent-vsphere-folder', {
        en: 'Required value: must specify a folder for agent-based installs',
        ko: 'Required value: must specify a folder for agent-based installs — VM 폴더의 전체 경로(예: /dc1/vm/prod)를 넣으십시오.',
      });
    }
  });
}

/** The fields warnUnusedConfig names, with its wording "<path>: <value> is ignored". */
function warnUnused(config: Obj, platform: string | undefined, out: AgentFindings): void {
  const ignored = (path: string, value?: unknown) =>
    out.warn(path, 'agent-ignored-field', {
      en: `${value === undefined ? '' : `${typeof value === 'object' ? JSON.stringify(value) : String(value)} `}is ignored by the Agent-based installer; remove it.`,
      ko: `${value === undefined ? '' : `${typeof value === 'object' ? JSON.stringify(value) : String(value)} `}is ignored — Agent-based Installer는 이 필드를 사용하지 않으므로 삭제하십시오.`,
    });
  list(config.compute).forEach((item, i) => {
    const pool = obj(item) ?? {};
    const ht = str(pool.hyperthreading);
    if (ht !== undefined && ht !== 'Enabled') ignored(`compute[${i}].hyperthreading`, ht);
    if (isObj(pool.platform) && Object.keys(pool.platform).length > 0) ignored(`compute[${i}].platform`);
  });
  const controlPlane = obj(config.controlPlane) ?? {};
  const ht = str(controlPlane.hyperthreading);
  if (ht !== undefined && ht !== 'Enabled') ignored('controlPlane.hyperthreading', ht);
  if (isObj(controlPlane.platform) && Object.keys(controlPlane.platform).length > 0)
    ignored('controlPlane.platform');
  const block = platform ? (obj(obj(config.platform)?.[platform]) ?? {}) : {};
  const fields: Record<string, readonly string[]> = {
    baremetal: ['externalBridge', 'provisioningBridge', 'defaultMachinePlatform'],
    vsphere: ['clusterOSImage', 'defaultMachinePlatform', 'diskType', 'loadBalancer'],
    nutanix: [
      'clusterOSImage',
      'preloadedOSImageName',
      'defaultMachinePlatform',
      'loadBalancer',
      'prismAPICallTimeout',
      'failureDomains',
    ],
  };
  for (const field of platform ? (fields[platform] ?? []) : []) {
    if (block[field] !== undefined && block[field] !== null && block[field] !== '') {
      ignored(`platform.${platform}.${field}`, block[field]);
    }
  }
  if (platform === 'vsphere' && list(block.hosts).length > 1) ignored('platform.vsphere.hosts');
  if (platform === 'baremetal') {
    list(block.hosts).forEach((item, i) => {
      const mode = str(obj(item)?.bootMode);
      if (mode !== undefined && mode !== 'UEFI') ignored(`platform.baremetal.hosts[${i}].bootMode`, mode);
    });
  }
  const publish = str(config.publish);
  if (publish !== undefined && publish !== 'External') ignored('publish', publish);
  if (str(config.credentialsMode)) ignored('credentialsMode', config.credentialsMode);
  const disk = str(obj(config.bootstrapInPlace)?.installationDisk);
  if (disk) ignored('bootstrapInPlace.installationDisk', disk);
}
