import { say as sayText } from '../i18n/text.js';
import type { Lang, Text } from '../types.js';

/** Every sentence the wizard itself says (beside the questions), in English and Korean. */
export const WIZARD_TEXT = {
  required: { en: 'an answer is required', ko: '답을 입력하십시오' },
  invalid: { en: 'invalid value', ko: '올바르지 않은 값입니다' },
  fileRequired: { en: 'a file path is required', ko: '파일 경로를 입력하십시오' },
  bootstrapIp: {
    en: 'bootstrap (temporary machine): IP address (empty to skip)',
    ko: '부트스트랩(임시 머신): IP 주소(건너뛰려면 비워 두십시오)',
  },
  hostsWhy: {
    en: 'Node names and IPs fill the DNS A/PTR records and load balancer backends of the checklist.',
    ko: '노드 이름과 IP는 체크리스트의 DNS A/PTR 레코드와 로드 밸런서 백엔드에 들어갑니다.',
  },
  hostsKnown: {
    en: 'Do you know the node names and IPs now?',
    ko: '노드 이름과 IP를 지금 알고 있습니까?',
  },
  hostsBmc: {
    en: 'Bare-metal IPI drives every host through its BMC: list each control-plane and worker host.',
    ko: '베어메탈 IPI는 모든 호스트를 BMC로 제어합니다. 컨트롤 플레인 호스트와 워커 호스트를 하나씩 입력하십시오.',
  },
  hostsFencing: {
    en: 'Two-node fencing: Pacemaker fences each control-plane host through its Redfish BMC; list both hosts.',
    ko: '2노드 펜싱: Pacemaker가 각 컨트롤 플레인 호스트를 Redfish BMC로 펜싱합니다. 두 호스트를 모두 입력하십시오.',
  },
  reviewTitle: { en: 'Review your answers:', ko: '답변을 확인하십시오:' },
  reviewQuestion: {
    en: 'Write the plan, or change an answer?',
    ko: '계획을 쓸까요, 아니면 답을 바꿀까요?',
  },
  looksGood: { en: 'Looks good: write the plan', ko: '이대로 좋습니다: 계획 쓰기' },
  change: { en: 'Change', ko: '바꾸기:' },
  hostsAgain: { en: 'Enter the hosts again', ko: '호스트를 다시 입력' },
  notSet: { en: 'not set', ko: '설정 안 됨' },
  attention: { en: 'These answers need attention:', ko: '다음 답변을 고쳐야 합니다:' },
  noQuestion: {
    en: 'No question asks for these directly; change the answers they depend on below.',
    ko: '이 항목을 직접 묻는 질문은 없습니다. 아래에서 관련된 답을 바꾸십시오.',
  },
  noSshKey: {
    en: 'No SSH public key was found in ~/.ssh; the nodes accept logins only with one (user core).',
    ko: '~/.ssh에 SSH 공개 키가 없습니다. 노드에는 공개 키로만 로그인할 수 있습니다(사용자 core).',
  },
  createSshKey: {
    en: 'Create an SSH key pair now with ssh-keygen?',
    ko: '지금 ssh-keygen으로 SSH 키 쌍을 만들까요?',
  },
  sshKeyPath: { en: 'Where should the private key go?', ko: '개인 키를 어디에 저장할까요?' },
} as const satisfies Record<string, Text>;

export type WizardTextKey = keyof typeof WIZARD_TEXT;

/** The wizard's sentence in its language (the shared `say()` of i18n/text.ts; English when no language is set). */
export function say(ctx: { lang?: Lang }, key: WizardTextKey): string {
  return sayText(WIZARD_TEXT[key], ctx.lang ?? 'en');
}
