/**
 * The Korean of every message the answers schema (schema.ts) gives its checks, keyed by the English message, and of
 * the zod issues that carry no message of ours. problemsFromZod reads both languages from here.
 */
export const SCHEMA_MESSAGES_KO: Readonly<Record<string, string>> = {
  'must not be empty': '비어 있으면 안 됩니다',
  'must be at most 54 characters (the installer reserves 9 of the 63 for "*.apps.")':
    '최대 54자여야 합니다(설치 프로그램이 63자 중 9자를 "*.apps."에 씁니다)',
  'must be lower-case letters, digits and "-", starting and ending with a letter or digit (an RFC 1123 label), e.g. "prod"':
    '소문자, 숫자, "-"만 쓰고 문자나 숫자로 시작하고 끝나야 합니다(RFC 1123 레이블). 예: "prod"',
  'must be at most 253 characters': '최대 253자여야 합니다',
  'must be a lower-case DNS domain such as "example.com" (an RFC 1123 subdomain)':
    '"example.com" 같은 소문자 DNS 도메인이어야 합니다(RFC 1123 하위 도메인)',
  'must be an IPv4 or IPv6 address such as 10.0.0.5 or fd00::5 (without a %zone)':
    '10.0.0.5나 fd00::5 같은 IPv4 또는 IPv6 주소여야 합니다(%zone 없이)',
  'must be a region name: lower-case letters, digits and "-", e.g. us-east-1':
    '리전 이름이어야 합니다. 소문자, 숫자, "-"만 씁니다. 예: us-east-1',
  'must be a zone name: lower-case letters, digits and "-", e.g. us-east-1':
    '영역(zone) 이름이어야 합니다. 소문자, 숫자, "-"만 씁니다. 예: us-east-1',
  'must be a name without spaces or control characters': '공백이나 제어 문자가 없는 이름이어야 합니다',
  'must be a network in CIDR notation such as 172.22.0.0/24':
    '172.22.0.0/24 같은 CIDR 표기 네트워크여야 합니다',
  'must be a MAC address such as "52:54:00:00:00:10"': '"52:54:00:00:00:10" 같은 MAC 주소여야 합니다',
  'must be two IP addresses separated by a comma, e.g. "172.22.0.10,172.22.0.100"':
    '쉼표로 구분한 IP 주소 두 개여야 합니다. 예: "172.22.0.10,172.22.0.100"',
  'must not carry user:password@; put the username and password in a YAML file (username:, password:) and name it in proxy.credentialsFile':
    'user:password@를 넣으면 안 됩니다. 사용자 이름과 비밀번호는 YAML 파일(username:, password:)에 쓰고 proxy.credentialsFile에 그 파일을 지정하십시오',
  'must not contain spaces or control characters': '공백이나 제어 문자가 있으면 안 됩니다',
  'at most two: one IPv4 and one IPv6': '최대 두 개입니다. IPv4 하나와 IPv6 하나를 지정하십시오',
  'must be an interface name such as "eno1" (at most 15 characters)':
    '"eno1" 같은 인터페이스 이름이어야 합니다(최대 15자)',
  'a bond needs at least two ports': '본드에는 포트가 2개 이상 필요합니다',
  'must be a lower-case host name such as "master-0"': '"master-0" 같은 소문자 호스트 이름이어야 합니다',
  'must be at most 63 characters (a DNS label)': '최대 63자여야 합니다(DNS 레이블)',
  'must be at most 90 characters (an Azure resource group name)':
    '최대 90자여야 합니다(Azure 리소스 그룹 이름)',
  'must be an Azure resource group name: letters, digits, "_", "-", ".", "(" and ")", not ending with "."':
    'Azure 리소스 그룹 이름이어야 합니다. 문자, 숫자, "_", "-", ".", "(", ")"만 쓰고 "."로 끝나면 안 됩니다',
  'must be a Google Cloud project ID: 6 to 30 lower-case letters, digits and "-", starting with a letter':
    'Google Cloud 프로젝트 ID여야 합니다. 소문자, 숫자, "-" 6~30자이며 문자로 시작합니다',
  'must be the host name or IP address of vCenter alone, without "https://", a port or a path, e.g. vcenter.example.com':
    '"https://", 포트, 경로 없이 vCenter의 호스트 이름이나 IP 주소만 써야 합니다. 예: vcenter.example.com',
  'must be a host name or IP address such as pc.example.com, without https://':
    'https:// 없이 pc.example.com 같은 호스트 이름이나 IP 주소여야 합니다',
  'must be a date written YYYY-MM-DD': 'YYYY-MM-DD 형식의 날짜여야 합니다',
  'lists more than 2000 hosts, the tested maximum number of nodes of a cluster':
    '호스트가 2000대를 넘습니다. 2000대는 검증된 클러스터 최대 노드 수입니다',
};

/** Korean names of the value types zod reports (`must be a string, not number 3`). */
export const TYPE_NAMES_KO: Readonly<Record<string, string>> = {
  string: '문자열',
  number: '숫자',
  boolean: '불리언(true/false)',
  object: '매핑',
  array: '목록',
  int: '정수',
  null: 'null',
  a_list: '목록',
  a_mapping: '매핑',
};
