import type { Method, Text } from '../types.js';
import type { DecisionFacts } from './decision-factors.js';
import { sourceKey } from './source-refs.js';
import { isTwoNode, topologyMethodPlatforms } from './topologies.js';

/**
 * Other installation methods worth a look. Entries of one `group` are alternatives to each other: only the first that
 * applies is shown, so the user sees one Agent-based line with the reason that fits best.
 */
export interface AlternativeEntry {
  id: string;
  group: 'agent-based' | 'assisted';
  method: 'Agent-based' | 'Assisted Installer';
  applies: (facts: DecisionFacts, method: Method) => boolean;
  when: Text;
  /** The answers that make ocp-planner render this method, when it can. */
  renderedBy?: Record<string, unknown>;
  source: string;
}

/** How the Agent-based alternatives say which answer renders them (appended to their `when`). */
export const RENDERED_BY_AGENT: Text = {
  en: 'ocp-planner renders it, with agent-config.yaml, when you set installMethod: agent.',
  ko: 'installMethod: agent로 설정하면 ocp-planner가 agent-config.yaml과 함께 이 방식으로 계획을 생성합니다.',
};

const AGENT_ANSWER = { installMethod: 'agent' } as const;
const ON_PREMISES = ({ support }: DecisionFacts) => support.kind !== 'cloud';

export const ALTERNATIVES: readonly AlternativeEntry[] = [
  {
    id: 'agent-based-external',
    group: 'agent-based',
    method: 'Agent-based',
    applies: ({ plan, support }) =>
      support.agentBased && !support.ipi && !support.upi && plan.platform === 'external',
    when: {
      en: 'The only way to install on an external platform such as Oracle Cloud Infrastructure: the hosts boot from one ISO built from install-config.yaml and agent-config.yaml.',
      ko: 'Oracle Cloud Infrastructure 같은 외부 플랫폼에 설치하는 유일한 방법입니다. install-config.yaml과 agent-config.yaml로 만든 ISO 하나로 호스트를 부팅합니다.',
    },
    renderedBy: AGENT_ANSWER,
    source:
      'Installing on OCI, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_on_oci/',
  },
  {
    id: 'agent-based-two-node',
    group: 'agent-based',
    method: 'Agent-based',
    // Only where the release's Agent-based installer takes the two-node topology (knowledge/topologies.ts).
    applies: ({ plan }) => {
      if (!isTwoNode(plan.topology)) return false;
      const platforms = topologyMethodPlatforms(plan.topology, 'agent', plan.ocpVersion);
      return platforms === 'all' || platforms.includes(plan.platform);
    },
    when: {
      en: 'For a two-node cluster on {platform}: every host boots one agent ISO that validates it before installing, with no separate bootstrap machine.',
      ko: '{platform}의 2노드 클러스터라면: 모든 호스트가 에이전트 ISO 하나로 부팅되어 설치 전에 검증을 받으며, 별도의 부트스트랩 머신이 필요 없습니다.',
    },
    renderedBy: AGENT_ANSWER,
    source:
      'Installing an on-premise cluster with the Agent-based Installer: Configuring a local arbiter node, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_an_on-premise_cluster_with_the_agent-based_installer/',
  },
  {
    id: 'agent-based-disconnected',
    group: 'agent-based',
    method: 'Agent-based',
    applies: ({ plan, support }) => support.agentBased && plan.connectivity === 'disconnected',
    when: {
      en: 'For a disconnected install on {platform}: it builds one bootable ISO from install-config.yaml and agent-config.yaml, runs its validations locally and needs no separate bootstrap machine.',
      ko: '{platform}에 비연결 환경으로 설치할 때: install-config.yaml과 agent-config.yaml로 부팅 가능한 ISO 하나를 만들고, 검증을 로컬에서 수행하며 별도의 부트스트랩 머신이 필요 없습니다.',
    },
    renderedBy: AGENT_ANSWER,
    source: sourceKey('agentBook', 'mirror'),
  },
  {
    id: 'agent-based-no-bmc',
    group: 'agent-based',
    method: 'Agent-based',
    applies: ({ plan, support }) =>
      support.agentBased && plan.platform === 'baremetal' && !plan.requirements.installerCredentials,
    when: {
      en: 'For bare metal whose BMC credentials the installer may not hold: you boot each server from the agent ISO yourself, and the installer never drives the BMCs.',
      ko: '설치 프로그램이 BMC 자격 증명을 가질 수 없는 베어메탈에: 각 서버를 에이전트 ISO로 직접 부팅하므로 설치 프로그램이 BMC를 제어하지 않습니다.',
    },
    renderedBy: AGENT_ANSWER,
    source: sourceKey('agentBook'),
  },
  {
    id: 'agent-based-single-node',
    group: 'agent-based',
    method: 'Agent-based',
    applies: ({ plan, support }) => support.agentBased && plan.topology === 'sno',
    when: {
      en: 'For single-node OpenShift on {platform}: boot the one host from the agent ISO instead of preparing bootstrap-in-place by hand.',
      ko: '{platform}의 단일 노드 OpenShift에: bootstrap-in-place를 직접 준비하는 대신 에이전트 ISO로 호스트 한 대를 부팅하면 됩니다.',
    },
    renderedBy: AGENT_ANSWER,
    source: sourceKey('agentBook', 'sno'),
  },
  {
    id: 'agent-based-on-premises',
    group: 'agent-based',
    method: 'Agent-based',
    applies: (facts, method) => facts.support.agentBased && ON_PREMISES(facts) && method === 'UPI',
    when: {
      en: 'For hosts you provision yourself on {platform}: it keeps the flexibility of UPI and adds the pre-flight validations of the Assisted Installer, from one bootable ISO.',
      ko: '{platform}에서 직접 준비한 호스트에: UPI의 유연성은 그대로 두고 Assisted Installer의 사전 검증을 부팅 가능한 ISO 하나로 제공합니다.',
    },
    renderedBy: AGENT_ANSWER,
    source: sourceKey('agentBook'),
  },
  {
    id: 'assisted-connected',
    group: 'assisted',
    method: 'Assisted Installer',
    applies: ({ plan, support }) => support.assisted && plan.connectivity !== 'disconnected',
    when: {
      en: 'For a connected install on {platform} with a graphical installer: the Hybrid Cloud Console web installer with smart defaults, pre-flight validations and no separate bootstrap node.',
      ko: '{platform}에 인터넷이 연결된 환경에서 그래픽 설치 프로그램을 원할 때: Hybrid Cloud Console의 웹 설치 프로그램이 권장 기본값, 사전 검증을 제공하며 별도의 부트스트랩 노드가 필요 없습니다.',
    },
    source: sourceKey('methods'),
  },
];
