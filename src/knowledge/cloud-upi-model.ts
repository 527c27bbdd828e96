/**
 * The shape of the cloud UPI knowledge: for AWS (CloudFormation), Azure (ARM) and Google Cloud (Deployment Manager up
 * to 4.21, Infrastructure Manager from 4.22) the documented templates, in the order the documentation creates them,
 * every parameter each template declares, and where the value of each parameter the plan sets comes from.
 *
 * The tables themselves live in cloud-upi-aws.ts, cloud-upi-azure.ts and cloud-upi-gcp.ts; this file holds only
 * their types, so a renderer reads one vocabulary for all three clouds.
 */

export type CloudUpiPlatform = 'aws' | 'azure' | 'gcp';

/** What a stack builds; the checklist names a stack by its kind in the reader's language. */
export type StackKind =
  | 'network'
  | 'image'
  | 'infra'
  | 'dns'
  | 'load-balancers'
  | 'security'
  | 'iam'
  | 'bootstrap'
  | 'control-plane'
  | 'compute';

/**
 * Values the plan knows from the answers alone. The renderer computes each one from the plan (render/infra/cloud).
 * - machineCidr: the first machine network; subnetBits: the VPC template's subnet size that fits six subnets in it;
 * - zoneCount: availability zones the topology spreads over (one for a single node, else three);
 * - controlPlaneIgnition / computeIgnition: the Machine Config Server URLs on api-int (port 22623);
 * - bootstrapSshCidr: who may reach the bootstrap machine on SSH (the machine network, not 0.0.0.0/0);
 * - allowedExternalCidr: who may reach the API: anyone when publish is External, the machine network when Internal;
 * - publicCluster: publish External (true) or Internal (false);
 * - storageAccount: the Azure storage account the documentation names `<cluster>sa`;
 * - imageArchitecture: Azure's architecture name (x64 or Arm64).
 */
export type PlanValue =
  | 'clusterName'
  | 'baseDomain'
  | 'clusterDomain'
  | 'region'
  | 'project'
  | 'machineCidr'
  | 'subnetBits'
  | 'zoneCount'
  | 'masterSubnetCidr'
  | 'workerSubnetCidr'
  | 'controlPlaneType'
  | 'computeType'
  | 'bootstrapType'
  | 'controlPlaneCount'
  | 'computeCount'
  | 'controlPlaneIgnition'
  | 'computeIgnition'
  | 'bootstrapSshCidr'
  | 'allowedExternalCidr'
  | 'publicCluster'
  | 'storageAccount'
  | 'imageArchitecture'
  | 'diskSizeGb'
  | 'diskType'
  | 'vnetBaseName';

/**
 * Values only `openshift-install create ignition-configs` (or the release's stream metadata) knows:
 * - infraID: `.infraID` of metadata.json;
 * - ignitionCA: the CA of master.ign (`.ignition.security.tls.certificateAuthorities[0].source`);
 * - rhcosImage: the release's RHCOS image for this region and architecture (`openshift-install coreos
 *   print-stream-json`);
 * - masterIgnition / workerIgnition: the Ignition files, as text (GCP) or base64 (Azure `customData`);
 * - bootstrapIgnitionLocation: where bootstrap.ign is uploaded (an S3 URL named after the infraID);
 * - bootstrapPointer: the pointer Ignition (base64) that fetches bootstrap.ign through a signed URL (Azure);
 * - bootstrapSignedUrl: the signed URL of bootstrap.ign in Cloud Storage (GCP).
 */
export type InstallerValue =
  | 'infraID'
  | 'ignitionCA'
  | 'rhcosImage'
  | 'masterIgnition'
  | 'workerIgnition'
  | 'bootstrapIgnitionLocation'
  | 'bootstrapPointer'
  | 'bootstrapSignedUrl';

/**
 * Values looked up in the cloud account while the stacks are created (by the generated script, with the cloud's CLI):
 * the public DNS zone of the base domain, the storage account's VHD URL, self links of networks and subnets, zones
 * and service accounts, and the ids of an existing network named in the answers.
 */
export type CloudValue =
  | 'publicHostedZoneId'
  | 'existingVpcId'
  | 'existingPublicSubnets'
  | 'existingPrivateSubnets'
  | 'vhdBlobUrl'
  | 'clusterNetwork'
  | 'controlSubnet'
  | 'computeSubnet'
  | 'zone0'
  | 'zone1'
  | 'zone2'
  | 'zones'
  | 'masterServiceAccount'
  | 'workerServiceAccount';

/** Where the value of one parameter comes from. `item` picks one entry of a comma-separated output. */
export type ValueOrigin =
  | { from: 'plan'; value: PlanValue }
  | { from: 'installer'; value: InstallerValue }
  | { from: 'output'; stack: string; key: string; item?: number }
  | { from: 'cloud'; value: CloudValue; item?: number };

export interface TemplateParam {
  name: string;
  origin: ValueOrigin;
  /** The value is JSON (a list of zones), not a string. */
  json?: boolean;
}

/** One documented template and the stack (deployment) made from it. */
export interface StackTemplate {
  /** Short id, unique per cloud: the stack name is `<cluster>-<id>` (AWS) or `<infraID>-<id>` (Azure, GCP). */
  id: string;
  kind: StackKind;
  /** The template's file name in openshift/installer `upi/<cloud>/…` (a folder for Infrastructure Manager modules). */
  template: string;
  /** Every parameter, property or variable the template declares: a parameter file may name no other. */
  declared: readonly string[];
  /** The parameters the plan sets, in the order of the documentation's parameter file. */
  params: readonly TemplateParam[];
  /** Outputs later stacks read (AWS); empty where the template has none the flow reads. */
  outputs: readonly string[];
  /** Builds the network: skipped when the answers name an existing one. */
  network?: boolean;
  /** Parameters set only when the answers name an existing network (Azure's vnetBaseName). */
  existingParams?: readonly TemplateParam[];
  /** For a network stack: the cloud value that replaces each of its outputs when the answers name the network. */
  existing?: Readonly<Record<string, CloudValue>>;
  /** Only for publish External (GCP's external API load balancer). */
  externalOnly?: boolean;
  /** Repeated once per compute machine (AWS worker stacks). */
  perWorker?: boolean;
  /** CloudFormation capabilities the template needs (it creates named IAM roles). */
  capabilities?: readonly string[];
  /** The template file this table was read from (openshift/installer, GitHub file URL). */
  source: string;
}
