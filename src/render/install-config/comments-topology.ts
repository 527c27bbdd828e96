import { fill } from '../../i18n/text.js';
import { FENCING_SOURCE } from '../../knowledge/fencing.js';
import { docsPage } from '../../knowledge/topologies.js';
import type { Lang, Text } from '../../types.js';

/**
 * Comments of install-config.yaml for the two-node topologies, the feature set and PowerVC, in both languages: the
 * comments of generated files follow the plan's language. Each entry cites where its fact comes from; placeholders
 * are filled with this cluster's values, never with a secret.
 */
export interface TopologyComment {
  text: Text;
  source: string;
}

const ARBITER_DOCS = docsPage(
  '4.22',
  'installing_on_bare_metal',
  'Installing on bare metal: Configuring a local arbiter node',
);
const POWERVC_DOCS = docsPage(
  '4.22',
  'installing_on_ibm_powervc',
  'Installing on IBM PowerVC: Installation configuration for a cluster on IBM PowerVC with a user-managed load balancer',
);

export const TOPOLOGY_COMMENTS = {
  controlPlaneTwoNode: {
    text: {
      en: '2 control-plane machines run etcd and the API, and they also run the workloads ({topology}).',
      ko: '컨트롤 플레인 머신 2대가 etcd와 API를 실행하며 워크로드도 실행합니다({topology}).',
    },
    source: ARBITER_DOCS,
  },
  arbiter: {
    text: {
      en: 'The arbiter machine pool: exactly 1 arbiter node holds a full etcd member for quorum and runs no workloads. It needs 2 threads, 8 GB RAM, 50 GB SSD and under {latency} ms latency to the control plane, disk I/O included.',
      ko: 'arbiter 머신 풀입니다. arbiter 노드 정확히 1대가 쿼럼을 위한 etcd 멤버 전체를 보관하며 워크로드는 실행하지 않습니다. 2 스레드, 8 GB RAM, 50 GB SSD가 필요하고 컨트롤 플레인까지의 지연 시간은 디스크 I/O를 포함해 {latency} ms 미만이어야 합니다.',
    },
    source: ARBITER_DOCS,
  },
  computeArbiter: {
    text: {
      en: 'Workers are optional with an arbiter: {replicas} here; with 0 the two control-plane machines run the workloads and the routers.',
      ko: 'arbiter 구성에서 워커는 선택 사항이며 여기서는 {replicas}대입니다. 0대이면 컨트롤 플레인 머신 2대가 워크로드와 라우터를 실행합니다.',
    },
    source: ARBITER_DOCS,
  },
  computeFencing: {
    text: {
      en: 'A two-node cluster with fencing has no workers: replicas stays 0.',
      ko: '펜싱을 사용하는 2노드 클러스터에는 워커가 없으므로 replicas는 0으로 둡니다.',
    },
    source: FENCING_SOURCE,
  },
  fencing: {
    text: {
      en: "Pacemaker fences a failed control-plane node through its Redfish BMC (IPMI is not supported). Username and password come from each host's bmc.credentialsFile; they appear only in this file.",
      ko: 'Pacemaker가 장애가 난 컨트롤 플레인 노드를 해당 노드의 Redfish BMC로 펜싱합니다(IPMI는 지원되지 않습니다). 사용자 이름과 비밀번호는 각 호스트의 bmc.credentialsFile에서 가져오며 이 파일에만 기록됩니다.',
    },
    source: FENCING_SOURCE,
  },
  fencingMacAddress: {
    text: {
      en: 'macAddress (from 4.22) also identifies the node, by its boot MAC.',
      ko: 'macAddress(4.22부터)는 부팅 MAC으로 노드를 식별합니다.',
    },
    source: FENCING_SOURCE,
  },
  fencingPlaceholder: {
    text: {
      en: 'PLACEHOLDER credential: hosts[] lists no control-plane host for it; replace hostName, address, username and password.',
      ko: '자리 표시자 자격 증명입니다. hosts[]에 해당 컨트롤 플레인 호스트가 없으므로 hostName, address, username, password를 바꾸십시오.',
    },
    source: FENCING_SOURCE,
  },
  featureSet: {
    text: {
      en: 'TechPreviewNoUpgrade enables {features}, a Technology Preview in OpenShift {version}. It cannot be undone, and a cluster with it cannot be updated to a later release: use it for test clusters only.',
      ko: 'TechPreviewNoUpgrade는 OpenShift {version}에서 기술 프리뷰인 {features}을(를) 활성화합니다. 되돌릴 수 없으며 이 설정을 사용한 클러스터는 이후 릴리스로 업데이트할 수 없으므로 테스트 클러스터에만 사용하십시오.',
    },
    source: docsPage('4.22', 'nodes', 'Nodes: Enabling features using feature gates'),
  },
  powervcCloud: {
    text: {
      en: 'Entry of clouds.yaml with the PowerVC endpoint and an administrative account (the installer needs admin rights on PowerVC).',
      ko: 'PowerVC 엔드포인트와 관리자 계정이 있는 clouds.yaml 항목입니다(설치 프로그램에는 PowerVC 관리자 권한이 필요합니다).',
    },
    source: POWERVC_DOCS,
  },
  powervcLoadBalancer: {
    text: {
      en: 'PowerVC has no allowed-address pairs, so the cluster cannot hold its own VIPs: your load balancer serves the API and ingress (UserManaged), and apiVIPs and ingressVIPs are its addresses.',
      ko: 'PowerVC에는 allowed-address pair가 없어 클러스터가 자체 VIP를 가질 수 없습니다. 고객 로드 밸런서가 API와 인그레스를 제공하며(UserManaged), apiVIPs와 ingressVIPs는 그 주소입니다.',
    },
    source: `${POWERVC_DOCS}; openshift/enhancements enhancements/installer/openstack-for-power-vc-ipi.md, https://github.com/openshift/enhancements/blob/master/enhancements/installer/openstack-for-power-vc-ipi.md`,
  },
  powervcApiVip: {
    text: {
      en: 'Front-end address of your load balancer for the API (6443) and the Machine Config Server (22623): api.{clusterName}.{baseDomain} and api-int resolve to it.',
      ko: 'API(6443)와 Machine Config Server(22623)를 위한 고객 로드 밸런서의 프런트엔드 주소입니다. api.{clusterName}.{baseDomain} 및 api-int 레코드가 이 주소로 해석되어야 합니다.',
    },
    source: POWERVC_DOCS,
  },
  powervcIngressVip: {
    text: {
      en: 'Front-end address of your load balancer for ingress (80, 443): *.apps.{clusterName}.{baseDomain} resolves to it.',
      ko: '인그레스(80, 443)를 위한 고객 로드 밸런서의 프런트엔드 주소입니다. *.apps.{clusterName}.{baseDomain} 레코드가 이 주소로 해석되어야 합니다.',
    },
    source: POWERVC_DOCS,
  },
  powervcControlPlanePort: {
    text: {
      en: 'The subnet your DHCP server serves: every machine gets a port on it (required with powervc).',
      ko: '고객 DHCP 서버가 주소를 할당하는 서브넷입니다. 모든 머신이 이 서브넷에 포트를 받습니다(powervc에서는 필수).',
    },
    source: `${POWERVC_DOCS}; openshift/installer pkg/types/powervc/validation/platform.go, https://github.com/openshift/installer/blob/master/pkg/types/powervc/validation/platform.go`,
  },
  powervcImage: {
    text: {
      en: 'The RHCOS image you imported into PowerVC (openshift-install coreos print-stream-json, then powervc-image-import).',
      ko: 'PowerVC에 가져온 RHCOS 이미지입니다(openshift-install coreos print-stream-json으로 찾은 뒤 powervc-image-import로 가져옵니다).',
    },
    source: POWERVC_DOCS,
  },
  powervcFlavor: {
    text: {
      en: 'Flavor (compute template) of every machine.',
      ko: '모든 머신의 플레이버(컴퓨트 템플릿)입니다.',
    },
    source: POWERVC_DOCS,
  },
} satisfies Record<string, TopologyComment>;

export type TopologyCommentId = keyof typeof TOPOLOGY_COMMENTS;

/** The text of a comment in the plan's language with this cluster's values. */
export function topologyComment(
  id: TopologyCommentId,
  lang: Lang,
  values: Record<string, string | number> = {},
): string {
  return fill(TOPOLOGY_COMMENTS[id].text[lang], values);
}
