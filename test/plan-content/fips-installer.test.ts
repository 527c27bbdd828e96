import { describe, expect, it } from 'vitest';
import { withFipsInstaller } from '../../src/knowledge/fips-installer.js';
import { makePlan } from '../install-config/factory.js';
import { itemOf, renderOnprem } from './onprem-plans.js';

// From 4.16 the downloadable openshift-install refuses fips: true; FIPS plans must use openshift-install-fips.
describe('FIPS-capable installer binary by release', () => {
  const installerCommands = (version: string, fips: boolean) =>
    renderOnprem(makePlan('azure', 'ha', { ocpVersion: version, fips }))
      .items.flatMap((i) => i.commands ?? [])
      .filter((c) => /openshift-install/.test(c));

  it('4.15 FIPS plans keep openshift-install and do not extract another binary', () => {
    const commands = installerCommands('4.15', true);
    expect(commands.some((c) => /openshift-install create cluster/.test(c))).toBe(true);
    expect(commands.join('\n')).not.toContain('openshift-install-fips');
  });

  it('4.16 FIPS plans extract openshift-install-fips and run every installer command with it', () => {
    const rendered = renderOnprem(makePlan('azure', 'ha', { ocpVersion: '4.16', fips: true }));
    const fips = itemOf(rendered, 'prepare.fips');
    expect(fips?.commands).toContain(
      'oc adm release extract --registry-config ./pull-secret.json --command=openshift-install-fips --to . "$RELEASE_IMAGE"',
    );
    expect(fips?.details).toContain('refuses fips: true');
    const commands = installerCommands('4.16', true);
    expect(commands.some((c) => c.startsWith('openshift-install-fips create cluster'))).toBe(true);
    expect(commands.filter((c) => /(^|\s)openshift-install(?!-)/.test(c))).toEqual([]);
  });

  it('plans without FIPS never mention the FIPS binary', () => {
    expect(installerCommands('4.22', false).join('\n')).not.toContain('openshift-install-fips');
  });

  it('rewrites only whole openshift-install invocations', () => {
    expect(withFipsInstaller('openshift-install wait-for install-complete --dir x')).toBe(
      'openshift-install-fips wait-for install-complete --dir x',
    );
    expect(withFipsInstaller('cp openshift-install-fips /usr/local/bin/')).toBe(
      'cp openshift-install-fips /usr/local/bin/',
    );
    expect(withFipsInstaller('cd x && openshift-install create manifests')).toBe(
      'cd x && openshift-install-fips create manifests',
    );
  });
});
