import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pullSecretProblem } from '../../src/io/read-inputs.js';
import { PULL_SECRET_PLACEHOLDER } from '../../src/render/install-config/secrets.js';
import { itWithOracle, oracleFile } from '../helpers/oracle.js';
import { makeInputs, makePlan, PEM, SECRETS } from './factory.js';
import { type Config, commentsOf, render } from './helpers.js';
import { expectInstallerSchemaValid } from './installer-schema.js';

const sample = (name: string): Config => parse(readFileSync(oracleFile('doc-samples', name), 'utf8'));

describe('proxy', () => {
  const proxy = {
    httpProxy: 'http://proxy.example.com:3128',
    httpsProxy: 'http://proxy.example.com:3128',
    noProxy: '.example.com,10.0.0.0/16',
  };

  it('writes the proxy block as given', () => {
    const plan = makePlan('vsphere', 'compact', { connectivity: 'proxy', proxy });
    const { config } = render(plan, 'IPI');
    expect(config.proxy).toEqual(proxy);
    expect(config.additionalTrustBundle).toBeUndefined();
    expectInstallerSchemaValid(config);
  });

  it('leaves out empty proxy fields', () => {
    const plan = makePlan('none', 'compact', {
      connectivity: 'proxy',
      proxy: { httpsProxy: 'https://p.example.com:443' },
    });
    expect(render(plan, 'UPI').config.proxy).toEqual({ httpsProxy: 'https://p.example.com:443' });
  });

  it('with a proxy and a CA keeps the default policy: the proxy references the bundle', () => {
    const plan = makePlan('aws', 'ha', {
      connectivity: 'proxy',
      proxy,
      mirror: { registry: 'mirror.example.com:5000', caBundleFile: '/plans/files/ca.pem' },
    });
    const { config } = render(plan, 'IPI', makeInputs({ caBundle: PEM }));
    expect(config.additionalTrustBundle).toBe(PEM);
    expect(config.additionalTrustBundlePolicy).toBeUndefined();
  });
});

describe('disconnected', () => {
  const mirror = { registry: 'mirror.example.com:8443', caBundleFile: '/plans/files/mirror-ca.pem' };

  it.each(['4.14', '4.16', '4.21'])(
    '%s mirrors the two release repositories with imageDigestSources',
    (ocpVersion) => {
      const plan = makePlan('baremetal', 'compact', { ocpVersion, connectivity: 'disconnected', mirror });
      const { config, text } = render(plan, 'UPI', makeInputs({ caBundle: PEM }));
      expect(config.imageDigestSources).toEqual([
        {
          source: 'quay.io/openshift-release-dev/ocp-release',
          mirrors: ['mirror.example.com:8443/openshift/release-images'],
        },
        {
          source: 'quay.io/openshift-release-dev/ocp-v4.0-art-dev',
          mirrors: ['mirror.example.com:8443/openshift/release'],
        },
      ]);
      expect(config.imageContentSources).toBeUndefined();
      expect(config.additionalTrustBundle).toBe(PEM);
      // Without a proxy, Proxyonly (the default) would not put the mirror CA in the trust store.
      expect(config.additionalTrustBundlePolicy).toBe('Always');
      // The PEM is a literal block, so its line breaks survive.
      expect(text).toContain('additionalTrustBundle: |\n  -----BEGIN CERTIFICATE-----\n');
      const comments = commentsOf(text).join(' ');
      expect(comments).toContain('oc-mirror');
      // The pull secret has no entry for the mirror: the comment says it must.
      expect(comments).toContain('mirror registry mirror.example.com:8443');
      expectInstallerSchemaValid(config);
    },
  );

  it('does not ask for mirror credentials the pull secret already has', () => {
    const pullSecret = '{"auths":{"mirror.example.com:8443":{"auth":"bWlycm9yOnB3"}}}';
    const plan = makePlan('aws', 'ha', { connectivity: 'disconnected', mirror, publish: 'Internal' });
    const { text, config } = render(plan, 'IPI', makeInputs({ pullSecret, caBundle: PEM }));
    expect(config.pullSecret).toBe(pullSecret);
    expect(commentsOf(text).join(' ')).not.toContain('must also hold credentials');
  });

  itWithOracle('matches the shape of the derived disconnected docs sample', () => {
    const plan = makePlan('none', 'ha', { connectivity: 'disconnected', mirror });
    const { config } = render(plan, 'UPI', makeInputs({ caBundle: PEM }));
    const docs = sample('disconnected-imagedigestsources-derived.yaml');
    expect(config.platform).toEqual(docs.platform);
    expect(config.compute[0].replicas).toBe(docs.compute[0].replicas);
    expect(config.imageDigestSources.map((s: { source: string }) => s.source)).toEqual(
      docs.imageDigestSources.map((s: { source: string }) => s.source),
    );
  });
});

describe('publish, FIPS and secrets', () => {
  it('publish Internal is written', () => {
    const { config, text } = render(makePlan('gcp', 'ha', { publish: 'Internal' }), 'IPI');
    expect(config.publish).toBe('Internal');
    expect(commentsOf(text).join(' ')).toContain('private cluster');
  });

  it('fips true is written and explained', () => {
    const { config, text } = render(makePlan('azure', 'ha', { fips: true }), 'IPI');
    expect(config.fips).toBe(true);
    expect(commentsOf(text).join(' ')).toContain('FIPS mode');
  });

  it('a missing pull secret becomes a marked placeholder that passes the installer shape rule', () => {
    const { config, text } = render(
      makePlan('aws'),
      'IPI',
      makeInputs({ pullSecret: undefined, sshKey: undefined }),
    );
    expect(config.pullSecret).toBe(PULL_SECRET_PLACEHOLDER);
    expect(pullSecretProblem(config.pullSecret)).toBeUndefined();
    expect(commentsOf(text).join(' ')).toContain('PLACEHOLDER: replace this value with your pull secret');
    expect(config.sshKey).toBeUndefined();
    expect(text).not.toMatch(/^sshKey:/m);
    expectInstallerSchemaValid(config);
  });

  it('a multi-line pull secret is written as one quoted line of JSON', () => {
    const pretty = JSON.stringify(JSON.parse(SECRETS.pullSecret), null, 2);
    const { config, text } = render(makePlan('aws'), 'IPI', makeInputs({ pullSecret: pretty }));
    expect(config.pullSecret).toBe(SECRETS.pullSecret);
    expect(text).toContain(`pullSecret: '${SECRETS.pullSecret}'`);
  });

  it('the SSH key is one line, trimmed', () => {
    const { text } = render(makePlan('aws'), 'IPI', makeInputs({ sshKey: `${SECRETS.sshKey}\n` }));
    expect(text).toContain(`sshKey: '${SECRETS.sshKey}'\n`);
  });

  it('Power VS without an SSH key says the key is required there', () => {
    const { text } = render(makePlan('powervs'), 'IPI', makeInputs({ sshKey: undefined }));
    expect(commentsOf(text).join(' ')).toContain('Power VS requires an sshKey');
  });

  it('the header says which secrets the file holds and that openshift-install consumes it', () => {
    const { text } = render(makePlan('baremetal'), 'IPI');
    const header = text.split('\n').slice(0, 3).join(' ');
    expect(header).toContain('demo.example.com');
    expect(header).toContain('BMC passwords');
    expect(header).toContain('consumes');
  });
});

describe('topology and method rules', () => {
  it('UPI keeps the planned worker count out of replicas and explains mastersSchedulable', () => {
    const { config, text } = render(makePlan('gcp', 'ha', { computeReplicas: 5 }), 'UPI');
    expect(config.compute[0].replicas).toBe(0);
    const comments = commentsOf(text).join(' ');
    expect(comments).toContain('5 worker(s)');
    expect(comments).toContain('mastersSchedulable');
  });

  it('IPI ha uses the planned worker count', () => {
    expect(render(makePlan('aws', 'ha', { computeReplicas: 5 }), 'IPI').config.compute[0].replicas).toBe(5);
  });

  it('single-node on AWS is one control-plane machine, no workers, no bootstrapInPlace', () => {
    const { config } = render(makePlan('aws', 'sno'), 'IPI');
    expect(config.controlPlane.replicas).toBe(1);
    expect(config.compute[0].replicas).toBe(0);
    expect(config.bootstrapInPlace).toBeUndefined();
  });

  itWithOracle('single-node on none matches the docs sample', () => {
    const plan = makePlan('none', 'sno', {
      hosts: [
        { name: 'sno-0', role: 'control-plane', installationDisk: '/dev/disk/by-id/wwn-0x64cd98f04fde1000' },
      ],
    });
    const { config } = render(plan, 'UPI');
    const docs = sample('sno-bootstrap-in-place.yaml');
    expect(config.controlPlane.replicas).toBe(docs.controlPlane.replicas);
    expect(config.compute[0].replicas).toBe(docs.compute[0].replicas);
    expect(config.platform).toEqual(docs.platform);
    expect(config.bootstrapInPlace).toEqual({ installationDisk: '/dev/disk/by-id/wwn-0x64cd98f04fde1000' });
  });

  it('dual-stack networks keep both service networks', () => {
    const plan = makePlan('baremetal', 'ha', {
      networking: {
        networkType: 'OVNKubernetes',
        machineNetwork: ['10.0.0.0/16', 'fd00::/48'],
        clusterNetwork: [
          { cidr: '10.128.0.0/14', hostPrefix: 23 },
          { cidr: 'fd01::/48', hostPrefix: 64 },
        ],
        serviceNetwork: ['172.30.0.0/16', 'fd02::/112'],
      },
    });
    const { config } = render(plan, 'IPI');
    expect(config.networking.serviceNetwork).toEqual(['172.30.0.0/16', 'fd02::/112']);
    expect(config.networking.machineNetwork).toEqual([{ cidr: '10.0.0.0/16' }, { cidr: 'fd00::/48' }]);
    expectInstallerSchemaValid(config);
  });
});
