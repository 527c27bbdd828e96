/**
 * install-config fields the Agent-based installer reads but does not use: `openshift-install agent create image` logs
 * "<field>: <value> is ignored" for each (warnUnusedConfig). A field counts as used when it is set at all, when it
 * differs from the installer's default, or (vSphere hosts) when more than one entry is given.
 */
export type IgnoredWhen =
  | { kind: 'set' }
  | { kind: 'not-default'; value: string }
  | { kind: 'more-than-one' };

export interface AgentIgnoredField {
  /** Installer notation; `[]` for every element of a list. */
  path: string;
  when: IgnoredWhen;
  /** The installer prints "<path>: <value> is ignored" (true) or "<path> is ignored" (false). */
  showsValue: boolean;
}

export const AGENT_IGNORED_SOURCE =
  'openshift/installer pkg/asset/agent/installconfig.go (warnUnusedConfig), https://github.com/openshift/installer/blob/master/pkg/asset/agent/installconfig.go';

const SET: IgnoredWhen = { kind: 'set' };

export const AGENT_IGNORED_FIELDS: readonly AgentIgnoredField[] = [
  { path: 'compute[].hyperthreading', when: { kind: 'not-default', value: 'Enabled' }, showsValue: true },
  { path: 'compute[].platform', when: SET, showsValue: false },
  { path: 'controlPlane.hyperthreading', when: { kind: 'not-default', value: 'Enabled' }, showsValue: true },
  { path: 'controlPlane.platform', when: SET, showsValue: false },
  {
    path: 'platform.baremetal.externalBridge',
    when: { kind: 'not-default', value: 'baremetal' },
    showsValue: true,
  },
  {
    path: 'platform.baremetal.provisioningBridge',
    when: { kind: 'not-default', value: 'provisioning' },
    showsValue: true,
  },
  {
    path: 'platform.baremetal.hosts[].bootMode',
    when: { kind: 'not-default', value: 'UEFI' },
    showsValue: true,
  },
  { path: 'platform.baremetal.defaultMachinePlatform', when: SET, showsValue: false },
  { path: 'platform.vsphere.clusterOSImage', when: SET, showsValue: true },
  { path: 'platform.vsphere.defaultMachinePlatform', when: SET, showsValue: false },
  { path: 'platform.vsphere.diskType', when: SET, showsValue: true },
  { path: 'platform.vsphere.loadBalancer', when: SET, showsValue: false },
  { path: 'platform.vsphere.hosts', when: { kind: 'more-than-one' }, showsValue: false },
  { path: 'platform.nutanix.clusterOSImage', when: SET, showsValue: true },
  { path: 'platform.nutanix.preloadedOSImageName', when: SET, showsValue: true },
  { path: 'platform.nutanix.defaultMachinePlatform', when: SET, showsValue: false },
  { path: 'platform.nutanix.loadBalancer', when: SET, showsValue: false },
  { path: 'platform.nutanix.prismAPICallTimeout', when: SET, showsValue: true },
  { path: 'platform.nutanix.failureDomains', when: SET, showsValue: false },
  { path: 'publish', when: { kind: 'not-default', value: 'External' }, showsValue: true },
  { path: 'credentialsMode', when: SET, showsValue: true },
  { path: 'bootstrapInPlace.installationDisk', when: SET, showsValue: true },
];
