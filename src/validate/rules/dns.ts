/*
 * DNS name rules of k8s.io/apimachinery (validation.IsDNS1123Subdomain / IsDNS1035Label), which the installer's
 * `validate.ClusterName` and `validate.DomainName` build on.
 */
const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);

export const MAX_SUBDOMAIN = 253;

export function isDns1123Subdomain(value: string): boolean {
  return value.length <= MAX_SUBDOMAIN && SUBDOMAIN.test(value);
}

/** Lower-case host name or IPv4 address (the vCenter `server` rule). */
export function isHostOrIp(value: string): boolean {
  return isDns1123Subdomain(value) || /^\d{1,3}(\.\d{1,3}){3}$/.test(value) || /^[0-9a-f:]+$/i.test(value);
}
