import type { Problem } from '../answers/problems.js';
import { fill } from '../i18n/text.js';
import type { Method, Plan, Text } from '../types.js';
import type { PlanProblem } from './check-topology.js';

/**
 * Answers the two-node topologies and PowerVC cannot do without (the answers-file format: what the chosen platform and method cannot
 * do without is required). Missing answers, not invalid ones: the wizard asks for them, an answers file without them
 * is exit 2 naming every key.
 */
const MISSING = {
  fencingHosts: {
    en: 'needs the 2 control-plane hosts of a two-node-fencing cluster, each with its Redfish BMC (the fencing credentials come from hosts[].bmc; found {found})',
    ko: 'two-node-fencing 클러스터의 컨트롤 플레인 호스트 2대와 각 호스트의 Redfish BMC가 필요합니다(펜싱 자격 증명은 hosts[].bmc에서 가져옵니다. 현재 {found}대)',
  },
  fencingBmc: {
    en: 'is required for two-node-fencing: Pacemaker fences this host through its Redfish BMC (address and credentialsFile)',
    ko: 'two-node-fencing에 필요합니다. Pacemaker가 이 호스트의 Redfish BMC로 펜싱합니다(address와 credentialsFile)',
  },
  powervcSubnet: {
    en: 'is required for PowerVC IPI: the ID of the PowerVC subnet your DHCP server serves (the installer requires controlPlanePort with powervc)',
    ko: 'PowerVC IPI에 필요합니다. 고객 DHCP 서버가 주소를 할당하는 PowerVC 서브넷의 ID입니다(powervc에서는 설치 프로그램이 controlPlanePort를 요구합니다)',
  },
  powervcFlavor: {
    en: 'is required for PowerVC IPI: the flavor (compute template) of the machines, at least 4 vCPU and 16 GB for the control plane',
    ko: 'PowerVC IPI에 필요합니다. 머신의 플레이버(컴퓨트 템플릿)이며 컨트롤 플레인에는 최소 4 vCPU, 16 GB가 필요합니다',
  },
  powervcImage: {
    en: 'is required for PowerVC IPI: the name of the RHCOS image you imported into PowerVC with powervc-image-import',
    ko: 'PowerVC IPI에 필요합니다. powervc-image-import로 PowerVC에 가져온 RHCOS 이미지의 이름입니다',
  },
  powervcApiVip: {
    en: 'is required for PowerVC IPI: the address of your load balancer for the API (PowerVC has no cluster-managed VIPs)',
    ko: 'PowerVC IPI에 필요합니다. API용 고객 로드 밸런서의 주소입니다(PowerVC에는 클러스터가 관리하는 VIP가 없습니다)',
  },
  powervcIngressVip: {
    en: 'is required for PowerVC IPI: the address of your load balancer for ingress (*.apps) (PowerVC has no cluster-managed VIPs)',
    ko: 'PowerVC IPI에 필요합니다. 인그레스(*.apps)용 고객 로드 밸런서의 주소입니다(PowerVC에는 클러스터가 관리하는 VIP가 없습니다)',
  },
} as const satisfies Record<string, Text>;

function missing(key: string, text: Text, values: Record<string, string | number> = {}): PlanProblem {
  return { key, message: fill(text.en, values), ko: fill(text.ko, values), rule: 'required' };
}

function has(block: Record<string, unknown>, key: string): boolean {
  const value = block[key];
  return value !== undefined && value !== '';
}

export function missingForTopology(plan: Plan, method: Method): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.topology === 'two-node-fencing') {
    // Every method needs them: the fencing credentials are part of install-config.yaml (IPI, UPI and agent samples).
    const controlPlane = plan.hosts
      .map((host, i) => ({ host, i }))
      .filter(({ host }) => host.role === 'control-plane');
    if (controlPlane.length < plan.controlPlaneReplicas)
      problems.push(missing('hosts', MISSING.fencingHosts, { found: controlPlane.length }));
    for (const { host, i } of controlPlane)
      if (!host.bmc) problems.push(missing(`hosts[${i}].bmc`, MISSING.fencingBmc));
  }
  if (plan.platform === 'powervc' && method === 'IPI') {
    const block = plan.platformConfig;
    if (!has(block, 'subnetID') && !has(block, 'controlPlanePort'))
      problems.push(missing('powervc.subnetID', MISSING.powervcSubnet));
    const pool = block.defaultMachinePlatform as Record<string, unknown> | undefined;
    if (!has(block, 'computeFlavor') && !(pool && has(pool, 'type')))
      problems.push(missing('powervc.computeFlavor', MISSING.powervcFlavor));
    if (!has(block, 'clusterOSImage')) problems.push(missing('powervc.clusterOSImage', MISSING.powervcImage));
    if (!plan.vips?.api.length) problems.push(missing('vips.api', MISSING.powervcApiVip));
    if (!plan.vips?.ingress.length) problems.push(missing('vips.ingress', MISSING.powervcIngressVip));
  }
  return problems;
}

/** `problems`, then each of `extra` whose key none of them names. */
export function mergeMissing(problems: Problem[], extra: Problem[]): Problem[] {
  const keys = new Set(problems.map((p) => p.key));
  return [...problems, ...extra.filter((p) => !keys.has(p.key))];
}
