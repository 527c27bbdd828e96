import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPlainYaml } from '../../src/answers/plain-reader.js';
import {
  MAX_PULL_SECRET_BYTES,
  parseCredentials,
  parseCredentialsWithYaml,
  readInputs,
} from '../../src/io/read-inputs.js';
import { renderPlan } from '../../src/pipeline.js';
import { markedFiles, scenarioPlan } from './plan-fixture.js';

const files = markedFiles();
const work = mkdtempSync(path.join(tmpdir(), 'read-inputs-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

describe('passwords stay exactly as typed', () => {
  it.each([
    ['0123', '0123'],
    ['0x1F', '0x1F'],
    ['1e3', '1e3'],
    ['12345678901234567890123', '12345678901234567890123'],
    ['.inf', '.inf'],
    ['yes', 'yes'],
    ['"quoted 0123"', 'quoted 0123'],
    ["'it''s'", "it's"],
  ])('password: %s is the password %j', (written, expected) => {
    expect(parseCredentials(`username: 0042\npassword: ${written}\n`)).toEqual({
      username: '0042',
      password: expected,
    });
  });

  it('refuses an empty, null or non-scalar password', () => {
    for (const text of [
      'username: u\npassword:\n',
      'username: u\npassword: ~\n',
      'username: u\npassword: [a]\n',
      'x',
    ]) {
      expect(parseCredentials(text)).toEqual({
        problem: 'must be YAML with "username:" and "password:" (both non-empty)',
      });
    }
  });

  it('reads a plain credentials file without the YAML parser exactly as the parser reads it', () => {
    const value = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9@._-]{1,12}$/),
      fc.constantFrom(
        '0123',
        '42',
        '0',
        '-7',
        'true',
        'False',
        'yes',
        '~',
        'null',
        '',
        '1e3',
        '.inf',
        '0x1F',
      ),
      fc.constantFrom('"fake pass"', "'it''s'", '"a\\"b"', '[]', '{}', '[a]', 'a #c', 'a: b', ' x'),
      fc.string({ maxLength: 8 }),
    );
    const line = fc.oneof(
      value.map((v) => `username: ${v}`),
      value.map((v) => `password: ${v}`),
      fc.constantFrom(
        '# a comment',
        '',
        'extra: 1',
        'nested:',
        '  key: v',
        '- item',
        'username:',
        'password:',
      ),
    );
    let plain = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), (lines, newline) => {
        const text = `${lines.join('\n')}${newline ? '\n' : ''}`;
        if (readPlainYaml(text) !== undefined) plain++;
        expect(parseCredentials(text)).toEqual(parseCredentialsWithYaml(text));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
    // The comparison means something only if many of the texts took the plain way.
    expect(plain).toBeGreaterThan(250);
    expect(
      parseCredentials('username: administrator@vsphere.local\npassword: "fake-vcenter-password"\n'),
    ).toEqual({
      username: 'administrator@vsphere.local',
      password: 'fake-vcenter-password',
    });
  });

  it('writes the typed password into install-config.yaml', () => {
    const dir = markedFiles();
    try {
      writeFileSync(path.join(dir, 'vsphere.yaml'), 'username: u\npassword: 0123\n', { mode: 0o600 });
      const plan = scenarioPlan('vsphere-ipi-ha', dir);
      const { inputs } = readInputs(plan);
      const config = parse(renderPlan(plan, inputs, 'en', work).installConfig);
      expect(config.platform.vsphere.vcenters[0].password).toBe('0123');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('secret files', () => {
  it('warns when a secret file can be read by other users', () => {
    const dir = markedFiles();
    try {
      chmodSync(path.join(dir, 'pull-secret.json'), 0o644);
      const { warnings, problems } = readInputs(scenarioPlan('vsphere-ipi-ha', dir));
      expect(problems).toEqual([]);
      expect(warnings).toEqual([
        `warning: ${path.join(dir, 'pull-secret.json')} holds a secret but other users can read it (mode 0644); restrict it with chmod 600 ${path.join(dir, 'pull-secret.json')}.`,
      ]);
      chmodSync(path.join(dir, 'pull-secret.json'), 0o600);
      expect(readInputs(scenarioPlan('vsphere-ipi-ha', dir)).warnings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a pull secret far larger than a real one, so install-config.yaml stays readable by validate', () => {
    const dir = markedFiles();
    try {
      writeFileSync(
        path.join(dir, 'pull-secret.json'),
        JSON.stringify({ auths: { 'quay.io': { auth: 'A'.repeat(MAX_PULL_SECRET_BYTES) } } }),
        {
          mode: 0o600,
        },
      );
      const { problems, unreadable } = readInputs(scenarioPlan('vsphere-ipi-ha', dir));
      expect(problems.map((p) => p.key)).toEqual(['secrets.pullSecretFile']);
      expect(unreadable).toEqual(['secrets.pullSecretFile']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes line and paragraph separators of a pull secret as JSON escapes, the same value', () => {
    const dir = markedFiles();
    try {
      const value = { auths: { 'quay.io': { auth: 'abc\u2028def\u2029\u0085ghi' } } };
      writeFileSync(path.join(dir, 'pull-secret.json'), JSON.stringify(value), { mode: 0o600 });
      const { inputs } = readInputs(scenarioPlan('vsphere-ipi-ha', dir));
      expect(inputs.pullSecret).not.toMatch(/[\u2028\u2029\u0085]/);
      expect(JSON.parse(inputs.pullSecret ?? '')).toEqual(value);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells a missing file (an answer to fix) from one that cannot be read (a usage error)', () => {
    const dir = markedFiles();
    try {
      rmSync(path.join(dir, 'pull-secret.json'));
      const missing = readInputs(scenarioPlan('vsphere-ipi-ha', dir));
      expect(missing.problems.map((p) => p.key)).toEqual(['secrets.pullSecretFile']);
      expect(missing.unreadable).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
