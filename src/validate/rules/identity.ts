import { isObj, isUnset, type Obj, str } from '../read.js';
import type { Report } from '../report.js';
import { isDns1123Subdomain, MAX_SUBDOMAIN } from './dns.js';

/*
 * apiVersion, metadata.name, baseDomain and the cluster domain (installer-rules §a.1, `inst:pkg/types/validation/
 * installconfig.go` and `inst:pkg/validate/validate.go`).
 */

/** 63 (DNS label) − 9 for "*.apps." rendering around the name: the installer's limit (installer-rules §a.1). */
export const MAX_CLUSTER_NAME = 54;

/** Azure reserved resource names (`validate.AzureClusterName`, installer-rules §a.1). */
export const AZURE_RESERVED_WORDS = [
  'access',
  'app_catalog',
  'azure',
  'bing',
  'bizspark',
  'biztalk',
  'cortana',
  'directx',
  'dotnet',
  'dynamics',
  'excel',
  'exchange',
  'forefront',
  'groove',
  'hololens',
  'hyperv',
  'kinect',
  'lync',
  'msdn',
  'o365',
  'office',
  'office365',
  'onedrive',
  'onenote',
  'outlook',
  'powerpoint',
  'sharepoint',
  'skype',
  'visio',
  'visualstudio',
  'xbox',
];

/** Platforms whose cluster name becomes a host name and so must not contain a dot (installer-rules §a.1). */
const NO_DOT_PLATFORMS = ['vsphere', 'baremetal', 'openstack', 'nutanix', 'powervc'];

export function checkApiVersion(config: Obj, report: Report): void {
  const raw = config.apiVersion;
  const version = str(raw);
  if (isUnset(raw)) {
    report.error(
      'apiVersion',
      'api-version',
      'install-config version required: add "apiVersion: v1" at the top of the file.',
    );
  } else if (version === 'v1beta3' || version === 'v1beta4') {
    report.warn(
      'apiVersion',
      'api-version',
      `apiVersion ${version} is a legacy version the installer converts; write "apiVersion: v1".`,
    );
  } else if (version !== 'v1') {
    report.error(
      'apiVersion',
      'api-version',
      `install-config version must be "v1", not "${version ?? typeof raw}"; write "apiVersion: v1".`,
    );
  }
}

export function checkClusterName(
  config: Obj,
  platform: string | undefined,
  report: Report,
): string | undefined {
  const metadata = config.metadata;
  const raw = isObj(metadata) ? metadata.name : undefined;
  const name = str(raw);
  const path = 'metadata.name';
  if (isUnset(raw) || name === undefined) {
    report.error(
      path,
      'cluster-name-required',
      'the cluster name is required: set metadata.name (for example "prod").',
    );
    return undefined;
  }
  let valid = true;
  if (!isDns1123Subdomain(name)) {
    valid = false;
    report.error(
      path,
      'cluster-name-dns-label',
      `"${name}" is not a valid cluster name: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. "prod-1").`,
    );
  }
  if (name.length > MAX_CLUSTER_NAME) {
    valid = false;
    report.error(
      path,
      'cluster-name-length',
      `"${name}" is ${name.length} characters; the cluster name must be no more than ${MAX_CLUSTER_NAME} characters (63 minus the "*.apps." prefix). Shorten it.`,
    );
  }
  if ((platform === 'gcp' || platform === 'azure') && !/^[a-z]/.test(name)) {
    report.error(
      path,
      'cluster-name-platform',
      `cluster name must begin with a lower-case letter on ${platform} (RFC 1035); "${name}" does not.`,
    );
  }
  if (platform !== undefined && NO_DOT_PLATFORMS.includes(platform) && name.includes('.')) {
    report.error(
      path,
      'cluster-name-platform',
      `cluster name must not contain '.' on ${platform}; use "-" instead in "${name}".`,
    );
  }
  if (platform === 'azure') {
    const lower = name.toLowerCase();
    const reserved = AZURE_RESERVED_WORDS.find((w) => w === lower);
    if (reserved)
      report.error(
        path,
        'cluster-name-platform',
        `cluster name must not be the reserved Azure word "${reserved}"; choose another name.`,
      );
    for (const word of ['microsoft', 'windows']) {
      if (lower.includes(word))
        report.error(
          path,
          'cluster-name-platform',
          `cluster name must not contain the reserved Azure word "${word}"; choose another name.`,
        );
    }
    if (lower.startsWith('login'))
      report.error(
        path,
        'cluster-name-platform',
        'cluster name must not start with the reserved Azure word "login"; choose another name.',
      );
  }
  if (platform === 'gcp' && (name.startsWith('goog') || /g[o0]{2}gle/.test(name))) {
    // Checked by the survey and the live GCP validation, not the static validator: reported here because the install
    // fails either way (installer-rules §a.1).
    report.error(
      path,
      'cluster-name-platform',
      `cluster name must not start with "goog" or contain variations of "google" on GCP; choose another name.`,
    );
  }
  return valid ? name : undefined;
}

export function checkBaseDomain(config: Obj, clusterName: string | undefined, report: Report): void {
  const raw = config.baseDomain;
  const domain = str(raw);
  if (isUnset(raw) || domain === undefined) {
    report.error(
      'baseDomain',
      'base-domain-required',
      'baseDomain is required: set the DNS domain the cluster lives under (for example "example.com").',
    );
    return;
  }
  // One trailing dot is tolerated (validate.DomainName with acceptTrailingDot).
  const bare = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  if (!isDns1123Subdomain(bare)) {
    report.error(
      'baseDomain',
      'base-domain-format',
      `"${domain}" is not a valid base domain: a lowercase RFC 1123 subdomain of labels of lower case alphanumeric characters and '-', separated by '.' (e.g. "example.com").`,
    );
    return;
  }
  if (clusterName === undefined) return;
  const clusterDomain = `${clusterName}.${bare}`;
  if (clusterDomain.length > MAX_SUBDOMAIN) {
    report.error(
      'baseDomain',
      'cluster-domain-length',
      `the cluster domain "${clusterDomain}" is ${clusterDomain.length} characters; it must be no more than ${MAX_SUBDOMAIN}. Shorten metadata.name or baseDomain.`,
    );
  }
}
