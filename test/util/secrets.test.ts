import { describe, expect, it } from 'vitest';
import {
  maskNeedles,
  maskText,
  maskYamlSecrets,
  pullSecretParts,
  redactUrl,
  SECRET_MASK,
  secretsOfConfig,
} from '../../src/util/secrets.js';

const AUTH = Buffer.from('leakuser:PULLSECRETMARKER_q8Zr').toString('base64');
const PULL = `{"auths":{"quay.io":{"auth":"${AUTH}","email":"me@example.com"}}}`;

describe('redactUrl', () => {
  it('keeps the user name and hides the password', () => {
    expect(redactUrl('http://proxyuser:PROXYPW_SECRET@10.90.0.2:3128')).toBe(
      'http://proxyuser:***@10.90.0.2:3128',
    );
    expect(redactUrl('see https://u:p%40ss@proxy.example.com/ and http://plain.example.com')).toBe(
      'see https://u:***@proxy.example.com/ and http://plain.example.com',
    );
    expect(redactUrl('http://proxy.example.com:3128')).toBe('http://proxy.example.com:3128');
  });
});

describe('pullSecretParts', () => {
  it('lists the whole secret, each auth, its decoded user:password and the password', () => {
    expect(pullSecretParts(PULL)).toEqual([
      PULL,
      AUTH,
      'leakuser:PULLSECRETMARKER_q8Zr',
      'PULLSECRETMARKER_q8Zr',
    ]);
  });
});

describe('maskText', () => {
  it('masks a secret in its JSON-escaped, YAML-quoted and line-by-line forms', () => {
    const needles = maskNeedles(['pa"ss\'word\nsecond-line']);
    const text = [
      'raw: pa"ss\'word',
      'json: "pa\\"ss\'word\\nsecond-line"',
      "yaml: 'pa\"ss''word'",
      'line: second-line',
    ].join('\n');
    const masked = maskText(text, needles);
    expect(masked).not.toMatch(/ss'word|second-line|ss''word/);
    expect(masked.split(SECRET_MASK).length).toBeGreaterThan(3);
  });
});

describe('maskYamlSecrets', () => {
  it('masks by key whatever the style: block scalars, quoted keys, aliases and proxy URLs', () => {
    const text = [
      'apiVersion: v1',
      '"pullSecret": \'{"auths":{"quay.io":{"auth":"b2xk"}}}\'',
      'platform:',
      '  vsphere:',
      '    vcenters:',
      '    - server: vc.example.com',
      '      password: |-',
      '        OLDPW_line1',
      '        OLDPW_line2',
      '      user: admin',
      'hosts:',
      '- bmc: {username: root, Password: &pw BMCPW_SECRET}',
      '- bmc: {password: *pw}',
      'proxy:',
      '  httpProxy: http://proxyuser:PROXYPW_SECRET@10.90.0.2:3128',
      '',
    ].join('\n');
    const masked = maskYamlSecrets(text);
    expect(masked).toBeDefined();
    expect(masked?.text).not.toMatch(/OLDPW|b2xk|BMCPW_SECRET|PROXYPW_SECRET/);
    expect(masked?.text).toContain('      user: admin');
    expect(masked?.text).toContain('http://proxyuser:***@10.90.0.2:3128');
    expect(masked?.secrets).toEqual(
      expect.arrayContaining(['OLDPW_line1\nOLDPW_line2', 'BMCPW_SECRET', 'PROXYPW_SECRET']),
    );
  });

  it('is undefined for text that is not YAML, so none of it is shown', () => {
    expect(maskYamlSecrets('pullSecret: "unterminated\n: [')).toBeUndefined();
  });
});

describe('secretsOfConfig', () => {
  it('collects the pull secret parts, passwords and proxy passwords of an install-config', () => {
    const text = `pullSecret: '${PULL}'\nplatform:\n  vsphere:\n    vcenters:\n    - password: "VSPHEREPWMARKER_7Yt"\nproxy:\n  httpsProxy: http://u:PROXYPW@p:3128\n`;
    const secrets = secretsOfConfig(text);
    expect(secrets).toEqual(
      expect.arrayContaining([PULL, AUTH, 'PULLSECRETMARKER_q8Zr', 'VSPHEREPWMARKER_7Yt', 'PROXYPW']),
    );
  });

  it('still finds secret lines in a file that is not YAML', () => {
    expect(secretsOfConfig("pullSecret: \"x\npassword: 'TOPSECRET1'\n  - [")).toContain('TOPSECRET1');
  });
});
