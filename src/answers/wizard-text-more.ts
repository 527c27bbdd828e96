import type { Text } from '../types.js';

/** The wizard's sentences beside the questions that came with typed credentials, the disk, the review and SSH keys. */
export const MORE_TEXT = {
  typeCredentials: {
    en: 'Type the username and password now? They are written to {file} (readable only by you, ignored by git).',
    ko: '사용자 이름과 암호를 지금 입력하시겠습니까? {file}에 저장됩니다(본인만 읽을 수 있고 git에서 제외됩니다).',
  },
  mirrorLogin: {
    en: 'Does the mirror registry need a login?',
    ko: '미러 레지스트리에 로그인이 필요합니까?',
  },
  username: { en: '{what}: username', ko: '{what}: 사용자 이름' },
  password: { en: '{what}: password', ko: '{what}: 암호' },
  noLineBreaks: {
    en: 'type it on one line, without control characters',
    ko: '제어 문자 없이 한 줄로 입력하십시오',
  },
  installationDisk: {
    en: '{name}: installation disk (empty for the first disk the installer finds)',
    ko: '{name}: 설치 디스크(비워 두면 설치 프로그램이 처음 찾은 디스크)',
  },
  installationDiskHelp: {
    en: 'A single node installs itself onto this disk (bootstrap-in-place); a stable name such as /dev/disk/by-id/wwn-0x5000c500a0b1c2d3 survives reboots.',
    ko: '단일 노드는 이 디스크에 스스로 설치됩니다(bootstrap-in-place). /dev/disk/by-id/wwn-0x5000c500a0b1c2d3처럼 재부팅해도 바뀌지 않는 이름을 쓰십시오.',
  },
  diskPath: {
    en: 'a device path such as /dev/disk/by-id/wwn-0x5000c500a0b1c2d3 or /dev/sda',
    ko: '/dev/disk/by-id/wwn-0x5000c500a0b1c2d3나 /dev/sda 같은 장치 경로를 입력하십시오',
  },
  snoHost: {
    en: 'The single node: its name, address and installation disk fill the DNS records and install-config.yaml.',
    ko: '단일 노드의 이름, 주소, 설치 디스크는 DNS 레코드와 install-config.yaml에 들어갑니다.',
  },
  reviewFilter: {
    en: 'Write the plan, or type part of a name to find the answer to change:',
    ko: '계획을 쓰거나, 바꿀 답의 이름 일부를 입력해 찾으십시오:',
  },
  hostsLabel: { en: 'Hosts', ko: '호스트' },
  hostsCount: { en: '{count} hosts', ko: '호스트 {count}대' },
  yes: { en: 'yes', ko: '예' },
  no: { en: 'no', ko: '아니요' },
  typedCredentials: { en: 'typed, written to {file}', ko: '입력함, {file}에 저장' },
  sshKeyCreated: {
    en: 'Created {file} (and its private key). It has no passphrase: anyone who can read the private key can log in to the nodes; add one with ssh-keygen -p -f {private}.',
    ko: '{file}(과 개인 키)을 만들었습니다. 암호가 없는 키이므로 개인 키를 읽을 수 있는 사람은 누구나 노드에 로그인할 수 있습니다. ssh-keygen -p -f {private}로 암호를 설정하십시오.',
  },
  sshKeyRemoved: {
    en: 'Removed the SSH key pair this run created ({private}, {file}).',
    ko: '이번 실행에서 만든 SSH 키 쌍({private}, {file})을 지웠습니다.',
  },
} as const satisfies Record<string, Text>;
