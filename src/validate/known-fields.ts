/**
 * The keys the installer knows in each object of install-config.yaml, as a tree of names.
 * GENERATED once from the installer's CRD schema (installer/install.openshift.io_installconfigs.yaml, openshift/installer
 * commit 8014c320, see installer/SOURCE.md): properties per object, recursively; arrays are described by their items.
 * source: 'installer schema install.openshift.io_installconfigs.yaml'
 *
 * A node is a scalar kind ('s' string, 'i' integer, 'b' boolean, 0 any scalar such as int-or-string), 1 (an open
 * object: free maps such as userTags, or objects with x-kubernetes-preserve-unknown-fields, whose keys are not checked),
 * a nested tree (an object with exactly these keys), or [node] (a list of node).
 * Deprecated keys the installer still converts (apiVIP, legacy flat vSphere fields …) are in the schema and so here.
 */
export type ScalarKind = 's' | 'i' | 'b' | 0;
export type FieldNode = ScalarKind | 1 | FieldTree | readonly [FieldNode];
export interface FieldTree {
  readonly [key: string]: FieldNode;
}

const diskSetup: FieldTree = {
  etcd: { platformDiskID: 's' },
  swap: { platformDiskID: 's' },
  type: 's',
  userDefined: { mountPath: 's', platformDiskID: 's' },
};

const fencingCredentials: FieldTree = {
  address: 's',
  certificateVerification: 's',
  hostName: 's',
  macAddress: 's',
  password: 's',
  username: 's',
};

const fencing: FieldTree = { credentials: [fencingCredentials] };

const awsRootVolume: FieldTree = { iops: 'i', kmsKeyARN: 's', size: 'i', throughput: 'i', type: 's' };

const awsMachinePool: FieldTree = {
  additionalSecurityGroupIDs: ['s'],
  amiID: 's',
  cpuOptions: { confidentialCompute: 's' },
  hostPlacement: { affinity: 's', dedicatedHost: [{ id: 's' }] },
  iamProfile: 's',
  iamRole: 's',
  metadataService: { authentication: 's' },
  rootVolume: awsRootVolume,
  type: 's',
  zones: ['s'],
};

const managedDiskSecurityProfile: FieldTree = { diskEncryptionSet: { id: 's' }, securityEncryptionType: 's' };

const dataDisksManagedDisk: FieldTree = {
  diskEncryptionSet: { id: 's' },
  securityProfile: managedDiskSecurityProfile,
  storageAccountType: 's',
};

const azureDataDisks: FieldTree = {
  cachingType: 's',
  diskSizeGB: 'i',
  lun: 'i',
  managedDisk: dataDisksManagedDisk,
  nameSuffix: 's',
};

const azureIdentity: FieldTree = {
  type: 's',
  userAssignedIdentities: [{ name: 's', resourceGroup: 's', subscription: 's' }],
};

const osDiskSecurityProfile: FieldTree = {
  diskEncryptionSet: { name: 's', resourceGroup: 's', subscriptionId: 's' },
  securityEncryptionType: 's',
};

const azureOsDisk: FieldTree = {
  diskEncryptionSet: { name: 's', resourceGroup: 's', subscriptionId: 's' },
  diskSizeGB: 'i',
  diskType: 's',
  securityProfile: osDiskSecurityProfile,
};

const azureOsImage: FieldTree = { offer: 's', plan: 's', publisher: 's', sku: 's', version: 's' };

const settingsConfidentialVM: FieldTree = {
  uefiSettings: { secureBoot: 's', virtualizedTrustedPlatformModule: 's' },
};

const azureSettings: FieldTree = {
  confidentialVM: settingsConfidentialVM,
  securityType: 's',
  trustedLaunch: settingsConfidentialVM,
};

const azureMachinePool: FieldTree = {
  bootDiagnostics: { resourceGroup: 's', storageAccountName: 's', type: 's' },
  dataDisks: [azureDataDisks],
  encryptionAtHost: 'b',
  identity: azureIdentity,
  osDisk: azureOsDisk,
  osImage: azureOsImage,
  settings: azureSettings,
  type: 's',
  ultraSSDCapability: 's',
  vmNetworkingType: 's',
  zones: ['s'],
};

const osDiskEncryptionKey: FieldTree = {
  kmsKey: { keyRing: 's', location: 's', name: 's', projectID: 's' },
  kmsKeyServiceAccount: 's',
};

const gcpOsDisk: FieldTree = { DiskSizeGB: 'i', diskType: 's', encryptionKey: osDiskEncryptionKey };

const gcpMachinePool: FieldTree = {
  confidentialCompute: 's',
  onHostMaintenance: 's',
  osDisk: gcpOsDisk,
  osImage: { name: 's', project: 's' },
  secureBoot: 's',
  serviceAccount: 's',
  tags: ['s'],
  type: 's',
  zones: ['s'],
};

const ibmcloudMachinePool: FieldTree = {
  bootVolume: { encryptionKey: 's' },
  dedicatedHosts: [{ name: 's', profile: 's' }],
  type: 's',
  zones: ['s'],
};

const dataDisksStorageConfig: FieldTree = {
  diskMode: 's',
  storageContainer: { name: 's', referenceName: 's', uuid: 's' },
};

const nutanixDataDisks: FieldTree = {
  dataSourceImage: { name: 's', referenceName: 's', uuid: 's' },
  deviceProperties: { adapterType: 's', deviceIndex: 'i', deviceType: 's' },
  diskSize: 0,
  storageConfig: dataDisksStorageConfig,
};

const nutanixMachinePool: FieldTree = {
  bootType: 's',
  categories: [{ key: 's', value: 's' }],
  coresPerSocket: 'i',
  cpus: 'i',
  dataDisks: [nutanixDataDisks],
  failureDomains: ['s'],
  gpus: [{ deviceID: 'i', name: 's', type: 's' }],
  memoryMiB: 'i',
  osDisk: { diskSizeGiB: 'i' },
  project: { name: 's', type: 's', uuid: 's' },
};

const openstackMachinePool: FieldTree = {
  additionalNetworkIDs: ['s'],
  additionalSecurityGroupIDs: ['s'],
  rootVolume: { size: 'i', type: 's', types: ['s'], zones: ['s'] },
  serverGroupPolicy: 's',
  type: 's',
  zones: ['s'],
};

const ovirtMachinePool: FieldTree = {
  affinityGroupsNames: ['s'],
  autoPinningPolicy: 's',
  clone: 'b',
  cpu: { cores: 'i', sockets: 'i', threads: 'i' },
  format: 's',
  hugepages: 'i',
  instanceTypeID: 's',
  memoryMB: 'i',
  osDisk: { sizeGB: 'i' },
  sparse: 'b',
  vmType: 's',
};

const powervsMachinePool: FieldTree = {
  memoryGiB: 'i',
  procType: 's',
  processors: 0,
  smtLevel: 's',
  sysType: 's',
  volumeIDs: ['s'],
};

const vsphereMachinePool: FieldTree = {
  coresPerSocket: 'i',
  cpus: 'i',
  dataDisks: [{ name: 's', provisioningMode: 's', sizeGiB: 'i' }],
  memoryMB: 'i',
  osDisk: { diskSizeGB: 'i' },
  zones: ['s'],
};

const machinePoolPlatform: FieldTree = {
  aws: awsMachinePool,
  azure: azureMachinePool,
  baremetal: 1,
  gcp: gcpMachinePool,
  ibmcloud: ibmcloudMachinePool,
  nutanix: nutanixMachinePool,
  openstack: openstackMachinePool,
  ovirt: ovirtMachinePool,
  powervc: openstackMachinePool,
  powervs: powervsMachinePool,
  vsphere: vsphereMachinePool,
};

const machinePool: FieldTree = {
  architecture: 's',
  diskSetup: [diskSetup],
  fencing: fencing,
  hyperthreading: 's',
  management: 's',
  name: 's',
  platform: machinePoolPlatform,
  replicas: 'i',
};

const failureDomainsPrismElement: FieldTree = { endpoint: { address: 's', port: 'i' }, name: 's', uuid: 's' };

const openstackControlPlanePort: FieldTree = {
  fixedIPs: [{ subnet: { id: 's', name: 's' } }],
  network: { id: 's', name: 's' },
};

const nodeNetworkingExternal: FieldTree = {
  excludeNetworkSubnetCidr: ['s'],
  network: 's',
  networkSubnetCidr: ['s'],
};

export const INSTALL_CONFIG_FIELDS: FieldTree = {
  additionalTrustBundle: 's',
  additionalTrustBundlePolicy: 's',
  apiVersion: 's',
  arbiter: machinePool,
  baseDomain: 's',
  bootstrapInPlace: { installationDisk: 's' },
  capabilities: { additionalEnabledCapabilities: ['s'], baselineCapabilitySet: 's' },
  compute: [machinePool],
  controlPlane: machinePool,
  cpuPartitioningMode: 's',
  credentialsMode: 's',
  featureGates: ['s'],
  featureSet: 's',
  fips: 'b',
  imageContentSources: [{ mirrors: ['s'], source: 's' }],
  imageDigestSources: [{ mirrors: ['s'], source: 's', sourcePolicy: 's' }],
  kind: 's',
  metadata: {
    annotations: 1,
    creationTimestamp: 0,
    deletionGracePeriodSeconds: 'i',
    deletionTimestamp: 0,
    finalizers: ['s'],
    generateName: 's',
    generation: 'i',
    labels: 1,
    managedFields: [1],
    name: 's',
    namespace: 's',
    ownerReferences: [1],
    resourceVersion: 's',
    selfLink: 's',
    uid: 's',
  },
  networking: {
    clusterNetwork: [{ cidr: 's', hostPrefix: 'i', hostSubnetLength: 'i' }],
    clusterNetworkMTU: 'i',
    clusterNetworks: [{ cidr: 's', hostPrefix: 'i', hostSubnetLength: 'i' }],
    machineCIDR: 's',
    machineNetwork: [{ cidr: 's' }],
    networkType: 's',
    ovnKubernetesConfig: { ipv4: { internalJoinSubnet: 's' } },
    serviceCIDR: 's',
    serviceNetwork: ['s'],
    type: 's',
  },
  operatorPublishingStrategy: { apiserver: 's', ingress: 's' },
  osImageStream: 's',
  platform: {
    aws: {
      amiID: 's',
      bestEffortDeleteIgnition: 'b',
      defaultMachinePlatform: awsMachinePool,
      hostedZone: 's',
      hostedZoneRole: 's',
      ipFamily: 's',
      lbType: 's',
      preserveBootstrapIgnition: 'b',
      propagateUserTags: 'b',
      publicIpv4Pool: 's',
      region: 's',
      serviceEndpoints: [{ name: 's', url: 's' }],
      subnets: ['s'],
      userProvisionedDNS: 's',
      userTags: 1,
      vpc: { subnets: [{ id: 's', roles: [{ type: 's' }] }] },
    },
    azure: {
      allowSharedKeyAccess: 'b',
      armEndpoint: 's',
      baseDomainResourceGroupName: 's',
      cloudName: 's',
      clusterOSImage: 's',
      computeSubnet: 's',
      controlPlaneSubnet: 's',
      customerManagedKey: {
        keyVault: { keyName: 's', name: 's', resourceGroup: 's' },
        userAssignedIdentityKey: 's',
      },
      defaultMachinePlatform: azureMachinePool,
      ipFamily: 's',
      networkResourceGroupName: 's',
      outboundType: 's',
      region: 's',
      resourceGroupName: 's',
      subnets: [{ name: 's', role: 's' }],
      userProvisionedDNS: 's',
      userTags: 1,
      virtualNetwork: 's',
    },
    baremetal: {
      additionalNTPServers: ['s'],
      apiVIP: 's',
      apiVIPs: ['s'],
      bmcVerifyCA: 's',
      bootstrapExternalStaticDNS: 's',
      bootstrapExternalStaticGateway: 's',
      bootstrapExternalStaticIP: 's',
      bootstrapOSImage: 's',
      bootstrapProvisioningIP: 's',
      clusterOSImage: 's',
      clusterProvisioningIP: 's',
      defaultMachinePlatform: 1,
      dnsRecordsType: 's',
      externalBridge: 's',
      externalMACAddress: 's',
      hosts: [
        {
          bmc: { address: 's', disableCertificateVerification: 'b', password: 's', username: 's' },
          bootMACAddress: 's',
          bootMode: 's',
          hardwareProfile: 's',
          name: 's',
          networkConfig: 1,
          role: 's',
          rootDeviceHints: {
            deviceName: 's',
            hctl: 's',
            minSizeGigabytes: 'i',
            model: 's',
            rotational: 'b',
            serialNumber: 's',
            vendor: 's',
            wwn: 's',
            wwnVendorExtension: 's',
            wwnWithExtension: 's',
          },
        },
      ],
      ingressVIP: 's',
      ingressVIPs: ['s'],
      libvirtURI: 's',
      loadBalancer: { type: 's' },
      provisioningBridge: 's',
      provisioningDHCPExternal: 'b',
      provisioningDHCPRange: 's',
      provisioningHostIP: 's',
      provisioningMACAddress: 's',
      provisioningNetwork: 's',
      provisioningNetworkCIDR: 's',
      provisioningNetworkGateway: 's',
      provisioningNetworkInterface: 's',
    },
    external: { cloudControllerManager: 's', platformName: 's' },
    gcp: {
      computeSubnet: 's',
      controlPlaneSubnet: 's',
      defaultMachinePlatform: gcpMachinePool,
      dns: { privateZone: { name: 's', projectID: 's' } },
      endpoint: { clusterUseOnly: 'b', name: 's' },
      firewallRulesManagement: 's',
      network: 's',
      networkProjectID: 's',
      projectID: 's',
      region: 's',
      userLabels: [{ key: 's', value: 's' }],
      userProvisionedDNS: 's',
      userTags: [{ key: 's', parentID: 's', value: 's' }],
    },
    ibmcloud: {
      computeSubnets: ['s'],
      controlPlaneSubnets: ['s'],
      defaultMachinePlatform: ibmcloudMachinePool,
      networkResourceGroupName: 's',
      region: 's',
      resourceGroupName: 's',
      serviceEndpoints: [{ name: 's', url: 's' }],
      vpcName: 's',
    },
    none: {},
    nutanix: {
      apiVIP: 's',
      apiVIPs: ['s'],
      clusterOSImage: 's',
      defaultMachinePlatform: nutanixMachinePool,
      dnsRecordsType: 's',
      failureDomains: [
        {
          dataSourceImages: [{ name: 's', referenceName: 's', uuid: 's' }],
          name: 's',
          prismElement: failureDomainsPrismElement,
          storageContainers: [{ name: 's', referenceName: 's', uuid: 's' }],
          subnetUUIDs: ['s'],
        },
      ],
      ingressVIP: 's',
      ingressVIPs: ['s'],
      loadBalancer: { type: 's' },
      preloadedOSImageName: 's',
      prismAPICallTimeout: 'i',
      prismCentral: { endpoint: { address: 's', port: 'i' }, password: 's', username: 's' },
      prismElements: [failureDomainsPrismElement],
      subnetUUIDs: ['s'],
    },
    openstack: {
      apiFloatingIP: 's',
      apiVIP: 's',
      apiVIPs: ['s'],
      cloud: 's',
      clusterOSImage: 's',
      clusterOSImageProperties: 1,
      computeFlavor: 's',
      controlPlanePort: openstackControlPlanePort,
      defaultMachinePlatform: openstackMachinePool,
      dnsRecordsType: 's',
      externalDNS: ['s'],
      externalNetwork: 's',
      ingressFloatingIP: 's',
      ingressVIP: 's',
      ingressVIPs: ['s'],
      lbFloatingIP: 's',
      loadBalancer: { type: 's' },
      machinesSubnet: 's',
      octaviaSupport: 's',
      region: 's',
      trunkSupport: 's',
    },
    ovirt: {
      affinityGroups: [{ description: 's', enforcing: 'b', name: 's', priority: 'i' }],
      api_vip: 's',
      api_vips: ['s'],
      defaultMachinePlatform: ovirtMachinePool,
      ingress_vip: 's',
      ingress_vips: ['s'],
      loadBalancer: { type: 's' },
      ovirt_cluster_id: 's',
      ovirt_network_name: 's',
      ovirt_storage_domain_id: 's',
      vnicProfileID: 's',
    },
    powervc: {
      apiFloatingIP: 's',
      apiVIPs: ['s'],
      cloud: 's',
      clusterOSImage: 's',
      clusterOSImageProperties: 1,
      controlPlanePort: openstackControlPlanePort,
      defaultMachinePlatform: openstackMachinePool,
      externalDNS: ['s'],
      externalNetwork: 's',
      imageName: 's',
      ingressFloatingIP: 's',
      ingressVIPs: ['s'],
      loadBalancer: { type: 's' },
    },
    powervs: {
      clusterOSImage: 's',
      defaultMachinePlatform: powervsMachinePool,
      powervsResourceGroup: 's',
      region: 's',
      serviceEndpoints: [{ name: 's', url: 's' }],
      serviceInstanceGUID: 's',
      tgName: 's',
      userID: 's',
      vpcName: 's',
      vpcRegion: 's',
      vpcSubnets: ['s'],
      zone: 's',
    },
    vsphere: {
      apiVIP: 's',
      apiVIPs: ['s'],
      cluster: 's',
      clusterOSImage: 's',
      datacenter: 's',
      defaultDatastore: 's',
      defaultMachinePlatform: vsphereMachinePool,
      diskType: 's',
      dnsRecordsType: 's',
      failureDomains: [
        {
          name: 's',
          region: 's',
          regionType: 's',
          server: 's',
          topology: {
            computeCluster: 's',
            datacenter: 's',
            datastore: 's',
            folder: 's',
            hostGroup: 's',
            networks: ['s'],
            resourcePool: 's',
            tagIDs: ['s'],
            template: 's',
          },
          zone: 's',
          zoneType: 's',
        },
      ],
      folder: 's',
      hosts: [
        {
          failureDomain: 's',
          networkDevice: { gateway: 's', ipAddrs: ['s'], nameservers: ['s'] },
          role: 's',
        },
      ],
      ingressVIP: 's',
      ingressVIPs: ['s'],
      loadBalancer: { type: 's' },
      network: 's',
      nodeNetworking: { external: nodeNetworkingExternal, internal: nodeNetworkingExternal },
      password: 's',
      resourcePool: 's',
      username: 's',
      vCenter: 's',
      vcenters: [{ datacenters: ['s'], password: 's', port: 'i', server: 's', user: 's' }],
    },
  },
  proxy: { httpProxy: 's', httpsProxy: 's', noProxy: 's' },
  publish: 's',
  pullSecret: 's',
  sshKey: 's',
};
