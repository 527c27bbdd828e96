/**
 * The Korean wording of every wizard question (`--lang ko`): the question, its help line, the names of its choices by
 * value and its other wordings. Keyed by the answers key the question fills; a test checks that every question has one.
 */
import { PLATFORM_QUESTION_KO } from './platform-question.js';

export interface KoreanWording {
  message: string;
  help: string;
  choices?: Record<string, string>;
  variants?: Record<string, { message: string; help: string }>;
}

const OWNER_CHOICES = {
  installer: 'installer — openshift-install이 만듭니다',
  customer: 'customer — 고객 팀이 직접 준비합니다',
};
const OWNER_HELP =
  'installer는 openshift-install이 만든다는 뜻(IPI)이고, customer는 설치 전에 고객 팀이 직접 준비한다는 뜻입니다.';
const AWS_SUBNETS: KoreanWording = {
  message: '기존 VPC 서브넷 ID(subnet-…, 여러 개는 쉼표로 구분)',
  help: '모든 프라이빗 서브넷과, publish가 Internal이 아니면 퍼블릭 서브넷까지 가용 영역마다 하나 이상 입력하십시오. 머신 네트워크가 이 서브넷을 모두 포함해야 합니다.',
};
const CLOUDS_YAML = 'clouds.yaml의 클라우드 이름';

export const QUESTIONS_KO: Readonly<Record<string, KoreanWording>> = {
  platform: PLATFORM_QUESTION_KO,
  ocpVersion: {
    message: '어느 OpenShift 릴리스를 설치합니까?',
    help: '내려받는 openshift-install 바이너리가 릴리스를 정합니다. 같은 릴리스를 고르십시오.',
  },
  clusterName: {
    message: '클러스터 이름',
    help: '소문자, 숫자, "-"만 쓸 수 있습니다. api.<이름>.<기본 도메인>의 첫 부분이 됩니다.',
  },
  baseDomain: {
    message: '기본 도메인',
    help: '클러스터가 속할 DNS 도메인입니다. 예: example.com → api.<이름>.example.com',
  },
  architecture: {
    message: 'CPU 아키텍처',
    help: '클러스터의 모든 노드가 이 아키텍처를 사용합니다.',
  },
  installMethod: {
    message: '계획에 어느 설치 프로그램을 사용합니까?',
    help: 'auto는 권장 방식(IPI 또는 UPI)을 따릅니다. agent는 install-config.yaml과 agent-config.yaml로 만든 ISO 하나로 호스트를 부팅합니다.',
    choices: {
      auto: 'auto — 권장 방식을 따릅니다',
      IPI: 'IPI — 설치 프로그램 프로비저닝 인프라',
      UPI: 'UPI — 사용자 프로비저닝 인프라',
      agent: 'agent — Agent 기반 설치 프로그램(agent-config.yaml)',
    },
  },
  topology: {
    message: '가용성은 어느 수준이어야 합니까?',
    help: 'ha는 컨트롤 플레인 3대와 워커, compact는 워크로드도 실행하는 노드 3대, sno는 HA 없는 단일 노드, 2노드는 아비터나 펜싱을 쓰는 컨트롤 플레인 2대입니다.',
    choices: {
      ha: 'ha — 컨트롤 플레인 노드 3대 + 워커',
      compact: 'compact — 스케줄 가능한 컨트롤 플레인 노드 3대, 워커 없음',
      sno: 'sno — 단일 노드',
      'two-node-arbiter': 'two-node-arbiter — 컨트롤 플레인 노드 2대 + 작은 아비터 노드 1대',
      'two-node-fencing': 'two-node-fencing — Redfish BMC로 서로 펜싱하는 컨트롤 플레인 노드 2대',
    },
  },
  computeReplicas: {
    message: '워커 노드는 몇 대입니까?',
    help: 'ha 클러스터는 노드 하나가 멈춰도 라우터와 워크로드가 살아남도록 2대 이상이어야 합니다. 아비터 구성은 0대(컨트롤 플레인 노드 2대가 워크로드 실행) 또는 2대 이상입니다.',
  },
  controlPlaneReplicas: {
    message: '컨트롤 플레인 노드는 몇 대입니까?',
    help: '컨트롤 플레인 노드 4대나 5대는 Agent 기반 설치 프로그램과 OpenShift 4.18 이상이 필요합니다.',
    choices: { '3': '3 — 표준 컨트롤 플레인', '4': '컨트롤 플레인 노드 4대', '5': '컨트롤 플레인 노드 5대' },
  },
  'ownership.machines': {
    message: '머신(VM 또는 호스트)은 누가 준비합니까?',
    help: OWNER_HELP,
    choices: OWNER_CHOICES,
  },
  'ownership.network': {
    message: '네트워크(VPC / VNet / 서브넷 / VLAN)는 누가 준비합니까?',
    help: OWNER_HELP,
    choices: OWNER_CHOICES,
  },
  'ownership.dns': {
    message: 'DNS 레코드(api, api-int, *.apps)는 누가 준비합니까?',
    help: OWNER_HELP,
    choices: OWNER_CHOICES,
  },
  'ownership.loadBalancer': {
    message: 'API와 인그레스 로드 밸런서는 누가 준비합니까?',
    help: OWNER_HELP,
    choices: OWNER_CHOICES,
  },
  'ownership.storage': {
    message: '영구 스토리지와 레지스트리 스토리지는 누가 준비합니까?',
    help: OWNER_HELP,
    choices: OWNER_CHOICES,
  },
  'requirements.installerCredentials': {
    message: '클라우드 / 하이퍼바이저 / BMC 리소스를 만드는 계정을 설치 프로그램에 제공할 수 있습니까?',
    help: 'IPI에는 머신, 네트워크, 로드 밸런서를 만들 수 있는 계정이 필요합니다.',
  },
  'requirements.autoscaling': {
    message: '클러스터가 머신을 스스로 추가하고 교체해야 합니까(오토스케일링, 자동 복구)?',
    help: '머신을 늘리고 복구하는 MachineSet은 설치 프로그램이 프로비저닝한 클러스터에만 있습니다.',
  },
  'requirements.hardenedInfrastructure': {
    message: '보안이나 규정 준수 때문에 사전 승인을 거쳐 직접 구축한 인프라만 쓸 수 있습니까?',
    help: '예를 들어 VM, 방화벽 규칙, 로드 밸런서를 하나하나 변경 승인을 거쳐야 하는 경우입니다.',
  },
  connectivity: {
    message: '노드는 인터넷에 어떻게 연결됩니까?',
    help: '폐쇄망 설치는 고객의 미러 레지스트리에서 릴리스를 받아 옵니다.',
    choices: {
      connected: 'connected — 인터넷에 직접 연결',
      proxy: 'proxy — HTTP(S) 프록시 경유',
      disconnected: 'disconnected — 폐쇄망, 미러 레지스트리 사용',
    },
  },
  'proxy.httpProxy': {
    message: 'HTTP 프록시 URL',
    help: 'http://호스트:포트 형식입니다. 클러스터가 외부로 나가는 HTTP 요청에 씁니다.',
  },
  'proxy.httpsProxy': {
    message: 'HTTPS 프록시 URL',
    help: '보통 HTTP 프록시와 같습니다.',
  },
  'proxy.noProxy': {
    message: '프록시를 거치지 않을 대상(쉼표로 구분)',
    help: '내부 도메인, IP, CIDR을 적습니다. 예: .corp.local,10.0.0.0/8 (공백과 와일드카드는 쓸 수 없습니다)',
  },
  'proxy.caBundleFile': {
    message: '프록시의 CA 인증서 파일(PEM, 프록시가 TLS를 검사하지 않으면 비워 두십시오)',
    help: 'TLS를 검사하는 프록시는 자체 CA로 서명합니다. 이 CA를 additionalTrustBundle에 넣어 노드가 신뢰하게 합니다.',
  },
  'mirror.registry': {
    message: '미러 레지스트리(호스트:포트)',
    help: 'oc-mirror로 릴리스 이미지를 올린 곳입니다. 예: mirror.corp.local:8443',
  },
  'mirror.caBundleFile': {
    message: '미러 레지스트리의 CA 인증서 파일(PEM)',
    help: 'additionalTrustBundle에 들어가 노드가 미러를 신뢰하게 합니다. 공인 CA를 쓰면 비워 두십시오.',
  },
  'mirror.credentialsFile': {
    message:
      '미러 레지스트리 자격 증명 파일(username:과 password:가 있는 YAML, 지금 입력하거나 필요 없으면 비워 두십시오)',
    help: '노드가 미러에서 이미지를 받을 수 있도록 install-config.yaml의 풀 시크릿에만 추가합니다.',
  },
  publish: {
    message: 'API와 애플리케이션을 인터넷에 공개합니까?',
    help: 'Internal(프라이빗 클러스터)은 AWS, Azure, GCP, IBM Cloud, Power VS에서만 가능합니다.',
    choices: {
      External: 'External — 공개 엔드포인트',
      Internal: 'Internal — 고객 네트워크에서만 접근하는 프라이빗 클러스터',
    },
  },
  fips: {
    message: 'FIPS 모드를 켭니까?',
    help: '설치 프로그램을 FIPS 모드가 켜진 RHEL 호스트에서 실행해야 하며, 설치 후에는 켤 수 없습니다.',
  },
  'aws.region': { message: 'AWS 리전', help: '예: us-east-1' },
  'azure.region': { message: 'Azure 리전', help: '예: eastus' },
  'azure.baseDomainResourceGroupName': {
    message: 'DNS 영역의 리소스 그룹',
    help: '기본 도메인의 퍼블릭 DNS 영역이 있는 리소스 그룹입니다.',
  },
  'gcp.projectID': { message: 'GCP 프로젝트 ID', help: '클러스터를 만들 프로젝트입니다.' },
  'gcp.region': { message: 'GCP 리전', help: '예: us-central1' },
  'vsphere.vcenter': {
    message: 'vCenter 호스트 이름',
    help: 'vCenter의 소문자 호스트 이름 또는 IP입니다(https://나 경로 없이).',
  },
  'vsphere.datacenter': { message: 'vSphere 데이터센터', help: '데이터센터 개체의 이름입니다.' },
  'vsphere.cluster': { message: 'vSphere 클러스터', help: 'VM을 실행할 컴퓨팅 클러스터입니다.' },
  'vsphere.datastore': { message: '데이터스토어', help: 'VM 디스크를 둘 데이터스토어입니다.' },
  'vsphere.network': { message: 'VM 네트워크(포트 그룹)', help: '노드가 연결될 포트 그룹입니다.' },
  'vsphere.folder': {
    message: '클러스터 VM 폴더(데이터센터 아래의 이름 또는 전체 경로)',
    help: 'Agent 기반 설치 프로그램에는 클러스터 VM을 둘 vCenter 폴더가 필요합니다. 예: ocp 또는 /dc1/vm/ocp',
  },
  'vsphere.credentialsFile': {
    message: 'vCenter 자격 증명 파일(username:과 password:가 있는 YAML, 지금 입력하려면 비워 두십시오)',
    help: 'install-config.yaml 외의 파일에는 들어가지 않습니다.',
  },
  'nutanix.prismCentral': {
    message: 'Prism Central 호스트 이름',
    help: 'Prism Central의 호스트 이름 또는 IP입니다.',
  },
  'nutanix.prismElementAddress': {
    message: 'Prism Element 호스트 이름',
    help: 'VM이 실행될 Prism Element 클러스터의 호스트 이름 또는 IP입니다.',
  },
  'nutanix.prismElementUUID': {
    message: 'Prism Element 클러스터 UUID',
    help: 'VM이 실행될 Prism Element 클러스터의 UUID입니다.',
  },
  'nutanix.subnetUUID': { message: '서브넷 UUID', help: 'VM이 연결될 서브넷의 UUID입니다.' },
  'nutanix.credentialsFile': {
    message: 'Prism Central 자격 증명 파일(username:과 password:가 있는 YAML, 지금 입력하려면 비워 두십시오)',
    help: 'install-config.yaml 외의 파일에는 들어가지 않습니다.',
  },
  'openstack.cloud': { message: CLOUDS_YAML, help: '설치 프로그램이 사용할 clouds.yaml 항목입니다.' },
  'openstack.externalNetwork': {
    message: '외부 네트워크',
    help: '유동 IP를 제공하는 네트워크입니다. 없으면 비워 두십시오.',
  },
  'openstack.computeFlavor': {
    message: '머신의 플레이버',
    help: '예: m1.xlarge(vCPU 4개 / 16GiB 이상)',
  },
  'ibmcloud.region': { message: 'IBM Cloud 리전', help: '예: us-south' },
  'powervs.zone': { message: 'Power VS 영역', help: '예: dal10' },
  'powervs.userID': {
    message: 'IBM Cloud 사용자 ID',
    help: '설치 프로그램이 대신 작업할 IBM Cloud 사용자입니다(platform.powervs.userID).',
  },
  'powervc.cloud': {
    message: CLOUDS_YAML,
    help: 'PowerVC 엔드포인트와 관리자 계정이 있는 clouds.yaml 항목입니다.',
  },
  'powervc.subnetID': {
    message: 'DHCP 서버가 서비스하는 PowerVC 서브넷의 ID',
    help: '모든 머신이 이 서브넷에 포트(controlPlanePort)를 받습니다. PowerVC에는 자체 DHCP가 없습니다.',
  },
  'powervc.computeFlavor': {
    message: '머신에 쓸 PowerVC 플레이버(컴퓨팅 템플릿)',
    help: '컨트롤 플레인에는 vCPU 4개와 16GB 이상이 필요합니다.',
  },
  'powervc.clusterOSImage': {
    message: 'PowerVC에 가져온 RHCOS 이미지 이름',
    help: 'openshift-install coreos print-stream-json의 URL에서 powervc-image-import로 가져오십시오.',
  },
  'networking.machineNetwork': {
    message: '머신 네트워크(CIDR, 여러 개는 쉼표로 구분)',
    help: '노드가 속한 네트워크입니다. 파드 네트워크 10.128.0.0/14나 서비스 네트워크 172.30.0.0/16과 겹치면 안 됩니다.',
  },
  'aws.vpc.subnets': AWS_SUBNETS,
  'aws.subnets': AWS_SUBNETS,
  'azure.networkResourceGroupName': {
    message: '기존 가상 네트워크가 있는 리소스 그룹',
    help: '설치 프로그램은 이 리소스 그룹에 아무것도 만들지 않습니다. 클러스터 자체 리소스는 별도의 리소스 그룹에 만듭니다.',
  },
  'azure.virtualNetwork': {
    message: '기존 가상 네트워크(VNet) 이름',
    help: '컨트롤 플레인 서브넷과 컴퓨팅 서브넷이 속한 VNet입니다.',
  },
  'azure.controlPlaneSubnet': {
    message: '컨트롤 플레인 머신이 쓸 VNet 서브넷',
    help: '기존 서브넷 이름입니다. 머신 네트워크 안에 있어야 합니다.',
  },
  'azure.computeSubnet': {
    message: '컴퓨팅 머신이 쓸 VNet 서브넷',
    help: '기존 서브넷 이름입니다. 컨트롤 플레인 서브넷과 같아도 됩니다.',
  },
  'gcp.network': {
    message: '기존 VPC 네트워크 이름',
    help: '프로젝트의 VPC 네트워크입니다(공유 VPC라면 호스트 프로젝트의 네트워크).',
  },
  'gcp.controlPlaneSubnet': {
    message: '컨트롤 플레인 머신이 쓸 VPC 서브넷',
    help: '클러스터 리전에 있는 기존 서브넷입니다.',
  },
  'gcp.computeSubnet': {
    message: '컴퓨팅 머신이 쓸 VPC 서브넷',
    help: '클러스터 리전에 있는 기존 서브넷입니다. 컨트롤 플레인 서브넷과 같아도 됩니다.',
  },
  'vips.api': {
    message: 'API 가상 IP',
    help: '머신 네트워크 안의 빈 주소입니다. api.<클러스터>.<도메인>과 api-int가 이 주소로 조회되어야 합니다.',
    variants: {
      upi: {
        message: 'API 로드 밸런서 주소(고객 API 로드 밸런서의 프런트엔드)',
        help: 'api.<클러스터>.<도메인>과 api-int가 가리키는 주소입니다. DNS 레코드, HAProxy 바인드, 체크리스트에 들어갑니다.',
      },
    },
  },
  'vips.ingress': {
    message: '인그레스 가상 IP',
    help: '머신 네트워크 안의 또 다른 빈 주소입니다. *.apps.<클러스터>.<도메인>이 이 주소로 조회되어야 합니다.',
    variants: {
      upi: {
        message: '인그레스 로드 밸런서 주소(고객 인그레스 로드 밸런서의 프런트엔드)',
        help: '*.apps.<클러스터>.<도메인>이 가리키는 주소입니다. DNS 레코드, HAProxy 바인드, 체크리스트에 들어갑니다.',
      },
    },
  },
  'external.platformName': {
    message: '외부 플랫폼 이름',
    help: 'Oracle Cloud Infrastructure는 oci입니다(이때 클라우드 컨트롤러 관리자는 External이 됩니다).',
  },
  'agent.rendezvousIP': {
    message: '랑데부 IP(클러스터를 부트스트랩하는 컨트롤 플레인 호스트)',
    help: '비워 두면 호스트 목록에 있는 첫 번째 컨트롤 플레인 호스트의 주소를 씁니다.',
  },
  'agent.dnsServers': {
    message: '호스트의 DNS 서버(쉼표로 구분)',
    help: '각 호스트의 정적 네트워크 구성에 들어갑니다. api, api-int, *.apps를 조회할 수 있어야 합니다.',
  },
  'agent.gateway': {
    message: '머신 네트워크의 기본 게이트웨이',
    help: '모든 호스트 기본 경로의 다음 홉입니다(정적 주소).',
  },
  'agent.ntpSources': {
    message: '호스트가 접속할 수 있는 NTP 서버(쉼표로 구분)',
    help: '폐쇄망에서는 반드시 필요합니다. 호스트 시계가 4분 넘게 차이 나면 설치가 멈춥니다.',
  },
  'agent.bootArtifactsBaseURL': {
    message: 'PXE 부팅 아티팩트 URL(ISO로 부팅하려면 비워 두십시오)',
    help: 'openshift-install agent create pxe-files로 만든 파일을 제공할 곳입니다. 예: http://pxe.example.com/agent',
  },
  'secrets.pullSecretFile': {
    message: '풀 시크릿 파일(console.redhat.com/openshift/install/pull-secret에서 받은 JSON)',
    help: '비워 두면 표시된 자리 표시자와 나중에 넣으라는 체크리스트 항목을 씁니다.',
  },
  'secrets.sshKeyFile': {
    message: 'core 사용자의 SSH 공개 키 파일',
    help: '예: ~/.ssh/id_ed25519.pub (FIPS에서는 RSA 또는 ECDSA 키)',
  },
  'networking.clusterNetwork': {
    message: '파드 네트워크(CIDR, 여러 개는 쉼표로 구분)',
    help: '파드가 쓰는 주소 대역입니다. 머신 네트워크, 서비스 네트워크, 노드가 접속해야 하는 다른 네트워크와 겹치면 안 됩니다.',
  },
  'networking.serviceNetwork': {
    message: '서비스 네트워크(CIDR, IP 체계마다 하나씩 쉼표로 구분)',
    help: '쿠버네티스 서비스가 쓰는 주소 대역입니다. 보통 /16이고 IPv4는 /12보다 클 수 없으며, 머신 네트워크나 파드 네트워크와 겹치면 안 됩니다.',
  },
};
