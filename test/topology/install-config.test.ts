import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderPlan } from '../../src/pipeline.js';
import { checkPlan } from '../../src/plan/check.js';
import { machinePools } from '../../src/render/install-config/machine-pools.js';
import { Notes } from '../../src/render/install-config/notes.js';
import type { Method, Plan } from '../../src/types.js';
import { validateInstallConfigObject } from '../../src/validate/index.js';
import { withOracle } from '../helpers/oracle.js';
import { makeInputs, makePlan, SECRETS } from '../install-config/factory.js';
import { type Config, render } from '../install-config/helpers.js';
import { checkAgainstInstallerSchema } from '../install-config/installer-schema.js';
import { twoNodeHosts, twoNodePlan } from './factory.js';

/** The rendered config passes the installer's schema and our validator for the plan's release. */
function expectInstallable(config: Config, ocpVersion: string): void {
  withOracle(() => expect(checkAgainstInstallerSchema(config)).toEqual([]));
  const errors = validateInstallConfigObject(config, { ocpVersion }).filter((f) => f.severity === 'error');
  expect(errors).toEqual([]);
}

/** The plan's own cross-field rules accept it (the answers add nothing beyond the plan here). */
function expectPlannable(plan: Plan): void {
  expect(checkPlan(plan, {})).toEqual([]);
}

describe('two-node with arbiter', () => {
  it.each([
    // release, method, platform, featureSet
    ['4.19', 'IPI', 'baremetal', 'TechPreviewNoUpgrade'],
    ['4.20', 'IPI', 'baremetal', undefined],
    ['4.21', 'IPI', 'baremetal', undefined],
    ['4.22', 'IPI', 'baremetal', undefined],
    ['4.22', 'UPI', 'none', undefined],
  ] as const)(
    '%s %s on %s: arbiter pool of 1, 2 control-plane replicas, featureSet %s',
    (v, method, platform, set) => {
      const plan = twoNodePlan('two-node-arbiter', v, platform, platform === 'none' ? { hosts: [] } : {});
      expectPlannable(plan);
      const { config } = render(plan, method as Method);
      expect(config.arbiter).toEqual({
        name: 'arbiter',
        replicas: 1,
        architecture: 'amd64',
        hyperthreading: 'Enabled',
      });
      expect(config.controlPlane.replicas).toBe(2);
      expect(config.controlPlane.fencing).toBeUndefined();
      expect(config.compute[0].replicas).toBe(0);
      expect(config.featureSet).toBe(set);
      expect(Object.keys(config.platform)).toEqual([platform]);
      expectInstallable(config, v);
    },
  );

  it('bare-metal IPI lists the arbiter host with role arbiter and its BMC', () => {
    const { config } = render(twoNodePlan('two-node-arbiter', '4.20'), 'IPI');
    const roles = config.platform.baremetal.hosts.map((h: Config) => [h.name, h.role]);
    expect(roles).toEqual([
      ['master-0', 'master'],
      ['master-1', 'master'],
      ['arbiter-0', 'arbiter'],
    ]);
  });

  it('keeps the planned workers with IPI (compute ≥ 0 with an arbiter) and 0 with UPI', () => {
    const hosts = [
      ...twoNodeHosts('two-node-arbiter'),
      ...[0, 1].map((i) => ({
        name: `worker-${i}`,
        role: 'worker' as const,
        ip: `10.0.0.${20 + i}`,
        bootMACAddress: `52:54:00:00:00:2${i}`,
        bmc: {
          address: `redfish://10.1.0.${20 + i}/redfish/v1/Systems/1`,
          credentialsFile: '/plans/files/bmc.yaml',
        },
      })),
    ];
    const plan = twoNodePlan('two-node-arbiter', '4.20', 'baremetal', { computeReplicas: 2, hosts });
    expectPlannable(plan);
    expect(render(plan, 'IPI').config.compute[0].replicas).toBe(2);
    const upi = twoNodePlan('two-node-arbiter', '4.22', 'none', { computeReplicas: 2, hosts: [] });
    expect(render(upi, 'UPI').config.compute[0].replicas).toBe(0);
  });
});

describe('two-node with fencing', () => {
  it.each([
    ['4.20', 'IPI', 'baremetal', 'TechPreviewNoUpgrade'],
    ['4.21', 'IPI', 'baremetal', 'TechPreviewNoUpgrade'],
    ['4.21', 'UPI', 'none', 'TechPreviewNoUpgrade'],
    ['4.22', 'IPI', 'baremetal', undefined],
    ['4.22', 'UPI', 'none', undefined],
  ] as const)(
    '%s %s on %s: two Redfish credentials, no workers, featureSet %s',
    (v, method, platform, set) => {
      const plan = twoNodePlan('two-node-fencing', v, platform);
      expectPlannable(plan);
      const { config } = render(plan, method as Method);
      expect(config.arbiter).toBeUndefined();
      expect(config.controlPlane.replicas).toBe(2);
      expect(config.compute[0].replicas).toBe(0);
      expect(config.featureSet).toBe(set);
      const credentials = config.controlPlane.fencing.credentials as Config[];
      expect(credentials.map((c) => [c.hostName, c.address, c.username, c.password])).toEqual([
        ['master-0', 'redfish+https://10.1.0.10/redfish/v1/Systems/1', 'root', SECRETS.bmcPassword],
        ['master-1', 'redfish+https://10.1.0.11/redfish/v1/Systems/1', 'root', SECRETS.bmcPassword],
      ]);
      // macAddress exists from 4.22 only (openshift/installer PR #10513): the day before, it would be an unknown key.
      expect(credentials.map((c) => c.macAddress)).toEqual(
        v === '4.22' ? ['52:54:00:00:00:10', '52:54:00:00:00:11'] : [undefined, undefined],
      );
      expectInstallable(config, v);
    },
  );

  it('certificateVerification follows bmc.disableCertificateVerification, and is left out when unanswered', () => {
    const hosts = twoNodeHosts('two-node-fencing');
    const [first, second] = hosts;
    if (!first?.bmc || !second?.bmc) throw new Error('factory changed');
    first.bmc.disableCertificateVerification = true;
    second.bmc.disableCertificateVerification = false;
    const { config } = render(twoNodePlan('two-node-fencing', '4.22', 'baremetal', { hosts }), 'IPI');
    expect(config.controlPlane.fencing.credentials.map((c: Config) => c.certificateVerification)).toEqual([
      'Disabled',
      'Enabled',
    ]);
    const plain = render(twoNodePlan('two-node-fencing', '4.22'), 'IPI').config;
    expect(plain.controlPlane.fencing.credentials[0].certificateVerification).toBeUndefined();
  });

  it('keeps an https:// Redfish address as written, as in the documentation samples', () => {
    const hosts = twoNodeHosts('two-node-fencing', [
      {
        bmc: {
          address: 'https://bmc-0.example.com/redfish/v1/Systems/1',
          credentialsFile: '/plans/files/bmc.yaml',
        },
      },
      {
        bmc: {
          address: 'idrac-virtualmedia://10.1.0.11/redfish/v1/Systems/System.Embedded.1',
          credentialsFile: '/plans/files/bmc.yaml',
        },
      },
    ]);
    const { config } = render(twoNodePlan('two-node-fencing', '4.22', 'none', { hosts }), 'UPI');
    expect(config.controlPlane.fencing.credentials.map((c: Config) => c.address)).toEqual([
      'https://bmc-0.example.com/redfish/v1/Systems/1',
      'redfish+https://10.1.0.11/redfish/v1/Systems/System.Embedded.1',
    ]);
  });

  it('writes the BMC passwords into install-config.yaml only, never into another file of the plan', () => {
    const plan = twoNodePlan('two-node-fencing', '4.21');
    const output = renderPlan(plan, makeInputs(), 'en', '/plans/pair-plan');
    expect(output.valid).toBe(true);
    expect(output.installConfig).toContain(SECRETS.bmcPassword);
    for (const artifact of output.artifacts.filter((a) => a.path !== 'install-config.yaml'))
      expect(artifact.content, artifact.path).not.toContain(SECRETS.bmcPassword);
    // Comments never carry a secret either.
    for (const line of output.installConfig.split('\n').filter((l) => l.trimStart().startsWith('#')))
      expect(line).not.toContain(SECRETS.bmcPassword);
  });

  it('renders marked placeholders when the answers lack the hosts (required.ts reports them first)', () => {
    const plan = twoNodePlan('two-node-fencing', '4.22', 'none', { hosts: [] });
    const { config, text } = render(plan, 'UPI');
    const credentials = config.controlPlane.fencing.credentials as Config[];
    expect(credentials).toHaveLength(2);
    expect(credentials.every((c) => String(c.password).startsWith('REPLACE_WITH'))).toBe(true);
    expect(text).toContain('PLACEHOLDER credential');
  });
});

describe('four or five control-plane nodes (install-config only: the Agent-based path renders the rest)', () => {
  it.each([4, 5])('%i control-plane replicas, no arbiter, no fencing, valid for the schema', (replicas) => {
    const plan = makePlan('none', 'ha', {
      ocpVersion: '4.18',
      installMethod: 'agent',
      controlPlaneReplicas: replicas,
      computeReplicas: 2,
    });
    const pools = machinePools(plan, 'UPI', new Notes(), makeInputs());
    expect(pools.controlPlane.replicas).toBe(replicas);
    expect(pools.arbiter).toBeUndefined();
    expect(pools.controlPlane.fencing).toBeUndefined();
    const { config } = render(plan, 'UPI');
    expect(config.controlPlane.replicas).toBe(replicas);
    expect(config.featureSet).toBeUndefined();
    withOracle(() => expect(checkAgainstInstallerSchema(config)).toEqual([]));
  });
});

describe('the rendered text', () => {
  it('explains the feature set, the arbiter and the fencing credentials above the fields', () => {
    const tna = render(twoNodePlan('two-node-arbiter', '4.19'), 'IPI').text;
    expect(tna).toMatch(
      /# TechPreviewNoUpgrade enables HighlyAvailableArbiter \(arbiter\), a Technology Preview in OpenShift 4\.19\. It cannot be undone/,
    );
    expect(tna).toMatch(/# The arbiter machine pool: exactly 1 arbiter node .* under 500 ms/);
    const tnf = render(twoNodePlan('two-node-fencing', '4.22'), 'IPI').text;
    expect(tnf).toContain(
      '# Pacemaker fences a failed control-plane node through its Redfish BMC (IPMI is not supported).',
    );
    expect(tnf).not.toContain('TechPreviewNoUpgrade');
    expect(parse(tnf).featureSet).toBeUndefined();
  });
});
