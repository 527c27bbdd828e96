import type { KnownVersion, SinceTable } from './releases.js';

/**
 * Installer validation rules that exist only from (or until) a release, kept beside the release they came with, the
 * way the installer keeps gated fields in a table (pkg/types/validation/featuregates.go). `validate` asks this table
 * whether a rule applies to the target release; the tests walk it and check each rule the release before and the
 * release it starts. Adding a release that adds a rule is one entry here.
 */
export interface VersionedRule {
  /** First release that applies the rule. */
  since?: KnownVersion;
  /** First release that no longer applies it. */
  until?: KnownVersion;
  source: string;
}

const INSTALLER = 'https://github.com/openshift/installer/blob';

export const VERSIONED_RULES = {
  /**
   * Unknown install-config keys stop the installer from 4.22; up to 4.21 it logs "failed to parse first occurrence of
   * unknown field", drops the key and carries on.
   */
  'unknown-field-fatal': {
    since: '4.22',
    source: `openshift/installer PR #10287 "CORS-3954: Enable strict unmarshaling for user invocations", https://github.com/openshift/installer/pull/10287; ${INSTALLER}/release-4.21/pkg/asset/installconfig/installconfigbase.go`,
  },
  /** "this install method does not support Single Node installation on platform X" (a 4.18 backport, then 4.19+). */
  'single-node-platform': {
    since: '4.18',
    source: `openshift/installer release-4.18 pkg/asset/machines/master.go, ${INSTALLER}/release-4.18/pkg/asset/machines/master.go`,
  },
  /** Machine, service and cluster networks must avoid OVN-Kubernetes' join, transit and masquerade subnets. */
  'ovn-default-subnets': {
    since: '4.19',
    source: `openshift/installer release-4.19 pkg/types/validation/installconfig.go, ${INSTALLER}/release-4.19/pkg/types/validation/installconfig.go`,
  },
  /** Two control-plane replicas need two fencing credentials or an arbiter pool (validateCredentialsNumber). */
  'two-node-control-plane': {
    since: '4.19',
    source: `openshift/installer release-4.19 pkg/types/validation/installconfig.go, ${INSTALLER}/release-4.19/pkg/types/validation/installconfig.go`,
  },
  /** networkType OpenShiftSDN cannot be installed (commit 6469f94a5c, CORS-2950); 4.14 installs it, deprecated. */
  'openshift-sdn-removed': {
    since: '4.15',
    source: `openshift/installer release-4.15 pkg/types/validation/installconfig.go, ${INSTALLER}/release-4.15/pkg/types/validation/installconfig.go`,
  },
  /** networkType Kuryr: "is not supported on OpenShift later than 4.14". */
  'kuryr-removed': {
    since: '4.15',
    source: `openshift/installer release-4.15 pkg/types/validation/installconfig.go, ${INSTALLER}/release-4.15/pkg/types/validation/installconfig.go`,
  },
} as const satisfies Record<string, VersionedRule>;

export type VersionedRuleId = keyof typeof VERSIONED_RULES;

/**
 * Platforms where compute pools may use another architecture than the control plane: none up to 4.16, AWS and GCP
 * from 4.17 (the default-on MultiArchInstallAWS/GCP gates), bare metal as well from 4.20.
 */
export const HETEROGENEOUS_ARCHITECTURE_PLATFORMS: SinceTable<readonly string[]> = {
  '4.14': [],
  '4.17': ['aws', 'gcp'],
  '4.20': ['aws', 'gcp', 'baremetal'],
};
export const HETEROGENEOUS_ARCHITECTURE_SOURCE = `openshift/installer pkg/types/validation/installconfig.go at release-4.16, release-4.19 and release-4.21, ${INSTALLER}/release-4.21/pkg/types/validation/installconfig.go`;
