import { STREAM_ARCH } from '../../../checklist/data/platforms.js';
import { azureTemplateUrl } from '../../../knowledge/cloud-upi-azure.js';
import type { Plan } from '../../../types.js';
import { arg, type CloudCommands } from '../cloud/commands.js';
import { planValue } from '../cloud/plan-values.js';
import type { CloudUpiPlan } from '../cloud/stacks.js';
import { AZURE_SCRIPT, azureDeploymentName, azureParameterFile } from './files.js';

/**
 * The documented Azure commands (installing-azure-user-infra): the resource group `<infraID>-rg`, the storage account
 * with the RHCOS VHD and bootstrap.ign, the private DNS zone and its VNet link, `az deployment group create` per
 * template, the public api record, and the bootstrap clean-up.
 */
export function azureCommands(
  plan: Plan,
  upi: CloudUpiPlan,
  planDir: string,
  installDir: string,
): CloudCommands {
  const region = arg(String(planValue(plan, 'region')));
  const domain = `${plan.clusterName}.${plan.baseDomain}`;
  const sa = arg(String(planValue(plan, 'storageAccount')));
  const dir = `${installDir}/azure`;
  const rg = '"$RESOURCE_GROUP"';
  const key = `--account-name ${sa} --account-key "$ACCOUNT_KEY"`;
  const dnsGroup = plan.platformConfig.baseDomainResourceGroupName;
  const dnsRg = arg(
    typeof dnsGroup === 'string' && dnsGroup !== '' ? dnsGroup : '<base-domain-resource-group>',
  );
  const external = plan.publish !== 'Internal';
  const existing = upi.existing?.platform === 'azure' ? upi.existing : undefined;
  const vnetRef = existing
    ? `"$(az network vnet show -g ${arg(existing.resourceGroup ?? '$RESOURCE_GROUP')} -n ${arg(existing.virtualNetwork)} --query id -o tsv)"`
    : '"$INFRA_ID-vnet"';
  const templates = [...new Set(upi.stacks.map((s) => s.template.template))];
  const arch = STREAM_ARCH[plan.architecture];
  const link = `az network private-dns link vnet create -g ${rg} -z ${arg(domain)} -n "$INFRA_ID-network-link" -v ${vnetRef} -e false`;
  return {
    prerequisites: ['az version', 'jq --version', 'az account show'],
    templates: [
      `export INFRA_ID=$(jq -r .infraID ${installDir}/metadata.json)`,
      'export RESOURCE_GROUP="$INFRA_ID-rg"',
      `mkdir -p ${dir}`,
      ...templates.map((t) => `curl -fsSL -o ${dir}/${t} ${azureTemplateUrl(plan.ocpVersion, t)}`),
      `az group create --name ${rg} --location ${region}`,
      `az identity create -g ${rg} -n "$INFRA_ID-identity"`,
      `az role assignment create --assignee "$(az identity show -g ${rg} -n "$INFRA_ID-identity" --query principalId -o tsv)" --role Contributor --scope "$(az group show -g ${rg} --query id -o tsv)"`,
      `az network private-dns zone create -g ${rg} -n ${arg(domain)}`,
      // An existing VNet is linked to the private zone here; the VNet the template creates is linked after it.
      ...(existing ? [link] : []),
    ],
    stack(stack) {
      const name = arg(azureDeploymentName(plan, stack));
      const before: string[] = [];
      const after: string[] = [];
      if (stack.template.kind === 'network') after.push(link);
      if (stack.template.kind === 'image') {
        before.push(
          `az storage account create -g ${rg} --location ${region} --name ${sa} --kind Storage --sku Standard_LRS`,
          `export ACCOUNT_KEY=$(az storage account keys list -g ${rg} --account-name ${sa} --query "[0].value" -o tsv)`,
          `export VHD_URL=$(openshift-install coreos print-stream-json | jq -r '.architectures.${arch}."rhel-coreos-extensions"."azure-disk".url')`,
          `az storage container create --name vhd ${key}`,
          `az storage blob copy start ${key} --destination-blob rhcos.vhd --destination-container vhd --source-uri "$VHD_URL"`,
          `az storage blob show --container-name vhd --name rhcos.vhd ${key} --query properties.copy.status -o tsv`,
          `az storage container create --name files ${key}`,
          `az storage blob upload ${key} -c files -f ${installDir}/bootstrap.ign -n bootstrap.ign`,
        );
      }
      if (stack.template.kind === 'infra' && external) {
        after.push(
          `export PUBLIC_IP=$(az network public-ip list -g ${rg} --query "[?name=='$INFRA_ID-master-pip'] | [0].ipAddress" -o tsv)`,
          `az network dns record-set a add-record -g ${dnsRg} -z ${arg(plan.baseDomain)} -n ${arg(`api.${plan.clusterName}`)} -a "$PUBLIC_IP" --ttl 60`,
        );
      }
      return {
        before,
        create: [
          `INSTALL_DIR=${installDir} ${planDir}/${AZURE_SCRIPT} ${stack.id}`,
          `az deployment group create -g ${rg} --name ${name} --template-file ${dir}/${stack.template.template} --parameters @${dir}/${azureParameterFile(stack)}`,
          `az deployment group show -g ${rg} --name ${name} --query properties.provisioningState -o tsv`,
        ],
        after,
      };
    },
    bootstrapDelete: [
      `az network nsg rule delete -g ${rg} --nsg-name "$INFRA_ID-nsg" --name bootstrap_ssh_in`,
      `az vm stop -g ${rg} --name "$INFRA_ID-bootstrap"`,
      `az vm deallocate -g ${rg} --name "$INFRA_ID-bootstrap"`,
      `az vm delete -g ${rg} --name "$INFRA_ID-bootstrap" --yes`,
      `az disk delete -g ${rg} --name "$INFRA_ID-bootstrap_OSDisk" --no-wait --yes`,
      `az network nic delete -g ${rg} --name "$INFRA_ID-bootstrap-nic" --no-wait`,
      `az storage blob delete ${key} --container-name files --name bootstrap.ign`,
      `az network public-ip delete -g ${rg} --name "$INFRA_ID-bootstrap-ssh-pip"`,
    ],
    apiHealth: [
      `az network lb list -g ${rg} -o table`,
      `az network lb probe list -g ${rg} --lb-name "$INFRA_ID-internal" -o table`,
    ],
    appsDns: [
      `export ROUTER_IP=$(oc -n openshift-ingress get service router-default -o jsonpath='{.status.loadBalancer.ingress[0].ip}')`,
      ...(external
        ? [
            `az network dns record-set a add-record -g ${dnsRg} -z ${arg(plan.baseDomain)} -n ${arg(`*.apps.${plan.clusterName}`)} -a "$ROUTER_IP" --ttl 300`,
          ]
        : []),
      `az network private-dns record-set a create -g ${rg} -z ${arg(domain)} -n '*.apps' --ttl 300`,
      `az network private-dns record-set a add-record -g ${rg} -z ${arg(domain)} -n '*.apps' -a "$ROUTER_IP"`,
    ],
  };
}
