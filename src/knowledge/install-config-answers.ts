/**
 * Which answer fills each field of the rendered install-config.yaml and agent-config.yaml, so that a validator
 * finding sends the wizard back to the question that asked for it. The field paths are the installer's
 * (openshift/installer pkg/types: installconfig.go, the platform packages, and pkg/types/agent for agent-config);
 * the answer keys are those of the answers-file format. The first matching row wins.
 */
export interface FieldAnswer {
  /** The field's path in the installer's notation, list indexes included (`platform.vsphere.vcenters[0].server`). */
  field: RegExp;
  /** The answers key whose question fills the field. */
  answer: string;
}

export const INSTALL_CONFIG_ANSWERS: readonly FieldAnswer[] = [
  { field: /^metadata\.name\b/, answer: 'clusterName' },
  { field: /^baseDomain\b/, answer: 'baseDomain' },
  { field: /^networking\.machineNetwork\b/, answer: 'networking.machineNetwork' },
  { field: /^networking\.clusterNetwork\b/, answer: 'networking.clusterNetwork' },
  { field: /^networking\.serviceNetwork\b/, answer: 'networking.serviceNetwork' },
  { field: /^platform\.\w+\.apiVIPs?\b/, answer: 'vips.api' },
  { field: /^platform\.\w+\.ingressVIPs?\b/, answer: 'vips.ingress' },
  { field: /^platform\.vsphere\.vcenters\[\d+\]\.server\b/, answer: 'vsphere.vcenter' },
  { field: /^platform\.vsphere\.vcenters\[\d+\]\.(user|password)\b/, answer: 'vsphere.credentialsFile' },
  { field: /^platform\.vsphere\.vcenters\[\d+\]\.datacenters\b/, answer: 'vsphere.datacenter' },
  { field: /^platform\.vsphere\.failureDomains\[\d+\]\.server\b/, answer: 'vsphere.vcenter' },
  {
    field: /^platform\.vsphere\.failureDomains\[\d+\]\.topology\.datacenter\b/,
    answer: 'vsphere.datacenter',
  },
  {
    field: /^platform\.vsphere\.failureDomains\[\d+\]\.topology\.computeCluster\b/,
    answer: 'vsphere.cluster',
  },
  { field: /^platform\.vsphere\.failureDomains\[\d+\]\.topology\.datastore\b/, answer: 'vsphere.datastore' },
  { field: /^platform\.vsphere\.failureDomains\[\d+\]\.topology\.networks\b/, answer: 'vsphere.network' },
  { field: /^platform\.nutanix\.prismCentral\.endpoint\b/, answer: 'nutanix.prismCentral' },
  { field: /^platform\.nutanix\.prismCentral\.(username|password)\b/, answer: 'nutanix.credentialsFile' },
  { field: /^platform\.nutanix\.prismElements\[\d+\]\.uuid\b/, answer: 'nutanix.prismElementUUID' },
  { field: /^platform\.nutanix\.prismElements\b/, answer: 'nutanix.prismElementAddress' },
  { field: /^platform\.nutanix\.subnetUUIDs\b/, answer: 'nutanix.subnetUUID' },
  { field: /^platform\.aws\.region\b/, answer: 'aws.region' },
  { field: /^platform\.aws\.vpc\.subnets\b/, answer: 'aws.vpc.subnets' },
  { field: /^platform\.aws\.subnets\b/, answer: 'aws.subnets' },
  { field: /^platform\.azure\.region\b/, answer: 'azure.region' },
  { field: /^platform\.azure\.baseDomainResourceGroupName\b/, answer: 'azure.baseDomainResourceGroupName' },
  { field: /^platform\.azure\.networkResourceGroupName\b/, answer: 'azure.networkResourceGroupName' },
  { field: /^platform\.azure\.virtualNetwork\b/, answer: 'azure.virtualNetwork' },
  { field: /^platform\.azure\.controlPlaneSubnet\b/, answer: 'azure.controlPlaneSubnet' },
  { field: /^platform\.azure\.computeSubnet\b/, answer: 'azure.computeSubnet' },
  { field: /^platform\.gcp\.projectID\b/, answer: 'gcp.projectID' },
  { field: /^platform\.gcp\.region\b/, answer: 'gcp.region' },
  { field: /^platform\.gcp\.network\b/, answer: 'gcp.network' },
  { field: /^platform\.gcp\.controlPlaneSubnet\b/, answer: 'gcp.controlPlaneSubnet' },
  { field: /^platform\.gcp\.computeSubnet\b/, answer: 'gcp.computeSubnet' },
  { field: /^platform\.openstack\.cloud\b/, answer: 'openstack.cloud' },
  { field: /^platform\.openstack\.externalNetwork\b/, answer: 'openstack.externalNetwork' },
  { field: /^platform\.ibmcloud\.region\b/, answer: 'ibmcloud.region' },
  { field: /^platform\.powervs\.zone\b/, answer: 'powervs.zone' },
  { field: /^platform\.powervs\.userID\b/, answer: 'powervs.userID' },
  { field: /^proxy\.httpProxy\b/, answer: 'proxy.httpProxy' },
  { field: /^proxy\.httpsProxy\b/, answer: 'proxy.httpsProxy' },
  { field: /^proxy\.noProxy\b/, answer: 'proxy.noProxy' },
  { field: /^(imageDigestSources|imageContentSources)\b/, answer: 'mirror.registry' },
  // additionalTrustBundle holds the mirror's CA and a proxy's CA: the mirror's unless only a proxy CA was given.
  { field: /^additionalTrustBundle\b/, answer: 'mirror.caBundleFile' },
  { field: /^bootstrapInPlace\.installationDisk\b/, answer: 'hosts' },
  // Bare-metal IPI: the provisioning network follows the hosts' BMC addresses (virtual media needs none).
  { field: /^platform\.baremetal\.provisioning\w*\b/, answer: 'hosts' },
  { field: /^compute\[\d+\]\.replicas\b/, answer: 'computeReplicas' },
  { field: /^controlPlane\.replicas\b/, answer: 'topology' },
  { field: /^(controlPlane|compute\[\d+\])\.architecture\b/, answer: 'architecture' },
  { field: /^pullSecret\b/, answer: 'secrets.pullSecretFile' },
  { field: /^sshKey\b/, answer: 'secrets.sshKeyFile' },
  { field: /^fips\b/, answer: 'fips' },
  { field: /^publish\b/, answer: 'publish' },
];

export const AGENT_CONFIG_ANSWERS: readonly FieldAnswer[] = [
  { field: /^rendezvousIP\b/, answer: 'agent.rendezvousIP' },
  { field: /^bootArtifactsBaseURL\b/, answer: 'agent.bootArtifactsBaseURL' },
  { field: /^additionalNTPSources\b/, answer: 'agent.ntpSources' },
];
