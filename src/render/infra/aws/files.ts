import { STREAM_ARCH } from '../../../checklist/data/platforms.js';
import type { ValueOrigin } from '../../../knowledge/cloud-upi-model.js';
import type { Artifact, Lang, Plan } from '../../../types.js';
import { renderScript } from '../cloud/script.js';
import { type ScriptWords, scriptWords } from '../cloud/script-text.js';
import type { CloudUpiPlan, PlannedStack } from '../cloud/stacks.js';

export const AWS_DIR = 'infra/aws';
export const AWS_SCRIPT = `${AWS_DIR}/fill-parameters.sh`;

/** The parameter file of a stack: the template's base name, `-N` for worker N (`06_cluster_worker_node-0.json`). */
export function awsParameterFile(stack: PlannedStack): string {
  const base = stack.template.template.replace(/\.yaml$/, '');
  return `${base}${stack.index === undefined ? '' : `-${stack.index}`}.json`;
}

/** The CloudFormation stack name: `<cluster>-vpc`, `<cluster>-worker-0` … (the documentation's `cluster-vpc`). */
export function awsStackName(plan: Plan, stackId: string): string {
  return `${plan.clusterName}-${stackId}`;
}

/**
 * `aws cloudformation create-stack --parameters file://…` takes `[{"ParameterKey", "ParameterValue"}]`, every value a
 * string. Values the plan does not know yet stay empty; fill-parameters.sh fills them and refuses to leave one empty.
 */
export function renderAwsParameters(stack: PlannedStack): string {
  const entries = stack.params.map((p) => ({
    ParameterKey: p.name,
    ParameterValue: p.value === undefined ? '' : String(p.value),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** The script function that prints each value only the installer knows (templates declare no other). */
const INSTALLER_FUNCTIONS: Partial<Record<string, string>> = {
  infraID: 'infra_id',
  ignitionCA: 'ignition_ca',
  rhcosImage: 'rhcos_ami',
  bootstrapIgnitionLocation: 'bootstrap_location',
};

/** Script lines that leave the value of one parameter in $v. */
function valueLines(origin: ValueOrigin): string[] {
  const pick = (item: number | undefined) => (item === undefined ? [] : [`v=$(pick "$v" ${item})`]);
  switch (origin.from) {
    case 'installer':
      return [`v=$(${INSTALLER_FUNCTIONS[origin.value] ?? 'false'})`];
    case 'output':
      return [`v=$(stack_output "$cluster-${origin.stack}" ${origin.key})`, ...pick(origin.item)];
    case 'cloud': {
      const fn: Partial<Record<string, string>> = {
        publicHostedZoneId: 'public_zone',
        existingVpcId: 'existing_vpc',
        existingPublicSubnets: 'existing_subnets public',
        existingPrivateSubnets: 'existing_subnets private',
      };
      return [`v=$(${fn[origin.value] ?? 'false'})`, ...pick(origin.item)];
    }
    case 'plan':
      return [];
  }
}

const functions = (t: ScriptWords) => [
  `${t.comment('awsCa')}
ignition_ca() {
  local ign
  ign=$(ignition_file master.ign)
  jq -er '.ignition.security.tls.certificateAuthorities[0].source' "$ign"
}`,
  `${t.comment('awsAmi')}
rhcos_ami() {
  if [ -n "\${RHCOS_AMI:-}" ]; then
    printf '%s\\n' "$RHCOS_AMI"
    return
  fi
  command -v openshift-install >/dev/null 2>&1 || die "${t.message('installerMissing')}"
  openshift-install coreos print-stream-json |
    jq -er --arg arch "$arch" --arg region "$region" '.architectures[$arch].images.aws.regions[$region].image' ||
    die "${t.message('awsNoAmi')}"
}`,
  `${t.comment('awsBootstrapLocation')}
bootstrap_location() {
  local id
  id=$(infra_id)
  printf 's3://%s-bootstrap/bootstrap.ign\\n' "$id"
}`,
  `${t.comment('awsStackOutput')}
stack_output() {
  aws cloudformation describe-stacks --region "$region" --stack-name "$1" --output json |
    jq -er --arg key "$2" '.Stacks[0].Outputs[] | select(.OutputKey == $key) | .OutputValue' ||
    die "${t.message('awsNoOutput')}"
}`,
  `${t.comment('awsPick')}
pick() {
  local -a items
  IFS=, read -r -a items <<<"$1"
  [ "\${#items[@]}" -gt 0 ] || die "${t.message('awsEmptyList')}"
  printf '%s\\n' "\${items[$(($2 % \${#items[@]}))]}"
}`,
  `${t.comment('awsPublicZone')}
public_zone() {
  if [ -n "\${HOSTED_ZONE_ID:-}" ]; then
    printf '%s\\n' "$HOSTED_ZONE_ID"
    return
  fi
  aws route53 list-hosted-zones-by-name --dns-name "$base_domain" --output json |
    jq -er --arg name "$base_domain." '[.HostedZones[] | select(.Name == $name and (.Config.PrivateZone | not)) | .Id][0] // empty | sub("^/hostedzone/"; "")' ||
    die "${t.message('awsNoZone')}"
}`,
  `${t.comment('awsExistingVpc')}
existing_vpc() {
  aws ec2 describe-subnets --region "$region" --subnet-ids "\${existing_subnets%%,*}" --output json |
    jq -er '.Subnets[0].VpcId' || die "${t.message('awsSubnetNotFound')}"
}`,
  `${t.comment('awsSubnetIsPublic')}
subnet_is_public() {
  local tables
  tables=$(aws ec2 describe-route-tables --region "$region" --filters "Name=association.subnet-id,Values=$2" --output json)
  if [ "$(jq '.RouteTables | length' <<<"$tables")" = 0 ]; then
    tables=$(aws ec2 describe-route-tables --region "$region" --filters "Name=vpc-id,Values=$1" "Name=association.main,Values=true" --output json)
  fi
  jq -e '[.RouteTables[].Routes[] | select((.GatewayId // "") | startswith("igw-"))] | length > 0' <<<"$tables" >/dev/null
}`,
  `${t.comment('awsExistingSubnets')}
existing_subnets() {
  local vpc id kind
  local -a ids found=()
  vpc=$(existing_vpc)
  IFS=, read -r -a ids <<<"$existing_subnets"
  for id in "\${ids[@]}"; do
    if subnet_is_public "$vpc" "$id"; then kind=public; else kind=private; fi
    if [ "$kind" = "$1" ]; then found+=("$id"); fi
  done
  [ "\${#found[@]}" -gt 0 ] || die "${t.message('awsNoneOfSubnets')}"
  (IFS=,; printf '%s\\n' "\${found[*]}")
}`,
  `set_param() {
  local filled
  filled=$(jq --arg k "$1" --arg v "$2" 'map(if .ParameterKey == $k then .ParameterValue = $v else . end)' "$file")
  printf '%s\\n' "$filled" >"$file"
}`,
  `${t.comment('awsFinish')}
finish() {
  local empty
  empty=$(jq -r '[.[] | select(.ParameterValue == "") | .ParameterKey] | join(", ")' "$file")
  [ -z "$empty" ] || die "${t.message('noValue')}"
  mv "$file" "$target"
  printf '%s\\n' "$target"
}`,
];

export function renderAwsScript(plan: Plan, upi: CloudUpiPlan, installDir: string, lang: Lang): string {
  const existing = upi.existing?.platform === 'aws' ? upi.existing.subnets.join(',') : '';
  const t = scriptWords(lang);
  return renderScript(
    {
      purpose: t.template('purposeAws', {
        cluster: `${plan.clusterName}.${plan.baseDomain}`,
        region: awsRegion(plan),
      }),
      outSubdir: 'aws',
      installDir,
      variables: [
        ['region', awsRegion(plan)],
        ['cluster', plan.clusterName],
        ['base_domain', plan.baseDomain],
        ['arch', STREAM_ARCH[plan.architecture]],
        ['existing_subnets', existing],
      ],
      functions: functions(t),
      cases: upi.stacks.map((stack) => ({
        name: stack.id,
        lines: [
          `start ${awsParameterFile(stack)}`,
          ...stack.params
            .filter((p) => p.value === undefined)
            .flatMap((p) => [...valueLines(p.origin), `set_param ${p.name} "$v"`]),
          'finish',
        ],
      })),
    },
    lang,
  );
}

export function awsRegion(plan: Plan): string {
  const region = plan.platformConfig.region;
  return typeof region === 'string' && region !== '' ? region : 'us-east-1';
}

/** Every file of infra/aws/: one parameter file per stack and the script that completes them. */
export function renderAwsFiles(plan: Plan, upi: CloudUpiPlan, installDir: string, lang: Lang): Artifact[] {
  return [
    ...upi.stacks.map((stack) => ({
      path: `${AWS_DIR}/${awsParameterFile(stack)}`,
      content: renderAwsParameters(stack),
    })),
    { path: AWS_SCRIPT, content: renderAwsScript(plan, upi, installDir, lang), mode: 0o755 },
  ];
}
