import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

const HANGUL = /[\uac00-\ud7a3]/;
/** Words of the English sentences about answers files (and of the YAML parser's); none may reach a Korean run. */
const ENGLISH =
  /\b(cannot read|does not exist|is a folder|is not valid|is not a scenario|there is no|give either|must be|larger than|Tabs are|twice|empty)\b/;

function files() {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'folder'));
  writeFileSync(path.join(dir, 'tabs.yaml'), 'clusterName: a\nvsphere:\n\tvcenter: vc\n');
  writeFileSync(path.join(dir, 'list.yaml'), '- clusterName\n- baseDomain\n');
  writeFileSync(path.join(dir, 'big.yaml'), `description: "${'a'.repeat(1024 * 1024 + 10)}"\n`);
  return dir;
}

describe('loading answers fails in the chosen language', () => {
  const dir = files();
  it.each([
    {
      name: 'a file that does not exist',
      args: ['--answers', 'missing.yaml'],
      ko: '답변 파일 missing.yaml을(를) 읽을 수 없습니다: 파일이 없습니다.',
    },
    {
      name: 'a folder',
      args: ['--answers', 'folder'],
      ko: '답변 파일 folder을(를) 읽을 수 없습니다: 파일이 아니라 폴더입니다.',
    },
    {
      name: 'a file over 1 MiB',
      args: ['--answers', 'big.yaml'],
      ko: '답변 파일 big.yaml을(를) 읽을 수 없습니다: 입력 파일의 한도인 1 MiB보다 큽니다.',
    },
    {
      name: 'not YAML',
      args: ['--answers', 'tabs.yaml'],
      ko: 'tabs.yaml의 내용이 올바른 YAML이나 JSON이 아닙니다(3번째 줄): 들여쓰기에 탭이 있습니다. YAML 들여쓰기는 공백이어야 합니다.',
    },
    {
      name: 'not a mapping',
      args: ['--answers', 'list.yaml'],
      ko: 'list.yaml의 내용은 YAML 매핑(key: value 줄)이어야 하는데 목록입니다.',
    },
    {
      name: 'an unknown scenario',
      args: ['--scenario', 'aws-nothing'],
      ko: '"aws-nothing" 시나리오는 제공되지 않습니다. "ocp-planner scenarios"로 목록을 확인하십시오.',
    },
    {
      name: 'no scenario name',
      args: ['--scenario', '../etc'],
      ko: '"../etc"은(는) 시나리오 이름이 아닙니다. "ocp-planner scenarios"로 목록을 확인하십시오.',
    },
    {
      name: 'both sources',
      args: ['--answers', 'list.yaml', '--scenario', 'aws-ipi-ha'],
      ko: '--answers와 --scenario 중 하나만 지정하십시오.',
    },
  ])('$name: exit 2, one Korean sentence, English under --lang en', async ({ args, ko }) => {
    const out = path.join(dir, 'out');
    for (const command of [['plan', '--out', out], ['recommend']]) {
      const korean = await runCli([...command, ...args, '--non-interactive', '--lang', 'ko'], { cwd: dir });
      expect(korean.code).toBe(2);
      expect(korean.stderr.trim()).toBe(`ocp-planner: ${ko}`);
      expect(korean.stderr).not.toMatch(ENGLISH);
      const english = await runCli([...command, ...args, '--non-interactive', '--lang', 'en'], { cwd: dir });
      expect(english.code).toBe(2);
      expect(english.stderr).toMatch(ENGLISH);
      expect(english.stderr).not.toMatch(HANGUL);
    }
  });
});
