/**
 * The fill-parameters.sh scripts under --lang ko: the same shell code as in English, every comment and every message
 * of `die` in Korean, clean for bash -n and shellcheck, and a real run that stops with its Korean message.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { SCRIPT_TEXT } from '../../src/render/infra/cloud/script-text.js';
import { renderInfraFiles } from '../../src/render/infra/index.js';
import type { Plan } from '../../src/types.js';
import { awsPlan, azurePlan, gcpPlan, writeInstallDir, writeStubs } from './cloud-fixtures.js';
import { run, TOOL_PATH, tempDir } from './real-tools.js';

const HANGUL = /[\uAC00-\uD7A3]/;
const temp = tempDir('ocp-planner-cloud-ko-');
afterAll(() => temp.remove());
const SLOW = 300_000;

function script(plan: Plan, lang: 'en' | 'ko'): string {
  const file = renderInfraFiles(plan, 'UPI', lang).find((a) => a.path.endsWith('fill-parameters.sh'));
  if (!file) throw new Error('no fill-parameters.sh');
  return file.content;
}

/** The shell code alone: no comment lines, every `die` message emptied. */
function code(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('# '))
    .map((line) => line.replace(/die "[^"]*"/, 'die ""'));
}

const VARIANTS: [string, Plan][] = [
  ['aws', awsPlan()],
  ['aws existing subnets', awsPlan({ platformConfig: { region: 'eu-west-1', subnets: ['subnet-a'] } })],
  ['azure', azurePlan()],
  ['gcp 4.21 (Deployment Manager)', gcpPlan('4.21')],
  ['gcp 4.22 (Infrastructure Manager)', gcpPlan('4.22')],
];

describe('script sentences', () => {
  it('exist in both languages, Korean ones in Korean', () => {
    for (const text of Object.values(SCRIPT_TEXT)) {
      expect(text.en).not.toMatch(HANGUL);
      expect(text.ko).toMatch(HANGUL);
      // Korean text adds no quote, backtick or command substitution the English sentence does not have: a message
      // stays one double-quoted bash string.
      for (const special of ['"', '`', '$('])
        expect(text.ko.includes(special)).toBe(text.en.includes(special));
    }
  });
});

describe.each(VARIANTS)('fill-parameters.sh in Korean for %s', { timeout: SLOW }, (_name, plan) => {
  const ko = script(plan, 'ko');
  const en = script(plan, 'en');

  it('is the English script with Korean comments and messages', () => {
    expect(code(ko)).toEqual(code(en));
    for (const line of ko.split('\n')) {
      const text = line.trimStart();
      if (text.startsWith('# ')) expect(text, text).toMatch(HANGUL);
      const message = /die "([^"]*)"/.exec(line)?.[1];
      if (message !== undefined) expect(message, message).toMatch(HANGUL);
    }
  });

  it('passes bash -n and shellcheck', async () => {
    const file = path.join(temp.mkdir(`lint-${plan.platform}-${plan.ocpVersion}-${_name.length}`), 'fill.sh');
    writeFileSync(file, ko);
    expect(await run('bash', ['-n', file])).toEqual({ exitCode: 0, output: '' });
    const lint = await run('shellcheck', ['--shell=bash', '--severity=style', file]);
    expect(lint.output).toBe('');
    expect(lint.exitCode).toBe(0);
  });
});

describe('a Korean script that cannot fill a stack', { timeout: SLOW }, () => {
  it('stops with the Korean message and the values bash put in it', async () => {
    // Cluster "other" has no stacks in the stand-in: the VPC stack's outputs cannot be found.
    const plan = awsPlan({ clusterName: 'other' });
    const root = temp.mkdir('run');
    const planDir = path.join(root, 'plan');
    for (const artifact of renderInfraFiles(plan, 'UPI', 'ko')) {
      const file = path.join(planDir, artifact.path);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, artifact.content, { mode: artifact.mode ?? 0o644 });
    }
    const installDir = path.join(root, 'install');
    writeInstallDir(installDir, 'other-x7k2p');
    const bin = writeStubs(path.join(root, 'bin'), {});
    const fill = (stack: string) =>
      execa('bash', [path.join(planDir, 'infra', 'aws', 'fill-parameters.sh'), stack], {
        reject: false,
        all: true,
        timeout: 120_000,
        env: { PATH: `${bin}:${TOOL_PATH}`, INSTALL_DIR: installDir, LANG: 'C.UTF-8' },
        extendEnv: false,
      });
    const missing = await fill('infra');
    expect(missing.exitCode).toBe(1);
    expect(missing.all).toContain('스택 other-vpc에 출력');
    expect(missing.all).toContain('CREATE_COMPLETE가 될 때까지 기다리십시오');
    const unknown = await fill('nonsense');
    expect(unknown.exitCode).toBe(1);
    expect(unknown.all).toContain('사용법: INSTALL_DIR=<설치 폴더>');
  });
});
