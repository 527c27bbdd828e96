import type { Method, Plan, Reason, Text } from '../types.js';
import { FIPS_ARCHITECTURES } from './platform-defaults.js';
import type { PlatformSupport } from './platform-matrix.js';
import { POWERVC_DOCS, USER_MANAGED_LB_PLATFORMS } from './powervc.js';
import { sourceKey } from './source-refs.js';
import { docsPage, topologyMethodPlatforms } from './topologies.js';

/** What a factor may look at: the plan and the platform's row of the support matrix for the plan's release. */
export interface DecisionFacts {
  plan: Plan;
  support: PlatformSupport;
}

/** The answer a factor reads, so the table can be browsed by subject. */
export type FactorSubject =
  | 'platform'
  | 'machines'
  | 'network'
  | 'dns'
  | 'loadBalancer'
  | 'storage'
  | 'credentials'
  | 'scaling'
  | 'hardening'
  | 'connectivity'
  | 'publish'
  | 'topology'
  | 'architecture'
  | 'fips';

/**
 * One input of the IPI/UPI decision. `forces` makes the other method impossible (its weight is then irrelevant);
 * `strongly-favours` and `favours` add `weight` to their side. A weight of 0 marks a fact that is stated so the user
 * sees that an answer does NOT argue against the favoured method (for example customer DNS on vSphere IPI).
 * Texts may use {platform}, {version} and {architecture}.
 */
export interface DecisionFactor {
  id: string;
  subject: FactorSubject;
  favours: Method;
  effect: Reason['effect'];
  weight: number;
  applies: (facts: DecisionFacts) => boolean;
  text: Text;
  source: string;
}

const FORCED = 100;

/**
 * What the installer holds to create resources on each platform that has IPI, for the credentials reasons (each
 * platform book's IPI prerequisites: a cloud account or service principal, a vCenter account, BMC access, …).
 */
export const INSTALLER_CREDENTIALS: Readonly<Partial<Record<Plan['platform'], Text>>> = {
  aws: { en: 'credentials of an AWS account', ko: 'AWS 계정' },
  azure: { en: 'credentials of an Azure service principal', ko: 'Azure 서비스 주체' },
  gcp: { en: 'a Google Cloud service account key', ko: 'Google Cloud 서비스 계정 키' },
  vsphere: { en: 'credentials of a vCenter account', ko: 'vCenter 계정' },
  baremetal: { en: 'BMC credentials of every host', ko: '모든 호스트의 BMC 접근 정보' },
  nutanix: { en: 'credentials of a Prism Central account', ko: 'Prism Central 계정' },
  openstack: {
    en: 'credentials of an OpenStack project (clouds.yaml)',
    ko: 'OpenStack 프로젝트의 clouds.yaml',
  },
  ibmcloud: { en: 'an IBM Cloud API key', ko: 'IBM Cloud API 키' },
  powervs: { en: 'an IBM Cloud API key', ko: 'IBM Cloud API 키' },
  powervc: { en: 'credentials of a PowerVC project (clouds.yaml)', ko: 'PowerVC 프로젝트의 clouds.yaml' },
};

const isCloud = ({ support }: DecisionFacts) => support.kind === 'cloud';
const isOnPremIpi = ({ support }: DecisionFacts) => support.ipi && support.kind === 'on-premises';
const owns = (facts: DecisionFacts, part: keyof Plan['ownership']) =>
  facts.plan.ownership[part] === 'customer';

export const DECISION_FACTORS: readonly DecisionFactor[] = [
  // ── Forcing facts: the other method cannot be installed at all. ──
  {
    id: 'platform-has-no-ipi',
    subject: 'platform',
    favours: 'UPI',
    effect: 'forces',
    weight: FORCED,
    applies: ({ support }) => !support.ipi,
    text: {
      en: '{platform} has no installer-provisioned infrastructure in OpenShift {version}: the installer cannot create machines there, so UPI is required.',
      ko: 'OpenShift {version}에서 {platform}에는 설치 프로그램 프로비저닝 인프라(IPI)가 없어 설치 프로그램이 머신을 만들 수 없습니다. 따라서 UPI만 가능합니다.',
    },
    source: sourceKey('supportMatrix'),
  },
  {
    id: 'customer-provisions-machines',
    subject: 'machines',
    favours: 'UPI',
    effect: 'forces',
    weight: FORCED,
    applies: (facts) => owns(facts, 'machines'),
    text: {
      en: 'You provision the control plane and compute machines yourself; IPI always creates its own machines, so UPI is required.',
      ko: '컨트롤 플레인과 컴퓨트 머신을 직접 프로비저닝합니다. IPI는 항상 머신을 스스로 생성하므로 UPI만 가능합니다.',
    },
    source: sourceKey('notesUpi', 'methods'),
  },
  {
    id: 'installer-credentials-forbidden',
    subject: 'credentials',
    favours: 'UPI',
    effect: 'forces',
    weight: FORCED,
    applies: ({ plan }) => !plan.requirements.installerCredentials,
    text: {
      en: 'The installer may not hold credentials that create resources on {platform}; IPI cannot provision anything without them, so UPI is required.',
      ko: '설치 프로그램이 {platform}에서 리소스를 생성하는 자격 증명을 가질 수 없습니다. IPI는 자격 증명 없이 아무것도 프로비저닝할 수 없으므로 UPI만 가능합니다.',
    },
    source: sourceKey('methods'),
  },
  {
    id: 'sno-needs-bootstrap-in-place',
    subject: 'topology',
    favours: 'UPI',
    effect: 'forces',
    weight: FORCED,
    applies: ({ plan, support }) =>
      plan.topology === 'sno' && support.ipi && !support.ipiTopologies.includes('sno'),
    text: {
      en: 'The installer builds a single-node cluster itself only on clouds, and the clouds supported for single-node OpenShift are AWS, Azure and Google Cloud; on {platform} a single node is installed with bootstrap-in-place (platform none), so UPI is required.',
      ko: '설치 프로그램이 단일 노드 클러스터를 직접 만드는 것은 클라우드뿐이며, 단일 노드 OpenShift를 지원하는 클라우드는 AWS, Azure, Google Cloud입니다. {platform}에서는 bootstrap-in-place(platform none) 방식으로 단일 노드를 설치하므로 UPI만 가능합니다.',
    },
    source: sourceKey('snoClouds', 'sno'),
  },
  {
    id: 'architecture-without-ipi',
    subject: 'architecture',
    favours: 'UPI',
    effect: 'forces',
    weight: FORCED,
    applies: ({ plan, support }) => support.ipi && !support.ipiArchitectures.includes(plan.architecture),
    text: {
      en: '{platform} has no installer-provisioned procedure for {architecture} machines; that architecture is installed on machines you provide, so UPI is required.',
      ko: '{platform}에는 {architecture} 아키텍처용 IPI 설치 절차가 없습니다. 이 아키텍처는 직접 준비한 머신에 설치하므로 UPI만 가능합니다.',
    },
    source: sourceKey('supportMatrix'),
  },

  {
    id: 'topology-needs-ipi-stanza',
    subject: 'topology',
    favours: 'IPI',
    effect: 'forces',
    weight: FORCED,
    // knowledge/topologies.ts: the topology renders with IPI on this platform in this release, but not with UPI.
    applies: ({ plan }) => {
      const ipi = topologyMethodPlatforms(plan.topology, 'IPI', plan.ocpVersion);
      const upi = topologyMethodPlatforms(plan.topology, 'UPI', plan.ocpVersion);
      return ipi !== 'all' && upi !== 'all' && ipi.includes(plan.platform) && !upi.includes(plan.platform);
    },
    text: {
      en: 'A two-node cluster with an arbiter on {platform} needs platform baremetal in OpenShift {version}: user-provisioned bare metal writes platform none, which takes an arbiter only from 4.22, so IPI is required (the Agent-based installer also takes it).',
      ko: 'OpenShift {version}에서 {platform}의 arbiter 2노드 클러스터는 platform baremetal이어야 합니다. 사용자 프로비저닝 베어메탈은 platform none을 쓰는데 none은 4.22부터 arbiter를 지원하므로 IPI만 가능합니다(Agent-based 설치 프로그램도 가능합니다).',
    },
    source: docsPage(
      '4.22',
      'installing_on_bare_metal',
      'Installing on bare metal: Configuring a local arbiter node by using installer-provisioned infrastructure',
    ),
  },

  // ── Requirements that only one method meets well. ──
  {
    id: 'hardened-infrastructure',
    subject: 'hardening',
    favours: 'UPI',
    effect: 'strongly-favours',
    weight: 12,
    applies: ({ plan }) => plan.requirements.hardenedInfrastructure,
    text: {
      en: 'Security or compliance rules demand pre-approved, hand-built infrastructure. UPI is meant for environments with complex requirements and strict security rules: your teams create and review every resource.',
      ko: '보안 또는 컴플라이언스 규정상 사전 승인을 받아 직접 구축한 인프라만 쓸 수 있습니다. UPI는 모든 리소스를 고객 팀이 직접 만들고 검토하므로 복잡한 요구 사항과 엄격한 보안 규칙이 있는 환경에 적합합니다.',
    },
    source: sourceKey('notesUpi'),
  },
  {
    id: 'autoscaling-needs-machine-api',
    subject: 'scaling',
    favours: 'IPI',
    effect: 'strongly-favours',
    weight: 6,
    applies: ({ plan }) => plan.requirements.autoscaling,
    text: {
      en: 'The cluster must add and replace machines by itself. IPI sets up the Machine API with compute machine sets from the first day, so the cluster autoscaler can grow and shrink the worker pool and machine health checks can replace failed nodes. With UPI you remove those machine sets during the installation (on some platforms you may keep the compute ones and run them yourself), and platform none has no Machine API at all.',
      ko: '클러스터가 스스로 머신을 추가하고 교체해야 합니다. IPI는 처음부터 Machine API와 컴퓨트 머신 세트를 구성하므로 클러스터 오토스케일러가 워커 노드를 늘리고 줄이며, 머신 상태 점검(MachineHealthCheck)이 장애 노드를 교체합니다. UPI에서는 설치 중에 이 머신 세트를 제거하며(일부 플랫폼에서는 컴퓨트 머신 세트를 남겨 직접 운영할 수 있습니다), platform none에는 Machine API가 아예 없습니다.',
    },
    source: sourceKey('notesIpi', 'machineApi'),
  },
  {
    id: 'manual-scaling-acceptable',
    subject: 'scaling',
    favours: 'UPI',
    effect: 'favours',
    weight: 1,
    applies: ({ plan }) => !plan.requirements.autoscaling,
    text: {
      en: 'The cluster need not add or replace machines by itself, so the manual scaling of UPI costs little.',
      ko: '클러스터가 스스로 머신을 추가하거나 교체할 필요가 없으므로, UPI의 수동 확장과 축소도 큰 부담이 되지 않습니다.',
    },
    source: sourceKey('notesUpi'),
  },

  // ── The platform. ──
  {
    id: 'platform-supports-ipi',
    subject: 'platform',
    favours: 'IPI',
    effect: 'favours',
    weight: 2,
    applies: ({ support }) => support.ipi,
    text: {
      en: '{platform} supports installer-provisioned infrastructure in OpenShift {version}: the installer provisions the cluster through the platform API, so the cluster is up quickly with few inputs.',
      ko: 'OpenShift {version}에서 {platform}에는 설치 프로그램 프로비저닝 인프라(IPI)가 지원됩니다. 설치 프로그램이 플랫폼 API로 클러스터 리소스를 자동 프로비저닝하므로 적은 입력으로 빠르게 클러스터를 구성할 수 있습니다.',
    },
    source: sourceKey('notesIpi', 'supportMatrix'),
  },
  {
    id: 'platform-has-no-upi',
    subject: 'platform',
    favours: 'IPI',
    effect: 'strongly-favours',
    // Outweighs the hardened-infrastructure preference: an undocumented UPI helps nobody (the platform has no user-provisioned procedure in the documentation).
    weight: 8,
    applies: ({ support }) => support.ipi && !support.upi,
    text: {
      en: '{platform} has no documented user-provisioned procedure; IPI is the supported way to install there.',
      ko: '{platform}에는 문서화된 UPI 설치 절차가 없습니다. 이 플랫폼에서 지원되는 설치 방법은 IPI입니다.',
    },
    source: sourceKey('supportMatrix'),
  },

  // ── Ownership of machines and credentials. ──
  {
    id: 'installer-provisions-machines',
    subject: 'machines',
    favours: 'IPI',
    effect: 'strongly-favours',
    weight: 4,
    applies: (facts) => facts.support.ipi && !owns(facts, 'machines'),
    text: {
      en: 'The installer may create the machines: IPI provisions the control plane and compute machines together with their operating system.',
      ko: '설치 프로그램이 머신을 생성해도 됩니다. IPI는 컨트롤 플레인과 컴퓨트 머신을 운영 체제까지 포함해 자동으로 프로비저닝합니다.',
    },
    source: sourceKey('notesIpi'),
  },
  {
    id: 'installer-credentials-allowed',
    subject: 'credentials',
    favours: 'IPI',
    effect: 'favours',
    weight: 1,
    applies: ({ plan, support }) => support.ipi && plan.requirements.installerCredentials,
    text: {
      en: 'The installer may hold {installerCredentials}, which IPI needs to create resources.',
      ko: '설치 프로그램이 리소스를 만들 자격 증명({installerCredentials})을 가질 수 있습니다. IPI는 이 자격 증명으로 리소스를 생성합니다.',
    },
    source: sourceKey('ipiCommon'),
  },

  // ── Network: an existing network does not rule out IPI anywhere; on-premises it is the normal case. ──
  {
    id: 'installer-creates-network',
    subject: 'network',
    favours: 'IPI',
    effect: 'favours',
    weight: 1,
    applies: (facts) => facts.support.ipi && facts.support.ipiCreatesNetwork && !owns(facts, 'network'),
    text: {
      en: 'The installer may create the network (VPC or tenant network, subnets, routing and security rules), which IPI does on {platform}.',
      ko: '설치 프로그램이 네트워크(VPC 또는 테넌트 네트워크, 서브넷, 라우팅, 보안 규칙)를 만들어도 됩니다. {platform}에서는 IPI가 이를 자동으로 생성합니다.',
    },
    source: sourceKey('notesIpi', 'ipiCommon'),
  },
  {
    id: 'customer-network-cloud',
    subject: 'network',
    favours: 'UPI',
    effect: 'favours',
    weight: 1,
    applies: (facts) => facts.support.ipiCreatesNetwork && owns(facts, 'network'),
    text: {
      en: 'You bring the network; IPI on {platform} can also install into an existing network, so this leans only slightly toward UPI.',
      ko: '네트워크는 고객이 제공합니다. {platform}의 IPI도 기존 네트워크에 설치할 수 있으므로 UPI 쪽으로 약간만 기웁니다.',
    },
    source: sourceKey('ipiCommon'),
  },
  {
    id: 'customer-network-onprem',
    subject: 'network',
    favours: 'IPI',
    effect: 'favours',
    weight: 0,
    applies: (facts) => isOnPremIpi(facts) && !facts.support.ipiCreatesNetwork && owns(facts, 'network'),
    text: {
      en: 'The network is yours, as it always is for IPI on {platform}: the installer joins an existing network and never creates one, so this does not argue against IPI.',
      ko: '네트워크는 고객 소유이며, {platform} IPI에서는 원래 그렇습니다. 설치 프로그램은 기존 네트워크에 연결할 뿐 새로 만들지 않으므로 IPI에 불리한 요소가 아닙니다.',
    },
    source: sourceKey('ipiCommon'),
  },

  // ── DNS: cloud IPI owns the zone's records; on-premises IPI always needs the customer's records. ──
  {
    id: 'installer-manages-dns-cloud',
    subject: 'dns',
    favours: 'IPI',
    effect: 'favours',
    weight: 1,
    applies: (facts) => facts.support.ipi && isCloud(facts) && !owns(facts, 'dns'),
    text: {
      en: "The installer may manage DNS: IPI creates the api and api-int records in the cloud's DNS zone, and the cluster's ingress operator adds *.apps there once the cluster runs.",
      ko: '설치 프로그램이 DNS를 관리해도 됩니다. IPI는 클라우드 DNS 영역에 api, api-int 레코드를 만들고, *.apps 레코드는 클러스터가 실행된 뒤 인그레스 오퍼레이터가 추가합니다.',
    },
    source: sourceKey('ipiCommon'),
  },
  {
    id: 'customer-dns-cloud',
    subject: 'dns',
    favours: 'UPI',
    effect: 'favours',
    weight: 2,
    applies: (facts) => isCloud(facts) && owns(facts, 'dns'),
    text: {
      en: 'Your team manages the DNS records; IPI on {platform} writes the records into the cloud DNS zone itself, while with UPI you create api, api-int and *.apps where you want them.',
      ko: 'DNS 레코드는 고객 팀이 관리합니다. {platform}의 IPI는 클라우드 DNS 영역에 레코드를 직접 만들지만, UPI에서는 api, api-int, *.apps 레코드를 원하는 곳에 직접 만듭니다.',
    },
    source: sourceKey('dns'),
  },
  {
    id: 'customer-dns-onprem',
    subject: 'dns',
    favours: 'IPI',
    effect: 'favours',
    weight: 0,
    applies: (facts) => isOnPremIpi(facts) && owns(facts, 'dns'),
    text: {
      en: 'Customer-managed DNS is normal for IPI on {platform}: you create the api and *.apps records that point at the API and ingress VIPs, so this does not argue against IPI.',
      ko: '{platform} IPI에서는 고객이 DNS를 관리하는 것이 일반적입니다. API VIP와 인그레스 VIP를 가리키는 api, *.apps 레코드를 직접 만들면 되므로 IPI에 불리한 요소가 아닙니다.',
    },
    source: sourceKey('ipiCommon'),
  },

  // ── Load balancers. ──
  {
    id: 'installer-load-balancers',
    subject: 'loadBalancer',
    favours: 'IPI',
    effect: 'favours',
    weight: 1,
    applies: (facts) =>
      facts.support.ipi &&
      isCloud(facts) &&
      !owns(facts, 'loadBalancer') &&
      !USER_MANAGED_LB_PLATFORMS.includes(facts.plan.platform),
    text: {
      en: "The installer may provide the load balancers: IPI creates the API load balancers on {platform}, and the cluster's ingress operator creates the ingress load balancer once the cluster runs.",
      ko: '설치 프로그램이 로드 밸런서를 제공해도 됩니다. {platform}에서 IPI가 API 로드 밸런서를 만들고, 인그레스 로드 밸런서는 클러스터가 실행된 뒤 인그레스 오퍼레이터가 만듭니다.',
    },
    source: sourceKey('notesIpi', 'ipiCommon'),
  },
  {
    id: 'installer-load-balancers-onprem',
    subject: 'loadBalancer',
    favours: 'IPI',
    effect: 'favours',
    weight: 1,
    applies: (facts) =>
      facts.support.ipi &&
      !isCloud(facts) &&
      !owns(facts, 'loadBalancer') &&
      !USER_MANAGED_LB_PLATFORMS.includes(facts.plan.platform),
    text: {
      en: 'The installer may provide the load balancers: IPI on {platform} runs keepalived and HAProxy on the nodes behind the API and ingress VIPs.',
      ko: '설치 프로그램이 로드 밸런서를 제공해도 됩니다. {platform}에서 IPI는 노드에서 keepalived와 HAProxy를 실행해 API·인그레스 VIP를 제공합니다.',
    },
    source: sourceKey('ipiCommon'),
  },
  {
    id: 'customer-load-balancer-cloud',
    subject: 'loadBalancer',
    favours: 'UPI',
    effect: 'strongly-favours',
    weight: 3,
    applies: (facts) => isCloud(facts) && owns(facts, 'loadBalancer'),
    text: {
      en: 'You provide the load balancers; IPI on {platform} always creates its own cloud load balancers, so bringing your own API and ingress load balancers points to UPI.',
      ko: '로드 밸런서는 고객이 제공합니다. {platform}의 IPI는 항상 자체 클라우드 로드 밸런서를 생성하므로, 직접 준비한 API·인그레스 로드 밸런서를 쓰려면 UPI가 맞습니다.',
    },
    source: sourceKey('lb'),
  },
  {
    id: 'customer-load-balancer-onprem',
    subject: 'loadBalancer',
    favours: 'UPI',
    effect: 'favours',
    weight: 1,
    applies: (facts) =>
      isOnPremIpi(facts) &&
      owns(facts, 'loadBalancer') &&
      !USER_MANAGED_LB_PLATFORMS.includes(facts.plan.platform),
    text: {
      en: 'You provide the load balancers; IPI on {platform} can use a user-managed load balancer, but its default is the built-in VIPs, so this leans slightly toward UPI.',
      ko: '로드 밸런서는 고객이 제공합니다. {platform} IPI도 사용자 관리형 로드 밸런서를 쓸 수 있지만 기본값은 내장 VIP이므로 UPI 쪽으로 약간 기웁니다.',
    },
    source: sourceKey('ipiCommon'),
  },

  {
    id: 'user-managed-load-balancer-ipi',
    subject: 'loadBalancer',
    favours: 'IPI',
    effect: 'favours',
    weight: 0,
    applies: (facts) => facts.support.ipi && USER_MANAGED_LB_PLATFORMS.includes(facts.plan.platform),
    text: {
      en: 'IPI on {platform} always runs behind your own load balancer (loadBalancer.type: UserManaged): the load balancer you build does not argue against IPI there.',
      ko: '{platform}의 IPI는 항상 고객의 로드 밸런서 뒤에서 동작합니다(loadBalancer.type: UserManaged). 따라서 로드 밸런서를 직접 구축하는 것이 IPI에 불리하지 않습니다.',
    },
    source: POWERVC_DOCS,
  },

  // ── Storage does not separate the methods: the Cluster Storage Operator installs the platform's CSI driver and a
  // default storage class on every platform-integrated cluster, IPI or UPI ("Persistent storage using CSI", storage
  // operators), so these reasons only say so and weigh nothing. ──
  {
    id: 'installer-storage',
    subject: 'storage',
    favours: 'IPI',
    effect: 'favours',
    weight: 0,
    applies: (facts) => facts.support.ipi && facts.support.ipiStorageClass && !owns(facts, 'storage'),
    text: {
      en: "Storage does not decide the method: on {platform} the Cluster Storage Operator installs the platform's CSI driver and a default storage class with IPI and UPI alike.",
      ko: '스토리지는 설치 방식을 가르지 않습니다. {platform}에서는 IPI든 UPI든 Cluster Storage Operator가 플랫폼 CSI 드라이버와 기본 스토리지 클래스를 설치합니다.',
    },
    source: sourceKey('postStorage'),
  },
  {
    id: 'customer-storage-cloud',
    subject: 'storage',
    favours: 'UPI',
    effect: 'favours',
    weight: 0,
    applies: (facts) => isCloud(facts) && owns(facts, 'storage'),
    text: {
      en: "You provide the storage: that works with either method on {platform}; the platform's CSI driver and default storage class come with both, and your own storage is added after the installation.",
      ko: '스토리지는 고객이 제공합니다. {platform}에서는 어느 방식이든 가능하며, 플랫폼 CSI 드라이버와 기본 스토리지 클래스는 두 방식 모두에 설치되고 자체 스토리지는 설치 후에 추가합니다.',
    },
    source: sourceKey('postStorage'),
  },
  {
    id: 'customer-storage-onprem',
    subject: 'storage',
    favours: 'IPI',
    effect: 'favours',
    weight: 0,
    applies: (facts) => isOnPremIpi(facts) && owns(facts, 'storage'),
    text: {
      en: 'Bringing your own storage is common for IPI on {platform}: persistent storage for workloads and the image registry is configured after installation with either method.',
      ko: '{platform} IPI에서도 고객 스토리지를 쓰는 경우가 많습니다. 워크로드와 이미지 레지스트리용 영구 스토리지는 어느 방식이든 설치 후에 구성합니다.',
    },
    source: sourceKey('postStorage'),
  },

  // ── Connectivity, publish, topology, FIPS. ──
  {
    id: 'disconnected-ipi-documented',
    subject: 'connectivity',
    favours: 'IPI',
    effect: 'favours',
    weight: 0.5,
    applies: ({ plan, support }) =>
      plan.connectivity === 'disconnected' && support.ipi && support.ipiDisconnected,
    text: {
      en: '{platform} has a restricted-network (disconnected) IPI procedure; with either method you mirror the release images first.',
      ko: '{platform}에는 제한된 네트워크(비연결) 환경용 IPI 절차가 있습니다. 어느 방식이든 먼저 릴리스 이미지를 미러링해야 합니다.',
    },
    source: sourceKey('supportMatrix', 'mirror'),
  },
  {
    id: 'disconnected-without-ipi-docs',
    subject: 'connectivity',
    favours: 'UPI',
    effect: 'favours',
    weight: 2,
    applies: ({ plan, support }) =>
      plan.connectivity === 'disconnected' && support.ipi && !support.ipiDisconnected,
    text: {
      en: '{platform} has no restricted-network IPI procedure, so a disconnected install follows the user-provisioned path.',
      ko: '{platform}에는 제한된 네트워크용 IPI 절차가 없으므로 비연결 설치는 UPI 절차를 따릅니다.',
    },
    source: sourceKey('supportMatrix', 'mirror'),
  },
  {
    id: 'private-cluster-ipi',
    subject: 'publish',
    favours: 'IPI',
    effect: 'favours',
    weight: 1,
    applies: ({ plan, support }) => plan.publish === 'Internal' && support.ipi && support.ipiPrivate,
    text: {
      en: 'A private cluster (publish: Internal) is documented with IPI on {platform}: the installer keeps the API and ingress endpoints off the internet.',
      ko: '{platform}에서는 프라이빗 클러스터(publish: Internal)가 IPI 절차로 문서화되어 있습니다. 설치 프로그램이 API와 인그레스 엔드포인트를 인터넷에 노출하지 않습니다.',
    },
    source: sourceKey('privateCluster'),
  },
  {
    id: 'sno-ipi-supported',
    subject: 'topology',
    favours: 'IPI',
    effect: 'favours',
    weight: 1,
    applies: ({ plan, support }) => plan.topology === 'sno' && support.ipiTopologies.includes('sno'),
    text: {
      en: 'Single-node OpenShift can be installed with IPI on {platform} (one control plane replica, no workers).',
      ko: '{platform}에서는 단일 노드 OpenShift를 IPI로 설치할 수 있습니다(컨트롤 플레인 1개, 워커 노드 없음).',
    },
    source: sourceKey('snoClouds'),
  },
  {
    id: 'fips-either-method',
    subject: 'fips',
    favours: 'IPI',
    effect: 'favours',
    weight: 0,
    applies: ({ plan }) => plan.fips && FIPS_ARCHITECTURES.includes(plan.architecture),
    text: {
      en: 'FIPS mode does not rule out IPI: it is set in install-config.yaml at install time with either method; run the installer from a RHEL host booted in FIPS mode.',
      ko: 'FIPS 모드는 IPI를 배제하지 않습니다. 어느 방식이든 설치 시 install-config.yaml에서 설정하며, 설치 프로그램은 FIPS 모드로 부팅한 RHEL 호스트에서 실행해야 합니다.',
    },
    source: sourceKey('fipsRule'),
  },
];
