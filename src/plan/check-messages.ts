import type { Text } from '../types.js';

/**
 * The sentences of the cross-field rules of check.ts in both languages. A message follows the key it is reported
 * under (`computeReplicas: is 1, but …`); placeholders are filled by the rule that reports it.
 */
export const CHECK_MESSAGES = {
  otherPlatformBlock: {
    en: 'a "{name}" block was given but platform is "{platform}"; remove the block or set platform: {name}',
    ko: '"{name}" 블록이 있지만 platform은 "{platform}"입니다. 이 블록을 삭제하거나 platform을 {name}(으)로 지정하십시오',
  },
  gcpProject: {
    en: 'is required on GCP: the Google Cloud project to install into',
    ko: 'GCP에서는 필수입니다. 클러스터를 설치할 Google Cloud 프로젝트입니다',
  },
  azureDnsGroup: {
    en: 'is required on Azure when publish is External: the resource group holding the DNS zone of baseDomain',
    ko: 'Azure에서 publish가 External이면 필수입니다. baseDomain의 DNS 영역이 있는 리소스 그룹입니다',
  },
  haWorkers: {
    en: 'is {replicas}, but an ha cluster needs at least 2 workers; set 2 or more, or choose topology: compact',
    ko: '{replicas}(으)로 지정되었지만 ha 클러스터에는 워커가 2대 이상 필요합니다. 2 이상으로 지정하거나 topology를 compact로 지정하십시오',
  },
  noWorkers: {
    en: 'must be 0 for topology {topology} (the control plane runs the workloads); remove it or choose topology: ha',
    ko: 'topology {topology}에서는 0이어야 합니다(컨트롤 플레인이 워크로드를 실행합니다). 이 키를 삭제하거나 topology를 ha로 지정하십시오',
  },
  architecturePlatform: {
    en: '{architecture} is not available on {platform}; use {supported}',
    ko: '{platform}에서는 {architecture}를 사용할 수 없습니다. {supported} 중 하나를 사용하십시오',
  },
  or: { en: ' or ', ko: ', ' },
  fipsArchitecture: {
    en: 'FIPS mode exists only on {architectures} (FIPS support by architecture); turn fips off or change architecture',
    ko: 'FIPS 모드는 {architectures}에서만 지원됩니다(아키텍처별 FIPS 지원). fips를 끄거나 architecture를 바꾸십시오',
  },
  proxyRequired: {
    en: 'is required when connectivity is proxy: give httpProxy and/or httpsProxy',
    ko: 'connectivity가 proxy이면 필수입니다. httpProxy나 httpsProxy 또는 둘 다 지정하십시오',
  },
  proxyConnected: {
    en: 'was given but connectivity is connected; set connectivity: proxy, or remove the proxy block',
    ko: '지정되었지만 connectivity는 connected입니다. connectivity를 proxy로 지정하거나 proxy 블록을 삭제하십시오',
  },
  proxyUrlMissing: {
    en: 'needs httpProxy or httpsProxy',
    ko: 'httpProxy나 httpsProxy가 필요합니다',
  },
  httpProxy: {
    en: 'must be an http:// URL such as http://proxy.corp.local:3128',
    ko: 'http://proxy.corp.local:3128 같은 http:// URL이어야 합니다',
  },
  httpsProxy: {
    en: 'must be an http:// or https:// URL',
    ko: 'http:// 또는 https:// URL이어야 합니다',
  },
  noProxySpaces: {
    en: 'must be a comma-separated list without spaces',
    ko: '공백 없이 쉼표로 구분한 목록이어야 합니다',
  },
  noProxyWildcard: {
    en: 'entries may not contain wildcards; write ".example.com" instead of "*.example.com"',
    ko: '항목에 와일드카드를 쓸 수 없습니다. "*.example.com" 대신 ".example.com"으로 쓰십시오',
  },
  mirrorRequired: {
    en: 'is required when connectivity is disconnected: give mirror.registry (and mirror.caBundleFile)',
    ko: 'connectivity가 disconnected(폐쇄망)이면 필수입니다. mirror.registry(와 mirror.caBundleFile)를 지정하십시오',
  },
  mirrorRegistry: {
    en: 'must be host[:port] or host[:port]/path of the mirror registry, without a scheme or tag',
    ko: '미러 레지스트리의 host[:port] 또는 host[:port]/path 형식이어야 하며 스킴이나 태그는 붙이지 않습니다',
  },
  publishInternal: {
    en: 'Internal is supported only on {platforms}; use External on {platform}',
    ko: 'Internal은 {platforms}에서만 지원됩니다. {platform}에서는 External을 사용하십시오',
  },
  notCidr: {
    en: '"{text}" is not a CIDR; write it as address/prefix, e.g. 10.0.0.0/16',
    ko: '"{text}"은(는) CIDR이 아닙니다. 10.0.0.0/16처럼 주소/프리픽스 형식으로 쓰십시오',
  },
  hostBits: {
    en: '"{text}" has host bits set; use the network address {network}',
    ko: '"{text}"에 호스트 비트가 설정되어 있습니다. 네트워크 주소 {network}을(를) 사용하십시오',
  },
  serviceTooLarge4: {
    en: '/{prefix} is too large; an IPv4 service network must be /12 or smaller (/16 is recommended)',
    ko: '/{prefix}는 너무 큽니다. IPv4 서비스 네트워크는 /12 이하여야 합니다(/16 권장)',
  },
  serviceTooLarge6: {
    en: '/{prefix} is too large; an IPv6 service network must be /108 or smaller (/112 is recommended)',
    ko: '/{prefix}는 너무 큽니다. IPv6 서비스 네트워크는 /108 이하여야 합니다(/112 권장)',
  },
  hostPrefix6: {
    en: 'must be 64 for an IPv6 cluster network',
    ko: 'IPv6 클러스터 네트워크에서는 64여야 합니다',
  },
  hostPrefixRange: {
    en: "must be between the network's prefix /{prefix} and {bits}; each node gets a /{hostPrefix} out of {cidr} (23 is the default)",
    ko: '네트워크 프리픽스 /{prefix}와 {bits} 사이여야 합니다. 노드마다 {cidr}에서 /{hostPrefix} 하나씩을 받습니다(기본값 23)',
  },
  overlap: {
    en: '{network} overlaps {label} ({other}); choose networks that do not overlap',
    ko: '{network}이(가) {label}({other})과(와) 겹칩니다. 겹치지 않는 네트워크를 선택하십시오',
  },
  labelMachine: { en: 'machine network {index}', ko: '머신 네트워크 {index}' },
  labelService: { en: 'service network {index}', ko: '서비스 네트워크 {index}' },
  labelCluster: { en: 'cluster network {index}', ko: '클러스터 네트워크 {index}' },
  vipsPlatform: {
    en: 'VIPs exist only on {platforms}; on {platform} remove the vips block (load balancers provide the endpoints)',
    ko: 'VIP는 {platforms}에서만 사용합니다. {platform}에서는 vips 블록을 삭제하십시오(로드 밸런서가 엔드포인트를 제공합니다)',
  },
  notIp: {
    en: '"{value}" is not an IP address',
    ko: '"{value}"은(는) IP 주소가 아닙니다',
  },
  vipOutside: {
    en: '{vip} is outside the machine network ({networks}); pick a free address inside it',
    ko: '{vip}은(는) 머신 네트워크({networks}) 밖에 있습니다. 머신 네트워크 안의 비어 있는 주소를 고르십시오',
  },
  vipFamilies: {
    en: 'two VIPs must be one IPv4 and one IPv6 address',
    ko: 'VIP가 두 개이면 하나는 IPv4, 하나는 IPv6 주소여야 합니다',
  },
  ingressIsApi: {
    en: '{vip} is also the API VIP; use a different address',
    ko: '{vip}은(는) API VIP와 같습니다. 다른 주소를 사용하십시오',
  },
  ingressRequired: {
    en: 'is required when vips.api is set',
    ko: 'vips.api를 지정했다면 필수입니다',
  },
  apiRequired: {
    en: 'is required when vips.ingress is set',
    ko: 'vips.ingress를 지정했다면 필수입니다',
  },
  hostNameLength: {
    en: 'makes the host name {length} characters long ({fqdn}); a DNS name has at most 253: shorten it',
    ko: '호스트 이름({fqdn})이 {length}자가 됩니다. DNS 이름은 최대 253자이므로 줄이십시오',
  },
  hostNameTaken: {
    en: '"{name}" is already hosts[{other}]',
    ko: '"{name}"은(는) 이미 hosts[{other}]의 이름입니다',
  },
  macTaken: {
    en: "{mac} is already hosts[{other}]'s",
    ko: '{mac}은(는) 이미 hosts[{other}]의 MAC 주소입니다',
  },
  hostOutside: {
    en: '{ip} is outside the machine network ({networks}); nodes must live in it',
    ko: '{ip}은(는) 머신 네트워크({networks}) 밖에 있습니다. 노드는 머신 네트워크 안에 있어야 합니다',
  },
  ipTaken: {
    en: "{ip} is already hosts[{other}]'s",
    ko: '{ip}은(는) 이미 hosts[{other}]의 주소입니다',
  },
  hostIsVip: {
    en: '{ip} is also a VIP; VIPs must be free addresses',
    ko: '{ip}은(는) VIP로도 지정되어 있습니다. VIP는 다른 곳에 쓰이지 않는 주소여야 합니다',
  },
  tooManyControlPlane: {
    en: 'lists {count} control-plane hosts but topology {topology} has {replicas}',
    ko: '컨트롤 플레인 호스트가 {count}대 나열되어 있지만 topology {topology}의 컨트롤 플레인 노드는 {replicas}대입니다',
  },
  tooManyBootstrap: {
    en: 'lists {count} bootstrap hosts; a cluster has one bootstrap machine',
    ko: '부트스트랩 호스트가 {count}대 나열되어 있습니다. 클러스터의 부트스트랩 머신은 1대입니다',
  },
  bootstrapSno: {
    en: 'lists a bootstrap host, but a single node bootstraps in place; remove it',
    ko: '부트스트랩 호스트가 나열되어 있지만 단일 노드는 그 자리에서 스스로 부트스트랩합니다. 이 호스트를 삭제하십시오',
  },
  workersNotAllowed: {
    en: 'lists {count} worker hosts but topology {topology} has no workers; remove them or choose topology: ha',
    ko: '워커 호스트가 {count}대 나열되어 있지만 topology {topology}에는 워커가 없습니다. 워커 호스트를 삭제하거나 topology를 ha로 지정하십시오',
  },
} as const satisfies Record<string, Text>;
