import { execaCommand } from 'execa';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from './run-cli.js';

const HANGUL = /[\uac00-\ud7a3]/;

describe('command-line conventions', () => {
  it('suggests the nearest command for a typo, in English and in Korean (exit 2)', async () => {
    const en = await runCli(['paln']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("unknown command 'paln'; did you mean 'plan'?");
    const ko = await runCli(['valdate', 'x', '--lang', 'ko']);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain("알 수 없는 명령 'valdate'입니다. 'validate'");
    expect(ko.stderr).not.toMatch(/unknown|did you mean/);
  });

  it('ends quietly with exit 0 when the reader closes the pipe', async () => {
    const result = await execaCommand(`"${process.execPath}" "${CLI}" --help | head -1`, {
      shell: 'bash',
      env: { NO_COLOR: '1', LANG: 'C' },
      reject: false,
    });
    expect(result.stdout).toMatch(/^Usage: ocp-planner/);
    expect(result.stderr).toBe('');
    const status = await execaCommand(
      `"${process.execPath}" "${CLI}" scenarios | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      { shell: 'bash', env: { NO_COLOR: '1', LANG: 'C' } },
    );
    expect(status.stdout.trim()).toBe('0');
  });

  it('accepts --lang on every command and speaks Korean with it', async () => {
    for (const args of [
      ['plan', '--help'],
      ['recommend', '--scenario', 'aws-ipi-ha'],
      ['validate', 'no-such-file.yaml'],
      ['check', 'no-such-folder'],
      ['scenarios'],
      ['schema', 'nothing'],
      ['doctor', '--ocp-version', '4.2'],
      ['verify', 'no-such-folder'],
    ]) {
      const result = await runCli([...args, '--lang', 'ko']);
      const text = result.stdout + result.stderr;
      expect(text, args.join(' ')).toMatch(HANGUL);
      expect(text, args.join(' ')).not.toMatch(/unknown option/);
    }
  });

  it('reads the language from LANG when --lang is not given', async () => {
    const result = await runCli(['validate', 'no-such-file.yaml'], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(result.stdout).toContain('파일이 없습니다.');
  });
});
