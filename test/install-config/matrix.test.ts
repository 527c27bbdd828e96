import { describe, expect, it } from 'vitest';
import { pullSecretProblem } from '../../src/io/read-inputs.js';
import { allCombinations, makeInputs, makePlan, SECRETS } from './factory.js';
import { commentsOf, render } from './helpers.js';
import { expectInstallerSchemaValid } from './installer-schema.js';

/** The platform key each answered platform and method must render (the installer’s platform list and docs/user). */
function expectedStanza(platform: string, method: string, topology: string): string {
  if (platform === 'ibmz' || platform === 'none') return 'none';
  if (method === 'UPI' && ['baremetal', 'nutanix', 'ibmcloud', 'powervs'].includes(platform)) return 'none';
  // One control-plane replica only on aws, gcp, azure, powervs, ibmcloud and none (pkg/types/validation/machinepools.go).
  if (topology === 'sno' && ['vsphere', 'openstack'].includes(platform)) return 'none';
  return platform;
}

const combinations = allCombinations();

describe('every valid platform × method × topology', () => {
  it('covers all eleven platforms, both methods and all three topologies', () => {
    expect(new Set(combinations.map((c) => c.platform)).size).toBe(11);
    expect(new Set(combinations.map((c) => c.topology))).toEqual(new Set(['ha', 'compact', 'sno']));
    // Single-node bare-metal IPI, vSphere and OpenStack are not offered (pkg/types/validation/machinepools.go).
    expect(combinations).not.toContainEqual({ platform: 'baremetal', method: 'IPI', topology: 'sno' });
    expect(combinations).not.toContainEqual({ platform: 'vsphere', method: 'IPI', topology: 'sno' });
  });

  it.each(combinations)('$platform $method $topology', ({ platform, method, topology }) => {
    const plan = makePlan(platform, topology);
    const { text, config } = render(plan, method);

    expectInstallerSchemaValid(config);
    expect(config.apiVersion).toBe('v1');
    expect(config.baseDomain).toBe('example.com');
    expect(config.metadata).toEqual({ name: 'demo' });

    // Pools: one master pool, one worker pool, both with the plan's architecture (installation-config-parameters (docs)).
    expect(config.controlPlane.name).toBe('master');
    expect(config.controlPlane.replicas).toBe(topology === 'sno' ? 1 : 3);
    expect(config.compute).toHaveLength(1);
    expect(config.compute[0].name).toBe('worker');
    const workers = method === 'UPI' || topology !== 'ha' ? 0 : 3;
    expect(config.compute[0].replicas).toBe(workers);
    const arch = platform === 'ibmz' ? 's390x' : platform === 'powervs' ? 'ppc64le' : 'amd64';
    expect(config.controlPlane.architecture).toBe(arch);
    expect(config.compute[0].architecture).toBe(arch);
    expect(config.controlPlane.hyperthreading).toBe('Enabled');

    // Exactly one platform key.
    const stanza = expectedStanza(platform, method, topology);
    expect(Object.keys(config.platform)).toEqual([stanza]);
    if (stanza === 'none') expect(config.platform.none).toEqual({});

    // credentialsMode only where the installer allows nothing but Manual (installconfig.go (publish, credentials, mirrors, proxy)).
    if (['ibmcloud', 'powervs', 'nutanix'].includes(stanza)) expect(config.credentialsMode).toBe('Manual');
    else expect(config.credentialsMode).toBeUndefined();

    // Bootstrap-in-place only for single-node on platform none (install-sno-generating-the-install-iso-manually (docs)).
    if (topology === 'sno' && stanza === 'none') expect(config.bootstrapInPlace).toBeDefined();
    else expect(config.bootstrapInPlace).toBeUndefined();

    expect(config.networking).toEqual({
      clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 23 }],
      machineNetwork: [{ cidr: platform === 'powervs' ? '192.168.0.0/24' : '10.0.0.0/16' }],
      networkType: 'OVNKubernetes',
      serviceNetwork: ['172.30.0.0/16'],
    });
    expect(config.publish).toBe('External');
    expect(config.fips).toBe(false);
    expect(config.pullSecret).toBe(SECRETS.pullSecret);
    expect(pullSecretProblem(config.pullSecret)).toBeUndefined();
    expect(config.sshKey).toBe(SECRETS.sshKey);
    expect(config.imageDigestSources).toBeUndefined();
    expect(config.imageContentSources).toBeUndefined();

    // Secrets never in a comment.
    const comments = commentsOf(text).join('\n');
    for (const secret of Object.values(SECRETS)) expect(comments).not.toContain(secret);
    expect(comments).not.toContain('dGVzdDpzZWNyZXQtcHVsbA==');

    // Deterministic.
    expect(render(plan, method, makeInputs()).text).toBe(text);
  });
});
