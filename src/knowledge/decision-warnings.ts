import { featureSetFor } from '../plan/feature-set.js';
import type { Method, Text } from '../types.js';
import type { DecisionFacts } from './decision-factors.js';
import { FIPS_ARCHITECTURES, INTERNAL_PUBLISH_PLATFORMS } from './platform-defaults.js';
import { releaseStatus } from './releases.js';
import { sourceKey } from './source-refs.js';
import { docsPage, topologyLevel } from './topologies.js';

/**
 * Combinations the release does not support or that need attention whichever method is chosen.
 * Texts may use {platform}, {version}, {architecture}, {matrixVersion}, {method}, {topology}, {techPreviewFeatures},
 * {topologyGa}, {platformGa} (recommend/text-values.ts).
 */
export interface DecisionWarning {
  id: string;
  applies: (facts: DecisionFacts, method: Method) => boolean;
  text: Text;
  source: string;
}

const TWO_NODE_DOCS = docsPage(
  '4.22',
  'installing_a_two_node_openshift_cluster',
  'Installing a two-node OpenShift cluster: Two-Node with Arbiter',
);
const FEATURE_GATE_DOCS = docsPage('4.22', 'nodes', 'Nodes: Enabling features using feature gates');
const AGENT_BOOK =
  'Installing an on-premise cluster with the Agent-based Installer, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_an_on-premise_cluster_with_the_agent-based_installer/';

export const DECISION_WARNINGS: readonly DecisionWarning[] = [
  // ── The path the plan renders, when the answers chose it against the recommendation (the installMethod answer). ──
  {
    id: 'install-method-differs',
    applies: ({ plan }, method) =>
      (plan.installMethod === 'IPI' || plan.installMethod === 'UPI') && plan.installMethod !== method,
    text: {
      en: 'This plan renders {installMethod} because installMethod: {installMethod} says so, although the answers favour {method} (the reasons above). Read the trade-offs of {installMethod} before relying on it, or set installMethod: auto to follow the recommendation.',
      ko: 'installMethod: {installMethod}에 따라 이 계획은 {installMethod}로 생성되었지만, 답변은 {method}에 더 잘 맞습니다(위의 근거 참고). {installMethod}의 단점을 확인한 뒤 사용하거나, 권장 방식을 따르려면 installMethod: auto로 설정하십시오.',
    },
    source: sourceKey('methods'),
  },
  {
    id: 'install-method-agent-instead-of-ipi',
    applies: ({ plan }, method) => plan.installMethod === 'agent' && method === 'IPI',
    text: {
      en: 'This plan renders the Agent-based installer because installMethod: agent says so, although the answers favour IPI. Unlike IPI, the installer creates no machines and drives no BMC or hypervisor: you boot every host from the agent ISO yourself.',
      ko: 'installMethod: agent에 따라 이 계획은 Agent-based Installer로 생성되었지만, 답변은 IPI에 더 잘 맞습니다. IPI와 달리 설치 프로그램이 머신을 만들거나 BMC·하이퍼바이저를 제어하지 않으므로 모든 호스트를 에이전트 ISO로 직접 부팅해야 합니다.',
    },
    source: AGENT_BOOK,
  },
  {
    id: 'install-method-agent-user-provisioned',
    applies: ({ plan }, method) => plan.installMethod === 'agent' && method === 'UPI',
    text: {
      en: 'This plan renders the Agent-based installer because installMethod: agent says so. Like UPI it installs on machines you provide; instead of a bootstrap machine and hosted Ignition files, the hosts boot from one ISO and the Assisted Installer validations run before the install.',
      ko: 'installMethod: agent에 따라 이 계획은 Agent-based Installer로 생성되었습니다. UPI처럼 직접 준비한 머신에 설치하지만, 부트스트랩 머신과 Ignition 파일 호스팅 대신 호스트를 ISO 하나로 부팅하고 설치 전에 Assisted Installer 검증이 실행됩니다.',
    },
    source: AGENT_BOOK,
  },
  {
    id: 'agent-only-platform',
    applies: ({ plan, support }) =>
      plan.installMethod === 'auto' && support.agentBased && !support.ipi && !support.upi,
    text: {
      en: '{platform} installs only with the Agent-based installer (or the Assisted Installer): this plan renders the Agent-based installer with agent-config.yaml. The verdict UPI means that you provide the machines.',
      ko: '{platform}은(는) Agent-based Installer(또는 Assisted Installer)로만 설치할 수 있으므로 이 계획은 agent-config.yaml과 함께 Agent-based Installer로 생성되었습니다. 권장 방식이 UPI인 것은 머신을 직접 준비한다는 뜻입니다.',
    },
    source:
      'Installing on OCI, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_on_oci/',
  },
  {
    id: 'tech-preview-feature-set',
    applies: ({ plan }) => featureSetFor(plan) !== undefined,
    text: {
      en: 'This plan sets featureSet: TechPreviewNoUpgrade for {techPreviewFeatures}, a Technology Preview in OpenShift {version}. It cannot be undone and blocks every update to a later release: use such a cluster for tests, and a release where the feature is generally available for production.',
      ko: '이 계획은 OpenShift {version}에서 기술 프리뷰인 {techPreviewFeatures} 때문에 featureSet: TechPreviewNoUpgrade를 설정합니다. 이 설정은 되돌릴 수 없고 이후 릴리스로의 모든 업데이트를 막습니다. 이런 클러스터는 테스트에만 쓰고, 프로덕션에는 해당 기능이 정식 지원(GA)되는 릴리스를 사용하십시오.',
    },
    source: FEATURE_GATE_DOCS,
  },
  {
    id: 'topology-tech-preview',
    applies: ({ plan }) => topologyLevel(plan.topology, plan.ocpVersion) === 'TechPreview',
    text: {
      en: 'Topology {topology} is a Technology Preview in OpenShift {version} and generally available from {topologyGa}: before that release Red Hat does not support it in production.',
      ko: 'topology {topology}는 OpenShift {version}에서 기술 프리뷰이며 {topologyGa}부터 정식 지원(GA)됩니다. 그 전 릴리스에서는 Red Hat이 프로덕션 환경을 지원하지 않습니다.',
    },
    source: TWO_NODE_DOCS,
  },
  {
    id: 'platform-tech-preview',
    applies: ({ support }) => support.available === 'TechPreview',
    text: {
      en: '{platform} is a Technology Preview platform in OpenShift {version} and generally available from {platformGa}: not for production clusters before that release.',
      ko: 'OpenShift {version}에서 {platform}은(는) 기술 프리뷰 플랫폼이며 {platformGa}부터 정식 지원(GA)됩니다. 그 전 릴리스에서는 프로덕션 클러스터에 사용하지 마십시오.',
    },
    source: docsPage('4.22', 'release_notes', 'OpenShift Container Platform 4.22 release notes'),
  },
  {
    id: 'arbiter-topology-permanent',
    applies: ({ plan }) => plan.topology === 'two-node-arbiter',
    text: {
      en: 'A two-node cluster with an arbiter stays one: it cannot be converted to the standard three-node topology later; only more arbiter nodes can be added.',
      ko: 'arbiter가 있는 2노드 클러스터는 나중에 표준 3노드 토폴로지로 전환할 수 없으며, arbiter 노드만 추가할 수 있습니다.',
    },
    source: TWO_NODE_DOCS,
  },
  {
    id: 'version-outside-matrix',
    applies: ({ plan }) => releaseStatus(plan.ocpVersion).kind === 'newer',
    text: {
      en: 'OpenShift {version} is newer than {matrixVersion}, the newest release this planner knows; the support facts and rules of {matrixVersion} were used.',
      ko: 'OpenShift {version}은(는) 이 도구가 아는 가장 새로운 릴리스 {matrixVersion}보다 새 릴리스입니다. {matrixVersion}의 지원 정보와 규칙을 대신 사용했습니다.',
    },
    source:
      'OpenShift Container Platform 4.22 release notes, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/release_notes/',
  },
  {
    id: 'architecture-not-on-platform',
    applies: ({ plan, support }) => !support.architectures.includes(plan.architecture),
    text: {
      en: '{platform} does not run {architecture} machines with any installation method; choose another architecture or platform.',
      ko: '{platform}에서는 어떤 설치 방법으로도 {architecture} 머신을 실행할 수 없습니다. 다른 아키텍처나 플랫폼을 선택하십시오.',
    },
    source: sourceKey('supportMatrix'),
  },
  {
    id: 'fips-architecture',
    applies: ({ plan }) => plan.fips && !FIPS_ARCHITECTURES.includes(plan.architecture),
    text: {
      en: 'FIPS mode exists only on x86_64, ppc64le and s390x; it is not available for {architecture}.',
      ko: 'FIPS 모드는 x86_64, ppc64le, s390x에서만 지원되며 {architecture}에서는 사용할 수 없습니다.',
    },
    source: sourceKey('fipsRule'),
  },
  {
    id: 'publish-internal-unsupported',
    applies: ({ plan }) => plan.publish === 'Internal' && !INTERNAL_PUBLISH_PLATFORMS.includes(plan.platform),
    text: {
      en: 'publish: Internal is not supported on {platform}: the installer rejects it. Private clusters exist only on AWS, Azure, Google Cloud, IBM Cloud and Power VS.',
      ko: '{platform}에서는 publish: Internal이 지원되지 않아 설치 프로그램이 거부합니다. 프라이빗 클러스터는 AWS, Azure, Google Cloud, IBM Cloud, Power VS에서만 가능합니다.',
    },
    source: sourceKey('privateCluster'),
  },
  {
    id: 'disconnected-without-ipi-docs',
    applies: ({ plan, support }, method) =>
      method === 'IPI' && plan.connectivity === 'disconnected' && !support.ipiDisconnected,
    text: {
      en: 'IPI is recommended, but {platform} has no documented restricted-network IPI procedure in OpenShift {version}.',
      ko: 'IPI를 권장하지만 OpenShift {version}의 {platform}에는 제한된 네트워크용 IPI 절차가 문서화되어 있지 않습니다.',
    },
    source: sourceKey('supportMatrix', 'mirror'),
  },
  {
    id: 'upi-without-docs',
    applies: ({ support }, method) => method === 'UPI' && support.ipi && !support.upi,
    text: {
      en: 'Your answers force UPI, but {platform} has no documented user-provisioned procedure in OpenShift {version}; such an install is not supported. Revisit the answers that force UPI.',
      ko: '답변에 따라 UPI가 강제되지만 OpenShift {version}의 {platform}에는 문서화된 UPI 절차가 없어 지원되지 않는 설치가 됩니다. UPI를 강제하는 답변을 다시 검토하십시오.',
    },
    source: sourceKey('supportMatrix'),
  },
  {
    id: 'compact-ipi-not-documented',
    applies: ({ plan, support }, method) =>
      method === 'IPI' && plan.topology === 'compact' && !support.ipiTopologies.includes('compact'),
    text: {
      en: 'Three-node compact clusters are not documented for IPI on {platform}; check support before relying on it.',
      ko: '{platform} IPI에서는 3노드 컴팩트 클러스터가 문서화되어 있지 않습니다. 사용하기 전에 지원 여부를 확인하십시오.',
    },
    source: sourceKey('supportMatrix'),
  },
  {
    id: 'autoscaling-without-machine-api',
    applies: ({ plan }, method) => method === 'UPI' && plan.requirements.autoscaling,
    text: {
      en: 'The cluster must scale by itself, but UPI installs no Machine API: plan for manual scaling and node repair, or revisit the answers that lead to UPI.',
      ko: '클러스터가 스스로 확장되어야 하지만 UPI에는 Machine API가 설치되지 않습니다. 수동 확장과 노드 복구를 계획하거나 UPI로 이어진 답변을 다시 검토하십시오.',
    },
    source: sourceKey('machineApi'),
  },
  {
    id: 'hardened-infrastructure-with-ipi',
    applies: ({ plan }, method) => method === 'IPI' && plan.requirements.hardenedInfrastructure,
    text: {
      en: 'Your security rules ask for hand-built infrastructure, yet other answers lead to IPI; confirm that the rules allow the installer to create resources.',
      ko: '보안 규정은 직접 구축한 인프라를 요구하지만 다른 답변 때문에 IPI가 권장되었습니다. 설치 프로그램이 리소스를 생성해도 되는지 규정을 확인하십시오.',
    },
    source: sourceKey('notesUpi'),
  },
  {
    id: 'machines-by-installer-without-ipi',
    applies: ({ plan, support }) => !support.ipi && plan.ownership.machines === 'installer',
    text: {
      en: '{platform} has no installer-provisioned machines: you must provide every machine yourself, whatever the ownership answer says.',
      ko: '{platform}에서는 설치 프로그램이 머신을 만들 수 없습니다. 소유 답변과 관계없이 모든 머신을 직접 준비해야 합니다.',
    },
    source: sourceKey('supportMatrix'),
  },
  {
    id: 'network-by-installer-on-premises',
    applies: ({ plan, support }, method) =>
      method === 'IPI' &&
      support.kind === 'on-premises' &&
      !support.ipiCreatesNetwork &&
      plan.ownership.network === 'installer',
    text: {
      en: 'The installer does not create networks on {platform}: prepare the network the machines join (port group or VLAN, DHCP or static addresses) before installing.',
      ko: '{platform}에서는 설치 프로그램이 네트워크를 만들지 않습니다. 설치 전에 머신이 연결될 네트워크(포트 그룹 또는 VLAN, DHCP 또는 고정 주소)를 준비하십시오.',
    },
    source: sourceKey('ipiCommon'),
  },
  {
    id: 'dns-by-installer-on-premises',
    applies: ({ plan, support }, method) =>
      method === 'IPI' && support.kind === 'on-premises' && plan.ownership.dns === 'installer',
    text: {
      en: 'IPI on {platform} does not write the api and *.apps records into your DNS: create them for the API and ingress VIPs before installing.',
      ko: '{platform} IPI는 고객 DNS에 api, *.apps 레코드를 만들지 않습니다. 설치 전에 API VIP와 인그레스 VIP용 레코드를 만드십시오.',
    },
    source: sourceKey('ipiCommon'),
  },
];
