import { describe, expect, it } from 'vitest';
import { FIPS_CAPABLE_INSTALLER_SINCE } from '../../src/knowledge/fips-installer.js';
import { itemOf, onpremPlan, renderOnprem } from './onprem-plans.js';

describe('FIPS plans extract the FIPS-capable installer before any step runs it', () => {
  it.each([
    ['4.15', false],
    ['4.16', true],
    ['4.20', true],
  ] as const)('%s: extraction step first %s', (ocpVersion, first) => {
    const rendered = renderOnprem(onpremPlan('vsphere', 'IPI', 'ha', { ocpVersion, fips: true }));
    const ids = rendered.items.filter((i) => i.phase === 'prepare').map((i) => i.id);
    const fips = ids.indexOf('prepare.fips');
    const tools = ids.indexOf('prepare.tools');
    expect(fips).toBeGreaterThanOrEqual(0);
    expect(fips < tools).toBe(first);
    const toolCommands = itemOf(rendered, 'prepare.tools')?.commands ?? [];
    expect(toolCommands.includes('openshift-install-fips version')).toBe(first);
  });

  it('names the first release with the FIPS-capable binary from the release table, not a fixed number', () => {
    const details = itemOf(
      renderOnprem(onpremPlan('baremetal', 'IPI', 'ha', { ocpVersion: '4.20', fips: true })),
      'prepare.fips',
    )?.details;
    expect(details).toContain(`From OpenShift ${FIPS_CAPABLE_INSTALLER_SINCE} the openshift-install`);
    expect(details).toContain(`oc ${FIPS_CAPABLE_INSTALLER_SINCE} or newer`);
    expect(details).toContain('from the 4.20 release image');
  });
});
