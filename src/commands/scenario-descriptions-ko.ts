/**
 * The one-line descriptions of the bundled scenarios in Korean, by scenario name; the English line is the
 * `description:` of each scenarios/<name>.yaml. A test keeps the names here and the files in step.
 */
export const SCENARIO_DESCRIPTIONS_KO: Readonly<Record<string, string>> = {
  'agent-baremetal-5cp':
    'Agent-based Installer로 베어메탈에 컨트롤 플레인 노드 5대와 워커 2대를 구성합니다(4.18 이상)',
  'agent-baremetal-disconnected':
    'Agent-based Installer로 폐쇄망 베어메탈에 설치합니다. 태그 VLAN 위의 본딩 NIC를 쓰며 BMC에는 접근하지 않습니다',
  'agent-baremetal-tnf':
    'Agent-based Installer로 베어메탈에 Redfish 펜싱을 쓰는 2노드 클러스터를 구성합니다(4.22에서 정식 지원)',
  'agent-none-compact':
    'Agent-based Installer로 임의의 서버에 3노드 컴팩트 클러스터를 구성합니다. platform none, PXE 부팅, 고객 로드 밸런서',
  'agent-sno-baremetal':
    'Agent-based Installer로 엣지 사이트에 단일 노드 OpenShift를 구성합니다. 고정 주소, platform none',
  'agent-vsphere-ha': 'agent ISO로 부팅한 vSphere VM, API와 인그레스 VIP, DHCP 예약으로 받는 주소',
  'aws-ipi-disconnected':
    'AWS 폐쇄망에 설치 프로그램 프로비저닝(IPI)으로 설치하며 릴리스 이미지는 미러 레지스트리에서 가져옵니다',
  'aws-ipi-ha':
    'AWS에 설치 프로그램 프로비저닝(IPI)으로 컨트롤 플레인 노드 3대와 워커 3대를 구성하고 엔드포인트를 외부에 공개합니다',
  'aws-ipi-private': '기존 VPC 안의 AWS 프라이빗 클러스터(publish Internal), 설치 프로그램 프로비저닝(IPI)',
  'aws-ipi-sno': '엣지나 실습 워크로드를 위한 AWS 단일 노드 OpenShift, 설치 프로그램 프로비저닝(IPI)',
  'aws-upi-ha': '머신, 로드 밸런서, DNS를 고객이 만드는 AWS(CloudFormation), 사용자 프로비저닝(UPI)',
  'azure-ipi-ha': 'DNS 영역을 별도 리소스 그룹에 둔 Azure 퍼블릭 클러스터, 설치 프로그램 프로비저닝(IPI)',
  'azure-ipi-internal-fips':
    'FIPS 모드와 RSA 키를 쓰는 Azure 프라이빗 클러스터(publish Internal), 설치 프로그램 프로비저닝(IPI)',
  'azure-upi-ha': '문서의 ARM 템플릿으로 고객이 머신을 만드는 Azure, 사용자 프로비저닝(UPI)',
  'baremetal-ipi-ha':
    'Redfish BMC를 통해 설치 프로그램이 프로비저닝하는 베어메탈(IPI), 컨트롤 플레인 3대와 워커 2대',
  'baremetal-ipi-tna':
    '로컬 arbiter를 둔 베어메탈 2노드 엣지 클러스터, Redfish BMC를 통한 설치 프로그램 프로비저닝(IPI), 4.20에서 정식 지원',
  'baremetal-ipi-tnf-techpreview':
    'Redfish 펜싱을 쓰는 베어메탈 2노드 클러스터, 설치 프로그램 프로비저닝(IPI), 4.21의 기술 프리뷰(featureSet TechPreviewNoUpgrade)',
  'baremetal-upi-disconnected-compact':
    '미러 레지스트리를 쓰는 폐쇄망 베어메탈 3노드 컴팩트 클러스터, 사용자 프로비저닝(UPI)',
  'baremetal-upi-ha':
    '고객이 랙에 설치하고 부팅하는 베어메탈 서버, 외부 로드 밸런서와 DNS, 사용자 프로비저닝(UPI)',
  'baremetal-upi-sno':
    '베어메탈 서버 한 대의 단일 노드 OpenShift(bootstrap-in-place), 사용자 프로비저닝(UPI)',
  'baremetal-upi-tnf':
    '고객이 구축한 베어메탈(platform none)의 Redfish 펜싱 2노드 클러스터, 사용자 프로비저닝(UPI), 4.22에서 정식 지원',
  'external-oci-compact':
    'Agent-based Installer로 구성하는 Oracle Cloud Infrastructure 컴팩트 클러스터(platform external, 최소 ISO)',
  'gcp-ipi-compact': 'Google Cloud 3노드 컴팩트 클러스터, 설치 프로그램 프로비저닝(IPI)',
  'gcp-upi-ha':
    '설치 프로그램에 리소스를 만드는 자격 증명을 맡길 수 없는 Google Cloud, 사용자 프로비저닝(UPI)',
  'gcp-upi-private':
    'Google Cloud 4.22, 기존 VPC 안의 프라이빗 클러스터, Infrastructure Manager 모듈로 만드는 인프라, 사용자 프로비저닝(UPI)',
  'ibmcloud-ipi-ha': 'IBM Cloud VPC, 설치 프로그램 프로비저닝(IPI), 자격 증명은 Manual 모드',
  'ibmz-upi-ha':
    'z/VM 위의 IBM Z / LinuxONE(s390x), 모든 머신을 고객이 프로비저닝하는 사용자 프로비저닝(UPI)',
  'none-upi-compact-proxy': 'HTTP 프록시를 거치는 플랫폼 비종속 3노드 컴팩트 클러스터, 아직 풀 시크릿 없음',
  'none-upi-sno': '임의의 x86 서버에 구성하는 플랫폼 비종속 단일 노드 OpenShift, bootstrap-in-place',
  'none-upi-tna':
    '임의의 인프라(platform none)에 arbiter를 둔 2노드 클러스터, 사용자 프로비저닝(UPI), 워커 2대(4.22)',
  'nutanix-ipi-ha': 'Prism Central을 통한 Nutanix AOS 설치 프로그램 프로비저닝(IPI), API와 인그레스 VIP',
  'openstack-ipi-ha': '외부 네트워크의 유동 IP를 쓰는 Red Hat OpenStack, 설치 프로그램 프로비저닝(IPI)',
  'openstack-upi-compact':
    '고객이 만드는 서버에 구성하는 Red Hat OpenStack 3노드 컴팩트 클러스터, 사용자 프로비저닝(UPI)',
  'powervc-ipi-ha':
    '고객 로드 밸런서와 DHCP 뒤의 IBM PowerVC, 설치 프로그램 프로비저닝(IPI), 4.22에서 정식 지원',
  'powervs-ipi-ha': 'IBM Power Virtual Server(ppc64le), 설치 프로그램 프로비저닝(IPI)',
  'vsphere-ipi-compact-proxy':
    '사내 프록시를 거치는 vSphere 3노드 컴팩트 클러스터, 설치 프로그램 프로비저닝(IPI)',
  'vsphere-ipi-disconnected-fips':
    'FIPS 모드를 쓰는 vSphere 폐쇄망, 미러 레지스트리에서 설치하는 설치 프로그램 프로비저닝(IPI)',
  'vsphere-ipi-ha':
    'vSphere 설치 프로그램 프로비저닝(IPI), API와 인그레스 VIP, DNS 레코드는 고객 DNS 팀이 등록',
  'vsphere-upi-ha': '사전 승인된 VM, 로드 밸런서, DNS를 고객이 구축하는 vSphere, 사용자 프로비저닝(UPI)',
};
