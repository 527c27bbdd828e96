import { type FieldTree, INSTALL_CONFIG_FIELDS } from './known-fields.js';

/**
 * The keys of agent-config.yaml (v1beta1), from the installer's Go types: openshift/installer
 * pkg/types/agent/agent_config_type.go (AgentConfig, Host), with aiv1beta1.Interface and NetConfig from
 * assisted-service, baremetal.RootDeviceHints and baremetal.BMC.
 * https://github.com/openshift/installer/blob/master/pkg/types/agent/agent_config_type.go
 * The agent installer reads the file strictly: any other key is an error. networkConfig is an NMState document whose
 * keys are NMState's, not checked here.
 */
export const AGENT_CONFIG_FIELDS: FieldTree = {
  apiVersion: 's',
  kind: 's',
  metadata: INSTALL_CONFIG_FIELDS.metadata as FieldTree,
  rendezvousIP: 's',
  bootArtifactsBaseURL: 's',
  // The pre-4.16 name of bootArtifactsBaseURL, still up-converted (pkg/types/agent/conversion/agentconfig.go).
  ipxeBaseURL: 's',
  additionalNTPSources: ['s'],
  minimalISO: 'b',
  hosts: [
    {
      hostname: 's',
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
      interfaces: [{ name: 's', macAddress: 's' }],
      networkConfig: 1,
      bmc: { address: 's', disableCertificateVerification: 'b', password: 's', username: 's' },
    },
  ],
};
