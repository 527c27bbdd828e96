import { describe, expect, it } from 'vitest';
import { rootDeviceHints } from '../../src/render/install-config/platform-baremetal.js';
import { PRISM_ELEMENT_PLACEHOLDER } from '../../src/render/install-config/platform-nutanix.js';
import { POWERVS_PLACEHOLDERS, powervsRegionOf } from '../../src/render/install-config/platform-powervs.js';
import { CREDENTIAL_FILES, makeInputs, makePlan, SECRETS } from './factory.js';
import { commentsOf, render } from './helpers.js';
import { expectInstallerSchemaValid } from './installer-schema.js';

describe('vSphere', () => {
  it('IPI uses vcenters and failureDomains with full inventory paths, credentials and VIPs', () => {
    const { config } = render(makePlan('vsphere'), 'IPI');
    const vsphere = config.platform.vsphere;
    expect(vsphere.vcenters).toEqual([
      {
        server: 'vcenter.example.com',
        port: 443,
        user: 'administrator@vsphere.local',
        password: SECRETS.vcenterPassword,
        datacenters: ['dc1'],
      },
    ]);
    expect(vsphere.failureDomains).toHaveLength(1);
    const domain = vsphere.failureDomains[0];
    expect(domain.server).toBe('vcenter.example.com');
    // validatePlatform (installconfig.go): computeCluster /<dc>/host/<cluster>, datastore /<dc>/datastore/<ds>.
    expect(domain.topology).toEqual({
      datacenter: 'dc1',
      computeCluster: '/dc1/host/cluster1',
      datastore: '/dc1/datastore/ds1',
      networks: ['vm-net'],
    });
    expect(vsphere.apiVIPs).toEqual(['10.0.0.5']);
    expect(vsphere.ingressVIPs).toEqual(['10.0.0.7']);
    // Never the legacy flat fields (doc-samples/vsphere-ipi-legacy-4.12.yaml).
    for (const legacy of [
      'vcenter',
      'vCenter',
      'username',
      'password',
      'datacenter',
      'defaultDatastore',
      'network',
      'cluster',
      'apiVIP',
      'ingressVIP',
    ]) {
      expect(vsphere[legacy]).toBeUndefined();
    }
  });

  it('UPI keeps vcenters and failureDomains but has no VIPs (doc-samples/vsphere-upi.yaml)', () => {
    const { config, text } = render(makePlan('vsphere'), 'UPI');
    expect(Object.keys(config.platform.vsphere).sort()).toEqual(['failureDomains', 'vcenters']);
    expect(config.compute[0].replicas).toBe(0);
    expect(commentsOf(text).join(' ')).toContain('no apiVIPs/ingressVIPs');
  });

  it('moves folder and resource pool into the topology as full paths, other fields pass through', () => {
    const plan = makePlan('vsphere', 'ha', {
      platformConfig: {
        ...makePlan('vsphere').platformConfig,
        folder: 'ocp',
        resourcePool: 'pool1',
        diskType: 'thin',
      },
    });
    const { config } = render(plan, 'IPI');
    expect(config.platform.vsphere.failureDomains[0].topology.folder).toBe('/dc1/vm/ocp');
    expect(config.platform.vsphere.failureDomains[0].topology.resourcePool).toBe(
      '/dc1/host/cluster1/Resources/pool1',
    );
    expect(config.platform.vsphere.folder).toBeUndefined();
    expect(config.platform.vsphere.diskType).toBe('thin');
    expectInstallerSchemaValid(config);
  });

  it('keeps paths that are already absolute and lower-cases the vCenter host name', () => {
    const plan = makePlan('vsphere', 'ha', {
      platformConfig: {
        ...makePlan('vsphere').platformConfig,
        vcenter: 'VCenter.Example.com',
        datastore: '/dc1/datastore/cluster-ds/ds7',
      },
    });
    const { config } = render(plan, 'IPI');
    expect(config.platform.vsphere.vcenters[0].server).toBe('vcenter.example.com');
    expect(config.platform.vsphere.failureDomains[0].topology.datastore).toBe(
      '/dc1/datastore/cluster-ds/ds7',
    );
  });
});

describe('bare metal', () => {
  it('IPI lists every host with installer role names, BMC credentials, boot MAC and root device', () => {
    const { config } = render(makePlan('baremetal'), 'IPI');
    const baremetal = config.platform.baremetal;
    expect(baremetal.apiVIPs).toEqual(['10.0.0.5']);
    expect(baremetal.ingressVIPs).toEqual(['10.0.0.7']);
    expect(baremetal.provisioningNetwork).toBe('Managed');
    expect(baremetal.hosts).toHaveLength(6);
    expect(baremetal.hosts[0]).toEqual({
      name: 'master-0',
      role: 'master',
      bmc: {
        address: 'redfish-virtualmedia://10.1.0.10/redfish/v1/Systems/1',
        username: 'root',
        password: SECRETS.bmcPassword,
      },
      bootMACAddress: '52:54:00:00:00:10',
      rootDeviceHints: { deviceName: '/dev/sda' },
    });
    expect(baremetal.hosts.filter((h: { role: string }) => h.role === 'master')).toHaveLength(3);
    expect(baremetal.hosts.filter((h: { role: string }) => h.role === 'worker')).toHaveLength(3);
    expect(baremetal.hosts[1].rootDeviceHints).toBeUndefined();
  });

  it('passes provisioningNetwork and other bare-metal fields through', () => {
    const plan = makePlan('baremetal', 'compact', {
      platformConfig: { provisioningNetwork: 'Disabled', additionalNTPServers: ['ntp.example.com'] },
    });
    const { config } = render(plan, 'IPI');
    expect(config.platform.baremetal.provisioningNetwork).toBe('Disabled');
    expect(config.platform.baremetal.additionalNTPServers).toEqual(['ntp.example.com']);
    expect(config.compute[0].replicas).toBe(0);
    expectInstallerSchemaValid(config);
  });

  it('maps a by-id WWN link to a WWN hint (installation-config-parameters (docs)), other paths to deviceName', () => {
    expect(rootDeviceHints('/dev/disk/by-id/wwn-0x5000c500a0b1c2d3')).toEqual({ wwn: '0x5000c500a0b1c2d3' });
    expect(rootDeviceHints('/dev/disk/by-id/wwn-0x64cd98f04fde100024684cf3034da5c2')).toEqual({
      wwnWithExtension: '0x64cd98f04fde100024684cf3034da5c2',
    });
    expect(rootDeviceHints('/dev/disk/by-path/pci-0000:01:00.0-scsi-0:2:0:0')).toEqual({
      deviceName: '/dev/disk/by-path/pci-0000:01:00.0-scsi-0:2:0:0',
    });
  });

  it('UPI is platform none with no hosts and no BMC passwords', () => {
    const { config, text } = render(makePlan('baremetal'), 'UPI');
    expect(config.platform).toEqual({ none: {} });
    expect(config.compute[0].replicas).toBe(0);
    expect(text).not.toContain(SECRETS.bmcPassword);
  });

  it('UPI single-node installs in place onto the control-plane host disk', () => {
    const { config } = render(makePlan('baremetal', 'sno'), 'UPI');
    expect(config.bootstrapInPlace).toEqual({ installationDisk: '/dev/sda' });
    expect(config.controlPlane.replicas).toBe(1);
  });
});

describe('Nutanix', () => {
  it('IPI has Prism Central, one Prism Element, one subnet, VIPs and credentialsMode Manual', () => {
    const { config, text } = render(makePlan('nutanix'), 'IPI');
    const nutanix = config.platform.nutanix;
    expect(nutanix.prismCentral).toEqual({
      endpoint: { address: 'pc.example.com', port: 9440 },
      username: 'admin',
      password: SECRETS.prismPassword,
    });
    expect(nutanix.prismElements).toEqual([
      {
        uuid: '0005b0f1-8f43-a0f2-02b7-3cecef193712',
        endpoint: { address: PRISM_ELEMENT_PLACEHOLDER, port: 9440 },
      },
    ]);
    expect(nutanix.subnetUUIDs).toEqual(['c7938dc6-7659-453e-a688-e26020c68e43']);
    expect(nutanix.apiVIPs).toEqual(['10.0.0.5']);
    expect(config.credentialsMode).toBe('Manual');
    expect(commentsOf(text).join(' ')).toContain('PLACEHOLDER address');
  });

  it('uses the answered port and a Prism Element address when the plan has one', () => {
    const base = makePlan('nutanix').platformConfig;
    const plan = makePlan('nutanix', 'ha', {
      platformConfig: { ...base, port: 9441, prismElementAddress: 'pe.example.com' },
    });
    const { config, text } = render(plan, 'IPI');
    expect(config.platform.nutanix.prismCentral.endpoint.port).toBe(9441);
    expect(config.platform.nutanix.prismElements[0].endpoint.address).toBe('pe.example.com');
    expect(config.platform.nutanix.prismElementAddress).toBeUndefined();
    expect(text).not.toContain('PLACEHOLDER address');
  });

  it('UPI falls back to platform none and says why', () => {
    const { config, text } = render(makePlan('nutanix'), 'UPI');
    expect(config.platform).toEqual({ none: {} });
    expect(config.credentialsMode).toBeUndefined();
    expect(text).not.toContain(SECRETS.prismPassword);
    expect(commentsOf(text).join(' ')).toContain('Nutanix has no documented user-provisioned method');
  });
});

describe('OpenStack', () => {
  it('writes the flavor as defaultMachinePlatform.type, never the legacy computeFlavor', () => {
    const { config } = render(makePlan('openstack'), 'IPI');
    expect(config.platform.openstack).toEqual({
      cloud: 'openstack',
      externalNetwork: 'external',
      apiVIPs: ['10.0.0.5'],
      ingressVIPs: ['10.0.0.7'],
      defaultMachinePlatform: { type: 'm1.xlarge' },
    });
  });

  it('keeps a passed-through defaultMachinePlatform and adds the flavor to it', () => {
    const plan = makePlan('openstack', 'ha', {
      platformConfig: {
        cloud: 'mycloud',
        computeFlavor: 'm1.large',
        defaultMachinePlatform: { zones: ['nova'] },
        apiFloatingIP: '203.0.113.5',
      },
    });
    const { config } = render(plan, 'UPI');
    expect(config.platform.openstack.defaultMachinePlatform).toEqual({ zones: ['nova'], type: 'm1.large' });
    expect(config.platform.openstack.apiFloatingIP).toBe('203.0.113.5');
    expect(config.platform.openstack.externalNetwork).toBeUndefined();
    expectInstallerSchemaValid(config);
  });
});

describe('clouds', () => {
  it('AWS passes tags through and writes the existing subnets as vpc.subnets from 4.19', () => {
    const plan = makePlan('aws', 'ha', {
      ocpVersion: '4.19',
      platformConfig: {
        region: 'eu-west-1',
        vpc: { subnets: [{ id: 'subnet-0fedcba987654a001' }, { id: 'subnet-0fedcba987654a002' }] },
        userTags: { approved: 'yes', costCenter: '7536' },
      },
    });
    const { config, text } = render(plan, 'IPI');
    expect(config.platform.aws).toEqual({
      region: 'eu-west-1',
      vpc: { subnets: [{ id: 'subnet-0fedcba987654a001' }, { id: 'subnet-0fedcba987654a002' }] },
      userTags: { approved: 'yes', costCenter: '7536' },
    });
    // YAML 1.1 would read a bare yes as a boolean and 7536 as a number: both must be quoted.
    expect(text).toContain('approved: "yes"');
    expect(text).toContain('costCenter: "7536"');
    expectInstallerSchemaValid(config);
  });

  it('AWS before 4.19 writes the same subnets as the flat subnets list of IDs', () => {
    const plan = makePlan('aws', 'ha', {
      platformConfig: {
        region: 'eu-west-1',
        vpc: { subnets: [{ id: 'subnet-0fedcba987654a001' }, { id: 'subnet-0fedcba987654a002' }] },
      },
    });
    expect(render(plan, 'IPI').config.platform.aws).toEqual({
      region: 'eu-west-1',
      subnets: ['subnet-0fedcba987654a001', 'subnet-0fedcba987654a002'],
    });
  });

  it('AWS UPI keeps the aws stanza with compute replicas 0', () => {
    const { config } = render(makePlan('aws'), 'UPI');
    expect(config.platform).toEqual({ aws: { region: 'us-east-2' } });
    expect(config.compute[0].replicas).toBe(0);
  });

  it('Azure writes the DNS resource group when given and omits it for a private cluster without one', () => {
    expect(render(makePlan('azure'), 'IPI').config.platform.azure).toEqual({
      region: 'eastus',
      baseDomainResourceGroupName: 'dns-rg',
    });
    const internal = makePlan('azure', 'ha', {
      publish: 'Internal',
      platformConfig: { region: 'westeurope', cloudName: 'AzurePublicCloud' },
    });
    const { config } = render(internal, 'IPI');
    expect(config.platform.azure).toEqual({ region: 'westeurope', cloudName: 'AzurePublicCloud' });
    expect(config.publish).toBe('Internal');
  });

  it('GCP has projectID and region', () => {
    expect(render(makePlan('gcp'), 'IPI').config.platform.gcp).toEqual({
      projectID: 'my-project',
      region: 'us-central1',
    });
  });

  it('IBM Cloud has the region and credentialsMode Manual', () => {
    const { config } = render(makePlan('ibmcloud'), 'IPI');
    expect(config.platform.ibmcloud).toEqual({ region: 'us-south' });
    expect(config.credentialsMode).toBe('Manual');
  });
});

describe('Power VS', () => {
  it('derives the region from the zone by dropping the trailing number', () => {
    expect(powervsRegionOf('dal10')).toBe('dal');
    expect(powervsRegionOf('wdc06')).toBe('wdc');
    expect(powervsRegionOf('eu-de-1')).toBe('eu-de');
    expect(powervsRegionOf('us-south')).toBe('us-south');
  });

  it('writes zone, derived region, the resource group and a marked user ID placeholder', () => {
    const { config, text } = render(makePlan('powervs'), 'IPI');
    expect(config.platform.powervs).toEqual({
      userID: POWERVS_PLACEHOLDERS.userID,
      powervsResourceGroup: 'ocp-rg',
      region: 'dal',
      zone: 'dal10',
    });
    expect(config.credentialsMode).toBe('Manual');
    expect(commentsOf(text).join(' ')).toContain('replace with your IBM Cloud user ID');
  });

  it('uses an answered region and user ID', () => {
    const plan = makePlan('powervs', 'ha', {
      platformConfig: { zone: 'mad02', region: 'mad', userID: 'user@example.com' },
    });
    const { config } = render(plan, 'IPI');
    expect(config.platform.powervs.region).toBe('mad');
    expect(config.platform.powervs.userID).toBe('user@example.com');
    expect(config.platform.powervs.powervsResourceGroup).toBe(POWERVS_PLACEHOLDERS.powervsResourceGroup);
  });
});

describe('IBM Z and none', () => {
  it('IBM Z is platform none with s390x pools', () => {
    const { config, text } = render(makePlan('ibmz'), 'UPI');
    expect(config.platform).toEqual({ none: {} });
    expect(config.controlPlane.architecture).toBe('s390x');
    expect(config.compute[0].architecture).toBe('s390x');
    expect(commentsOf(text).join(' ')).toContain('IBM Z and LinuxONE install with platform none');
  });

  it('single-node without an installation disk gets a marked placeholder', () => {
    const { config, text } = render(makePlan('none', 'sno'), 'UPI');
    expect(config.bootstrapInPlace.installationDisk).toMatch(/^\/dev\/disk\/by-id\//);
    expect(commentsOf(text).join(' ')).toContain('PLACEHOLDER disk');
  });

  it('credentials missing from the inputs become placeholders, not crashes', () => {
    const { config } = render(makePlan('vsphere'), 'IPI', makeInputs({ credentials: {} }));
    expect(config.platform.vsphere.vcenters[0].password).toBe('REPLACE_WITH_PASSWORD');
    expect(CREDENTIAL_FILES.vsphere).toBeTruthy();
  });
});
