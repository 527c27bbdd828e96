import type { Text } from '../types.js';

/** The sentences of the Agent-based rules (check-agent.ts) in both languages; placeholders are filled by the rule. */
export const AGENT_MESSAGES = {
  agentBlockUnused: {
    en: 'is read only by the Agent-based installer; set installMethod: agent, or remove the agent block',
    ko: 'Agent-based 설치 프로그램만 읽는 블록입니다. installMethod를 agent로 지정하거나 agent 블록을 삭제하십시오',
  },
  notIp: { en: '"{value}" is not an IP address', ko: '"{value}"은(는) IP 주소가 아닙니다' },
  rendezvousOutside: {
    en: '{ip} is outside the machine network ({networks}); the rendezvous host is a cluster node',
    ko: '{ip}은(는) 머신 네트워크({networks}) 밖에 있습니다. 랜데부 호스트는 클러스터 노드입니다',
  },
  rendezvousRole: {
    en: "{ip} is the address of {host}, a {role} host; the rendezvous IP must be a control-plane host's",
    ko: '{ip}은(는) {role} 호스트 {host}의 주소입니다. 랜데부 IP는 컨트롤 플레인 호스트의 주소여야 합니다',
  },
  rendezvousVip: {
    en: "{ip} is also a VIP; use the control-plane host's own address",
    ko: '{ip}은(는) VIP로도 지정되어 있습니다. 컨트롤 플레인 호스트 자체의 주소를 사용하십시오',
  },
  gatewayOutside: {
    en: "{ip} is outside the machine network ({networks}); the default route's next hop must be on the hosts' network",
    ko: '{ip}은(는) 머신 네트워크({networks}) 밖에 있습니다. 기본 경로의 다음 홉은 호스트와 같은 네트워크에 있어야 합니다',
  },
  ntpSource: {
    en: '"{value}" is not an IP address or DNS name (the installer: "NTP server is not a valid IP or domain name")',
    ko: '"{value}"은(는) IP 주소나 DNS 이름이 아닙니다(설치 프로그램 오류: "NTP server is not a valid IP or domain name")',
  },
  bootArtifactsBaseURL: {
    en: 'must be an absolute URL such as http://pxe.example.com/agent (where the PXE files will be served)',
    ko: 'http://pxe.example.com/agent 같은 절대 URL이어야 합니다(PXE 파일을 제공할 위치입니다)',
  },
  interfaceTwice: { en: '"{name}" is listed twice', ko: '"{name}"이(가) 두 번 나열되어 있습니다' },
  macOtherHost: {
    en: "{mac} is already {host}'s; every NIC has its own MAC address",
    ko: '{mac}은(는) 이미 {host}의 MAC 주소입니다. NIC마다 MAC 주소가 달라야 합니다',
  },
  macSameHost: {
    en: '{mac} is also interfaces[{other}]',
    ko: '{mac}은(는) interfaces[{other}]의 MAC 주소와 같습니다',
  },
  bootMacNotInterface: {
    en: "{mac} is not one of the host's interfaces; add it to hosts[{index}].interfaces or drop bootMACAddress",
    ko: '{mac}은(는) 이 호스트의 인터페이스에 없습니다. hosts[{index}].interfaces에 추가하거나 bootMACAddress를 삭제하십시오',
  },
  bondNeedsInterfaces: {
    en: 'are required with a bond: name each bonded NIC with its MAC address',
    ko: '본드를 구성하려면 필수입니다. 본드에 묶을 NIC마다 이름과 MAC 주소를 지정하십시오',
  },
  bondPortUnknown: {
    en: `"{port}" is not one of the host's interfaces ({names})`,
    ko: '"{port}"은(는) 이 호스트의 인터페이스({names})에 없습니다',
  },
  bondNameTaken: {
    en: '"{name}" is also an interface name; name the bond differently',
    ko: '"{name}"은(는) 인터페이스 이름과 같습니다. 본드 이름을 다르게 지정하십시오',
  },
  vlanBaseUnknown: {
    en: '"{base}" is neither an interface nor the bond of this host ({bases})',
    ko: '"{base}"은(는) 이 호스트의 인터페이스도 본드도 아닙니다({bases})',
  },
  vlanOnPort: {
    en: '"{base}" is a bond port; put the VLAN on the bond {bond}',
    ko: '"{base}"은(는) 본드 포트입니다. VLAN은 본드 {bond}에 구성하십시오',
  },
  ociCloudControllerManager: {
    en: 'must be External with platformName oci: Oracle Cloud runs its own cloud controller manager',
    ko: 'platformName이 oci이면 External이어야 합니다. Oracle Cloud는 자체 클라우드 컨트롤러 관리자를 실행합니다',
  },
} as const satisfies Record<string, Text>;
