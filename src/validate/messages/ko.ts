import type { MessageKey } from './en.js';

/**
 * `validate`가 출력하는 모든 한국어 문장. 키와 `{name}` 자리표시자는 en.ts와 같습니다(타입이 키를 강제하고, 테스트가
 * 자리표시자를 확인합니다). 필드 경로, 규칙 ID, 명령은 번역하지 않으며, 설치 프로그램의 오류 문구는 사용자가 그대로
 * 검색할 수 있도록 영어 원문을 따옴표 안에 남깁니다.
 */
export const KO: Record<MessageKey, string> = {
  // ── 파일 ──
  'file.too-large':
    '파일이 1 MiB보다 큽니다. install-config.yaml은 이렇게 크지 않으므로 올바른 파일인지 확인하십시오.',
  'file.control':
    '{line}번째 줄에 제어 문자 0x{code}가 있습니다. YAML 텍스트가 아닌 바이너리 데이터이며, 설치 프로그램도 이 파일을 거부합니다("control characters are not allowed").',
  'file.not-utf8': '파일에 UTF-8 텍스트가 아닌 바이트가 있습니다. UTF-8로 저장하십시오.',
  'file.empty':
    '파일에 설정이 없습니다. install-config.yaml은 YAML 매핑(apiVersion:, metadata:, …)이어야 합니다.',
  'file.top-level':
    '파일의 최상위가 {what}입니다. install-config.yaml은 키의 매핑(apiVersion:, metadata:, …)이어야 합니다.',
  'file.what.list': '목록',
  'file.what.scalar': '단일 값',

  // ── YAML 문법(설치 프로그램의 YAML 리더, go-yaml v2) ──
  'yaml.invalid': '설치 프로그램이 읽을 수 없는 YAML입니다: {reason}',
  'yaml.too-deep': '중첩이 {max}단계를 넘습니다. 이렇게 깊은 install-config.yaml은 없습니다.',
  'yaml.bomb':
    'YAML 별칭(*name)이 파일 크기보다 훨씬 많이 펼쳐집니다("YAML 폭탄"). 설치 프로그램도 이 파일을 거부합니다("document contains excessive aliasing"). 별칭 대신 값을 직접 쓰십시오.',
  'yaml.unknown-alias':
    '별칭 *{name}이(가) 가리키는 앵커 &{name}이(가) 앞에 정의되어 있지 않습니다. &{name}을(를) 먼저 정의하거나 값을 직접 쓰십시오.',
  'yaml.alias-cycle':
    '앵커 &{name} 안에 자기 자신을 가리키는 별칭(*{name})이 있습니다. 값은 자기 자신을 포함할 수 없습니다.',
  'yaml.merge-value':
    '병합 키(<<:) 뒤에는 매핑을 가리키는 별칭(<<: *base)이나 그런 별칭의 목록이 와야 합니다.',
  'yaml.key-collection': '키는 name: 같은 단일 값이어야 하며, 목록이나 매핑일 수 없습니다.',
  'yaml.key-null':
    '비어 있는 키가 있습니다(~, null 또는 콜론 앞이 비어 있음). 모든 키에는 이름이 필요합니다.',
  'yaml.tag-value':
    '값이 태그가 지정한 형식과 맞지 않습니다(설치 프로그램 메시지: "{installer}"). 태그를 지우거나 값을 고치십시오.',
  'yaml.unclosed-quote':
    '여기서 시작한 {quote} 따옴표가 닫히지 않습니다. 값 끝에 닫는 {quote}를 넣으십시오(파일이 {line}번째 줄에서 따옴표 안인 채로 끝납니다).',
  'yaml.unclosed-quote-document':
    '여기서 시작한 {quote} 따옴표가 {line}번째 줄의 문서 구분선 전에 닫히지 않습니다. 값 끝에 닫는 {quote}를 넣으십시오.',
  'yaml.tab': '이 줄은 탭으로 들여쓰기되어 있습니다. YAML 들여쓰기에는 공백만 쓸 수 있습니다.',
  'yaml.bad-start': '값은 "{char}"(으)로 시작할 수 없습니다. 값 전체를 따옴표로 감싸십시오.',
  'yaml.over-indented':
    '이 키가 {previous}번째 줄의 "{key}"보다 깊게 들여쓰기되어 있어 YAML이 그 값의 일부로 읽습니다. "{key}"와 같은 깊이로(또는 이 키가 속한 키 아래로) 들여쓰십시오.',
  'yaml.colon-in-value':
    '이 줄의 값에 ": "가 들어 있어 YAML이 두 번째 키로 읽습니다. 값을 따옴표로 감싸십시오(예: description: "a: b").',
  'yaml.colon-space': '키의 콜론 뒤에는 공백이 필요합니다. "key:value"가 아니라 "key: value"로 쓰십시오.',
  'yaml.missing-colon':
    '이 줄은 "key: value"도 목록 항목도 아닙니다. 키 뒤에 빠진 ":"를 넣거나, 이 줄이 속한 키 아래로 들여쓰십시오.',
  'yaml.misaligned-key':
    '이 줄은 {column}번째 열에서 시작하지만, 이 매핑의 키들({from}번째 줄부터)은 {expected}번째 열에서 시작합니다. 같은 깊이로 맞추거나, 이 줄이 속한 키 아래로 들여쓰십시오.',
  'yaml.misaligned-entry':
    '이 줄은 {column}번째 열에서 시작하지만, 이 목록의 항목들({from}번째 줄부터)은 {expected}번째 열의 "- "로 시작합니다. 같은 깊이로 맞추십시오.',
  'yaml.unclosed-flow':
    '여기서 연 {bracket}이(가) 닫히지 않아 {line}번째 줄에서 "," 또는 "{close}"가 필요합니다. 빠진 "{close}"(또는 ",")를 넣으십시오.',
  'yaml.entry-after-key':
    '목록 항목("- ")은 키와 같은 줄에서 시작할 수 없습니다. 항목마다 줄을 나누고 키 아래로 들여쓰십시오.',
  'yaml.missing-value':
    '여기에 값이 빠졌거나, 값이 시작할 수 없는 "{char}"(으)로 시작합니다. 값을 따옴표로 감싸십시오.',
  'yaml.escape':
    '큰따옴표 값 안에 YAML이 모르는 백슬래시 이스케이프가 있습니다. 백슬래시는 \\\\로 쓰거나 작은따옴표를 쓰십시오.',
  'yaml.version-directive':
    '%YAML 줄이 설치 프로그램이 읽지 않는 YAML 버전을 요구합니다(설치 프로그램은 YAML 1.1을 읽습니다). %YAML 줄을 지우십시오.',
  'yaml.anchor-name':
    '앵커(&)나 별칭(*)의 이름은 영문자, 숫자, "-", "_"로만 씁니다. "{char}"을(를) 텍스트로 쓰려면 값을 따옴표로 감싸십시오.',
  'yaml.other': '설치 프로그램의 YAML 리더가 여기서 멈춥니다("{installer}").',
  'yaml.duplicate-key':
    '이 매핑에 "{key}" 키가 두 번 있습니다. 설치 프로그램의 YAML 리더는 이 파일을 거부합니다("already set in map"). 하나만 남기십시오.',
  'yaml.duplicate-merged-key':
    '"{key}" 키가 병합(<<:)으로 한 번, 여기서 또 한 번 설정됩니다. YAML은 병합된 키를 덮어쓸 수 있지만, 설치 프로그램의 엄격한 YAML 리더는 이를 거부합니다("already set in map"). 한 곳에서만 설정하십시오.',
  'yaml.multiple-documents':
    '{line}번째 줄("---" 다음)에서 두 번째 YAML 문서가 시작됩니다. 설치 프로그램은 첫 번째 문서만 읽고 나머지는 무시합니다. 뒤의 내용이 이 install-config에 속한다면 "---" 줄을 지우십시오.',

  // ── 필드와 형식(설치 프로그램 Go 타입으로의 엄격한 변환) ──
  'fields.top-level': '(최상위)',
  'fields.where.top': '최상위에',
  'fields.where.in': '{parent}에',
  'fields.consequence.ignored':
    'OpenShift {version}은(는) 경고만 하고 이 필드를 무시하므로 아무 효과가 없습니다',
  'fields.consequence.fatal': 'OpenShift {version}은(는) 이 파일을 거부합니다("unknown field")',
  'fields.consequence.agent': 'Agent-based 설치 프로그램은 agent-config.yaml의 알 수 없는 필드를 거부합니다',
  'fields.unknown.misplaced': '"{key}"은(는) {where} 있는 필드가 아니라 {places}에 속합니다. {consequence}.',
  'fields.unknown.typo':
    '{where} 알 수 없는 필드 "{key}"이(가) 있습니다. "{suggestion}"을(를) 뜻했습니까? {consequence}.',
  'fields.unknown.plain':
    '{where} 알 수 없는 필드 "{key}"이(가) 있습니다. 지우거나 철자를 고치십시오. {consequence}.',
  'fields.not-yet': '{path}은(는) OpenShift {version}에 없는 필드입니다({added}에 추가됨). {consequence}.',
  'fields.removed':
    '{path}은(는) OpenShift {version}에서 더 이상 쓰이지 않습니다({removed}에 제거됨){use}. {consequence}.',
  'fields.use': '. 대신 {replacement}을(를) 쓰십시오',
  'fields.deprecated':
    '{path}은(는) OpenShift {since}부터 더 이상 권장되지 않습니다{use}. 설치 프로그램은 아직 이 필드를 읽습니다.',
  'fields.case':
    '"{key}"은(는) "{canonical}"(으)로 읽힙니다(설치 프로그램은 필드 이름의 대소문자를 구분하지 않습니다). "{canonical}"(으)로 쓰십시오.',
  'fields.type.list':
    '{path}은(는) {actual}이(가) 아니라 목록이어야 합니다. 항목마다 "- "로 시작하는 줄을 쓰십시오.',
  'fields.type.mapping':
    '{path}은(는) {actual}이(가) 아니라 키의 매핑이어야 합니다. 들여쓰기를 확인하십시오.',
  'fields.type.scalar': '{path}은(는) {actual}이(가) 아니라 {expected}이어야 합니다.',
  'fields.type.quoted-number':
    '{path}은(는) 텍스트 "{value}"이(가) 아니라 정수여야 합니다. 따옴표 없이 쓰십시오.',
  'fields.type.json-text':
    '{path}은(는) {actual}이(가) 아니라 작은따옴표로 감싼 JSON 텍스트여야 합니다. {path}: \'{"auths": …}\'처럼 한 줄로 쓰십시오(따옴표가 없으면 YAML은 JSON을 매핑이나 목록으로 읽습니다).',
  'fields.kind.list': '목록',
  'fields.kind.mapping': '키의 매핑',
  'fields.kind.integer': '정수',
  'fields.kind.boolean': 'true 또는 false',
  'fields.kind.scalar': '단일 값',
  'fields.actual.list': '목록',
  'fields.actual.mapping': '매핑',
  'fields.actual.string': '텍스트 "{value}"',
  'fields.actual.number': '숫자 {value}',
  'fields.actual.boolean': '{value}',
  'fields.list-too-long':
    '{path}에 항목이 {count}개 있습니다. 어떤 클러스터도 이만큼 쓰지 않으므로 처음 {max}개만 검사합니다. 파일이 잘못 생성되지 않았는지 확인하십시오.',

  // ── apiVersion, metadata.name, baseDomain ──
  'identity.api-version-required':
    'install-config 버전이 필요합니다("install-config version required"). 파일 맨 위에 "apiVersion: v1"을 추가하십시오.',
  'identity.api-version-legacy':
    'apiVersion {version}은(는) 설치 프로그램이 변환하는 이전 버전입니다. "apiVersion: v1"으로 쓰십시오.',
  'identity.api-version-value':
    'install-config 버전은 "{version}"이(가) 아니라 "v1"이어야 합니다("install-config version must be \\"v1\\""). "apiVersion: v1"으로 쓰십시오.',
  'identity.name-required': '클러스터 이름이 필요합니다. metadata.name을 설정하십시오(예: "prod").',
  'identity.name-format':
    '"{name}"은(는) 올바른 클러스터 이름이 아닙니다("a lowercase RFC 1123 subdomain"). 소문자, 숫자, "-", "."만 쓰고 영문자나 숫자로 시작하고 끝나야 합니다(예: "{fixed}").',
  'identity.name-length':
    '"{name}"은(는) {length}자입니다. 클러스터 이름은 {max}자 이하여야 합니다(63자에서 "*.apps." 자리를 뺀 길이). 줄이십시오.',
  'identity.name-letter':
    '{platform}에서는 클러스터 이름이 소문자로 시작해야 합니다("cluster name must begin with a lower-case letter"). "{name}"은(는) 그렇지 않습니다.',
  'identity.name-dot':
    '{platform}에서는 클러스터 이름에 "."를 쓸 수 없습니다("cluster name must not contain \'.\'"). "{name}"에서 "." 대신 "-"를 쓰십시오.',
  'identity.name-azure-reserved':
    '클러스터 이름은 Azure 예약어 "{word}"일 수 없습니다. 다른 이름을 정하십시오.',
  'identity.name-azure-contains':
    '클러스터 이름에 Azure 예약어 "{word}"를 넣을 수 없습니다. 다른 이름을 정하십시오.',
  'identity.name-azure-login':
    '클러스터 이름은 Azure 예약어 "login"으로 시작할 수 없습니다. 다른 이름을 정하십시오.',
  'identity.name-google':
    'Google Cloud에서는 클러스터 이름이 "goog"로 시작하거나 "google"의 변형을 포함할 수 없습니다. 다른 이름을 정하십시오.',
  'identity.base-domain-required':
    'baseDomain이 필요합니다. 클러스터가 속할 DNS 도메인을 설정하십시오(예: "example.com").',
  'identity.base-domain-format':
    '"{domain}"은(는) 올바른 기본 도메인이 아닙니다("a lowercase RFC 1123 subdomain"). 소문자, 숫자, "-"로 된 레이블을 "."로 이어 쓰십시오(예: "example.com").',
  'identity.cluster-domain-length':
    '클러스터 도메인 "{domain}"은(는) {length}자입니다. {max}자 이하여야 하므로 metadata.name이나 baseDomain을 줄이십시오.',

  // ── platform ──
  'platform.required':
    '플랫폼 중 하나를 지정해야 합니다({platforms})("must specify one of the platforms"). 예를 들어 베어메탈에 사용자 프로비저닝으로 설치한다면 "platform: {none: {}}"를 씁니다.',
  'platform.ovirt':
    'oVirt 플랫폼은 더 이상 지원되지 않습니다(OpenShift 4.14에서 제거). baremetal이나 none 같은 다른 플랫폼에 설치하십시오.',
  'platform.single':
    '플랫폼은 하나만 지정할 수 있습니다("must only specify a single type of platform"). "{first}"와(과) "{second}"를 함께 쓸 수 없으니 설치할 플랫폼만 남기십시오.',
  'platform.block-type': 'platform.{key}은(는) 매핑이어야 합니다(설정이 없으면 {}로 쓰십시오).',

  // ── 머신 풀: controlPlane, compute, arbiter, fencing ──
  'pools.hyperthreading': 'Unsupported value: "{value}": 지원되는 값은 "Enabled", "Disabled"입니다.',
  'pools.architecture': 'Unsupported value: "{value}": 지원되는 값은 {allowed}입니다{where}.',
  'pools.on-aws': '(AWS 기준)',
  'pools.replicas-negative': '복제본 수는 음수일 수 없습니다.',
  'pools.platform-stanza':
    '클러스터가 "{platform}"을(를) 쓰는데 머신 풀에 "{key}"를 지정했습니다("cannot specify \\"{key}\\" for machine pool when cluster is using \\"{platform}\\""). 풀 설정은 platform.{platform} 아래에 쓰거나 {key}를 지우십시오.',
  'pools.management': 'Unsupported value: "{value}": 지원되는 값은 "ClusterAPI", "MachineAPI"입니다.',
  'pools.control-plane-name':
    '컨트롤 플레인 풀의 이름은 항상 "master"이며 "{name}"은(는) 바뀌어 적용됩니다. "name: master"로 쓰십시오.',
  'pools.control-plane-zero':
    '컨트롤 플레인 복제본 수는 양수여야 합니다. 3(고가용성) 또는 1(단일 노드)을 쓰십시오.',
  'pools.compute-name':
    'Unsupported value: "{name}": 지원되는 값은 "worker", "edge"입니다. 컴퓨트 풀 이름은 worker이며, edge는 AWS Local Zones와 Wavelength Zones에서만 씁니다.',
  'pools.edge-platform':
    'edge 컴퓨트 풀은 AWS에만 있고 {platform}에는 없습니다. 풀 이름을 "worker"로 하십시오.',
  'pools.edge-cluster-api':
    'edge 컴퓨트 풀은 Cluster API로 관리할 수 없습니다. management: ClusterAPI를 지우십시오.',
  'pools.compute-duplicate':
    'Duplicate value: "{name}": 컴퓨트 풀 이름은 한 번만 쓸 수 있습니다. 풀을 하나로 합치십시오.',
  'pools.fencing-compute': 'fencing은 컨트롤 플레인에만 쓸 수 있습니다. controlPlane.fencing으로 옮기십시오.',
  'pools.mixed-architecture':
    'Invalid value: "{arch}": "heteregeneous multi-arch is not supported; compute pool architecture must match control plane"({cpArch}). OpenShift {version}은(는) {where}. 여기에도 {cpArch}를 쓰거나 플랫폼을 바꾸십시오.',
  'pools.mixed-none': '어떤 플랫폼에서도 아키텍처를 섞어 쓸 수 없습니다',
  'pools.mixed-only': '{platforms}에서만 아키텍처를 섞어 쓸 수 있습니다',
  'pools.sno-baremetal':
    'bootstrapInPlace를 쓰는 Single Node OpenShift는 baremetal 플랫폼에서 지원되지 않습니다. platform none이나 Agent-based 설치 프로그램을 쓰십시오.',
  'pools.sno-platform':
    '{platform} 플랫폼{extra}에서는 이 설치 방식이 단일 노드 설치를 지원하지 않습니다("this install method does not support Single Node installation on platform {platform}"). 복제본을 3으로 하거나, platform none(bootstrapInPlace 사용)이나 Agent-based 설치 프로그램으로 단일 노드를 설치하십시오.',
  'pools.sno-without-bip': '(bootstrapInPlace 없음)',
  'pools.bip-replicas':
    'bootstrapInPlace는 단일 노드 클러스터용입니다. controlPlane.replicas는 {replicas}이(가) 아니라 1이어야 합니다.',
  'pools.bip-disk':
    'bootstrapInPlace.installationDisk가 필요합니다. 설치할 디스크를 지정하십시오(예: /dev/disk/by-id/wwn-0x…).',
  'pools.openstack-max':
    'OpenStack에 프로비저닝할 때 컨트롤 플레인은 3노드를 넘을 수 없습니다("control plane cannot be more than three nodes when provisioning on OpenStack"). 복제본을 3으로 하십시오.',
  'pools.two-node':
    '2노드 컨트롤 플레인에는 controlPlane.fencing(펜싱 자격 증명 2개)이나 arbiter 풀이 필요합니다. 그렇지 않으면 복제본을 3으로 하십시오.',
  'pools.two-node-old':
    'OpenShift {version}은(는) 컨트롤 플레인 복제본 2개를 그대로 설치하지만, etcd 멤버가 2개면 하나도 잃을 수 없습니다. 지원되는 토폴로지가 아닙니다(arbiter나 fencing을 쓰는 2노드 토폴로지는 4.19와 4.20부터 제공됩니다). 복제본을 3으로 하십시오.',
  'pools.arbiter-platform':
    'Unsupported value: "{platform}": 지원되는 값은 {allowed}입니다. OpenShift {version}은(는) 이 플랫폼에서만 arbiter 풀을 허용합니다.',
  'pools.arbiter-name': 'arbiter 풀의 이름은 항상 "arbiter"이며 "{name}"은(는) 바뀌어 적용됩니다.',
  'pools.arbiter-replicas': 'arbiter 복제본 수는 양수여야 합니다. arbiter.replicas를 설정하십시오(보통 1).',
  'pools.arbiter-control-plane':
    'arbiter 구성에서는 컨트롤 플레인 복제본이 2개 이상이어야 합니다("number of controlPlane replicas must be at least 2 for arbiter deployments"). controlPlane.replicas: 2로 하거나 arbiter 풀을 지우십시오.',
  'pools.fencing-platform':
    'fencing은 {allowed} 플랫폼에서만 지원되는데 {platform} 플랫폼이 지정되었습니다("fencing is only supported on baremetal, external or none platforms"). controlPlane.fencing을 지우거나 지원되는 플랫폼에 설치하십시오.',
  'pools.fencing-count':
    '2노드 클러스터에는 펜싱 자격 증명이 정확히 2개 있어야 하는데 {count}개가 있습니다("there should be exactly two fencing credentials to support the two node cluster"). 컨트롤 플레인 호스트 2대의 BMC 자격 증명을 하나씩 나열하십시오.',
  'pools.fencing-unused':
    '복제본이 2개가 아닌 컨트롤 플레인(Two Nodes Fencing이 아닌 클러스터)에는 펜싱 자격 증명을 두지 않아야 하는데 {count}개가 있습니다("there should not be any fencing credentials configured for a non dual replica control plane"). controlPlane.fencing을 지우거나 controlPlane.replicas: 2로 하십시오.',
  'pools.fencing-required': 'Required value: missing {label}: 펜싱 자격 증명마다 {field}이(가) 필요합니다.',
  'pools.fencing-host':
    '펜싱 자격 증명에는 hostname과 macaddress 중 하나 이상이 있어야 합니다("at least one of hostname or macaddress must be provided"). 호스트 이름을 hostName:으로 추가하십시오.',
  'pools.fencing-redfish':
    '펜싱은 Redfish 호환 BMC 주소만 지원하며 IPMI는 지원하지 않습니다("fencing only supports redfish-compatible BMC addresses, IPMI is not supported"). redfish:// 또는 redfish+https:// 주소를 쓰십시오.',
  'pools.fencing-duplicate-address':
    'Duplicate value: "{address}": 펜싱 자격 증명마다 서로 다른 BMC 주소가 필요합니다.',
  'pools.fencing-mac':
    '"{mac}"은(는) 유니캐스트 EUI-48 MAC 주소가 아닙니다. 호스트의 MAC 주소를 쓰십시오(예: 52:54:00:00:00:10).',
  'pools.fencing-duplicate-mac':
    'Duplicate value: "{mac}": 펜싱 자격 증명마다 서로 다른 MAC 주소가 필요합니다.',
  'pools.fencing-verification': 'Unsupported value: "{value}": 지원되는 값은 "Enabled", "Disabled"입니다.',

  // ── 네트워크 ──
  'net.kind.machine': '머신 네트워크',
  'net.kind.service': '서비스 네트워크',
  'net.kind.cluster': '클러스터 네트워크',
  'net.kind.join': 'OVN 조인 서브넷',
  'net.default': '기본값 {text}',
  'net.host-bits':
    '잘못된 네트워크 주소입니다("invalid network address. got {text}, expecting {expected}"). {kind}은(는) 네트워크 경계에서 시작해야 하므로 {expected}(으)로 쓰십시오.',
  'net.unspecified':
    '주소는 지정되지 않은 주소일 수 없습니다("address must not be unspecified"). {text}은(는) {kind}(으)로 쓸 수 없으니 10.0.0.0/16 같은 실제 네트워크를 쓰십시오.',
  'net.cidr-syntax':
    '"{text}"은(는) CIDR이 아닙니다. {kind}은(는) 주소/프리픽스 형식으로 씁니다(예: 10.0.0.0/16).',
  'net.overlap': '{network}: {what}. 겹치지 않는 대역을 고르십시오.',
  'net.overlap.machine-machine':
    '머신 네트워크가 머신 네트워크 {index}와(과) 겹칩니다("machine network must not overlap with machine network {index}")',
  'net.overlap.service-machine':
    '서비스 네트워크가 머신 네트워크와 겹칩니다("service network must not overlap with any of the machine networks")',
  'net.overlap.service-service':
    '서비스 네트워크가 서비스 네트워크 {index}와(과) 겹칩니다("service network must not overlap with service network {index}")',
  'net.overlap.cluster-machine':
    '클러스터 네트워크가 머신 네트워크와 겹칩니다("cluster network must not overlap with any of the machine networks")',
  'net.overlap.cluster-service':
    '클러스터 네트워크가 서비스 네트워크 {index}와(과) 겹칩니다("cluster network must not overlap with service network {index}")',
  'net.overlap.cluster-cluster':
    '클러스터 네트워크가 클러스터 네트워크 {index}와(과) 겹칩니다("cluster network must not overlap with cluster network {index}")',
  'net.too-many': '이 목록에는 항목이 {count}개 있어 처음 {max}개만 겹침을 비교합니다.',
  'net.docker-bridge':
    '{network}이(가) Docker 브리지 네트워크 172.17.0.0/16과 겹칩니다. Docker를 실행하는 호스트는 이 네트워크와 연결이 끊길 수 있습니다.',
  'net.sdn-removed':
    'networkType OpenShiftSDN은 지원되지 않습니다("networkType OpenShiftSDN is not supported, please use OVNKubernetes"). OpenShift 4.15부터는 OpenShiftSDN으로 설치할 수 없으니 OVNKubernetes를 쓰십시오.',
  'net.sdn-deprecated':
    'networkType OpenShiftSDN은 4.14에서 더 이상 권장되지 않으며 4.15부터는 설치할 수 없습니다. OVNKubernetes를 쓰십시오.',
  'net.kuryr-removed':
    'networkType Kuryr는 4.14 이후 OpenShift에서 지원되지 않습니다("networkType Kuryr is not supported on OpenShift later than 4.14"). OVNKubernetes를 쓰십시오.',
  'net.kuryr-deprecated':
    'networkType Kuryr는 4.14에서 더 이상 권장되지 않으며 4.15에서 제거됩니다. OVNKubernetes를 쓰십시오.',
  'net.service-size-v4':
    'IPv4 서비스 네트워크는 /12 이상이어야 합니다("subnet size for IPv4 service network must be /12 or greater", /16 권장). {text}은(는) 이보다 큽니다.',
  'net.service-size-v6':
    'IPv6 서비스 네트워크는 /112를 권장합니다("subnet size for IPv6 service network should be /112"). {text}은(는) 최대 크기 /108보다 큽니다.',
  'net.host-prefix-negative':
    'hostPrefix는 양수여야 합니다("hostPrefix must be positive"). {value}은(는) 양수가 아니니 IPv4 클러스터 네트워크라면 23(노드당 주소 512개)을 쓰십시오.',
  'net.host-prefix-short':
    '"cluster network host subnetwork prefix must not be larger size than CIDR {text}": hostPrefix {value}(으)로는 노드 하나에 네트워크 전체보다 많은 주소가 할당됩니다. hostPrefix를 {prefix}~{bits} 사이로 하거나, 네트워크를 /{wider} 이상으로 넓히십시오(/{value} 노드 8개분).',
  'net.host-prefix-long':
    'hostPrefix {value}은(는) {family} 주소 길이({bits}비트)보다 깁니다. IPv4는 23, IPv6는 64를 쓰십시오.',
  'net.host-prefix-v6':
    'IPv6 네트워크의 hostPrefix는 64여야 합니다("cluster network host subnetwork prefix must be 64 for IPv6 networks"). hostPrefix: 64로 쓰십시오.',
  'net.host-prefix-same':
    'IPv4 클러스터 네트워크의 hostPrefix는 모두 같아야 합니다("cluster network host subnetwork prefix must be the same value for IPv4 networks"). 여기에도 {value}을(를) 쓰십시오.',
  'net.ovn-config-type':
    'ovnKubernetesConfig는 networkType이 OVNKubernetes일 때만 쓸 수 있는데 {type}입니다("ovnKubernetesConfig may only be specified with the OVNKubernetes networkType"). ovnKubernetesConfig를 지우거나 OVNKubernetes를 쓰십시오.',
  'net.ovn.internal': '내부 서브넷',
  'net.ovn.transit': '트랜짓 서브넷',
  'net.ovn.masquerade': '마스커레이드 서브넷',
  'net.ovn-overlap':
    '{network}이(가) OVNKubernetes 기본 {subnet} {cidr}와(과) 겹칩니다("must not overlap with OVNKubernetes default", 자세한 내용은 \'openshift-install explain installconfig.networking.ovnKubernetesConfig.{family}\'). {fix}.',
  'net.ovn-overlap-old':
    '{network}이(가) OVNKubernetes 기본 {subnet} {cidr}와(과) 겹칩니다. OpenShift {version} 설치 프로그램은 이를 검사하지 않지만, 겹친 상태로는 클러스터 네트워크가 시작되지 않습니다. {fix}.',
  'net.ovn-fix-join':
    '다른 대역을 고르거나 networking.ovnKubernetesConfig.{family}.internalJoinSubnet으로 조인 서브넷을 옮기십시오',
  'net.ovn-fix-range': '다른 대역을 고르십시오',
  'net.join-syntax': '"{text}"은(는) 100.66.0.0/16 같은 올바른 IPv4 CIDR이 아닙니다.',
  'net.join-overlap':
    'internalJoinSubnet {join}이(가) {name} {text}와(과) 겹칩니다. 비어 있는 대역을 고르십시오.',
  'net.join-size':
    'ipv4InternalJoinSubnet이 클러스터 네트워크가 수용하는 최대 노드 수({nodes})에 비해 작습니다("ipv4InternalJoinSubnet is not large enough"). 더 큰 서브넷을 쓰십시오.',
  'net.mtu-aws-only':
    '클러스터 네트워크 MTU는 AWS 설치에서만 지정할 수 있습니다("cluster network MTU is allowed only in AWS deployments"). clusterNetworkMTU를 지우십시오.',
  'net.mtu-max':
    '클러스터 네트워크 MTU {mtu}이(가) 최대값 9001을 넘습니다. clusterNetworkMTU를 8901(9001에서 OVN 오버헤드를 뺀 값) 이하로 하십시오.',
  'net.mtu-min':
    '클러스터 네트워크 MTU {mtu}이(가) 최소값 1000보다 작습니다. clusterNetworkMTU를 1000 이상으로 하거나 지우십시오.',
  'net.mtu-plugin':
    '네트워크 플러그인 {type}에서는 클러스터 네트워크 MTU를 쓸 수 없습니다. OVNKubernetes를 쓰십시오.',
  'net.mtu-ovn':
    '클러스터 네트워크 MTU {mtu}이(가) OVNKubernetes의 최대값 8901(9001에서 OVN 오버헤드 100바이트를 뺀 값)을 넘습니다. clusterNetworkMTU를 8901 이하로 하십시오.',

  // ── IP 패밀리 ──
  'ipfamily.two-services':
    '듀얼 스택 IPv4/IPv6으로 설치하려면 주소 유형마다 하나씩 서비스 네트워크 2개가 필요합니다("you must provide two service networks"). 정확히 2개를 쓰십시오.',
  'ipfamily.aws-dual':
    '듀얼 스택 IPv4/IPv6은 platform.aws.ipFamily가 DualStackIPv4Primary 또는 DualStackIPv6Primary일 때만 쓸 수 있습니다. ipFamily를 설정하거나 주소 유형을 하나만 쓰십시오.',
  'ipfamily.azure-dual':
    'Azure에서는 듀얼 스택 IPv4/IPv6이 지원되지 않습니다(OPENSHIFT_INSTALL_EXPERIMENTAL_DUAL_STACK=true로 실험용으로만 가능). 주소 유형을 하나만 쓰십시오.',
  'ipfamily.dual-platform':
    '이 플랫폼({platform})에서는 듀얼 스택 IPv4/IPv6이 지원되지 않습니다("dual-stack IPv4/IPv6 is not supported for this platform"). 주소 유형을 하나만 쓰도록 IPv6(또는 IPv4) 네트워크를 지우십시오.',
  'ipfamily.dual-missing': '듀얼 스택에는 networking.{name}에 {family} 네트워크가 필요합니다. 추가하십시오.',
  'ipfamily.aws-order':
    '{ipFamily}에서는 이 목록의 첫 항목이 {family} 네트워크여야 합니다. networking.{name}의 순서를 바꾸십시오.',
  'ipfamily.order':
    '{platform}에서는 IPv4 주소를 IPv6 주소보다 먼저 써야 합니다("IPv4 addresses must be listed before IPv6 addresses"). networking.{name}의 순서를 바꾸십시오.',
  'ipfamily.aws-two-services':
    '듀얼 스택에는 주소 유형마다 하나씩 서비스 네트워크 2개가 필요합니다. platform.aws.ipFamily {ipFamily}에는 IPv4와 IPv6 서비스 네트워크가 모두 있어야 합니다.',
  'ipfamily.ipv6-platform':
    '이 플랫폼({platform})에서는 IPv6 단일 스택이 지원되지 않습니다("single-stack IPv6 is not supported for this platform"). IPv4를 쓰십시오{extra}.',
  'ipfamily.aws-dual-hint': '(또는 platform.aws.ipFamily로 듀얼 스택을 쓰십시오)',
  'ipfamily.one-service':
    'IPv4 단일 스택 클러스터에는 서비스 네트워크를 하나만 쓸 수 있습니다("only one service network can be specified"). 하나만 남기십시오(IPv6 서비스 네트워크는 듀얼 스택일 때만 추가합니다).',

  // ── API·인그레스 VIP ──
  'vips.required-api':
    'API VIP를 하나 이상 지정해야 합니다("must specify at least one VIP for the API"). {path}에 머신 네트워크의 비어 있는 주소를 쓰십시오.',
  'vips.required-ingress':
    '인그레스 VIP를 하나 이상 지정해야 합니다("must specify at least one VIP for the Ingress"). {path}에 머신 네트워크의 비어 있는 주소를 쓰십시오.',
  'vips.pair-ingress':
    'API VIP를 지정했다면 인그레스 VIP도 지정해야 합니다("must specify VIP for ingress, when VIP for API is set"). {path}을(를) 추가하십시오.',
  'vips.pair-api':
    '인그레스 VIP를 지정했다면 API VIP도 지정해야 합니다("must specify VIP for API, when VIP for ingress is set"). {path}을(를) 추가하십시오.',
  'vips.distinct':
    'API VIP는 인그레스 VIP와 같을 수 없습니다("VIP for API must not be one of the Ingress VIPs"). {ip}이(가) 양쪽에 쓰였으니 서로 다른 주소를 쓰십시오.',
  'vips.count':
    'Too many: {count}: {role} VIP는 최대 2개(IPv4 하나, IPv6 하나)입니다. IP 패밀리마다 주소를 하나씩만 남기십시오.',
  'vips.format': '"{value}"은(는) 올바른 IP가 아닙니다. {role} VIP는 각각 IPv4나 IPv6 주소 하나여야 합니다.',
  'vips.two-families':
    '{role} VIP를 2개 지정하면 하나는 IPv4, 다른 하나는 IPv6 주소여야 합니다. 하나만 남기거나, 하나를 다른 패밀리의 주소로 바꾸십시오.',
  'vips.primary-family':
    '{name}의 기본 IP 패밀리와 {role} VIP의 IP 패밀리가 같아야 합니다("primary IP Family and primary IP family for the {role} VIP should match"). {family} VIP를 쓰거나 목록 순서를 바꾸십시오.',
  'vips.machine-network':
    'IP가 머신 네트워크({networks}) 안에 있어야 하는데 {ip}은(는) 밖에 있습니다("IP expected to be in one of the machine networks"). 안쪽의 비어 있는 주소를 고르거나 그 네트워크를 networking.machineNetwork에 추가하십시오.',

  // ── publish, credentialsMode ──
  'publish.value': 'Unsupported value: "{value}": 지원되는 값은 "External", "Internal", "Mixed"입니다.',
  'publish.internal':
    '"{platform}" 플랫폼에서는 Internal 게시 전략이 지원되지 않습니다("Internal publish strategy is not supported"). publish: Internal을 지우십시오(프라이빗 클러스터는 {platforms}에서만 가능합니다).',
  'publish.mixed':
    '"{platform}" 플랫폼에서는 Mixed 게시 전략이 지원되지 않습니다("mixed publish strategy is not supported"). External이나 Internal을 쓰십시오.',
  'publish.operator-required':
    'Mixed 게시 전략에는 오퍼레이터 게시 전략이 필요합니다("please specify the operator publishing strategy for mixed publish strategy"). operatorPublishingStrategy.apiserver와 .ingress를 Internal 또는 External로 지정하십시오.',
  'publish.operator-only-mixed':
    '오퍼레이터 게시 전략은 Mixed 게시 전략에서만 쓸 수 있습니다("operator publishing strategy is only allowed with mixed publishing strategy installs"). publish: Mixed로 하거나 지우십시오.',
  'publish.operator-value': 'Unsupported value: "{value}": 지원되는 값은 "Internal", "External"입니다.',
  'publish.operator-both-internal':
    'Mixed 클러스터에서 두 필드를 모두 Internal로 할 수 없습니다("cannot set both fields to internal in a mixed cluster"). 대신 publish: Internal을 쓰십시오.',
  'publish.credentials-value':
    'Unsupported value: "{value}": 지원되는 값은 "Mint", "Passthrough", "Manual"입니다.',
  'publish.credentials-none':
    'Invalid value: "{value}": "{platform}" 플랫폼에서는 credentialsMode를 지정할 수 없습니다("cannot be set when using the \\"{platform}\\" platform"). credentialsMode를 지우십시오.',
  'publish.credentials-platform':
    'Unsupported value: "{value}": {platform}에서 지원되는 값은 {allowed}입니다.',

  // ── 프록시 ──
  'proxy.required':
    'httpProxy나 httpsProxy가 필요합니다("must include httpProxy or httpsProxy"). http://proxy.example.com:3128 같은 프록시 URL을 쓰거나 proxy 블록을 지우십시오.',
  'proxy.url':
    '{field}은(는) 올바른 URL이 아닙니다. {scheme}://host:port 형식으로 쓰십시오(호스트 앞에 user:password@를 둘 수 있습니다).',
  'proxy.scheme':
    'Unsupported value: "{value}": {field}에서 지원되는 값은 {allowed}입니다. {example} 형식으로 쓰십시오.',
  'proxy.in-cluster-network':
    '프록시 주소가 클러스터 네트워크 안에 있습니다("proxy value is part of the cluster networks"). {host}이(가) 클러스터, 서비스 또는 OVN 조인 네트워크에 속하니 그 밖의 프록시를 쓰십시오.',
  'proxy.no-proxy-spaces':
    'noProxy에는 공백을 쓸 수 없습니다("noProxy must not have spaces"). 항목은 쉼표로만 구분하십시오.',
  'proxy.no-proxy-element':
    'noProxy의 {index}번 항목 "{element}"이(가) 와일드카드 없는 IP, CIDR, 도메인이 아닙니다("each element of noProxy must be a IP, CIDR or domain without wildcard characters"). "*.example.com" 대신 ".example.com"으로 쓰십시오.',

  // ── imageContentSources, imageDigestSources ──
  'mirrors.reference':
    '"{text}"은(는) 참조가 아니라 저장소여야 합니다("must be repository--not reference"). 태그나 다이제스트를 지우십시오(예: quay.io/openshift-release-dev/ocp-release).',
  'mirrors.invalid':
    '저장소 이름이 잘못되었습니다("the repository provided is invalid"): "{text}". host[:port]/namespace/name 형식의 소문자로 쓰십시오.',
  'mirrors.content-sources-deprecated':
    'imageContentSources는 더 이상 권장되지 않습니다. imageDigestSources로 이름을 바꾸십시오(source와 mirrors 항목은 그대로 둡니다).',
  'mirrors.both':
    'imageContentSources와 imageDigestSources를 함께 쓸 수 없습니다("cannot set imageContentSources and imageDigestSources at the same time"). imageDigestSources만 남기십시오.',
  'mirrors.source-required':
    'Required value: 미러링할 원본 저장소가 필요합니다(예: quay.io/openshift-release-dev/ocp-release).',
  'mirrors.pull-secret':
    '풀 시크릿에 미러 레지스트리 {host}의 자격 증명이 없습니다. 레지스트리에 로그인이 필요하다면 auths 항목을 추가하십시오.',
  'mirrors.policy':
    '"{value}"은(는) 사용할 수 없습니다. 지원되는 값은 "NeverContactSource", "AllowContactingSource"입니다("supported values are").',
  'mirrors.policy-without-mirror':
    'sourcePolicy는 미러 없이 설정할 수 없습니다("sourcePolicy cannot be configured without a mirror"). mirrors를 추가하거나 sourcePolicy를 지우십시오.',

  // ── capabilities ──
  'caps.baseline': 'Unsupported value: "{value}": 지원되는 값은 {allowed}입니다.',
  'caps.unknown': 'Unsupported value: "{value}": 지원되는 값은 {allowed}입니다.',
  'caps.marketplace':
    'marketplace 기능에는 OperatorLifecycleManager 기능이 필요합니다("the marketplace capability requires the OperatorLifecycleManager capability"). OperatorLifecycleManager도 활성화하십시오.',
  'caps.baremetal':
    'baremetal 플랫폼에는 baremetal 기능이 필요합니다("platform baremetal requires the baremetal capability"). additionalEnabledCapabilities에 추가하십시오.',
  'caps.cloud-credential':
    'CloudCredential 기능은 베어메탈 플랫폼에서만 끌 수 있습니다("disabling CloudCredential capability available only for baremetal platforms"). additionalEnabledCapabilities에 CloudCredential을 추가하십시오.',
  'caps.ccm':
    'CloudControllerManager 기능은 Baremetal, None 플랫폼과 cloudControllerManager가 비어 있는 External 플랫폼에서만 끌 수 있습니다("disabling CloudControllerManager is only supported on the Baremetal, None, or External platform"). additionalEnabledCapabilities에 CloudControllerManager를 추가하십시오.',
  'caps.ingress':
    'Ingress 기능은 필수입니다("the Ingress capability is required"). additionalEnabledCapabilities에 Ingress를 추가하십시오.',

  // ── pullSecret, additionalTrustBundle, sshKey ──
  'secrets.pull-secret-required':
    'pullSecret이 필요합니다. https://console.redhat.com/openshift/install/pull-secret 에서 받은 풀 시크릿을 작은따옴표 안에 붙여 넣으십시오.',
  'secrets.pull-secret-json':
    'pullSecret이 올바른 JSON이 아닙니다. 받은 풀 시크릿을 그대로 한 줄로, 작은따옴표 안에 붙여 넣으십시오.',
  'secrets.pull-secret-object':
    'pullSecret은 {"auths": {"<registry>": {"auth": "…"}}} 형태의 JSON 객체여야 합니다.',
  'secrets.pull-secret-auths':
    'auths가 필요합니다("auths required"). pullSecret에는 레지스트리마다 항목이 하나씩 있는, 비어 있지 않은 "auths" 객체가 있어야 합니다.',
  'secrets.pull-secret-entry':
    'pullSecret.auths의 "{registry}"에는 auth나 credsStore가 있어야 합니다("requires either auth or credsStore"). 레지스트리의 "user:password"를 base64로 인코딩해 "auth"로 추가하십시오.',
  'secrets.trust-policy':
    '"{value}"은(는) 신뢰 번들 정책이 아닙니다. 지원되는 값은 "Proxyonly", "Always"입니다(기본값 Proxyonly).',
  'secrets.trust-none':
    'additionalTrustBundle에 PEM 블록이 없습니다. "-----BEGIN CERTIFICATE-----"부터 "-----END CERTIFICATE-----"까지 CA 인증서를 붙여 넣으십시오.',
  'secrets.trust-type':
    'PEM 블록 {n}은(는) CERTIFICATE가 아니라 "{type}"입니다. additionalTrustBundle에는 X.509 인증서만 넣을 수 있으며, 키는 절대 넣지 마십시오.',
  'secrets.trust-base64':
    'invalid block: PEM 블록 {n}이(가) base64 데이터가 아닙니다. 인증서 파일 내용을 그대로 붙여 넣으십시오.',
  'secrets.trust-header-text':
    'invalid block: PEM 블록 {n}의 "-----BEGIN CERTIFICATE-----" 줄 뒤에 다른 텍스트가 있거나, 블록 안에 주석 줄이 있습니다. BEGIN과 END 사이에는 다른 것을 둘 수 없으니 그 텍스트를 인증서 밖의 별도 줄로 옮기십시오.',
  'secrets.trust-der':
    'PEM 블록 {n}에 X.509 인증서(DER 데이터)가 들어 있지 않습니다. 실제 CA 인증서를 붙여 넣으십시오.',
  'ssh.required':
    'PowerVS에서는 sshKey가 필요합니다. 공개 키 파일(~/.ssh/id_rsa.pub)의 내용을 붙여 넣으십시오.',
  'ssh.private':
    'sshKey에 개인 키가 들어 있습니다. 공개 키(".pub" 파일)를 대신 붙여 넣고, 이 개인 키는 노출된 것으로 간주하십시오.',
  'ssh.no-key':
    '"{shown}": "ssh: no key found". sshKey는 "ssh-ed25519 AAAAC3Nza… user@host" 같은 authorized_keys 한 줄이어야 합니다. .pub 파일 내용 전체를 붙여 넣으십시오.',
  'ssh.fips':
    'FIPS를 켜면 SSH 키 유형 {type}을(를) 쓸 수 없습니다("SSH key type {type} unavailable when FIPS is enabled"). RSA나 ECDSA 키를 쓰십시오.',

  // ── featureSet, featureGates, 기능 게이트로 보호되는 필드 ──
  'gates.okd':
    'OpenShift 클러스터에서는 OKD 기능 세트를 쓸 수 없습니다("OKD featureset is not supported on OpenShift clusters"). featureSet을 지우십시오.',
  'gates.feature-set-value':
    'Unsupported value: "{value}": 지원되는 값은 "TechPreviewNoUpgrade", "DevPreviewNoUpgrade", "CustomNoUpgrade"입니다(기본 세트를 쓰려면 featureSet을 비워 두십시오).',
  'gates.irreversible':
    'featureSet: {value}은(는) 되돌릴 수 없으며, 이후 클러스터를 업그레이드할 수 없습니다. 다시 설치할 클러스터에만 쓰십시오.',
  'gates.custom-only':
    'featureGates는 CustomNoUpgrade 기능 세트에서만 쓸 수 있습니다("featureGates can only be used with the CustomNoUpgrade feature set"). featureSet: CustomNoUpgrade로 하거나 featureGates를 지우십시오.',
  'gates.format': 'Invalid value: "{value}": <feature-name>=<bool> 형식이어야 합니다(예: "SomeGate=true").',
  'gates.format-bool':
    'Invalid value: "{value}": <feature-name>=<bool> 형식이어야 하는데 불리언 값을 읽을 수 없습니다("could not parse boolean value").',
  'gates.ga-from': '(OpenShift {release}부터 정식 지원)',
  'gates.off.tech-preview':
    '"{installer}": OpenShift {version}에서 {gate} 기능은 기술 프리뷰입니다{ga}. featureSet: TechPreviewNoUpgrade를 설정하거나(되돌릴 수 없으며 이후 업그레이드 불가) {field}을(를) 지우십시오.',
  'gates.off.dev-preview':
    '"{installer}": OpenShift {version}에서 {gate} 기능은 개발자 프리뷰입니다{ga}. featureSet: DevPreviewNoUpgrade를 설정하거나(되돌릴 수 없으며 이후 업그레이드 불가) {field}을(를) 지우십시오.',
  'gates.off.absent':
    '"{installer}": OpenShift {version}에는 {gate} 기능이 없습니다{ga}. {field}을(를) 지우십시오.',
  'gates.off.disabled':
    '"{installer}": featureGates가 {gate}를 끕니다. {gate}=false를 지우거나 {field}을(를) 지우십시오.',
  'gates.os-image-stream': 'Unsupported value: "{value}": 지원되는 값은 "rhel-9", "rhel-10"입니다.',

  // ── 플랫폼 블록 ──
  'platforms.required': 'Required value: {path}: {why}',
  'platforms.unsupported': 'Unsupported value: "{value}": 지원되는 값은 {allowed}입니다.',
  'aws.region': '리전을 지정해야 합니다("region must be specified", 예: us-east-1).',
  'aws.classic-dual':
    'Classic 로드 밸런서는 듀얼 스택 클러스터를 처리할 수 없습니다. lbType: NLB를 쓰십시오.',
  'aws.hosted-zone':
    '기존 서브넷을 쓰지 않으면 기존 호스팅 영역도 쓸 수 없습니다("may not use an existing hosted zone when not using existing subnets"). {subnets}에 서브넷을 나열하거나 hostedZone을 지우십시오.',
  'aws.hosted-zone-role':
    '호스팅 영역 없이 호스팅 영역 작업용 역할만 지정할 수 없습니다("may not specify a role to assume for hosted zone operations without also specifying a hosted zone"). platform.aws.hostedZone을 설정하십시오.',
  'aws.hosted-zone-role-mode':
    'hostedZoneRole을 지정하면 자격 증명 모드가 Passthrough나 Manual이어야 합니다("either Passthrough or Manual credential mode must be specified"). credentialsMode를 설정하십시오.',
  'aws.subnet-id': 'Required value: 서브넷마다 id(subnet-…)가 필요합니다.',
  'aws.subnet-duplicate': 'Duplicate value: "{id}": 서브넷은 한 번씩만 나열하십시오.',
  'aws.subnet-role': 'Unsupported value: "{value}": 지원되는 서브넷 역할은 {roles}입니다.',
  'aws.external-lb-private':
    '프라이빗(publish: Internal) 클러스터에서는 ControlPlaneExternalLB 서브넷을 쓸 수 없습니다. 그 역할을 지우거나 publish: External을 쓰십시오.',
  'aws.roles-all-or-none':
    '서브넷 역할은 모든 서브넷에 지정하거나 어떤 서브넷에도 지정하지 않아야 합니다("either all subnets must be assigned roles or none"). 역할이 없는 서브넷에 역할을 추가하거나 모든 역할을 지우십시오.',
  'aws.ingress-lbs':
    'Too many: {count}: IngressControllerLB 서브넷은 최대 10개입니다. 나머지 서브넷에서는 이 역할을 지우십시오.',
  'aws.endpoint-duplicate': 'Duplicate value: "{name}": 서비스 엔드포인트 이름은 한 번씩만 쓸 수 있습니다.',
  'aws.endpoint-url':
    '"{url}"은(는) 올바른 서비스 엔드포인트가 아닙니다. 경로나 쿼리 없는 URL(https://host)을 쓰십시오.',
  'azure.region':
    '지원되는 Azure 리전 중 하나를 지정해야 합니다("region should be set to one of the supported Azure regions", 예: eastus).',
  'azure.dns-resource-group':
    'baseDomainResourceGroupName은 Azure DNS 영역이 있는 리소스 그룹 이름입니다. 이 값을 설정하거나 publish: Internal을 쓰십시오.',
  'azure.network-resource-group': '가상 네트워크를 지정하면 네트워크 리소스 그룹도 지정해야 합니다.',
  'azure.compute-subnet': '가상 네트워크를 지정하면 컴퓨트 서브넷도 지정해야 합니다.',
  'azure.control-plane-subnet': '가상 네트워크를 지정하면 컨트롤 플레인 서브넷도 지정해야 합니다.',
  'azure.virtual-network':
    '서브넷을 지정하려면 가상 네트워크가 필요합니다("must provide a virtual network when supplying subnets"). platform.azure.virtualNetwork를 설정하거나 {field}을(를) 지우십시오.',
  'azure.udr':
    'UserDefinedRouting은 기존 네트워크에 설치할 때만 쓸 수 있습니다("UserDefinedRouting is only allowed when installing to pre-existing network"). platform.azure.virtualNetwork와 서브넷을 설정하십시오.',
  'azure.arm-endpoint':
    'Azure Stack에 설치할 때는 ARM 엔드포인트를 설정해야 합니다("ARM endpoint must be set when installing on Azure Stack").',
  'azure.user-tags':
    'userTags는 AzurePublicCloud와 AzureUSGovernmentCloud에서만 지원되며 {cloud}에서는 쓸 수 없습니다. 지우십시오.',
  'gcp.region': '리전을 지정해야 합니다("must provide a region", 예: us-central1).',
  'gcp.project': '설치할 Google Cloud 프로젝트를 지정하십시오(설치 프로그램이 Google Cloud에서 확인합니다).',
  'gcp.network-project':
    'networkProjectID를 지정하면 네트워크도 지정해야 합니다("must provide a network when a networkProjectID is specified").',
  'gcp.compute-subnet':
    '네트워크를 지정하면 컴퓨트 서브넷도 지정해야 합니다("must provide a compute subnet when a network is specified").',
  'gcp.control-plane-subnet':
    '네트워크를 지정하면 컨트롤 플레인 서브넷도 지정해야 합니다("must provide a control plane subnet when a network is specified").',
  'gcp.network-for-subnets':
    '서브넷을 지정하려면 VPC 네트워크가 필요합니다("must provide a VPC network when supplying subnets"). platform.gcp.network를 설정하십시오.',
  'ibm.region': '리전을 지정해야 합니다("region must be specified", 예: us-south).',
  'ibm.control-plane-subnets': 'VPC를 지정하면 컨트롤 플레인 서브넷도 지정해야 합니다.',
  'ibm.compute-subnets': 'VPC를 지정하면 컴퓨트 서브넷도 지정해야 합니다.',
  'ibm.vpc-for-subnets':
    '서브넷을 지정하려면 VPC 이름이 필요합니다. platform.ibmcloud.vpcName을 설정하십시오.',
  'ibm.zone': '영역(zone)을 지정해야 합니다("zone must be specified", 예: dal10).',
  'ibm.guid':
    '"{value}"은(는) UUID가 아닙니다. serviceInstanceGUID는 Power Virtual Server 워크스페이스의 GUID여야 합니다.',
  'openstack.fixed-ips':
    'Too many: {count}: 최대 2개(IPv4 서브넷 하나, IPv6 서브넷 하나)입니다. IP 패밀리마다 서브넷을 하나씩만 남기십시오.',
  'nutanix.prism-central':
    'Required value: Prism Central 엔드포인트 주소, 포트, 사용자 이름, 비밀번호를 지정해야 합니다.',
  'nutanix.pc-address': 'Prism Central 엔드포인트 주소를 지정해야 합니다.',
  'nutanix.pc-username': 'Prism Central 사용자 이름을 지정해야 합니다.',
  'nutanix.pc-password': 'Prism Central 비밀번호를 지정해야 합니다.',
  'nutanix.prism-elements':
    'Prism Element가 정확히 하나(uuid와 엔드포인트 주소) 있어야 하는데 {count}개가 있습니다. 클러스터가 실행될 Prism Element 하나만 나열하십시오.',
  'nutanix.pe-uuid': 'Prism Element UUID를 지정해야 합니다.',
  'nutanix.pe-address': 'Prism Element 엔드포인트 주소를 지정해야 합니다.',
  'nutanix.subnets': 'Required value: 머신이 쓸 서브넷 UUID를 하나 이상 지정해야 합니다.',
  'nutanix.subnets-max': 'Too many: {count}: 최대 32개입니다. 머신에 필요 없는 서브넷을 지우십시오.',
  'nutanix.subnet-duplicate': 'Duplicate value: "{value}": 서브넷은 한 번씩만 나열하십시오.',
  'baremetal.dns-records':
    '외부 DNS 레코드는 사용자 관리 로드 밸런서에서만 쓸 수 있습니다("external DNS records can only be configured with user-managed loadbalancers"). loadBalancer.type: UserManaged를 설정하십시오.',
  'baremetal.provisioning-network': '프로비저닝 네트워크',
  'baremetal.provisioning-cidr': '"{text}"은(는) 172.22.0.0/24 같은 CIDR이 아닙니다.',
  'baremetal.ip': '"{text}"은(는) 올바른 IP 주소가 아닙니다.',
  'baremetal.ip-provisioning':
    '"{text}"은(는) 프로비저닝 네트워크 {network}에 속하지 않습니다. provisioningNetworkCIDR 안의 주소를 고르십시오.',
  'baremetal.hosts-missing':
    '베어메탈 호스트가 없습니다("bare metal hosts are missing"). platform.baremetal.hosts에 모든 머신을 BMC와 부팅 MAC 주소와 함께 나열하십시오(Agent-based 설치 프로그램을 쓴다면 호스트는 agent-config.yaml에 쓰고, 두 파일을 함께 검사하십시오).',
  'baremetal.host-name': 'Required value: 호스트마다 이름이 필요합니다.',
  'baremetal.host-name-format':
    '"{name}"은(는) 올바른 호스트 이름이 아닙니다. 소문자, 숫자, "-", "."만 쓰십시오.',
  'baremetal.host-name-duplicate': 'Duplicate value: "{name}": 호스트 이름은 서로 달라야 합니다.',
  'baremetal.mac-required': 'Required value: 호스트가 부팅하는 NIC의 MAC 주소가 필요합니다.',
  'baremetal.mac-format': '"{mac}"은(는) 52:54:00:00:00:10 같은 MAC 주소가 아닙니다.',
  'baremetal.mac-duplicate':
    'Duplicate value: "{mac}": 호스트마다 자기 NIC로 부팅하므로 MAC 주소가 서로 달라야 합니다.',
  'baremetal.bmc-required':
    '이 호스트에 BMC(address, username, password)가 없습니다. openshift-install create cluster는 BMC로 호스트 전원을 켜고 끄므로, BMC가 없으면 프로비저닝 전에 멈춥니다. bmc를 추가하거나, BMC가 필요 없는 Agent-based 설치 프로그램을 쓰십시오.',
  'baremetal.bmc-field':
    'bmc.{field}이(가) 없습니다. openshift-install create cluster가 이 호스트를 프로비저닝하려면 필요합니다(프로비저닝 전에 BMC를 확인합니다).',
  'baremetal.bmc-address':
    '"{address}"은(는) BMC 주소가 아닙니다. redfish-virtualmedia://10.0.0.1/redfish/v1/Systems/1 이나 ipmi://10.0.0.1 같은 URL을 쓰십시오.',
  'baremetal.ipmi-secure-boot':
    'IPMI 드라이버는 UEFI 보안 부팅을 지원하지 않습니다("driver ipmi does not support UEFI secure boot"). Redfish BMC 주소(redfish-virtualmedia://…)를 쓰거나 bootMode: UEFI로 하십시오.',
  'baremetal.role': 'Unsupported value: "{role}": 지원되는 값은 "master", "worker", "arbiter"입니다.',
  'baremetal.count-control-plane':
    '컨트롤 플레인 복제본 {replicas}개를 위한 호스트가 부족합니다({found}개 있음, "not enough hosts found"). role: master인 호스트를 추가하십시오.',
  'baremetal.count-arbiter':
    'arbiter 복제본 {replicas}개를 위한 호스트가 부족합니다({found}개 있음, "not enough hosts found"). role: arbiter인 호스트를 추가하십시오.',
  'baremetal.count-compute':
    '컴퓨트 복제본 {replicas}개를 위한 호스트가 부족합니다({found}개 있음, "not enough hosts found"). role: worker인 호스트를 추가하거나 컴퓨트 복제본 수를 줄이십시오.',
  'vsphere.vcenters-required':
    'Required value: 반드시 정의해야 합니다("must be defined"). platform.vsphere.vcenters에 vCenter(server, user, password, datacenters)를 쓰십시오.',
  'vsphere.failure-domains-required':
    'Required value: 반드시 정의해야 합니다("must be defined"). platform.vsphere.failureDomains에 머신을 배치할 곳(server, datacenter, computeCluster, datastore, networks)을 쓰십시오.',
  'vsphere.server-required': 'Required value: vCenter의 도메인 이름이나 IP 주소가 필요합니다.',
  'vsphere.server-format':
    '"{server}"은(는) vCenter의 도메인 이름이나 IP 주소여야 합니다(소문자, 예: vcenter.example.com).',
  'vsphere.user-required': 'Required value: 사용자 이름을 지정해야 합니다(예: administrator@vsphere.local).',
  'vsphere.password-required': 'Required value: 비밀번호를 지정해야 합니다.',
  'vsphere.datacenters-required': 'Required value: 클러스터가 쓰는 데이터센터를 하나 이상 지정해야 합니다.',
  'vsphere.fd-name-required': 'Required value: 장애 도메인 이름을 지정해야 합니다.',
  'vsphere.fd-name-duplicate': 'Duplicate value: "{name}": 장애 도메인 이름은 서로 달라야 합니다.',
  'vsphere.region-type': 'Required value: zoneType을 지정하면 regionType도 지정해야 합니다.',
  'vsphere.zone-type': 'Required value: regionType을 지정하면 zoneType도 지정해야 합니다.',
  'vsphere.region-host-group':
    '호스트 그룹 장애 도메인에는 region 유형을 쓸 수 없습니다("region type cannot be used for host group failure domains"). zoneType: HostGroup을 쓰십시오.',
  'vsphere.fd-region-required':
    'Required value: region 태그 값(region 범주의 vSphere 태그)을 지정해야 합니다.',
  'vsphere.fd-zone-required': 'Required value: zone 태그 값(zone 범주의 vSphere 태그)을 지정해야 합니다.',
  'vsphere.fd-zone-duplicate':
    'Duplicate value: zone "{zone}"은(는) region "{region}"에서 이미 쓰이고 있습니다.',
  'vsphere.fd-server-required':
    'Required value: vCenter 서버를 지정해야 합니다(platform.vsphere.vcenters에 있는 server 중 하나).',
  'vsphere.fd-server-unknown':
    '서버가 vcenters에 없습니다("server does not exist in vcenters"). "{server}"은(는) platform.vsphere.vcenters에 없으니 그곳에 쓴 서버 이름을 쓰십시오.',
  'vsphere.host-group-required':
    'Required value: zoneType이 HostGroup이면 비워 둘 수 없습니다. vSphere 호스트 그룹 이름을 쓰십시오.',
  'vsphere.datacenter-required': 'Required value: 데이터센터를 지정해야 합니다.',
  'vsphere.datacenter-unlisted':
    '데이터센터 "{dc}"이(가) vCenter {server}의 datacenters에 없습니다. 설치 프로그램은 이를 검사하지 않지만 그곳에 머신을 배치하지 못하므로, 그 vCenter의 datacenters에 추가하십시오.',
  'vsphere.cluster-required':
    'Required value: computeCluster를 지정해야 합니다(전체 경로 /<datacenter>/host/<cluster>).',
  'vsphere.datastore-required':
    'Required value: 데이터스토어를 지정해야 합니다(전체 경로 /<datacenter>/datastore/<datastore>, 예전 평면 형식에서는 platform.vsphere.defaultDatastore).',
  'vsphere.networks-required': 'Required value: 네트워크(머신이 연결될 포트 그룹)를 지정해야 합니다.',
  'vsphere.legacy-cluster':
    'cluster가 없습니다. 설치 프로그램은 이런 예전 방식 UPI 파일을 받아들이되 "cluster field empty is not deprecated, in later releases this field will be required" 경고를 냅니다. platform.vsphere.cluster를 추가하거나 platform.vsphere.failureDomains로 옮기십시오.',
  'vsphere.legacy-network':
    'network가 없습니다. 설치 프로그램은 이런 예전 방식 UPI 파일을 받아들이되 "network field empty is now deprecated, in later releases this field will be required" 경고를 냅니다. platform.vsphere.network를 추가하거나 platform.vsphere.failureDomains로 옮기십시오.',
  'vsphere.path-datastore':
    '"{value}": 데이터스토어는 /<datacenter>/datastore/<datastore> 형식의 전체 경로로 써야 합니다("full path of datastore must be provided").',
  'vsphere.path-cluster':
    '"{value}": 컴퓨트 클러스터는 /<datacenter>/host/<cluster> 형식의 전체 경로로 써야 합니다("full path of compute cluster must be provided").',
  'vsphere.path-folder':
    '"{value}": 폴더는 /<datacenter>/vm/<folder> 형식의 전체 경로로 써야 합니다("full path of folder must be provided").',
  'vsphere.path-resource-pool':
    '"{value}": 리소스 풀은 /<datacenter>/host/<cluster>/... 형식의 전체 경로로 써야 합니다("full path of resource pool must be provided").',
  'vsphere.path-datacenter':
    '{field}이(가) 올바른 데이터센터에 있지 않습니다("does not exist in the correct datacenter"). "{value}"은(는) 데이터센터 {dc}에 속하지 않으니 /{dc}/ 아래의 경로를 쓰십시오.',
  'vsphere.resource-pool-cluster': '"{value}": 리소스 풀은 컴퓨트 클러스터 {cluster} 안에 있어야 합니다.',
  'vsphere.networks-max':
    'Too many: {count}: 네트워크는 최대 10개입니다. 머신에 필요 없는 포트 그룹을 지우십시오.',
  'vsphere.tags-max':
    '태그는 최대 10개까지 쓸 수 있는데 {count}개가 있습니다("a maximum of 10 tags are allowed"). 태그를 줄이십시오.',
  'vsphere.tag-format': '"{value}": 태그 ID는 urn:vmomi:InventoryServiceTag:<UUID>:GLOBAL 형식이어야 합니다.',
  'vsphere.template-and-image':
    '템플릿과 platform.vsphere.clusterOSImage는 함께 쓸 수 없습니다. 하나만 남기십시오.',

  // ── 설치 프로그램이 변환하는 이전 필드 ──
  'convert.compute-flavor':
    'computeFlavor는 더 이상 권장되지 않습니다. 대신 platform.openstack.defaultMachinePlatform.type을 설정하십시오.',
  'convert.renamed': '{path}은(는) 더 이상 권장되지 않습니다. 대신 {replacement}을(를) 쓰십시오.',
  'convert.host-subnet-length':
    '{path}은(는) 더 이상 권장되지 않습니다. hostPrefix(주소 비트 수에서 hostSubnetLength를 뺀 값, 9라면 23)를 쓰십시오.',
  'convert.vip':
    '{path}은(는) 4.12부터 더 이상 권장되지 않습니다. 대신 {replacement}: [{value}]로 쓰십시오(이번 검사에서는 변환해서 읽었습니다).',
  'convert.vip-both':
    '{path}은(는) 더 이상 권장되지 않으며 {replacement}만 있으면 됩니다. {field}을(를) 지우십시오.',
  'convert.vip-conflict':
    '{path}은(는) 더 이상 권장되지 않으며 {replacement}만 있으면 되는데, {value}이(가) 그 안에 없습니다. {field}을(를) 지우십시오.',
  'convert.vsphere-legacy':
    '평면 vSphere 필드({fields})는 4.13부터 더 이상 권장되지 않습니다. vCenter는 platform.vsphere.vcenters에, 배치 위치는 platform.vsphere.failureDomains에 쓰십시오.',

  // ── Agent-based 설치 프로그램 ──
  'agent.finding': '{text}',

  // ── 머신 풀 디스크 ──
  'disks.aws-iops-type':
    'Invalid value: {iops}: "iops not supported for type {type}". iops를 지우거나 gp3 또는 io2 유형을 쓰십시오.',
  'disks.aws-type':
    'Invalid value: "{type}": "failed to find volume type {type}". gp3, gp2, io1, io2, st1, sc1, standard 중 하나를 쓰십시오.',
  'disks.aws-iops-required': '볼륨 유형 {type}에는 iops가 필요합니다("iops must be a positive number").',
  'disks.aws-throughput': 'Invalid value: {throughput}: throughput은 125~2000 MiB/s 사이여야 합니다.',
  'disks.aws-throughput-type':
    '{type} 유형은 throughput을 지원하지 않습니다("throughput not supported for type {type}"). throughput을 지우거나 gp3 유형을 쓰십시오.',
  'disks.disk-type': 'Unsupported value: "{value}": {role} 머신에서 지원되는 값은 {allowed}입니다.',
  'disks.role.control-plane': '컨트롤 플레인',
  'disks.role.compute': '컴퓨트',

  // ── 출력 ──
  'format.error': '오류',
  'format.warning': '경고',
  'format.omitted': '{file}: … 외 {count}건 [{rule}] (규칙마다 처음 50건만 표시합니다)',
  'format.clean': '{file}: 문제가 없습니다',
  'format.summary': '{file}: {errors}, {warnings}',
  'format.summary-valid': '{file}: {errors}, {warnings} (유효)',
  'format.clean-release': '{file}: 문제가 없습니다 (OpenShift {release} 규칙 적용)',
  'format.summary-release': '{file}: {errors}, {warnings} (OpenShift {release} 규칙 적용)',
  'format.summary-valid-release': '{file}: {errors}, {warnings} (유효, OpenShift {release} 규칙 적용)',
  'format.one-error': '오류 {n}건',
  'format.errors': '오류 {n}건',
  'format.one-warning': '경고 {n}건',
  'format.warnings': '경고 {n}건',
  'format.unusable': '{file}: 검사하지 못했습니다(파일을 사용할 수 없음)',
  'format.agent-pair': '{file}: {other}와(과) 함께 Agent-based 설치 프로그램 기준으로 검사했습니다',

  // ── validate에 지정한 파일 ──
  'file.missing': '파일이 없습니다.',
  'file.permission': '파일을 읽을 수 없습니다(권한 없음).',
  'file.not-regular': '일반 파일이 아닙니다(파이프, 장치, 소켓 등). 파일 자체를 지정하십시오.',
  'file.cannot-read': '파일을 읽을 수 없습니다({reason}).',
  'file.unreadable': '파일을 읽을 수 없습니다.',
  'file.empty-folder': '폴더에 install-config.yaml도 agent-config.yaml도 없습니다.',
};
