import type { Text } from '../types.js';

/**
 * Why an answer the chosen platform and method cannot do without is required (required.ts, required-agent.ts), in
 * both languages. A message follows the missing key (`vips.api: is required …`).
 */
export const REQUIRED_MESSAGES = {
  required: { en: 'is required', ko: '필수 항목입니다' },
  vsphere: { en: 'is required on vSphere', ko: 'vSphere에서는 필수입니다' },
  nutanixIpi: { en: 'is required for Nutanix IPI', ko: 'Nutanix IPI에서는 필수입니다' },
  vipsIpi: {
    en: 'is required for {platform} IPI: the installer serves the API and ingress on these addresses',
    ko: '{platform} IPI에서는 필수입니다. 설치 프로그램이 이 주소에서 API와 인그레스를 제공합니다',
  },
  powervsUser: {
    en: 'is required for Power VS IPI: the IBM Cloud user ID the installer acts as',
    ko: 'Power VS IPI에서는 필수입니다. 설치 프로그램이 사용할 IBM Cloud 사용자 ID입니다',
  },
  baremetalHosts: {
    en: 'needs {wanted} and {workers} worker hosts for bare-metal IPI (found {found})',
    ko: '베어메탈 IPI에는 {wanted}, 워커 호스트 {workers}대가 필요합니다(현재 {found})',
  },
  wantedControlPlane: { en: '{count} control-plane', ko: '컨트롤 플레인 호스트 {count}대' },
  wantedArbiter: { en: '{count} arbiter', ko: 'arbiter 호스트 {count}대' },
  baremetalBmc: {
    en: 'is required for bare-metal IPI (address and credentialsFile)',
    ko: '베어메탈 IPI에서는 필수입니다(address와 credentialsFile)',
  },
  baremetalBootMac: {
    en: 'is required for bare-metal IPI (the NIC that PXE/virtual-media boots)',
    ko: '베어메탈 IPI에서는 필수입니다(PXE 또는 가상 미디어로 부팅하는 NIC)',
  },
  vsphereFolder: {
    en: 'is required for Agent-based installs on vSphere: the VM folder of the cluster (the installer: "must specify a folder for agent-based installs")',
    ko: 'vSphere에서 Agent-based 설치를 하려면 필수입니다. 클러스터 VM을 둘 폴더입니다(설치 프로그램 오류: "must specify a folder for agent-based installs")',
  },
  agentVips: {
    en: 'is required for the Agent-based installer on {stanza}: keepalived on the nodes serves the API and ingress on these addresses',
    ko: '{stanza}에서 Agent-based 설치 프로그램을 쓰려면 필수입니다. 노드의 keepalived가 이 주소에서 API와 인그레스를 제공합니다',
  },
  rendezvousIP: {
    en: 'is required for the Agent-based installer: the address of the control-plane host that runs the installation (or list the control-plane hosts with their ip)',
    ko: 'Agent-based 설치 프로그램에는 필수입니다. 설치를 진행할 컨트롤 플레인 호스트의 주소를 지정하십시오(또는 컨트롤 플레인 호스트를 ip와 함께 나열하십시오)',
  },
  agentBootMac: {
    en: 'is required for the Agent-based installer: the MAC address identifies the host (or give hosts[].interfaces)',
    ko: 'Agent-based 설치 프로그램에는 필수입니다. MAC 주소로 호스트를 식별합니다(또는 hosts[].interfaces를 지정하십시오)',
  },
  dnsServers: {
    en: "is required when hosts have static addresses: the DNS servers written into each host's network configuration (they must resolve api, api-int and *.apps)",
    ko: '호스트에 고정 주소를 쓰면 필수입니다. 각 호스트의 네트워크 구성에 들어갈 DNS 서버이며, api, api-int, *.apps를 해석할 수 있어야 합니다',
  },
  gateway: {
    en: "is required when hosts have static addresses: the next hop of each host's default route (the Assisted validation has-default-route)",
    ko: '호스트에 고정 주소를 쓰면 필수입니다. 각 호스트 기본 경로의 다음 홉입니다(Assisted 검증 has-default-route)',
  },
  ntpSources: {
    en: 'is required for a disconnected Agent-based install: NTP servers the hosts can reach (host clocks more than 4 minutes apart stop the installation)',
    ko: '폐쇄망 Agent-based 설치에서는 필수입니다. 호스트가 접근할 수 있는 NTP 서버입니다(호스트 시계가 4분 넘게 차이 나면 설치가 멈춥니다)',
  },
} as const satisfies Record<string, Text>;
