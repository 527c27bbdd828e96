import { say } from '../../i18n/text.js';
import type { Lang, Text } from '../../types.js';

/**
 * The comments of the on-premises infra files (haproxy.cfg, the BIND zones and named.conf.zones, the dnsmasq file) in
 * both languages; the plan's language picks one. Keywords a reader searches for (ADAPT, REPLACE, REMOVE), field
 * paths, commands and documentation titles stay as they are in both. One entry is one comment line unless it holds
 * `\n`; the renderers put the comment marker in front of every line.
 */
const DNS_DOCS = '“User-provisioned DNS requirements”';
const LB_DOCS = '“Load balancing requirements for user-provisioned infrastructure”';

export const INFRA_TEXT = {
  // Node slots the answers do not name.
  slotUnlisted: {
    en: '{role} {position} of {count} (not listed in hosts)',
    ko: '{role} {count}대 중 {position}번째(hosts에 없음)',
  },

  // haproxy.cfg
  lbTitle: {
    en: 'HAProxy for OpenShift cluster {domain} ({method}): API, Machine Config Server and ingress.',
    ko: 'OpenShift 클러스터 {domain}({method})의 HAProxy 설정입니다: API, Machine Config Server, 인그레스.',
  },
  lbWritten: {
    en: 'Written by ocp-planner from the plan; node addresses come from hosts[].ip in the answers.',
    ko: 'ocp-planner가 계획에서 작성했습니다. 노드 주소는 답변의 hosts[].ip에서 가져옵니다.',
  },
  lbMarkers: {
    en: 'Lines marked ADAPT need a local decision; lines marked REPLACE hold a placeholder the plan cannot know.',
    ko: 'ADAPT 표시가 있는 줄은 현장에서 정해야 하고, REPLACE 표시가 있는 줄에는 계획이 알 수 없는 값의 자리 표시자가 있습니다.',
  },
  lbLayer4: {
    en: `Layer 4 only (mode tcp): the API servers and routers terminate TLS themselves (docs: ${LB_DOCS}).`,
    ko: `L4 전용(mode tcp)입니다. TLS는 API 서버와 라우터가 직접 종료합니다(문서: ${LB_DOCS}).`,
  },
  lbProduction: {
    en: `Production: separate API and ingress load balancers scale better (docs: ${LB_DOCS}); this file serves both.`,
    ko: `운영 환경에서는 API와 인그레스 로드 밸런서를 나누는 편이 확장에 유리합니다(문서: ${LB_DOCS}). 이 파일은 둘 다 처리합니다.`,
  },
  lbSelinux: {
    en: 'RHEL with SELinux enforcing: setsebool -P haproxy_connect_any=1 (lets HAProxy bind 6443 and 22623).',
    ko: 'SELinux가 enforcing인 RHEL: setsebool -P haproxy_connect_any=1(HAProxy가 6443과 22623 포트에 바인드할 수 있게 합니다).',
  },
  lbCheck: {
    en: 'Check before (re)loading: haproxy -c -f /etc/haproxy/haproxy.cfg',
    ko: '적용하거나 다시 읽기 전에 확인: haproxy -c -f /etc/haproxy/haproxy.cfg',
  },
  lbIngressBackends: { en: 'Ingress backends: {who}.', ko: '인그레스 백엔드: {who}.' },
  lbIngressWorkers: { en: 'compute (worker) nodes', ko: '컴퓨트(워커) 노드' },
  lbIngressCompact: {
    en: 'the control-plane nodes (compact cluster: they run the routers)',
    ko: '컨트롤 플레인 노드(컴팩트 클러스터: 라우터를 실행합니다)',
  },
  lbIngressSno: { en: 'the single node', ko: '단일 노드' },
  lbIngressArbiter: {
    en: 'the two control-plane nodes (no workers: they run the routers; the arbiter runs none)',
    ko: '컨트롤 플레인 노드 2대(워커가 없어 라우터를 실행합니다. arbiter는 라우터를 실행하지 않습니다)',
  },
  lbIngressTwoNode: {
    en: 'the two control-plane nodes (no workers: they run the routers)',
    ko: '컨트롤 플레인 노드 2대(워커가 없어 라우터를 실행합니다)',
  },
  lbSnoOptional: {
    en:
      `Single node: the docs point api, api-int and *.apps straight at the node (docs: ${DNS_DOCS}), so this load balancer is\n` +
      'optional. Use it only if clients must pass a load balancer, and then point those DNS records at it instead.',
    ko:
      `단일 노드: 문서는 api, api-int, *.apps가 노드를 직접 가리키게 하므로(문서: ${DNS_DOCS}) 이 로드 밸런서는\n` +
      '선택 사항입니다. 클라이언트가 로드 밸런서를 거쳐야 할 때만 쓰고, 그때는 해당 DNS 레코드가 이 로드 밸런서를 가리키게 하십시오.',
  },
  lbRemoveBootstrapHeader: {
    en: "After 'openshift-install wait-for bootstrap-complete' remove the bootstrap server lines from both API pools.",
    ko: "'openshift-install wait-for bootstrap-complete'가 끝나면 두 API 풀에서 bootstrap server 줄을 삭제하십시오.",
  },
  lbTimeouts: {
    en: 'Long client/server timeouts: API watches and `oc logs -f` hold one connection open for minutes.',
    ko: '클라이언트/서버 타임아웃을 길게 둡니다. API watch와 `oc logs -f`는 연결 하나를 몇 분씩 유지합니다.',
  },
  lbRemoveBootstrap: {
    en: "REMOVE after 'openshift-install wait-for bootstrap-complete'",
    ko: "REMOVE: 'openshift-install wait-for bootstrap-complete' 후 삭제",
  },
  lbBootstrapUnknown: {
    en: 'bootstrap: its address is not in the answers (hosts[].role: bootstrap) — REPLACE <BOOTSTRAP_IP> and uncomment the line below.',
    ko: 'bootstrap: 답변에 주소가 없습니다(hosts[].role: bootstrap) — REPLACE: <BOOTSTRAP_IP>를 바꾸고 아래 줄의 주석을 해제하십시오.',
  },
  lbSlotUnknown: {
    en: '{label}: name and IP unknown — REPLACE {name} and {ip}, then uncomment.',
    ko: '{label}: 이름과 IP를 알 수 없습니다 — REPLACE: {name}, {ip}를 바꾼 뒤 주석을 해제하십시오.',
  },
  lbIpUnknown: {
    en: '{label}: IP address unknown (hosts[].ip not answered) — REPLACE {ip} and uncomment.',
    ko: '{label}: IP 주소를 알 수 없습니다(hosts[].ip 답변 없음) — REPLACE: {ip}를 바꾸고 주석을 해제하십시오.',
  },
  lbSection: { en: '{purpose} — port {port}, {exposure}.', ko: '{purpose} — 포트 {port}, {exposure}.' },
  lbInternal: {
    en: 'internal only (nodes), never exposed outside',
    ko: '내부 전용(노드), 외부에 노출하지 않음',
  },
  lbExternal: { en: 'internal and external clients', ko: '내부와 외부 클라이언트' },
  lbSource: { en: 'Source: {source}.', ko: '출처: {source}.' },
  lbBind: {
    en: "ADAPT: bind to the load balancer's own address if this host has several",
    ko: 'ADAPT: 이 호스트에 주소가 여러 개면 로드 밸런서 자체 주소에 바인드하십시오',
  },

  // BIND zone files
  soaPlaceholders: {
    en: 'REPLACE: {ns} (primary name server) and {mailbox} (contact mailbox) are placeholders.',
    ko: 'REPLACE: {ns}(주 네임 서버)와 {mailbox}(담당자 메일 주소)는 자리 표시자입니다.',
  },
  soaSerial: {
    en: 'serial: fixed so the planner output is reproducible; raise it on every edit',
    ko: 'serial: 같은 계획이 같은 파일을 만들도록 고정했습니다. 수정할 때마다 올리십시오',
  },
  soaNegativeTtl: { en: 'negative-answer TTL', ko: '부정 응답 TTL' },
  nsPlaceholder: {
    en: 'REPLACE: your authoritative name server(s)',
    ko: 'REPLACE: 고객의 권한 있는 네임 서버',
  },
  endpointVip: {
    en: 'installer-managed virtual IP (vips in the answers)',
    ko: '설치 프로그램이 관리하는 가상 IP(답변의 vips)',
  },
  endpointFloatingIp: {
    en: 'OpenStack floating IP (platform.openstack in the answers)',
    ko: 'OpenStack 유동 IP(답변의 platform.openstack)',
  },
  endpointNode: {
    en: `the single node itself (docs: ${DNS_DOCS}, single-node)`,
    ko: `단일 노드 자체(문서: ${DNS_DOCS}, 단일 노드)`,
  },
  endpointLoadBalancer: {
    en: 'the load balancer address (read from vips in the answers)',
    ko: '로드 밸런서 주소(답변의 vips에서 읽음)',
  },
  endpointUnknown: { en: 'unknown', ko: '알 수 없음' },
  recordUncomment: {
    en: 'REPLACE and uncomment (AAAA for IPv6)',
    ko: 'REPLACE: 주소를 바꾸고 주석 해제(IPv6는 AAAA)',
  },
  nodeRecordMissing: {
    en: '{label}: add its A/AAAA record here and its PTR record.',
    ko: '{label}: 이 자리에 A/AAAA 레코드를, 역방향 영역에 PTR 레코드를 추가하십시오.',
  },
  nodeBootstrapUnknown: {
    en: 'bootstrap (temporary; delete after bootstrap-complete): its address is not in the answers (hosts[].role: bootstrap) — REPLACE {ip}, uncomment, add the PTR.',
    ko: 'bootstrap(임시, bootstrap-complete 후 삭제): 답변에 주소가 없습니다(hosts[].role: bootstrap) — REPLACE: {ip}를 바꾸고 주석을 해제한 뒤 PTR을 추가하십시오.',
  },
  nodeIpUnknown: {
    en: '{fqdn}: IP address unknown (hosts[].ip not answered) — REPLACE {ip}, uncomment, add the PTR.',
    ko: '{fqdn}: IP 주소를 알 수 없습니다(hosts[].ip 답변 없음) — REPLACE: {ip}를 바꾸고 주석을 해제한 뒤 PTR을 추가하십시오.',
  },
  targetVips: { en: 'the API and Ingress VIPs', ko: 'API와 인그레스 VIP' },
  targetFloatingIps: {
    en: 'the API and Ingress floating IPs (api-int: the API VIP)',
    ko: 'API와 인그레스 유동 IP(api-int는 API VIP)',
  },
  targetNode: { en: 'the single node', ko: '단일 노드' },
  targetLoadBalancer: { en: 'the load balancer', ko: '로드 밸런서' },
  forwardTitle: {
    en: 'Forward zone for OpenShift cluster {zone} ({method}) — BIND format; check with: named-checkzone {zone} <file>',
    ko: 'OpenShift 클러스터 {zone}({method})의 정방향 영역입니다 — BIND 형식, 확인: named-checkzone {zone} <파일>',
  },
  forwardWhy: {
    en:
      `Why a zone for {zone} and not for {baseDomain}: every cluster record lives under {zone} (docs: ${DNS_DOCS}),\n` +
      'so the parent zone only needs one delegation ({zone}. IN NS <this server>) and none of its records change.',
    ko:
      `{baseDomain} 영역 대신 {zone} 영역을 만드는 이유: 클러스터 레코드는 모두 {zone} 아래에 있으므로(문서: ${DNS_DOCS})\n` +
      '상위 영역에는 위임 하나({zone}. IN NS <이 서버>)만 추가하면 되고 기존 레코드는 바뀌지 않습니다.',
  },
  forwardMarkers: {
    en: 'Lines marked REPLACE hold placeholders; commented records wait for an address the plan does not know.',
    ko: 'REPLACE 표시가 있는 줄에는 자리 표시자가 있고, 주석 처리된 레코드는 계획이 모르는 주소를 기다립니다.',
  },
  forwardUnknown: {
    en:
      `api, api-int and *.apps must point to {what} (docs: ${DNS_DOCS}). An address the answers do not give is not invented:\n` +
      'those records are written commented out — uncomment them once it is known. A wrong address here would only\n' +
      'show up an hour later as a failed install; a missing one shows up at once in dig.',
    ko:
      `api, api-int, *.apps 레코드가 가리킬 대상은 {what}입니다(문서: ${DNS_DOCS}). 답변에 없는 주소는 지어내지 않으므로\n` +
      '해당 레코드는 주석으로 적었습니다. 주소가 정해지면 주석을 해제하십시오. 잘못된 주소는 한 시간 뒤\n' +
      '설치 실패로야 드러나지만, 빠진 주소는 dig로 바로 드러납니다.',
  },
  recordApi: {
    en: 'Kubernetes API: external clients and all nodes',
    ko: 'Kubernetes API: 외부 클라이언트와 모든 노드',
  },
  recordApiInt: { en: 'Internal API: kubelets, Ignition (22623)', ko: '내부 API: kubelet, Ignition(22623)' },
  recordApps: {
    en: 'Application routes (wildcard, no PTR needed)',
    ko: '애플리케이션 라우트(와일드카드, PTR 불필요)',
  },
  machines: {
    en: `Machines: one A/AAAA record each, plus the PTR in the reverse zone (docs: ${DNS_DOCS}).`,
    ko: `머신: 머신마다 A/AAAA 레코드 하나와 역방향 영역의 PTR이 필요합니다(문서: ${DNS_DOCS}).`,
  },
  reverseTitle: {
    en: 'Reverse zone {zone} for OpenShift cluster {domain} ({method}) — BIND format.',
    ko: 'OpenShift 클러스터 {domain}({method})의 역방향 영역 {zone}입니다 — BIND 형식.',
  },
  reverseWhy: {
    en:
      'RHCOS sets its host name from the PTR of its address unless DHCP provides one, and node certificate\n' +
      `requests carry that name (docs: ${DNS_DOCS}); without PTRs nodes come up named "localhost".`,
    ko:
      'RHCOS는 DHCP가 호스트 이름을 주지 않으면 자기 주소의 PTR에서 호스트 이름을 정하고, 노드 인증서 서명\n' +
      `요청에 그 이름이 들어갑니다(문서: ${DNS_DOCS}). PTR이 없으면 노드 이름이 "localhost"가 됩니다.`,
  },
  namedInclude: {
    en: 'BIND zone statements for the zone files in this folder. In named.conf: include "<path>/named.conf.zones";',
    ko: '이 폴더의 영역 파일에 대한 BIND zone 문입니다. named.conf에서: include "<경로>/named.conf.zones";',
  },
  namedPaths: {
    en: "ADAPT: file paths are relative to named's `directory` option; copy the .zone files there or make them absolute.",
    ko: 'ADAPT: 파일 경로는 named의 `directory` 옵션 기준 상대 경로입니다. .zone 파일을 그곳에 복사하거나 절대 경로로 바꾸십시오.',
  },
  namedPrimary: {
    en: '`type primary` needs BIND 9.16 or newer; older servers spell it `type master`.',
    ko: '`type primary`는 BIND 9.16 이상이 필요합니다. 이전 버전에서는 `type master`로 씁니다.',
  },

  // dnsmasq
  dhcpMissing: {
    en: '{label}: {what} not in the answers — add a dhcp-host line once known.',
    ko: '{label}: 답변에 {what}이(가) 없습니다 — 알게 되면 dhcp-host 줄을 추가하십시오.',
  },
  dhcpMac: { en: 'boot MAC', ko: '부팅 MAC' },
  dhcpIp: { en: 'IP address', ko: 'IP 주소' },
  dhcpAnd: { en: ' and ', ko: '과 ' },
  dhcpPool: {
    en:
      'Bootstrap VM: the installer runs it on the provisioner host with a random MAC; it takes an address from\n' +
      'this {size}-address pool (outside the nodes and VIPs). Set platform.baremetal.bootstrapExternalStaticIP\n' +
      'instead to serve reservations only. The nodes keep their reservations below.',
    ko:
      'Bootstrap VM: 설치 프로그램이 프로비저너 호스트에서 임의의 MAC으로 실행하며, 노드와 VIP 밖의\n' +
      '주소 {size}개짜리 이 풀에서 주소를 받습니다. 예약만 제공하려면 대신 platform.baremetal.bootstrapExternalStaticIP를\n' +
      '지정하십시오. 노드는 아래의 예약을 그대로 씁니다.',
  },
  dhcpPoolAdapt: {
    en:
      'Bootstrap VM: it needs a dynamic lease on the machine network (its MAC is random) — ADAPT and add\n' +
      'dhcp-range=<first>,<last>,<netmask>,12h outside the nodes and VIPs, or set bootstrapExternalStaticIP.',
    ko:
      'Bootstrap VM: 머신 네트워크에서 동적 임대가 필요합니다(MAC이 임의로 정해집니다) — ADAPT: 노드와 VIP 밖의\n' +
      'dhcp-range=<first>,<last>,<netmask>,12h를 추가하거나 bootstrapExternalStaticIP를 지정하십시오.',
  },
  dhcpStatic: {
    en: 'Reservations only: `static` serves the reserved hosts and hands out no dynamic leases.',
    ko: '예약 전용: `static`은 예약된 호스트에만 주소를 주고 동적 임대는 하지 않습니다.',
  },
  dhcpNoRange: {
    en: 'No machine network holds a reserved address: ADAPT and add dhcp-range=<network>,static,<netmask>.',
    ko: '예약 주소가 들어 있는 머신 네트워크가 없습니다: ADAPT: dhcp-range=<network>,static,<netmask>를 추가하십시오.',
  },
  dhcpTitle: {
    en: 'DHCP reservations for OpenShift cluster {domain} ({method}) — dnsmasq format, e.g. /etc/dnsmasq.d/.',
    ko: 'OpenShift 클러스터 {domain}({method})의 DHCP 예약입니다 — dnsmasq 형식(예: /etc/dnsmasq.d/).',
  },
  dhcpWhy: {
    en:
      'Why dnsmasq: ISC dhcpd reached end of life in 2022; Kea, its successor, needs a long JSON file for a few fixed\n' +
      'leases; dnsmasq is small, packaged everywhere, and the same daemon can also serve DNS and PXE in lab set-ups.\n' +
      'Why reservations: nodes need persistent addresses and their host names from DHCP.',
    ko:
      'dnsmasq를 쓰는 이유: ISC dhcpd는 2022년에 지원이 끝났고, 후속인 Kea는 고정 임대 몇 개에도 긴 JSON 파일이\n' +
      '필요합니다. dnsmasq는 작고 어디에나 패키지가 있으며, 실습 환경에서는 같은 데몬으로 DNS와 PXE도 제공할 수 있습니다.\n' +
      '예약을 쓰는 이유: 노드에는 고정 주소와 DHCP로 받는 호스트 이름이 필요합니다.',
  },
  dhcpCheck: {
    en: 'Check: dnsmasq --test --conf-file=<this file>',
    ko: '확인: dnsmasq --test --conf-file=<이 파일>',
  },
  dhcpOptions: {
    en: 'REPLACE: uncomment with your gateway and DNS server (the one serving the zones in infra/dns/).',
    ko: 'REPLACE: 고객 게이트웨이와 DNS 서버(infra/dns/의 영역을 제공하는 서버)로 바꾸고 주석을 해제하십시오.',
  },
  dhcpBootstrap: {
    en: 'bootstrap (temporary): delete this reservation after bootstrap-complete.',
    ko: 'bootstrap(임시): bootstrap-complete 후 이 예약을 삭제하십시오.',
  },
  dhcpBootstrapUnknown: {
    en:
      'bootstrap (temporary): its MAC and address are not in the answers (hosts[].role: bootstrap) — REPLACE and\n' +
      'uncomment, delete after bootstrap-complete.',
    ko:
      'bootstrap(임시): 답변에 MAC과 주소가 없습니다(hosts[].role: bootstrap) — REPLACE: 값을 바꾸고\n' +
      '주석을 해제하며, bootstrap-complete 후 삭제하십시오.',
  },
} as const satisfies Record<string, Text>;

export type InfraTextId = keyof typeof INFRA_TEXT;

/** The comment `id` in `lang` as comment lines: `marker` and a space before every line of the text. */
export function infraComment(
  id: InfraTextId,
  lang: Lang,
  values: Record<string, string | number> = {},
  marker = '#',
): string[] {
  return say(INFRA_TEXT[id], lang, values)
    .split('\n')
    .map((line) => `${marker} ${line}`);
}
