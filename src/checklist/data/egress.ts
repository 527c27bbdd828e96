import type { Platform } from '../../types.js';
import type { MessageKey } from '../catalog.js';

export interface EgressHost {
  host: string;
  why: MessageKey;
}

/** Hosts a connected cluster reaches on TCP 443 and 80 (configuring-firewall (docs), configuring-firewall). */
export const EGRESS_HOSTS: readonly EgressHost[] = [
  { host: 'registry.redhat.io', why: 'egress.registries' },
  { host: 'quay.io, cdn.quay.io, cdn01.quay.io, cdn02.quay.io', why: 'egress.registries' },
  { host: 'quayio-production-s3.s3.amazonaws.com', why: 'egress.registries' },
  { host: 'sso.redhat.com', why: 'egress.sso' },
  {
    host: 'cert-api.access.redhat.com, api.access.redhat.com, infogw.api.openshift.com',
    why: 'egress.telemetry',
  },
  { host: 'console.redhat.com', why: 'egress.telemetry' },
  { host: 'mirror.openshift.com, storage.googleapis.com/openshift-release', why: 'egress.mirror' },
  { host: 'api.openshift.com', why: 'egress.api-openshift' },
  {
    host: 'rhcos.mirror.openshift.com, rhcos-redirector.apps.art.xq1c.p1.openshiftapps.com',
    why: 'egress.rhcos',
  },
];

/** Cloud API endpoints per platform (configuring-firewall (docs)). */
export const CLOUD_EGRESS: Partial<Record<Platform, string>> = {
  aws: '*.amazonaws.com',
  gcp: '*.googleapis.com, accounts.google.com',
  azure: 'management.azure.com, *.blob.core.windows.net, login.microsoftonline.com',
};
