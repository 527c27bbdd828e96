import { STREAM_ARCH } from '../../../checklist/data/platforms.js';
import { gcpUpiTool } from '../../../knowledge/cloud-upi-gcp.js';
import type { ValueOrigin } from '../../../knowledge/cloud-upi-model.js';
import type { Artifact, Lang, Plan } from '../../../types.js';
import { planValue } from '../cloud/plan-values.js';
import { renderScript } from '../cloud/script.js';
import { type ScriptWords, scriptWords } from '../cloud/script-text.js';
import type { CloudUpiPlan, PlannedStack, ResolvedParam } from '../cloud/stacks.js';

export const GCP_DIR = 'infra/gcp';
export const GCP_SCRIPT = `${GCP_DIR}/fill-parameters.sh`;

/**
 * The file of a stack: a Deployment Manager configuration (`01_vpc.yaml`, written as JSON, which is valid YAML) up to
 * 4.21, a Terraform variables file (`01_vpc.tfvars.json`) for an Infrastructure Manager module from 4.22.
 */
export function gcpParameterFile(plan: Plan, stack: PlannedStack): string {
  const base = stack.template.template.replace(/\.py$/, '');
  return gcpUpiTool(plan.ocpVersion) === 'infrastructure-manager' ? `${base}.tfvars.json` : `${base}.yaml`;
}

/** The HCL variables file fill-parameters.sh writes from the JSON one, for `--inputs-file`. */
export function gcpInputsFile(plan: Plan, stack: PlannedStack): string {
  return gcpParameterFile(plan, stack).replace(/\.json$/, '');
}

/** `<infraID>-vpc`: the documentation's deployment names, with the infrastructure name in $INFRA_ID. */
export function gcpDeploymentName(stack: PlannedStack): string {
  return `"$INFRA_ID"-${stack.id}`;
}

function unknownValue(param: ResolvedParam): unknown {
  return param.json ? [] : '';
}

function properties(params: readonly ResolvedParam[]): Record<string, unknown> {
  return Object.fromEntries(params.map((p) => [p.name, p.value ?? unknownValue(p)]));
}

/**
 * Deployment Manager configuration: `imports` the template, one resource of its type with the template's
 * properties; the compute configuration holds one resource per worker (`worker-0` …), as the documentation's
 * 06_worker.yaml, each in the next zone.
 */
function renderDmConfig(plan: Plan, stack: PlannedStack): string {
  const type = stack.template.template;
  const resources =
    stack.template.kind === 'compute'
      ? Array.from({ length: plan.computeReplicas }, (_, i) => ({
          name: `worker-${i}`,
          type,
          properties: properties(stack.params),
        }))
      : [{ name: `cluster-${stack.id}`, type, properties: properties(stack.params) }];
  return `${JSON.stringify({ imports: [{ path: type }], resources }, null, 2)}\n`;
}

function renderTfvars(stack: PlannedStack): string {
  return `${JSON.stringify(properties(stack.params), null, 2)}\n`;
}

const VALUE_FUNCTIONS: Partial<Record<string, string>> = {
  infraID: 'infra_id',
  rhcosImage: 'rhcos_image',
  masterIgnition: 'ignition_text master.ign',
  workerIgnition: 'ignition_text worker.ign',
  bootstrapSignedUrl: 'bootstrap_signed_url',
  clusterNetwork: 'cluster_network',
  controlSubnet: 'subnet_link "$control_subnet"',
  computeSubnet: 'subnet_link "$compute_subnet"',
  zone0: 'zone 0',
  zone1: 'zone 1',
  zone2: 'zone 2',
  zones: 'zones',
  masterServiceAccount: 'service_account m',
  workerServiceAccount: 'service_account w',
};

function valueLine(origin: ValueOrigin): string {
  if (origin.from === 'plan' || origin.from === 'output') return 'false';
  return `v=$(${VALUE_FUNCTIONS[origin.value] ?? 'false'})`;
}

const common = (t: ScriptWords) => [
  `${t.comment('gcpNameOrInfra')}
name_or_infra() {
  local id
  if [ -n "$1" ]; then
    printf '%s\\n' "$1"
  else
    id=$(infra_id)
    printf '%s-%s\\n' "$id" "$2"
  fi
}`,
  `cluster_network() {
  local name
  name=$(name_or_infra "$network" network)
  gcloud compute networks describe "$name" --project "$network_project" --format json | jq -er '.selfLink' ||
    die "${t.message('gcpNetworkNotFound')}"
}`,
  `subnet_link() {
  local name
  if [ "$1" = "$control_subnet" ]; then name=$(name_or_infra "$1" master-subnet); else name=$(name_or_infra "$1" worker-subnet); fi
  gcloud compute networks subnets describe "$name" --region "$region" --project "$network_project" --format json |
    jq -er '.selfLink' || die "${t.message('gcpSubnetNotFound')}"
}`,
  `${t.comment('gcpZone')}
zone() {
  gcloud compute regions describe "$region" --project "$project" --format json |
    jq -er --argjson n "$1" '.zones[$n] // empty | split("/") | last' || die "${t.message('gcpNoZone')}"
}`,
  `zones() {
  gcloud compute regions describe "$region" --project "$project" --format json | jq -ec '[.zones[0:3][] | split("/") | last]'
}`,
  `${t.comment('gcpRhcosImage')}
rhcos_image() {
  local image
  command -v openshift-install >/dev/null 2>&1 || die "${t.message('installerMissing')}"
  image=$(openshift-install coreos print-stream-json | jq -er --arg arch "$arch" '.architectures[$arch].images.gcp | "\\(.project) \\(.name)"') ||
    die "${t.message('gcpNoImage')}"
  gcloud compute images describe "\${image#* }" --project "\${image%% *}" --format json | jq -er '.selfLink'
}`,
  `${t.comment('gcpServiceAccount')}
service_account() {
  local id
  id=$(infra_id)
  gcloud iam service-accounts list --project "$project" --filter "email~^$id-$1@$project." --format json |
    jq -er '.[0].email // empty' || die "${t.message('gcpNoServiceAccount')}"
}`,
  `${t.comment('gcpSignedUrl')}
bootstrap_signed_url() {
  local id
  id=$(infra_id)
  [ -f "$install_dir/service-account-key.json" ] ||
    die "${t.message('gcpNoKey')}"
  gsutil signurl -d 1h "$install_dir/service-account-key.json" "gs://$id-bootstrap-ignition/bootstrap.ign" |
    awk '/^gs:/ {print $5}'
}`,
];

const dmFunctions = (t: ScriptWords) => [
  `${t.comment('gcpIgnitionText')}
ignition_text() {
  local ign
  ign=$(ignition_file "$1")
  jq -c . "$ign"
}`,
  `${t.comment('gcpSetParam')}
set_param() {
  local filled
  if [ "\${3:-}" = json ]; then
    filled=$(jq --arg k "$1" --argjson v "$2" '.resources[].properties[$k] = $v' "$file")
  else
    filled=$(jq --arg k "$1" --arg v "$2" '.resources[].properties[$k] = $v' "$file")
  fi
  printf '%s\\n' "$filled" >"$file"
}`,
  `${t.comment('gcpSetResourceParam')}
set_resource_param() {
  local filled
  filled=$(jq --argjson n "$1" --arg k "$2" --arg v "$3" '.resources[$n].properties[$k] = $v' "$file")
  printf '%s\\n' "$filled" >"$file"
}`,
  `finish() {
  local empty
  empty=$(jq -r '[.resources[].properties | to_entries[] | select(.value == "" or .value == []) | .key] | unique | join(", ")' "$file")
  [ -z "$empty" ] || die "${t.message('noValue')}"
  mv "$file" "$target"
  printf '%s\\n' "$target"
}`,
];

const imFunctions = (t: ScriptWords) => [
  `set_param() {
  local filled
  filled=$(jq --arg k "$1" --arg v "$2" '.[$k] = $v' "$file")
  printf '%s\\n' "$filled" >"$file"
}`,
  `${t.comment('gcpIgnitionIntoModule')}
ignition_into_module() {
  local ign
  ign=$(ignition_file "$1")
  [ -d "$modules_dir/$2" ] || die "${t.message('gcpNoModule')}"
  cp "$ign" "$modules_dir/$2/$1"
}`,
  `${t.comment('gcpFinishIm')}
finish() {
  local empty hcl
  empty=$(jq -r '[to_entries[] | select(.value == "") | .key] | join(", ")' "$file")
  [ -z "$empty" ] || die "${t.message('noValue')}"
  hcl="\${target%.json}"
  jq -r 'to_entries[] | "\\(.key) = \\(.value | tojson | gsub("\\\\$\\\\{"; "$\${") | gsub("%\\\\{"; "%%{"))"' "$file" >"$hcl"
  mv "$file" "$target"
  printf '%s\\n' "$hcl"
}`,
];

function stackLines(plan: Plan, stack: PlannedStack, im: boolean): string[] {
  const lines = [`start ${gcpParameterFile(plan, stack)}`];
  for (const param of stack.params) {
    if (param.value !== undefined) continue;
    // Each Deployment Manager worker resource gets the next zone (worker N in zone N modulo three).
    if (!im && stack.template.kind === 'compute' && param.name === 'zone') {
      for (let i = 0; i < plan.computeReplicas; i++)
        lines.push(`v=$(zone ${i % 3})`, `set_resource_param ${i} zone "$v"`);
      continue;
    }
    lines.push(valueLine(param.origin), `set_param ${param.name} "$v"${param.json ? ' json' : ''}`);
  }
  if (im && stack.template.kind === 'control-plane')
    lines.push(`ignition_into_module master.ign ${stack.template.template}`);
  if (im && stack.template.kind === 'compute')
    lines.push(`ignition_into_module worker.ign ${stack.template.template}`);
  lines.push('finish');
  return lines;
}

export function renderGcpScript(plan: Plan, upi: CloudUpiPlan, installDir: string, lang: Lang): string {
  const t = scriptWords(lang);
  const im = gcpUpiTool(plan.ocpVersion) === 'infrastructure-manager';
  const existing = upi.existing?.platform === 'gcp' ? upi.existing : undefined;
  const project = String(planValue(plan, 'project'));
  const variables: [string, string][] = [
    ['project', project],
    ['region', String(planValue(plan, 'region'))],
    ['arch', STREAM_ARCH[plan.architecture]],
    ['network', existing?.network ?? ''],
    ['control_subnet', existing?.controlPlaneSubnet ?? ''],
    ['compute_subnet', existing?.computeSubnet ?? ''],
    ['network_project', existing?.networkProject ?? project],
  ];
  return renderScript(
    {
      purpose: t.template(im ? 'purposeGcpIm' : 'purposeGcpDm', {
        cluster: `${plan.clusterName}.${plan.baseDomain}`,
      }),
      outSubdir: 'gcp',
      installDir,
      variables,
      functions: [
        ...(im ? [`modules_dir=\${GCP_MODULES:-"$install_dir/gcp-modules"}`] : []),
        ...common(t),
        ...(im ? imFunctions(t) : dmFunctions(t)),
      ],
      cases: upi.stacks.map((stack) => ({ name: stack.id, lines: stackLines(plan, stack, im) })),
    },
    lang,
  );
}

export function renderGcpFiles(plan: Plan, upi: CloudUpiPlan, installDir: string, lang: Lang): Artifact[] {
  const im = gcpUpiTool(plan.ocpVersion) === 'infrastructure-manager';
  return [
    ...upi.stacks.map((stack) => ({
      path: `${GCP_DIR}/${gcpParameterFile(plan, stack)}`,
      content: im ? renderTfvars(stack) : renderDmConfig(plan, stack),
    })),
    { path: GCP_SCRIPT, content: renderGcpScript(plan, upi, installDir, lang), mode: 0o755 },
  ];
}
