// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${var} is the scripts' own bash syntax, not a JavaScript template.
import { fill } from '../../../i18n/text.js';
import type { Lang, Text } from '../../../types.js';

/**
 * The sentences of the cloud fill-parameters.sh scripts in both languages: the comments above the shell functions
 * and the messages `die` prints. Messages are written as bash reads them inside double quotes: `$var` and `${var}`
 * are the script's own variables (braced where Korean text follows directly), so they take no `{placeholder}`
 * filling; only the header lines marked as templates are filled with this cluster's values.
 */
export const SCRIPT_TEXT = {
  // The header of every script (templates: filled with fill()).
  purposeAws: {
    en: 'Fills the CloudFormation parameter files of cluster {cluster} in AWS {region}.',
    ko: 'AWS {region}에 만들 클러스터 {cluster}의 CloudFormation 파라미터 파일을 채웁니다.',
  },
  purposeAzure: {
    en: 'Fills the ARM deployment parameter files of cluster {cluster}.',
    ko: '클러스터 {cluster}의 ARM 배포 파라미터 파일을 채웁니다.',
  },
  purposeGcpIm: {
    en: 'Fills the Infrastructure Manager variables of cluster {cluster}.',
    ko: '클러스터 {cluster}의 Infrastructure Manager 변수를 채웁니다.',
  },
  purposeGcpDm: {
    en: 'Fills the Deployment Manager configurations of cluster {cluster}.',
    ko: '클러스터 {cluster}의 Deployment Manager 구성을 채웁니다.',
  },
  runAfter: {
    en:
      "Run it after `openshift-install create ignition-configs`, once per stack and in the checklist's order: each\n" +
      'stack reads the outputs of the stacks created before it. It writes the filled copy into the install folder\n' +
      'and leaves the plan folder as it is; it stops with a message when a value cannot be found.',
    ko:
      '`openshift-install create ignition-configs` 다음에 스택마다 한 번씩 체크리스트 순서대로 실행하십시오. 각\n' +
      '스택은 먼저 만든 스택의 출력을 읽습니다. 채운 사본은 설치 폴더에 쓰고 계획 폴더는 그대로 두며,\n' +
      '값을 찾을 수 없으면 메시지를 출력하고 멈춥니다.',
  },
  usage: {
    en: 'Usage: INSTALL_DIR=<install folder> $0 {names}',
    ko: '사용법: INSTALL_DIR=<설치 폴더> $0 {names}',
  },
  umask: {
    en: 'The filled files hold Ignition data and signed URLs: readable by you only.',
    ko: '채운 파일에는 Ignition 데이터와 서명된 URL이 들어 있으므로 본인만 읽을 수 있게 합니다.',
  },

  // Functions every script has.
  infraId: {
    en: 'The infrastructure name of this cluster: openshift-install writes it into metadata.json.',
    ko: '이 클러스터의 인프라 이름입니다. openshift-install이 metadata.json에 기록합니다.',
  },
  ignitionFile: {
    en: 'An Ignition file of this cluster (bootstrap.ign, master.ign, worker.ign).',
    ko: '이 클러스터의 Ignition 파일입니다(bootstrap.ign, master.ign, worker.ign).',
  },
  start: {
    en:
      "Copies the plan's parameter file into a temporary file of the install folder; set_param works on that copy and\n" +
      'finish moves it into place, so a run that stops leaves no half-filled file behind.',
    ko:
      '계획의 파라미터 파일을 설치 폴더의 임시 파일로 복사합니다. set_param은 그 사본을 고치고 finish가 제자리로\n' +
      '옮기므로, 중간에 멈춘 실행은 반쯤 채운 파일을 남기지 않습니다.',
  },
  metadataMissing: {
    en: '$install_dir/metadata.json is missing: run openshift-install create ignition-configs --dir $install_dir first',
    ko: '${install_dir}/metadata.json이 없습니다. 먼저 openshift-install create ignition-configs --dir $install_dir 를 실행하십시오',
  },
  ignitionMissing: {
    en: '$install_dir/$1 is missing: run openshift-install create ignition-configs --dir $install_dir first',
    ko: '${install_dir}/${1}이(가) 없습니다. 먼저 openshift-install create ignition-configs --dir $install_dir 를 실행하십시오',
  },
  jqMissing: { en: 'jq is not on PATH', ko: 'PATH에 jq가 없습니다' },
  usageDie: {
    en: 'usage: INSTALL_DIR=<install folder> $0 {names}',
    ko: '사용법: INSTALL_DIR=<설치 폴더> $0 {names}',
  },
  installerMissing: { en: 'openshift-install is not on PATH', ko: 'PATH에 openshift-install이 없습니다' },
  noValue: { en: '$target: no value for $empty', ko: '${target}: 값이 없는 항목: $empty' },

  // AWS
  awsCa: {
    en: "The CA that signs the Machine Config Server's certificate, from master.ign (CertificateAuthorities).",
    ko: 'Machine Config Server 인증서에 서명하는 CA로, master.ign(CertificateAuthorities)에서 읽습니다.',
  },
  awsAmi: {
    en:
      "The RHCOS AMI of this release for the region, from the installer's stream metadata (RHCOS_AMI overrides it, for\n" +
      'regions without a published AMI where you upload your own).',
    ko:
      '이 릴리스의 리전별 RHCOS AMI로, 설치 프로그램의 스트림 메타데이터에서 읽습니다(게시된 AMI가 없어 직접 올린\n' +
      'AMI를 쓰는 리전에서는 RHCOS_AMI로 지정합니다).',
  },
  awsNoAmi: {
    en: 'this release publishes no RHCOS AMI for $region: upload your own and run again with RHCOS_AMI=ami-…',
    ko: '이 릴리스에는 ${region} 리전의 RHCOS AMI가 없습니다. 직접 올린 뒤 RHCOS_AMI=ami-… 로 다시 실행하십시오',
  },
  awsBootstrapLocation: {
    en: "Where bootstrap.ign is uploaded (the checklist's aws s3 cp puts it there).",
    ko: 'bootstrap.ign을 올리는 위치입니다(체크리스트의 aws s3 cp가 이곳에 올립니다).',
  },
  awsStackOutput: { en: 'One output of a stack created before.', ko: '먼저 만든 스택의 출력 하나입니다.' },
  awsNoOutput: {
    en: 'stack $1 has no output $2: create it first and wait for CREATE_COMPLETE',
    ko: '스택 ${1}에 출력 ${2}가 없습니다. 먼저 스택을 만들고 CREATE_COMPLETE가 될 때까지 기다리십시오',
  },
  awsPick: {
    en: 'Entry N of a comma-separated list; fewer entries than N (fewer zones) wrap around to the first ones.',
    ko: '쉼표로 구분한 목록의 N번째 항목입니다. 항목이 N개보다 적으면(영역이 적으면) 처음 항목부터 다시 씁니다.',
  },
  awsEmptyList: {
    en: 'empty list where a subnet was expected',
    ko: '서브넷이 있어야 할 목록이 비어 있습니다',
  },
  awsPublicZone: {
    en:
      'The public Route 53 hosted zone of the base domain (HostedZoneId, without the /hostedzone/ prefix); HOSTED_ZONE_ID\n' +
      'names another one.',
    ko:
      '기본 도메인의 퍼블릭 Route 53 호스팅 영역입니다(HostedZoneId, /hostedzone/ 접두사 제외). 다른 영역을 쓰려면\n' +
      'HOSTED_ZONE_ID로 지정합니다.',
  },
  awsNoZone: {
    en: 'no public Route 53 hosted zone for $base_domain',
    ko: '${base_domain}의 퍼블릭 Route 53 호스팅 영역이 없습니다',
  },
  awsExistingVpc: {
    en: 'The VPC of the existing subnets named in the answers.',
    ko: '답변에 지정한 기존 서브넷이 속한 VPC입니다.',
  },
  awsSubnetNotFound: {
    en: 'subnet ${existing_subnets%%,*} was not found in $region',
    ko: '${region}에서 서브넷 ${existing_subnets%%,*}을(를) 찾을 수 없습니다',
  },
  awsSubnetIsPublic: {
    en:
      "A subnet is public when its route table (or the VPC's main one) routes to an internet gateway, as the installer\n" +
      'decides it.',
    ko:
      '서브넷의 라우팅 테이블(없으면 VPC의 기본 라우팅 테이블)이 인터넷 게이트웨이로 라우팅하면 퍼블릭 서브넷입니다.\n' +
      '설치 프로그램과 같은 기준입니다.',
  },
  awsExistingSubnets: {
    en: 'The existing subnets of one kind (public or private), comma-separated.',
    ko: '한 종류(public 또는 private)의 기존 서브넷을 쉼표로 구분해 냅니다.',
  },
  awsNoneOfSubnets: {
    en: 'none of the subnets $existing_subnets is $1',
    ko: '서브넷 ${existing_subnets} 중 ${1} 서브넷이 없습니다',
  },
  awsFinish: {
    en: 'Refuses to leave a parameter empty, then names the file for create-stack --parameters file://….',
    ko: '빈 파라미터가 있으면 멈추고, 없으면 create-stack --parameters file://…에 줄 파일 이름을 출력합니다.',
  },

  // Azure
  azureResourceGroup: {
    en: 'The resource group the documentation creates for the cluster: <infraID>-rg.',
    ko: '문서의 절차가 클러스터용으로 만드는 리소스 그룹 <infraID>-rg입니다.',
  },
  azureNoKey: {
    en: 'no key for storage account $storage_account in $rg: create the account first (see the checklist)',
    ko: '${rg}의 스토리지 계정 ${storage_account}에 키가 없습니다. 먼저 계정을 만드십시오(체크리스트 참고)',
  },
  azureVhd: {
    en: "The URL of the RHCOS VHD copied into the storage account's vhd container.",
    ko: '스토리지 계정의 vhd 컨테이너에 복사한 RHCOS VHD의 URL입니다.',
  },
  azureBootstrapPointer: {
    en: 'A pointer Ignition config, base64, that fetches bootstrap.ign through a read-only SAS URL valid for 10 hours.',
    ko: '10시간 동안 유효한 읽기 전용 SAS URL로 bootstrap.ign을 가져오는 포인터 Ignition 구성(base64)입니다.',
  },
  azureIgnitionBase64: {
    en: 'An Ignition file as the base64 customData the VMs receive.',
    ko: 'VM이 받는 base64 customData 형태의 Ignition 파일입니다.',
  },
  azureFinish: {
    en: 'Refuses to leave a parameter empty, then names the file for az deployment group create --parameters @….',
    ko: '빈 파라미터가 있으면 멈추고, 없으면 az deployment group create --parameters @…에 줄 파일 이름을 출력합니다.',
  },

  // Google Cloud
  gcpNameOrInfra: {
    en:
      "Names the stack's network and subnets have: the VPC stack's <infraID>-network, -master-subnet and -worker-subnet,\n" +
      'unless the answers name an existing network.',
    ko:
      '스택의 네트워크와 서브넷 이름입니다. 답변에 기존 네트워크가 없으면 VPC 스택이 만드는 <infraID>-network,\n' +
      '-master-subnet, -worker-subnet입니다.',
  },
  gcpNetworkNotFound: {
    en: 'network $name was not found in project $network_project',
    ko: '프로젝트 ${network_project}에서 네트워크 ${name}을(를) 찾을 수 없습니다',
  },
  gcpSubnetNotFound: {
    en: 'subnet $name was not found in $region',
    ko: '${region}에서 서브넷 ${name}을(를) 찾을 수 없습니다',
  },
  gcpZone: {
    en: "Zone N of the region (the documentation's ZONE_0, ZONE_1, ZONE_2).",
    ko: '리전의 N번째 영역입니다(문서의 ZONE_0, ZONE_1, ZONE_2).',
  },
  gcpNoZone: { en: 'region $region has no zone $1', ko: '리전 ${region}에 ${1}번째 영역이 없습니다' },
  gcpRhcosImage: {
    en: 'The RHCOS image of this release (the stream metadata names its project and image).',
    ko: '이 릴리스의 RHCOS 이미지입니다(스트림 메타데이터에 프로젝트와 이미지 이름이 있습니다).',
  },
  gcpNoImage: {
    en: "this release's stream metadata has no GCP image for $arch",
    ko: '이 릴리스의 스트림 메타데이터에 ${arch}용 GCP 이미지가 없습니다',
  },
  gcpServiceAccount: {
    en: "The cluster's service account <infraID>-m (control plane) or <infraID>-w (compute).",
    ko: '클러스터의 서비스 계정 <infraID>-m(컨트롤 플레인) 또는 <infraID>-w(컴퓨트)입니다.',
  },
  gcpNoServiceAccount: {
    en: 'service account $id-$1 was not found: create the stack that makes it first',
    ko: '서비스 계정 ${id}-${1}을(를) 찾을 수 없습니다. 먼저 그 계정을 만드는 스택을 생성하십시오',
  },
  gcpSignedUrl: {
    en: 'A signed URL, valid for one hour, of bootstrap.ign in the bucket the checklist creates.',
    ko: '체크리스트에서 만드는 버킷에 있는 bootstrap.ign의 서명된 URL로, 1시간 동안 유효합니다.',
  },
  gcpNoKey: {
    en: '$install_dir/service-account-key.json is missing: create the service account key first (see the checklist)',
    ko: '${install_dir}/service-account-key.json이 없습니다. 먼저 서비스 계정 키를 만드십시오(체크리스트 참고)',
  },
  gcpIgnitionText: {
    en: "An Ignition file as text: the Deployment Manager templates put it into the instances' user-data.",
    ko: '텍스트로 읽은 Ignition 파일입니다. Deployment Manager 템플릿이 인스턴스의 user-data에 넣습니다.',
  },
  gcpSetParam: {
    en: 'Sets a property on every resource of the configuration ($3 = json for a list).',
    ko: '구성의 모든 리소스에 속성을 설정합니다(목록이면 $3 = json).',
  },
  gcpSetResourceParam: {
    en: "Sets a property on resource N only (a worker's zone).",
    ko: 'N번째 리소스에만 속성을 설정합니다(워커의 영역).',
  },
  gcpIgnitionIntoModule: {
    en: 'Copies an Ignition file into a module folder: the control-plane and compute modules read it from there.',
    ko: 'Ignition 파일을 모듈 폴더로 복사합니다. 컨트롤 플레인과 컴퓨트 모듈이 그곳에서 읽습니다.',
  },
  gcpNoModule: {
    en: '$modules_dir/$2 is missing: download the module first (see the checklist)',
    ko: '${modules_dir}/${2}이(가) 없습니다. 먼저 모듈을 내려받으십시오(체크리스트 참고)',
  },
  gcpFinishIm: {
    en: 'Refuses to leave a variable empty, then writes the HCL variables file for --inputs-file (${ and %{ escaped).',
    ko: '빈 변수가 있으면 멈추고, 없으면 --inputs-file에 줄 HCL 변수 파일을 씁니다(${와 %{는 이스케이프합니다).',
  },
} as const satisfies Record<string, Text>;

export type ScriptTextId = keyof typeof SCRIPT_TEXT;

/** The script's sentences in one language: `comment` gives `# ` lines, `message` the text of a `die` message. */
export interface ScriptWords {
  comment(id: ScriptTextId): string;
  message(id: ScriptTextId): string;
  /** A header template with this cluster's values. */
  template(id: ScriptTextId, values: Record<string, string>): string;
}

export function scriptWords(lang: Lang): ScriptWords {
  return {
    comment: (id) =>
      SCRIPT_TEXT[id][lang]
        .split('\n')
        .map((line) => `# ${line}`)
        .join('\n'),
    message: (id) => SCRIPT_TEXT[id][lang],
    template: (id, values) => fill(SCRIPT_TEXT[id][lang], values),
  };
}
