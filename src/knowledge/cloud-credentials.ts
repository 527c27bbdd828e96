import type { Plan } from '../types.js';
import { CREDENTIALS_MODES, onlyManualCredentials } from './credentials-modes.js';

/**
 * How a cloud cluster gets its component credentials when no administrator credentials stay in the cluster.
 * With `credentialsMode: Manual` the Cloud Credential Operator mints nothing: the CredentialsRequests of the release
 * are extracted and `ccoctl` creates short-lived (STS / workload identity) or service-ID credentials before the
 * install. Without them the ingress, registry, storage and machine-API operators stay degraded (the docs’
 * "Alternatives to storing administrator-level secrets in the kube-system project" of each cloud book, and the
 * install-config parameter `credentialsMode`).
 */
export interface ManualCredentialsFacts {
  /** The `ccoctl` sub-command family for this platform. */
  ccoctl: 'aws' | 'azure' | 'gcp' | 'ibmcloud';
  /** The documented identity model the credentials use. */
  identity: string;
  /** Whether ccoctl writes a `tls/` folder (the service-account signing key) that the install folder needs too. */
  tlsFolder: boolean;
}

export const MANUAL_CREDENTIALS: Readonly<Partial<Record<Plan['platform'], ManualCredentialsFacts>>> = {
  aws: { ccoctl: 'aws', identity: 'AWS Security Token Service (STS)', tlsFolder: true },
  azure: { ccoctl: 'azure', identity: 'Microsoft Entra Workload ID', tlsFolder: true },
  gcp: { ccoctl: 'gcp', identity: 'GCP Workload Identity', tlsFolder: true },
  ibmcloud: { ccoctl: 'ibmcloud', identity: 'IBM Cloud service IDs', tlsFolder: false },
  powervs: { ccoctl: 'ibmcloud', identity: 'IBM Cloud service IDs', tlsFolder: false },
};

/**
 * The environment variable the installer reads the IBM Cloud API key from; the docs insist on the exact name
 * ("Exporting the API key" in the IBM Cloud and IBM Power Virtual Server books).
 */
export const API_KEY_VARIABLES: Readonly<Partial<Record<Plan['platform'], string>>> = {
  ibmcloud: 'IC_API_KEY',
  powervs: 'IBMCLOUD_API_KEY',
};

/** Why a plan writes `credentialsMode: Manual`, or undefined when it leaves the mode to the installer. */
export type ManualReason = 'only-mode' | 'no-admin-credentials';

/** `platform` is the install-config's platform key (`none` for IBM Z). */
export function manualCredentialsReason(
  platform: string,
  installerCredentials: boolean,
): ManualReason | undefined {
  if (onlyManualCredentials(platform)) return 'only-mode';
  // The installer may not hold credentials that create resources: the cluster must not keep administrator
  // credentials in kube-system either, so the only honest mode is Manual, where the platform offers it.
  if (!installerCredentials && CREDENTIALS_MODES[platform]?.includes('Manual')) {
    return 'no-admin-credentials';
  }
  return undefined;
}
