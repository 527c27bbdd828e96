/**
 * The credentialsMode values the installer accepts per platform key of the install-config; platforms not listed must
 * leave it empty (installconfig.go (publish, credentials, mirrors, proxy)).
 */
export const CREDENTIALS_MODES: Readonly<Record<string, readonly string[]>> = {
  aws: ['Mint', 'Passthrough', 'Manual'],
  gcp: ['Mint', 'Passthrough', 'Manual'],
  azure: ['Passthrough', 'Manual'],
  openstack: ['Passthrough'],
  powervc: ['Passthrough'],
  ibmcloud: ['Manual'],
  powervs: ['Manual'],
  nutanix: ['Manual'],
};

/** Platforms whose only mode is Manual: the planner writes it, so the install does not wait on detection. */
export function onlyManualCredentials(platform: string): boolean {
  const modes = CREDENTIALS_MODES[platform];
  return modes?.length === 1 && modes[0] === 'Manual';
}
