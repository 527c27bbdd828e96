import type { Method, Platform } from '../../types.js';
import type { CommentId } from './comments.js';

/**
 * The Korean comments of install-config.yaml, written under `--lang ko`. Keys and `{placeholders}` match the English
 * table in comments.ts; typing it as a record over CommentId makes a missing or a stray entry a compile error. Field
 * names, commands and values stay as the installer spells them.
 */
export const COMMENTS_KO = {
  header:
    '{clusterName}.{baseDomain} 클러스터의 install-config.yaml입니다: OpenShift {ocpVersion}, 플랫폼 {platform}, ' +
    '{method}, 토폴로지 {topology}.\nocp-planner가 생성했습니다. openshift-install은 이 파일을 소비(삭제)하므로 비어 ' +
    '있는 새 설치 폴더에 복사해 사용하고 이 사본은 보관하십시오.\n풀 시크릿{andCredentials} 정보가 들어 있으므로 ' +
    '외부에 공개하지 말고 버전 관리에서 제외하십시오.',
  apiVersion: '이 파일의 형식 버전입니다. 설치 프로그램은 v1만 허용합니다.',
  baseDomain:
    '상위 DNS 도메인입니다. 클러스터는 api.{clusterName}.{baseDomain} 및 *.apps.{clusterName}.{baseDomain}에서 응답합니다.',
  metadataName:
    '클러스터 이름으로, 모든 클러스터 DNS 레코드의 첫 번째 레이블이 됩니다. 설치 후에는 바꿀 수 없습니다.',
  credentialsModeManual:
    '{platform}에서 허용되는 자격 증명 모드는 Manual뿐입니다. 설치 전에 구성 요소 자격 증명을 ccoctl로 생성하십시오.',
  credentialsModeNoAdmin:
    'Manual: 클러스터에 관리자 자격 증명을 저장하지 않습니다. 설치 전에 릴리스의 CredentialsRequest로 ccoctl을 ' +
    '실행해 구성 요소별 자격 증명을 만들고, 생성된 매니페스트를 설치 폴더에 복사하십시오.',
  controlPlane:
    '컨트롤 플레인 머신 {replicas}대가 etcd와 API를 실행합니다. 아키텍처는 릴리스 이미지와 같아야 합니다.',
  computeIpi: '설치 프로그램이 이 워커 {replicas}대를 생성하고 머신 세트로 관리합니다.',
  computeUpi:
    '사용자 프로비저닝 인프라에서는 replicas가 0이어야 합니다. 워커 {planned}대는 worker.ign으로 직접 부팅하고 ' +
    '인증서 서명 요청(CSR)을 승인하십시오.',
  computeUpiSchedulable:
    '여기서 워커가 0대이면 컨트롤 플레인에 워크로드가 스케줄링됩니다. 워크로드를 컨트롤 플레인에서 제외해야 하면 ' +
    'manifests/cluster-scheduler-02-config.yml에서 mastersSchedulable: false로 설정하십시오.',
  computeCompact: '워커가 없습니다. 컨트롤 플레인 노드가 워크로드도 실행하는 3노드(컴팩트) 클러스터입니다.',
  computeSno: '워커가 없습니다. 노드 하나가 모든 것을 실행하는 단일 노드 OpenShift입니다.',
  controlPlaneSingleNodeType:
    '{platform}의 단일 노드: 설치 프로그램의 기본 유형 {defaultType}은(는) vCPU가 {defaultVcpu}개로 단일 노드에 필요한 8개보다 적으므로 노드에 {type}(vCPU {vcpu}개, {ramGiB} GiB)을(를) 씁니다.',
  networking:
    '클러스터 네트워크입니다. 설치 후에는 바꿀 수 없으며 머신, 클러스터, 서비스 네트워크는 서로 겹치면 안 됩니다.',
  machineNetwork: '노드 자체의 주소입니다(머신이 연결된 네트워크).',
  clusterNetwork: '파드 주소입니다. 노드마다 이 블록에서 /hostPrefix 크기의 대역을 하나씩 받습니다.',
  serviceNetwork: 'Kubernetes 서비스의 가상 주소입니다.',
  publishExternal: 'External: API와 애플리케이션 라우트를 외부에 공개합니다(기본값).',
  publishInternal:
    'Internal: 프라이빗 클러스터입니다. API와 라우트는 고객 네트워크 내부에서만 접근할 수 있습니다.',
  fipsOn:
    'FIPS 모드는 설치 시점에 정해집니다. FIPS 모드로 부팅한 RHEL 호스트에서 openshift-install을 실행하고, ' +
    'RSA 또는 ECDSA SSH 키를 사용하십시오.',
  fipsOff: 'FIPS 모드는 설치 시점에만 켤 수 있습니다.',
  proxy:
    '클러스터 밖으로 나가는 트래픽에 쓰는 클러스터 전체 프록시입니다. 머신, 클러스터, 서비스 네트워크는 noProxy에 ' +
    '자동으로 추가됩니다.',
  additionalTrustBundle:
    '노드가 신뢰해야 하는 CA 인증서입니다(미러 레지스트리 또는 프록시). openshift-config 네임스페이스의 ' +
    'ConfigMap user-ca-bundle이 됩니다.',
  trustPolicyAlways:
    'Always: 프록시 구성(Proxy trustedCA)도 이 번들을 참조합니다. 노드는 어느 정책이든 이 번들을 신뢰합니다. ' +
    '설치 프로그램이 항상 openshift-config/user-ca-bundle에 쓰기 때문입니다.',
  trustPolicyProxy: '기본 정책 Proxyonly가 적용됩니다. 프록시 구성이 이 번들을 참조합니다.',
  imageDigestSources:
    '릴리스 이미지를 미러 {registry}에서 가져옵니다. 경로는 oc-mirror가 기본으로 쓰는 경로입니다(릴리스는 ' +
    'openshift/release-images, 구성 요소 이미지는 openshift/release). 미러 구성에 맞게 고치거나, oc-mirror가 ' +
    '생성한 ImageDigestMirrorSet에서 복사하십시오.',
  pullSecret:
    'console.redhat.com에서 받은 풀 시크릿을 JSON 한 줄로 넣습니다. ocp-planner가 풀 시크릿을 기록하는 파일은 이 파일뿐입니다.',
  pullSecretPlaceholder:
    '자리 표시자: openshift-install을 실행하기 전에 이 값을 ' +
    'https://console.redhat.com/openshift/install/pull-secret에서 받은 풀 시크릿으로 바꾸십시오.\n형식은 맞지만 ' +
    '어떤 레지스트리에도 접근할 수 없는 값입니다.',
  pullSecretMirror: '폐쇄망 설치이므로 미러 레지스트리 {registry}의 자격 증명도 들어 있어야 합니다.',
  sshKey: '모든 노드에 core 사용자로 로그인할 수 있는 SSH 공개 키입니다.',
  sshKeyRequiredPowerVs:
    'Power VS에는 sshKey가 필요합니다. 설치 전에 sshKey: "<공개 키>"를 추가하십시오(secrets.sshKeyFile).',
  bootstrapInPlace:
    '단일 노드 bootstrap-in-place: 노드가 이 디스크에 스스로 설치됩니다' +
    '(openshift-install create single-node-ignition-config).',
  bootstrapInPlacePlaceholder:
    '자리 표시자 디스크: 대상 디스크의 고정 경로(예: /dev/disk/by-id/wwn-0x…)로 바꾸십시오' +
    '(컨트롤 플레인 호스트의 hosts[].installationDisk).',
  platformNone:
    'platform none: 클라우드 연동이 없습니다. 머신, 로드 밸런서, DNS, 스토리지는 고객이 준비하며 Machine API는 ' +
    '사용할 수 없습니다.',
  platformNoneForUpi:
    '{platform}에는 문서화된 사용자 프로비저닝 방식이 없으므로 이 구성은 플랫폼 비종속 none을 사용합니다.',
  platformNoneForIbmz: 'IBM Z와 LinuxONE은 platform none과 architecture s390x로 설치합니다.',
  platformNoneForBaremetalUpi: '사용자 프로비저닝 인프라의 베어메탈은 platform none을 사용합니다.',
  passthrough: '답변 파일의 필드를 그대로 옮겨 적었습니다.',
  awsRegion: '설치할 AWS 리전입니다.',
  awsUpi:
    '사용자 프로비저닝 인프라: 클러스터가 AWS와 연동되도록 이 스탠자는 남겨 둡니다. VPC, API 로드 밸런서, 머신은 ' +
    '고객이 만들고(예: CloudFormation 템플릿), 인그레스 로드 밸런서는 인그레스 오퍼레이터가 만듭니다.',
  azureRegion: '설치할 Azure 리전입니다.',
  azureDnsGroup: '기본 도메인의 퍼블릭 DNS 영역이 있는 리소스 그룹입니다.',
  gcpProject: '설치할 Google Cloud 프로젝트와 리전입니다.',
  cloudUpi:
    '사용자 프로비저닝 인프라: 클러스터가 클라우드와 연동되도록 {platform} 스탠자는 남겨 둡니다. 네트워크, API 로드 ' +
    '밸런서, DNS, 머신은 고객이 직접 만들고, 인그레스 로드 밸런서는 인그레스 오퍼레이터가 만듭니다.',
  vsphereVcenters:
    'vCenter 연결 정보입니다. 사용자와 비밀번호는 vsphere.credentialsFile에서 가져오며, 계정에는 문서에 나온 ' +
    'vCenter 권한이 있어야 합니다.',
  vsphereFailureDomains:
    '가상 머신을 배치할 위치로, 전체 인벤토리 경로로 적습니다. 장애 도메인이 하나이면 region과 zone은 이름일 ' +
    '뿐이고, 여러 개이면 openshift-region / openshift-zone 태그가 필요합니다.',
  vipsApi:
    '머신 네트워크 안의 API 가상 IP입니다. api.{clusterName}.{baseDomain} 레코드가 이 주소로 해석되어야 합니다.',
  vipsIngress:
    '머신 네트워크 안의 인그레스 가상 IP입니다. *.apps.{clusterName}.{baseDomain} 레코드가 이 주소로 해석되어야 합니다.',
  vsphereUpi:
    '사용자 프로비저닝 인프라: apiVIPs/ingressVIPs가 없습니다. API와 인그레스는 고객 로드 밸런서가 제공하고, ' +
    '가상 머신은 RHCOS OVA로 직접 만듭니다.',
  baremetalProvisioning:
    'Managed(기본값): 설치 프로그램이 전용 프로비저닝 네트워크에서 DHCP/PXE를 제공합니다. Unmanaged: 그 네트워크는 ' +
    '있지만 DHCP는 고객이 운영합니다. Disabled: 프로비저닝 네트워크가 없으며 BMC는 가상 미디어를 사용해야 합니다.',
  baremetalHosts:
    '설치 프로그램이 BMC를 통해 프로비저닝하는 머신입니다(역할 master, arbiter, worker). BMC 자격 증명은 ' +
    'hosts[].bmc.credentialsFile 파일에서 가져옵니다.',
  nutanixPrismCentral:
    'Prism Central 엔드포인트입니다. 사용자와 비밀번호는 nutanix.credentialsFile에서 가져옵니다.',
  nutanixPrismElement: '가상 머신이 실행되는 Prism Element 클러스터입니다(정확히 하나).',
  nutanixPrismElementPlaceholder:
    '자리 표시자 주소: 이 Prism Element 클러스터의 가상 IP나 호스트 이름으로 바꾸십시오' +
    '(Prism Central의 Infrastructure > Clusters).',
  openstackCloud: '자격 증명이 있는 clouds.yaml 항목입니다. 유동 IP는 외부 네트워크에서 할당됩니다.',
  openstackFlavor: '모든 머신의 플레이버입니다(computeFlavor는 이 필드의 예전 이름입니다).',
  ibmcloudRegion: '설치할 IBM Cloud VPC 리전입니다.',
  powervsZone: 'Power VS 영역입니다. 리전은 영역 이름에서 끝의 숫자를 뺀 것입니다.',
  powervsAccountPlaceholder: '자리 표시자: IBM Cloud 사용자 ID로 바꾸십시오(답변 파일의 powervs.userID).',
  powervsGroupPlaceholder: '자리 표시자: 클러스터에 쓸 리소스 그룹으로 바꾸십시오(powervs.resourceGroup).',
} satisfies Record<CommentId, string>;

/** How the Korean header names the method (the same words the Korean recommendation uses). */
export const METHOD_LABELS_KO: Record<Method, string> = {
  IPI: '설치 프로그램 프로비저닝 인프라(IPI)',
  UPI: '사용자 프로비저닝 인프라(UPI)',
};

/** Platform names in Korean comments: product names stay as they are, the generic ones are translated. */
export const PLATFORM_LABELS_KO: Record<Platform, string> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
  vsphere: 'vSphere',
  baremetal: '베어메탈',
  nutanix: 'Nutanix',
  openstack: 'OpenStack',
  ibmcloud: 'IBM Cloud',
  powervs: 'Power VS',
  powervc: 'PowerVC',
  ibmz: 'IBM Z',
  external: 'external',
  none: 'none(플랫폼 비종속)',
};

/** What else besides the pull secret the Korean header says the file holds, per stanza. */
export const CREDENTIAL_HOLDERS_KO: Partial<Record<string, string>> = {
  vsphere: ' 및 vCenter 비밀번호',
  nutanix: ' 및 Prism Central 비밀번호',
  baremetal: ' 및 BMC 비밀번호',
};
