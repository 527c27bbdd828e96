import type { Text } from '../types.js';

/**
 * The sentences of the topology, control-plane and platform-release rules (check-topology.ts), in both languages.
 * Placeholders are filled by the rule that reports them.
 */
export const TOPOLOGY_MESSAGES = {
  topologyRelease: {
    en: 'topology {topology} needs OpenShift {since} or newer ({levels}); set ocpVersion: "{suggest}" or later, or choose another topology',
    ko: 'topology {topology}에는 OpenShift {since} 이상이 필요합니다({levels}). ocpVersion을 "{suggest}" 이상으로 지정하거나 다른 토폴로지를 선택하십시오',
  },
  topologyPlatformLater: {
    en: 'topology {topology} runs on {platforms} in OpenShift {version}, not on {platform}; {platform} takes it from {later}: set ocpVersion: "{later}", or platform: {first}',
    ko: 'OpenShift {version}에서 topology {topology}는 {platforms}에서만 사용할 수 있고 {platform}에서는 사용할 수 없습니다. {platform}은(는) {later}부터 지원되므로 ocpVersion을 "{later}"로 지정하거나 platform을 {first}(으)로 바꾸십시오',
  },
  topologyPlatformNever: {
    en: 'topology {topology} runs only on {platforms}, not on {platform}; set platform to one of them or choose another topology',
    ko: 'topology {topology}는 {platforms}에서만 사용할 수 있고 {platform}에서는 사용할 수 없습니다. platform을 이 중 하나로 바꾸거나 다른 토폴로지를 선택하십시오',
  },
  topologyMethod: {
    en: 'topology {topology} on {platform} cannot be installed with {method} in OpenShift {version}; {fix}',
    ko: 'OpenShift {version}에서는 {platform}의 topology {topology}를 {method}(으)로 설치할 수 없습니다. {fix}',
  },
  fixInstallMethod: { en: 'set installMethod: {methods}', ko: 'installMethod를 {methods}(으)로 지정' },
  fixOcpVersion: { en: 'set ocpVersion: "{version}"', ko: 'ocpVersion을 "{version}"(으)로 지정' },
  fixOr: { en: ', or ', ko: '하거나 ' },
  methodOr: { en: ' or ', ko: ' 또는 ' },
  fixEnd: { en: '', ko: '하십시오' },
  fixNone: { en: 'choose another topology', ko: '다른 토폴로지를 선택하십시오' },
  replicasForTopology: {
    en: 'is {replicas}, but topology {topology} has {fixed} control-plane node(s); remove controlPlaneReplicas (it applies to topology ha only)',
    ko: '{replicas}(으)로 지정되었지만 topology {topology}의 컨트롤 플레인 노드는 {fixed}대입니다. controlPlaneReplicas를 삭제하십시오(topology ha에만 적용됩니다)',
  },
  replicasForHa: {
    en: 'is {replicas}, but an ha cluster has 3, 4 or 5 control-plane nodes; for {replicas} choose topology: {topologies}',
    ko: '{replicas}(으)로 지정되었지만 ha 클러스터의 컨트롤 플레인 노드는 3대, 4대 또는 5대입니다. {replicas}대라면 topology를 {topologies}(으)로 지정하십시오',
  },
  largeControlPlaneRelease: {
    en: '{replicas} control-plane nodes need OpenShift {since} or newer; set ocpVersion: "{since}" or later, or controlPlaneReplicas: 3',
    ko: '컨트롤 플레인 노드 {replicas}대에는 OpenShift {since} 이상이 필요합니다. ocpVersion을 "{since}" 이상으로 지정하거나 controlPlaneReplicas를 3으로 지정하십시오',
  },
  largeControlPlaneMethod: {
    en: '{replicas} control-plane nodes are installed only with the Agent-based installer (the IPI and UPI procedures install 3); set installMethod: agent, or controlPlaneReplicas: 3',
    ko: '컨트롤 플레인 노드 {replicas}대는 Agent-based 설치 프로그램으로만 설치할 수 있습니다(IPI와 UPI 절차는 3대를 설치합니다). installMethod를 agent로 지정하거나 controlPlaneReplicas를 3으로 지정하십시오',
  },
  largeControlPlanePlatform: {
    en: '{replicas} control-plane nodes need the Agent-based installer, which does not install on {platform}; set controlPlaneReplicas: 3',
    ko: '컨트롤 플레인 노드 {replicas}대에는 Agent-based 설치 프로그램이 필요하지만 {platform}에서는 사용할 수 없습니다. controlPlaneReplicas를 3으로 지정하십시오',
  },
  oneWorker: {
    en: 'is 1, but a cluster with workers needs at least 2 (the ingress routers run on two of them); set 0, or 2 or more',
    ko: '1로 지정되었지만 워커가 있는 클러스터에는 워커가 2대 이상 필요합니다(인그레스 라우터가 그중 2대에서 실행됩니다). 0 또는 2 이상으로 지정하십시오',
  },
  arbiterCount: {
    en: 'lists {count} arbiter hosts, but topology two-node-arbiter has {replicas} arbiter node; remove the extra ones',
    ko: 'arbiter 호스트가 {count}대 나열되어 있지만 topology two-node-arbiter의 arbiter 노드는 {replicas}대입니다. 남는 호스트를 삭제하십시오',
  },
  arbiterRole: {
    en: 'has role arbiter, but topology {topology} has no arbiter node; use topology: two-node-arbiter, or another role',
    ko: 'role이 arbiter이지만 topology {topology}에는 arbiter 노드가 없습니다. topology를 two-node-arbiter로 지정하거나 다른 role을 지정하십시오',
  },
  fencingNotRedfish: {
    en: '"{address}" is not a Redfish BMC address ({scheme}://); two-node-fencing fences through Redfish only and IPMI is not supported: use redfish://, redfish-virtualmedia:// or https://<bmc>/redfish/v1/Systems/<id>',
    ko: '"{address}"은(는) Redfish BMC 주소가 아닙니다({scheme}://). two-node-fencing은 Redfish로만 펜싱하며 IPMI는 지원되지 않습니다. redfish://, redfish-virtualmedia:// 또는 https://<bmc>/redfish/v1/Systems/<id> 형식을 사용하십시오',
  },
  fencingNoPath: {
    en: '"{address}" names no Redfish system; fencing needs its path, e.g. {example}',
    ko: '"{address}"에 Redfish 시스템 경로가 없습니다. 펜싱에는 {example}처럼 시스템 경로가 필요합니다',
  },
  fencingNotUrl: {
    en: '"{address}" is not a BMC URL such as redfish-virtualmedia://10.1.0.10/redfish/v1/Systems/1',
    ko: '"{address}"은(는) redfish-virtualmedia://10.1.0.10/redfish/v1/Systems/1 같은 BMC URL이 아닙니다',
  },
  fencingDuplicate: {
    en: '{address} is already the BMC of hosts[{other}]; each control-plane host is fenced through its own BMC',
    ko: '{address}은(는) 이미 hosts[{other}]의 BMC 주소입니다. 각 컨트롤 플레인 호스트는 자신의 BMC로 펜싱됩니다',
  },
  platformRelease: {
    en: 'is {version}, but platform {platform} exists from OpenShift {since} ({levels}); set ocpVersion: "{suggest}", or choose another platform',
    ko: '{version}(으)로 지정되었지만 platform {platform}은(는) OpenShift {since}부터 제공됩니다({levels}). ocpVersion을 "{suggest}"(으)로 지정하거나 다른 플랫폼을 선택하십시오',
  },
  powervcExternalNetwork: {
    en: 'cannot be set: PowerVC has no external network (the installer refuses it: "Cannot set external network with powervc"); remove it',
    ko: '지정할 수 없습니다. PowerVC에는 외부 네트워크가 없어 설치 프로그램이 거부합니다("Cannot set external network with powervc"). 이 키를 삭제하십시오',
  },
  userManagedLoadBalancer: {
    en: 'is installer, but the installer provides no load balancer on {platform}: your load balancer serves the API and ingress (loadBalancer.type: UserManaged); set ownership.loadBalancer: customer',
    ko: 'installer로 지정되었지만 {platform}에서는 설치 프로그램이 로드 밸런서를 제공하지 않습니다. 고객의 로드 밸런서가 API와 인그레스를 제공하므로(loadBalancer.type: UserManaged) ownership.loadBalancer를 customer로 지정하십시오',
  },
  levelTechPreview: { en: 'Technology Preview from {version}', ko: '{version}부터 기술 프리뷰' },
  levelGa: { en: 'generally available from {version}', ko: '{version}부터 정식 지원(GA)' },
  levelDevPreview: { en: 'Developer Preview from {version}', ko: '{version}부터 개발자 프리뷰' },
  levelSeparator: { en: ', ', ko: ', ' },
  methodIPI: {
    en: 'installer-provisioned infrastructure (IPI)',
    ko: '설치 프로그램 프로비저닝 인프라(IPI)',
  },
  methodUPI: { en: 'user-provisioned infrastructure (UPI)', ko: '사용자 프로비저닝 인프라(UPI)' },
  methodagent: { en: 'the Agent-based installer', ko: 'Agent-based 설치 프로그램' },
} as const satisfies Record<string, Text>;
