import { atLeast } from './releases.js';

/**
 * From 4.16 the `openshift-install` binary published for download is statically linked and refuses `fips: true` on
 * any host (installer pkg/hostcrypt/static.go, build tag `!fipscapable`). A FIPS install then needs the FIPS-capable
 * binary `openshift-install-fips`, extracted from the release payload with `oc adm release extract`, run on RHEL 9 in
 * FIPS mode. Source: "Obtaining a FIPS-capable installation program using oc adm extract" (OpenShift 4.16+ docs).
 */
export const FIPS_CAPABLE_INSTALLER_SINCE = '4.16';
export const FIPS_INSTALLER = 'openshift-install-fips';

/** True when a FIPS plan for `version` must use openshift-install-fips instead of openshift-install. */
export function needsFipsInstaller(fips: boolean, version: string): boolean {
  return fips && atLeast(version, FIPS_CAPABLE_INSTALLER_SINCE);
}

/** The command with every `openshift-install` invocation replaced by the FIPS-capable binary. */
export function withFipsInstaller(command: string): string {
  return command.replace(/(^|[\s;&|(])openshift-install(?![-\w])/g, `$1${FIPS_INSTALLER}`);
}
