import type { Method, Text } from '../types.js';
import type { DecisionFacts } from './decision-factors.js';
import { sourceKey } from './source-refs.js';

/** What the user gives up by choosing `method`; shown only where `applies` holds (absent means always). */
export interface Tradeoff {
  id: string;
  method: Method;
  applies?: (facts: DecisionFacts) => boolean;
  text: Text;
  source: string;
}

/** UPI on bare metal, IBM Z, platform none and bootstrap-in-place single node renders `platform: none`, which the installer's platform validation knows as 'no platform integration'. */
function upiRendersPlatformNone({ plan, support }: DecisionFacts): boolean {
  if (plan.platform === 'none' || plan.platform === 'ibmz' || plan.platform === 'baremetal') return true;
  return plan.topology === 'sno' && !support.ipiTopologies.includes('sno');
}

export const TRADEOFFS: readonly Tradeoff[] = [
  {
    id: 'ipi-installer-decides-layout',
    method: 'IPI',
    text: {
      en: 'The installer decides the names, sizes and layout of what it creates; customising beyond the install-config.yaml options is not supported.',
      ko: '설치 프로그램이 생성하는 리소스의 이름, 크기, 배치를 스스로 정합니다. install-config.yaml 옵션을 넘어서는 사용자 지정은 지원되지 않습니다.',
    },
    source: sourceKey('methods'),
  },
  {
    id: 'ipi-broad-credentials',
    method: 'IPI',
    text: {
      en: 'The installer must hold credentials that can create and delete resources on {platform} during the installation.',
      ko: '설치하는 동안 설치 프로그램이 {platform}에서 리소스를 만들고 삭제할 수 있는 자격 증명을 가져야 합니다.',
    },
    source: sourceKey('ipiCommon'),
  },
  {
    id: 'ipi-install-time-choices-fixed',
    method: 'IPI',
    text: {
      en: 'Install-time choices cannot be changed afterwards: moving the cluster onto hand-built infrastructure later means building a new cluster.',
      ko: '설치 시 결정한 사항은 나중에 바꿀 수 없습니다. 이후 직접 구축한 인프라로 옮기려면 클러스터를 새로 만들어야 합니다.',
    },
    source: sourceKey('installTimeOnly'),
  },
  {
    id: 'ipi-ingress-vip-throughput',
    method: 'IPI',
    applies: ({ plan }) =>
      (plan.platform === 'vsphere' || plan.platform === 'baremetal') &&
      plan.ownership.loadBalancer === 'installer',
    text: {
      en: 'The ingress VIP is not load-balanced across the router replicas; traffic above a single router needs an external, user-managed load balancer.',
      ko: '인그레스 VIP는 라우터 복제본 사이에 부하가 분산되지 않습니다. 라우터 하나의 처리량을 넘는 트래픽에는 외부 사용자 관리형 로드 밸런서가 필요합니다.',
    },
    source: sourceKey('ipiCommon'),
  },
  {
    id: 'upi-no-machine-api',
    method: 'UPI',
    text: {
      en: 'No automatic machine management: the cluster cannot add workers or replace failed machines by itself, so scaling and repair of nodes are manual.',
      ko: '머신 자동 관리가 없습니다. 클러스터가 스스로 워커 노드를 추가하거나 장애 머신을 교체할 수 없으므로 노드의 확장과 복구를 직접 해야 합니다.',
    },
    source: sourceKey('manifests', 'machineApi'),
  },
  {
    id: 'upi-build-infrastructure',
    method: 'UPI',
    text: {
      en: 'Your teams build and maintain the machines, load balancers, DNS records, network, storage and the bootstrap machine, and host bootstrap.ign where the bootstrap machine can fetch it.',
      ko: '머신, 로드 밸런서, DNS 레코드, 네트워크, 스토리지, 부트스트랩 머신을 고객 팀이 직접 구축하고 유지하며, 부트스트랩 머신이 받아 갈 수 있는 곳에 bootstrap.ign을 호스팅해야 합니다.',
    },
    source: sourceKey('notesUpi', 'upiSteps'),
  },
  {
    id: 'upi-ignition-window-and-csrs',
    method: 'UPI',
    text: {
      en: 'The machines must boot within 24 hours of creating the Ignition files, and you approve the nodes’ certificate signing requests by hand.',
      ko: 'Ignition 파일을 만든 뒤 24시간 안에 머신을 부팅해야 하며, 노드의 인증서 서명 요청(CSR)을 직접 승인해야 합니다.',
    },
    source: sourceKey('ignitionExpiry'),
  },
  {
    id: 'upi-no-platform-integration',
    method: 'UPI',
    applies: upiRendersPlatformNone,
    text: {
      en: 'With platform none there is no integration with the infrastructure: no Machine API, no platform storage driver and no platform load balancers for LoadBalancer services; this cannot be changed after installation.',
      ko: 'platform none에서는 인프라와의 연동이 없습니다. Machine API, 플랫폼 스토리지 드라이버, LoadBalancer 서비스용 플랫폼 로드 밸런서를 쓸 수 없으며 설치 후에는 바꿀 수 없습니다.',
    },
    source: sourceKey('machineApi'),
  },
];
