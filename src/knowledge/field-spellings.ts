/**
 * Keys the documentation spells differently from the installer's Go JSON tag. The installer matches keys without
 * regard to case, so both spellings work; `validate` says nothing about the documented one instead of telling users to
 * change a file that follows the docs.
 */
export interface DocumentedSpelling {
  /** The field's path with list indexes as `[]`, ending in the Go tag's spelling. */
  path: string;
  /** The spelling the documentation uses. */
  written: string;
  source: string;
}

const GCP_MACHINE_POOL =
  'Installation configuration parameters for Google Cloud, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_on_google_cloud/installation-config-parameters-gcp';

export const DOCUMENTED_SPELLINGS: readonly DocumentedSpelling[] = [
  // The GCP machine pool's Go tag is "DiskSizeGB"; the docs write osDisk.diskSizeGB.
  ...[
    'controlPlane.platform',
    'compute[].platform',
    'arbiter.platform',
    'platform.gcp.defaultMachinePlatform',
  ].map((base) => ({
    path: `${base === 'platform.gcp.defaultMachinePlatform' ? base : `${base}.gcp`}.osDisk.DiskSizeGB`,
    written: 'diskSizeGB',
    source: GCP_MACHINE_POOL,
  })),
  {
    // The Go tag is "hostName"; the two-node-with-fencing docs write hostname.
    path: 'controlPlane.fencing.credentials[].hostName',
    written: 'hostname',
    source:
      'Installing a two-node OpenShift cluster with fencing, https://docs.redhat.com/en/documentation/openshift_container_platform/4.22/html/installing_on_bare_metal/',
  },
];

export function isDocumentedSpelling(path: string, written: string): boolean {
  return DOCUMENTED_SPELLINGS.some((s) => s.path === path && s.written === written);
}
