import type { Text } from '../types.js';

/** The sentences of the installMethod rule (install-path.ts) in both languages; placeholders are filled by the rule. */
export const INSTALL_METHOD_MESSAGES = {
  ipiImpossible: {
    en: 'is IPI, which cannot work because of {key}: {reason} Use installMethod: {others}, or change {key}.',
    ko: 'IPI로 지정되었지만 {key} 때문에 IPI로 설치할 수 없습니다. {reason} installMethod를 {others} 중 하나로 지정하거나 {key}를 바꾸십시오.',
  },
  upiAgentOnly: {
    en: 'is UPI, but {platform} has no user-provisioned procedure in OpenShift {version}: it is installed with the Agent-based installer; use installMethod: agent (or auto).',
    ko: 'UPI로 지정되었지만 OpenShift {version}에는 {platform}의 사용자 프로비저닝 절차가 없고 Agent-based 설치 프로그램으로 설치합니다. installMethod를 agent(또는 auto)로 지정하십시오.',
  },
  agentUnavailable: {
    en: 'is agent, but the Agent-based installer does not install on {platform} in OpenShift {version} (it installs on bare metal, vSphere, Nutanix from 4.19, IBM Z, platform none and external platforms); use installMethod: auto, IPI or UPI, or change platform.',
    ko: 'agent로 지정되었지만 OpenShift {version}에서 Agent-based 설치 프로그램은 {platform}에 설치하지 않습니다(베어메탈, vSphere, 4.19부터 Nutanix, IBM Z, platform none과 외부 플랫폼에 설치합니다). installMethod를 auto, IPI, UPI 중 하나로 지정하거나 platform을 바꾸십시오.',
  },
  agentArbiterRelease: {
    en: 'two-node-arbiter is installed with the Agent-based installer from OpenShift 4.20; set ocpVersion: "4.20" or newer, or use installMethod: IPI or UPI.',
    ko: 'Agent-based 설치 프로그램은 OpenShift 4.20부터 two-node-arbiter를 설치합니다. ocpVersion을 "4.20" 이상으로 지정하거나 installMethod를 IPI 또는 UPI로 지정하십시오.',
  },
  agentBootstrapHost: {
    en: 'is bootstrap, but the Agent-based installer needs no bootstrap machine (the rendezvous host bootstraps the cluster); remove this host.',
    ko: 'bootstrap으로 지정되었지만 Agent-based 설치 프로그램에는 부트스트랩 머신이 필요하지 않습니다(랜데부 호스트가 클러스터를 부트스트랩합니다). 이 호스트를 삭제하십시오.',
  },
} as const satisfies Record<string, Text>;
