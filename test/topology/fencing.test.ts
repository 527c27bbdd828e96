import { describe, expect, it } from 'vitest';
import { fencingAddress, fencingTakesMacAddress } from '../../src/knowledge/fencing.js';

describe('fencing address of a host BMC', () => {
  it.each([
    // The bare-metal operator's Redfish schemes become the redfish+https form the cluster-etcd-operator parses.
    ['redfish://10.1.0.10/redfish/v1/Systems/1', 'redfish+https://10.1.0.10/redfish/v1/Systems/1'],
    [
      'redfish+http://10.1.0.10:8000/redfish/v1/Systems/1',
      'redfish+http://10.1.0.10:8000/redfish/v1/Systems/1',
    ],
    [
      'redfish-virtualmedia://bmc.example.com/redfish/v1/Systems/1',
      'redfish+https://bmc.example.com/redfish/v1/Systems/1',
    ],
    [
      'redfish-virtualmedia+http://10.1.0.10/redfish/v1/Systems/1',
      'redfish+http://10.1.0.10/redfish/v1/Systems/1',
    ],
    ['redfish-uefihttp://10.1.0.10/redfish/v1/Systems/1', 'redfish+https://10.1.0.10/redfish/v1/Systems/1'],
    [
      'idrac-virtualmedia://10.1.0.10/redfish/v1/Systems/System.Embedded.1',
      'redfish+https://10.1.0.10/redfish/v1/Systems/System.Embedded.1',
    ],
    ['redfish://[fd00::10]/redfish/v1/Systems/1', 'redfish+https://[fd00::10]/redfish/v1/Systems/1'],
    // The docs' samples write https://<redfish-api-url>: kept as written.
    ['https://10.1.0.10/redfish/v1/Systems/1', 'https://10.1.0.10/redfish/v1/Systems/1'],
  ])('%s → %s', (bmc, fencing) => {
    const result = fencingAddress(bmc);
    expect(result).toEqual({ ok: true, address: fencing });
    // The installer refuses any fencing address without "redfish" in it.
    if (result.ok) expect(result.address).toContain('redfish');
  });

  it.each([
    ['ipmi://10.1.0.10', 'not-redfish', 'ipmi'],
    ['idrac://10.1.0.10', 'not-redfish', 'idrac'],
    ['ilo5-virtualmedia://10.1.0.10/redfish/v1/Systems/1', 'not-redfish', 'ilo5-virtualmedia'],
    ['irmc://10.1.0.10', 'not-redfish', 'irmc'],
    ['redfish://10.1.0.10', 'no-system-path', 'redfish'],
    ['redfish://10.1.0.10/', 'no-system-path', 'redfish'],
    ['10.1.0.10', 'not-a-url', undefined],
  ])('%s is refused (%s)', (bmc, reason, scheme) => {
    expect(fencingAddress(bmc)).toEqual({ ok: false, reason, ...(scheme ? { scheme } : {}) });
  });

  it('takes macAddress from 4.22 on (the day before it is an unknown key)', () => {
    expect(fencingTakesMacAddress('4.21')).toBe(false);
    expect(fencingTakesMacAddress('4.22')).toBe(true);
    expect(fencingTakesMacAddress('5.0')).toBe(true);
  });
});
