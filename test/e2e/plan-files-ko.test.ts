import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempDir } from './run-cli.js';

const HANGUL = /[\uac00-\ud7a3]/;

/** Every file of a folder, recursively, by relative path. */
function filesOf(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, filesOf(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = readFileSync(full, 'utf8');
  }
  return out;
}

/** Whole-line comments of the files that carry them, without their marker; commented-out settings excluded. */
function commentSentences(file: string, content: string): string[] {
  const marker = file.endsWith('.zone') ? ';' : file.endsWith('named.conf.zones') ? '//' : '#';
  return content
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(marker) && !line.startsWith('#!'))
    .map((line) => line.slice(marker.length).trim())
    .filter((text) => !/^(server |dhcp-[a-z-]+=|[\w*.-]+ +IN +[A-Z]+ )/.test(text));
}

describe('a Korean plan folder', () => {
  it.each(['baremetal-upi-ha', 'aws-upi-ha', 'agent-vsphere-ha'])(
    '%s: every comment of every written file is Korean, the values are those of the English folder, and --check passes',
    async (scenario) => {
      const root = tempDir();
      const ko = path.join(root, 'ko');
      const en = path.join(root, 'en');
      const run = await runCli(['plan', '--scenario', scenario, '--lang', 'ko', '--out', ko]);
      expect(run.code).toBe(0);
      // What plan says when it is done, in Korean: where the files are and what to do next.
      expect(run.stderr).toContain(`계획을 ${ko}/에 썼습니다: install-config.yaml, `);
      expect(run.stderr).toContain(`다음 단계: ${ko}/checklist.md를 읽은 뒤`);
      expect(run.stderr).not.toMatch(/Plan written|Next: read|\bwarning\b|\berrors?\b/);
      expect((await runCli(['plan', '--scenario', scenario, '--lang', 'en', '--out', en])).code).toBe(0);
      const korean = filesOf(ko);
      const english = filesOf(en);
      expect(Object.keys(korean)).toEqual(Object.keys(english));
      for (const [file, content] of Object.entries(korean)) {
        if (/^checklist|^plan\.json$|\.json$/.test(file)) continue;
        for (const text of commentSentences(file, content)) expect(text, `${file}: ${text}`).toMatch(HANGUL);
        for (const text of commentSentences(file, english[file] ?? '')) expect(text).not.toMatch(HANGUL);
        if (file.endsWith('.yaml')) {
          // answers.yaml records the language; everything else is the same configuration.
          const { lang: _ko, ...koValues } = parse(content);
          const { lang: _en, ...enValues } = parse(english[file] ?? '');
          expect(koValues).toEqual(enValues);
        }
      }
      const gitignore = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
      expect(gitignore(korean['.gitignore'] ?? '')).toEqual(gitignore(english['.gitignore'] ?? ''));
      // The recorded language renders the same folder again, and a forced re-run replaces its own .gitignore.
      const check = await runCli([
        'plan',
        '--answers',
        path.join(ko, 'answers.yaml'),
        '--check',
        '--lang',
        'ko',
        '--out',
        ko,
      ]);
      expect(check.code).toBe(0);
      expect(check.stderr).toContain(`${ko}/의 내용이 답변과 일치합니다.`);
      expect(
        (await runCli(['plan', '--scenario', scenario, '--lang', 'ko', '--force', '--out', ko])).code,
      ).toBe(0);
      expect(readFileSync(path.join(ko, '.gitignore'), 'utf8')).toBe(korean['.gitignore']);
    },
  );
});
