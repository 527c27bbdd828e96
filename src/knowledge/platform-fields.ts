import type { Platform } from '../types.js';

/**
 * Optional install-config fields that an answers file may set inside its platform block and that pass through
 * unchanged to `platform.<name>` (the answers-file format). Names are those of the installer's install-config schema
 * (reference/installer/install.openshift.io_installconfigs.yaml, `platform.<name>.properties`), minus the fields the
 * planner renders itself (VIPs come from `vips`, bare-metal hosts from `hosts`), legacy fields the installer only
 * up-converts (vSphere flat fields, singular VIPs — pkg/types/defaults) and inline secrets (the answers-file format: secrets are
 * always given by file reference).
 */
export const PASSTHROUGH_FIELDS: Record<Platform, readonly string[]> = {
  aws: [
    'amiID',
    'bestEffortDeleteIgnition',
    'defaultMachinePlatform',
    'hostedZone',
    'hostedZoneRole',
    'ipFamily',
    'lbType',
    'preserveBootstrapIgnition',
    'propagateUserTags',
    'publicIpv4Pool',
    'serviceEndpoints',
    'subnets',
    'userProvisionedDNS',
    'userTags',
    'vpc',
  ],
  azure: [
    'allowSharedKeyAccess',
    'armEndpoint',
    'cloudName',
    'clusterOSImage',
    'computeSubnet',
    'controlPlaneSubnet',
    'customerManagedKey',
    'defaultMachinePlatform',
    'ipFamily',
    'networkResourceGroupName',
    'outboundType',
    'resourceGroupName',
    'subnets',
    'userProvisionedDNS',
    'userTags',
    'virtualNetwork',
  ],
  gcp: [
    'computeSubnet',
    'controlPlaneSubnet',
    'defaultMachinePlatform',
    'dns',
    'endpoint',
    'firewallRulesManagement',
    'network',
    'networkProjectID',
    'userLabels',
    'userProvisionedDNS',
    'userTags',
  ],
  vsphere: [
    'clusterOSImage',
    'defaultMachinePlatform',
    'diskType',
    'dnsRecordsType',
    'folder',
    'loadBalancer',
    'nodeNetworking',
    'resourcePool',
  ],
  baremetal: [
    'additionalNTPServers',
    'bmcVerifyCA',
    'bootstrapExternalStaticDNS',
    'bootstrapExternalStaticGateway',
    'bootstrapExternalStaticIP',
    'bootstrapOSImage',
    'bootstrapProvisioningIP',
    'clusterOSImage',
    'clusterProvisioningIP',
    'defaultMachinePlatform',
    'dnsRecordsType',
    'externalBridge',
    'externalMACAddress',
    'libvirtURI',
    'loadBalancer',
    'provisioningBridge',
    'provisioningDHCPExternal',
    'provisioningDHCPRange',
    'provisioningMACAddress',
    'provisioningNetwork',
    'provisioningNetworkCIDR',
    'provisioningNetworkGateway',
    'provisioningNetworkInterface',
  ],
  nutanix: [
    'clusterOSImage',
    'defaultMachinePlatform',
    'dnsRecordsType',
    'failureDomains',
    'loadBalancer',
    'preloadedOSImageName',
    'prismAPICallTimeout',
  ],
  openstack: [
    'apiFloatingIP',
    'clusterOSImage',
    'clusterOSImageProperties',
    'controlPlanePort',
    'defaultMachinePlatform',
    'dnsRecordsType',
    'externalDNS',
    'ingressFloatingIP',
    'loadBalancer',
    'machinesSubnet',
  ],
  ibmcloud: [
    'computeSubnets',
    'controlPlaneSubnets',
    'defaultMachinePlatform',
    'networkResourceGroupName',
    'resourceGroupName',
    'serviceEndpoints',
    'vpcName',
  ],
  powervs: [
    'clusterOSImage',
    'defaultMachinePlatform',
    'powervsResourceGroup',
    'serviceEndpoints',
    'serviceInstanceGUID',
    'tgName',
    'userID',
    'vpcName',
    'vpcRegion',
    'vpcSubnets',
  ],
  // PowerVC is a thin layer over the OpenStack stanza (openshift/installer pkg/types/powervc).
  powervc: [
    'apiFloatingIP',
    'clusterOSImage',
    'clusterOSImageProperties',
    'controlPlanePort',
    'defaultMachinePlatform',
    'externalDNS',
    'imageName',
    'ingressFloatingIP',
    'loadBalancer',
  ],
  ibmz: [],
  external: [],
  none: [],
};

/** What a pass-through value must look like, checked where the answers enter (F8, F17: values stay inert). */
export type PassthroughFormat = 'ip' | 'cidr' | 'mac' | 'ip-range';

/**
 * Pass-through fields that hold an address. Several reach the infra files as well as install-config.yaml (the bare-metal
 * bootstrap address becomes an HAProxy server, the OpenStack floating IPs become DNS records), so a value that is not
 * an address must be refused before it can become a config line.
 * Source: the installer's install-config schema, `format: ip` on these fields
 * (https://github.com/openshift/installer/blob/main/data/data/install.openshift.io_installconfigs.yaml), and its
 * descriptions ("the IP address of an available floating IP", "a MAC address", "a CIDR").
 */
export const PASSTHROUGH_FORMATS: Partial<Record<Platform, Readonly<Record<string, PassthroughFormat>>>> = {
  baremetal: {
    bootstrapExternalStaticDNS: 'ip',
    bootstrapExternalStaticGateway: 'ip',
    bootstrapExternalStaticIP: 'ip',
    bootstrapProvisioningIP: 'ip',
    clusterProvisioningIP: 'ip',
    externalMACAddress: 'mac',
    provisioningDHCPRange: 'ip-range',
    provisioningMACAddress: 'mac',
    provisioningNetworkCIDR: 'cidr',
    provisioningNetworkGateway: 'ip',
  },
  openstack: { apiFloatingIP: 'ip', ingressFloatingIP: 'ip' },
  powervc: { apiFloatingIP: 'ip', ingressFloatingIP: 'ip' },
};
