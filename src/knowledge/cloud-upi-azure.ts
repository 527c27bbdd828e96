import type { Architecture } from '../types.js';
import type { StackTemplate, TemplateParam } from './cloud-upi-model.js';
import { rulesVersion } from './releases.js';

/**
 * Azure user-provisioned infrastructure: the ARM templates of openshift/installer `upi/azure/0N_*.json` in the order
 * of the documentation ("Installing a cluster on Azure using ARM templates"): VNet, storage account and RHCOS image,
 * load balancers and private DNS, bootstrap, control plane, compute. Every deployment goes into the resource group
 * `<infraID>-rg`, and `baseName` is the infrastructure ID. `declared` lists each template's parameters on master.
 */

export function azureUpiDocPage(version: string): string {
  const v = rulesVersion(version);
  return `Installing a cluster on Azure using ARM templates, https://docs.redhat.com/en/documentation/openshift_container_platform/${v}/html/installing_on_azure/user-provisioned-infrastructure#installing-azure-user-infra`;
}

export function azureTemplateUrl(version: string, template: string): string {
  return `https://raw.githubusercontent.com/openshift/installer/release-${rulesVersion(version)}/upi/azure/${template}`;
}

const FILE = (name: string) => `https://github.com/openshift/installer/blob/master/upi/azure/${name}`;

const BASE_NAME: TemplateParam = { name: 'baseName', origin: { from: 'installer', value: 'infraID' } };
// The templates find the VNet as `<vnetBaseName>-vnet` and its subnets as `<vnetBaseName>-master-subnet` and
// `<vnetBaseName>-worker-subnet`; left empty they use baseName, which is what 01_vnet.json creates.
const VNET_BASE_NAME: TemplateParam = {
  name: 'vnetBaseName',
  origin: { from: 'plan', value: 'vnetBaseName' },
};

export const AZURE_STACKS: readonly StackTemplate[] = [
  {
    id: 'vnet',
    kind: 'network',
    template: '01_vnet.json',
    declared: ['baseName'],
    params: [BASE_NAME],
    outputs: [],
    network: true,
    source: FILE('01_vnet.json'),
  },
  {
    id: 'storage',
    kind: 'image',
    template: '02_storage.json',
    declared: ['architecture', 'baseName', 'storageAccount', 'vhdBlobURL'],
    params: [
      { name: 'vhdBlobURL', origin: { from: 'cloud', value: 'vhdBlobUrl' } },
      BASE_NAME,
      { name: 'storageAccount', origin: { from: 'plan', value: 'storageAccount' } },
      { name: 'architecture', origin: { from: 'plan', value: 'imageArchitecture' } },
    ],
    outputs: [],
    source: FILE('02_storage.json'),
  },
  {
    id: 'infra',
    kind: 'infra',
    template: '03_infra.json',
    declared: ['baseName', 'vnetBaseName', 'privateDNSZoneName'],
    params: [{ name: 'privateDNSZoneName', origin: { from: 'plan', value: 'clusterDomain' } }, BASE_NAME],
    existingParams: [VNET_BASE_NAME],
    outputs: [],
    source: FILE('03_infra.json'),
  },
  {
    id: 'bootstrap',
    kind: 'bootstrap',
    template: '04_bootstrap.json',
    declared: ['baseName', 'vnetBaseName', 'bootstrapIgnition', 'sshKeyData', 'bootstrapVMSize', 'hyperVGen'],
    params: [
      { name: 'bootstrapIgnition', origin: { from: 'installer', value: 'bootstrapPointer' } },
      BASE_NAME,
      { name: 'bootstrapVMSize', origin: { from: 'plan', value: 'bootstrapType' } },
    ],
    existingParams: [VNET_BASE_NAME],
    outputs: [],
    source: FILE('04_bootstrap.json'),
  },
  {
    id: 'masters',
    kind: 'control-plane',
    template: '05_masters.json',
    declared: [
      'baseName',
      'vnetBaseName',
      'masterIgnition',
      'numberOfMasters',
      'sshKeyData',
      'privateDNSZoneName',
      'masterVMSize',
      'diskSizeGB',
      'hyperVGen',
    ],
    params: [
      { name: 'masterIgnition', origin: { from: 'installer', value: 'masterIgnition' } },
      BASE_NAME,
      { name: 'numberOfMasters', origin: { from: 'plan', value: 'controlPlaneCount' } },
      { name: 'privateDNSZoneName', origin: { from: 'plan', value: 'clusterDomain' } },
      { name: 'masterVMSize', origin: { from: 'plan', value: 'controlPlaneType' } },
    ],
    existingParams: [VNET_BASE_NAME],
    outputs: [],
    source: FILE('05_masters.json'),
  },
  {
    id: 'workers',
    kind: 'compute',
    template: '06_workers.json',
    declared: [
      'baseName',
      'vnetBaseName',
      'workerIgnition',
      'numberOfNodes',
      'sshKeyData',
      'nodeVMSize',
      'hyperVGen',
    ],
    params: [
      { name: 'workerIgnition', origin: { from: 'installer', value: 'workerIgnition' } },
      BASE_NAME,
      { name: 'numberOfNodes', origin: { from: 'plan', value: 'computeCount' } },
      { name: 'nodeVMSize', origin: { from: 'plan', value: 'computeType' } },
    ],
    existingParams: [VNET_BASE_NAME],
    outputs: [],
    source: FILE('06_workers.json'),
  },
];

/**
 * VM sizes when the answers name none (azure.defaultMachinePlatform.type): the templates' defaults on x86_64
 * (Standard_D8s_v3 for masters, Standard_D4s_v3 for bootstrap and workers) and the documentation's Arm64 sizes
 * ("if the architecture is ARM/ARCH64 then vm type must be Standard_D4ps_v5" for the bootstrap).
 */
export const AZURE_VM_SIZES: Readonly<
  Record<'amd64' | 'arm64', { controlPlane: string; compute: string; bootstrap: string }>
> = {
  amd64: { controlPlane: 'Standard_D8s_v3', compute: 'Standard_D4s_v3', bootstrap: 'Standard_D4s_v3' },
  arm64: { controlPlane: 'Standard_D8ps_v5', compute: 'Standard_D4ps_v5', bootstrap: 'Standard_D4ps_v5' },
};

export function azureVmSizes(arch: Architecture) {
  return AZURE_VM_SIZES[arch === 'arm64' ? 'arm64' : 'amd64'];
}

/** 02_storage.json's `architecture` values: x64 or Arm64. */
export function azureImageArchitecture(arch: Architecture): string {
  return arch === 'arm64' ? 'Arm64' : 'x64';
}
