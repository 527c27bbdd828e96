import type { ValueOrigin } from '../../../knowledge/cloud-upi-model.js';
import type { Artifact, Lang, Plan } from '../../../types.js';
import { storageAccountName } from '../cloud/plan-values.js';
import { renderScript } from '../cloud/script.js';
import { type ScriptWords, scriptWords } from '../cloud/script-text.js';
import type { CloudUpiPlan, PlannedStack } from '../cloud/stacks.js';

export const AZURE_DIR = 'infra/azure';
export const AZURE_SCRIPT = `${AZURE_DIR}/fill-parameters.sh`;

/** `01_vnet.json` → `01_vnet.parameters.json`, for `az deployment group create --parameters @…`. */
export function azureParameterFile(stack: PlannedStack): string {
  return stack.template.template.replace(/\.json$/, '.parameters.json');
}

/** The deployment name: the template's id, as `az deployment group create --name`. */
export function azureDeploymentName(plan: Plan, stack: PlannedStack): string {
  return `${plan.clusterName}-${stack.id}`;
}

/**
 * An ARM deployment parameter file (schema deploymentParameters.json, `{"parameters": {"name": {"value": …}}}`).
 * Numbers stay numbers (numberOfMasters is an int); values the plan does not know yet are empty strings.
 */
export function renderAzureParameters(stack: PlannedStack): string {
  const parameters = Object.fromEntries(stack.params.map((p) => [p.name, { value: p.value ?? '' }]));
  const document = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
    contentVersion: '1.0.0.0',
    parameters,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const VALUE_FUNCTIONS: Partial<Record<string, string>> = {
  infraID: 'infra_id',
  bootstrapPointer: 'bootstrap_pointer',
  masterIgnition: 'ignition_base64 master.ign',
  workerIgnition: 'ignition_base64 worker.ign',
  vhdBlobUrl: 'vhd_blob_url',
};

function valueLines(origin: ValueOrigin): string[] {
  if (origin.from === 'plan' || origin.from === 'output') return [];
  return [`v=$(${VALUE_FUNCTIONS[origin.value] ?? 'false'})`];
}

const functions = (t: ScriptWords) => [
  `${t.comment('azureResourceGroup')}
resource_group() {
  local id
  id=$(infra_id)
  printf '%s-rg\\n' "$id"
}`,
  `account_key() {
  local rg
  rg=$(resource_group)
  az storage account keys list -g "$rg" --account-name "$storage_account" --query '[0].value' -o tsv ||
    die "${t.message('azureNoKey')}"
}`,
  `${t.comment('azureVhd')}
vhd_blob_url() {
  local key
  key=$(account_key)
  az storage blob url --account-name "$storage_account" --account-key "$key" -c vhd -n rhcos.vhd -o tsv
}`,
  `${t.comment('azureBootstrapPointer')}
bootstrap_pointer() {
  local key expiry url
  key=$(account_key)
  expiry=$(date -u -d '10 hours' '+%Y-%m-%dT%H:%MZ')
  url=$(az storage blob generate-sas -c files -n bootstrap.ign --https-only --full-uri --permissions r \\
    --expiry "$expiry" --account-name "$storage_account" --account-key "$key" -o tsv)
  jq -rcnM --arg v 3.2.0 --arg url "$url" '{ignition: {version: $v, config: {replace: {source: $url}}}}' | base64 -w0
}`,
  `${t.comment('azureIgnitionBase64')}
ignition_base64() {
  local ign
  ign=$(ignition_file "$1")
  base64 -w0 <"$ign"
}`,
  `set_param() {
  local filled
  filled=$(jq --arg k "$1" --arg v "$2" '.parameters[$k].value = $v' "$file")
  printf '%s\\n' "$filled" >"$file"
}`,
  `${t.comment('azureFinish')}
finish() {
  local empty
  empty=$(jq -r '[.parameters | to_entries[] | select(.value.value == "") | .key] | join(", ")' "$file")
  [ -z "$empty" ] || die "${t.message('noValue')}"
  mv "$file" "$target"
  printf '%s\\n' "$target"
}`,
];

export function renderAzureScript(plan: Plan, upi: CloudUpiPlan, installDir: string, lang: Lang): string {
  const t = scriptWords(lang);
  return renderScript(
    {
      purpose: t.template('purposeAzure', { cluster: `${plan.clusterName}.${plan.baseDomain}` }),
      outSubdir: 'azure',
      installDir,
      variables: [['storage_account', storageAccountName(plan.clusterName)]],
      functions: functions(t),
      cases: upi.stacks.map((stack) => ({
        name: stack.id,
        lines: [
          `start ${azureParameterFile(stack)}`,
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

export function renderAzureFiles(plan: Plan, upi: CloudUpiPlan, installDir: string, lang: Lang): Artifact[] {
  return [
    ...upi.stacks.map((stack) => ({
      path: `${AZURE_DIR}/${azureParameterFile(stack)}`,
      content: renderAzureParameters(stack),
    })),
    { path: AZURE_SCRIPT, content: renderAzureScript(plan, upi, installDir, lang), mode: 0o755 },
  ];
}
