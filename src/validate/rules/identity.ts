import { isObj, isUnset, type Obj, str } from '../read.js';
import type { Report } from '../report.js';
import { isDns1123Subdomain, MAX_SUBDOMAIN } from './dns.js';

/*
 * apiVersion, metadata.name, baseDomain and the cluster domain (`inst:pkg/types/validation/
 * installconfig.go` and `inst:pkg/validate/validate.go`).
 */

/** 63 (DNS label) − 9 for "*.apps." rendering around the name: the installer's limit. */
export const MAX_CLUSTER_NAME = 54;

/** Azure reserved resource names (`validate.AzureClusterName`). */
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

/** Platforms whose cluster name becomes a host name and so must not contain a dot. */
const NO_DOT_PLATFORMS = ['vsphere', 'baremetal', 'openstack', 'nutanix', 'powervc'];

/** The name as a valid one would look: lower case, "-" for anything else (the usual fix for "Test_Cluster"). */
function dnsLabelLike(name: string): string {
  const fixed = name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return fixed === '' ? 'prod-1' : fixed;
}

export function checkApiVersion(config: Obj, report: Report): void {
  const raw = config.apiVersion;
  const version = str(raw);
  if (isUnset(raw)) {
    report.error('apiVersion', 'api-version', 'identity.api-version-required');
  } else if (version === 'v1beta3' || version === 'v1beta4') {
    report.warn('apiVersion', 'api-version', 'identity.api-version-legacy', { version });
  } else if (version !== 'v1') {
    report.error('apiVersion', 'api-version', 'identity.api-version-value', {
      version: version ?? typeof raw,
    });
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
    report.error(path, 'cluster-name-required', 'identity.name-required');
    return undefined;
  }
  let valid = true;
  if (!isDns1123Subdomain(name)) {
    valid = false;
    report.error(path, 'cluster-name-dns-label', 'identity.name-format', { name, fixed: dnsLabelLike(name) });
  }
  if (name.length > MAX_CLUSTER_NAME) {
    valid = false;
    report.error(path, 'cluster-name-length', 'identity.name-length', {
      name,
      length: name.length,
      max: MAX_CLUSTER_NAME,
    });
  }
  if ((platform === 'gcp' || platform === 'azure') && !/^[a-z]/.test(name)) {
    report.error(path, 'cluster-name-platform', 'identity.name-letter', { name, platform });
  }
  if (platform !== undefined && NO_DOT_PLATFORMS.includes(platform) && name.includes('.')) {
    report.error(path, 'cluster-name-platform', 'identity.name-dot', { name, platform });
  }
  if (platform === 'azure') {
    const lower = name.toLowerCase();
    const reserved = AZURE_RESERVED_WORDS.find((w) => w === lower);
    if (reserved)
      report.error(path, 'cluster-name-platform', 'identity.name-azure-reserved', { word: reserved });
    for (const word of ['microsoft', 'windows']) {
      if (lower.includes(word))
        report.error(path, 'cluster-name-platform', 'identity.name-azure-contains', { word });
    }
    if (lower.startsWith('login')) report.error(path, 'cluster-name-platform', 'identity.name-azure-login');
  }
  if (platform === 'gcp' && (name.startsWith('goog') || /g[o0]{2}gle/.test(name))) {
    // Checked by the survey and the live GCP validation, not the static validator: reported here because the install
    // fails either way.
    report.error(path, 'cluster-name-platform', 'identity.name-google');
  }
  return valid ? name : undefined;
}

export function checkBaseDomain(config: Obj, clusterName: string | undefined, report: Report): void {
  const raw = config.baseDomain;
  const domain = str(raw);
  if (isUnset(raw) || domain === undefined) {
    report.error('baseDomain', 'base-domain-required', 'identity.base-domain-required');
    return;
  }
  // One trailing dot is tolerated (validate.DomainName with acceptTrailingDot).
  const bare = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  if (!isDns1123Subdomain(bare)) {
    report.error('baseDomain', 'base-domain-format', 'identity.base-domain-format', { domain });
    return;
  }
  if (clusterName === undefined) return;
  const clusterDomain = `${clusterName}.${bare}`;
  if (clusterDomain.length > MAX_SUBDOMAIN) {
    report.error('baseDomain', 'cluster-domain-length', 'identity.cluster-domain-length', {
      domain: clusterDomain,
      length: clusterDomain.length,
      max: MAX_SUBDOMAIN,
    });
  }
}
