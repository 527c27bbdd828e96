import type { MessageKey } from './catalog-en.js';

/**
 * 체크리스트와 렌더러의 모든 한국어 문장. 키는 catalog-en.ts와 같고(타입이 강제), `{name}` 자리표시자도 같습니다.
 * 명령어, 필드 이름, 파일 이름은 번역하지 않습니다.
 */
export const KO: Record<MessageKey, string> = {
  // ── 문서 틀 ──
  'render.title': 'OpenShift 설치 체크리스트: {cluster}',
  'render.facts': '플랫폼 {platform} · 토폴로지 {topology} · 아키텍처 {arch} · 연결 방식 {connectivity}',
  'render.header.cluster': '클러스터',
  'render.header.release': 'OpenShift 릴리스',
  'render.header.date': '작성일',
  'render.header.prepared-for': '제출처',
  'render.recommendation': '권장 설치 방식',
  'render.method': '설치 방식',
  'render.confidence': '확신도',
  'render.reasons': '근거',
  'render.tradeoffs': '감수해야 할 점',
  'render.would-change': '권장 방식이 바뀌는 조건',
  'render.alternatives': '다른 설치 방식',
  'render.warnings': '주의 사항',
  'render.source': '출처',
  'render.favours': '{method} 쪽',
  'render.stance': '{method} {effect}',
  'render.owners': '팀별 담당 작업',
  'render.owner': '담당 팀',
  'render.tasks': '작업',
  'render.checks': '확인 항목',
  'render.topology': '구성도',
  'render.verify': '확인',
  'render.how-to-read':
    '완료한 항목에 체크하세요. “확인”이 붙은 항목은 설치 프로그램이 직접 만드는 것이므로 구축하지 말고 결과만 점검합니다.',
  'render.footer':
    'ocp-planner가 이 계획의 답변으로 생성했습니다. 모든 이름, 주소, 수량은 이 클러스터의 실제 값입니다.',
  'confidence.forced': '확정 (다른 방식은 불가능)',
  'confidence.strong': '높음',
  'confidence.moderate': '보통',
  'effect.forces': '필수',
  'effect.strongly-favours': '강하게 권장',
  'effect.favours': '권장',
  'phase.prepare': '사전 준비',
  'phase.network': '네트워크 및 방화벽',
  'phase.dns': 'DNS',
  'phase.loadBalancer': '로드 밸런서',
  'phase.machines': '머신',
  'phase.install': '설치',
  'phase.postInstall': '설치 후 작업',
  'phase.verify': '검증',
  'owner.platform': '플랫폼 팀',
  'owner.network': '네트워크 팀',
  'owner.dns': 'DNS 팀',
  'owner.loadBalancer': '로드 밸런서 팀',
  'owner.storage': '스토리지 팀',
  'owner.machines': '서버·VM 팀',
  'owner.security': '보안 팀',

  // ── 구성도 ──
  'diagram.dns': 'DNS 레코드',
  'diagram.frontends': '진입점',
  'diagram.nodes': '노드',
  'diagram.api-lb': 'API 로드 밸런서',
  'diagram.ingress-lb': '인그레스 로드 밸런서',
  'diagram.api-vip': 'API VIP',
  'diagram.ingress-vip': '인그레스 VIP',
  'diagram.api-fip': 'API 유동 IP',
  'diagram.ingress-fip': '인그레스 유동 IP',
  'diagram.installer-lb-api': 'API 로드 밸런서 (설치 프로그램이 생성)',
  'diagram.installer-lb-ingress': '인그레스 로드 밸런서 (클러스터가 생성)',
  'diagram.single-node': '단일 노드',
  'diagram.bootstrap': '부트스트랩 (임시)',
  'diagram.more': '외 {count}대',

  // ── 표 머리글과 셀 ──
  'col.record': '레코드',
  'col.type': '유형',
  'col.target': '가리키는 대상',
  'col.resolvers': '조회해야 하는 곳',
  'col.frontend': '프런트엔드',
  'col.port': '포트',
  'col.backends': '백엔드',
  'col.health': '헬스 체크',
  'col.scope': '접근 범위',
  'col.direction': '방향',
  'col.protocol': '프로토콜',
  'col.ports': '포트',
  'col.purpose': '용도',
  'col.role': '역할',
  'col.count': '대수',
  'col.os': 'OS',
  'col.storage': '디스크',
  'col.host': '호스트',
  'col.ip': 'IP 주소',
  'col.mac': '부팅 MAC',
  'col.bmc': 'BMC 주소',
  'col.entry': '항목',
  'col.present': 'noProxy에 이미 있음',
  'col.why': '이유',
  'cell.clients-and-nodes': '외부 클라이언트와 모든 노드',
  'cell.nodes': '모든 노드',
  'cell.internal-clients-and-nodes': '내부망 클라이언트와 모든 노드',
  'cell.internal': '클러스터 내부망에서만',
  'cell.internal-external': '내부와 외부',
  'cell.assign': '할당 필요',
  'cell.yes': '예',
  'cell.no': '아니요',
  'cell.api-lb': 'API 로드 밸런서',
  'cell.ingress-lb': '인그레스 로드 밸런서',
  'cell.the-node': '단일 노드',
  'cell.with-address': '{label} {address}',
  'cell.readyz': 'HTTPS GET /readyz, 5~10초 간격, 2회 성공 시 정상, 3회 실패 시 비정상',
  'cell.tcp': 'TCP 연결 확인',
  'role.bootstrap': '부트스트랩',
  'role.control-plane': '컨트롤 플레인',
  'role.worker': '컴퓨트(워커 노드)',
  'role.sno': '단일 노드 (컨트롤 플레인 + 워커)',
  'dir.all': '모든 노드 ↔ 모든 노드',
  'dir.to-cp': '모든 노드 → 컨트롤 플레인',
  'dir.cp': '컨트롤 플레인 ↔ 컨트롤 플레인',
  'dir.vrrp': '컨트롤 플레인과 워커 노드 (머신 네트워크)',
  'dir.to-vsphere': '설치 호스트와 컨트롤 플레인 → vCenter 및 모든 ESXi 호스트',
  'dir.bmc-to-provisioner': 'BMC 네트워크 → 프로비저너 호스트와 컨트롤 플레인',
  'dir.to-provisioner': '프로비저닝 중인 호스트 → 프로비저너 호스트와 컨트롤 플레인',
  'dir.to-agent': '프로비저너 호스트와 컨트롤 플레인 → 프로비저닝 중인 호스트',
  'dir.provisioning': '프로비저닝 네트워크',
  'dir.to-bmc': '프로비저너 호스트와 컨트롤 플레인 → 모든 BMC',
  'port.icmp': '도달성 확인',
  'port.metrics': '라우터 메트릭',
  'port.host-services': '호스트 서비스 (node exporter 9100~9101, 클러스터 버전 오퍼레이터 9099)',
  'port.kubelet': 'Kubernetes 예약 포트 (kubelet 등)',
  'port.mcs': '머신 구성 서버(Machine Config Server)',
  'port.geneve': 'Geneve 오버레이 (OVN-Kubernetes)',
  'port.ike': 'IPsec IKE',
  'port.nat-t': 'IPsec NAT 트래버설',
  'port.ntp': 'NTP (외부 NTP 서버를 쓰는 경우)',
  'port.nodeport': 'Kubernetes NodePort 서비스',
  'port.esp': 'IPsec ESP',
  'port.api': 'Kubernetes API',
  'port.etcd': 'etcd 서버 및 피어 통신',
  'port.vrrp': 'VRRP: keepalived가 API·인그레스 VIP를 노드 간에 옮김',
  'port.vsphere-api': 'vSphere API: VM 생성, OVA 업로드, 볼륨 (vCenter 및 ESXi)',
  'port.virtual-media': '가상 미디어 ISO (HTTP / HTTPS)',
  'port.image-cache': 'RHCOS 이미지 캐시 (HTTP / TLS)',
  'port.ironic-api': 'Ironic API (및 프록시)',
  'port.ironic-inspector': 'Ironic Inspector (및 프록시)',
  'port.ironic-agent': 'Ironic Python Agent',
  'port.dhcp': 'PXE용 DHCP (ironic-dnsmasq)',
  'port.tftp': 'PXE용 TFTP',
  'port.bmc': 'Ironic의 BMC 관리 (BMC 드라이버의 포트)',
  'purpose.api': 'Kubernetes API',
  'purpose.mcs': '머신 구성 서버 (새 노드에 Ignition 제공)',
  'purpose.https': 'HTTPS 라우트',
  'purpose.http': 'HTTP 라우트',
  'egress.registries': 'Red Hat·Quay 레지스트리 (릴리스 및 오퍼레이터 이미지)',
  'egress.sso': '풀 시크릿 인증용 Red Hat SSO',
  'egress.telemetry': '텔레메트리와 Insights (텔레메트리를 끄지 않은 경우)',
  'egress.mirror': '릴리스 서명과 콘텐츠',
  'egress.api-openshift': '클러스터 토큰과 업데이트 확인',
  'egress.rhcos': 'RHCOS 이미지',
  'egress.cloud': '클라우드 공급자 API',
  'egress.apps': '클러스터 자체 라우트 (OAuth, 웹 콘솔)',
  'noproxy.cluster-domain': '이 클러스터의 api, api-int, 라우트',
  'noproxy.vcenter': '클러스터가 호출하는 vCenter API',
  'noproxy.prism': '클러스터가 호출하는 Prism Central API',
  'noproxy.mirror': '미러 레지스트리',

  // ── 사전 준비 ──
  'prepare.tools.title': 'OpenShift {version}용 openshift-install과 oc 준비 ({arch})',
  'prepare.tools.details':
    '설치를 실행할 호스트에 이 릴리스와 정확히 같은 버전의 설치 프로그램과 CLI를 내려받습니다. 디버깅에 쓸 core 사용자의 SSH 키 쌍도 준비해 둡니다.',
  'prepare.tools.arch':
    '이 클러스터는 {arch}에서 실행되므로, 릴리스 다운로드 페이지에서 {arch} 클러스터용으로 제공되는 설치 프로그램과 CLI 빌드를 받으십시오.',
  'prepare.pull-secret.title': 'install-config.yaml에 실제 풀 시크릿 넣기',
  'prepare.pull-secret.details':
    '풀 시크릿이 주어지지 않아 install-config.yaml에 자리표시자가 들어 있습니다. console.redhat.com/openshift/install/pull-secret에서 풀 시크릿을 내려받아 자리표시자를 바꾸거나, 답변 파일에 secrets.pullSecretFile을 추가하고 ocp-planner를 다시 실행하세요. 이 파일은 절대 커밋하지 않습니다.',
  'prepare.pull-secret.mirror': '미러 레지스트리 {registry}의 인증 정보도 같은 풀 시크릿에 추가합니다.',
  'prepare.fips.title': 'FIPS 모드로 부팅한 RHEL 호스트에서 설치 프로그램 실행',
  'prepare.fips.details':
    'fips: true이면 설치 프로그램이 자신이 실행되는 호스트가 FIPS 검증 암호 모듈을 쓰는지(x86_64, ppc64le, s390x의 FIPS 모드 RHEL) 확인하고, 아니면 실행을 거부합니다. SSH 키도 RSA 또는 ECDSA여야 하며 ed25519는 거부됩니다.',
  'prepare.fips.binary':
    'OpenShift {since}부터 내려받는 openshift-install은 어떤 호스트에서도 fips: true를 거부합니다. {version} 릴리스 이미지에서 FIPS 지원 바이너리 openshift-install-fips를 추출하고(RELEASE_IMAGE에 해당 릴리스 이미지를 지정, oc {since} 이상), FIPS 모드의 RHEL 9에서 실행하십시오. 이 체크리스트의 모든 명령에서 openshift-install 대신 이 바이너리를 사용합니다.',

  // ── IPI 사전 요구 사항 ──
  'ipi.aws.hosted-zone.title': '{baseDomain}용 Route 53 호스팅 영역',
  'ipi.aws.hosted-zone.details':
    '설치 프로그램은 {baseDomain}에 대해 권한이 있는 퍼블릭 호스팅 영역에 api.{domain}과 *.apps.{domain} 레코드를 만듭니다. 위임된 하위 도메인도 되며, 상위 영역이나 등록 기관에 NS 레코드가 있어야 합니다.',
  'ipi.aws.hosted-zone.internal-title': '프라이빗 호스팅 영역 {domain} (설치 프로그램이 생성)',
  'ipi.aws.hosted-zone.internal':
    'publish Internal에서는 퍼블릭 레코드를 만들지 않습니다. 설치 프로그램이 클러스터 VPC에 연결된 프라이빗 호스팅 영역 {domain}을 만듭니다. 기존 프라이빗 영역(platform.aws.hostedZone, 기존 서브넷을 쓸 때만 허용)은 선택 사항이며 {baseDomain}의 퍼블릭 호스팅 영역은 필요하지 않습니다.',
  'ipi.aws.quotas.lb-external': '로드 밸런서는 내부 API, 외부 API, 라우터용으로 3개를 씁니다.',
  'ipi.aws.quotas.lb-internal':
    '로드 밸런서는 API와 라우터용 내부 로드 밸런서 2개를 쓰며 인터넷에 노출되는 것은 없습니다.',
  'ipi.aws.quotas.nat':
    '설치 프로그램이 가용 영역마다 NAT 게이트웨이와 Elastic IP를 두어 VPC를 만듭니다. 기본 한도는 계정당 Elastic IP 5개, 리전당 VPC 5개와 로드 밸런서 20개이며, us-east-1이나 가용 영역이 5개를 넘는 리전에서는 Elastic IP를 더 받아야 합니다.',
  'ipi.aws.quotas.existing-vpc':
    '기존 VPC에서는 설치 프로그램이 NAT 게이트웨이, Elastic IP, VPC를 만들지 않고 VPC 자체의 경로로 외부 트래픽이 나갑니다. 로드 밸런서 기본 한도는 리전당 20개입니다.',
  'ipi.aws.vpc-endpoints.title': '{region}의 AWS API용 VPC 엔드포인트',
  'ipi.aws.vpc-endpoints.details':
    '인터넷에 접근할 수 없으면 설치 프로그램과 클러스터는 기존 VPC 안의 VPC 엔드포인트로만 AWS API에 닿습니다. ec2.{region}.amazonaws.com과 elasticloadbalancing.{region}.amazonaws.com(인터페이스 엔드포인트), s3.{region}.amazonaws.com(게이트웨이 엔드포인트)을 프라이빗 DNS와 함께 만들거나, 프록시가 이들에 닿게 하십시오.',
  'ipi.azure.dns-zone.internal-title': '프라이빗 DNS 영역 {domain} (설치 프로그램이 생성)',
  'ipi.azure.dns-zone.internal':
    'publish Internal에서는 퍼블릭 레코드를 만들지 않습니다. 설치 프로그램이 프라이빗 DNS 영역 {domain}을 만들어 VNet에 연결합니다. platform.azure.baseDomainResourceGroupName은 publish External일 때만 필요합니다.',
  'ipi.azure.quotas.external':
    'publish External에서는 로드 밸런서 3개(퍼블릭 라우터 로드 밸런서, 내부 API, 외부 API)와 공용 IP 3개(로드 밸런서 2개와 부트스트랩 SSH 주소)가 더 필요합니다.',
  'ipi.azure.quotas.internal':
    'publish Internal에서는 API와 라우터에 공용 IP가 없고 로드 밸런서는 내부용입니다.',
  'ipi.gcp.dns-zone.internal-title': '프라이빗 Cloud DNS 영역 {domain} (설치 프로그램이 생성)',
  'ipi.gcp.dns-zone.internal':
    'publish Internal에서는 퍼블릭 레코드를 만들지 않습니다. 설치 프로그램이 클러스터 네트워크에 연결된 {domain}의 프라이빗 관리형 영역을 만들며, {baseDomain}의 퍼블릭 영역은 필요하지 않습니다.',
  'ipi.gcp.quotas.external': 'publish External에서는 고정 IP 주소 4개도 씁니다.',
  'ipi.private-host.title': '프라이빗 네트워크 안의 설치 호스트',
  'ipi.aws.private-host':
    '프라이빗 클러스터는 AWS API, VPC 서브넷, 설치 미디어(또는 미러)에 닿고 클러스터의 프라이빗 영역을 조회할 수 있는 머신에서 설치합니다. 네트워크가 VPC에 연결된 방식에 따라 DNS 포워더가 필요할 수 있습니다.',
  'ipi.azure.private-host':
    '프라이빗 클러스터는 Azure API, VNet의 호스트, 설치 미디어(또는 미러)에 닿고 클러스터의 프라이빗 영역을 조회할 수 있는 머신에서 설치합니다. 네트워크가 VNet에 연결된 방식에 따라 DNS 포워더가 필요할 수 있습니다. outboundType을 정하십시오. LoadBalancer(기본값) 또는 UserDefinedRouting이며, 후자는 기존 VNet과 인터넷이나 프록시로 가는 자체 경로가 필요합니다.',
  'ipi.gcp.private-host':
    '프라이빗 클러스터는 Google Cloud API, VPC 서브넷, 설치 미디어(또는 미러)에 닿고 클러스터의 프라이빗 영역을 조회할 수 있는 머신에서 설치합니다. 네트워크가 VPC에 연결된 방식에 따라 DNS 포워더가 필요할 수 있습니다.',
  'ipi.aws.credentials.title': '설치 프로그램용 IAM 자격 증명',
  'ipi.aws.credentials.details':
    '문서에 정리된 설치 권한을 가진 IAM 사용자나 역할과 장기 액세스 키가 필요합니다(MFA 임시 세션 토큰은 동작하지 않음). Cloud Credential Operator는 기본적으로 자격 증명을 발급(Mint)하며, 서비스 제어 정책(SCP)이 걸린 계정은 credentialsMode를 Mint, Passthrough, Manual 중 하나로 명시해야 합니다.',
  'ipi.aws.quotas.title': '{region} 리전의 AWS 할당량',
  'ipi.aws.quotas.details':
    '이 클러스터에는 인스턴스 {machines}개({machineList}), S3 버킷 2개, 보안 그룹 약 10개가 필요합니다.',
  'ipi.azure.dns-zone.title': '리소스 그룹 {resourceGroup}의 Azure DNS 영역 {baseDomain}',
  'ipi.azure.dns-zone.details':
    '설치 프로그램이 이 퍼블릭 영역에 api와 *.apps 레코드를 만듭니다. platform.azure.baseDomainResourceGroupName이 이 영역의 리소스 그룹을 가리킵니다. 먼저 상위 도메인에서 영역을 위임하세요.',
  'ipi.azure.service-principal.title': '설치 프로그램용 서비스 주체',
  'ipi.azure.service-principal.details':
    'Contributor 역할과 User Access Administrator 역할(또는 문서의 권한을 담은 사용자 지정 역할)을 가진 서비스 주체를 만들고 테넌트 ID, 구독 ID, 애플리케이션 ID, 암호를 기록합니다. Azure의 credentialsMode는 Passthrough 또는 Manual만 가능합니다.',
  'ipi.azure.quotas.title': '{region} 리전의 Azure 할당량',
  'ipi.azure.quotas.details':
    '설치하는 동안 이 클러스터는 vCPU {vcpu}개({machineList}: 컨트롤 플레인과 부트스트랩 {controlPlaneType}, 컴퓨트 {computeType}, 부트스트랩의 {bootstrapVcpu}개는 설치 후 반환)를 쓰지만 리전 기본 한도는 20개이므로 필요하면 증설을 요청하십시오. 그 밖에 OS 디스크와 네트워크 인터페이스 각 {machines}개, 네트워크 보안 그룹 2개를 씁니다.',
  'ipi.gcp.apis.title': '{project} 프로젝트에서 Google Cloud API 활성화',
  'ipi.gcp.apis.details':
    '설치 프로그램은 Compute, Cloud Resource Manager, Cloud DNS, IAM, IAM Credentials, Service Usage API를 호출하므로 설치 전에 프로젝트에서 모두 활성화해야 합니다.',
  'ipi.gcp.service-account.title': '설치 프로그램용 서비스 계정',
  'ipi.gcp.service-account.details':
    '역할 {roles}(또는 Owner)를 가진 서비스 계정과, 설치 호스트에 둔 그 JSON 키가 필요합니다. Passthrough 자격 증명 모드에는 Compute Load Balancer Admin과 Tag User도 필요합니다. 공유 VPC에는 credentialsMode Passthrough 또는 Manual이 필요합니다.',
  'ipi.gcp.dns-zone.title': '{baseDomain}의 퍼블릭 Cloud DNS 영역',
  'ipi.gcp.dns-zone.details':
    '설치 프로그램은 {project} 프로젝트에 있는 {baseDomain}의 퍼블릭 관리형 영역에 api와 *.apps 레코드를 추가합니다. 상위 도메인이 이 영역으로 위임되어 있어야 합니다.',
  'ipi.gcp.quotas.title': '{region} 리전의 Google Cloud 할당량',
  'ipi.gcp.quotas.details':
    '설치하는 동안 이 클러스터는 리전에서 CPU {vcpu}개({machineList}, 부트스트랩의 {bootstrapVcpu}개는 설치 후 반환), SSD 영구 디스크 {diskGb}GB, 방화벽 규칙 약 11개, 상태 확인 3개를 씁니다. 보통 CPU, 고정 IP, SSD 디스크가 먼저 부족해집니다.',
  'ipi.vsphere.versions.title': 'vCenter({vcenter})와 ESXi 지원 버전 확인',
  'ipi.vsphere.versions.details':
    'OpenShift {version}에는 {vsphereVersions}, 가상 하드웨어 버전 15 이상, x86-64-v2 CPU가 필요합니다. ESXi 시각을 동기화하고, 데이터스토어 {datastore}의 Storage DRS를 끄고, 여유 공간을 약 800GB 확보합니다.',
  'ipi.vsphere.account.title': '설치 권한을 가진 vCenter 계정과 vCenter CA 신뢰',
  'ipi.vsphere.account.details':
    '전역 관리자 계정을 쓰거나, vCenter, 클러스터 {cluster}, 데이터스토어 {datastore}, 포트 그룹 {network}, VM 폴더, 데이터센터 {datacenter}에 문서의 권한을 부여하고 필요한 곳은 하위 객체로 전파합니다. 설치 호스트에서 vCenter 루트 CA를 신뢰하도록 등록합니다.',
  'ipi.rhcos-image.title': '제한된 네트워크 안에서 제공하는 RHCOS 이미지',
  'ipi.rhcos-image.details':
    '인터넷에 접근할 수 없으면 설치 프로그램이 OpenShift {version}의 RHCOS {format} 이미지를 내려받지 못합니다. 명령이 출력하는 위치에서 이미지를 내려받아 설치 호스트가 닿는 HTTP 서버에 두고 SHA-256을 확인하십시오.',
  'ipi.rhcos-image.given': 'install-config.yaml은 이 이미지를 clusterOSImage({image})로 지정합니다.',
  'ipi.rhcos-image.missing':
    '그다음 그 URL에 ?sha256=<digest>를 붙여 답변의 {platform}.clusterOSImage로 넣고 다시 계획하면 install-config.yaml에 반영됩니다.',
  'upi.ibmz.platform.title': '클러스터용 IBM Z 또는 LinuxONE 환경',
  'upi.ibmz.platform.details':
    'OpenShift {version}의 최소 IBM Z 시스템 환경(머신 모델과 z/VM 수준)을 확인한 뒤, 머신마다 하이퍼바이저(z/VM, RHEL KVM, LPAR), 디스크(DASD 또는 FCP), 네트워크 장치(계층 2 모드의 OSA, RoCE, HiperSockets)를 정합니다. 고가용성을 위해 컨트롤 플레인 {controlPlane}대를 물리 머신 2대 이상에 분산합니다. 모든 노드는 RHCOS를 실행합니다.',
  'ipi.baremetal.provisioner.title': '설치용 프로비저너 호스트',
  'ipi.baremetal.provisioner.details':
    'libvirt가 설치된 RHEL 호스트에서 openshift-install과 임시 부트스트랩 VM이 실행됩니다. PXE, DHCP, DNS를 위해 호스트들과 L2로 연결되어야 하고(가상 미디어만 쓰면 L3로 충분), 모든 BMC에 접근할 수 있어야 합니다.',
  'ipi.baremetal.bmc.title': '프로비저너에서 모든 호스트의 BMC 접근 가능',
  'ipi.baremetal.bmc.details':
    '설치 프로그램은 각 호스트를 BMC(IPMI, Redfish, 벤더 가상 미디어)로 제어합니다. 아래 주소를 확인하고, 인증 정보는 답변 파일이 가리키는 파일에 보관하세요. 역할별로 같은 하드웨어와 UEFI 부팅을 권장합니다.',
  'ipi.baremetal.bmc.tls':
    '자체 서명 인증서를 쓰는 BMC(출고 상태의 iDRAC, iLO 대부분)는 답변에서 해당 호스트에 bmc.disableCertificateVerification: true를 지정해야 합니다. 그렇지 않으면 Ironic이 Redfish API에 접속하지 못합니다.',
  'ipi.baremetal.bmc.tls-ca':
    '자체 서명 인증서를 쓰는 BMC(출고 상태의 iDRAC, iLO 대부분)는 답변에서 해당 호스트에 bmc.disableCertificateVerification: true를 지정하거나 그 CA를 platform.baremetal.bmcVerifyCA로 주어야 합니다. 그렇지 않으면 Ironic이 Redfish API에 접속하지 못합니다.',
  'ipi.baremetal.bmc.disks':
    '디스크가 여러 개인 서버는 RHCOS가 올바른 디스크에 설치되도록 답변에 installationDisk(rootDeviceHints)를 지정해야 합니다.',
  'ipi.baremetal.networks.title': '베어메탈 네트워크와 프로비저닝 네트워크',
  'ipi.baremetal.networks.details':
    '라우팅 가능한 베어메탈 네트워크 {machineNetwork}에 노드와 VIP가 있습니다. 선택 사항인 비라우팅 프로비저닝 네트워크에는 모든 컨트롤 플레인 호스트에서 이름이 같은 PXE 지원 NIC가 필요하고 다른 DHCP 서버가 없어야 합니다. 프로비저닝 네트워크가 없으면 가상 미디어 BMC 드라이버만 쓸 수 있습니다. 서브넷마다 NIC 하나, MTU는 1500 이상이어야 합니다.',
  'ipi.baremetal.power-off.title': '설치 전에 모든 호스트 전원 끄기',
  'ipi.baremetal.power-off.details':
    'openshift-install create cluster를 시작할 때 호스트의 전원이 꺼져 있어야 하고, 이전 시도에서 남은 부트스트랩 VM은 프로비저너에서 지워야 합니다.',
  'ipi.nutanix.versions.title': 'Prism Central({prismCentral})과 AOS 지원 버전 확인',
  'ipi.nutanix.versions.details':
    'AOS 6.5.2.7 이상, Prism Central pc.2022.6 이상이 필요합니다. 클러스터는 9440 포트로 Prism Central에 접속합니다.',
  'ipi.nutanix.account.title': 'Prism Central 계정, 수동 자격 증명, Prism Central CA 신뢰',
  'ipi.nutanix.account.details':
    'Prism Central 관리자 또는 문서의 권한을 가진 사용자 정의 역할이 필요합니다. Nutanix는 credentialsMode Manual을 쓰므로 설치 전에 ccoctl로 구성 요소 시크릿을 만드십시오. 설치 프로그램이 Prism Central API를 호출하므로, 먼저 Prism Central 웹 콘솔에서 Nutanix 루트 CA 인증서를 내려받아 압축을 풀고 설치 호스트의 신뢰 저장소에 추가하십시오.',
  'ipi.openstack.quotas.title': 'OpenStack 프로젝트 할당량과 플레이버 {flavor}',
  'ipi.openstack.quotas.details':
    '문서의 기본 클러스터 최소 요건은 서버 7대(이 계획은 {machines}대), vCPU 22개, RAM 88GB, 볼륨 스토리지 275GB, 포트 15개, 라우터 1개, 서브넷 1개, 유동 IP 3개, 규칙 60개를 가진 보안 그룹 3개, 서버 그룹 2개입니다. 플레이버 {flavor}는 최소 사양을 만족해야 하고 클러스터 이름은 14자 이내여야 합니다. 설치 호스트에는 클라우드 항목 {cloud}가 든 clouds.yaml이 필요하며, Swift가 이미지 레지스트리를 받치는 경우 사용자에게 swiftoperator 역할이 필요합니다.',
  'ipi.openstack.floating-ips.title': '{externalNetwork}에 API용·인그레스용 유동 IP 생성',
  'ipi.openstack.floating-ips.details':
    '외부 네트워크에서 API용과 인그레스용 유동 IP를 하나씩 만들고 api.{domain}과 *.apps.{domain}이 이를 가리키게 합니다.',
  'ipi.ibmcloud.dns.title': 'IBM Cloud Internet Services에 있는 기본 도메인 {baseDomain}',
  'ipi.ibmcloud.dns.details':
    '설치 프로그램은 {baseDomain}을 관리하는 Internet Services(외부) 또는 DNS Services(내부) 인스턴스에 api와 *.apps 레코드를 만듭니다.',
  'prepare.ibm-api-key.title': 'IBM Cloud API 키를 {variable}로 내보내기',
  'prepare.ibm-api-key.details':
    '설치 프로그램은 시작할 때 설치 계정의 API 키를 환경 변수 {variable}에서 읽습니다. 변수 이름은 정확히 이 이름이어야 합니다. openshift-install과 ccoctl을 실행하는 셸에서 export를 실행하십시오.',
  'install.manual-credentials.title': 'ccoctl로 구성 요소 자격 증명 만들기({identity})',
  'install.manual-credentials.only':
    '{platform} 플랫폼은 credentialsMode Manual만 지원하므로 Cloud Credential Operator가 자격 증명을 스스로 만들지 않습니다.',
  'install.manual-credentials.no-admin':
    '설치 프로그램이 관리자 자격 증명을 보유할 수 없으므로 install-config.yaml은 credentialsMode Manual을 지정하며, kube-system에 관리자 시크릿을 두지 않습니다. 그래도 설치 호스트에는 install-config와 매니페스트를 만들 수 있도록 문서에 정리된 권한을 가진 ID가 필요합니다.',
  'install.manual-credentials.upi':
    '설치 전에 이 릴리스의 ccoctl과 CredentialsRequest를 추출하고 ccoctl로 자격 증명을 만듭니다. 그다음 매니페스트 단계에서 openshift-install create manifests 직후, Ignition 구성을 만들기 전에 ./ccoctl-output/manifests/*를 {installDir}/manifests/로 복사합니다(ccoctl이 tls 폴더를 만들었다면 ./ccoctl-output/tls도 {installDir}로 복사). 이것이 없으면 인그레스, 이미지 레지스트리, 스토리지, 머신 API 오퍼레이터가 Degraded 상태로 남습니다.',
  'install.manual-credentials.details':
    '설치 전에 이 릴리스의 ccoctl과 CredentialsRequest를 추출하고, ccoctl로 자격 증명을 만든 뒤, {installDir}에 매니페스트를 만들고 ccoctl이 만든 매니페스트(그리고 tls 폴더가 있으면 그 폴더)를 복사합니다. 이것이 없으면 인그레스, 이미지 레지스트리, 스토리지, 머신 API 오퍼레이터가 Degraded 상태로 남습니다.',
  'ipi.powervs.dns.title': 'IBM Cloud Internet Services의 {baseDomain} DNS 영역',
  'ipi.powervs.dns.details':
    '설치 프로그램은 IBM Cloud Internet Services(CIS)를 통해 클러스터 DNS 레코드를 만듭니다. 클러스터와 같은 계정에 CIS 인스턴스를 만들고 {baseDomain}을 도메인으로 추가한 뒤, 도메인 등록 기관에서 CIS 네임서버로 위임하여 이 영역이 권한 있는 영역이 되게 하십시오.',

  // ── 연결 환경 ──
  'mirror.registry.title': '미러 레지스트리 {registry} 준비 및 모든 노드에서 접근 가능',
  'mirror.registry.details':
    '노드는 모든 릴리스·오퍼레이터 이미지를 인터넷 대신 {registry}에서 가져옵니다. 레지스트리에는 전용 스토리지(릴리스만 약 12GB, 오퍼레이터를 포함하면 훨씬 더 많이), 클러스터가 신뢰하는 CA가 서명한 인증서, 풀 시크릿에 넣을 인증 정보가 필요합니다.',
  'mirror.release.title': 'oc-mirror로 OpenShift {version} 릴리스를 {registry}에 미러링',
  'mirror.release.details':
    '릴리스 채널 {channel}을 ImageSetConfiguration에 적고, 인터넷과 레지스트리에 모두 닿는 호스트에서 oc-mirror를 실행합니다(또는 아카이브를 옮깁니다). oc-mirror는 oc-mirror-workspace/results-*/ 아래에 imageContentSourcePolicy.yaml을 쓰며, 그 미러가 install-config.yaml의 imageDigestSources에 있어야 하므로 계획이 쓴 값과 비교하십시오. 설치 프로그램과 미러한 콘텐츠가 일치하도록, 미러한 릴리스에서 추출한 openshift-install(oc adm release extract --command=openshift-install)로 설치하십시오.',
  'mirror.release.details-v2':
    '릴리스 채널 {channel}을 ImageSetConfiguration에 적고, 인터넷과 레지스트리에 모두 닿는 호스트에서 oc-mirror v2를 실행합니다(또는 아카이브를 옮깁니다). oc-mirror는 {workspace}/working-dir/cluster-resources/ 아래에 idms-oc-mirror.yaml과 다른 클러스터 리소스를 쓰며, 그 ImageDigestMirrorSet의 미러가 install-config.yaml의 imageDigestSources에 있어야 하므로 계획이 쓴 값과 비교하십시오. 설치 프로그램과 미러한 콘텐츠가 일치하도록, 미러한 릴리스에서 추출한 openshift-install(oc adm release extract --command=openshift-install)로 설치하십시오.',
  'mirror.resources.title': '미러의 카탈로그 소스와 서명 적용, 기본 소스 끄기',
  'mirror.resources.details':
    '설치가 끝나면 oc-mirror가 oc-mirror-workspace/results-*/ 아래에 쓴 것(카탈로그 소스와 릴리스 서명)을 적용하고, 이곳에서 닿을 수 없는 기본 OperatorHub 소스를 끄십시오.',
  'mirror.resources.details-v2':
    '설치가 끝나면 oc-mirror가 {workspace}/working-dir/cluster-resources/ 아래에 쓴 클러스터 리소스(카탈로그 소스와 릴리스 서명)를 적용하고, 이곳에서 닿을 수 없는 기본 OperatorHub 소스를 끄십시오.',
  'mirror.trust.title': '미러 레지스트리 CA 신뢰',
  'mirror.trust.details':
    'install-config.yaml의 additionalTrustBundle에 {registry} 인증서를 서명한 CA가 들어 있어야 합니다. 클러스터, 부트스트랩, 설치 호스트 모두 이 CA로 레지스트리를 검증합니다.',
  'mirror.trust.missing':
    '답변에 CA 번들이 없습니다. mirror.caBundleFile을 추가하고 ocp-planner를 다시 실행하거나, CA를 additionalTrustBundle에 직접 붙여 넣으세요.',
  'proxy.noproxy.title': '프록시 {proxy} 및 noProxy 항목',
  'proxy.noproxy.details':
    '클러스터는 외부로 나가는 트래픽을 프록시로 보내며, 머신·클러스터·서비스 네트워크, api-int, .svc, .cluster.local은 스스로 noProxy에 추가합니다. 내부망의 목적지도 프록시를 거치지 않아야 하므로 아래 항목을 install-config.yaml의 noProxy와 대조하십시오. 설치 호스트도 프록시를 써야 하며, 프록시는 머신 네트워크에서 닿을 수 있어야 합니다. 방화벽 허용 목록의 호스트를 프록시에서도 허용하고, 프록시가 TLS를 검사한다면 프록시의 CA를 additionalTrustBundle에 넣습니다.',

  // ── 네트워크 ──
  'fw.ports.title': '노드 간 포트 개방',
  'fw.ports.details':
    '{machineNetwork}의 머신 사이, 그리고 각 행에 적힌 시스템과 머신 사이에 아래 통신을 허용합니다. 프로토콜은 표에 적힌 대로(IP, TCP, UDP)이며 포트 범위는 양 끝을 포함합니다.',
  'fw.ports.verify.title': '설치 프로그램이 만든 보안 그룹 확인',
  'fw.ports.verify.details':
    '설치 프로그램이 자체 네트워크에 이 통신을 위한 방화벽 규칙을 만듭니다. 나중에 조직의 정책으로 제한할 계획이면 이 표와 대조하세요.',
  'fw.egress.title': 'Red Hat 엔드포인트로 나가는 HTTPS·HTTP 허용',
  'fw.egress.details':
    '인터넷에 연결된 클러스터는 TCP 443과 80으로 이미지를 받고 텔레메트리를 보냅니다. 방화벽{proxyPart}에서 최소한 아래 호스트를 허용하세요.',
  'fw.egress.proxy-part': '과 프록시',
  'network.addresses.title': '모든 노드의 IP 주소와 호스트 이름',
  'network.addresses.details':
    'RHCOS는 부팅 시점에 네트워크 설정이 있어야 Ignition을 내려받을 수 있습니다. 노드마다 고정 주소, DNS 서버, 호스트 이름을 주는 DHCP 예약을 만들거나 커널 명령줄로 고정 IP를 넘깁니다. DHCP가 호스트 이름을 주지 않으면 RHCOS는 PTR 레코드에서 이름을 가져옵니다.',
  'network.addresses.ibmz':
    'z/VM과 LPAR 게스트는 매개변수 파일(ip=, nameserver=)로 고정 주소를 받으므로 DHCP 서버가 필요 없습니다. 모든 노드 이름은 정방향과 역방향으로 조회되어야 합니다.',
  'network.addresses.vsphere-ipi':
    '설치 프로그램이 VM과 MAC 주소를 만들므로 미리 예약할 수 없습니다. 포트 그룹에는 영구 임대, 기본 게이트웨이, DNS 서버를 주는 DHCP 범위가 있어야 하고, 부트스트랩, 컨트롤 플레인, 컴퓨트 노드와 이후 확장에 쓸 임대가 충분해야 합니다(설치 중 {count}개). 고정 주소는 커널 인수가 아니라 platform.vsphere.hosts로 지정하며, 호스트 이름은 머신 이름입니다.',
  'network.addresses.nutanix-ipi':
    '설치 프로그램이 VM을 만듭니다. 서브넷에는 AHV IP 주소 관리(IPAM) 또는 영구 주소를 주는 DHCP가 있어야 하고, 부트스트랩, 컨트롤 플레인, 컴퓨트 노드와 이후 확장에 쓸 주소가 충분해야 합니다(설치 중 {count}개). 호스트 이름은 머신 이름입니다.',
  'network.addresses.openstack-ipi':
    '설치 프로그램이 서브넷에 서버와 포트를 만듭니다. 서브넷은 DHCP가 켜져 있어야 하고 부트스트랩, 컨트롤 플레인, 컴퓨트 노드와 이후 확장에 쓸 주소가 충분해야 합니다(설치 중 {count}개).',
  'network.addresses.baremetal-ipi':
    '모든 호스트와 프로비저너에 베어메탈 네트워크의 DHCP 예약(주소와 호스트 이름)을 주거나, install-config.yaml의 호스트별 networkConfig(NMState)로 고정 주소를 주십시오. DHCP에서 호스트 이름을 받지 못하면 RHCOS는 PTR 레코드에서 이름을 가져옵니다.',
  'network.vips.openstack':
    '설치 프로그램이 직접 만드는 서브넷에 VIP 포트(기본값은 머신 네트워크 {machineNetwork}의 다섯째와 일곱째 주소)와 keepalived가 노드 사이로 VIP를 옮길 수 있게 하는 보안 그룹을 만듭니다. 직접 예약하거나 열 것은 없습니다.',
  'network.ntp.ibmz':
    'etcd와 인증서에는 동기화된 시각이 필요합니다. 노드는 기본적으로 공용 NTP 서버를 쓰며, 내부망이나 폐쇄망 클러스터에는 chrony MachineConfig로 설정한 내부 NTP 서버가 필요합니다. UDP 123 포트가 열려 있어야 합니다.',
  'network.addresses.agent':
    'RHCOS는 부팅 시점에 네트워크 설정이 필요합니다. 각 호스트는 DHCP 예약(주소, DNS 서버, 호스트 이름)이나 agent-config.yaml의 고정 networkConfig(NMState)로 주소를 받으며, 랑데부 호스트의 주소는 바뀌면 안 됩니다. DHCP에서 호스트 이름을 받지 못하면 RHCOS는 PTR 레코드에서 이름을 가져옵니다.',
  'network.vips.title': 'API VIP {apiVip}, 인그레스 VIP {ingressVip} 예약',
  'network.vips.details':
    '머신 네트워크 {machineNetwork} 안에서 어떤 DHCP 범위에도 속하지 않는 미사용 고정 주소 두 개가 필요합니다. keepalived가 VRRP로 이 주소를 노드 사이에서 옮기므로 해당 세그먼트에서 VRRP를 허용해야 합니다.',
  'network.ntp.title': '모든 노드에서 NTP 접근 가능',
  'network.ntp.details':
    'etcd와 인증서는 시각 동기화가 필요합니다. 노드는 기본적으로 공용 NTP 서버를 쓰며, 내부망 전용이거나 인터넷이 차단된 클러스터는 내부 NTP 서버가 필요합니다(DHCP로 받은 NTP 서버를 사용하고, 없으면 MachineConfig로 chrony를 설정). UDP 123을 열어 두세요.',

  // ── DNS ──
  'dns.api.title': '레코드 api.{domain} → {target}',
  'dns.api.details':
    '사용자, oc, openshift-install wait-for가 쓰는 Kubernetes API입니다. {resolvers}에서 조회되어야 합니다. 대응하는 PTR 레코드도 만듭니다.',
  'dns.api.vip-details': 'Kubernetes API입니다. 설치 시작 전에 {resolvers}에서 API VIP로 조회되어야 합니다.',
  'dns.api.verify-title': 'api.{domain} 확인 (설치 프로그램이 생성)',
  'dns.zone.private': '{zone}(프라이빗)',
  'dns.api.verify-details':
    '설치 프로그램이 {zone} 영역에 이 레코드를 만들고, 직접 만든 API 로드 밸런서를 가리키게 합니다.',
  'dns.api-int.title': '레코드 api-int.{domain} → {target}',
  'dns.api-int.details':
    '내부 API입니다. kubelet과 머신 구성 서버(22623 포트)에서 Ignition을 받는 과정이 이 이름을 씁니다. 모든 노드에서 조회되어야 하며 외부에는 보이지 않아도 됩니다. 대응하는 PTR 레코드도 만듭니다.',
  'dns.api-int.verify-title': 'api-int.{domain} 확인 (설치 프로그램이 생성)',
  'dns.api-int.verify-details':
    '설치 프로그램이 프라이빗 영역에 이 레코드를 만들고 내부 API 로드 밸런서를 가리키게 합니다.',
  'dns.apps.title': '와일드카드 레코드 *.apps.{domain} → {target}',
  'dns.apps.details':
    '라우트, 웹 콘솔(console-openshift-console.apps.{domain}), OAuth가 사용합니다. {resolvers}에서 조회되어야 합니다. PTR 레코드는 필요 없습니다.',
  'dns.api.cloud-upi-title': 'api.{domain} 확인 (“{step}” 단계에서 생성)',
  'dns.api.cloud-upi-details':
    '설치 단계 “{step}”에서 문서의 템플릿이 이 레코드를 만듭니다. 그 단계가 끝나면 {resolvers}에서 이름이 조회되어야 합니다. 클라우드 노드에는 PTR 레코드가 필요 없습니다. 노드 이름은 클라우드가 정합니다.',
  'dns.api-int.cloud-upi-title': 'api-int.{domain} 확인 (“{step}” 단계에서 생성)',
  'dns.api-int.cloud-upi-details':
    '설치 단계 “{step}”에서 이 레코드를 클러스터의 프라이빗 영역에 만듭니다. 모든 노드에서 조회되어야 하며 외부에는 보이지 않아도 됩니다.',
  'dns.apps.cloud-upi-title': '*.apps.{domain} 확인 (라우터 실행 후)',
  'dns.apps.cloud-upi-operator':
    '라우터가 실행되면 인그레스 오퍼레이터가 이 와일드카드 레코드를 만들고, 직접 만든 로드 밸런서를 가리키게 합니다. 미리 만들 것은 없습니다.',
  'dns.apps.cloud-upi-customer':
    '이 계획에서는 DNS를 고객이 관리합니다. 매니페스트 단계에서 인그레스 오퍼레이터의 DNS 영역을 지우고, 라우터가 실행된 뒤 “*.apps.{domain}을 라우터 로드 밸런서로 지정” 단계에서 레코드를 추가합니다.',
  'dns.apps.verify-title': '*.apps.{domain} 확인 (클러스터가 생성)',
  'dns.apps.verify-details':
    '클러스터가 올라오면 인그레스 오퍼레이터가 이 와일드카드 레코드를 만들고 라우터 로드 밸런서를 가리키게 합니다.',
  'dns.no-cluster-wildcard.title': '*.{domain} 와일드카드 레코드가 없어야 함',
  'dns.no-cluster-wildcard.details':
    '한 단계 위의 와일드카드(*.{domain})는 api-int와 노드 이름에도 응답하기 때문에, 이 레코드가 있는 동안에는 설치가 끝나지 않습니다. 와일드카드는 apps 아래에만 둡니다.',
  'dns.nodes.title': '{domain} 아래 부트스트랩과 모든 노드의 A 레코드',
  'dns.nodes.details':
    '모든 노드가 서로의 이름을 조회할 수 있어야 하고, API 서버가 워커 노드 이름을 조회하지 못하면 oc logs와 oc exec가 실패합니다.',
  'dns.nodes.sno-title': '{domain} 아래 노드의 A 레코드',
  'dns.nodes.sno-details':
    '노드 이름은 노드 자신과 oc logs, oc exec를 실행하는 클라이언트에서 조회되어야 합니다.',
  'dns.ptr.sno-title': '노드의 PTR 레코드',
  'dns.ptr.ipi-title': '모든 노드의 PTR 레코드',
  'lb.mcs.sno-details':
    '나중에 추가하는 머신에 Ignition을 제공합니다. 제자리 설치하는 단일 노드는 가져가지 않습니다. TCP 상태 확인을 쓰는 계층 4 TCP이며 내부에서만 접근할 수 있어야 합니다.',
  'dns.nodes.unknown':
    '“할당 필요”로 표시된 주소는 아직 답변에 없습니다. 답변의 hosts에 ip를 추가하면 이 표에 채워집니다.',
  'dns.ptr.title': 'api, api-int, 모든 노드의 PTR 레코드',
  'dns.ptr.details':
    'DHCP가 호스트 이름을 주지 않으면 RHCOS는 역방향 레코드로 호스트 이름을 정하고, 노드의 인증서 서명 요청(CSR)에도 그 이름이 들어갑니다. 와일드카드에는 PTR이 필요 없습니다.',

  // ── 로드 밸런서 ──
  'lb.api.title': 'API 로드 밸런서 6443 포트{frontend} → {backends}',
  'lb.api.details':
    'L4 전용(TCP 그대로 전달, TLS 패스스루), 상태 비저장 분산 알고리즘, 세션 유지 없음, 내부와 외부 모두에서 접근 가능해야 합니다. 헬스 체크는 HTTPS GET /readyz로 5~10초 간격, 2회 성공 시 정상, 3회 실패 시 비정상으로 판정하며, /readyz가 실패한 인스턴스는 30초 안에 풀에서 빠져야 합니다.',
  'lb.mcs.title': '머신 구성 서버 22623 포트{frontend} → {backends}',
  'lb.mcs.details':
    '새로 합류하는 노드에 Ignition을 제공합니다. TCP 헬스 체크를 쓰는 L4 TCP이며, 내부 API 로드 밸런서에만 두고 외부에서는 접근할 수 없어야 합니다.',
  'lb.ingress-https.title': '인그레스 로드 밸런서 443 포트{frontend} → {backends}',
  'lb.ingress-https.details':
    '라우터 파드가 실행되는 노드({routerNodes})로 보내는 L4 TCP입니다. 종단 간 TLS 애플리케이션의 세션이 유지되도록 연결 기반 또는 소스 IP 기반 세션 유지를 권장합니다.',
  'lb.ingress-http.title': '인그레스 로드 밸런서 80 포트{frontend} → {backends}',
  'lb.ingress-http.details': 'HTTP 라우트용으로, 443 포트와 같은 라우터 노드로 보내는 L4 TCP입니다.',
  'lb.router-nodes.workers': '기본값은 컴퓨트 노드',
  'lb.router-nodes.control-plane': '3노드 클러스터에는 워커 노드가 없으므로 컨트롤 플레인 노드',
  'lb.router-nodes.single': '단일 노드',
  'lb.sno-note':
    '단일 노드 구성에서는 로드 밸런서가 선택 사항이며, DNS 레코드가 노드를 직접 가리켜도 됩니다.',
  'lb.shared-note':
    'API와 인그레스를 장비 하나로 처리할 수도 있지만 운영 환경에서는 로드 밸런서를 분리하는 것을 권장합니다. SELinux가 enforcing인 RHEL의 HAProxy는 setsebool -P haproxy_connect_any=1이 필요합니다.',
  'lb.haproxy.title': '이 풀 구성을 반영한 HAProxy 설정 예시',
  'lb.haproxy.details':
    '문서의 예시를 따라 이 클러스터의 백엔드를 채운 시작점입니다. 부트스트랩은 backup 서버로 두고 부트스트랩 완료 후 제거합니다.',
  'lb.api.verify-title': '설치 프로그램이 만든 API 로드 밸런서 확인',
  'lb.api.verify-details':
    '설치 프로그램이 6443과 22623용 내부 로드 밸런서를 만들고, publish External이면 6443용 외부 로드 밸런서도 만들어 컨트롤 플레인을 백엔드로 둡니다.',
  'lb.ingress.verify-title': '클러스터가 만든 인그레스 로드 밸런서 확인',
  'lb.ingress.verify-details':
    '인그레스 오퍼레이터가 클라우드에 80, 443 포트 로드 밸런서를 요청하고 {routerNodes}의 라우터 파드 앞에 둡니다.',
  'lb.vips.verify-title': 'VIP 기반 내장 로드 밸런싱 확인',
  'lb.vips.verify-details':
    '외부 로드 밸런서가 필요 없습니다. keepalived가 두 VIP(API {apiVip}, 인그레스 {ingressVip})를 노드에서 유지합니다. 컨트롤 플레인 노드의 HAProxy는 API(6443)만 분산하며, 인그레스 VIP는 라우터가 실행 중인 한 노드에 있고 라우터 복제본 사이에서 부하 분산되지 않습니다. 설치가 끝나면 두 VIP 모두 응답해야 합니다.',
  'lb.remove-bootstrap.title': '6443·22623 풀에서 부트스트랩 {bootstrap} 제거',
  'lb.remove-bootstrap.details':
    'wait-for bootstrap-complete가 제거해도 된다고 알리면 곧바로 두 API 풀에서 부트스트랩을 빼고, 머신을 종료한 뒤 삭제하거나 다른 용도로 씁니다.',

  // ── 머신 ──
  'machines.sizing.title': '머신 구성: {summary}',
  'machines.sizing.details':
    '역할별 최소 사양입니다(이를 만족하는 인스턴스 유형은 모두 지원). vCPU 1개는 SMT가 없을 때 물리 코어 1개입니다. 컨트롤 플레인의 etcd에는 fsync 99번째 백분위가 10ms 미만인 스토리지가 필요합니다. 컨트롤 플레인은 서로 다른 물리 호스트에 분산합니다.',
  'machines.sizing.cloud-details':
    '역할별 최소 사양입니다. 이를 만족하는 인스턴스 유형을 고르십시오. 컨트롤 플레인의 etcd에는 fsync 99번째 백분위가 10ms 미만인 스토리지가 필요합니다. 컨트롤 플레인은 리전의 가용 영역에 분산합니다.',
  'machines.sizing.ibmz-details':
    '역할별 최소 사양입니다. SMT-2에서는 물리 코어(IFL) 1개가 vCPU 2개를 제공합니다. 컨트롤 플레인의 etcd에는 fsync 99번째 백분위가 10ms 미만인 스토리지가 필요합니다. 고가용성을 위해 컨트롤 플레인을 물리 머신 2대 이상에 분산합니다.',
  'machines.sizing.sno-details':
    '단일 노드의 최소 사양입니다(이를 만족하는 머신은 모두 지원). vCPU 1개는 SMT가 없을 때 물리 코어 1개입니다. etcd에는 fsync 99번째 백분위가 10ms 미만인 스토리지가 필요합니다.',
  'machines.sizing.verify-details':
    '설치 프로그램이 이 머신들을 직접 만듭니다(기본 인스턴스 유형은 이 최소 사양보다 큽니다). 직접 만들지 말고 그에 맞는 용량과 할당량만 확인하십시오.',
  'machines.sizing.compact':
    '3노드 클러스터는 컨트롤 플레인에서 워크로드도 실행하므로 최소 사양보다 여유 있게 잡으세요.',
  'machines.summary.bootstrap': '부트스트랩 1대',
  'machines.summary.control-plane': '컨트롤 플레인 {count}대',
  'machines.summary.worker': '컴퓨트 {count}대',
  'machines.summary.sno': '단일 노드 1대',
  'machines.rhcos.title': '{platform}용 RHCOS {version} 부팅 이미지 ({arch})',
  'machines.rhcos.details':
    '대상 릴리스보다 새롭지 않은 가장 최신 RHCOS 이미지를 사용합니다. 설치 프로그램이 자신에 맞는 이미지 URL을 출력합니다. {media}',
  'machines.rhcos.media.metal':
    '베어메탈: 라이브 ISO(PXE는 kernel, initramfs, rootfs)로 부팅하고 coreos-installer로 설치합니다.',
  'machines.rhcos.media.vsphere':
    'vSphere: OVA를 한 번 가져와 템플릿으로 만들고, 템플릿은 전원을 켜지 않습니다.',
  'machines.rhcos.media.aws': 'AWS: {region} 리전의 AMI를 사용합니다(AMI가 없는 리전은 직접 업로드).',
  'machines.rhcos.media.azure': 'Azure: VHD를 스토리지 계정에 올려 이미지로 만듭니다.',
  'machines.rhcos.media.gcp': 'Google Cloud: RHCOS 이미지를 {project} 프로젝트로 가져옵니다.',
  'machines.rhcos.media.openstack': 'OpenStack: qcow2 이미지를 Glance에 올립니다.',
  'machines.rhcos.media.ibmz': 'IBM Z: z/VM, KVM, LPAR용 kernel, initramfs, rootfs를 사용합니다.',
  'machines.vsphere.title': '모든 vSphere 머신의 VM 설정',
  'machines.vsphere.details':
    '모든 VM을 RHCOS 템플릿에서 복제하되 가상 하드웨어 버전 15 이상, VMware 대역의 MAC 주소(00:05:69, 00:0c:29, 00:1c:14, 00:50:56:00~3F)를 쓰고, 처음 켜기 전에 고급 매개변수를 설정합니다. guestinfo에 base64로 인코딩한 Ignition 파일(부트스트랩은 merge-bootstrap.ign), disk.EnableUUID, stealclock.enable입니다. 고정 주소를 쓰면 guestinfo.afterburn.initrd.network-kargs도 설정합니다(예: ip=<ip>::<gateway>:<netmask>:<hostname>:ens192:none nameserver=<dns>).',

  // ── 설치 (UPI) ──
  'install.dir.title': 'install-config.yaml을 새 설치 폴더 {installDir}에 복사',
  'install.dir.details':
    'openshift-install은 install-config.yaml을 읽은 뒤 삭제합니다. 계획 폴더(기본값 {planDir})는 원본으로 보존하고, 비어 있는 새 폴더에서 작업하세요. 처음부터 다시 하려면 설치 폴더를 지우고 다시 복사합니다. 이전 숨김 상태 파일이 남은 폴더는 재사용하지 않습니다.',
  'install.manifests.title': '매니페스트 생성 및 수정',
  'install.manifests.details': 'Kubernetes 매니페스트를 생성합니다. {removal} {schedulable}',
  'install.manifests.remove': '{platform}에서 설치 프로그램이 만들면 안 되는 Machine API 객체를 삭제합니다.',
  'install.manifests.remove-none': '{platform}에는 Machine API가 없으므로 삭제할 파일이 없습니다.',
  'install.manifests.dns-zones':
    'DNS는 고객이 관리하므로 {manifest}에서 privateZone과 publicZone을 지워 인그레스 오퍼레이터가 *.apps 레코드를 만들지 않게 합니다. 레코드는 라우터가 실행된 뒤 직접 추가합니다.',
  'install.manifests.unschedulable':
    'mastersSchedulable을 false로 바꿉니다. 이 클러스터에는 컴퓨트 노드가 {compute}대 있고, 라우터 파드가 컨트롤 플레인에 뜨면 인그레스 풀 밖에 놓이기 때문입니다.',
  'install.manifests.schedulable':
    'mastersSchedulable은 true로 둡니다. 3노드 클러스터에서는 컨트롤 플레인이 워크로드와 라우터도 실행합니다.',
  'install.ignition.title': 'Ignition 설정 파일 생성 후 24시간 안에 부팅',
  'install.ignition.details':
    '{installDir}에 bootstrap.ign, master.ign, worker.ign, metadata.json, auth/가 생성됩니다. 안에 든 인증서는 24시간 후 만료되므로 문서는 12시간 안에 사용하라고 권장합니다. 시간이 지나면 폴더를 지우고 새 복사본으로 다시 시작하세요.',
  'ignition.host.title': '머신이 Ignition 파일을 받을 수 있게 게시',
  'ignition.host.details':
    '{how} coreos-installer가 내려받은 파일을 검증할 수 있도록 SHA-512 다이제스트를 기록해 둡니다.',
  'ignition.host.http':
    '.ign 파일 세 개를 노드가 부팅 중에 접근할 수 있는 HTTP(S) 서버에 복사합니다(부트스트랩 파일만 큽니다).',
  'ignition.host.vsphere':
    'bootstrap.ign은 HTTP 서버에 올리고, 부트스트랩 VM에는 이를 가리키는 작은 merge-bootstrap.ign을 줍니다. master.ign과 worker.ign은 base64로 인코딩해 guestinfo.ignition.config.data에 넣습니다.',
  'ignition.host.cloud':
    'bootstrap.ign은 클라우드 오브젝트 스토리지에 두고 부트스트랩 머신에 서명된 URL을 줍니다. 나머지 머신은 이를 가리키는 작은 설정을 받습니다.',
  'upi.vsphere.account.title': '클러스터가 쓸 vCenter 계정과 vCenter CA 신뢰',
  'upi.vsphere.account.details':
    'install-config.yaml의 vCenter 사용자는 클러스터에 남아 vSphere 스토리지 드라이버와 클라우드 공급자가 사용합니다. vCenter, 클러스터 {cluster}, 데이터스토어 {datastore}, 포트 그룹 {network}, VM 폴더, 데이터센터 {datacenter}에 문서의 권한을 부여하고, 설치 호스트에서 vCenter 루트 CA를 신뢰하도록 등록합니다.',
  'install.boot.vsphere-details':
    '{bootstrap}을 켜고, 이어서 컨트롤 플레인 VM {controlPlane}대를 켭니다{workersPart}. 모두 RHCOS 템플릿의 복제본이며 첫 부팅 때 guestinfo에서 Ignition을 읽으므로 ISO로 설치하지 않습니다. 콘솔에 “Ignition: user-provided config was applied”가 표시됩니다.',
  'install.boot.title': '부트스트랩 → 컨트롤 플레인 → 컴퓨트 순서로 머신 부팅',
  'install.boot.details':
    '부트스트랩 머신({bootstrap})을 bootstrap.ign으로, 이어서 컨트롤 플레인 {controlPlane}대를 master.ign으로 부팅합니다{workersPart}. 각 머신은 RHCOS를 디스크에 설치하고 재부팅하며, 콘솔에 “Ignition: user-provided config was applied”가 표시됩니다.',
  'install.boot.ibmz-details':
    'IBM Z 게스트는 라이브 ISO로 부팅하지 않습니다. z/VM 게스트나 LPAR마다 rd.neednet=1, coreos.inst.install_dev(DASD 또는 FCP 디스크), coreos.live.rootfs_url과 coreos.inst.ignition_url(HTTP 서버의 rootfs와 해당 Ignition 파일), 고정 ip=와 nameserver=, OSA·RoCE·HiperSockets 장치용 rd.znet, 디스크용 rd.dasd 또는 rd.zfcp를 담은 매개변수 파일을 작성하고, 커널, 매개변수 파일, initramfs를 게스트의 가상 리더에 펀치한 뒤 IPL합니다(RHEL KVM에서는 대신 virt-install의 --location과 --extra-args를 씁니다). {bootstrap}을 bootstrap.ign으로, 이어서 컨트롤 플레인 {controlPlane}대를 master.ign으로 부팅합니다{workersPart}.',
  'install.boot.workers': '. 그다음 컴퓨트 {compute}대를 worker.ign으로 부팅합니다',
  'install.bootstrap-complete.title': '부트스트랩 완료 대기',
  'install.bootstrap-complete.details':
    'API가 뜰 때까지 최대 {api}분, 부트스트랩 과정에 최대 {bootstrap}분을 더 기다리며, “It is now safe to remove the bootstrap resources”로 끝납니다.',
  'install.csr.title': '대기 중인 인증서 서명 요청(CSR) 승인',
  'install.csr.details':
    'Machine API가 없는 노드는 CSR을 직접 승인해야 합니다. 노드마다 클라이언트 요청, 이어서 서빙 요청 두 건이며 1시간 안에 승인해야 합니다. 모든 노드가 Ready가 될 때까지 반복하고, 나중에 추가할 노드를 위해 자동 승인 작업을 운영하세요.',
  'install.registry-storage.title': '이미지 레지스트리에 스토리지 연결',
  'install.registry-storage.details':
    '{platform}에는 오브젝트 스토리지가 없어 설치 후 이미지 레지스트리가 Removed 상태입니다.',
  'install.registry-storage.details.customer-storage':
    '{platform}의 레지스트리 스토리지는 고객이 제공하는 스토리지를 사용합니다.',
  'install.registry-storage.volume.block':
    '기본 스토리지 클래스는 ReadWriteOnce 블록 볼륨을 제공하지만, claim을 비워 두면 오퍼레이터가 만드는 claim은 100Gi ReadWriteMany를 요청하므로 Pending 상태로 남습니다. 100Gi ReadWriteOnce claim을 직접 만들고 레지스트리를 Recreate 롤아웃 전략과 복제본 1개로 운영하십시오.',
  'install.registry-storage.volume.nutanix-csi':
    '먼저 Nutanix CSI Operator를 설치하고 기본 스토리지 컨테이너를 구성하십시오. 그 전에는 클러스터에 스토리지 클래스가 없습니다. 이 볼륨은 ReadWriteOnce 블록 볼륨이므로 100Gi ReadWriteOnce claim을 만들고 레지스트리를 Recreate 롤아웃 전략과 복제본 1개로 운영하십시오.',
  'install.registry-storage.volume.customer':
    'ReadWriteMany 파일 스토리지(예: OpenShift Data Foundation CephFS, NFS)라면 claim을 비워 두십시오. 오퍼레이터가 100Gi ReadWriteMany claim image-registry-storage를 만듭니다. ReadWriteOnce 블록 스토리지라면 이 claim을 직접 만들고 레지스트리를 Recreate 롤아웃 전략과 복제본 1개로 운영하십시오.',
  'install.registry-storage.empty-dir':
    'emptyDir은 재시작 시 이미지가 사라지므로 비운영 환경에서만 사용합니다.',
  'install.complete.title': '설치 완료 대기',
  'install.complete.details':
    '클러스터 버전이 사용 가능해질 때까지 최대 {complete}분, 이어서 클러스터 오퍼레이터가 안정될 때까지 최대 {operatorsStable}분을 더 기다린 뒤 웹 콘솔 URL과 kubeadmin 암호를 출력합니다.',
  'install.sno-ignition.title': '단일 노드 Ignition을 만들어 라이브 ISO에 포함',
  'install.sno-ignition.details':
    'bootstrap-in-place 방식은 노드가 스스로 부트스트랩하므로 부트스트랩 머신도, 로드 밸런서 변경도 없습니다. 인증서가 24시간 후 만료되므로 ISO는 당일에 부팅하세요.',
  'install.sno-boot.title': 'ISO로 {node} 부팅',
  'install.sno-boot.details':
    '라이브 ISO가 RHCOS를 설치 디스크에 쓰고 재부팅한 뒤 같은 머신에서 설치를 마무리합니다.',
  'install.create-cluster.title': '설치 프로그램 실행',
  'install.create-cluster.details':
    'openshift-install이 직접 만드는 것: {built}. 부트스트랩을 실행하고 컨트롤 플레인이 올라오면 제거합니다. 설치 폴더에는 kubeconfig가 들어 있고 클러스터 삭제에도 필요하므로 보관하세요.',
  'install.create-cluster.built.cloud': '네트워크, DNS 레코드, 로드 밸런서, 머신',
  'install.create-cluster.built.onprem': '가상 머신과 VIP 기반 로드 밸런싱',
  'install.create-cluster.built.metal': '프로비저너의 부트스트랩 VM과 BMC로 프로비저닝하는 모든 호스트',
  'install.create-cluster.metal-host': '프로비저너 호스트에서 실행합니다.',

  // ── 설치 후 작업 ──
  'post.credentials.title': 'kubeconfig와 kubeadmin 암호를 안전하게 보관',
  'post.credentials.details':
    '{installDir}/auth에는 cluster-admin 인증 정보가 들어 있습니다. 시크릿 저장소로 옮기고, ID 공급자를 설정한 뒤 다른 관리자가 생기면 kubeadmin을 삭제합니다.',
  'post.cert-rotation.title': '설치 후 첫 24시간 동안 클러스터를 켜 두기',
  'post.cert-rotation.details':
    '첫 인증서 교체가 24시간 안에 일어나므로 그때까지 클러스터를 계속 실행하십시오. 그 전에 종료한 클러스터는 다시 기동할 때 만료된 인증서를 스스로 복구하지만, 대기 중인 node-bootstrapper 인증서 서명 요청은 직접 승인해야 합니다(oc get csr, oc adm certificate approve).',

  // ── 검증 ──
  'verify.dns.title': 'api, api-int, *.apps, 노드 이름의 DNS 응답 확인',
  'verify.dns.title-vips': 'api와 *.apps의 DNS 응답 확인',
  'verify.dns.title-cloud': 'api, api-int, *.apps의 DNS 응답 확인',
  'verify.dns.details':
    '각 이름이 DNS 표의 주소를 돌려줘야 합니다. 노드 네트워크에서 확인하고, api와 *.apps는 클라이언트 네트워크에서도 확인합니다. apps 아래의 임의의 이름도 조회되어야 합니다.',
  'verify.api.title': 'https://api.{domain}:6443에서 API 응답 확인',
  'verify.api.details': 'API 서버가 로드 밸런서나 VIP 뒤에서 실행되면 readyz가 ok를 돌려줍니다.',
  'verify.nodes.one-title': '노드가 Ready',
  'verify.nodes.title': '노드 {count}대가 모두 Ready',
  'verify.nodes.details':
    '{summary}가 보여야 합니다. NotReady에 머무는 노드는 대개 승인되지 않은 CSR이 있습니다.',
  'verify.operators.title': '모든 클러스터 오퍼레이터가 Available이고 Degraded가 없음',
  'verify.operators.details': '클러스터 버전이 {version} 완료로 표시됩니다.',
  'verify.console.title': '웹 콘솔 접속 확인',
  'verify.console.details':
    '클라이언트 브라우저에서 https://console-openshift-console.apps.{domain}에 접속합니다.',

  // ── 2노드 토폴로지, 기술 프리뷰 기능 세트, PowerVC (items/two-node.ts, items/powervc.ts) ──
  'role.arbiter': 'arbiter',
  'machines.summary.arbiter': 'arbiter {count}대',
  'two-node.sizing.details':
    '2노드 구성에는 별도의 최소 사양이 있습니다. 컨트롤 플레인 머신에는 etcd를 위한 SSD 또는 동급 스토리지와, 함께 실행하는 워크로드에 충분한 용량이 필요합니다.',
  'two-node.sizing.arbiter':
    'arbiter는 etcd와 필수 컨트롤 플레인 파드만 실행하며, 최소 사양은 2 스레드, 8 GB RAM, 50 GB SSD 또는 동급 스토리지입니다.',
  'two-node.tech-preview.title': '이 계획의 기술 프리뷰 기능 수용 여부 결정(OpenShift {version})',
  'two-node.tech-preview.details':
    'OpenShift {version}에서 {features}은(는) 기술 프리뷰이므로 install-config.yaml에 featureSet: TechPreviewNoUpgrade가 설정됩니다. 이 기능 세트는 설치 후 끌 수 없고, 클러스터를 이후 릴리스로 업데이트할 수 없으며, 기술 프리뷰 기능은 프로덕션 지원을 받지 못합니다. 이 클러스터는 테스트 용도로만 사용하거나, 해당 기능이 정식 지원(GA)되는 릴리스로 계획하십시오.',
  'two-node.arbiter-latency.title':
    '{arbiter}와 두 컨트롤 플레인 노드 사이의 지연 시간을 {latency} ms 미만으로 유지',
  'two-node.arbiter-latency.details':
    'arbiter는 로컬에 있어야 합니다. arbiter와 각 컨트롤 플레인 노드 사이의 종단 간 지연 시간은 디스크 I/O를 포함해 {latency} ms 미만이어야 하며, 원격 arbiter는 지원되지 않습니다. 두 컨트롤 플레인 노드에서 모두 측정하십시오. 포트와 연결 요구 사항은 일반 컨트롤 플레인 노드와 같습니다.',
  'two-node.etcd-slow-profile.title': '지연 시간이 큰 사이트에서는 etcd를 느린 하드웨어 프로필로 전환',
  'two-node.etcd-slow-profile.details':
    'arbiter까지의 지연 시간이나 arbiter의 디스크 지연 시간이 {latency} ms에 가까우면 controlPlaneHardwareSpeed: Slower로 설정하여 etcd가 더 긴 하트비트와 리더 선출 시간을 허용하도록 합니다. 빠른 로컬 네트워크에서는 기본값을 유지하십시오.',
  'two-node.arbiter-ignition.title': '{arbiter}를 arbiter.ign으로 컨트롤 플레인과 함께 부팅',
  'two-node.arbiter-ignition.details':
    'openshift-install create ignition-configs는 {installDir}/arbiter.ign도 생성합니다. 다른 Ignition 파일과 함께 HTTP 서버에 올리고, 컨트롤 플레인 머신 바로 다음에 이 파일로 arbiter를 설치하십시오. arbiter는 https://api-int.{domain}:22623/config/arbiter에서 전체 구성을 받아 옵니다.',
  'two-node.redfish.title': '두 컨트롤 플레인 노드가 서로의 Redfish BMC에 접근 가능',
  'two-node.redfish.details':
    '각 컨트롤 플레인 노드의 Pacemaker가 상대 노드를 그 노드의 BMC로 펜싱하므로, {machineNetwork}의 노드는 install-config.yaml의 자격 증명으로 두 BMC에 HTTPS로 접근할 수 있어야 합니다. Redfish만 사용할 수 있으며(IPMI는 지원되지 않습니다), 자체 서명 인증서를 쓰는 BMC는 bmc.disableCertificateVerification: true가 필요합니다. 컨트롤 플레인 노드나 같은 네트워크의 다른 호스트에서 확인하십시오.',
  'two-node.pacemaker.title': 'Pacemaker가 두 노드와 두 펜싱 장치를 모두 실행 중',
  'two-node.pacemaker.details':
    '설치 후 pcs status에 두 노드가 online으로, 두 펜싱(stonith) 장치가 Started로 표시되고 etcd가 두 멤버 모두 사용 가능하다고 보고해야 합니다.',
  'two-node.etcd-backup.title': '설치 직후와 모든 변경 전에 etcd 백업',
  'two-node.etcd-backup.details':
    '2노드 클러스터는 노드 하나로도 계속 동작하지만, 상대편에서 잃은 etcd 멤버는 백업으로만 복원할 수 있습니다. 설치 직후와 업데이트, 노드 교체, 펜싱 자격 증명 변경 전에 백업을 만들고 노드 밖으로 복사해 두십시오.',
  'powervc.col.resource': '리소스',
  'powervc.col.recommended': 'PowerVC 여유 용량(권장)',
  'powervc.quota.subnets': '서브넷',
  'powervc.quota.ram': 'RAM',
  'powervc.quota.vcpus': 'vCPU',
  'powervc.quota.volume-storage': '볼륨 스토리지',
  'powervc.quota.instances': '인스턴스',
  'powervc.clouds-yaml.title': 'PowerVC 관리자 계정이 있는 clouds.yaml 항목 “{cloud}”',
  'powervc.clouds-yaml.details':
    '설치 프로그램은 OpenStack과 같은 방식으로 PowerVC에 인증합니다. 설치 프로그램을 실행하는 호스트의 clouds.yaml(~/.config/openstack/clouds.yaml 또는 OS_CLIENT_CONFIG_FILE)에서 {cloud} 항목을 읽으며, 이 항목에는 PowerVC 엔드포인트, 프로젝트, 관리자 계정이 있어야 합니다. 설치에는 관리자 권한이 필요합니다. 비밀번호는 clouds.yaml에만 두고 계획 파일에는 넣지 않습니다.',
  'powervc.capacity.title': 'PowerVC에 인스턴스 {instances}대를 위한 여유 용량',
  'powervc.capacity.details':
    '기본 클러스터에 권장되는 여유 리소스는 아래와 같습니다. 이 계획은 인스턴스 {instances}대(부트스트랩, 컨트롤 플레인, 컴퓨트)를 만듭니다. 이보다 적은 리소스로도 클러스터가 동작할 수 있습니다.',
  'powervc.image.title': 'RHCOS 이미지 {image}를 PowerVC로 가져오기',
  'powervc.image.details':
    '아래 명령으로 이 릴리스의 ppc64le OpenStack 이미지를 찾아 내려받은 뒤 powervc-image-import 도구로 가져오십시오. install-config.yaml은 이 이미지를 clusterOSImage({image})로 지정합니다.',
  'powervc.network.title': '고객 DHCP 서버가 있는 PowerVC 네트워크',
  'powervc.network.details':
    '설치에는 가능하면 클러스터 전용인 PowerVC 네트워크 하나가 DHCP 네트워크로 구성되어 있어야 합니다(서브넷 {subnet}, 머신 네트워크 {machineNetwork}). PowerVC에는 자체 DHCP가 없으므로 고객이 운영하는 DHCP 서버가 이 서브넷의 주소를 할당해야 하며, PowerVC는 각 머신이 받은 주소를 알지 못합니다.',
  'powervc.installer-creates.title': '설치 프로그램이 PowerVC에 머신을 생성',
  'powervc.installer-creates.details':
    'openshift-install create cluster는 가져온 이미지로 DHCP 서브넷에 부트스트랩, 컨트롤 플레인 {controlPlane}대, 컴퓨트 {compute}대를 만들고 이후 부트스트랩을 삭제합니다. 로드 밸런서, DNS 레코드, 보안 그룹(PowerVC에는 없음)은 만들지 않으므로 이 체크리스트의 고객 작업으로 남습니다.',

  // ── 클라우드 UPI: 문서의 템플릿으로 만드는 스택 (items/cloud-upi.ts) ──
  'cloud.templates.aws': 'CloudFormation 템플릿',
  'cloud.templates.azure': 'ARM 템플릿',
  'cloud.templates.gcp-dm': 'Deployment Manager 템플릿',
  'cloud.templates.gcp-im': 'Infrastructure Manager 모듈',
  'cloud.prerequisites.title': '{templates}에 필요한 도구와 권한 준비',
  'cloud.prerequisites.aws':
    '설치 호스트에 AWS CLI와 jq를 설치하고, VPC·로드 밸런서·Route 53 레코드·IAM 역할·S3 버킷·EC2 인스턴스를 만들 수 있는 장기 IAM 자격 증명(MFA 임시 세션 토큰이 아닌 것)으로 로그인합니다. 템플릿이 API 레코드를 {baseDomain}의 퍼블릭 Route 53 호스팅 영역에 등록하므로 이 영역이 있어야 합니다.',
  'cloud.prerequisites.aws-mint':
    '이 자격 증명에 문서의 설치 프로그램 IAM 권한을 부여하십시오. openshift-install도 이를 쓰며, 기본 자격 증명 모드에서는 Cloud Credential Operator가 이를 바탕으로 구성 요소의 자격 증명을 발급합니다.',
  'cloud.prerequisites.aws-manual':
    '이 자격 증명에 템플릿과 openshift-install에 필요한 문서의 IAM 권한을 부여하십시오. 클러스터에는 남지 않으며, 구성 요소는 ccoctl로 만든 단기 자격 증명을 받습니다.',
  'cloud.prerequisites.azure':
    '설치 호스트에 Azure CLI와 jq를 설치하고, 리소스 그룹·관리 ID·네트워크·로드 밸런서·DNS 레코드·스토리지 계정·가상 머신을 만들 수 있는 계정으로 로그인(az login)합니다. 퍼블릭 DNS 영역 {baseDomain}이 리소스 그룹 {dnsGroup}에 있어야 합니다.',
  'cloud.prerequisites.gcp':
    '설치 호스트에 gcloud CLI(gsutil 포함)와 jq를 설치하고, 프로젝트 {project}에서 아래 API를 사용 설정한 뒤 설치하는 계정에 {roles} 역할을 부여합니다.',
  'cloud.tool.dm':
    'OpenShift {version} 문서는 Deployment Manager를 사용합니다. 계정에 Deployment Manager Editor 역할이 필요하고 deploymentmanager.googleapis.com API를 사용 설정해야 합니다.',
  'cloud.tool.im':
    'OpenShift 4.22부터 문서의 템플릿은 Google Cloud Infrastructure Manager용 Terraform 모듈이며 Deployment Manager는 더 이상 쓰지 않습니다. 계정에 Cloud Infrastructure Manager Admin 역할과 config.googleapis.com API가 필요하고, Infrastructure Manager는 서비스 계정 {account}로 모듈을 적용합니다. 이 계정은 아래 명령으로 Infrastructure Manager 에이전트 역할과 모듈이 만드는 리소스에 필요한 역할을 주어 생성합니다.',
  'cloud.dns-group-unknown': '(응답에 없음: azure.baseDomainResourceGroupName)',
  'cloud.templates.title': 'OpenShift {version}의 {templates}을(를) {dir}에 내려받기',
  'cloud.templates.details':
    '문서 “{page}”은(는) 이 릴리스의 설치 프로그램 저장소에 있는 템플릿을 사용합니다. 계획 폴더에는 각 템플릿의 파라미터 파일과 {script}이(가) 있으며, 이 스크립트가 create ignition-configs·클라우드·앞선 스택만 아는 값을 채웁니다. 이 단계와 이후 단계는 한 셸에서 실행하십시오. 여기서 설정한 변수를 계속 사용합니다.',
  'cloud.stack.title': '{what} 생성 ({template}, {name})',
  'cloud.stack.details': '템플릿 {template}, 파라미터 파일 {file}입니다.',
  'cloud.stack.fill':
    'fill-parameters.sh가 {names} 값을 채워 완성한 파일을 {dir}에 씁니다. 찾을 수 없는 값이 있으면 그 값을 알려 주고 멈춥니다.',
  'cloud.stack.complete': '모든 값을 응답에서 알 수 있습니다.',
  'cloud.col.parameter': '파라미터',
  'cloud.col.value': '값',
  'cloud.col.origin': '값의 출처',
  'cloud.origin.plan': '응답',
  'cloud.origin.installer': 'create ignition-configs',
  'cloud.origin.stream': '릴리스의 RHCOS 스트림 메타데이터',
  'cloud.origin.upload': 'bootstrap.ign 업로드',
  'cloud.origin.output': '스택 {stack}의 출력 {key}',
  'cloud.origin.cloud': '클라우드 계정에서 조회',
  'cloud.what.aws.vpc': '퍼블릭·프라이빗 서브넷을 갖춘 VPC',
  'cloud.what.aws.infra': 'API 로드 밸런서와 Route 53 레코드',
  'cloud.what.aws.security': '보안 그룹과 IAM 역할',
  'cloud.what.aws.bootstrap': '부트스트랩 머신',
  'cloud.what.aws.control-plane': '컨트롤 플레인 머신',
  'cloud.what.aws.worker': '컴퓨트 머신 {n}/{count}',
  'cloud.lb-api.title': '{stack} 스택이 만든 API 로드 밸런서 확인',
  'cloud.lb-api.details':
    '이 스택은 문서가 요구하는 로드 밸런서를 만듭니다. api와 api-int용 6443 포트, 내부 로드 밸런서에만 두는 22623 포트(머신 구성 서버)이며 L4로 동작하고, 부트스트랩과 컨트롤 플레인 머신이 대상입니다({registration}). 컨트롤 플레인이 실행되면 대상이 모두 정상이어야 합니다.',
  'cloud.lb-api.registration.aws': '템플릿의 Lambda 함수가 등록',
  'cloud.lb-api.registration.azure': '머신의 네트워크 인터페이스가 백엔드 풀에 참여',
  'cloud.lb-api.registration.gcp': '각 배포 후 명령으로 인스턴스 그룹과 대상 풀에 추가',
  'cloud.what.azure.vnet': '가상 네트워크',
  'cloud.what.azure.storage': 'RHCOS 이미지',
  'cloud.what.azure.infra': '로드 밸런서와 프라이빗 DNS 레코드',
  'cloud.what.azure.bootstrap': '부트스트랩 머신',
  'cloud.what.azure.masters': '컨트롤 플레인 머신',
  'cloud.what.azure.workers': '컴퓨트 머신',
  'cloud.what.gcp.vpc': 'VPC 네트워크, 서브넷, Cloud NAT',
  'cloud.what.gcp.lb-ext': '외부 API 로드 밸런서',
  'cloud.what.gcp.lb-int': '내부 API·머신 구성 로드 밸런서',
  'cloud.what.gcp.dns': '프라이빗 DNS 영역',
  'cloud.what.gcp.firewall': '방화벽 규칙',
  'cloud.what.gcp.iam': '노드 서비스 계정',
  'cloud.what.gcp.security': '방화벽 규칙과 노드 서비스 계정',
  'cloud.what.gcp.bootstrap': '부트스트랩 머신',
  'cloud.what.gcp.control-plane': '컨트롤 플레인 머신',
  'cloud.what.gcp.worker': '컴퓨트 머신',
  'cloud.note.masters-fixed':
    '템플릿은 컨트롤 플레인 머신을 정확히 {fixed}대 만들지만 이 클러스터는 {count}대입니다. 스택을 만들기 전에 템플릿 사본에서 머신(과 그 서브넷 또는 영역 파라미터)을 추가하거나 삭제하십시오.',
  'cloud.note.workers-fixed':
    '모듈은 컴퓨트 머신을 정확히 {fixed}대(worker_0, worker_1) 만들지만 이 클러스터는 {count}대입니다. 적용하기 전에 모듈에서 worker 리소스와 영역 변수를 추가하거나 삭제하십시오.',
  'cloud.note.aws-worker':
    '컴퓨트 머신마다 스택을 하나씩 만들며, 컨트롤 플레인처럼 프라이빗 서브넷에 나누어 배치합니다.',
  'cloud.note.bootstrap-aws':
    'bootstrap.ign에는 클러스터의 비밀 정보가 들어 있고, 안의 인증서는 create ignition-configs 후 24시간이 지나면 만료됩니다. 아래 프라이빗 버킷에 올리고 그 전에 부트스트랩 스택을 만든 뒤, 부트스트랩을 삭제할 때 버킷도 삭제하십시오. 부트스트랩 머신의 SSH는 {cidr}에만 열려 있습니다. 다른 곳에서 접속한다면 AllowedBootstrapSshCidr를 작업 PC의 주소로 바꾸십시오.',
  'cloud.note.bootstrap-azure':
    '부트스트랩 머신은 10시간 동안 유효한 읽기 전용 SAS URL로 스토리지 계정의 bootstrap.ign을 가져옵니다. 안의 인증서는 create ignition-configs 후 24시간이 지나면 만료됩니다.',
  'cloud.note.bootstrap-gcp':
    '부트스트랩 머신은 1시간 동안 유효한 서명된 URL로 bootstrap.ign을 가져오므로, 파일을 채운 직후 배포를 만드십시오. 안의 인증서는 create ignition-configs 후 24시간이 지나면 만료됩니다.',
  'cloud.note.vhd-copy':
    'VHD 복사는 백그라운드에서 진행됩니다. 배포를 만들기 전에 az storage blob show가 success를 출력할 때까지 다시 실행하십시오.',
  'cloud.note.dns-aws':
    '이 스택은 api.{domain}을 {baseDomain}의 퍼블릭 호스팅 영역에, api와 api-int를 VPC에 연결된 새 프라이빗 영역 {domain}에 기록합니다.',
  'cloud.note.dns-azure':
    '템플릿이 api와 api-int를 프라이빗 영역 {domain}에 기록하고, 이어지는 명령이 퍼블릭 영역 {baseDomain}에 api.{cluster}를 추가합니다.',
  'cloud.note.dns-gcp':
    '배포 후 명령으로 프라이빗 영역의 api-int와 api, {baseDomain} 퍼블릭 영역의 api를 로드 밸런서 주소로 지정합니다.',
  'cloud.note.internal-aws':
    'publish Internal: 문서의 템플릿은 External 클러스터를 기준으로 작성되어 있습니다(02_cluster_infra.yaml의 인터넷용 API 로드 밸런서와 퍼블릭 api 레코드, 04_cluster_bootstrap.yaml의 퍼블릭 주소를 가진 부트스트랩 머신). 프라이빗 클러스터라면 스택을 만들기 전에 ExtApiElb, ExternalApiListener, ExternalApiTargetGroup, ExternalApiServerRecord와 그 출력, 그리고 04와 05의 ExternalApiTargetGroupArn 등록을 삭제하십시오. 퍼블릭 호스팅 영역이 없다면 수정한 템플릿이 쓰는 영역을 HOSTED_ZONE_ID로 지정해 fill-parameters.sh를 실행하십시오.',
  'cloud.note.internal-azure':
    'publish Internal: 03_infra.json은 API용 퍼블릭 IP 주소와 퍼블릭 로드 밸런서를 만듭니다. 프라이빗 클러스터라면 템플릿 사본에서 이를 삭제하고 퍼블릭 api 레코드는 만들지 마십시오.',
  'cloud.note.internal-gcp':
    'publish Internal: 외부 로드 밸런서를 만들지 않으며, API 방화벽 규칙은 {cidr}만 허용합니다.',
  'cloud.note.internal-gcp-dns': 'publish Internal: 퍼블릭 영역에는 레코드를 만들지 않습니다.',
  'cloud.note.existing-aws':
    '기존 VPC: VPC 스택을 만들지 않습니다. 응답의 서브넷 {subnets}가 그 출력을 대신하며, fill-parameters.sh가 AWS에서 서브넷의 VPC와 퍼블릭 여부(인터넷 게이트웨이로 가는 경로)를 조회합니다.',
  'cloud.note.existing-aws-roles':
    '기존 VPC: VPC 스택을 만들지 않습니다. 역할에 따라 퍼블릭·프라이빗으로 나뉜 응답의 서브넷 {subnets}가 그 출력을 대신하며, fill-parameters.sh가 AWS에서 VPC를 조회합니다.',
  'cloud.note.existing-azure-fits':
    '기존 VNet {vnet}: VNet 배포를 만들지 않습니다. 템플릿은 클러스터 리소스 그룹에서 <vnetBaseName>-vnet과 서브넷 <vnetBaseName>-master-subnet, <vnetBaseName>-worker-subnet을 찾는데, 응답의 이름이 이 규칙을 따르므로 vnetBaseName은 {base}입니다. VNet이 다른 리소스 그룹({rg})에 있으면 템플릿의 virtualNetworkID 변수를 그 그룹을 가리키도록 바꿔야 합니다.',
  'cloud.note.existing-azure-edit':
    '기존 VNet {vnet}: VNet 배포를 만들지 않습니다. 템플릿은 클러스터 리소스 그룹에서 <vnetBaseName>-vnet과 서브넷 <vnetBaseName>-master-subnet, <vnetBaseName>-worker-subnet을 찾지만 응답의 이름은 이 규칙을 따르지 않습니다. 배포하기 전에 템플릿의 가상 네트워크·서브넷 변수를 리소스 그룹 {rg}의 {vnet}으로 바꾸십시오.',
  'cloud.note.existing-gcp':
    '기존 VPC 네트워크 {network}: VPC 배포를 만들지 않으며, fill-parameters.sh가 대신 네트워크와 서브넷 {controlPlane}, {compute}를 조회합니다.',
  'cloud.note.existing-gcp-shared':
    '호스트 프로젝트 {project}의 기존 공유 VPC 네트워크 {network}: VPC 배포를 만들지 않으며, fill-parameters.sh가 그 프로젝트에서 네트워크와 서브넷 {controlPlane}, {compute}를 조회합니다. 문서의 공유 VPC 절차대로 방화벽 규칙은 호스트 프로젝트에 만들고, 노드 서비스 계정에 두 서브넷의 네트워크 사용자 역할을 부여하십시오.',
  'cloud.note.proxy-aws':
    '프록시 경유: 스택은 그대로입니다. 설치 호스트가 AWS API에 닿아야 하고, 노드는 install-config.yaml의 프록시를 거쳐 인터넷에 나갑니다.',
  'cloud.note.proxy-azure':
    '프록시 경유: 배포는 그대로입니다. 설치 호스트가 Azure API에 닿아야 하고, 노드는 install-config.yaml의 프록시를 거쳐 인터넷에 나갑니다.',
  'cloud.note.proxy-gcp':
    '프록시 경유: 배포는 그대로입니다. 설치 호스트가 Google API에 닿아야 하고, 노드는 install-config.yaml의 프록시를 거쳐 인터넷에 나갑니다.',
  'cloud.note.disconnected-aws':
    '폐쇄망: VPC 템플릿은 여전히 NAT 게이트웨이와 S3 엔드포인트만 만듭니다. 인터넷에 닿지 않는 네트워크라면 ec2, elasticloadbalancing, sts용 VPC 엔드포인트를 추가하거나 그렇게 준비된 기존 VPC를 사용하십시오. 이미지는 install-config.yaml의 미러 레지스트리에서 받습니다.',
  'cloud.note.disconnected-azure':
    '폐쇄망: 문서는 제한된 네트워크에서 이 템플릿을 쓰는 방법을 다루지 않습니다. 노드는 여전히 Azure API에 닿아야 하고, 스토리지 계정은 RHCOS VHD를 복사할 수 있어야 합니다.',
  'cloud.note.disconnected-gcp':
    '폐쇄망: VPC 템플릿은 외부 통신용 Cloud NAT를 만듭니다. 인터넷에 닿지 않는 네트워크라면 비공개 Google 액세스로 Google API에 접근하고, 이미지는 install-config.yaml의 미러 레지스트리에서 받습니다.',
  'cloud.bootstrap-delete.title': '부트스트랩 리소스 삭제',
  'cloud.bootstrap-delete.details':
    'wait-for bootstrap-complete가 제거해도 된다고 알리면 곧바로 부트스트랩 머신을 API 로드 밸런서에서 빼고, 클러스터의 비밀 정보가 든 bootstrap.ign 업로드와 함께 삭제합니다.',
  'cloud.apps-dns.title': '*.apps.{domain}을 라우터 로드 밸런서로 지정',
  'cloud.apps-dns.task':
    '라우터가 실행되면 인그레스 오퍼레이터가 라우터용 클라우드 로드 밸런서(LoadBalancer 유형의 서비스 router-default)를 만듭니다. manifests/cluster-dns-02-config.yml에서 DNS 영역을 지웠다면 레코드는 만들지 않으므로, 프라이빗 영역과(publish External이면) 퍼블릭 영역에 그 로드 밸런서의 {target}을(를) 가리키는 *.apps를 추가하십시오.',
  'cloud.apps-dns.verify':
    '인그레스 오퍼레이터가 라우터의 로드 밸런서를 만들고, manifests/cluster-dns-02-config.yml에 DNS 영역이 남아 있으면 그 {target}을(를) 가리키는 *.apps 레코드도 만듭니다. 이름이 해석되는지 확인하십시오.',
  'cloud.apps-dns.hostname': '호스트 이름(Route 53 별칭 레코드)',
  'cloud.apps-dns.address': '주소',
  'lb.ingress.cloud-upi-title': '인그레스 로드 밸런서는 만들지 않음: 인그레스 오퍼레이터가 생성',
  'lb.ingress.cloud-upi-details':
    '{platform}에서는 기본 IngressController가 LoadBalancer 유형의 서비스로 라우터를 공개하므로, 80과 443 포트 로드 밸런서는 클라우드가 직접 만듭니다. 노드의 443, 80 포트로 가는 로드 밸런서를 만들지 마십시오. 라우터 파드는 그 포트에서 수신하지 않습니다.',
  // ── Agent-based installer (items/agent.ts) ─────────────────────────────────────────────────────
  'agent.nmstate-tool.title': 'openshift-install을 실행할 호스트에 nmstate 설치',
  'agent.nmstate-tool.details':
    'openshift-install agent create image는 각 호스트의 networkConfig를 nmstatectl gc로 변환하며, nmstatectl이 없으면 “install nmstate package” 오류로 멈춥니다. 릴리스와 같은 아키텍처의 RHEL 호스트를 사용하십시오.',
  'agent.oci-resources.title': '클러스터용 Oracle Cloud 리소스 생성',
  'agent.oci-resources.details':
    '해당 릴리스의 OCI 설치 문서에 따라 Oracle의 OpenShift용 스택으로 컴파트먼트, VCN과 서브넷, API·인그레스 로드 밸런서, {domain}의 DNS 레코드를 만듭니다. 인스턴스는 사용자 지정 이미지로 업로드한 에이전트 이미지로 부팅합니다.',
  'agent.oci-manifests.title': '이미지를 만들기 전에 Oracle 사용자 지정 매니페스트 추가',
  'agent.oci-manifests.details':
    'Oracle의 사용자 지정 매니페스트(OCI 클라우드 컨트롤러 매니저와 CSI 드라이버)를 {installDir}/openshift/에 복사합니다. 없으면 설치가 “The custom manifest required for Oracle Cloud Infrastructure platform integration has not been added” 상태로 계속 대기합니다.',
  'agent.dir.title': '두 파일을 새 폴더 {installDir}에 복사',
  'agent.dir.details':
    'openshift-install은 install-config.yaml과 agent-config.yaml을 소비하므로 복사본으로 작업하고 {planDir}는 계획 기록으로 보관하십시오. 이전 시도에 쓴 폴더는 다시 사용하지 마십시오.',
  'agent.image.title': '에이전트 ISO 생성',
  'agent.image.details':
    '부팅 가능한 ISO를 {installDir}에 만듭니다. ISO의 인증서는 {hours}시간 동안 유효하므로 이 명령을 실행한 뒤 {hours}시간 안에 모든 호스트를 부팅하거나, 이미지를 다시 만드십시오.',
  'agent.image.minimal':
    '최소 ISO이므로 호스트가 부팅하면서 루트 파일 시스템을 내려받습니다. 호스트가 릴리스(또는 미러) 레지스트리에 접근할 수 있어야 합니다.',
  'agent.image.oci':
    'ISO를 Object Storage 버킷에 올리고 이를 바탕으로 인스턴스의 사용자 지정 이미지를 만드십시오.',
  'agent.pxe.title': 'PXE 파일을 만들어 부트 아티팩트 URL에서 제공',
  'agent.pxe.details':
    'kernel, initramfs, rootfs와 iPXE 스크립트를 {installDir}/boot-artifacts/에 만듭니다. {url}에서 제공하십시오. 인증서는 {hours}시간 동안 유효하므로 이 명령을 실행한 뒤 {hours}시간 안에 모든 호스트를 부팅하십시오.',
  'agent.boot.title': '에이전트 이미지로 호스트 {count}대 부팅(랜데부 호스트 먼저)',
  'agent.boot.details':
    '{rendezvous} 호스트를 가장 먼저 부팅하십시오. 이 호스트가 설치 서비스를 실행하고 클러스터를 부트스트랩합니다. 이어서 나머지 호스트를 부팅하면 아래 MAC 주소로 각 호스트를 식별해 루트 디바이스에 설치합니다. 모두 이미지를 만든 뒤 {hours}시간 안에 부팅해야 합니다.',
  'agent.boot.unlisted':
    '계획에는 호스트 {wanted}대 중 {listed}대만 있습니다. 나머지도 같은 이미지로 부팅하면 DHCP로 주소를 받고 역할이 자동으로 지정됩니다.',
  'agent.col.host': '호스트',
  'agent.col.role': '역할',
  'agent.col.ip': '주소',
  'agent.col.macs': 'MAC 주소',
  'agent.bootstrap.title': '부트스트랩 완료 대기',
  'agent.bootstrap.details':
    '{rendezvous} 호스트가 컨트롤 플레인을 설치하는 동안 각 호스트의 Assisted 검증 결과가 출력됩니다. insufficient로 표시되는 호스트는 원인을 해결하십시오.',
  'agent.complete.title': '설치 완료 대기',
  'agent.complete.details':
    '콘솔 URL과 kubeadmin 비밀번호가 출력되며 kubeconfig는 {installDir}/auth에 있습니다.',
  'agent.verify-vips-free.title': '호스트를 부팅하기 전에 API·인그레스 VIP가 비어 있음',
  'agent.verify-vips-free.details':
    '{vips}에 아직 어떤 머신도 응답하면 안 됩니다(Assisted 검증 api-vips-valid, ingress-vips-valid: “is already in use”). 머신 네트워크의 호스트에서 실행하며, 응답이 있으면 이미 사용 중인 주소입니다.',
  'agent.verify-time.title': '호스트 시계 동기화 확인',
  'agent.verify-time.details':
    '각 호스트는 NTP 소스와 동기화되어야 하며 호스트 간 시계가 {minutes}분 넘게 차이 나면 설치가 멈춥니다(Assisted 검증 ntp-synced, time-synced-between-host-and-service). 동기화되지 않는 호스트는 BIOS 시계를 확인하십시오.',
  'agent.verify-mtu.title': 'MTU {mtu} 패킷이 조각나지 않고 머신 네트워크를 통과함',
  'agent.verify-mtu.details':
    '스위치의 MTU가 호스트의 {mtu}보다 작으면 클러스터 네트워크가 동작하지 않습니다(Assisted 검증 mtu-valid). 모든 호스트 쌍 사이에서 ping이 성공해야 합니다.',
  'agent.verify-validations.title': '모든 호스트가 Assisted 검증을 통과함',
  'agent.verify-validations.details':
    'debug 수준의 wait-for 출력은 검증마다 ID와 결과를 보여 줍니다(디스크 속도, 역할별 네트워크 지연과 패킷 손실, api·api-int·*.apps의 DNS 조회, 컨테이너 이미지 접근). 실패한 검증이 없어야 설치가 시작됩니다.',
};
