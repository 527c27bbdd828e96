import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencedFileProblem } from '../../src/io/read-inputs.js';

const dir = mkdtempSync(path.join(tmpdir(), 'referenced-'));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text, { mode: 0o600 });
  return p;
}

describe('the wizard’s file checks speak its language', () => {
  const cases = [
    ['secrets.pullSecretFile', file('ps.json', 'not json'), 'JSON이 아닙니다', 'is not JSON'],
    [
      'secrets.sshKeyFile',
      file('key', '-----BEGIN OPENSSH PRIVATE KEY-----'),
      '개인 키입니다',
      'is a private key',
    ],
    ['mirror.caBundleFile', file('ca.pem', 'hello'), 'PEM 인증서', 'holds no PEM certificate'],
    [
      'vsphere.credentialsFile',
      file('creds.yaml', 'username: a\n'),
      '"username:"과 "password:"',
      'must be YAML',
    ],
  ] as const;
  it.each(cases)('%s', (key, p, ko, en) => {
    const korean = referencedFileProblem(key, p, false, 'ko') ?? '';
    expect(korean).toContain(ko);
    expect(korean).not.toMatch(/[a-z]{4,} [a-z]{4,} [a-z]{4,}/);
    expect(referencedFileProblem(key, p, false, 'en')).toContain(en);
  });

  it('a missing file names the path in either language', () => {
    const missing = path.join(dir, 'nope.json');
    expect(referencedFileProblem('secrets.pullSecretFile', missing, false, 'ko')).toMatch(
      /^.*nope\.json: .*[가-힣]/,
    );
    expect(referencedFileProblem('secrets.pullSecretFile', missing, false, 'en')).toContain('does not exist');
  });

  it('a good file has no problem', () => {
    const ok = file('ok.json', '{"auths":{"quay.io":{"auth":"eA=="}}}');
    expect(referencedFileProblem('secrets.pullSecretFile', ok, false, 'ko')).toBeUndefined();
  });
});
