import type { Text } from '../types.js';

/**
 * How a counterfactual answer change is described: `PHRASES[dottedKey][String(value)]`. Keys without a phrase fall back
 * to `GENERIC` ({key} and {value} filled in). English phrases are clauses after "if"; Korean ones are short
 * descriptions listed after a colon.
 */
export const CHANGE_PHRASES: Readonly<Record<string, Readonly<Record<string, Text>>>> = {
  'ownership.machines': {
    customer: { en: 'you provision the machines yourself', ko: '머신을 고객이 직접 프로비저닝' },
    installer: { en: 'the installer creates the machines', ko: '설치 프로그램이 머신을 생성' },
  },
  'ownership.network': {
    customer: { en: 'your team provides the network', ko: '네트워크를 고객이 제공' },
    installer: { en: 'the installer creates the network', ko: '설치 프로그램이 네트워크를 생성' },
  },
  'ownership.dns': {
    customer: { en: 'your team manages the DNS records', ko: 'DNS 레코드를 고객이 관리' },
    installer: { en: 'the installer manages the DNS records', ko: '설치 프로그램이 DNS 레코드를 관리' },
  },
  'ownership.loadBalancer': {
    customer: { en: 'your team provides the load balancers', ko: '로드 밸런서를 고객이 제공' },
    installer: { en: 'the installer provides the load balancers', ko: '설치 프로그램이 로드 밸런서를 제공' },
  },
  'ownership.storage': {
    customer: { en: 'your team provides the storage', ko: '스토리지를 고객이 제공' },
    installer: { en: 'the installer sets up the storage', ko: '설치 프로그램이 스토리지를 구성' },
  },
  'requirements.autoscaling': {
    true: {
      en: 'the cluster must add and replace machines by itself',
      ko: '클러스터가 머신을 스스로 추가·교체해야 함',
    },
    false: { en: 'manual scaling is acceptable', ko: '수동 확장으로 충분함' },
  },
  'requirements.installerCredentials': {
    true: { en: 'the installer may hold credentials', ko: '설치 프로그램에 자격 증명을 맡길 수 있음' },
    false: { en: 'the installer may not hold credentials', ko: '설치 프로그램에 자격 증명을 맡길 수 없음' },
  },
  'requirements.hardenedInfrastructure': {
    true: {
      en: 'security rules demand hand-built infrastructure',
      ko: '보안 규정상 직접 구축한 인프라가 필요함',
    },
    false: {
      en: 'no rule demands hand-built infrastructure',
      ko: '직접 구축한 인프라를 요구하는 규정이 없음',
    },
  },
  topology: {
    ha: {
      en: 'the topology is ha (3 control plane nodes and workers)',
      ko: '토폴로지 ha(컨트롤 플레인 3개와 워커 노드)',
    },
    compact: {
      en: 'the topology is compact (3 schedulable control plane nodes)',
      ko: '토폴로지 compact(스케줄링 가능한 컨트롤 플레인 3개)',
    },
    sno: { en: 'the topology is sno (a single node)', ko: '토폴로지 sno(단일 노드)' },
  },
  connectivity: {
    connected: { en: 'the cluster reaches the internet directly', ko: '인터넷에 직접 연결(connected)' },
    proxy: {
      en: 'the cluster reaches the internet through a proxy',
      ko: '프록시를 통해 인터넷에 연결(proxy)',
    },
    disconnected: {
      en: 'the cluster installs disconnected from a mirror registry',
      ko: '미러 레지스트리를 쓰는 비연결 설치(disconnected)',
    },
  },
  publish: {
    Internal: {
      en: 'the cluster is private (publish: Internal)',
      ko: '프라이빗 클러스터(publish: Internal)',
    },
    External: {
      en: 'the endpoints are public (publish: External)',
      ko: '공개 엔드포인트(publish: External)',
    },
  },
  platform: {
    none: { en: 'you install platform-agnostic (platform: none)', ko: '플랫폼 비종속 설치(platform: none)' },
    baremetal: {
      en: 'the platform is bare metal (platform: baremetal)',
      ko: '베어 메탈 플랫폼(platform: baremetal)',
    },
  },
};

export const GENERIC_CHANGE_PHRASE: Text = { en: '{key} is {value}', ko: '{key}: {value}' };

/** The sentence around the phrases: {changes} joined with " and " (en) or ", " (ko); {method} the new method. */
export const CHANGE_SENTENCE: Text = {
  en: 'The recommendation becomes {method} if {changes}.',
  ko: '다음과 같이 답하면 권장 방식이 {method}로 바뀝니다: {changes}.',
};

export const CHANGE_JOINERS: Text = { en: ' and ', ko: ', ' };
